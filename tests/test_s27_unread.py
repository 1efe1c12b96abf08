"""Session 27, unread11: deals a sentence tells with its parties and a word no rule read.

- "Alfa Ltda. y Beta se fusionaron", "la estadounidense Alfa Inc., su accionista": a
  legal form closed by a full stop stays one token (kg.nlp.keep_legal_forms); split
  from its stop, the Spanish parser closed the sentence inside the clause and the
  merger lost a partner.
- "bought a quarter of Y", "compró una cuarta parte de Y": a fraction of a named
  company is a stake, as a percentage is ([deals] fraction_nouns, fraction_ordinals;
  kg.deals.roles._fraction_of_company); a fraction of its staff or its trucks is not.
- "X is among the bidders": a bidder noun X is counted among names X a rival bidder for
  the company in play (kg.deals.rivals._bidder_named); with none in play, no bid.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Harinas Tormes", "Lácteos Ucieza", "Grupo Arlanzón", "Brenton Capital",
         "Tolland Dairies", "Ashby Rovers", "Hierros Sil Ltda.", "Lácteos Ucieza Ltda.",
         "Vidrios Eume Inc.")


def read(nlp: Language, text: str) -> list[tuple[str, str | None, dict[str, set[str]]]]:
    return [(d.type, d.status, roles(d)) for d in deals_among(nlp, text, FIRMS)]


# -- a legal form closed by a full stop -------------------------------------------------


@pytest.mark.parametrize("text", [
    "En 1950 la Hierros Sil Ltda. y la Harinas Tormes se fusionaron para formar una "
    "sola empresa.",
    "Hace dos años, Harinas Tormes y Vidrios Eume Inc. se fusionaron en una sola casa.",
])
def test_a_legal_form_with_a_full_stop_keeps_the_merger_in_one_sentence(
    es: Language, text: str
) -> None:
    other = "Hierros Sil Ltda." if "Ltda." in text else "Vidrios Eume Inc."
    assert read(es, text) == [
        ("Merger", "Completed", {"partner": {"Harinas Tormes", other}})
    ]


@pytest.mark.parametrize(("nlp_name", "form"), [
    ("es", "Ltda."), ("es", "Inc."), ("es", "Corp."), ("en", "Ltda."), ("en", "Pte."),
])
def test_a_legal_form_with_a_full_stop_is_one_token(
    request: pytest.FixtureRequest, nlp_name: str, form: str
) -> None:
    nlp = request.getfixturevalue(nlp_name)
    text = (f"Alfa {form} y Beta firmaron un acuerdo." if nlp_name == "es"
            else f"Alfa {form} and Beta signed an agreement.")
    assert form in [t.text for t in nlp(text)]


def test_a_spanish_clause_goes_on_past_a_legal_form_with_a_full_stop(es: Language) -> None:
    assert len(list(es("Alfa Ltda. y Beta firmaron un acuerdo.").sents)) == 1


# -- a fraction of a company ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In 2011 a Denver outfit, Brenton Capital, bought a quarter of Ashby Rovers for "
    "$3 million.",
    "Brenton Capital bought half of Ashby Rovers last spring.",
    "Brenton Capital later bought a third of Ashby Rovers.",
])
def test_a_fraction_of_a_named_company_bought_is_a_stake(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Investment", "Completed", {"investor": {"Brenton Capital"}, "investee": {"Ashby Rovers"}})
    ]


@pytest.mark.parametrize("text", [
    "Harinas Tormes compró un tercio de Lácteos Ucieza por cinco millones de euros.",
    "Harinas Tormes compró una cuarta parte de Lácteos Ucieza.",
])
def test_una_fraccion_de_una_empresa_comprada_es_una_participacion(
    es: Language, text: str
) -> None:
    assert read(es, text) == [
        ("Investment", "Completed",
         {"investor": {"Harinas Tormes"}, "investee": {"Lácteos Ucieza"}})
    ]


def test_a_fraction_sold_names_the_buyer_the_investor(es: Language) -> None:
    assert read(es, "Harinas Tormes vendió la mitad de Lácteos Ucieza al Grupo Arlanzón.") == [
        ("Investment", "Completed", {"investor": {"Grupo Arlanzón"},
                                     "investee": {"Lácteos Ucieza"}, "seller": {"Harinas Tormes"}})
    ]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("en", "Brenton Capital bought a third of Ashby Rovers' trucks."),
    ("es", "Harinas Tormes compró la cuarta parte de la flota de Lácteos Ucieza."),
])
def test_a_fraction_of_what_a_company_has_is_no_stake(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert all(t != "Investment" for t, _, _ in read(request.getfixturevalue(nlp_name), text))


# -- a rival counted among the bidders --------------------------------------------------


def test_a_company_among_the_bidders_bids_for_the_company_in_play(en: Language) -> None:
    text = ("Tolland Dairies made a $50 million bid for Ashby Rovers last week. "
            "Brenton Capital is among the other bidders, the paper reports.")
    assert ("Acquisition", "Announced",
            {"acquirer": {"Brenton Capital"}, "target": {"Ashby Rovers"}}) in read(en, text)


def test_among_the_bidders_with_no_company_in_play_is_no_bid(en: Language) -> None:
    assert read(en, "Brenton Capital is among the bidders at the cattle auction.") == []
