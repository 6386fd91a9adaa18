"""HTML pages flattened to the Markdown-like text the cleaner reads (headings, paragraphs, lists, tables)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# --------------------------------------------------------------------------- html

_HTML_SKIP = frozenset(
    [
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "head",
        "title",
        "noscript",
        "template",
        "svg",
        "iframe",
    ]
)
_HTML_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "br",
        "hr",
        "dl",
        "dt",
        "dd",
        "h5",
        "h6",
        "address",
        "center",
    ]
)
_HTML_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}


class _HtmlFlattener(HTMLParser):
    """Html -> markdown-like lines: headings as "#", items as "- ", tables as pipe tables."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._buffer: list[str] = []
        self._prefix = ""
        self._skip = 0
        self._rows: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        if text:
            self.out.append(self._prefix + text)
            if self._prefix != "- ":
                self.out.append("")  # list items stay together; other blocks end a paragraph
        self._buffer, self._prefix = [], ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_SKIP:
            self._skip += 1
        elif tag == "table":
            self._flush()
            self._rows = []
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
        elif tag in {"td", "th"} and self._rows is not None:
            self._cell = []
        elif tag in _HTML_HEADINGS or tag == "li" or tag in _HTML_BLOCKS:
            self._flush()
            if tag in _HTML_HEADINGS:
                self._prefix = "#" * _HTML_HEADINGS[tag] + " "
            elif tag == "li":
                self._prefix = "- "

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in {"td", "th"} and self._cell is not None and self._rows is not None:
            cell = re.sub(r"\s+", " ", "".join(self._cell)).replace("|", "/").strip()
            if not self._rows:
                self._rows.append([])
            self._rows[-1].append(cell)
            self._cell = None
        elif tag == "table" and self._rows is not None:
            self._emit_table(self._rows)
            self._rows, self._cell = None, None
        elif tag in _HTML_HEADINGS or tag == "li" or tag in _HTML_BLOCKS:
            self._flush()
            if tag in {"ul", "ol"}:
                self.out.append("")

    def _emit_table(self, rows: list[list[str]]) -> None:
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        self.out.extend([lines[0], "|".join(["---"] * len(rows[0])), *lines[1:], ""])

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._rows is None:
            self._buffer.append(data)

    def text(self) -> str:
        self._flush()
        return "\n".join(self.out)


def _html_to_markdown(raw: str) -> str:
    parser = _HtmlFlattener()
    try:
        parser.feed(raw)
        parser.close()
    except (AssertionError, ValueError):  # html.parser is lenient, but not always
        return re.sub(r"<[^>]*>", " ", raw)
    return parser.text()
