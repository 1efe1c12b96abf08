"""Session 37, helper entrec (issue #13): deal parties kg never found as entities.

- A Spanish company's coined name closed by a word of where it works ("Ferralia Sur",
  "Bodelux Andina", "Corvital Aragonesa"): the small model reads it as a place or a
  miscellany (a person's reading is left alone); no list knows its first word, so the
  name is a company's
  (``kg.entities.cues.regional_tail``, ``cue:regional_tail``). A place so named opens
  with a common noun or a known place ("Sierra Norte", "Europa Central"), and a town's
  part is told after "en".
- A broker's or an adviser's English tail ("Securities", "Advisors") closes only a
  company's name, even after a Spanish head of a thing's name ("Cumbre", "Torre")
  (``company_only_tails`` in ``lexicon/entities.toml``, read by
  ``kg.entities.things.thing_spans``).
- An acronym defined for a group ("Tarnley Coastal Holdings (TCH)") that opens another
  name before a trade word ("TCH Logistics") names a subsidiary, another company; with
  a generic tail or a legal form ("TCH Group") it is the group
  (``kg.entities.resolve._acronym_opens``).
- Trades in the plural that open a Spanish company's name ("Navieras", "Áridos",
  "Automotores"), added to ``org_heads`` (``cue:org_head``).
"""

from __future__ import annotations

from spacy.language import Language


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


# -- a coined name and a word of where the company works --------------------------------


def test_coined_name_with_compass_word_is_a_company(es: Language) -> None:
    orgs = _orgs(es, "Las clínicas de Odontalia Norte facturaron 30 millones el año pasado.")
    assert "Odontalia Norte" in orgs


def test_coined_name_with_sea_word_is_a_company(es: Language) -> None:
    orgs = _orgs(es, "La red de fibra de Telvinet Atlántico llega ya a 40.000 hogares.")
    assert "Telvinet Atlántico" in orgs


def test_coined_names_joined_make_a_partnership(es: Language) -> None:
    doc = es("Redlinea Andina y Ondacel Sur han firmado un acuerdo para compartir "
             "antenas en zonas rurales.")
    deals = [{(role, ref.name) for role, ref in d.roles} for d in doc._.kg_deals]
    assert {("partner", "Redlinea Andina"), ("partner", "Ondacel Sur")} in deals


def test_place_with_common_noun_or_known_place_stays_a_place(es: Language) -> None:
    orgs = _orgs(es, "Las heladas dañaron los cultivos de la Sierra Norte y de la Costa "
                 "Atlántica, y las lluvias llegaron a Europa Central.")
    assert not orgs


def test_part_of_a_town_after_en_stays_a_place(es: Language) -> None:
    orgs = _orgs(es, "El ayuntamiento construirá un polideportivo en Villaseca Norte "
                 "el próximo año.")
    assert "Villaseca Norte" not in orgs


def test_region_after_an_article_stays_a_place(es: Language) -> None:
    orgs = _orgs(es, "La cadena tiene cines en la Comunitat Valenciana y en Murcia.")
    assert not orgs


def test_surname_like_demonym_is_no_company_tail(es: Language) -> None:
    orgs = _orgs(es, "Ximo Navarro y Pepa Gallego visitaron la planta el martes.")
    assert not orgs


# -- a broker's tail after a thing's head -----------------------------------------------


def test_broker_tail_closes_a_company_after_a_thing_head(es: Language) -> None:
    orgs = _orgs(es, "Cumbre Sierra Securities y Balsa Rock Advisors coordinaron la "
                 "salida a bolsa de la salmonera.")
    assert "Cumbre Sierra Securities" in orgs


def test_event_named_with_a_thing_head_stays_an_event(es: Language) -> None:
    orgs = _orgs(es, "La Cumbre Iberoamericana de Comercio reunió a cuarenta ministros "
                 "en la capital.")
    assert not any(name.startswith("Cumbre") for name in orgs)


# -- a subsidiary named after its group's acronym ---------------------------------------


def test_acronym_with_a_trade_word_is_another_company(en: Language) -> None:
    doc = en("Tarnley Coastal Holdings (TCH) controls the Company. Last year the Company "
             "sold a depot to TCH Logistics, a unit of the same group, for $4 million.")
    orgs = {e.name for e in doc._.kg_entities if e.kind == "org"}
    assert "TCH Logistics" in orgs and len(orgs) == 2


def test_acronym_with_a_generic_tail_is_the_group(en: Language) -> None:
    doc = en("Tarnley Coastal Holdings (TCH) bought Brisco Mills in March. TCH Group "
             "said the purchase closes in June.")
    orgs = {e.name for e in doc._.kg_entities if e.kind == "org"}
    assert not any(name.startswith("TCH") for name in orgs)


# -- a trade that opens a company's name ------------------------------------------------


def test_shipping_lines_head_opens_a_name(es: Language) -> None:
    orgs = _orgs(es, "Navieras del Estrecho cargó casi 900.000 cajas el ejercicio pasado.")
    assert "Navieras del Estrecho" in orgs


def test_quarry_head_opens_a_name(es: Language) -> None:
    orgs = _orgs(es, "Los camiones de Áridos Valdehita salen cada mañana de la cantera.")
    assert "Áridos Valdehita" in orgs


def test_car_dealers_head_opens_a_name(es: Language) -> None:
    orgs = _orgs(es, "La marca más vendida del año fue Automotores del Plata, según la "
                 "asociación.")
    assert "Automotores del Plata" in orgs


def test_trade_word_alone_opens_no_name(es: Language) -> None:
    orgs = _orgs(es, "Automotores y motos se vendieron más en noviembre que en octubre.")
    assert not orgs
