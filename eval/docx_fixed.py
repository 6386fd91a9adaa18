"""Save a python-docx document the same byte for byte on every run: fixed core properties, and the zip's members
stamped with the document's modification time instead of the clock's; and Word's PAGE field for a footer. Shared by the
fresh sets' Word generators (`make_unseen39_docx.py`, `make_unseen46_docx.py`, `make_unseen52_docx.py` and those after
it)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
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


def page_field(paragraph: Paragraph, cached: str) -> None:
    """Word's PAGE field with its cached result, as Word saves it."""
    w = nsdecls("w")
    for xml in (
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {w}><w:t>{cached}</w:t></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))
