"""HTML pages flattened to the Markdown-like text the cleaner reads (headings, paragraphs, lists, tables)."""

from __future__ import annotations

import functools
import re
from html.parser import HTMLParser

# --------------------------------------------------------------------------- html

_HTML_SKIP = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "form", "head", "title", "noscript", "template", "svg", "iframe",
    "button", "select", "textarea",  # a page's controls ("Share", "Subscribe", "Reply"), never its text, as Readability drops them
})
# ARIA landmark roles of the page around the article (a <div role="navigation"> is a <nav>): skipped like those tags
_SKIPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_COMMENT_MARK = re.compile(r"^#cmnt\d+$")  # a reviewer's comment marked in the text ("[a]"), as a Google Docs export links it
_SCRIPT_LINK = re.compile(r"^\s*(?:#\s*$|javascript:)", re.IGNORECASE)  # href="#", "javascript:void(0)": a button
# an element holding the page's comments (its id or a class: <section id="comments">, <div class="comment-list">), skipped too
_COMMENTS_BOX = re.compile(r"^(?:comments?|comment[-_]?(?:list|section|area|thread|s-section|s-area)|replies|disqus_thread)$"
                           r"|^(?:\w*[-_])?(?:message|msg|post)[-_]reply$", re.IGNORECASE)  # and a reply's quote of the post above
# a box of page furniture by the class names publishing platforms give it: a post's, answer's or letter's signature (+ title),
# a page's pagination and "back to top" link, a blog's author box, a "cite this article" box, a licence line, a list
# of similar or related items and a sidebar's boxes, a sort bar's label, a button, a link to comments, a post's bar of
# reactions (not of its actions: its count of comments opens them), a login box, a newsletter's sign-up box, a paywall's
# offer (not what it wraps: the text on some sites); a notebook's prompts and editors, a heading's anchor ("¶"); a forum post's poster, thanks and number (not its actions: see reactions), the thread's page bar and facts
_CHROME_BOX = re.compile(r"^(?:(?:\w+[-_])*signature(?:[-_]+(?:title|role|post|position))?|pagination|back2top|back[-_]?to[-_]?top|(?:\w+[-_])*author[-_]?(?:box|bio|card)"
                         r"|cite[-_]?(?:box|this|block)|citation[-_]?box|licen[cs]e|(?:\w+[-_])?(?:similar|related)"
                         r"(?:[-_](?:top|bottom|items?|posts?|articles?|stories|links|reading))?|sidebar(?:[-_]\w+)*"
                         r"|btn|(?:\w+[-_])*button|comments?[-_]link|sort[-_]label|(?:\w+[-_])*reactions"
                         r"|(?:\w+[-_])*login(?:[-_]?box)?|newsletter(?:[-_](?:box|signup|form|promo|cta))?|(?:\w+[-_])*paywall[-_]+(?:box|banner|title|text|offer|button|login|prompt|cta|notice|message)"
                         r"|(?:\w+[-_])*(?:input|output)?prompt|(?:jp|cm|nb)[-_](?:\w+[-_])*\w*editor|\w*codemirror\w*|input[-_]area"
                         r"|anchor[-_]link|(?:\w+[-_])*editsection|catlinks|hatnote|navbox|no-?print|hidden-print|d-print-none"
                         r"|(?:avatar|userpic)(?:[-_]\w+)*|initials|from[-_]name|reply[-_]to|pull[-_]?quote|(?:\w+[-_])*poll|post[-_](?:user|author|thanks|number|profile)|user[-_]?info|page[-_]?nav|thread[-_]meta|(?:\w+[-_])*player)$", re.IGNORECASE)
# and a wiki's "[edit]" links, categories, hatnote and navigation box, what no print shows, a poster's picture and name,
# a pull quote (a sentence set large again), a poll with its answers and count of votes, and a media player (its clock)
# a heading that labels the block under it by its class ("abstract-label", "fulltext-label"): the block stays
_LABEL_HEADING = re.compile(r"^(?:\w+[-_])+label$", re.IGNORECASE)
_HTML_BLOCKS = frozenset(["p", "div", "section", "article", "main", "ul", "ol", "blockquote", "pre", "figure", "figcaption",
                          "br", "hr", "dl", "dt", "dd", "h5", "h6", "address", "center", "header"])
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_HTML_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
_TAG_HREF = re.compile(r"/(?:tags?|topics?|hashtags?|tagged|теги|тег|tema|temy|tegi?)/[^/?#\s]+/?(?:[?#]|$)", re.IGNORECASE)
_NOTE_MARK = re.compile(r"<sup\b[^>]*>(.{0,400}?)</sup>", re.IGNORECASE | re.DOTALL)  # a note's mark: "<sup>[3]</sup>" goes
# a link to the page's own note ("#_ftn1", Word's, its mark in styled spans; "#fn3", "#cite_note-2"): it goes the same way
_NOTE_LINK = re.compile(r"""<a\b[^>]*\bhref=["']?#(?:_?ftn|_?edn|fn|footnote|cite_note|note)[-_:]?\d+\b[^>]*>(.{0,2000}?)</a>""", re.IGNORECASE | re.DOTALL)
MIN_ARTICLE_CHARS = 200  # an <article> this long is the page's story: the rest of the page is left out


LAYOUT_CELL_CHARS = 400  # a table cell holding this much text is a page's column, not a datum


class _TableKinds(HTMLParser):
    """Which <table> elements of a page (in order of their start tags) lay the page out rather than
    hold data: those holding another table, a heading, two paragraphs in one cell or a cell of
    `LAYOUT_CELL_CHARS` characters (old sites and mails put the whole story in a table cell)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.layout: set[int] = set()
        self._count = 0
        self._open: list[int] = []  # the tables open now, innermost last
        self._cell_chars = 0
        self._cell_paragraphs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            if self._open:
                self.layout.add(self._open[-1])
            self._open.append(self._count)
            self._count += 1
        elif not self._open:
            return
        elif tag in {"td", "th"}:
            self._cell_chars = self._cell_paragraphs = 0
        elif tag in _HTML_HEADINGS:
            self.layout.add(self._open[-1])
        elif tag == "p":
            self._cell_paragraphs += 1
            if self._cell_paragraphs >= 2:
                self.layout.add(self._open[-1])

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self._cell_chars += len(data.strip())
            if self._cell_chars >= LAYOUT_CELL_CHARS:
                self.layout.add(self._open[-1])


def _layout_tables(raw: str) -> set[int]:
    finder = _TableKinds()
    try:
        finder.feed(raw)
        finder.close()
    except (AssertionError, ValueError):
        return set()
    return finder.layout


def _expander(text: str) -> bool:
    """A button's words that show the rest of a post ("show more", «показать ещё»; `expanders` in data/lang)."""
    from .langdata import all_lang_data

    return any(text.rstrip(" .…") in ld.expanders for ld in all_lang_data())


class _HtmlFlattener(HTMLParser):
    """Html -> markdown-like lines: headings as "#", items as "- ", tables as pipe tables."""

    def __init__(self, layout: set[int] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.layout = layout or set()  # the tables that lay the page out (`_TableKinds`): read as text
        self._tables: list[bool] = []  # per <table> open now, innermost last: whether it is a layout table
        self._table_count = 0
        self.out: list[str] = []
        self.owner: list[int] = []  # per line of `out`: the <article> it is in (its number), or -1
        self._article = -1  # the outermost <article> open now (-1: none)
        self._articles = 0  # outermost <article> elements seen so far
        self._depth = 0  # <article> elements open now (nested ones count)
        self._buffer: list[str] = []
        self._prefix = ""
        self._term = ""  # the <dt> term waiting for its <dd>
        self._term_open = False
        self._skip = 0
        self._roles: list[list] = []  # per element skipped for its role, outermost first: [tag, same tags open in it]
        self._rows: list[list[str]] | None = None
        self._heads: list[list[bool]] = []  # per row of `_rows`: whether each cell is a <th>
        self._cell: list[str] | None = None
        self._cell_is_head = False
        self._links: list[list] = []  # per <a> open now: [the line it starts at (None: inside a line), a block in it,
        # where its text starts in the buffer, whether it links to a tag's page]
        self._tags: list[str] = []  # the texts of the tag links in the line being read ("Aviation", "Central Asia")
        self._bold: str | None = None  # a paragraph's bold opening so far, "" while it is open, None: none
        self._stated = ""  # the page's og:title
        self._spans: list[tuple[int, int]] = []  # where each link ended in the line being read starts and ends in the buffer
        self._pre = 0  # <pre> elements open now: their line breaks are the text's own

    def _headed(self, article: int) -> bool:
        """Whether the page's first <h1> is in `article` or the first thing above it."""
        at = next((i for i, line in enumerate(self.out) if line.startswith("# ")), None)
        if at is None:
            return False
        if self.owner[at] == article:
            return True
        after = next((i for i in range(at + 1, len(self.out)) if self.out[i].strip()), None)
        return self.owner[at] == -1 and after is not None and self.owner[after] == article

    def _emit(self, line: str) -> None:
        self.out.append(line)
        self.owner.append(self._article)

    def _flush(self) -> None:
        self._bold = None
        links, self._spans = self._spans, []
        texts = [re.sub(r"\s+", " ", "".join(self._buffer[a:b])).strip() for a, b in links]
        if len(texts) >= 2 and not self._prefix and all(len(t.split()) >= 2 for t in texts) and not "".join(
                x for i, x in enumerate(self._buffer) if not any(a <= i < b for a, b in links)).strip():
            for line in [*texts, ""]:  # links side by side and nothing else: a list of them, one a line
                self._emit(line)
            self._buffer, self._tags = [], []
            return
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        if self._tags and not re.search(r"\w", functools.reduce(lambda rest, tag: rest.replace(tag, " "), self._tags, text)):
            text = ""  # a line of tag links and nothing else: the story's tags, no text of it
        self._tags = []
        if text:
            self._emit(self._prefix + text)
            if self._prefix not in ("- ", "  "):
                self._emit("")  # list items (and their lines after a <br>) stay together; other blocks end a paragraph
        self._buffer, self._prefix = [], ""

    def _flush_term(self) -> None:
        """A <dt> term no <dd> followed: a line of its own."""
        if self._term:
            self._emit(self._term)
            self._emit("")
            self._term = ""

    def _line_break(self) -> None:
        """<br>: the line ends, the paragraph goes on ("...to discuss<br>the summer schedule"); a
        second <br> in a row, or one with nothing before it, ends the paragraph."""
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        if not text:
            if self.out and self.out[-1] != "":
                self._emit("")
            self._buffer = []
            return
        if self._bold and text == self._bold and not self._prefix:  # "<b>Visa gets a date</b><br>The ...": its heading
            self._emit(f"**{text}**")
            self._emit("")
            self._buffer, self._bold = [], None
            return
        self._emit(self._prefix + text)
        self._buffer, self._prefix, self._tags, self._spans = [], "  " if self._prefix == "- " else "", [], []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if tag == "meta" and named.get("property") == "og:title":
            self._stated = " ".join((named.get("content") or "").split())
        mark = tag == "a" and bool(_COMMENT_MARK.match(named.get("href") or ""))  # left out of its line, which goes on
        if tag not in _HTML_SKIP and tag not in _VOID_TAGS and ((named.get("role") or "").strip().lower() in _SKIPPED_ROLES or any(
                _COMMENTS_BOX.match(token) or _CHROME_BOX.match(token) or (tag in _HTML_HEADINGS and _LABEL_HEADING.match(token))
                for token in f"{named.get('id') or ''} {named.get('class') or ''}".split()) or mark):
            if not mark:
                self._flush()
            self._skip += 1
            self._roles.append([tag, 1])
            return
        if self._roles and tag == self._roles[-1][0] and tag not in _VOID_TAGS:
            self._roles[-1][1] += 1
        if tag in _HTML_SKIP and not (tag == "header" and self._depth):  # an <article>'s own <header>: headline and dek
            self._skip += 1
        elif tag == "article" and not self._skip:
            self._flush()
            if self._depth == 0:
                self._article, self._articles = self._articles, self._articles + 1
            self._depth += 1
        elif tag == "table":
            self._flush()
            is_layout = self._table_count in self.layout
            self._table_count += 1
            self._tables.append(is_layout)
            if not is_layout:
                self._rows = []
        elif tag in {"tr", "td", "th"} and self._tables and self._tables[-1]:
            self._flush()  # a cell of a layout table: a block of the page
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
            self._heads.append([])
        elif tag in {"td", "th"} and self._rows is not None:
            self._cell, self._cell_is_head = [], tag == "th"
        elif tag == "a" and not self._skip:
            self._links.append([None if "".join(self._buffer).strip() else len(self.out), False, len(self._buffer),
                                bool(_TAG_HREF.search(named.get("href") or "")), bool(_SCRIPT_LINK.match(named.get("href") or "x"))])
        elif tag in {"b", "strong"} and not self._skip and self._rows is None and not "".join(self._buffer).strip():
            self._bold = ""
        elif tag == "br" and not self._skip:
            self._card_block()
            self._line_break()
        elif tag == "dd" and not self._skip:
            if self._term_open:  # "<dt>term<dd>": the </dt> may be left out
                self._term = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
                self._buffer, self._term_open = [], False
            self._flush()
            if self._term:  # "<dt>Upstream</dt><dd>4.2 km3</dd>" -> "Upstream: 4.2 km3"
                self._prefix, self._term = f"{self._term}: ", ""
        elif tag == "dt" and not self._skip:
            self._flush()
            self._term_open = True
        elif tag in _HTML_HEADINGS or tag == "li" or tag in _HTML_BLOCKS:
            self._card_block()
            self._flush()
            self._pre += tag == "pre"
            if tag in _HTML_HEADINGS:
                self._prefix = "#" * _HTML_HEADINGS[tag] + " "
            elif tag == "li":
                self._prefix = "- "
            elif tag == "p" and "title" in (named.get("class") or "").split() and not any(x.startswith("#") for x in self.out):
                self._prefix = "# "  # a document's Title style (a Google Docs or word processor export), before any heading

    def handle_endtag(self, tag: str) -> None:
        if self._roles and tag == self._roles[-1][0]:
            self._roles[-1][1] -= 1
            if self._roles[-1][1] == 0:  # the element skipped for its role ends
                self._roles.pop()
                self._skip = max(0, self._skip - 1)
                return
        if tag in _HTML_SKIP and not (tag == "header" and self._depth):
            self._skip = max(0, self._skip - 1)
        elif tag == "a" and self._links and not self._skip:
            self._end_link(*self._links.pop())
        elif tag in {"b", "strong"} and self._bold == "" and not self._skip:
            self._bold = re.sub(r"\s+", " ", "".join(self._buffer)).strip() or None
        elif tag == "article" and self._depth and not self._skip:
            self._flush()
            self._depth -= 1
            if self._depth == 0:
                self._article = -1
        elif tag in {"tr", "td", "th"} and self._tables and self._tables[-1]:
            self._flush()
        elif tag == "table" and self._tables and self._tables[-1]:
            self._flush()
            self._tables.pop()
        elif tag in {"td", "th"} and self._cell is not None and self._rows is not None:
            cell = re.sub(r"\s+", " ", "".join(self._cell)).replace("|", "/").strip()
            if not self._rows:
                self._rows.append([])
                self._heads.append([])
            self._rows[-1].append(cell)
            self._heads[-1].append(self._cell_is_head)
            self._cell = None
        elif tag == "table" and self._rows is not None:
            self._emit_table(self._rows, self._heads)
            self._rows, self._cell, self._heads = None, None, []
            if self._tables:
                self._tables.pop()
        elif tag == "dt" and self._term_open:
            self._flush_term()
            self._term = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
            self._buffer, self._term_open = [], False
        elif tag in _HTML_HEADINGS or tag == "li" or tag in _HTML_BLOCKS:
            self._flush()
            self._pre = max(0, self._pre - (tag == "pre"))
            if tag in {"ul", "ol"}:
                self._emit("")
            if tag == "dl":
                self._flush_term()

    def _card_block(self) -> None:
        """A block starts inside the links open now: they are cards, not links in a line."""
        for link in self._links:
            link[1] = True

    def _end_link(self, start: int | None, blocks: bool, at: int = 0, tag: bool = False, script: bool = False) -> None:
        """A link that holds blocks of two lines or more is a card: a link preview, a reply's quote, a teaser (site,
        title, blurb). It is left out; a headline inside a link ("<a><h2>…</h2></a>") is one line and stays. A link to
        a tag's page ("/tag/aviation") is noted: a line of them and nothing else is left out (`_flush`). A script's
        button that shows the rest of a post ('<a href="#">Показать ещё</a>'; `expanders` in data/lang) is left out."""
        if script and not blocks and _expander(re.sub(r"\s+", " ", "".join(self._buffer[at:])).strip().lower()):
            del self._buffer[at:]
            return
        self._spans.append((at, len(self._buffer)))
        if tag and not blocks and (text := re.sub(r"\s+", " ", "".join(self._buffer[at:])).strip()):
            self._tags.append(text)
        if start is None or not blocks:
            return
        self._flush()
        if sum(1 for line in self.out[start:] if line.strip()) >= 2:
            del self.out[start:], self.owner[start:]

    def _emit_table(self, rows: list[list[str]], heads: list[list[bool]] | None = None) -> None:
        """A table as a pipe table; one whose every row is a <th> with one <td> (an infobox: "Country |
        Veldmark") has no header row: it is one row of "key: value" pairs, as the cleaner rebuilds a row."""
        if heads and len(heads) == len(rows) and all(h == [True, False] for h in heads if h):
            pairs = [f"{key}: {value}" for key, value in (row for row in rows if len(row) == 2) if key and value]
            if pairs:
                self._emit("; ".join(pairs) + ("" if pairs[-1].endswith(".") else "."))
                self._emit("")
            return
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines_only = len(rows) == 1 or all(sum(1 for c in row if c) <= 1 for row in rows)  # a banner, a sidebar's box: no data
        for line in [*(cell for row in rows for cell in row if cell), ""] if lines_only else [lines[0], "|".join(["---"] * len(rows[0])), *lines[1:], ""]:
            self._emit(line)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._rows is None and self._pre and "\n" in data:  # preformatted text (a mail in an archive): each of
            *lines, rest = data.split("\n")  # its lines ends as at a <br>, and an empty one ends the paragraph
            for line in lines:
                self._buffer.append(line)
                self._line_break()
            self._buffer.append(rest)
        elif self._rows is None:
            self._buffer.append(data)

    def text(self) -> str:
        """The page's lines; only its main <article> when it has one (teasers, sidebars and
        "more from" blocks around it are other articles), with the page's headline if outside it."""
        self._flush()
        sizes: dict[int, int] = {}
        for line, owner in zip(self.out, self.owner):
            sizes[owner] = sizes.get(owner, 0) + len(line)
        main = max((k for k in sizes if k >= 0), key=lambda k: sizes[k], default=-1)
        outside = sizes.get(-1, 0)
        others = sum(n for k, n in sizes.items() if k not in (-1, main))
        # the story is the article that holds the page's headline (or follows it), else one that
        # outweighs the rest: a page whose teasers are <article> cards and whose story is in none is read whole
        if main < 0 or sizes[main] < MIN_ARTICLE_CHARS:
            return "\n".join(self.out)
        if not self._headed(main) and sizes[main] < max(outside, others):
            return "\n".join(self.out)
        body = [line for line, owner in zip(self.out, self.owner) if owner == main]
        own = next((i for i, line in enumerate(body) if line.startswith("#") and line.lstrip("#").strip() == self._stated), None)
        if own is not None and not any(line.startswith("# ") for line in body[:own]):
            body[own] = "# " + body[own].lstrip("#").strip()  # its own heading is the page's title: the headline
        if not any(line.startswith("# ") for line in body):  # (a blog's <h1> above it is the blog's name)
            body = [line for line in self.out if line.startswith("# ")][:1] + [""] + body
        return "\n".join(body)


def _html_to_markdown(raw: str) -> str:
    for pattern, mark in ((_NOTE_MARK, r"\s*\[[^][]{1,40}\]\s*"), (_NOTE_LINK, r"\s*(?:\[[^][]{1,40}\]|\d{1,3})\s*")):  # km<sup>2</sup> stays
        raw = pattern.sub(lambda m, mark=mark: "" if re.fullmatch(mark, re.sub(r"<[^>]*>", "", m[1])) else m[0], raw)
    parser = _HtmlFlattener(_layout_tables(raw) if "<table" in raw.lower() else set())
    try:
        parser.feed(raw)
        parser.close()
    except (AssertionError, ValueError):  # html.parser is lenient, but not always
        return re.sub(r"<[^>]*>", " ", raw)
    return parser.text()
