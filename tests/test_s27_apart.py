"""Session 27, apart9: the company a stake is in, told by a description.

- Spanish "del"/"al" fuse "de"/"a" with the article "el": "accionista del grupo" is
  as definite as "accionista de la empresa", so the description stands for the group
  told before (kg.deals.syntax.is_definite);
- "El fondo Y posee el 30 % de la compañía": a Spanish part held of a description is a
  part of the company it stands for, as English "owns 9% of the company" was
  (kg.deals.frames._part_of, parties:part-of-the-company).

(A fraction of a named company as a stake, "bought a quarter of X", was tried and
dropped: see kg.deals.tacit.counted_part.)
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.syntax import is_definite

pytestmark = pytest.mark.model  # the ``es``/``en`` pipelines come from conftest.py


def _deals(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    out = []
    for deal in nlp(text)._.kg_deals:
        roles: dict[str, set[str]] = {}
        for role, ref in deal.roles:
            roles.setdefault(role, set()).add(ref.name)
        out.append((deal.type, roles))
    return out


def _investments(found: list[tuple[str, dict[str, set[str]]]]) -> list[dict[str, set[str]]]:
    return [roles for kind, roles in found if kind == "Investment"]


# -- "del grupo": the article fused with the preposition ------------------------------

@pytest.mark.parametrize("text, word", [
    ("El fondo es accionista del grupo.", "grupo"),
    ("Vendió la planta al comprador.", "comprador"),
])
def test_a_noun_after_del_or_al_is_definite(es: Language, text: str, word: str) -> None:
    doc = es(text)
    assert is_definite(next(t for t in doc if t.lower_ == word))


def test_a_noun_after_de_alone_is_not(es: Language) -> None:
    doc = es("El fondo es accionista de grupos cerveceros.")
    assert not is_definite(next(t for t in doc if t.lower_ == "grupos"))


def test_a_holder_of_the_group_holds_the_group_told_before(es: Language) -> None:
    text = ("En 2009 Pinares del Tiétar se fusionó con Maderas Gredos y así nació Grupo "
            "Tiétar Forestal. Desde hace dos años el fondo Robledal Capital es accionista "
            "del grupo.")
    held = _investments(_deals(es, text))
    assert {"investor": {"Robledal Capital"}, "investee": {"Grupo Tiétar Forestal"}} in held


# -- "el 30 % de la compañía": a Spanish part of a description -----------------------

@pytest.mark.parametrize("said", [
    "El fondo Robledal Capital posee el 30% de la compañía desde 2024.",
    "El fondo Robledal Capital, que posee el 30% de la compañía, apoyó el plan.",
    "El fondo Robledal Capital posee el 30% del grupo.",
])
def test_a_part_of_the_company_is_of_the_company_told(es: Language, said: str) -> None:
    text = "Grupo Tiétar Forestal ha abierto una nueva planta en Ávila. " + said
    held = _investments(_deals(es, text))
    assert {"investor": {"Robledal Capital"}, "investee": {"Grupo Tiétar Forestal"}} in held


def test_a_founder_s_part_of_the_company_is_no_deal(es: Language) -> None:
    # a person's own part says who owns the company, not an investment
    text = ("Grupo Tiétar Forestal ha abierto una nueva planta en Ávila. Su fundadora, "
            "Ana Gil Sotillo, posee el 30% de la empresa.")
    assert not _investments(_deals(es, text))


# -- "with battery maker Y worth $900 million": the object the parser dropped ---------
#
# The small English parser makes the name before "worth" that verb's subject and leaves
# "with" with no object; the name its descriptor ("battery maker") modifies is the
# object (kg.deals.context._orphan_object), so "the company" told before signs with it.

def _agreements(found: list[tuple[str, dict[str, set[str]]]]) -> list[set[str]]:
    return [{n for names in roles.values() for n in names}
            for kind, roles in found if kind == "PurchaseAgreement"]


@pytest.mark.parametrize("said", [
    "Lakeshore Minerals Inc. signed an offtake agreement in May with Korean battery maker "
    "Dunmore Cells worth up to $900 million.",
    "Lakeshore Minerals Inc. reported a loss on Tuesday. In May the company had agreed "
    "an offtake agreement with Korean battery maker Dunmore Cells worth up to "
    "$900 million over seven years.",
])
def test_an_agreement_with_a_described_name_before_worth(en: Language, said: str) -> None:
    assert {"Lakeshore Minerals", "Dunmore Cells"} in _agreements(_deals(en, said))


def test_an_agreement_with_y_after_a_month(en: Language) -> None:
    # the parser hangs "with" on "March": a month takes no "with", the verb does
    text = ("Lakeshore Minerals Inc. reported a loss on Tuesday. The firm also signed a "
            "supply agreement in March with Otaru Motors Ltd, its first customer.")
    assert {"Lakeshore Minerals", "Otaru Motors"} in _agreements(_deals(en, text))
