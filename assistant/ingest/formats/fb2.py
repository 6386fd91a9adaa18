"""FictionBook 2 -> cleaned text: sections as headings, paragraphs, tables, notes as a last section.

Russian e-libraries and many Russian publishers' brochures come as FictionBook (`.fb2`): one XML file whose `<description>` states the book (title, authors, language, date, publisher,
year) and whose first `<body>` holds the text in nested `<section>`s, each with its `<title>`. A second body
named "notes" holds the notes that `<a type="note">` marks point to; `<binary>` holds pictures in base64. Read
with lxml: the body's titles, subtitles, paragraphs, poems, quotes and tables in order; the marks leave the
sentence and the notes come together at the end. The annotation (the publisher's blurb), epigraphs, the author's
name where a title repeats it and an untitled closing section with the ISBN or the copyright (the imprint) are not
the text.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from . import ISO_DATE, Extracted, UnreadableDocument, from_markdown, pipe_table, stated_properties

__all__ = ["fb2_markdown", "read_fb2"]

_IMPRINT = re.compile(r"\bISBN\b|©|\(c\)\s*\d{4}", re.IGNORECASE)
_NOTE_MARK = re.compile(r"^\s*[\[(]?[\d*]{1,4}[\])]?\s*$")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _is_note_link(el: Any) -> bool:
    return _local(el.tag) == "a" and (el.get("type") == "note" or bool(_NOTE_MARK.match("".join(el.itertext()))))


def _inline(el: Any) -> str:
    """A paragraph's text without note marks."""
    parts = [el.text or ""]
    for child in el:
        if not _is_note_link(child) and _local(child.tag) != "image":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _title(el: Any, authors: frozenset[str] = frozenset()) -> str:
    """A title's paragraphs as one line, without one that names the book's author (a body's title often opens so)."""
    return " ".join(t for t in (_inline(p) for p in el if _local(p.tag) == "p") if t and t.lower() not in authors)


def _is_imprint(section: Any) -> bool:
    """An untitled section with an ISBN or a copyright line: the book's imprint, not its text."""
    titled = any(_local(c.tag) == "title" for c in section)
    return not titled and any(_IMPRINT.search(_inline(p)) for p in section if _local(p.tag) == "p")


def _walk(el: Any, lines: list[str], level: int, authors: frozenset[str] = frozenset()) -> None:
    """A body's or section's children as markdown-like lines; a section's title is a heading one level down. An
    epigraph (a motto and its source) and the imprint are no text of the book."""
    for child in el:
        name = _local(child.tag)
        if name == "title":
            if text := _title(child, authors):
                lines.extend(["", f"{'#' * min(6, level)} {text}", ""])
        elif name == "section":
            if not _is_imprint(child):
                _walk(child, lines, level + 1)
        elif name in ("p", "v", "text-author"):
            if text := _inline(child):
                lines.extend([text, ""])
        elif name == "subtitle":
            if text := _inline(child):
                lines.extend(["", f"{'#' * min(6, level + 1)} {text}", ""])
        elif name in ("cite", "poem", "stanza"):
            _walk(child, lines, level)
        elif name == "table":
            rows = [[_inline(cell).replace("|", "/") for cell in row if _local(cell.tag) in ("td", "th")]
                    for row in child if _local(row.tag) == "tr"]
            lines.extend(pipe_table(rows))


def _notes(body: Any) -> list[str]:
    """The notes body's sections, each one note (its title, the mark, left out)."""
    notes = []
    for section in body.iter():
        if _local(section.tag) == "section":
            text = " ".join(t for t in (_inline(p) for p in section if _local(p.tag) in ("p", "v")) if t)
            if text:
                notes.append(text)
    return notes


def _author_names(root: Any) -> frozenset[str]:
    """The title-info's authors as a title may write them: "first last", "last first", "first middle last"."""
    names: set[str] = set()
    for info in (el for el in root.iter() if _local(el.tag) == "title-info"):
        for author in (c for c in info if _local(c.tag) == "author"):
            part = {_local(c.tag): " ".join("".join(c.itertext()).split()) for c in author}
            first, middle, last = (part.get(k, "") for k in ("first-name", "middle-name", "last-name"))
            for order in ((first, last), (last, first), (first, middle, last), (last, first, middle)):
                if name := " ".join(w for w in order if w).lower():
                    names.add(name)
    return frozenset(names)


def fb2_markdown(root: Any) -> tuple[str, list[str]]:
    """The book's main body as markdown-like lines (its title "#", a section's title one "#" more per level),
    and the notes of the bodies named "notes" (or "comments")."""
    lines: list[str] = []
    notes: list[str] = []
    authors = _author_names(root)
    for body in (el for el in root if _local(el.tag) == "body"):
        if (body.get("name") or "").lower() in ("notes", "comments", "footnotes"):
            notes.extend(_notes(body))
        else:
            _walk(body, lines, 1, authors)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n", notes


def _meta(root: Any) -> dict[str, str]:
    """The description's book title, first author, language, date (or the publisher's year) and publisher."""
    info = next((el for el in root.iter() if _local(el.tag) == "title-info"), None)
    publish = next((el for el in root.iter() if _local(el.tag) == "publish-info"), None)
    child = lambda parent, name: next((c for c in parent if _local(c.tag) == name), None) if parent is not None else None
    text = lambda el: " ".join("".join(el.itertext()).split()) if el is not None else ""
    author = child(info, "author")
    found = stated_properties({
        "title": text(child(info, "book-title")), "language": text(child(info, "lang")),
        "author": " ".join(text(child(author, n)) for n in ("first-name", "middle-name", "last-name")) if author is not None else "",
        "publisher": text(child(publish, "publisher")),
    })
    date = child(info, "date")
    stamp = (date.get("value") or text(date)) if date is not None else ""
    if match := ISO_DATE.search(stamp or ""):
        found["date"] = match.group(0)
    elif year := re.search(r"\d{4}", text(child(publish, "year"))):
        found["date"] = year.group(0)
    return found


def read_fb2(data: bytes) -> Extracted:
    """A FictionBook's text and description (a zip holding one too); UnreadableDocument when it is none."""
    from lxml import etree

    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                name = next((n for n in archive.namelist() if n.lower().endswith(".fb2")), None)
                if name is None:
                    raise UnreadableDocument("not a FictionBook (a zip file without an .fb2 in it)")
                data = archive.read(name)
        except zipfile.BadZipFile:
            raise UnreadableDocument("not a FictionBook (a damaged zip file)") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(data.lstrip(b"\xef\xbb\xbf \t\r\n"), parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None or _local(root.tag) != "FictionBook":
        raise UnreadableDocument("not a FictionBook (no <FictionBook> XML)")
    markdown, notes = fb2_markdown(root)
    return from_markdown(markdown, _meta(root), notes)
