"""PDF -> text per page with pypdf: running headers and footers removed, hyphenated line breaks joined."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Collection
from itertools import pairwise, takewhile

from ...records import Cleaned
from ..boilerplate_legal import without_full_name
from ..boilerplate_lines import _BARS, _DOT_LEADER, NOTE_MARKS
from ..boilerplate_mail import is_mail_header
from ..text_pages import CLOSED, PAGE_NUMBER, joined_lines, margin_numbers, page_key
from ..turns import without_stage_directions
from . import Extracted, UnreadableDocument
from .pdf_layout import (
    cover_title,
    headline_first,
    is_document_title,
    laid_out,
    line_steps,
    paragraph_breaks,
    printed_title,
    read_page,
    without_site,
)

__all__ = ["drop_running_lines", "join_lines", "page_texts", "read_pdf"]

log = logging.getLogger(__name__)

EDGE_LINES = 2  # lines at the top and at the bottom of a page where running heads are looked for
_SENTENCE_END = re.compile(r"[.!?:;\"'”»)\]]$")
_NUMBERED_HEAD = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s+[A-ZА-ЯЁ]")  # "2. From moratorium to quotas", "3.1 Data"
_NOTE_MARK = re.compile(rf"^[{NOTE_MARKS}]+\s*\w")  # a note's or an affiliation's line: "¹ Institute of …", "² Joint statement …"
_BULLET = re.compile(r"^[•▪●◦‣■]\s")  # a slide's or a list's bullet
_RULE = re.compile(r"^[-=_~*]{3,}(?:.*[-=_~*]{3,})?$")  # a rule, or a label between two ("---------- Forwarded message ---------")
HEAD_WORDS = 8  # words of a numbered heading at most
COLUMN_SHARE = 0.6  # a line this much of the page's full width or less may be a column's
_FRONT_PAGE = re.compile(r"^[ivxl]{1,5}$")  # a front matter's page number in Roman numerals ("ii", "vi"), at a page's edge
_OPEN_HEAD = re.compile(r"(?:\s[^\W\d_A-ZА-ЯЁ]{1,3}|,)$")  # ends on "the", "and", "и", "в" or a comma: goes on


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers, lines repeated at the top or bottom of most pages (running heads) and the margin's line
    numbers."""
    pages = [[line for i, line in enumerate(lines) if i not in drop] for lines, drop in zip(pages, map(margin_numbers, pages))]
    if len(pages) < 2:
        return [[line for line in lines if not PAGE_NUMBER.match(line)] if len(lines) > 1 else lines for lines in pages]
    edges = [_edges(lines) for lines in pages]  # each page's edge lines, masked once; a key counts once a page
    edge = Counter(key for at in edges for key in set(at.values()))
    same = Counter(key for lines, at in zip(pages, edges) for key in {(k[0], lines[i]) for i, k in at.items()})  # verso
    running = {key for key, n in edge.items() if n >= max(2, (len(pages) + 1) // 2)}
    verso = {key for key, n in same.items() if n >= max(2, (len(pages) + 2) // 3)}
    out: list[list[str]] = []
    for lines, at in zip(pages, edges):
        drop = {i for i, key in at.items() if key in running or (key[0], lines[i]) in verso
                or PAGE_NUMBER.match(lines[i]) or _FRONT_PAGE.match(lines[i])}
        out.append([line for i, line in enumerate(lines) if i not in drop])
    return out


def _edges(lines: list[str]) -> dict[int, tuple[int, str]]:
    """Line index -> (position, masked text) for the lines at the top and bottom of a page.

    The position counts from the top (0, 1) or the bottom (-1, -2): a running head sits at the
    same place on every page. A short page offers only its first and last line.
    """
    n = len(lines)
    depth = EDGE_LINES if n > 2 * EDGE_LINES else 1
    out: dict[int, tuple[int, str]] = {}
    for i in range(min(depth, n)):
        out[i] = (i, page_key(lines[i]))
        out[n - 1 - i] = (-1 - i, page_key(lines[n - 1 - i]))
    return out


def join_lines(lines: list[str], title: str | None = None, breaks: Collection[int] | None = None) -> str:
    """Lines of one page -> paragraphs separated by blank lines; hyphenated breaks joined.

    A line ends its paragraph when it is blank, or when it ends a sentence and is clearly
    shorter than the page's full lines (the last line of a paragraph rarely fills the width).
    A line in `breaks` opens a paragraph (set in another type than the line above: `pdf_layout.paragraph_breaks`), and
    so does a line opening on a superscript mark when they are known (a note, an affiliation);
    with them known, a short line that the next line goes on from in the same type (in lower case, or after a comma or
    a short word) stands alone no more.
    """
    typed = breaks is not None
    breaks = breaks or ()
    widths = sorted(len(line) for line in lines if line.strip())
    full = widths[int(len(widths) * 0.8)] if widths else 0
    narrow = [w for w in widths if w <= COLUMN_SHARE * full]
    column = narrow[int(len(narrow) * 0.8)] if len(narrow) >= max(8, 0.4 * len(widths)) else 0

    def width(i: int) -> int:  # the full width of line i's column: a two-column page's body under a wide abstract
        in_column = column and len(lines[i]) <= COLUMN_SHARE * full and i and len(lines[i - 1]) <= COLUMN_SHARE * full
        return column if in_column else full  # (one narrow line after a wide one ends a wide paragraph)

    titled = _title_lines(lines, title)

    paragraphs: list[str] = []
    current: list[str] = []
    held: str | None = None  # the last paragraph, when it was a line standing alone
    for i, line in enumerate(lines):
        text = " ".join(line.split())
        if i in titled:  # the file's title set on several lines: one paragraph, whatever their widths
            if current:
                paragraphs.append("\n".join(current))
                current = []
            if titled[i]:
                paragraphs.append(titled[i])
            held = None
            continue
        if not text or i in breaks or (typed and _NOTE_MARK.match(text)):
            if current:
                paragraphs.append("\n".join(current))
                current = []
            if not text:
                continue
            held = None
        if _DOT_LEADER.match(text) or _RULE.match(text) or is_mail_header(text):  # a contents line ("3. Data and the
            # law ........ 4") is a line of its own, and so are a rule and a mail's header ("From: …", "Date: …")
            if current:
                paragraphs.append("\n".join(current))
                current = []
            paragraphs.append(text)
            held = None
            continue
        bullet = _BULLET.match(text)
        if bullet or (_NUMBERED_HEAD.match(text) and len(text.split()) <= HEAD_WORDS and not _SENTENCE_END.search(text)):
            if current:  # "2. From moratorium to quotas" under a line of keywords; a slide's next bullet
                paragraphs.append("\n".join(current))
                current = []
            if not bullet:
                paragraphs.append(text)
                held = None
                continue
        short_open = not _SENTENCE_END.search(text) and len(text) < 0.7 * width(i) and not text.endswith("-")
        if typed and i + 1 < len(lines) and i + 1 not in breaks and (lines[i + 1][:1].islower() or _OPEN_HEAD.search(text)):
            short_open = False  # the next line goes on from it in the same type: a paragraph's first line, a heading's
        if current and short_open and (_SENTENCE_END.search(current[-1]) or _BARS.search(current[-1])):
            paragraphs.append("\n".join(current))  # a short line that ends no sentence, after a sentence's end or a
            current = []  # line of parts ("… how to use it." / "About the authors"; an address · tel. · web /
            # "ПРЕСС-РЕЛИЗ"); after a caption the rows of a table go on as before
        if not current and short_open:
            # a short line standing alone: a title, heading or byline; a heading set on two lines
            # ("The Long Road to the Port and the" / "Politics of a Railway") continues after a short lowercase word
            if paragraphs and _OPEN_HEAD.search(paragraphs[-1]) and paragraphs[-1] == held:
                paragraphs[-1] = f"{paragraphs[-1]} {text}"
                held = None
            else:
                paragraphs.append(text)
                held = text
            continue
        held = None
        current.append(text)
        if _SENTENCE_END.search(text) and len(text) < 0.85 * width(i):
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    out = []
    for para in paragraphs:
        out.append(joined_lines(para))
    return "\n\n".join(p for p in out if p)


CARRIED_WORDS = 8  # words of a page's last paragraph at least, for a sentence it leaves open to go on overleaf


def _joined_across_pages(texts: list[str]) -> list[str]:
    """A sentence a page leaves open ("… at about 5.1 million fish," / "against roughly 36 million in 1990.") goes on
    in the next page's first paragraph: that paragraph joins the page where the sentence starts."""
    out = list(texts)
    for k in range(len(out) - 1):
        paragraphs = out[k].split("\n\n")
        at = len(paragraphs) - 1  # the page's last paragraph above its notes ("¹ Ministry of …" at the foot)
        while at > 0 and _NOTE_MARK.match(paragraphs[at]):
            at -= 1
        last, first = paragraphs[at], out[k + 1].split("\n\n", 1)[0]
        if len(last.split()) < CARRIED_WORDS or CLOSED.search(last) or _BULLET.match(last) or _DOT_LEADER.match(last) \
                or (len(first.split()) < CARRIED_WORDS and not first[:1].islower()) or _NUMBERED_HEAD.match(first) \
                or _BULLET.match(first):  # a slide's last bullet, a heading overleaf
            continue
        paragraphs[at] = f"{last} {first}"
        out[k] = "\n\n".join(paragraphs)
        out[k + 1] = out[k + 1][len(first):].lstrip("\n")
    return out


def _title_span(parts: list[str], wanted: str | None) -> tuple[int, int] | None:
    """(start, size) of the first 2 to `TITLE_LINES` consecutive `parts` that together set the title `wanted`."""
    for size in range(2, TITLE_LINES + 1) if wanted else ():
        for i in range(len(parts) - size + 1):
            if " ".join(" ".join(parts[i : i + size]).split()) == wanted:
                return i, size
    return None


def _title_lines(lines: list[str], title: str | None) -> dict[int, str]:
    """{index: the title} for the first of 2 to `TITLE_LINES` lines that set `title`, {index: ""} for the rest."""
    wanted = " ".join(title.split()) if title else None
    span = _title_span(lines, wanted)
    return {span[0] + k: (wanted if k == 0 else "") for k in range(span[1])} if span and wanted else {}


def page_texts(data: bytes, layouts: list | None = None) -> tuple[list[str], dict[str, str]]:
    """The raw text of every page and the document's metadata; UnreadableDocument if impossible. With `layouts`, the
    style of each page's non-blank lines and the page's width are appended to it (`pdf_layout.read_page`)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if b"%%EOF" not in data[-2048:]:
        raise UnreadableDocument("truncated PDF (no end-of-file marker)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise UnreadableDocument("encrypted PDF (password-protected)")
            except (FileNotDecryptedError, NotImplementedError, DependencyError) as exc:
                raise UnreadableDocument(f"encrypted PDF that cannot be opened ({_short(exc)})") from None
        pages, failures = [], []
        for page in reader.pages:
            try:
                text, styles, width = read_page(page)
            except MemoryError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged page costs that page, not the document
                text, styles, width = "", None, 0.0
                failures.append(exc)
            pages.append(text)
            if layouts is not None:
                layouts.append((styles, width))
        if failures and len(failures) == len(pages):
            raise UnreadableDocument(f"damaged PDF ({_short(failures[0])})")
        meta = _metadata(reader)
        if failures:  # said by the loader, which knows the file's name
            meta["unread_pages"] = f"{len(failures)} of {len(pages)} pages could not be read ({_short(failures[0])})"
    except (UnreadableDocument, MemoryError):
        raise
    except FileNotDecryptedError:
        raise UnreadableDocument("encrypted PDF (password-protected)") from None
    except Exception as exc:  # noqa: BLE001 - pypdf on a malformed file: any error means "damaged" (PdfReadError,
        # LimitReachedError on a loop of references, NotImplementedError on an unknown filter, ValueError, ...)
        raise UnreadableDocument(f"damaged PDF ({_short(exc)})") from None
    return pages, meta


def _short(exc: BaseException) -> str:
    return (" ".join(str(exc).split()) or type(exc).__name__)[:120]


def _metadata(reader) -> dict[str, str]:  # type: ignore[no-untyped-def]
    meta: dict[str, str] = {}
    info = reader.metadata
    if info is None:
        return meta
    try:
        if info.title and is_document_title(str(info.title)):
            meta["title"] = " ".join(str(info.title).split())
        if info.author and str(info.author).strip():
            meta["author"] = " ".join(str(info.author).split())
        when = info.creation_date
        if when is not None:
            meta["created"] = when.date().isoformat()  # when the file was made: a byline date comes first
    except (ValueError, TypeError, AttributeError):  # a malformed date string in the info dictionary
        pass
    return meta


def read_pdf(data: bytes) -> Extracted:
    """A PDF's pages as cleaned text with the offset where each page starts."""
    from ..cleaning import fix_mojibake

    layouts: list = []
    raw_pages, meta = page_texts(data, layouts=layouts)
    raw_pages = [fix_mojibake(page) for page in raw_pages]  # ligatures, invisible and control characters, NFC
    if not any(p.strip() for p in raw_pages):
        raise UnreadableDocument("no text layer (scanned?)")
    every = [[line.strip() for line in p.splitlines() if line.strip()] for p in raw_pages]
    pages = drop_running_lines(every)
    pages = [_without_short_title(lines, meta) if number else without_full_name(lines) for number, lines in enumerate(pages)]
    pages, styles, headline = laid_out(pages, every, layouts)
    if headline and "title" in meta and headline_first(meta["title"], headline):
        meta["title"] = headline
    elif headline and "title" in meta and (lead := without_site(meta["title"], headline)):
        meta["title"] = lead
    elif pages and "title" in meta and (printed := printed_title(meta["title"], pages[0])):
        meta["title"] = printed
    title = meta.get("title") or headline or _caps_title(pages[0] if pages else [])
    usual = line_steps(styles)  # the document's step from line to line, by type size
    texts = [join_lines(lines, title, paragraph_breaks(page_styles, usual) if page_styles else None)
             for lines, page_styles in zip(pages, styles)]
    if texts:
        texts[0], printed = _without_byline(texts[0])
        if printed and "date" not in meta:
            meta["date"] = printed  # the date the byline printed, before the file's creation date
    texts, credits = _without_chrome(texts, title)
    texts = without_stage_directions(_joined_across_pages(texts))
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        if text:
            parts.append(text)
            offset += len(text) + 2
    body = "\n\n".join(parts)
    title = title or _first_line(body)
    cleaned = Cleaned(text=body, sections=(), title=title, credits=credits)
    return Extracted(cleaned, tuple(min(s, len(body)) for s in starts), meta)


_HEAD_CHROME = frozenset({"byline", "dateline", "copyright", "journal header", "contact line", "web address"})


def _without_byline(page: str) -> tuple[str, str | None]:
    """The first page without the byline, dateline and similar lines above its first paragraph
    (what `boilerplate.strip` drops from a text page), and the date they printed."""
    from ..boilerplate import strip
    from ..boilerplate_lines import _is_prose
    from ..dates import byline_date

    paragraphs = page.split("\n\n")
    head = next((i for i, para in enumerate(paragraphs) if _is_prose(para)), len(paragraphs))
    verdicts = strip(paragraphs[:head])
    if not any(v.reason in _HEAD_CHROME for v in verdicts):
        return page, None
    printed = byline_date("\n".join(v.line for v in verdicts if v.reason in _HEAD_CHROME))
    kept = [v.line for v in verdicts if v.reason not in _HEAD_CHROME] + paragraphs[head:]
    return "\n\n".join(kept), printed


def _without_chrome(texts: list[str], title: str | None = None) -> tuple[list[str], str]:
    """The pages without the paragraphs the cleaner's line verdicts call chrome, read over the whole document as
    one text's lines (a cover's institute and series, an author note at the end, a letterhead, the press office's
    contacts); each page keeps what is left of it, so page offsets still cite the right page. The file's own
    `title` (its metadata) is never dropped: the lines above it may be taken for its masthead. With the pages, the
    credits of the document's head (`credits.head_credits`)."""
    from ..boilerplate import strip
    from ..credits import head_credits

    wanted = " ".join(title.split()) if title else None
    paragraphs = [(page, para, wanted is not None and " ".join(para.split()) == wanted)
                  for page, text in enumerate(texts) if text for para in _title_joined(text.split("\n\n"), wanted)]
    # the file's title marked as the headline: the cover's lines above it are its masthead
    lines = [line for _, para, is_title in paragraphs for line in (f"# {para}" if is_title else para, "")]
    kept: list[list[str]] = [[] for _ in texts]
    verdicts = strip(lines)[::2]
    for (page, para, is_title), verdict in zip(paragraphs, verdicts):
        if verdict.reason is None or is_title:  # the file's own title stays, whatever the lines around it
            kept[page].append(para)
    return ["\n\n".join(left) for left in kept], head_credits(verdicts)


TITLE_LINES = 4  # lines a cover or first page sets the file's title on at most


def _title_joined(paragraphs: list[str], wanted: str | None) -> list[str]:
    """`paragraphs` with the file's title, when a cover sets it on two lines or more ("Cameras on Credit: China's" over
    "Safe-City Systems in Central Asia"), as one paragraph."""
    span = _title_span(paragraphs, wanted)
    if span is None or not wanted:
        return paragraphs
    i, size = span
    return [*paragraphs[:i], wanted, *paragraphs[i + size :]]


def _without_short_title(lines: list[str], meta: dict[str, str]) -> list[str]:
    """A page's lines without a running head set on that page only (odd pages' short title in a document of three
    pages): its top or bottom line, of two words or more, all of them the title's or the authors' (or numbers)."""
    known = set(re.findall(r"\w+", f"{meta.get('title', '')} {meta.get('author', '')}".lower()))

    def is_head(line: str) -> bool:
        words = re.findall(r"\w+", line.lower())
        return 2 <= len(words) <= 12 and all(w in known or w.isdigit() for w in words) and not words[0].isdigit()

    if not known or len(lines) < 3:
        return lines
    return [line for i, line in enumerate(lines) if not (i in (0, len(lines) - 1) and is_head(line))]


def _first_line(text: str) -> str | None:
    head = text.split("\n\n", 1)[0].strip()
    return head if 0 < len(head) <= 150 else None


def _caps_title(lines: list[str]) -> str | None:
    """A cover's title set in capitals over two lines, the first ending on a colon ("THE LORNA FERRIES:"
    over "WHO PAYS FOR THE WINTER CROSSINGS"), among the capitals that open the first page; None without one."""
    caps = list(takewhile(lambda line: line.isupper() or not any(ch.isalpha() for ch in line), lines))
    pair = next(((a, b) for a, b in pairwise(caps) if a.endswith(":") and b[-1:].isalnum()), None)
    return f"{pair[0]} {pair[1]}" if pair else cover_title(lines)  # or a paper's kind over its subject, a letter's subject

