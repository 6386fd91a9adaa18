"""An Evernote export (`.enex`): the web page a note clipped, read as a saved page.

Readers clip articles into note-taking apps and export them. An `.enex` file is XML: one `<note>` per clip with
its title, creation time, tags, attributes (the clipped page's address in `<source-url>`) and its content, an
ENML document (XHTML with `<en-note>` as its body, `<en-media>` for pictures, `<en-todo>` for check boxes) kept
as text inside the element. The content keeps what the clipper took of the page, site chrome and all, so it is
read as an HTML page: the cleaner removes that chrome as it does a saved page's. The note's title is the page's
title and marks the line that says it as the headline; its source URL is the document's; the time of the clip is not the article's date. An export of several notes
is read as one page with each note under its title.
"""

from __future__ import annotations

import re
from html import escape

from .mail import MailBody

__all__ = ["read_note_export"]

_SITE_PARTS = re.compile(r"\s+[|–—·•-]\s+")  # "Headline | Site": the clip's title names the page's site too
_PROLOGUE = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?", re.IGNORECASE)
_NOTE_BODY = re.compile(r"<(/?)en-note\b[^>]*>", re.IGNORECASE)
_MEDIA = re.compile(r"<en-(?:media|todo|crypt)\b[^>]*?(?:/>|>.*?</en-(?:media|todo|crypt)>)", re.IGNORECASE | re.DOTALL)


def _body(content: str, title: str = "") -> str:
    """An ENML document's body as HTML: <en-note> a <div>, pictures, check boxes and encrypted parts left out, and
    the element that says the note's title marked as the headline (<h1>) where the clip did not keep its heading."""
    body = _MEDIA.sub("", _NOTE_BODY.sub(r"<\1div>", _PROLOGUE.sub("", content)))
    return _headline_marked(body, title) if title and "<h1" not in body.lower() else body


def _headline_marked(body: str, title: str) -> str:
    """`body` with the first element whose whole text is `title`, or the part of it before or after a site's name
    ("Headline | Site"), turned into an <h1> (a web clip keeps the headline as a styled <div>); as it is when none is."""
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(body, create_parent="div")
    except (etree.ParserError, ValueError):
        return body
    keys = {" ".join(part.split()).casefold() for part in [title, *_SITE_PARTS.split(title)] if len(part.split()) >= 3}
    for el in root.iter("div", "p", "span", "h2", "h3", "strong", "b"):
        if " ".join(el.text_content().split()).casefold() in keys:
            el.tag = "h1"
            return html.tostring(root, encoding="unicode")
    return body


def read_note_export(data: bytes) -> MailBody | None:
    """The notes of an Evernote export as one HTML page, with the (first) note's title and source URL; None when
    the file holds no note with content."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, recover=True)
    try:
        root = etree.fromstring(data.lstrip(b"\xef\xbb\xbf \t\r\n"), parser)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    notes = [(" ".join((n.findtext("title") or "").split()), n.findtext("content") or "",
              " ".join((n.findtext("note-attributes/source-url") or "").split())) for n in root.iter("note")]
    notes = [note for note in notes if note[1].strip()]
    if not notes:
        return None
    declared: dict[str, str] = {}
    title, _, url = notes[0]
    if title:
        declared["title"] = title
    if url.startswith(("http://", "https://")):
        declared["url"] = url
    if len(notes) == 1:
        body = _body(notes[0][1], title)
    else:
        body = "".join(f"<article><h1>{escape(t)}</h1>{_body(c)}</article>" for t, c, _ in notes)
    return MailBody(f"<html><head><title>{escape(title)}</title></head><body>{body}</body></html>", "html", declared)
