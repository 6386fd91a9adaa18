"""Two columns side by side in a text a converter laid out (`pdftotext -layout`): read one column, then the other.

A journal page set in two columns comes out of a layout-keeping converter as lines that each hold a piece of the
left column, a gutter of spaces, and a piece of the right column. Read as they stand, every sentence would be cut
in two and spliced to another. On a page (form feeds part pages) where most lines have a gutter ending at the same
character position, near the middle of the page, the lines from there to the last such line are read as the left
column and then the right; lines that run across the gutter (a title, an abstract set full width, a running head)
stay where they are and part the page's runs of columns. A table inside a one-column text does not pass: its gaps
are at several positions, and it is too few lines of the page.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["unfolded_columns"]

GUTTER = 2  # spaces at least between the columns' texts
MIN_LINES = 8  # two-column lines a page needs
SHARE = 0.4  # of its lines with text
_RUN = re.compile(r"\S( {%d,})(?=\S)" % GUTTER)


def _gutter_starts(line: str) -> set[int]:
    """Positions where text resumes after a run of spaces inside `line`."""
    return {m.end(1) for m in _RUN.finditer(line)}


def _column_at(lines: list[str]) -> int | None:
    """The position where a page's right column starts, when it is laid out in two columns."""
    filled = [line for line in lines if line.strip()]
    if len(filled) < MIN_LINES:
        return None
    width = max(len(line.rstrip()) for line in filled)
    starts = Counter(pos for line in filled for pos in _gutter_starts(line))
    for pos, _ in starts.most_common(3):
        if not 0.3 * width <= pos <= 0.7 * width:
            continue
        split = sum(1 for line in filled if _splits_at(line, pos))
        if split >= MIN_LINES and split >= SHARE * len(filled):
            return pos
    return None


def _splits_at(line: str, pos: int) -> bool:
    """`line` has text on both sides of a gutter that ends at `pos` (a column may start a character early)."""
    return any(p in _gutter_starts(line) for p in (pos - 1, pos, pos + 1))


def _fits(line: str, pos: int) -> bool:
    """`line` belongs to the two-column run: split at the gutter, or text on one side of it only."""
    left, right = line[: pos - 1], line[pos - 1 :]
    return _splits_at(line, pos) or not right.strip() or (not left.strip() and bool(right.strip()))


def _unfold_page(page: str) -> str:
    lines = page.split("\n")
    pos = _column_at(lines)
    if pos is None:
        return page
    both = [i for i, line in enumerate(lines) if line.strip() and _fits(line, pos) and line[pos - 1 :].strip()]
    last = both[-1] if both else -1  # after it, a line below a blank one is the page's foot, not the left column's
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        out.extend([*left, "", *right] if right else left)
        left.clear()
        right.clear()

    for i, line in enumerate(lines):
        if not line.strip():
            if left or right:
                left.append("") if left and left[-1] else None
                right.append("") if right and right[-1] else None
            else:
                out.append("")
        elif _fits(line, pos) and not (i > last and "" in lines[last + 1 : i] and (left or right)):
            cut = min((p for p in _gutter_starts(line) if abs(p - pos) <= 1), default=pos)
            if piece := line[:cut].strip():
                left.append(piece)
            if piece := line[cut:].strip():
                right.append(piece)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def unfolded_columns(text: str) -> str:
    """`text` with each page laid out in two columns read column by column (`_unfold_page`); a text without
    such a page comes back as it is."""
    if "   " not in text:
        return text
    return "\f".join(_unfold_page(page) for page in text.split("\f"))
