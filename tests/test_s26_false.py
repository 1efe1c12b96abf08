"""False people of unseen news (session 26, false9). Every sentence is written for
these tests, with invented companies, people and places.

- The clergy's style ("Rev.", "Revd", "Reverend", "Fr.", "Msgr."; lexicon ``styles``)
  is a form of address, no word of the name, after an office too ("Minister Rev. Ana
  Tupou").
- Spanish: a form of "estar", "ser" or "haber" the tagger reads as an auxiliary is no
  name ("OTERO: Está firmada la venta"; kg.entities.retype, ``_copula``); a speaker's
  greeting or thanks opening a turn ("Hola a todos") is none either (lexicon
  ``interjections``).
- Spanish: a French shop's noun in -erie opens a firm's name, as "Panadería" does
  ("una oferta de Fromageries Vallée"; kg.entities.retype, ``_SHOP_ENDINGS``).
- Spanish: a group's name less its generic head and the sector adjective after it
  names the group ("Sotoverde" of "Grupo Alimentario Sotoverde"), never a person
  (kg.entities.resolve, ``_sector_adjective``).

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s25_false import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# ---------------------------------------------------------------- the clergy's style


@pytest.mark.parametrize("text, person", [
    ("Minister Rev. Lusio Tapueluelu thanks the committee.", "Lusio Tapueluelu"),
    ("The Rev. Ana Vale opened the hall that Harbour Kitchens built.", "Ana Vale"),
    ("Revd Tomas Hale said the lease was fair.", "Tomas Hale"),
    ("Reverend Kalo Hufanga signed the lease with Vavau Timber Ltd.", "Kalo Hufanga"),
    ("Fr. Tomas Ulu said the sale to Vavau Timber Ltd was fair.", "Tomas Ulu"),
])
def test_the_clergys_style_is_no_word_of_the_name(
        en: Language, text: str, person: str) -> None:
    assert person in people(en, text)
    assert not any(name.startswith(("Rev", "Fr.", "Minister")) for name in people(en, text))


def test_a_spanish_clergymans_style_is_no_word_of_the_name(es: Language) -> None:
    text = "El Rev. Tomás Ulloa bendijo la nave que compró Harinas Tudela."
    assert people(es, text) == {"Tomás Ulloa"}


# ---------------------------------------------------------------- a speaker's words


@pytest.mark.parametrize("text", [
    "RUIZ: ¿Está vendida la nave, sí o no?\n\nOTERO: Está firmada la venta, falta el "
    "pago. La asamblea vota el lunes.",
    "RUIZ: Nos llama Marta Gil, desde Soria.\n\nMARTA GIL (socia): Hola, muy buenas. "
    "Llevo en la cooperativa desde 2010.",
    "Hola a todos. Soy Ana Vidal y hablo de la venta de Quesos Tera.",
    "Es cierto que Lácteos Sanabria compró la nave. Hay dudas sobre el precio.",
])
def test_a_copula_or_a_greeting_opening_a_turn_is_no_name(es: Language, text: str) -> None:
    found = people(es, text) | orgs(es, text)
    assert not {"Está", "Hola", "Es", "Hay"} & found
    assert people(es, text) <= {"Marta Gil", "Ana Vidal"}


# ---------------------------------------------------------------- a French shop's noun


@pytest.mark.parametrize("text, firm", [
    ("En 2021 llegó una oferta de Fromageries Vallée por nueve millones, que los socios "
     "rechazaron.", "Fromageries Vallée"),
    ("La cooperativa vendió su nata a Laiteries Morvan durante diez años.",
     "Laiteries Morvan"),
])
def test_a_french_shops_noun_opens_a_firms_name(es: Language, text: str, firm: str) -> None:
    assert firm in orgs(es, text)
    assert firm not in people(es, text)


# ---------------------------------------------------------------- a group's short name


def test_a_groups_name_less_its_head_and_sector_names_the_group(es: Language) -> None:
    text = "El Grupo Alimentario Sotoverde compra la quesería de la cooperativa. " \
        "Sotoverde asume además la deuda. Según Marta Gil, Sotoverde pagará en marzo."
    assert orgs(es, text) == {"Grupo Alimentario Sotoverde"}
    assert people(es, text) == {"Marta Gil"}
    (group,) = [e for e in es(text)._.kg_entities if e.kind == "org"]
    assert "Sotoverde" in group.aliases


def test_a_sector_adjective_before_a_common_word_leaves_no_short_name() -> None:
    from kg.entities.resolve import _org_short_forms

    def common(word: str) -> bool:
        return word.lower() in ("monetario", "internacional", "alimentario")

    assert "Internacional" not in _org_short_forms(
        "Fondo Monetario Internacional".split(), common, "es")
    assert "Sotoverde" in _org_short_forms(
        "Grupo Alimentario Sotoverde".split(), common, "es")
