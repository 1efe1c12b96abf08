"""Who "we" is: the first person plural speaks for an organisation (session 21, apart3).

A company's people say "we" for their company: "We sold the plant to Y last year,"
its chief executive said; a chief executive answering an interview ("We signed a
platform agreement with Y"); a company's own letter to its shareholders ("we sold the
property to Y in 2024"). "We" as a deal's party is therefore

1. the organisation of the person who says the sentence (the subject of a verb of
   saying in it, or in the sentence just after or before when the quotation runs over
   several sentences), as the article gives that person a role in it ("its chief
   executive Z", "Z, consejera delegada de X"); or the organisation that is itself
   the subject of the verb of saying ("the company said");
2. with no such speaker, the organisation the article is about (the company its lede
   tells of, else its discourse topic): the voice of an interview's answers or of a
   company's own newsletter.

A speaker whose organisation is the deal's other party, or a person told with no
organisation, leaves "we" unresolved: a union's leader or a minister saying "we" is
not the company in the story.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from kg.deals.conjugation import verb_forms
from kg.deals.context import Context, organisations_of
from kg.deals.syntax import direct_objects, feat, spanish_percentage, subjects
from kg.deals.words import NEGATIONS, OBJ_DEPS, SIGNED
from kg.doc import doc_lang, doc_text
from kg.entities.words import SPEECH_VERBS
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# "we", "us", "nosotros": the speaker's side; the possessive ("our") is left out: "our
# shareholders", "our board" name people, not the company's deals.
FIRST_PLURAL = frozenset({"we", "us", "nosotros", "nosotras"})


def first_person(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef] | None:
    """The organisation a first person plural pronoun speaks for (module docstring): []
    when "we" is no argument of the deal word or its speaker speaks for none; None when
    no sentence near says who speaks, and the voice is the article's own company, which
    the caller knows (``kg.deals.refer``). "Harbour Tiles makes tiles. 'We bought
    Pentland Glazes,' its chief executive Moira Baird said." → [Harbour Tiles]."""
    if not (tok.lower_ in FIRST_PLURAL or clitic_us(tok)) or not _acts_in_deal(ctx, tok):
        return []
    return voice(ctx, tok, exclude)


def object_us(tok: Token) -> bool:
    """ "X invested $5 million in us", "X invirtió en nosotros", "X nos invirtió": the
    first person plural as an object or a preposition's object, which a deal's roles
    read as "we" (``first_person``) where they read a name."""
    return tok.pos_ == "PRON" and (tok.lower_ in ("us", "nosotros", "nosotras") or clitic_us(tok))


def clitic_us(tok: Token) -> bool:
    """ "X nos invirtió 3 millones", "X nos compró en 2024": the Spanish clitic "nos" on
    a verb of another person is "us", what the verb acts on (bought) or whom its money
    goes to (invested in). Not beside another object, where it is the dative of the
    one traded with: "X nos vendió su planta" (sold to us), "X nos compró el 20 % de
    Y" (bought from us); a sum ("3 millones") is no such object. On a verb in the first
    person plural "nos" is reflexive, part of the verb: "nos hicimos con Y" (we took Y
    over), "nos asociamos con Y" say "we" once, by the ending."""
    verb = tok.head
    if tok.lower_ != "nos" or doc_lang(tok.doc) != "es" or verb.i == tok.i \
            or verb.pos_ not in ("VERB", "AUX"):
        return False
    forms = (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass")))
    # (a part after the verb may be parsed as a second subject: "nos vendió X el 20 %")
    others = [*direct_objects(verb), *(c for c in verb.children if spanish_percentage(c))]
    return not any("1" in feat(t, "Person") for t in forms) and all(
        _a_sum(o) for o in others if o.i != tok.i
    )


def _a_sum(tok: Token) -> bool:
    """ "5 millones", "300.000": a number of money or units, no percentage of a company."""
    return not spanish_percentage(tok) and (
        tok.like_num or any(c.like_num and c.dep_ == "nummod" for c in tok.children))


def voice(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef] | None:
    """Whom the first person plural at ``tok`` speaks for: the organisation of the one
    who says its sentence (or the one after or before), [] for a speaker with none,
    None when no sentence near says who speaks (``first_person``)."""
    found = _speakers(ctx, ctx.sent_index(tok.i))
    if found is None:
        return None
    return [x for x in found if x not in exclude][:1]


def unsaid_we(verb: Token) -> bool:
    """A Spanish finite verb in the first person plural with no subject of its own
    ("En agosto suscribimos el 30 % de Y", "Firmamos una alianza con Y", "hemos
    vendido Y"): the verb's ending says "nosotros" (a null subject, sujeto tácito),
    whom the sentence before does not name; it is "we", not the subject before."""
    return _unsaid_first_person(verb, "Plur")


def unsaid_i(verb: Token) -> bool:
    """A Spanish finite verb in the first person singular with no subject of its own
    ("En octubre compré en la ferretería X un juego de cuchillos de Y"): the verb's
    ending says "yo", the writer of a letter or a post, whom no name stands for; not
    the subject of the sentence before, nor a company named last."""
    return _unsaid_first_person(verb, "Sing")


def _unsaid_first_person(verb: Token, number: str) -> bool:
    """Whether ``verb`` is a Spanish finite verb, or has a finite auxiliary, in the first
    person of ``number`` ("Plur", "Sing") and no subject of its own."""
    if doc_lang(verb.doc) != "es" or subjects(verb):
        return False
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))]
    if _continued(verb):
        # "Seguimos negociando con Y un contrato": the person is on the verb that says
        # the action goes on, which the parser makes the head, not an auxiliary
        if subjects(verb.head):
            return False
        forms.append(verb.head)
    return any(
        "Fin" in feat(t, "VerbForm") and "1" in feat(t, "Person") and number in feat(t, "Number")
        or (number == "Plur" and opening_we(t) is not None)
        for t in forms
    )


def opening_we(tok: Token) -> str | None:
    """ "Firmamos un convenio con Y": a Spanish sentence that opens with a verb of
    signing in the first person plural, which the small tagger reads as a name (a
    capitalised word with no subject before it) and gives no person. The word is that
    verb when it opens its sentence, heads a clause of its own (its object) and is,
    lower-cased, the "-amos", "-emos" or "-imos" form of a verb of signing: its
    infinitive, else None. "Ramos" or "Campos", surnames, are no such form. (The verbs
    of going on, "Seguimos negociando con Y", were tried too and made a false deal on a
    closed half; so did, in session 34, reading any "-mos" form of them, "Continuamos
    negociando con Y", which the tagger gives the third person, as "nosotros".)"""
    if tok.pos_ != "PROPN" or tok.i != tok.sent.start or not tok.text[:1].isupper() \
            or doc_lang(tok.doc) != "es" or not any(
                c.dep_ in _CLAUSE_DEPS and c.i > tok.i for c in tok.children):
        return None
    return _first_plurals().get(tok.lower_)


# What a verb heads that a name does not: its object, complement or adverbial clause.
_CLAUSE_DEPS = frozenset({"obj", "iobj", "obl", "xcomp", "advcl", "ccomp"})


@cache
def _first_plurals() -> dict[str, str]:
    """The first person plural forms (present and preterite indicative, "-mos") of the
    Spanish verbs of signing → infinitive ("firmamos" → "firmar")."""
    forms = verb_forms(tuple(sorted(SIGNED)))
    return {f: v for f, v in forms.items() if f in (v[:-2] + e for e in ("amos", "emos", "imos"))}


# Spanish verbs that, before a gerund, say an action goes on ("seguimos negociando",
# "continuamos invirtiendo", "llevamos meses negociando"): a verbal periphrasis whose
# person and number the first verb carries.
_CONTINUATIVE = LEXICON.words("continuative_verbs_es")
# Their inflected forms, which the small model often leaves unlemmatised ("seguimos")
_CONTINUATIVE_FORMS = frozenset(verb_forms(_CONTINUATIVE))


def _continued(verb: Token) -> bool:
    """ "negociando" in "Seguimos negociando con Y": a gerund under a verb of going on."""
    # (the parser hangs the gerund as a complement or an adverbial clause)
    return "Ger" in feat(verb, "VerbForm") and verb.dep_ in ("xcomp", "advcl") \
        and verb.head.i < verb.i and (
            verb.head.lemma_.lower() in _CONTINUATIVE or verb.head.lower_ in _CONTINUATIVE_FORMS)


def _acts_in_deal(ctx: Context, tok: Token) -> bool:
    """Whether "we" is an argument of the deal word itself ("we sold Y", "we signed an
    agreement with Y", "the agreement we signed"), not of a verb far above a deal noun
    ("we looked at options, including a sale"): what a company weighs is no deal."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "X invested $5 million in us"
    return _deal_word(ctx, verb) or (
        verb.dep_ in ("relcl", "acl:relcl") and verb.head.i in ctx.by_token
    ) or (tok.dep_ == "nsubj" and any(_deal_word(ctx, v) for v in _controlled(verb)))


def _deal_word(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is a deal word or has one for its object."""
    return verb.i in ctx.by_token or any(
        c.i in ctx.by_token for c in verb.children if c.dep_ in OBJ_DEPS)


# How deep a chain of controlled infinitives is followed ("we are thrilled to be
# able to buy Y" is as deep as news goes).
_CONTROL_DEPTH = 3


def _controlled(verb: Token) -> list[Token]:
    """The infinitives and gerunds whose unexpressed subject is the subject of
    ``verb`` (subject control): its open complement ("we agreed to buy Y", "we want
    to sell"), or that of its predicate adjective ("we are delighted to partner with
    Y", "we are thrilled to be investing in Y"), and theirs in turn. A clause of its
    own ("we said that Y would buy it", "we sold it because ...") has its own subject
    and is none."""
    found: list[Token] = []
    heads = [verb]
    for _ in range(_CONTROL_DEPTH):
        heads = [
            x for h in heads
            for c in h.children if c.dep_ in ("xcomp", "acomp")
            for x in ([c] if c.dep_ == "xcomp" else
                      [g for g in c.children if g.dep_ == "xcomp"])
            if x.pos_ in ("VERB", "AUX")
        ]
        found += heads
    return found


def asked_you(ctx: Context, tok: Token) -> bool:
    """ "Why did you buy Quorn Fasteners?": an interview's question says "you" to the
    one who answers, whose company is the voice of the answers' "we" (the article's
    own voice, ``kg.deals.refer``); only "you" as an argument of the deal word, in a
    sentence that asks."""
    return tok.lower_ == "you" and ctx.sents[ctx.sent_index(tok.i)].text.rstrip().endswith(
        "?") and _acts_in_deal(ctx, tok)


# The most words an answer that only denies has ("We didn't", "No, we did not", "No
# la vendimos"): a longer one goes on to say something of its own.
_BARE_DENIAL = 5


def denied_by_answer(ctx: Context, tok: Token) -> bool:
    """ "Why did you sell your stake in Y? — We didn't.", "—¿Por qué vendieron su
    participación en Y? —No la vendimos.": a deal an interview's question takes for
    granted, which the answer right after it denies with a bare negation (a few words,
    one of them a negation, naming nothing), never happened. An answer that says more
    ("We needed the cash", "No, we sold only half") or names something ("No comment")
    leaves the question's deal as told."""
    si = ctx.sent_index(tok.i)
    sent = ctx.sents[si]  # (its text cut from the body: ``Span.text`` joins every word)
    if not doc_text(ctx.doc)[sent.start_char : sent.end_char].rstrip().endswith("?"):
        return False
    answer = next((s for s in ctx.sents[si + 1:] if s.text.strip()), None)
    words = [t for t in answer or () if t.is_alpha or t.lower_ == "n't"]
    return 0 < len(words) <= _BARE_DENIAL and any(t.lower_ in NEGATIONS for t in words) \
        and not any(t.pos_ in ("NOUN", "PROPN") for t in words)


def asked_ustedes(ctx: Context, verb: Token) -> bool:
    """ "—¿Por qué compraron Pescados Cíes?": a Spanish interview's question says
    "ustedes" to the one who answers, by a finite verb in the third person plural with
    no subject of its own, inside "¿ ... ?"; like "you" (``asked_you``), the
    interviewee's company."""
    if doc_lang(verb.doc) != "es" or subjects(verb) or not verb_in_deal(ctx, verb):
        return False
    sent = ctx.sents[ctx.sent_index(verb.i)]
    opened = [t.i for t in sent if t.text == "¿" and t.i < verb.i]
    if not opened or not any(t.text == "?" and t.i > verb.i for t in sent):
        return False
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))]
    return any(
        "Fin" in feat(t, "VerbForm") and "3" in feat(t, "Person") and "Plur" in feat(t, "Number")
        for t in forms
    )


def verb_in_deal(ctx: Context, verb: Token) -> bool:
    """Whether the first person plural of ``verb`` acts in a deal, as ``_acts_in_deal``
    asks of "we": the verb is the deal word, its object is one, or an infinitive of
    purpose or complement under it is ("Firmamos una carta de intención para adquirir
    el 60 % de Y")."""
    return verb.i in ctx.by_token or any(
        c.i in ctx.by_token for c in verb.children
        if c.dep_ in OBJ_DEPS or (c.dep_ in ("xcomp", "advcl") and "Inf" in feat(c, "VerbForm"))
    ) or (_relative_clause(verb) and verb.head.i in ctx.by_token)


def _relative_clause(verb: Token) -> bool:
    """A relative clause on a noun: English "relcl"; the Spanish parser's "acl" that a
    relative pronoun opens ("el acuerdo que firmamos con Y")."""
    return verb.dep_ in ("relcl", "acl:relcl") or (
        verb.dep_ == "acl" and any("Rel" in feat(c, "PronType") for c in verb.children))


def _speakers(ctx: Context, si: int) -> list[EntityRef] | None:
    """What the subject of a verb of saying in sentence ``si`` (or the one after, or
    before) stands for: an organisation named, or the organisations the article gives
    a person named a role in (an empty list for a person with none); None when no
    sentence near says who speaks."""
    labelled = _label_speaker(ctx, si)
    if labelled is not None:
        return labelled
    for near in (si, si + 1, si - 1):
        if not 0 <= near < len(ctx.sents):
            continue
        for verb in ctx.sents[near]:
            if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
                continue
            for s in subjects(verb):
                refs = ctx.np_entities(s)
                if any(x.kind == "org" for x in refs):
                    return [x for x in refs if x.kind == "org"]
                people = [x for x in refs if x.kind == "person"]
                if people:
                    return organisations_of(ctx, people)
    return None


# A transcript's speaker label: a line opening with a name or a title in capitals and a
# colon ("RODRIGO PAZ: Ayer firmamos ...", "GOBERNADOR RUIZ: Vendimos ...").
_LABEL = re.compile(r"[ \t]*([A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'\-]+(?: [^\n:]{1,60})?):[ \t]")


def _label_speaker(ctx: Context, si: int) -> list[EntityRef] | None:
    """Who speaks in sentence ``si`` of a transcript: the person the speaker label of
    its line names, or of the nearest labelled line before it (a turn runs over
    paragraphs until the next label): their organisations, [] for a person the article
    gives none (a governor's "we" is no company's); None with no label before, or a
    label that names no person ("P:", "PERIODISTA (Radio X):", "FOTO: Agencia X")."""
    sent = ctx.sents[si]
    text = doc_text(ctx.doc)
    end = sent.start_char
    label = None
    while label is None and end > 0:
        start = text.rfind("\n", 0, end) + 1
        label = _LABEL.match(text, start)
        if label is not None and label.end(1) > sent.end_char:
            return None
        end = start - 1
    if label is None:
        return None
    words = ctx.doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
    refs = [ref for t in words or () if (ref := ctx.tok_ent.get(t.i)) is not None]
    people = [x for x in refs if x.kind == "person"]
    return organisations_of(ctx, people[:1]) if people else None
