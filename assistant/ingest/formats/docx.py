"""DOCX -> cleaned text with python-docx: headings become sections, tables rows with their header."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from . import Extracted, UnreadableDocument

__all__ = ["docx_markdown", "read_docx"]

_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
# core properties a writer copies from its blank template into every file it makes: not the file's date
_TEMPLATE_STAMPS = frozenset({("python-docx", "2013-12-23T23:15:00+00:00")})


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


def _is_bold_line(paragraph: Any, text: str) -> bool:
    """A short paragraph all in bold and not ending a sentence: a heading set by hand."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs or len(text.split()) > 15 or text[-1] in ".!?;,…":
        return False
    return all(run.bold or (run.bold is None and run.style is not None and run.style.font.bold) for run in runs)


def docx_markdown(document) -> str:  # type: ignore[no-untyped-def]
    """The body of a python-docx Document in reading order as markdown-like lines.

    Headings become "#" lines (the Title style the top one), tables pipe tables whose first
    row is the header, so the cleaner rebuilds each row as "Header: cell; Header: cell."
    """
    from docx.table import Table

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # a merged cell repeats: keep it once per row
                    text = _cell(cell.text)
                    cells.append(text)
                rows.append(cells)
            rows = [r for r in rows if any(r)]
            if rows:
                width = max(len(r) for r in rows)
                rows = [r + [""] * (width - len(r)) for r in rows]
                lines += ["", "| " + " | ".join(rows[0]) + " |", "|".join(["---"] * width)]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                lines.append("")
            continue
        text = " ".join(block.text.split())
        if not text:
            lines.append("")
            continue
        style = (block.style.name if block.style is not None else "") or ""
        match = _HEADING.match(style.strip())
        if style.strip().lower() == "title" or (_is_bold_line(block, text) and not any(lines)):
            lines += ["", f"# {text}", ""]
        elif _is_bold_line(block, text) and not style.lower().startswith("list"):
            lines += ["", f"## {text}", ""]  # a heading typed as a bold line, without a heading style
        elif match:
            lines += ["", f"{'#' * min(6, int(match.group(1)) + 1)} {text}", ""]
        elif style.lower().startswith("list"):
            lines.append(f"- {text}")
        else:
            lines += [text, ""]
    return "\n".join(lines)


def read_docx(data: bytes) -> Extracted:
    """A Word document's text, sections and core properties; UnreadableDocument when it is no DOCX."""
    from docx import Document as open_docx
    from docx.opc.exceptions import PackageNotFoundError

    from ..cleaning import clean

    try:
        document = open_docx(io.BytesIO(data))
        markdown = docx_markdown(document)
        props = document.core_properties
        meta: dict[str, str] = {}
        if props.title and props.title.strip():
            meta["title"] = " ".join(props.title.split())
        if props.author and props.author.strip():
            meta["author"] = " ".join(props.author.split())
        when = props.created
        if when is not None and (props.author, when.isoformat()) not in _TEMPLATE_STAMPS:
            meta["created"] = when.date().isoformat()  # when the file was made: a byline date comes first
        if props.language and props.language.strip():
            meta["language"] = props.language.strip().split("-")[0].lower()
    except zipfile.BadZipFile:
        raise UnreadableDocument("not a Word document (not a valid zip file)") from None
    except (PackageNotFoundError, KeyError):
        raise UnreadableDocument("not a Word document (a zip file without the parts of one)") from None
    except (ValueError, AttributeError, TypeError, OSError) as exc:
        raise UnreadableDocument(f"damaged Word document ({type(exc).__name__})") from None
    except Exception as exc:  # lxml's XMLSyntaxError and friends: junk inside the zip
        raise UnreadableDocument(f"damaged Word document ({type(exc).__name__})") from None
    cleaned = clean(markdown, "markdown")
    if meta.get("title") and not cleaned.title:
        from ...records import Cleaned

        cleaned = Cleaned(cleaned.text, cleaned.sections, meta["title"])
    return Extracted(cleaned, (), meta)
