"""Organisations on news nobody tuned to (session 18, issue #13): classes of
organisation and person errors seen across the opened articles, each rule on sentences
written for these tests.

- English: the subject of a verb whose object is "its" something is a company, not a
  person ("Pranav Infratel sold a stake in its tower unit") (``kg.entities.retype``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# --- "its" after a subject: a company ---------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Last year, Rohan Netlink sold a 26% stake in its tower arm to Harbour Fund.",
     "Rohan Netlink"),
    ("Marisol Hidalgo has agreed to sell its cold-storage business to Kestrel Foods.",
     "Marisol Hidalgo"),
    ("Sunil Agrotech cut its annual sales forecast on Thursday.", "Sunil Agrotech"),
])
def test_the_subject_of_its_object_is_a_company(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)
    assert name not in people(en, text)


@pytest.mark.parametrize(("text", "name"), [
    # "his": a person's
    ("Ravi Menon sold his 4% stake in Kestrel Foods to Harbour Fund.", "Ravi Menon"),
    # "its" belongs to the company of a reported clause, not to the speaker
    ("Ravi Menon said Kestrel Foods would sell its stake in Harbour Cold.", "Ravi Menon"),
    # "its" inside a relative clause of the object
    ("Ravi Menon bought the firm that cut its staff by half.", "Ravi Menon"),
])
def test_a_person_keeps_its_type_without_its_object(en: Language, text: str,
                                                     name: str) -> None:
    assert name in people(en, text)
