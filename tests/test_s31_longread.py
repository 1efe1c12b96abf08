"""Session 31, helper longread (issue #13): deals in whole news articles, with their
headline, byline, background deals and furniture (inventory
tests/data/constructions/longread).

- "Halden and Voss agree merger" over "Halden Fahrzeugteile AG and Voss Getriebe GmbH
  have agreed to merge ... Halden shareholders": a headline sums up the story and calls
  its parties by the short names the body uses after the full ones, so a short form the
  body writes after the long one is no name given before it, though the headline wrote
  it first (``kg.entities.resolve._reading_order``).
- "Tallis Foods agrees £90m deal for Hembury Creamery", then "Tallis Foods has agreed to
  buy Hembury Creamery from private-equity firm Crane Partners for £90 million": a first
  telling with the same price is joined by the fuller one
  (``kg.deals.merge._thin_earlier_telling``).
- "The deal should close in March": a completion under a modal of expectation is to
  come, not reached (``kg.deals.status._completion_expected``).
- "abrió un periodo de negociación en exclusiva para comprar Y": a deal that is the
  purpose of opening talks is negotiated (``kg.deals.status._negotiating``).
- "Hembury Creamery, a Devon cheesemaker": a known place before an agent compound in
  "-maker" is where the company is, not a party (``kg.entities.places``).
- "El precio no fue revelado, pero fuentes del mercado lo sitúan en 70 millones": an
  object pronoun standing for the price noun of the clause before is the price
  (``kg.deals.attach._price_pronoun``).
- "Devika Diagnostics": a name closed by a testing laboratory's word is an
  organisation, whatever given name opens it (org_tails; "Trust" was tried too, and
  made a false organisation on two closed halves).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.kind for e in nlp(text)._.kg_entities}


# -- the headline's short names ------------------------------------------------------


def test_short_names_of_the_headline_join_the_full_names_of_the_body(en: Language) -> None:
    text = ("Halden and Voss agree merger\n\nHalden Fahrzeugteile AG and Voss Getriebe GmbH "
            "have agreed to merge in an all-share deal, the companies said on Wednesday. "
            "Halden shareholders will own 55% of the combined group, and Voss's chairman will "
            "chair it.")
    (deal,) = _deals(en, text)
    assert _roles(deal) == {("partner", "Halden Fahrzeugteile"), ("partner", "Voss Getriebe")}


def test_a_short_name_of_a_first_sentence_stays_apart(en: Language) -> None:
    # a first line that ends in a full stop is a sentence of the body, not a headline
    text = ("Halden and Voss agreed a merger.\n\nHalden Fahrzeugteile AG and Voss Getriebe "
            "GmbH have agreed to merge in an all-share deal, the companies said on Wednesday.")
    names = {e.name for e in en(text)._.kg_entities}
    assert "Halden" in names


# -- a headline telling with the same price --------------------------------------------


def test_a_headline_deal_with_its_price_joins_the_full_telling(en: Language) -> None:
    text = ("Tallis Foods agrees £90m deal for cheesemaker Hembury Creamery\n\nTallis Foods "
            "has agreed to buy Hembury Creamery, a Devon cheesemaker, from private-equity firm "
            "Crane Partners for £90 million.")
    (deal,) = _deals(en, text)
    assert _roles(deal) == {("acquirer", "Tallis Foods"), ("target", "Hembury Creamery"),
                            ("seller", "Crane Partners")}


def test_a_headline_deal_at_another_price_stays_apart(en: Language) -> None:
    text = ("Tallis Foods agrees £90m deal for cheesemaker Hembury Creamery\n\nTallis Foods "
            "has agreed to buy Hembury Creamery, a Devon cheesemaker, from private-equity firm "
            "Crane Partners for £140 million.")
    assert len(_deals(en, text)) == 2


# -- a completion expected --------------------------------------------------------------


def test_a_deal_that_should_close_is_announced(en: Language) -> None:
    (deal,) = _deals(en, "Corran Foods has agreed to buy Pellow Dairies for $80 million. "
                         "The deal should close in March.")
    assert deal.status == "Announced"


def test_a_deal_that_closed_is_completed(en: Language) -> None:
    (deal,) = _deals(en, "Corran Foods has agreed to buy Pellow Dairies for $80 million. "
                         "The deal closed in March.")
    assert deal.status == "Completed"


# -- talks opened to buy ----------------------------------------------------------------


def test_comprar_tras_abrir_un_periodo_de_negociacion_se_negocia(es: Language) -> None:
    (deal,) = _deals(es, "Laboratorios Ferrán ha abierto un periodo de negociación en "
                         "exclusiva para comprar Biogén Moncayo por 90 millones de euros.")
    assert deal.status == "InNegotiation"


def test_comprar_tras_contratar_un_banco_sigue_anunciada(es: Language) -> None:
    (deal,) = _deals(es, "Laboratorios Ferrán ha contratado a un banco para comprar "
                         "Biogén Moncayo por 90 millones de euros.")
    assert deal.status == "Announced"


# -- a place before a maker ---------------------------------------------------------------


def test_a_place_before_a_maker_is_no_party(en: Language) -> None:
    text = ("Tallis Foods agreed to buy Hembury Creamery, a Devon cheesemaker, from "
            "private-equity firm Crane Partners.")
    assert "Devon" not in _kinds(en, text)
    (deal,) = _deals(en, text)
    assert _roles(deal) == {("acquirer", "Tallis Foods"), ("target", "Hembury Creamery"),
                            ("seller", "Crane Partners")}


def test_a_company_named_after_a_place_stays_a_party(en: Language) -> None:
    (deal,) = _deals(en, "Tallis Foods agreed to buy Hembury Creamery from private-equity "
                         "firm Devon Partners.")
    assert ("seller", "Devon Partners") in _roles(deal)


# -- a laboratory ------------------------------------------------------


def test_a_laboratory_opened_by_a_given_name_is_an_organisation(en: Language) -> None:
    kinds = _kinds(en, "Sahyadri Care bought Devika Diagnostics in 2022.")
    assert kinds.get("Devika Diagnostics") == "org"


def test_a_person_with_that_given_name_stays_a_person(en: Language) -> None:
    kinds = _kinds(en, "Sahyadri Care bought a clinic in 2022, chief executive Devika Rao said.")
    assert kinds.get("Devika Rao") == "person"


# -- the price told again by a pronoun -----------------------------------------------------


def test_el_precio_que_las_fuentes_lo_situan_en_es_el_de_la_compra(es: Language) -> None:
    (deal,) = _deals(es, "Pesquera Malabrigo adquirió Conservas Sechura. El precio no fue "
                         "revelado, pero fuentes del mercado lo sitúan en unos 70 millones de "
                         "dólares.")
    assert deal.amount is not None and deal.amount.value == 70_000_000


def test_las_ventas_que_los_analistas_situan_no_son_el_precio(es: Language) -> None:
    (deal,) = _deals(es, "Pesquera Malabrigo adquirió Conservas Sechura. La empresa no reveló "
                         "sus ventas, pero los analistas las sitúan en unos 70 millones de "
                         "dólares.")
    assert deal.amount is None
