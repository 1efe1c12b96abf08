"""Session 37, helper corr3 (issue #13): the corroboration of organisations keeps a
one-word name standing where only a company's name stands.

- A name right before a company's part, holding or site ("the Acme plant", "Acme's
  stores") or after one and "of"/"de" ("las tiendas de Acme") owns it: it is a company.
- A name that owns something ("Acme's new pricing") names an agent, no page furniture.
- A name listed with other organisations ("Acme Plc, Borel Ltd and Corva") is one too.
- Both are kept whatever the model scores, and the training script leaves them out of
  what it may drop (the threshold is chosen on what the component may drop).
- A lone word of page furniture is still dropped.
"""

from __future__ import annotations

from spacy.language import Language

from kg.corroborate import Corroborator, features


def _model_names(nlp: Language, text: str) -> set[str]:
    """The organisations resting on the statistical model's label alone (before the
    corroboration, which the pipeline runs by default)."""
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n == "kg_corroborate"]):
        doc = nlp(text)
    return {e.name for e in doc._.kg_entities
            if e.kind == "org" and all(r.startswith("ner:") for r in e.rules)}


def _kept(nlp: Language, text: str) -> set[str]:
    doc = Corroborator(nlp)(nlp(text))
    return {e.name for e in doc._.kg_entities}


def _feats(nlp: Language, text: str, name: str) -> list[str]:
    doc = nlp(text)
    entity = next(e for e in doc._.kg_entities if e.name == name)
    return features(doc, entity, entities=doc._.kg_entities)


def test_company_before_its_plant_is_kept(en: Language) -> None:
    text = "Workers at the Dunmore plant walked out on Tuesday."
    assert "Dunmore" in _model_names(en, text)
    assert "Dunmore" in _kept(en, text)


def test_company_listed_with_other_companies_is_kept(en: Language) -> None:
    text = "Shares of Halvern Foods Plc, Pettigrew Ltd and Lantern rose."
    assert "Lantern" in _model_names(en, text)
    assert "Lantern" in _kept(en, text)


def test_possessor_is_kept(en: Language) -> None:
    text = "Analysts doubt Lantern's new pricing will last."
    assert "Lantern" in _model_names(en, text)
    assert "Lantern" in _kept(en, text)


def test_owner_and_list_features(en: Language) -> None:
    from kg.corroborate import kept_by_place

    assert "owns_noun|org" in _feats(en, "Workers at the Dunmore plant walked out on "
                                     "Tuesday.", "Dunmore")
    assert "listed_cued|org" in _feats(en, "Shares of Halvern Foods Plc, Pettigrew Ltd "
                                       "and Lantern rose.", "Lantern")
    assert kept_by_place(["kind=org", "owns_noun|org"])
    # near miss: a name followed by a word that is no company's part
    assert not kept_by_place(["kind=org", "after=,|org", "before=the|org"])


def test_furniture_word_is_still_dropped(en: Language) -> None:
    # near miss: a lone credit word on a short line owns nothing and is listed with
    # nothing, so the model still drops it
    text = ("Dunmore Freight Ltd will open a second depot near the port next year. "
            "Reuters Graphics\nPhoto: Getty Images")
    assert "Graphics" in _model_names(en, text)
    names = _kept(en, text)
    assert "Graphics" not in names
    assert "Dunmore Freight" in names
