"""What a PDF's type says about its lines: the size, face and place of each line's first run of text, read with pypdf's
text visitor while the page's text is extracted.

- **A headline**: on the first page, the consecutive lines set in the largest size, `HEADLINE_RATIO` times the body's
  size or more (the size most of the page's characters are set in), two words at least: the document's title when
  its metadata has none (25 points over a body in 9.6).
- **Paragraphs by type**: a line set in another size than the line above it, or in another face when both lines are
  one run each, opens a paragraph: a lead under its headline, a byline, a caption, a heading over its text.
- **Another story beside the headline**: a newspaper's page sets other items in a column right of the article's
  headline that starts level with it or above (briefs, the weather, an advertisement); the article is what stands under
  its headline. The lines of that column go.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

__all__ = ["Style", "beside_headline", "headline_lines", "paragraph_breaks", "read_page"]

HEADLINE_RATIO = 1.5  # a headline's size over the body's at least
HEADLINE_LINES = 4  # lines of a headline at most
MATCHED = 0.8  # share of a page's lines whose first run is found, for its styles to be trusted
SIZE_STEP = 0.05  # a change of size by this share or more opens a paragraph
BESIDE = 0.45  # a column beside the headline starts this share of the page's width or more right of it
COLUMN_SLACK = 12.0  # points a column's lines start apart at most


@dataclass(frozen=True)
class Style:
    size: float
    font: str
    x: float
    y: float
    runs: int  # runs of text in the line (one: the whole line in one face)


def read_page(page) -> tuple[str, list[Style | None] | None, float]:  # type: ignore[no-untyped-def]
    """(the page's text, the style of each of its non-blank lines or None when they cannot be told, its width)."""
    runs: list[tuple[str, float, str, float, float]] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            scale = math.hypot(tm[2], tm[3]) * (math.hypot(cm[2], cm[3]) or 1.0)
            name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
            runs.append((" ".join(text.split()), round(float(size) * (scale or 1.0), 1), name, float(tm[4]), float(tm[5])))

    text = page.extract_text(visitor_text=visit) or ""
    try:
        width = float(page.mediabox.width)
    except (AttributeError, TypeError, ValueError):
        width = 0.0
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    styles: list[Style | None] = []
    starts: list[int] = []
    k = 0
    for line in lines:
        j = next((j for j in range(k, len(runs)) if runs[j][0] and line.startswith(runs[j][0][:20])), None)
        if j is None:
            styles.append(None)
            starts.append(-1)
            continue
        _, size, font, x, y = runs[j]
        styles.append(Style(size, font, x, y, 1))
        starts.append(j)
        k = j + 1
    found = [i for i, s in enumerate(starts) if s >= 0]
    for a, b in zip(found, [*found[1:], None]):
        end = starts[b] if b is not None else len(runs)
        styles[a] = Style(styles[a].size, styles[a].font, styles[a].x, styles[a].y, max(1, end - starts[a]))  # type: ignore[union-attr]
    if not lines or len(found) < MATCHED * len(lines):
        return text, None, width
    return text, styles, width


def _body_size(styles: list[Style | None], lines: list[str]) -> float | None:
    sizes: Counter[float] = Counter()
    for style, line in zip(styles, lines):
        if style is not None:
            sizes[style.size] += len(line)
    return sizes.most_common(1)[0][0] if sizes else None


def headline_lines(styles: list[Style | None], lines: list[str]) -> list[int]:
    """The indexes of the first page's headline lines (see the module); [] when none stands out."""
    body = _body_size(styles, lines)
    known = [(i, s) for i, s in enumerate(styles) if s is not None]
    if body is None or not known:
        return []
    top = max(s.size for _, s in known)
    if top < HEADLINE_RATIO * body:
        return []
    first = next(i for i, s in known if s.size == top)
    run = [first]
    while run[-1] + 1 < len(styles) and styles[run[-1] + 1] is not None and styles[run[-1] + 1].size == top:  # type: ignore[union-attr]
        run.append(run[-1] + 1)
    words = sum(len(lines[i].split()) for i in run)
    if len(run) > HEADLINE_LINES or words < 2 or any(s.size == top for i, s in known if i not in run):
        return []
    return run


def beside_headline(styles: list[Style | None], headline: list[int], width: float) -> set[int]:
    """The lines of a column right of the headline that starts level with it or above (see the module)."""
    if not headline or width <= 0:
        return set()
    left = min(styles[i].x for i in headline)  # type: ignore[union-attr]
    bottom = min(styles[i].y for i in headline)  # type: ignore[union-attr]
    starts = {round(s.x) for i, s in enumerate(styles) if s is not None and i not in headline
              and s.y >= bottom and s.x >= left + BESIDE * width}
    return {i for i, s in enumerate(styles) if s is not None and i not in headline
            and any(abs(s.x - x) <= COLUMN_SLACK for x in starts)}


def paragraph_breaks(styles: list[Style | None]) -> set[int]:
    """The lines set in another size than the line above, or in another face when both are one run each."""
    out: set[int] = set()
    for i in range(1, len(styles)):
        a, b = styles[i - 1], styles[i]
        if a is None or b is None:
            continue
        if abs(a.size - b.size) >= SIZE_STEP * max(a.size, b.size) or (a.font != b.font and a.runs == b.runs == 1):
            out.add(i)
    return out
