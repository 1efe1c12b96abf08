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

from spacy.tokens import Token

from kg.deals.context import Context, organisations_of
from kg.deals.syntax import feat, subjects
from kg.deals.words import OBJ_DEPS
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
    if tok.lower_ not in FIRST_PLURAL or not _acts_in_deal(ctx, tok):
        return []
    return voice(ctx, tok, exclude)


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
        for t in forms
    )


# Spanish verbs that, before a gerund, say an action goes on ("seguimos negociando",
# "continuamos invirtiendo", "llevamos meses negociando"): a verbal periphrasis whose
# person and number the first verb carries.
_CONTINUATIVE = LEXICON.words("continuative_verbs_es")


def _continued(verb: Token) -> bool:
    """ "negociando" in "Seguimos negociando con Y": a gerund under a verb of going on."""
    # (the parser hangs the gerund as a complement or an adverbial clause)
    return "Ger" in feat(verb, "VerbForm") and verb.dep_ in ("xcomp", "advcl") \
        and verb.head.i < verb.i and verb.head.lemma_.lower() in _CONTINUATIVE


def _acts_in_deal(ctx: Context, tok: Token) -> bool:
    """Whether "we" is an argument of the deal word itself ("we sold Y", "we signed an
    agreement with Y", "the agreement we signed"), not of a verb far above a deal noun
    ("we looked at options, including a sale"): what a company weighs is no deal."""
    verb = tok.head
    return verb.i in ctx.by_token or any(
        c.i in ctx.by_token for c in verb.children if c.dep_ in OBJ_DEPS
    ) or (verb.dep_ in ("relcl", "acl:relcl") and verb.head.i in ctx.by_token)


def asked_you(ctx: Context, tok: Token) -> bool:
    """ "Why did you buy Quorn Fasteners?": an interview's question says "you" to the
    one who answers, whose company is the voice of the answers' "we" (the article's
    own voice, ``kg.deals.refer``); only "you" as an argument of the deal word, in a
    sentence that asks."""
    return tok.lower_ == "you" and ctx.sents[ctx.sent_index(tok.i)].text.rstrip().endswith(
        "?") and _acts_in_deal(ctx, tok)


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
    ) or (verb.dep_ in ("relcl", "acl:relcl") and verb.head.i in ctx.by_token)


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
