"""Deals told as fields, not as sentences: a deal card or a table of deals.

Roundups, newsletters and data pages tell a takeover with no verb at all, by labelling
each part of it; the reader takes each label for the role of what follows it:

- a deal card: labelled fields, one per line or several on one line between bars or
  semicolons ("Buyer: Kendal Instruments" / "Target: Soltera Optics" / "Price: $62
  million"; "Comprador: Inversiones Quelmar | Objetivo: Textiles Arandela | Importe:
  10 M€"); a label told again opens the next deal (``frame:labelled-fields``);
- a table flattened to lines: a header row of labels between bars or slashes ("Target |
  Acquirer | Value", "Empresa / Comprador / Monto"), then rows with as many cells, each
  cell holding what its column's label says (``frame:table-row``).

A contract award notice labels its parties the same way: the body that awards buys
("Awarding authority: X", "Órgano de contratación: X", "Convocante: X", a "Buyer: X"
beside a "Supplier: Y"), the firm awarded sells ("Awarded to: Y", "Adjudicatario: Y",
"Licitante ganador: Y", a lot's "Lot 2 – …: awarded to Y"); the awarder told once holds
for the lots and bids below it, and a notice whose fields name none is the body its
heading names alone on a line. An award notice tells an award made: a PurchaseAgreement,
Completed (``frame:award-fields``).

A competition authority's case header names the parties of the concentration it
rules on, the acquirer first ("Case M.11482 – Dornfeld / Vasquin Logistics",
"Expediente C/1533/26 Lácteos Arnedo / Quesería Arnedana"); with an operation line
that says it is an acquisition ("Operation: acquisition of sole control", "Operación:
adquisición del control exclusivo") it tells the takeover the authority reviews,
Announced (cleared is not closed; ``frame:case-header``).

A list item headed by a company's name and a colon tells a deal of that company: a
round told after the colon with no company of its own is the heading's ("• Nimbra Labs:
$14 million Series A, led by Quarry Hill Ventures"; ``parties:line-heading``, a step of
the round frame).

The labels and what each names (a party's role, the price, the status) are
``[field_labels]`` of ``lexicon/deals.toml``. The status is a status field's word
("Status: completed", "Estado: pendiente"), else a word of the caption line over the
card or table ("Completed logistics deals", "Operaciones cerradas esta semana";
``[field_statuses]``), else a takeover's default. A card or row needs two companies in
two roles of a takeover (a buyer, a target, a seller): "Company | Change" over a table
of share prices names no deal.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.roles import Reading
from kg.deals.status import default_status
from kg.deals.words import FIELD_LABELS, FIELD_STATUSES, LEAD_VERBS
from kg.doc import token_flags, token_lowers, token_texts
from kg.facts import Amount, EntityRef
from kg.lexicon import LEXICON

_PARTY_ROLES = ("acquirer", "target", "seller")
# What separates the cells of one line: bars and semicolons between labelled fields; a
# header row's slashes too ("Empresa / Comprador / Monto").
_FIELD_BARS = frozenset({"|", ";", "¦"})
_HEADER_BARS = _FIELD_BARS | {"/"}


@dataclass
class _Record:
    """One deal's fields: the tokens of each labelled value, by what the label names."""

    first: int  # the first token of the card or row (the deal's trigger)
    cells: dict[str, list[int]] = field(default_factory=dict)


def labelled_deals(ctx: Context, told: list[Mention]) -> list[Mention]:
    """The takeovers the doc tells as deal cards or table rows (module docstring), but
    those whose parties a mention of ``told`` already has."""
    if not _may_hold_fields(ctx.doc) and _CASE_WORDS.isdisjoint(token_lowers(ctx.doc)):
        return []
    lines = _lines(ctx.doc)
    made: list[Mention] = []
    awarder: EntityRef | None = None
    for n, records, rule in _records(ctx.doc, lines):
        caption = _caption_status(ctx.doc, lines, n)
        for record in records:
            # the body that awards is told once over the lots and bids that follow
            awarder = next(iter(_named(ctx, record.cells.get("awarder", []), last=True)),
                           awarder)
            if "winner" in record.cells:
                m = _award(ctx, record, awarder or _heading_org(ctx, lines, n))
            else:
                m = _mention(ctx, record, rule, caption)
            if m is not None and not any(m.parties() <= o.parties() for o in told + made):
                made.append(m)
    for m in _case_deals(ctx, lines):
        if not any(m.parties() <= o.parties() for o in told + made):
            made.append(m)
    return made


# What may open a list item before its heading: bullets, dashes, a number and its stop.
_ITEM_MARKS = frozenset({"-", "–", "—", "•", "·", "*", "›", ".", ")"})
# What heads a lot's line in a notice that awards a contract by lots ("Lot 2 – Street
# lighting: awarded to Y", "Lote 1 (grúas): adjudicado a Y").
_LOT_WORDS = frozenset({"lot", "lote"})


def line_heading(r: Reading) -> None:
    """``parties:line-heading``: the company heading the trigger's line before a colon
    is the investee of a round that names none ("• Nimbra Labs: $14 million Series A,
    led by Quarry Hill Ventures")."""
    if any(role == "investee" for role, _ in r.m.roles):
        return
    ctx, doc = r.ctx, r.tok.doc
    k = ctx.sents[ctx.sent_index(r.tok.i)].start
    while k < r.tok.i and (doc[k].text in _ITEM_MARKS or doc[k].like_num):
        k += 1
    ref = ctx.tok_ent.get(k)
    if ref is None or ref.kind != "org" or ref in r.m.parties():
        return
    end = k
    while end < r.tok.i and ctx.tok_ent.get(end) == ref:
        end += 1
    if end < r.tok.i and doc[end].text == ":":
        r.m.add_role("investee", ref)
        r.m.rules.append("parties:line-heading")
        # the parser hangs "led by Y" on the heading's name, not on the round
        for t in doc[end:ctx.sents[ctx.sent_index(r.tok.i)].end]:
            if t.lemma_.lower() in LEAD_VERBS and t.dep_ == "acl" and k <= t.head.i < end:
                for by in (c for c in t.children if c.lower_ in ("by", "por")):
                    for x in ctx.np_entities(next(by.children, by)):
                        if x.kind == "org" and x not in r.m.parties():
                            r.m.add_role("investor", x)


# The first word of each label ("deal" of "deal value"): a card's or a header's cell opens
# with one; and the most words a label has ("órgano de contratación").
_LABEL_FIRSTS = frozenset(label.split(" ")[0] for label in FIELD_LABELS)
_LABEL_WIDTH = max(len(label.split(" ")) for label in FIELD_LABELS)


def _may_hold_fields(doc: Doc) -> bool:
    """Whether the doc may hold a card or a table, read from its cached words without
    Tokens: a label's first word, and a bar (a table's header of cells) or a label and
    its colon (a card's "Buyer:", "Deal value:"). Most articles have neither, and are
    not split into lines and cells."""
    lowers = token_lowers(doc)
    if _LABEL_FIRSTS.isdisjoint(lowers):
        return False
    texts = token_texts(doc)
    if not _HEADER_BARS.isdisjoint(texts):
        return True
    space = token_flags(doc, "space")
    for k, word in enumerate(lowers):
        if word not in _LABEL_FIRSTS:
            continue
        after = [j for j in itertools.islice(
            (j for j in range(k + 1, len(texts)) if not space[j]), _LABEL_WIDTH)]
        for width, colon in enumerate(after):
            if texts[colon] == ":" and \
                    " ".join([word, *(lowers[j] for j in after[:width])]) in FIELD_LABELS:
                return True  # "Buyer:", "Deal value:", "Órgano de contratación:"
    return False


def _lines(doc: Doc) -> list[list[int]]:
    """The doc's lines, each as the indices of its tokens that are not blank."""
    lines: list[list[int]] = [[]]
    for t in doc:
        if not t.is_space:
            lines[-1].append(t.i)
        if "\n" in t.text or "\n" in t.whitespace_:
            lines.append([])
    return [line for line in lines if line]


def _cells(doc: Doc, line: list[int], bars: frozenset[str]) -> list[list[int]]:
    """A line's cells: its tokens between separators."""
    cells: list[list[int]] = [[]]
    for i in line:
        if doc[i].text in bars:
            cells.append([])
        else:
            cells[-1].append(i)
    return cells


def _label(doc: Doc, cell: list[int], whole: bool) -> tuple[str, int] | None:
    """What the label opening ``cell`` names and where its value starts: a label and a
    colon ("Buyer: X"), or, ``whole``, the cell that is a label alone ("Target"); a
    lot's line, the label after the lot's heading and its colon ("Lot 2 – Street
    lighting: awarded to Y", "Lote 1 (grúas): adjudicado a Y")."""
    for width in range(_LABEL_WIDTH, 0, -1):
        words = " ".join(doc[i].lower_ for i in cell[:width])
        what = FIELD_LABELS.get(words)
        if what is None or len(cell) < width:
            continue
        if whole and len(cell) == width:
            return what, len(cell)
        if not whole and len(cell) > width + 1 and doc[cell[width]].text == ":":
            return what, width + 1
    if not whole and cell and doc[cell[0]].lower_ in _LOT_WORDS:
        # (the tokenizer may glue the heading's bracket to the colon: "(grúas):")
        colon = next((n for n, i in enumerate(cell) if doc[i].text.endswith(":")), None)
        for width in range(_LABEL_WIDTH, 0, -1):
            start = (colon or 0) + 1
            words = " ".join(doc[i].lower_ for i in cell[start:start + width])
            if colon is not None and FIELD_LABELS.get(words) == "winner" and \
                    len(cell) > start + width:
                return "winner", start + width
    return None


def _records(doc: Doc, lines: list[list[int]]) -> list[tuple[int, list[_Record], str]]:
    """The cards and tables of the doc: (index of their first line, their deals, rule)."""
    found: list[tuple[int, list[_Record], str]] = []
    n = 0
    while n < len(lines):
        header = _header(doc, lines[n])
        if header is not None:
            rows = []
            k = n + 1
            while k < len(lines) and len(cells := _cells(doc, lines[k], _HEADER_BARS)) == \
                    len(header) and all(cells):
                row = _Record(lines[k][0])
                for what, cell in zip(header, cells, strict=True):
                    if what is not None:
                        row.cells[what] = cell
                rows.append(row)
                k += 1
            if rows:
                found.append((n, rows, "table-row"))
                n = k
                continue
        cards, k = _cards(doc, lines, n)
        if cards:
            found.append((n, cards, "labelled-fields"))
            n = k
            continue
        n += 1
    return found


def _header(doc: Doc, line: list[int]) -> list[str | None] | None:
    """The column labels of a header row ("Target | Acquirer | Value"), None for a
    column of no label; None when the line is no header of two party columns."""
    cells = _cells(doc, line, _HEADER_BARS)
    if len(cells) < 2 or not all(cells):
        return None
    labels = [_label(doc, cell, whole=True) for cell in cells]
    header = [label[0] if label is not None else None for label in labels]
    if sum(1 for what in header if what in _PARTY_ROLES) < 2:
        return None
    return header


def _cards(doc: Doc, lines: list[list[int]], n: int) -> tuple[list[_Record], int]:
    """The deal cards of the run of labelled lines from line ``n``, and the line after."""
    records: list[_Record] = []
    k = n
    while k < len(lines):
        fields = []
        for cell in _cells(doc, lines[k], _FIELD_BARS):
            label = _label(doc, cell, whole=False) if cell else None
            if label is None:
                break
            fields.append((label[0], cell[label[1]:]))
        else:
            for what, value in fields:
                if not records or what in records[-1].cells:
                    records.append(_Record(value[0]))  # a label told again: the next deal
                records[-1].cells[what] = value
            k += 1
            continue
        break
    return records, k


def _caption_status(doc: Doc, lines: list[list[int]], n: int) -> str | None:
    """The status a caption line over the card or table gives its deals ("Completed
    logistics deals, first quarter")."""
    if n == 0:
        return None
    return next((FIELD_STATUSES[doc[i].lower_] for i in lines[n - 1]
                 if doc[i].lower_ in FIELD_STATUSES), None)


def _mention(ctx: Context, record: _Record, rule: str, caption: str | None) -> Mention | None:
    """The takeover of one card or row, if it names two companies in two roles."""
    roles: list[tuple[str, EntityRef]] = []
    for what in _PARTY_ROLES:
        for i in record.cells.get(what, []):
            ref = ctx.tok_ent.get(i)
            if ref is not None and ref.kind == "org" and ref not in (r for _, r in roles):
                roles.append((what, ref))
    if len({what for what, _ in roles}) < 2:
        return None
    si = ctx.sent_index(record.first)
    m = Mention(type="Acquisition", roles=roles, sent=si, evidence=ctx.sentence_evidence(si),
                trigger=record.first, kind="acquire", rules=[f"frame:{rule}"])
    m.amount = _amount(ctx, record.cells.get("amount", []))
    status_words = [ctx.doc[i].lower_ for i in record.cells.get("status", [])]
    status = next((FIELD_STATUSES[w] for w in status_words if w in FIELD_STATUSES), caption)
    if status is not None:
        m.status, m.status_explicit = status, True
        m.rules.append(f"status:{status}<-{rule}")
    else:
        m.status = default_status(m.type)
        m.rules.append(f"status:{m.status}<-default")
    return m


def _amount(ctx: Context, cell: list[int]) -> Amount | None:
    """The amount written in a price cell, marked as taken."""
    for i in cell:
        amount = ctx.tok_amount.get(i)
        if amount is not None and id(amount) not in ctx.used_amounts:
            ctx.used_amounts.add(id(amount))
            return amount
    return None


def _orgs(ctx: Context, cell: list[int]) -> list[EntityRef]:
    """The companies and bodies a field's value names, in order."""
    return list(dict.fromkeys(
        ref for i in cell if (ref := ctx.tok_ent.get(i)) is not None and ref.kind == "org"
    ))


def _named(ctx: Context, cell: list[int], last: bool = False) -> list[EntityRef]:
    """The body an award notice's field names: its value is a name, which opens it or
    one of its parts between commas ("Awarded to: Y Ltd, Town", "Adjudicatario: Y,
    S.L."); ``last``, the last such name, the most precise of an awarder's ("Owner:
    Government of X, Department of Y"). A name read inside other words ("Port of
    Kilbrannan Authority" read as "Kilbrannan" alone) is none."""
    opens = [i for n, i in enumerate(cell) if ctx.doc[i].pos_ != "DET" and (
        n == 0 or ctx.doc[cell[n - 1]].text == "," or ctx.doc[cell[n - 1]].pos_ == "DET"
        and (n == 1 or ctx.doc[cell[n - 2]].text == ","))]
    refs = [ref for i in opens if (ref := ctx.tok_ent.get(i)) is not None and
            ref.kind == "org" and (i == cell[0] or ctx.tok_ent.get(i - 1) != ref)]
    return refs[-1:] if last else refs[:1]


def _heading_org(ctx: Context, lines: list[list[int]], n: int) -> EntityRef | None:
    """The body a notice names alone on a line of its heading, above its fields: the
    issuer of the notice, the one that awards when no field names it ("Government of
    Yukon, Department of Highways" over "Awarded to: Y"); the last name of the line,
    the most precise ("Government of X, Department of Y"). Lines of words that are
    not names ("Contract award notice") are passed over; a line of prose is none."""
    for line in reversed(lines[max(0, n - _HEADING_LINES):n]):
        named = [i for i in line if i in ctx.tok_ent]
        if named and all(i in ctx.tok_ent or ctx.doc[i].is_punct for i in line):
            return _orgs(ctx, named)[-1] if _orgs(ctx, named) else None
    return None


# How many lines above its fields a notice's heading may name its issuer.
_HEADING_LINES = 4


def _award(ctx: Context, record: _Record, awarder: EntityRef | None) -> Mention | None:
    """The contract of one award notice's fields: the body that awards buys ("Awarding
    authority: X", "Órgano de contratación: X"; a "Buyer: X" beside a "Supplier: Y";
    else the awarder of the fields above, else the body heading the notice), the firm
    awarded sells ("Awarded to: Y", "Adjudicatario: Y", a lot "adjudicado a Y"); the
    price is the value awarded ("Contract value: £1.4m", "Importe de adjudicación") or
    the lot's. An award notice tells an award made: Completed, unless a status field
    says otherwise (``frame:award-fields``)."""
    buyers = _named(ctx, record.cells.get("awarder", []), last=True) or \
        _named(ctx, record.cells.get("acquirer", [])) or ([awarder] if awarder else [])
    sellers = [x for x in _named(ctx, record.cells["winner"]) if x not in buyers]
    if not buyers or not sellers:
        return None
    si = ctx.sent_index(record.first)
    m = Mention(type="PurchaseAgreement", roles=[("buyer", buyers[0])] + [
        ("seller", x) for x in sellers], sent=si, evidence=ctx.sentence_evidence(si),
        trigger=record.first, kind="award", rules=["frame:award-fields"])
    m.amount = _amount(ctx, record.cells.get("amount", [])) or \
        _amount(ctx, record.cells["winner"])
    status_words = [ctx.doc[i].lower_ for i in record.cells.get("status", [])]
    m.status = next((FIELD_STATUSES[w] for w in status_words if w in FIELD_STATUSES),
                    "Completed")
    m.status_explicit = True
    m.rules.append(f"status:{m.status}<-award-fields")
    return m


# What opens a competition authority's case header ("Case M.11482 – X / Y", "Expediente
# C/1533/26 X / Y"), and the label of the operation line under it.
_CASE_WORDS = LEXICON.words("case_header_words")
_OPERATION_LABELS = LEXICON.words("case_operation_labels")
_CASE_ACQUISITIONS = LEXICON.words("case_operation_acquisitions")
# How many lines under the header its operation line may be.
_OPERATION_LINES = 3


def _case_deals(ctx: Context, lines: list[list[int]]) -> list[Mention]:
    """The takeovers competition case headers tell (module docstring): "Case M.N – X /
    Y" over "Operation: acquisition of sole control" makes X the acquirer of Y."""
    made = []
    for n, line in enumerate(lines):
        if ctx.doc[line[0]].lower_ not in _CASE_WORDS:
            continue
        pair = _slashed_pair(ctx, line)
        if pair is None or not any(
            _acquisition_line(ctx.doc, below) for below in lines[n + 1:n + 1 + _OPERATION_LINES]
        ):
            continue
        si = ctx.sent_index(line[0])
        m = Mention(type="Acquisition", roles=[("acquirer", pair[0]), ("target", pair[1])],
                    sent=si, evidence=ctx.sentence_evidence(si), trigger=line[0],
                    kind="acquire", rules=["frame:case-header"])
        m.status, m.status_explicit = "Announced", True
        m.rules.append("status:Announced<-case-header")
        made.append(m)
    return made


def _slashed_pair(ctx: Context, line: list[int]) -> tuple[EntityRef, EntityRef] | None:
    """The two companies a header's slash stands between ("Dornfeld AG / Vasquin
    Logistics"), each ending or opening at the slash; none with a third party
    ("X / Y / JV")."""
    slashes = [k for k, i in enumerate(line) if ctx.doc[i].text == "/" and 0 < k < len(line) - 1]
    pairs = [(ctx.tok_ent.get(line[k - 1]), ctx.tok_ent.get(line[k + 1])) for k in slashes]
    named = [(a, b) for a, b in pairs if a is not None and b is not None and a != b
             and a.kind == b.kind == "org"]
    if len(named) != 1 or any(b == named[0][0] or a == named[0][1] for a, b in pairs if a or b):
        return None
    return named[0]


def _acquisition_line(doc: Doc, line: list[int]) -> bool:
    """An operation line that tells an acquisition ("Operation: acquisition of sole
    control", "Operación: adquisición del control exclusivo")."""
    colon = next((k for k, i in enumerate(line) if doc[i].text == ":"), None)
    if colon is None or not any(doc[i].lower_ in _OPERATION_LABELS for i in line[:colon]):
        return False
    return any(doc[i].lower_ in _CASE_ACQUISITIONS for i in line[colon + 1:colon + 4])
