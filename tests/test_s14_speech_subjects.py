"""The subject of a verb of saying that the model left out, when it is a name of two
words: one that speaks of itself as "it" is a company ("Orion Health said it had sold
..."), and one whose first word is no given name is no person by its last word
("Orion Health said ..." gives no person "Health"). People keep their reading
(session 14)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def kinds(nlp: Language, text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"org": set(), "person": set()}
    for e in nlp(text)._.kg_entities:
        found.setdefault(e.kind, set()).add(e.name)
    return found


def test_a_name_that_says_it_did_something_is_a_company(en: Language) -> None:
    text = "Orion Health said it had sold its dental clinics business to Ashby Partners."
    found = kinds(en, text)
    assert "Orion Health" in found["org"]
    assert found["person"] == set()
    (deal,) = deals(en, text)
    assert parties(deal, "seller") == {"Orion Health"}


def test_no_person_from_the_last_word_of_a_company_name(en: Language) -> None:
    assert kinds(en, "Orion Health said the sale would close in May.")["person"] == set()


@pytest.mark.parametrize(("text", "person"), [
    ("Jane Okafor said it was too early to judge the deal.", "Jane Okafor"),
    ("Okafor said it had been a difficult year for the group.", "Okafor"),
    ("Marisa Velde said she would stay on as chair.", "Marisa Velde"),
])
def test_people_who_speak_stay_people(en: Language, text: str, person: str) -> None:
    assert person in kinds(en, text)["person"]
