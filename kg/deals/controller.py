"""Who does a deal told with no subject of its own, when the clause around it says so
in another place: the understood subject (the *controller*) of a deal told as the
subject of another verb.

- ``benefited``: a gerund or an event noun that is the subject of a verb of giving or
  enabling is done by the one it gives to ("Buying Zenith would give Acme a foothold",
  "The purchase of Zenith allows Acme to ...", "would provide Acme with ...") or the
  one it is good for ("Buying Zenith would be a smart move for Acme");
- ``headline_topic``: in a headline that opens with a name and a colon ("Acme
  Earnings: Buying Zenith Would Be a Good Idea"), the name is what the rest is about,
  and the controller of a subject gerund after the colon;
- ``speakers_side``: a subject gerund in a quotation whose clause speaks of "us" or
  "our" ("'Selling our cheese plant to Y lets us focus on our brands,' said Z, chief
  executive of X") is done by the side that speaks, the organisation of the quotation's
  speaker (``kg.deals.first_person.voice``), or, with no speaker near, the text's own
  voice (an interview's answer, a letter: "Buying Y in 2025 was the best decision we
  made"; "Comprar Y fue lo mejor que hicimos", session 32).

All are constructions of non-obligatory control (a subject gerund, or a Spanish
subject infinitive, has no subject; the recipient or the topic supplies it).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.first_person import voice
from kg.deals.syntax import feat, is_verbal, subjects
from kg.deals.words import BENEFIT_VERBS
from kg.doc import doc_lang
from kg.facts import EntityRef

# The object positions of a giving verb that hold its recipient, first the indirect
# object ("give Acme a foothold"), then the direct one ("allow Acme to ...").
_RECIPIENT_DEPS = (("dative", "iobj"), ("dobj", "obj"))
# "gives a foothold to Acme", "would be a good move for Acme"
_RECIPIENT_PREPS = frozenset({"to", "for"})


def is_subject_clause(tok: Token) -> bool:
    """A gerund clause that is a verb's subject ("Buying Zenith would ..."), or a
    Spanish infinitive one ("Comprar Zenith fue ...")."""
    return tok.dep_ == "csubj" and (
        tok.tag_ == "VBG" or (doc_lang(tok.doc) == "es" and "Inf" in feat(tok, "VerbForm"))
    )


def benefited(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """The organisations a deal told as the subject ``tok`` of a verb of giving or
    enabling goes to: the verb's recipient ("Buying Zenith would give Acme a
    foothold"), or a "for" phrase on the verb or its predicate ("Buying Zenith would be
    a smart move for Acme"). Empty for any other subject."""
    if tok.dep_ not in ("csubj", "nsubj") or tok.head == tok:
        return []
    verb = tok.head
    if verb.lemma_.lower() in BENEFIT_VERBS:
        found = recipients(ctx, verb, exclude)
        if found:
            return found
        heads = [verb]
    elif verb.lemma_.lower() == "be" or not is_verbal(verb):
        # "would be a smart move for Acme": the predicate noun carries the phrase
        heads = [verb, *(c for c in verb.children if c.dep_ in ("attr", "acomp"))]
    else:
        return []
    args = [arg for h in heads for prep, arg in ctx.prep_args(h) if prep in _RECIPIENT_PREPS]
    return _orgs(ctx, args, exclude)


def recipients(ctx: Context, verb: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """The organisations a verb of giving or enabling gives to: its indirect object
    ("give Acme a foothold", "gives Acme control of Zenith"), else its direct object
    ("allow Acme to ...", "provide Acme with ...")."""
    if verb.lemma_.lower() not in BENEFIT_VERBS:
        return []
    for deps in _RECIPIENT_DEPS:
        found = _orgs(ctx, [c for c in verb.children if c.dep_ in deps], exclude)
        if found:
            return found
    # "would allow Acme to enter Asia", "help Acme grow": the parser makes the
    # recipient the subject of the verb's clausal complement
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return _orgs(ctx, [s for c in clauses for s in subjects(c)], exclude)


def headline_topic(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "Acme Earnings: Buying Zenith Would Be a Good Idea": a sentence that opens with a
    phrase closed by a colon, before a subject gerund, names what the rest is about; its
    organisations control the gerund."""
    if not is_subject_clause(tok):
        return []
    sent = ctx.sents[ctx.sent_index(tok.i)]
    colon = next((t for t in ctx.doc[sent.start : tok.i] if t.text == ":"), None)
    if colon is None or colon.i - sent.start > 6:
        return []
    found: list[EntityRef] = []
    for t in ctx.doc[sent.start : colon.i]:
        ref = ctx.tok_ent.get(t.i)
        if ref is not None and ref.kind == "org" and ref not in exclude and ref not in found:
            found.append(ref)
    return found


# The first person plural in a clause around a subject gerund: "lets us focus", "has
# doubled our team".
_OURS = frozenset({"we", "us", "our", "ours"})


def speakers_side(
    ctx: Context, tok: Token, exclude: set[EntityRef]
) -> list[EntityRef] | None:
    """ "'Selling our cheese plant to Ashcombe Foods lets us focus on our brands,' said
    Rachel Imrie, chief executive of Marlow Dairies" → [Marlow Dairies]: a subject
    gerund whose verb's clause holds a first person plural ("us", "our", a Spanish verb
    or pronoun in it: "lo mejor que hicimos", "nos permitió") outside the gerund is
    controlled by that "we", the organisation of the one who says it. Empty when the
    clause has no "we" ("Buying Zenith was a mistake, the analyst said") or its speaker
    speaks for none; None when no sentence near says who speaks (the caller takes the
    text's own voice, ``kg.deals.refer.our_voice``)."""
    if not is_subject_clause(tok) or tok.head == tok:
        return []
    inside = {t.i for t in tok.subtree}
    if not any(_first_plural(t) and t.i not in inside for t in tok.head.subtree):
        return []
    spoken = voice(ctx, tok, exclude)
    return None if spoken is None else [x for x in spoken if x.kind == "org"]


def _first_plural(tok: Token) -> bool:
    """ "us", "our"; in Spanish a finite verb or a pronoun in the first person plural
    ("hicimos", "nos"), or a possessive of it ("nuestra")."""
    if tok.lower_ in _OURS:
        return True
    if doc_lang(tok.doc) != "es" or "1" not in feat(tok, "Person"):
        return False
    return "Plur" in feat(tok, "Number[psor]") or "Plur" in feat(tok, "Number") and (
        tok.pos_ == "PRON" or "Fin" in feat(tok, "VerbForm"))


def _orgs(ctx: Context, heads: list[Token], exclude: set[EntityRef]) -> list[EntityRef]:
    found: list[EntityRef] = []
    for h in heads:
        found += [x for x in ctx.np_entities(h) if x.kind == "org" and x not in exclude
                  and x not in found]
    return found
