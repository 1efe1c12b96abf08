"""False deals on news nobody studied (session 19, issue #13), by class, tested on
sentences written for these tests; the organisations are given by hand.

- A denied intent tells no deal (kg.deals.guards.denied_intent): "said there were no
  plans to sell the company", "has no intention of buying Y", "no tiene planes de
  vender", "no pretende comprar Y", "does not intend to sell".
- A lender is no antecedent (kg.deals.guards.lenders): a bank named only as the one
  who grants a loan ("un préstamo concedido por X", "a loan arranged by X") is not what
  a later dropped subject, "it" or "the company" means.
- "La empresa", "the company" as the subject before a dropped subject, when no subject
  further back resolves it, means the company the story opened with
  (kg.deals.refer._lede_described), not the fund or bank named last.
- "Por parte de" marks the agent of a deal noun, as "by" does
  (kg.deals.syntax._by_part_of): "una oferta por parte de X" is X's offer, where a bare
  "una oferta por Y" is an offer for Y.
- Whoever judges how likely an offer is ("considera probable una oferta de X", "considers
  a bid from X likely") watches it and is not its target
  (kg.deals.syntax.judges_likelihood): an analyst quoted on another's deal.
- A rating agency is no party (kg.deals.roles._rated_company): a deal noun on a verb of
  rating ("downgraded X after its purchase of Y", "rebajó la calificación de X tras la
  compra de Y") is the rated company's deal.
- Money a listing is to raise, told in a relative clause on the listing ("la OPV, en
  la que aspira a captar 300 millones", "the IPO, in which it hopes to raise $300m"),
  is no round, and the valuation it aims at is no valuation reported
  (kg.deals.frames._listing_of_clause, _not_listing_valuation).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model

NAMES = (
    "Tarn Holdings", "Velum Energy", "Nortia", "Harlow Bank", "Mercia Loans",
    "Brindle Foods", "Fondo Alcotán", "Hojalata Norte", "Quarry Partners", "Sorrel Labs",
    "Banca Oriel", "Talleres Urdin", "Cardo Ventures",
)


def found(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    deals: list[Deal] = deals_among(nlp, text, NAMES)
    return [(d.type, roles(d)) for d in deals]


def named(deals: list[tuple[str, dict[str, set[str]]]]) -> set[str]:
    return {name for _, r in deals for names in r.values() for name in names}


# -- a denied intent tells no deal ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tarn Holdings said there were no plans to sell Velum Energy, although the fund that "
    "owns it is ten years old.",
    "Tarn Holdings has no intention of buying Velum Energy, a spokesman said.",
    "Tarn Holdings does not intend to sell Velum Energy.",
    "Tarn Holdings said it had no plans to acquire Velum Energy.",
    "Tarn Holdings said it was not interested in buying Velum Energy.",
])
def test_a_denied_intent_tells_no_deal_en(en: Language, text: str) -> None:
    assert found(en, text) == []


@pytest.mark.parametrize("text", [
    "Hojalata Norte no tiene planes de vender Velum Energy, según su presidente.",
    "Hojalata Norte no pretende comprar Velum Energy.",
    "No hay planes de vender Velum Energy, dijo Hojalata Norte.",
    "Hojalata Norte aseguró que no está interesada en comprar Velum Energy.",
])
def test_a_denied_intent_tells_no_deal_es(es: Language, text: str) -> None:
    assert found(es, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tarn Holdings plans to sell Velum Energy to Nortia."),
    ("en", "Tarn Holdings intends to buy Velum Energy."),
    ("es", "Hojalata Norte tiene planes de comprar Velum Energy."),
    ("es", "Hojalata Norte pretende comprar Velum Energy."),
    ("en", "Tarn Holdings is interested in buying Velum Energy."),
    ("es", "Hojalata Norte está interesada en comprar Velum Energy."),
])
def test_an_intent_not_denied_still_tells_a_deal(
    en: Language, es: Language, lang: str, text: str
) -> None:
    deals = found(en if lang == "en" else es, text)
    assert "Velum Energy" in named(deals)


# -- a lender is no antecedent ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Talleres Urdin fabrica tanques para la industria láctea. El precio rondaría los 20 "
    "millones de euros, financiados con un préstamo de 8 millones concedido por Banca "
    "Oriel. En 2023 absorbió a Nortia, un pequeño taller.",
    "Talleres Urdin fabrica tanques para la industria láctea. La compra se pagó con un "
    "crédito otorgado por Banca Oriel. El año pasado compró Nortia por 3 millones de euros.",
    "Talleres Urdin fabrica tanques para la industria láctea. El año pasado firmó un crédito "
    "de 8 millones concedido por Banca Oriel. La compañía compró después Nortia por 3 "
    "millones de euros.",
])
def test_a_lender_is_not_the_dropped_subject_es(es: Language, text: str) -> None:
    deals = found(es, text)
    assert "Banca Oriel" not in named(deals)


@pytest.mark.parametrize(("lang", "text", "party"), [
    ("en", "Brindle Foods took a loan arranged by Harlow Bank. Tarn Holdings agreed to buy "
           "Harlow Bank for $90m.", "Harlow Bank"),
    ("es", "Talleres Urdin recibió un préstamo concedido por Banca Oriel. Tarn Holdings "
           "compró Banca Oriel por 90 millones de euros.", "Banca Oriel"),
])
def test_a_bank_bought_in_its_own_sentence_is_a_party(
    en: Language, es: Language, lang: str, text: str, party: str
) -> None:
    deals = found(en if lang == "en" else es, text)
    assert party in named(deals)


# -- "la empresa" before a dropped subject is the lede's company -----------------------------


def nortia_parties(deals: list[tuple[str, dict[str, set[str]]]]) -> set[str]:
    return {n for _, r in deals if "Nortia" in named([("", r)]) for v in r.values() for n in v}


def test_la_empresa_before_a_dropped_subject_is_the_lede_company(es: Language) -> None:
    deals = found(es, (
        "Talleres Urdin, el fabricante de tanques, tiene nuevos dueños. Su fundador ha "
        "vendido el capital a un equipo encabezado por Íñigo Larrea. Larrea no llega solo: "
        "le acompaña Fondo Alcotán. \"Conozco este sector desde dentro\", señaló Larrea. La "
        "empresa facturó 17 millones de euros el año pasado. En 2023 absorbió a Nortia, un "
        "pequeño taller."))
    assert nortia_parties(deals) == {"Talleres Urdin", "Nortia"}


def test_la_empresa_continues_a_company_subject_before_it(es: Language) -> None:
    # centering first: a company that is the subject of a sentence before is what "la
    # empresa" continues, not the lede's company
    deals = found(es, (
        "Talleres Urdin, el fabricante de tanques, tiene nuevos dueños. Sorrel Labs, su "
        "rival, cerró el año con pérdidas. La empresa facturó 17 millones de euros. El año "
        "pasado compró Nortia por 3 millones de euros."))
    assert nortia_parties(deals) == {"Sorrel Labs", "Nortia"}


# -- "por parte de" is the agent ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Se espera una oferta de compra por parte de Tarn Holdings sobre Velum Energy.",
    "Se prevé una oferta de compra por parte de Tarn Holdings sobre Velum Energy.",
    "La compra de Velum Energy por parte de Tarn Holdings se cerró en mayo.",
])
def test_por_parte_de_names_the_bidder(es: Language, text: str) -> None:
    assert ("Acquisition", {"acquirer": {"Tarn Holdings"}, "target": {"Velum Energy"}}) in \
        found(es, text)


def test_a_bare_por_on_an_offer_is_still_its_target(es: Language) -> None:
    assert found(es, "Tarn Holdings lanzó una oferta por Velum Energy.") == [
        ("Acquisition", {"acquirer": {"Tarn Holdings"}, "target": {"Velum Energy"}})]


# -- an onlooker judging an offer likely is not its target ---------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La firma de análisis Sorrel Labs publicó una nota en la que considera probable "
           "una oferta de compra por parte de Tarn Holdings antes de 2027."),
    ("es", "Sorrel Labs ve posible una oferta de Tarn Holdings."),
    ("en", "Sorrel Labs considers a bid from Tarn Holdings likely."),
])
def test_an_analyst_judging_an_offer_likely_is_no_target(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert "Sorrel Labs" not in named(found(en if lang == "en" else es, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Velum Energy rechazó la oferta de Tarn Holdings."),
    ("es", "Velum Energy estudia la oferta de Tarn Holdings."),
    ("en", "Velum Energy is considering a bid from Tarn Holdings."),
    ("en", "Velum Energy rejected an offer from Tarn Holdings."),
])
def test_a_company_answering_an_offer_is_still_its_target(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert ("Acquisition", {"acquirer": {"Tarn Holdings"}, "target": {"Velum Energy"}}) in \
        found(en if lang == "en" else es, text)


# -- the rater is no party; the rated company did the deal ---------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La agencia Sorrel Labs rebajó la calificación de Tarn Holdings tras la compra de "
           "Velum Energy."),
    ("es", "Sorrel Labs rebajó la nota de Tarn Holdings tras la compra de Velum Energy por "
           "400 millones de euros."),
    ("en", "Sorrel Labs downgraded Tarn Holdings after its purchase of Velum Energy."),
    ("en", "Sorrel Labs upgraded Tarn Holdings following its acquisition of Velum Energy."),
])
def test_the_rated_company_made_the_deal_not_the_rater(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert found(en if lang == "en" else es, text) == [
        ("Acquisition", {"acquirer": {"Tarn Holdings"}, "target": {"Velum Energy"}})]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tarn Holdings rebajó su oferta por Velum Energy."),
    ("es", "Tarn Holdings ganó cuota de mercado tras la compra de Velum Energy."),
    ("en", "Tarn Holdings raised its guidance after its purchase of Velum Energy."),
])
def test_a_company_moving_its_own_figures_after_a_deal_is_still_its_agent(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert found(en if lang == "en" else es, text) == [
        ("Acquisition", {"acquirer": {"Tarn Holdings"}, "target": {"Velum Energy"}})]


# -- a listing's money and its valuation are no round ---------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tarn Holdings ha elegido a Banca Oriel para coordinar la OPV, en la que aspira a "
           "captar unos 300 millones de euros con una valoración de entre 1.400 y 1.700 "
           "millones."),
    ("en", "Tarn Holdings has hired Harlow Bank to run the IPO, in which it hopes to raise "
           "about $300 million at a valuation of $1.5 billion."),
    ("en", "Tarn Holdings raised $300 million in its IPO at a valuation of $1.5 billion."),
])
def test_a_listing_and_its_valuation_are_no_deal(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert found(en if lang == "en" else es, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tarn Holdings cerró la ronda, en la que captó 30 millones de euros de Quarry "
           "Partners."),
    ("en", "Tarn Holdings closed the round, in which it raised $30 million from Quarry "
           "Partners."),
    ("en", "Tarn Holdings raised $30 million from Quarry Partners at a valuation of $150 "
           "million."),
])
def test_a_round_told_in_a_relative_clause_is_still_a_round(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert found(en if lang == "en" else es, text) == [
        ("Investment", {"investee": {"Tarn Holdings"}, "investor": {"Quarry Partners"}})]
