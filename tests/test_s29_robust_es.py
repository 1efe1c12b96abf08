"""Session 29, robust-es (issue #13): Spanish deal sentences that survive news-style
distortions (the inventory tests/data/constructions/robust_es: nine plain deals, each
told again with one distortion at a time).

- A name after a deal noun's amount is the noun's argument: "retiró su oferta de 80
  millones de dólares por Y" (the small parser hangs "por Y" on the amount;
  kg.deals.context.Context._past_amount).
- The exchange that opens a ticker bracket is no part of the name before it and no
  party: "Grupo X (BMV: GRX) compró Y" (kg.deals.syntax.opens_ticker).
- Clitic doubling of a fronted object: "A Y la compró X" — the "a" phrase taken up by
  an accusative clitic is the object, not the one sold to (kg.deals.syntax
  .doubled_object); and the subject after such a verb, which the parser may hang on it
  as an apposition, is its subject (kg.deals.syntax._subject_read_as_apposition).
- A percentage the parser splits from its sign ("El 40 % de Y fue adquirido por X") is
  the stake a passive sale or purchase is about (kg.deals.roles._passive_stake).
- A bid as the subject of a passive verb of bidding ("La oferta por Y fue retirada por
  X") is the agent's bid (kg.deals.roles._passive_bidders).
- Trade words that open or close Spanish and Catalan company names: "Harinera",
  "Salmones", "Fruites", "Lácteos", "Renovables" as heads, "Logística" as a tail
  (lexicon/entities.toml).
- A Spanish verb in "-aría" is a conditional even when the tagger reads an imperfect:
  "Según fuentes, X lanzaría una OPA sobre Y" is a rumour (kg.deals.syntax
  .is_conditional, status rule "conditional").
- The se-passive of an award: "El contrato del Consorcio X se adjudicó a Y" — the
  contract's owner awards it (kg.deals.frames._awarded_to).
- A deal noun that is the purpose of an agreement noun is done by the agreement's
  party: "El acuerdo de X para la compra de Y" (kg.deals.roles._agreement_party).
- The subject of a verb whose object is a funding round is the company raising it:
  "Trevova cerró una ronda de 6 millones de euros" (kg.entities.cues.deal_noun_subject,
  "ronda" in lexicon/entities.toml [deal_nouns]); not "una ronda de contactos".
- A se-passive of selling with its subject after the verb: "Se vendió Y a X" — Y is
  what is sold, not the seller (kg.deals.roles.reflexive_passive).
- A name coordinated under a word inside the first name ("Fruites del Pla y Cooperativa
  X acordaron fusionarse") is the first name's conjunct (kg.deals.context
  .Context._name_parts).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.deals.syntax import doubled_object, is_conditional, opens_ticker, subjects
from tests.test_s22_lead import names, statuses

pytestmark = pytest.mark.model  # the ``es`` pipeline comes from conftest.py


def parties(nlp: Language, text: str) -> list[list[tuple[str, str]]]:
    """Each deal's (role, name) pairs, sorted."""
    return [sorted((r, x.name) for r, x in d.roles) for d in nlp(text)._.kg_deals]


def hand_made(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("es").vocab, words=words, heads=heads, deps=deps, pos=pos)


# -- a name after a deal noun's amount ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grupo Sauce retiró su oferta de 120 millones de dólares por Cementos del Centro.",
         [("acquirer", "Grupo Sauce"), ("target", "Cementos del Centro")]),
        ("Grupo Mayo retiró su oferta de 120 millones de dólares por Conservas del Centro.",
         [("acquirer", "Grupo Mayo"), ("target", "Conservas del Centro")]),
    ],
)
def test_a_name_after_an_offers_amount_is_the_offers_target(
        es: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert parties(es, text) == [expected]


def test_what_follows_an_amount_without_a_name_makes_no_party(es: Language) -> None:
    text = "Grupo Sauce retiró su oferta de 80 millones de dólares por las acciones."
    assert parties(es, text) == []


# -- the exchange of a ticker bracket --------------------------------------------------


def test_the_exchange_of_a_ticker_bracket_is_no_party(es: Language) -> None:
    text = "Grupo Sauce (BMV: SAUCE) compró Molinos del Nazas por 80 millones de dólares."
    assert parties(es, text) == [[("acquirer", "Grupo Sauce"), ("target", "Molinos del Nazas")]]


def test_only_a_bracket_opened_by_a_name_and_a_colon_holds_an_exchange() -> None:
    ticker = hand_made(["Sauce", "(", "BMV", ":", "SAUCE", ")", "compró"],
                       [6, 2, 0, 4, 2, 2, 6], ["nsubj", "punct", "flat", "punct", "appos",
                                               "punct", "ROOT"],
                       ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"])
    assert opens_ticker(ticker[2])
    aside = hand_made(["Sauce", "(", "México", ")", "compró"], [4, 2, 0, 2, 4],
                      ["nsubj", "punct", "flat", "punct", "ROOT"],
                      ["PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"])
    assert not opens_ticker(aside[2])


# -- clitic doubling of a fronted object -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Conservas Lira la compró Grupo Faro por 15 millones de euros.",
         [("acquirer", "Grupo Faro"), ("target", "Conservas Lira")]),
        ("A Transportes Deusto la comprará QVR Logística por 30 millones de euros, según "
         "el acuerdo firmado el viernes.",
         [("acquirer", "QVR Logística"), ("target", "Transportes Deusto")]),
    ],
)
def test_a_fronted_object_taken_up_by_a_clitic_is_what_is_bought(
        es: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert parties(es, text) == [expected]


def test_a_fronted_phrase_taken_up_by_a_dative_clitic_is_the_one_given_to(
        es: Language) -> None:
    text = ("A Hidrovia Ingeniería le adjudicó el Consorcio de Aguas del Sil un contrato de "
            "4 millones de euros.")
    assert parties(es, text) == [[("buyer", "Consorcio de Aguas del Sil"),
                                  ("seller", "Hidrovia Ingeniería")]]


def test_a_doubled_object_needs_the_accusative_clitic_right_before_the_verb() -> None:
    words = ["A", "Lira", "la", "compró", "Faro"]
    deps = ["case", "iobj", "obj", "ROOT", "appos"]
    pos = ["ADP", "PROPN", "PRON", "VERB", "PROPN"]
    doc = hand_made(words, [1, 3, 3, 3, 3], deps, pos)
    assert doubled_object(doc[3]) == doc[1]
    assert [t.text for t in subjects(doc[3])] == ["Faro"]
    dative = hand_made(["A", "Lira", "le", "vendió", "Faro"], [1, 3, 3, 3, 3], deps, pos)
    assert doubled_object(dative[3]) is None
    assert subjects(dative[3]) == []


# -- a split percentage as the subject of a passive --------------------------------------


def test_a_percentage_split_from_its_sign_is_the_stake_of_a_passive_purchase(
        es: Language) -> None:
    text = "El 40 % de Lácteos Nevada fue adquirido por Roble Capital."
    assert parties(es, text) == [[("investee", "Lácteos Nevada"), ("investor", "Roble Capital")]]


# -- a bid as the subject of a passive verb of bidding ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La oferta de 90 millones de dólares por Molinos Tarahumara fue retirada por "
         "Grupo Mayo.", [("acquirer", "Grupo Mayo"), ("target", "Molinos Tarahumara")]),
        ("La OPA sobre Renovables Cuéllar fue presentada por Lasarte Energía.",
         [("acquirer", "Lasarte Energía"), ("target", "Renovables Cuéllar")]),
    ],
)
def test_the_agent_of_a_passive_verb_of_bidding_made_the_bid(
        es: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert parties(es, text) == [expected]


def test_the_agent_of_a_passive_answer_to_a_bid_made_no_bid(es: Language) -> None:
    text = "La oferta por Molinos Tarahumara fue rechazada por Grupo Mayo."
    assert all(("acquirer", "Grupo Mayo") not in deal for deal in parties(es, text))


# -- trade words of company names ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Fruites del Priorat anunció que se fusionará con Cooperativa Camp de Valls.",
         "Fruites del Priorat"),
        ("El acuerdo de BKR Logística para la compra de Transportes Deusto se firmó ayer.",
         "BKR Logística"),
        ("La retirada de la oferta de Grupo Mayo por Harinera del Centro se conoció ayer.",
         "Harinera del Centro"),
    ],
)
def test_trade_words_open_and_close_company_names(
        es: Language, text: str, company: str) -> None:
    assert company in names(es, text)


def test_a_trade_word_alone_names_no_company(es: Language) -> None:
    assert not names(es, "Los Lácteos y las Renovables subieron un 3 % en bolsa.")


def test_a_merger_told_of_a_company_opened_by_a_catalan_trade_word(es: Language) -> None:
    text = "Fruites del Priorat anunció que se fusionará con Cooperativa Camp de Valls."
    assert parties(es, text) == [[("partner", "Cooperativa Camp de Valls"),
                                  ("partner", "Fruites del Priorat")]]


# -- the conditional of rumour -----------------------------------------------------------


def test_a_bid_launched_in_the_conditional_is_a_rumour(es: Language) -> None:
    text = ("Según fuentes cercanas a la operación, Lasarte Energía lanzaría una OPA sobre "
            "Renovables Cuéllar.")
    assert statuses(es, text) == ["Rumoured"]


def test_a_bid_launched_in_the_imperfect_is_no_rumour(es: Language) -> None:
    text = "Lasarte Energía lanzaba entonces una OPA sobre Renovables Cuéllar."
    assert statuses(es, text) == ["Announced"]


def test_only_the_ar_conditional_ending_makes_a_conditional_of_an_imperfect() -> None:
    doc = Doc(spacy.blank("es").vocab, words=["lanzaría", "corría"],
              morphs=["Mood=Ind|Tense=Imp|VerbForm=Fin", "Mood=Ind|Tense=Imp|VerbForm=Fin"])
    assert is_conditional(doc[0])
    assert not is_conditional(doc[1])


# -- the se-passive of an award ---------------------------------------------------------


def test_a_contract_awarded_in_the_se_passive_is_bought_by_its_owner(es: Language) -> None:
    text = ("El contrato del Consorcio de Aguas del Sil, de 4 millones de euros, se adjudicó "
            "a Fluvia Ingeniería.")
    assert parties(es, text) == [[("buyer", "Consorcio de Aguas del Sil"),
                                  ("seller", "Fluvia Ingeniería")]]


def test_a_contract_awarded_in_the_se_passive_without_an_owner_names_no_buyer(
        es: Language) -> None:
    text = "El contrato de 4 millones de euros se adjudicó a Fluvia Ingeniería."
    assert parties(es, text) == []


# -- a deal noun as the purpose of an agreement -------------------------------------------


def test_the_party_of_an_agreement_to_buy_is_the_buyer(es: Language) -> None:
    text = "El acuerdo de QVR Logística para la compra de Transportes Deusto se firmó el lunes."
    assert parties(es, text) == [[("acquirer", "QVR Logística"), ("target", "Transportes Deusto")]]


def test_an_agreement_to_buy_goods_with_a_company_buys_no_company(es: Language) -> None:
    text = ("El acuerdo de QVR Logística con Transportes Deusto para la compra de camiones se "
            "firmó el lunes.")
    assert all(role != "acquirer" for deal in parties(es, text) for role, _ in deal)


# -- a name coordinated under a word of the first name --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fruites del Baix Ebre y Cooperativa Camp de Valls acordaron fusionarse.",
        "Fruites del Pla d'Urgell y Cooperativa Camp de Valls acordaron fusionarse.",
    ],
)
def test_a_name_coordinated_under_a_word_of_the_first_name_is_its_conjunct(
        es: Language, text: str) -> None:
    deal = parties(es, text)
    assert len(deal) == 1 and [role for role, _ in deal[0]] == ["partner", "partner"]
    assert ("partner", "Cooperativa Camp de Valls") in deal[0]


# -- the closer of a funding round -------------------------------------------------------


def test_the_closer_of_a_funding_round_is_a_company(es: Language) -> None:
    text = ("Trevova cerró una ronda de 6 millones de euros liderada por Basalto Ventures, que "
            "ya invirtió en otras tres empresas gallegas de salud digital.")
    assert "Trevova" in names(es, text)
    assert parties(es, text) == [[("investee", "Trevova"), ("investor", "Basalto Ventures")]]


def test_the_closer_of_a_round_of_talks_is_no_company(es: Language) -> None:
    assert "Trevova" not in names(es, "Trevova cerró una ronda de contactos con sus clientes.")


# -- a se-passive of selling with its subject after the verb -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Se vendió Conservas Arosa a Grupo Lumen por 20 millones de euros.",
        "Se ha vendido Conservas Arosa a Grupo Lumen.",
    ],
)
def test_what_se_vendio_names_after_the_verb_is_sold(es: Language, text: str) -> None:
    assert parties(es, text) == [[("acquirer", "Grupo Lumen"), ("target", "Conservas Arosa")]]


def test_a_company_that_sells_with_a_pronominal_verb_of_taking_is_no_target(
        es: Language) -> None:
    text = "Grupo Lumen se hizo con Conservas Arosa por 20 millones de euros."
    assert parties(es, text) == [[("acquirer", "Grupo Lumen"), ("target", "Conservas Arosa")]]
