"""EPUB -> cleaned text: the spine's chapters in reading order, headings as sections, notes as a last section.

Think tanks and publishers release reports as e-books. An EPUB (2 or 3) is a zip whose `META-INF/container.xml`
names the package document (`.opf`): its Dublin Core metadata (title, creator, publisher, date, language), a
manifest of files and a spine, the order they are read in. Each spine item is an XHTML page, read here with
lxml: headings, paragraphs, lists, tables and quotes in order. What is not the text is left out: the navigation
document and any page that is mostly links (a table of contents), the pages the package or the page itself
marks as cover, title page or copyright page, a page without a sentence (a cover image, a half-title) and one
headed "About the authors".
Footnotes and endnotes (an EPUB 3 `aside` of type footnote, or an EPUB 2 notes page the text's superscript
links point to) leave their marks out of the sentence and come together at the end.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import Any
from urllib.parse import unquote, urldefrag

from . import (
    ISO_DATE,
    Extracted,
    UnreadableDocument,
    from_markdown,
    pipe_table,
    stated_properties,
    statement,
)

__all__ = ["epub_markdown", "read_epub"]

_OPF = "http://www.idpf.org/2007/opf"
_DC = "http://purl.org/dc/elements/1.1/"
_CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
_FRONT = {"cover", "titlepage", "title-page", "halftitlepage", "copyright-page", "toc", "landmarks", "loi", "lot"}
_NOTES = {"footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes", "note",
          "doc-footnote", "doc-endnote", "doc-endnotes", "doc-footnotes"}
_SKIP_TAGS = {"script", "style", "head", "nav", "img", "svg", "object", "audio", "video", "iframe", "map"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption", "blockquote",
          "ul", "ol", "dl", "dt", "dd", "li", "table", "pre", "address", "hgroup", "center", "body",
          "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
_MARK = re.compile(r"^\s*[\[(]?[\d*†‡a-z]{1,4}[\])]?\s*$")  # a note's mark: "1", "[12]", "*", "(a)"
_BACK = re.compile(r"^\s*[↩↑^⤴]\ufe0e?\s*$|^\s*(?:back|назад)\s*$", re.IGNORECASE)
_ARROWS = re.compile(r"[↩↑⤴]\ufe0e?")
_SENTENCE = re.compile(r"\w[^.!?…]{20,}[.!?…][\"'»”)]?(?:\s|$)")


def _types(el: Any) -> set[str]:
    """The element's epub:type and ARIA role words ("footnote", "doc-noteref", "titlepage")."""
    words = " ".join(v for k, v in el.attrib.items() if k.endswith("type") or k == "role")
    return set(words.lower().split())


def _is_note_mark(a: Any) -> bool:
    """A link that marks a note: typed noteref, or a short mark pointing into a page (inside <sup>, or "[3]")."""
    types = _types(a)
    if types & {"noteref", "doc-noteref"}:
        return True
    href = a.get("href") or ""
    text = a.text_content()
    inside_sup = a.getparent() is not None and a.getparent().tag == "sup" or any(c.tag == "sup" for c in a)
    return "#" in href and bool(_MARK.match(text)) and (inside_sup or text.strip().startswith("["))


def _is_back_link(a: Any) -> bool:
    return bool(_types(a) & {"backlink", "doc-backlink"}) or bool(_BACK.match(a.text_content()))


def _is_mark(el: Any, tag: str) -> bool:
    """A note's mark or a back link, alone or in its <sup>."""
    if tag == "a":
        return _is_note_mark(el) or _is_back_link(el)
    return tag == "sup" and not (el.text or "").strip() and any(c.tag == "a" and _is_note_mark(c) for c in el)


def _inline(el: Any) -> str:
    """The text of `el` without note marks, back links, pictures and scripts; <br> parts lines."""
    parts: list[str] = [el.text or ""] if isinstance(el.tag, str) else []
    for child in el:
        if isinstance(child.tag, str):
            tag = child.tag.lower()
            if tag == "br":
                parts.append("\n")
            elif not (_is_mark(child, tag) or tag in _SKIP_TAGS):
                parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _has_block(el: Any) -> bool:
    return any(isinstance(c.tag, str) and c.tag.lower() in _BLOCK for c in el.iterdescendants())


def _table_rows(table: Any) -> list[list[str]]:
    rows = []
    for tr in table.iter("tr"):
        cells = [" ".join(_inline(td).replace("|", "/").split()) for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th")]
        if any(cells):
            rows.append(cells)
    return rows


def _walk(el: Any, lines: list[str], notes: list[str], depth: int) -> None:
    """`el`'s blocks as markdown-like lines: h1 "##" (the book's title is "#"), paragraphs, "- " items, pipe tables;
    a note's paragraphs go to `notes`."""
    for child in el:
        if not isinstance(child.tag, str):
            if (child.tail or "").strip():
                lines.extend([_clean(child.tail), ""])
            continue
        tag, types = child.tag.lower(), _types(child)
        if tag in _SKIP_TAGS or types & (_FRONT | {"pagebreak"}):
            pass
        elif types & _NOTES:
            notes.extend(text for text in (_clean(_inline(p)) for p in _paragraphs(child)) if text)
        elif re.fullmatch(r"h[1-6]", tag):
            if text := " ".join(_inline(child).split()):
                lines.extend(["", f"{'#' * min(6, int(tag[1]) + 1)} {text}", ""])
        elif tag in ("ul", "ol"):  # an item ends as a statement: short items without one read as a menu's links
            for li in child.iterchildren("li"):
                if text := " ".join(_inline(li).split()):
                    lines.append(f"- {statement(text)}")
            lines.append("")
        elif tag == "table":
            caption = child.find("caption")
            if caption is not None and (text := " ".join(_inline(caption).split())):
                lines.extend(["", text, ""])
            lines.extend(pipe_table(_table_rows(child)))
        elif tag in _BLOCK and _has_block(child):
            if (child.text or "").strip():
                lines.extend([_clean(child.text), ""])
            _walk(child, lines, notes, depth + 1)
        elif text := _clean(_inline(child)):
            lines.extend([text, ""])
        if depth and (child.tail or "").strip():
            lines.extend([_clean(child.tail), ""])


def _paragraphs(el: Any) -> list[Any]:
    """A note's paragraphs: its <p> and <li>, or itself when it has none."""
    found = [p for p in el.iter("p", "li") if not any(c.tag in ("p", "li") for c in p.iterdescendants())]
    return found or [el]


def _is_front_matter(body: Any) -> bool:
    """A page that is no text of the report: mostly links (a table of contents), or without a sentence, a table or a
    list of three items (a cover, a half-title)."""
    text = " ".join(_inline(body).split())
    linked = sum(len(" ".join(a.text_content().split())) for a in body.iter("a"))
    if text and linked >= 0.6 * len(text):
        return True
    items = sum(1 for li in body.iter("li") if li.text_content().strip())
    return not _SENTENCE.search(text) and not any(True for _ in body.iter("table")) and items < 3


def _is_bio_page(body: Any) -> bool:
    """A page headed "About the authors" («Об авторах»; `bio_markers` in data/lang): their biographies."""
    from ..langdata import all_lang_data

    heading = next((h for h in body.iter("h1", "h2", "h3")), None)
    key = " ".join(heading.text_content().lower().rstrip(" :").split()) if heading is not None else ""
    return any(key in ld.bio_markers for ld in all_lang_data())


def _note_pages(pages: list[tuple[str, Any]]) -> set[str]:
    """The spine pages other pages' note marks point to (an EPUB 2 book's endnotes page)."""
    targets: set[str] = set()
    for name, root in pages:
        for a in root.iter("a"):
            href = a.get("href") or ""
            if href and not href.startswith("#") and _is_note_mark(a):
                target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(urldefrag(href)[0])))
                if target != name:
                    targets.add(target)
    return targets


def epub_markdown(pages: list[tuple[str, Any]], skip: set[str]) -> tuple[str, list[str]]:
    """The spine's pages (name, parsed root) as markdown-like lines, and the notes in order; `skip`: pages the
    package marks as cover, title page or contents."""
    note_pages = _note_pages(pages)
    lines: list[str] = []
    notes: list[str] = []
    for name, root in pages:
        body = root.find(".//body")
        if body is None or name in skip or _types(body) & _FRONT:
            continue
        if name in note_pages:  # each note as written, its number too (the link back to its mark), no arrow
            for p in _paragraphs(body):
                if p.tag not in ("h1", "h2", "h3") and (text := " ".join(_ARROWS.sub("", p.text_content()).split())):
                    notes.append(text)
            continue
        if _is_front_matter(body) or _is_bio_page(body):
            continue
        _walk(body, lines, notes, 0)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n", notes


def _package(archive: zipfile.ZipFile, parser: Any) -> tuple[str, Any]:
    from lxml import etree

    try:
        container = etree.fromstring(archive.read("META-INF/container.xml"), parser)
        path = container.find(f".//{{{_CONTAINER}}}rootfile").get("full-path")
    except (KeyError, AttributeError, etree.XMLSyntaxError):
        path = next((n for n in archive.namelist() if n.lower().endswith(".opf")), None)
    if not path:
        raise UnreadableDocument("not an EPUB book (no package document)")
    try:
        return path, etree.fromstring(archive.read(path), parser)
    except KeyError:
        raise UnreadableDocument(f"damaged EPUB book (its package {path} is missing)") from None


def _meta(opf: Any) -> dict[str, str]:
    """The package's title, first creator, publisher, language and date (ISO date or year)."""
    found = {key: opf.findtext(f".//{{{_DC}}}{name}") for key, name in
             (("title", "title"), ("author", "creator"), ("publisher", "publisher"), ("language", "language"), ("date", "date"))}
    meta = stated_properties(found)
    if "date" in meta:
        date = ISO_DATE.match(meta["date"])
        meta.pop("date")
        if date:
            meta["date"] = date.group(0)
    return meta


def read_epub(data: bytes) -> Extracted:
    """An EPUB book's spine text and package metadata; UnreadableDocument when it is no EPUB."""
    from lxml import etree, html

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "mimetype" in archive.namelist() and not archive.read("mimetype").strip().startswith(b"application/epub"):
                raise UnreadableDocument("not an EPUB book (its mimetype is another)")
            opf_path, opf = _package(archive, parser)
            base = posixpath.dirname(opf_path)
            items = {i.get("id"): i for i in opf.iter(f"{{{_OPF}}}item")}
            href = lambda item: posixpath.normpath(posixpath.join(base, unquote(item.get("href") or "")))
            skip = {href(i) for i in items.values() if "nav" in (i.get("properties") or "").split()}
            skip |= {posixpath.normpath(posixpath.join(base, unquote(urldefrag(r.get("href") or "")[0])))
                     for r in opf.iter(f"{{{_OPF}}}reference") if (r.get("type") or "").lower() in _FRONT}
            pages = []
            for ref in opf.iter(f"{{{_OPF}}}itemref"):
                item = items.get(ref.get("idref"))
                if item is None or ref.get("linear") == "no" or "html" not in (item.get("media-type") or "html"):
                    continue  # a page kept out of the reading order, or a picture in the spine
                try:
                    raw = archive.read(href(item))
                except KeyError:
                    continue
                pages.append((href(item), html.fromstring(raw) if raw.strip() else html.fromstring("<html/>")))
    except zipfile.BadZipFile:
        raise UnreadableDocument("not an EPUB book (not a valid zip file)") from None
    except etree.XMLSyntaxError:
        raise UnreadableDocument("damaged EPUB book (its package document is not well-formed)") from None
    if not pages:
        raise UnreadableDocument("an EPUB book whose spine names no page")
    meta = _meta(opf)
    markdown, notes = epub_markdown(pages, skip)
    if meta.get("title"):
        markdown = f"# {meta['title']}\n\n{markdown}"
    return from_markdown(markdown, meta, notes)
