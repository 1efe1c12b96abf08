"""Session 41, helper orgs41 (issue #13): false organisations studied on CoNLL testa.

- A religion's adjective alone ("the ruling Moslem party", "a strict Islamic state") is
  no organisation, as a nationality word alone is none (``retype:religion`` in
  ``kg.entities.retype.demonym``; the words are ``religious_adjectives`` in
  ``lexicon/entities.toml``). A company named in the same frame ("Ruling Corvane
  party") is still one, and a longer name holding such a word is left alone.
"""

from __future__ import annotations

from spacy.language import Language


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


def test_religion_adjective_alone_is_no_organisation(en: Language) -> None:
    assert "Moslem" not in _orgs(en, "Ruling Moslem party ends boycott of the vote.")


def test_name_in_the_same_frame_stays_an_organisation(en: Language) -> None:
    assert "Corvane" in _orgs(en, "Ruling Corvane party ends boycott of the vote.")


def test_religion_word_inside_a_longer_name_is_kept(en: Language) -> None:
    orgs = _orgs(en, "Tarnell Islamic Bank said on Monday it had raised $40 million "
                     "from investors in the Gulf.")
    assert any("Islamic Bank" in name for name in orgs)
