"""Session 35, helper typing (issue #13): deal parties the model missed or read as places.

A name that fills a company slot of a deal frame is an organisation, whatever the model
made of it, unless a list explains it otherwise: a country, a region or a GeoNames city,
or a word of a person's name (``kg.entities.cues._unknown_place``).

- The company invested in, after a verb of investing: "Brisca Capital ha invertido en
  Olmedra", "Stellan Peak invested in Brightwater" (the model read a place); a known
  place stays one ("invirtió en Madrid", "invested in Texas"), and a buyer's "in" is
  where it bought ("bought land in Dunmarra"); a region of the world
  or of a country is a place too ("prepara otra inversión en Galicia", "invested in
  Southeast Asia": ``lexicon/entities.toml`` ``world_regions`` and the everyday forms
  of ISO 3166-2 names, ``kg.entities.gazetteer.subdivision_forms``)
  (``kg.entities.cues.deal_object``).
- A share's company, past its percentage: "una participación del 20% en Miravela"; the
  company after Spanish "la compra de" ("Nalvesa cerró la compra de Valle Ordesa"),
  where the small Spanish model reads unfamiliar names as places; and the agent after
  a deal noun's company: "la compra de Quintessa por parte de Orvalia",
  "la compra de Portugal Telecom por Solvane" ("la compra de Portugal" names no
  company) (``kg.entities.cues.deal_noun``).
- Tried and dropped (closed rows fell): the same typing in the slots of the verbs of
  buying, selling and merging ("compró X", "adquirida por X") and after English "the
  purchase of X", where an estate or a building named like a place is bought too, and
  the subject of a passive deal verb ("Denbrook was sold to Quorvis").
- The buyer a thing is sold to: "Morvane vendió Castilla Digital a Pexor", "sold its
  unit to Pexor"; a person ("a Ana Ruiz") and a country ("a Chile") stay what they are,
  and a name before the buyer's descriptor is not the buyer ("to Plover parent Avocet
  Holdings") (``kg.entities.cues.sold_to``).
- Who signs an agreement with a company is a party too: "Sierra Pelada suscribió un
  acuerdo con Grupo Arvena"; "Chile firmó un acuerdo con ..." stays a country
  (``kg.entities.cues.signed_with``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for entity in nlp(text)._.kg_entities:
        for name in (entity.name, *entity.aliases):
            kinds.setdefault(name, entity.kind)
    return kinds


def _deal_roles(nlp: Language, text: str) -> list[set[tuple[str, str]]]:
    return [{(role, ref.name) for role, ref in d.roles} for d in nlp(text)._.kg_deals]


# -- the company after a deal verb -------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("es", "El fondo Arkadia invirtió en Tesmarq.", "Tesmarq"),
    ("es", "Brisca Capital ha invertido en Olmedra.", "Olmedra"),
    ("en", "Stellan Peak invested in Brightwater.", "Brightwater"),
    ("en", "Harlow Ventures invested in Quenby last year.", "Quenby"),
])
def test_an_unknown_place_invested_in_is_a_company(
        en: Language, es: Language, lang: str, text: str, name: str) -> None:
    assert _kinds(es if lang == "es" else en, text).get(name) == "org"


def test_invested_in_reads_the_deal(es: Language) -> None:
    assert {("investor", "Brisca Capital"), ("investee", "Olmedra")} in _deal_roles(
        es, "Brisca Capital ha invertido en Olmedra.")


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("es", "Vantreo invirtió en Madrid.", "Madrid"),
    ("es", "El fondo invirtió en Valencia.", "Valencia"),
    ("en", "Orvane invested in Texas.", "Texas"),
    ("en", "Kelford bought land in Dunmarra.", "Dunmarra"),
    ("es", "Orvane prepara otra inversión en Galicia.", "Galicia"),
    ("es", "Brisca Capital invirtió en Sudamérica.", "Sudamérica"),
    ("en", "Harlow Ventures invested in Southeast Asia.", "Southeast Asia"),
])
def test_a_known_place_or_where_one_bought_stays_a_place(
        en: Language, es: Language, lang: str, text: str, name: str) -> None:
    assert _kinds(es if lang == "es" else en, text).get(name) != "org"


def test_a_partner_of_a_fund_is_no_company_bought(en: Language) -> None:
    # "partner" as the noun of a job title is no verb of partnering
    kinds = _kinds(en, "Brenmoor partner Tumelo Sekgwa declined to comment on Monday.")
    assert kinds.get("Tumelo Sekgwa") != "org"


# -- a deal noun's company and its agent -------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("ZENTRIX adquirió una participación del 20% en Miravela.", "Miravela"),
    ("Barcelo Capital tomó una participación del 35 por ciento en Ruvanta.", "Ruvanta"),
    ("La compra de Quintessa por parte de Orvalia se cerró en marzo.", "Orvalia"),
    ("La compra de Portugal Telecom por Solvane.", "Solvane"),
    ("Nalvesa cerró la compra de Valle Ordesa.", "Valle Ordesa"),
    ("La compra de Sierra Mágina por Nalvesa se cerró ayer.", "Sierra Mágina"),
    ("Nalvesa anunció la compra de Campo Lindo.", "Campo Lindo"),
])
def test_a_deal_nouns_company_and_agent(es: Language, text: str, name: str) -> None:
    assert _kinds(es, text).get(name) == "org"


def test_a_share_past_its_percentage_reads_the_deal(es: Language) -> None:
    assert {("investor", "ZENTRIX"), ("investee", "Miravela")} in _deal_roles(
        es, "ZENTRIX adquirió una participación del 20% en Miravela.")


def test_a_country_bought_is_no_company(es: Language) -> None:
    assert _kinds(es, "Orvalia cerró la compra de Portugal.").get("Portugal") != "org"


def test_a_person_as_agent_stays_a_person(es: Language) -> None:
    kinds = _kinds(es, "La compra de Pelmar por parte de Ana Ruiz se cerró en marzo.")
    assert kinds.get("Ana Ruiz") == "person"


# -- the buyer a thing is sold to --------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("es", "Morvane vendió Castilla Digital a Pexor.", "Pexor"),
    ("es", "Grupo Albera vendió su filial de envases a Trevisa.", "Trevisa"),
    ("en", "Morvane sold Dakota Digital to Pexor.", "Pexor"),
])
def test_the_buyer_sold_to_is_a_company(
        en: Language, es: Language, lang: str, text: str, name: str) -> None:
    assert _kinds(es if lang == "es" else en, text).get(name) == "org"


def test_sold_to_reads_the_buyer(en: Language) -> None:
    assert {("seller", "Morvane"), ("target", "Dakota Digital"), ("acquirer", "Pexor")} in \
        _deal_roles(en, "Morvane sold Dakota Digital to Pexor.")


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    ("es", "Trevisa vendió la finca a Ana Ruiz.", "Ana Ruiz", "person"),
    ("en", "Quorvis sold the house to Maria Lopez.", "Maria Lopez", "person"),
    ("es", "Trevisa vendió sus acciones a Chile.", "Chile", None),
])
def test_a_person_or_a_country_sold_to_stays_one(
        en: Language, es: Language, lang: str, text: str, name: str, kind: str | None) -> None:
    assert _kinds(es if lang == "es" else en, text).get(name) == kind


def test_a_name_before_the_buyers_descriptor_is_not_the_buyer(en: Language) -> None:
    kinds = _kinds(en, "Thornbury agreed to sell its bakery arm Millcroft Breads to Plover "
                       "parent Avocet Holdings.")
    assert kinds.get("Avocet") == "org" and "Plover" not in kinds


# -- the signer ----------------------------------------------------------------


def test_the_signer_of_an_agreement_is_a_company(es: Language) -> None:
    kinds = _kinds(es, "Sierra Pelada suscribió un acuerdo con Grupo Arvena.")
    assert kinds.get("Sierra Pelada") == "org"


def test_a_country_that_signs_stays_a_country(es: Language) -> None:
    assert _kinds(es, "Chile firmó un acuerdo con Grupo Arvena.").get("Chile") is None
