"""RTF -> cleaned text with striprtf: paragraphs, table rows with their header, the \\info group's title and date.

Ministries and courts still publish releases and decisions as Rich Text. Word writes Cyrillic in them as
\\'xx escapes of the code page the header declares (\\ansicpg1251) or as \\uN characters; striprtf decodes
both, drops the destinations that hold no text (font and colour tables, page headers and footers, pictures)
and ends each table cell with "|", each row with a new line.
"""

from __future__ import annotations

import codecs
import re

from . import Extracted, UnreadableDocument, from_markdown, pipe_table

__all__ = ["read_rtf", "rtf_markdown"]

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_INFO_TEXT = re.compile(r"\{\\(title|author)\s((?:[^{}\\]|\\'[0-9a-fA-F]{2}|\\[a-z]+-?\d*\??\s?|\\[^a-z])*)\}")
_CREATED = re.compile(r"\{\\creatim\s*\\yr(\d{4})\s*\\mo(\d{1,2})\s*\\dy(\d{1,2})")
_ROW = re.compile(r"^[^|\n]*(?:\|[^|\n]*)*\|\s*$")  # striprtf's table row: each cell ends with "|"


def _code_page(data: bytes) -> str:
    """The code page the header declares (cp1252, RTF's default, when none or an unknown one)."""
    match = _CODE_PAGE.search(data[:4096])
    name = f"cp{int(match.group(1))}" if match else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def rtf_markdown(text: str) -> str:
    """striprtf's text as markdown-like lines: a paragraph a block, a run of table rows a pipe table whose
    first row is the header (the cleaner rebuilds each row as "Header: cell; Header: cell.")."""
    lines: list[str] = []
    table: list[list[str]] = []

    def close_table() -> None:
        lines.extend(pipe_table(table))
        table.clear()

    for line in text.replace("\r", "").split("\n"):
        if _ROW.match(line) and line.count("|") >= 2:
            table.append([" ".join(cell.split()) for cell in line.rstrip().rstrip("|").split("|")])
            continue
        close_table()
        text_line = " ".join(line.replace("\t", " ").split())
        lines.extend([text_line, ""] if text_line else [""])
    close_table()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _info(source: str, rtf_to_text, encoding: str) -> dict[str, str]:
    """The title and author of the document's \\info group, and its creation date (ISO)."""
    meta: dict[str, str] = {}
    for name, value in _INFO_TEXT.findall(source[:65536]):
        text = " ".join(rtf_to_text("{\\rtf1 " + value + "}", encoding=encoding, errors="replace").split())
        if text and name not in meta:
            meta[name] = text
    created = _CREATED.search(source[:65536])
    if created:
        year, month, day = (int(x) for x in created.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            meta["created"] = f"{year:04d}-{month:02d}-{day:02d}"
    return meta


def read_rtf(data: bytes) -> Extracted:
    """A Rich Text document's text and \\info properties; UnreadableDocument when it is no RTF."""
    from striprtf.striprtf import rtf_to_text

    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{\\rtf"):
        raise UnreadableDocument("not an RTF document (it does not open with {\\rtf)")
    encoding = _code_page(head)
    source = head.decode(encoding, errors="replace")  # RTF is 7-bit; a writer's stray 8-bit bytes are its code page's
    try:
        text = rtf_to_text(source, encoding=encoding, errors="replace")
    except (ValueError, IndexError, LookupError) as exc:
        raise UnreadableDocument(f"damaged RTF document ({type(exc).__name__})") from None
    return from_markdown(rtf_markdown(text), _info(source, rtf_to_text, encoding))
