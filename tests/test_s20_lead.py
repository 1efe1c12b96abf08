"""Session 20, lead: closed classes on unseen news.

Money: redenominated currencies as their own press writes them, CLDR's currency names in
words, a country's own press signs, a sum lent by a named body, bare figures compared
with a count of things. Names: investors' tails and funds' heads, "(EXCHANGE: TICKER)"
brackets, syllabic acronyms, trade nouns in -ería, an editor's note in brackets, a
heading over a timeline. Deals: a body that only judges deals is no antecedent; a
timeline's entry of a past year tells a deal done."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from kg.entities.runs import syllables_fit
from kg.lexicon import alternation, trie_alternation
from kg.money import find_money
from tests.test_deal_roles_es import deals_among, roles
from tests.test_s13_entities import orgs
from tests.test_s15_status import dated_deals


def read(text: str, lang: str, country: str | None = None) -> list[tuple[str, str, Decimal]]:
    amounts, _ = find_money(text, lang, country)
    return [(a.span.text, a.currency or "", a.value or Decimal(0)) for a in amounts]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Sierra Leone's new leone (2022): "NLe", CLDR still "Le" (and a word elsewhere).
    ("Kenema Cocoa Traders paid NLe 64 million for the warehouse.", "en",
     [("NLe 64 million", "SLE", Decimal("64000000"))]),
    ("Bo Palm Oil reported a loss of NLe7.5 million.", "en",
     [("NLe7.5 million", "SLE", Decimal("7500000"))]),
    # Zimbabwe Gold (2024): "ZiG", ISO 4217 ZWG.
    ("Hwange Timber sold the sawmill for ZiG 85 million, about US$3.2 million.", "en",
     [("ZiG 85 million", "ZWG", Decimal("85000000")),
      ("about US$3.2 million", "USD", Decimal("3200000"))]),
    ("Mutare Dairy logró ventas por ZiG 40 millones.", "es",
     [("ZiG 40 millones", "ZWG", Decimal("40000000"))]),
    # Venezuela's bolívar: "Bs." is the current VES, never the withdrawn VEF.
    ("Lácteos del Llano pagó Bs. 90 millones por la planta.", "es",
     [("Bs. 90 millones", "VES", Decimal("90000000"))]),
])
def test_a_redenominated_currency_is_read_as_its_own_press_writes_it(
    text: str, lang: str, expected: list[tuple[str, str, Decimal]]
) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "country", "currency"), [
    # the currency names of CLDR (through babel), in the press's plural
    ("Lácteos Guanacaste pagó 4.500 millones de colones por la planta.", "es", None, "CRC"),
    ("Café Atitlán vendió la finca por 90 millones de quetzales.", "es", None, "GTQ"),
    ("Textiles Copán recibió 300 millones de lempiras.", "es", None, "HNL"),
    ("Azucarera Rivas pagó 800 millones de córdobas.", "es", None, "NIO"),
    ("Yerbatera Itapúa cerró la compra por 95.000 millones de guaraníes.", "es", None, "PYG"),
    ("Lácteos del Llano invirtió 40 millones de bolívares.", "es", None, "VES"),
    ("La naviera pagó 12 millones de dólares jamaicanos por el muelle.", "es", None, "JMD"),
    ("Ikeja Foods paid 5 billion naira for the mill.", "en", None, "NGN"),
    ("Kumasi Cocoa paid 300 million cedis for the plant.", "en", None, "GHS"),
    ("Nampula Cashews was sold for 2.4 billion meticais.", "en", None, "MZN"),
    # a name several countries' currencies share is the outlet's own
    ("Jinja Sugar paid 40 billion shillings for the estate.", "en", "UG", "UGX"),
    ("Lilongwe Oils paid 12 billion kwacha for the refinery.", "en", "MW", "MWK"),
    ("Ndola Copper paid 3 billion kwacha for the smelter.", "en", "ZM", "ZMW"),
])
def test_a_currency_named_after_the_figure_in_words(
    text: str, lang: str, country: str | None, currency: str
) -> None:
    assert [a[1] for a in read(text, lang, country)] == [currency]


@pytest.mark.parametrize(("text", "lang", "country", "expected"), [
    ("Maputo Cement paid MT 2.4 billion for the quarry.", "en", "MZ",
     [("MT 2.4 billion", "MZN", Decimal("2400000000"))]),
    ("Beira Grain paid MT900m for the silos.", "en", "MZ",
     [("MT900m", "MZN", Decimal("900000000"))]),
    ("Lácteos Guanacaste pagó ¢4.500 millones por la planta.", "es", "CR",
     [("¢4.500 millones", "CRC", Decimal("4500000000"))]),
    # elsewhere "MT" is a ton or an initialism, and "¢" a cent
    ("Maputo Cement shipped MT 2.4 billion worth.", "en", "GB", []),
])
def test_a_countrys_own_press_sign_for_its_currency(
    text: str, lang: str, country: str, expected: list[tuple[str, str, Decimal]]
) -> None:
    assert read(text, lang, country) == expected


@pytest.mark.parametrize(("text", "country", "currency"), [
    ("Galle Tea paid Rs 3 billion for the estates.", "LK", "LKR"),
    ("Galle Tea paid 3 billion rupees for the estates.", "LK", "LKR"),
    ("Pokhara Hydro raised Rs 3 billion.", "NP", "NPR"),
    ("Pune Foods paid Rs 3 billion.", None, "INR"),
    ("Casablanca Dairy paid DH 30 million for the plant.", "MA", "MAD"),
    ("Casablanca Dairy paid MAD 30 million for the plant.", "MA", "MAD"),
    ("Giza Mills paid LE 300 million for the plant.", "EG", "EGP"),
    ("Riyadh Cement paid SR 30 million for the quarry.", "SA", "SAR"),
    ("Muscat Fisheries paid RO 30 million for the fleet.", "OM", "OMR"),
    ("Amman Pharma paid JD 30 million for the lab.", "JO", "JOD"),
    ("Manama Steel paid BD 30 million for the mill.", "BH", "BHD"),
    ("Haifa Optics paid NIS 30 million for the startup.", None, "ILS"),
    ("Chiang Mai Foods paid Bt 300 million for the brand.", "TH", "THB"),
    ("Kigali Coffee paid Rwf 3 billion for the washing stations.", "RW", "RWF"),
    ("Thimphu Power paid Nu 300 million for the plant.", "BT", "BTN"),
    ("Grand Cayman Re paid CI$ 30 million for the book.", "KY", "KYD"),
    ("Bridgetown Rum paid Bds$ 30 million for the distillery.", "BB", "BBD"),
])
def test_a_press_sign_read_as_its_countrys_currency(
    text: str, country: str | None, currency: str
) -> None:
    assert [a[1] for a in read(text, "en", country)] == [currency]


@pytest.mark.parametrize(("text", "country"), [
    # outside their countries these letters are words or initialisms
    ("The MAD 30 million campaign ended.", None),
    ("Its JD 30 million bonus was cut.", "GB"),
    ("The RO 30 million line.", "US"),
])
def test_a_press_sign_outside_its_country_is_no_money(text: str, country: str | None) -> None:
    assert read(text, "en", country) == []


@pytest.mark.parametrize(("text", "lang", "country"), [
    # a shared name with no outlet to say whose: no known currency
    ("Jinja Sugar paid 40 billion shillings for the estate.", "en", None),
    # a capitalised name is a place; a people is counted
    ("La empresa atiende a 5 millones de Córdoba y su provincia.", "es", None),
    ("Más de 3 millones de bolivianos viven en el exterior.", "es", None),
])
def test_a_currency_name_needs_to_be_one_in_context(
    text: str, lang: str, country: str | None
) -> None:
    assert read(text, lang, country) == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ferrocarril Sur compró los vagones por 30 millones de euros y se financiará con un "
     "préstamo de 12 millones del Banco Europeo de Inversiones.", "es",
     [("30 millones de euros", "EUR", Decimal("30000000")),
      ("12 millones", "EUR", Decimal("12000000"))]),
    ("Aceites Tormes pagó 8 millones de euros, con un crédito de 5 millones de la "
     "Caja Rural.", "es",
     [("8 millones de euros", "EUR", Decimal("8000000")),
      ("5 millones", "EUR", Decimal("5000000"))]),
    ("Harbour Mills paid £40 million, funded by a loan of 25 million from the "
     "Ulster Bank.", "en",
     [("£40 million", "GBP", Decimal("40000000")),
      ("25 million", "GBP", Decimal("25000000"))]),
])
def test_a_sum_lent_by_a_named_body_after_a_money_noun_is_money(
    text: str, lang: str, expected: list[tuple[str, str, Decimal]]
) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # What follows "de" is what is counted: no money, whatever the noun before.
    ("Ferrocarril Sur pagó 30 millones de euros y tiene un préstamo de 12 millones de "
     "clientes.", "es"),
])
def test_a_counted_noun_after_the_figure_still_makes_it_a_count(text: str, lang: str) -> None:
    assert [a[0] for a in read(text, lang)] == ["30 millones de euros"]


@pytest.mark.parametrize(("text", "lang", "money"), [
    ("Cines del Duero vendió 640.000 entradas en 2025, frente a 1,1 millones en 2019, y "
     "debe 9,4 millones de euros.", "es", ["9,4 millones de euros"]),
    ("El diario vendía 90.000 ejemplares, frente a 2 millones hace veinte años; cuesta "
     "3 millones de euros.", "es", ["3 millones de euros"]),
    ("Prairie Lines sold 2.1 million tickets last year, up from 1.8 million, and owes "
     "$40 million.", "en", ["$40 million"]),
    ("The resort had 310,000 nights booked, against 1.2 million in 2019, on £60 million "
     "of debt.", "en", ["£60 million"]),
])
def test_a_bare_figure_compared_with_a_count_of_things_is_no_money(
    text: str, lang: str, money: list[str]
) -> None:
    assert [a[0] for a in read(text, lang)] == money


@pytest.mark.parametrize(("text", "lang", "money"), [
    # A count noun written with a capital is a name, not a count: the sum stays money.
    ("Pinewood Homes paid 40 million dollars; Pinewood Homes then raised 12 million.",
     "en", ["40 million dollars", "12 million"]),
    # A figure compared with money is money.
    ("La empresa pagó 9 millones de euros en 2024, frente a 1,3 millones en 2019.", "es",
     ["9 millones de euros", "1,3 millones"]),
])
def test_a_name_or_a_sum_before_the_figure_is_no_count(
    text: str, lang: str, money: list[str]
) -> None:
    assert [a[0] for a in read(text, lang)] == money


# --- names an investor's tail closes or a fund's head opens -------------------------------
# (``company_only_tails`` and ``holding_heads`` in lexicon/entities.toml)


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "org"), [
    # an event's head ("cumbre": a summit) opening a name an investor's tail closes
    ("es", "El fondo Cumbre Llanera Capital estudia una oferta por Textiles Bello.",
     "Cumbre Llanera Capital"),
    ("es", "Según fuentes del sector, Torre Alta Partners compró Hilaturas Bello.",
     "Torre Alta Partners"),
    # a product noun that is also finance's word for a holding ("vehículo", "vehicle")
    ("es", "La compra se hará a través de su vehículo Fondo Tula Salud II.",
     "Fondo Tula Salud II"),
    ("en", "The deal was made through its vehicle Kestrel Rock Partners, people said.",
     "Kestrel Rock Partners"),
])
def test_an_investors_name_is_an_organisation_whatever_opens_or_introduces_it(
    request: pytest.FixtureRequest, lang: str, text: str, org: str
) -> None:
    assert org in orgs(request.getfixturevalue(lang), text)


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "thing"), [
    # "de" inside: the name of an event or a law, whatever word closes it
    ("es", "La gestora asistió a la Cumbre Andina de Capital Privado en Lima.",
     "Cumbre Andina de Capital Privado"),
    ("es", "El Gobierno aprobó el Régimen de Incentivo para Grandes Inversiones.",
     "Grandes Inversiones"),
    # a product noun before a name no investor's word opens or closes
    ("en", "Ford showed the vehicle Bronco Raptor in Detroit.", "Bronco Raptor"),
    ("es", "Nvidia presentó su plataforma Vera Rubin en Madrid.", "Vera Rubin"),
])
def test_an_event_a_law_or_a_product_stays_no_organisation(
    request: pytest.FixtureRequest, lang: str, text: str, thing: str
) -> None:
    assert not {name for name in orgs(request.getfixturevalue(lang), text) if thing in name}


# --- "(EXCHANGE: TICKER)" brackets ------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "listed", "exchange"), [
    ("en", "Shares of Pacific Cold Chain (SGX: SCC) rose 4% after the deal.",
     "Pacific Cold Chain", "SGX"),
    ("en", "Demerara Distillers (GSE: DDL) reported a profit.", "Demerara Distillers", "GSE"),
    ("es", "Vitivinícola Andes (BVL: VANDES) informó a la Superintendencia del Mercado de "
     "Valores.", "Vitivinícola Andes", "BVL"),
    ("en", "Pemberton Lithium (TSXV: PBL) said it would sell the project to Atlas Mining.",
     "Pemberton Lithium", "TSXV"),
])
def test_a_listed_name_and_its_exchange_are_organisations_the_ticker_is_not(
    request: pytest.FixtureRequest, lang: str, text: str, listed: str, exchange: str
) -> None:
    found = orgs(request.getfixturevalue(lang), text)
    ticker = text.split(": ")[1].split(")")[0]
    assert listed in found and exchange in found and ticker not in found


@pytest.mark.model
def test_a_ticker_after_a_venture_exchange_with_a_hyphen_is_no_organisation(
    en: Language,
) -> None:
    assert orgs(en, "Maple Rail (TSX-V: MRL) bought Prairie Cars.") == {
        "Maple Rail", "Prairie Cars"}


# --- a judge of a deal is no antecedent (kg.deals.guards.judges) -------------------------

JUDGE_NAMES = (
    "Comisión Nacional de la Competencia", "Hilaturas Moncayo", "Textil Ebro",
    "Competition Bureau", "Tamarack Mills", "Birch Lane Foods", "Cortes del Cierzo",
)


def _deal_parties(nlp: Language, text: str) -> list[dict[str, set[str]]]:
    return [roles(d) for d in deals_among(nlp, text, JUDGE_NAMES)]


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "judge"), [
    ("es", "La Comisión Nacional de la Competencia autorizó ayer la operación. La compra "
           "de Hilaturas Moncayo se cerrará en marzo.", "Comisión Nacional de la Competencia"),
    ("en", "The Competition Bureau approved the deal on Monday. The purchase of Tamarack "
           "Mills will close in March.", "Competition Bureau"),
    ("en", "The Competition Bureau blocked the merger last year. The purchase of Tamarack "
           "Mills was abandoned.", "Competition Bureau"),
])
def test_a_body_that_only_judges_deals_makes_none(
    request: pytest.FixtureRequest, lang: str, text: str, judge: str
) -> None:
    parties = _deal_parties(request.getfixturevalue(lang), text)
    assert all(judge not in names for r in parties for names in r.values())


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "acquirer"), [
    # the buyer named beside the judge's verb stays the buyer
    ("es", "La Comisión Nacional de la Competencia autorizó la compra de Hilaturas Moncayo "
           "por Textil Ebro. La operación se cerrará en marzo.", "Textil Ebro"),
    # a company that approves and also deals is no judge: it is the topic
    ("en", "Birch Lane Foods approved a new plan. Birch Lane Foods reported higher sales. "
           "The purchase of Tamarack Mills will close in March.", "Birch Lane Foods"),
])
def test_a_party_beside_a_judge_is_still_read(
    request: pytest.FixtureRequest, lang: str, text: str, acquirer: str
) -> None:
    parties = _deal_parties(request.getfixturevalue(lang), text)
    assert any(acquirer in r.get("acquirer", set()) for r in parties)


# --- syllabic acronyms (kg.entities.runs.syllables_fit) -----------------------------------


@pytest.mark.parametrize(("short", "long_form", "fits"), [
    ("Cofece", "Comisión Federal de Competencia Económica", True),
    ("DINACO", "Distribuidora Nacional de Combustibles", True),
    ("ENACOM", "Ente Nacional de Comunicaciones", True),
    ("Pemex", "Petróleos Mexicanos", True),
    # every capitalised word gives letters, in order, and plain initials are no syllables
    ("Banorte", "Banco Mercantil del Norte", False),
    ("SEPI", "Sociedad Estatal de Participaciones Industriales", False),
    ("Iberdrola", "Iberia Drones", False),
    ("Acme", "Acme Corp", False),
])
def test_a_word_made_of_a_names_syllables(short: str, long_form: str, fits: bool) -> None:
    assert syllables_fit(short, long_form) is fits


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Cementos Andinos firmó un contrato con Grupo Lerma. Ayer, Cemandi pagó 40 millones "
     "de pesos.", {"Cementos Andinos", "Grupo Lerma"}),
    ("Lácteos Manchegos compró Quesos Tajo. Lacman pagó 40 millones de euros.",
     {"Lácteos Manchegos", "Quesos Tajo"}),
    # the first word of another name is that name's short form, whatever it spells
    ("Cordel Capital lideró la ronda de Coca Salud. Coca, fundada en 2019, levantó 40 "
     "millones de euros.", {"Cordel Capital", "Coca Salud"}),
])
def test_a_syllabic_acronym_names_the_organisation_it_abbreviates(
    es: Language, text: str, expected: set[str]
) -> None:
    assert orgs(es, text) == expected


# --- an editor's note in square brackets (kg.entities.furniture) ---------------------------


@pytest.mark.model
@pytest.mark.parametrize("note", ["[END OF EXCERPT]", "[ENDS]", "[PHOTO: ARCHIVE]"])
def test_an_editors_note_in_brackets_names_nothing(en: Language, note: str) -> None:
    text = ("Tom Brandt said Harrow Agri closed the purchase of Lindqvist Marine in October.\n\n"
            f"{note}\n")
    assert orgs(en, text) == {"Harrow Agri", "Lindqvist Marine"}


@pytest.mark.model
def test_a_name_in_brackets_inside_a_sentence_is_still_read(en: Language) -> None:
    text = "Harrow Agri [HARROW AGRI HOLDINGS] bought Lindqvist Marine in October."
    assert "Lindqvist Marine" in orgs(en, text)


# --- a timeline's entries tell in the present what was done that year ----------------------


def _statuses(nlp: Language, text: str) -> list[tuple[str, str]]:
    names = ("Textil Ontinyent", "Hilaturas Albaida", "Hilados Agullent", "Harbour Grocers",
             "Sandpiper Foods")
    found = dated_deals(nlp, text, tuple(n for n in names if n in text), "2026-12-02")
    return sorted((d.type, d.status) for d in found)


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Cronología de Textil Ontinyent:\n\n1998 — Textil Ontinyent se fusiona con "
           "Hilaturas Albaida.\n2027 — Textil Ontinyent prevé comprar Hilados Agullent.\n",
     [("Acquisition", "Announced"), ("Merger", "Completed")]),
    ("en", "Timeline:\n\n2011 - Harbour Grocers merges with Sandpiper Foods.\n",
     [("Merger", "Completed")]),
])
def test_a_timeline_entry_of_a_past_year_is_done(
    request: pytest.FixtureRequest, lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _statuses(request.getfixturevalue(lang), text) == expected


@pytest.mark.model
def test_a_heading_over_a_timeline_is_no_part_of_the_name(es: Language) -> None:
    text = ("Cronología de Textil Ontinyent:\n\n1998 — Textil Ontinyent se fusiona con "
            "Hilaturas Albaida.\n")
    assert orgs(es, text) == {"Textil Ontinyent", "Hilaturas Albaida"}


# --- a trade noun opening what the model took for a place (retype:trade_name) --------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "org"), [
    ("El grupo de la familia Ferrándiz, Cuchillería Albacete, fue vendido a Grupo Lerma.",
     "Cuchillería Albacete"),
    ("Hemos firmado la venta de Cuchillería Albacete a Grupo Lerma.", "Cuchillería Albacete"),
    ("Sus socios, Relojería Zamora y Grupo Lerma, firmaron el acuerdo.", "Relojería Zamora"),
])
def test_a_trade_noun_in_eria_opens_a_companys_name(es: Language, text: str, org: str) -> None:
    assert org in orgs(es, text)


# --- the currency names' pattern as a trie (kg.lexicon.trie_alternation) -------------------


@given(
    words=st.lists(st.text(alphabet="abdeéo .", min_size=1, max_size=6), min_size=1,
                   max_size=12),
    text=st.text(alphabet="abdeéoABDE .x", max_size=14),
)
@settings(max_examples=300, deadline=None)
def test_a_trie_alternation_matches_as_the_plain_one_does(words: list[str], text: str) -> None:
    plain = re.compile(rf"(?:{alternation(words)})\b", re.IGNORECASE)
    trie = re.compile(rf"(?:{trie_alternation(words)})\b", re.IGNORECASE)
    for i in range(len(text) + 1):
        a, b = plain.match(text, i), trie.match(text, i)
        assert (a and a.group()) == (b and b.group())


def test_currency_names_read_as_before_once_merged_in_a_trie() -> None:
    # the longest name wins, and a shorter one when the longer one is cut short
    assert read("pagó 5 millones de dólares jamaicanos.", "es")[0][1] == "JMD"
    assert read("pagó 5 millones de dólares.", "es")[0][1] == "USD"
    assert read("paid 5 million U.S. dollars.", "en")[0][1] == "USD"


# --- a country's code before "$" for its own dollar, anywhere -----------------------------


@pytest.mark.parametrize(("text", "country", "currency"), [
    ("Demerara Mills paid TT$58 million for the bottler.", "GY", "TTD"),
    ("Demerara Mills paid TT$58 million for the bottler.", None, "TTD"),
    ("Ingenio Corozal pagó BZ$ 30 millones por la planta.", None, "BZD"),
    ("Lautoka Sugar paid FJ$18.5 million for the mill.", "AU", "FJD"),
    ("Raffles Cold Chain paid SG$30 million for the depot.", "US", "SGD"),
    ("Kaohsiung Steel paid TW$900 million for the mill.", None, "TWD"),
])
def test_a_country_code_before_a_dollar_sign_names_that_countrys_dollar(
    text: str, country: str | None, currency: str
) -> None:
    assert [a[1] for a in read(text, "es" if "pagó" in text else "en", country)] == [currency]


def test_one_letter_before_a_dollar_sign_stays_home_only() -> None:
    # "F$" may be Fiji's anywhere or nobody's: only Fijian papers are read so
    assert read("Lautoka Sugar paid F$18.5 million for the mill.", "en", None) == []


@pytest.mark.parametrize(("text", "country", "expected"), [
    # the rand circulates in the Common Monetary Area beside the country's own currency
    ("Mbabane Sugar paid R300 million for the estate.", "SZ", ["ZAR"]),
    ("Maseru Mills paid R30 million for the silo.", "LS", ["ZAR"]),
    ("Etosha Mills paid R15 million and N$20 million.", "NA", ["ZAR", "NAD"]),
    ("Mbabane Sugar paid E300 million for the estate.", "SZ", ["SZL"]),
    # elsewhere "R" is a letter
    ("The R300 million line closed.", "GB", []),
])
def test_a_neighbours_tender_sign_in_the_common_monetary_area(
    text: str, country: str, expected: list[str]
) -> None:
    assert [a[1] for a in read(text, "en", country)] == expected
