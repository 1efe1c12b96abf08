"""Who a text speaks for, as its frame says: the signature and the boilerplate (session 32).

A letter, a report's chapter, a company's own page or press release says "we" for the
organisation its frame names, which its sentences may never name: the signature after
the closing formula ("Yours sincerely, / Edwin Lusk / Chairman, Brightwater Foods plc";
"Atentamente, / Álvaro Senra, presidente de Bodegas Ribera Alta"; "Un saludo cordial,
/ Papelerías Iturbe"), a signature line ("Firmado: Inés Ocampo, presidenta de Aceros
del Cauca"), and a press release's boilerplate heading ("About Velora Health", "Sobre
Solvia Salud"). Where the frame names exactly one organisation, it is the voice of
the text's "we" that no sentence near attributes (``kg.deals.refer``): "Dear
customers, we have sold our shops to Ridgeway Retail ... The team at Quillon Outdoor"
→ Quillon Outdoor sold. A frame that names people only ("Mariyam Nisha / General
Manager"), or two organisations, says nothing; a manager that signs a fund's letter
speaks for the fund the text introduces (``_fund_signed_for``).

A text its frame signs is the organisation's own: when it also publishes it (the
``outlet`` of a company's own page), it is no outlet reporting others' deals.

With no signature that names one organisation, the publisher itself may be the
writer: an ``outlet`` whose name is an organisation's, by its legal form or by the
head noun that opens a company's or a public body's name ("Garrick Mills Ltd",
"Forjas Lezama, S.L. — Memoria 2025", "Municipalidad de San Isidro", "Grupo X"), and
whom the body names, publishes its own text (its minutes, report, site or speech);
a newspaper's name ("Malta Business Observer", "Diario del Cantábrico") has neither.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from kg.doc import ARTICLE_KEY, doc_text, reporting_outlets
from kg.entities.words import LEGAL_FORMS, ORG_HEADS
from kg.facts import Entity, EntityRef
from kg.iri import fold
from kg.lexicon import LEXICON

# Closing formulas of a letter ("Yours sincerely,", "Un saludo cordial,"), folded
_VALEDICTIONS = LEXICON.words("valedictions")
# A signature line's opening ("Firmado: A, presidenta de X", "Signed: A")
_SIGNED = re.compile(r"(?:firmado|firma|signed)\s*:", re.IGNORECASE)
# A press release's boilerplate heading ("About X", "Acerca de X", "Sobre X"): a name,
# capitalised, after it and nothing else ("Sobre la compra de X" is a subheading)
_ABOUT = re.compile(r"(?i:about|acerca de|sobre)\s+(?=[A-ZÁÉÍÓÚÑ])")
_ABOUT_WORDS = 6
# A greeting that names its host ("Welcome to Skerray Brewing!", "Bienvenidos a
# Bodegas X") or a letter's salutation to its friends ("Dear friends of Skerray Lodge,"),
# opening a line (a speech may open with a quotation mark): the name after it, up to
# the first punctuation, is the organisation that speaks
_GREETING = re.compile(
    r"[\"“‘']?(?i:welcome to|welcome back to|bienvenidos a|bienvenidas a|bienvenido a|"
    r"bienvenida a|dear friends of|queridos amigos de|estimados amigos de)\s+"
    r"(?=[A-ZÁÉÍÓÚÑ])"
)
_NAME_END = re.compile(r"[,.!?;:]")
# Lower-case words a name may hold ("Banco de Crédito", "Harland and Wolff")
_NAME_JOINERS = frozenset({"de", "del", "la", "las", "los", "y", "e", "of", "and", "the", "&"})
# How many lines a signature runs to after its closing formula (name, title, company)
_SIGNATURE_LINES = 4


def news_outlets(doc: Doc, entities: Sequence[Entity]) -> set[EntityRef]:
    """The outlets that report the article's deals (``kg.doc.reporting_outlets``),
    without the organisation that writes it itself (module docstring): its own page
    tells its own deals."""
    return outlets_besides(doc, entities, frame_speaker(doc, entities))


def outlets_besides(
    doc: Doc, entities: Sequence[Entity], writer: EntityRef | None
) -> set[EntityRef]:
    """``news_outlets`` where the frame's writer (``frame_speaker``) is already known:
    the reporting outlets but ``writer``."""
    return reporting_outlets(doc, entities) - ({writer} if writer is not None else set())


def frame_speaker(doc: Doc, entities: Iterable[Entity]) -> EntityRef | None:
    """The one organisation the text's frame names as its writer (module docstring),
    else None. "Dear shareholders, ... we acquired Tollgate Dairies ... Yours
    sincerely, Edwin Lusk, Chairman, Brightwater Foods plc" → Brightwater Foods."""
    orgs = [e for e in entities if e.kind == "org"]
    text = doc_text(doc)
    named: set[EntityRef] = set()
    for start, end in _frame_spans(text):
        named |= {e.ref for e in orgs if any(start <= m.start and m.end <= end for m in e.mentions)}
    if len(named) > 1:
        return None
    if named:
        return _fund_signed_for(text, orgs, next(iter(named)))
    return _own_publisher(doc, orgs)


# The noun that introduces a fund by its name ("del fondo Chagres Crecimiento I", "the
# fund Harrow Growth II"), right before a mention
_FUND_BEFORE = re.compile(r"\b(?:fondo|fund)\s+$", re.IGNORECASE)


def _fund_signed_for(text: str, orgs: list[Entity], signer: EntityRef) -> EntityRef:
    """A fund's letter is signed by its manager ("Un saludo cordial, / ... / Chagres
    Capital Partners") but speaks for the fund, the investor of record: where the text
    introduces exactly one other organisation as a fund ("la carta enviada a los
    inversionistas del fondo Chagres Crecimiento I"), that fund; else the signer."""
    funds = {
        e.ref for e in orgs if e.ref != signer
        and any(_FUND_BEFORE.search(text, max(0, m.start - 12), m.start) for m in e.mentions)
    }
    return next(iter(funds)) if len(funds) == 1 else signer


# What closes an outlet's own name before a description of the page ("X S.A. — Memoria
# Anual 2025", "X (Baa Atoll)", "X | Investors")
_PAGE_AFTER_NAME = re.compile(r"\s+[—–|(]|\s+-\s")


def _own_publisher(doc: Doc, orgs: list[Entity]) -> EntityRef | None:
    """The organisation that publishes the text itself (module docstring): the
    ``outlet``'s name, up to a description of the page, with a legal form or opening
    with an organisation's head noun, and named in the body."""
    article = doc.user_data.get(ARTICLE_KEY)
    publisher = (getattr(article, "publisher", None) or "").strip()
    name = _PAGE_AFTER_NAME.split(publisher, maxsplit=1)[0].strip()
    words = name.replace(",", " ").split()
    if not words or not (words[-1] in LEGAL_FORMS or words[0] in ORG_HEADS):
        return None
    # (the body may drop the legal form: "Garrick Mills Ltd" → "Garrick Mills")
    keys = {fold(name), fold(" ".join(words[:-1])) if words[-1] in LEGAL_FORMS else ""} - {""}
    found = {e.ref for e in orgs if any(fold(n) in keys for n in (e.name, *e.aliases))}
    return next(iter(found)) if len(found) == 1 else None


def _frame_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that sign it: the lines after a closing formula (a blank
    line may part them from it), up to a blank line; a signature line; a boilerplate
    heading; the name a greeting opening a line welcomes to ("Welcome to X!") or whose
    friends a letter's salutation addresses ("Dear friends of X,")."""
    lines: list[tuple[int, int, str]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line), line))
        start += len(line) + 1
    spans: list[tuple[int, int]] = []
    for k, (start, end, line) in enumerate(lines):
        words = line.strip()
        if _closes(words):
            block = []
            # (the signature may stand a blank line below the formula)
            rest = list(itertools.dropwhile(lambda ln: not ln[2].strip(), lines[k + 1 :]))
            for after in rest[:_SIGNATURE_LINES]:
                if not after[2].strip():
                    break
                block.append(after)
            if block:
                spans.append((block[0][0], block[-1][1]))
        elif _SIGNED.match(words):
            spans.append((start, end))
        elif (about := _ABOUT.match(words)) is not None and _a_name(words[about.end():]):
            spans.append((start + line.index(words) + about.end(), end))
        elif (greeting := _GREETING.match(words)) is not None:
            name_start = start + line.index(words) + greeting.end()
            stop = _NAME_END.search(text, name_start, end)
            spans.append((name_start, stop.start() if stop is not None else end))
    return spans


def _a_name(words: str) -> bool:
    """Whether a heading's rest is a name alone ("Velora Health", "Banco de Crédito
    Rural"): a few words, each capitalised or a joiner, and no full stop after them."""
    parts = words.split()
    return 0 < len(parts) <= _ABOUT_WORDS and not words.endswith((".", ":", "?")) and all(
        p[:1].isupper() or p[:1].isdigit() or p.lower() in _NAME_JOINERS for p in parts)


def _closes(line: str) -> bool:
    """Whether ``line`` is a letter's closing formula ("Yours sincerely,", "Warm regards
    from the jetty,", "Atentamente,"): it opens with one and ends with a comma, or is
    one."""
    if len(line) > 60:  # (a paragraph: not folded, which costs most on long lines)
        return False
    folded = fold(line.rstrip(",").strip())
    return bool(folded) and any(
        folded == v or (folded.startswith(v + " ") and line.endswith(",")) for v in _VALEDICTIONS
    )
