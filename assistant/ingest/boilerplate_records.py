"""Cleaning 30, by form: a repository's record, a thread's marks and a newspaper's byline.

- **A file to download**: a line opening on a file's name and its size in brackets ("thesis.pdf (2.41 MB, Adobe
  PDF)", «доклад.docx (310 КБ)»), with what a page sets beside such a link (an embargo, "request a copy").
- **A thread's counter**: a count and one noun naming posts and nothing else ("2 answers", «14 комментариев»;
  `post_nouns` in data/lang).
- **A link's note**: a number and a web address alone ("19. https://…", "20. mailto:…"), as a text browser lists the
  page's links under "References" at its end.
- **A badge**: a check mark opening a short line that ends no sentence ("✓ Chosen by the asker").
- **A button**: a short line ending on an arrow or a menu's caret ("Read on the website →", «Самые актуальные ▾»).
- **A list of files to download**: a heading over two such lines or more, making half of its section or more: the
  heading and its section, notes included ("Tender documents" over the files and "Documents are free of charge.").
- **A heading over nothing but chrome**: a heading of six words at most, neither the page's first nor a headline ("# "),
  whose section (to the next heading or the page's end) holds lines and only chrome ("Event gallery" over its counter,
  captions, credits and "View all 6 photos"); a longer one stays (a wire's last flash, "URGENT-… central bank", over
  its buttons).
- **A word between two chrome lines**: one lower-case word alone ("или", "or") between lines dropped as chrome.
- **A field's value under its label**: a list of terms parted by semicolons that ends no sentence, right under a
  label of one or two words already dropped as a widget ("Keywords" / "peacekeeping; UNDOF; Golan Heights").
- **A heading parted by a dash** between two paragraphs, its second part in lower case («Пять стран — пять
  криптографий»), is kept: a menu of two items stands above or below the article, and opens each on a capital.
- **A chronology's dated headings** (cleaning 61): three lines or more that are a date alone, each over a kept
  paragraph («## 28 января 2025 года»), are kept: each dates its entry, which does not say it again.
- **Headings numbered in Roman numerals** ("I. Предпосылки", "II. Статус и функции") are kept when the page numbers
  two of them or more: "I." is then no initial over a surname.
- **A record's labelled lines under the lead**: between the headline and the second paragraph, three lines or more in
  a row that are "Label: value" lines or chrome already, two labelled and one chrome at least ("From: …", "Published
  4 December 2025", "Delivered on: …", "Location: …" under a speech's summary), or short labelled lines (six words
  at most) among three chrome lines of the record or more (a saved page's "Site: …" among its source, author, date
  and tags; an infobox's row of fields is longer).
- **A signature**: a word in brackets before a name ("(Signed) Anna Veld", «(Подпись) …»), and the signer's title
  on the line under it.
- **A byline set as newspapers set it**: a given name and a surname in capitals, a place or two after a comma
  ("Anna VELD, Lorna", «Айгерим ВЕЛЬДОВА, Лорна — Вельд»); without the place, "Яванская ГЭС" is a plant.
- **A first section's heading in capitals** ("SUMMARY"), a word or two right above the first paragraph and right under
  a kept line of five words or more (a cable's subject), is no masthead.
- **A record's fields stacked** (`stacked_labels`, read by `boilerplate_ends.drop_head_record`): between the
  headline and the first paragraph, labels of one to three words on every other line over their values
  ("Author" / "Zhumabekova, Dana" / "Supervisor" / "Ospanov, Timur, PhD"), as a repository shows a record.
- **A hearing's front matter** (cleaning 54): in a transcript whose questions are numbered ("Q41 Chair: …", three or
  more, one asker named twice or more), the lines between the headline and the first question: the order to publish,
  the members present, the questions' range, the witnesses and the transcript's disclaimer.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from .boilerplate_lines import _SENTENCE_END, _is_prose
from .boilerplate_posts import _MD_HEADING
from .dates import CHRONOLOGY_DATES
from .langdata import all_lang_data, ends_open

__all__ = ["drop_labelled_run", "drop_late_records", "drop_marks", "heads_the_text", "keep_wrapped_lines", "stacked_labels"]

_DOWNLOAD = regex.compile(
    r"^\S[^()\s]{0,80}?\.[A-Za-z][A-Za-z0-9]{1,4}\s*\(\s*\d[\d.,]*\s*"
    r"(?:[KMGT]i?B|bytes|[КМГ]Б|[кмг]б|Кбайт|Мбайт|байт)\b", regex.IGNORECASE)
_COUNT_LINE = regex.compile(r"^\d[\d\s\u00a0\u202f.,]*\s+(\p{L}+)$")
_BADGE = regex.compile(r"^[✓✔☑✅]\s*\p{L}")
_LINK_NOTE = regex.compile(r"^\[?\d{1,4}[.)\]]\s+(?:(?:https?|ftp)://|mailto:|file:|www\.)\S*$")  # "19. https://…"
# a wiki page's credit: "Created by Tom Roe, last updated by Ann Lee on 08 Dec 2025", «Создал(а) …, изменил(а) …»
_EDIT_CREDIT = regex.compile(r"^(?:created|written|added|создал\p{L}*|автор)\s+(?:by\s+)?[^,;]{2,60},\s+(?:last\s+)?(?:updated|modified|edited|"
                             r"последнее изменение|изменил\p{L}*|обновил\p{L}*)\b.{2,80}$", regex.IGNORECASE)
_SIGNED = regex.compile(r"^\(\p{L}+\)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,2}$")  # «(Подпись) Ерлан Садыков»
SIGNER_WORDS = 8  # words of the signer's title under a signature at most
_CONTROL = regex.compile(r"^[^.!?]{1,40}\s[→›»▾▼⌄]$")  # "Read on the website →", "Most relevant ▾": a link or a menu's button
CONTROL_WORDS = 6
CREDIT_WORDS = 20
_FIELD_LABEL = regex.compile(r"^\p{Lu}\p{L}*(?:[ -]\p{L}+){0,2}$")  # "Author", "Date of defence", «Научный руководитель»
# "Anna VELD, Lorna", «Айгерим ВЕЛЬДОВА, Лорна — Вельд»: the place is needed ("Яванская ГЭС" is a plant, not a name)
_CAPS_BYLINE = regex.compile(r"^\p{Lu}\p{Ll}+ \p{Lu}{3,}(?:-\p{Lu}{2,})?, \p{Lu}[\p{L}-]+(?: \p{L}+)?(?:\s[—–-]\s\p{Lu}[\p{L}-]+)?$")
DOWNLOAD_WORDS = 30  # words of a download line at most (the link, its size, an embargo and a "request a copy")
BADGE_WORDS = 6
HEADLINE_WORDS = 5  # words of a kept line over a first section's heading at least
TERMS = 3  # terms of a field's list at least
TERM_WORDS = 5  # words of one term at most
FIELD_LINES = 3  # stacked labels of a record at least
FIELD_WORDS = 6  # words of one labelled field among a record's chrome lines at most
_DASH_HEADING = regex.compile(r"^[^—–|/›»>·•:]{2,60}?\s[—–-]\s\p{Ll}[^—–|/›»>·•]{1,60}$")
PROSE_BESIDE = 20  # words of each paragraph around a heading parted by a dash at least
DATE_WORDS = 6  # words of a dated heading at most ("9 September 2025", «28 января 2025 года»)
ENTRY_WORDS = 8  # words of the paragraph under each at least
_ROMAN_HEAD = regex.compile(r"^(?:#{1,6}\s+)?(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+\p{Lu}")


def _post_nouns() -> frozenset[str]:
    return frozenset().union(*(ld.post_nouns for ld in all_lang_data()))


def keep_wrapped_lines(plains: list[str], reasons: list[str | None]) -> None:
    """A line that a hard-wrapped sentence runs through is no dateline: "returnees interviewed in Osh, Andijan and" /
    "Khatlon between March and June 2025. We" / "also interviewed …" (a column of a laid-out journal page)."""
    for i in range(1, len(plains) - 1):
        if reasons[i] == "dateline" and reasons[i - 1] is None and ends_open(plains[i - 1]) and plains[i + 1] \
                and not _SENTENCE_END.search(plains[i]):
            reasons[i] = None


def drop_marks(lines: list[str], plains: list[str], reasons: list[str | None]) -> None:
    """A download line, a thread's counter, a badge, a byline in capitals, a button and a signature, each by its own
    form, and headings numbered I., II. and a chronology's dated headings kept (see the module); before the passes over
    the whole page."""
    _drop_marks(plains, reasons)
    keep_numbered_heads(plains, reasons)
    keep_dash_headings(plains, reasons)
    keep_dated_headings(lines, plains, reasons)


def keep_dated_headings(lines: list[str], plains: list[str], reasons: list[str | None]) -> None:
    """Lines that are a date alone, `dates.CHRONOLOGY_DATES` or more (the count by which a page is dated by its byline,
    not by them), each over a kept paragraph: a chronology's headings («## 12 марта 2025 года» over what happened that
    day; the cleaner's second pass reads them without "##"), whose dates the entries do not repeat. An archive's list of
    dates has no paragraph under each."""
    filled = [i for i, plain in enumerate(plains) if plain]
    dated = [i for i, below in itertools.pairwise(filled) if reasons[i] == "dateline" and len(plains[i].split()) <= DATE_WORDS
             and not lines[i].lstrip().startswith("# ") and reasons[below] is None and len(plains[below].split()) >= ENTRY_WORDS]
    if len(dated) >= CHRONOLOGY_DATES:
        for i in dated:
            reasons[i] = None


def keep_dash_headings(plains: list[str], reasons: list[str | None]) -> None:
    """A line of two parts parted by a dash, the second in lower case, between two paragraphs of prose: a section's
    heading («Пять стран — пять криптографий»), not a menu of two items, which stands above or below the article."""
    filled = [i for i, plain in enumerate(plains) if plain]
    for before, i, after in zip(filled, filled[1:], filled[2:]):
        if reasons[i] == "menu" and _DASH_HEADING.match(plains[i]) and all(
                reasons[j] is None and len(plains[j].split()) >= PROSE_BESIDE for j in (before, after)):
            reasons[i] = None


def heads_the_text(plains: list[str], reasons: list[str | None], i: int, first: int) -> bool:
    """A word or two at `i`, right above the first paragraph (`first`) and right under kept lines of five words or
    more (the headline, a cable's subject, wrapped or not): the first section's heading ("SUMMARY"), no masthead."""
    below = next((j for j in range(i + 1, len(plains)) if plains[j]), None)
    above = next((j for j in range(i - 1, -1, -1) if plains[j]), None)
    if below != first or above is None or reasons[above] is not None or len(plains[i].split()) > 2:
        return False
    block = list(itertools.takewhile(lambda j: plains[j] and reasons[j] is None, range(above, -1, -1)))  # a wrapped line
    return sum(len(plains[j].split()) for j in block) >= HEADLINE_WORDS


def drop_late_records(lines: list[str], plains: list[str], reasons: list[str | None]) -> None:
    """What the other chrome found shows (see the module): a field's value under its dropped label, a section of files
    to download, a word between chrome lines; after the passes over the whole page."""
    drop_field_values(plains, reasons)
    drop_download_sections(lines, plains, reasons)
    drop_lone_words(plains, reasons)
    drop_empty_headings(lines, plains, reasons)


def _drop_marks(plains: list[str], reasons: list[str | None]) -> None:
    nouns = _post_nouns()
    for i, plain in enumerate(plains):
        if reasons[i] is not None or not plain:
            continue
        n = len(plain.split())
        count = _COUNT_LINE.match(plain)
        if _DOWNLOAD.match(plain) and n <= DOWNLOAD_WORDS:
            reasons[i] = "download"
        elif _LINK_NOTE.match(plain):
            reasons[i] = "link list"
        elif _EDIT_CREDIT.match(plain) and n <= CREDIT_WORDS:
            reasons[i] = "byline"
        elif count and count.group(1).lower() in nouns:
            reasons[i] = "counter"
        elif _BADGE.match(plain) and n <= BADGE_WORDS and not _SENTENCE_END.search(plain):
            reasons[i] = "badge"
        elif _CAPS_BYLINE.match(plain):
            reasons[i] = "byline"
        elif _CONTROL.match(plain) and n <= CONTROL_WORDS:
            reasons[i] = "widget"
        elif _SIGNED.match(plain):
            reasons[i] = "signature"
            below = next((j for j in range(i + 1, len(plains)) if plains[j]), None)
            if below is not None and len(plains[below].split()) <= SIGNER_WORDS and not _SENTENCE_END.search(plains[below]):
                reasons[below] = reasons[below] or "signature"  # the signer's title


def drop_field_values(plains: list[str], reasons: list[str | None]) -> None:
    """A list of terms under a one- or two-word label dropped as a widget ("Keywords" / "a; b; c")."""
    above = None
    for i, plain in enumerate(plains):
        if not plain:
            continue
        terms = [t.strip() for t in plain.split(";")]
        if (reasons[i] is None and above is not None and reasons[above] == "widget"
                and len(plains[above].split()) <= 2 and len(terms) >= TERMS and all(terms)
                and all(len(t.split()) <= TERM_WORDS for t in terms) and not _SENTENCE_END.search(plain)):
            reasons[i] = "keywords"
        above = i


def stacked_labels(plains: list[str], run: list[int]) -> bool:
    """`FIELD_LINES` labels or more on every other line of `run`, twice as many as on the lines between them."""
    label = [bool(_FIELD_LABEL.match(plains[i])) for i in run]
    one, other = sum(label[0::2]), sum(label[1::2])
    return max(one, other) >= FIELD_LINES and max(one, other) >= 2 * min(one, other)


def keep_numbered_heads(plains: list[str], reasons: list[str | None]) -> None:
    """Headings numbered "I.", "II.", … taken for a name after its initial: kept when "I." and "II." both head a line."""
    numbered = {i: m.group(1) for i, plain in enumerate(plains) if (m := _ROMAN_HEAD.match(plain))}
    if not {"I", "II"} <= set(numbered.values()):
        return
    for i in numbered:
        if reasons[i] == "authors":
            reasons[i] = None


def _sections(lines: list[str], plains: list[str]) -> list[tuple[int, list[int]]]:
    """Each heading of the page with the lines of its section (to the next heading or the page's end)."""
    heads = [i for i, line in enumerate(lines) if plains[i] and _MD_HEADING.match(line)] + [len(lines)]
    return [(head, [j for j in range(head + 1, end) if plains[j]]) for head, end in itertools.pairwise(heads)]


def drop_download_sections(lines: list[str], plains: list[str], reasons: list[str | None]) -> None:
    """A heading over a list of files to download, and its section (see the module)."""
    for head, section in _sections(lines, plains):
        files = [j for j in section if reasons[j] == "download"]
        if len(files) >= 2 and 2 * len(files) >= len(section):
            for j in [head, *section]:
                reasons[j] = reasons[j] or "download"


def drop_lone_words(plains: list[str], reasons: list[str | None]) -> None:
    """One lower-case word alone between two lines dropped as chrome ("Forgot your password?" / "or" / "Sign up")."""
    shown = [i for i, plain in enumerate(plains) if plain]
    for before, i, after in zip(shown, shown[1:], shown[2:]):
        word = plains[i]
        if reasons[i] is None and " " not in word and word.isalpha() and word.islower() and reasons[before] \
                and reasons[after]:
            reasons[i] = reasons[after]


_LABEL_LINE = regex.compile(r"^\p{L}[\p{L}’'-]*(?: [\p{L}’'-]+){0,2}:\s+\S")  # "Delivered on: …", «Место: …»
LABEL_LINE_WORDS = 20
_HEAD_CHROME = frozenset({"dateline", "byline", "widget", "record details", "source", "menu"})  # chrome of a record's head


def drop_labelled_run(lines: list[str], plains: list[str], reasons: list[str | None], headline: int | None) -> None:
    """A run of labelled lines and chrome between the headline and the second paragraph (see the module)."""
    if headline is None:
        return
    paragraphs = 0
    run: list[int] = []
    for i in range(headline + 1, len(lines)):
        plain = plains[i]
        if not plain:
            continue
        labelled = bool(_LABEL_LINE.match(plain)) and len(plain.split()) <= LABEL_LINE_WORDS and ". " not in plain
        heading = bool(_MD_HEADING.match(lines[i]))
        if reasons[i] is None and not labelled or heading:
            _mark(run, plains, reasons)
            run = []
            if heading or (_is_prose(plain) and (paragraphs := paragraphs + 1) >= 2):
                return
            continue
        run.append(i)
    _mark(run, plains, reasons)


def _mark(run: list[int], plains: list[str], reasons: list[str | None]) -> None:
    labelled = [i for i in run if reasons[i] is None]
    chrome = len(run) - len(labelled)
    alone = chrome >= FIELD_LINES and all(len(plains[i].split()) <= FIELD_WORDS for i in labelled)  # "Site: Chorsu Weekly"
    if len(run) >= FIELD_LINES and (len(labelled) >= 2 or alone) and any(reasons[i] in _HEAD_CHROME for i in run):
        for i in labelled:
            reasons[i] = "record details"


EMPTY_HEADING_WORDS = 6


def drop_empty_headings(lines: list[str], plains: list[str], reasons: list[str | None]) -> None:
    """A short heading whose section holds lines and only chrome (see the module)."""
    for head, section in _sections(lines, plains)[1:]:  # the page's first heading is its headline, whatever is under it
        if reasons[head] is None and section and len(plains[head].split()) <= EMPTY_HEADING_WORDS \
                and not lines[head].lstrip().startswith("# ") \
                and all(reasons[j] is not None for j in section):
            reasons[head] = reasons[section[0]]


_NUMBERED_QUESTION = regex.compile(r"^Q\d{1,4}\s+([^\W\d_][^:]{0,60}):\s")  # "Q41 Chair: …", "Q43 Anna Veld: …"
HEARING_QUESTIONS = 3


def drop_hearing_front(plains: Sequence[str], reasons: list[str | None], headline: int | None) -> None:
    """A hearing's front matter, above its first numbered question (see the module); an FAQ's numbered questions name
    no asker twice."""
    asked = [(i, m.group(1)) for i, p in enumerate(plains) if (m := _NUMBERED_QUESTION.match(p))]
    askers = [who for _, who in asked]
    if headline is None or len(asked) < HEARING_QUESTIONS or len(set(askers)) == len(askers) or asked[0][0] <= headline:
        return
    for i in range(headline + 1, asked[0][0]):
        if plains[i] and reasons[i] is None:
            reasons[i] = "front matter"
