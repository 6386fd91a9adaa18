"""Turn one raw scraped document (text, markdown or html) into clean text, sections and a title."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser

from .mojibake import repair_cyrillic
from .records import Cleaned, Section

__all__ = ["CLEANING_VERSION", "clean", "clean_source", "fix_mojibake", "source_text"]

CLEANING_VERSION: str = "4"  # bump whenever the output of `clean` changes (2: idempotent tables; 3: boilerplate.py by form; 4: passes until stable)

# Layout of `Cleaned.text`:
#   blocks are separated by one blank line ("\n\n"); a block is the title line, a heading line,
#   a paragraph (one line), a list ("- item" lines) or a table ("Header: cell; Header: cell." lines).
# Sections: each heading starts one; the title line and the lead paragraphs before the first
# heading belong to no section.

# --------------------------------------------------------------------------- characters

_INVISIBLE_SPACE = "\u00a0\u2007\u202f\u3000"  # non-breaking and odd widths -> plain space
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\ufffd"
_STRAY_SYMBOLS_RE = re.compile("[\u2800-\u29ff]")  # braille / arrows left by a double decode
_MOJIBAKE_RE = re.compile("\u00e2([^\x00-\x7f])([^\x00-\x7f])?")  # UTF-8 E2 xx xx read as cp125x
_SPACES_RE = re.compile(r"[ \t\f\v]+")


def _decode_e2(chars: str, pad: bool) -> str | None:
    """Re-read `â` + `chars` as the UTF-8 bytes they came from; None if they are not mojibake."""
    for codec in ("cp1252", "cp1250"):
        try:
            tail = chars.encode(codec)
        except UnicodeEncodeError:
            continue
        # cp125x has no glyph for byte 0x81, so "E2 81 A4" (U+2064) arrives as "â¤"
        raw = b"\xe2\x81" + tail if pad else b"\xe2" + tail
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(decoded) == 1:
            return decoded
    return None


def _repair_mojibake(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2) or ""
    candidates = [(first + second, False, "")] if second else []
    candidates.append((first, True, second))
    for chars, pad, rest in candidates:
        decoded = _decode_e2(chars, pad)
        if decoded is not None:
            invisible = unicodedata.category(decoded) in {"Cf", "Zs", "Zl", "Zp", "Cc"}
            return (" " if invisible else decoded) + rest
    return match.group(0)


def _drop_control(ch: str) -> str:
    if ch in "\n\t":
        return ch
    return "" if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co"} else ch


def fix_mojibake(text: str) -> str:
    """Remove mis-decoded invisible characters and normalise spaces, keeping real punctuation."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = repair_cyrillic(text)  # Russian read in the wrong code page ("Ïðåçèäåíò")
    text = _MOJIBAKE_RE.sub(_repair_mojibake, text)
    text = _STRAY_SYMBOLS_RE.sub(" ", text)
    text = text.translate({ord(c): " " for c in _INVISIBLE_SPACE})
    text = text.translate({ord(c): None for c in _ZERO_WIDTH})
    text = "".join(_drop_control(ch) for ch in text)
    text = "\n".join(_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))
    # once more on the normalised text: removing stray symbols can join two runs of Russian
    # mojibake that were too short apart, and a second cleaning must not find new work
    again = repair_cyrillic(text)
    if again == text:
        return text
    return "\n".join(_SPACES_RE.sub(" ", line).strip() for line in again.split("\n"))


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
_ROW_RE = re.compile(r"^[^:;]{1,80}: [^;]+(?:; [^:;]{1,80}: [^;]+)+$")  # a rebuilt table row
_VIEWING_RE = re.compile(r"^you are currently viewing\s+(.+)$", re.IGNORECASE)
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)")
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


def _to_lines(text: str, markdown: bool) -> list[_Line]:
    return [_classify(raw.strip(), markdown) for raw in text.split("\n")]


# --------------------------------------------------------------------------- tables


def _row_line(header: list[str], cells: list[str]) -> _Line:
    """One table row as "Header: cell; Header: cell." (empty cells are left out).

    A cell or header of punctuation only ("|.|", "---") holds nothing: the cell counts as
    empty, the header as unnamed, so cleaning the result again changes nothing.
    """
    parts = []
    for index, (name, cell) in enumerate(zip(header, cells)):
        name = name.replace(":", " ").replace(";", ",").strip()
        if not any(ch.isalnum() for ch in name):
            name = f"Column {index + 1}"
        cell = cell.replace(";", ",").strip()
        if any(ch.isalnum() for ch in cell):
            parts.append(f"{name}: {cell}")
    text = "; ".join(parts)
    if text and text[-1] not in ".!?":
        text += "."
    return _line("row", text)


def _table_rows(header: list[str], rows: list[list[str]]) -> list[_Line]:
    return [_row_line(header, cells) for cells in rows if any(cells)]


_PIPE_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


def _pipe_cells(text: str) -> list[str]:
    text = text.strip()
    text = text.removeprefix("|")
    text = text.removesuffix("|")
    return [cell.strip() for cell in text.split("|")]


def _pipe_tables(lines: list[_Line]) -> list[_Line]:
    """Markdown pipe tables (header, ---|--- separator, rows) -> rebuilt row lines."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        is_header = (
            "|" in line.text
            and i + 1 < len(lines)
            and _PIPE_SEPARATOR_RE.match(lines[i + 1].text) is not None
        )
        if not is_header:
            out.append(line)
            i += 1
            continue
        header = _pipe_cells(line.text)
        rows = []
        i += 2
        while i < len(lines) and "|" in lines[i].text and lines[i].kind != "blank":
            rows.append(_pipe_cells(lines[i].text))
            i += 1
        out.extend(_table_rows(header, rows))
    return out


# Glued tables: cell separators lost, "CountryKey AllyPrimary Resource" / "NorwayFranceGas".
_CELL_BOUNDARY_RE = re.compile(
    r"(?<=[a-z0-9%)”])(?=“?[A-Z])"  # lower/digit/%/)/” then Upper:   ChinaOil, 2025)Key
    r"|(?<=[a-z])(?=[0-9])"  # lower then digit:                      Norway2021
    r"|(?<=%)(?=[a-z])"  # percent then lower:                        3.5%tourism
    r"|(?<=[A-Z]{2})(?=[A-Z][a-z])"  # acronym then word:             OSCEConflict
)
_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
_WORD_RE = re.compile(r"[A-Z]?[a-z]+")  # splits camel case: "CountryKey" -> Country, Key


def _is_glued_row(line: _Line) -> bool:
    text = line.text
    return (
        line.kind == "text"
        and len(text) <= 200
        and len(text.split()) <= 25
        and not _SENTENCE_END_RE.search(text)
        and text[-1] not in ",;:"
        and _CELL_BOUNDARY_RE.search(text) is not None
    )


def _split_cells(text: str) -> list[str]:
    return [cell.strip() for cell in _CELL_BOUNDARY_RE.split(text) if cell.strip()]


def _best_glue_split(cells: list[str], vocab: Counter[str]) -> tuple[int, int] | None:
    """(cell index, char offset) of the most likely all-lowercase join of two words, if any."""
    best: tuple[tuple[int, int], tuple[int, int]] | None = None
    for index, cell in enumerate(cells):
        for token in re.finditer(r"[A-Za-z]+", cell):
            word = token.group(0)
            if vocab[word.lower()] or len(word) < 7:
                continue  # a real word of the document, or too short to be two words
            for cut in range(3, len(word) - 2):
                left, right = word[:cut], word[cut:]
                if not (left[-1].islower() and right[0].islower()):
                    continue
                known = [part for part in (left, right) if vocab[part.lower()]]
                if not known or max(len(part) for part in known) < 4:
                    continue
                score = (len(known), max(len(part) for part in known))
                if best is None or score > best[0]:
                    best = (score, (index, token.start() + cut))
    return best[1] if best else None


def _fit_cells(cells: list[str], ncols: int, vocab: Counter[str]) -> list[str]:
    """Split glued word pairs until the row has `ncols` cells; fold any surplus into the last."""
    cells = list(cells)
    while len(cells) < ncols:
        found = _best_glue_split(cells, vocab)
        if found is None:
            break
        index, cut = found
        cell = cells[index]
        cells[index : index + 1] = [cell[:cut].strip(), cell[cut:].strip()]
    if len(cells) > ncols > 0:
        cells[ncols - 1 :] = [" ".join(cells[ncols - 1 :])]
    return cells


def _rebuild_glued(block: list[_Line], vocab: Counter[str]) -> list[_Line]:
    rows = [_split_cells(line.text) for line in block]
    counts = Counter(len(cells) for cells in rows)
    ncols = max(counts, key=lambda n: (counts[n], n))
    fitted = [_fit_cells(cells, ncols, vocab) for cells in rows]
    return _table_rows(fitted[0], fitted[1:])


def _vocabulary(lines: list[_Line]) -> Counter[str]:
    return Counter(w.lower() for line in lines for w in _WORD_RE.findall(line.text))


def _glued_tables(lines: list[_Line]) -> list[_Line]:
    """Runs of two or more glued short lines -> rebuilt row lines."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_glued_row(lines[j]):
            j += 1
        if j - i >= 2:
            vocab = _vocabulary(lines[:i] + lines[j:])
            out.extend(_rebuild_glued(lines[i:j], vocab))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


# --------------------------------------------------------------------------- site chrome

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_CHROME_PATTERNS = [
    r"(?i:no results?|view all results?|no menu items!?)",
    r"(?i:home)(?: [A-Z][A-Z &/]*)?",  # breadcrumb "Home ASIA"
    r"(?i:(?:share(?: on \w+?)?\s*)+|(?:share|tweet|pin|email|print)+)",
    r"(?i:advertisement|categories|tags|archives|go to mobile version|toggle)",
    r"(?i:table of contents|contents|in this article)",
    r"(?i:check out our other content|you have free article\S* remaining\b.*)",
    r"(?i:please visit the firm link to site\.?|you can also contribute and send us your article\.?)",
    r"(?i:interested in more\? learn below\.?|this website uses cookies\..*)",
    r"(?i:(?:follow|observe|see) (?:more|extra)\W*)",
    rf"(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:{_MONTHS}) \d{{1,2}},? \d{{4}})",
    rf"(?i:(?:{_MONTHS}) \d{{4}})",  # archive / calendar month
    r"[MTWFS]{7}",  # calendar weekday header
    r"[\d ]+",  # calendar rows
    r"«.*»",
    r"©.{0,80}",
    r"[Bb]y(?: [A-Z][\w.'’-]*){1,4}",  # byline
    r"in [A-Z]{2,}(?: [A-Z]{2,})*",  # category line "in ASIA"
]
_CHROME_RE = re.compile("|".join(f"(?:{p})" for p in _CHROME_PATTERNS))
_CAPTION_RE = re.compile(r".*\((?:photo|image|credit|source)\b[^)]*\)\.?", re.IGNORECASE)
_POINTER_RE = re.compile("[\U0001f446-\U0001f449\u261d]")
_DOMAIN_RE = re.compile(
    r"(?:[-•*]\s*|[\U0001f446-\U0001f449]\s*)?(?:https?://)?(?:www\.)?"
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?",
    re.IGNORECASE,
)
_TRAILER_RE = re.compile(
    r"related posts?|related articles?|previous post|next post|tags?:.*|"
    r"check out our other content|you may also like|more stories|recommended for you",
    re.IGNORECASE,
)
_TOC_RE = re.compile(r"table of contents|contents|in this article", re.IGNORECASE)


def _is_chrome(line: _Line) -> bool:
    """A single line of site furniture (menus, share buttons, dates, bylines, captions, spam)."""
    text = line.text.removeprefix("- ") if line.kind == "bullet" else line.text
    if line.kind in {"blank", "row", "title"}:
        return False
    if not any(ch.isalnum() for ch in text):
        return True
    if _CHROME_RE.fullmatch(text):
        return True
    short = len(text.split()) <= 30
    if short and _CAPTION_RE.fullmatch(text):
        return True
    return len(text.split()) <= 6 and _POINTER_RE.search(text) is not None


def _is_prose(line: _Line) -> bool:
    """A sentence-length paragraph of the article body."""
    words = len(line.text.split())
    if line.kind != "text":
        return False
    return words >= 20 or (words >= 8 and line.text[-1] in '.!?:;…"”’)')


def _cut_trailer(lines: list[_Line]) -> list[_Line]:
    """Drop everything from a "Related Posts" / "Tags:" / "Previous Post" marker on."""
    seen_prose = False
    for index, line in enumerate(lines):
        if seen_prose and line.kind in {"text", "heading"} and _TRAILER_RE.fullmatch(line.text):
            return lines[:index]
        seen_prose = seen_prose or _is_prose(line)
    return lines


def _drop_toc(lines: list[_Line]) -> list[_Line]:
    """A "Table of Contents" marker, its "Toggle" and the bullet list that follows."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        if lines[i].kind in {"text", "heading"} and _TOC_RE.fullmatch(lines[i].text):
            i += 1
            while i < len(lines) and (
                lines[i].kind == "blank" or lines[i].text.lower() in {"toggle", "hide", "show"}
            ):
                i += 1
            while i < len(lines) and lines[i].kind == "bullet":
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _drop_domain_runs(lines: list[_Line]) -> list[_Line]:
    """Runs of two or more lines that are each a bare domain (link-spam lists)."""
    is_domain = [
        line.kind in {"text", "bullet"} and _DOMAIN_RE.fullmatch(line.text) is not None
        for line in lines
    ]
    keep = [True] * len(lines)
    for index, flag in enumerate(is_domain):
        neighbours = (index > 0 and is_domain[index - 1]) or (
            index + 1 < len(lines) and is_domain[index + 1]
        )
        if flag and neighbours:
            keep[index] = False
    return [line for line, kept in zip(lines, keep) if kept]


def _drop_chrome(lines: list[_Line]) -> list[_Line]:
    lines = _drop_toc(_cut_trailer(lines))
    lines = _drop_domain_runs(lines)
    return [line for line in lines if not _is_chrome(line)]


# --------------------------------------------------------------------------- head and title


def _is_menu_item(line: _Line) -> bool:
    text = line.text.removeprefix("- ")
    return len(text.split()) <= 6 and text[-1:] not in ".!?"


def _is_title_candidate(line: _Line) -> bool:
    words = line.text.split()
    return line.kind in {"text", "heading"} and 3 <= len(words) <= 25 and line.text[-1] != "."


def _split_head(lines: list[_Line]) -> tuple[list[_Line], str | None]:
    """Drop the navigation before the first paragraph and pick the title stated there."""
    title_line = next((line for line in lines if line.kind == "title"), None)
    first_prose = next((i for i, line in enumerate(lines) if _is_prose(line)), None)
    if first_prose is None:
        return lines, title_line.text if title_line else None
    head = lines[:first_prose]
    # a "You are currently viewing" title counts only before the article starts; later on it
    # is a plain line, as it will be when the cleaned text is cleaned again (idempotence)
    rest = [_line("text", line.text) if line.kind == "title" else line for line in lines[first_prose:]]
    title_at = next((i for i, line in enumerate(head) if line.kind == "title"), None)
    if title_at is None:
        title_at = next((i for i, line in enumerate(head) if _is_title_candidate(line)), None)
    kept: list[_Line] = []
    for index, line in enumerate(head):
        if line.kind == "bullet" and _is_menu_item(line):
            continue  # navigation menu
        if title_at is not None and index < title_at and len(line.text.split()) <= 3:
            continue  # site name, breadcrumbs
        kept.append(_Line("title", line.text) if index == title_at else line)
    title = head[title_at].text if title_at is not None else None
    return kept + rest, title


# --------------------------------------------------------------------------- paragraphs

_TERMINAL = '.!?:;,…"”’)'
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


def _is_heading_like(text: str) -> bool:
    """Short, title-cased, no closing punctuation: "Historical Ties: Russia’s Influence"."""
    words = text.split()
    if not words or len(words) > 15 or len(text) > 120 or text[-1] in ".!;,:…":
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


def _continues(previous: _Line, line: _Line) -> bool:
    """Is `line` the hard-wrapped continuation of `previous`?"""
    if line.kind != "text" or previous.kind not in {"text", "bullet"}:
        return False
    if previous.text[-1] in _TERMINAL or not line.text[0].islower():
        return False
    return previous.kind == "bullet" or not _is_heading_like(previous.text)


def _join_wrapped(lines: list[_Line], markdown: bool) -> list[_Line]:
    """Join hard-wrapped lines of one paragraph (in markdown, every text line of a paragraph)."""
    out: list[_Line] = []
    for line in lines:
        if out and out[-1].kind != "blank":
            previous = out[-1]
            joins = markdown and previous.kind == "text" and line.kind == "text"
            if joins or _continues(previous, line):
                out[-1] = _line(previous.kind, f"{previous.text} {line.text}")
                continue
        out.append(line)
    return out


_GLUED_STOP_RE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z])")  # "juncture.This" (not U.S., 4.0%)
_GLUED_COMMA_RE = re.compile(r"(?<=[A-Za-z0-9]),(?=[A-Za-z])")  # "region,comprising" (not 1,000)


def _fix_spacing(text: str) -> str:
    text = _GLUED_STOP_RE.sub(". ", text)
    text = _GLUED_COMMA_RE.sub(", ", text)
    return _SPACES_RE.sub(" ", text).strip()


def _echo_key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower().replace("’", "'").replace("'", ""))


@dataclass(frozen=True)
class _Block:
    kind: str  # title | heading | paragraph | list | table
    text: str


def _blocks(lines: list[_Line]) -> list[_Block]:
    """Group lines into blocks; recognise headings and drop echoes of earlier headings/title."""
    blocks: list[_Block] = []
    seen: set[str] = set()
    group_kind = {"bullet": "list", "row": "table"}
    previous_kind = "blank"
    for line in lines:
        text = _fix_spacing(line.text)
        kind = line.kind
        if kind == "blank" or not text:
            previous_kind = "blank"
            continue
        if kind in group_kind:
            if previous_kind == kind and blocks and blocks[-1].kind == group_kind[kind]:
                blocks[-1] = _Block(blocks[-1].kind, f"{blocks[-1].text}\n{text}")
            else:
                blocks.append(_Block(group_kind[kind], text))
        elif kind == "title" or kind == "heading" or _is_heading_like(text):
            key = _echo_key(text)
            if key in seen:
                previous_kind = kind
                continue  # a repeated heading or title
            seen.add(key)
            has_title = any(block.kind == "title" for block in blocks)
            blocks.append(_Block("title" if kind == "title" and not has_title else "heading", text))
        else:
            blocks.append(_Block("paragraph", text))
        previous_kind = kind
    return blocks


def _assemble(blocks: list[_Block], title: str | None) -> Cleaned:
    parts: list[str] = []
    starts: list[tuple[str, int]] = []
    offset = 0
    for block in blocks:
        if block.kind == "heading":
            starts.append((block.text, offset))
        parts.append(block.text)
        offset += len(block.text) + 2
    text = "\n\n".join(parts)
    sections = tuple(
        Section(heading, start, starts[i + 1][1] if i + 1 < len(starts) else len(text))
        for i, (heading, start) in enumerate(starts)
    )
    return Cleaned(text=text, sections=sections, title=_fix_spacing(title) if title else None)


# --------------------------------------------------------------------------- html

_HTML_SKIP = frozenset(
    [
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "head",
        "title",
        "noscript",
        "template",
        "svg",
        "iframe",
    ]
)
_HTML_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "br",
        "hr",
        "dl",
        "dt",
        "dd",
        "h5",
        "h6",
        "address",
        "center",
    ]
)
_HTML_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}


class _HtmlFlattener(HTMLParser):
    """Html -> markdown-like lines: headings as "#", items as "- ", tables as pipe tables."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._buffer: list[str] = []
        self._prefix = ""
        self._skip = 0
        self._rows: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        if text:
            self.out.append(self._prefix + text)
            if self._prefix != "- ":
                self.out.append("")  # list items stay together; other blocks end a paragraph
        self._buffer, self._prefix = [], ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_SKIP:
            self._skip += 1
        elif tag == "table":
            self._flush()
            self._rows = []
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
        elif tag in {"td", "th"} and self._rows is not None:
            self._cell = []
        elif tag in _HTML_HEADINGS or tag == "li" or tag in _HTML_BLOCKS:
            self._flush()
            if tag in _HTML_HEADINGS:
                self._prefix = "#" * _HTML_HEADINGS[tag] + " "
            elif tag == "li":
                self._prefix = "- "

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in {"td", "th"} and self._cell is not None and self._rows is not None:
            cell = re.sub(r"\s+", " ", "".join(self._cell)).replace("|", "/").strip()
            if not self._rows:
                self._rows.append([])
            self._rows[-1].append(cell)
            self._cell = None
        elif tag == "table" and self._rows is not None:
            self._emit_table(self._rows)
            self._rows, self._cell = None, None
        elif tag in _HTML_HEADINGS or tag == "li" or tag in _HTML_BLOCKS:
            self._flush()
            if tag in {"ul", "ol"}:
                self.out.append("")

    def _emit_table(self, rows: list[list[str]]) -> None:
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        self.out.extend([lines[0], "|".join(["---"] * len(rows[0])), *lines[1:], ""])

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._rows is None:
            self._buffer.append(data)

    def text(self) -> str:
        self._flush()
        return "\n".join(self.out)


def _html_to_markdown(raw: str) -> str:
    parser = _HtmlFlattener()
    try:
        parser.feed(raw)
        parser.close()
    except (AssertionError, ValueError):  # html.parser is lenient, but not always
        return re.sub(r"<[^>]*>", " ", raw)
    return parser.text()


# --------------------------------------------------------------------------- entry point


def _is_caps_line(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 8 and len(line.split()) >= 2 and all(ch.isupper() for ch in letters) and line[-1:] not in ".!?"


def _join_caps_headline(lines: list[str]) -> list[str]:
    """A headline set in capitals over two lines (a converted PDF) becomes one line."""
    out: list[str] = []
    for line in lines:
        if out and _is_caps_line(out[-1].strip()) and _is_caps_line(line.strip()):
            out[-1] = f"{out[-1].strip()} {line.strip()}"
            continue
        out.append(line)
    return out


def source_text(raw: str, fmt: str = "text") -> str:
    """The text whose lines the cleaner reads: decoded, repaired, html flattened to markdown."""
    if fmt not in {"text", "markdown", "html"}:
        raise ValueError(f"unknown format {fmt!r}; expected text, markdown or html")
    text = fix_mojibake(raw)
    if fmt == "html":
        text = fix_mojibake(_html_to_markdown(text))
    return text


def clean(raw: str, fmt: str = "text", repeated: Collection[str] = ()) -> Cleaned:
    """Clean one raw document; `fmt` is "text", "markdown" or "html".

    Chrome is dropped by form first (`boilerplate.strip`; `repeated` holds the lines that
    recur across the document's folder), then by the site-specific rules below.
    """
    return clean_source(source_text(raw, fmt), fmt, repeated)


MAX_PASSES = 4  # cleaning passes until the text stops changing (real pages settle after one)


def clean_source(text: str, fmt: str = "text", repeated: Collection[str] = ()) -> Cleaned:
    """`clean` for text already through `source_text` (the corpus loader prepares it once).

    Cleaning is idempotent: several rules read a line's context (the headline, the first
    paragraph, a URL line ending a paragraph), and dropping a line can change the context
    of another. So the cleaned text is cleaned again, as plain text, until it stops
    changing; the sections of Markdown and HTML (explicit in the source only) are carried
    over to the final text, those of plain text are the ones the settled text shows.
    """
    cleaned = _clean_pass(text, fmt, repeated)
    for _ in range(MAX_PASSES - 1):
        again = _clean_pass(source_text(cleaned.text), "text", ())
        if fmt == "text":  # headings of plain text are read from the text: the settled pass's are the ones
            if (again.text, again.sections) == (cleaned.text, cleaned.sections):
                break
            cleaned = Cleaned(text=again.text, sections=again.sections, title=cleaned.title or again.title)
            continue
        if again.text == cleaned.text:
            break
        cleaned = Cleaned(
            text=again.text, sections=_relocated(cleaned.sections, again.text), title=cleaned.title or again.title
        )
    return cleaned


def _relocated(sections: tuple[Section, ...], text: str) -> tuple[Section, ...]:
    """`sections` found again in `text`, in order, each heading as a block of its own."""
    starts: list[tuple[str, int]] = []
    at = 0
    for section in sections:
        found = _block_at(text, section.heading, at)
        if found is not None:
            starts.append((section.heading, found))
            at = found + len(section.heading)
    return tuple(
        Section(heading, start, starts[i + 1][1] if i + 1 < len(starts) else len(text))
        for i, (heading, start) in enumerate(starts)
    )


def _block_at(text: str, block: str, at: int) -> int | None:
    """Where `block` stands alone between blank lines in `text`, from `at` on; None if nowhere."""
    found = text.find(block, at)
    while found >= 0:
        end = found + len(block)
        if (found == 0 or text.startswith("\n\n", found - 2)) and (end == len(text) or text.startswith("\n\n", end)):
            return found
        found = text.find(block, found + 1)
    return None


def _clean_pass(text: str, fmt: str, repeated: Collection[str]) -> Cleaned:
    """One pass of the cleaner over prepared text."""
    from .boilerplate import MIDLINE_REASONS, strip

    kept: list[str] = []
    for verdict in strip(_join_caps_headline(text.split("\n")), repeated):
        if verdict.reason is None:
            kept.append(verdict.line)
        elif verdict.reason not in MIDLINE_REASONS:
            kept.append("")  # the chrome line ends the paragraph before it
    text = "\n".join(kept)
    markdown = fmt != "text"
    lines = _glued_tables(_pipe_tables(_to_lines(text, markdown)))
    lines = _drop_chrome(_join_wrapped(lines, markdown))
    lines, title = _split_head(lines)
    return _assemble(_blocks(lines), title)
