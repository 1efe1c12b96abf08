"""Companies read as people or not found at all (session 17, wave 2), each rule on
sentences written for these tests.

Industry tails the lexicon lacked close a company's name ("Dynamics", "Aviation",
"Cements", "Brewing"; "Mills" only where no given name opens it); a family firm named
after its founders' surname ("Garner Brothers", "Urquiza Hermanos") is a company, not
an alias of the founder; kin after "e" / "y" / "&" close one firm's name ("Bastida e
Hijos"), and so does "Family Office" (``kg.entities.cues.kin_tail``); a market's head
with segment words only ("el Mercado Continuo", "the Main Market") is a segment of an
exchange, no organisation (``kg.entities.markets.market_segments``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def _aliases(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in nlp(text)._.kg_entities}


# --- industry tails ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Whitaker Dynamics and Holloway Aviation signed the contract on Monday.",
     "Holloway Aviation"),
    ("Anvil Cements raised $200 million in bonds.", "Anvil Cements"),
    ("Investors in Carver Publishing, Bexley Airports and Tamsin Brewing were paid in "
     "full.", "Bexley Airports"),
    ("Analysts at Nolan Cement expect prices to rise.", "Nolan Cement"),
    ("Westbury Brewing and Hale Aviation announced the merger on Friday.", "Westbury Brewing"),
    ("The loan was arranged for Colton Pipelines, said Mr Abbott.", "Colton Pipelines"),
])
def test_industry_tails_close_a_company_name(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)


def test_a_surname_tail_after_a_given_name_is_a_person(en: Language) -> None:
    # a guard: "Mills" closes a company's name only where no given name opens it
    text = "Heather Mills, the former model, said she would appeal the ruling."
    assert "Heather Mills" not in orgs(en, text)


# --- family firms -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "firm", "person"), [
    ("El empresario Tomás Urquiza anunció que Urquiza Hermanos venderá su planta de "
     "envasado.", "Urquiza Hermanos", "Tomás Urquiza"),
    ("Urquiza Hermanos, fundada por Tomás Urquiza, comprará una bodega en La Rioja.",
     "Urquiza Hermanos", "Tomás Urquiza"),
    ("Ricardo Anzuola, consejero delegado, dijo que Anzuola Hermanos comprará una planta.",
     "Anzuola Hermanos", "Ricardo Anzuola"),
])
def test_a_surname_firm_is_no_alias_of_its_founder(es: Language, text: str, firm: str,
                                                  person: str) -> None:
    found = _aliases(es, text)
    assert firm in orgs(es, text)
    assert person in people(es, text) and firm not in found[person]


@pytest.mark.parametrize(("text", "firm"), [
    ("La compra de Bastida e Hijos por un grupo francés se cerró ayer.", "Bastida e Hijos"),
    ("La empresa Ferrán e Hijos vendió su fábrica a un grupo alemán.", "Ferrán e Hijos"),
    ("Loreto Zabala e Hijos facturó 30 millones de euros.", "Loreto Zabala e Hijos"),
])
def test_kin_after_a_joiner_close_one_firm(es: Language, text: str, firm: str) -> None:
    assert orgs(es, text) == {firm}
    assert not people(es, text)


@pytest.mark.parametrize(("nlp_name", "text", "firm"), [
    ("es", "La operación la cerró el Ibarra Family Office, el vehículo de inversión de la "
     "familia.", "Ibarra Family Office"),
    ("es", "El Olaizola Family Office ha tomado el 12% de una bodega riojana.",
     "Olaizola Family Office"),
])
def test_a_family_office_is_a_company(request: pytest.FixtureRequest, nlp_name: str,
                                      text: str, firm: str) -> None:
    nlp = request.getfixturevalue(nlp_name)
    assert firm in orgs(nlp, text)


# --- market segments --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "company"), [
    ("La empresa Aldaba saltó al Mercado Continuo en 2021.", "Aldaba"),
    ("Los títulos de Aldaba cotizan en el Mercado Alternativo Bursátil.", "Aldaba"),
    ("Las acciones de Trevia debutaron ayer en el Mercado Continuo con una subida del 5%.",
     "Trevia"),
])
def test_a_market_segment_is_no_organisation(es: Language, text: str, company: str) -> None:
    found = orgs(es, text)
    assert company in found
    assert not any(name.startswith("Mercado") for name in found)


def test_a_market_segment_in_english_is_no_organisation(en: Language) -> None:
    text = "Shares of Corvel Aviation moved from the Growth Market to the Main Market."
    found = orgs(en, text)
    assert "Corvel Aviation" in found
    assert not any(name.endswith("Market") for name in found)


def test_a_market_named_after_a_place_stays_an_organisation(es: Language) -> None:
    text = "El Mercado de Valores de Lima aprobó la emisión de la minera."
    assert any(name.startswith("Mercado") for name in orgs(es, text))
