"""Readers for document formats (PDF, DOCX, ODT, RTF, EPUB, FB2, PPTX): raw bytes -> cleaned text, pages, embedded metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...records import Cleaned

__all__ = ["FORMATS", "ISO_DATE", "Extracted", "UnreadableDocument", "extract", "from_markdown", "pipe_table", "printed_facets",
           "stated_properties", "statement"]

# file suffix -> reader name; corpus.py scans these beside its text formats
FORMATS = {
    ".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".rtf": "rtf", ".epub": "epub", ".fb2": "fb2", ".pptx": "pptx",
}


class UnreadableDocument(Exception):
    """A file of a known format that cannot be read; the message says why, in a few words."""


@dataclass(frozen=True)
class Extracted:
    """What a reader found: the cleaned text, where each page starts in it, embedded metadata."""

    cleaned: Cleaned
    page_starts: tuple[int, ...] = ()  # offset in cleaned.text where page 1, 2, ... begins
    meta: dict[str, str] = field(default_factory=dict)  # title, created (ISO), author, language


ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")  # "2025-10-14", "2025-10", "2025": a date as a file states it
_ENDS = frozenset(".!?:;…")  # what ends a statement


def stated_properties(found: dict[str, str | None]) -> dict[str, str]:
    """A file's stated properties (title, author, language, dates, …) without the blank ones, each on one line with
    single spaces, and the language as its primary subtag ("ru-RU" -> "ru"): what every reader's metadata gives."""
    meta = {k: " ".join(v.split()) for k, v in found.items() if v and v.strip()}
    if "language" in meta:
        meta["language"] = meta["language"].split("-")[0].lower()
    return meta


def statement(text: str) -> str:
    """`text` ending as a statement: a full stop after a list item or a slide's bullet that ends on none (short lines
    without one read as a menu's links to the cleaner)."""
    return text if text[-1:] in _ENDS else f"{text}."


def pipe_table(rows: list[list[str]]) -> list[str]:
    """A table's rows as markdown pipe-table lines between blank lines, its first row the header and every row as
    wide as the widest (the cleaner rebuilds each row as "Header: cell; Header: cell."); [] for no row with text."""
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return ["", "| " + " | ".join(rows[0]) + " |", "|".join(["---"] * width), *("| " + " | ".join(r) + " |" for r in rows[1:]), ""]


def printed_facets(markdown: str) -> dict[str, str]:
    """The date a brief prints on its cover ("POLICY BRIEF No. 5 | April 2026") and the publisher of its
    copyright line: the cleaner drops both lines, and a document file has no raw text to read them from later."""
    from ..dates import byline_date
    from ..publisher import copyright_holder

    found = {"date": byline_date(markdown), "publisher": copyright_holder(markdown)}
    return {k: v for k, v in found.items() if v}


def from_markdown(markdown: str, meta: dict[str, str], notes: list[str] | None = None) -> Extracted:
    """What a reader of a document without pages gives: its markdown-like text with its footnotes and endnotes as a
    section of their own at the end, the date and publisher it prints (`printed_facets`) beside its properties
    (`meta`), cleaned, and titled by its stated title when the text shows no headline."""
    from dataclasses import replace

    from ..cleaning import clean

    if notes:
        from ..langdata import lang_data, script_language

        heading = lang_data(script_language(markdown)).notes_heading
        markdown += f"\n\n## {heading}\n\n" + "\n\n".join(notes) + "\n"
    meta = {**printed_facets(markdown), **meta}  # a date or publisher the file states beats one it prints
    cleaned = clean(markdown, "markdown")
    if meta.get("title") and not cleaned.title:
        cleaned = replace(cleaned, title=meta["title"])
    return Extracted(cleaned, (), meta)


def extract(kind: str, data: bytes) -> Extracted:
    """Read one file of `kind` (a value of `FORMATS`); UnreadableDocument when it cannot be read."""
    from importlib import import_module

    if kind not in FORMATS.values():
        raise ValueError(f"unknown document format {kind!r}")
    reader = getattr(import_module(f".{kind}", __name__), f"read_{kind}")
    return reader(data)
