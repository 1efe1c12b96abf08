"""A company descriptor with a bare sector before the name ("la empresa de pinturas
X", "la cadena de gimnasios X"): the Spanish parser hangs the name on the sector
word; the name is the descriptor's, so the deal has its party (session 14)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "role", "name"), [
    ("El grupo químico Norfeld ha comprado la empresa de pinturas Tintes Arlanza.",
     "target", "Tintes Arlanza"),
    ("Inversiones Balmes ha adquirido la cadena de gimnasios Fortia Sport.",
     "target", "Fortia Sport"),
    ("El fondo Altamira compró el fabricante de baterías Voltia Ibérica.",
     "target", "Voltia Ibérica"),
])
def test_the_name_after_a_descriptors_sector_is_the_party(
    es: Language, text: str, role: str, name: str,
) -> None:
    (deal,) = deals(es, text)
    assert deal.type == "Acquisition"
    assert parties(deal, role) == {name}


def test_a_sector_with_an_article_names_no_company(es: Language) -> None:
    assert deals(es, "Inversiones Balmes ha adquirido la empresa de la familia Roca.") == []


def test_a_subsidiary_of_the_group_named_is_not_the_group(es: Language) -> None:
    found = deals(es, "Aguas del Sella, filial del grupo francés Eaunova, ha comprado la "
                      "depuradora Limpia Norte.")
    (deal,) = found
    assert parties(deal, "acquirer") == {"Aguas del Sella"}
    assert parties(deal, "target") == {"Limpia Norte"}
