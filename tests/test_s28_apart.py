"""Session 28, apart10: the first person plural of a text's own voice, in Spanish.

- A counted part after a verb in the first or second person is no subject of it (a
  subject agrees with its verb in person): "En agosto compramos el 30 % de Y", which
  the parser reads with "el 30 %" as the subject, is the unsaid "nosotros" buying the
  part (kg.deals.syntax._disagreeing_subject, also an object in direct_objects; other
  noun phrases were tried and made false deals on a closed half);
- "Seguimos negociando con Y un contrato": the periphrasis of going on carries the
  person on its first verb, so the gerund's unsaid subject is "nosotros"
  (kg.deals.first_person._continued).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.first_person import unsaid_we
from kg.deals.syntax import direct_objects, subjects
from tests.test_s27_apart import _deals

pytestmark = pytest.mark.model  # the ``es``/``en`` pipelines come from conftest.py


# -- agreement in person: the part after "compramos" is its object ------------------

def test_a_part_after_a_first_person_verb_is_its_object(es: Language) -> None:
    doc = es("En agosto compramos el 30% de Frío Caribe.")
    verb = next(t for t in doc if t.lower_ == "compramos")
    assert not subjects(verb)
    assert any(t.text == "30%" for t in direct_objects(verb))


def test_a_subject_before_a_first_person_verb_is_kept(es: Language) -> None:
    doc = es("Los socios firmamos el acuerdo con Lonjas Arosa.")
    verb = next(t for t in doc if t.lower_ == "firmamos")
    assert [t.lower_ for t in subjects(verb)] == ["socios"]


def test_a_third_person_verb_keeps_its_subject_after_it(es: Language) -> None:
    doc = es("Ayer llegó la propuesta de Lonjas Arosa.")
    verb = next(t for t in doc if t.lower_ == "llegó")
    assert [t.lower_ for t in subjects(verb)] == ["propuesta"]


def test_our_part_bought_is_the_voice_s_investment(es: Language) -> None:
    text = ("Gestora Manglar Capital presentó sus resultados del semestre. En agosto "
            "compramos el 30% de Frío Caribe.")
    found = _deals(es, text)
    assert ("Investment", {"investor": {"Gestora Manglar Capital"},
                           "investee": {"Frío Caribe"}}) in found


# -- "seguimos negociando": the person on the verb of going on ----------------------

@pytest.mark.parametrize("text, expected", [
    ("Seguimos negociando con Vidrios Tolar un contrato.", True),
    ("Continuamos negociando con Vidrios Tolar un contrato.", True),
    ("Siguen negociando con Vidrios Tolar un contrato.", False),
])
def test_the_gerund_of_a_verb_of_going_on_takes_its_person(
    es: Language, text: str, expected: bool
) -> None:
    doc = es(text)
    gerund = next(t for t in doc if t.lower_ == "negociando")
    assert unsaid_we(gerund) is expected


def test_a_contract_we_go_on_negotiating_is_the_voice_s(es: Language) -> None:
    text = ("Bodegas Quebrada Honda S.A. presenta su memoria anual. Fue un año de "
            "crecimiento. Seguimos negociando con Vidrios Tolar un acuerdo de "
            "abastecimiento de envases para la cosecha.")
    found = _deals(es, text)
    assert any(
        roles.get("buyer") == {"Bodegas Quebrada Honda"}
        and roles.get("seller") == {"Vidrios Tolar"}
        for _, roles in found
    ), found
