"""Session 33, lead: a signing still to come leaves the deal announced (``status._signed``).

"La siderúrgica X firmará un contrato de suministro con Y" was read Completed from the
verb of signing whatever its tense; the signed agreement stays Completed."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` pipeline comes from conftest.py


def _statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals or ()]


def test_a_signing_to_come_is_announced(es: Language) -> None:
    text = ("La siderúrgica Harvel firmará un contrato de suministro de energía con "
            "Solvento Renovables.")
    assert _statuses(es, text) == ["Announced"]


def test_a_signed_agreement_stays_completed(es: Language) -> None:
    text = ("La siderúrgica Harvel firmó un contrato de suministro de energía con "
            "Solvento Renovables.")
    assert _statuses(es, text) == ["Completed"]
