"""Metadata a file states about itself: a Markdown file's YAML front matter, an HTML page's title."""

from __future__ import annotations

import datetime as dt
import html
import re

__all__ = ["described_post", "html_title", "marked_post", "page_title", "quoted_post", "reader_header", "split_front_matter", "stated_headline"]

_KEY_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$|^\s+\S.*$|^\s*-\s.*$")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TOML_FRONT = re.compile(r"\A\ufeff?\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)  # Hugo's TOML
# a line that is only a static-site generator's template tag: Hugo's shortcodes ("{{< figure … >}}", "{{% note %}}",
# "{{< /notice >}}") and Liquid's ("{% include … %}"); what a paired tag wraps stays, to be judged as any line is
_TEMPLATE_LINE = re.compile(r"^[ \t]*(?:\{\{[<%].*?[%>]\}\}|\{%.*?%\})[ \t]*\r?$\n?", re.MULTILINE)
_TEMPLATE_TAG = re.compile(r"\{\{[<%].*?[%>]\}\}")  # one inside a line: a link's target ("({{< ref "…" >}})")
# front-matter key -> the metadata field it fills (the names static-site generators and Pandoc use)
_KEYS = {
    "title": "title",
    "date": "date", "published": "date", "pubdate": "date", "publishdate": "date", "published_at": "date",
    "publisher": "publisher", "source": "publisher", "site": "publisher", "site_name": "publisher",
    "author": "author", "authors": "author",
    "lang": "language", "language": "language",
    "url": "url", "link": "url",
    "url source": "url", "published time": "date",  # the header a reader tool writes above a page's Markdown
}
# "Title: ...", "URL Source: ...", "Published Time: ..." lines, then "Markdown Content:": a page fetched
# through a reader tool and saved as Markdown or text
_READER = re.compile(r"\A\ufeff?((?:[A-Z][A-Za-z ]{1,30}:[^\n]*\n\s*){1,8})Markdown Content:[ \t]*\n")


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """A Markdown text's YAML front matter ('---' ... '---' at the very top), or Hugo's TOML ('+++' ... '+++'), apart
    from its body, which loses its template tags (Hugo's shortcodes, Liquid's tags).

    Returns (body, fields) where fields maps title, date, publisher, author, language and url
    to strings; a block that is not a YAML mapping is left in the text as it was.
    A stated title opens the body as its headline ('# title'), as a rendered page shows it.
    """
    text = _TEMPLATE_TAG.sub("", _TEMPLATE_LINE.sub("", text))
    match = _FRONT.match(text)
    toml = None if match else _TOML_FRONT.match(text)
    loaded: object
    if toml:
        import tomllib

        try:
            loaded = tomllib.loads(toml.group(1))
        except tomllib.TOMLDecodeError:
            return text, {}
        match = toml
    elif not match:
        return reader_header(text)
    else:
        loaded = _yaml_mapping(match.group(1))
    if not isinstance(loaded, dict):
        return text, {}
    fields: dict[str, str] = {}
    for key, value in loaded.items():
        field = _KEYS.get(str(key).strip().lower())
        if field is None or field in fields:
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v is not None)
        if isinstance(value, (dt.datetime, dt.date)):
            value = value.isoformat()
        value = " ".join(str(value).split()) if value is not None else ""
        if value:
            fields[field] = value
    body = text[match.end() :]
    # the headline the page would show; a file of front matter alone holds no article
    head = f"# {fields['title']}\n" if "title" in fields and body.strip() else ""
    return head + "\n" + body, fields


def _yaml_mapping(block: str) -> object:
    """A YAML front matter block as Python data (None when it is not YAML at all)."""
    import yaml

    try:
        return yaml.safe_load(block)
    except yaml.YAMLError:  # keys and values a YAML parser refuses ('title: [draft'): read line by line
        if not all(_KEY_LINE.match(line) for line in block.splitlines() if line.strip()):
            return None
        lines = [_KEY_LINE.match(line) for line in block.splitlines()]
        return {m.group(1): m.group(2) for m in lines if m and m.group(1) and m.group(2)}


def reader_header(text: str, heading: str = "# ") -> tuple[str, dict[str, str]]:
    """A reader tool's header ('Title: ...' ... 'Markdown Content:') apart from the page, like front matter;
    the title opens the body as its headline (`heading` + title: plain text has no '#')."""
    match = _READER.match(text)
    if not match:
        return text, {}
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        field = _KEYS.get(key.strip().lower())
        value = " ".join(value.split())
        if field and value and field not in fields:
            fields[field] = value
    if "title" not in fields:
        return text, {}
    body = text[match.end() :]
    return f"{heading}{fields['title']}\n\n{body}", fields


_OG_TITLE = re.compile(
    r"<meta\b[^>]*\b(?:property|name)\s*=\s*[\"'](?:og:title|twitter:title)[\"'][^>]*>", re.IGNORECASE
)
_CONTENT = re.compile(r"\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_QUOTED_POST = re.compile(r"^(.{2,80}?):\s*[\"“«](.+)[\"”»]\s*(?:[|/–—-]\s*[^\"“”«»|/]{1,40})?$")  # 'Nora on X: "…" / X'
QUOTED_POST_WORDS = 4  # words of a quoted post at least, to stand as the page's headline
_SITE_SUFFIX = re.compile(r"\s+[|—–-]\s+[^|—–-]{1,40}$")  # "Headline | Site Name", "Headline - Новости"
SITE_TITLE_WORDS = 3  # words a title keeps at least, once the site's name after it goes


def less_site(title: str, suffix: re.Pattern[str] = _SITE_SUFFIX) -> str:
    """`title` less the site's name after its last separator (`suffix`: a bar or a dash), when `SITE_TITLE_WORDS` words
    or more are left: "Headline of the story | Site Name" -> "Headline of the story"; "Ports | Lorna Daily" stays."""
    shorter = suffix.sub("", title)
    return shorter if len(shorter.split()) >= SITE_TITLE_WORDS else title


def _og_title(head: str) -> str | None:
    stated = (" ".join(html.unescape(c.group(1) or c.group(2) or "").split())
              for tag in _OG_TITLE.findall(head) if (c := _CONTENT.search(tag)))
    return next((title for title in stated if title), None)


def _title_tag(head: str) -> str | None:
    """The text of the page's <title>, its markup and entities read, its spaces collapsed; None without one."""
    match = _TITLE_TAG.search(head)
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", match.group(1))).split()) if match else None


def quoted_post(raw: str) -> str | None:
    """The post a social post's page quotes in its <title> ('Nora Veldt on X: "…" / X') when its og:title names only
    the poster ("Nora Veldt on X"): the page states it as its headline, above whatever its column header says ("Post")."""
    head = raw[:200_000]
    title = _title_tag(head)
    post = _QUOTED_POST.search(title) if title is not None else None
    og = _og_title(head)
    if post and og and len(post.group(2).split()) >= QUOTED_POST_WORDS and og in post.group(1):
        return post.group(2)
    return None


_OG_DESCRIPTION = re.compile(r"<meta\b[^>]*\bproperty=[\"']og:description[\"'][^>]*>", re.IGNORECASE)
_H1 = re.compile(r"<h1\b", re.IGNORECASE)
DESCRIBED_WORDS = 25  # words of a page's description at most, to stand as its post's headline


def described_post(raw: str) -> str | None:
    """The headline a community's post page states only as its description: a page without an <h1> whose og:title
    names only its owner (its <title> less the site's name: "Lorna Birds | VK") and whose og:description is a short
    line ending no sentence (the post's first line, `corpus` finds it whole in the text)."""
    head = raw[:200_000]
    title, og, described = _title_tag(head), _og_title(head), _OG_DESCRIPTION.search(head)
    if title is None or not og or not described or _H1.search(raw) or not (content := _CONTENT.search(described.group(0))):
        return None
    text = " ".join(html.unescape(content.group(1) or content.group(2) or "").split())
    if _SITE_SUFFIX.sub("", title) != og or not QUOTED_POST_WORDS <= len(text.split()) <= DESCRIBED_WORDS \
            or text[-1:] in ".!?…":
        return None
    return text


def marked_post(raw: str, source: str) -> str:
    """`source` (the page's text) with the headline of a post's page marked "# ": the post its <title> quotes (what is
    above it is the page's header, "Post"), the line a community's page describes itself by (`described_post`), or
    on a word processor's web page the first line that is its <title> where no headline is marked above it. A line
    in capitals that is the <title> (the site's name in its banner, the page's own title naming only the site) goes."""
    if post := quoted_post(raw):
        return re.sub(rf"^{re.escape(post)}", lambda m: f"# {m.group(0)}\n", source, count=1, flags=re.MULTILINE)
    if post := described_post(raw):
        return re.sub(rf"^{re.escape(post)}$", lambda m: f"# {m.group(0)}", source, count=1, flags=re.MULTILINE)
    title = html_title(raw)  # the site's name in its banner, in capitals, that the <title> gives ("Комитет … - Новости")
    banner = re.search(rf"^{re.escape(title.upper())}$\n?", source[:TITLED_HEAD_CHARS], re.MULTILINE) \
        if title and len(title.split()) >= 3 and title != title.upper() else None
    if banner:
        source = source[: banner.start()] + source[banner.end():]
    # a word processor's web page without a marked headline above the line its <title> repeats: that line (a Word
    # web page's "Информация о …" under its sender's letterhead)
    word_page = title if _WORD_PAGE.search(raw[:20_000]) else None
    found = re.search(rf"^{re.escape(word_page)}$", source[:TITLED_HEAD_CHARS], re.MULTILINE) \
        if word_page and len(word_page.split()) >= 3 else None
    if found and not re.search(r"^#{1,2} ", source[: found.start()], re.MULTILINE):
        return f"{source[: found.start()]}# {source[found.start():]}"
    return source


TITLED_HEAD_CHARS = 3000  # how far into a page's text its <title> is looked for as a line of its own
_WORD_PAGE = re.compile(r"""<meta\s+name=["']?(?:generator|progid)["']?\s+content=["']?(?:microsoft word|word\.document|libreoffice|openoffice)""",
                        re.IGNORECASE)  # a document saved as a web page by its word processor, its <title> the document's


def html_title(raw: str) -> str | None:
    """An HTML page's headline from its og:title (else twitter:title), else its <title> less a site suffix. A social
    post's page names its poster there ("Nora Veldt on X") and quotes the post in its <title> ('Nora Veldt on X: "…"
    / X'): the quoted words are the headline."""
    head = raw[:200_000]
    stated = quoted_post(raw) or _og_title(head)
    if stated:
        return stated
    title = _title_tag(head)
    if title is None:
        return None
    return less_site(title) or None


def title_words(text: str) -> list[str]:
    """A title's words, lower case, as the title checks compare them."""
    return re.findall(r"\w+", text.lower())


SHORT_HEADLINE_WORDS = 2  # words of a page's headline that its stated title may extend ("Lorna")
FULLER_TITLE_WORDS = 12  # words of such a stated title at most


def fuller_title(headline: str, stated: str | None) -> str:
    """A page's stated title (its og:title, or its <title> less the site's name) when the page's own headline is one or
    two words and the stated title opens on them and says more ("Lorna" under the caption "Foreign travel advice",
    "Lorna travel advice" stated): the short headline names the page's subject, the stated title what the page is.
    Else the headline."""
    head = title_words(headline)
    if not stated or not head or len(head) > SHORT_HEADLINE_WORDS:
        return headline
    stated = _SITE_SUFFIX.sub("", stated).strip()
    full = title_words(stated)
    return stated if len(head) < len(full) <= FULLER_TITLE_WORDS and full[: len(head)] == head else headline


POSTER_LINES = 3  # a name over this many of a page's posts is their poster's


def page_title(stated: str | None, source: str | None) -> str | None:
    """An HTML page's stated title, unless it names the poster of the page's posts (the name over every post,
    POSTER_LINES times or more) or nothing (an app's placeholder: a chat export's «Экспортированные данные», "Exported
    Data"; `placeholder_titles` in data/lang): then its first post's bold headline ("**…**" alone on its line)."""
    from .langdata import all_lang_data

    lines = [line.strip() for line in (source or "").splitlines() if line.strip()]
    if not stated or not lines:
        return stated
    placeholder = any(stated.lower().rstrip(" .") in ld.placeholder_titles for ld in all_lang_data())
    if lines.count(stated) < POSTER_LINES and not placeholder:
        return stated
    bold = re.search(r"^\*\*([^*\n]{3,})\*\*$", source or "", re.MULTILINE)
    return " ".join(bold.group(1).split()) if bold else stated


STATED_SPAN = 4  # lines an HTML page's og:title is set over at most in its text
STATED_WORDS = 6  # words of an og:title read over several lines at least


def stated_headline(text: str, raw: str) -> str:
    """The flattened page `text` with the lines its og:title is set over made one headline: an act's page sets its
    title as three paragraphs ("COUNCIL DECISION (CFSP) 2025/2463", "of 1 December 2025", "extending …") that the
    og:title says in one ("Council Decision (CFSP) 2025/2463 of 1 December 2025 extending …"); read apart, the second
    is a dateline and the page's number above them its title."""
    stated = _og_title(raw[:200_000])
    wanted = title_words(stated or "")
    if len(wanted) < STATED_WORDS:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        said, used = [], []
        for j in range(i, len(lines)):
            if not lines[j].strip():
                continue
            said += title_words(lines[j].lstrip("#"))
            used.append(j)
            if said != wanted[: len(said)] or len(used) > STATED_SPAN:
                break
            if said == wanted:
                if len(used) < 2:
                    break  # one line already: its own rules read it
                return "\n".join(["# " + stated if k == used[0] else x for k, x in enumerate(lines) if k not in used[1:]])
    return text
