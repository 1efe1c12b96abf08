"""Session 40, helper bounds3 (issue #13): a firm named after a person, written after
"of"/"de" ("the purchase of Brightmoor Daniel Hale"), where the given-name cue read a
person from the given name on and left the firm's first word alone
(``kg.entities.labels._firm_before_given_name``, ``bounds:firm_before_given_name``): the
organisation the model read over the whole run keeps it, unless the noun before
"of"/"de" is a person's (a role, a title, "chief", "jefe"): then the organisation and
the person are two names.
"""

from __future__ import annotations

from spacy.language import Language


def _ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def _parties(nlp: Language, text: str) -> set[str]:
    return {ref.name for d in nlp(text)._.kg_deals for _, ref in d.roles}


def test_firm_after_of_keeps_its_first_word(en: Language) -> None:
    text = "Harlow Capital completed the purchase of Brightmoor Daniel Hale on Friday."
    ents = _ents(en, text)
    assert ("Brightmoor Daniel Hale", "ORG") in ents
    assert ("Daniel Hale", "PER") not in ents
    assert "Daniel Hale" not in _parties(en, text)


def test_firm_after_shares_of_is_the_investee(en: Language) -> None:
    text = "Harlow Capital agreed to acquire the shares of Corvane Michael Ellis for $12 million."
    assert "Corvane Michael Ellis" in _parties(en, text)


def test_spanish_firm_after_de_keeps_its_first_word(es: Language) -> None:
    ents = _ents(es, "Valdemora Capital adquiere el 30% de Tecnocasa Marcos Olmo.")
    assert ("Tecnocasa Marcos Olmo", "ORG") in ents
    assert ("Marcos Olmo", "PER") not in ents


def test_spanish_trade_word_firm_after_de(es: Language) -> None:
    ents = _ents(es, "Los accionistas de Hortícola Pablo Ferrán aprobaron la venta.")
    assert ("Hortícola Pablo Ferrán", "ORG") in ents


def test_role_of_organisation_then_person_stays_two_names(en: Language) -> None:
    ents = _ents(en, "The chief of Brightmoor Daniel Hale said Harlow Capital would buy "
                     "Pinecrest.")
    assert ("Daniel Hale", "PER") in ents
    assert ("Brightmoor Daniel Hale", "ORG") not in ents


def test_mayor_of_town_then_person_stays_two_names(en: Language) -> None:
    ents = _ents(en, "The mayor of Eastwick Daniel Hale said Harlow Capital would buy "
                     "Pinecrest.")
    assert ("Eastwick Daniel Hale", "ORG") not in ents


def test_spanish_former_role_of_organisation_then_person(es: Language) -> None:
    ents = _ents(es, "La exdirectora de Tecnocasa Marcos Olmo habló ayer con la prensa.")
    assert ("Tecnocasa Marcos Olmo", "ORG") not in ents
