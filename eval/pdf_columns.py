"""Text flowed from column to column by the fresh sets' PDF generators (fpdf2): the part of a paragraph that fits the
lines left in a column. Shared by `make_unseen56_pdf.py` and `make_unseen59_pdf.py`."""

from __future__ import annotations

from fpdf import FPDF

NBSP = "\u00a0"


def fitting(pdf: FPDF, width: float, leading: float, text: str, room: int, align: str) -> tuple[str, str]:
    """(what of `text` fits `room` lines of `width` in `pdf`'s current font, what is left). The text itself is cut where
    its line falls, so that a no-break space stays one: the lines fpdf2 returns have their NBSPs as spaces."""
    lines = pdf.multi_cell(width, leading, text, align=align, dry_run=True, output="LINES")
    if len(lines) <= room:
        return text, ""
    cut = sum(len(line) + 1 for line in lines[:room])
    chunk, rest = text[:cut].rstrip(" "), text[cut:].lstrip(" ")
    assert chunk.replace(NBSP, " ") == " ".join(lines[:room]), (chunk, lines[:room])
    return chunk, rest
