"""Names and deals read right (session 23): the company a shareholding is of ("compró el
40 % de Brisval", "sold 30 per cent of Ketterly"), even where the model reads an unknown
place there; a place the lists know, a place with its article and "X-based" stay places.
Every sentence is written for these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals, names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# ---------------------------------------------------------------- a shareholding's company


@pytest.mark.parametrize("text", [
    "Norvento compró el 40% de Brisval por 300 millones de euros.",
    "Norvento adquirió el 40 % de Brisval.",
    "Norvento ha comprado el 40 por ciento del capital social de Brisval.",
])
def test_the_company_a_spanish_percentage_is_of(es: Language, text: str) -> None:
    assert "Brisval" in names(es, text)
    assert {"investor": "Norvento", "investee": "Brisval"}.items() <= deals(es, text)[0].items()


@pytest.mark.parametrize("text", [
    "Harwell Energy bought 40% of Ketterly for $30 million.",
    "Harwell Energy bought 40 per cent of Ketterly for $30 million.",
    "Harwell Energy will buy 25 pct of the issued share capital of Ketterly.",
])
def test_the_company_an_english_percentage_is_of(en: Language, text: str) -> None:
    assert "Ketterly" in names(en, text)
    assert {"investor": "Harwell Energy", "investee": "Ketterly"}.items() <= \
        deals(en, text)[0].items()


def test_a_percentage_sold_names_its_company_its_seller_and_its_buyer(es: Language) -> None:
    text = "Norvento vendió el 40 por ciento de Brisval a Grupo Calderia."
    assert deals(es, text) == [
        {"investee": "Brisval", "investor": "Grupo Calderia", "seller": "Norvento"}]


@pytest.mark.parametrize("text", [
    "Norvento controla el 30% de España en el negocio de los envases.",  # a known country
    "Norvento compró el 15% de La Mancha Verde, según la memoria anual.",  # an article
    "Norvento controla el 40% del mercado de Soria.",  # a share of a market
    "Las ventas crecieron un 12% de enero a marzo en Ketterly.",  # no verb of holding
])
def test_a_percentage_of_a_place_or_a_market_names_no_company(es: Language, text: str) -> None:
    assert not {"España", "Mancha Verde", "Soria", "Ketterly"} & names(es, text)


def test_a_percentage_of_a_company_based_somewhere_leaves_the_place_alone(
        en: Language) -> None:
    text = "Harwell Energy agreed to take 70% of Denbury-based Ketterly Foods from its founders."
    assert "Denbury" not in names(en, text)


# ---------------------------------------------------------------- a wire's credit words


@pytest.mark.parametrize("credit", [
    "(Reporte de Lucía Barrantes; Editado en español por Tomás Villaseca)",
    "Reporte adicional de Lucía Barrantes. Editado por Tomás Villaseca.",
])
def test_the_word_of_a_spanish_credit_line_is_no_name(es: Language, credit: str) -> None:
    text = f"Norvento compró Brisval por 30 millones de euros. {credit}"
    orgs, people = names(es, text), names(es, text, "person")
    assert "Editado" not in orgs | people
    assert {"Lucía Barrantes", "Tomás Villaseca"} <= people


# ---------------------------------------------------------------- people and their titles


@pytest.mark.parametrize("text", [
    "Brackwater Foods was founded by Lam Wing-kei as a noodle workshop in 1987.",
    "Founders: Lam Wing-kei, Doris Chan\n\nThe firm was sold to Harbourline Capital.",
])
def test_a_given_name_cut_at_its_hyphen_is_no_company(en: Language, text: str) -> None:
    # "Wing" is an English noun, but "Wing-kei" goes on after the hyphen: a given name.
    assert "Lam Wing" not in names(en, text)
    assert "Lam Wing-kei" in names(en, text, "person")


def test_a_job_title_signing_a_letter_is_no_company(es: Language) -> None:
    text = ("El fondo completó la compra de Agroganadera Yacaré.\n\n"
            "Firmado: Lic. Ramón Benítez Ocampo, Gerente General.")
    assert "Gerente General" not in names(es, text)
    assert "Ramón Benítez Ocampo" in names(es, text, "person")


def test_a_capitalised_title_before_de_leaves_its_company(es: Language) -> None:
    text = "El Gerente General de Agroganadera Yacaré, Ramón Benítez, confirmó la venta."
    assert "Agroganadera Yacaré" in names(es, text)
    assert not any(n.startswith("Gerente") for n in names(es, text))


def test_a_title_before_a_department_leaves_the_company_after_it(es: Language) -> None:
    text = "Marta Ibarz era hasta ahora Directora General de Finanzas de Cementos Tajo."
    assert "Cementos Tajo" in names(es, text)
    assert not any(n.startswith(("Directora", "Finanzas")) for n in names(es, text))


def test_a_group_title_names_no_company(en: Language) -> None:
    text = "Harbourline Capital is hiring a finance director.\nReports to: Group CEO"
    assert "Group" not in names(en, text)
    assert "Vantor" in names(en, "Vantor CEO Dana Whitfield said the deal was done.")


@pytest.mark.parametrize("line", [
    "Se traspasa nave en Ribadavia. Tel. 982 000 111.",
    "Más información: Tel. 982 000 111 / Fax 982 000 112.",
])
def test_the_label_of_a_telephone_number_is_no_name(es: Language, line: str) -> None:
    doc = es(f"Inmobiliaria Miño vendió la nave a Frigoríficos do Sil. {line}")
    assert not {"Tel", "Fax"} & {e.name for e in doc._.kg_entities}


def test_a_city_that_opens_with_a_contact_word_stays(en: Language) -> None:
    doc = en("Harbourline Capital bought Ketterly Foods, which has an office in Tel Aviv.")
    assert "Tel" not in {e.name for e in doc._.kg_entities}
    assert "Ketterly Foods" in names(en, "Harbourline Capital bought Ketterly Foods.")


# ---------------------------------------------------------------- the name's own head noun


def test_the_fund_is_the_company_whose_name_ends_in_fund(en: Language) -> None:
    text = ("Lantau Growth Fund — monthly report\n\n"
            "Top holdings: Brackwater Foods 9.1%, Kowloon Cold Chain 6.2%\n\n"
            "During the month the fund bought a 5 per cent stake in Kowloon Cold Chain "
            "for HK$210 million and sold its holding in Tsing Yi Logistics to Meridian Ports.")
    found = deals(en, text)
    assert {"investor": "Lantau Growth Fund", "investee": "Kowloon Cold Chain"} in found
    assert {"investee": "Tsing Yi Logistics", "investor": "Meridian Ports",
            "seller": "Lantau Growth Fund"} in found


def test_the_group_is_the_storys_not_the_one_whose_name_ends_in_group(
        en: Language) -> None:
    text = ("Ketterly Foods, advised by Harbourline Group, agreed to buy Brisval Dairies. "
            "The group also bought a 20 per cent stake in Tarn Creameries.")
    assert {"investee": "Tarn Creameries", "investor": "Ketterly Foods"} in deals(en, text)


def test_the_cooperative_skips_the_legal_form_after_the_head(en: Language) -> None:
    from kg.deals.namesake import _last_word
    assert _last_word("Mahé Tuna Cooperative Ltd") == "cooperative"
    assert _last_word("Lantau Growth Fund") == "fund"
    assert _last_word("Ketterly") == ""  # a one-word name has no head noun of its own


# ---------------------------------------------------------------- an offer its organ votes on


@pytest.mark.parametrize("text", [
    "Penang Mutual shareholders will vote on Kinabalu Bank's offer on Monday.",
    "Shareholders of Penang Mutual approved Kinabalu Bank's offer on Monday.",
])
def test_an_offer_the_targets_shareholders_vote_on_is_for_their_company(
        en: Language, text: str) -> None:
    assert deals(en, text) == [{"acquirer": "Kinabalu Bank", "target": "Penang Mutual"}]


@pytest.mark.parametrize("text", [
    "La junta de accionistas de Cementos Tajo votará la oferta de Grupo Calatrava el lunes.",
    "Los accionistas de Cementos Tajo aprobaron la oferta de Grupo Calatrava.",
])
def test_una_oferta_que_aprueba_la_junta_es_sobre_su_empresa(es: Language, text: str) -> None:
    assert deals(es, text) == [{"acquirer": "Grupo Calatrava", "target": "Cementos Tajo"}]


@pytest.mark.parametrize("lang, text", [
    ("en", "The Securities Commission approved Kinabalu Bank's offer on Monday."),
    ("es", "La CNMV autorizó la oferta de Grupo Calatrava sobre Cementos Tajo."),
    ("es", "La Comisión Nacional de la Competencia aprobó la oferta de Grupo Calatrava."),
])
def test_a_regulator_that_approves_an_offer_is_not_its_target(
        request: pytest.FixtureRequest, lang: str, text: str) -> None:
    nlp = request.getfixturevalue(lang)
    assert not any(d.get("target") in ("Securities Commission", "Comisión Nacional del Mercado "
                                       "de Valores", "Comisión Nacional de la Competencia")
                   for d in deals(nlp, text))


# ---------------------------------------------------------------- a sum glued to its letters


@pytest.mark.parametrize("price", ["SR120 million", "D450 million", "Rs500 crore"])
def test_a_sum_glued_to_its_currency_letters_ends_the_name_before_it(
        en: Language, price: str) -> None:
    text = f"Harbourline Capital agreed to buy Ketterly Foods for {price}."
    assert "Ketterly Foods" in names(en, text)
    assert {"acquirer": "Harbourline Capital", "target": "Ketterly Foods"} in deals(en, text)


# ---------------------------------------------------------- a name's word with a preposition


@pytest.mark.parametrize("text", [
    "La CNMV aprobó la opa de Grupo Calatrava sobre Cementos Tajo.",
    "La opa de Grupo Calatrava sobre Cementos Tajo fue aprobada por la CNMV.",
    "La CNMV autorizó la oferta de Grupo Calatrava sobre Cementos Tajo.",
])
def test_a_bid_on_a_company_the_parser_hung_inside_the_bidders_name(
        es: Language, text: str) -> None:
    # The parser makes "sobre Cementos Tajo" more words of "Grupo Calatrava" (flat);
    # a word of a name has no preposition of its own, so it opens the bid's complement.
    assert deals(es, text) == [{"acquirer": "Grupo Calatrava", "target": "Cementos Tajo"}]


def test_the_cased_words_are_read_as_the_complement_of_the_noun() -> None:
    import spacy
    from spacy.tokens import Doc

    from kg.deals.context import _after_cased_flat, _cased_flat
    from kg.facts import EntityRef
    nlp = spacy.blank("es")
    words = ["la", "opa", "de", "Grupo", "Calatrava", "sobre", "Cementos", "Tajo"]
    heads = [1, 1, 3, 1, 3, 6, 3, 3]
    deps = ["det", "ROOT", "case", "nmod", "flat", "case", "flat", "flat"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    bidder, target = EntityRef("org", "Grupo Calatrava"), EntityRef("org", "Cementos Tajo")
    tok_ent = {3: bidder, 4: bidder, 6: target, 7: target}
    assert [(p, t.text) for p, t in _cased_flat(doc[3], tok_ent)] == [("sobre", "Cementos")]
    assert _after_cased_flat(doc[3], doc[7], tok_ent)
    assert not _after_cased_flat(doc[3], doc[4], tok_ent)
    # one name with its own "de" ("Banco de Crédito Rural") is one name, no complement
    one = {3: bidder, 4: bidder, 6: bidder, 7: bidder}
    assert not list(_cased_flat(doc[3], one)) and not _after_cased_flat(doc[3], doc[7], one)


# ------------------------------------------------------------ names opening a Spanish sentence


@pytest.mark.parametrize("text, name", [
    ("Harinera Soriana retiró su opa sobre Molinos del Duero.", "Harinera Soriana"),
    ("Eléctrica Navarra vendió su red a Grupo Calatrava.", "Eléctrica Navarra"),
])
def test_a_spanish_trade_noun_opening_a_sentence_without_article_opens_the_name(
        es: Language, text: str, name: str) -> None:
    # A Spanish descriptor needs its article ("la harinera X"); bare, it is the name's.
    assert name in names(es, text)


def test_an_english_descriptor_still_opens_a_sentence_bare(en: Language) -> None:
    assert "Voltrix" in names(en, "Chipmaker Voltrix said it would buy Ketterly Foods.")


def test_what_passes_into_a_companys_hands_is_a_company(es: Language) -> None:
    text = "Frinsa Norte pasa a manos de Grupo Calatrava tras el pago de 80 millones."
    assert "Frinsa Norte" in names(es, text)
    assert deals(es, text) == [{"acquirer": "Grupo Calatrava", "target": "Frinsa Norte"}]


# ---------------------------------------------------------------- styles before a name


@pytest.mark.parametrize("text, person", [
    ("Kinabalu Bank chairman Tan Sri Ahmad Zulkifli said the bank would buy Penang Mutual.",
     "Ahmad Zulkifli"),
    ("Datuk Seri Lim Boon Huat, the group managing director, said the offer was fair.",
     "Lim Boon Huat"),
    ('"We are happy," said Engr. Ramon dela Cruz, president of Mactan Holdings.',
     "Ramon dela Cruz"),
])
def test_a_conferred_style_is_no_part_of_the_name_after_it(
        en: Language, text: str, person: str) -> None:
    people = names(en, text, "person")
    assert person in people
    assert not people - {person}  # neither "Engr" nor "Tan Sri ..." nor "Seri ..."
    assert not {"Boon Huat", "Lim Boon Huat"} & names(en, text)


def test_sri_lanka_is_no_style() -> None:
    from kg.entities.words import STYLES
    assert "Sri" not in STYLES and "Seri" not in STYLES  # only after "Tan", "Datuk", ...


# ---------------------------------------------------------------- lists and owners


def test_the_last_name_of_a_list_of_companies_is_a_company(en: Language) -> None:
    assert "Vantor" in names(
        en, "Ketterly, whose backers include Harbourline Capital and Vantor, raised $40 million.")
    assert "Quillon" in names(en, "Ketterly is owned by Harbourline Capital and Quillon.")


@pytest.mark.parametrize("text", [
    "Harbourline Capital met Ketterly Foods and Sarah on Monday.",  # a given name
    "Harbourline Capital and Tuesday's vote were discussed.",  # not closing the list
])
def test_a_list_tail_that_is_a_person_or_runs_on_stays(en: Language, text: str) -> None:
    assert not {"Sarah", "Tuesday"} & names(en, text)


def test_shares_opening_a_sentence_are_a_companys(en: Language) -> None:
    text = "Shares of Brisval rose 5% after Bloomberg News reported the talks."
    assert "Brisval" in names(en, text)


def test_a_title_case_headline_has_no_list_tail(en: Language) -> None:
    text = ("Nimbus Data Completes Acquisition of Quarry Analytics and Expands Partnership "
            "with Arcadia Cloud\n\nNimbus Data said on Monday it had bought Quarry Analytics.")
    assert "Expands Partnership" not in names(en, text)


def test_a_place_before_a_descriptor_owns_no_shares(en: Language) -> None:
    text = "Shares in Yorkshire homebuilder Dalemoor Homes jumped 28% after the offer."
    assert "Yorkshire" not in names(en, text)
