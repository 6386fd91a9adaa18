"""DOCX -> cleaned text with python-docx: headings become sections, tables rows with their header."""

from __future__ import annotations

import io
import re
import zipfile
from itertools import pairwise
from typing import Any

from ..boilerplate_legal import is_sign_label
from . import Extracted, UnreadableDocument, from_markdown, pipe_table, stated_properties

__all__ = ["accept_changes", "docx_markdown", "notes_text", "read_docx", "text_box_paragraphs"]

_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
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


def _xml_text(paragraph: Any) -> str:
    """The text of a w:p element (its runs' w:t), spaces normalised."""
    return " ".join("".join(t.text or "" for t in paragraph.iter(f"{_W}t")).split())


def text_box_paragraphs(paragraph: Any) -> list[str]:
    """The paragraphs of the text boxes anchored in a python-docx paragraph (sidebars, pull quotes).

    python-docx's `Paragraph.text` skips them. Word writes each box twice, as a DrawingML shape
    and as a VML fallback for old readers (`mc:Fallback`): only the first is read.
    """
    out: list[str] = []
    for box in paragraph._p.iter(f"{_W}txbxContent"):
        if any(node.tag == _FALLBACK for node in box.iterancestors()):
            continue
        out += [text for p in box.iter(f"{_W}p") if (text := _xml_text(p))]
    return out


def notes_text(data: bytes) -> list[str]:
    """The footnotes and endnotes of a .docx file's zip, in order (separators left out).

    python-docx does not read them; analysis papers keep their sources and asides there.
    """
    from lxml import etree

    notes: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part, tag in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
            if part not in archive.namelist():
                continue
            try:
                root = etree.fromstring(archive.read(part), etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError:  # damaged notes cost the notes, not the article
                continue
            for note in root.iter(f"{_W}{tag}"):
                if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = " ".join(t for p in note.iter(f"{_W}p") if (t := _xml_text(p)))
                if text:
                    notes.append(text)
    return notes


# a draft's tracked changes read as Word shows them with all changes accepted: what was deleted or moved away
# goes, what was inserted or moved in stays (python-docx reads neither: a run inside w:ins is no child of w:p)
_REJECTED = frozenset(f"{_W}{tag}" for tag in ("del", "moveFrom"))
_ACCEPTED = frozenset(f"{_W}{tag}" for tag in ("ins", "moveTo"))


def accept_changes(root: Any) -> None:
    """Accept every tracked change under the lxml element `root` in place: deletions (w:del, w:moveFrom) are
    removed with their text, insertions (w:ins, w:moveTo) give their runs to their parent. A deleted
    paragraph mark (w:del inside w:rPr) and the change records of formatting are left: they hold no text."""
    for node in list(root.iter(*_REJECTED, *_ACCEPTED)):
        parent = node.getparent()
        if parent is None or parent.tag == f"{_W}rPr":
            continue
        if node.tag in _REJECTED:
            parent.remove(node)
            continue
        at = parent.index(node)
        for k, child in enumerate(list(node)):
            parent.insert(at + k, child)
        parent.remove(node)


def _style_name(paragraph: Any) -> str:
    return (paragraph.style.name if paragraph.style is not None else "") or ""


_CONTENTS_STYLE = re.compile(r"^toc(?:\s*\d|\s+heading)$", re.IGNORECASE)  # Word's "TOC 1" … "TOC 9", "TOC Heading"


def _is_contents(style: str) -> bool:
    return bool(_CONTENTS_STYLE.match(style.strip()))


def _drop_contents_heading(lines: list[str]) -> None:
    """The heading right above a table of contents ("Contents", «Содержание»; `contents_headings` in data/lang)."""
    from ..langdata import is_contents_heading

    filled = [k for k, line in enumerate(lines) if line.strip()]
    if filled and is_contents_heading(lines[filled[-1]]):
        del lines[filled[-1]]


def _is_title(style: str) -> bool:
    return style.strip().lower() == "title"


LETTERHEAD_LINES = 6  # paragraphs at the top a letterhead in capitals may take, its headline below them
HEADLINE_WORDS = 3  # words at least of that headline («Пресс-служба» under the ministry's name is none)


def _letterhead_headline(paragraphs: list[Any]) -> Any | None:
    """The headline under a letterhead: when the first bold line is in capitals («МИНИСТЕРСТВО …», a ministry's name in
    two languages, its press service and address under it), the first bold line of `HEADLINE_WORDS` words or more
    not in capitals among the top `LETTERHEAD_LINES` paragraphs; None otherwise."""
    top = [p for p in paragraphs if p.text.strip()][:LETTERHEAD_LINES]
    bold = [p for p in top if _is_bold_line(p, " ".join(p.text.split()))]
    if not bold or bold[0] is not top[0] or not bold[0].text.isupper():
        return None
    return next((p for p in bold if not p.text.isupper() and len(p.text.split()) >= HEADLINE_WORDS), None)


def _paragraph_lines(block: Any, before: list[str], titled: bool = False, headline: Any | None = None) -> list[str]:
    """One paragraph as markdown-like lines: a heading, a list item or a paragraph (`before`: the lines so far).
    A bold first line is the headline unless the document has a paragraph in the Title style (`titled`): then
    it is a heading above it, the sender's name on a briefing's cover; or unless a letterhead in capitals stands above
    the `headline`."""
    text = " ".join(block.text.split())
    if not text:
        return [""]
    style = _style_name(block)
    match = _HEADING.match(style.strip())
    first = block._p is headline._p if headline is not None else not any(before)
    if _is_title(style) or (_is_bold_line(block, text) and first and not titled):
        return ["", f"# {text}", ""]
    if _is_bold_line(block, text) and not style.lower().startswith("list"):
        return ["", f"## {text}", ""]  # a heading typed as a bold line, without a heading style
    if match:
        return ["", f"{'#' * min(6, int(match.group(1)) + 1)} {text}", ""]
    if style.lower().startswith("list"):
        return [f"- {text}"]
    return [text, ""]


LAYOUT_CELL_CHARS = 400  # a cell holding this much text is a frame around the text, not a datum


def _is_layout(table: Any) -> bool:
    """A table that frames text rather than holding data: one row or one column (a boxed memo), a
    cell of several paragraphs or `LAYOUT_CELL_CHARS` characters, or a table inside a cell."""
    rows = table.rows
    if len(rows) < 2 or len(table.columns) < 2:
        return True
    for row in rows:
        for cell in row.cells:
            if cell.tables or len(cell.text) >= LAYOUT_CELL_CHARS:
                return True
            if sum(1 for p in cell.paragraphs if p.text.strip()) >= 2:
                return True
    return False


def _is_labelled(table: Any) -> bool:
    """A table of labels and values: two columns, the first in bold in every row and the second in none
    (a wiki page's properties), where a data table bolds its header row."""
    bold = lambda cell: any(run.bold for p in cell.paragraphs for run in p.runs)
    rows = table.rows
    return len(table.columns) == 2 and all(bold(r.cells[0]) and not bold(r.cells[1]) for r in rows)


def _flow(blocks: Any) -> Any:
    """Paragraphs and data tables in reading order, with layout tables (`_is_layout`) opened: their
    cells' paragraphs and tables come in their place, each cell once (merged cells repeat)."""
    from docx.table import Table

    for block in blocks:
        if not isinstance(block, Table) or not _is_layout(block):
            yield block
            continue
        seen: set[int] = set()
        for row in block.rows:
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                yield from _flow(cell.iter_inner_content())


def docx_markdown(document) -> str:  # type: ignore[no-untyped-def]
    """The body of a python-docx Document in reading order as markdown-like lines.

    Headings become "#" lines (the Title style the top one), tables pipe tables whose first
    row is the header, so the cleaner rebuilds each row as "Header: cell; Header: cell."
    """
    from docx.table import Table

    lines: list[str] = []
    titled = any(_is_title(_style_name(p)) for p in document.paragraphs)
    headline = _letterhead_headline(document.paragraphs)
    for block in _flow(document.iter_inner_content()):
        if isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # a merged cell repeats: keep it once per row
                    text = _cell(cell.text)
                    cells.append(text)
                rows.append(cells)
            rows = [r for r in rows if any(r)]
            if _is_labelled(block):  # a page's properties: "Owner: Tom Whitfield", a line each
                lines += [line for r in rows for line in ("", f"{r[0].rstrip(':')}: {r[1]}")] + [""]
                continue
            lines += pipe_table(rows)
            continue
        if _is_contents(_style_name(block)):  # Word's table of contents: the headings again, with their pages
            _drop_contents_heading(lines)
            continue
        lines += _paragraph_lines(block, lines, titled, headline)
        for box in text_box_paragraphs(block):  # a sidebar or pull quote: after the paragraph holding it
            lines += ["", box, ""]
    return "\n".join(_caps_title_continued(lines))


PROSE_WORDS = 8  # words of the text's first sentence at least
TITLE_KIND_WORDS = 4  # words of a paper's kind in capitals over its subject («ПОЯСНИТЕЛЬНАЯ ЗАПИСКА» / «к проекту …»)
SECTION_HEADINGS = 4  # headings under a paper's kind and subject that are its sections, not a headline of its own, at least


def _caps_title_continued(lines: list[str]) -> list[str]:
    """Lines where a bold line in capitals naming the paper's kind goes on in the next paragraph, opening in lower case
    («ПОЯСНИТЕЛЬНАЯ ЗАПИСКА» over «к проекту Закона …», "MEMORANDUM" over "on the …"), with the two as the headline,
    when none stands above them and no heading but numbered ones ("1. Background") stands between them and the text, or
    the heading between is the first of SECTION_HEADINGS or more, the paper's sections («ОТЗЫВ» / «официального
    оппонента …» over «# Актуальность темы» and the review's other sections)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for a, b in pairwise(filled):
        kind, rest = lines[a].lstrip("#").strip(), lines[b].lstrip("#").strip()
        if lines[a].startswith(("## ", "# ")) and kind.isupper() and len(kind.split()) <= TITLE_KIND_WORDS \
                and rest[:1].islower() and not rest.endswith(":"):  # «ОТЧЁТ О …» over «по теме:»: a label, no subject
            below = [x for x in lines[b + 1 :] if x.strip()]
            prose = next((k for k, x in enumerate(below) if not x.startswith("#") and len(x.split()) >= PROSE_WORDS
                          and x.rstrip()[-1:] in ".!?…"), len(below))
            sections = sum(1 for x in below if x.startswith("#"))  # SECTION_HEADINGS or more: the paper's sections
            if sections < SECTION_HEADINGS and any(x.startswith("#") and not x.lstrip("# ")[:1].isdigit() for x in below[:prose]):
                break  # a headline of its own below: the lines above are a speech's or a report's cover
            return [*lines[:a], f"# {kind} {rest}", *lines[a + 1 : b], *lines[b + 1 :]]
        if lines[a].startswith("# ") and not is_sign_label(kind):
            break  # a headline of its own, not a form's label over its signature («УТВЕРЖДАЮ»)
    return lines


def read_docx(data: bytes) -> Extracted:
    """A Word document's text, sections and core properties; UnreadableDocument when it is no DOCX."""
    from docx import Document as open_docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = open_docx(io.BytesIO(data))
        accept_changes(document.element)
        markdown = docx_markdown(document)
        notes = notes_text(data)
        props = document.core_properties
        meta = stated_properties({"title": props.title, "author": props.author, "language": props.language})
        when = props.created
        if when is not None and (props.author, when.isoformat()) not in _TEMPLATE_STAMPS:
            meta["created"] = when.date().isoformat()  # when the file was made: a byline date comes first
    except zipfile.BadZipFile:
        raise UnreadableDocument("not a Word document (not a valid zip file)") from None
    except (PackageNotFoundError, KeyError):
        raise UnreadableDocument("not a Word document (a zip file without the parts of one)") from None
    except (ValueError, AttributeError, TypeError, OSError) as exc:
        raise UnreadableDocument(f"damaged Word document ({type(exc).__name__})") from None
    except Exception as exc:  # lxml's XMLSyntaxError and friends: junk inside the zip
        raise UnreadableDocument(f"damaged Word document ({type(exc).__name__})") from None
    return from_markdown(markdown, meta, notes)
