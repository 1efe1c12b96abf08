"""Session 32, helper orgs3 (issue #13): organisations kg missed or invented in whole
articles (inventory tests/data/constructions/orgs3).

- Public bodies of Latin America's departments and provinces and Spain's regional
  ministries are named by their kind, "de" and their place or field: "Gobernación",
  "Intendencia", "Prefectura" and "Consejería" open a name (lexicon ``org_heads``); so
  do the trades companies are named by ("Talleres", "Bodegas", "Autobuses", "Hoteles",
  "Carrocerías", "Panificadora", "Electrificadora", "Tostaduría"), and "Aguas" before
  "de" / "del" only (``heads_before_de``: "Aguas Blancas" is a place).
- Spanish: two capitalised common nouns joined by "y" before "de" and a name are one
  company named by its trades ("Puertas y Ventanas del Cantábrico";
  ``kg.entities.cues.coordinated_trades``), not the fields of a head before them.
- English: a bank named after its members, two plural common nouns joined by "and",
  keeps them at a sentence's start and goes on with "of" and its place ("Farmers and
  Mechanics Bank of Dunmore"; ``cues.coordinated_head``).
- "Gaming", "Catering" and "Nation" close a name (lexicon ``org_tails``): "Pine Bluff
  Gaming", "Makwa Lake First Nation".
- Spanish: a model's place after the "en" that says where something stands, or after a
  noun of places and "de", stays a place though a common noun opens it ("una finca en
  la Ribera del Duratón", "la comarca de Tierra de Campos";
  ``kg.entities.retype._located_place``); not the "en" of an investment or of a
  person's work.
- Short forms: "La Espiga" of "Panificadora La Espiga" (a trade's agent noun before a
  name opening with an article) and "Willow Springs Band" of "the Willow Springs Band
  of Mission Indians" (a body's name less its "of") are one organisation
  (``kg.entities.resolve``).
- A price in a clause coordinated with the deal's, whose verb chooses another company's
  offer, is that offer's: "rechazó la oferta de X y aceptó la de Y por 60 millones" gives
  X's rejected offer no price (``kg.deals.attach._price_in_other_clause``, lexicon
  ``choice_verbs``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def _orgs(doc: Doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "ORG"}


def _entities(doc: Doc) -> list[tuple[str, ...]]:
    return [(e.name, *e.aliases) for e in doc._.kg_entities if e.kind == "org"]


# -- public bodies and trade heads -----------------------------------------------------


def test_public_bodies_named_by_kind_and_place_are_one_name(es: Language) -> None:
    doc = es("La Prefectura de Salinas firmó un contrato de 2 millones de dólares con "
             "Hidrovías del Sur.")
    assert "Prefectura de Salinas" in _orgs(doc)
    doc = es("La Consejería de Hacienda de Valdemora vendió su participación en Aguas del "
             "Nalón a Grupo Terra.")
    assert "Consejería de Hacienda de Valdemora" in _orgs(doc)


def test_a_public_officer_names_no_body(es: Language) -> None:
    doc = es("El prefecto de Salinas, Hugo Rivas, firmó el contrato con Hidrovías del Sur.")
    assert _orgs(doc) == {"Hidrovías del Sur"}


def test_trade_heads_open_a_company_name(es: Language) -> None:
    doc = es("Aguas del Veral ganó la licitación del Ayuntamiento de Olmedal.")
    assert "Aguas del Veral" in _orgs(doc)
    doc = es("La Universidad de Olmedal contrató a Tostaduría Candelaria por 200.000 euros.")
    assert "Tostaduría Candelaria" in _orgs(doc)


def test_waters_of_a_river_are_no_company(es: Language) -> None:
    assert not _orgs(es("Las Aguas del río bajaban turbias."))


# -- coordinated names -----------------------------------------------------------------


def test_two_trades_joined_by_y_before_a_place_are_one_company(es: Language) -> None:
    doc = es("El Ayuntamiento de Olmedal adjudicó a Puertas y Ventanas del Cantábrico la "
             "obra por 2 millones de euros.")
    assert "Puertas y Ventanas del Cantábrico" in _orgs(doc)


def test_the_fields_of_a_ministry_are_no_company_of_their_own(es: Language) -> None:
    doc = es("El Ministerio de Industria y Comercio de Valdemora aprobó la compra.")
    assert "Industria y Comercio de Valdemora" not in _orgs(doc)


def test_a_bank_of_its_members_opening_a_sentence_is_one_name(en: Language) -> None:
    doc = en("Farmers and Mechanics Bank of Dunmore has agreed to buy Union Savings of "
             "Carlow for $40 million.")
    assert "Farmers and Mechanics Bank of Dunmore" in _orgs(doc)
    assert "Farmers" not in _orgs(doc)


def test_two_banks_joined_by_and_stay_two(en: Language) -> None:
    doc = en("Barclays and Lloyds Bank said on Monday they would cut fees.")
    assert "Barclays and Lloyds Bank" not in _orgs(doc)


# -- tails -------------------------------------------------------------------------------


def test_gaming_and_first_nation_close_a_name(en: Language) -> None:
    doc = en("The Oakridge Band of Cherokee has bought Pine Bluff Gaming for $30 million.")
    assert "Pine Bluff Gaming" in _orgs(doc)
    doc = en("Makwa Lake First Nation bought Riverbend Fuels for C$12 million.")
    assert "Makwa Lake First Nation" in _orgs(doc)


def test_catering_in_lower_case_names_no_company(en: Language) -> None:
    assert not _orgs(en("The caterers said outdoor catering was growing."))


# -- places told by "en" ---------------------------------------------------------------


def test_a_place_where_something_stands_stays_a_place(es: Language) -> None:
    doc = es("Bodegas Carrascal ha comprado Viñedos Peñaroja, una finca de 140 hectáreas en "
             "la Ribera del Duratón, por 12 millones de euros.")
    assert "Ribera del Duratón" not in _orgs(doc)
    doc = es("Lácteos Sur compró la planta de Cooperativa Unida en General Paredes por 9 "
             "millones de dólares.")
    assert "General Paredes" not in _orgs(doc)
    assert {"Lácteos Sur", "Cooperativa Unida"} <= _orgs(doc)


def test_a_company_invested_in_stays_a_company(es: Language) -> None:
    doc = es("Grupo Terra invertirá 5 millones de euros en Ribera Sur.")
    assert "Ribera Sur" in _orgs(doc)


# -- short forms -----------------------------------------------------------------------


def test_a_trade_agent_noun_dropped_leaves_the_same_company(es: Language) -> None:
    doc = es("Panificadora La Espiga, el mayor fabricante de pan del valle, compró Molinos "
             "del Cierzo. El consejero delegado de La Espiga, Marcos Lahuerta, dijo que la "
             "integración tardará un año.")
    assert any("La Espiga" in names and "Panificadora La Espiga" in names
               for names in _entities(doc))


def test_a_body_less_its_of_is_the_same_body(en: Language) -> None:
    doc = en("Willow Springs Band buys Silver Mesa casino\nThe Willow Springs Band of "
             "Mission Indians has bought the Silver Mesa casino from Desert Crown Gaming for "
             "$48 million.")
    assert any("Willow Springs Band" in names and
               "Willow Springs Band of Mission Indians" in names for names in _entities(doc))


def test_a_body_and_a_company_sharing_a_place_stay_two(en: Language) -> None:
    doc = en("The Willow Springs Band of Mission Indians has bought Willow Springs Bakery for "
             "$2 million.")
    assert not any("Willow Springs Bakery" in names and len(names) > 1
                   for names in _entities(doc))


def test_an_organisation_a_person_works_in_stays_an_organisation(es: Language) -> None:
    doc = es("Gonzalo Ibarra es profesor de Finanzas en la Escuela de Negocios del Norte.")
    assert "Escuela de Negocios del Norte" in _orgs(doc)


# -- a price told in the other clause --------------------------------------------------


def _deal_amounts(doc: Doc) -> dict[frozenset[str], object]:
    return {frozenset(ref.name for _, ref in d.roles): d.amount and d.amount.value
            for d in doc._.kg_deals}


def test_a_price_in_a_coordinated_clause_is_that_clauses(es: Language, en: Language) -> None:
    # the price is the accepted offer's, not the rejected one's
    doc = es("El consejo de Conservas Lastra rechazó la oferta de Pescados Ondarroa y aceptó "
             "la de Grupo Bermeo por 40 millones de euros.")
    assert _deal_amounts(doc).get(frozenset({"Pescados Ondarroa", "Conservas Lastra"}), 0) \
        is None
    doc = en("The board of Lastra Foods rejected the offer from Ondarroa Fisheries and "
             "accepted the one from Bermeo Group for $40 million.")
    assert _deal_amounts(doc).get(frozenset({"Ondarroa Fisheries", "Lastra Foods"}), 0) is None


def test_a_price_paid_in_a_coordinated_clause_by_the_buyer_stays(es: Language) -> None:
    doc = es("Grupo Bermeo compró Conservas Lastra y pagó 40 millones de euros.")
    assert _deal_amounts(doc)[frozenset({"Grupo Bermeo", "Conservas Lastra"})] == 40_000_000
