"""Session 40, helper bounds2 (issue #13): deal parties whose name bounds are misread.

A capitalised particle that opens a family's name opens the company's named after it:
"Van" of "Ter Horst Foods" or "Van Dorsten Chemie", "Da" of English "Da Costa Holdings".
The run of capitals used to drop it as a connector ("of", "van" between names), leaving
two names, the particle alone and the rest, and a deal with both for its target (rule
``runs:opening_particle``, ``kg.entities.runs._opening_particle``; lists
``opening_particles`` and ``romance_opening_particles`` of ``lexicon/entities.toml``).
"The" stays out of a name, and the Romance particles count only in English text after
the sentence's first word.
"""

from __future__ import annotations

from spacy.language import Language


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities or () if e.kind == "org"}


def _targets(nlp: Language, text: str) -> list[str]:
    return [ref.name for d in nlp(text)._.kg_deals or () for role, ref in d.roles
            if role == "target"]


def test_dutch_particle_opens_the_company(en: Language) -> None:
    text = "Harlow agreed to buy Ter Horst Foods from its founders."
    assert "Ter Horst Foods" in _orgs(en, text)
    assert _targets(en, text) == ["Ter Horst Foods"]


def test_dutch_particle_after_a_descriptor(en: Language) -> None:
    text = "Harlow turned down an offer from Dutch rival Van Dorsten Chemie, which later quit."
    orgs = _orgs(en, text)
    assert "Van Dorsten Chemie" in orgs
    assert "Van" not in orgs


def test_romance_particle_in_english_opens_the_company(en: Language) -> None:
    text = "Harlow agreed to buy Da Costa Holdings for $40 million."
    assert _targets(en, text) == ["Da Costa"]


def test_the_still_opens_no_name(en: Language) -> None:
    # near miss: "The" is a connector too, and stays out of the name
    assert "Grainger Works" in _orgs(en, "Harlow agreed to buy a stake in The Grainger Works.")


def test_spanish_article_still_opens_no_name(es: Language) -> None:
    # near miss: in Spanish "La" opens clauses; the Romance particles are English-only
    orgs = _orgs(es, "Mientras, La Gaceta Industrial informó que Orvale Foods compró Molo.")
    assert "La Gaceta Industrial" not in orgs
