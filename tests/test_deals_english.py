"""English acquisition frames (issue 13): each rule on sentences written for the test.

The first tests give the parse by hand (``tests/test_deal_rules.parse``), so that a rule
is tested apart from what a parser makes of the sentence; the others run the English
pipeline with the organisations given by hand, so that a miss of the entity component
does not hide what the deal rules do. Every company name here is invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_deal_rules import deals_of, roles

from kg.facts import Deal
from tests.test_deals import deals

# -- on hand-made parses ---------------------------------------------------------------


def test_a_phrasal_takeover_verb_takes_its_object() -> None:
    (deal,) = deals_of("en", """
        Acme   1 nsubj PROPN Acme
        took   1 ROOT  VERB  take Tense=Past|VerbForm=Fin
        over   1 prt   ADP   over
        Zenith 1 dobj  PROPN Zenith
        .      1 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert (deal.type, roles(deal)) == ("Acquisition", {"acquirer": "Acme", "target": "Zenith"})
    assert "frame:take_v(take)" in deal.rules


def test_take_without_its_particle_is_no_takeover() -> None:
    assert deals_of("en", """
        Acme   1 nsubj PROPN Acme
        took   1 ROOT  VERB  take Tense=Past|VerbForm=Fin
        Zenith 1 dobj  PROPN Zenith
        .      1 punct PUNCT .
    """, ("Acme", "Zenith")) == []


def test_the_object_relative_pronoun_stands_for_the_noun_it_hangs_on() -> None:
    # "Zenith, which Acme acquired, makes pumps."
    (deal,) = deals_of("en", """
        Zenith   6 nsubj PROPN Zenith
        ,        0 punct PUNCT ,
        which    4 dobj  PRON  which
        Acme     4 nsubj PROPN Acme
        acquired 0 relcl VERB  acquire Tense=Past|VerbForm=Fin
        ,        0 punct PUNCT ,
        makes    6 ROOT  VERB  make Tense=Pres|VerbForm=Fin
        pumps    6 dobj  NOUN  pump Number=Plur
        .        6 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Zenith"}
    assert "parties:pronoun-object" in deal.rules


def test_it_as_object_is_a_company_named_before_but_not_the_subject() -> None:
    # "Shares of Zenith rose after Acme agreed to buy it."
    (deal,) = deals_of("en", """
        Shares 3 nsubj PROPN share Number=Plur
        of     0 prep  ADP   of
        Zenith 1 pobj  PROPN Zenith
        rose   3 ROOT  VERB  rise Tense=Past|VerbForm=Fin
        after  6 mark  SCONJ after
        Acme   6 nsubj PROPN Acme
        agreed 3 advcl VERB  agree Tense=Past|VerbForm=Fin
        to     8 aux   PART  to
        buy    6 xcomp VERB  buy VerbForm=Inf
        it     8 dobj  PRON  it
        .      3 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Zenith"}


def test_it_meaning_a_thing_is_no_party() -> None:
    # "Acme made the pump with Zenith and sold it to Borealis." -- "it" is the pump.
    found = deals_of("en", """
        Acme     1 nsubj PROPN Acme
        made     1 ROOT  VERB  make Tense=Past|VerbForm=Fin
        the      3 det   DET   the
        pump     1 dobj  NOUN  pump Number=Sing
        with     1 prep  ADP   with
        Zenith   4 pobj  PROPN Zenith
        and      1 cc    CCONJ and
        sold     1 conj  VERB  sell Tense=Past|VerbForm=Fin
        it       7 dobj  PRON  it
        to       7 dative ADP  to
        Borealis 9 pobj  PROPN Borealis
        .        1 punct PUNCT .
    """, ("Acme", "Zenith", "Borealis"))
    assert all("Zenith" not in roles(d).values() for d in found)


def test_a_company_that_sells_itself_is_the_target() -> None:
    # "Zenith agreed to sell itself to Acme."
    (deal,) = deals_of("en", """
        Zenith 1 nsubj  PROPN Zenith
        agreed 1 ROOT   VERB  agree Tense=Past|VerbForm=Fin
        to     3 aux    PART  to
        sell   1 xcomp  VERB  sell VerbForm=Inf
        itself 3 dobj   PRON  itself
        to     3 dative ADP   to
        Acme   5 pobj   PROPN Acme
        .      1 punct  PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"target": "Zenith", "acquirer": "Acme"}
    assert "parties:reflexive-object" in deal.rules


def test_with_a_by_agent_the_possessor_of_a_deal_noun_is_the_target() -> None:
    # "Zenith's acquisition by Acme closed."
    (deal,) = deals_of("en", """
        Zenith      2 poss  PROPN Zenith
        's          0 case  PART  's
        acquisition 6 nsubj NOUN  acquisition Number=Sing
        by          2 prep  ADP   by
        Acme        3 pobj  PROPN Acme
        closed      6 ROOT  VERB  close Tense=Past|VerbForm=Fin
        .           5 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Zenith"}
    assert "parties:possessor-is-target" in deal.rules


def test_without_an_agent_the_possessor_is_the_acquirer() -> None:
    # "Acme's acquisition of Zenith closed."
    (deal,) = deals_of("en", """
        Acme        2 poss  PROPN Acme
        's          0 case  PART  's
        acquisition 6 nsubj NOUN  acquisition Number=Sing
        of          2 prep  ADP   of
        Zenith      3 pobj  PROPN Zenith
        closed      6 ROOT  VERB  close Tense=Past|VerbForm=Fin
        .           5 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Zenith"}


def test_the_company_that_answers_a_bid_is_its_target() -> None:
    # "Zenith rejected Acme's bid."
    (deal,) = deals_of("en", """
        Zenith   1 nsubj PROPN Zenith
        rejected 1 ROOT  VERB  reject Tense=Past|VerbForm=Fin
        Acme     4 poss  PROPN Acme
        's       2 case  PART  's
        bid      1 dobj  NOUN  bid Number=Sing
        .        1 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Zenith"}
    assert deal.status == "Cancelled"


def test_a_third_party_acting_on_a_bid_is_no_target() -> None:
    # "Zenith financed Acme's bid." -- financing is not answering an offer.
    assert deals_of("en", """
        Zenith   1 nsubj PROPN Zenith
        financed 1 ROOT  VERB  finance Tense=Past|VerbForm=Fin
        Acme     4 poss  PROPN Acme
        's       2 case  PART  's
        bid      1 dobj  NOUN  bid Number=Sing
        .        1 punct PUNCT .
    """, ("Acme", "Zenith")) == []


def test_the_possessor_of_a_plan_is_the_subject_of_its_infinitive() -> None:
    # "Acme's plan to acquire Zenith failed."
    (deal,) = deals_of("en", """
        Acme    2 poss  PROPN Acme
        's      0 case  PART  's
        plan    6 nsubj NOUN  plan Number=Sing
        to      4 aux   PART  to
        acquire 2 acl   VERB  acquire VerbForm=Inf
        Zenith  4 dobj  PROPN Zenith
        failed  6 ROOT  VERB  fail Tense=Past|VerbForm=Fin
        .       6 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Zenith"}


def test_a_name_before_a_relational_noun_names_another_company() -> None:
    # "Acme bought Zenith parent Borealis."
    (deal,) = deals_of("en", """
        Acme     1 nsubj    PROPN Acme
        bought   1 ROOT     VERB  buy Tense=Past|VerbForm=Fin
        Zenith   3 compound PROPN Zenith
        parent   4 compound NOUN  parent
        Borealis 1 dobj     PROPN Borealis
        .        1 punct    PUNCT .
    """, ("Acme", "Zenith", "Borealis"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Borealis"}


def test_shares_named_after_a_company_are_a_stake_not_the_company() -> None:
    # "Acme bought Zenith shares."
    (deal,) = deals_of("en", """
        Acme   1 nsubj    PROPN Acme
        bought 1 ROOT     VERB  buy Tense=Past|VerbForm=Fin
        Zenith 3 compound PROPN Zenith
        shares 1 dobj     NOUN  share Number=Plur
        .      1 punct    PUNCT .
    """, ("Acme", "Zenith"))
    assert (deal.type, roles(deal)) == ("Investment", {"investor": "Acme", "investee": "Zenith"})


def test_a_sale_its_seller_contemplates_is_of_itself_to_the_company_it_talks_with() -> None:
    # "Zenith is weighing a sale after talks with Acme."
    (deal,) = deals_of("en", """
        Zenith   2 nsubj PROPN Zenith
        is       2 aux   AUX   be Tense=Pres|VerbForm=Fin
        weighing 2 ROOT  VERB  weigh Aspect=Prog|Tense=Pres|VerbForm=Part
        a        4 det   DET   a
        sale     2 dobj  NOUN  sale Number=Sing
        after    2 prep  ADP   after
        talks    5 pobj  NOUN  talk Number=Plur
        with     6 prep  ADP   with
        Acme     7 pobj  PROPN Acme
        .        2 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"target": "Zenith", "acquirer": "Acme"}
    assert deal.status == "Rumoured"
    assert "frame:self-sale" in deal.rules


def test_a_sale_of_something_named_is_not_of_the_seller() -> None:
    # "Zenith is weighing a sale of Borealis after talks with Acme."
    (deal,) = deals_of("en", """
        Zenith   2 nsubj PROPN Zenith
        is       2 aux   AUX   be Tense=Pres|VerbForm=Fin
        weighing 2 ROOT  VERB  weigh Aspect=Prog|Tense=Pres|VerbForm=Part
        a        4 det   DET   a
        sale     2 dobj  NOUN  sale Number=Sing
        of       4 prep  ADP   of
        Borealis 5 pobj  PROPN Borealis
        after    2 prep  ADP   after
        talks    7 pobj  NOUN  talk Number=Plur
        with     8 prep  ADP   with
        Acme     9 pobj  PROPN Acme
        .        2 punct PUNCT .
    """, ("Acme", "Zenith", "Borealis"))
    assert roles(deal) == {"seller": "Zenith", "target": "Borealis"}


# -- on the English pipeline, organisations given ---------------------------------------


def pairs(found: list[Deal]) -> set[tuple[str, str]]:
    """(acquirer, target) of every two-party acquisition."""
    return {
        (a.name, t.name)
        for d in found if d.type == "Acquisition"
        for ra, a in d.roles if ra == "acquirer"
        for rt, t in d.roles if rt == "target"
    }


_NAMES = ("Northwind Corp.", "Bluefield Systems", "Harbor Capital", "Kestrel Group")
NW, BF, HC, KG = _NAMES


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phrasal verbs
        (f"{NW} took over {BF} in 2016.", {(NW, BF)}),
        (f"{BF} was taken over by {NW} in 2016.", {(NW, BF)}),
        (f"{NW} snapped up {BF} last year.", {(NW, BF)}),
        # relative clauses and pronoun objects
        (f"{BF}, which {NW} acquired last year, makes sensors.", {(NW, BF)}),
        (f"Shares of {BF} jumped after {NW} agreed to buy it.", {(NW, BF)}),
        (f"{BF} makes sensors. {NW} said it would buy it for $3 billion.", {(NW, BF)}),
        (f"{BF} agreed to sell itself to {NW}.", {(NW, BF)}),
        # the possessor of a deal noun, and who answers a bid
        (f"{BF}'s acquisition by {NW} was approved in May.", {(NW, BF)}),
        (f"{BF}'s sale to {NW} closed in May.", {(NW, BF)}),
        (f"{HC}'s sale of {BF} to {NW} closed.", {(NW, BF)}),
        (f"{BF} agreed to a $5 billion takeover by {NW}.", {(NW, BF)}),
        (f"{BF} accepted a buyout offer from {NW}.", {(NW, BF)}),
        (f"{BF} rejected a takeover bid from {NW}.", {(NW, BF)}),
        (f"{BF} rejected {NW}'s takeover bid.", {(NW, BF)}),
        (f"{KG} financed {NW}'s takeover bid.", set()),
        # a noun's possessor controls its infinitive
        (f"{NW}'s attempt to buy {BF} failed.", {(NW, BF)}),
        # "bid" as a verb, with the target after "for"
        (f"{NW} bid $4 billion for {BF}.", {(NW, BF)}),
        (f"{NW} is bidding for {BF}.", {(NW, BF)}),
        # a deal for a company
        (f"{NW}'s $13 billion deal for {BF} surprised investors.", {(NW, BF)}),
        (f"{NW} struck a deal for {BF} last year.", {(NW, BF)}),
        (f"{NW} and {HC} signed a deal for the sensors.", set()),
        # a controlling stake is a takeover; shares are a stake
        (f"{NW} raised its stake in {BF} to 85.7 percent.", {(NW, BF)}),
        (f"{NW} raised its stake in {BF} to 15 percent.", set()),
        (f"{NW} bought 2 million {BF} shares last year.", set()),
        # the subject of a relative clause on the deal noun made it
        (f"The acquisition of {BF}, which {NW} completed in 2016, doubled sales.", {(NW, BF)}),
        (f"The acquisition of {BF}, which {HC} opposed, closed in May.", set()),
        # a company contemplating a sale of nothing named sells itself
        (f"{BF} is considering an outright sale after takeover talks with {NW}.", {(NW, BF)}),
        (f"{NW} is considering the sale of {BF} to {HC}.", {(HC, BF)}),
        # shares and debt named after a company are not the company
        (f"{NW} completed the sale of {BF} shares to {HC}.", set()),
        (f"The city will pay for it through the sale of {HC} and {KG} debt.", set()),
        # a definite description of a company named before
        (f"{BF}, a sensor maker, grew fast. {NW} will acquire the sensor maker.", {(NW, BF)}),
        # a name before a relational noun is another company
        (f"{NW} agreed to sell {BF} to {HC} parent {KG}.", {(KG, BF)}),
    ],
)
def test_english_acquisition_frames(
    en: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(deals(en, text, _NAMES)) == expected, text


@pytest.mark.model
def test_a_bid_made_in_the_past_is_an_offer_not_a_done_deal(en: Language) -> None:
    (deal,) = deals(en, f"{NW} bid $4 billion for {BF}.", _NAMES)
    assert "frame:acquire_v(bid)" in deal.rules
    assert deal.status == "Announced"


@pytest.mark.model
def test_a_name_that_swallowed_the_trigger_is_no_party(en: Language) -> None:
    # A title-case headline read as the name "Buy Bluefield Systems".
    text = f"{NW} to Buy Bluefield Systems for $13.7 Billion"
    assert pairs(deals(en, text, (NW, "Buy Bluefield Systems"))) == set()
