"""Session 45, helper bounds45 (issue #13): where an organisation's name begins and ends.

- ``bench/org_causes.py`` splits the bounds classes (a word more or less, two names
  glued) by the word that lies across the bound: a legal form, a body's head, an
  article or preposition, a place, a person's name, a month ... and marks "(two
  bodies)" where a body's head opens the words on both sides of it.
- bounds:calendar_opened: a month's or a weekday's name after a preposition of time or a
  day's number opens no name ("By October Brightwater Foods had bought ...").
- join:of_place_legal_form: English "Norvale Foods of Canada Inc": a place closed by a
  legal form after a name and "of" ends that name; no company "Canada".
- join:trade_nouns: a plural common noun alone, "y", and a name another common noun
  opens are one company ("Maderas y Tableros Urquiza"); two names stay two.
- join:nested_body: a unit named by common nouns, "de la" / "of the", and the body it
  belongs to are one name ("Unidad de Reclamaciones de la Federación de Transportistas
  de Olmedal");
  not a person's office, a company's board, a group.

Sentences written for these tests, names invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.language import Language

from kg.evaluate import GoldArticle, GoldEntity
from kg.facts import Deal
from tests.test_s44_entity44 import _entities as _forced

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import org_causes  # noqa: E402


def _orgs(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: tuple(e.rules) for e in nlp(text)._.kg_entities if e.kind == "org"}


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- bench/org_causes.py: the word across the bound -----------------------------------------

def _kind(cls: str, published: str, gold: GoldArticle) -> str:
    lists = org_causes.Lists(places=frozenset({"Olmedal"}), given_names=frozenset({"Lucia"}))
    found = org_causes.Found("", None, (), {"Unidad", "Reclamaciones"}.__contains__)
    return org_causes.word_kind(org_causes.across_word(cls, [published], gold), gold, found,
                                lists)


def test_org_causes_splits_bounds_by_the_word_across_them() -> None:
    gold = GoldArticle("a1", "es", (
        GoldEntity("Unidad de Reclamaciones de la Federación de Transportistas de Olmedal"),
        GoldEntity("Harrow Peak Resorts"), GoldEntity("Quill Farms"), GoldEntity("Oster Seeds"),
        GoldEntity("Saint-Orvin Seafood"), GoldEntity("Brixo")),
        (GoldEntity("Lucia Ferrant"),), (), ())
    assert _kind("shorter right", "Unidad de Reclamaciones", gold) == \
        "article/preposition (two bodies)"
    assert _kind("longer left", "March Harrow Peak Resorts", gold) == "month"
    assert _kind("glued", "Quill Farms and Oster Seeds", gold) == "conjunction"
    assert _kind("shorter left", "Seafood", gold) == "hyphen/ampersand"
    assert _kind("longer right", "Brixo Lucia Ferrant", gold) == "person name"
    assert _kind("longer right", "Brixo Holdings", gold) == "generic head"
    assert _kind("longer left", "Olmedal Brixo", gold) == "place"


def test_org_causes_counts_a_bounds_split_beside_the_false_class(en: Language) -> None:
    import pyoxigraph as ox

    from kg.evaluate import read_predictions

    text = "Since March Harrow Peak Resorts has owned two hotels near Tarrant."
    store = ox.Store()
    store.load((b'@prefix schema: <https://schema.org/> .\n'
                b'<urn:a1> a schema:NewsArticle ; schema:identifier "a1" ; '
                b'schema:mentions <urn:o1> .\n'
                b'<urn:o1> a schema:Organization ; '
                b'schema:name "March Harrow Peak Resorts" .'),
               format=ox.RdfFormat.TURTLE)
    pred = read_predictions(store)["a1"]
    gold = GoldArticle("a1", "en", (GoldEntity("Harrow Peak Resorts"),), (), (), ())
    lists = org_causes.Lists(places=frozenset(), given_names=frozenset())
    got = [(kind, key) for kind, key, _, _ in org_causes.article_causes(
        gold, pred, org_causes.Found(text, en(text)), lists)]
    assert ("false", "longer left") in got
    assert ("bounds", "longer left: month") in got


# -- bounds:calendar_opened --------------------------------------------------------------

def test_month_after_a_preposition_opens_no_name(en: Language) -> None:
    doc = en("By October Brightwater Foods had bought Kestrel Mills from Norvale Holdings.")
    orgs = {e.name: tuple(e.rules) for e in doc._.kg_entities if e.kind == "org"}
    assert "Brightwater Foods" in orgs
    assert "bounds:calendar_opened" in orgs["Brightwater Foods"]
    assert not any(name.startswith("October") for name in orgs)
    deals = list(doc._.kg_deals)
    assert len(deals) == 1
    assert ("acquirer", "Brightwater Foods") in _roles(deals[0])


def test_month_after_since_opens_no_name(en: Language) -> None:
    orgs = _orgs(en, "Since March Harrow Peak Resorts has owned two hotels near Tarrant.")
    assert "Harrow Peak Resorts" in orgs
    assert "bounds:calendar_opened" in orgs["Harrow Peak Resorts"]


def test_month_after_the_days_number_opens_no_name(en: Language) -> None:
    orgs = _orgs(en, "On 4 March Brightwater Foods said it had bought Kestrel Mills.")
    assert "Brightwater Foods" in orgs
    assert "bounds:calendar_opened" in orgs["Brightwater Foods"]


def test_a_company_named_by_a_month_keeps_its_name(en: Language) -> None:
    orgs = _orgs(en, "March Networks said on Tuesday it would buy Pellam Systems.")
    assert "March Networks" in orgs
    assert not any("bounds:calendar_opened" in rules for rules in orgs.values())


# -- join:of_place_legal_form ------------------------------------------------------------

def test_place_closed_by_a_legal_form_ends_the_name_before_of(en: Language) -> None:
    doc = en("Norvale Foods of Canada Inc agreed to buy Brightwater Dairy for $12 million.")
    orgs = {e.name: tuple(e.rules) for e in doc._.kg_entities if e.kind == "org"}
    assert "Norvale Foods of Canada" in orgs
    assert "join:of_place_legal_form" in orgs["Norvale Foods of Canada"]
    assert "Canada" not in orgs and "Norvale Foods" not in orgs


def test_legal_form_before_of_still_closes_the_name(en: Language) -> None:
    orgs = _orgs(en, "Kestrel Seed Co of South Africa agreed to buy Brightwater Dairy.")
    assert "Kestrel Seed" in orgs
    assert "South Africa" not in orgs
    assert not any("join:of_place_legal_form" in rules for rules in orgs.values())


# -- join:nested_body --------------------------------------------------------------------

def test_unit_of_a_body_is_one_name_with_it(es: Language) -> None:
    text = ("La queja de Lacas Roble llegó ayer a la Unidad de Reclamaciones de la "
            "Federación de Transportistas de Olmedal.")
    orgs = {e.name: e.rules for e in _forced(es, text, "Unidad de Reclamaciones", "LOC")
            if e.kind == "org"}
    whole = "Unidad de Reclamaciones de la Federación de Transportistas de Olmedal"
    assert whole in orgs and "join:nested_body" in orgs[whole]
    assert "Unidad de Reclamaciones" not in orgs


def test_english_unit_of_the_body_is_one_name(en: Language) -> None:
    orgs = _orgs(en, "The Appeals Panel of the Grain Traders Federation rejected the claim "
                     "by Norvale Mills.")
    whole = "Appeals Panel of the Grain Traders Federation"
    assert whole in orgs and "join:nested_body" in orgs[whole]
    assert "Norvale Mills" in orgs


def test_an_office_or_a_group_after_de_stays_apart(es: Language) -> None:
    text = "La Presidenta de Grupo Alcesa firmó ayer la compra de Lacas Roble."
    orgs = {e.name: e.rules for e in _forced(es, text, "La Presidenta", "LOC")
            if e.kind == "org"}
    assert "Grupo Alcesa" in orgs
    assert not any("join:nested_body" in rules for rules in orgs.values())
    text = "La Unidad de Reclamaciones de Grupo Alcesa abrió una sede en Olmedal."
    orgs = {e.name: e.rules for e in _forced(es, text, "Unidad de Reclamaciones", "LOC")
            if e.kind == "org"}
    assert not any("join:nested_body" in rules for rules in orgs.values())


def test_a_companys_board_names_the_company(en: Language) -> None:
    orgs = _orgs(en, "The Audit Committee of Norvale Holdings approved the sale of "
                     "Kestrel Mills.")
    assert not any("join:nested_body" in rules for rules in orgs.values())
    assert not any(name.startswith("Audit Committee") for name in orgs)


# -- join:trade_nouns --------------------------------------------------------------------

def test_trades_joined_by_y_name_one_company(es: Language) -> None:
    doc = es("El fondo Brixo Capital compró Maderas y Tableros Urquiza por 12 millones de "
             "euros.")
    orgs = {e.name: tuple(e.rules) for e in doc._.kg_entities if e.kind == "org"}
    whole = "Maderas y Tableros Urquiza"
    assert whole in orgs and "join:trade_nouns" in orgs[whole]
    assert "Maderas" not in orgs and "Tableros Urquiza" not in orgs
    deals = list(doc._.kg_deals)
    assert len(deals) == 1
    assert any(name == whole for _, name in _roles(deals[0]))


def test_two_companies_joined_by_y_stay_two(es: Language) -> None:
    orgs = _orgs(es, "Grupo Alcesa y Lacas Roble firmaron un acuerdo de suministro.")
    assert "Grupo Alcesa" in orgs and "Lacas Roble" in orgs
    assert not any("join:trade_nouns" in rules for rules in orgs.values())
