"""Session 32, helper persons (issue #13): people precision in whole articles
(inventory tests/data/constructions/persons).

- A name after a preposition of place that opens the sentence is the place of a fronted
  adverbial, not a person a role is in apposition to: "In Asia, chief operating officer
  Priya Raman ...", "En Vigo, el consejero delegado ..." (``people._fronted_place``);
  "Para Salgado, ..." or "Raman, chief operating officer, ..." still name a person.
- A role of an organisation named by a common noun, then a name between commas, is the
  person who holds it: "el consejero delegado de la conservera, Antón Louro Pazos,"
  (``people._role_of_common_noun``); a name with a company's word stays a company.
- English: a geographic head before a capitalised name opens a place's name ("Port
  Elliot", "Lake Winslow", "St Clement"), no person's or company's
  (``people.place_head``); "Lake Winslow Dairy", "Ian St John" and "the University of
  St Andrews" are not changed.
- English: a tradesman's trade ("Plumbing", "Roofing", "Haulage", "Audit"), "Ports",
  "Terminals" and "Trust" close a company's name after a surname or a place ("Gallagher
  Roofing", "Elliot Terminals", "Tri-County Trust") (lexicon ``org_tails``); a person
  named with a given name and a surname is not changed.
- A long form defined by an acronym in brackets that the model read as a person's name
  is an organisation's unless a known given name opens it ("Presse Acadienne Nouvelles
  (PAN)"; "Megan Hollis (MH)" stays a person) (``cues.acronym_definition``).
"""

from __future__ import annotations

from spacy.language import Language


def _ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def _people(nlp: Language, text: str) -> set[str]:
    return {t for t, label in _ents(nlp, text) if label == "PER"}


# -- a fronted place before a role -------------------------------------------------------


def test_a_fronted_place_before_a_role_is_no_person(es: Language, en: Language) -> None:
    assert "Asia" not in _people(en, "In Asia, chief operating officer Priya Raman will lead "
                                     "the partnership with Volterra Cells.")
    assert "Ourense" not in _people(es, "En Ourense, la directora general de Lácteos Miño, "
                                        "Sabela Pazos, presentó el plan.")
    assert "Tarragona" not in _people(es, "Desde Tarragona, el director financiero Tomás "
                                          "Aguirre Lasa coordinó la operación.")


def test_a_name_before_a_role_is_still_a_person(en: Language, es: Language) -> None:
    assert "Raman" in _people(en, "Raman, chief operating officer of Volterra Cells, will "
                                  "lead the partnership.")
    assert "Ibarguren" in _people(es, "Ibarguren, consejero delegado de Lácteos Miño, "
                                      "presentó el plan.")


# -- a role of an organisation named by a common noun -------------------------------------


def test_a_name_after_a_role_of_a_common_noun_is_a_person(es: Language, en: Language) -> None:
    assert "Antón Louro Pazos" in _people(es, "El consejero delegado de la conservera, Antón "
                                              "Louro Pazos, agradeció el apoyo público.")
    assert "Ines Marl" in _people(en, "The chief executive of the bakery, Ines Marl, said the "
                                      "plant would stay open.")


def test_a_company_after_a_role_of_a_common_noun_is_no_person(es: Language) -> None:
    assert "Orvel Renovables S.A." not in _people(
        es, "El director de la filial, Orvel Renovables S.A., dijo que la planta seguirá abierta.")


# -- a place opened by a geographic head --------------------------------------------------


def test_a_geographic_head_opens_a_place(en: Language) -> None:
    ents = _ents(en, "The harbour lies between St Clement and Mount Pleasant on the south "
                     "coast. The grain terminal at Port Elliot handles most of the wheat.")
    assert ("St Clement", "LOC") in ents and ("Port Elliot", "LOC") in ents
    assert not _people(en, "Lake Winslow farmers ship most of their wheat through the port.")


def test_a_geographic_head_inside_a_name_is_not_changed(en: Language) -> None:
    assert ("Lake Winslow Dairy", "ORG") in _ents(en, "Lake Winslow Dairy bought a cheese "
                                                      "plant for $5 million.")
    assert "Ian St John" in _people(en, "Former striker Ian St John said the club would survive.")
    assert ("University of St Andrews", "ORG") in _ents(
        en, "Emeka Okonkwo joined Haldane from the University of St Andrews.")


# -- trades, ports and trusts close a company's name --------------------------------------


def test_a_trade_after_a_surname_makes_a_company(en: Language) -> None:
    assert ("Gallagher Roofing", "ORG") in _ents(en, "Gallagher Roofing employs 140 people in "
                                                     "Leeds.")
    assert ("Elliot Terminals", "ORG") in _ents(en, "Coastline Ports has agreed to buy Elliot "
                                                    "Terminals for A$120 million.")
    assert ("Tri-County Trust", "ORG") in _ents(en, "Tri-County Trust bought Pinewood Savings "
                                                    "for $64 million.")


def test_a_persons_name_is_not_made_a_company(en: Language) -> None:
    assert "Declan Gallagher" in _people(en, "Declan Gallagher founded the roofing business "
                                             "in 1988.")


# -- a person's acronym ---------------------------------------------------------------


def test_a_defined_long_form_without_a_given_name_is_no_person(en: Language) -> None:
    ents = _ents(en, "This story was first published by Presse Acadienne Nouvelles (PAN) and "
                     "is republished here.")
    assert ("Presse Acadienne Nouvelles", "ORG") in ents


def test_a_speakers_initials_keep_the_person(en: Language) -> None:
    assert "Megan Hollis" in _people(en, "Interviewer: Megan Hollis (MH). Narrator: Walt "
                                         "Brubaker (WB).")
