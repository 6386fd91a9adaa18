"""What a PDF's type says about its lines: the size, face and place of each line's first run of text, read with pypdf's
text visitor while the page's text is extracted.

- **A headline**: on the first page, the consecutive lines (four at most) set in the largest size that no other line
  has, `HEADLINE_RATIO` times the body's size or more (the size most of the page's characters are set in) or a little
  larger than the body in a bold face, three words at least, a label set letter by letter («П Р Е С С - Р Е Л И З»)
  aside: the document's title when its metadata has none (25 points over a body in 9.6; a letter's subject in 12.5
  under the organ's name in 20, "General Assembly", which has two words; a press release's bold 13 over 11.5). The
  paper's kind in capitals right above it, in its type or larger, heads it when it goes on in lower case («ПРОТОКОЛ»
  over «восьмого заседания …»).
- **Paragraphs by type**: a line set in another size than the line above it, or in another face when both lines are
  one run each, opens a paragraph: a lead under its headline, a byline, a caption, a heading over its text.
- **A page's foot in small type**: the last lines of a page set smaller than its body, that end no sentence and
  open on no note's number or a label before a colon (a document's job number and a barcode), go; a note, a source
  ("Источник: …") or a caption is numbered, labelled or ends a sentence, and stays.
- **Another story beside the headline**: a newspaper's page sets other items in a column right of the article's
  headline that starts level with it or above (briefs, the weather, an advertisement); the article is what stands under
  its headline. The lines of that column go, down to a gap wider than five lines.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..boilerplate_lines import NOTE_MARKS
from ..front_matter import title_words

__all__ = ["Style", "beside_headline", "cover_title", "foot_lines", "headline_first", "headline_lines", "is_document_title", "kind_title", "laid_out", "letter_subject", "line_steps", "paragraph_breaks", "printed_title",
           "read_page"]

HEADLINE_RATIO = 1.15  # a headline's size over the body's at least
HEADLINE_WORDS = 3  # words of a headline at least (a larger line of two, "General Assembly", is the organ's name)
COLUMN_GAP = 5.0  # a column's next line is at most this many of its sizes lower
FOOT_RATIO = 0.85  # a page's foot is set in this share of the body's size or less
_NOTE_MARK = re.compile(rf"^[{NOTE_MARKS}\d]+[\s.)]")  # a note's number: "¹ Ministry of …", "2 Joint statement …"
_ENDS_SENTENCE = re.compile(r"[.!?…»”\")]$")
_LABELLED = re.compile(r"^[^\W\d]+(?:\s[^\W\d]+)?:\s")  # "Source: …", «Источник: …», "Note: …": a table's or a figure's
HEADLINE_LINES = 4  # lines of a headline at most
KIND_WORDS = 4  # words of a paper's kind in capitals over a headline going on in lower case («ПРОТОКОЛ» / «восьмого …»)
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
    starts: list[int | None] = []  # each line's first run, found in order
    k = 0
    for line in lines:
        j = next((j for j in range(k, len(runs)) if runs[j][0] and line.startswith(runs[j][0][:20])), None)
        starts.append(j)
        k = k if j is None else j + 1
    found = [j for j in starts if j is not None]
    if not lines or len(found) < MATCHED * len(lines):
        return text, None, width
    ends = dict(zip(found, [*found[1:], len(runs)]))  # a line's runs go on up to the next line's first
    styles = [None if j is None else Style(*runs[j][1:], runs=max(1, ends[j] - j)) for j in starts]
    return text, styles, width


def _body_size(styles: list[Style | None], lines: list[str]) -> float | None:
    sizes: Counter[float] = Counter()
    for style, line in zip(styles, lines):
        if style is not None:
            sizes[style.size] += len(line)
    return sizes.most_common(1)[0][0] if sizes else None


_LETTER_SPACED = re.compile(r"^(?:\S ){3,}\S$")  # a label set letter by letter over the headline: «П Р Е С С - Р Е Л И З»


def headline_lines(styles: list[Style | None], lines: list[str]) -> list[int]:
    """The indexes of the first page's headline lines (see the module); [] when none stands out."""
    body = _body_size(styles, lines)
    known = [(i, s) for i, s in enumerate(styles) if s is not None and not _LETTER_SPACED.match(lines[i])]
    if body is None or not known:
        return []
    larger = {s.size for _, s in known if s.size >= HEADLINE_RATIO * body or (s.size > body and "bold" in s.font.lower())}
    for size in sorted(larger, reverse=True):  # larger by the ratio, or a little larger and bold
        first = next(i for i, s in known if s.size == size)
        run = [first]
        while run[-1] + 1 < len(styles) and styles[run[-1] + 1] is not None and styles[run[-1] + 1].size == size:  # type: ignore[union-attr]
            run.append(run[-1] + 1)
        words = sum(len(lines[i].split()) for i in run)
        if len(run) <= HEADLINE_LINES and words >= HEADLINE_WORDS and not any(  # elsewhere in its type one word at
                s.size == size and len(lines[i].split()) > 1 for i, s in known if i not in run):  # most: the kind of paper
            above = run[0] - 1  # the paper's kind in capitals right above a headline going on in lower case: «ПРОТОКОЛ»
            kind = above >= 0 and styles[above] is not None and styles[above].size >= size  # type: ignore[union-attr]
            if kind and lines[above].isupper() and len(lines[above].split()) <= KIND_WORDS and lines[run[0]][:1].islower():
                return [above, *run]
            return run
    return []


def beside_headline(styles: list[Style | None], headline: list[int], width: float) -> set[int]:
    """The lines of a column right of the headline that starts level with it or above (see the module)."""
    if not headline or width <= 0:
        return set()
    left = min(styles[i].x for i in headline)  # type: ignore[union-attr]
    top = max(styles[i].y for i in headline)  # type: ignore[union-attr]
    out: set[int] = set()
    for i, s in enumerate(styles):
        if s is None or i in headline or i in out or s.y < top or s.x < left + BESIDE * width:
            continue
        column, y = [i], s.y  # the column down from its first line, while no wide gap parts its lines
        for j in range(i + 1, len(styles)):
            t = styles[j]
            if t is not None and j not in headline and abs(t.x - s.x) <= COLUMN_SLACK and 0 <= y - t.y <= COLUMN_GAP * t.size:
                column.append(j)
                y = t.y
        out.update(column)
    return out


GAP_RATIO = 1.4  # a step down this many times the usual one parts two paragraphs
GAP_LINES = 4  # steps from line to line of one size a document needs for its usual one to be known
GAP_QUANTILE = 4  # the usual step: a quarter of the steps are shorter (a slide's wrapped bullet, not the gap between two)


def line_steps(pages: list[list[Style | None] | None]) -> dict[float, float]:
    """The usual step down from one line to the next, by type size, over a document's pages: the step a quarter of
    them fall short of, so a deck whose bullets stand mostly one line each still shows the step within a bullet."""
    steps: dict[float, list[float]] = {}
    for styles in pages:
        for a, b in zip(styles or [], (styles or [])[1:]):
            if a is not None and b is not None and a.size == b.size and 0 < a.y - b.y < 3 * a.size:
                steps.setdefault(a.size, []).append(a.y - b.y)
    return {size: sorted(found)[len(found) // GAP_QUANTILE] for size, found in steps.items() if len(found) >= GAP_LINES}


def paragraph_breaks(styles: list[Style | None], usual: dict[float, float] | None = None) -> set[int]:
    """The lines set in another size than the line above, or in another face when both are one run each, or further
    below it than `GAP_RATIO` times the document's `usual` step for their size (`line_steps`: a paragraph's spacing,
    a slide's bullets, whose marks are drawn)."""
    out: set[int] = set()
    for i in range(1, len(styles)):
        a, b = styles[i - 1], styles[i]
        if a is None or b is None:
            continue
        if abs(a.size - b.size) >= SIZE_STEP * max(a.size, b.size) or (a.font != b.font and a.runs == b.runs == 1) or (
                usual and a.size == b.size and a.size in usual and a.y - b.y > GAP_RATIO * usual[a.size]):
            out.add(i)
    return out


def foot_lines(styles: list[Style | None], lines: list[str]) -> set[int]:
    """The last lines of a page set smaller than its body that end no sentence and are no notes (see the module)."""
    body = _body_size(styles, lines)
    out: set[int] = set()
    if body is None:
        return out
    for i in range(len(lines) - 1, -1, -1):
        style, text = styles[i], lines[i].strip()
        if style is None or style.size > FOOT_RATIO * body or _ENDS_SENTENCE.search(text) or _NOTE_MARK.match(text) \
                or _LABELLED.match(text):
            break
        out.add(i)
    return out


def laid_out(pages: list[list[str]], every: list[list[str]], layouts: list) -> tuple[list[list[str]], list, str | None]:
    """The pages' lines without the column beside the headline and each page's foot in small type, the style of each
    line left (None for a page whose types are unknown) and the headline's text (None without one). `every` holds all
    the lines of each page that `layouts` (from `read_page`) describe, `pages` the lines left of them so far."""
    layouts = layouts + [(None, 0.0)] * (len(pages) - len(layouts))  # none when the pages' text came without them
    styles = [_aligned(kept, lines, layout[0]) for kept, lines, layout in zip(pages, every, layouts)]
    pages = list(pages)
    headline = None
    if styles and styles[0] is not None:
        top = headline_lines(styles[0], pages[0])
        beside = beside_headline(styles[0], top, layouts[0][1])
        if top:
            headline = " ".join(" ".join(pages[0][i] for i in top).split())
        pages[0] = [line for i, line in enumerate(pages[0]) if i not in beside]
        styles[0] = [style for i, style in enumerate(styles[0]) if i not in beside]
    for number, page_styles in enumerate(styles):
        if page_styles is not None:
            foot = foot_lines(page_styles, pages[number])
            pages[number] = [line for i, line in enumerate(pages[number]) if i not in foot]
            styles[number] = [style for i, style in enumerate(page_styles) if i not in foot]
    return pages, styles, headline


def _aligned(kept: list[str], lines: list[str], styles: list[Style | None] | None) -> list[Style | None] | None:
    """The styles of the `kept` lines of a page, `lines` being all of its lines (`kept` is `lines` with some left out)."""
    if styles is None or len(styles) != len(lines):
        return None
    out: list[Style | None] = []
    j = 0
    for line in kept:
        while j < len(lines) and lines[j] != line:
            j += 1
        if j == len(lines):
            return None
        out.append(styles[j])
        j += 1
    return out


_FILE_TITLE = re.compile(r"^(?:microsoft \w+ - |untitled\b)|\.(?:docx?|pdf|odt|rtf|pptx?|indd|txt)$"
                         r"|\b(?:powerpoint|keynote)\b|^(?:presentation|document|slide)\s*\d*$", re.IGNORECASE)
_SITE_PART = re.compile(r"\s+[|–—·:-]\s+|\s*::\s*")  # "Headline | Site", "Headline – Site" in a page's <title>


_SYMBOL = re.compile(r"[^\s/]+(?:/[^\s/]+){2,}")  # one word of three parts or more parted by "/": a document's symbol
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){3,}")  # a web address's last part of four parts or more, "lorna-rating-2025-12-05"


def is_document_title(text: str) -> bool:
    """A metadata title that names the document: not a symbol or code ("A/80/598", "LORNA/MM3/2025/JS.1"), a file's name or a word
    processor's or a slide program's placeholder ("Microsoft Word - draft3.docx", "Untitled", "PowerPoint Presentation"),
    or a web address's slug ("lorna-rating-2025-12-05")."""
    text = " ".join(text.split())
    return (bool(re.search(r"[^\W\d_]{3}", text)) and not _FILE_TITLE.search(text) and not _SYMBOL.fullmatch(text)
            and not _SLUG.fullmatch(text))


def headline_first(stated: str, headline: str) -> bool:
    """Whether the first page's `headline` titles the file better than its metadata title `stated`: a page saved as
    PDF by a browser keeps its <title>, the headline's opening words with the site's name after a bar or a dash
    ("Where the officers study | Oxus Defence Monitor" over the headline "Where the officers study: Russia still …");
    a mail client's print keeps the letter's subject after its own name, and the subject ends on the headline's
    opening words ("Gmail - Fwd: Lorna Letter No. 4: The port waits" over "The port waits: why …")."""
    heading, whole = title_words(headline), title_words(stated)
    lead = title_words(_SITE_PART.split(stated, maxsplit=1)[0])
    if len(heading) > len(lead) >= HEADLINE_WORDS and heading[: len(lead)] == lead:
        return True
    return any(whole[-k:] == heading[:k] for k in range(HEADLINE_WORDS, min(len(heading), len(whole))))


_LAST_SITE_PART = re.compile(r"\s+[|–—·]\s+(?=[^|–—·]+$)")  # the site's name after the last bar or dash of a <title>
SITE_WORDS = 6  # words of a site's name at most


def without_site(stated: str, headline: str) -> str | None:
    """A browser-printed page's metadata title less the site's name after its last bar or dash, where what is left opens
    on the first page's `headline`, set larger over more lines than the one found ("Guards for the Road: Chinese
    Security in the Region | Linden Centre" over the headline's first line "Guards for the Road: Chinese"); None else."""
    parts = _LAST_SITE_PART.split(stated)
    if len(parts) != 2 or len(parts[1].split()) > SITE_WORDS:
        return None
    lead, heading = title_words(parts[0]), title_words(headline)
    return parts[0].strip() if len(lead) >= len(heading) >= HEADLINE_WORDS and lead[: len(heading)] == heading else None


PRINTED_TITLE_LINES = 30  # of the first page, read for its printed title
PRINTED_TITLE_SPAN = 3  # lines a printed title is set over at most
NUMBER_WORDS = 3  # words of a paper's number after its title at most ("HC 1042")


def printed_title(stated: str, lines: Sequence[str]) -> str | None:
    """The lines of the first page that the metadata title `stated` is, less the paper's number after it ("Oral evidence:
    the Lorna ferries, HC 1042" over the printed "Oral evidence: the Lorna ferries") or with the paper's kind in capitals
    before it («РАБОЧАЯ ПРОГРАММА ДИСЦИПЛИНЫ «…»» over the course's name); None when no line is."""
    whole = title_words(stated)
    for i in range(min(len(lines), PRINTED_TITLE_LINES)):
        for span in range(1, PRINTED_TITLE_SPAN + 1):
            printed = " ".join(" ".join(lines[i : i + span]).split())
            heading = title_words(printed)
            extra = len(heading) - len(whole)  # words printed before the metadata's, when there are more
            number, kind = whole[len(heading):], printed.split()[:extra] if extra > 0 else []
            if len(heading) >= HEADLINE_WORDS and whole[: len(heading)] == heading and 0 < len(number) <= NUMBER_WORDS \
                    and any(w.isdigit() for w in number):
                return printed
            if len(whole) >= HEADLINE_WORDS and heading[len(kind):] == whole and 0 < len(kind) <= KIND_WORDS \
                    and all(w.isalpha() and w.isupper() for w in kind):
                return printed
    return None


KIND_LINES = 8  # lines of the first page's head a paper's kind is looked for in
_SUBJECT_OPENING = re.compile(r"^[^\W\d_]{1,3}\s")  # «к проекту …», «о ходе …», "on the …": a preposition goes on


def _quotes_closed(text: str) -> bool:
    return text.count("«") <= text.count("»")


def kind_title(lines: Sequence[str]) -> str | None:
    """A paper's kind in capitals over its subject going on in lower case, both in the body's type (a ministry's
    «ПОЯСНИТЕЛЬНАЯ ЗАПИСКА» over «к проекту федерального закона «О …»», which no size marks as a headline): the two
    as the title, the subject down to the line that closes its quotes; None without one."""
    head = list(lines[:KIND_LINES])
    for a, (kind, rest) in enumerate(pairwise(head)):
        if not (kind.isupper() and len(kind.split()) <= KIND_WORDS and ":" not in kind and rest[:1].islower()
                and _SUBJECT_OPENING.match(rest)):
            continue
        parts = [kind, rest]
        for line in lines[a + 2 : a + 2 + HEADLINE_LINES]:
            if _quotes_closed(" ".join(parts)):
                break
            parts.append(line)
        text = " ".join(" ".join(parts).split())
        return text if _quotes_closed(text) else None
    return None


SUBJECT_WORDS = (3, 25)  # words of a letter's subject line
_SENTENCE = re.compile(r"[.!?…]$")


def letter_subject(lines: Sequence[str]) -> str | None:
    """A letter's subject line right over its salutation among the first page's first lines («О возможности открытия
    …» over «Уважаемый Ербол Маратович!», "Your request of 6 November" over "Dear Ms Marsh,"), the letter's title when
    nothing else is: a line from a capital that ends no sentence, under a letterhead, a number and an addressee that are
    no headline; None without one."""
    from ..boilerplate_mail import _greets

    head = [" ".join(line.split()) for line in lines[:SUBJECT_LINES]]
    for subject, greeting in pairwise(head):
        if _greets(greeting) and greeting.endswith(("!", ",")) and subject[:1].isupper() and not _SENTENCE.search(subject) \
                and SUBJECT_WORDS[0] <= len(subject.split()) <= SUBJECT_WORDS[1] and ":" not in subject:
            return subject
    return None


SUBJECT_LINES = 16  # lines of the first page where a letter's subject is looked for


def cover_title(lines: Sequence[str]) -> str | None:
    """A first page's title that no type marks: a paper's kind over its subject (`kind_title`), or a letter's subject over
    its salutation (`letter_subject`)."""
    return kind_title(lines) or letter_subject(lines)
