"""Session 34, helper unread3 (issue #13): deals whose parties share a sentence but were
read as no deal, or read with the wrong parties or status.

- "Corvane Holdings completed the acquisition of the club from Milbrook Group": a bare
  description in a purchase noun's "of" does not stand for the subject of the verb
  whose object the noun is, its buyer (``kg.deals.roles._buyer_of_noun``); with an
  agent ("announced the purchase of the company by Y") the subject may be bought.
- "Corvane completed the transfer of the policies from Milbrook Life": a transfer noun
  with a "from" and no "to", object of a verb of completion, is received by the verb's
  subject (``kg.deals.transfer.transfer_received``); not the court that approves it.
- "bought the firm off Milbrook Group": colloquial "off" names the seller, as "from".
- "Corvane merged Hollister Group with Pine Ridge Holdings", "we merged A with B": the
  object and the "with" are the partners, the subject the owner who merges them
  (``kg.deals.frames._merged_by_owner``).
- Status: "the merger foundered" (a verb only: "the founder" ends nothing), "se fue al
  traste", "quedó en agua de borrajas", a second relative clause that ends it ("una
  fusión con Y que ambos consejos habían aprobado y que se rompió"): cancelled
  (``kg.deals.status``).
- "La familia Prida vendió Talleres Nalón a Grupo Orbe": a subject noun before the verb
  that names no company is a subject all the same; the name after the verb, which the
  parser makes a second subject, is what is sold
  (``kg.deals.roles._second_subject_as_object``).
- "bought a 2 per cent royalty over the X project from Y": a royalty is an asset (a
  share of revenue), its percentage no stake: an acquisition from Y (lexicon asset_nouns).
- "X has Y as a 20% shareholder", "X tiene al fondo Y como accionista": a holder a
  company has is its investor (``kg.deals.holders``); not a customer, nor "no longer
  has".
- "Compraremos Minera Drakefield, dijo ...": a first person plural verb that opens a
  Spanish sentence is no name (``kg.entities.bounds._without_opening_we``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _one(nlp: Language, text: str) -> Deal:
    deals = _deals(nlp, text)
    assert len(deals) == 1, deals
    return deals[0]


# -- a description is not the buyer ----------------------------------------------------


def test_described_target_is_not_the_buyer(en: Language) -> None:
    for text in (
        "Corvane Holdings completed the acquisition of the club from Milbrook Group.",
        "Corvane Holdings completed the purchase of the company from Milbrook Group.",
    ):
        d = _one(en, text)
        assert _roles(d) == {("acquirer", "Corvane"), ("seller", "Milbrook Group")}, text
        assert d.status == "Completed"


def test_described_target_names_the_company_told_before(en: Language) -> None:
    text = (
        "Tamarack Freight hauls timber across Montana. "
        "Corvane Holdings completed the acquisition of the company from Milbrook Group."
    )
    d = _one(en, text)
    assert ("acquirer", "Corvane") in _roles(d)
    assert ("target", "Corvane") not in _roles(d)


# -- a transfer received ----------------------------------------------------------------


def test_transfer_from_is_received_by_the_subject(en: Language) -> None:
    for text in (
        "Corvane Holdings completed the transfer of the policies from Milbrook Life.",
        "Corvane Holdings has finalised the transfer of 40,000 annuity policies from "
        "Milbrook Life.",
    ):
        d = _one(en, text)
        assert d.type == "Acquisition"
        assert _roles(d) == {("acquirer", "Corvane"), ("seller", "Milbrook Life")}, text


def test_transfer_approved_or_of_staff_is_no_purchase_by_the_subject(en: Language) -> None:
    assert _deals(en, "The court approved the transfer of the policies from Milbrook Life.") == []
    assert _deals(en, "Corvane Holdings completed the transfer of 200 staff from Milbrook "
                      "Life.") == []


# -- bought off -----------------------------------------------------------------------


def test_bought_off_names_the_seller(en: Language) -> None:
    d = _one(en, "Corvane Holdings bought Tamarack Freight off Milbrook Group in 1986.")
    assert _roles(d) == {
        ("acquirer", "Corvane"), ("target", "Tamarack Freight"), ("seller", "Milbrook Group")
    }
    d = _one(en, "Corvane Holdings bought the trucking firm off Milbrook Group.")
    assert _roles(d) == {("acquirer", "Corvane"), ("seller", "Milbrook Group")}


def test_bought_off_the_shelf_names_no_seller(en: Language) -> None:
    d = _one(en, "Corvane Holdings bought Tamarack Freight off the shelf.")
    assert _roles(d) == {("acquirer", "Corvane"), ("target", "Tamarack Freight")}


# -- merged by their owner --------------------------------------------------------------


def test_owner_merges_two_companies(en: Language, es: Language) -> None:
    for text in (
        "Corvane Holdings merged Hollister Group with Pine Ridge Holdings.",
        "In 1990 we merged Hollister Group with Pine Ridge Holdings.",
    ):
        d = _one(en, text)
        assert d.type == "Merger"
        assert _roles(d) == {("partner", "Hollister Group"), ("partner", "Pine Ridge")}, text
    d = _one(es, "Grupo Orbe fusionó Transportes Orbe con Logística Navia en 1990.")
    assert _roles(d) == {("partner", "Transportes Orbe"), ("partner", "Logística Navia")}


def test_merged_with_keeps_the_subject(en: Language, es: Language) -> None:
    d = _one(en, "Corvane Holdings merged with Pine Ridge Holdings.")
    assert _roles(d) == {("partner", "Corvane"), ("partner", "Pine Ridge")}
    d = _one(es, "Transportes Orbe se fusionó con Logística Navia en 1990.")
    assert _roles(d) == {("partner", "Transportes Orbe"), ("partner", "Logística Navia")}


# -- a deal that came to nothing --------------------------------------------------------


def test_foundered_is_cancelled(en: Language) -> None:
    for text in (
        "The merger between Velmora Energy and Drakefield Mining foundered in March.",
        "Velmora Energy's bid for Drakefield Mining foundered on opposition from regulators.",
    ):
        assert _one(en, text).status == "Cancelled", text


def test_a_founder_cancels_nothing(en: Language) -> None:
    d = _one(en, "The founder of Drakefield Mining, who negotiated the sale to Velmora "
                 "Energy, retired.")
    assert d.status != "Cancelled"


def test_spanish_idioms_of_a_deal_come_to_nothing(es: Language) -> None:
    for text in (
        "La fusión entre Velmora Energía y Minera Drakefield se ha ido al traste.",
        "La venta de Aceros Navia al Grupo Orbe se fue al traste en marzo.",
        "La fusión entre Velmora Energía y Minera Drakefield quedó en agua de borrajas.",
        "La compra de Aceros Navia por el Grupo Orbe se quedó en agua de borrajas.",
    ):
        assert _one(es, text).status == "Cancelled", text


def test_not_gone_to_nothing_nor_gone_elsewhere(es: Language) -> None:
    for text in (
        "La fusión entre Velmora Energía y Minera Drakefield no se ha ido al traste.",
        "La venta de Aceros Navia al Grupo Orbe se fue a Bruselas para su revisión.",
    ):
        assert _one(es, text).status != "Cancelled", text


# -- "we" opening a Spanish sentence ----------------------------------------------------


def test_opening_first_person_plural_is_no_name(es: Language) -> None:
    for text, verb in (
        ("Compraremos Minera Drakefield, dijo el presidente de Velmora Energía.", "Compraremos"),
        ("Firmaríamos con Minera Drakefield si el precio fuera justo, dijo Velmora Energía.",
         "Firmaríamos"),
        ("Fusionamos Transportes Orbe con Logística Navia en 1990.", "Fusionamos"),
    ):
        names = [e.text for e in es(text).ents]
        assert not any(verb in n for n in names), (text, names)


def test_surname_in_amos_stays_a_name(es: Language) -> None:
    names = [e.text for e in es("Ramos Hermanos compró Minera Drakefield en 2019.").ents]
    assert "Ramos Hermanos" in names


# -- a nominal subject before the verb, a name after it ---------------------------------


def test_name_after_the_verb_is_sold_whoever_sells(es: Language) -> None:
    for text in (
        "La familia Prida vendió Talleres Nalón a Grupo Orbe.",
        "Los Prida vendieron Talleres Nalón a Grupo Orbe en 2019.",
    ):
        d = _one(es, text)
        assert _roles(d) == {("target", "Talleres Nalón"), ("acquirer", "Grupo Orbe")}, text


def test_named_seller_before_the_verb_unchanged(es: Language) -> None:
    d = _one(es, "Metales Navia vendió Talleres Nalón a Grupo Orbe en 2019.")
    assert _roles(d) == {
        ("seller", "Metales Navia"), ("target", "Talleres Nalón"), ("acquirer", "Grupo Orbe")
    }


# -- a royalty bought -----------------------------------------------------------------


def test_royalty_bought_is_an_asset_not_a_stake(en: Language, es: Language) -> None:
    d = _one(en, "Corvane Royalty Co. bought a 1.5% royalty on the Elwin copper mine from "
                 "Milbrook Resources.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Corvane Royalty"), ("seller", "Milbrook Resources")}
    d = _one(es, "Regalías Andinas compró una regalía del 1,5% sobre la mina Elwin a Minera "
                 "Milbrook por 20 millones de dólares.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Regalías Andinas"), ("seller", "Minera Milbrook")}


def test_stake_bought_stays_an_investment(en: Language) -> None:
    d = _one(en, "Corvane Royalty Co. bought a 10% stake in Milbrook Resources.")
    assert d.type == "Investment"


def test_coordinated_relative_clause_ends_the_deal(es: Language) -> None:
    d = _one(es, "En 2001 Forjas Navia negoció una fusión con Aceros Orbe que ambos consejos "
                 "habían aprobado y que se rompió a última hora.")
    assert d.status == "Cancelled"


def test_coordinated_relative_clause_that_closes_it_ends_nothing(es: Language) -> None:
    d = _one(es, "En 2001 Forjas Navia negoció una fusión con Aceros Orbe que ambos consejos "
                 "habían aprobado y que se cerró en marzo.")
    assert d.status != "Cancelled"


# -- a holder a company has -------------------------------------------------------------


def test_company_has_a_holder(en: Language, es: Language) -> None:
    d = _one(en, "Orbe Dairy has Surco Capital as a 20% shareholder.")
    assert (d.type, d.status) == ("Investment", "Completed")
    assert _roles(d) == {("investor", "Surco Capital"), ("investee", "Orbe Dairy")}
    d = _one(es, "Lácteos Orbe tiene al fondo Surco Agro como accionista, con un 20%.")
    assert _roles(d) == {("investor", "Surco Agro"), ("investee", "Lácteos Orbe")}


def test_customer_or_denied_holder_is_no_investment(en: Language, es: Language) -> None:
    for text in (
        "Orbe Dairy has Surco Capital as its largest customer.",
        "Orbe Dairy no longer has Surco Capital as a shareholder.",
        "Orbe Dairy does not have Surco Capital as a shareholder.",
    ):
        assert _deals(en, text) == [], text
    for text in (
        "Lácteos Orbe tiene al fondo Surco Agro como cliente.",
        "Lácteos Orbe ya no tiene al fondo Surco Agro como accionista.",
    ):
        assert _deals(es, text) == [], text
