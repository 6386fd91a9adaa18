"""A document viewer's text layer, as a browser saves the viewer's page: each printed line of a page is an element of
its own placed by its distance from the page's top (`<span style="top:214px">… Таш-</span>`), so that the page's HTML
runs its lines together into one paragraph, its running head, headline and page number among them, and every word the
printer broke at a line's end broken ("Таш- кент").

A run of `MIN_LINES` such elements or more, nothing but white space between them (one page of the viewer), is read as a
PDF page's lines are (`formats/pdf.py`): elements at one height are one line; a line further below the one above than
`GAP` times the usual step between lines of its type size and class, or in another size or class, opens a paragraph,
as does a list's item ("• …"); the lines of a paragraph are joined as a PDF's are (`text_pages.joined_lines`: "Таш-"
over "кент" one word, "Азово-" over "Черноморского" one compound). The largest type of the run, when the elements
state their sizes and it is larger than the rest, is the page's headline (`<h1>`). Other HTML is left as it is.
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from .text_pages import joined_lines

__all__ = ["text_layer"]

MIN_LINES = 8  # placed elements in a row that make a viewer's page
GAP = 1.4  # a step this many times the usual one opens a paragraph (as in a PDF)
_PLACED = re.compile(r"<(span|div)\b([^>]*\bstyle=\"[^\"]*?\btop:\s*(-?\d+(?:\.\d+)?)px[^\"]*\"[^>]*)>(.*?)</\1>",
                     re.IGNORECASE | re.DOTALL)
_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px", re.IGNORECASE)
_CLASS = re.compile(r"\bclass=\"([^\"]*)\"", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[•▪●◦‣■–—-]|\d{1,2}[.)])\s")  # a list's item opens a paragraph of its own


def text_layer(html: str) -> str:
    """`html` with each viewer page's placed lines rewritten as paragraphs (see the module); other HTML as it is."""
    runs: list[list[re.Match[str]]] = []
    for match in _PLACED.finditer(html):
        if runs and not html[runs[-1][-1].end() : match.start()].strip():
            runs[-1].append(match)
        else:
            runs.append([match])
    out, last = [], 0
    for run in (r for r in runs if len(r) >= MIN_LINES):
        out += [html[last : run[0].start()], _paragraphs(run)]
        last = run[-1].end()
    return "".join([*out, html[last:]]) if out else html


def _paragraphs(run: list[re.Match[str]]) -> str:
    """One viewer page's placed lines as `<p>` paragraphs (and its headline as `<h1>`)."""
    lines: list[tuple[float, str, str, str]] = []  # top, size, class, text
    for match in run:
        top, text = float(match.group(3)), " ".join(match.group(4).split())
        size = (_SIZE.search(match.group(2)) or [None, ""])[1]
        style = (_CLASS.search(match.group(2)) or [None, ""])[1]
        if lines and lines[-1][0] == top:  # beside the line before, at its height
            lines[-1] = (top, lines[-1][1], lines[-1][2], f"{lines[-1][3]} {text}")
        elif text:
            lines.append((top, size, style, text))
    steps: dict[tuple[str, str], list[float]] = {}  # the steps between lines of one size and class
    for a, b in pairwise(lines):
        if b[0] > a[0] and a[1:3] == b[1:3]:
            steps.setdefault(a[1:3], []).append(b[0] - a[0])
    usual = {style: median(found) for style, found in steps.items()}
    sizes = [float(s) for _, s, _, _ in lines if s]
    head = str(max(sizes)).removesuffix(".0") if sizes and sizes.count(max(sizes)) < len(sizes) else None
    paragraphs: list[list[tuple[float, str, str, str]]] = []
    for k, line in enumerate(lines):
        before = lines[k - 1] if k else None
        if before is None or line[1:3] != before[1:3] or not 0 < line[0] - before[0] <= GAP * usual.get(line[1:3], 0.0) \
                or _BULLET.match(line[3]):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    out = []
    for group in paragraphs:
        text = joined_lines("\n".join(line[3] for line in group))
        tag = "h1" if head is not None and group[0][1] == head else "p"
        out.append(f"<{tag}>{text}</{tag}>")
    return "\n".join(out)
