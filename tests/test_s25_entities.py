"""Deal parties kg did not find as organisations (session 25, ent7). Every sentence is
written for these tests, with invented companies.

- A legal form written with a slash is one token ("Skovgaard Shipping A/S", Denmark's
  and Norway's aktieselskab; "Alfa S/A", Brazil's sociedade anônima): the tokenizer
  keeps the legal forms of lexicon ``legal_forms`` that hold a slash whole
  (kg.nlp.keep_slashed_legal_forms); split, the name ended in a stray capital
  ("Skovgaard Shipping A"). A currency's "S/" stays a sign.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals, names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# ---------------------------------------------------------------- slashed legal forms


def test_a_danish_legal_form_closes_the_buyers_name(es: Language) -> None:
    text = ("Vendimos nuestro 45% en Logística Portobelo al grupo danés Skovgaard "
            "Shipping A/S, que compró el 100% de la compañía.")
    assert "Skovgaard Shipping A/S" in names(es, text)
    assert "Skovgaard Shipping A" not in names(es, text)
    assert {"acquirer": "Skovgaard Shipping A/S", "target": "Logística Portobelo"} in \
        deals(es, text)


def test_a_slashed_legal_form_is_one_token_in_english(en: Language) -> None:
    doc = en("Tarvel Capital sold its stake to Fjordby Marine A/S, the Danish group.")
    assert "A/S" in [t.text for t in doc]
    assert "Fjordby Marine A/S" in {e.name for e in doc._.kg_entities}


def test_a_short_form_after_the_slashed_legal_form_is_the_same_company(
        es: Language) -> None:
    doc = es("El grupo danés Skovgaard Shipping A/S compró Logística Portobelo. "
             "Skovgaard Shipping pagó 5 millones de euros.")
    ents = {e.name: e.aliases for e in doc._.kg_entities if e.kind == "org"}
    assert ents.get("Skovgaard Shipping A/S") == ("Skovgaard Shipping",)


def test_a_currencys_slash_stays_a_sign(es: Language) -> None:
    doc = es("Reclaman S/ 42 millones a Pesquera Ancón.")
    assert "S/" in [t.text for t in doc]
