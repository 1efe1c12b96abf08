"""Session 34, helper people (issue #13): people the model alone typed that are not
people.

- A person's mention that one sense found only because the model took the word, or a
  longer name holding it, for a person is no person once the typing constraints undo
  every such name ("Kerala Jute has good looms ... Jute workers"):
  ``kg.entities.retype._echoes_follow``. It is dropped only where it modifies a noun
  or follows a determiner (dropping one that stood as a party lost a deal on a closed
  inventory half). A surname after a kept full name stays ("Ivo
  Marsh ... Marsh said").
- English: a one-word subject of a verb of saying the model left untyped that speaks of
  itself as "it" ("Norvex said it would cut 200 jobs") is a company, as a name of
  several words already was (``kg.entities.people.speech_subject``); "Ansell said he
  would step down" stays a person.
- A one-word person of the model's that nothing introduces and that the article writes
  in lower case elsewhere is a common noun capitalised ("Según Cosecha, la cosecha de
  este año ..."): ``kg.entities.retype.common_word``; a surname of a full name stays
  ("Ana Pastor ... Según Pastor, el pastor de la aldea").
"""

from __future__ import annotations

from spacy.language import Language


def _people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if str(e.kind) == "person"}


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if str(e.kind) == "org"}


# -- a mention follows the names that hold it --------------------------------------------


def test_a_mention_of_a_name_no_longer_a_person_is_no_person(en: Language) -> None:
    text = ("Velmont Fibre Holdings bought Kerala Jute Mills Ltd for $40 million. Jute "
            "workers welcomed the deal. \"Kerala Jute has good looms,\" said Velmont's "
            "director Ravi Menon.")
    assert _people(en, text) == {"Ravi Menon"}
    assert "Jute" not in _orgs(en, text)  # a later word of a company is no short form


def test_a_surname_after_a_kept_full_name_stays_a_person(en: Language) -> None:
    text = ("Ivo Marsh, chief executive of Brenner Tools, said the plant would close. "
            "Marsh said the staff would move to Leeds.")
    assert _people(en, text) == {"Ivo Marsh"}


# -- a speaker that calls itself "it" ------------------------------------------------------


def test_a_one_word_speaker_that_says_it_would_is_a_company(en: Language) -> None:
    text = "Norvex said it would cut 200 jobs at its Leeds plant."
    assert _people(en, text) == set()
    assert _orgs(en, text) == {"Norvex"}


def test_a_speaker_that_says_he_would_stays_a_person(en: Language) -> None:
    text = "Ansell said he would step down next year, the board of Corvane Mining confirmed."
    assert _people(en, text) == {"Ansell"}


def test_a_foreign_full_name_no_list_knows_stays_a_person(en: Language) -> None:
    text = "Oyelaran Adebayo said he would join Tamsin Foods in May."
    assert _people(en, text) == {"Oyelaran Adebayo"}


# -- a word the article writes in lower case ----------------------------------------------


def test_a_lone_person_written_in_lower_case_elsewhere_is_no_person(es: Language) -> None:
    text = "Según Cosecha, la cosecha de este año será corta, dijo la cooperativa Viñas del Sil."
    assert _people(es, text) == set()


def test_a_surname_of_a_full_name_in_lower_case_elsewhere_stays(es: Language) -> None:
    text = ("La pastora Ana Pastor vendió su granja a Lácteos Omaña. Según Pastor, el "
            "pastor de la aldea la ayudó.")
    assert _people(es, text) == {"Ana Pastor"}
