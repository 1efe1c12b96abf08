"""Session 29, helper robust2-en (issue #13): English deals under a second set of news
distortions (tests/data/constructions/robust2_en).

- A subject gerund in a quotation whose clause speaks of "us" or "our" is done by the
  speaker's organisation ("'Selling our cheese plant to Y lets us focus,' said Z, chief
  executive of X"; kg.deals.controller.speakers_side).
- A brand written in lower case after the noun of a digital business ("the grocery app
  freshbay"; kg.entities.cues.english_lowercase_brand).
- Real estate is a business's assets ("will sell the eleven
  properties to Y": an acquisition from their seller; lexicon/deals.toml asset_nouns).
- A deal verb capitalised because it opens a quotation inside its sentence is no
  name's first word ("'Buying Kilbride Software has ...,' said"; kg.entities.runs
  ._quotation_initial_false).
- An offer that values a company is a bid for it ("The offer from X values Y at £600
  million", "significantly undervalues Y"; kg.deals.roles.valued_companies).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import names


def typed_deals(nlp: Language, text: str) -> list[tuple[str, dict[str, str]]]:
    return [(d.type, {r: x.name for r, x in d.roles}) for d in nlp(text)._.kg_deals]


# -- a subject gerund in a quotation, controlled by the speaker's "us" -------------------


@pytest.mark.parametrize(
    ("text", "seller"),
    [
        ("\"Selling our cheese plant to Ashcombe Foods lets us focus on our own brands,\" "
         "said Rachel Imrie, chief executive of Marlow Dairies.", "Marlow Dairies"),
        ("\"Selling our bottling plant to Ferris Drinks has cut our debt,\" said Tom Hale, "
         "chief executive of Orland Brewing.", "Orland Brewing"),
    ],
)
def test_a_quoted_gerund_is_done_by_the_speakers_company(
        en: Language, text: str, seller: str) -> None:
    assert any(roles.get("seller") == seller for _, roles in typed_deals(en, text))


def test_a_quoted_gerund_without_us_takes_no_speaker(en: Language) -> None:
    text = ("\"Selling the cheese plant to Ashcombe Foods was a mistake,\" said Rachel "
            "Imrie, an analyst at Corvel Securities.")
    assert not any("Corvel Securities" in roles.values() for _, roles in typed_deals(en, text))


# -- a lower-case brand after the noun of a digital business -----------------------------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("The grocery app freshbay has sold its warehouse to Hub41 Logistics.", "freshbay"),
        ("The board of the travel app tripnest rejected an offer from Corlan Group.",
         "tripnest"),
        ("Ardent Growth sold its stake in the payments platform zapwire to Orvel Capital.",
         "zapwire"),
    ],
)
def test_a_lowercase_brand_after_an_app_noun_is_a_company(
        en: Language, text: str, brand: str) -> None:
    assert brand in names(en, text)


def test_a_common_word_after_an_app_noun_is_no_brand(en: Language) -> None:
    text = "The app store of Kelvar Media grew, and the platform upgrade went well."
    assert names(en, text) == {"Kelvar Media"}


def test_a_lowercase_brand_is_a_deals_party(en: Language) -> None:
    text = "The ride-hailing app zipto and the carmaker Bayard Motors have set up a joint venture."
    partners = {x.name for d in en(text)._.kg_deals for _, x in d.roles}
    assert partners == {"zipto", "Bayard Motors"}


# -- properties and plural sites are assets ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Halbrook Leisure will sell the eleven properties to Quenby Capital for £210 million.",
        "Orbis Retail sold 40 properties to Kelsey Estates last year.",
    ],
)
def test_properties_sold_are_an_acquisition(en: Language, text: str) -> None:
    assert [t for t, _ in typed_deals(en, text)] == ["Acquisition"]


def test_goods_sold_stay_a_purchase(en: Language) -> None:
    text = "Carrick Coachworks sold 300 buses to Merrow Transit."
    assert [t for t, _ in typed_deals(en, text)] == ["PurchaseAgreement"]


# -- a deal verb opening a quotation is no name's first word -----------------------------


def test_a_gerund_opening_a_quotation_is_no_part_of_a_name(en: Language) -> None:
    text = ("\"Buying Kilbride Software has doubled our engineering team,\" said Anna Lyle, "
            "chief executive of Montrose Data.")
    assert names(en, text) == {"Kilbride Software", "Montrose Data"}


def test_another_word_opening_a_quotation_stays_in_its_name(en: Language) -> None:
    text = "\"Rising Sun Holdings bought Kelvar Media,\" he said."
    assert "Rising Sun" in names(en, text)


# -- an offer that values a company is for it --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The offer from Tynedale Group values Marsden Engineering at £600 million.",
        "The offer from Tynedale Group significantly undervalues Marsden Engineering, "
        "its chair said.",
    ],
)
def test_an_offer_that_values_a_company_is_for_it(en: Language, text: str) -> None:
    assert typed_deals(en, text) == [
        ("Acquisition", {"target": "Marsden Engineering", "acquirer": "Tynedale Group"})]


def test_investors_valuing_a_company_make_no_offer(en: Language) -> None:
    assert typed_deals(en, "Investors value Marsden Engineering at £600 million.") == []
