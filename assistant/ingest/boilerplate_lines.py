"""The boilerplate filter's rules for one line: what its form alone says it is (widget, byline,
dateline, page furniture, link list, author or affiliation line), language by language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .boilerplate_legal import notice_reason
from .clean_lines import SUBNUMBERED_RE  # "2.1. Турция, февраль 2023 года": a numbered heading, no dateline
from .langdata import all_lang_data, ends_open

__all__ = ["MIDLINE_REASONS", "Verdict", "line_key"]

# chrome that interrupts a paragraph (a PDF page break): removed without ending the paragraph
MIDLINE_REASONS = frozenset({"page number", "running head", "journal header", "web address"})

_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^)]*\)")  # inner first: "[![alt](img)](url)"
_MD_MARKS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_LEAD = re.compile(r"^(?:#{1,6}\s+|>\s*|[-•●▪◦·*+]\s+)+")
_SEPARATORS = re.compile(r"\s+[|/›»>·•]\s+|\s*\|\s*|\s+[—–-]\s+")
_BARS = re.compile(r"\s[|·•]\s")  # the bars between a menu's items
_WORDS = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.-]*|\d+")
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*$")
_PAGE = regex.compile(
    r"^(?:[-–—|]\s*)?(?:(?:page|pages|p|pp|стр|с|страница|страницы)\.?\s*)?\d{1,4}(?:[–-]\d{1,4})?(?:\s*(?:\||of|из|/)\s*(?:\d{1,4}|page|страница))?(?:\s*[-–—|])?$", regex.IGNORECASE)
_SPACED_WORD = regex.compile(r"\b(?:\p{L} ){2,}\p{L}\b")  # "P a g e"
# a ticker's quote: a name, its price, the change ("USD/KZT 512.40 -0.12%"), no table row's two figures ("3,3 4,1 +24%")
_QUOTE = regex.compile(r"(?<!\S)[^\W\d_]\S*\s+\d[\d,.]*\s+[+\-−▲▼]\s?\d+(?:[.,]\d+)?\s?%")
_ISSUE = regex.compile(r"\b(?:vol(?:ume)?|issue|no|том|выпуск|вып|номер)\.?\s*\d+|№\s*\d+", regex.IGNORECASE)
_IDENT = regex.compile(
    r"\b(?:e-?issn|issn|isbn|doi)\b\s*:?\s*[\dxX./-]{4,}|^(?:удк|ббк|udc|jel)\b\s*:?\s*[\w.()\[\]:+-]+(?:[ ,]+[\w.()\[\]:+-]+)*$",
    regex.IGNORECASE)
_INITIALS_NAME = regex.compile(
    r"^(?:(?:\p{Lu}\.\s?){1,2}\s*\p{Lu}[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+\s+(?:\p{Lu}\.\s?){1,2})(?:,\s*(?:(?:\p{Lu}\.\s?){1,2}\s*\p{Lu}[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+\s+(?:\p{Lu}\.\s?){1,2}))*$"
)
NOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"  # the superscript digits a note or an affiliation is marked with
_AFFILIATION_MARKS = re.compile(rf"(?<=\w)[{NOTE_MARKS}*†‡]+")  # a name's note mark ("Ana Morel¹")
_INITIALS_ROLE = regex.compile(r"^(?:\p{Lu}\.\s?){1,2}\s*\p{Lu}[\p{Ll}-]+,\s+\p{Ll}")
_TABLE = re.compile(r"^\|.*\|$|^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
_URL = regex.compile(r"^(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?:/\S*)?)$", regex.IGNORECASE)  # "nigora.t" is none
_EMAIL = regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_NUMERIC_DATE = regex.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_TIME = regex.compile(r"\b\d{1,2}:\d{2}\b")
_CAPS_CITY = regex.compile(r"^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*,\s*\d{1,2}\s+\p{L}")
_COUNT = re.compile(r"\(\s*\d+\s*\)|\b\d+(?:[.,]\d+)?[KkMmКк]?\b")  # "(12)", "47", "12,4K"
# pictographs of reaction and counter bars ("👁 12,4K", "❤️ 214"); ©, ® and ™ are kept, they mean something
_PICTOGRAPHS = regex.compile(r"[[\p{Extended_Pictographic}--[©®™]]\uFE0F\u200D]+", regex.V1)
_HASHTAGS = regex.compile(r"^(?:#[\p{L}\p{N}_]+[\s,]*)+$")
_HANDLE = regex.compile(r"^@\w{3,}$")
_NOTE_MARK = regex.compile(r"^\[\d{1,3}\]\s+")
_PHONE = regex.compile(r"(?<![\w.])(?:\+\d[\d ()-]{7,}|\(\d{2,5}\)\s?\d[\d -]{4,})\d(?![\w.])")  # "+996 (312) 62-05-45"
_DOT_LEADER = regex.compile(r"^\S.*?(?:\s?[.…·]){4,}\s*(?:(?:\p{L}+\.?\s+)?\d{1,4}(?:[–-]\d{1,4})?|[ivxl]{1,5})$")  # "1. A forum ...... 2", "A. Purpose ..... paragraphs 1–3"
_FOOTNOTE = regex.compile(r"^\d{1,3}\s+\p{Lu}")
# breadcrumbs: items joined by arrows or chevrons ("Home › News › Asia"); "/", "\\" or ">" only between spaces
_CRUMB_SEP = regex.compile(r"\s+[/\\>]\s+|\s*[→⟶⇒⇨➔➜➝➞►▸▶❯›»|]\s*")
_LIST_ITEM = regex.compile(r"^\s*(?:[-•●▪◦·*+]|\d{1,2}[.)])\s+")
_CTRL_ENTER = regex.compile(r"\bctrl\s*\+\s*enter\b", regex.IGNORECASE)  # "select it and press Ctrl+Enter": a typo widget
# an author box: "**Динара Сейткали** — гидролог, ...", "> **Jane Roe** - a fellow at ...": a name in bold, a dash, a role
_AUTHOR_BOX = regex.compile(r"^\s*(?:>\s*)?(?:\*\*|__)([^*_]{3,60})(?:\*\*|__)\s*[—–-]\s*\p{Ll}")


@dataclass(frozen=True)
class Verdict:
    """One line of a document and why it is dropped (None: kept)."""

    line: str
    reason: str | None


@dataclass(frozen=True)
class _Vocab:
    widgets: frozenset[str]
    widget_prefixes: tuple[str, ...]
    list_markers: frozenset[str]
    months: frozenset[str]
    cookie_words: tuple[str, ...]
    rights: tuple[str, ...]
    bylines: frozenset[str]
    byline_phrases: tuple[str, ...]  # the bylines of several words ("reporting by"), longest first
    datelines: frozenset[str]
    labels: frozenset[str]
    calls: frozenset[str]  # widget prefixes that are imperatives ("Subscribe to ...", "Подписывайтесь ...")
    time_words: frozenset[str]
    contact_labels: frozenset[str]
    link_suffixes: tuple[str, ...]
    bio_markers: frozenset[str]
    list_marker_heads: frozenset[str]
    section_markers: frozenset[str]
    back_matter: frozenset[str]
    note_labels: tuple[str, ...]  # "about the authors", "cite this": a run-in label opening a note, longest first
    photo_labels: tuple[str, ...]  # "photo", «фото»: words that open a picture's credit, longest first
    return_links: tuple[str, ...]  # "return to", «вернуться в»: before a quoted forum or section, a link back up
    page_words: frozenset[str]  # "page", «страница»: "Page 1 of 3", «Страница 1 из 3» is a pagination bar


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    langs = all_lang_data()
    return _Vocab(
        widgets=frozenset().union(*(ld.widgets for ld in langs)),
        widget_prefixes=tuple(sorted({p for ld in langs for p in ld.widget_prefixes}, key=len, reverse=True)),
        list_markers=frozenset().union(*(ld.list_markers for ld in langs)),
        months=frozenset().union(*(ld.months for ld in langs)),
        cookie_words=tuple(w for ld in langs for w in ld.cookie_words),
        rights=tuple(w for ld in langs for w in ld.rights_phrases),
        bylines=frozenset().union(*(ld.byline_words for ld in langs)),
        byline_phrases=tuple(sorted({b for ld in langs for b in ld.byline_words if " " in b}, key=len, reverse=True)),
        datelines=frozenset().union(*(ld.dateline_words for ld in langs)),
        labels=frozenset().union(*(ld.article_labels for ld in langs)),
        calls=frozenset().union(*(ld.calls for ld in langs)),
        time_words=frozenset().union(*(ld.time_words for ld in langs)),
        contact_labels=frozenset().union(*(ld.contact_labels for ld in langs)),
        link_suffixes=tuple(w for ld in langs for w in ld.link_suffixes),
        bio_markers=frozenset().union(*(ld.bio_markers for ld in langs)),
        list_marker_heads=frozenset().union(*(ld.list_marker_heads for ld in langs)),
        section_markers=frozenset().union(*(ld.section_markers for ld in langs)),
        back_matter=frozenset().union(*(ld.back_matter_labels for ld in langs)),
        note_labels=tuple(sorted({w for ld in langs for w in ld.note_labels}, key=len, reverse=True)),
        photo_labels=tuple(sorted({w for ld in langs for w in ld.photo_labels}, key=len, reverse=True)),
        return_links=tuple(sorted({w for ld in langs for w in ld.return_links}, key=len, reverse=True)),
        page_words=frozenset().union(*(ld.page_words for ld in langs)))


def _unlink(text: str, replacement: str) -> str:
    """Markdown links and images replaced, inner ones first: "[![avatar](img)](url)" is one link."""
    for _ in range(3):
        unlinked = _MD_LINK.sub(replacement, text)
        if unlinked == text:
            break
        text = unlinked
    return text


def _plain(line: str) -> str:
    """The visible text of a line: markdown links, emphasis, list and quote marks removed."""
    text = _unlink(line.strip(), r"\1")
    text = _LEAD.sub("", text)
    text = _MD_MARKS.sub("", text)
    return " ".join(text.split())


def line_key(line: str) -> str:
    """A line as compared for repetition: plain, lower-cased, figures replaced by '#'."""
    return re.sub(r"\d+", "#", _plain(line).lower()).strip(" .:;,")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def _is_prose(plain: str) -> bool:
    n = sum(any(ch.isalnum() for ch in w) for w in plain.split())  # words, not the bars of "A | B | C"
    menu = len(_BARS.findall(plain)) >= 2 and max(len(p.split()) for p in _BARS.split(plain)) <= 15  # items between bars
    return n >= 8 and (bool(_SENTENCE_END.search(plain)) or (n >= 14 and not menu))


def _opens_wrapped(plains: Sequence[str], i: int) -> bool:
    """A hard-wrapped paragraph's line: six words or more, continued in lower case on the next line, or ending on a
    comma or a function word ("...met on Friday with" / "Chinese Foreign Minister ...")."""
    plain = plains[i]
    nxt = plains[i + 1] if i + 1 < len(plains) else ""
    if len(plain.split()) < 6 or not nxt or _SENTENCE_END.search(plain) or len(_BARS.findall(plain)) >= 2:
        return False  # a menu's items between bars are no sentence ("Лента · Поиск · Войти · ...")
    return nxt[:1].islower() or ends_open(plain)


def _segment_is_widget(segment: str, vocab: _Vocab) -> bool:
    seg = _COUNT.sub(" ", segment.lower()).strip(" .:;,!?()[]«»\"'")
    seg = " ".join(seg.split())
    if not seg:
        return True
    if seg in vocab.widgets or _URL.match(seg):
        return True
    words = seg.split()
    return all(len(w) == 1 for w in words)  # "A A A" (font size)


def _covered_by_widgets(text: str, vocab: _Vocab) -> bool:
    """'Share Tweet Short Url Follow', 'Accept all Manage settings': nothing but widget names, or widgets then a link
    on a widget's prefix ("Print Share Go to LRN market data")."""
    text = re.sub(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])", " ", text)  # inline buttons glued: "Accept allManage settings"
    words = [w.strip(".,:;!?()[]«»\"'").lower() for w in _COUNT.sub(" ", text).split()]
    words = [w for w in words if w]
    if not words or len(words) > 16:
        return False
    reach = [True] + [False] * len(words)
    for i in range(len(words)):
        if not reach[i]:
            continue
        for j in range(i + 1, min(len(words), i + 4) + 1):
            if " ".join(words[i:j]) in vocab.widgets:
                reach[j] = True
    return reach[-1] or any(reach[i] and _starts_with(" ".join(words[i:]), vocab.widget_prefixes) for i in range(1, len(words)))


def _has_date(plain: str, vocab: _Vocab) -> bool:
    low = plain.lower()
    if _NUMERIC_DATE.search(low):
        return True
    words = [w.strip(".,") for w in _words(low)]
    for i, w in enumerate(words):
        if w in vocab.months:
            near = words[max(0, i - 1) : i + 2]
            if any(x.isdigit() for x in near):
                return True
    return False


def _is_dateline(plain: str, vocab: _Vocab) -> bool:
    words = _words(plain)
    if not words or len(words) > 16 or not _has_date(plain, vocab) or SUBNUMBERED_RE.match(plain):
        return False
    if _FOOTNOTE.match(plain) and _SENTENCE_END.search(plain) and words[1].lower() not in vocab.months:
        return False  # "3 Interviews in Northgate, October and November 2025.": a footnote
    if _CAPS_CITY.match(plain):
        return True
    lower = [
        w for w in words
        if w[:1].islower() and w.lower().strip(".") not in vocab.months and w.lower() not in vocab.datelines
        and w.lower() not in vocab.time_words
    ]
    return len(lower) <= 1 and not (_SENTENCE_END.search(plain) and len(words) > 8)


def _is_byline(plain: str, vocab: _Vocab) -> bool:
    words = plain.split()
    if not words or len(words) > 18:
        return False
    first = words[0].lower().rstrip(":")
    if first == "by" and len(words) > 1 and words[1][:1].isupper():
        return not _SENTENCE_END.search(plain) or _has_date(plain, vocab)
    if first in vocab.bylines and words[0].endswith(":") and len(words) > 1:
        return not is_turn(words[1:])
    if first in vocab.bylines and 3 <= len(words) <= 4 and _is_name_line(" ".join(words[1:])):
        return True  # "Беседовала Ксения Луговая": the word and a name, nothing else
    phrase = _starts_with(plain.lower(), vocab.byline_phrases)  # "Reporting by Ruslan Abenov; Editing by Thomas Hale"
    return phrase is not None and plain[len(phrase) :].lstrip()[:1].isupper()


def is_turn(rest: list[str]) -> bool:
    """A speaker's words after the label ("Host: Welcome back. Today…", «Ведущий: Добрый день, …»), not a name."""
    text = " ".join(rest)
    if "?" in text or "!" in text:
        return True
    return len(rest) >= 3 and bool(_SENTENCE_END.search(text)) and not _is_name_line(" ".join(w.strip(".,;") for w in rest[:2]))


_NON_DASH = re.compile(r"\s[|/›»>·•]\s|\|")  # a separator of `_SEPARATORS` that is no dash
_NO_ITEM = re.compile(r"[\d():%]")  # what no item of a menu holds
_PAGE_OF = regex.compile(r"\b(\p{L}+)\.?\s+\d{1,4}\s+\p{L}{1,3}\s+\d{1,4}\b")  # "Page 1 of 3", «Страница 1 из 3»


def _is_pagination(plain: str, low: str, vocab: _Vocab) -> bool:
    """Among other parts of a bar (a footer's lone "Page 1 of 2" is the page furniture's, `_page_furniture`)."""
    return bool(_BARS.search(plain)) and any(m.group(1) in vocab.page_words for m in _PAGE_OF.finditer(low))


def _is_name_line(plain: str) -> bool:
    """'Фарход Назаров', 'Helen Whitcombe': two or three capitalised words alone, no section («ОБЩАЯ ХАРАКТЕРИСТИКА РАБОТЫ»)."""
    words = plain.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and plain.lower() not in _vocab().section_markers


CRUMB_WORDS = 4  # words in one item of a breadcrumb trail at most
LABEL_WORDS = 5  # words in the label before it ("You are here:", «Вы находитесь:») at most
BACK_WORDS = 6  # words of a link back ("Back to news explorer") at most, its target in lower case


def _is_breadcrumb(line: str, plain: str) -> bool:
    """'Вы находитесь: Главная → Экономика → ЕАЭС', 'Home › Energy › Hydropower': three short capitalised
    items or more joined by arrows or chevrons (two after a label ending in ':'), with no sentence. A list
    item ("- Route: Northgate → Eastport → Southfield") is the article's, never a trail."""
    if _SENTENCE_END.search(plain) or len(plain.split()) > 20 or _LIST_ITEM.match(line):
        return False
    label, colon, rest = plain.partition(":")
    labelled = bool(colon) and 1 <= len(label.split()) <= LABEL_WORDS and bool(rest.strip())
    items = [item.strip() for item in _CRUMB_SEP.split(rest if labelled else plain)]
    items = [item for item in items if item]
    if len(items) < (2 if labelled else 3):
        return False
    return all(
        1 <= len(item.split()) <= CRUMB_WORDS and (item[:1].isupper() or item[:1].isdigit()) and any(ch.isalpha() for ch in item)
        for item in items
    )


def _page_furniture(plain: str) -> str | None:
    low = plain.lower()
    squeezed = _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), low)
    if _PAGE.match(squeezed):
        return "page number"
    if (_IDENT.search(low) or len(_ISSUE.findall(low)) >= 2) and len(plain.split()) <= 16:
        return "journal header"
    if _URL.match(_NOTE_MARK.sub("", plain, count=1)):  # "[2] https://...": a print version's link notes
        return "web address"
    if _EMAIL.search(plain) and len(plain.split()) <= 12:
        return "contact line"
    return None


def _starts_with(low: str, phrases: Iterable[str]) -> str | None:
    for phrase in phrases:
        if low.startswith(phrase) and (len(low) == len(phrase) or not (low[len(phrase)].isalnum() or low[len(phrase)] in "-’'")):
            return phrase
    return None


def _contact(plain: str, vocab: _Vocab) -> bool:
    """'Адрес редакции: 125009, ...', 'Предложить новость: @news_bot', 'Телефон доверия: +996 (312) ...', '720017, г. …'."""
    head, colon, tail = plain.partition(":")
    tail = tail.strip()
    if colon and len(head.split()) <= 5 and (_HANDLE.match(tail) or _URL.match(tail)):
        return True
    if colon and head.strip().lower().rstrip(".") in vocab.contact_labels and len(plain.split()) <= 25:
        return True
    return (len(plain.split()) <= 15 and bool(_PHONE.search(plain)) or len(plain.split()) <= 25 and bool(regex.match(
        r"\d{5,6},\s*\w", plain))) and not _SENTENCE_END.search(plain)  # or a postal address: "720017, г. Веттин, ул. …"


def _single(line: str, plain: str, vocab: _Vocab) -> str | None:
    """Why one line, on its own, is chrome (None: nothing on its own)."""
    bare = " ".join(_PICTOGRAPHS.sub(" ", plain).split())
    if bare != plain:  # "💬 Комментарии: 23", "❤️ 214 🔥 35": judged without the pictographs
        return _single(bare, bare, vocab) if bare else "widget"
    stripped = line.strip()
    if _TABLE.match(stripped) or (stripped.count("|") >= 2 and (stripped.startswith("|") or stripped.endswith("|"))):
        return None  # a table row is content, however short its cells
    low = plain.lower()
    words = plain.split()
    n = len(words)
    ends = bool(_SENTENCE_END.search(plain))
    if n <= 60 and any(w in low for w in vocab.cookie_words):
        return "cookie notice"
    if why := notice_reason(plain, n, vocab.rights):  # a copyright, a document's number, a degree's holder
        return why
    furniture = _page_furniture(plain) or ("market ticker" if "%" in plain and not ends and len(_QUOTE.findall(plain)) >= 3 else None)
    if furniture:
        return furniture
    if _DOT_LEADER.match(plain):
        return "contents"
    if _HASHTAGS.match(plain):
        return "tags"
    segments = [s for s in _SEPARATORS.split(plain) if s.strip()]
    if segments and all(_segment_is_widget(s, vocab) or _covered_by_widgets(s, vocab) for s in segments):
        return "widget"
    if ":" in plain and n <= 12:
        head, _, tail = plain.partition(":")
        if _segment_is_widget(head, vocab) and all(_segment_is_widget(s, vocab) or _URL.match(s.strip()) for s in [tail]):
            return "widget"
    prefix = _starts_with(low, vocab.widget_prefixes)
    if prefix and n <= 25 and not ends_open(plain):  # a label line going on in the next ("Ключевые слова: ...,") is kept
        rest = low[len(prefix) :].lstrip()
        if not rest or rest[0] in ":.(?" or ((prefix in vocab.calls or not ends) and plain[-1:] != ";"):
            return "widget"  # "Tags: …", "Нашли ошибку? …": the prefix a label or a question of its own; no item ("…;")
    if n <= 25 and _CTRL_ENTER.search(plain):
        return "widget"
    if n <= 25 and ((plain.startswith("Re: ") and not ends) or _is_pagination(plain, low, vocab)):
        return "widget"  # a forum reply's subject ("Re: <topic>"), a bar "17 posts • Page 1 of 3 • 1, 2, 3 Next"
    back = _starts_with(low, vocab.return_links)
    if back and n <= 12 and ((low[len(back):].lstrip()[:1] in "«\"“„'" and plain.rstrip()[-1:] in "»\"”'") or (
            n <= BACK_WORDS and plain[len(back):].lstrip()[:1].islower() and not ends)):  # "Back to news explorer"
        return "widget"  # «Вернуться в «Денежные переводы»», 'Return to "Trade and money"'
    box = _AUTHOR_BOX.match(line)
    if box and _is_name_line(box.group(1).strip()):
        return "author note"
    head, colon, rest = plain.partition(":")
    if colon and head.strip().lower() in vocab.list_markers and 0 < len(rest.split()) <= 20 and not ends:
        return "link list"  # "Читайте также: <a headline>" standing between paragraphs
    if _contact(plain, vocab):
        return "contact line"
    if n <= 12 and low.rstrip(" .").endswith(vocab.link_suffixes):
        return "widget"
    if low.rstrip(" :.") in vocab.labels:
        return "article label"
    if n <= 15 and len({w.strip(".,:;!?()«»\"'").lower() for w in words} & vocab.widgets) >= 3:
        return "widget"  # three different widget words ("Share Tweet Email"; "Russian" twice in a sentence is one)
    if _INITIALS_NAME.match(_AFFILIATION_MARKS.sub("", plain).rstrip(" ,")) or (_INITIALS_ROLE.match(plain) and n <= 16 and (
            not ends or _has_date(plain.rsplit(",", 1)[-1], vocab))):
        return "authors"  # or a speaker and a role ("А. В. Кравцов, заместитель министра …, Астрахань, 4 декабря 2025 г.")
    if words[0].lower().rstrip(":") in vocab.datelines and _has_date(plain, vocab) and n <= 20 \
            or n <= 8 and _TIME.search(plain) and _starts_with(low, sorted(vocab.datelines, key=len, reverse=True)):
        return "dateline"  # or "Last updated 17:05 GMT+5": a live page's time
    if _is_byline(plain, vocab):
        return "byline"
    if _is_dateline(plain, vocab):
        return "dateline"
    if len(segments) >= 2 and not ends and all(len(s.split()) <= 4 for s in segments) and (
            _NON_DASH.search(plain) or not (any(_NO_ITEM.search(s) for s in segments) or line.lstrip().startswith(("#", "• ")))):
        return "menu"  # but a dash that says "is" («Доля — 46%»), no item of a menu's, nor one in a '#' heading or a bullet
    if _is_breadcrumb(line, plain):
        return "breadcrumbs"
    if _MD_LINK.search(line) and not _unlink(line, "").strip(" -*•·|/>#\t"):
        return "link list"
    return None
