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

import pytest
from spacy.language import Language

from kg.facts import Deal


def _deals(request: pytest.FixtureRequest, lang: str, text: str) -> list[Deal]:
    nlp: Language = request.getfixturevalue(lang)
    return list(nlp(text)._.kg_deals)


def _one(request: pytest.FixtureRequest, lang: str, text: str) -> Deal:
    deals = _deals(request, lang, text)
    assert len(deals) == 1, deals
    return deals[0]


# Sentences each rule reads, with the deal's type and parties: (lang, text, type, roles).
READ = [
    # a description is not the buyer
    ("en", "Corvane Holdings completed the acquisition of the club from Milbrook Group.",
     "Acquisition", {("acquirer", "Corvane"), ("seller", "Milbrook Group")}),
    ("en", "Corvane Holdings completed the purchase of the company from Milbrook Group.",
     "Acquisition", {("acquirer", "Corvane"), ("seller", "Milbrook Group")}),
    # a transfer received
    ("en", "Corvane Holdings completed the transfer of the policies from Milbrook Life.",
     "Acquisition", {("acquirer", "Corvane"), ("seller", "Milbrook Life")}),
    ("en", "Corvane Holdings has finalised the transfer of 40,000 annuity policies from "
     "Milbrook Life.", "Acquisition", {("acquirer", "Corvane"), ("seller", "Milbrook Life")}),
    # bought off
    ("en", "Corvane Holdings bought Tamarack Freight off Milbrook Group in 1986.", "Acquisition",
     {("acquirer", "Corvane"), ("target", "Tamarack Freight"), ("seller", "Milbrook Group")}),
    ("en", "Corvane Holdings bought the trucking firm off Milbrook Group.", "Acquisition",
     {("acquirer", "Corvane"), ("seller", "Milbrook Group")}),
    # merged by their owner
    ("en", "Corvane Holdings merged Hollister Group with Pine Ridge Holdings.", "Merger",
     {("partner", "Hollister Group"), ("partner", "Pine Ridge")}),
    ("en", "In 1990 we merged Hollister Group with Pine Ridge Holdings.", "Merger",
     {("partner", "Hollister Group"), ("partner", "Pine Ridge")}),
    ("es", "Grupo Orbe fusionó Transportes Orbe con Logística Navia en 1990.", "Merger",
     {("partner", "Transportes Orbe"), ("partner", "Logística Navia")}),
    # a noun subject before the verb, a name after it
    ("es", "La familia Prida vendió Talleres Nalón a Grupo Orbe.", "Acquisition",
     {("target", "Talleres Nalón"), ("acquirer", "Grupo Orbe")}),
    ("es", "Los Prida vendieron Talleres Nalón a Grupo Orbe en 2019.", "Acquisition",
     {("target", "Talleres Nalón"), ("acquirer", "Grupo Orbe")}),
    # a royalty bought
    ("en", "Corvane Royalty Co. bought a 1.5% royalty on the Elwin copper mine from Milbrook "
     "Resources.", "Acquisition",
     {("acquirer", "Corvane Royalty"), ("seller", "Milbrook Resources")}),
    ("es", "Regalías Andinas compró una regalía del 1,5% sobre la mina Elwin a Minera Milbrook "
     "por 20 millones de dólares.", "Acquisition",
     {("acquirer", "Regalías Andinas"), ("seller", "Minera Milbrook")}),
    # a holder a company has
    ("en", "Orbe Dairy has Surco Capital as a 20% shareholder.", "Investment",
     {("investor", "Surco Capital"), ("investee", "Orbe Dairy")}),
    ("es", "Lácteos Orbe tiene al fondo Surco Agro como accionista, con un 20%.", "Investment",
     {("investor", "Surco Agro"), ("investee", "Lácteos Orbe")}),
]

# Near misses the rules leave as they were read: (lang, text, type, roles).
KEPT = [
    ("en", "Corvane Holdings bought Tamarack Freight off the shelf.", "Acquisition",
     {("acquirer", "Corvane"), ("target", "Tamarack Freight")}),
    ("en", "Corvane Holdings merged with Pine Ridge Holdings.", "Merger",
     {("partner", "Corvane"), ("partner", "Pine Ridge")}),
    ("es", "Transportes Orbe se fusionó con Logística Navia en 1990.", "Merger",
     {("partner", "Transportes Orbe"), ("partner", "Logística Navia")}),
    ("es", "Metales Navia vendió Talleres Nalón a Grupo Orbe en 2019.", "Acquisition",
     {("seller", "Metales Navia"), ("target", "Talleres Nalón"), ("acquirer", "Grupo Orbe")}),
    ("en", "Corvane Royalty Co. bought a 10% stake in Milbrook Resources.", "Investment",
     {("investor", "Corvane Royalty"), ("investee", "Milbrook Resources")}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "roles"), READ + KEPT)
def test_parties_read(
    request: pytest.FixtureRequest, lang: str, text: str, kind: str, roles: set[tuple[str, str]]
) -> None:
    d = _one(request, lang, text)
    assert d.type == kind
    assert {(role, ref.name) for role, ref in d.roles} == roles


def test_described_target_names_the_company_told_before(request: pytest.FixtureRequest) -> None:
    text = (
        "Tamarack Freight hauls timber across Montana. "
        "Corvane Holdings completed the acquisition of the company from Milbrook Group."
    )
    roles = {(role, ref.name) for role, ref in _one(request, "en", text).roles}
    assert ("acquirer", "Corvane") in roles
    assert ("target", "Corvane") not in roles


# Sentences that state no deal, for all the rules read (lang, text).
NO_DEAL = [
    ("en", "The court approved the transfer of the policies from Milbrook Life."),
    ("en", "Corvane Holdings completed the transfer of 200 staff from Milbrook Life."),
    ("en", "Orbe Dairy has Surco Capital as its largest customer."),
    ("en", "Orbe Dairy no longer has Surco Capital as a shareholder."),
    ("en", "Orbe Dairy does not have Surco Capital as a shareholder."),
    ("es", "Lácteos Orbe tiene al fondo Surco Agro como cliente."),
    ("es", "Lácteos Orbe ya no tiene al fondo Surco Agro como accionista."),
]


@pytest.mark.parametrize(("lang", "text"), NO_DEAL)
def test_no_deal(request: pytest.FixtureRequest, lang: str, text: str) -> None:
    assert _deals(request, lang, text) == []


# A deal that came to nothing (lang, text, cancelled?).
STATUS = [
    ("en", "The merger between Velmora Energy and Drakefield Mining foundered in March.", True),
    ("en", "Velmora Energy's bid for Drakefield Mining foundered on opposition from "
     "regulators.", True),
    ("es", "La fusión entre Velmora Energía y Minera Drakefield se ha ido al traste.", True),
    ("es", "La venta de Aceros Navia al Grupo Orbe se fue al traste en marzo.", True),
    ("es", "La fusión entre Velmora Energía y Minera Drakefield quedó en agua de borrajas.", True),
    ("es", "La compra de Aceros Navia por el Grupo Orbe se quedó en agua de borrajas.", True),
    ("es", "Forjas Navia pactó en 2019 una fusión con Aceros Orbe que las dos juntas "
     "respaldaron y que se rompió meses después.", True),
    # near misses
    ("en", "The founder of Drakefield Mining, who negotiated the sale to Velmora Energy, "
     "retired.", False),
    ("es", "La fusión entre Velmora Energía y Minera Drakefield no se ha ido al traste.", False),
    ("es", "La venta de Aceros Navia al Grupo Orbe se fue a Bruselas para su revisión.", False),
    ("es", "Forjas Navia pactó en 2019 una fusión con Aceros Orbe que las dos juntas "
     "respaldaron y que se cerró en marzo.", False),
]


@pytest.mark.parametrize(("lang", "text", "cancelled"), STATUS)
def test_came_to_nothing(
    request: pytest.FixtureRequest, lang: str, text: str, cancelled: bool
) -> None:
    assert (_one(request, lang, text).status == "Cancelled") is cancelled


# A first person plural verb opening a Spanish sentence (text, verb; None: a name kept).
OPENING = [
    ("Compraremos Minera Drakefield, dijo el presidente de Velmora Energía.", "Compraremos"),
    ("Firmaríamos con Minera Drakefield si el precio fuera justo, dijo Velmora Energía.",
     "Firmaríamos"),
    ("Fusionamos Transportes Orbe con Logística Navia en 1990.", "Fusionamos"),
    ("Ramos Hermanos compró Minera Drakefield en 2019.", None),
]


@pytest.mark.parametrize(("text", "verb"), OPENING)
def test_opening_first_person_plural_is_no_name(es: Language, text: str, verb: str | None) -> None:
    names = [e.text for e in es(text).ents]
    if verb is None:
        assert "Ramos Hermanos" in names
    else:
        assert not any(verb in n for n in names), names
