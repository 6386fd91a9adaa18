"""Site chrome in scraped text (menus, share buttons, captions, tables of contents, trailers) and the head with the title."""

from __future__ import annotations

import re
from functools import lru_cache

from .boilerplate_mail import REPLY_WORDS
from .clean_lines import _Line, _line, is_titled_question
from .langdata import all_lang_data

# --------------------------------------------------------------------------- site chrome

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_CHROME_PATTERNS = [
    r"(?i:no results?|view all results?|no menu items!?)",
    r"(?i:home)(?: [A-Z][A-Z &/]*)?",  # breadcrumb "Home ASIA"
    r"(?i:(?:share(?: on \w+?)?\s*)+|(?:share|tweet|pin|email|print)+)",
    r"(?i:advertisement|categories|tags|archives|go to mobile version|toggle)",
    r"(?i:table of contents|contents|in this article)",
    r"(?i:check out our other content|you have free article\S* remaining\b.*)",
    r"(?i:please visit the firm link to site\.?|you can also contribute and send us your article\.?)",
    r"(?i:interested in more\? learn below\.?|this website uses cookies\..*)",
    r"(?i:(?:follow|observe|see) (?:more|extra)\W*)",
    rf"(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:{_MONTHS}) \d{{1,2}},? \d{{4}})",
    rf"(?i:(?:{_MONTHS}) \d{{4}})",  # archive / calendar month
    r"[MTWFS]{7}",  # calendar weekday header
    r"[\d ]+",  # calendar rows
    r"©.{0,80}",
    r"[Bb]y(?: [A-Z][\w.'’-]*){1,4}",  # byline
    r"in [A-Z]{2,}(?: [A-Z]{2,})*",  # category line "in ASIA"
]
_CHROME_RE = re.compile("|".join(f"(?:{p})" for p in _CHROME_PATTERNS))
_CAPTION_RE = re.compile(r".*\((?:photo|image|credit|source)\b[^)]*\)\.?", re.IGNORECASE)
_POINTER_RE = re.compile("[\U0001f446-\U0001f449\u261d]")
_DOMAIN_RE = re.compile(
    r"(?:[-•*]\s*|[\U0001f446-\U0001f449]\s*)?(?:https?://)?(?:www\.)?"
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?",
    re.IGNORECASE,
)
_TRAILER_RE = re.compile(
    r"related posts?|related articles?|previous post|next post|tags?:.*|"
    r"check out our other content|you may also like|more stories|recommended for you",
    re.IGNORECASE,
)
_TOC_RE = re.compile(r"table of contents|contents|in this article", re.IGNORECASE)


def _is_chrome(line: _Line) -> bool:
    """A single line of site furniture (menus, share buttons, dates, bylines, captions, spam)."""
    text = line.text.removeprefix("- ") if line.kind == "bullet" else line.text
    if line.kind in {"blank", "row", "title"}:
        return False
    if not any(ch.isalnum() for ch in text):
        return True
    if _CHROME_RE.fullmatch(text):
        return True
    short = len(text.split()) <= 30
    if short and _CAPTION_RE.fullmatch(text):
        return True
    return len(text.split()) <= 6 and _POINTER_RE.search(text) is not None


def _is_prose(line: _Line) -> bool:
    """A sentence-length paragraph of the article body (a headline asking a question in title case is none, nor
    one ending on a bracket that closes no sentence: «… при землетрясениях (2023–2025)»)."""
    words = len(line.text.split())
    if line.kind != "text" or is_titled_question(line.text):
        return False
    return words >= 20 or (words >= 8 and (line.text[-1] in '.!?:;…"”’' or line.text.endswith((".)", "!)", "?)", "…)"))))


def _is_long_item(line: _Line) -> bool:
    """A numbered paragraph ("1. The Chair opened the hearing by ..."): a report written in them has no other prose."""
    return line.kind == "bullet" and len(line.text.split()) >= 20 and line.text[-1] in ".!?…"


def _cut_trailer(lines: list[_Line]) -> list[_Line]:
    """Drop everything from a "Related Posts" / "Tags:" / "Previous Post" marker on."""
    seen_prose = False
    for index, line in enumerate(lines):
        if seen_prose and line.kind in {"text", "heading"} and _TRAILER_RE.fullmatch(line.text):
            return lines[:index]
        seen_prose = seen_prose or _is_prose(line)
    return lines


def _drop_toc(lines: list[_Line]) -> list[_Line]:
    """A "Table of Contents" marker, its "Toggle" and the bullet list that follows."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        if lines[i].kind in {"text", "heading"} and _TOC_RE.fullmatch(lines[i].text):
            i += 1
            while i < len(lines) and (
                lines[i].kind == "blank" or lines[i].text.lower() in {"toggle", "hide", "show"}
            ):
                i += 1
            while i < len(lines) and lines[i].kind == "bullet":
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _drop_domain_runs(lines: list[_Line]) -> list[_Line]:
    """Runs of two or more lines that are each a bare domain (link-spam lists)."""
    is_domain = [
        line.kind in {"text", "bullet"} and _DOMAIN_RE.fullmatch(line.text) is not None
        for line in lines
    ]
    keep = [True] * len(lines)
    for index, flag in enumerate(is_domain):
        neighbours = (index > 0 and is_domain[index - 1]) or (
            index + 1 < len(lines) and is_domain[index + 1]
        )
        if flag and neighbours:
            keep[index] = False
    return [line for line, kept in zip(lines, keep) if kept]


def _drop_chrome(lines: list[_Line]) -> list[_Line]:
    lines = _drop_toc(_cut_trailer(lines))
    lines = _drop_domain_runs(lines)
    return [line for line in lines if not _is_chrome(line)]


# --------------------------------------------------------------------------- head and title


def _is_menu_item(line: _Line) -> bool:
    text = line.text.removeprefix("- ")
    return len(text.split()) <= 6 and text[-1:] not in ".!?"


def _is_tagline(line: _Line) -> bool:
    """A site's tagline under its masthead ("деловое издание о нефти и газе", "news and analysis since
    1998"): a plain line that starts in lower case and ends no sentence; never a headline."""
    text = line.text.lstrip("«“\"'‘(")
    return line.kind == "text" and text[:1].islower() and text[-1:] not in ".!?…"


HEADING_TITLE_WORDS = 45  # words of a marked heading that may be the title («Пояснительная записка к проекту …»)


def _is_title_candidate(line: _Line) -> bool:
    """A line that may be the headline: 3 to 25 words not ending a sentence (a marked heading up to 45), or a marked
    heading of one or two («Яванская ГЭС», an encyclopaedia's entry) or of two short sentences ("… a Hub. Veldmark Is
    Tempted."); never a tagline or a table's row."""
    words = line.text.split()
    fewest, most = (1, HEADING_TITLE_WORDS) if line.kind == "heading" else (3, 25)  # a marked heading: an act's title
    two_sentences = line.kind == "heading" and ". " in line.text  # "… Make Lorna a Hub. Veldmark Is Tempted."
    return (line.kind in {"text", "heading"} and fewest <= len(words) <= most and (line.text[-1] != "." or two_sentences)
            and not _is_tagline(line) and not line.text.startswith("|") and " · " not in line.text)  # a strapline's parts


def _split_head(lines: list[_Line]) -> tuple[list[_Line], str | None]:
    """Drop the navigation before the first paragraph and pick the title stated there."""
    title_line = next((line for line in lines if line.kind == "title"), None)
    first_prose = next((i for i, line in enumerate(lines) if _is_prose(line) or _is_long_item(line)), None)
    if first_prose is None:
        return lines, _untagged(title_line.text) if title_line else None
    head = lines[:first_prose]
    # a "You are currently viewing" title counts only before the article starts; later on it
    # is a plain line, as it will be when the cleaned text is cleaned again (idempotence)
    rest = [_line("text", line.text) if line.kind == "title" else line for line in lines[first_prose:]]
    title_at = next((i for i, line in enumerate(head) if line.kind == "title"), None)
    if title_at is None:
        title_at = next((i for i, line in enumerate(head) if _is_title_candidate(line)), None)
    topic_at = next((i for i, line in enumerate(head) if _topic(line.text)), None)  # «Тема урока: …» under a school's
    if topic_at is not None and title_at is not None and title_at < topic_at:  # name: the subject is the title
        head, title_at = head[topic_at:], 0  # and the lines above it, the school's, go
    kept: list[_Line] = []
    for index, line in enumerate(head):
        if line.kind == "bullet" and _is_menu_item(line):
            continue  # navigation menu
        if title_at is not None and index < title_at and (len(line.text.split()) <= 3 or _is_tagline(line)
                                                          or (line.kind == "text" and " · " in line.text)):
            continue  # site name, its tagline or strapline ("… every Thursday · from the … Institute"), breadcrumbs
        kept.append(_Line("title", line.text) if index == title_at else line)
    title = _untagged(head[title_at].text) if title_at is not None else None
    return kept + rest, title


_SUBJECT_TAGS = re.compile(rf"^(?:(?:subject|тема)\s*:\s+)?(?:\[[^\]\n]{{1,30}}\]\s+)?(?:{REPLY_WORDS}:\s+)*", re.IGNORECASE)
# a mail's or a cable's subject line ("SUBJECT: …", «Тема: …») as the title: its label goes too
TAGGED_WORDS = 3  # words left of a title without its tags at least


def _untagged(title: str) -> str:
    """A mailing list's subject as a title without the list's tag and the reply's prefixes ("[CA-Policy] Re: …"), a
    subject line without its label ("SUBJECT: …", «Тема урока: …»)."""
    rest = _topic(title) or title[_SUBJECT_TAGS.match(title).end():]  # type: ignore[union-attr]
    return rest if len(rest.split()) >= TAGGED_WORDS else title


def _topic(text: str) -> str | None:
    """The subject a topic's label names («Тема урока: Лорна и её соседи», `topic_labels` in data/lang), of
    `TAGGED_WORDS` words or more; None for any other line."""
    label, colon, rest = text.lstrip("#* ").partition(":")
    rest = rest.strip(" *")
    return rest if colon and " ".join(label.lower().split()) in _topic_labels() and len(rest.split()) >= TAGGED_WORDS else None


@lru_cache(maxsize=1)
def _topic_labels() -> frozenset[str]:
    """Every language's topic labels (a head's lines are read one by one: built once)."""
    return frozenset().union(*(ld.topic_labels for ld in all_lang_data()))


def _is_caps_line(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 8 and len(line.split()) >= 2 and all(ch.isupper() for ch in letters) and line[-1:] not in ".!?"


_CAPS_LABEL = re.compile(r"^[^\W\d_][\w./-]*(?: [\w./-]+){0,2}:\s")  # "FM: …", "OUR FILE: …"


def _join_caps_headline(lines: list[str]) -> list[str]:
    """A headline set in capitals over two lines (a converted PDF) becomes one line; not two labelled lines (a cable's
    routing block, "MESSAGE   OUR FILE: …" over "FM: …   DATE: …"), which are fields, not one headline."""
    out: list[str] = []
    for line in lines:
        if out and _is_caps_line(out[-1].strip()) and _is_caps_line(line.strip()) \
                and not (":" in out[-1] and _CAPS_LABEL.match(line.strip())):
            out[-1] = f"{out[-1].strip()} {line.strip()}"
            continue
        out.append(line)
    return out


def _join_split_headline(lines: list[str]) -> list[str]:
    """A headline broken after its colon ("Hedging in Practice:" / "The Republic and Its Neighbours") becomes one
    line, above the first paragraph only; a label ("Read also:", "Address:") is never joined."""
    from .boilerplate_lines import _vocab

    vocab = _vocab()
    labels = vocab.list_markers | vocab.widgets | vocab.bylines | vocab.datelines | vocab.contact_labels
    out: list[str] = []
    for at, line in enumerate(lines):
        text = line.strip()
        words = text.split()
        if len(words) >= 8 and text[-1:] in ".!?":
            return out + lines[at:]  # the article has begun
        above = out[-1].strip() if out else ""
        if (
            above.endswith(":") and 2 <= len(above.split()) <= 8 and above[:-1].strip().lower() not in labels
            and not above.lower().startswith(vocab.widget_prefixes)
            and 2 <= len(words) <= 15 and text[:1].isupper() and text[-1:] not in ".!?:;,"
        ):
            out[-1] = f"{above} {text}"
            continue
        out.append(line)
    return out
