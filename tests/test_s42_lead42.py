"""Session 42, lead (issue #13): a role noun before a person's name guards the company
readings instead of undoing them afterwards.

``kg.entities.apposed.role_named`` lists the names one of whose mentions follows a noun of
a role only a person has ("the Dunmore scrum-half Kit Fallow"); ``kg.entities.retype.
_company_names`` reads none of their mentions as a company's (its English branch had only
``people._titled`` as guard) and coordinates none with an organisation. Until session 41
the readings ran and ``role_apposed_people`` undid them, so the person's provenance still
named a company reading that never stood.
"""

from __future__ import annotations

from spacy.language import Language

from kg.entities.apposed import role_named
from kg.entities.context import _Cand


def _entity(nlp: Language, text: str, name: str) -> tuple[str, tuple[str, ...]]:
    found = {e.name: (e.kind, tuple(e.rules)) for e in nlp(text)._.kg_entities}
    assert name in found, sorted(found)
    return found[name]


def test_a_role_nouns_person_carries_no_company_reading(en: Language) -> None:
    kind, rules = _entity(en, "Analysts expect a quick return. The scrum-half Kit Fallow "
                              "is 24 and has played for three clubs.", "Kit Fallow")
    assert kind == "person"
    assert "person:role_apposed" in rules
    assert "company:reads_as_company" not in rules


def test_every_mention_follows_the_role_noun(en: Language) -> None:
    kind, rules = _entity(en, "The Dunmore scrum-half Kit Fallow scored twice, and Kit "
                              "Fallow and Brixo Holdings later signed a sponsorship deal.",
                          "Kit Fallow")
    assert kind == "person"
    assert not {"company:reads_as_company", "company:coordinated"} & set(rules)


def test_without_a_role_noun_the_coordinated_name_is_a_company(en: Language) -> None:
    kind, rules = _entity(en, "Kit Fallow and Brixo Holdings agreed on Monday to merge "
                              "their fleets.", "Kit Fallow")
    assert kind == "org"
    assert "company:reads_as_company" in rules


def test_role_named_reads_the_noun_right_before_a_person(en: Language) -> None:
    doc = en.make_doc("Her assistant Milo Barley met Milo Barley's broker Ada Quince.")
    cands = [_Cand(2, 4, "PER", 0, ("ner:PERSON",)), _Cand(5, 7, "PER", 0, ("ner:PERSON",)),
             _Cand(9, 11, "PER", 0, ("ner:PERSON",))]
    # "assistant" is a person's role; "broker" a trade a firm plies too
    assert role_named(doc, cands) == {"Milo Barley"}
    assert role_named(doc, [_Cand(2, 4, "ORG", 0, ("ner:ORG",))]) == frozenset()
