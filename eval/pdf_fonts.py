"""The serif faces the fresh sets' PDF generators set their text in (DejaVu Serif, which has Cyrillic), registered with
fpdf2 as "Serif". Shared by `make_unseen54_pdf.py`, `make_unseen56_pdf.py` and `make_unseen57_pdf.py`."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def add_serif(pdf: FPDF) -> None:
    """DejaVu Serif in its four styles as the font family "Serif" of `pdf`."""
    for style, name in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                        ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(DEJAVU / name))
