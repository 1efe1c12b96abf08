"""Shipped NER weights tuned on CoNLL, applied to a stock pipeline after it loads.

The stock models were trained on other annotation schemes (AnCora and WikiNER for
Spanish, OntoNotes for English) than the news kg reads. ``train/ner.py`` fine-tunes
the ``ner`` component of each language's stock model on CoNLL's development file
(``testa``) with its hash embeddings frozen, so only the layers above them move: the
context encoder and the transition model (about 0.5 M parameters, under 2 MB per
language). Those layers ship in ``models/`` (installed as ``kg/_data/models``) as
``ner-<pipeline>-<version>.npz`` beside a ``.json`` record of how they were trained.

:func:`apply_tuned_ner` loads them into a pipeline whose model is exactly the one
they were trained from (same name, version and layer shapes); any other pipeline is
left as it is. The pipeline's recorded version then gains a local label with the
weights' digest (``3.1.0+kg.ner.1a2b3c4d``), so the run metadata say which weights
ran and a cache made with other weights is not reused.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from thinc.api import Model

from kg.errors import ModelMissingError
from kg.resources import data_dir

# Layers that stay as the stock model has them: the hash embedding tables are most of
# the component's size and hold what the model knows about words it saw in training.
FROZEN_LAYERS = frozenset({"hashembed"})
COMPONENT = "ner"
LOCAL_LABEL = "kg.ner"


def ner_model(nlp: Language) -> Model[Any, Any]:
    """The thinc model of ``nlp``'s ``ner`` component."""
    model: Model[Any, Any] = getattr(nlp.get_pipe(COMPONENT), "model")  # noqa: B009
    return model


def trainable_params(
    model: Model[Any, Any], frozen: Iterable[str] = FROZEN_LAYERS
) -> Iterator[tuple[str, Model[Any, Any], str]]:
    """``(key, node, parameter name)`` of every parameter of a ``ner`` model outside
    the ``frozen`` layers, in a fixed order; the key (walk index, layer name,
    parameter name) names it on disk."""
    skip = frozenset(frozen)
    for index, node in enumerate(model.walk()):
        if node.name in skip:
            continue
        for name in node.param_names:
            if node.has_param(name):
                yield f"{index}:{node.name}:{name}", node, name


def weights_stem(nlp: Language) -> str:
    """The file name (without suffix) of the weights tuned for ``nlp``'s model.

    >>> import spacy
    >>> weights_stem(spacy.blank("es"))
    'ner-es_pipeline-0.0.0'
    """
    meta = nlp.meta
    version = str(meta.get("version", "0")).split("+", 1)[0]
    return f"ner-{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{version}"


def shipped_weights(nlp: Language, folder: Path | None = None) -> Path | None:
    """The ``.npz`` of tuned weights shipped for ``nlp``'s model, if any."""
    path = (folder or data_dir("models")) / f"{weights_stem(nlp)}.npz"
    return path if path.is_file() else None


def save_ner_weights(
    nlp: Language, path: Path, info: Mapping[str, Any], frozen: Iterable[str] = FROZEN_LAYERS
) -> str:
    """Write the tuned parameters of ``nlp``'s ``ner`` to ``path`` (``.npz``) and
    ``info`` beside it (``.json``, with the digest added); returns the digest.

    The bytes depend only on the weights (no time stamps), so training twice with
    the same seed writes the same file.
    """
    model = ner_model(nlp)
    arrays = {
        key: np.asarray(node.get_param(name))
        for key, node, name in trainable_params(model, frozen)
    }
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".npz.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    record = {**info, "sha256": digest}
    path.with_suffix(".json").write_text(
        json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return digest


def load_ner_weights(nlp: Language, path: Path) -> str:
    """Set ``nlp``'s ``ner`` parameters from ``path``; returns the file's digest.

    Raises ``ModelMissingError`` when the file does not fit the model (another
    model's weights, or a damaged file): kg never runs half-loaded weights.
    """
    if COMPONENT not in nlp.pipe_names:
        raise ModelMissingError(f"{path}: the pipeline has no {COMPONENT!r} component to tune")
    model = ner_model(nlp)
    try:
        data = path.read_bytes()
        with np.load(io.BytesIO(data)) as stored:
            arrays = {key: stored[key] for key in stored.files}
    except (OSError, ValueError, zipfile.BadZipFile) as err:
        raise ModelMissingError(f"{path}: unreadable NER weights ({err})") from err
    # Any layers may have been tuned (train/ner.py --freeze), but only this model's.
    params = [p for p in trainable_params(model, ()) if p[0] in arrays]
    if not arrays or len(params) != len(arrays):
        raise ModelMissingError(f"{path}: these NER weights were trained for another model")
    for key, node, name in params:
        current = node.get_param(name)
        if arrays[key].shape != current.shape:
            raise ModelMissingError(
                f"{path}: layer {key} has shape {arrays[key].shape}, the model's is {current.shape}"
            )
    for key, node, name in params:
        node.set_param(name, node.ops.asarray_f(arrays[key]))
    return hashlib.sha256(data).hexdigest()


def apply_tuned_ner(nlp: Language, folder: Path | None = None) -> str | None:
    """Load the shipped tuned weights for ``nlp``'s model, if kg has some, and mark
    the pipeline's version with their digest; returns the digest, else ``None``.

    >>> import spacy
    >>> apply_tuned_ner(spacy.blank("en")) is None
    True
    """
    path = shipped_weights(nlp, folder)
    if path is None or COMPONENT not in nlp.pipe_names:
        return None
    if f"+{LOCAL_LABEL}." in str(nlp.meta.get("version", "")):
        return None  # already tuned
    digest = load_ner_weights(nlp, path)
    nlp.meta["version"] = f"{nlp.meta.get('version', '0')}+{LOCAL_LABEL}.{digest[:8]}"
    return digest
