"""Spanish and Latin-American deal constructions that the dev articles never showed,
found on the study half of tests/data/constructions/es and tested here on sentences
written for these tests (kg.deals.frames, kg.deals.context, kg.deals.component). The
organisations are given by hand, so that an entity miss does not hide what the deal
rules do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal, Entity, Span

pytestmark = pytest.mark.model

NAMES = (
    "Banco Araucano", "Crédito Austral", "Grupo Orballo", "Bonos Verdes Capital",
    "Pagomático", "Banco Itaparica", "Hogar Total", "Grupo Marconetti", "Andina Cuyo",
    "Yacimientos Tunuyán", "Comisión Nacional de Valores",
)


def _org(text: str, name: str) -> Entity | None:
    spans = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            spans.append(Span(start, end, name))
        start = text.find(name, start + 1)
    return Entity("org", name, mentions=tuple(spans)) if spans else None


def deals(nlp: Language, text: str) -> list[Deal]:
    """The deals of ``text``, with the organisations of ``NAMES`` given by hand (and the
    people the pipeline finds)."""
    doc = nlp.make_doc(text)
    for pipe_name, proc in nlp.pipeline:
        doc = proc(doc)
        if pipe_name == "kg_entities":
            people = [e for e in doc._.kg_entities if e.kind == "person"]
            orgs = [e for e in (_org(text, n) for n in NAMES) if e is not None]
            doc._.kg_entities = orgs + people
    found: list[Deal] = doc._.kg_deals
    return found


def roles(deal: Deal) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for role, ref in deal.roles:
        out.setdefault(role, set()).add(ref.name)
    return out


def one(nlp: Language, text: str) -> tuple[str, dict[str, set[str]]]:
    (deal,) = deals(nlp, text)
    return deal.type, roles(deal)


# -- a company whose name opens with a financing word ("Crédito ...", "Bonos ...") --------


@pytest.mark.parametrize("text, target", [
    ("El Banco Araucano estudia la compra de la financiera Crédito Austral, según publicó "
     "un diario.", "Crédito Austral"),
    ("Grupo Orballo negocia la compra de Bonos Verdes Capital.", "Bonos Verdes Capital"),
])
def test_a_named_company_after_compra_de_is_a_target_not_a_debt_issue(
    es: Language, text: str, target: str
) -> None:
    kind, found = one(es, text)
    assert kind == "Acquisition"
    assert found["target"] == {target}


def test_the_purchase_of_bonds_is_still_no_deal(es: Language) -> None:
    assert deals(es, "Grupo Orballo anunció la compra de bonos por 20 millones de euros.") == []


# -- a company that reports its own deal (kg.deals.component.reporter_acts) -------------


def test_the_company_that_reports_its_own_deal_keeps_its_role(es: Language) -> None:
    text = (
        "La petrolera Andina Cuyo se quedó con el 100 % de Yacimientos Tunuyán tras "
        "desembolsar US$ 140 millones, informó la compañía en una nota a la Comisión "
        "Nacional de Valores."
    )
    assert one(es, text) == (
        "Acquisition", {"acquirer": {"Andina Cuyo"}, "target": {"Yacimientos Tunuyán"}}
    )


# -- descriptor phrases the parser breaks up (kg.deals.context._name_parts) --------------


def test_a_name_after_a_nationality_adjective_the_parser_made_the_head(es: Language) -> None:
    text = (
        "La fintech mexicana Pagomático fue adquirida por el banco brasileño Banco Itaparica "
        "en una operación cuyo monto no fue revelado."
    )
    assert one(es, text) == (
        "Acquisition", {"acquirer": {"Banco Itaparica"}, "target": {"Pagomático"}}
    )


def test_a_name_after_the_sector_of_its_descriptor(es: Language) -> None:
    text = (
        "La cadena de electrodomésticos Hogar Total fue vendida por el Grupo Marconetti a "
        "un grupo de inversores liderado por el empresario Julián Ferreyra."
    )
    assert one(es, text) == (
        "Acquisition",
        {"acquirer": {"Julián Ferreyra"}, "target": {"Hogar Total"},
         "seller": {"Grupo Marconetti"}},
    )
