"""The cleaner's line model: each raw line classified (text, heading, bullet, table row, blank) for the later passes."""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

# --------------------------------------------------------------------------- line model


@dataclass(frozen=True)
class _Line:
    """One source line: kind is blank, text, bullet, heading (explicit), row or title."""

    kind: str
    text: str


def _line(kind: str, text: str) -> _Line:
    return _Line(kind, text.strip())


_BULLET_RE = re.compile(r"^(?:[•●▪◦·*+]|-(?!-))\s+(.*)$")
_NUMBERED_RE = re.compile(r"^\d{1,2}[.)]\s+\S")
SUBNUMBERED_RE = regex.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}")  # "2.1. Турция, февраль 2023 года", "3.2 Funding"
_ROW_RE = re.compile(r"^[^:;]{1,80}: [^;]+(?:; [^:;]{1,80}: [^;]+)+$")  # a rebuilt table row
_VIEWING_RE = re.compile(r"^you are currently viewing\s+(.+)$", re.IGNORECASE)
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # "[](url)" too: a link with nothing to show
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1|`([^`]+)`")
_MD_FENCE_RE = re.compile(r"^(```|~~~)")


def _markdown_inline(text: str) -> str:
    text = _MD_IMAGE_RE.sub("", text)
    text = _MD_LINK_RE.sub(r"\1", text)
    return _MD_EMPHASIS_RE.sub(lambda m: m.group(2) or m.group(3) or "", text)


def _classify(text: str, markdown: bool) -> _Line:
    """Kind of one stripped source line."""
    if not text:
        return _Line("blank", "")
    if markdown:
        if _MD_FENCE_RE.match(text):
            return _Line("blank", "")
        text = _markdown_inline(text.lstrip("> ").strip() if text.startswith(">") else text)
        heading = _MD_HEADING_RE.match(text)
        if heading:
            return _line("heading", heading.group(1)) if heading.group(1) else _Line("blank", "")
    if not text or text in {"*", "-", "+", "•"}:
        return _Line("blank", "")  # emptied by markdown, or a bullet with nothing after it
    viewing = _VIEWING_RE.match(text)
    if viewing:
        return _line("title", viewing.group(1))
    bullet = _BULLET_RE.match(text)
    if bullet and bullet.group(1).strip():
        return _line("bullet", "- " + bullet.group(1).strip())
    if _NUMBERED_RE.match(text):
        return _line("bullet", text)
    if _ROW_RE.match(text):
        return _line("row", text)
    return _line("text", text)


NUMBERED_HEADING_WORDS = 10  # words of a numbered heading at most ("3. Two seasons under the new regime")


def _to_lines(text: str, markdown: bool) -> list[_Line]:
    """The kind of every line; a numbered line standing alone between blank lines, short and not ending
    like a sentence or an item that goes on, is a numbered heading ("2. The treaty and the directorate",
    "2.1. Lorna, February 2023"), not a list of one item."""
    lines = [_classify(raw.strip(), markdown) for raw in text.split("\n")]
    for i, line in enumerate(lines):
        numbered = (line.kind == "bullet" and _NUMBERED_RE.match(line.text)) or (
            line.kind == "text" and SUBNUMBERED_RE.match(line.text))
        if not numbered or line.text[-1] in ".!?;:,…":
            continue
        apart = all(j < 0 or j >= len(lines) or lines[j].kind == "blank" for j in (i - 1, i + 1))
        if apart and len(line.text.split()) <= NUMBERED_HEADING_WORDS:
            lines[i] = _line("heading", line.text)
    return lines


# --------------------------------------------------------------------------- headings

_MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "vs",
        "via",
        "with",
        "amid",
        "between",
        "both",
        "among",
        "against",
        "within",
    ]
)


_LABELLED_SPEAKER = re.compile(r"\([^()]{2,60}\)\s*\([^()]{1,30}\)$")  # "… (Wrexley Vale) (Lab)": a debate's speaker
SPEAKER_WORDS = 25  # words of a debate speaker's line at most ("The Parliamentary Under-Secretary of State for …")


def _is_heading_like(text: str) -> bool:
    """Short, title-cased, no closing punctuation: "Historical Ties: Russia’s Influence"; a debate's speaker ending on
    two brackets ("The Parliamentary Under-Secretary of State for … (Tom Ashdown) (Wrexley Vale) (Lab)") up to 25 words."""
    words = text.split()
    speaker = bool(_LABELLED_SPEAKER.search(text))
    if not words or len(words) > (SPEAKER_WORDS if speaker else 15) or (len(text) > 120 and not speaker) \
            or text[-1] in ".!;,:…":
        return False
    first = text.lstrip("“\"'‘(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    content = [
        w.strip("“”\"'‘’(),:?")
        for w in words
        if w.lower().strip("“”\"'‘’(),:?") not in _MINOR_WORDS
    ]
    content = [w for w in content if any(ch.isalpha() for ch in w)]
    if not content:
        return False
    ratio = sum(1 for w in content if w[0].isupper() or w[0].isdigit()) / len(content)
    return ratio >= (0.8 if ", " in text else 0.6)


def is_titled_question(text: str) -> bool:
    """'Who Will Pay for the New Line?': a headline in title case asking a question, not a sentence of prose
    (a converted PDF or a plain text has no mark that says it is the headline)."""
    return text.endswith("?") and _is_heading_like(text)


# --------------------------------------------------------------------------- hard-wrapped text


TERMINAL = '.!?:;,…"”’)'  # a line ending on one of these does not run on into the next


def wrap_width(lines: list[_Line]) -> int:
    """The width a text is hard-wrapped at (a PDF or a journal page turned to text), or 0 when it is
    not: at least three of its text lines of six words or more, and a quarter of them, go on in lower
    case on the next line. The width is the 90th percentile of those lines' lengths."""
    long = [(a, b) for a, b in zip(lines, lines[1:]) if a.kind == "text" and len(a.text.split()) >= 6]
    going_on = sum(b.kind == "text" and a.text[-1] not in TERMINAL and b.text[:1].islower() for a, b in long)
    if going_on < 3 or going_on * 4 < len(long):
        return 0
    lengths = sorted(len(a.text) for a, _ in long)
    return lengths[int(0.9 * (len(lengths) - 1))]


def runs_on(previous: str, line: str, width: int) -> bool:
    """In a text hard-wrapped at `width`: a line filled near the width, ending on a word, goes on in
    `line` although that starts with a capital ("...The UN General Assembly recognised" /
    "Norway's claim on 12 December 1995, and..."): `line` must read as prose
    (four words or more, one of them a lower-case word), so a running header or a page number
    ("336 | P a g e", "Volume 2, Issue 5") is not taken into the sentence. A line ending on a colon
    goes on in a line that starts with a figure or in lower case ("...is far lower:" / "17 percent in...")."""
    words = line.split()
    ends_on_word = previous[-1].isalnum() or (previous[-1] == ":" and (line[:1].isdigit() or line[:1].islower()))
    return bool(width) and len(previous) >= 0.7 * width and len(previous.split()) >= 6 and ends_on_word \
        and len(words) >= 4 and any(len(w) >= 3 and w.isalpha() and w.islower() for w in words)


# --------------------------------------------------------------------------- spaces and wide gaps

_SPACES_RE = re.compile(r"[ \t\f\v]+")


def collapse_spaces(lines: list[str]) -> list[str]:
    """Each line with its runs of spaces and tabs made one space and stripped, except a menu laid out
    with wide gaps, whose items are joined by " | " (see `_is_gapped_menu`)."""
    gapped = [_gapped(line) for line in lines]
    return [" | ".join(gapped[i]) if _is_gapped_menu(gapped, i) else _SPACES_RE.sub(" ", line).strip()
            for i, line in enumerate(lines)]


_GAP_RE = re.compile(r"\t+|[ \t]{2,}")  # a tab, or two spaces or more: the gap between a menu's items
_LOWER_ITEMS = 2  # items after the first in lower case that make a gapped line prose, not a menu
_MENU_ITEM_RE = regex.compile(r"[\p{L}][\p{L}\p{M}'’&.-]*(?: [\p{L}][\p{L}\p{M}'’&.-]*){0,2}")  # 1-3 words, no figure


def _gapped(line: str) -> list[str]:
    """The parts of a line between wide gaps (a tab, or two spaces or more), stripped."""
    return [part for part in (p.strip() for p in _GAP_RE.split(line.strip())) if part]


def _is_gapped_menu(gapped: list[list[str]], i: int) -> bool:
    """Line `i` is a menu laid out with wide gaps ("News   Analysis   Banks   Currency"): four items
    or more of one to three words without figures or sentence punctuation, in a line whose nearest
    non-empty neighbours are not laid out so (rows of a table aligned with spaces are: they stay
    text, joined by single spaces as before). The items are then joined by " | ", which the
    boilerplate rules read as a menu; a line's gaps are otherwise lost with its spaces."""
    parts = gapped[i]
    if len(parts) < 4 or not all(_MENU_ITEM_RE.fullmatch(p) and not p.endswith(".") for p in parts):
        return False
    if sum(p[0].islower() for p in parts[1:]) >= _LOWER_ITEMS:
        return False  # a justified line of prose, its words spread apart («Основу   поставок   в   этот   регион»)
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(gapped) and not gapped[j]:
            j += step
        if 0 <= j < len(gapped) and len(gapped[j]) >= 3:
            return False
    return True
