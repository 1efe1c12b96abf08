"""Session 38, helper entrec2 (issue #13): organisations kg never found, and names it
made of places and page furniture.

- Stock exchanges by the names and short names the press gives them ("on Nasdaq", "a
  filing to SGX", "cotiza en BYMA"): organisations, whatever the model read, unless a
  longer name or an index goes on from them ("Nasdaq First North", "the Nasdaq
  composite") (``exchanges`` in ``lexicon/entities.toml``, read by
  ``kg.entities.markets.exchange_names``, ``cue:exchange``).
- A place "-based" or a modifier of the trade nouns before the name a deal verb takes
  ("acquired Bacolod-based sugar refiner X", "bought Halden repair yard X") is no
  deal object of its own (``kg.entities.cues._modifies_descriptor``).
- The article's own outlet, named in a newsletter prompt ("Suscríbete a X", "Sign up
  for the X newsletter"), stays an organisation, though the furniture rules read the
  prompt's line as a label (``kg.entities.furniture.furniture_names``; the outlet is
  ``line:outlet_named``).
- A one-word name written with its province in brackets ("Calamar (Teruel)") is a
  town (``kg.entities.retype.town_of_province``); "Lea además:" opens a related link,
  a label (``lexicon/furniture.toml``).
- "Brokerage" opening a sentence describes the firm named after it, as other trade
  nouns do (``descriptors``).
- Trade gerunds and plural agents close a firm's name ("Cascade Ridge Distributing",
  "Ridgeline Valley Growers") (``org_tails``); universities' heads in other languages
  open one ("Universiti Teknologi X", "Università di X") (``org_heads``).
- An apposition's noun phrase followed by a finite verb is a main clause's subject
  after a fronted phrase, no apposition ("junto al embalse de X, la bodega cambia de
  manos"); a Spanish name closed by "de"/"del" and a place the model read alone keeps
  its words before "de" ("X Y del Tambo, la firma que ...")
  (``kg.entities.cues._not_appositive``, ``_with_place_complement``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import article_doc
from kg.facts import Article


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


# -- stock exchanges ------------------------------------------------------------------


def test_exchange_after_on_the_is_an_organisation(en: Language) -> None:
    orgs = _orgs(en, "Ferrow Labs listed its shares on the Nasdaq last spring and now "
                 "employs 400 people.")
    assert "Nasdaq" in orgs


def test_exchange_short_name_is_an_organisation(en: Language) -> None:
    orgs = _orgs(en, "In a filing to SGX on Monday, Kallang Reefers said it would sell "
                 "its cold store.")
    assert "SGX" in orgs


def test_spanish_exchange_short_name_is_an_organisation(es: Language) -> None:
    orgs = _orgs(es, "Los bonos de Viñas del Tafí cotizan en BYMA desde el martes.")
    assert "BYMA" in orgs


def test_exchange_index_is_no_organisation(en: Language) -> None:
    orgs = _orgs(en, "Tech shares lifted the Nasdaq composite by 0.6% while the Dow fell.")
    assert "Nasdaq" not in orgs


def test_exchange_word_of_a_longer_name_keeps_the_name(en: Language) -> None:
    orgs = _orgs(en, "Tarrow Mills trades on Nasdaq First North in Stockholm.")
    assert "Nasdaq" not in orgs


# -- a place that qualifies the trade noun before a bought company's name -------------------


def test_place_based_before_a_trade_noun_is_no_deal_object(en: Language) -> None:
    orgs = _orgs(en, "Last year Mekong Fresh acquired Bacolod-based sugar refiner Tropica "
                 "Orchard for US$25 million.")
    assert "Bacolod" not in orgs
    assert "Tropica Orchard" in orgs


def test_company_bought_outright_stays_the_object(en: Language) -> None:
    orgs = _orgs(en, "Harlow Foods bought Mango Ridge for $40 million.")
    assert "Mango Ridge" in orgs


# -- the article's outlet in a newsletter prompt -------------------------------------------


def _outlet_orgs(nlp: Language, publisher: str | None, text: str) -> set[str]:
    article = Article(id="prompt-test", text=text, lang=nlp.lang, publisher=publisher)
    return {e.name for e in nlp(article_doc(nlp, article))._.kg_entities if e.kind == "org"}


def test_spanish_subscribe_prompt_names_the_outlet(es: Language) -> None:
    orgs = _outlet_orgs(es, "Diario del Valle Alto", "La planta abrirá en marzo.\n\n"
                        "Suscríbete a Diario del Valle Alto y recibe cada mañana las "
                        "noticias de la comarca.")
    assert "Diario del Valle Alto" in orgs


def test_english_sign_up_prompt_names_the_outlet(en: Language) -> None:
    orgs = _outlet_orgs(en, "Veld Business", "The plant opens in March.\n\nSign up for "
                        "the Veld Business markets newsletter.")
    assert "Veld Business" in orgs


def test_prompt_names_no_outlet_without_a_publisher(en: Language) -> None:
    orgs = _outlet_orgs(en, None, "The plant opens in March.\n\nSubscribe to Harbour "
                        "Ledger Notes for a weekly digest of tribunal decisions.")
    assert "Harbour Ledger Notes" not in orgs


def test_prompt_for_another_name_stays_furniture(en: Language) -> None:
    orgs = _outlet_orgs(en, "Veld Business", "The plant opens in March.\n\nSubscribe to "
                        "Harbour Ledger Notes for a weekly digest.")
    assert "Harbour Ledger Notes" not in orgs


# -- towns and furniture ----------------------------------------------------------------


def test_town_with_its_province_in_brackets_is_a_place(es: Language) -> None:
    orgs = _orgs(es, "Fuentes de Calamar (Teruel) vende el secadero.")
    assert "Calamar" not in orgs


def test_name_with_its_country_in_brackets_is_left_alone(es: Language) -> None:
    orgs = _orgs(es, "Los Molinos de Calamar (Teruel) cierran.")
    assert "Molinos de Calamar" in orgs


def test_read_also_label_is_no_name(es: Language) -> None:
    orgs = _orgs(es, "Escríbanos a economia@diariodelsur.com\n\nLea además: La región "
                 "lidera la creación de empleo")
    assert "Lea" not in orgs


def test_brokerage_opening_a_sentence_describes_the_firm(en: Language) -> None:
    orgs = _orgs(en, "The resort sold for $31 million.\n\nBrokerage Harbour Hotel Advisors "
                 "represented the seller.")
    assert "Harbour Hotel Advisors" in orgs
    assert "Brokerage Harbour Hotel Advisors" not in orgs


# -- trade tails and university heads -----------------------------------------------------


def test_gerund_trade_tail_closes_a_company_name(en: Language) -> None:
    orgs = _orgs(en, "Its cider reaches stores across the Northwest through Cascade Ridge "
                 "Distributing, under a deal signed last year.")
    assert "Cascade Ridge Distributing" in orgs


def test_plural_agent_trade_tail_closes_a_company_name(en: Language) -> None:
    orgs = _orgs(en, "Last season the cannery bought its fruit from Ridgeline Valley "
                 "Growers at a fixed price.")
    assert "Ridgeline Valley Growers" in orgs


def test_trade_gerund_in_lower_case_is_no_tail(en: Language) -> None:
    orgs = _orgs(en, "Harlow Foods said processing costs at its Kelso plant rose last year.")
    assert not any("Processing" in name for name in orgs)


def test_malay_university_head_opens_a_name(en: Language) -> None:
    orgs = _orgs(en, "Selangkau Biofuels is also talking with Universiti Teknologi "
                 "Bintangor about a shared laboratory.")
    assert "Universiti Teknologi Bintangor" in orgs


def test_italian_university_head_opens_a_name(en: Language) -> None:
    orgs = _orgs(en, "The spin-off was founded by two researchers from the Università di "
                 "Trento in 2019.")
    assert "Università di Trento" in orgs


# -- a main clause after a fronted phrase is no apposition ----------------------------------


def test_clause_after_a_fronted_place_is_no_apposition(es: Language) -> None:
    orgs = _orgs(es, "Cuarenta años después de que Martín Ordás plantara sus primeras cepas "
                 "junto al embalse de El Soto, la bodega cambia de manos.")
    assert "El Soto" not in orgs


def test_apposition_before_its_own_comma_names_a_company(es: Language) -> None:
    orgs = _orgs(es, "Vinos Ordás, la bodega de la familia, facturó 12 millones.")
    assert "Vinos Ordás" in orgs


def test_apposition_name_closed_by_its_place(es: Language) -> None:
    orgs = _orgs(es, "El carbono de la bahía se venderá en Oslo.\n\nManglares Vivos del "
                 "Guayas, la firma que protege 5.000 hectáreas de estero, firmó el pacto.")
    assert "Manglares Vivos del Guayas" in orgs
    assert "Guayas" not in orgs


def test_person_with_a_place_surname_stays_a_person(es: Language) -> None:
    doc = es("La oferta llegó de Ana Ruiz de Soria, la empresaria que dirige el grupo.")
    people = {e.name for e in doc._.kg_entities if e.kind == "person"}
    assert "Ana Ruiz de Soria" in people
