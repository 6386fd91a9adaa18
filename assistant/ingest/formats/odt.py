"""ODT -> cleaned text: headings become sections, lists items, tables rows with their header, notes a section.

An OpenDocument text (LibreOffice's and many a ministry's own format) is a zip whose `content.xml` holds the
body and `meta.xml` the title, author and dates. The body is read here with lxml, which python-docx already
brings: headings (text:h and their outline level), paragraphs, lists, tables, sections and text boxes in
reading order; footnotes (text:note) leave their mark out of the sentence and come together at the end. The
page headers and footers live in `styles.xml`, which is not read.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from . import Extracted, UnreadableDocument, from_markdown, pipe_table, stated_properties

__all__ = ["odt_markdown", "read_odt"]

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


# what holds no reading text: the index of contents, change records, forms, declarations, a note's own mark
_SKIPPED = frozenset(_q(n) for n in (
    "text:table-of-content", "text:tracked-changes", "office:forms", "text:sequence-decls",
    "text:variable-decls", "text:user-field-decls", "text:note-citation", "text:bookmark-ref",
))


_MARK = re.compile(r"^[\d,*†‡]{1,6}$")  # an affiliation's or a note's mark set in superscript


def _inline(node: Any, notes: list[str], boxes: list[str], raised: frozenset[str] = frozenset()) -> str:
    """The text of a paragraph-like element: its spans and links, text:s as its count of spaces, a tab as a space
    and a line break as a new line; a footnote's body goes to `notes` and a text box's paragraphs to `boxes`. A
    mark in superscript (a span of a style in `raised`) after a name or opening a line goes ("Yerzhanova¹", "¹ Institute
    …"); after a lower-case word it stays, an exponent ("km²")."""
    parts: list[str] = [node.text or ""]
    for child in node:
        tag = child.tag
        if tag == _q("text:s"):
            parts.append(" " * int(child.get(_q("text:c"), "1") or 1))
        elif tag == _q("text:tab"):
            parts.append(" ")
        elif tag == _q("text:line-break"):
            parts.append("\n")
        elif tag == _q("text:span") and child.get(_q("text:style-name")) in raised \
                and _MARK.match("".join(child.itertext()).strip()) and _after_a_name_or_nothing(parts):
            pass
        elif tag == _q("text:note"):
            body = child.find(_q("text:note-body"))
            if body is not None:
                text = " ".join(t for p in body.iter(_q("text:p"), _q("text:h")) if (t := _plain(p)))
                if text:
                    notes.append(text)
        elif tag == _q("draw:frame"):
            for box in child.iter(_q("draw:text-box")):
                boxes.extend(t for p in box.iter(_q("text:p"), _q("text:h")) if (t := _plain(p)))
        elif tag not in _SKIPPED:
            parts.append(_inline(child, notes, boxes, raised))
        parts.append(child.tail or "")
    return "".join(parts)


def _after_a_name_or_nothing(parts: list[str]) -> bool:
    """The text so far ends on a capitalised word, or has none (a mark opening the line)."""
    before = "".join(parts).split()
    return not before or before[-1][:1].isupper()


def _plain(node: Any) -> str:
    return " ".join(_inline(node, [], []).split())


def _style_names(root: Any) -> tuple[dict[str, str], frozenset[str]]:
    """Automatic style -> the named style it derives from ("P3" -> "Title"): LibreOffice writes a paragraph
    with any direct formatting under an automatic style; and the text styles set in superscript."""
    parents: dict[str, str] = {}
    raised: set[str] = set()
    for style in root.iter(_q("style:style")):
        name, parent = style.get(_q("style:name")), style.get(_q("style:parent-style-name"))
        if name and parent:
            parents[name] = parent
        props = style.find(_q("style:text-properties"))
        position = (props.get(_q("style:text-position")) or "") if props is not None else ""
        if name and (position.startswith("super") or position[:1].isdigit() and not position.startswith("0")):
            raised.add(name)
    return parents, frozenset(raised)


def _table_rows(table: Any, notes: list[str]) -> list[list[str]]:
    rows = []
    for row in table.iter(_q("table:table-row")):
        cells = []
        for cell in row:
            if cell.tag not in (_q("table:table-cell"), _q("table:covered-table-cell")):
                continue
            text = " ".join(" ".join(_inline(p, notes, []).split()) for p in cell.iter(_q("text:p"), _q("text:h")))
            cells.append(" ".join(text.replace("|", "/").split()))
        if any(cells):
            rows.append(cells)
    return rows


def odt_markdown(content: Any) -> tuple[str, list[str]]:
    """The body of a content.xml tree as markdown-like lines (a Title-style paragraph "#", a heading of
    outline level n n+1 "#", list items "- ", tables pipe tables with their first row as the header), and
    the footnotes in order."""
    styles, raised = _style_names(content)
    notes: list[str] = []
    lines: list[str] = []

    def walk(parent: Any) -> None:
        for node in parent:
            tag = node.tag
            if tag in _SKIPPED:
                continue
            if tag in (_q("text:p"), _q("text:h")):
                boxes: list[str] = []
                text = "\n".join(" ".join(line.split()) for line in _inline(node, notes, boxes, raised).split("\n")).strip()
                style = node.get(_q("text:style-name"), "")
                style = styles.get(style, style).replace("_20_", " ").lower()
                if not text:
                    pass
                elif tag == _q("text:h"):
                    level = int(node.get(_q("text:outline-level"), "1") or 1)
                    lines.extend(["", f"{'#' * min(6, level + 1)} {' '.join(text.split())}", ""])
                elif style == "title":
                    lines.extend(["", f"# {' '.join(text.split())}", ""])
                else:
                    lines.extend([text, ""])
                for box in boxes:
                    lines.extend(["", box, ""])
            elif tag == _q("text:list"):
                for item in node.iter(_q("text:list-item")):
                    for p in item.findall(_q("text:p")) + item.findall(_q("text:h")):
                        if text := " ".join(_inline(p, notes, []).split()):
                            lines.append(f"- {text}")
                lines.append("")
            elif tag == _q("table:table"):
                lines.extend(pipe_table(_table_rows(node, notes)))
            else:  # text:section, office:text, table:table-header-rows …: their paragraphs in order
                walk(node)

    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    walk(body if body is not None else content)
    return "\n".join(lines), notes


def _meta(archive: zipfile.ZipFile, parse) -> dict[str, str]:
    """meta.xml's title, author, language and creation date (ISO)."""
    if "meta.xml" not in archive.namelist():
        return {}
    from lxml import etree

    try:
        root = parse(archive.read("meta.xml"))
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError):  # a damaged meta.xml costs the properties, not the text
        return {}
    found = {
        "title": root.findtext(f".//{_q('dc:title')}"),
        "author": root.findtext(f".//{_q('meta:initial-creator')}") or root.findtext(f".//{_q('dc:creator')}"),
        "language": root.findtext(f".//{_q('dc:language')}"),
        "created": root.findtext(f".//{_q('meta:creation-date')}"),
    }
    meta = stated_properties(found)
    if "created" in meta:
        meta["created"] = meta["created"][:10]
    return meta


def read_odt(data: bytes) -> Extracted:
    """An OpenDocument text's body and properties; UnreadableDocument when it is no ODT."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "content.xml" not in names:
                raise UnreadableDocument("not an OpenDocument text (a zip file without content.xml)")
            if "mimetype" in names and archive.read("mimetype").strip() != _MIMETYPE:
                kind = archive.read("mimetype").decode("ascii", "replace").strip().rsplit(".", 1)[-1]
                raise UnreadableDocument(f"not an OpenDocument text (an OpenDocument {kind[:20]})")
            content = etree.fromstring(archive.read("content.xml"), parser)
            meta = _meta(archive, lambda raw: etree.fromstring(raw, parser))
    except zipfile.BadZipFile:
        raise UnreadableDocument("not an OpenDocument text (not a valid zip file)") from None
    except etree.XMLSyntaxError:
        raise UnreadableDocument("damaged OpenDocument text (its content.xml is not well-formed)") from None
    markdown, notes = odt_markdown(content)
    return from_markdown(markdown, meta, notes)
