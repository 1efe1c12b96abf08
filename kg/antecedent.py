"""A learned antecedent chooser: the party a deal sentence leaves unnamed.

News often names the two parties of a deal in different sentences: the lede names the
buyer, a later sentence the deal and its target only ("Acme Corp reported record
sales. The company agreed to buy Beta for $40m"; "La chilena compró Ocaso"). When a
sentence holds a deal word of ``lexicon/deals.toml`` and one party, and the rules drew
no deal from it, the ``kg_antecedent`` component scores every organisation or person
named earlier in the article (or in its headline: a candidate only, never evidence)
as the other party, in each role the deal word's type leaves (never a source of the
sentence, "Acme said", "según Acme", nor a person who holds a title in a company),
and keeps the best one
when it scores at or above the model's threshold (``learned:antecedent(p=0.81)`` in
the deal's rules). A deal word that leaves no role open is no choice at all
(:func:`leaves_no_gap`: a price paid for nothing named, a bare plural deal noun, an
argument held by a name kg did not read, a deal retold by a definite noun), and a
person never takes the role of what is bought or funded.

The features are a linguist's: how far back the candidate was last named and how many
companies were named since, whether it was the subject of the lede or of the sentence
before (of its main clause or of any clause), how often it is named, whether it is a
party of a deal the rules found and in which role, what stands in the deal word's
subject slot (a name, "la compañía"/"the group", a pronoun, nothing), whether the
sentence's description ("la chilena", "the lender") was said of the candidate before,
where the named party stands (subject, object, passive agent), and the language. The
model is a logistic regression (:func:`kg.deal_scorer.fit`) trained by
``train/antecedent.py`` on the opened halves only, shipped as ``models/antecedent.json``.

It is off by default (``KG_ANTECEDENT=on`` switches it on, ``kg.settings.ANTECEDENT`` is the
default); see README, "The antecedent chooser".

>>> nlp.add_pipe("kg_antecedent", after="kg_deals")  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.deal_scorer import (
    EXTRA_FRAMES,
    FRAME_CLASSES,
    DocContext,
    Party,
    ScorerModel,
    dependency_path,
    model_text,
    read_model,
    trigger_kinds,
)
from kg.deal_scorer import _amount as deal_amount
from kg.deal_scorer import _bucket as bucket
from kg.deal_scorer import _bystander as bystander
from kg.deal_scorer import _case as case_of
from kg.deal_scorer import _is_argument as is_argument
from kg.deal_scorer import _is_passive as is_passive
from kg.deal_scorer import _rank as rank
from kg.deal_scorer import _status as deal_status
from kg.deal_scorer import _status_cue as status_cue
from kg.deal_scorer import _subject_slot as subject_slot
from kg.deal_scorer import _trigger_tokens as trigger_tokens
from kg.deals.attach import says_the_sentence
from kg.doc import ARTICLE_KEY, doc_lang, sentence_span
from kg.facts import Deal, EntityRef
from kg.lexicon import LEXICON
from kg.resources import data_dir
from kg.settings import ANTECEDENT, antecedent_default

__all__ = [
    "ANTECEDENT", "AntecedentChooser", "antecedent_default", "choices", "features", "leaves_no_gap",
]

MODEL_FILE = "antecedent.json"
FORMAT = "kg-antecedent/1"

_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_COMPANY_NOUNS = LEXICON.words("company_nouns")
# Verbs whose subject judges a deal ("the regulator approved ..."): never a party.
_JUDGES = LEXICON.words("third_party_verbs")
_DETERMINERS = frozenset({"the", "el", "la", "los", "las"})
# Prepositions that tie a speaker to the company it speaks from ("Ana Ruiz of Acme",
# "an analyst at Acme", "la directora de Acme").
_AFFILIATION_CASES = frozenset({"of", "at", "de", "del", "en"})
_WINDOW = 4  # words either side of a mention that describe it ("Ocaso, la chilena")


@dataclass(frozen=True)
class Choice:
    """A sentence's deal word, the party it names, and an earlier entity proposed for
    the role it leaves empty."""

    sent: int  # index in ``doc.sents``
    trigger: int  # token index
    kind: str  # frame class ("acquire", "round", ...)
    type: str
    named: tuple[str, Party]  # (role, the party named in the sentence)
    antecedent: tuple[str, EntityRef]  # (role, the entity named before)
    last: int  # sentence of its last mention before; -1 when named in the headline only

    @property
    def roles(self) -> tuple[tuple[str, EntityRef], tuple[str, EntityRef]]:
        """The roles in the order of the frame (first, second); partners: the
        antecedent first."""
        named = (self.named[0], self.named[1].ref)
        if self.antecedent[0] == _frame(self.kind, self.type)[0]:
            return (self.antecedent, named)
        return (named, self.antecedent)

    @property
    def pair(self) -> frozenset[EntityRef]:
        return frozenset((self.named[1].ref, self.antecedent[1]))


def _frame(kind: str, deal_type: str) -> tuple[str, str]:
    """The (first, second) roles of a trigger kind's reading as ``deal_type``."""
    for t, first, second in (FRAME_CLASSES[kind], *EXTRA_FRAMES.get(kind, ())):
        if t == deal_type:
            return first, second
    raise KeyError(deal_type)


@dataclass
class Article:
    """What the chooser reads of the whole article."""

    context: DocContext
    sent_of: dict[int, int]  # sentence start token → sentence index
    seen: dict[EntityRef, list[int]]  # sentences where each party is named, in order
    main_subjects: dict[int, set[EntityRef]]  # sentence index → main-clause subjects
    clause_subjects: dict[int, set[EntityRef]]  # → subjects of any clause
    lede: int  # the first sentence that names a company
    headline: set[EntityRef]
    deal_roles: dict[EntityRef, set[str]]  # roles in the rules' deals
    described: dict[EntityRef, set[str]] = field(default_factory=dict)  # words near a mention
    deal_sents: set[int] = field(default_factory=set)  # sentences with a deal word
    judges: set[EntityRef] = field(default_factory=set)  # subjects of "approve", "block"...
    function: dict[tuple[EntityRef, int], str] = field(default_factory=dict)  # its part there
    officers: set[EntityRef] = field(default_factory=set)  # people with a title in a company

    @classmethod
    def of(cls, doc: Doc) -> Article:
        context = DocContext.of(doc)
        starts = [s.start for s in doc.sents]
        sent_of = {start: i for i, start in enumerate(starts)}
        seen: dict[EntityRef, list[int]] = {}
        main: dict[int, set[EntityRef]] = {}
        clause: dict[int, set[EntityRef]] = {}
        described: dict[EntityRef, set[str]] = {}
        function: dict[tuple[EntityRef, int], str] = {}
        judges: set[EntityRef] = set()
        for start in sorted(context.parties):
            si = sent_of[start]
            for party in context.parties[start]:
                seen.setdefault(party.ref, []).append(si)
                head = doc[party.head]
                if head.dep_ in _SUBJECT_DEPS:
                    clause.setdefault(si, set()).add(party.ref)
                    if head.head.dep_ == "ROOT":
                        main.setdefault(si, set()).add(party.ref)
                described.setdefault(party.ref, set()).update(_near_words(doc, party))
                part = _function(head)
                if function.get((party.ref, si), "source") == "source":
                    function[(party.ref, si)] = part
                if head.dep_ in _SUBJECT_DEPS and head.head.lemma_.lower() in _JUDGES:
                    judges.add(party.ref)
        lede = min((sent_of[s] for s, ps in context.parties.items()
                    if any(p.ref.kind == "org" for p in ps)), default=0)
        roles: dict[EntityRef, set[str]] = {}
        for deal in doc._.kg_deals or ():
            for role, ref in deal.roles:
                roles.setdefault(ref, set()).add(role)
        kinds = trigger_kinds(doc_lang(doc))
        deal_sents = {
            i for i, sent in enumerate(doc.sents) if any(True for _ in trigger_tokens(sent, kinds))
        }
        officers = {role.person for role in doc._.kg_roles or ()}
        return cls(context, sent_of, {r: sorted(set(v)) for r, v in seen.items()}, main, clause,
                   lede, _headline_parties(doc, context), roles, described, deal_sents,
                   judges, function, officers)


def _function(head: Token) -> str:
    """The part a mention plays in its clause: ``subj`` (of an active verb),
    ``subj_pass`` (of a passive one: what was bought, sold, funded), ``obj``, ``other``;
    ``source`` when it is whom the sentence is told by ("Acme said", "según Acme")."""
    if is_source(head):
        return "source"
    if head.dep_ in ("nsubj:pass", "nsubjpass") or (
        head.dep_ == "nsubj" and is_passive(head.head)
    ):
        return "subj_pass"
    if head.dep_ in _SUBJECT_DEPS:
        return "subj"
    if head.dep_ in ("dobj", "obj"):
        return "obj"
    return "other"


def is_source(head: Token, depth: int = 0) -> bool:
    """Whether a mention is the source of its sentence, not a party of what it tells
    (antecedent.source): the subject of a verb of saying (``speech_verbs``: "Acme
    said", "afirmó Acme"), or its apposition ("its chief executive, Ana Ruiz, said"),
    marked by "según" / "according to", or the company of such a speaker ("said Ana
    Ruiz of Acme", "an analyst at Acme, said")."""
    while head.dep_ in ("appos", "flat") and head.head.i != head.i:
        head = head.head
    if says_the_sentence(head):
        return True
    if depth or case_of(head) not in _AFFILIATION_CASES:
        return False
    speaker = head.head.head if head.dep_ == "pobj" else head.head
    return speaker.i != head.i and is_source(speaker, depth + 1)


def _near_words(doc: Doc, party: Party) -> set[str]:
    """The nouns and adjectives beside a mention ("Ocaso, la chilena", "the Madrid
    lender Ocaso"): what a later description may repeat."""
    sent = doc[party.head].sent
    lo, hi = max(sent.start, party.start - _WINDOW), min(sent.end, party.end + _WINDOW)
    return {
        t.lemma_.lower() for t in doc[lo:hi]
        if t.pos_ in ("NOUN", "ADJ") and not party.start <= t.i < party.end
    }


def _headline_parties(doc: Doc, context: DocContext) -> set[EntityRef]:
    article = doc.user_data.get(ARTICLE_KEY)
    title = getattr(article, "title", None) or ""
    if not title:
        return set()
    found = set()
    for entity in doc._.kg_entities or ():
        if entity.ref not in context.named:
            continue  # a news agency or the outlet
        for name in (entity.name, *entity.aliases):
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title):
                found.add(entity.ref)
                break
    return found


def choices(doc: Doc, article: Article | None = None) -> list[Choice]:
    """Every choice of the doc: for each sentence with a deal word, one party (by
    reference; bystanders left out), and no deal the rules drew from it, each entity
    named before it (or in the headline) in each role the deal word's type leaves."""
    article = article or Article.of(doc)
    kinds = trigger_kinds(doc_lang(doc))
    found: list[Choice] = []
    for si, sent in enumerate(doc.sents):
        mentions = article.context.parties.get(sent.start, [])
        for tok, kind in trigger_tokens(sent, kinds):
            named = [p for p in mentions
                     if not p.start <= tok.i < p.end and not bystander(doc, p, tok)
                     and not _outside(doc, article, p)]
            if len({p.ref for p in named}) != 1:
                continue
            party = min(named, key=lambda p: rank(tok, p))
            if _drawn(doc, article.context, tok) or leaves_no_gap(doc, tok, kind, party):
                continue
            for ref, last in _earlier(article, si, party.ref):
                found.extend(_assign(si, tok, kind, party, ref, last))
    return found


def _outside(doc: Doc, article: Article, party: Party) -> bool:
    """Whether a mention stands outside the deal its sentence tells: a source ("Acme
    said", "según Acme"), or a person who holds a title in a company (an officer
    speaks for a party; antecedent.officer)."""
    return is_source(doc[party.head]) or party.ref in article.officers


def _drawn(doc: Doc, context: DocContext, tok: Token) -> bool:
    """Whether the rules drew a deal from the deal word's sentence."""
    sent = tok.sent
    return any(sent.start_char <= start < sent.end_char for start in context.rule_sents)


def _earlier(article: Article, si: int, exclude: EntityRef) -> list[tuple[EntityRef, int]]:
    found = []
    for ref, where in sorted(article.seen.items(), key=lambda kv: kv[0].name):
        if ref == exclude or ref in article.judges or ref in article.officers:
            continue
        before = [w for w in where if w < si
                  and article.function.get((ref, w)) != "source"]
        if before:
            found.append((ref, before[-1]))
        elif ref in article.headline:
            found.append((ref, -1))
    return found


# The roles of what a deal buys or funds: a company's, never a person's.
_BOUGHT_ROLES = frozenset({"target", "investee"})
# The words that name what a paying verb pays for ("paid $40m for Beta", "pagó 40
# millones por Beta", "spent $40m on Beta").
_PAID_FOR = frozenset({"for", "por", "on"})


def _assign(si: int, tok: Token, kind: str, party: Party, ref: EntityRef,
            last: int) -> list[Choice]:
    """The choices of a deal word, its named party and one earlier entity: the entity
    in each role the deal word's frame leaves, the named party in the other; a person
    never takes the role of what is bought or funded (antecedent:person-not-bought:
    "Kestrel Foods bought Orvane. Ana Ruiz, its founder, ..." makes Ana Ruiz no
    target)."""
    found = []
    for deal_type, first, second in (FRAME_CLASSES[kind], *EXTRA_FRAMES.get(kind, ())):
        orders = [(first, second)] if first == second else [(first, second), (second, first)]
        for ante_role, named_role in orders:
            if (ante_role in _BOUGHT_ROLES and ref.kind == "person") or (
                named_role in _BOUGHT_ROLES and party.ref.kind == "person"
            ):
                continue
            found.append(Choice(si, tok.i, kind, deal_type, (named_role, party),
                                (ante_role, ref), last))
    return found


def leaves_no_gap(doc: Doc, tok: Token, kind: str, party: Party) -> bool:
    """Whether a deal word leaves no party for an antecedent to fill, by the precision
    guards of the chooser: a price told alone (:func:`_price_only`), a deal noun in the
    bare plural (:func:`_generic_plural`), an argument held by a name kg did not take
    for a party (:func:`_slot_held`), a deal told again by a definite noun
    (:func:`_retold`)."""
    return (_price_only(tok, kind) or _generic_plural(tok) or _slot_held(tok, party)
            or _retold(doc, tok, kind, party))


def _generic_plural(tok: Token) -> bool:
    """Whether a deal noun is a bare plural (antecedent:generic-plural): "Norvale has
    made acquisitions across Europe", "a fund's property investments", "sus
    inversiones en renovables" tell a kind of business or a list of deals, not one deal with a
    party to find ("its investments" and "sus adquisiciones" count as bare)."""
    if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number", []):
        return False
    return not any(c.dep_ in ("det", "nummod") and c.morph.get("Poss", []) != ["Yes"]
                   for c in tok.children)


# The dependencies of a deal word's own arguments, and of a preposition's object (not a
# compound: "the Series B round", "la OPA" name a kind of deal, not a party).
_SLOT_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "nsubj:pass", "obl", "nmod",
                        "pobj", "appos"})


def _slot_held(tok: Token, party: Party) -> bool:
    """Whether an argument of the deal word, other than the named party, is a proper
    name kg took for no party (antecedent:slot-held): "Grupo Alcesa se hizo con
    Viveros Tajo" with "Viveros Tajo" unread, "Norvale invested in Kenya": the
    sentence names the deal's other side itself, so no earlier company is it."""
    args = [c for c in tok.children if c.dep_ in _SLOT_DEPS]
    args += [g for c in tok.children if c.dep_ in ("prep", "case") or c.pos_ == "ADP"
             for g in c.children if g.dep_ == "pobj"]
    return any(
        a.pos_ == "PROPN" and not party.start <= a.i < party.end and a.i != party.head
        and a.ent_type_ not in ("MONEY", "DATE", "CARDINAL", "PERCENT")
        for a in args
    )


def _retold(doc: Doc, tok: Token, kind: str, party: Party) -> bool:
    """Whether a definite deal noun tells again a deal the rules found before in the
    article (antecedent:retold-deal): "Norvale bought Kell Foods in May. The
    acquisition was led by Dario Conti's team" — "the acquisition" is that deal, not a
    new one between the named party and an earlier company. A definite noun whose own
    complement names the party ("the acquisition of Kell Foods") is not retold."""
    if not _definite_noun(tok) or any(t.i == party.head for t in tok.subtree):
        return False
    deal_type = FRAME_CLASSES[kind][0]
    start = tok.sent.start_char
    return any(d.type == deal_type and any(e.start < start for e in d.evidence)
               for d in doc._.kg_deals or ())


def _price_only(tok: Token, kind: str) -> bool:
    """Whether a verb of paying names nothing it pays for (antecedent:price-only):
    "Norvale will pay $12m in cash", "Grupo Alcesa pagará 30 millones al contado" tell
    the price of a deal told elsewhere (or a debt paid down), not a deal of their own;
    "paid $40m for it" still asks who was bought."""
    return kind == "pay" and not any(t.lower_ in _PAID_FOR for t in tok.subtree)


# --------------------------------------------------------------------------- features


def features(doc: Doc, choice: Choice, article: Article) -> list[str]:
    """The binary features of a choice, as strings (sorted, no duplicates)."""
    tok = doc[choice.trigger]
    sent = tok.sent
    lang = doc_lang(doc)
    first, second = FRAME_CLASSES[choice.kind][1:]
    role = choice.antecedent[0]
    tag = "partner" if first == second else ("first" if role == first else "second")
    if choice.type != FRAME_CLASSES[choice.kind][0]:
        tag += f"({choice.type})"
    party = choice.named[1]
    ref = choice.antecedent[1]
    head = doc[party.head]
    path = dependency_path(tok, head)
    short = "/".join(path) if len(path) <= 2 else "long"
    passive = is_passive(tok)
    subject = head.dep_ in _SUBJECT_DEPS
    in_sent = article.context.parties.get(sent.start, [])
    slot = subject_slot(tok, in_sent)
    si = choice.sent
    dist = "head" if choice.last < 0 else bucket(si - choice.last)
    since = _named_since(article, choice.last, si, ref)
    pointers = _pointers(sent)
    described = bool(_descriptions(sent, in_sent) & article.described.get(ref, set()))
    roles = article.deal_roles.get(ref)
    was = article.function.get((ref, choice.last), "head") if choice.last >= 0 else "head"
    in_deal = "none" if not roles else ("same" if role in roles else "other")
    found = [
        f"lang={lang}", f"kind={choice.kind}", f"ante={tag}", f"{choice.kind}|ante={tag}",
        f"pos={tok.pos_}", f"ante={tag}|pos={tok.pos_}",
        f"named:path={short}|ante={tag}",
        f"named:subject={subject}|passive={passive}|ante={tag}",
        f"{choice.kind}|named:subject={subject}|passive={passive}|ante={tag}",
        f"slot={slot}", f"slot={slot}|ante={tag}", f"{lang}|slot={slot}",
        f"dist={dist}", f"dist={dist}|slot={slot}", f"{lang}|dist={dist}",
        f"since={bucket(since)}", f"since={bucket(since)}|slot={slot}",
        f"lede_subject={ref in article.main_subjects.get(article.lede, set())}",
        f"prev_subject={ref in article.main_subjects.get(si - 1, set())}",
        f"prev_clause_subject={ref in article.clause_subjects.get(si - 1, set())}",
        f"prev_subject={ref in article.main_subjects.get(si - 1, set())}|slot={slot}",
        f"lede_subject={ref in article.main_subjects.get(article.lede, set())}|slot={slot}",
        f"named={bucket(article.context.named.get(ref, 0))}",
        f"topic={ref == article.context.topic}",
        f"headline={ref in article.headline}",
        f"in_deal={in_deal}", f"in_deal={in_deal}|ante={tag}",
        f"named_in_deal={party.ref in article.deal_roles}",
        f"ante_ent={ref.kind}", f"named_ent={party.ref.kind}",
        f"described={described}",
        f"company_noun={'company' in pointers}", f"pronoun={'pron' in pointers}",
        f"company_noun={'company' in pointers}|ante={tag}",
        f"filler={_filler(tok, party)}", f"filler={_filler(tok, party)}|ante={tag}",
        f"{lang}|filler={_filler(tok, party)}",
        f"lemma={tok.lemma_.lower()}", f"lemma={tok.lemma_.lower()}|ante={tag}",
        f"named:len={bucket(len(path))}", f"named:argument={is_argument(path)}",
        f"named:argument={is_argument(path)}|ante={tag}",
        f"ante_ent={ref.kind}|ante={tag}",
        f"reflexive={any(c.lower_ == 'se' for c in tok.children)}",
        f"head={tok.head.lemma_.lower() if tok.head.i != tok.i else 'ROOT'}",
        f"w-1={_word(doc, tok.i - 1, sent)}", f"w+1={_word(doc, tok.i + 1, sent)}",
        f"status={status_cue(tok)}", f"money={_has_money(doc, sent)}",
        f"money={_has_money(doc, sent)}|ante={tag}",
        f"ante_was={was}", f"ante_was={was}|ante={tag}", f"{choice.kind}|ante_was={was}|ante={tag}",
        f"definite_noun={_definite_noun(tok)}", f"definite_noun={_definite_noun(tok)}|ante={tag}",
        f"ante_deal_sentence={choice.last in article.deal_sents}",
        f"ante_deal_sentence={choice.last in article.deal_sents}|dist={dist}",
        f"ante_deal_sentence={choice.last in article.deal_sents}"
        f"|definite_noun={_definite_noun(tok)}",
    ]
    return sorted(set(found))


def _definite_noun(tok: Token) -> bool:
    """A deal noun with a definite article or a demonstrative ("the acquisition", "la
    operación", "this deal"): it refers back to a deal told before."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and (c.lower_ in _DETERMINERS or "Dem" in c.morph.get("PronType", []))
        for c in tok.children
    )


def _word(doc: Doc, i: int, sent: SpacySpan) -> str:
    if not sent[0].i <= i <= sent[-1].i:
        return "<s>"
    return "#" if doc[i].like_num else doc[i].lemma_.lower()


def _has_money(doc: Doc, sent: SpacySpan) -> bool:
    lo, hi = sent[0].idx, sent[-1].idx + len(sent[-1])
    return any(lo <= a.span.start < hi for a in doc._.kg_amounts or ())


def _named_since(article: Article, last: int, si: int, ref: EntityRef) -> int:
    """How many other organisations or people were named after the candidate's last
    mention and before the deal word's sentence."""
    lo = max(last, article.lede - 1) if last >= 0 else -1
    return sum(
        1 for other, where in article.seen.items()
        if other != ref and any(lo < w < si for w in where)
    )


_ARGUMENT_DEPS = frozenset({
    "nsubj", "nsubj:pass", "nsubjpass", "dobj", "obj", "poss", "nmod", "obl", "pobj", "iobj",
})


def _filler(tok: Token, party: Party) -> str:
    """What holds the deal word's other argument, the one the named party is not:
    ``company`` ("the group", "la compañía"), ``pron`` ("it", "its", "su"), ``noun``
    (another noun), ``none`` (nothing: a left-out subject, a bare noun)."""
    args = [c for c in tok.children if c.dep_ in _ARGUMENT_DEPS]
    args += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for arg in sorted(args, key=lambda t: t.i):
        if party.start <= arg.i < party.end or arg.i == party.head:
            continue
        if arg.lemma_.lower() in _COMPANY_NOUNS:
            return "company"
        if arg.pos_ == "PRON" or arg.morph.get("Poss", []) == ["Yes"]:
            return "pron"
        if arg.pos_ in ("NOUN", "PROPN"):
            return "noun"
    return "none"


def _pointers(sent: SpacySpan) -> set[str]:
    """Words of the sentence that point back to a company: a definite company noun
    ("la compañía", "the group"), a pronoun or possessive ("it", "its", "su")."""
    found = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in _COMPANY_NOUNS and any(c.lower_ in _DETERMINERS for c in tok.children):
            found.add("company")
        elif tok.pos_ == "PRON" or (tok.pos_ == "DET" and tok.morph.get("Poss", []) == ["Yes"]):
            found.add("pron")
    return found


def _descriptions(sent: SpacySpan, in_sent: Sequence[Party]) -> set[str]:
    """The words of definite descriptions in the sentence that name no party ("la
    chilena", "the lender")."""
    named = {i for p in in_sent for i in range(p.start, p.end)}
    return {
        t.lemma_.lower() for t in sent
        if t.pos_ in ("NOUN", "ADJ") and t.i not in named
        and any(c.lower_ in _DETERMINERS for c in (*t.children, *t.head.children))
    }


# --------------------------------------------------------------------------- model


def model_path() -> Path:
    """Where the shipped model is (``models/antecedent.json``)."""
    return data_dir("models") / MODEL_FILE


def to_json(model: ScorerModel) -> str:
    """The model file's text (the deal scorer's layout, this module's format)."""
    return model_text(model, FORMAT)


def load_model(path: Path | None = None) -> ScorerModel:
    """Read a model file (the shipped one by default)."""
    return read_model(path or model_path(), FORMAT, "the antecedent chooser's model",
                      "an antecedent chooser model", "train-antecedent")


# --------------------------------------------------------------------------- component


def best_choices(doc: Doc, model: ScorerModel) -> list[tuple[float, Choice]]:
    """For each deal word, its best choice; then for each pair of parties its best
    one; those at or above the threshold, in the order of the text."""
    article = Article.of(doc)
    per_word: dict[int, tuple[float, Choice]] = {}
    for choice in choices(doc, article):
        p = model.probability(features(doc, choice, article))
        held = per_word.get(choice.trigger)
        if held is None or p > held[0]:
            per_word[choice.trigger] = (p, choice)
    per_pair: dict[frozenset[EntityRef], tuple[float, Choice]] = {}
    for p, choice in per_word.values():
        if p < model.threshold or choice.pair in article.context.rule_pairs:
            continue
        held = per_pair.get(choice.pair)
        if held is None or p > held[0]:
            per_pair[choice.pair] = (p, choice)
    return sorted(per_pair.values(), key=lambda pc: pc[1].trigger)


class AntecedentChooser:
    """The ``kg_antecedent`` pipeline component (see the module docstring)."""

    def __init__(self, name: str = "kg_antecedent", model: ScorerModel | None = None) -> None:
        self.name = name
        self._model = model

    @property
    def model(self) -> ScorerModel:
        if self._model is None:
            self._model = load_model()
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        rules = list(doc._.kg_deals or ())
        used = {id(a) for d in rules for a in (d.amount, d.valuation) if a}
        sents = list(doc.sents)
        added = []
        for p, choice in best_choices(doc, self.model):
            tok = doc[choice.trigger]
            added.append(Deal(
                type=choice.type,
                roles=choice.roles,
                evidence=(sentence_span(sents[choice.sent], doc.text),),
                status=deal_status(tok, choice.type, choice.roles),
                amount=deal_amount(doc, tok, used),
                rules=(f"frame:{choice.kind}({tok.lemma_.lower()})",
                       f"learned:antecedent(p={p:.2f})"),
            ))
        doc._.kg_deals = rules + added
        return doc


@Language.factory("kg_antecedent", default_config={"model_file": ""})
def make_antecedent(nlp: Language, name: str, model_file: str) -> AntecedentChooser:
    """Build the ``kg_antecedent`` component with the shipped model or ``model_file``."""
    return AntecedentChooser(name, load_model(Path(model_file)) if model_file else None)
