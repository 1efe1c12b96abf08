"""Which subject of the sentence before does not keep the discourse center (centering
theory: a pronoun realises the backward-looking center, so a name beside it that acts
on the pronoun is the newcomer, not what the story goes on about).

"Lagares Ontiveros nació en 1990. En 2021 la compró el grupo Brial. La bodega exporta
a Chile": the object pronoun "la" takes up the winery; the buyer named after the verb
is new. A later description ("la bodega") means the winery, the company the sentence
before that was about (``kg.deals.refer.previous_subject``, rule
``refer:newcomer-on-clitic``). So with a description of the company before as what the
subject acts on: "En 2024 el grupo Brial ofreció 70 millones por el total de la
compañía" (``refer:newcomer-on-description``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from kg.deals.syntax import ACCUSATIVE_CLITICS, is_definite, is_verbal
from kg.deals.words import GENERIC_COMPANY_NOUNS
from kg.doc import doc_lang

_OBJECT_DEPS = frozenset({"obj", "dobj", "iobj"})


def newcomer_on_clitic(subject: Token) -> bool:
    """Whether ``subject`` follows its Spanish verb and the verb takes an object pronoun
    just before it ("En 2021 la compró el grupo Brial"): the pronoun, not the
    subject, is the center the next sentence continues (``refer:newcomer-on-clitic``).
    Not a subject before its verb ("El grupo Brial la compró": the subject is the
    topic), nor a verb with no such pronoun ("En 2021 compró la bodega el grupo
    Brial"), nor one in a relative clause ("Brial, que la compró...")."""
    verb = subject.head
    if doc_lang(subject.doc) != "es" or subject.i < verb.i or not is_verbal(verb) \
            or verb.dep_ in ("acl", "relcl", "acl:relcl"):
        return False
    k = verb.i - 1
    while k > 0 and subject.doc[k].pos_ == "AUX":  # "la ha comprado"
        k -= 1
    clitic = subject.doc[k]
    return clitic.lower_ in ACCUSATIVE_CLITICS and clitic.pos_ == "PRON" and (
        clitic.head.i in (verb.i, k + 1) or clitic.dep_ in _OBJECT_DEPS)


def newcomer_on_description(subject: Token, named: Callable[[Token], Sequence[object]]) -> bool:
    """Whether ``subject``'s Spanish verb acts on a definite generic description that
    names no company ("ofreció 70 millones por el total de la compañía", "compró la
    empresa"): the description takes up the company the story is about, which stays the
    center; the subject acting on it is the newcomer (``refer:newcomer-on-description``).
    Not a description inside a clause below the verb ("dijo que la compañía ...": there
    it may be the subject itself), nor one in the subject's own phrase ("X, la empresa
    de ...")."""
    verb = subject.head
    if doc_lang(subject.doc) != "es" or not is_verbal(verb) or subject.i == verb.i:
        return False
    own = {t.i for t in subject.subtree}
    for tok in verb.subtree:
        if tok.i in own or tok.lemma_.lower() not in GENERIC_COMPANY_NOUNS or \
                tok.pos_ != "NOUN" or not is_definite(tok) or named(tok):
            continue
        head = tok.head
        while head.i != verb.i and not is_verbal(head) and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return True
    return False
