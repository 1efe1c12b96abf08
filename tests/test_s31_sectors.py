"""Session 31, helper sectors (issue #13): deals told in each industry's own words
(inventory tests/data/constructions/sectors).

- Agreements that pass an interest in an asset, named for how it passes ("X signed a
  farm-in agreement with Y", "an earn-in / option agreement", "un acuerdo de opción con
  Y"), are the purchase of the interest: X acquires, Y sells; a farm-out the other way
  (``kg.deals.sectors``).
- Paying a named holder for a part or a right of an asset ("pagó 60 millones a su socio Y
  por la mitad que no controlaba", "paid Y ... for a 1% royalty") buys the asset from it,
  an Acquisition (``kg.deals.frames.paid_for_asset``).
- Craft leased or chartered from their owner ("agreed to lease ten jets from Y", "ha
  fletado a Y tres buques") are a service bought (deals.toml ``order_v``, ``encargo_v``).
- The industries' alliances: "launched a codeshare", "X e Y codesarrollarán" (deals.toml
  ``partner_n``, ``partner_v``).
- A licence taken of what another company owns ("exercised its option to license Y's
  gene therapy") allies the two (``kg.deals.award``).
- Property companies add assets to their holdings: "la socimi X suma a su cartera el
  edificio de Y", "X REIT added four warehouses from Y to its portfolio" buy them
  (deals.toml ``add_v``, ``kg.deals.sectors.added_to_holdings``); told in the present,
  the assets are held, the purchase done (``kg.deals.status``, added-to-holdings).
- "has taken ownership of Y" takes it over as "took control of Y" does (``control_n``);
  a catalogue (a label's recordings, a publisher's titles) is an asset bought from its
  owner (``asset_nouns``).
- "hacerse cargo de" the stores of Y or of a company Y takes them over
  (``kg.deals.sectors.charge_taken``); not debt or management taken charge of.
- "rotar" (the energy trade's asset rotation) sells as "vender" does; "Fotovoltaica",
  "Termosolar" open company names (entities.toml ``opening_heads``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _deals(nlp: Language, text: str) -> list[tuple[str, dict[str, str]]]:
    return [(d.type, {r: x.name for r, x in d.roles}) for d in nlp(text)._.kg_deals]


def _partners(nlp: Language, text: str) -> list[set[str]]:
    return [{x.name for r, x in d.roles if r == "partner"} for d in nlp(text)._.kg_deals
            if d.type == "Partnership"]


def _nlp(es: Language, en: Language, lang: str) -> Language:
    return es if lang == "es" else en


# -- each rule on sentences it reads ---------------------------------------------------

_ACQ, _PA = "Acquisition", "PurchaseAgreement"


@pytest.mark.parametrize(
    ("lang", "text", "kind", "roles"),
    [
        # an agreement that passes an interest (kg.deals.sectors.interest_agreement)
        ("en", "Brackley Energy has signed a farm-in agreement with Orrin Petroleum for a 30% "
               "interest in an offshore licence.", _ACQ,
         {"acquirer": "Brackley Energy", "seller": "Orrin Petroleum"}),
        ("en", "Orrin Petroleum signed a farm-out agreement with Brackley Energy covering "
               "its onshore block.", _ACQ,
         {"acquirer": "Brackley Energy", "seller": "Orrin Petroleum"}),
        ("es", "Minera Cordillera Azul firmó un acuerdo de opción con Cobre del Loa sobre el "
               "proyecto Quillagua.", _ACQ,
         {"acquirer": "Minera Cordillera Azul", "seller": "Cobre del Loa"}),
        ("en", "Tolbrook Gold signed an option agreement with Carrow Resources over the "
               "Redhill claims.", _ACQ,
         {"acquirer": "Tolbrook Gold", "seller": "Carrow Resources"}),
        # a payment for a part or a right of an asset (frames.paid_for_asset)
        ("es", "Minera Pampa Roja tomó el control del proyecto tras pagar 40 millones de "
               "dólares a su socio Litio Andino por la mitad que no tenía.", _ACQ,
         {"acquirer": "Minera Pampa Roja", "seller": "Litio Andino"}),
        ("en", "Carrow Metals paid $12 million to Pinedale Mining for a 1% royalty on its "
               "copper mine.", _ACQ, {"acquirer": "Carrow Metals", "seller": "Pinedale Mining"}),
        # craft leased or chartered from their owner (order_v, encargo_v)
        ("en", "Skyhaven Airways agreed to lease six A320neo jets from Corvell Aircraft "
               "Leasing.", _PA,
         {"buyer": "Skyhaven Airways", "seller": "Corvell Aircraft Leasing"}),
        ("en", "Tolland Freight chartered three tankers from Norwick Shipping for two years.",
         _PA, {"buyer": "Tolland Freight", "seller": "Norwick Shipping"}),
        ("es", "Naviera del Estrecho ha fletado a la griega Hellas Tankers tres buques durante "
               "tres años.", _PA, {"buyer": "Naviera del Estrecho", "seller": "Hellas Tankers"}),
        # assets added to one's holdings (add_v), a catalogue bought (asset_nouns)
        ("es", "La socimi Vértice Rentas incorpora a su cartera tres hoteles de Grupo "
               "Marbella por 80 millones de euros.", _ACQ,
         {"acquirer": "Vértice Rentas", "seller": "Grupo Marbella"}),
        ("en", "Harcourt REIT added four warehouses from Denholm Logistics to its portfolio.",
         _ACQ, {"acquirer": "Harcourt REIT", "seller": "Denholm Logistics"}),
        ("en", "Harlow Records bought the back catalogue of Dunmore Sound Records for $8 "
               "million.", _ACQ, {"acquirer": "Harlow Records", "seller": "Dunmore Sound Records"}),
        # stores or a company taken charge of (sectors.charge_taken)
        ("es", "Distribuidora Gallega se hará cargo de los 25 supermercados de Hiper Miño en "
               "Lugo.", _ACQ, {"acquirer": "Distribuidora Gallega", "seller": "Hiper Miño"}),
        ("es", "Grupo Textil Navarro se hace cargo de Confecciones Ulzama tras el concurso.",
         _ACQ, {"acquirer": "Grupo Textil Navarro", "target": "Confecciones Ulzama"}),
        # ownership taken (control_n), an asset rotated (sell_v)
        ("en", "Trenton Capital took ownership of Ashby Athletic on Friday.", _ACQ,
         {"acquirer": "Trenton Capital", "target": "Ashby Athletic"}),
        ("es", "Eólica Tramuntana rotará el 80 % de sus parques en Girona a Brookfell Infra.",
         _ACQ, {"acquirer": "Brookfell Infra", "seller": "Eólica Tramuntana"}),
    ],
)
def test_an_industry_s_own_word_states_its_deal(
        es: Language, en: Language, lang: str, text: str, kind: str,
        roles: dict[str, str]) -> None:
    assert (kind, roles) in _deals(_nlp(es, en, lang), text)


@pytest.mark.parametrize(
    ("lang", "text", "partners"),
    [
        ("en", "Harbourline Airways and Tasman Sky launched a codeshare on 12 routes.",
         {"Harbourline Airways", "Tasman Sky"}),
        ("es", "Farmacéutica Alboran y Biogen Tajo codesarrollarán una vacuna contra la gripe.",
         {"Farmacéutica Alboran", "Biogen Tajo"}),
        ("en", "Tarrant Bio exercised its option to license Wexley Pharma's eczema cream.",
         {"Tarrant Bio", "Wexley Pharma"}),
    ],
)
def test_the_industries_alliances_and_a_licence_of_another_s_product(
        es: Language, en: Language, lang: str, text: str, partners: set[str]) -> None:
    assert partners in _partners(_nlp(es, en, lang), text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("La socimi Vértice Rentas incorpora a su cartera tres hoteles de Grupo Marbella.",
         "Completed"),
        # a future or a plan stays announced
        ("La socimi Vértice Rentas sumará a su cartera tres hoteles de Grupo Marbella.",
         "Announced"),
        ("La socimi Vértice Rentas prevé incorporar a su cartera tres hoteles de Grupo "
         "Marbella.", "Announced"),
    ],
)
def test_assets_added_to_holdings_in_the_present_are_held(
        es: Language, text: str, status: str) -> None:
    assert [d.status for d in es(text)._.kg_deals] == [status]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fotovoltaica Serrablo ha conectado a la red su mayor planta en Huesca.",
         "Fotovoltaica Serrablo"),
        ("Termosolar Almadén presentó ayer sus resultados anuales.", "Termosolar Almadén"),
    ],
)
def test_a_power_technology_opens_a_company_name(es: Language, text: str, name: str) -> None:
    assert name in {e.name for e in es(text)._.kg_entities if e.kind == "org"}


# -- near misses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a cooperation agreement passes no interest
        ("en", "Brackley Energy has signed a cooperation agreement with Orrin Petroleum.",
         "Partnership"),
        # paying for a service buys the service
        ("es", "Hotelera Brisamar pagó 2 millones de euros a Consultora Tajo por el estudio "
               "de mercado.", "PurchaseAgreement"),
        ("en", "Corlett Foods paid Danby Logistics $4 million for warehousing services.",
         "PurchaseAgreement"),
    ],
)
def test_an_agreement_or_payment_for_no_interest_keeps_its_type(
        es: Language, en: Language, lang: str, text: str, kind: str) -> None:
    assert [t for t, _ in _deals(_nlp(es, en, lang), text)] == [kind]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lessor leasing to unnamed clients, a person rotated, a licence of one's own
        ("en", "Corvell Aircraft Leasing leases jets to airlines across Asia."),
        ("es", "Grupo Ondarreta rotará a su director financiero a la filial de México."),
        ("en", "Tarrant Bio licenses its software to banks."),
        # products or clients added to a portfolio, ownership told as a state
        ("es", "Laboratorios Cumbre añadió a su cartera dos nuevos fármacos."),
        ("en", "Harcourt Advisers added 300 clients to its portfolio."),
        # debt or management taken charge of
        ("es", "Grupo Textil Navarro se hará cargo de la deuda de Confecciones Ulzama."),
        ("es", "Supermercados Alcor se hará cargo de la gestión de Hiper Rías."),
        ("en", "Ownership of Ashby Athletic is split between two families."),
    ],
)
def test_a_lease_a_rotation_or_a_licence_with_no_second_company_is_no_deal(
        es: Language, en: Language, lang: str, text: str) -> None:
    assert _deals(_nlp(es, en, lang), text) == []


def test_an_article_published_with_nothing_found_is_in_the_graph() -> None:
    """A look-alike whose names kg reads as none is published all the same (its header):
    the scorer counts it in the graph with no predictions, not missing from it."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF

    from kg.evaluate import evaluate, parse_gold, store_from_graph
    from kg.vocab import ID, SCHEMA

    graph = Graph()
    article = ID["article/quiet"]
    graph.add((article, RDF.type, SCHEMA.NewsArticle))
    graph.add((article, SCHEMA.identifier, Literal("quiet")))
    gold = parse_gold({"id": "quiet", "organizations": [{"name": "Kappa"}], "deals": []})
    (scored,) = evaluate([gold], store_from_graph(graph)).articles
    assert scored.in_graph
    assert scored.missed["organizations"] == ["Kappa"]
