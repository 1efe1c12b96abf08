"""Session 30, deals told telegraphically (issue #13; inventory
tests/data/constructions/briefs): headlines, wire briefs, roundups, lists, deal cards
and tables. Every sentence here is invented for the test.

- ``kg.money``: a wire brief in capitals writes "MLN" and "BLN" ("* ACME TO BUY BETA
  FOR $410 MLN").
- ``kg.entities.objects._headline_end``: a headline with a short verb in lower case is
  in sentence case, not Title Case ("Harlow Systems to buy Lantern Data for $1.2bn"):
  its names are no fragments of a title.
- ``kg.deals.syntax.subjects``: the names a verbless headline's to-infinitive hangs on
  are its subject ("Thornbury Paper and Calder Mills to merge").
- ``kg.deals.fields``: deal cards ("Buyer: X" / "Target: Y" / "Price: ...") and tables
  ("Target | Acquirer | Value" and rows); a round after a list item's heading and
  colon is the heading company's (``parties:line-heading``).
- ``kg.deals.attach._bracketed_price``: a figure alone in brackets after a deal that
  restates no figure is its price ("- X acquired Y ($40m)").
- ``kg.deals.frames._sold_itself``: "Y sold to X for $90m" sells Y.
- ``kg.entities.component._paired_parties``: "the Brantwood-Oxley deal" pairs two
  parties the article names alone.
- ``lexicon/furniture.toml``: "Exclusiva:" flags a scoop; it is no name.
- ``lexicon/entities.toml`` ``org_heads``: Catalan trade words open a company's name
  ("Embalatges", "Teixits"), as "Fruites" does.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def _deals(nlp: Language, text: str) -> list[tuple[str, str, dict[str, set[str]], Decimal | None]]:
    out = []
    for d in nlp(text)._.kg_deals:
        roles: dict[str, set[str]] = {}
        for role, ref in d.roles:
            roles.setdefault(role, set()).add(ref.name)
        out.append((d.type, d.status, roles, d.amount.value if d.amount else None))
    return out


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


def _people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "person"}


def _amounts(nlp: Language, text: str) -> list[Decimal | None]:
    return [a.value for a in nlp(text)._.kg_amounts]


# -- wire scale words in capitals -------------------------------------------------------


def test_a_wire_brief_in_capitals_writes_millions_mln(en: Language) -> None:
    assert _amounts(en, "* TALLOWMERE SAYS SALE PRICE IS $85 MLN") == [Decimal(85_000_000)]
    assert _amounts(en, "* GRESWICK SEES 2027 REVENUE OF $1.4 BLN") == [
        Decimal(1_400_000_000)]


def test_a_figure_in_capitals_with_no_scale_stays_as_written(en: Language) -> None:
    assert _amounts(en, "* TALLOWMERE SAYS SHARE PRICE IS $85") == [Decimal(85)]


# -- a headline in sentence case ---------------------------------------------------------


def test_a_headline_with_a_lower_case_verb_keeps_its_names(en: Language) -> None:
    text = ("Corwen Systems to buy Harbour Data for $900m\n"
            "Corwen Systems, founded in 2001 in Denver, makes network switches.")
    assert "Harbour Data" in _orgs(en, text)
    assert _deals(en, text) == [
        ("Acquisition", "Announced", {"acquirer": {"Corwen Systems"}, "target": {"Harbour Data"}},
         Decimal(900_000_000)),
    ]


def test_a_title_case_headline_still_drops_its_common_words(en: Language) -> None:
    text = ("Bonds Rally as Copper Slides\n"
            "Government bonds rallied on Monday, and miner Tarnley Metals fell 3%.")
    assert "Copper Slides" not in _orgs(en, text)


# -- a headline's to-infinitive ----------------------------------------------------------


def test_a_headline_to_infinitive_has_the_names_it_hangs_on_for_subject(en: Language) -> None:
    text = ("Ashwell Paper and Dunmore Mills to merge\n"
            "The combined company will run nine mills.")
    assert _deals(en, text) == [
        ("Merger", "Announced", {"partner": {"Ashwell Paper", "Dunmore Mills"}}, None),
    ]


def test_a_to_infinitive_inside_a_finite_sentence_keeps_its_reading(en: Language) -> None:
    text = "Ashwell Paper, the first mill to merge in the region, reported higher profit."
    assert _deals(en, text) == []


# -- deal cards and tables -------------------------------------------------------------


def test_a_deal_card_of_labelled_lines_is_a_takeover(en: Language) -> None:
    text = ("Deal card\nBuyer: Marlow Instruments\nTarget: Bexley Optics\n"
            "Price: $48 million\nStatus: completed")
    assert _deals(en, text) == [
        ("Acquisition", "Completed", {"acquirer": {"Marlow Instruments"},
                                      "target": {"Bexley Optics"}}, Decimal(48_000_000)),
    ]


def test_a_spanish_card_names_the_seller_and_a_pending_status(es: Language) -> None:
    text = ("Ficha de la operación\nComprador: Grupo Valdeón\nVendedor: Tábara Capital\n"
            "Empresa: Clínicas Ortuella\nPrecio: 30 millones de euros\n"
            "Estado: pendiente de aprobación")
    assert _deals(es, text) == [
        ("Acquisition", "Announced", {"acquirer": {"Grupo Valdeón"}, "seller": {"Tábara Capital"},
                                      "target": {"Clínicas Ortuella"}}, Decimal(30_000_000)),
    ]


def test_rows_of_labelled_cells_between_bars_are_one_deal_each(es: Language) -> None:
    text = ("Operaciones cerradas esta semana\n"
            "Comprador: Inversiones Lorca | Objetivo: Tejidos Umbral | Importe: 10 M€\n"
            "Comprador: Grupo Ezcaray | Objetivo: Conservas Pisuerga | Importe: 22 M€")
    assert _deals(es, text) == [
        ("Acquisition", "Completed", {"acquirer": {"Inversiones Lorca"},
                                      "target": {"Tejidos Umbral"}}, Decimal(10_000_000)),
        ("Acquisition", "Completed", {"acquirer": {"Grupo Ezcaray"},
                                      "target": {"Conservas Pisuerga"}}, Decimal(22_000_000)),
    ]


def test_a_table_with_a_header_row_gives_each_column_its_role(en: Language) -> None:
    text = ("Completed freight deals, second quarter\nTarget | Acquirer | Value\n"
            "Rowley Freight | Harbin Line Holdings | $120m\n"
            "Tenby Packaging | Ashdown Group | $35m")
    deals = _deals(en, text)
    assert [(d[2]["target"], d[3]) for d in deals] == [
        ({"Rowley Freight"}, Decimal(120_000_000)), ({"Tenby Packaging"}, Decimal(35_000_000))]
    assert {d[1] for d in deals} == {"Completed"}


def test_a_table_of_share_prices_or_a_list_of_appointments_is_no_deal(
    en: Language, es: Language,
) -> None:
    assert _deals(en, "Biggest movers\nCompany | Change\nHartley Mining | +6.1%\n"
                      "Cobalt Ridge Resources | -4.3%") == []
    assert _deals(es, "Nombramientos\nBanco Ulzama: Javier Otxoa, nuevo director financiero.\n"
                      "Seguros Alborán: Elena Prieto asume la presidencia.") == []


def test_a_round_after_a_list_items_heading_is_the_headings(en: Language) -> None:
    text = ("Funding roundup\n• Nimbra Labs: $14 million Series A, led by Quarry Hill Ventures\n"
            "• Orvida Health: $5 million seed round from Asterley Partners")
    assert _deals(en, text)[0] == (
        "Investment", "Completed", {"investee": {"Nimbra Labs"},
                                    "investor": {"Quarry Hill Ventures"}}, Decimal(14_000_000))


def test_a_round_with_its_own_company_keeps_it_after_a_heading(en: Language) -> None:
    text = "• Weekly wrap: Orvida Health raised $5 million in a round led by Asterley Partners"
    (deal,) = _deals(en, text)
    assert deal[2]["investee"] == {"Orvida Health"}


# -- a price in brackets ----------------------------------------------------------------


def test_a_figure_alone_in_brackets_after_a_deal_is_its_price(en: Language) -> None:
    text = "Deals this week\n- Ashgrove Robotics acquired Pinecrest Vision ($40m)"
    assert _deals(en, text)[0][3] == Decimal(40_000_000)


def test_a_bracket_that_restates_a_figure_is_no_second_price(en: Language) -> None:
    (deal,) = _deals(en, "Harwick Logistics bought Talbot Garages for €50 million ($54 million).")
    assert deal[3] == Decimal(50_000_000)


# -- "Y sold to X for $N" ----------------------------------------------------------------


def test_a_company_sold_to_a_buyer_for_a_price_is_the_target(en: Language) -> None:
    text = "Wrenfield Bank sold to Ostler Capital for $90m\nThe bank has 30 branches."
    assert _deals(en, text)[0][2] == {"target": {"Wrenfield Bank"}, "acquirer": {"Ostler Capital"}}


def test_a_seller_with_an_object_or_with_no_price_stays_the_seller(en: Language) -> None:
    sold_unit = _deals(en, "Acme Foods sold its bakery unit to Ostler Capital for $90m.")
    assert sold_unit[0][2]["seller"] == {"Acme Foods"}
    assert _deals(en, "Acme Foods sold to Ostler Capital.")[0][2]["seller"] == {"Acme Foods"}


# -- two names joined by a hyphen beside a deal noun --------------------------------------


def test_a_hyphenated_pair_before_a_deal_noun_is_two_parties(en: Language) -> None:
    text = ("Penwarden Steel-Glasfryn deal collapses\n"
            "Penwarden Steel said it had ended talks to buy Glasfryn Metals.")
    assert "Penwarden Steel-Glasfryn" not in _people(en, text) | _orgs(en, text)
    assert _deals(en, text)[0][2] == {"acquirer": {"Penwarden Steel"},
                                      "target": {"Glasfryn Metals"}}


def test_a_hyphenated_name_the_article_also_writes_spaced_stays_one(en: Language) -> None:
    text = ("Harcourt Mining has pulled out of its takeover of rival Tamsin-Ashby in a deal "
            "worth £9bn. Tamsin Ashby rejected Harcourt's first approach in April.")
    assert "Tamsin" not in _orgs(en, text) | _people(en, text)


def test_a_hyphenated_name_the_article_never_splits_stays_one(en: Language) -> None:
    text = "The Hallam-Tarrant deal closed.\nHallam-Tarrant Group said it would grow."
    assert "Hallam-Tarrant Group" in _orgs(en, text)


# -- a scoop's flag ----------------------------------------------------------------------


def test_a_scoops_flag_is_no_name(es: Language) -> None:
    text = ("Exclusiva: Banco Tornavacas negocia la compra de Financiera Alcudia\n"
            "Las conversaciones están en una fase inicial.")
    assert _orgs(es, text) == {"Banco Tornavacas", "Financiera Alcudia"}


def test_a_company_named_for_exclusives_keeps_its_name(es: Language) -> None:
    text = "Exclusivas Ibarra compra Muebles Deba por 4 millones de euros."
    assert "Exclusivas Ibarra" in _orgs(es, text)


# -- Catalan trade words opening a company's name ---------------------------------------


def test_a_catalan_trade_word_opens_a_companys_name(es: Language) -> None:
    text = "Grupo Moià compra Teixits Berga\nLa empresa emplea a 80 personas."
    assert "Teixits Berga" in _orgs(es, text)


def test_a_catalan_place_with_no_trade_word_stays_a_place(es: Language) -> None:
    text = "Grupo Moià abrirá una planta en Sant Cugat del Vallès el próximo año."
    assert _orgs(es, text) == {"Grupo Moià"}
