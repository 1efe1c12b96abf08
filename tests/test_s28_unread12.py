"""Session 28, unread12: deals a sentence tells with its parties and a word no rule read.

- "Harrow is buying a stake in Y", "está comprando el 10% de Y": a purchase or sale told
  in the present progressive is under way, announced (kg.deals.status._under_way); one
  told plainly is done, money poured in goes on flowing, a partnership told so runs.
- "the supply contract (that) X signed with Y", "el contrato que X firmó con Y": a
  relative clause of signing on an agreement names its signatories, as the main clause
  does; English's reduced relative that the parser reads as a name the agreement noun
  modifies too (kg.deals.frames._signed_in_relative).
- "Y rejected X's unsolicited bid": a past form right after a possessive is the noun's
  modifier, not a verb (kg.nlp._possessed_participle, in kg_sum_phrase).
- "its purchase of nine hotels in Leeds from Y": a place takes no "from" or "to" of a
  company; the phrase the parser hangs on it is the deal's (kg.deals.roles._party_after_place).
- "the partnership agreement that X signed with Y": a partnership noun naming the
  agreement takes the agreement's clause of signing.
- "Grupo X culmina la adquisición de Y": a Spanish present of completion that the parser
  swallowed into the name before the deal noun still tells the deal done
  (kg.deals.status._misread_completion).
- "X sigue en conversaciones con los accionistas de Y", "X approached Y's shareholders":
  talks with, or sounding out, a company's owners are talks to buy it (an acquisition in
  talks, a rumour when hedged; kg.deals.owners_talks); talks with one's own
  shareholders buy nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Harrow Partners", "Tolland Dairies", "Brenton Capital", "Lácteos Ucieza",
         "Grupo Arlanzón", "Kestrel Foods", "Brightwater Dairy")


def read(nlp: Language, text: str) -> list[tuple[str, str | None, dict[str, set[str]]]]:
    return [(d.type, d.status, roles(d)) for d in deals_among(nlp, text, FIRMS)]


# -- the present progressive -----------------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text", "investor"), [
    ("en", "Harrow Partners is buying a minority stake in Tolland Dairies.", "Harrow Partners"),
    ("es", "Grupo Arlanzón está comprando el 10% de Lácteos Ucieza.", "Grupo Arlanzón"),
])
def test_a_stake_told_in_the_present_progressive_is_announced(
    request: pytest.FixtureRequest, nlp_name: str, text: str, investor: str
) -> None:
    ((kind, status, found),) = read(request.getfixturevalue(nlp_name), text)
    assert (kind, status, found["investor"]) == ("Investment", "Announced", {investor})


@pytest.mark.parametrize("text", [
    "Harrow Partners bought a minority stake in Tolland Dairies.",
    "Harrow Partners was buying shares in Tolland Dairies last year.",
    # money that goes on flowing, not a stake changing hands
    "Harrow Partners is pouring millions into Tolland Dairies.",
])
def test_a_stake_told_in_the_past_or_money_poured_stays_done(en: Language, text: str) -> None:
    assert [(k, s) for k, s, _ in read(en, text)] == [("Investment", "Completed")]


def test_a_partnership_told_in_the_progressive_still_runs(en: Language) -> None:
    assert [(k, s) for k, s, _ in read(en, "Harrow Partners is partnering with Tolland Dairies.")] \
        == [("Partnership", "Completed")]


# -- an agreement told by a relative clause of signing ---------------------------------


SIGNED_BY_TOLLAND = {"buyer": {"Harrow Partners"}, "seller": {"Tolland Dairies"}}


@pytest.mark.parametrize("text", [
    "Its best asset is a supply contract that Tolland Dairies signed with Harrow Partners.",
    "Its best asset is a supply contract Tolland Dairies signed with Harrow Partners in May.",
    "Its best asset is a six-year haulage contract Tolland Dairies signed in the spring with "
    "Harrow Partners, worth $65 million.",
])
def test_a_contract_signed_in_a_relative_clause_names_its_sides(en: Language, text: str) -> None:
    assert read(en, text) == [("PurchaseAgreement", "Completed", SIGNED_BY_TOLLAND)]


def test_el_contrato_que_firmo_con_otra_nombra_a_sus_partes(es: Language) -> None:
    text = ("Su mejor activo es el contrato de suministro que Lácteos Ucieza firmó con "
            "Grupo Arlanzón.")
    assert read(es, text) == [
        ("PurchaseAgreement", "Completed",
         {"buyer": {"Grupo Arlanzón"}, "seller": {"Lácteos Ucieza"}})
    ]


def test_a_contract_whose_signer_is_a_pronoun_names_no_deal_alone(en: Language) -> None:
    assert read(en, "The contract it signed with Harrow Partners runs to 2030.") == []


# -- a past form after a possessive ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Brightwater Dairy rejected Kestrel Foods' unsolicited $30-a-share bid as too low.",
    "Brightwater Dairy's board rejected Kestrel Foods' unsolicited bid.",
])
def test_a_participle_after_a_possessive_modifies_the_bid(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Acquisition", "Cancelled",
         {"acquirer": {"Kestrel Foods"}, "target": {"Brightwater Dairy"}})
    ]


def test_the_possessed_participle_hangs_on_its_noun(en: Language) -> None:
    doc = en("Brightwater Dairy rejected Kestrel Foods' unsolicited bid as too low.")
    words = {t.text: t for t in doc}
    assert words["bid"].head.text == "rejected"
    assert (words["Foods"].dep_, words["Foods"].head.text) == ("poss", "bid")
    assert (words["unsolicited"].dep_, words["unsolicited"].pos_) == ("amod", "ADJ")


# -- a phrase hung on a place ----------------------------------------------------------


def test_a_seller_hung_on_a_place_is_the_purchases(en: Language) -> None:
    text = ("Harrow Partners last week finalised its acquisition of nine budget hotels in "
            "Leeds from Tolland Dairies for $210 million.")
    ((_, status, found),) = read(en, text)
    assert (status, found) == (
        "Completed", {"acquirer": {"Harrow Partners"}, "seller": {"Tolland Dairies"}}
    )


# -- the partnership agreement signed in a relative clause ----------------------------


def test_the_partnership_agreement_signed_in_a_relative_clause(en: Language) -> None:
    text = ("The sale does not affect the partnership agreement that Tolland Dairies signed "
            "with Harrow Partners in 2020.")
    assert read(en, text) == [
        ("Partnership", "Completed", {"partner": {"Tolland Dairies", "Harrow Partners"}})
    ]


# -- talks with a company's owners -----------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text", "status"), [
    ("es", "Lácteos Ucieza sigue en conversaciones con los accionistas de Grupo Arlanzón.",
     "InNegotiation"),
    ("es", "Lácteos Ucieza habría sondeado ya a los accionistas de Grupo Arlanzón, dicen "
           "en el sector.", "Rumoured"),
    ("en", "Tolland Dairies held talks with the owners of Harrow Partners last month.",
     "InNegotiation"),
    ("en", "Tolland Dairies has approached Harrow Partners' shareholders.", "InNegotiation"),
])
def test_talks_with_a_companys_owners_are_talks_to_buy_it(
    request: pytest.FixtureRequest, nlp_name: str, text: str, status: str
) -> None:
    buyer, target = (("Lácteos Ucieza", "Grupo Arlanzón") if nlp_name == "es"
                     else ("Tolland Dairies", "Harrow Partners"))
    assert read(request.getfixturevalue(nlp_name), text) == [
        ("Acquisition", status, {"acquirer": {buyer}, "target": {target}})
    ]


def test_talks_with_ones_own_shareholders_buy_nothing(en: Language) -> None:
    text = "Tolland Dairies held talks with its shareholders about a share buyback."
    assert read(en, text) == []


# -- a verb of completion read into a name ---------------------------------------------


@pytest.mark.parametrize(("text", "status"), [
    ("Grupo Arlanzón culmina la adquisición de Lácteos Ucieza.", "Completed"),
    ("Grupo Arlanzón culmina la compra de Lácteos Ucieza por 40 millones.", "Completed"),
    ("Grupo Arlanzón anuncia la adquisición de Lácteos Ucieza.", "Announced"),
])
def test_a_completion_verb_read_into_the_name_tells_the_deal_done(
    es: Language, text: str, status: str
) -> None:
    assert read(es, text) == [
        ("Acquisition", status, {"acquirer": {"Grupo Arlanzón"}, "target": {"Lácteos Ucieza"}})
    ]
