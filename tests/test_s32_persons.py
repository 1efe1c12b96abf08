"""Session 32, helper persons (issue #13): people precision in whole articles
(inventory tests/data/constructions/persons).

- A name after a preposition of place that opens the sentence (Spanish "desde" only) is
  the place of a fronted adverbial, not a person a role is in apposition to: "In Asia,
  chief operating officer Priya Raman ...", "Desde Arequipa, la presidenta ..."
  (``people._fronted_place``); "Raman, chief operating officer, ..." still names a person.
- A role of an organisation named by a common noun, then a name between commas, is the
  person who holds it: "el consejero delegado de la conservera, Antón Louro Pazos,"
  (``people._role_of_common_noun``); a name with a company's word stays a company.
- English: a geographic head before a capitalised name opens a place's name ("Port
  Elliot", "Lake Winslow", "Mount Pleasant"), no person's or company's
  (``people.place_head``); "Lake Winslow Dairy" and "the University of Mount Allison"
  are not changed.
- English: a tradesman's trade ("Plumbing", "Roofing", "Haulage", "Audit"), "Ports"
  and "Terminals" close a company's name after a surname or a place ("Gallagher
  Roofing", "Elliot Terminals") (lexicon ``org_tails``); a person named with a given
  name and a surname is not changed.
- A long form defined by an acronym in brackets that the model read as a person's name
  is an organisation's unless a known given name opens it ("Presse Acadienne Nouvelles
  (PAN)"; "Megan Hollis (MH)" stays a person) (``cues.acronym_definition``).
- The capitalised words of a title of several words are the title's, not the name's
  ("Chairman Emeritus Walter Dunmore", "Executive Vice President Dana Ruiz"), and a
  capitalised title that goes on to "de" names no one ("El Presidente Ejecutivo de Grupo
  Terral, Ramiro Paz, ...") (lexicon ``title_modifiers``, ``people.title_before``).
- Spanish "Don"/"Doña" after a trade's agentive noun or a noun in -era, capitalised or
  not, is a brand's name ("Panificadora Don Tomás", "la yerbatera Don Evaristo"), and so
  is the same "Don" name elsewhere in the article (``people._shop_named_don``,
  ``people._shop_named_elsewhere``); "quien era Don Evaristo Paz" and "el presidente Don
  Juan Ferrero" still name people.
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
    assert "Ourense" not in _people(es, "Desde Ourense, la directora general de Lácteos Miño, "
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
    assert ("Fort Harrison", "LOC") in _ents(en, "Fort Harrison and Mount Corwin lie on the "
                                                 "coast.")
    assert not _people(en, "Port Elliot, a town of 3,000 people, handles most of the wheat.")
    assert not _people(en, "Elliot Terminals runs the grain terminal at Port Elliot. Port "
                           "Elliot handles most of the wheat.")


def test_a_geographic_head_inside_a_name_is_not_changed(en: Language) -> None:
    assert ("Lake Winslow Dairy", "ORG") in _ents(en, "Lake Winslow Dairy bought a cheese "
                                                      "plant for $5 million.")
    assert ("University of Mount Allison", "ORG") in _ents(
        en, "Emeka Okonkwo joined Haldane from the University of Mount Allison.")


# -- trades, ports and trusts close a company's name --------------------------------------


def test_a_trade_after_a_surname_makes_a_company(en: Language) -> None:
    assert ("Gallagher Roofing", "ORG") in _ents(en, "Gallagher Roofing employs 140 people in "
                                                     "Leeds.")
    assert ("Elliot Terminals", "ORG") in _ents(en, "Coastline Ports has agreed to buy Elliot "
                                                    "Terminals for A$120 million.")


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


# -- titles of several capitalised words ----------------------------------------------


def test_a_titles_capitalised_words_are_not_the_name(en: Language, es: Language) -> None:
    assert _people(en, "Chairman Emeritus Walter Dunmore praised the deal.") == {"Walter Dunmore"}
    assert _people(en, "Executive Vice President Dana Ruiz praised the deal.") == {"Dana Ruiz"}
    ents = _ents(es, "El Presidente Ejecutivo de Grupo Terral, Ramiro Paz, anunció la compra.")
    assert ("Grupo Terral", "ORG") in ents and not any("Ejecutivo" in t for t, _ in ents)


def test_a_one_word_title_is_not_changed(en: Language) -> None:
    assert _people(en, "Managing Director Sven Halvorsen will chair the new division.") == {
        "Sven Halvorsen"}


# -- a brand named "Don" ---------------------------------------------------------------


def test_don_after_a_trade_noun_is_a_brand(es: Language) -> None:
    assert ("Panificadora Don Tomás", "ORG") in _ents(es, "Panificadora Don Tomás ha comprado "
                                                          "Harinas Lozano.")
    ents = _ents(es, "Grupo Norte compró la yerbatera Don Evaristo por 3 millones de pesos. "
                     "Don Evaristo facturó 14 millones el año pasado.")
    assert not {t for t, label in ents if label == "PER"}
    assert ("Don Evaristo", "ORG") in ents


def test_don_after_a_verb_or_a_role_is_a_person(es: Language) -> None:
    assert "Evaristo Paz" in _people(es, "El fundador, quien era Don Evaristo Paz, murió en 1990.")
    assert "Juan Ferrero" in _people(es, "El presidente Don Juan Ferrero visitó la planta.")
