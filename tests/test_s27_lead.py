"""Session 27, the lead's rules (issue #13).

- Brands in a list are products: "whose brands include Golden Churn and Meadow Mist",
  "marcas como Valle Verde" (kg.entities.cues.product_list).
- "Bolsa" or "Bourse" alone is the stock market, no organisation: "cotiza en Bolsa",
  "su salida a Bolsa" (kg.entities.retype.bare_market).
- A firm named for its partners, parted by commas and the last by "&", is one name:
  "Cravath, Swaine & Moore" (kg.entities.cues.partners_firm).
- An English subject "they" continues a subject coordinating two companies ("A and B
  have been in talks for weeks. On Friday they agreed to merge"; kg.deals.pairs).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals, names

# -- brands in a list ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "brands"),
    [
        ("en", "Brightwater Dairy, whose brands include Golden Churn and Meadow Mist, "
               "had been under pressure.", {"Golden Churn", "Meadow Mist"}),
        ("en", "Kestrel Foods owns brands such as Golden Churn, Meadow Mist and Sunny Vale.",
         {"Golden Churn", "Meadow Mist", "Sunny Vale"}),
        ("es", "Lácteos Brañosera, cuyas marcas incluyen Valle Verde y Prado Alto, "
               "cotiza en Bolsa.", {"Valle Verde", "Prado Alto"}),
        ("es", "El grupo Kestrel vende marcas como Valle Verde y Prado Alto.",
         {"Valle Verde", "Prado Alto"}),
    ],
)
def test_brands_in_a_list_are_neither_companies_nor_people(
        request: pytest.FixtureRequest, lang: str, text: str, brands: set[str]) -> None:
    nlp = request.getfixturevalue(lang)
    assert not brands & (names(nlp, text) | names(nlp, text, "person"))


# -- the stock market alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La compañía cotiza en Bolsa desde 2015.",
        "Lácteos Brañosera, que cotiza en Bolsa, ganó 20 millones.",
        "La empresa prepara su salida a Bolsa para el próximo año.",
        "Kestrel Alimentos debutó en Bolsa el lunes.",
    ],
)
def test_bolsa_alone_names_no_organisation(es: Language, text: str) -> None:
    assert "Bolsa" not in names(es, text)


def test_the_exchange_by_its_name_is_still_an_organisation(es: Language) -> None:
    text = "La Bolsa de Madrid cerró en alza. Kestrel Alimentos cotiza en Bolsa desde 2015."
    assert names(es, text) == {"Bolsa de Madrid", "Kestrel Alimentos"}


# -- a firm named for its partners -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Goldman Sachs advised Kestrel, while Lazard and law firm Cravath, Swaine & Moore "
         "advised Brightwater.", "Cravath, Swaine & Moore"),
        ("Wachtell, Lipton, Rosen & Katz acted as legal counsel to Kestrel Foods.",
         "Wachtell, Lipton, Rosen & Katz"),
        ("Skadden, Arps, Slate, Meagher & Flom LLP advised the buyer.",
         "Skadden, Arps, Slate, Meagher & Flom"),
    ],
)
def test_partners_parted_by_commas_and_an_ampersand_are_one_firm(
        en: Language, text: str, firm: str) -> None:
    found = names(en, text)
    assert firm in found
    assert not {"Cravath", "Swaine & Moore", "Wachtell", "Skadden", "Arps"} & found


def test_a_list_of_firms_each_with_an_ampersand_stays_a_list(en: Language) -> None:
    text = "Shares of Procter & Gamble, Johnson & Johnson and Kellogg rose."
    assert {"Procter & Gamble", "Johnson & Johnson", "Kellogg"} <= names(en, text)
    text = "The shareholders include Harrow, Tamar and Oakcrest."
    assert {"Harrow", "Tamar", "Oakcrest"} <= names(en, text)


# -- "they" continuing two coordinated companies -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Foods and Harrow Partners have been in talks for weeks. "
        "On Friday they agreed to merge.",
        "Kestrel Foods and Harrow Partners have been in talks for weeks. "
        "They signed a merger agreement on Friday.",
    ],
)
def test_they_continues_a_subject_of_two_companies(en: Language, text: str) -> None:
    found = [d for d in en(text)._.kg_deals if d.type == "Merger"]
    assert [{x.name for _, x in d.roles} for d in found] == [{"Kestrel Foods", "Harrow Partners"}]


def test_they_of_a_single_subject_is_not_a_pair(en: Language) -> None:
    text = ("Kestrel Foods bought Brightwater Dairy and Meadow Mist Creamery last year. "
            "They now make up a third of its sales.")
    assert not any(d.get("partner") for d in deals(en, text))
