"""Tables that fit the terminal without breaking a word.

A column is never narrower than its longest word, so text wraps between words
("Investment" stays whole); long free text (a sentence) is cut at a word with "…"
on one line; columns that are empty in every row are left out, and when even then
the table is too wide, identifier columns (kg's node names such as ``dealid:...``,
IRIs), then the rightmost others, are
left out. What was left out is listed under the table, with how to see everything
(``--wide``, or ``--format csv``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich import box
from rich.cells import cell_len
from rich.table import Table

from kg.vocab import DATA_PREFIXES

_TEXT_MIN = 16  # the narrowest a cut sentence column goes
_SHORT = 20  # a wrapped column this wide at most is given its whole width first
_TEXT_LONG = 60  # a column whose values run this long is free text, cut rather than wrapped
_ELLIPSIS = "…"


@dataclass
class Layout:
    """Which columns to show, how wide, and which are cut free text."""

    columns: list[int]
    widths: list[int]
    cut: list[bool]
    empty: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def overhead(n_columns: int) -> int:
    """Cells between the columns of ``table()``: two spaces."""
    return 2 * max(n_columns - 1, 0)


def table(headers: Sequence[str], layout: Layout | None = None) -> Table:
    """A rich table without side borders (a rule under the header, two spaces between
    columns), laid out by ``layout`` when given."""
    grid = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
        highlight=False,
    )
    if layout is None:
        for header in headers:
            grid.add_column(header, overflow="fold")
        return grid
    for index, width, is_text in zip(layout.columns, layout.widths, layout.cut, strict=True):
        grid.add_column(
            headers[index],
            width=width,
            no_wrap=is_text,
            overflow="ellipsis" if is_text else "fold",
        )
    return grid


# kg's node names (dealid:..., orgid:...) and IRIs written in full: identifiers, the
# first to go when a table does not fit. Vocabulary terms (deal:Completed) stay.
_NODE_PREFIXES = tuple(f"{prefix}:" for prefix in (*DATA_PREFIXES, "id"))


def _is_identifier(cell: str) -> bool:
    return " " not in cell and cell.startswith(("http://", "https://", "urn:", *_NODE_PREFIXES))


def _longest_word(text: str) -> int:
    return max((cell_len(word) for word in text.split()), default=0)


def fit(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> Layout:
    """Lay the table out in ``width`` terminal cells.

    >>> layout = fit(["type", "sentence"], [["Investment", "A long sentence " * 8]], 40)
    >>> layout.widths, layout.cut
    ([10, 28], [False, True])
    """
    n = len(headers)
    natural = [cell_len(h) for h in headers]
    minimum = [_longest_word(h) for h in headers]
    filled = [False] * n
    iri_only = [True] * n
    for row in rows:
        for i, cell in enumerate(row):
            if cell:
                filled[i] = True
                natural[i] = max(natural[i], cell_len(cell))
                minimum[i] = max(minimum[i], _longest_word(cell))
                if not _is_identifier(cell):
                    iri_only[i] = False
    text = [natural[i] >= _TEXT_LONG for i in range(n)]
    empty = [headers[i] for i in range(n) if not filled[i] and rows]
    shown = [i for i in range(n) if filled[i] or not rows]
    dropped: list[str] = []

    def least(i: int) -> int:
        return min(natural[i], max(_TEXT_MIN, cell_len(headers[i]))) if text[i] else minimum[i]

    # A table that does not fit leaves out its identifiers (IRIs: long, and the
    # same for many rows) while other columns remain, then its rightmost columns
    # until the narrowest layout fits.
    while sum(natural[i] for i in shown) + overhead(len(shown)) > width:
        ids = [i for i in shown if iri_only[i] and not text[i]]
        if not ids or len(ids) == len(shown):
            break
        shown.remove(ids[-1])
        dropped.insert(0, headers[ids[-1]])
    while len(shown) > 1 and sum(least(i) for i in shown) + overhead(len(shown)) > width:
        dropped.append(headers[shown.pop()])
    room = width - overhead(len(shown))
    widths = {i: least(i) for i in shown}
    spare = room - sum(widths.values())

    def grow(columns: list[int], limit: dict[int, int]) -> None:
        nonlocal spare
        for i in columns:
            step = max(min(spare, limit[i] - widths[i]), 0)
            widths[i] += step
            spare -= step

    # Short values (an amount, a status) on one line first; then the room is shared
    # a cell at a time between the long wrapped columns and the free text.
    grow([i for i in shown if not text[i] and natural[i] <= _SHORT],
         {i: natural[i] for i in shown})
    sharing = [i for i in shown if widths[i] < natural[i]]
    while spare > 0 and sharing:
        for i in sharing:
            if spare > 0 and widths[i] < natural[i]:
                widths[i] += 1
                spare -= 1
        sharing = [i for i in sharing if widths[i] < natural[i]]
    return Layout(
        columns=shown,
        widths=[widths[i] for i in shown],
        cut=[text[i] for i in shown],
        empty=empty,
        dropped=dropped,
    )


def cut(text: str, width: int) -> str:
    """``text`` on one line of at most ``width`` cells, cut after a whole word with "…".

    >>> cut("Quill Data raised $150 million last year", 20)
    'Quill Data raised…'
    """
    line = " ".join(text.split())
    if cell_len(line) <= width:
        return line
    words = line.split(" ")
    kept: list[str] = []
    for word in words:
        candidate = " ".join([*kept, word])
        if cell_len(candidate) + 1 > width:
            break
        kept.append(word)
    if not kept:  # one word longer than the column: its start, marked as cut
        out = ""
        for char in words[0]:
            if cell_len(out + char) + 1 > width:
                break
            out += char
        return out + _ELLIPSIS
    return " ".join(kept).rstrip(",;:") + _ELLIPSIS


__all__ = ["Layout", "cut", "fit", "overhead", "table"]
