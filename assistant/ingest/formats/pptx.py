"""PPTX -> cleaned text with python-pptx: each slide's title a section, its text and tables, then its notes.

A briefing deck says its findings twice: in short lines on the slides and in full sentences in the speaker
notes, which is where a presenter's prose is. Each slide is read in the order its shapes stand on it (top to
bottom, left to right): the title as a heading, the bullets of its body and each text box as one paragraph of statements, tables as rows with
their header, groups opened; then the slide's notes as paragraphs. The footer, slide number and date
placeholders repeat on every slide and are left out, and so are pictures and charts. The first slide's title
is the deck's headline; the rest of a title slide (presenter, occasion, date) gives only the date, and an agenda
slide's items are left out. The core properties give the title, author and creation date.
"""

from __future__ import annotations

import io
import re
from typing import Any

from . import Extracted, UnreadableDocument, from_markdown, pipe_table, stated_properties, statement

__all__ = ["deck_markdown", "read_pptx"]


def _paragraphs(frame: Any) -> list[tuple[int, str]]:
    """A text frame's paragraphs with their indent level; a vertical tab (a line break) parts lines."""
    found = []
    for para in frame.paragraphs:
        for line in "".join(run.text for run in para.runs).replace("\v", "\n").split("\n"):
            if text := " ".join(line.split()):
                found.append((para.level, text))
    return found


def _shape_lines(shape: Any, title_id: int | None, lines: list[str]) -> None:
    from pptx.enum.shapes import PP_PLACEHOLDER

    repeated = {PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.HEADER}
    body = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.VERTICAL_BODY, PP_PLACEHOLDER.VERTICAL_OBJECT}
    kind = shape.placeholder_format.type if shape.is_placeholder else None
    if kind in repeated or shape.shape_id == title_id:
        return
    if getattr(shape, "shapes", None) is not None:  # a group: its shapes in their order
        for inner in _in_reading_order(shape.shapes):
            _shape_lines(inner, title_id, lines)
    elif getattr(shape, "has_table", False) and shape.has_table:
        rows = [[" ".join(cell.text.replace("|", "/").split()) for cell in row.cells] for row in shape.table.rows]
        lines.extend(pipe_table(rows))
    elif shape.has_text_frame:
        paragraphs = [text for _, text in _paragraphs(shape.text_frame)]
        if (kind is None or kind in body) and paragraphs:  # bullets, a text box: statements, one paragraph
            lines.append(" ".join(statement(t[0].upper() + t[1:]) for t in paragraphs))
        else:
            lines.extend(paragraphs)
        lines.append("")


def _in_reading_order(shapes: Any) -> list[Any]:
    return sorted(shapes, key=lambda s: ((s.top or 0) // 50000, s.left or 0))  # a row: within half a centimetre


FRONT_WORDS = 40  # words at most of a first slide's text besides its title that make it the deck's title page


def deck_markdown(presentation: Any) -> tuple[str, str]:
    """The slides as markdown-like lines: the first slide's title "#", the others' "##", then each slide's text
    and its speaker notes; and the text of the title page. The first slide's text besides its title, when short and
    without a table (the presenter, the occasion, the date), is the title page's, not the deck's; an agenda slide's
    items are a list of the slides to come. Both keep their notes."""
    from ..langdata import is_agenda_heading

    lines: list[str] = []
    front: list[str] = []
    for number, slide in enumerate(presentation.slides):
        title = slide.shapes.title
        heading = " ".join(title.text_frame.text.split()) if title is not None else ""
        agenda = bool(heading) and number > 0 and is_agenda_heading(heading)
        if heading and not agenda:
            lines.extend(["", f"{'#' if number == 0 else '##'} {heading}", ""])
        body: list[str] = []
        for shape in _in_reading_order(slide.shapes):
            _shape_lines(shape, title.shape_id if title is not None else None, body)
        words = sum(len(line.split()) for line in body)
        if number == 0 and heading and words <= FRONT_WORDS and not any(line.startswith("|") for line in body):
            front.extend(body)
        elif not agenda:
            lines.extend(body)
        notes = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
        if notes is not None:
            for _, text in _paragraphs(notes):
                lines.extend([text, ""])
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n", "\n".join(line for line in front if line)


def _meta(presentation: Any) -> dict[str, str]:
    core = presentation.core_properties
    found = {"title": core.title, "author": core.author, "language": core.language,
             "created": core.created.date().isoformat() if core.created else None}
    return stated_properties(found)


def read_pptx(data: bytes) -> Extracted:
    """A PowerPoint deck's slides, notes and core properties; UnreadableDocument when it is no deck."""
    import zipfile

    from lxml import etree
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        presentation = Presentation(io.BytesIO(data))
        markdown, front = deck_markdown(presentation)
        meta = _meta(presentation)
    except (PackageNotFoundError, zipfile.BadZipFile):
        raise UnreadableDocument("not a PowerPoint deck (not a valid .pptx zip file)") from None
    except (KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise UnreadableDocument(f"not a PowerPoint deck, or a damaged one ({type(exc).__name__})") from None
    from ..dates import byline_date

    if front and (date := byline_date(front)):
        meta.setdefault("date", date)  # the title page's "12 November 2025"
    return from_markdown(markdown, meta)
