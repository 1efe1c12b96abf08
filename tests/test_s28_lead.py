"""Session 28, the lead's rules (issue #13).

- A name that closes a prepositional phrase opening its sentence is no apposition's
  head: in "Durante Expoventa, la agencia cerró acuerdos" the noun phrase after the
  comma runs into its verb, so it is the clause's subject (kg.entities.cues
  ._fronted_adverbial); an apposition closed by its own comma stays one.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import names

# -- a fronted prepositional phrase is no apposition -------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Durante Expoventa, la agencia cerró acuerdos con Hoteles Marbelia.", "Expoventa"),
        ("En Fruitlogística, la cooperativa cerró ventas con Frutas Kestrel.", "Fruitlogística"),
        ("Tras Alimentaria, la conservera firmó un contrato con Almacenes Rusel.", "Alimentaria"),
        ("Desde Reyes, la empresa vende menos turrón.", "Reyes"),
    ],
)
def test_a_fronted_phrase_before_a_subject_names_no_company(
        es: Language, text: str, word: str) -> None:
    assert word not in names(es, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Con Lumora, una startup de baterías, la firma Orvane firmó una alianza.", "Lumora"),
        ("Lumora, la startup de baterías, fue comprada por Orvane Energía.", "Lumora"),
        ("Según fuentes del sector, Trevanta, una distribuidora de Lugo, busca comprador.",
         "Trevanta"),
    ],
)
def test_an_apposition_closed_by_its_comma_still_names_a_company(
        es: Language, text: str, company: str) -> None:
    assert company in names(es, text)
