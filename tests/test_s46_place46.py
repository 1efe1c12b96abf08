"""Session 46, helper place46 (issue #13): a name a place's head opens ("Costa Marenga",
"Port Alder"), that no list knows as a place, is a company where it stands in a deal
party's slot (``company:place_named_party``, :func:`kg.entities.standing.place_named_party`;
heads in ``place_named_heads``, ``property_heads`` of ``lexicon/entities.toml``).

- The subject of a deal's verb, of an intent verb a deal's verb completes, or of a verb
  whose object is a deal's noun, alone or coordinated with an organisation.
- A merger's partner, the company whose equity is entered, the company a stake bought
  is of, the buyer a thing is sold to.
- What a verb of taking over takes, unless the head names property ("Villa", "Casa").
- The model's place or "other" (any name no list knows as a place) that is the
  subject of a verb whose object is a deal's noun, or the sale of its own
  (``company:deal_clause_subject``), or that stays in another's hands ("quedará en
  manos de", ``company:reads_as_company``).
- Known places stay places in the same slots ("invest in Portugal", "comprar en
  Valencia", a country that buys a stake), and so does an area's part.

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def _deals(nlp: Language, text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    """(type, {(role, party name)}) of each deal kg reads in ``text``."""
    return [(d.type, {(role, ref.name) for role, ref in d.roles})
            for d in nlp(text)._.kg_deals or ()]


def _rules(nlp: Language, text: str, name: str) -> tuple[str, ...]:
    return next((e.rules for e in nlp(text)._.kg_entities if e.name == name), ())


# --- the subject of a deal ----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("es", "Villa Moranta compró el 30% de Grupo Alcesa el pasado martes.", "Villa Moranta"),
    ("es", "Costa Marenga se fusionará con Grupo Alcesa a final de año.", "Costa Marenga"),
    ("en", "Mount Teller has invested $15 million in Brightwater Foods.", "Mount Teller"),
    ("en", "Port Alder agreed to buy Brightwater Foods for $90 million.", "Port Alder"),
])
def test_the_subject_of_a_deal_verb_is_a_company(
        request: pytest.FixtureRequest, lang: str, text: str, name: str) -> None:
    nlp = request.getfixturevalue(lang)
    assert name in orgs(nlp, text)
    assert "company:place_named_party" in _rules(nlp, text, name)
    assert any(name in {party for _, party in parties} for _, parties in _deals(nlp, text))


def test_a_subject_coordinated_with_a_company_over_a_deal_noun(es: Language) -> None:
    text = "Grupo Alcesa y Costa Marenga han cerrado una alianza comercial."
    assert "Costa Marenga" in orgs(es, text)
    assert "company:place_named_party" in _rules(es, text, "Costa Marenga")
    assert ("Partnership", {("partner", "Grupo Alcesa"), ("partner", "Costa Marenga")}) \
        in _deals(es, text)


def test_a_joint_venture_formed_with_a_company(en: Language) -> None:
    text = "Brightwater Foods and Lake Orrin formed a joint venture in 2024."
    assert "Lake Orrin" in orgs(en, text)
    assert "company:place_named_party" in _rules(en, text, "Lake Orrin")
    assert ("Partnership", {("partner", "Brightwater Foods"), ("partner", "Lake Orrin")}) \
        in _deals(en, text)


# --- partners, stakes, buyers, targets ----------------------------------------------------


def test_the_company_whose_equity_is_entered(es: Language) -> None:
    text = "El fondo Norvale Partners entrará en el capital de Valle Oscuro."
    assert "Valle Oscuro" in orgs(es, text)
    assert "company:place_named_party" in _rules(es, text, "Valle Oscuro")
    assert ("Investment", {("investor", "Norvale Partners"), ("investee", "Valle Oscuro")}) \
        in _deals(es, text)


def test_the_company_a_bought_percentage_is_of(es: Language) -> None:
    text = "Grupo Alcesa se ha hecho con el 40% de Monte Ardal."
    assert "Monte Ardal" in orgs(es, text)
    assert "company:place_named_party" in _rules(es, text, "Monte Ardal")
    assert ("Investment", {("investor", "Grupo Alcesa"), ("investee", "Monte Ardal")}) \
        in _deals(es, text)


def test_the_buyer_a_unit_is_sold_to(en: Language) -> None:
    text = "Brightwater Foods sold its dairy arm to Mount Teller."
    assert "Mount Teller" in orgs(en, text)
    assert "company:place_named_party" in _rules(en, text, "Mount Teller")
    assert ("Acquisition", {("seller", "Brightwater Foods"), ("acquirer", "Mount Teller")}) \
        in _deals(en, text)


def test_what_a_verb_of_taking_over_takes(es: Language) -> None:
    text = "Grupo Alcesa ha adquirido Sierra Tolmena, su principal competidor."
    assert "Sierra Tolmena" in orgs(es, text)
    assert "company:place_named_party" in _rules(es, text, "Sierra Tolmena")
    assert ("Acquisition", {("acquirer", "Grupo Alcesa"), ("target", "Sierra Tolmena")}) \
        in _deals(es, text)


# --- the subject of a deal's noun, hands --------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Arandiga ha cerrado la venta de su filial a Grupo Alcesa.", "Arandiga"),
    ("Arandiga recibe una inyección de 5 millones de Norvale.", "Arandiga"),
])
def test_the_subject_of_a_verb_over_a_deal_noun_is_a_company(
        es: Language, text: str, name: str) -> None:
    assert name in orgs(es, text)
    assert "company:deal_clause_subject" in _rules(es, text, name)


def test_what_stays_in_a_company_s_hands_is_a_company(es: Language) -> None:
    text = "Tras la venta, Arandiga quedará en manos de Grupo Alcesa."
    assert "Arandiga" in orgs(es, text)
    assert "company:reads_as_company" in _rules(es, text, "Arandiga")


def test_common_words_opening_a_sentence_are_no_seller(es: Language) -> None:
    # the capitals of "Gran Verano" are the sentence's, not a company's
    text = "Gran Verano dispara la venta de sus abrigos en la costa."
    assert "Gran Verano" not in orgs(es, text)


def test_a_town_that_sells_stays_a_place(es: Language) -> None:
    text = "Valencia cerró la venta de sus terrenos a Grupo Alcesa."
    assert "Valencia" not in orgs(es, text)


# --- places stay places ---------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Norvale Capital invested $50 million in Portugal.", "Portugal"),
    ("es", "Grupo Alcesa planea comprar un hotel en Valencia.", "Valencia"),
    ("es", "Costa Rica compró el 10% de la aerolínea estatal.", "Costa Rica"),
    ("en", "Norway bought a 5% stake in Brightwater Foods.", "Norway"),
    # property is bought: a house's name after a verb of buying stays what it was
    ("es", "Grupo Alcesa compró Villa Serena, una casa junto al mar.", "Villa Serena"),
    # an area's part, not a share bought
    ("es", "El 40% de Sierra Calina está cubierto de bosque.", "Sierra Calina"),
])
def test_known_places_and_property_stay_out_of_the_companies(
        request: pytest.FixtureRequest, lang: str, text: str, place: str) -> None:
    assert place not in orgs(request.getfixturevalue(lang), text)
