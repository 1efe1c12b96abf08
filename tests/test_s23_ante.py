"""Session 23, ante6: a description sent to the wrong company.

- "el fondo X, que invirtió en la empresa hace años": the head noun of a description
  agrees with the kind of company it stands for; a plain "la empresa", "the company"
  is no investment fund, however often the fund is named (kg.deals.agree.funds_apart).
- "X's largest customer, Y, signed a supply contract with the company": a generic
  description after a subject that is a company's relation means that company, the
  one the sentence is about, not the topic named most (kg.deals.refer.subject_possessor).
"""

from __future__ import annotations

from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FRUIT = ("Cumbral Capital", "Frutas Tumbes", "Horizonte Verde")
MILLS = ("Danbury Mills", "Pellworth Textiles", "Hoogland BV")


def read(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


# -- a fund is not "la empresa" ------------------------------------------------------


def test_la_empresa_after_a_fund_is_the_company_it_invested_in(es: Language) -> None:
    text = ("El fondo Cumbral Capital suscribirá una ampliación de capital en Frutas "
            "Tumbes. Cumbral Capital es el mayor inversor agrícola del país. El fondo "
            "Horizonte Verde, que invirtió en la empresa hace cinco años, verá diluida su "
            "participación.")
    found = read(es, text, FRUIT)
    assert ("Investment", {"investor": {"Horizonte Verde"},
                           "investee": {"Frutas Tumbes"}}) in found
    assert not any(r.get("investee") == {"Cumbral Capital"} for _, r in found)


def test_the_company_is_no_fund_in_english(en: Language) -> None:
    text = ("Cumbral Capital agreed to invest $40 million in Frutas Tumbes. Cumbral "
            "Capital is the country's largest farm investor. Horizonte Verde, which "
            "invested in the company in 2019, will see its stake diluted.")
    found = read(en, text, FRUIT)
    assert not any(r.get("investee") == {"Cumbral Capital"} for _, r in found)


# -- the company a subject's possessor is -------------------------------------------


def test_the_company_after_a_companys_customer_is_that_company(en: Language) -> None:
    text = ("Danbury Mills agreed to buy Pellworth Textiles for $200 million. Danbury "
            "Mills expects the deal to close in March, and Danbury Mills will pay in "
            "cash. Pellworth Textiles's largest customer, the Dutch retailer Hoogland "
            "BV, signed a two-year supply "
            "contract with the company in 2024 worth about $9 million.")
    found = read(en, text, MILLS)
    supply = [set().union(*r.values()) for t, r in found if t == "PurchaseAgreement"]
    assert supply == [{"Hoogland BV", "Pellworth Textiles"}]


# -- "the company" with no company subject before: the lede's --------------------------

BAKERY = ("Harwick Foods", "Lindell Snacks", "Orrin Baking")


def test_the_company_with_no_subject_before_is_the_ledes(en: Language) -> None:
    text = ("Harwick Foods reported a higher quarterly profit on Tuesday. About half of "
            "the growth came from Lindell Snacks, the pretzel maker that Harwick Foods "
            "bought in July. Excluding Lindell Snacks, sales grew 3%. \"Lindell Snacks "
            "is running ahead of plan,\" chief executive Ann Moor told analysts. The "
            "company has also sold its bakery plant to Orrin Baking for $95 million.")
    found = read(en, text, BAKERY)
    sale = [r for _, r in found if "Orrin Baking" in set().union(*r.values())]
    assert sale and all("Lindell Snacks" not in set().union(*r.values()) for r in sale)
    assert any("Harwick Foods" in set().union(*r.values()) for r in sale)


BREWERY = ("Vandaele Groep", "Cervezas Tajuña", "Malterías del Ebro")


def test_la_compania_after_a_sentence_about_another_company_is_not_the_ledes(
    es: Language,
) -> None:
    text = ("La belga Vandaele Groep amplió el plazo de su OPA por Cervezas Tajuña. El "
            "precio se mantiene. Los analistas esperan que la oferta suba. La oferta "
            "coincide con un mal año para Cervezas Tajuña, que perdió 9 millones hasta "
            "junio. La compañía firmó en octubre un contrato de suministro de malta con "
            "Malterías del Ebro por dos años.")
    found = read(es, text, BREWERY)
    feed = [set().union(*r.values()) for _, r in found
            if "Malterías del Ebro" in set().union(*r.values())]
    assert feed and all("Vandaele Groep" not in parties for parties in feed)
