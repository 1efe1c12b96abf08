"""Session 25, stray9: false deals with a party the deal does not have (a stray party).

- A legislature is no party (kg.deals.guards.supervisors): a body whose name says it
  legislates ("the Legislative Council", "la Asamblea Legislativa", "la Cámara de
  Diputados") or an assembly with the people or territory it represents ("the National
  Assembly", "la Asamblea Departamental de X") questions, approves and reports on the
  sales of others and sells nothing: never the antecedent of "the parent company" or of
  a dropped subject, never a seller.
- A relation anchored to a named company is no antecedent (kg.deals.refer,
  ``anchored_relation``): "the parent company of X", "la matriz de X" stands for X's
  parent, whom the article has yet to name, not for the company named before it.
- A wiki's section heading names nothing (kg.entities.furniture, ``_wiki_heading``): a
  line with its edit link at its end ("1 Historia [editar]", "History [edit]"), nor
  does the table of contents that lists the headings ("Índice: 1 Historia · 2 ...").
- A questioner's outlet in a transcript's speaker label is no topic
  (kg.deals.guards.speaker_affiliations): "PERIODISTA (Radio X): ... la compra de Y".
- A "we" verb right after an abbreviation's stop is no name (kg.entities.retype,
  ``_after_abbreviation_stop``): "... de Y, S.A. Estamos en ..." (one period ends both)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.guards import supervisors
from kg.facts import Entity
from tests.test_deal_roles_es import deals_among, roles


def read(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


def parties(found: list[tuple[str, dict[str, set[str]]]]) -> set[str]:
    return {name for _, rs in found for names in rs.values() for name in names}


# -- a legislature is no party ---------------------------------------------------------


@pytest.mark.parametrize("name, legislature", [
    ("Legislative Council", True),
    ("Asamblea Legislativa de Montaria", True),
    ("Legislatura de Valderrey", True),
    ("Cámara de Diputados", True),
    ("National Assembly", True),
    ("Asamblea Departamental de Oriente", True),
    ("Norvia State Assembly", True),
    # an assembly alone, or an assembly plant, is no legislature
    ("Asamblea de Accionistas", False),
    ("Tarrow Assembly Works", False),
    ("National Bottling Company", False),
])
def test_a_legislature_is_told_by_its_name(name: str, legislature: bool) -> None:
    ent = Entity(kind="org", name=name)
    assert (ent.ref in supervisors([ent])) is legislature


def test_a_legislature_is_no_seller_of_a_sale_it_examines(en: Language) -> None:
    text = ("A National Assembly panel has attacked the way the Treasury sold control of "
            "Kestrel Mills. Its findings deal with the sale of a 51% stake in the mill to "
            "Orland Agro.")
    found = read(en, text, ("National Assembly", "Kestrel Mills", "Orland Agro"))
    assert "National Assembly" not in parties(found)


def test_a_legislature_is_no_antecedent_of_a_dropped_subject(es: Language) -> None:
    text = ("La Asamblea Legislativa de Montaria aprobó ayer el presupuesto. Por la tarde "
            "vendió el 20% de Lácteos Umbral a Grupo Serrat.")
    found = read(es, text, ("Asamblea Legislativa de Montaria", "Lácteos Umbral",
                            "Grupo Serrat"))
    assert "Asamblea Legislativa de Montaria" not in parties(found)


# -- a relation anchored to a named company is no antecedent -----------------------------


@pytest.mark.parametrize("lang, text", [
    ("en", "Halden Marine runs the northern routes. Reports say the parent company of "
           "Brackwater Ferries Limited, operator of the island crossing, has agreed to sell "
           "Brackwater Ferries to Corvo Developments."),
    ("en", "Halden Marine runs the northern routes. The owner of Brackwater Ferries has "
           "agreed to sell Brackwater Ferries to Corvo Developments."),
    ("es", "Naviera Halden opera las rutas del norte. La matriz de Transportes Brío ha "
           "acordado vender Transportes Brío a Promociones Corvo."),
])
def test_the_parent_of_a_named_company_is_not_the_company_named_before(
    es: Language, en: Language, lang: str, text: str
) -> None:
    names = ("Halden Marine", "Brackwater Ferries", "Corvo Developments",
             "Naviera Halden", "Transportes Brío", "Promociones Corvo")
    found = read(es if lang == "es" else en, text, names)
    assert [t for t, _ in found] == ["Acquisition"]
    assert not parties(found) & {"Halden Marine", "Naviera Halden"}


def test_the_parent_named_in_apposition_is_still_the_seller(en: Language) -> None:
    text = ("The parent company of Brackwater Ferries, Halden Marine, has agreed to sell "
            "Brackwater Ferries to Corvo Developments.")
    found = read(en, text, ("Halden Marine", "Brackwater Ferries", "Corvo Developments"))
    assert ("Acquisition", {"seller": {"Halden Marine"}, "target": {"Brackwater Ferries"},
                            "acquirer": {"Corvo Developments"}}) in found


def test_a_company_named_before_a_plain_description_is_still_its_antecedent(
    en: Language
) -> None:
    text = ("Halden Marine runs the northern routes. The company has agreed to sell "
            "Brackwater Ferries to Corvo Developments.")
    found = read(en, text, ("Halden Marine", "Brackwater Ferries", "Corvo Developments"))
    assert "Halden Marine" in parties(found)


# -- a wiki's section heading names nothing ----------------------------------------------

WIKI = """Embutidos Sarrión

Embutidos Sarrión S.L. es una empresa cárnica de Teruel.
{contents}
1 Historia{edit}

Pedro Sarrión empezó curando jamones en una nave de la Cooperativa del Mijares.

2 Accionariado{edit}

En 2010 Fondo Alfambra compró el 30% de Embutidos Sarrión.
"""


@pytest.mark.parametrize("contents, edit", [
    ("", " [editar]"),
    ("\nÍndice: 1 Historia · 2 Accionariado · 3 Referencias\n", " [editar]"),
])
def test_a_wiki_heading_is_no_organisation(es: Language, contents: str, edit: str) -> None:
    doc = es(WIKI.format(contents=contents, edit=edit))
    names = {e.name for e in doc._.kg_entities}
    assert "Historia" not in names
    assert {"Embutidos Sarrión", "Fondo Alfambra"} <= names


def test_an_english_wiki_heading_is_no_organisation(en: Language) -> None:
    text = ("Harlow Tins\n\nHarlow Tins Ltd is a packaging maker in Leeds.\n\n"
            "Ownership [edit]\n\nIn 2012 Brantwood Capital bought 40% of Harlow Tins.\n")
    names = {e.name for e in en(text)._.kg_entities}
    assert "Ownership" not in names
    assert "Brantwood Capital" in names


# -- a questioner's outlet in a transcript's speaker label is no topic ---------------------

TRANSCRIPT = """Conferencia de prensa de Grupo Yacaré, 3 de diciembre.

PERIODISTA (Radio Norte 95.3): ¿Cómo van a pagar la compra del centro comercial?

ANDRÉS VILLALBA: Con un préstamo del Banco Arazá y fondos propios.

PERIODISTA (Radio Norte 95.3): ¿Qué ventas tuvo el grupo el año pasado?

ANDRÉS VILLALBA: Unos 200 millones de dólares.

PERIODISTA (Radio Norte 95.3): Un diario dijo el martes que están en tratos para la compra \
de Hotelera Itá S.A. por cerca de US$ 12 millones. ¿Lo confirma?
"""


def test_a_questioners_outlet_is_no_buyer(es: Language) -> None:
    doc = es(TRANSCRIPT)
    assert "Radio Norte" in {e.name for e in doc._.kg_entities}
    assert not any(ref.name == "Radio Norte" for d in doc._.kg_deals for _, ref in d.roles)


@pytest.mark.parametrize("text, label", [
    ("REPORTER (Harbour Daily): Will you sell the ferries?", True),
    ("PERIODISTA (Radio Norte 95.3): ¿Es cierto?", True),
    # brackets in prose, or an abbreviation after a name, are no speaker label
    ("Lumen Partners (Harbour Daily's owner) sold the paper: it said so.", False),
    ("The deal (with Harbour Daily) closed.", False),
])
def test_a_speaker_label_is_told_by_its_line(text: str, label: bool) -> None:
    from kg.deals.guards import _in_speaker_label

    start = text.index("Harbour Daily") if "Harbour" in text else text.index("Radio Norte")
    end = start + len("Harbour Daily") if "Harbour" in text else start + len("Radio Norte")
    assert _in_speaker_label(text, start, end) is label


# -- a "we" verb after an abbreviation's stop is no name ------------------------------------


def test_a_we_verb_after_a_legal_forms_stop_is_no_name(es: Language) -> None:
    text = ("Queridos partícipes:\n\nFirmamos un preacuerdo para adquirir el "
            "60% de Bodegas Orosí, S.A. Estamos en plena revisión de sus cuentas y aún "
            "no hay precio.")
    names = {e.name for e in es(text)._.kg_entities}
    assert "Estamos" not in names
    assert "Bodegas Orosí" in names
