"""Session 27, unread11: deals a sentence tells with its parties and a word no rule read.

- "Alfa Ltda. y Beta se fusionaron", "la estadounidense Alfa Inc., su accionista": a
  legal form closed by a full stop stays one token (kg.nlp.keep_legal_forms); split
  from its stop, the Spanish parser closed the sentence inside the clause and the
  merger lost a partner.
- "bought a quarter of Y", "compró una cuarta parte de Y": a fraction of a named
  company is a stake, as a percentage is ([deals] fraction_nouns, fraction_ordinals;
  kg.deals.roles._fraction_of_company); a fraction of its staff or its trucks is not.
- "X owns Y, acquired in 2019", "its arm, Y, bought in 2021", "su filial Y, adquirida en
  2019": an agentless participle of buying on a company its owner holds; the owner
  bought it (kg.deals.roles.participle_owner). With no owner told, no deal.
- "la venta de su fábrica, Y, al grupo X": a business told by an asset noun or a
  descriptor, with a possessive, and named between commas is what is sold, as a unit
  is (kg.deals.disposal.named_unit_sold).
- "bought a minority stake in X, the owners of Y, and a majority stake in Z": the parser
  hangs the second stake on the apposition; it is still coordinated with the first, the
  verb's object, and shares its verb and subject (kg.deals.syntax.first_conjunct).
  Two takeovers of one sentence with their own targets and different stages, one of
  them told, are two deals (kg.deals.merge._other_takeover); a takeover told with its
  target described joins the one of the buyer's named takeovers whose stage is untold
  (kg.deals.merge._fold_described_targets).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.mention import Mention
from kg.deals.merge import merge
from kg.facts import EntityRef, Span
from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Harinas Tormes", "Lácteos Ucieza", "Grupo Arlanzón", "Brenton Capital",
         "Tolland Dairies", "Ashby Rovers", "Hierros Sil Ltda.", "Lácteos Ucieza Ltda.",
         "Vidrios Eume Inc.")


def read(nlp: Language, text: str) -> list[tuple[str, str | None, dict[str, set[str]]]]:
    return [(d.type, d.status, roles(d)) for d in deals_among(nlp, text, FIRMS)]


# -- a legal form closed by a full stop -------------------------------------------------


@pytest.mark.parametrize("text", [
    "En 1950 la Hierros Sil Ltda. y la Harinas Tormes se fusionaron para formar una "
    "sola empresa.",
    "Hace dos años, Harinas Tormes y Vidrios Eume Inc. se fusionaron en una sola casa.",
])
def test_a_legal_form_with_a_full_stop_keeps_the_merger_in_one_sentence(
    es: Language, text: str
) -> None:
    other = "Hierros Sil Ltda." if "Ltda." in text else "Vidrios Eume Inc."
    assert read(es, text) == [
        ("Merger", "Completed", {"partner": {"Harinas Tormes", other}})
    ]


@pytest.mark.parametrize(("nlp_name", "form"), [
    ("es", "Ltda."), ("es", "Inc."), ("es", "Corp."), ("en", "Ltda."), ("en", "Pte."),
])
def test_a_legal_form_with_a_full_stop_is_one_token(
    request: pytest.FixtureRequest, nlp_name: str, form: str
) -> None:
    nlp = request.getfixturevalue(nlp_name)
    text = (f"Alfa {form} y Beta firmaron un acuerdo." if nlp_name == "es"
            else f"Alfa {form} and Beta signed an agreement.")
    assert form in [t.text for t in nlp(text)]


def test_a_spanish_clause_goes_on_past_a_legal_form_with_a_full_stop(es: Language) -> None:
    assert len(list(es("Alfa Ltda. y Beta firmaron un acuerdo.").sents)) == 1


# -- a fraction of a company ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In 2011 a Denver outfit, Brenton Capital, bought a quarter of Ashby Rovers for "
    "$3 million.",
    "Brenton Capital bought half of Ashby Rovers last spring.",
    "Brenton Capital later bought a third of Ashby Rovers.",
])
def test_a_fraction_of_a_named_company_bought_is_a_stake(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Investment", "Completed", {"investor": {"Brenton Capital"}, "investee": {"Ashby Rovers"}})
    ]


@pytest.mark.parametrize("text", [
    "Harinas Tormes compró un tercio de Lácteos Ucieza por cinco millones de euros.",
    "Harinas Tormes compró una cuarta parte de Lácteos Ucieza.",
])
def test_una_fraccion_de_una_empresa_comprada_es_una_participacion(
    es: Language, text: str
) -> None:
    assert read(es, text) == [
        ("Investment", "Completed",
         {"investor": {"Harinas Tormes"}, "investee": {"Lácteos Ucieza"}})
    ]


def test_a_fraction_sold_names_the_buyer_the_investor(es: Language) -> None:
    assert read(es, "Harinas Tormes vendió la mitad de Lácteos Ucieza al Grupo Arlanzón.") == [
        ("Investment", "Completed", {"investor": {"Grupo Arlanzón"},
                                     "investee": {"Lácteos Ucieza"}, "seller": {"Harinas Tormes"}})
    ]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("en", "Brenton Capital bought a third of Ashby Rovers' trucks."),
    ("es", "Harinas Tormes compró la cuarta parte de la flota de Lácteos Ucieza."),
])
def test_a_fraction_of_what_a_company_has_is_no_stake(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert all(t != "Investment" for t, _, _ in read(request.getfixturevalue(nlp_name), text))



# -- an agentless participle of buying on a company its owner holds --------------------


@pytest.mark.parametrize("text", [
    "Tolland Dairies also owns Ashby Rovers, acquired in 2019 for $40 million.",
    "Tolland Dairies' Scottish unit, Ashby Rovers, bought in 2021, grew fast.",
    "Tolland Dairies grew. Its Scottish arm, Ashby Rovers, acquired in 2021, grew fast.",
])
def test_the_owner_of_a_company_bought_with_no_agent_bought_it(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Acquisition", "Completed", {"acquirer": {"Tolland Dairies"}, "target": {"Ashby Rovers"}})
    ]


def test_la_duena_de_una_filial_comprada_sin_agente_la_compro(es: Language) -> None:
    assert read(es, "Harinas Tormes creció. Su filial Lácteos Ucieza, adquirida en 2019, "
                    "ganó dinero.") == [
        ("Acquisition", "Completed", {"acquirer": {"Harinas Tormes"}, "target": {"Lácteos Ucieza"}})
    ]


@pytest.mark.parametrize("text", [
    "Ashby Rovers, acquired in 2019 for $40 million, grew fast.",
    "Tolland Dairies praised Ashby Rovers, acquired in 2019 for $40 million.",
])
def test_a_company_bought_with_no_owner_told_is_no_deal(en: Language, text: str) -> None:
    assert read(en, text) == []


# -- a business sold, named between commas -----------------------------------------------


@pytest.mark.parametrize("text", [
    "Brenton Capital cerró ayer la venta de su fábrica, Lácteos Ucieza, al Grupo Arlanzón.",
    "Brenton Capital cerró la venta de su quesería, Lácteos Ucieza, al Grupo Arlanzón, de "
    "Zamora, por 12 millones de euros.",
])
def test_el_nombre_entre_comas_de_lo_vendido_es_la_empresa_vendida(
    es: Language, text: str
) -> None:
    [(kind, _, parties)] = read(es, text)
    assert (kind, parties) == ("Acquisition", {
        "seller": {"Brenton Capital"}, "target": {"Lácteos Ucieza"}, "acquirer": {"Grupo Arlanzón"}
    })


def test_a_name_after_a_comma_that_is_no_business_sold_is_no_target(es: Language) -> None:
    assert all("Lácteos Ucieza" not in p.get("target", set()) for _, _, p in read(
        es, "Brenton Capital anunció la venta de acciones, Lácteos Ucieza, al Grupo Arlanzón."
    ))


# -- a second conjunct hung on an apposition -----------------------------------------------


def test_a_stake_coordinated_past_an_apposition_shares_the_verb(en: Language) -> None:
    text = ("Brenton Capital bought a small minority stake in 2019 in Tolland Dairies, the "
            "owners of two teams, and a majority stake in the Dutch club Ashby Rovers in 2020.")
    assert sorted(read(en, text)) == [
        ("Acquisition", "Completed", {"acquirer": {"Brenton Capital"}, "target": {"Ashby Rovers"}}),
        ("Investment", "Completed",
         {"investor": {"Brenton Capital"}, "investee": {"Tolland Dairies"}}),
    ]


_SENT = Span(0, 10, "Una frase.")
_BUYER, _FIRST, _SECOND = (EntityRef("org", n) for n in ("Brenton", "Tolland", "Ashby"))


def _takeover(target: EntityRef | None, status: str, explicit: bool, sent: int,
              trigger: int) -> Mention:
    roles = [("acquirer", _BUYER)] + ([("target", target)] if target else [])
    m = Mention(type="Acquisition", roles=roles, sent=sent, evidence=_SENT, trigger=trigger,
                status=status, status_explicit=explicit, rules=[f"frame:test({trigger})"])
    m.described_target = target is None
    return m


def test_two_takeovers_of_a_sentence_one_stage_told_are_two_deals() -> None:
    deals = merge([_takeover(_FIRST, "Announced", False, 1, 10),
                   _takeover(_SECOND, "Completed", True, 1, 20)])
    assert sorted(sorted(x.name for r, x in d.roles if r == "target") for d in deals) == [
        ["Ashby"], ["Tolland"]
    ]


def test_a_described_target_joins_the_takeover_whose_stage_is_untold() -> None:
    deals = merge([_takeover(None, "Completed", True, 0, 5),
                   _takeover(_FIRST, "Announced", False, 1, 10),
                   _takeover(_SECOND, "Completed", True, 1, 20)])
    status = {x.name: d.status for d in deals for r, x in d.roles if r == "target"}
    assert status == {"Tolland": "Completed", "Ashby": "Completed"}
    assert len(deals) == 2
