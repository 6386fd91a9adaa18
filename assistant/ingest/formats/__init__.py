"""Readers for binary document formats (PDF, DOCX): raw bytes -> cleaned text, pages, embedded metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...records import Cleaned

__all__ = ["FORMATS", "Extracted", "UnreadableDocument", "extract"]

# file suffix -> reader name; corpus.py scans these beside its text formats
FORMATS = {".pdf": "pdf", ".docx": "docx"}


class UnreadableDocument(Exception):
    """A file of a known format that cannot be read; the message says why, in a few words."""


@dataclass(frozen=True)
class Extracted:
    """What a reader found: the cleaned text, where each page starts in it, embedded metadata."""

    cleaned: Cleaned
    page_starts: tuple[int, ...] = ()  # offset in cleaned.text where page 1, 2, ... begins
    meta: dict[str, str] = field(default_factory=dict)  # title, created (ISO), author, language


def extract(kind: str, data: bytes) -> Extracted:
    """Read one file of `kind` ("pdf" or "docx"); UnreadableDocument when it cannot be read."""
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data)
    if kind == "docx":
        from .docx import read_docx

        return read_docx(data)
    raise ValueError(f"unknown document format {kind!r}")
