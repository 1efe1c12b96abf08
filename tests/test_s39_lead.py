"""Session 39, lead (issue #13): a company name that opens with Dutch or German
particles.

- Where the model types "der Molen Kaas" a person and a descriptor cue finds "Van"
  before it as a company, the surname's leading particles ("Van der") join the person's
  span, and the one-word "Van" it took is dropped: two entities over one token crashed
  the whole article ("token included in more than one span") before
  (``retype._retype``, ``_leading_particles``).
- Lower-case "der", "den", "van", "von", "ter", "ten" between capitalised words join a
  name's run as "de" and "of" do, so a descriptor's name runs to its end: "Belgian
  brewer Van den Bossche Brouwerij" is one company, not "Van" and "Bossche
  Brouwerij" (``connectors``).
"""

from __future__ import annotations

from spacy.language import Language


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


def test_particles_taken_by_a_surname_leave_no_name_of_their_own(en: Language) -> None:
    text = ("Dutch cheese maker Van der Molen Kaas bought Hillcrest Dairy. The buyer, "
            "Dutch cheese maker Van der Molen Kaas, paid $12 million.")
    assert _orgs(en, text) >= {"Van der Molen Kaas", "Hillcrest Dairy"}
    assert "Van" not in _orgs(en, text)


def test_a_merger_with_a_particle_named_company_is_read(en: Language) -> None:
    doc = en("Norfolk Cartons merged with Dutch box maker Van der Wal Verpakking in March.")
    assert {e.name for e in doc._.kg_entities if e.kind == "org"} == {
        "Norfolk Cartons", "Van der Wal Verpakking"}


def test_a_descriptor_name_runs_through_its_particles(en: Language) -> None:
    orgs = _orgs(en, "Belgian brewer Van den Bossche Brouwerij agreed to buy Hallam Malt "
                     "for $40 million.")
    assert "Van den Bossche Brouwerij" in orgs
    assert "Van" not in orgs and "Bossche Brouwerij" not in orgs


def test_a_lower_case_particle_after_a_name_opens_no_run(en: Language) -> None:
    # near miss: "van" after a name and before a common noun is no particle of a name
    orgs = _orgs(en, "Harlow Logistics bought a delivery van from Kestrel Motors.")
    assert orgs == {"Harlow Logistics", "Kestrel Motors"}
