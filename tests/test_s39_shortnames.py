"""Session 39, helper shortnames (issue #13): a company named once in full and later
by a short form.

- "Tarnow Ridge Agri Corp. ... Tarnow Ridge said": the full name's leading words less
  its legal form and the trade word before it are the company
  (``kg.entities.tails._short_keys``, ``cue:name_without_tail``), where the model read
  only a piece of them ("Ridge" a person) or took them for a place; after "in" the place
  reading stands.
- "Grupo Navarra Alimentos ... Navarra compró": the one word between a generic head and
  a trade tail names the company (``kg.entities.resolve._core_word``), even where it is a
  known place; where the article puts it after "en" it stays the place.
"""

from __future__ import annotations

from spacy.language import Language


def _ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def _roles(nlp: Language, text: str) -> list[set[tuple[str, str]]]:
    return [{(role, ref.name) for role, ref in d.roles} for d in nlp(text)._.kg_deals]


# -- a full name less its legal form and trade word ------------------------------------

_TARNOW = "Tarnow Ridge Agri Corp. agreed to buy a fruit packer on Monday. "


def test_name_less_legal_form_and_trade_word(en: Language) -> None:
    ents = _ents(en, _TARNOW + "Tarnow Ridge said it would pay $30 million for Peltra Foods.")
    assert ("Tarnow Ridge", "ORG") in ents
    assert ("Ridge", "PER") not in ents


def test_name_less_legal_form_after_in_stays_a_place(en: Language) -> None:
    ents = _ents(en, "Tarnow Ridge Agri Corp. posted its sales. Land prices in Tarnow "
                     "Ridge went up.")
    assert ("Tarnow Ridge", "ORG") not in ents


# -- the one word between a generic head and a trade tail ------------------------------

_NAVARRA = "Grupo Navarra Alimentos presentó sus cuentas el lunes. "


def test_core_word_of_a_headed_name_is_the_company(es: Language) -> None:
    text = _NAVARRA + "Navarra compró la firma Lácteos Orvieto por 20 millones de euros."
    assert ("Navarra", "ORG") in _ents(es, text)
    assert {("acquirer", "Grupo Navarra Alimentos"), ("target", "Lácteos Orvieto")} in \
        _roles(es, text)


def test_core_word_after_en_stays_the_place(es: Language) -> None:
    text = "Grupo Tupará Alimentos presentó sus cuentas. Su nueva planta está en Tupará."
    ents = _ents(es, text)
    assert ("Tupará", "ORG") not in ents


def test_core_word_of_a_headed_name_with_its_legal_form(es: Language) -> None:
    text = "Grupo Navarra Alimentos, S.A., cerró el ejercicio con pérdidas. Navarra " \
           "adquirió después la firma Lácteos Orvieto."
    assert ("Navarra", "ORG") in _ents(es, text)
