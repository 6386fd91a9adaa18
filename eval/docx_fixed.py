"""Save a python-docx document the same byte for byte on every run: fixed core properties, and the zip's members
stamped with the document's modification time instead of the clock's; Word's PAGE field for a footer; a centred line
in bold; a justified paragraph with its first line indented; a Russian official paper's page (Times New Roman, its
margins). Shared by the
fresh sets' Word generators (`make_unseen39_docx.py`, `make_unseen46_docx.py`, `make_unseen52_docx.py` and those after
it)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.section import Section
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph


def save_fixed(doc: Document, out: Path, *, title: str, author: str, created: dt.datetime, modified: dt.datetime,
               revision: int) -> None:
    """`doc` written to `out` with these core properties (the author also its last editor; no comments, keywords or
    subject), every zip member dated `modified`."""
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = created
    props.modified = modified
    props.revision = revision
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    doc.save(buffer)
    stamp = (modified.year, modified.month, modified.day, modified.hour, modified.minute, modified.second)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def field(paragraph: Paragraph, instr: str, cached: str, *, half_points: int | None = None) -> None:
    """A Word field (PAGE, NUMPAGES) with its cached result, as Word saves it; each run in `half_points` type if given."""
    w = nsdecls("w")
    size = f'<w:rPr><w:sz w:val="{half_points}"/></w:rPr>' if half_points else ""
    for xml in (
        f'<w:r {w}>{size}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}>{size}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {w}>{size}<w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {w}>{size}<w:t>{cached}</w:t></w:r>',
        f'<w:r {w}>{size}<w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def page_field(paragraph: Paragraph, cached: str) -> None:
    """Word's PAGE field with its cached result, as Word saves it."""
    field(paragraph, "PAGE", cached)


def centred(doc: Document, text: str, *, bold: bool = True, size: float = 13, before: float = 0,
            after: float = 0) -> Paragraph:
    """A paragraph of `text` centred, in bold unless told, in `size` points, with its spacing before and after."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    return p


def justified(doc: Document, text: str, *, indent: bool = True, after: float = 0, spacing: float = 1.15) -> Paragraph:
    """A paragraph of `text` justified, its first line indented 1.25 cm unless told, with its space after (points) and
    its line spacing."""
    p = doc.add_paragraph(text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.line_spacing = spacing
    return p


def official_document(size: float, left: float, right: float, top: float | None = None,
                      bottom: float | None = None) -> tuple[Document, Section]:
    """A new Word document set in Times New Roman of `size` points, its first section's margins in centimetres (left
    and right; top and bottom when given), and that section: a Russian official paper's page."""
    return new_document("Times New Roman", size, left, right, top, bottom)


def new_document(font: str, size: float, left: float, right: float, top: float | None = None,
                 bottom: float | None = None) -> tuple[Document, Section]:
    """A new Word document set in `font` of `size` points, its first section's margins in centimetres (left and right;
    top and bottom when given), and that section."""
    import docx

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    section = doc.sections[0]
    section.left_margin, section.right_margin = Cm(left), Cm(right)
    if top is not None and bottom is not None:
        section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
    return doc, section
