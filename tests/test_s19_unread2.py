"""Deals in one sentence that no rule read (session 19, issue 13): the Spanish model's
lemmas of the deal verbs' inflected forms (kg.deals.conjugation). Sentences written
for these tests, with the organisations given by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.conjugation import conjugate, verb_forms
from tests.test_deals import deals, roles

NAMES = ("Grupo Norte", "Lácteos Vidal", "Hoteles Brisa", "Navieras Lumbre", "Ebro Capital")


def _found(nlp: Language, text: str) -> list:
    return deals(nlp, text, tuple(n for n in NAMES if n in text))


# -- the paradigm, without a model --------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "form"),
    [
        ("vender", "vendiera"), ("vender", "vendieron"), ("vender", "vendiese"),
        ("vender", "vendan"), ("vender", "vendería"), ("comprar", "compraría"),
        ("comprar", "compre"), ("comprar", "compraran"), ("fusionar", "fusionen"),
        ("adjudicar", "adjudiquen"), ("adjudicar", "adjudicarían"),
        ("capitalizar", "capitalice"), ("encargar", "encargue"), ("ofrecer", "ofrezca"),
        ("invertir", "invirtió"), ("invertir", "invierta"), ("adquirir", "adquiera"),
        ("desinvertir", "desinvirtió"), ("vender", "vendiéndola"), ("comprar", "comprándola"),
    ],
)
def test_a_deal_verb_form_is_conjugated_from_its_infinitive(verb: str, form: str) -> None:
    assert form in conjugate(verb)
    assert verb_forms().get(form) == verb


def test_a_reflexive_trigger_is_conjugated_as_its_verb() -> None:
    assert "fusionaran" in conjugate("fusionarse")


def test_a_form_two_verbs_share_is_left_out() -> None:
    # "cedo" and "vendo" are their own verbs' only; a form of both would be dropped
    table = verb_forms(("ceder", "cesar"))
    assert table["cedieron"] == "ceder"
    assert "cese" in table and table["cese"] == "cesar"
    assert verb_forms(("vender", "vendar")).get("venda") is None


def test_words_that_are_no_deal_verb_form_are_not_in_the_table() -> None:
    forms = verb_forms()
    for word in ("venta", "comprador", "fusión", "vendaje", "adquisición"):
        assert word not in forms


# -- the deals the restored lemmas let the rules read -------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # imperfect subjunctive, lemmatised "vendar"
        ("El fondo logró que Grupo Norte vendiera su filial Lácteos Vidal a Hoteles Brisa.",
         {"seller": {"Grupo Norte"}, "target": {"Lácteos Vidal"},
          "acquirer": {"Hoteles Brisa"}}),
        # preterite plural, lemmatised "vendar"
        ("Los dueños de Grupo Norte vendieron Lácteos Vidal a Hoteles Brisa en 2020.",
         {"target": {"Lácteos Vidal"}, "acquirer": {"Hoteles Brisa"}}),
        # present subjunctive
        ("El regulador exige que Grupo Norte venda Lácteos Vidal antes de junio.",
         {"seller": {"Grupo Norte"}, "target": {"Lácteos Vidal"}}),
        ("Hoteles Brisa pidió que Grupo Norte adquiriera Lácteos Vidal.",
         {"acquirer": {"Grupo Norte"}, "target": {"Lácteos Vidal"}}),
    ],
)
def test_an_inflected_deal_verb_is_read(es: Language, text: str, expected: dict) -> None:
    found = [d for d in _found(es, text) if d.type == "Acquisition"]
    assert len(found) == 1, found
    got = roles(found[0])
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.model
def test_a_conditional_merger_is_read(es: Language) -> None:
    text = "Fuentes cercanas indicaron que Grupo Norte y Lácteos Vidal se fusionarían en 2027."
    found = [d for d in _found(es, text) if d.type == "Merger"]
    assert len(found) == 1
    assert roles(found[0]) == {"partner": {"Grupo Norte", "Lácteos Vidal"}}


@pytest.mark.model
def test_an_infinitive_with_its_clitic_keeps_the_lemma_the_rules_read(es: Language) -> None:
    doc = es("Grupo Norte intentó venderla a Hoteles Brisa.")
    assert [t.lemma_ for t in doc if t.lower_ == "venderla"] == ["vender él"]


@pytest.mark.model
def test_the_lemma_is_restored_on_the_verb(es: Language) -> None:
    doc = es("Grupo Norte vendería Lácteos Vidal a Hoteles Brisa.")
    assert [t.lemma_ for t in doc if t.lower_ == "vendería"] == ["vender"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a noun keeps its lemma: the purchases of a company are no deal with another
        "Las compras de Grupo Norte en Lácteos Vidal crecieron un 5%.",
        # "venda" the bandage, a noun
        "La venda de la enfermera de Lácteos Vidal era blanca.",
    ],
)
def test_a_noun_that_looks_like_a_verb_form_makes_no_deal(es: Language, text: str) -> None:
    assert _found(es, text) == []


# -- a demonstrative the parser hangs on the verb is its subject ----------------------


@pytest.mark.model
def test_a_demonstrative_subject_names_the_company_named_last(es: Language) -> None:
    text = ("En 2023 Ebro Capital entró en el capital de la papelera Grupo Norte y, un año "
            "después, logró que esta vendiera su filial eléctrica, Lácteos Vidal, a la "
            "eléctrica Hoteles Brisa.")
    sales = [d for d in _found(es, text) if d.type == "Acquisition"]
    assert len(sales) == 1, sales
    got = roles(sales[0])
    assert got.get("seller") == {"Grupo Norte"}
    assert got.get("target") == {"Lácteos Vidal"}


# -- money put into a company ---------------------------------------------------------

MONEY_NAMES = ("Baltic Harbour Fund", "Corvina Shipping", "Ebro Capital", "Navieras Lumbre")


def _money(nlp: Language, text: str) -> list:
    return deals(nlp, text, tuple(n for n in MONEY_NAMES if n in text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "investor", "investee"),
    [
        ("en", "Baltic Harbour Fund put $30 million into Corvina Shipping in 2021.",
         "Baltic Harbour Fund", "Corvina Shipping"),
        ("en", "Baltic Harbour Fund, a Lisbon-based investor backed by pension funds, put "
         "US$25 million into Corvina Shipping in 2022 in exchange for a 20 per cent stake.",
         "Baltic Harbour Fund", "Corvina Shipping"),
        ("en", "Baltic Harbour Fund pumped $30 million into Corvina Shipping last year.",
         "Baltic Harbour Fund", "Corvina Shipping"),
        ("en", "Baltic Harbour Fund has sunk £40m into Corvina Shipping since 2019.",
         "Baltic Harbour Fund", "Corvina Shipping"),
        ("es", "Ebro Capital aportará 30 millones de euros a Navieras Lumbre.",
         "Ebro Capital", "Navieras Lumbre"),
        ("es", "El grupo ha incorporado como socio a Ebro Capital, que aportará 300 millones "
         "de euros de capital a Navieras Lumbre, la sociedad de la oferta.",
         "Ebro Capital", "Navieras Lumbre"),
        ("es", "Ebro Capital metió 30 millones de euros en Navieras Lumbre.",
         "Ebro Capital", "Navieras Lumbre"),
    ],
)
def test_money_put_into_a_company_is_an_investment(
    request: pytest.FixtureRequest, lang: str, text: str, investor: str, investee: str
) -> None:
    found = [d for d in _money(request.getfixturevalue(lang), text) if d.type == "Investment"]
    assert len(found) == 1, found
    assert roles(found[0]) == {"investor": {investor}, "investee": {investee}}


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Baltic Harbour Fund put Corvina Shipping up for sale."),
        ("en", "Baltic Harbour Fund put pressure on Corvina Shipping."),
        ("en", "Baltic Harbour Fund put $30 million into a new terminal in Rotterdam."),
        ("en", "Corvina Shipping put its trust into Baltic Harbour Fund."),
        ("en", "Corvina Shipping won a $48 million pump contract; the works are funded by a "
         "$25 million grant."),
        ("es", "Ebro Capital aportará dos parques eólicos a Navieras Lumbre."),
        ("es", "Ebro Capital aportará su experiencia a Navieras Lumbre."),
        ("es", "Ebro Capital metió a Navieras Lumbre en problemas."),
    ],
)
def test_no_money_or_no_company_is_no_investment(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    found = _money(request.getfixturevalue(lang), text)
    assert not [d for d in found if d.type == "Investment"], found


# -- a passive holding told of its subject ---------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "investor", "investee"),
    [
        ("en", "Corvina Shipping is 30 per cent owned by Baltic Harbour Fund.",
         "Baltic Harbour Fund", "Corvina Shipping"),
        ("en", "Corvina Shipping is 30% owned by Baltic Harbour Fund.",
         "Baltic Harbour Fund", "Corvina Shipping"),
        ("es", "Navieras Lumbre está participada al 40% por Ebro Capital.",
         "Ebro Capital", "Navieras Lumbre"),
        ("es", "Navieras Lumbre está participada en un 40% por Ebro Capital.",
         "Ebro Capital", "Navieras Lumbre"),
    ],
)
def test_a_company_partly_owned_by_another_is_its_investee(
    request: pytest.FixtureRequest, lang: str, text: str, investor: str, investee: str
) -> None:
    found = [d for d in _money(request.getfixturevalue(lang), text) if d.type == "Investment"]
    assert len(found) == 1, found
    assert roles(found[0]) == {"investor": {investor}, "investee": {investee}}


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # owning a majority is who owns a company, not a deal
        ("en", "Corvina Shipping is majority-owned by Baltic Harbour Fund."),
        ("en", "Corvina Shipping is 100% owned by Baltic Harbour Fund."),
        ("es", "Navieras Lumbre está controlada por Ebro Capital."),
    ],
)
def test_a_passive_holding_of_the_whole_is_no_investment(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    found = _money(request.getfixturevalue(lang), text)
    assert not [d for d in found if d.type == "Investment"], found


# -- the object relative of a name whose apposition or clause the parser lost ---------


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the description right after "Y ," hung on the main verb
        ("es", "El crecimiento vino de Navieras Lumbre, la naviera gallega que Ebro Capital "
         "compró en mayo por 30 millones de euros."),
        # the relative clause hung on the main verb as an adverbial clause
        ("es", "El crecimiento vino de Navieras Lumbre, que Ebro Capital compró en mayo por 30 "
         "millones de euros."),
    ],
)
def test_the_relative_object_is_the_name_before_the_comma(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    found = [d for d in _money(request.getfixturevalue(lang), text) if d.type == "Acquisition"]
    assert len(found) == 1, found
    assert roles(found[0]) == {"acquirer": {"Ebro Capital"}, "target": {"Navieras Lumbre"}}


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Navieras Lumbre, la naviera que Ebro Capital elogió, perdió dinero."),
        ("es", "Los analistas de Navieras Lumbre, que Ebro Capital sigue de cerca, esperan más "
         "ventas."),
    ],
)
def test_a_relative_clause_without_a_deal_verb_makes_no_deal(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    assert _money(request.getfixturevalue(lang), text) == []


# -- a work awarded to a company whose "a" phrase the parser hangs on the work ---------

AWARD_NAMES = ("Ministerio de Obras", "Concesiones Brisa")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "El Ministerio de Obras adjudicó la concesión de la autopista a Concesiones Brisa.",
        "El Ministerio de Obras adjudicó este martes la concesión de la doble calzada del "
        "norte, de 112 kilómetros, a la Concesiones Brisa, que presentó la oferta más baja.",
    ],
)
def test_a_work_awarded_to_a_company_is_bought_from_it(es: Language, text: str) -> None:
    found = [d for d in deals(es, text, AWARD_NAMES) if d.type == "PurchaseAgreement"]
    assert len(found) == 1, found
    assert roles(found[0]) == {"buyer": {"Ministerio de Obras"}, "seller": {"Concesiones Brisa"}}


@pytest.mark.model
def test_a_company_named_inside_the_work_is_not_awarded_it(es: Language) -> None:
    text = ("El Ministerio de Obras adjudicó la reforma del estadio de Concesiones Brisa a la "
            "constructora local.")
    assert [d for d in deals(es, text, AWARD_NAMES) if d.type == "PurchaseAgreement"] == []
