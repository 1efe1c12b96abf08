"""Session 28, the lead's rules (issue #13).

- A name that closes a prepositional phrase opening its sentence is no apposition's
  head: in "Durante Expoventa, la agencia cerró acuerdos" the noun phrase after the
  comma runs into its verb, so it is the clause's subject (kg.entities.cues
  ._fronted_adverbial); an apposition closed by its own comma stays one.
- A plural descriptor takes its list of names across an adjective the tagger read as a
  noun ("las cooperativas agrarias X y Y"; kg.entities.cues.plural_descriptor).
- "la estatal X", "la financiera X", "la regional X": adjectives that stand for "la
  empresa" by themselves are descriptors (lexicon/entities.toml).
- English appositions of a company's participle: "X, founded in 2017,", "X,
  headquartered in Leeds,", "X, backed by Y,", "X, owned by Y," (kg.entities.cues
  .participle_apposition, as Spanish "X, participada por Y"); not a city.
- "take X private" where the parser hangs the name's last word on "private" as an
  adjective ("will take Sunbelt Dental private"; kg.deals.frames._private_target).
- English trades and parts of a group before a name: "steelmaker X", "its brewing
  division X", "defence contractor X" (lexicon/entities.toml descriptors).
- A conjunction inside a name ("Oak & Honey") does not cut a gapped stretch: "bought A
  for $75 million and Oak & Honey for $40 million" is two deals (kg.deals.gapped).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals, names

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


# -- plural descriptors across an adjective, adjectives as descriptors ------------------


def test_a_plural_descriptor_with_an_adjective_names_its_list(es: Language) -> None:
    text = "La fusión de las cooperativas agrarias Campoverde y Surcosol se hizo efectiva."
    assert {"Campoverde", "Surcosol"} <= names(es, text)
    assert not {"Campoverde", "Surcosol"} & names(es, text, "person")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("La aerolínea Vuelaya negocia hacerse con la regional Aerocóndor.", "Aerocóndor"),
        ("El banco Montalbán compró la financiera Crediandes por 40 millones de euros.",
         "Crediandes"),
        ("La distribuidora Gasur fue vendida a la estatal Petrovia.", "Petrovia"),
    ],
)
def test_an_adjective_standing_for_the_company_is_a_descriptor(
        es: Language, text: str, company: str) -> None:
    assert company in names(es, text)
    assert any(company in deal.values() for deal in deals(es, text))


# -- English participles of a company in apposition -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Copperleaf, backed by Lumen Peak Ventures, raised $20 million.",
        "Copperleaf, owned by Lumen Peak Ventures, will open an office in Lisbon.",
        "Copperleaf, founded in 2017, sells scheduling software to clinics.",
        "Copperleaf, headquartered in Leeds, makes valves for breweries.",
    ],
)
def test_an_english_participle_of_a_company_names_one(en: Language, text: str) -> None:
    assert "Copperleaf" in names(en, text)


def test_backed_by_gives_the_backer_its_investment(en: Language) -> None:
    text = "Copperleaf, backed by Lumen Peak Ventures, raised $20 million."
    assert {"investee": "Copperleaf", "investor": "Lumen Peak Ventures"} in deals(en, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seattle, founded in 1851, is a port city.", "Seattle"),
        ("Nina Alvarez, backed by the unions, won the seat.", "Nina Alvarez"),
    ],
)
def test_a_city_or_a_person_before_the_participle_stays_what_it_is(
        en: Language, text: str, name: str) -> None:
    assert name not in names(en, text)


# -- take private, English trades, "&" in a gapped stretch -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Blackhollow Partners will take Sunbelt Dental private for $4.6 billion in cash.",
        "Private equity firm Blackhollow Partners will take Sunbelt Dental private.",
    ],
)
def test_taking_a_company_private_is_buying_it(en: Language, text: str) -> None:
    assert {"acquirer": "Blackhollow Partners", "target": "Sunbelt Dental"} in deals(en, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Carbonix has teamed up with steelmaker Ruhrstahl to build a hydrogen plant.",
         "Ruhrstahl"),
        ("Arden Brewing is weighing a sale of its craft beer division Hopworks, sources said.",
         "Hopworks"),
        ("The ministry picked defence contractor Varrow Systems for the job.", "Varrow Systems"),
    ],
)
def test_an_english_trade_or_division_before_a_name_is_a_descriptor(
        en: Language, text: str, company: str) -> None:
    assert company in names(en, text)


def test_a_division_up_for_sale_is_the_target(en: Language) -> None:
    text = "Arden Brewing is weighing a sale of its craft beer division Hopworks, sources said."
    assert {"target": "Hopworks", "seller": "Arden Brewing"} in deals(en, text)


def test_an_ampersand_inside_a_name_keeps_gapped_deals_apart(en: Language) -> None:
    text = ("Amberly Foods bought Gristmill Bakery for $75 million and Oak & Honey for "
            "$40 million last year.")
    assert sorted(deals(en, text), key=str) == sorted([
        {"target": "Gristmill Bakery", "acquirer": "Amberly Foods"},
        {"acquirer": "Amberly Foods", "target": "Oak & Honey"},
    ], key=str)
