"""The parties of one trigger, from the parse around it: the steps a frame runs, in
order, to give each entity near the trigger its role (acquirer, target, investor...).

A ``Reading`` holds one trigger being read; each step is a function of it. Which steps
a kind of trigger runs, and the preposition → role map they read, are in the frame
table (``kg.deals.frames.FRAMES``). The order matters: a party keeps the first role it
is given (``Mention.add_role``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.agree import disagreeing, says_other_trade
from kg.deals.attach import role_named_money
from kg.deals.context import Context, described_noun, organisations_of
from kg.deals.controller import benefited, headline_topic, is_subject_clause, speakers_side
from kg.deals.discourse import non_restrictive
from kg.deals.first_person import object_us, unsaid_i, unsaid_we, voice
from kg.deals.holding_es import company_of_stake, stake_apposed
from kg.deals.linear import (
    bare_obliques,
    linear_args,
    misread_verb,
    names_after,
    names_before,
    stranded,
)
from kg.deals.longform import entry_args
from kg.deals.mention import Mention
from kg.deals.namesake import namesake_before
from kg.deals.negotiation import talks_read_as_subject
from kg.deals.pairs import both_named
from kg.deals.refer import (
    FIRST_PLURAL_POSSESSIVES,
    OWNER_TRIGGERS,
    RELATIVE_PRONOUNS,
    awardee_anaphor,
    company_of_part,
    described_as,
    dropped_we,
    governing_subject,
    names_awardee,
    object_antecedent,
    our_voice,
    preposed_center,
    previous_subject,
    relative_after_preposition,
    resolve_np,
    role_anaphor,
    role_left_open,
    topic_before,
    unanchored_new_owner,
)
from kg.deals.relative_object import relative_object
from kg.deals.seller_named import (
    from_on_bought_name,
    from_on_described_part,
    owner_apposed_name,
)
from kg.deals.status import set_status
from kg.deals.syntax import (
    ACCUSATIVE_CLITICS,
    case_of,
    direct_objects,
    feat,
    first_conjunct,
    has_infinitive_aux,
    has_perfect_aux,
    in_adjunct,
    is_control,
    is_definite,
    is_passive,
    is_possessed,
    is_verbal,
    judged_by_third_party,
    judges_likelihood,
    own_subtree,
    percentage,
    ranked,
    spanish_percentage,
    subjects,
    told_clause,
    urged_by,
)
from kg.deals.tacit import counted_part, owners_company, settled_topic
from kg.deals.words import (
    ADVISE_VERBS,
    AGREEMENT_NOUNS,
    ANNOUNCED,
    ASSET_NOUNS,
    AWARDING_VERBS,
    BACKREF_NOUNS,
    BID_ANSWER_VERBS,
    BID_NOUNS,
    BID_VERBS_EN,
    BID_VERBS_ES,
    CALENDAR_WORDS,
    CAPITAL_NOUNS,
    COMPANY_NOUNS,
    COMPLETED,
    COMPLETION_EXPECTED,
    CONTROL_WORDS,
    CONVERTIBLE_NOUNS,
    CORNERSTONE_WORDS,
    DESCRIPTORS,
    ENTER_NOUNS,
    FINANCING_NOUNS,
    FRACTION_NOUNS,
    FRACTION_ORDINALS,
    GENERIC_COMPANY_NOUNS,
    GIVING_VERBS,
    HOLDER_NOUNS,
    LEAD_VERBS,
    LENDING_VERBS,
    LOAN_NOUNS,
    MINORITY_WORDS,
    MOST_WORDS,
    NEGOTIATING,
    OBJ_DEPS,
    OFFER_NOUNS,
    ORGAN_NOUNS,
    OWN_FUNDING_VERBS,
    OWN_PART_NOUNS,
    OWNING_VERBS,
    PARTICIPATE_WORDS,
    PHRASAL_TAKEOVER,
    PRICE_TERMS,
    RATING_NOUNS,
    RATING_VERBS,
    RECEIVE_VERBS,
    REPORT_VERBS,
    REST_WORDS,
    ROUND_MONEY_VERBS,
    SERVICE_ROLE_NOUNS,
    STAKE_NOUNS,
    SUBJ_DEPS,
    TELLING_VERBS,
    UNIT_NOUNS,
    WHOLE_WORDS,
    answer_lemma,
)
from kg.doc import doc_lang, token_flags
from kg.entities.words import SPEECH_VERBS
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# preposition → role for a trigger's arguments: None is the subject (or a noun's
# governing subject or possessor), "" the direct object.
RoleMap = dict[str | None, str]


@dataclass
class Reading:
    """One trigger being read into a mention."""

    ctx: Context
    m: Mention
    tok: Token  # the trigger (or the offer noun that carries its arguments)
    kind: str  # "acquire", "round", ...
    noun: bool
    frame: RoleMap
    passive: bool = False
    participle: bool = False  # "adquirida por X": a participle describing a noun
    subj_refs: list[EntityRef] = field(default_factory=list)
    exclude: set[EntityRef] = field(default_factory=set)
    typed_kind: str = ""  # what the object makes it: the kind, "stake" or "goods"
    moved_objects: list[EntityRef] = field(default_factory=list)  # objects parsed as subjects
    subject_objects: set[int] = field(default_factory=set)  # subjects parsed as objects
    args: list[tuple[str, Token]] = field(default_factory=list)  # (preposition, noun)
    relative_object: Token | None = None  # what a relative "que" read as object stands for

    @property
    def subj_role(self) -> str | None:
        return self.frame.get(None)

    @property
    def obj_role(self) -> str | None:
        return self.frame.get("")


Step = Callable[[Reading], None]


def fill_roles(
    ctx: Context, m: Mention, tok: Token, kind: str, noun: bool, frame: RoleMap,
    steps: tuple[Step, ...],
) -> None:
    """Parties of one trigger, from the parse around it: ``steps`` in order."""
    r = Reading(ctx, m, tok, kind, noun, frame, typed_kind=kind)
    r.passive = not noun and (is_passive(tok) or reflexive_passive(tok, kind))
    if r.passive and not is_passive(tok):
        m.rules.append("parties:se-passive")
    r.participle = not noun and tok.dep_ in ("amod", "acl") and "Part" in feat(tok, "VerbForm") \
        and told_clause(tok) is None  # ("informó a la CNMV que ha adquirido Y")
    if r.participle and tok.dep_ == "acl" and "Pres" in feat(tok, "Tense") and any(
        True for _ in direct_objects(tok)
    ) and (agents := ctx.np_entities(tok.head)):
        # "Acme buying Zenith would ...", "talk of Acme buying Zenith": a present
        # participle after a name, with its object, is active; the name is its subject.
        r.participle = r.passive = False
        r.subj_refs = agents
    if r.participle and has_perfect_aux(tok):
        # "Y, que en 2020 había comprado Z": a perfect tense heads a relative clause
        # whose subject is the relative pronoun, not a participle telling of the noun
        r.participle = False
    if r.participle and has_infinitive_aux(tok):
        # "para ser adquirida por Y", "to be bought by Y": a passive infinitive heads a
        # clause of its own, whose subject is its controller's, not a noun it describes
        r.participle = False
    for step in steps:
        step(r)


def reflexive_passive(tok: Token, kind: str) -> bool:
    """ "La distribuidora Lumbral se vendió a Grupo Norte", "la filial se ha vendido
    a X", "Se vendió Conservas Arosa a Grupo Lumen": Spanish "se" before a verb of
    buying or selling with a subject (before it, or after it as news puts it) and no
    object of its own is a reflexive passive (pasiva refleja): the subject is what
    changes hands, as after "fue vendida". Not "se hizo con X", "se quedó con X"
    (pronominal verbs of taking, with "con")."""
    if doc_lang(tok.doc) != "es" or kind not in ("acquire", "sell"):
        return False
    if not any(c.lower_ == "se" and c.i < tok.i for c in tok.children):
        return False
    if not subjects(tok):
        return False
    if any(o.lower_ != "se" for o in direct_objects(tok)):
        return False
    return not any(
        c.dep_ in ("obl", "obj", "nmod") and case_of(c) == "con" for c in tok.children
    )


# -- the common steps ----------------------------------------------------------


def subject(r: Reading) -> None:
    """The verb's subject, read first so that "la startup" elsewhere in the clause is
    not resolved to the subject itself; a verb without one takes its governor's, the
    company just named (Spanish drops a subject it has just named), or the agent of
    "autorizó a X para vender"."""
    ctx, tok = r.ctx, r.tok
    if not r.noun and not r.participle and not r.subj_refs:
        # (a sum after the verb the parser made its subject, "se hizo con X por S/ 46
        # millones", is the price: the verb's subject is unsaid)
        subj = _true_subjects(r, [
            s for s in subjects(tok) if not (s.i > tok.i and s.i in ctx.tok_amount)])
        for s in subj:
            if not _passive_stake(r, s):
                r.subj_refs.extend(x for x in resolve_np(ctx, s, set()) if x not in r.subj_refs)
        we = None if subj else dropped_we(ctx, tok, set())
        if we is not None:
            r.subj_refs = list(we)  # "Firmamos una alianza con Y": "nosotros", unsaid
            r.m.rules.append("parties:unsaid-we")
        elif not subj:
            r.subj_refs = _demonstrative_subject(ctx, tok) or _noun_controller(ctx, tok) or (
                _clause_controller(r)
            ) or _subject_in_fronted_phrase(ctx, tok) or (
                governing_subject(ctx, tok.head, set())
                if tok.head != tok and not _object_read_as_subject_of(ctx, tok) else []
            )
            start = ctx.sents[r.m.sent].start
            if not r.subj_refs and is_verbal(tok) and _finite(tok) and not unsaid_i(tok):
                # a dropped subject ("Este año ha comprado X") continues the subject of
                # the sentence before (centering), else the company named last; not an
                # unsaid "yo", the writer ("compré en la ferretería X ...")
                ref = _continued_subject(ctx, tok, start)
                if ref is not None:
                    r.subj_refs = [ref]
            elif not r.subj_refs and "Inf" in feat(tok, "VerbForm"):
                ref = ctx.salient_before(tok.i, set())
                if ref is not None and any(i in ctx.tok_ent for i in range(start, tok.i)):
                    r.subj_refs = [ref]
                elif (gov := _subjectless_controller(tok)) is not None:
                    ref = _continued_subject(ctx, gov, start)
                    r.subj_refs = [ref] if ref is not None else []
        if not r.subj_refs and misread_verb(tok) is not None:
            r.subj_refs = names_before(ctx, tok)
        for head in (tok, *subj):
            r.subj_refs.extend(x for x in co_agents(ctx, head) if x not in r.subj_refs)
    r.exclude = set(r.subj_refs)


def _true_subjects(r: Reading, subj: list[Token]) -> list[Token]:
    """The verb's subjects among those the parser gave it, ``subj``: names it made
    subjects that are objects are moved to ``r.moved_objects`` (or, for a relative
    "que", ``r.relative_object``)."""
    ctx = r.ctx
    if (told := _told_subject(r, subj)) is not None:
        return told
    if not r.passive and (rel := relative_object(ctx, r.tok, r.kind, subj)) is not None:
        # "su planta, que venderá a Y", "la conservera que X vendió a Y"
        r.subject_objects = {rel.relative.i, *(s.i for s in (*rel.subjects, *rel.sides))}
        r.relative_object = rel.object
        r.m.rules.append("parties:relative-object")
        return list(rel.subjects)
    if fronted := _fronted_object(r, subj):
        # "Farmavida compró Brezo Pharma" parsed object-verb-subject
        r.moved_objects = [x for s in subj for x in ctx.np_entities(s)]
        r.subject_objects = {fronted.i}
        r.m.rules.append("parties:svo-order")
        return [fronted]
    if _object_read_as_subject(r, subj):
        r.moved_objects = [x for s in subj for x in ctx.np_entities(s)]
        return []
    if talks_read_as_subject(r.tok, subj):
        return []
    if after := _second_subject_as_object(r, subj):
        r.moved_objects = [x for s in after for x in ctx.np_entities(s)]
        return [s for s in subj if s not in after]
    return subj


def _subject_in_fronted_phrase(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "In a deal that gives it control of the country's third-largest bakery chain,
    Harwell Foods (NYSE: HWF) has acquired Y": after a long fronted phrase the parser
    hangs the verb's subject on the phrase's last noun as an apposition. The name right
    before the verb and its auxiliaries (and a ticker in brackets), after a comma, hung
    inside a phrase fronted on the verb, is its subject."""
    doc = tok.doc
    k = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg"))]) - 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    ref = ctx.tok_ent.get(k) if k >= 0 else None
    if ref is None or ref.kind != "org":
        return []
    start = k
    while start > 0 and ctx.tok_ent.get(start - 1) == ref:
        start -= 1
    root = doc[k]
    while root.head.i != root.i and ctx.tok_ent.get(root.head.i) == ref:
        root = root.head
    if start == 0 or doc[start - 1].text != "," or root.dep_ != "appos":
        return []
    phrase = root
    while phrase.head.i not in (phrase.i, tok.i):
        phrase = phrase.head
    fronted = phrase.head.i == tok.i and phrase.i < start and phrase.dep_ in (
        "prep", "advcl", "npadvmod")
    return [ref] if fronted else []


def _demonstrative_subject(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "entró en el capital de la papelera X y logró que esta vendiera su filial": a
    demonstrative the parser hangs on the verb as its determiner is the pronoun subject
    ("ésta", the latter), which names the company named last before it."""
    dem = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i
                and "Dem" in feat(c, "PronType")), None)
    ref = ctx.salient_before(dem.i, set()) if dem is not None else None
    return [ref] if ref is not None else []


def _subjectless_controller(tok: Token) -> Token | None:
    """The finite Spanish verb whose dropped subject an infinitive shares: "Además,
    acordó fusionarse con Y", "El lunes decidió comprar Y" (a control verb's infinitive
    has its subject; Spanish left both unsaid, so the infinitive's subject continues
    the sentence before, as the finite verb's would). None for a verb with a subject
    or an unsaid "yo"."""
    gov = tok.head
    if (doc_lang(tok.doc) != "es" or tok.dep_ != "xcomp" or gov == tok
            or not is_verbal(gov) or not _finite(gov) or subjects(gov) or unsaid_i(gov)):
        return None
    return gov


def _continued_subject(ctx: Context, tok: Token, start: int) -> EntityRef | None:
    """The subject a finite verb without one continues: in Spanish, which drops a
    subject it has just named, the subject of the sentence before (centering, as
    ``_dropped_subject``); else, for a simple finite form, the organisation named
    last. A compound tense ("ha comprado") continues a subject only by centering:
    its participle is often a clause's whose subject the parser lost."""
    if doc_lang(tok.doc) == "es":
        # ("Desde que X salió a bolsa, ha comprado Y": the subject of the clause
        # before it in the sentence, refer:same-sentence-center)
        told = preposed_center(ctx, tok, tok.i, set())
        if told:
            return told[0]
    ref = previous_subject(ctx, tok, set()) if doc_lang(tok.doc) == "es" else None
    if ref is None and "Fin" in feat(tok, "VerbForm"):
        ref = ctx.salient_before(start, set())
        if ref is not None and doc_lang(tok.doc) == "es" and _named_in_passing(ctx, ref, start):
            ref = topic_before(ctx, start, set()) or ref
    return ref


def _named_in_passing(ctx: Context, ref: EntityRef, start: int) -> bool:
    """ "... una serie B encabezada por Y, con la participación de Z. El año pasado
    compró W": a company named last only as the complement of another noun ("la
    participación de Z") is less salient than the article's topic (after Lappin and
    Leass 1994: an embedded noun phrase weighs less); a dropped subject means the
    topic."""
    last = max((i for i, r in ctx.mention_starts if r == ref and i < start), default=None)
    if last is None:
        return False
    head = ctx.doc[last]
    while head.dep_ in ("flat", "conj", "appos") and head.head.i != head.i:
        head = head.head  # "del Centro para el Desarrollo ... (CDTI)": the phrase's head
    return head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i not in ctx.tok_ent


def _passive_stake(r: Reading, s: Token) -> bool:
    """ "La participación del 35 % de Grupo Norte en Acme se vendió a Roble Capital",
    "el 20 % que tenía X en Y fue vendido a Z": a stake as the subject of a passive sale
    is what changes hands, read as the object of the active verb would be; the company
    it is held in is the investee, its holder ("de X", "que tenía X") the seller
    (parties:passive-stake). True when ``s`` was read so."""
    ctx, m = r.ctx, r.m
    if not r.passive or r.kind not in ("acquire", "sell") or s.i in ctx.tok_ent:
        return False
    # ("El 30 % de Y fue adquirido por X": the parser may make the number the head)
    if not (s.lemma_.lower() in STAKE_NOUNS or spanish_percentage(s)):
        return False
    # the relative may hang on the stake or on its percentage ("del 35 % que tenía X")
    parts = [s, *(c for c in s.children if c.dep_ == "nmod" and c.text.endswith("%"))]
    clauses = [c for h in parts for c in h.children if c.dep_ in ("acl", "relcl", "acl:relcl")]
    holders = [x for c in clauses for g in subjects(c) for x in ctx.np_entities(g)]
    held_in = [x for h in (s, *clauses) for p, a in ctx.prep_args(h) if p == "en"
               for x in ctx.np_entities(a)]
    if held_in:
        holders += [x for x in ctx.nested_entities(s) if x not in held_in and x not in holders]
    r.typed_kind = object_kind(ctx, s, r.kind, m, r.exclude)
    m.roles = [(role, x) for role, x in m.roles if x not in holders]
    for x in held_in:
        m.add_role("investee", x)
    for x in holders:
        m.add_role("seller", x)
    m.rules.append("parties:passive-stake")
    return True


def _told_subject(r: Reading, subj: list[Token]) -> list[Token] | None:
    """ "informó a la CNMV que ha adquirido Y" (``kg.deals.syntax.told_clause``): what
    the teller says it did has the teller's subject; a name the parser made the
    subject after the verb is its object. None when the verb heads no told clause."""
    tok = r.tok
    teller = told_clause(tok)
    if teller is None:
        return None
    r.moved_objects = [x for s in subj if s.i > tok.i for x in r.ctx.np_entities(s)]
    r.subject_objects = {c.i for c in tok.children if c.lower_ == "que"}
    r.m.rules.append("parties:told-clause")
    return subjects(teller)


def _object_read_as_subject(r: Reading, subj: list[Token]) -> bool:
    """ "En marzo adquirió Ibercom por 500 millones": the small Spanish parser makes
    the name after a transitive trigger verb with no object its subject; with the
    subject dropped (it was just named), that name is the object."""
    tok = r.tok
    return (
        bool(subj)
        and r.kind in ("acquire", "sell")
        and doc_lang(tok.doc) == "es"
        and not r.passive
        and all(s.i > tok.i and r.ctx.np_entities(s) for s in subj)
        # ("había vendido el Ingenio X al grupo Y": the "a" phrase made its object is
        # the buyer or seller, no object)
        and not any(c.dep_ in OBJ_DEPS and case_of(c) != "a" for c in tok.children)
        and not any(c.lower_ == "se" for c in tok.children)
        and not preverbal_clitic(tok)
    )


def _object_read_as_subject_of(ctx: Context, tok: Token) -> bool:
    """ "Había vendido el Ingenio X al grupo Y y en 2015 entró en Z": a verb coordinated
    with a Spanish verb of buying or selling whose only "subject" is the name after it
    (the parse of an object, as ``_object_read_as_subject`` reads it) does not share
    that name as its subject; both continue the subject dropped before them."""
    head = tok.head
    if tok.dep_ != "conj" or doc_lang(tok.doc) != "es" or head.i == tok.i:
        return False
    kind = ctx.by_token.get(head.i, "")
    subj = subjects(head)
    return (
        kind.startswith(("acquire", "sell"))
        and bool(subj)
        and all(s.i > head.i and ctx.np_entities(s) for s in subj)
        and not any(c.dep_ in OBJ_DEPS and case_of(c) != "a" for c in head.children)
        and not any(c.lower_ == "se" for c in head.children)
        and not preverbal_clitic(head)
        and "Pass" not in feat(head, "Voice")
    )


def preverbal_clitic(tok: Token) -> bool:
    """ "La vende el fondo X": an object pronoun right before a Spanish verb (never an
    article: no noun follows it) takes up the object; the name after the verb is then
    its subject (Spanish puts a subject after the verb freely)."""
    return (
        doc_lang(tok.doc) == "es" and tok.i > 0 and tok.pos_ in ("VERB", "AUX")
        and tok.doc[tok.i - 1].lower_ in ACCUSATIVE_CLITICS
    )


def _fronted_object(r: Reading, subj: list[Token]) -> Token | None:
    """ "Farmavida compró Brezo Pharma": the small Spanish parser sometimes reads a
    name before a trigger verb as its object and the name after it as its subject.
    With no "a" before the first name and no clitic that takes it up again ("A X la
    compró Y"), Spanish word order is subject-verb-object: the first name buys."""
    tok = r.tok
    if r.kind not in ("acquire", "sell") or doc_lang(tok.doc) != "es" or r.passive:
        return None
    fronted = [
        c for c in tok.children
        if c.dep_ in OBJ_DEPS and c.i < tok.i and case_of(c) is None and r.ctx.np_entities(c)
    ]
    after = [s for s in subj if s.i > tok.i and r.ctx.np_entities(s)]
    clitic = any(c.pos_ == "PRON" for c in tok.children if c.i < tok.i)
    if len(fronted) != 1 or not after or len(after) != len(subj) or clitic:
        return None
    return fronted[0]


def _second_subject_as_object(r: Reading, subj: list[Token]) -> list[Token]:
    """ "Borealis ha vendido Zenith a Grupo Acme": a Spanish trigger verb with a subject
    before it and a name right after it, and no bare object, is transitive SVO; the
    small parser makes the name a second subject and the "a" phrase its object. The
    names after the verb are what is bought or sold. The subject before may name no one
    ("La familia Prida vendió Talleres Nalón a Grupo Orbe", "Los Prida vendieron ..."):
    a noun is a subject all the same, and the name after the verb still its object."""
    tok = r.tok
    before = [
        s for s in subj if s.i < tok.i and (
            r.ctx.np_entities(s) or (s.pos_ == "PRON" and s.lower_ in RELATIVE_PRONOUNS)
            or s.pos_ in ("NOUN", "PROPN")
        )
    ]  # (a relative pronoun too: "X, que vendió Zenith a Grupo Acme, ...")
    after = [s for s in subj if s.i > tok.i and r.ctx.np_entities(s)]
    if (
        not before or not after or r.kind not in ("acquire", "sell")
        or doc_lang(tok.doc) != "es" or r.passive
        or any(c.lower_ == "se" for c in tok.children)
        or any(c.dep_ in OBJ_DEPS and case_of(c) is None for c in tok.children)
    ):
        return []
    return after


def co_agents(ctx: Context, verb: Token) -> list[EntityRef]:
    """ "KKR, junto a Cinven, compró X", "KKR bought X together with Cinven": the
    companion acts with the subject."""
    found: list[EntityRef] = []
    for c in verb.children:
        if c.dep_ in ("obl", "nmod") and any(
            g.dep_ == "case" and g.lower_ == "junto" for g in c.children
        ):
            found += ctx.np_entities(c)
        elif c.dep_ == "prep" and (
            c.lower_ in ("alongside",)
            or (c.lower_ == "with" and any(g.lower_ in ("together", "along") for g in c.children))
        ):
            found += [x for g in c.children if g.dep_ == "pobj" for x in ctx.np_entities(g)]
    return found


def _clause_controller(r: Reading) -> list[EntityRef]:
    """ "Buying Zenith would give Acme a foothold", "Acme Earnings: Buying Zenith Would
    Be a Good Idea", "'Selling our plant to Y lets us focus,' said Z, chief executive of
    Acme": a subject gerund is done by the recipient of the verb it is the subject of,
    by the topic its headline opens with, or by the "us" of a quotation's speaker, else
    of the text's own voice ("Buying Y was the best decision we made", an interview's
    answer) (``kg.deals.controller``; parties:gerund-controller)."""
    if not is_subject_clause(r.tok):
        return []
    refs = benefited(r.ctx, r.tok, set()) or headline_topic(r.ctx, r.tok, set())
    if not refs:
        spoken = speakers_side(r.ctx, r.tok, set())
        # (no speaker near: the text's own voice, an interview's answer or a letter)
        refs = spoken if spoken is not None else [
            x for x in our_voice(r.ctx, r.tok, set()) if x.kind == "org"]
    if refs:
        r.m.rules.append("parties:gerund-controller")
    return refs


def _noun_controller(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "X's plan to acquire Y", "X's attempt to buy Y", "X's interest in buying Y": the
    possessor of the noun an infinitive or a gerund complements is its subject
    (control by a noun)."""
    noun = tok.head
    if tok.dep_ == "pcomp" and noun.dep_ == "prep" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "interest in buying Y": the gerund under a preposition
    elif tok.dep_ != "acl" or noun.pos_ != "NOUN" or not (
        "Inf" in feat(tok, "VerbForm") or has_infinitive_aux(tok)
    ):
        return []
    refs: list[EntityRef] = []
    for c in noun.children:
        if c.dep_ == "poss":
            refs += ctx.np_entities(c) or described_possessor(ctx, c, set())
    cop = [c for c in noun.children if c.dep_ == "cop"]
    if not refs and cop:
        # "X estaría en conversaciones avanzadas para ser comprada por Y", "X está en
        # negociaciones para comprar Y": the subject of the copular predicate the noun
        # heads (which the parser may hang on the copula) controls the infinitive of
        # its purpose
        refs = [x for h in (noun, *cop) for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")
                for x in resolve_np(ctx, c, set())]
    return refs


def described(r: Reading) -> None:
    """ "Groq (recientemente adquirida por NVIDIA)": the noun a participle describes."""
    if r.participle:
        target = described_noun(r.ctx, r.tok)
        if target is not None and r.obj_role:
            refs = r.ctx.np_entities(target)
            if not refs and target.dep_ == "appos":
                # "Zentro, a startup backed by X": the name the apposition describes
                refs = r.ctx.np_entities(target.head)
                if refs:
                    r.m.rules.append("parties:described-apposition")
            if not refs:
                refs = described_description(r.ctx, r.tok, r.m.parties() | r.exclude)
                if refs:
                    r.m.rules.append("parties:described-description")
            for x in refs:
                r.m.add_role(r.obj_role, x)


def described_description(
    ctx: Context, participle: Token, exclude: set[EntityRef]
) -> list[EntityRef]:
    """ "La compañía, participada en un 40 % por Y, ...", "la quesería, adquirida en 2020
    por Y": a participle set off by a comma after a definite description of a company
    says something more of the company the description stands for (kg.deals.refer), as
    it does of a name. Spanish only; without the comma the participle says which company
    is meant ("la empresa participada por Y") and tells no deal of one told before."""
    noun = participle.head
    if doc_lang(participle.doc) != "es" or participle.dep_ not in ("acl", "amod") \
            or noun.i >= participle.i or ctx.doc[participle.i - 1].text != ",":
        return []
    if names_awardee(noun):  # "La adjudicataria, adquirida por Y" (refer:awardee-anaphor)
        told = awardee_anaphor(ctx, noun, exclude)
        return [told] if told is not None else []
    if noun.pos_ != "NOUN" or not is_definite(noun) or "Plur" in feat(noun, "Number") or not (
        noun.lemma_.lower() in COMPANY_NOUNS or noun.lower_ in DESCRIPTORS
        # ("la quesería" after "Quesos X": the name's own trade noun)
        or namesake_before(ctx, noun, exclude) is not None
    ):
        return []
    return [x for x in resolve_np(ctx, noun, exclude) if x.kind == "org"]


def objects(r: Reading) -> None:
    """Direct object: a company, a stake, a unit of a company, or goods."""
    if r.noun:
        return
    ctx, m = r.ctx, r.m
    if r.obj_role and misread_verb(r.tok) is not None:
        r.moved_objects += names_after(ctx, r.tok)
    if r.obj_role:
        for x in r.moved_objects:
            if x not in r.exclude:
                m.add_role(r.obj_role, x)
    objs = [*direct_objects(r.tok), *bare_obliques(r.tok), *_gapped_objects(r)]
    if r.relative_object is not None:
        objs.append(r.relative_object)  # (kg.deals.relative_object)
    for obj in objs or _orphan_object(r):
        if obj.i in r.subject_objects or obj.lemma_.lower() in PRICE_TERMS:
            continue  # (not "a 30% premium", a measure of the price)
        if obj.pos_ == "PRON":
            obj = _pronoun_object(r, obj)
        refs = ctx.np_entities(obj)
        if not refs and r.kind in _DONE_TO_US and object_us(obj):
            refs = resolve_np(ctx, obj, m.parties() | r.exclude)  # "X nos invirtió 3 millones"
        if refs and obj.i not in ctx.tok_ent and obj.lemma_.lower() in STAKE_NOUNS:
            refs = []  # "bought Bluefield shares": shares of a company, not the company
        if refs and _one_of_a_kind(ctx, obj, refs):
            refs = []
        if refs and r.obj_role:
            for x in refs:
                m.add_role(r.obj_role, x)
            continue
        if obj.pos_ == "PRON" and r.kind == "acquire" and _all_shares(r, obj):
            continue
        if obj.pos_ == "PRON" or (
            ctx.tok_amount.get(obj.i) is not None
            # "buy $30 million of Bluefield shares": money's worth of a company's shares
            and not (r.kind in ("acquire", "sell") and _worth_of_shares(ctx, obj))
        ):
            continue
        if r.obj_role and (named := namesake_before(ctx, obj, m.parties() | r.exclude)):
            m.add_role(r.obj_role, named)  # "compró la cementera" (kg.deals.namesake)
            m.rules.append("parties:namesake")
        elif r.kind in ("acquire", "sell"):
            r.typed_kind = object_kind(ctx, obj, r.kind, m, r.exclude)
        elif (r.kind == "take" and (
            r.tok.lemma_.lower() in ("tomar", "suscribir") or _with_particle(r.tok) or (
                r.tok.lemma_.lower() == "take" and percentage(obj))
        )) or r.kind == "hold":
            # "ha tomado (suscrito) el 20 % de X", "owns 12% of X", "snapped up a 30% stake in X",
            # "agreed to take 70% of X": a part of a company
            r.typed_kind = object_kind(ctx, obj, "acquire", m, r.exclude)
        elif r.obj_role and obj.lemma_.lower() in COMPANY_NOUNS:
            for x in resolve_np(ctx, obj, m.parties() | r.exclude):
                m.add_role(r.obj_role, x)


def _one_of_a_kind(ctx: Context, obj: Token, refs: list[EntityRef]) -> bool:
    """ "to buy a Football League club", "bought a Tesco supplier": an indefinite common
    noun whose only name is a compound before it is one unnamed member of the kind the
    name modifies; the name is no party of the deal. A unit, an asset or a company of
    a named owner ("a Siemens unit", "a Tata company") is left to ``object_kind``."""
    lemma = obj.lemma_.lower()
    if obj.i in ctx.tok_ent or obj.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children
    ) or lemma in UNIT_NOUNS | ASSET_NOUNS | GENERIC_COMPANY_NOUNS | STAKE_NOUNS:
        return False  # "a Siemens unit", "a Tata company": the name owns it (the seller)
    named = [
        x for c in obj.children if c.dep_ == "compound" and c.i < obj.i
        for x in ctx.np_entities(c)
    ]
    return set(refs) <= set(named) and not any(c.dep_ == "appos" for c in obj.children)


def _with_particle(tok: Token) -> bool:
    """A phrasal verb of taking over with its particle ("snapped up", "picked up"), not
    "took Y private" (whose object the parser may make "private")."""
    particle = PHRASAL_TAKEOVER.get(tok.lemma_.lower())
    return particle is not None and any(
        c.lower_ == particle and (c.dep_ == "prt" or c.i == tok.i + 1) for c in tok.children
    )


def _worth_of_shares(ctx: Context, obj: Token) -> bool:
    """ "$30 million of Bluefield shares", "$5m of new shares in Y": an amount of money
    whose "of" complement is shares of a named company."""
    return any(
        prep == "of" and arg.lemma_.lower() in STAKE_NOUNS
        and bool(ctx.np_entities(arg) or ctx.nested_entities(arg))
        for prep, arg in ctx.prep_args(obj)
    )


def _all_shares(r: Reading, obj: Token) -> bool:
    """ "will acquire all of the outstanding shares of Zenith", "... under which the
    buyer will acquire all of its shares": buying the whole of a company's shares is the
    company (a takeover); "its" there is not the buyer's own but the company named
    before (parties:all-shares)."""
    of = [arg for prep, arg in r.ctx.prep_args(obj) if prep == "of"]
    if obj.lower_ not in WHOLE_WORDS or not any(
        a.lemma_.lower() in STAKE_NOUNS or a.lower_ in STAKE_NOUNS for a in of
    ):
        return False
    if any(prep == "in" for a in of for prep, _ in r.ctx.prep_args(a)):
        return False  # "all of its shares in Y": a holder's stake in another company
    before = set(r.m.parties())
    r.typed_kind = object_kind(r.ctx, obj, r.kind, r.m, r.exclude)
    if set(r.m.parties()) == before:
        owners = [c for a in of for c in a.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        exclude = set(r.subj_refs) | r.exclude | r.m.parties()
        ref = r.ctx.salient_before(owners[0].i, exclude) if owners else None
        if ref is None:
            return False
        r.m.add_role("target" if r.kind == "acquire" else "seller", ref)
    r.m.rules.append("parties:all-shares")
    return True


def _gapped_objects(r: Reading) -> list[Token]:
    """ "X acquired Y in 2012 and Z in 2014": with the verb left out of the second
    clause (gapping), the parser coordinates the name Z with the verb itself; after
    the verb's own object, it is another object (not a subject: it has no verb)."""
    tok = r.tok
    if r.kind not in ("acquire", "sell") or not any(True for _ in direct_objects(tok)):
        return []
    gapped = []
    for c in tok.children:
        if c.dep_ != "conj" or c.pos_ != "PROPN" or c.i <= tok.i or c.i not in r.ctx.tok_ent \
                or any(g.dep_ in (*SUBJ_DEPS, "aux", "auxpass") for g in c.children):
            continue
        role = _list_continued(r, c)
        if role is None:
            gapped.append(c)
            continue
        for x in r.ctx.np_entities(c):
            if x not in r.exclude:
                r.m.add_role(role, x)
        r.m.rules.append("parties:argument-list-continued")
    return gapped


def _list_continued(r: Reading, name: Token) -> str | None:
    """ "The co-op purchased the dairy from its founder, X, and buyout firm Y":
    the parser hangs the last name of a list on the verb. Right after an argument of a
    party ("from X", "to X"), the name continues that argument's list and takes its
    role, not the object's ("bought Y in 2012 and Z in 2014": after a time, it is
    another object)."""
    before = [g for g in r.tok.children if g.i < name.i and g.dep_ not in ("punct", "cc")]
    if not before or before[-1].dep_ != "prep":
        return None
    role = r.frame.get(before[-1].lower_)
    return role if role is not None and role != r.obj_role else None


def _orphan_object(r: Reading) -> list[Token]:
    """ "Acme said it bought Zenith Corp. The deal ...": the parser takes the period of
    a legal suffix that ends the sentence for the sentence's and cuts the name off
    the verb; a buying or selling verb left with no object takes the name that opens
    right after it (parties:orphan-object)."""
    tok = r.tok
    nxt = tok.i + 1
    if r.noun or r.passive or r.kind not in ("acquire", "sell") or nxt >= len(tok.doc):
        return []
    if nxt not in r.ctx.tok_ent or any(a.i == tok.i for a in tok.doc[nxt].ancestors):
        return []
    if any(c.dep_ in OBJ_DEPS or c.dep_ == "prt" for c in tok.children):
        return []
    r.m.rules.append("parties:orphan-object")
    return [tok.doc[nxt]]


def _pronoun_object(r: Reading, obj: Token) -> Token:
    """What a pronoun object stands for: "Y, which X acquired" (the relative's head
    noun), "X agreed to buy it" (a company named just before, not X), "Y agreed to
    sell itself" (the subject is what is sold: it takes the object's role first)."""
    if obj.lower_ in ("itself", "themselves") and r.obj_role:
        for x in r.subj_refs:
            r.m.add_role(r.obj_role, x)
        r.m.rules.append("parties:reflexive-object")
        return obj
    ante = object_antecedent(r.ctx, obj, r.exclude)
    if ante is None or (obj.lower_ == "it" and not r.ctx.np_entities(ante)):
        return obj
    r.m.rules.append("parties:pronoun-object")
    return ante


def clitic_object(r: Reading) -> None:
    """ "La láctea tiene deudas. Su accionista intentó venderla a Y": an object
    pronoun fused to the infinitive ("venderla", "comprarlo") with no other object
    stands for what the sentence before is about, its subject (centering), read as
    any description is ("la láctea" → the company named so) (parties:clitic-object)."""
    ctx, tok, m = r.ctx, r.tok, r.m
    if r.noun or not r.obj_role:
        return
    # an enclitic ("venderla") or a pronoun before the verb ("La vende el fondo X")
    fused = tok.lemma_.lower().endswith(" él") and tok.lower_.endswith(ACCUSATIVE_CLITICS)
    if not fused and not preverbal_clitic(tok):
        return  # ("venderle": a dative, the one sold to)
    if any(role in (r.obj_role, "investee") for role, _ in m.roles) or any(
        not _the_clitic(o, tok) for o in direct_objects(tok)
    ):
        return
    si = ctx.sent_index(tok.i)
    before = next((p for p in range(si - 1, -1, -1) if not ctx.sents[p].text.isspace()), None)
    if before is None:
        return
    for s in subjects(ctx.sents[before].root):
        for x in resolve_np(ctx, s, m.parties() | r.exclude):
            if x.kind == "org" and x not in m.parties():
                m.add_role(r.obj_role, x)
                m.rules.append("parties:clitic-object")
                return


def _the_clitic(obj: Token, verb: Token) -> bool:
    """ "En 2020 la compró el grupo X": the parser may make the pronoun before the verb
    the verb's object, as it is; it is the object ``clitic_object`` takes up, no other
    one. Only in a main clause whose subject follows the verb. With the subject left
    unsaid ("En 2020 la vendió a X"), the subject is the one the sentence before is
    about, and the pronoun, another (a pronoun object never means its clause's
    subject); a phrase before the verb the pronoun takes up ("Esa fábrica, ..., la vende
    el fondo X") is what it means; in a relative clause ("X, que la compró en 2018") it
    means what the clause is about (``kg.deals.coordinated``)."""
    subj = subjects(verb)
    return obj.i == verb.i - 1 and obj.pos_ == "PRON" and obj.lower_ in ACCUSATIVE_CLITICS \
        and bool(subj) and all(s.i > verb.i for s in subj) \
        and verb.dep_ not in ("acl", "relcl", "acl:relcl")


def _stake_part(arg: Token) -> bool:
    """ "la venta del 49 % de X a Y": a percentage or a stake, on which the parser may
    hang the other arguments of the deal noun ("a Y")."""
    return arg.text.endswith("%") or arg.lemma_.lower() in STAKE_NOUNS


def _hung_on_what_is_sold(r: Reading, args: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """ "the sale of X by Y to Z": the parser hangs "by Y", "to Z" on X (or on a name
    below X, ``_hung_on_stakes_company``)."""
    ctx = r.ctx
    found = []
    for prep, arg in args:
        if prep in ("of", "de") and (ctx.np_entities(arg) or _stake_part(arg)):
            found += [
                (p, a) for p, a in ctx.prep_args(arg) if p not in ("de", "of") and p in r.frame
            ]
            found += _hung_on_stakes_company(r, arg)
    return found


def _hung_on_stakes_company(r: Reading, stake: Token) -> list[tuple[str, Token]]:
    """ "the sale of its shareholding in X Limited to Y", "la venta de un 40 % de su filial
    X, S.L. al grupo Y": the parser hangs "to Y" on the name of the stake's company (or
    on its legal form), where no name takes it; it is the deal noun's."""
    if not _stake_part(stake):
        return []
    ctx = r.ctx
    found = []
    for p, company in ctx.prep_args(stake):
        if p not in ("in", "en", "de", "of") or not ctx.np_entities(company):
            continue
        for word in (company, *(c for c in company.children if c.dep_ == "appos")):
            found += [(q, a) for q, a in ctx.prep_args(word)
                      if q in ("to", "a", "al", "by", "por") and q in r.frame
                      and ctx.np_entities(a)]
    return found


def arguments(r: Reading) -> None:
    """Prepositional arguments, and the passive agent. A parser often hangs them on
    the amount ("invested $16 million in Mistral") or on the noun they follow."""
    ctx, tok = r.ctx, r.tok
    args = list(ctx.prep_args(tok))
    if _joins_round(r):
        r.frame = {**r.frame, None: "investor", "de": "investee", "of": "investee"}
        # "lideró la ronda de 20 millones en X": the parser hangs "en X" on the verb.
        args += [(p, a) for p, a in ctx.prep_args(tok.head) if p in ("en", "in") and a.i > tok.i]
        args += _series_de_on_verb(r)
        # "X lideró la serie A de la compañía": the company referred to is not the
        # investor that leads its round.
        r.exclude |= {x for s in subjects(tok.head) for x in ctx.np_entities(s)}
    elif _led_round(r):
        r.frame = {**r.frame, "de": "investee", "of": "investee"}
    if r.noun:
        # "una OPA sobre el 100 % de X": the parser makes the percentage a number
        # modifier of the offer, or hangs it on the verb that launches the offer.
        args += [
            (prep, c) for c in tok.children
            if c.dep_ == "nummod" and (prep := case_of(c)) is not None and prep in r.frame
        ]
        # "Venta de X a Y": in a headline the parser makes X a flat part of the noun
        # (read when the noun names another party too).
        flat = [
            (prep, c) for c in tok.children
            if c.dep_ in ("flat", "appos") and (prep := case_of(c)) is not None
            and prep in r.frame and c.i in ctx.tok_ent
        ]
        if flat and any(ctx.np_entities(a) for _, a in args):
            args += flat
        args += _name_of_described(r, args)
        if tok.dep_ in OBJ_DEPS and is_verbal(tok.head) and r.frame.get("sobre") == "target":
            args += [
                (p, a) for p, a in ctx.prep_args(tok.head)
                if p == "sobre" or (p in ("por", "for") and r.frame.get(p) == "target")
            ]
        args += _hung_elsewhere(r)
        args += _hung_on_what_is_sold(r, args)
    else:
        for obj in direct_objects(tok):
            if obj.i in ctx.tok_amount or obj.like_num:
                args += [
                    (p, a) for p, a in ctx.prep_args(obj) if p != "de" or _money_source(r, p, a)
                ]
                args += _source_of_money_kind(r, obj)
            elif r.kind == "sell" and (r.typed_kind == "stake" or obj.lemma_.lower() in (
                    UNIT_NOUNS | ASSET_NOUNS)):
                # "vendió una participación del 15 % a X", "vendió su filial al consorcio
                # formado por A y B": the buyer hangs on the stake or the unit sold.
                args += [(p, a) for p, a in ctx.prep_args(obj) if p in ("a", "to")]
    if not r.noun and misread_verb(tok) is not None:
        args += linear_args(ctx, tok, r.frame)
    args += [pa for pa in _party_after_place(r, args) + _seller_hung_elsewhere(r) if pa not in args]
    heads = [*direct_objects(tok), *(a for _, a in args)] if not r.noun else [a for _, a in args]
    for head in heads:
        args += [pa for pa in stranded(ctx, head, r.frame) if pa not in args]
    r.args = args
    for prep, arg in args:
        _argument(r, prep, arg)


def _seller_hung_elsewhere(r: Reading) -> list[tuple[str, Token]]:
    """A buying verb's seller the parser hung on the description of the part bought
    ("bought 30 percent of the bakery from Y") or set off after a role noun of
    ownership ("compró el 40 % de la tostadora a su dueño, Y"): kg.deals.seller_named."""
    if r.kind != "acquire" or r.noun:
        return []
    found: list[tuple[str, Token]] = []
    if r.frame.get("from") == "seller":
        found += from_on_described_part(r.ctx, list(direct_objects(r.tok)), r.frame)
        if found:
            r.m.rules.append("parties:from-on-described-part")
        elif named := list(from_on_bought_name(r.ctx, list(direct_objects(r.tok)), r.frame)):
            found += named
            r.m.rules.append("parties:from-on-bought-name")
    if r.frame.get("a") == "seller":
        named = list(owner_apposed_name(r.ctx, r.tok))
        if named:
            r.m.rules.append("parties:owner-apposed-name")
            # the parser's object or apposition, read as what is bought: the owner sells
            owners = {x for _, a in named for x in r.ctx.np_entities(a)}
            r.m.roles = [(k, x) for k, x in r.m.roles if not (k == "target" and x in owners)]
        found += named
    return found


def _party_after_place(r: Reading, args: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """ "its purchase of nine hotels in Leeds from Y", "sold the depot at Hull to Y": a
    place takes no "from" or "to" of a company; the parser's phrase on the place
    (after "in" / "at") is the deal's, as a "with" on a date is the signing's
    (kg.deals.context._with_after_date)."""
    ctx = r.ctx
    return [
        (p, a) for prep, place in args
        if prep in ("in", "at") and place.ent_type_ in ("GPE", "LOC")
        and place.i not in ctx.tok_ent
        for p, a in ctx.prep_args(place)
        if p in ("from", "to") and p in r.frame and a.i in ctx.tok_ent
    ]


def _name_of_described(r: Reading, args: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """ "la compra de la bodega chilena Viña Solano": the parser hangs the name that
    closes a described complement (a company descriptor and its adjectives, no name
    of its own) on the deal noun as an apposition; with no comma between, it is the
    complement's name, in the complement's role."""
    ctx, tok = r.ctx, r.tok
    found: list[tuple[str, Token]] = []
    for c in tok.children:
        if c.dep_ != "appos" or c.i not in ctx.tok_ent:
            continue
        for prep, arg in args:
            if (
                prep in ("de", "of") and arg.pos_ == "NOUN" and arg.i < c.i
                and (arg.lower_ in DESCRIPTORS or arg.lemma_.lower() in DESCRIPTORS)
                and arg.right_edge.i + 1 == c.i and not ctx.np_entities(arg)
            ):
                found.append((prep, c))
                r.m.rules.append("parties:name-of-described")
                break
    return found


def _series_de_on_verb(r: Reading) -> list[tuple[str, Token]]:
    """ "lideró la serie A de 12 millones de la startup X": the parser reads the letter
    "A" as a preposition and hangs what follows on the verb; the "de" complements past
    the letter (and those of the amount among them) are the series' own."""
    ctx, tok = r.ctx, r.tok
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    if tok.lemma_.lower() != "serie" or nxt.text != "A" or nxt.pos_ != "ADP":
        return []
    found: list[tuple[str, Token]] = []
    for p, a in ctx.prep_args(tok.head):
        if p != "de" or a.i <= nxt.i:
            continue
        found.append((p, a))
        if a.i in ctx.tok_amount or a.lemma_.lower() in ("millón", "mil", "millones"):
            found += [(q, b) for q, b in ctx.prep_args(a) if q == "de"]
    return found


def _path_end(tok: Token) -> list[tuple[str, Token]]:
    """ "the transfer of 9,000 policies from X to Y": a path told from its start to its
    end is the noun's own phrase, and the parser hangs the "to" phrase on the "from"
    phrase it completes; the end is the noun's argument as the start is. So is a whole
    path ("from X to Y") set off after a parenthesis inside the noun's phrase ("the
    transfer of 9,000 policies, backed by reserves of £700m, from X to Y"), which the
    parser hangs on a word of the parenthesis or on the verb: the comma that closes the
    parenthesis ends it, and what follows completes the noun."""
    doc = tok.doc
    inside = {t.i for t in tok.subtree}
    starts = [(c, False) for c in tok.children if c.dep_ == "prep"] + [
        (t, True) for t in doc[tok.i + 2 : tok.sent.end]
        if t.dep_ == "prep" and t.head.i != tok.i and doc[t.i - 1].text == ","
        and (t.head.i in inside or (t.head.i == tok.head.i and tok.dep_ in OBJ_DEPS
                                    and t.i <= tok.right_edge.i + 2))]
    found: list[tuple[str, Token]] = []
    for start, apart in starts:
        if start.lower_ not in ("from", "desde"):
            continue
        ends = [(end.lower_, a) for end in start.children
                if end.dep_ == "prep" and end.lower_ in ("to", "hacia")
                for a in end.children if a.dep_ == "pobj"]
        if apart and ends:
            found += [(start.lower_, a) for a in start.children if a.dep_ == "pobj"]
        found += ends
    return found


def _hung_elsewhere(r: Reading) -> list[tuple[str, Token]]:
    """A deal noun's arguments the parser hung on its amount or on the verb."""
    ctx, tok = r.ctx, r.tok
    args: list[tuple[str, Token]] = []
    # "una OPA de 1.300 millones sobre X": the parser hangs X on the amount, or on
    # another word of it ("una inversión de US$ 25 millones en X", with "millones"
    # hung on the verb); so on the amount of an English "of" ("a bid of roughly $3
    # billion for X").
    priced = [a for p, a in ctx.prep_args(tok) if p == "of" and a.i in ctx.tok_amount]
    for c in (*tok.children, *priced):
        if c.i in ctx.tok_amount:
            for word in _amount_words(ctx, c):
                args += [
                    (p, a) for p, a in ctx.prep_args(word)
                    if (p not in ("de", "of") or _money_source(r, p, a)) and (p, a) not in args
                ]
    # "bought a stake last year in X": with an adjunct between them, the parser hangs
    # the stake's "in" phrase on the verb.
    if (
        r.kind == "invest" and tok.lemma_.lower() in STAKE_NOUNS and tok.dep_ in OBJ_DEPS
        and not any(p in ("in", "en") for p, _ in ctx.prep_args(tok))
    ):
        args += [
            (p, a) for p, a in ctx.prep_args(tok.head) if p in ("in", "en") and a.i > tok.i
        ]
    # "completó su entrada en Y con un 20 %": the same for the entry noun
    if r.kind == "invest" and not any(p in ("en", "a") for p, _ in ctx.prep_args(tok)):
        args += [(p, a) for p, a in entry_args(ctx, tok) if p in ("en", "a")]
    # "tras el traspaso de X al fondo Y": the parser hangs the "a" phrase that follows
    # the noun phrase on the clause's verb; so "sanctioned the transfer of 40,000
    # policies, backed by assets of £2bn, from X to Y" (a book of business transferred).
    if r.kind in ("acquire", "sell", "encargo", "transfer"):
        control_in = _control_in(r)
        args += control_in
        end = max([tok.right_edge.i, *(a.right_edge.i for _, a in control_in)])
        args += [pa for pa in _following_dative(ctx, tok, end) if pa[0] in r.frame]
        args += [pa for pa in _path_end(tok) if pa[0] in r.frame and pa not in args]
    # "X firmó un acuerdo de venta con Y": the agreement's other side (Spanish)
    if r.kind in ("acquire", "sell"):
        args += [pa for pa in _agreement_for(ctx, tok) if pa not in args]
    # "es accionista con un 12 % de Y": the company hung on the stake (kg.deals.holding_es)
    if r.kind == "investor" and (held := company_of_stake(ctx, tok)):
        args += [pa for pa in held if pa not in args]
        r.m.holding = True  # a stake held, no agreement of its sentence's to fold in
    return args


def _agreement_for(ctx: Context, tok: Token) -> list[tuple[str, Token]]:
    """ "X firmó un acuerdo de venta con Y", "X firmó con Y un acuerdo de compra": a
    Spanish sale or purchase noun that says what an agreement is for ("de", "para") has
    the agreement's "con" phrase (hung on the agreement, or on the verb that governs
    it) as its other side, read as its "a" phrase: a sale's buyer, a purchase's seller
    (session 37, apart13). The verb's subject is the noun's agent, as in "cerró la
    venta"."""
    if ctx.lang != "es" or tok.lemma_.lower() not in _AGREED_TRADES or tok.dep_ != "nmod" \
            or case_of(tok) not in ("de", "para"):
        return []
    agreement = tok.head
    if agreement.lemma_.lower() not in AGREEMENT_NOUNS or any(
        p in ("a", "al") for p, _ in ctx.prep_args(tok)
    ):
        return []
    heads = [agreement]
    if agreement.dep_ in OBJ_DEPS and is_verbal(agreement.head):
        heads.append(agreement.head)
    return [("a", a) for h in heads for p, a in ctx.prep_args(h)
            if p == "con" and (ctx.np_entities(a) or relative_after_preposition(ctx, a))]


# The trade nouns whose agreement's other side has one role only: "acuerdo de venta con
# Y" (Y buys), "acuerdo de compra con Y" (Y sells); not "compraventa", nor "acuerdo de
# adquisición con Y", often the company to be bought.
_AGREED_TRADES = LEXICON.words("agreed_trades")


def _amount_words(ctx: Context, tok: Token) -> list[Token]:
    """The words of the amount ``tok`` is part of ("US$", "25", "millones")."""
    amount = ctx.tok_amount[tok.i]
    sent = tok.sent
    return [t for t in sent if ctx.tok_amount.get(t.i) is amount]


def _following_dative(
    ctx: Context, tok: Token, end: int | None = None
) -> list[tuple[str, Token]]:
    """An "a" / "to" phrase right after a deal noun's phrase (which ends at ``end``
    when the parser hung part of it on the verb), hung by the parser on the verb of
    the clause instead ("logra un acuerdo tras el traspaso de X al fondo Y"): its
    position makes it the noun's. So is a "por parte de" phrase, the agent of a
    nominal ("consiste en comprar todo Y por parte de X"). A phrase set off
    by commas between them ("aprobó la venta de la cadena, en liquidación desde marzo, a
    Y") is an aside that leaves the "a" phrase the noun's (``_aside``, session 37)."""
    verb = next((t for t in tok.ancestors if is_verbal(t)), None)
    if verb is None:
        return []
    after = (tok.right_edge.i if end is None else end) + 1
    # English hangs the noun on the preposition, which then opens the phrase
    return [
        (prep, arg) for prep, arg in ctx.prep_args(verb)
        if (prep in ("a", "al", "to") or (prep == "by" and _por_parte_de(arg)))
        and arg.i > tok.i and (
            arg.left_edge.i == after
            or (arg.head.dep_ in ("prep", "dative") and arg.head.i == after)
            or (prep in ("a", "al") and _aside(tok.doc[after : _first_word(arg)]))
        )
    ]


def _first_word(arg: Token) -> int:
    """Where ``arg``'s phrase begins, leaving out a comma the parser hangs on it."""
    return next(t.i for t in arg.subtree if not t.is_punct or t.i == arg.i)


def _aside(gap: SpacySpan) -> bool:
    """ ", en liquidación desde marzo,": a phrase with no verb, set off by a
    comma on each side and none inside, between a Spanish deal noun's phrase and the
    "a" phrase after it."""
    return (
        len(gap) >= 3 and gap[0].text == "," and gap[-1].text == ","
        and not any(t.text in (",", ";", ":") or is_verbal(t) for t in gap[1:-1])
    )


def _control_in(r: Reading) -> list[tuple[str, Token]]:
    """ "la FNE aprobó la adquisición de control en Y por parte de X", "the acquisition
    of control in Y": a purchase of control (its "de" / "of" a control word, no
    company) is of the company its "en" / "in" phrase names, read as the "de" / "of"
    of a plain purchase; the parser may hang the phrase on the verb right after the
    noun's phrase."""
    ctx, tok = r.ctx, r.tok
    if r.kind != "acquire" or not r.noun:
        return []
    of = [(p, a) for p, a in ctx.prep_args(tok) if p in ("de", "of")]
    if not of or not all(a.lemma_.lower() in CONTROL_WORDS and a.i not in ctx.tok_ent
                         for _, a in of):
        return []
    verb = tok.head if is_verbal(tok.head) else None
    hung = [(p, a) for p, a in ctx.prep_args(verb) if a.left_edge.i == tok.right_edge.i + 1
            ] if verb is not None else []
    return [(of[0][0], a) for p, a in [*ctx.prep_args(tok), *hung]
            if p in ("en", "in") and ctx.np_entities(a)]


def _por_parte_de(arg: Token) -> bool:
    """ "por parte de X" (``case_of`` reads it as "by"): the parser makes "parte de"
    fixed words of the "por"."""
    return any(
        c.dep_ == "case" and c.lower_ == "por" and any(f.lower_ == "parte" for f in c.children)
        for c in arg.children
    )


def _source_of_money_kind(r: Reading, money: Token) -> list[tuple[str, Token]]:
    """ "consiguió 2 millones de dólares de inversión de X", "captó 5 millones de
    financiación de X": the sum's kind, a funding noun, carries where the money comes
    from; its "de" name is the raise's investor."""
    ctx = r.ctx
    return [
        (q, b)
        for p, a in ctx.prep_args(money)
        if p == "de" and ctx.by_token.get(a.i, "").startswith(("invest_n", "round_n"))
        and a.lemma_.lower() not in CONVERTIBLE_NOUNS  # "2 millones de préstamo de un banco"
        for q, b in ctx.prep_args(a)
        if q == "de" and _money_source(r, q, b)
    ]


def _money_source(r: Reading, prep: str, arg: Token) -> bool:
    """ "captó 50 millones de euros de Kestrel", "recibió una inversión de 50 millones
    de X": the parser hangs the source on the sum; a name there (not the currency)
    is where the money comes from, the investor in the frames where "de" gives one.
    In a round led by another ("la ronda de 20 millones de Y, liderada por X") the
    name hung there is the company raising it."""
    role = r.frame.get(prep)
    return (role == "investor" or (role == "investee" and _led_round(r))) and bool(
        r.ctx.np_entities(arg)
    )


def _led_round(r: Reading) -> bool:
    """ "la ronda de Y, liderada por X", "the round of Y, led by X": a round noun with a
    participle of leading in its phrase names its leader with "por" / "by", so its "de"
    / "of" name is the company raising it, not an investor."""
    return r.noun and r.kind == "round" and any(
        c.lemma_.lower() in LEAD_VERBS and c.i != r.tok.i and c.dep_ in ("acl", "amod")
        for c in r.tok.subtree
    )


def _argument(r: Reading, prep: str, arg: Token) -> None:
    ctx, m, kind = r.ctx, r.m, r.kind
    role = r.frame.get(prep)
    if role is None and prep in ("en", "in") and kind in ("sell", "acquire", "take") and \
            not r.noun and (r.typed_kind == "stake" or any(
                o.lemma_.lower() in STAKE_NOUNS for o in direct_objects(r.tok))):
        # "vendió su 15 % en X a Y", "tomó una participación del 60 % en X": the
        # stake's company, hung on the verb
        role = "target"
    if role is None and prep == "into" and kind == "acquire" and not r.noun and \
            next(direct_objects(r.tok), None) is None:
        # "Harlan Capital bought into Ceiba Pagos": buying into a company is buying a
        # part of it, a stake (an investment in it)
        role, r.typed_kind = "target", "stake"
    if role is None:
        return
    if kind == "acquire" and not r.noun and prep == "de" and r.typed_kind != "goods":
        return
    refs = _argument_refs(r, prep, arg)
    taken = kind == "take" and prep == "con"  # "se hace con el 100 % de X"
    bid_for = kind == "offer" and prep == "por"  # "una oferta por la totalidad de X"
    # (not the share of a price a share: "ofreció 1.200 pesos por acción por X")
    bid_for = bid_for and arg.i not in ctx.share_price_toks
    # "lanzó una OPA por el 100 % de X": a bid noun's "por" names what it is for
    bid_for = bid_for or (r.noun and prep == "por" and r.frame.get("por") == "target")
    if not refs and (taken or bid_for or (r.noun and prep in ("de", "of", "sobre", "for"))):
        lemma = arg.lemma_.lower()
        if kind in ("acquire", "sell", "take", "offer") and (
            lemma in UNIT_NOUNS or lemma in STAKE_NOUNS or lemma in WHOLE_WORDS
            or lemma.endswith("%") or _percentage(arg)
            # "se quedará con la red de gasolineras de Y": premises taken from Y
            or (taken and lemma in ASSET_NOUNS)
        ):
            # "se hace con el 100 % de X", "una oferta sobre el 100 % de X": a takeover
            bought = "acquire" if taken or kind == "offer" else kind
            r.typed_kind = object_kind(ctx, arg, bought, m, r.exclude)
            return
    if r.passive and prep in ("por", "by"):
        role = r.subj_role or role
    if (
        kind == "acquire" and not r.noun and prep == "a" and r.obj_role
        and r.typed_kind == kind and not _has_object(r)
    ):
        # "compró a la mexicana X", "absorberá a X": Spanish marks a definite object
        # with "a"; with no other object, it is the target, not the seller.
        role = r.obj_role
    if role == "investee" and len(refs) > 1 and not r.noun:
        m.rules.append("parties:coordinated-investees")  # "invested in A and B"
    for x in refs:
        if x not in r.exclude:
            m.add_role(role, x)


# The deals whose verb may take "us" as the company bought or invested in ("X nos
# compró", "X invested $5m in us"; kg.deals.first_person.object_us)
_DONE_TO_US = frozenset({"acquire", "invest"})


def _argument_refs(r: Reading, prep: str, arg: Token) -> list[EntityRef]:
    """The parties an argument of the trigger names: the companies of its phrase, a
    pair ("ambas entidades"), a description or namesake told before, the company
    whose capital it is."""
    ctx, m, kind = r.ctx, r.m, r.kind
    refs = ctx.np_entities(arg) or relative_after_preposition(ctx, arg)
    if not refs and not r.noun and kind in _DONE_TO_US and object_us(arg):
        refs = resolve_np(ctx, arg, m.parties() | r.exclude)  # "X invested $5m in us"
    if not refs and prep in ("con", "with") and object_us(arg) and _named_doer(r):
        # "por contrato con nosotros, Y presta el servicio", "a contract with us": the
        # one the deal is made with is the voice that says "us" (first_person)
        refs = [x for x in resolve_np(ctx, arg, m.parties() | r.exclude) if x.kind == "org"]
    if not refs and kind in ("merge", "partner", "agreement"):
        refs = both_named(ctx, arg)  # "la fusión de ambas entidades" (kg.deals.pairs)
    if refs and arg.i not in ctx.tok_ent and arg.lemma_.lower() in STAKE_NOUNS:
        refs = []  # "the sale of X shares": shares of a company, not the company
    if not refs:
        refs = _description_refs(
            ctx, m, arg,
            m.parties() | r.exclude | _buyer_of_noun(r, prep) | _holder_of_stake(r, prep),
        )
    if not refs and prep in ("en", "in", "a") and arg.lemma_.lower() in CAPITAL_NOUNS:
        refs = ctx.nested_entities(arg) or _capital_owner_on_verb(r, arg)  # "en el capital de X"
        ours = _our_capital(r, arg) if not refs else None
        if ours is not None:
            return ours
        if not refs and kind == "invest" and not any(
            p in ("de", "of") for p, _ in ctx.prep_args(arg)
        ):
            # "X, que entró en el accionariado en 2021": the capital of the company
            # the article is about; just after a takeover told, of the company sold
            sold = _sold_just_before(ctx, m, m.parties() | r.exclude)
            if sold is not None:
                m.rules.append("parties:capital-of-company-sold")
            topic = sold or topic_before(ctx, arg.i, m.parties() | r.exclude)
            refs = [topic] if topic is not None else []
    return refs


def _our_capital(r: Reading, capital: Token) -> list[EntityRef] | None:
    """ "Y se incorporó a nuestro capital", "Y bought into our capital in 2019": the
    first person plural possessive says whose capital it is, the organisation whose
    voice says "our" (``kg.deals.refer.our_voice``), never the company sold or the
    topic named before it (roles:our-capital); ``None`` when no such possessive."""
    poss = next((c for c in capital.children
                 if c.lower_ in FIRST_PLURAL_POSSESSIVES and c.dep_ in ("poss", "det")), None)
    if poss is None:
        return None
    r.m.rules.append("parties:our-capital")
    return [x for x in our_voice(r.ctx, poss, r.m.parties() | r.exclude) if x.kind == "org"]


# How many sentences after a takeover told a capital entered is still the target's.
_SOLD_REACH = 2


def _sold_just_before(ctx: Context, m: Mention, exclude: set[EntityRef]) -> EntityRef | None:
    """ "Y acordó comprar X. Venden los fundadores y el fondo Z, que había entrado en el
    accionariado hace años": a holder told entering a capital of no company named, within
    two sentences of a takeover, entered the capital of the company taken over (the
    story follows the company sold, not its buyer); never one the holder itself
    bought."""
    told = ctx.told_roles.get("target")
    if told is None or not 0 <= m.sent - told[0] <= _SOLD_REACH or told[1] in exclude:
        return None
    return told[1] if told[1].kind == "org" else None


def _named_doer(r: Reading) -> bool:
    """Whether the deal word's other side is a company its clause names as subject: the
    verb's own ("Y firmó un contrato con nosotros") or, for a noun, the verb's it
    hangs from ("Bajo contrato con nosotros, Y presta el servicio"). A clause whose
    subject names no company ("el envío se devolvió") leaves "with us" without the
    party it is made with (a false deal on an opened half, session 34)."""
    verb = r.tok.head if r.noun else r.tok
    while verb.dep_ not in ("ROOT", "conj") and not is_verbal(verb) and verb.head != verb:
        verb = verb.head
    return any(x.kind == "org" for s in subjects(verb) for x in r.ctx.np_entities(s))


def _buyer_of_noun(r: Reading, prep: str) -> set[EntityRef]:
    """The buyer a purchase noun's description cannot stand for: "Corvane completed the
    acquisition of the club from Milbrook", "X cerró la compra de la compañía": the
    subject of the verb whose object the noun is buys (the noun's unsaid acquirer), and
    no company buys itself, so "the club" is not Corvane, whom it would otherwise name
    as the company told last. (Not with an agent, "announced the purchase of the company
    by Y", where the subject may well be what is bought.)"""
    ctx, tok = r.ctx, r.tok
    if not r.noun or r.kind != "acquire" or r.frame.get(prep) != "target":
        return set()
    if tok.dep_ not in OBJ_DEPS or not is_verbal(tok.head):
        return set()
    if any(p in ("by", "por") for p, _ in ctx.prep_args(tok)):
        return set()
    return set(governing_subject(ctx, tok.head, set()))


def _holder_of_stake(r: Reading, prep: str) -> set[EntityRef]:
    """The holder a stake noun's description cannot stand for: "Y has raised its stake
    in the company to 15%", "Y cut its holding in the miner": the subject of the verb
    whose object the stake is holds it (the possessive pronoun says so), and no
    company holds a stake in itself, so "the company" is not Y, whom it would
    otherwise name as the company told last. (The possessive in English only so far;
    the verb's own named subject in both languages, "Y tomó una participación del 20 %
    en la conservera".)"""
    ctx, tok = r.ctx, r.tok
    if not r.noun or r.frame.get(prep) != "investee":
        return set()
    if tok.lemma_.lower() not in STAKE_NOUNS or tok.dep_ not in OBJ_DEPS \
            or not is_verbal(tok.head):
        return set()
    if ctx.lang != "en" or not any(
            c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in tok.children):
        # "taking a small stake in the team": no pronoun says the stake is the
        # subject's own, whose subject may be told through a relative or a participle;
        # a company named as the verb's own subject takes it ("Y took a 10% stake in
        # the company": not in Y, session 44)
        return {x for c in tok.head.children if c.dep_ in SUBJ_DEPS
                for x in ctx.np_entities(c) if x.kind == "org"}
    return {x for x in governing_subject(ctx, tok.head, set()) if x.kind == "org"}


def _semicolon_clause(tok: Token) -> tuple[int, int]:
    """The token range of the stretch of ``tok``'s sentence between semicolons: a
    clause of its own ("A venture with Y makes X; its founder wants more")."""
    sent = tok.sent
    start = next((t.i + 1 for t in reversed(sent[: tok.i - sent.start]) if t.text == ";"),
                 sent.start)
    end = next((t.i for t in sent[tok.i - sent.start :] if t.text == ";"), sent.end)
    return start, end


def _description_refs(
    ctx: Context, m: Mention, arg: Token, exclude: set[EntityRef]
) -> list[EntityRef]:
    """The company a definite description in an argument stands for: a noun that names
    a party by its role in the deal just told ("signed a contract with the buyer",
    "firmó un contrato con la nueva propietaria": ``kg.deals.refer.role_anaphor``), a
    company noun or a descriptor told before ("la compañía", "la conservera"), else the
    one company whose name begins (ends, in English) with its noun ("tomó el control de
    la panificadora", kg.deals.namesake)."""
    told = _role_refs(ctx, m, arg, exclude)
    if told or role_left_open(ctx, arg):
        return told
    if (arg.lemma_.lower() in COMPANY_NOUNS or _descriptor_told(arg)) and not _own_unit(arg):
        refs = resolve_np(ctx, arg, exclude)
        if refs:
            return refs
    named = namesake_before(ctx, arg, exclude)
    if named is None:
        return []
    m.rules.append("parties:namesake")
    return [named]


def _role_refs(ctx: Context, m: Mention, arg: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """The party a role noun in an argument names ("with the new owner", "con la
    compradora"): ``kg.deals.refer.role_anaphor`` (parties:role-anaphor)."""
    told = role_anaphor(ctx, arg, exclude)
    if told is None:
        return []
    m.rules.append("parties:role-anaphor")
    return [told]


def _capital_owner_on_verb(r: Reading, capital: Token) -> list[EntityRef]:
    """ "se ha incorporado al capital de la madrileña X": the parser hangs the "de" phrase
    right after the capital noun on the verb, which takes none of its own; the company
    it names owns that capital."""
    ctx = r.ctx
    return [
        x for p, a in ctx.prep_args(r.tok)
        if p == "de" and a.left_edge.i == capital.right_edge.i + 1
        for x in ctx.np_entities(a) or ctx.nested_entities(a)
    ]


# The possessive determiners of what a company owns ("su filial", "its unit", "their
# fleet").
OWN_POSSESSIVES = frozenset({"su", "sus", "its", "their"})


def _own_unit(arg: Token) -> bool:
    """ "la venta de su filial logística a Y", "the sale of its logistics unit": a unit
    noun a possessive determiner owns is a part of the company the possessive stands
    for, not that company (its owner is the seller, ``unit_owner``)."""
    return arg.lemma_.lower() in UNIT_NOUNS and any(
        c.lower_ in OWN_POSSESSIVES and c.dep_ in ("det", "poss") for c in arg.children
    )


def _descriptor_told(arg: Token) -> bool:
    """ "tomó el control de la conservera": a company told before by its descriptor (a
    definite singular noun standing alone: "la cadena de clínicas X" introduces one)."""
    kept = [c for c in arg.children if not _sold_to(c) and not non_restrictive(c)]
    end = max((c.right_edge.i for c in kept), default=arg.i) + 1
    end = max(end, arg.i + 1)  # (the parser may hang the name after it elsewhere)
    return (
        arg.lower_ in DESCRIPTORS and is_definite(arg) and "Plur" not in feat(arg, "Number")
        and all(c.dep_ in ("det", "case", "amod") and c.pos_ != "PROPN" for c in kept)
        and (end >= len(arg.doc) or arg.doc[end].pos_ != "PROPN")
    )


def _sold_to(dep: Token) -> bool:
    """ "la venta de la unidad de la cadena a Y": the "a" phrase of a sale's buyer, which
    the Spanish parser hangs on the last noun before it; no modifier of that noun."""
    return dep.dep_ in ("nmod", "obl") and any(
        c.dep_ == "case" and c.lower_ in ("a", "al") for c in dep.children
    )


def _percentage(tok: Token) -> bool:
    """ "el 30 %", "el 30 por ciento": a number the percent sign hangs on (the small
    Spanish model tags the number a noun), a share of a company."""
    return tok.like_num and any(c.text == "%" or c.lower_ == "ciento" for c in tok.children)


def _has_object(r: Reading) -> bool:
    """Whether the verb has an object or a target apart from its "a" arguments: a
    participle on a noun has that noun ("el hotel, adquirido en 2024 a Y": what a
    reduced relative tells of is its participle's object, so "a Y" is whom it was
    bought from)."""
    return (
        _participle_on_noun(r.tok)
        or r.relative_object is not None  # "la planta, que compró en 2010 a Y"
        or any(role in ("target", "investee") for role, _ in r.m.roles)
        or any(True for _ in direct_objects(r.tok))
        or any(True for _ in bare_obliques(r.tok))
        or any(c.dep_ in OBJ_DEPS and case_of(c) is None for c in r.tok.children)
    )


def _participle_on_noun(tok: Token) -> bool:
    """ "el hotel, adquirido en 2024 a Y", "la planta comprada a Y": a past participle
    (which the Spanish parser may tag an adjective) hung on the noun it tells of, with
    no auxiliary of its own."""
    return (
        tok.dep_ in ("amod", "acl") and "Part" in feat(tok, "VerbForm")
        and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i
        and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in tok.children)
    )


_SUBSCRIBING = LEXICON.words("subscribing_verbs")


def relative_subscriber(r: Reading) -> None:
    """ "La junta aprobó un aumento de capital que suscribirá por entero Y", "a
    capital increase that Y will take up in full": the subject of a relative clause
    of subscribing on a capital increase is its investor, as the agent of "suscrita
    por Y" is (parties:relative-subscriber)."""
    if not (r.noun and r.kind == "capital"):
        return
    for c in r.tok.children:
        if c.dep_ not in ("relcl", "acl", "acl:relcl") or c.i < r.tok.i:
            continue
        if c.lemma_.lower() not in _SUBSCRIBING and c.lower_ not in _SUBSCRIBING:
            continue
        if not any("Rel" in feat(g, "PronType") and g.dep_ in OBJ_DEPS for g in c.children):
            continue  # ("... que suscribe el 10 %": the pronoun is its subject)
        for x in (x for s in subjects(c) for x in r.ctx.np_entities(s) if x.kind == "org"):
            if x not in r.m.parties():
                r.m.add_role("investor", x)
                r.m.rules.append("parties:relative-subscriber")
    if any(role == "investor" for role, _ in r.m.roles) and not any(
        role == "investee" for role, _ in r.m.roles
    ):
        _organ_raises(r)


def _organ_raises(r: Reading) -> None:
    """ "La junta general votó un aumento de capital que suscribirá Y": a
    company's own organ, named bare, approves a capital increase of the company the
    text is about, which Y invests in: the voice of a company's own text (its "we",
    its frame), else the discourse topic."""
    verb = r.tok.head
    organs = [s for s in subjects(verb) if s.lemma_.lower() in ORGAN_NOUNS and is_definite(s)
              and not r.ctx.np_entities(s) and not any(
                  prep in ("de", "of") for prep, _ in r.ctx.prep_args(s))]
    if not organs or r.tok.dep_ not in OBJ_DEPS:
        return
    ctx = r.ctx
    topic = ctx.voice or ctx.frame_voice or topic_before(ctx, r.tok.i, r.m.parties(), lede=True)
    if topic is not None and topic.kind == "org" and topic not in r.m.parties():
        r.m.add_role("investee", topic)
        r.m.rules.append("parties:organ-raises")


def participle_agents(r: Reading) -> None:
    """The agent of a participle on a deal noun is the deal's agent: "la OPA lanzada
    por X", "the bid made by X", "an investment announced by X"."""
    if not (r.noun and r.subj_role):
        return
    for c in r.tok.children:
        if c.dep_ in ("amod", "acl") and "Part" in feat(c, "VerbForm") and \
                c.lemma_.lower() not in LEAD_VERBS:
            agent_told = False
            for prep, arg in r.ctx.prep_args(c):
                # the parser often hangs the noun's own complements on it too
                # ("la OPA lanzada por X sobre Y")
                if prep == "por" and agent_told and _shares_of(arg):
                    # "la OPA lanzada por X por acciones de Y": the second "por" is
                    # what the bid is for, the company whose shares it buys
                    _bid_for_shares(r, arg)
                    continue
                role = r.subj_role if prep in ("por", "by") else r.frame.get(prep)
                if role is None or prep in ("de", "of"):
                    continue
                # ("a operating agreement signed with the new owner": a role noun)
                for x in r.ctx.np_entities(arg) or _role_refs(r.ctx, r.m, arg, r.m.parties()):
                    r.m.add_role(role, x)
                    agent_told = agent_told or prep == "por"
                if prep == "por" and agent_told:
                    # the parser may hang the second "por" higher, past the agent
                    # ("lanzada por X, filial de Z, por acciones de Y")
                    shares = _shares_after(arg)
                    if shares is not None:
                        _bid_for_shares(r, shares)


def participle_owner(r: Reading) -> None:
    """ "X owns Y, acquired in 2019 for $40 million", "its Scottish arm, Y, bought in
    2021", "su filial Y, comprada en 2020": a participle of buying on a company, with no
    agent, tells that the company's owner bought it. The owner is the subject of a verb
    of owning whose object the company is, or the possessor of the unit noun the name
    is in apposition with ("its" the company named last before it). With no owner told
    ("Y, acquired in 2019, grew"), who bought is left unsaid."""
    if not (r.participle and r.kind == "acquire" and r.subj_role) or any(
        role == r.subj_role for role, _ in r.m.roles
    ) or any(c.dep_ == "agent" or c.lower_ in ("by", "por") for c in r.tok.children):
        return
    noun = described_noun(r.ctx, r.tok)
    if noun is None or r.obj_role is None:
        return
    # "its arm, Y, bought in 2021": the parser hangs the participle on the unit noun
    named = noun if noun.i in r.ctx.tok_ent else next(
        (c for c in noun.children if c.dep_ == "appos" and c.i in r.ctx.tok_ent
         and noun.lemma_.lower() in UNIT_NOUNS), None,
    )
    if named is None:
        return
    exclude = r.m.parties() | r.exclude
    owners = [x for x in _owning_subject(r.ctx, named) or _unit_owner(r.ctx, named, exclude)
              if x not in exclude]
    bought = [x for x in r.ctx.np_entities(named) if x.kind == "org" and x not in owners]
    if not owners or not bought:
        return
    for x in bought:
        r.m.add_role(r.obj_role, x)
    for x in owners:
        r.m.add_role(r.subj_role, x)
    r.m.rules.append("parties:owner-bought")


def _owning_subject(ctx: Context, noun: Token) -> list[EntityRef]:
    """ "X owns Y", "X controla Y": the owner of the company named as the object."""
    if noun.dep_ not in OBJ_DEPS or noun.head.lemma_.lower() not in OWNING_VERBS:
        return []
    return [x for s in subjects(noun.head) for x in ctx.np_entities(s) if x.kind == "org"]


def _unit_owner(ctx: Context, noun: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "its arm, Y", "Y, X's unit", "su filial Y": the possessor of the unit noun the
    name is in apposition with; a possessive pronoun stands for the company named last
    before it, a first person plural one ("our unit Y", "nuestra filial Y") for the
    organisation whose voice says it (session 34)."""
    units = [c for c in noun.children if c.dep_ == "appos" and c.lemma_.lower() in UNIT_NOUNS]
    if noun.dep_ in ("appos", "flat", "nmod") and noun.head.lemma_.lower() in UNIT_NOUNS:
        units.append(noun.head)
    for unit in units:
        for c in unit.children:
            if c.dep_ == "poss" and c.i in ctx.tok_ent:
                return [x for x in ctx.np_entities(c) if x.kind == "org"]
            if c.lower_ in FIRST_PLURAL_POSSESSIVES and c.dep_ in ("poss", "det", "amod"):
                # "nuestra filial Y, adquirida en 2024 a Z": the writer's unit, which
                # the one who says "our" bought (``kg.deals.refer.our_voice``)
                return [x for x in our_voice(ctx, c, exclude) if x.kind == "org"]
            if c.lower_ in ("its", "su") and c.dep_ in ("poss", "det"):
                ref = ctx.salient_before(c.i, exclude)
                return [ref] if ref is not None else []
    return []


def _shares_of(arg: Token) -> bool:
    """A noun of shares or a stake ("acciones de Y", "el 60 % de Y")."""
    return arg.lemma_.lower() in STAKE_NOUNS or arg.lower_ in STAKE_NOUNS


def _shares_after(agent: Token) -> Token | None:
    """The shares noun of a "por" phrase right after the agent's phrase (a comma
    between), wherever the parser hangs it."""
    doc = agent.doc
    i = agent.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct and doc[i].lower_ == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "por":
        return None
    noun = doc[i].head
    return noun if noun.i > i and _shares_of(noun) else None


def _bid_for_shares(r: Reading, arg: Token) -> None:
    """The company whose shares a bid noun's participle says it is for, as the
    target (the role the noun gives "sobre"/"for")."""
    role = r.frame.get("sobre") or r.frame.get("for")
    if role is None:
        return
    for x in r.ctx.nested_entities(arg):
        if x not in r.m.parties():
            r.m.add_role(role, x)
            r.m.rules.append("parties:bid-for-shares")


def agent(r: Reading) -> None:
    """The deal's agent: a noun's possessor or governing subject (``noun_subject``), a
    verb's subject (the object's role when the verb is passive)."""
    if r.noun and r.kind != "investor":
        noun_subject(r)
        counterpart(r)
        return
    role = (r.obj_role if r.passive else r.subj_role) or r.subj_role
    for x in r.subj_refs:
        if role:
            r.m.add_role(role, x)
    if not r.passive:
        counterpart(r)
    if r.kind in ("acquire", "sell") and r.typed_kind == r.kind and not r.noun:
        # "compró Ibercom, filial de Repsol": the owner of the company bought sells it.
        named = [*direct_objects(r.tok), *(subjects(r.tok) if r.passive else [])]
        for x in (x for t in named for x in _owner(r.ctx, t)):
            if x not in r.m.parties():
                r.m.add_role("seller", x)


def _owner(ctx: Context, tok: Token) -> list[EntityRef]:
    """The company a named company belongs to, told in apposition: "Ibercom, filial de
    Repsol", "Ibercom, propiedad de Repsol", "Ibercom, a unit of Repsol"."""
    found: list[EntityRef] = []
    for c in tok.children:
        if c.dep_ == "appos" and c.lemma_.lower() in (UNIT_NOUNS | {"propiedad"}):
            found += [x for x in ctx.nested_entities(c) if x not in found]
    return found


def retype(r: Reading) -> None:
    """Buying goods is a purchase agreement; buying a stake, an investment."""
    m, kind = r.m, r.kind
    if r.typed_kind == "goods":
        mapping = {"acquirer": "buyer", "target": "buyer", "seller": "seller"}
        if kind == "sell":
            mapping = {"seller": "seller", "acquirer": "buyer", "buyer": "buyer"}
        m.type = "PurchaseAgreement"
        m.roles = [(mapping.get(role, role), e) for role, e in m.roles if role != "target"]
    elif r.typed_kind == "stake":
        mapping = {"acquirer": "investor", "target": "investee", "seller": "seller"}
        if kind == "sell" and not any(role in ("target", "investee") for role, _ in m.roles):
            sellers = [e for role, e in m.roles if role == "seller"]
            if _own_stake(r.tok) or any(e.kind == "person" for e in sellers):
                # "Its founder sold his 30% stake to Y", "X sold its stake to Y": a stake
                # the seller holds in a company, never in a person, nor in X itself.
                for x in organisations_of(r.ctx, sellers)[:1]:
                    # ("Quillon founder X sold his stake": read with the subject, the
                    # company named in it is the one the stake is in)
                    m.roles = [(role, e) for role, e in m.roles if e != x]
                    m.add_role("investee", x)
                    m.rules.append("parties:stake-of-sellers-company")
            else:
                # "X sold a 20% stake to Y": a stake in X itself, Y invests in X.
                mapping["seller"] = "investee"
        m.type = "Investment"
        m.roles = [(mapping.get(role, role), e) for role, e in m.roles]


def _own_stake(verb: Token) -> bool:
    """ "sold its 30% stake", "vendió su participación", "tras vender su 20 %": a stake
    the seller owns, named through a possessive (a stake it holds in another company),
    the possessive on the stake noun or on the percentage itself."""
    return any(
        c.dep_ in OBJ_DEPS and is_possessed(c) and (
            c.lemma_.lower() in STAKE_NOUNS or percentage(c) or _percentage(c)
        )
        for c in verb.children
    )


# -- the steps of some frames ------------------------------------------------------


def holders(r: Reading) -> None:
    """Appositive and copular investors: "El CEO, Sam Altman, es inversor en X", "Los
    accionistas de X son A, B y C"."""
    ctx, m, tok = r.ctx, r.m, r.tok
    # English puts the subject on the copula: "X is an investor in Y"
    said_of = [tok.head] if tok.dep_ == "attr" and tok.head.lemma_.lower() in ("be", "become") \
        else []
    if tok.dep_ == "xcomp" and any(c.dep_ == "cop" for c in tok.children):
        # "X sigue siendo su segundo accionista": the subject is the governing verb's
        said_of.append(tok.head)
    if tok.dep_ in ("obj", "obl") and case_of(tok) == "en" \
            and tok.head.lemma_.lower() in ("convertir", "convertirse") \
            and any(c.lower_ == "se" for c in tok.head.children):
        # "X se ha convertido en el accionista mayoritario de Y": Spanish "become" (not
        # "X convirtió a Y en su accionista", which makes another one the holder)
        said_of.append(tok.head)
    if _among_holders(tok):
        # "Entre los accionistas de Y figuran A y B", "Entre sus inversores están A y B"
        said_of.append(tok.head)
        m.rules.append("parties:among-holders")
    for s in [*subjects(tok), *(s for h in said_of for s in subjects(h))]:
        for x in resolve_np(ctx, s, m.parties(), generic=False):
            m.add_role("investor", x)
    for c in tok.children:
        if c.dep_ in ("appos", "compound", "flat"):
            # "Zenith shareholders", "Zenith investor Orbit": a name compounded before a
            # holder noun names the company held, as "the shareholders of Zenith" does
            held = c.dep_ == "compound" and c.i < tok.i
            for x in ctx.np_entities(c):
                m.add_role("investee" if held else "investor", x)
    if tok.dep_ in ("appos",):
        for x in ctx.np_entities(tok.head):
            m.add_role("investor", x)
    if tok.dep_ in SUBJ_DEPS and any(c.dep_ == "cop" for c in tok.head.children):
        for x in ctx.np_entities(tok.head):
            m.add_role("investor", x)
    if tok.dep_ in SUBJ_DEPS and tok.head.lemma_.lower() == "be":
        # English "The largest shareholder of Y is X", "Y's largest shareholder is X",
        # "The biggest shareholder is X": the copula's complement is the holder, as
        # Spanish "El mayor accionista de Y es X" has it as the subject
        for a in (a for a in tok.head.children if a.dep_ == "attr"):
            for x in ctx.np_entities(a):
                m.add_role("investor", x)
    _holders_include(r)
    _holders_listed(r)
    _holder_of_possessor(r)
    _holder_of_topic(r)
    _anchor_investors(r)


def _holder_of_possessor(r: Reading) -> None:
    """ "X is Y's largest shareholder", "X, Y's biggest investor", "Y's main backer, X",
    "Y, whose largest shareholder is X", "X, its largest shareholder": a holder noun
    names the company held by its possessor, as "the shareholders of Y" does by its
    complement (a pronoun, the company it stands for; "whose", the name its clause
    hangs on; "our", "nuestro", the company the text speaks for: "X has been our
    shareholder since 2022", "X es accionista nuestro"); as the subject of "be", the
    complement is the holder (parties:holder-of-possessor)."""
    ctx, m, tok = r.ctx, r.m, r.tok
    # (Spanish "su" is a possessive determiner: "su principal accionista es X"; only
    # where the holder is predicated of a name, not "notificó a su accionista, X")
    owners = [
        c for c in tok.children
        if c.dep_ == "poss" or (
            (_spanish_possessive(c) or _spanish_ours(c)) and _predicated(tok))
    ]
    if not r.noun or not owners:
        return
    # ("Y's largest shareholder is X", "whose largest shareholder is X": ``holders``
    # took the copula's complement as the holder)
    held: list[EntityRef] = []
    for c in owners:
        if c.lower_ == "whose":
            clause = next((t for t in tok.ancestors if t.dep_ in ("relcl", "acl:relcl")), None)
            held += ctx.np_entities(clause.head) if clause is not None else []
        elif c.lower_ in FIRST_PLURAL_POSSESSIVES:
            held += our_voice(ctx, c, m.parties())
        elif _spanish_possessive(c):
            # (after the holders, so the holder is never what "su" stands for)
            held += _clause_before_subject(r) or _possessive_antecedent(r, c)
        elif c.pos_ == "PRON":
            # (after the holders, so the holder is never what "its" stands for)
            held += _possessive_antecedent(r, c)
        else:
            held += ctx.np_entities(c)
    held = [x for x in held if x not in m.parties()]
    if held and any(role == "investor" for role, _ in m.roles):
        for x in held:
            m.add_role("investee", x)
        m.rules.append("parties:holder-of-possessor")


# The prepositions that name the company a holder noun is a holder of ("of Y", "in Y",
# "de Y", "en Y").
_ANCHORING_PREPS = frozenset({"of", "in", "at", "de", "en", "del"})


def _holder_of_topic(r: Reading) -> None:
    """ "Who owns Corran Water? The biggest holder is Ashby Ridge, with about 40%",
    "El mayor accionista es el fondo Y": a ranked holder noun said of a name, with no
    company of its own (no possessor, complement or compounded name), is a holder of the
    company the text is about, as "its biggest holder" would be: a relational noun
    whose anchor the discourse supplies (bridging), the settled topic before it
    (parties:holder-of-topic, session 26, apart8)."""
    ctx, m, tok = r.ctx, r.m, r.tok
    if not r.noun or "investee" in {role for role, _ in m.roles}:
        return
    if not is_definite(tok) or "Plur" in feat(tok, "Number") or not ranked(tok):
        return
    if any(c.dep_ in ("poss", "compound", "flat") or _spanish_possessive(c) or _spanish_ours(c)
           for c in tok.children) or any(p in _ANCHORING_PREPS for p, _ in ctx.prep_args(tok)):
        return  # (its stake beside it, "with about 40%", "con el 35 %", is no anchor)
    # ("The biggest shareholder is X": ``holders`` took the copula's complement)
    investors = [x for role, x in m.roles if role == "investor" and x.kind == "org"]
    if not investors:
        return
    topic = settled_topic(ctx, tok, set(investors) | m.parties())
    if topic is None or topic.kind != "org":
        return
    m.add_role("investee", topic)
    m.rules.append("parties:holder-of-topic")


# Verbs that place names among a noun's referents ("Entre sus accionistas figuran A y B").
_AMONG_VERBS = frozenset({"figurar", "estar", "encontrar", "destacar"})


def _among_holders(tok: Token) -> bool:
    """ "Entre los accionistas de Y figuran A y B": the holders are the subject of a verb
    of being among, the holder noun its "entre" phrase."""
    return case_of(tok) == "entre" and tok.head.lemma_.lower() in _AMONG_VERBS


def _predicated(tok: Token) -> bool:
    """A Spanish noun said of a subject by "ser" ("X es su accionista", "X sigue
    siendo su accionista"), the subject of such a noun ("su accionista es X"), or
    the noun names are placed among ("Entre sus accionistas figuran A y B"), or one
    with its holder apposed and its stake beside it ("su accionista, el fondo Y, con un
    30 %", ``kg.deals.holding_es.stake_apposed``)."""
    if any(c.dep_ == "cop" for c in tok.children) or _among_holders(tok) or stake_apposed(tok):
        return True
    return tok.dep_ in SUBJ_DEPS and any(c.dep_ == "cop" for c in tok.head.children)


def _clause_before_subject(r: Reading) -> list[EntityRef]:
    """ "X mantiene su plan y el fondo Y sigue siendo su accionista": "su" in a clause
    coordinated after another stands for that clause's subject."""
    clause = r.tok.head if r.tok.dep_ in ("xcomp", *SUBJ_DEPS) else r.tok
    if clause.dep_ != "conj":
        return []
    # (that clause's subject may be dropped: "X mantiene su plan: cerró la compra de Z,
    # y el fondo Y sigue siendo su accionista")
    return governing_subject(r.ctx, clause.head, r.m.parties())


def _anchor_investors(r: Reading) -> None:
    """ "La mitad de la oferta fue comprometida por cuatro inversionistas ancla: A, B, C
    y D": anchor investors of an offering named with no company buy into the company
    the article is about, the one that lists (parties:anchor-investors)."""
    ctx, m, tok = r.ctx, r.m, r.tok
    if not r.noun or any(role == "investee" for role, _ in m.roles):
        return
    if not any(c.lower_ in CORNERSTONE_WORDS for c in tok.children if c.i > tok.i - 2):
        return
    investors = [x for role, x in m.roles if role == "investor"]
    # the company that lists is what the sentence before is about (centering), else
    # the topic
    exclude = set(investors) | r.exclude
    topic = previous_subject(ctx, tok, exclude) or topic_before(ctx, tok.i, exclude)
    if investors and topic is not None:
        m.add_role("investee", topic)
        m.rules.append("parties:anchor-investors")


def _holders_include(r: Reading) -> None:
    """ "Klarwerk's backers include Elbe Ventures and Rook Capital", "Klarwerk, whose
    investors include Elbe Ventures, ...": what "include" lists are the investors, and
    the possessor (or the name the "whose" clause hangs on) the investee
    (parties:holders-include)."""
    ctx, m, tok = r.ctx, r.m, r.tok
    verb = tok.head
    if tok.dep_ not in SUBJ_DEPS or verb.lemma_.lower() != "include":
        return
    investors = [x for o in verb.children if o.dep_ in OBJ_DEPS for x in ctx.np_entities(o)]
    owners: list[EntityRef] = []
    for c in (c for c in tok.children if c.dep_ == "poss"):
        if c.lower_ == "whose" and verb.dep_ in ("relcl", "acl:relcl"):
            owners += ctx.np_entities(verb.head)
        else:
            owners += ctx.np_entities(c)
    if not investors or not owners:
        return
    for x in investors:
        m.add_role("investor", x)
    for x in owners:
        if x not in investors:
            m.add_role("investee", x)
    m.rules.append("parties:holders-include")


def _holders_listed(r: Reading) -> None:
    """ "Lantern investors, including A and B, ...", "its existing backers, such as A",
    "the shareholders of Y, including A": the names an English holder noun lists are
    its holders, in the company the noun is of (its compounded name, its possessor,
    "of Y"); "existing investors, including A" with no company, the discourse topic
    (parties:holders-listed)."""
    ctx, m, tok = r.ctx, r.m, r.tok
    if not r.noun or doc_lang(tok.doc) != "en" or "Plur" not in feat(tok, "Number"):
        return
    such = any(c.lower_ == "such" for c in tok.children)  # "shareholders such as A"
    listed = [
        x for c in tok.children
        if c.dep_ == "prep" and (c.lower_ in ("including", "like", "such")
                                 or (such and c.lower_ == "as"))
        for g in c.subtree if g.dep_ in ("pobj", "conj", "appos")
        for x in ctx.np_entities(g)
    ]
    listed = [x for x in dict.fromkeys(listed) if x not in m.parties() or (
        ("investor", x) in m.roles)]
    if not listed:
        return
    held = [x for role, x in m.roles if role == "investee"] + [
        # "Lantern investors" read with the name as an adjective
        x for c in tok.children if c.dep_ == "amod" and c.i < tok.i
        for x in ctx.np_entities(c)
    ]
    for c in tok.children:
        if c.dep_ == "poss" and not held:
            held += _possessive_antecedent(r, c) if c.pos_ == "PRON" else ctx.np_entities(c)
    if not held and any(c.lower_ in ("existing", "current") for c in tok.children):
        topic = topic_before(ctx, tok.i, set(listed))
        held += [topic] if topic is not None else []
    # a company named elsewhere in the article: "Existing Lantern" read as a name of
    # its own, named only here, is no company told
    phrase = range(tok.left_edge.i, tok.right_edge.i + 1)
    held = [x for x in held if x not in listed and any(
        ref == x and start not in phrase for start, ref in ctx.mention_starts)]
    if not held:
        return
    m.roles = [(role, x) for role, x in m.roles if x not in held and x not in listed]
    for x in listed:
        m.add_role("investor", x)
    for x in held:
        m.add_role("investee", x)
    m.rules.append("parties:holders-listed")


# Verbs whose agent joins a round another leads ("a round led by X, joined by Y").
_JOINED_BY = frozenset({"join"})


def _lead_after_date(r: Reading) -> list[Token]:
    """ "Y was valued at $900 million in a funding round last year led by X": a date
    between a round noun and its participle of leading makes the English parser hang
    the participle on the verb the round is told under; with only the date between
    them, the participle is the round's (parties:lead-after-date)."""
    if not r.noun or r.kind != "round" or doc_lang(r.tok.doc) != "en":
        return []
    doc, end = r.tok.doc, r.tok.right_edge.i
    verb = r.tok.head
    for _ in range(4):  # up through "in" and what the phrase hangs on
        if is_verbal(verb) or verb.head == verb:
            break
        verb = verb.head
    if not is_verbal(verb):
        return []
    leads = [
        c for c in verb.children
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.i > end
        and c.lemma_.lower() in LEAD_VERBS and not subjects(c)
    ]
    return [
        c for c in leads[:1]
        if c.i > end + 1 and all(
            t.like_num or t.lower_ in CALENDAR_WORDS or t.lower_ in _TIME_WORDS
            for t in doc[end + 1 : c.i]
        )
    ]


# The words of a date told after a round ("last year", "earlier this month", "in 2023,")
_TIME_WORDS = frozenset({
    ",", "in", "last", "this", "earlier", "late", "early", "year", "month", "week",
    "quarter", "ago", "spring", "summer", "autumn", "fall", "winter",
})


def lead_investors(r: Reading) -> None:
    """Investors that lead a round: "led by X", "liderada por X"; and those that take
    part in it: "joined by Y", "con la participación de X", "en la que participaron X
    y Y"."""
    ctx = r.ctx
    _led_by(r)
    if r.kind not in ("round", "raise"):
        return
    for x in _with_as_investor(r):
        r.m.add_role("investor", x)
    sent = ctx.sents[r.m.sent]
    for c in sent:
        if r.kind == "round" and _round_includes(c, r.tok):
            # "a round that included A and B"
            for x in (x for o in direct_objects(c) for x in ctx.np_entities(o)):
                r.m.add_role("investor", x)
            continue
        if c.i == r.tok.i or c.lemma_.lower() not in PARTICIPATE_WORDS | {"invest", "invertir"} \
                or _of_another_round(r, c):
            continue
        if _with_participating(c):
            # "X raised $10m, with A and B participating": the absolute construction
            for x in (x for s in subjects(c) for x in ctx.np_entities(s)):
                r.m.add_role("investor", x)
            continue
        if c.lemma_.lower() not in PARTICIPATE_WORDS or (
                r.kind != "round" and not _with_participation_on(r, c)):
            continue
        if c.pos_ == "NOUN" and (
            case_of(c) in ("con", "with")
            or ((r.m.roles or r.kind != "round") and c.dep_ == "pobj"
                and c.head.lower_ == "with")
            or (c.dep_ in OBJ_DEPS and c.head.dep_ == "relcl" and c.head.head.i == r.tok.i)
        ):
            # "con la participación de X", "with participation from X", "a round that
            # saw participation from X" (a round that names no party of its own
            # refers back: "The round was led by A, with participation from B")
            refs = ctx.nested_entities(c) + [
                x for prep, arg in ctx.prep_args(c) if prep == "from"
                for x in ctx.np_entities(arg)
            ]
        elif is_verbal(c) and c.dep_ in ("acl", "relcl", "acl:relcl") and any(
            g.lower_ in ("que", "which", "cual") for g in c.children
        ):
            refs = [x for s in subjects(c) for x in ctx.np_entities(s)]  # "en la que participó X"
        else:
            continue
        for x in refs:
            r.m.add_role("investor", x)


def _led_by(r: Reading) -> None:
    """The investors a verb of leading or joining names with "by"/"por" ("led by X",
    "joined by Y"), under the round or over it: "The round was led by X", "la ronda fue
    liderada por X" (the round is the subject of the passive verb of leading)."""
    head = r.tok.head
    passive_lead = [head] if (
        r.noun and r.tok.dep_ in SUBJ_DEPS and head.lemma_.lower() in LEAD_VERBS
        and is_passive(head)
    ) else []
    for c in [*r.tok.subtree, *passive_lead, *_lead_after_date(r)]:
        if c.lemma_.lower() in LEAD_VERBS | _JOINED_BY and c.i != r.tok.i \
                and not _of_another_round(r, c):
            for prep, arg in r.ctx.prep_args(c):
                if prep in ("by", "por"):
                    for x in r.ctx.np_entities(arg):
                        r.m.add_role("investor", x)


def _with_participation_on(r: Reading, c: Token) -> bool:
    """ "Y raised $20 million with participation from X", "Y closed a round with
    participation from X": a participation noun after "with" hung on the verb of
    raising, or on the round or sum it governs (no other verb between), names an
    investor of the raise the verb tells, as it does of a round noun."""
    if r.noun or c.pos_ != "NOUN" or c.dep_ != "pobj" or c.head.lower_ != "with":
        return False
    cur = c.head.head
    for _ in range(3):
        if cur.i == r.tok.i:
            return True
        if is_verbal(cur) or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# The dependencies that keep a word in the noun phrase of the round it names.
_IN_ROUND_PHRASE = frozenset({"compound", "flat", "appos", "nmod", "amod", "nummod"})


def _of_another_round(r: Reading, c: Token) -> bool:
    """ "captó 5 millones en una serie A que lideró X y después 20 en su serie B, liderada
    por Y y con la participación de Z": with two rounds told in one sentence,
    a lead or a participation belongs to the round noun it hangs on; the verb's deal
    takes those of its first round only, a round noun's deal only its own
    (parties:lead-of-own-round)."""
    ctx = r.ctx
    told = [t for t in ctx.sents[r.m.sent] if ctx.by_token.get(t.i, "").startswith("round")]
    words = {t.i for t in told}

    def one_round(t: Token) -> int:  # "una ronda Serie B", "a Series B round": one round
        while t.dep_ in _IN_ROUND_PHRASE and t.head.i != t.i:
            t = t.head
        return t.i

    if len({one_round(t) for t in told}) < 2:
        return False
    own = next((one_round(a) for a in c.ancestors if a.i in words), None)
    mine = one_round(r.tok) if r.tok.i in words else min(
        (one_round(t) for t in r.tok.subtree if t.i in words), default=None)
    if own is None or mine is None or own == mine:
        return False
    if "parties:lead-of-own-round" not in r.m.rules:
        r.m.rules.append("parties:lead-of-own-round")
    return True


def _with_as_investor(r: Reading) -> list[EntityRef]:
    """ "una ronda con X como inversor principal", "a round with X as lead investor":
    the name after "con" / "with" that an investor noun describes."""
    ctx, tok = r.ctx, r.tok
    heads = [tok, tok.head] if r.noun else [tok]
    found: list[EntityRef] = []
    for head in heads:
        for prep, arg in ctx.prep_args(head):
            if prep not in ("con", "with") or not ctx.np_entities(arg):
                continue
            after = ctx.doc[arg.right_edge.i + 1 : arg.right_edge.i + 5]
            if len(after) > 1 and after[0].lower_ in ("como", "as") and any(
                ctx.by_token.get(t.i, "").startswith("investor") for t in after[1:]
            ):
                found += [x for x in ctx.np_entities(arg) if x not in found]
    return found


def _with_participating(verb: Token) -> bool:
    """ "with A and B participating", "with B also investing", "con A y B participando":
    a participle clause after "with" / "con" whose subject takes part."""
    return is_verbal(verb) and verb.dep_ in ("pcomp", "advcl") and (
        verb.head.lower_ in ("with", "con") or case_of(verb) in ("with", "con")
    )


def _round_includes(verb: Token, round_: Token) -> bool:
    """ "a round that included A and B", "una ronda que incluyó a A y B": a relative
    clause of inclusion on the round names its investors."""
    return (
        verb.dep_ in ("relcl", "acl", "acl:relcl") and verb.head.i == round_.i
        and verb.lemma_.lower() in ("include", "incluir")
        and any(g.lower_ in ("that", "which", "que") for g in subjects(verb))
    )


def _joins_round(r: Reading) -> bool:
    """ "A y B participaron en la ronda de X", "A led the round", "A participará en la
    ampliación de capital de X": the subject of the verb that governs a round or a
    capital increase is an investor, and the round's "de" its investee. English hangs
    the round on "in", not on the verb: "A participated in the round of X"."""
    if not r.noun or r.kind not in ("round", "capital"):
        return False
    head = r.tok.head
    into = r.tok.dep_ == "pobj" and head.lower_ in _INTO_ROUND and head.dep_ == "prep"
    if into:
        head = head.head
    into = into or case_of(r.tok) in _INTO_ROUND
    if into and head.i in r.ctx.tok_amount and head.dep_ in ("dobj", "obj", "npadvmod"):
        head = head.head  # "invested $15 million in X's round": "in" hangs on the sum
    elif head.i in r.ctx.tok_amount and head.dep_ in ("dobj", "obj") and head.i < r.tok.i:
        head = head.head  # "X led a $25 million Series A": the round hung on its figure
    lemma = head.lemma_.lower()
    # "invested $5 million in X's seed round", "invirtió 2 millones en la ronda de X":
    # a verb of putting money in, with the round where the money goes
    return is_verbal(head) and (
        lemma in LEAD_VERBS | PARTICIPATE_WORDS or (into and lemma in ROUND_MONEY_VERBS)
        or (into and _takes_part(head))
    )


def _takes_part(verb: Token) -> bool:
    """ "took part in the round of X", "tomó parte en la ronda de X": "take part" /
    "tomar parte" (a bare "part" as the verb's object, or its compound in the Spanish
    parse) is to participate."""
    return verb.lemma_.lower() in ("take", "tomar") and any(
        (c.dep_ in OBJ_DEPS or c.dep_ == "compound") and c.lower_ in ("part", "parte")
        and not any(g.dep_ == "det" for g in c.children)
        for c in verb.children
    )


# The prepositions of what a round is joined or invested in.
_INTO_ROUND = ("in", "into", "to", "en", "a")


def listed_targets(r: Reading) -> None:
    """ "X's acquisitions include Y and Z", "X made several acquisitions, including Y":
    the companies a plural takeover noun is said to include are what was bought."""
    ctx, tok = r.ctx, r.tok
    if not r.noun or r.kind != "acquire" or "Plur" not in feat(tok, "Number"):
        return
    found: list[Token] = []
    if tok.dep_ in SUBJ_DEPS and tok.head.lemma_.lower() == "include":
        found += [c for c in tok.head.children if c.dep_ in OBJ_DEPS]
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    for head in {tok, holder}:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "including":
                found += [g for g in c.children if g.dep_ == "pobj"]
    for t in found:
        for x in ctx.np_entities(t):
            if x not in r.exclude and x not in r.m.parties():
                r.m.add_role("target", x)
                r.m.rules.append("parties:listed-target")


def topic_acquirer(r: Reading) -> None:
    """ "Profits grew, helped by the purchase of X two years ago": a takeover
    noun with its target and no agent in the sentence is the discourse topic's, the
    company the article is about (named at least twice before)."""
    if r.noun:
        noun_topic_acquirer(r.ctx, r.m, r.tok)


def noun_topic_acquirer(ctx: Context, m: Mention, tok: Token) -> None:
    """``topic_acquirer`` for the takeover noun ``tok``, also once a speaker it had
    taken for the buyer is dropped (kg.deals.speaker)."""
    roles = {role for role, _ in m.roles}
    if roles != {"target"} or tok.lemma_.lower() in BID_NOUNS:
        return
    if any(c.dep_ == "poss" and (c.pos_ == "PRON" or ctx.np_entities(c))
           for c in tok.children) or _unread_agent(ctx, tok):
        return
    add_topic_acquirer(ctx, m, tok)


def _unread_agent(ctx: Context, tok: Token) -> bool:
    """ "MARLOWE HOLDINGS completes purchase of Y": the takeover noun is the
    object of a verb whose subject is a proper name no entity covers. The sentence says
    who buys, though no name was read there, so the discourse topic is not the buyer."""
    return tok.dep_ in OBJ_DEPS and any(
        s.pos_ == "PROPN" and s.i not in ctx.tok_ent for s in subjects(tok.head))


def add_topic_acquirer(ctx: Context, m: Mention, tok: Token) -> None:
    """The discourse topic before ``tok`` (named at least twice, or the subject of
    the sentence before) becomes the acquirer of ``m``."""
    topic = _settled_topic(ctx, m, tok)
    if topic is not None:
        m.add_role("acquirer", topic)
        m.rules.append("parties:topic-acquirer")


def _settled_topic(ctx: Context, m: Mention, tok: Token) -> EntityRef | None:
    """The discourse topic before ``tok`` that is no party of ``m`` yet, when it is
    settled: named at least twice before, or the subject of the sentence before."""
    topic = topic_before(ctx, tok.i, m.parties(), lede=True)
    if topic is None:
        return None
    mentions = sum(1 for start, ref in ctx.mention_starts if ref == topic and start < tok.i)
    # named once, it is still the topic when it is the subject of the sentence
    # before ("Telefónica presentó resultados. La compra de X aportó ...")
    if mentions >= 2 or previous_subject(ctx, tok, m.parties()) == topic:
        return topic
    return None


def topic_partner(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Its venture with X" says whose it is; "A 2023 joint venture with X blends
    fertiliser in Kabwe", with no possessor, leaves the other partner unsaid: a
    partnership noun that is the subject of its clause, with its one partner named in
    its "with" complement and no agent anywhere in the sentence, is the discourse
    topic's, as a takeover noun with no agent is (``topic_acquirer``). English only
    (``parties:topic-partner``); a venture with no "with" ("The venture makes X"), or
    one a company in the sentence owns or signs, is left as it is."""
    if ctx.lang != "en" or tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return
    if len(m.parties()) != 1 or any(role != "partner" for role, _ in m.roles):
        return
    withs = [x for prep, arg in ctx.prep_args(tok) if prep == "with"
             for x in ctx.np_entities(arg)]
    if set(withs) != m.parties() or any(c.dep_ == "poss" for c in tok.children):
        return
    start, end = _semicolon_clause(tok)
    if any(ref not in withs and ref.kind == "org"
           for i, ref in ctx.mention_starts if start <= i < end):
        return  # another company named in the clause: the topic is not the one unsaid
    topic = _settled_topic(ctx, m, tok)
    if topic is not None and topic.kind == "org":
        m.add_role("partner", topic)
        m.rules.append("parties:topic-partner")


# -- the agent of a deal noun ------------------------------------------------------


def noun_subject(r: Reading) -> None:
    """The agent of a deal noun: its possessor ("its takeover"), a name compounded
    with it, or the subject of the verb that governs it."""
    ctx, m, tok, frame = r.ctx, r.m, r.tok, r.frame
    subj_role, obj_role = r.subj_role, r.obj_role
    # "Kestrel Labs's seed round": the parser may hang the possessor on the compound
    compounds = [c for c in tok.children if c.dep_ == "compound"] if r.kind == "round" else []
    for c in [*tok.children, *(g for k in compounds for g in k.children)]:
        if c.dep_ == "poss":
            refs = _possessor_refs(r, c)
            theme = bool(refs) and _possessor_is_theme(r)
            # "Quarrow led Tidebrook's Series A": a named possessor of a round that
            # the subject leads or joins is the company raising it, not an investor.
            raised = c.pos_ != "PRON" and _joins_round(r)
            for x in refs:
                if raised and x not in r.exclude:
                    m.add_role("investee", x)
                    m.rules.append("parties:round-possessor")
                elif subj_role:
                    m.add_role(obj_role if theme and obj_role else subj_role, x)
        elif c.dep_ == "compound" and c.i < tok.i:
            # "the Whole Foods acquisition": the name is the target; but with an
            # "of"-complement that names the target, the name before is the agent
            # ("the Acme acquisition of Zenith").
            of_target = obj_role is not None and any(
                prep in ("of", "de") and ctx.np_entities(arg) for prep, arg in ctx.prep_args(tok)
            )
            for x in ctx.np_entities(c):
                role = subj_role if of_target else obj_role or frame.get("de") or subj_role
                if role:
                    m.add_role(role, x)
    if subj_role and not any(role == subj_role for role, _ in m.roles):
        _add_relative_agents(r, subj_role)
    if subj_role and not any(role == subj_role for role, _ in m.roles):
        for x in counted_deal_owner(ctx, tok):
            if x not in m.parties():
                m.add_role(subj_role, x)
                m.rules.append("parties:counted-deal-owner")
    if subj_role and not any(role == subj_role for role, _ in m.roles):
        _add_told_agents(r, subj_role)
    if subj_role and _takes_governing_subject(r):
        for x in _governing_agents(r) or _headline_agent(r):
            m.add_role(subj_role, x)
    elif obj_role and _answers_offer(r):
        for x in _governing_agents(r):
            m.add_role(obj_role, x)
            m.rules.append("parties:answers-offer")
        answered = any(role == obj_role for role, _ in m.roles)
        for x in [] if answered else owners_company(ctx, tok, m.parties()):
            m.add_role(obj_role, x)
            m.rules.append("parties:owners-answer")
    if subj_role and obj_role and tok.dep_ in SUBJ_DEPS and _target_only(r):
        # "The purchase of Zenith gives Acme a foothold": the event's recipient did it
        for x in benefited(ctx, tok, m.parties()):
            m.add_role(subj_role, x)
            m.rules.append("parties:event-recipient")
    if obj_role and r.kind == "acquire" and _bidder_only(r):
        for x in _voting_company(r):
            m.add_role(obj_role, x)
            m.rules.append("parties:organ-of-target")


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "su", "sus"})


def _spanish_ours(tok: Token) -> bool:
    """ "nuestro accionista", "accionista nuestro": the Spanish first person plural
    possessive, before the noun or after it (which the parser may tag a pronoun)."""
    return tok.dep_ in ("det", "amod") and tok.lower_ in FIRST_PLURAL_POSSESSIVES


def _spanish_possessive(tok: Token) -> bool:
    """ "su", "sus": the Spanish possessive determiner (not a possessor phrase)."""
    return tok.dep_ == "det" and tok.lower_ in ("su", "sus")


def _pronoun_possessor(r: Reading, poss: Token) -> list[EntityRef]:
    """Who a possessive pronoun on a deal noun stands for: the one advised ("advised X
    on its purchase"), the noun a "whose" clause hangs on ("Acme, whose purchase of
    Zenith closed"), the subject of the verb that governs the noun ("Acme said its
    purchase ..."), or, when the noun is that subject itself, the topic before."""
    ctx, tok = r.ctx, r.tok
    adviser = _advising_verb(tok)
    if adviser is not None:
        return _advised(ctx, adviser, r.m.parties())
    served = _served_client(ctx, tok)
    if served is not None:
        r.m.rules.append("parties:served-client")
        return [x for x in served if x not in r.m.parties()]
    borrower = _borrower(ctx, tok)
    if borrower:
        r.m.rules.append("parties:borrower-possessor")
        return borrower
    rated = _rated_company(r)
    if rated is not None:
        return rated
    if poss.lower_ == "whose":
        clause = next((t for t in tok.ancestors if t.dep_ in ("relcl", "acl:relcl")), None)
        refs = ctx.np_entities(clause.head) if clause is not None else []
        if refs:
            r.m.rules.append("parties:whose-possessor")
        return refs
    if poss.lower_ in FIRST_PLURAL_POSSESSIVES:
        # "'Our acquisition of Y gives us ...,' said Z, chief executive of X": the
        # company the speaker speaks for made the deal, as "we" would (first_person);
        # only a speaker's (the article's own voice, with none near, was tried and
        # made a false deal on a closed half)
        refs = [x for x in voice(ctx, poss, r.m.parties()) or [] if x.kind == "org"]
        if refs:
            r.m.rules.append("parties:our-deal")
        return refs
    if tok.dep_ in (*SUBJ_DEPS, "ROOT"):
        # the governing verb's subject is the noun itself
        return _possessive_antecedent(r, poss)
    return governing_subject(ctx, tok.head, r.m.parties())


def _possessor_refs(r: Reading, poss: Token) -> list[EntityRef]:
    """Who a deal noun's possessor names: itself, the one a pronoun stands for, or the
    company a definite description means (``parties:described-possessor``)."""
    refs = r.ctx.np_entities(poss)
    if refs:
        return refs
    if poss.pos_ == "PRON" or poss.lower_ == "whose":
        return _pronoun_possessor(r, poss)
    refs = described_possessor(r.ctx, poss, r.m.parties())
    if refs:
        r.m.rules.append("parties:described-possessor")
    return refs


def described_possessor(ctx: Context, poss: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "X agreed to buy two ships from Y. It follows the collapse of the company's
    attempt to take over Z last spring": a possessor said by a definite company noun stands
    where "its" would. A generic one ("the company's", "the group's") continues the
    subject of the sentences before (centering), as "its" does, before the company
    named last; another ("the bank's") means the company the noun described before
    (kg.deals.refer)."""
    lemma = poss.lemma_.lower()
    if poss.pos_ != "NOUN" or lemma not in COMPANY_NOUNS or not is_definite(poss):
        return []
    ref = previous_subject(ctx, poss, exclude) if lemma in GENERIC_COMPANY_NOUNS else None
    refs = [ref] if ref is not None else resolve_np(ctx, poss, exclude)
    return [x for x in refs if x.kind == "org"]


def _possessive_antecedent(r: Reading, poss: Token) -> list[EntityRef]:
    """ "Acme reported a loss. Its purchase of Zenith weighed on margins.": an English
    possessive pronoun on a deal noun with no governing subject to bind it (the noun is
    itself the subject, or heads a verbless fragment) continues the subject of the
    sentences before (centering), else means the organisation named last; never a
    name compounded with the noun ("its Zenith acquisition")."""
    if poss.lower_ not in _POSSESSIVE_PRONOUNS:
        return []
    own = {x for c in r.tok.children if c.dep_ == "compound" for x in r.ctx.np_entities(c)}
    exclude = r.m.parties() | own
    ref = previous_subject(r.ctx, r.tok, exclude) or r.ctx.salient_before(poss.i, exclude)
    if ref is None:
        return []
    r.m.rules.append("parties:possessive-pronoun")
    return [ref]


def _relative_agents(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "the acquisition of Y, which X completed in 2016": the subject of a relative
    clause whose object is the deal noun itself (the relative pronoun) is its agent."""
    refs: list[EntityRef] = []
    # Only a verb by which a party makes a deal (complete, announce, agree) tells its
    # agent ("which X opposed" does not); such a verb takes an event, so a clause the
    # parser hung on the noun's complement ("of Y, which X completed") is read too.
    nouns = [tok, *(a for p, a in ctx.prep_args(tok) if p == "of")]
    for noun in nouns:
        for c in noun.children:
            if c.dep_ not in ("relcl", "acl:relcl") or not any(
                o.lower_ in ("which", "that") for o in direct_objects(c)
            ):
                continue
            if c.lemma_.lower() not in COMPLETED | ANNOUNCED:
                continue
            for s in subjects(c):
                refs += [x for x in ctx.np_entities(s) if x not in refs]
    return refs


def _add_relative_agents(r: Reading, subj_role: str) -> None:
    """The agents of a deal noun told by a relative clause that makes it
    (``_relative_agents``), and the noun's complement hung on that clause
    (``_relative_themes``)."""
    for x in _relative_agents(r.ctx, r.tok):
        r.m.add_role(subj_role, x)
        r.m.rules.append("parties:relative-agent")
        for role, y in _relative_themes(r):
            r.m.add_role(role, y)
            r.m.rules.append("parties:relative-theme")


def _relative_themes(r: Reading) -> list[tuple[str, EntityRef]]:
    """ "the takeover bid that X launched on Monday for Y": the verb of the relative
    clause that makes the deal noun (``_relative_agents``) takes the noun's own
    complement when the parser hangs it there: its preposition gives the role it would
    give after the noun ("a bid for Y")."""
    ctx, tok = r.ctx, r.tok
    if any(role == r.obj_role for role, _ in r.m.roles):
        return []
    found: list[tuple[str, EntityRef]] = []
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl:relcl") or c.lemma_.lower() not in COMPLETED | ANNOUNCED:
            continue
        for prep, arg in ctx.prep_args(c):
            role = r.frame.get(prep)
            if prep == "by" or role != r.obj_role or role is None:
                continue
            found += [(role, x) for x in ctx.np_entities(arg)
                      if x.kind == "org" and x not in r.m.parties()]
    return found


def _possessor_is_theme(r: Reading) -> bool:
    """ "Y's acquisition by X", "Y's sale to X": with the agent (or the buyer) named in
    a prepositional phrase and no "of"-complement, the possessor of a deal noun is
    what is bought, as in any event noun ("the city's destruction by the enemy")."""
    if r.kind not in ("acquire", "sell") or not r.obj_role:
        return False
    roles = {role for role, _ in r.m.roles}
    if r.obj_role in roles or not roles & {r.subj_role, "acquirer"}:
        return False
    if any(prep in ("of", "de") for prep, _ in r.args):
        return False
    r.m.rules.append("parties:possessor-is-target")
    return True


def _add_told_agents(r: Reading, role: str) -> None:
    """The agent of a deal noun told by a passive of bidding or by the agreement the
    deal is the purpose of (``_passive_bidders``, ``_agreement_party``), or by the one
    who tells of its takeover (``teller_agent``)."""
    for x in _passive_bidders(r):
        r.m.add_role(role, x)
        r.m.rules.append("parties:passive-bidder")
    for x in _agreement_party(r):
        r.m.add_role(role, x)
        r.m.rules.append("parties:agreement-purpose")
    if r.obj_role and not any(have == role for have, _ in r.m.roles):
        for x in teller_agent(r):
            r.m.add_role(role, x)
            r.m.rules.append("parties:teller-agent")


def _passive_bidders(r: Reading) -> list[EntityRef]:
    """ "La oferta de 90 millones por Y fue retirada por X", "la OPA sobre Y fue
    presentada por X", "A tender offer for Y was launched on Friday by X": a bid as the
    subject of a passive verb by which a bidder makes, improves or withdraws its bid
    (``bid_verbs_es``, ``bid_verbs_en``) is the bid of that verb's agent ("por X", "by
    X"). Verbs of answering a bid ("fue rechazada por Y") name its target instead
    (``_answers_offer``)."""
    tok, ctx = r.tok, r.ctx
    verb = tok.head
    verbs, agent = (BID_VERBS_EN, "by") if ctx.lang == "en" else (BID_VERBS_ES, "por")
    if (
        r.kind not in ("acquire", "offer") or tok.dep_ not in SUBJ_DEPS
        or verb.lemma_.lower() not in verbs or not is_passive(verb)
    ):
        return []
    return [
        x for prep, arg in ctx.prep_args(verb) if prep == agent
        for x in ctx.np_entities(arg) if x not in r.m.parties()
    ]


def _agreement_party(r: Reading) -> list[EntityRef]:
    """ "El acuerdo de BKR Logística para la compra de Y se firmó el viernes": a deal
    noun that is the purpose ("para") of an agreement noun is done by the party the
    agreement is named after ("de X"), as "X acordó comprar Y" is X's purchase."""
    tok, ctx = r.tok, r.ctx
    head = tok.head
    if case_of(tok) != "para" or head.lemma_.lower() not in AGREEMENT_NOUNS:
        return []
    return [
        x for prep, arg in ctx.prep_args(head) if prep == "de"
        for x in ctx.np_entities(arg) if x not in r.m.parties()
    ]


def _answers_offer(r: Reading) -> bool:
    """ "Y rejected X's takeover bid", "Y agreed to a takeover by X", "Y accepted an
    offer from X": a takeover whose bidder is named, answered by a company (the verb
    that governs the noun is one of answering an offer): that company is its target."""
    if r.kind != "acquire" or not r.noun:
        return False
    roles = {role for role, _ in r.m.roles}
    if r.obj_role in roles or r.subj_role not in roles:
        return False
    verb = next((t for t in r.tok.ancestors if is_verbal(t)), None)
    return verb is not None and answer_lemma(verb) in BID_ANSWER_VERBS and not (
        judges_likelihood(verb)
    )


def _bidder_only(r: Reading) -> bool:
    roles = {role for role, _ in r.m.roles}
    return r.subj_role in roles and r.obj_role not in roles


def _target_only(r: Reading) -> bool:
    roles = {role for role, _ in r.m.roles}
    return r.obj_role in roles and r.subj_role not in roles


# Verbs whose subject, an offer, puts a price on their object: "the offer values Y at
# $600 million", "the bid undervalues Y".
_VALUING_VERBS = frozenset({"value", "undervalue"})


def valued_companies(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "The offer from Tynedale Group values Marsden Engineering at £600 million", "the
    bid from X significantly undervalues Y": an offer that is the subject of a verb of
    valuing is for the company that verb values (its direct object): a takeover bid
    (``kg.deals.frames._bid_for_company``) whose target it names."""
    verb = tok.head
    if tok.dep_ not in SUBJ_DEPS or verb.lemma_.lower() not in _VALUING_VERBS:
        return []
    return [x for c in verb.children if c.dep_ in OBJ_DEPS
            for x in ctx.np_entities(c) if x.kind == "org" and x not in exclude]


def _voting_company(r: Reading) -> list[EntityRef]:
    """ "Zenith shareholders approved the takeover by Acme", "Zenith's board backed
    the purchase by Acme": a takeover with its bidder and no target, judged by a
    company's own shareholders or board, is of that company."""
    verb = next((t for t in r.tok.ancestors if is_verbal(t)), None)
    if verb is None:
        return []
    # "Zenith shareholders": the owner compounded with the organ, besides the owners
    # ``_organ_owner`` reads ("the board of Zenith")
    compounded = [
        x for s in subjects(verb) if s.lemma_.lower() in ORGAN_NOUNS
        for c in s.children if c.dep_ == "compound" for x in r.ctx.np_entities(c)
    ]
    found: list[EntityRef] = []
    for x in (*compounded, *_organ_owner(r.ctx, verb, r.m.parties())):
        if x not in r.m.parties() and x not in found:
            found.append(x)
    return found


def _headline_agent(r: Reading) -> list[EntityRef]:
    """ "Telefónica culmina la compra de Ibercom": the parser takes the lower-case
    verb for part of the name and hangs the deal noun on the name as an apposition;
    the name right before that verb is the agent."""
    ctx, tok = r.ctx, r.tok
    head = tok.head
    if tok.dep_ != "appos" or head.i not in ctx.tok_ent or head.i >= tok.i:
        return []
    between = [t for t in ctx.doc[head.i + 1 : tok.i] if t.i not in ctx.tok_ent]
    verbs = [t for t in between if t.is_lower and t.is_alpha and t.pos_ != "DET"]
    if len(verbs) != 1 or any(t.is_punct for t in between):
        return []
    ref = ctx.tok_ent[verbs[0].i - 1] if verbs[0].i - 1 in ctx.tok_ent else None
    return [ref] if ref is not None and ref not in r.m.parties() else []


def counterpart(r: Reading) -> None:
    """ "Repsol ha acordado con Telefónica la venta de Ibercom", "negocia con X la
    compra de Y", "agreed with X on the sale of Y", "agreed with X to sell Y": the one
    the subject agrees with is the other side of the sale."""
    ctx, m, tok = r.ctx, r.m, r.tok
    if r.kind not in ("acquire", "sell"):
        return
    verb = _agreed_on(tok) if r.noun else _agreed_to(tok)
    if verb is None:
        if not r.noun or tok.dep_ not in OBJ_DEPS or not is_verbal(tok.head):
            return
        verb = tok.head
    roles = {role for role, _ in m.roles}
    other = {"acquire": ("acquirer", "seller"), "sell": ("seller", "acquirer")}[r.kind]
    if other[0] not in roles or other[1] in roles:
        return
    for prep, arg in ctx.prep_args(verb):
        # "Sabadell ultima la venta de TSB a Santander": the parser hangs "a X" on the
        # verb; past the deal noun, it is the noun's.
        if prep in ("con", "with") or (prep == "a" and arg.i > tok.i):
            for x in ctx.np_entities(arg):
                m.add_role(other[1], x)


# Prepositions by which a verb of agreeing or negotiating names what it is about
# ("agreed with Y on the sale of Z", "negotiating with Y over the purchase of Z").
_TOPIC_PREPS = frozenset({"on", "over", "about", "sobre"})


def _agreed_on(tok: Token) -> Token | None:
    """The verb of agreeing or negotiating a deal noun is the topic of ("X agreed with
    Y on the sale of Z"): its "with" party is the other side of the sale."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _TOPIC_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    if not is_verbal(verb) or verb.lemma_.lower() not in ANNOUNCED | NEGOTIATING:
        return None
    return verb


def _agreed_to(tok: Token) -> Token | None:
    """ "X agreed with Y to sell Z", "X ha acordado con Y vender Z": the verb of
    agreeing whose infinitive the deal verb is."""
    verb = tok.head
    if tok.dep_ != "xcomp" or verb.i == tok.i or verb.lemma_.lower() not in (
        ANNOUNCED | NEGOTIATING
    ):
        return None
    return verb


def counted_predicate(tok: Token) -> Token | None:
    """The deal noun that a copula predicates with a count of its owner's deals ("It is
    X's second deal this year", "Es la tercera operación de X en dos años", "The
    purchase of Y is X's third acquisition"), when ``tok`` is that noun, the copula's
    subject, or a deal told beside it ("..., tras la compra de Y", "after buying Y")."""
    for anc in [tok, *itertools.islice(tok.ancestors, 2)]:
        pred: Token | None
        if anc.pos_ == "NOUN" and any(c.dep_ == "cop" for c in anc.children):
            pred = anc
        elif anc.lemma_.lower() == "be":
            pred = next((c for c in anc.children if c.dep_ == "attr"), None)
        else:
            continue
        if pred is not None and pred.lemma_.lower() in BACKREF_NOUNS and any(
            c.dep_ == "amod" and (
                "Ord" in feat(c, "NumType") or c.lower_ in _COUNTS
            )
            for c in pred.children
        ):
            return pred
        return None
    return None


# Ordinal words that count deals ("X's second deal", "la tercera operación de X").
_COUNTS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "latest", "primera", "primer",
    "segunda", "segundo", "tercera", "tercer", "cuarta", "cuarto", "quinta", "quinto",
})


def counted_deal_owner(ctx: Context, tok: Token) -> list[EntityRef]:
    """The owner of a counted deal predicate ("X's", "de X") is the agent of the deals
    told beside it: "Es la tercera operación de X, tras la compra de Y" (X buys Y), "The
    purchase of Y is X's third acquisition this year"."""
    pred = counted_predicate(tok)
    if pred is None or pred.i == tok.i:
        return []
    owners = [c for c in pred.children if c.dep_ == "poss"] + [
        arg for prep, arg in ctx.prep_args(pred) if prep == "de"
    ]
    found = [x for o in owners for x in ctx.np_entities(o)]
    return [x for x in found if x not in ctx.nested_entities(tok)]


def _takes_governing_subject(r: Reading) -> bool:
    symmetric = r.kind in ("partner", "agreement", "merge") or _joins_round(r)
    return (
        (symmetric or not any(role == r.subj_role for role, _ in r.m.roles))
        and r.tok.dep_ not in SUBJ_DEPS
        and not _is_bare_backref(r.ctx, r.tok, r.m)
    )


def _passive_agents(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "The hotel will be run by Y under a management agreement signed with X", "la
    planta será gestionada por Y bajo un contrato con X": an agreement in a phrase on a
    passive verb binds the verb's agent (its logical subject, "by"/"por"), not its
    grammatical subject, the thing done to."""
    if tok.dep_ not in ("pobj", "nmod", "obl"):
        return []
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if not is_verbal(verb) or not any(
        c.dep_ in ("auxpass", "nsubjpass", "aux:pass", "nsubj:pass") for c in verb.children
    ):
        return []
    return [x for prep, arg in ctx.prep_args(verb) if prep in ("by", "por")
            for x in ctx.np_entities(arg) if x.kind == "org" and x not in exclude]


def _governing_agents(r: Reading) -> list[EntityRef]:
    """The subject of the verb that governs a deal noun; none when a regulator or
    court judges it (then a company whose organ approves it) or when the noun is in
    an adjunct; for symmetric deals, the partners named past the preposition too."""
    ctx, m = r.ctx, r.m
    tok = first_conjunct(r.tok)  # (the first conjunct's verb governs the second)
    judge = judged_by_third_party(tok)
    rated = _rated_company(r)
    if rated is not None:
        found = rated
    elif judge is not None:
        found = _organ_owner(ctx, judge, m.parties())
    elif in_adjunct(tok):
        found = []
    elif urged_by(tok) is not None:
        found = []  # "X pushed for a sale of Y": X wants it, and is no party
        m.rules.append("parties:urged-not-party")
    elif (adviser := _advising_verb(tok)) is not None:
        found = _advised(ctx, adviser, m.parties())
    elif (served := _served_client(ctx, tok)) is not None:
        found = [x for x in served if x not in m.parties()]
        m.rules.append("parties:served-client")
    elif (lending := _lending_verb(tok)) is not None:
        # "X prestó 20 millones a Y para la compra de Z": the borrower buys, or nobody
        # named does; the lender, the verb's subject, never
        found = _recipients(ctx, lending)
        if found:
            m.rules.append("parties:borrower-governed")
    elif r.kind == "agreement" and (agents := _passive_agents(ctx, tok, m.parties())):
        found = agents
        m.rules.append("parties:passive-agent")
    else:
        found = governing_subject(ctx, tok, m.parties()) or _dropped_subject(r)
    if r.kind in ("partner", "agreement", "merge") and tok.head != tok:
        # "in talks with X about a partnership": past the preposition too.
        holder = tok.head.head if tok.dep_ == "pobj" else tok.head
        for prep, arg in ctx.prep_args(holder):
            if prep in ("a", "con", "with", "to", "in", "en"):
                found += [x for x in ctx.np_entities(arg) if x not in found]
            if prep in ("con", "with"):  # "Y, con la que X firmó un acuerdo"
                found += [x for x in relative_after_preposition(ctx, arg) if x not in found]
                found += _signed_with_described(r, arg, found)
    return found


def _signed_with_described(r: Reading, arg: Token, found: list[EntityRef]) -> list[EntityRef]:
    """ "Minera Quellón firmó con la empresa un contrato de suministro", "X signed with
    the consortium a ten-year agreement": the partner of the verb that governs an
    agreement, said by a definite description, is the company it stands for, never the
    signer (a company signs nothing with itself) (parties:signed-with-described).

    Measured (session 33): freeing every description marked "with" / "con", or every
    object and complement, of its clause's subject (binding principle C) everywhere
    made a false deal on two closed halves; only the verb's partner is read so."""
    if arg.pos_ != "NOUN" or r.ctx.np_entities(arg) or not is_definite(arg):
        return []
    refs = [x for x in _description_refs(r.ctx, r.m, arg, set(found) | r.m.parties())
            if x.kind == "org" and x not in found]
    if refs:
        r.m.rules.append("parties:signed-with-described")
    return refs


def _rated_company(r: Reading) -> list[EntityRef] | None:
    """ "Sorrel downgraded X after its purchase of Y", "Sorrel rebajó la calificación de X
    tras la compra de Y": a deal noun on a verb of rating (or of moving a rating) is the
    rated company's deal, never the rater's; None when the verb rates nothing."""
    # ("following" is a preposition, whatever its tag)
    verb = next((t for t in r.tok.ancestors if is_verbal(t) and t.dep_ != "prep"), None)
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ in OBJ_DEPS and c.i != r.tok.i]
    if verb.lemma_.lower() not in RATING_VERBS:
        # "rebajó la calificación de X", "cut its rating on X": the rating's company
        ratings = [o for o in objects if o.lemma_.lower() in RATING_NOUNS]
        if not ratings:
            return None
        objects = [a for o in ratings for _, a in r.ctx.prep_args(o)]
    return [x for o in objects for x in r.ctx.np_entities(o) if x not in r.m.parties()]


def _advising_verb(tok: Token) -> Token | None:
    """The verb of advising that governs a deal noun ("ha asesorado a X en la compra
    de Y", "advised X on its acquisition of Y"), if it is the nearest verb."""
    for head in tok.ancestors:
        if is_verbal(head):
            return head if head.lemma_.lower() in ADVISE_VERBS else None
    return None


def _served_client(ctx: Context, tok: Token) -> list[EntityRef] | None:
    """ "Marlcourt acted as financial adviser to Torvane on the acquisition of Pellow",
    "Marlcourt was lead counsel to Torvane on its purchase of Pellow", "Marlcourt actuó
    como asesor de Torvane en la compra de Pellow", "Brisden actuó como banco financiador
    en la compra": a deal noun in the clause whose predicate is a role of serving a side
    (an adviser, a lender, an underwriter) is the client's deal, named by the role's "to"
    or "de" (none named: no one's there); the firm that serves, the clause's subject,
    is never its party. None when no such role governs the noun."""
    role = _service_role(tok)
    if role is None:
        return None
    found: list[EntityRef] = []
    for prep, arg in ctx.prep_args(role):
        if prep in ("to", "de", "for", "para"):
            found += [x for x in ctx.np_entities(arg) if x not in found]
    return found


def _service_role(tok: Token) -> Token | None:
    """The role noun of serving a side ("adviser", "asesor", "banco financiador") that
    is the predicate of the clause a deal noun is in: on the way up to the clause's
    verb, its "as" / "como" phrase or its predicate noun ("was adviser to X"). Not when
    the verb has an object of its own ("X hired Y as adviser on the sale of Z", "X
    contrató a Y como asesor"): the "as" phrase is then said of the object, and the
    subject is the client."""
    nouns: list[Token] = []
    clause = tok
    for head in tok.ancestors:
        clause = head
        if is_verbal(head):
            break
        nouns.append(head)
    nouns += [clause, *(c for c in clause.children if c.dep_ == "attr")]
    nouns += [
        o for c in clause.children
        for o in ([c] if any(g.lower_ == "como" for g in c.children) else
                  [g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "as" else [])
    ]
    role = next((n for n in nouns if n.pos_ == "NOUN" and _serving(n)), None)
    if role is None or any(
        c.dep_ in OBJ_DEPS and c.i < role.i and not c.is_ancestor(role) for c in clause.children
    ):
        return None
    return role


def _serving(noun: Token) -> bool:
    """A role noun of serving a side, or one its modifier makes so ("banco financiador")."""
    return noun.lemma_.lower() in SERVICE_ROLE_NOUNS or noun.lower_ in SERVICE_ROLE_NOUNS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in SERVICE_ROLE_NOUNS for c in noun.children
    )


def _lending_verb(tok: Token) -> Token | None:
    """The verb of lending (or of giving a loan, or borrowed money) whose purpose phrase
    ``tok`` is in: "lent Y $20 million for its takeover", "concedió un préstamo a Y para
    la compra", "provided $200 million of debt for the purchase of Y"."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "for") and case_of(tok) != "para":
        return None
    verb = next((h for h in tok.ancestors if is_verbal(h)), None)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in LENDING_VERBS or (
        lemma in GIVING_VERBS and any(_lent(o, lemma) for o in direct_objects(verb))
    ):
        return verb
    return None


def _lent(obj: Token, verb: str) -> bool:
    """A loan, or borrowed money, as the object given, or what its sum is of ("$200
    million of debt"); borrowed money not by a verb a buyer does for itself ("X
    arranged financing for its purchase")."""
    nouns = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj")]
    return any(n.lemma_.lower() in LOAN_NOUNS or (
        n.lower_ in FINANCING_NOUNS and verb not in OWN_FUNDING_VERBS) for n in nouns)


def _borrower(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "X lent Y $20 million for its takeover of Z", "provided a loan to Y for its
    acquisition", "prestó 20 millones a Y para su compra de Z": a deal noun in the purpose
    phrase of a verb of lending (or of giving a loan) is the borrower's, whom the
    possessive means; the lender (the subject) makes no deal."""
    verb = _lending_verb(tok)
    return [] if verb is None else _recipients(ctx, verb)


def _recipients(ctx: Context, verb: Token) -> list[EntityRef]:
    """Whom a verb of lending lends to: its dative, or "to Y", "a Y" on it or its object."""
    objects = direct_objects(verb)
    found: list[EntityRef] = []
    recipients = [c for c in verb.children if c.dep_ in ("dative", "iobj")] + [
        a for head in (verb, *objects) for p, a in ctx.prep_args(head) if p in ("to", "a")
    ]
    for c in recipients:
        found += [x for x in ctx.np_entities(c) if x not in found]
    return found


def _advised(ctx: Context, verb: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """The one advised, who is the party; the adviser (the subject) never is."""
    found: list[EntityRef] = []
    for c in verb.children:
        if c.dep_ in OBJ_DEPS and case_of(c) in (None, "a"):
            found += [x for x in ctx.np_entities(c) if x not in exclude and x not in found]
    return found


def _dropped_subject(r: Reading) -> list[EntityRef]:
    """ "Además, ha cerrado la compra de X": Spanish drops the subject it has just
    named; the finite verb that governs the deal noun takes the subject of the
    sentence before (else the organisation named last)."""
    ctx, tok = r.ctx, r.tok
    verb = tok.head
    if (
        ctx.lang != "es" or (tok.dep_ not in OBJ_DEPS and not _round_raised_in(r))
        or not is_verbal(verb)
        or not _finite(verb) or subjects(verb) or r.passive
        or any(c.lower_ == "se" for c in verb.children)
        or verb.dep_ not in ("ROOT", "conj") or unsaid_we(verb)
    ):
        return []  # ("Firmamos un convenio con X": "nosotros", read by governing_subject)
    exclude = r.m.parties()
    ref = previous_subject(ctx, tok, exclude)
    if tok.dep_ not in OBJ_DEPS:
        # (a round raised "en": only by centering, never the company named last, which
        # is often an investor of an earlier round)
        if ref is not None:
            r.m.rules.append("parties:round-raised-in")
    elif ref is None:
        ref = ctx.salient_before(ctx.sents[r.m.sent].start, exclude)
    return [ref] if ref is not None else []


# Spanish verbs of raising money ("captó 9 millones en una serie A").
_RAISING_ES = frozenset(LEXICON.triggers().get("es", {}).get("raise_v", ()))


def _round_raised_in(r: Reading) -> bool:
    """ "Hace dos años captó 9 millones en una serie A encabezada por Y": a round told as
    what money was raised "en" by a verb of raising is that verb's deal as much as
    its object would be, so the verb's dropped subject raised it
    (parties:round-raised-in)."""
    tok = r.tok
    return r.kind == "round" and tok.dep_ in ("obl", "nmod") and (
        tok.head.lemma_.lower() in _RAISING_ES
    ) and any(c.dep_ == "case" and c.lower_ == "en" for c in tok.children)


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle with a finite auxiliary ("ha cerrado")."""
    return any("Fin" in feat(t, "VerbForm") for t in (verb, *verb.children)
               if t is verb or t.dep_ in ("aux", "aux:pass"))


def _organ_owner(ctx: Context, verb: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """When a company's own organ approves its deal ("el consejo de X aprobó la
    fusión", "X's shareholders approved the merger"), the company is a party; an organ
    owned by a pronoun is the company of the clause above ("Kaveri Industries said its
    board had approved the acquisition of Y": its board is Kaveri's)."""
    refs: list[EntityRef] = []
    for s in subjects(verb):
        if s.lemma_.lower() in ORGAN_NOUNS:
            refs += [x for x in ctx.nested_entities(s) if x not in exclude]
            pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children)
            if pronoun and not refs and verb.head.i != verb.i:
                refs += [x for x in governing_subject(ctx, verb.head, exclude)
                         if x.kind == "org"]
    return refs


# The deals of a pair, whose possessive ("su fusión", "su acuerdo") is the pair's own.
_PAIRED_TYPES = frozenset({"Merger", "Agreement", "Partnership"})

# Verbs by which a party tells of its own deal in a complement clause ("X said the
# purchase of Y would close in May").
_TELLING = SPEECH_VERBS | REPORT_VERBS | TELLING_VERBS | frozenset({
    "announce", "anunciar", "confirm", "confirmar", "state"})


def teller_agent(r: Reading) -> list[EntityRef]:
    """ "Norvik Foods said the purchase of Delmar Mills would close in May", "Alimentos
    Norvik espera que la compra de Molinos Delmar se cierre en mayo": a takeover noun
    that names what it takes but not who takes it, as the subject of the complement
    clause of a verb of saying or expecting, is the deal of that verb's subject, one
    organisation, as "X completed the purchase of Y" is X's (parties:teller-agent). Not
    a supervisor, an exchange, a lender or an outlet (they tell of others' deals), nor
    a company the deal already names, nor a clause with a subject of its own."""
    tok, ctx = r.tok, r.ctx
    clause = tok.head
    if r.kind not in ("acquire", "sell") or tok.dep_ not in SUBJ_DEPS or \
            clause.dep_ != "ccomp" or clause.head.i == clause.i or len(subjects(clause)) != 1:
        return []
    teller = clause.head
    if not is_verbal(teller) or teller.lemma_.lower() not in _TELLING | COMPLETION_EXPECTED:
        return []
    said = subjects(teller)
    refs = [x for s in said for x in ctx.np_entities(s)]
    if len(said) != 1 or len(refs) != 1 or refs[0].kind != "org":
        return []
    if refs[0] in r.m.parties() or refs[0] in ctx.venues or refs[0] in ctx.not_parties:
        return []
    return refs


def _is_bare_backref(ctx: Context, tok: Token, m: Mention) -> bool:
    """A definite deal noun with no argument of its own ("esta compra") refers
    back; it takes no party from the verb that governs it. "the deal for Y" names
    what it is for (``frames.deal_for_company``); a contract awarded ("el
    Ayuntamiento adjudicó a X el contrato de limpieza", "awarded X the contract") is
    the awarder's, whatever its article."""
    return (
        not m.roles
        and is_definite(tok)
        and not (tok.dep_ in OBJ_DEPS and tok.head.lemma_.lower() in AWARDING_VERBS)
        and not (tok.lower_ == "deal" and any(
            prep == "for" and ctx.np_entities(arg) for prep, arg in ctx.prep_args(tok)
        ))
        and not any(
            c.dep_ == "poss"
            # "X e Y cerraron su fusión", "Ambas firmaron su acuerdo": the pair that
            # merges or agrees is the subject.
            or (c.dep_ == "det" and "Yes" in feat(c, "Poss") and m.type in _PAIRED_TYPES)
            for c in tok.children
        )
        and not (m.type == "Acquisition" and described_theme(tok))
        and not (m.type == "Acquisition" and _named_theme(ctx, tok))
        and not _signed_with_named(ctx, tok)
        and not _entry_with_part(ctx, tok)
        and not (m.type in _PAIRED_TYPES and _told_by_pair(tok))
    )


def _told_by_pair(tok: Token) -> bool:
    """ "A y B dieron por rota la fusión que pactaron en abril", "A and B ended talks
    on the merger they agreed in May": a restrictive relative clause whose subject
    is a third person plural pronoun, or is left unsaid on a plural verb, tells the
    merger or agreement by what its own pair did; the definite article points at the
    clause, not back, and the pair is the subject the noun's verb has, as with "su
    fusión" (parties:paired-in-relative). "the merger it announced", "the merger the
    regulator blocked" and "the merger that was announced" name no pair."""
    # (the parser may hang the clause on the noun's complement: "la fusión a partes
    # iguales que pactaron en abril")
    heads = [tok, *(c for c in tok.children if c.dep_ == "nmod" and c.pos_ == "NOUN")]
    for clause in (c for h in heads for c in h.children):
        if clause.dep_ not in ("relcl", "acl", "acl:relcl") or clause.i < tok.i \
                or not is_verbal(clause) or is_passive(clause):
            continue
        plural = "Plur" in feat(clause, "Number") and "3" in feat(clause, "Person")
        said = [s for s in subjects(clause) if s.lower_ not in ("que", "that", "which", "cual")]
        if len(said) < len(subjects(clause)) and not (plural and "Sing" in feat(tok, "Number")):
            continue  # the relative pronoun the subject: the noun ("la fusión que creará")
        if said and all(
            s.pos_ == "PRON" and "Plur" in feat(s, "Number") and "3" in feat(s, "Person")
            for s in said
        ):
            return True
        if not said and plural:
            return True
    return False


def _entry_with_part(ctx: Context, tok: Token) -> bool:
    """ "X anunció su entrada con un 35 % en el capital de Y": the part an entry noun
    enters with, on the noun or hung on its verb, is an argument of its own; the
    noun is no bare reference back."""
    return tok.lemma_.lower() in ENTER_NOUNS and any(
        prep == "con" for prep, _ in (*ctx.prep_args(tok), *entry_args(ctx, tok))
    )


# Named things a deal may be the sale or purchase of that are no party: a hotel, a
# building, a brand ("la venta del Costa Brava Palace", "the purchase of Harbour Point").
_NAMED_THINGS = frozenset({"LOC", "MISC", "FAC", "GPE", "PRODUCT", "WORK_OF_ART"})


def _named_theme(ctx: Context, tok: Token) -> bool:
    """ "X completó la venta del Costa Brava Palace", "X completed the purchase of
    Harbour Point": a takeover noun whose "de" / "of" complement is a name of its own (a
    hotel, a building, a brand: no company, so no party) tells what is sold or bought;
    it is no bare reference back to a deal told before, and its agent is the subject of
    the verb that governs it (then a role noun, "La compradora es Y", names the other
    side: kg.deals.roles.add_role_named)."""
    return any(
        prep in ("de", "del", "of") and arg.pos_ == "PROPN" and arg.ent_type_ in _NAMED_THINGS
        and not ctx.np_entities(arg)
        for prep, arg in ctx.prep_args(tok)
    )


def _signed_with_named(ctx: Context, tok: Token) -> bool:
    """ "X firmó con Y el contrato de concesión", "X signed with Y the contract": an
    agreement whose verb names the other signatory ("con Y") has that argument, as "el
    contrato con Y" has; so has a contract or an order won from a named client, its
    source hung on the verb ("X won the contract from Y", "X recibió de Y el encargo",
    as "the contract from Y" has it): it is no bare reference back."""
    head = tok.head
    if tok.dep_ not in OBJ_DEPS or head.i == tok.i:
        return False
    kind = ctx.by_token.get(tok.i, "")
    sides = {"con", "with"} if kind.startswith(("agreement", "partner")) else set()
    if head.lemma_.lower() in RECEIVE_VERBS and kind.startswith(("agreement", "order", "encargo")):
        sides |= {"de", "from"}
    return any(prep in sides and ctx.np_entities(arg) for prep, arg in ctx.prep_args(head))


def described_theme(tok: Token) -> bool:
    """ "has closed its takeover of the Dutch side", "cerró la compra del grupo": a
    takeover noun whose complement describes what is bought (a definite common noun)
    has an argument of its own; its buyer is the governing subject (the target is
    found by kg.deals.merge)."""
    themes = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    themes += [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "de"]
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() not in STAKE_NOUNS
        and is_definite(t)
        for t in themes
    )


# -- what is bought ------------------------------------------------------------------


def object_kind(
    ctx: Context, obj: Token, kind: str, m: Mention, exclude: set[EntityRef]
) -> str:
    """What buying/selling ``obj`` is: a company (via a stake of it or a unit of it),
    a stake, or goods; records the nested parties."""
    lemma = obj.lemma_.lower()
    words = {t.lower_ for t in own_subtree(obj)} | {lemma}
    nested = _nested_companies(ctx, obj, kind, m)
    stake = _is_stake(obj, words) or fraction_of_company(ctx, obj)
    most = lemma in CONTROL_WORDS or obj.lower_ in MOST_WORDS
    if not nested and kind in _TRADE_KINDS and (stake or most or lemma in _WHOLE_OR_UNIT):
        # "la totalidad de la bodega", "el control de la empresa" (parties:control-of-described)
        nested = _described_part(ctx, obj, m, exclude)
    if stake and (is_control(obj, words) or (
        words | {w.rstrip("%") for w in words}
    ) & WHOLE_WORDS):
        for x in nested:
            m.add_role("target", x)
        return kind
    if lemma in WHOLE_WORDS:
        for x in nested:  # "la totalidad de X", "all of X"
            m.add_role("target", x)
        return kind
    if most and (whole := _most_of(ctx, obj, kind)):
        for role, x in whole:
            m.add_role(role, x)
        m.rules.append("parties:control-bought")
        return kind
    if most and nested and m.rules and m.rules[-1] == "parties:stake-in-described":
        for x in nested:  # "adquirir el control de la empresa": of the company it means
            m.add_role("target", x)
        m.rules[-1] = "parties:control-of-described"
        return kind
    if _buys_the_rest(obj, kind, words, stake or lemma in REST_WORDS) and nested:
        for x in nested:
            m.add_role("target", x)
        m.rules.append("parties:rest-bought")
        return kind
    if _holders_bought_out(obj, kind, words) and nested:
        return _add_targets(m, nested, "parties:holders-bought-out", kind)
    if lemma in UNIT_NOUNS or lemma in ASSET_NOUNS:
        _unit_parties(ctx, m, obj, nested, kind)
        return kind
    if stake:
        for x in nested:
            m.add_role("investee", x)
        return "stake"
    if lemma in COMPANY_NOUNS:
        for x in resolve_np(ctx, obj, m.parties() | exclude):
            m.add_role("target", x)
        return kind
    if obj.lower_ in DESCRIPTORS and is_definite(obj):
        ref = _described_target(ctx, obj, m.parties() | exclude)
        if ref is not None:
            m.add_role("target", ref)
            m.rules.append("parties:described-target")
            return kind
    for x in nested:
        m.add_role("seller" if kind == "acquire" else "buyer", x)
    return "goods"


# The whole of a company, a unit or assets of it, bought or sold ("la totalidad de la
# bodega", "la unidad productiva de la cadena", "the bank's loan portfolio"): of the
# company a description stands for too.
_WHOLE_OR_UNIT = WHOLE_WORDS | UNIT_NOUNS | ASSET_NOUNS

# The kinds of deal that move a part of a company from one owner to another.
_TRADE_KINDS = frozenset({"acquire", "sell", "take", "offer"})


def _described_part(
    ctx: Context, obj: Token, m: Mention, exclude: set[EntityRef]
) -> list[EntityRef]:
    """The company a part bought or sold is of, said by a description
    (``_stake_in_described``), never the one who buys it ("X compró el 30% de la
    empresa"); so is the whole of it ("la totalidad de la bodega") and a unit of it
    ("la venta de la unidad productiva de la cadena a Y", which its owner sells); a
    part held is kg.deals.frames._part_of's."""
    if ctx.by_token.get(m.trigger, "").startswith("hold"):
        return []
    agent = governing_subject(ctx, ctx.doc[m.trigger], set())
    verb = ctx.doc[m.trigger]
    # (bought by a company named as the verb's own subject, in a clause of its own: not
    # through a relative, "X, que compró el 8 % de su capital", where "su" may be X's)
    bought = ctx.by_token.get(m.trigger, "").startswith(("acquire", "take")) \
        and verb.dep_ not in ("acl", "relcl", "acl:relcl") \
        and any(ctx.np_entities(c) for c in verb.children if c.dep_ in SUBJ_DEPS)
    rules: list[str] = []
    found = _stake_in_described(ctx, obj, m.parties() | exclude | set(agent), bought, rules)
    if found:
        m.rules.extend(rules or ["parties:stake-in-described"])
    return found


def _stake_in_described(ctx: Context, obj: Token, exclude: set[EntityRef],
                        bought: bool = False, rules: list[str] | None = None,
                        ) -> list[EntityRef]:
    """ "compró el 30% de la empresa", "la compra del 82% de la sociedad", "bought a
    30% stake in the company", "el 12% del capital de la cadena": a part of a company
    the sentence names by a definite description, not by its name, is a part of the
    company the description refers to (resolved as descriptions are: the company
    introduced with that noun, else the one the article is about); "of it", the
    company the pronoun stands for, never the buyer (``company_of_part``). So are a
    unit's or assets' possessor ("the bank's loan portfolio") and "de" complement ("la
    planta de Ohio de la compañía"). A part ``bought`` of "su capital" ("el fondo X
    tomará un 8 % de su capital") is of the company "su" stands for, never the buyer
    (no company buys into its own capital; it sells or issues it): the most salient
    company before it (``company_of_part``, session 44). A part of "the <noun of
    trade>" that no description list holds ("55 percent of the creamery") is of the one
    company named before with that noun in its name (``_namesake_part``)."""
    owner = next((c for c in obj.children if c.dep_ == "poss" and _company_described(c)), None)
    if owner is not None:
        return [x for x in resolve_np(ctx, owner, exclude) if x.kind == "org"][:1]
    frontier = [obj]
    for _ in range(2):  # (through "el capital de", "the shares of")
        nxt: list[Token] = []
        for prep, arg in (pa for h in frontier for pa in ctx.prep_args(h)):
            if prep not in ("de", "del", "of", "in", "en"):
                continue
            if arg.lemma_.lower() in CAPITAL_NOUNS or arg.lemma_.lower() in STAKE_NOUNS:
                its = next((c for c in arg.children if c.lower_ in ("su", "sus")
                            and c.dep_ in ("det", "poss", "nmod:poss")), None)
                if any(t.lower_ in ("propio", "propia") for t in arg.subtree):
                    its = None  # "su propio capital": the buyer's own (a buyback)
                if bought and its is not None and arg.lemma_.lower() in CAPITAL_NOUNS:
                    said = _capital_owner_said(ctx, its, exclude)
                    return [said] if said is not None else []
                nxt.append(arg)
            elif names_awardee(arg):  # "el 30 % de la adjudicataria" (refer:awardee-anaphor)
                told = awardee_anaphor(ctx, arg, exclude)
                return [told] if told is not None else []
            elif _company_described(arg):
                return [x for x in resolve_np(ctx, arg, exclude) if x.kind == "org"][:1]
            elif arg.lower_ == "it" and arg.pos_ == "PRON":
                # "X, which bought 30 per cent of it": free in its clause, never X
                return company_of_part(ctx, arg, exclude)
            elif (namesake := _namesake_part(ctx, arg, exclude)) is not None:
                if rules is not None:
                    rules.append("parties:stake-in-namesake")
                return [namesake]
        frontier = nxt
    return []


def _namesake_part(ctx: Context, arg: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "Tarrow Foods agreed to buy 40 percent of the creamery" after "Brackwater
    Creameries": a bare definite noun of trade that no description list holds is the
    writer's short name for the one company named before whose name carries that noun
    (``kg.deals.namesake``: last in English, first in Spanish), never one with a role
    in the clause, as the buyer has; a noun with words of its own ("of the creamery
    sector", "of the local creamery") is left alone (``parties:stake-in-namesake``,
    session 44)."""
    if arg.pos_ != "NOUN" or arg.lemma_.lower() in COMPANY_NOUNS:
        return None
    if not all(c.dep_ in ("det", "case") or _sold_to(c) or _bought_from(c)
               for c in arg.children):
        return None
    return namesake_before(ctx, arg, exclude)


def _bought_from(dep: Token) -> bool:
    """ "buy 40 percent of the creamery from Y": the "from" phrase of a part's seller,
    which the English parser may hang on the company noun; no modifier of that noun."""
    return dep.dep_ == "prep" and dep.lower_ == "from" and any(
        c.dep_ == "pobj" and c.pos_ == "PROPN" for c in dep.children
    )


def _capital_owner_said(ctx: Context, its: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """The company "su" stands for in "su capital" bought by another: the subject of
    the sentence's main clause when the buying is told under it ("X anunció que el
    fondo Y tomará un 8 % de su capital": X), else the subject of the sentence before
    ("X crecerá con la compra. El fondo Y tomará un 8 % de su capital"), else the
    discourse topic; never the buyer (``exclude``)."""
    root = its.sent.root
    for subject in subjects(root):
        if subject.i < its.i:
            found = [x for x in resolve_np(ctx, subject, exclude) if x.kind == "org"
                     and x not in exclude]
            if found:
                return found[0]
    return previous_subject(ctx, its, exclude) or topic_before(ctx, its.i, exclude)


def _company_described(arg: Token) -> bool:
    """A bare definite singular noun that stands for a company told before ("la
    empresa", "the company", "la sociedad", "la cadena"); one with modifiers of its
    own introduces another ("el 40 % de la empresa pública de aguas", "the combined
    company"), but for the adjectives of a legal form, which name no other company
    ("el 75 % de la sociedad anónima deportiva", session 37, apart13)."""
    lemma = arg.lemma_.lower()
    return (
        arg.pos_ == "NOUN" and is_definite(arg) and "Plur" not in feat(arg, "Number")
        and (lemma in COMPANY_NOUNS or _descriptor_told(arg))
        and all(c.dep_ in ("det", "case", "punct") or _sold_to(c) or _legal_form(c)
                or non_restrictive(c) for c in arg.children)
    )


# Adjectives that say a company's legal form ("sociedad anónima", "sociedad limitada").
_LEGAL_FORMS = LEXICON.words("legal_form_adjectives")


def _legal_form(tok: Token) -> bool:
    """ "anónima", "anónima deportiva": a legal form's adjectives on a company noun."""
    return tok.dep_ == "amod" and tok.lower_ in _LEGAL_FORMS and all(
        _legal_form(c) for c in tok.children
    )


def _unit_parties(
    ctx: Context, m: Mention, obj: Token, nested: list[EntityRef], kind: str
) -> None:
    """The companies named in a unit or assets bought or sold: bought, their owner,
    who sells them; sold, the unit itself ("the Zenith business"), but for the one
    that possesses it ("divest Y's frozen pizza business": Y's own, which Y sells,
    whoever the subject)."""
    owners = {x for c in obj.children if c.dep_ == "poss" for x in ctx.np_entities(c)}
    for x in nested:
        m.add_role("seller" if kind == "acquire" or x in owners else "target", x)


def _is_stake(obj: Token, words: set[str]) -> bool:
    """Whether what is bought or sold is a part of a company: a stake noun, a number, a
    percentage, or "X's half of Y", "nuestra parte de Y" (an owner's part of a company it
    holds with others)."""
    return (
        bool(words & STAKE_NOUNS) or obj.pos_ == "NUM" or any(w.endswith("%") for w in words)
        or counted_part(words)  # "3pc" (kg.deals.tacit)
        or (obj.lower_ in OWN_PART_NOUNS and is_possessed(obj))
    )


def fraction_of_company(ctx: Context, obj: Token) -> bool:
    """ "a quarter of Y", "half of Y", "un tercio de Y", "una cuarta parte de Y": a
    fraction whose complement is a named company is a part of it, as "25% of Y" is; not
    "half of its staff", "a third of Y's revenue", "la cuarta parte de la plantilla".
    In English, a fraction of a bare definite company noun ("about a fifth of the
    group", "a third of the company") is a part of the company it stands for
    (``kg.deals.frames._part_of``), as "20 per cent of the group" is (apart16)."""
    fraction = obj.lower_ in FRACTION_NOUNS or (
        obj.lower_ == "parte" and any(
            c.dep_ == "amod" and c.lower_ in FRACTION_ORDINALS for c in obj.children
        )
    )
    return fraction and any(
        prep in ("of", "de", "del") and (
            (arg.i in ctx.tok_ent and arg.pos_ == "PROPN")
            or (prep == "of" and _bare_company_noun(arg)))
        for prep, arg in ctx.prep_args(obj)
    )


def _bare_company_noun(noun: Token) -> bool:
    """ "the group", "the company": a singular definite company noun with no modifier."""
    return noun.lemma_.lower() in COMPANY_NOUNS and is_definite(noun) and \
        "Plur" not in feat(noun, "Number") and not any(
            c.dep_ in ("amod", "compound", "nmod", "poss") for c in noun.children)


def _company_of_shares(ctx: Context, obj: Token) -> list[EntityRef]:
    """The company compounded with shares bought: "Bluefield shares", "$30 million of
    Bluefield shares" (the shares' own "of" complement is read by nested_entities)."""
    for t in [obj, *(arg for prep, arg in ctx.prep_args(obj) if prep == "of")]:
        if t.lemma_.lower() in STAKE_NOUNS and t.i not in ctx.tok_ent and ctx.np_entities(t):
            return ctx.np_entities(t)
    return []


def _most_of(ctx: Context, obj: Token, kind: str) -> list[tuple[str, EntityRef]]:
    """ "a majority of X", "much of X", "control of X", "the bulk of X's shares": the
    company that most of is bought is the target; but "most of X's assets" is a part
    of X, which X sells, and "most of the rights costs" is no company at all."""
    found: list[tuple[str, EntityRef]] = []
    for prep, arg in ctx.prep_args(obj):
        if prep not in ("of", "de"):
            continue
        lemma = arg.lemma_.lower()
        if arg.i in ctx.tok_ent:  # a name, not a noun named after one ("NBA costs")
            found += [("target", x) for x in ctx.np_entities(arg)]
        elif lemma in STAKE_NOUNS or lemma in UNIT_NOUNS:
            unit = lemma in UNIT_NOUNS and kind == "acquire"
            found += [("seller" if unit else "target", x) for x in ctx.nested_entities(arg)]
    return found


# Verbs of holding a part of a company, in a clause on the part ("the 49% held by X",
# "la participación que tenía X").
_HOLD_VERBS = frozenset({"hold", "own", "tener", "poseer", "controlar"})


def _nested_companies(ctx: Context, obj: Token, kind: str, m: Mention) -> list[EntityRef]:
    """The companies named inside what is bought or sold, but the holder of the part
    bought, who sells it (``_holders_of_part``); and the possessor of the part a sale
    noun moves ("the sale of X's 40% stake in Y to Z"), who sells it as well
    (parties:sold-part-owner)."""
    holders, held_in = _holders_of_part(ctx, obj) if kind == "acquire" else ([], [])
    for x in holders:
        m.add_role("seller", x)
        m.rules.append("parties:part-held-by")
    if kind == "sell" and ctx.doc[m.trigger].pos_ == "NOUN" and (
            owners := _possessor_of_part(ctx, obj)):
        holders = owners
        for x in owners:
            m.add_role("seller", x)
        m.rules.append("parties:sold-part-owner")
    nested = [x for x in ctx.nested_entities(obj) if x not in holders]
    if not nested:
        nested = [x for x in _company_of_shares(ctx, obj) if x not in holders]
    return nested + [x for x in held_in if x not in nested]


def _add_targets(m: Mention, refs: list[EntityRef], rule: str, kind: str) -> str:
    """The companies bought, with the rule that found them; the kind stays."""
    for x in refs:
        m.add_role("target", x)
    m.rules.append(rule)
    return kind


def _holders_of_part(
    ctx: Context, obj: Token,
) -> tuple[list[EntityRef], list[EntityRef]]:
    """ "bought the 49% stake in Y held by X", "adquirió el 51 % que estaba en manos de
    X", "la participación del 51 % que tenía X en Y": the one who held the part bought
    sells it; it is not the company the part is of (parties:part-held-by). Returns the
    holders, and the companies the holding clause says the part is in ("en Y")."""
    found: list[EntityRef] = []
    held_in: list[EntityRef] = []
    for t in obj.subtree:
        if t.dep_ in ("acl", "relcl", "acl:relcl") and t.lemma_.lower() in _HOLD_VERBS:
            # "held by X" (its agent), "que tenía X" (its subject, not the relative)
            args = [a for p, a in ctx.prep_args(t) if p == "by"] + [
                s for s in t.children if s.dep_ in SUBJ_DEPS and s.pos_ != "PRON"
            ]
            found += [x for a in args for x in ctx.np_entities(a)]
            held_in += [
                x for p, a in ctx.prep_args(t) if p in ("en", "in") for x in ctx.np_entities(a)
            ]
        elif any(
            c.dep_ == "case" and c.lower_ == "en" and any(f.lower_ == "manos" for f in c.children)
            for c in t.children
        ):
            found += ctx.np_entities(t)  # "en manos de X", a fixed phrase on X
    found += _possessor_of_part(ctx, obj)
    holders = list(dict.fromkeys(found))
    return holders, [x for x in dict.fromkeys(held_in) if x not in holders]


def _possessor_of_part(ctx: Context, obj: Token) -> list[EntityRef]:
    """ "agreed to buy X's 50% stake in Y", "bought X's half of Y": a part of a named
    company with a company for its possessor is that company's holding, which it sells
    (English; session 17, helper endeals). Not "X's shares" with no company they are
    in: those are shares of X. Spanish names the holder with "de" beside the company
    the part is in ("la participación del 40 % de X en Y", ``_holder_with_de``)."""
    if doc_lang(obj.doc) == "es":
        return _holder_with_de(ctx, obj)
    if doc_lang(obj.doc) != "en" or not (obj.lemma_.lower() in STAKE_NOUNS or percentage(obj)
                                 or obj.lower_ == "half"):
        return []
    owners = [x for c in obj.children if c.dep_ == "poss"
              for x in ctx.np_entities(c) if x.kind == "org"]
    parts_of = [x for prep, arg in ctx.prep_args(obj) if prep in ("in", "of")
                for x in ctx.np_entities(arg) if x.kind == "org"]
    return [x for x in owners if x not in parts_of] if parts_of else []


def _holder_with_de(ctx: Context, obj: Token) -> list[EntityRef]:
    """ "vendió la participación de X en Y", "la venta del 40 % de X en Y a Z": a
    Spanish part named with both "de" a company and "en" another is the first's
    holding in the second (a part "en" a company is held in it, so "de" names whose it
    is), which it sells. Not "el 40 % de Y" alone: that is a part of Y."""
    if not (obj.lemma_.lower() in STAKE_NOUNS or spanish_percentage(obj)):
        return []
    # (the parser may hang the names on the percentage of the part: "del 40 % de X en Y")
    parts = [obj, *(c for c in obj.children if c.dep_ == "nmod" and spanish_percentage(c))]
    args = [(p, a) for h in parts for p, a in ctx.prep_args(h)]
    # (a plain "en": "en manos de Z", one preposition of three words, tells who held the
    # whole, not a part held in Z)
    held_in = [x for p, a in args if p == "en" and not _compound_case(a)
               for x in ctx.np_entities(a) if x.kind == "org"]
    if not held_in:
        return []
    return [x for p, a in args if p in ("de", "del") for x in ctx.np_entities(a)
            if x.kind == "org" and x not in held_in]


def _compound_case(arg: Token) -> bool:
    """Whether ``arg``'s preposition is a compound one the parser made of several words
    ("en manos de", "en nombre de": a ``fixed`` word hangs on its first)."""
    return any(c.dep_ == "case" and any(f.dep_ == "fixed" for f in c.children)
               for c in arg.children)


def _holders_bought_out(obj: Token, kind: str, words: set[str]) -> bool:
    """ "bought out the remaining shareholders of X", "bought out the minority
    investors in X", "compró a los socios minoritarios de X": buying out the holders
    of a company, the rest of them or its minority, takes it over."""
    if kind != "acquire" or obj.lower_ not in HOLDER_NOUNS:
        return False
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in obj.head.children)
    return out or bool(words & (REST_WORDS | MINORITY_WORDS))


def _buys_the_rest(obj: Token, kind: str, words: set[str], part: bool) -> bool:
    """ "bought the rest of X", "acquired the remaining shares of X it did not own":
    buying the part of a company one did not own yet completes a takeover. Only
    for a buyer: "sold its remaining stake in X" is the rest of the seller's holding,
    and so is any possessed part ("Z's remaining stake")."""
    return (
        kind == "acquire" and part and bool(words & REST_WORDS)
        and not is_possessed(obj)
    )


# -- parties named by their role in a deal just told ---------------------------------------

ROLE_NOUNS = LEXICON.table("role_nouns")
# the words role_named looks at: a role noun, or an owner noun ("the new owner")
_ROLE_WORDS = frozenset(ROLE_NOUNS) | OWNER_TRIGGERS


def role_named(ctx: Context, sent: SpacySpan) -> list[tuple[str, EntityRef]]:
    """ "El comprador es X", "X, la compradora, pagará...", "the buyer, X,": the
    parties a sentence names by their role in a deal ("comprador" → acquirer)."""
    found: list[tuple[str, EntityRef]] = []
    lowers, lemmas = ctx.lowers, ctx.lemma_lowers
    for i in sorted({*ctx.among(sent, _ROLE_WORDS), *ctx.among(sent, _ROLE_WORDS, "lowers")}):
        role = ROLE_NOUNS.get(lowers[i]) or ROLE_NOUNS.get(lemmas[i]) or (
            "acquirer" if unanchored_new_owner(ctx.doc[i]) else None)
        if role is None:
            continue
        tok = ctx.doc[i]
        if tok.pos_ not in ("NOUN", "ADJ") or role == "investor" and not is_definite(tok):
            continue  # "Y, an investor in Z" tells Y's trade, not its part in a deal
        names: list[Token] = [c for c in tok.children if c.dep_ in ("appos", "flat")]
        if tok.dep_ == "appos" or tok.dep_ in SUBJ_DEPS and any(
            c.dep_ == "cop" for c in tok.head.children
        ):
            names.append(tok.head)  # "X, la compradora" / "El comprador es X"
        if any(c.dep_ == "cop" for c in tok.children):
            names += subjects(tok)  # "X es el comprador"
        names += _english_copula(tok) + _revealed_as(tok) + _turned_out(tok) + _as_role(tok)
        for n in names:
            found += [(role, x) for x in ctx.np_entities(n) if (role, x) not in found]
    return found + [x for x in _behind_deal(ctx, sent) if x not in found]


_REVEALING = LEXICON.words("role_revealing_verbs")


def _revealed_as(tok: Token) -> list[Token]:
    """ "The buyer was revealed on Tuesday as X", "The buyer was identified in a filing
    as X", "El comprador fue identificado como X": a verb of revealing or naming in the
    passive, whose subject is the role noun, names the party in its "as" / "como"
    phrase (a predicate of the subject, as a copula's is)."""
    verb = tok.head
    if tok.dep_ not in SUBJ_DEPS or verb.lemma_.lower() not in _REVEALING \
            or not is_passive(verb):
        return []
    # (the parser may hang "as" on the adjunct before it: "identified in a filing as X")
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [a for p in preps for o in p.children if o.dep_ == "pobj" for a in o.children
              if a.dep_ == "prep"]
    named = [p for c in preps if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    return named + [c for c in verb.children if c.dep_ in ("obl", "xcomp") and any(
        g.lower_ == "como" and g.dep_ in ("case", "mark") for g in c.children)]


def _turned_out(tok: Token) -> list[Token]:
    """ "The buyer turned out to be X", "The buyer proved to be X", "El comprador resultó
    ser X": a verb of turning out whose subject is the role noun names the party in its
    complement, as a copula does."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ not in SUBJ_DEPS or not (
        lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        or lemma in ("prove", "resultar")
    ):
        return []
    return [a for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "be"
            for a in c.children if a.dep_ == "attr"] + [
        c for c in verb.children if c.dep_ in ("obj", "xcomp") and any(
            g.dep_ == "cop" and g.lemma_.lower() == "ser" for g in c.children)]


def _as_role(tok: Token) -> list[Token]:
    """ "X emerged as the buyer", "X was named as the buyer", "X figura como
    compradora": a role noun in an "as" / "como" phrase of a verb is said of that
    verb's subject; not an indefinite one ("X emerged as a possible buyer": a suitor,
    not the buyer of the deal told)."""
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children):
        return []
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
        return subjects(head.head)
    if tok.dep_ in ("obl", "xcomp") and any(
        c.lower_ == "como" and c.dep_ in ("case", "mark") for c in tok.children
    ):
        return subjects(head)
    return []


_BEHIND_ACQUIRER = LEXICON.words("behind_acquirer_nouns")
_BEHIND_INVESTOR = LEXICON.words("behind_investor_nouns")
_BEHIND_NOUNS = _BEHIND_ACQUIRER | _BEHIND_INVESTOR


def _behind_deal(ctx: Context, sent: SpacySpan) -> list[tuple[str, EntityRef]]:
    """ "Behind the deal is X", "X is behind the acquisition", "Detrás de la operación
    está el fondo X", "X está detrás de la compra": the company said to stand behind a
    deal told before (a definite deal noun) is its buyer, or a round's investor."""
    found: list[tuple[str, EntityRef]] = []
    for i in ctx.among(sent, _BEHIND_NOUNS):
        tok, lemma = ctx.doc[i], ctx.lemma_lowers[i]
        role = "acquirer" if lemma in _BEHIND_ACQUIRER else \
            "investor" if lemma in _BEHIND_INVESTOR else None
        if role is None or not is_definite(tok):
            continue
        holder = _behind_holder(tok)
        if holder is None:
            continue
        found += [(role, x) for s in subjects(holder) for x in ctx.np_entities(s)
                  if x.kind == "org" and (role, x) not in found]
    return found


def _behind_holder(noun: Token) -> Token | None:
    """The copula or adverb a deal noun hangs on by "behind" / "detrás de": "is" in
    "Behind the deal is X" and "X is behind the deal", "está" in "Detrás de la
    operación está X", "detrás" in "X está detrás de la compra"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_.lower() == "be":
        return head.head
    if head.lemma_.lower() == "estar" and any(
        c.lower_ == "detrás" and c.dep_ == "case" for c in noun.children
    ):
        return head
    if head.lower_ == "detrás" and any(
        c.lemma_.lower() == "estar" and c.dep_ == "cop" for c in head.children
    ):
        return head
    return None


def _english_copula(tok: Token) -> list[Token]:
    """ "The buyer is X" / "X is the buyer": English makes "be" the head, with the
    role noun and the name as its subject and attribute."""
    head = tok.head
    if head.lemma_.lower() != "be" or head.i == tok.i:
        return []
    if tok.dep_ in SUBJ_DEPS:
        return [c for c in head.children if c.dep_ == "attr"]
    if tok.dep_ == "attr":
        return subjects(head)
    return []


def add_role_named(
    ctx: Context, sent: SpacySpan, ms: list[Mention], before: list[Mention], si: int
) -> None:
    """A party named by its role joins the latest deal of its kind (of this sentence or
    the two before) that lacks that role: "Repsol ha acordado la venta de Ibercom. El
    comprador es KKR."; "X raised new funding. The investor is Y" (an investor joins
    an investment, any other role an acquisition); what the party pays then is the
    deal's amount ("The buyer was Y, which paid $12 million", kg.deals.attach). A
    target so named makes a purchase of something described a takeover ("X agreed to
    buy a biscuit maker. The target is Y": what was bought is a company)."""
    joined: list[tuple[Mention, EntityRef]] = []
    named = [(role, ref, "parties:role-noun") for role, ref in role_named(ctx, sent)]
    named += [("acquirer", ref, "parties:bidder-offers-after") for ref in _offering(ctx, sent)]
    for role, ref, rule in named:
        kind = "Investment" if role == "investor" else "Acquisition"
        deal = next(
            (
                m for m in reversed([*before, *ms])
                if (m.type == kind or role == "target" and _described_purchase(m))
                and si - m.sent <= 8 and _worded_between(ctx, m.sent, si) <= 2
                and not any(r == role for r, _ in m.roles) and ref not in m.parties()
                and (rule == "parties:role-noun" or _an_offer(ctx, m))
            ),
            None,
        )
        if deal is not None:
            if deal.type != kind:  # a purchase whose target is now named
                _purchase_to_takeover(ctx, deal)
            deal.add_role(role, ref)
            deal.rules.append(rule)
            joined.append((deal, ref))
    for lemma, ref in _description_named(ctx, sent):
        deal = _described_deal(ctx, lemma, ref, [*before, *ms], si)
        if deal is not None:
            role = _KEY_ROLES[deal.type][0 if _KEY_ROLES[deal.type][1] in
                                         {r for r, _ in deal.roles} else 1]
            deal.add_role(role, ref)
            deal.rules.append("parties:description-named")
            joined.append((deal, ref))
    for deal in {id(d): d for d, _ in joined}.values():
        role_named_money(ctx, sent, deal, {ref for d, ref in joined if d is deal})


def _worded_between(ctx: Context, first: int, last: int) -> int:
    """How many sentences after sentence ``first`` up to ``last`` hold a word: a
    subtitle's cue number and timing line ("7", "00:01:12,300 --> 00:01:15,900") or a
    bare page number is no sentence of the text, and keeps no role noun from the deal
    told just before it ("X agreed to buy Y. / 3 / 00:00:09 --> 00:00:14 / The seller is
    Z"; apart16)."""
    return sum(1 for k in range(first + 1, last + 1)
               if any(t.is_alpha for t in ctx.sents[k]))


# The two sides of a deal one of which a description may have told.
_KEY_ROLES = {"Acquisition": ("acquirer", "target"), "Investment": ("investor", "investee")}


def _description_named(ctx: Context, sent: SpacySpan) -> list[tuple[str | None, EntityRef]]:
    """ "The rival, Y, makes lenses", "El grupo, Y, pagará ...", "La gestora es Y": a
    definite noun with a name in apposition or as its copula's predicate names what an
    indefinite one of the same head told before; "Se
    trata de Y" ("it is Y") names what the sentence before described (no head: None)."""
    found: list[tuple[str | None, EntityRef]] = []
    nouns = token_flags(ctx.doc, "noun")
    for tok in (ctx.doc[i] for i in range(sent.start, sent.end) if nouns[i]):
        if tok.dep_ in SUBJ_DEPS and tok.i not in ctx.tok_ent and is_definite(tok):
            named = [c for c in tok.children if c.dep_ == "appos"]
            if any(c.dep_ == "cop" for c in tok.head.children):
                named.append(tok.head)  # "La gestora es X"
            elif tok.head.lemma_.lower() == "be":
                named += [c for c in tok.head.children if c.dep_ == "attr"]  # "The firm is X"
            found += [(tok.lemma_.lower(), x) for c in named
                      for x in ctx.np_entities(c) if x.kind == "org"]
    root = sent.root
    if root.lemma_.lower() == "tratar" and any(c.lower_ == "se" for c in root.children) \
            and root.i - sent.start <= 2:
        found += [(None, x) for c in root.children if case_of(c) == "de"
                  for x in ctx.np_entities(c) if x.kind == "org"]
    return found


def _described_deal(
    ctx: Context, lemma: str | None, ref: EntityRef, deals: list[Mention], si: int
) -> Mention | None:
    """The latest deal of the sentence before (or of this one) that lacks one of its two
    sides and whose sentence holds an indefinite noun of that head ("A rival has agreed
    to buy X"; "Un fondo se ha hecho con X"), named by nothing."""
    for m in reversed(deals):
        if si - m.sent > 1 or m.type not in _KEY_ROLES or ref in m.parties():
            continue
        have = {r for r, _ in m.roles} & set(_KEY_ROLES[m.type])
        if len(have) != 1:
            continue
        sent = ctx.sents[m.sent]
        if any(
            t.pos_ == "NOUN" and t.i not in ctx.tok_ent and not is_definite(t)
            and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children)
            and (t.lemma_.lower() == lemma if lemma else t.lemma_.lower() in COMPANY_NOUNS
                 or t.lower_ in DESCRIPTORS)
            for t in sent
        ):
            return m
    return None


_INDEFINITE = frozenset({"a", "an", "un", "una"})


def _purchase_to_takeover(ctx: Context, m: Mention) -> None:
    """A purchase retyped as a takeover: its buyer is the acquirer, and its status is
    read again for a takeover ("agreed to buy" a company is announced, not done)."""
    m.type = "Acquisition"
    m.roles = [("acquirer" if r == "buyer" else r, x) for r, x in m.roles]
    m.rules = [r for r in m.rules if not r.startswith("status:")]
    m.status, m.status_explicit = None, False
    tok = ctx.doc[m.trigger]
    set_status(m, tok, tok.pos_ in ("NOUN", "PROPN"))


def _described_purchase(m: Mention) -> bool:
    """A purchase read by a buying verb whose object names nothing ("X agreed to buy a
    family-owned biscuit maker"): its buyer alone is named, no seller."""
    return m.type == "PurchaseAgreement" and m.kind == "acquire" and all(
        r == "buyer" for r, _ in m.roles)


_OFFERING_VERBS = frozenset({"offer", "ofrecer", "bid", "pujar"})


def _offering(ctx: Context, sent: SpacySpan) -> list[EntityRef]:
    """ "Pardoe Systems received a takeover offer. Ravel Group offered $5 a share": the
    company that offers a sum, and no company, is the bidder of the offer told just
    before that names none (``_an_offer``)."""
    found: list[EntityRef] = []
    for i in ctx.among(sent, _OFFERING_VERBS):
        tok = ctx.doc[i]
        if not is_verbal(tok):
            continue
        objs = [c for c in tok.children if c.dep_ in OBJ_DEPS]
        if not objs or not all(any(t.i in ctx.tok_amount for t in c.subtree) for c in objs):
            continue  # "offered no comment"; "offered to buy Y"
        if any(ctx.np_entities(c) for c in tok.subtree if c.i != tok.i and c.dep_ != "nsubj"
               and c not in subjects(tok) and not any(s.is_ancestor(c) for s in subjects(tok))):
            continue  # "offered $5 a share for Y", "ofrece 300 millones a Z": another deal
        found += [x for s in subjects(tok) for x in ctx.np_entities(s) if x.kind == "org"]
    return found


def _an_offer(ctx: Context, m: Mention) -> bool:
    """A mention told by an offer or bid noun ("a takeover offer", "una OPA")."""
    lemma = ctx.doc[m.trigger].lemma_.lower()
    return m.kind == "offer" or lemma in OFFER_NOUNS or lemma in BID_NOUNS


def _introduced_as(ctx: Context, obj: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """The organisation introduced with the same head noun and the same noun modifier
    as the definite description ``obj`` ("X, a sensor maker" ... "the sensor maker")."""
    mods = {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"}
    if not mods:
        return None
    ref = described_as(ctx, obj.lemma_.lower(), obj.i, exclude)
    if ref is None:
        return None
    doc = ctx.doc
    for start, r in ctx.mention_starts:
        if r == ref and start < obj.i:
            near = doc[max(0, start - 4) : min(len(doc), start + 10)]
            if mods <= {t.lemma_.lower() for t in near}:
                return ref
    return None


def _described_target(ctx: Context, obj: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "the sensor maker": a company introduced with the same noun and modifier ("X, a
    sensor maker"), named just before by that epithet, or a bare "the miner" with that
    noun alone ("miner X"); a bare "the club" never so introduced may mean any club, and
    is left alone."""
    return (
        _introduced_as(ctx, obj, exclude) or _epithet_of(ctx, obj, exclude)
        or _bare_told_as(ctx, obj, exclude)
    )


def _bare_told_as(ctx: Context, obj: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "La conservera Ribamar facturó ... Y comprará la conservera", "Lithium explorer X
    ... Y agreed to buy the explorer": a bare definite descriptor (no modifier of its
    own) is the organisation the article introduced with that same noun, the latest
    one if several were (``described_as``). One never introduced so ("the club") may
    mean any, and is left alone. (A price or a date the parser hangs on the noun, "la
    conservera por 3 millones", is no modifier of it.)"""
    if any(_narrows(c) for c in obj.children):
        return None
    ref = described_as(ctx, obj.lemma_.lower(), obj.i, exclude)
    if ref is None or _nearer_name(ctx, obj, ref, exclude):
        return None
    return ref


def _nearer_name(ctx: Context, obj: Token, ref: EntityRef, exclude: set[EntityRef]) -> bool:
    """Whether the sentence of ``obj`` names, before it, an organisation or a place
    other than ``ref`` and the deal's parties: a nearer antecedent the description may
    mean ("X acquired Milan in 2018 from Y, who had bought the club in 2017": the club
    is Milan, not a club introduced paragraphs before)."""
    sent = ctx.sents[ctx.sent_index(obj.i)]
    names = {x.name for x in exclude} | {ref.name}
    return any(
        e.label_ in ("ORG", "GPE", "LOC") and sent.start <= e.start and e.end <= obj.i
        and e.text not in names and ctx.tok_ent.get(e.start) not in exclude | {ref}
        for e in ctx.doc.ents
    )


# Dependents that make a description say more than its noun ("the gold miner", "la
# conservera gallega", "the miner's unit", "la conservera de Vigo")
_NARROWING_DEPS = frozenset(
    {"compound", "amod", "appos", "nummod", "poss", "flat", "acl", "relcl", "nmod:poss"}
)


def _narrows(dep: Token) -> bool:
    """Whether ``dep`` modifies the noun it hangs on: an adjective, a compound, an
    apposition, or an "of"/"de" complement."""
    if dep.dep_ in _NARROWING_DEPS:
        return True
    if dep.dep_ == "prep":
        return dep.lower_ == "of"
    if dep.dep_ == "nmod":
        return any(c.dep_ == "case" and c.lower_ in ("de", "del") for c in dep.children)
    return False


def _epithet_of(ctx: Context, obj: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """ "Shares of X jumped after Y agreed to buy the snack maker": English news names a
    company again by an epithet, a descriptor with a modifier of trade or origin ("the
    snack maker", "the Dutch lender"), right after naming it. The one organisation
    named earlier in the sentence or in the one before, other than the deal's parties
    and whose name or description says no other trade, is the one meant; with two,
    none is."""
    if doc_lang(obj.doc) != "en" or not any(c.dep_ in ("compound", "amod") for c in obj.children):
        return None
    si = ctx.sent_index(obj.i)
    start = ctx.sents[si - 1].start if si > 0 else ctx.sents[si].start
    near = {
        r for i, r in ctx.mention_starts
        if start <= i < obj.i and r.kind == "org" and r not in exclude
        and r not in ctx.reporters
    }
    near -= disagreeing(ctx, obj, near)
    near = {r for r in near if not says_other_trade(ctx, obj, r)}
    return next(iter(near)) if len(near) == 1 else None


def unit_named_in_apposition(ctx: Context, ms: list[Mention]) -> None:
    """A sale or purchase of a unit named in apposition: "la venta de su subsidiaria de
    transporte, Fletes del Sur, a X", "the sale of its frozen unit, Polar Foods, to
    Y": the name is the target, whether the parser hangs it on the unit or on the deal
    noun."""
    for m in ms:
        if m.type != "Acquisition" or any(r == "target" for r, _ in m.roles):
            continue
        trigger = ctx.doc[m.trigger]
        if trigger.pos_ != "NOUN":
            continue
        units = [
            c for c in trigger.children
            if (c.lemma_.lower() in UNIT_NOUNS or c.lower_ in UNIT_NOUNS)
            and not ctx.np_entities(c)
            and (case_of(c) or "") in ("de", "of", "")
        ] + [
            g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"
            and (g.lemma_.lower() in UNIT_NOUNS or g.lower_ in UNIT_NOUNS)
            and not ctx.np_entities(g)
        ]
        if not units:
            continue
        for holder in (*units, trigger):
            names = [c for c in holder.children if c.dep_ == "appos" and c.i > units[0].i]
            refs = [r for n in names for r in ctx.np_entities(n) if r not in m.parties()]
            if refs:
                m.add_role("target", refs[0])
                m.rules.append("parties:unit-in-apposition")
                break
