"""Two columns side by side in a text a converter laid out (`pdftotext -layout`): read one column, then the other.

A journal page set in two columns comes out of a layout-keeping converter as lines that each hold a piece of the
left column, a gutter of spaces, and a piece of the right column. Read as they stand, every sentence would be cut
in two and spliced to another. On a page (form feeds part pages) where most lines have a gutter ending at the same
character position, near the middle of the page, the lines from there to the last such line are read as the left
column and then the right; lines that run across the gutter (a title, an abstract set full width, a running head)
stay where they are and part the page's runs of columns. A table inside a one-column text does not pass: its gaps
are at several positions, and it is too few lines of the page. A title set centred on two lines at the top of such a
text is one line (`joined_centred_title`).
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["joined_centred_title", "unfolded_columns"]

GUTTER = 2  # spaces at least between the columns' texts
MIN_LINES = 8  # two-column lines a page needs
SHARE = 0.4  # of its lines with text
TITLE_LINES = 12  # lines at the top of a text where a centred title is looked for
INDENT = 6  # spaces the right column's text may stand in from its edge (a hanging indent, a centred cell)
_RUN = re.compile(rf"\S( {{{GUTTER},}})(?=\S)")


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


def _cut(line: str, pos: int) -> int | None:
    """Where `line` parts at the gutter before `pos`: `pos` when the two characters before it are blank (the right
    column's text may be indented a little, a hanging reference or a centred cell), `pos - 1` when its text starts
    a character early; None when text runs across (a full-width line) or stands far right (a page number)."""
    blank = lambda i: i >= len(line) or line[i] == " "
    rest = line[pos:]
    if rest.strip() and len(rest) - len(rest.lstrip(" ")) > INDENT:
        return None  # text far right of the column's edge: a running head's page number, not the right column
    if blank(pos - 2) and blank(pos - 1):
        return pos
    if blank(pos - 3) and blank(pos - 2) and line[:pos - 3].strip():
        return pos - 1
    return None


def _parts(line: str, pos: int) -> bool:
    """`line` has text on both sides of the gutter before `pos`."""
    cut = _cut(line, pos)
    return cut is not None and bool(line[:cut].strip()) and bool(line[cut:].strip())


def _unfold_page(page: str, pos: int | None) -> str:
    """`page` with its runs of two-column lines read left column, then right (`pos`: where the right one starts; the
    page as it is for None). A line across the gutter ends a run and stays in place, and so does a line below a blank
    one after the last line with text on the right (the page's foot)."""
    lines = page.split("\n")
    if pos is None:
        return page
    cuts = [_cut(line, pos) if line.strip() else None for line in lines]
    both = [i for i, (line, cut) in enumerate(zip(lines, cuts)) if cut is not None and line[cut:].strip()]
    last = both[-1] if both else -1  # after it, a line below a blank one is the page's foot, not the left column's
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        while left and not left[-1]:
            left.pop()
        out.extend([*left, *right])  # no blank between: a sentence the left column leaves open goes on at the right's top
        left.clear()
        right.clear()

    for i, (line, cut) in enumerate(zip(lines, cuts)):
        if not line.strip():
            if not (left or right):
                out.append("")
            for column in (left, right):  # a blank line ends a paragraph in each column that has one open
                if column and column[-1]:
                    column.append("")
        elif cut is not None and not (i > last and "" in lines[last + 1 : i] and (left or right)):
            if piece := line[:cut].strip():
                left.append(piece)
            if piece := line[cut:].strip():
                right.append(piece)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def _centred_pair(above: str, line: str) -> bool:
    """Two lines set centred, one under the other: both indented by four spaces or more, their middles within six."""
    indent = lambda s: len(s) - len(s.lstrip(" "))
    middle = lambda s: (indent(s) + len(s.rstrip())) / 2
    return indent(above) >= 4 and indent(line) >= 4 and abs(middle(above) - middle(line)) <= 6


def joined_centred_title(text: str) -> str:
    """`text` with a title set centred on two lines near its top (a laid-out journal page) on one line: "Picking for
    Britain: Central Asian Workers in the UK" / "Seasonal Worker Scheme, 2022–2025". Only in its first
    `TITLE_LINES` lines, only where the first line ends no sentence and both open on a letter or digit, and only the
    first pair."""
    lines = text.split("\n", TITLE_LINES)
    for i in range(1, min(TITLE_LINES, len(lines) - 1)):
        above, line = lines[i - 1], lines[i]
        if above.strip()[:1].isalnum() and line.strip()[:1].isalnum() and _centred_pair(above, line) \
                and above.rstrip()[-1] not in ".!?:;,":  # no list's items ("• Privacy Policy", "* [5]News")
            lines[i - 1 : i + 1] = [f"{above.rstrip()} {line.strip()}"]
            return "\n".join(lines)
    return text


def unfolded_columns(text: str) -> str:
    """`text` with each page laid out in two columns read column by column (`_unfold_page`); a page too short to
    tell (the last one, with the references) is read at the position the document's other pages show, where two
    lines or more split there. A text without such a page comes back as it is."""
    if "   " not in text:
        return text
    text = joined_centred_title(text)
    pages = text.split("\f")
    found = [_column_at(page.split("\n")) for page in pages]
    if not any(found):
        return text
    usual = Counter(p for p in found if p).most_common(1)[0][0]
    found = [p if p else usual if sum(_parts(line, usual) for line in page.split("\n")) >= 2 else None
             for p, page in zip(found, pages)]
    return "\f".join(_unfold_page(page, pos) for page, pos in zip(pages, found))
