"""Session 35, helper unread5 (issue #13): deal wordings kg did not read though both
parties share the sentence.

- Assets swapped between two companies are a sale each way (``kg.deals.swap``): "A and
  B will swap two mines", "A will swap its mine with B", "A will exchange its mine for
  B's project", "A y B intercambiarán dos yacimientos" (``frame:asset-swap``); "A is
  handing three tenements to B and will receive in return a gold project", "A cederá sus
  yacimientos a B y recibirá a cambio sus licencias" (``frame:taken-in-return``). Not
  shares or views swapped, a swap denied, a side whose name the recogniser cut short,
  nor "in return for" / "a cambio de" a price.
- Mining tenements are assets a miner sells or hands over (lexicon ``asset_nouns``).
- An object after a prepositional phrase set off by commas is the verb's object: "X
  acquired, for $40 million, Y", "X bought, through a subsidiary, a 20% stake in Y",
  "X compró en 2019, con un préstamo, la textil Y" (``kg.nlp._interrupted_object``).
- A relative clause of intention on a name's apposition is about the name: "met X, a
  Danish fund, which wants to take a 30% stake in Y" (``kg.deals.refer._apposed_name``);
  a habit of such funds ("a fund that typically invests in canneries") stays none.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal

pytestmark = pytest.mark.model


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _sides(deals: list[Deal]) -> set[tuple[str, str]]:
    """(acquirer, seller) of each takeover."""
    found = set()
    for d in deals:
        roles = {role: ref.name for role, ref in d.roles}
        if d.type == "Acquisition" and "acquirer" in roles and "seller" in roles:
            found.add((roles["acquirer"], roles["seller"]))
    return found


# -- assets swapped -----------------------------------------------------------------


EN_PAIR, ES_PAIR = ("Harlow Mining", "Brisket Copper"), ("Minera Lunares", "Cobre Tornasol")


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Harlow Mining and Brisket Copper will swap two mines.", EN_PAIR),
    ("en", "Harlow Mining will swap its copper mine with Brisket Copper for a lithium "
           "project.", EN_PAIR),
    ("en", "Harlow Mining will exchange its copper mine for Brisket Copper's lithium "
           "project.", EN_PAIR),
    ("en", "Harlow Mining is handing three copper tenements to Brisket Copper and will "
           "receive in return a gold project.", EN_PAIR),
    ("es", "Minera Lunares y Cobre Tornasol intercambiarán dos yacimientos.", ES_PAIR),
    ("es", "Minera Lunares cederá sus yacimientos de cobre a Cobre Tornasol y recibirá a "
           "cambio sus licencias de litio.", ES_PAIR),
])
def test_assets_swapped_are_a_sale_each_way(
    request: pytest.FixtureRequest, lang: str, text: str, pair: tuple[str, str]
) -> None:
    deals = _deals(request.getfixturevalue(lang), text)
    assert _sides(deals) == {pair, pair[::-1]}, deals
    assert len(deals) == 2


def test_a_swap_told_ahead_is_announced(en: Language) -> None:
    deals = _deals(en, "Harlow Mining and Brisket Copper will swap two mines.")
    assert {d.status for d in deals} == {"Announced"}
    assert all("frame:asset-swap(swap)" in d.rules for d in deals)


@pytest.mark.parametrize("text", [
    "Harlow Mining and Brisket Copper swapped shares in 2019.",
    "Harlow Mining and Brisket Copper will not swap their mines.",
    "Harlow Mining and Brisket Copper exchanged views on the copper market.",
    # a side the recogniser cut short ("Cap-" of "Cap-des-Vents Seafood"): no swap
    "Groupe Lunaire and Cap-des-Vents Seafood are set to swap their processing plants.",
    # a fund's habit, or a plan of no deal, on a name's apposition
    "Harlow Capital, a Danish fund that typically invests in canneries, declined to comment.",
    "Harlow Capital, a Danish fund, which wants to grow in Asia, declined to comment on "
    "Brisket Canning.",
])
def test_near_misses_read_no_deal(en: Language, text: str) -> None:
    assert _deals(en, text) == []


def test_in_return_for_a_price_is_one_sale(en: Language, es: Language) -> None:
    one = _deals(en, "Harlow Mining will sell its copper mine to Brisket Copper in return "
                     "for shares.")
    assert _sides(one) == {("Brisket Copper", "Harlow Mining")} and len(one) == 1
    uno = _deals(es, "Minera Lunares cederá sus yacimientos a Cobre Tornasol a cambio de "
                     "acciones.")
    assert _sides(uno) == {("Cobre Tornasol", "Minera Lunares")} and len(uno) == 1


def test_tenements_handed_over_are_sold(en: Language) -> None:
    deals = _deals(en, "Harlow Mining will hand its copper tenements to Brisket Copper.")
    assert _sides(deals) == {("Brisket Copper", "Harlow Mining")}


# -- a relative clause of intention on a name's apposition ------------------------------


@pytest.mark.parametrize("text", [
    "The ministry has met Harlow Capital, a Danish fund, which wants to take a 30% stake "
    "in Brisket Foods.",
    "Officials have met Harlow Capital, a Danish investor, which plans to take a 15 per "
    "cent holding in Brisket Foods.",
])
def test_intention_on_an_apposition_is_the_names(en: Language, text: str) -> None:
    deals = _deals(en, text)
    assert [(d.type, d.status) for d in deals] == [("Investment", "Announced")]
    assert {(role, ref.name) for role, ref in deals[0].roles} == {
        ("investor", "Harlow Capital"), ("investee", "Brisket Foods")}


# -- an object after an interruption ----------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "roles"), [
    ("Harlow Capital acquired, for $40 million, Brisket Bank.", "Acquisition",
     {("acquirer", "Harlow Capital"), ("target", "Brisket Bank")}),
    ("Harlow Capital bought, through a subsidiary, a 20% stake in Brisket Bank.",
     "Investment", {("investor", "Harlow Capital"), ("investee", "Brisket Bank")}),
])
def test_object_after_an_interruption_en(
    en: Language, text: str, kind: str, roles: set[tuple[str, str]]
) -> None:
    (deal,) = _deals(en, text)
    assert deal.type == kind
    assert {(role, ref.name) for role, ref in deal.roles} == roles


def test_object_after_an_interruption_es(es: Language) -> None:
    (deal,) = _deals(es, "Grupo Lunares compró en 2019, con un préstamo de 4 millones, la "
                         "textil Hilados Kelso.")
    assert deal.type == "Acquisition"
    assert {(role, ref.name) for role, ref in deal.roles} == {
        ("acquirer", "Grupo Lunares"), ("target", "Hilados Kelso")}


def test_a_phrase_with_its_own_preposition_stays(en: Language) -> None:
    doc = en("Harlow Capital grew, in 2019, by 12 per cent.")
    by = next(t for t in doc if t.lower_ == "by")
    assert by.dep_ != "dobj"
    assert _deals(en, "Harlow Capital said, in a statement, that Brisket Bank was not for "
                      "sale.") == []
