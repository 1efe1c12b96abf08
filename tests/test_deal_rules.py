"""Deal rules on hand-made parsed Docs (no statistical model): the frames, the status
rules and their order, each on a sentence written for the test with its parse given
by hand, so a rule is tested apart from what a parser makes of the sentence."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.deals import FRAMES, STATUS_RULES, TRIGGERS, DealExtractor
from kg.facts import Deal, Entity, Span

_PUNCT = {".", ",", ")"}


def parse(nlp: Language, table: str, orgs: tuple[str, ...] = ()) -> Doc:
    """A Doc from one token a line: ``form head dep pos lemma [morph]``, heads as
    absolute indices; each name of ``orgs`` (one token) is an organisation."""
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in _PUNCT for i in range(len(words))]
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces, heads=[int(r[1]) for r in rows],
        deps=[r[2] for r in rows], pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
        morphs=[r[5] if len(r) > 5 else "" for r in rows],
    )
    doc._.kg_entities = [
        Entity("org", name, mentions=tuple(
            Span(t.idx, t.idx + len(t.text), t.text) for t in doc if t.text == name
        ))
        for name in orgs
    ]
    return doc


def deals_of(lang: str, table: str, orgs: tuple[str, ...]) -> list[Deal]:
    nlp = spacy.blank(lang)
    found: list[Deal] = DealExtractor(nlp)(parse(nlp, table, orgs))._.kg_deals
    return found


def roles(deal: Deal) -> dict[str, str]:
    return {role: ref.name for role, ref in deal.roles}


# -- frames --------------------------------------------------------------------------


def test_every_trigger_kind_of_the_lexicon_has_a_frame() -> None:
    kinds = {key.rpartition("_")[0] for lang in TRIGGERS.values() for key in lang}
    assert kinds == set(FRAMES)


def test_a_verb_in_the_past_is_a_completed_takeover() -> None:
    (deal,) = deals_of("en", """
        Acme   1 nsubj PROPN Acme
        bought 1 ROOT  VERB  buy Tense=Past|VerbForm=Fin
        Zenith 1 dobj  PROPN Zenith
        .      1 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert (deal.type, roles(deal), deal.status) == (
        "Acquisition", {"acquirer": "Acme", "target": "Zenith"}, "Completed"
    )
    assert deal.rules == ("frame:acquire_v(buy)", "status:Completed<-buy")


def test_the_passive_agent_is_the_acquirer() -> None:
    (deal,) = deals_of("en", """
        Zenith   2 nsubjpass PROPN Zenith
        was      2 auxpass   AUX   be Tense=Past|VerbForm=Fin
        acquired 2 ROOT      VERB  acquire Aspect=Perf|Tense=Past|VerbForm=Part
        by       2 agent     ADP   by
        Acme     3 pobj      PROPN Acme
        .        2 punct     PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Zenith"}
    assert deal.status == "Completed"


def test_a_deal_noun_takes_its_target_from_de_and_its_agent_from_the_verb() -> None:
    (deal,) = deals_of("es", """
        Acme    1 nsubj PROPN Acme
        anunció 1 ROOT  VERB  anunciar Mood=Ind|Tense=Past|VerbForm=Fin
        la      3 det   DET   el Definite=Def
        compra  1 obj   NOUN  compra
        de      5 case  ADP   de
        Zenith  3 nmod  PROPN Zenith
        .       1 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert roles(deal) == {"acquirer": "Acme", "target": "Zenith"}
    assert deal.rules == ("frame:acquire_n(compra)", "status:Announced<-anunciar")


def test_buying_a_minority_stake_is_an_investment() -> None:
    (deal,) = deals_of("en", """
        Acme   1 nsubj    PROPN Acme
        bought 1 ROOT     VERB  buy Tense=Past|VerbForm=Fin
        a      4 det      DET   a
        20%    4 compound NUM   20%
        stake  1 dobj     NOUN  stake
        in     4 prep     ADP   in
        Zenith 5 pobj     PROPN Zenith
        .      1 punct    PUNCT .
    """, ("Acme", "Zenith"))
    assert (deal.type, roles(deal)) == ("Investment", {"investor": "Acme", "investee": "Zenith"})


def test_a_denied_deal_is_no_deal() -> None:
    assert deals_of("en", """
        Acme   3 nsubj PROPN Acme
        did    3 aux   AUX   do Tense=Past|VerbForm=Fin
        not    3 neg   PART  not
        buy    3 ROOT  VERB  buy VerbForm=Inf
        Zenith 3 dobj  PROPN Zenith
        .      3 punct PUNCT .
    """, ("Acme", "Zenith")) == []


# -- status rules and their order ------------------------------------------------------


def test_status_rules_have_unique_names() -> None:
    names = [rule.name for rule in STATUS_RULES]
    assert len(names) == len(set(names))


def test_a_conditional_signing_is_a_rumour_not_a_signing() -> None:
    # "firmar" is a signing word and "firmaría" is conditional: the conditional rule
    # comes first, so the deal is a rumour hedged by the verb.
    (deal,) = deals_of("es", """
        Acme     1 nsubj PROPN Acme
        firmaría 1 ROOT  VERB  firmar Mood=Cnd|VerbForm=Fin
        la       3 det   DET   el Definite=Def
        compra   1 obj   NOUN  compra
        de       5 case  ADP   de
        Zenith   3 nmod  PROPN Zenith
        .        1 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert (deal.status, deal.hedge) == ("Rumoured", "firmaría")
    assert "status:Rumoured<-firmar" in deal.rules


def test_a_modal_outranks_the_tense_of_the_verb() -> None:
    (deal,) = deals_of("en", """
        Acme   2 nsubj PROPN Acme
        could  2 aux   AUX   could VerbForm=Fin
        buy    2 ROOT  VERB  buy VerbForm=Inf
        Zenith 2 dobj  PROPN Zenith
        .      2 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert (deal.status, deal.hedge) == ("Rumoured", "could")


def test_the_nearest_status_word_decides() -> None:
    # "announced it abandoned the takeover": the cancellation is nearer the deal.
    (deal,) = deals_of("en", """
        Acme      1 nsubj PROPN Acme
        announced 1 ROOT  VERB  announce Tense=Past|VerbForm=Fin
        it        3 nsubj PRON  it
        abandoned 1 ccomp VERB  abandon Tense=Past|VerbForm=Fin
        its       5 poss  PRON  its Poss=Yes
        takeover  3 dobj  NOUN  takeover
        of        5 prep  ADP   of
        Zenith    6 pobj  PROPN Zenith
        .         1 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert deal.status == "Cancelled"
    assert "status:Cancelled<-abandon" in deal.rules


def test_a_negated_cancel_word_cancels_nothing() -> None:
    (deal,) = deals_of("en", """
        Acme     3 nsubj PROPN Acme
        did      3 aux   AUX   do Tense=Past|VerbForm=Fin
        not      3 neg   PART  not
        abandon  3 ROOT  VERB  abandon VerbForm=Inf
        its      5 poss  PRON  its Poss=Yes
        takeover 3 dobj  NOUN  takeover
        of       5 prep  ADP   of
        Zenith   6 pobj  PROPN Zenith
        .        3 punct PUNCT .
    """, ("Acme", "Zenith"))
    assert deal.status == "Announced"
    assert "status:Announced<-default" in deal.rules
