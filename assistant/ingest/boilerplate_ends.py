"""Cleaning 19, by form: what closes a press release or a briefing, a channel page's counters, and the head of a legal text.

- **End matter.** A short heading naming a page's end matter ("Forward-looking statements", "Disclaimer",
  "Media contact:", «Контакты для СМИ»; `end_sections` in data/lang) or "About" + a name ("About Lorna Air",
  `end_section_prefixes`) heads chrome, with the lines under it up to the next heading, when everything after it
  to the end of the page is chrome or another such section: a press release's boilerplate, a briefing's disclaimer.
  The same heading above more article text is left alone ("Disclaimer" may head an essay's section). A thesis
  abstract's list of the author's publications, a letter's signatories or a meeting's participants (`end_lists`) is
  such a section of any length while its lines are entries (numbered, citing a journal after "//", a name before a
  dash, or short), a thesis's heading often set on two lines.
- **A letterhead.** An address line of segments parted by dots or bars, one a phone after its label ("тел.: …").
- **A signature.** A role, initials and a surname ending the text (only notes after it): «Руководитель управления А. Жусупов»;
  or ending a part of it, under a sentence and over a heading (a brochure's address, signed, before its «1. …»).
- **A pull quote.** A sentence standing alone that a longer paragraph above it says word for word.
- **Counters.** Two or more figures each followed by one word and nothing else ("48,7K подписчиков 1,3K фото"), even
  after reaction symbols and with abbreviated words ("👍❤️ 1,2 тыс. 184 комментария"); three or more labels each with
  its figure («Сегодня: 412 Вчера: 1 038 Всего: 1 904 337», a visitor counter).
- **A contents' heading.** "Contents" («Содержание») right over a contents' dotted lines, or over three numbered entries
  or more that each name a line further down (a digest's contents: its items' headings, each with its source).
- **Credits.** Two or more roles with their names on one line, parted by "·" or "|" («Ведущий: … · Гости: …»).
- **A contact after a colon** ending the line ("Для связи: @editor", "Write to us: desk@lorna.example").
- **Source credits.** A line opening on "Source:" / «Источник:» (`source_labels`) and ending no sentence, above the
  article's first paragraph: the record's credit, not a sentence of the article (under a table it is the table's, kept).
- **A legal text's head.** Between the headline and the first paragraph, one block of three or more short lines that
  end no sentence, two of them already known as datelines, widgets, fields or credits ("Редакция от …",
  «Документ действует», "Entry into force: …"), is the record's details: its other lines go with it («Утверждено
  постановлением … № 812»). A repository's record stacks its labels over their values instead ("Author" /
  "Zhumabekova, Dana"), and a value may end on an abbreviation ("iv, 118 p.").
- **A standing headline.** A long line that ends no sentence, alone between blank lines and over lines that are no
  paragraph, is the headline, not the first paragraph (a treaty's name of eighteen words over its status and edition).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .boilerplate_lines import _BARS, _PICTOGRAPHS, _SENTENCE_END, _is_prose, _vocab
from .boilerplate_records import _HEAD_CHROME, stacked_labels
from .langdata import all_lang_data, is_contents_heading

__all__ = ["drop_ends", "drop_head_record", "drop_letterhead", "drop_sources", "standing_headline"]

END_HEADING_WORDS = 8  # words of an end matter's heading at most ("About Lorna Air" and its name)
END_LINES = 6  # lines of text under one end-matter heading at most
_COUNTERS = re.compile(r"^(?:\d[\d.,]*\s?[KkMmКкМм]?\s+[^\W\d]+\.?\s*){2,}$")  # "1,2 тыс. 184 комментария"
# a visitor counter: three or more labels each with its figure and nothing else ("Сегодня: 412 Вчера: 1 038 Всего: …")
_LABELLED_COUNTERS = re.compile(r"^(?:[^\W\d]+(?:\s[^\W\d]+){0,3}:\s*\d[\d\s.,]*?\s*){3,}$")
_CONTACT_END = re.compile(r":\s*(?:@[\w.]{3,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$")
_NAME_WORD = re.compile(r"^[\"«“(]?[A-ZА-ЯЁ0-9][\w&.'’-]*[\"»”)]?$")
_CHROME_IN_HEAD = _HEAD_CHROME | {"download"}  # and a file offered for download
_ABBREVIATED = re.compile(r"(?:^|[\s,])\w{1,3}\.$")  # a value ending on an abbreviation ("iv, 118 p.", «2025 г.»)
_LABELLED = re.compile(r"^[^\W\d][\w.’'-]*(?: [\w.’'-]+){0,4}:\s+\S")  # "Entry into force: …", a label of 1-5 words
HEADLINE_WORDS = (8, 25)  # a standing headline's words
RECORD_LINES = 3  # lines of a record's details at least
RECORD_WORDS = 25  # words of a record's line at most


@dataclass(frozen=True)
class _Ends:
    sections: frozenset[str]
    lists: frozenset[str]  # sections of any length (`end_lists`)
    prefixes: tuple[str, ...]  # longest first
    sources: frozenset[str]


@lru_cache(maxsize=1)
def _ends() -> _Ends:
    langs = all_lang_data()
    return _Ends(
        sections=frozenset().union(*(ld.end_sections | ld.end_lists for ld in langs)),
        lists=frozenset().union(*(ld.end_lists for ld in langs)),
        prefixes=tuple(sorted({p for ld in langs for p in ld.end_section_prefixes}, key=len, reverse=True)),
        sources=frozenset().union(*(ld.source_labels for ld in langs)),
    )


def _is_sentence(plain: str) -> bool:
    """A line that ends a sentence, not a label before its colon ("Media contact:")."""
    return bool(_SENTENCE_END.search(plain)) and not plain.endswith(":")


ENTRY_WORDS = 12  # a line of such a list without its number, "//" or a name before a dash is this short at most
# "3. Veld A. …", «… // Вестник …», «Вельдова Анна Петровна — …», «Вельдиев Анар Рауф оглы – …»
_ENTRY = regex.compile(r"^\d{1,3}[.)]\s|\s//\s|^(?:\p{Lu}[\p{Ll}'’-]+\s){1,3}(?:\p{Ll}+\s)?[—–]\s")


def _is_entry(plain: str) -> bool:
    """A line of a list of publications or of names: a numbered entry, one citing its journal after "//", a person's
    name before a dash and their post, or a short line (a group's label, an entry's last line, a signatory)."""
    return bool(_ENTRY.search(plain)) or len(plain.split()) <= ENTRY_WORDS


def _end_heading(plains: Sequence[str], i: int, ends: _Ends) -> int | None:
    """The last line of the end-matter heading at line `i`: `i`, or the next line of text for a heading a page set on
    two lines ("СПИСОК РАБОТ, ОПУБЛИКОВАННЫХ АВТОРОМ ПО" over "ТЕМЕ ДИССЕРТАЦИИ", the first ending on no mark); None
    when `i` begins none."""
    if _is_end_heading(plains[i], ends):
        return i
    below = next((j for j in range(i + 1, min(i + 3, len(plains))) if plains[j]), None)
    if below is not None and plains[i][-1:].isalnum() and _is_end_heading(f"{plains[i]} {plains[below]}", ends):
        return below
    return None


def _is_end_heading(plain: str, ends: _Ends) -> bool:
    """"Forward-looking statements", "Media contact:", "About Lorna Air", «О компании»."""
    words, label = plain.split(), " ".join(plain.lower().rstrip(" :").split())
    if not words or len(words) > END_HEADING_WORDS or (_is_sentence(plain) and label.rstrip(".") not in ends.sections):
        return False  # a sentence, but for a stamp's own («Электронная подпись действительна.»)
    label = label.rstrip(".")
    if label in ends.sections:
        return True
    prefix = next((p for p in ends.prefixes if label.startswith(p + " ") or label == p), None)
    if prefix is None:
        return False
    rest = words[len(prefix.split()):]
    rest = rest[1:] if rest[:1] in (["the"], ["The"]) and len(rest) > 1 else rest  # "About the Institute"
    return label == prefix or all(_NAME_WORD.match(w) for w in rest)  # "About" + a name, never "About the deal"


PROSE_WORDS = 12  # words of a sentence at least that a heading among an end section's lines heads: the text goes on


def _heads_prose(plains: Sequence[str], under: Sequence[int]) -> bool:
    """A heading among the lines under an end section's (a short line that ends no sentence) over a sentence of
    `PROSE_WORDS` or more: the article goes on under its own heading, which a text read again shows unmarked."""
    return any(not _is_sentence(plains[k]) and len(plains[k].split()) <= END_HEADING_WORDS
               and any(_is_sentence(plains[j]) and len(plains[j].split()) >= PROSE_WORDS for j in under if j > k)
               for k in under)


def drop_ends(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """Counters, contacts after a colon, and the end-matter sections at the page's end (see the module)."""
    ends = _ends()
    for i, plain in enumerate(plains):
        bare = " ".join(_PICTOGRAPHS.sub(" ", plain).split())
        if reasons[i] is None and plain and (_COUNTERS.match(bare) and _vocab().months.isdisjoint(bare.lower().split())
                                             or _LABELLED_COUNTERS.match(bare)):  # «28 января 2025 года» is a date
            reasons[i] = "counters"
        elif reasons[i] is None and plain and _CONTACT_END.search(plain) and len(plain.split()) <= 40:
            reasons[i] = "contact line"
        elif reasons[i] is None and plain and _is_credits(plain):
            reasons[i] = "credits"
    _drop_signature(lines, plains, reasons)
    _drop_contents_heading(plains, reasons)
    _drop_pull_quotes(plains, reasons)
    tail = len(plains)  # from here to the end every line is chrome
    while True:
        while tail > 0 and (not plains[tail - 1] or reasons[tail - 1] is not None):
            tail -= 1
        head = next((i for i in range(tail - 1, -1, -1) if plains[i] and (
            _end_heading(plains, i, ends) is not None or lines[i].lstrip().startswith("#"))), None)
        last = _end_heading(plains, head, ends) if head is not None else None
        if head is None or last is None:
            return
        label = " ".join(" ".join(plains[head : last + 1]).lower().rstrip(" :.").split())
        under = [j for j in range(last + 1, tail) if plains[j] and reasons[j] is None]
        listed = label in ends.lists and all(_is_entry(plains[j]) for j in under)
        if len(under) > END_LINES and not listed or (_is_sentence(plains[head]) and any(
                len(plains[j].split()) > STAMP_WORDS or _SENTENCE_END.search(plains[j]) for j in under)) \
                or (label not in ends.lists and _heads_prose(plains, under)):
            return  # a stamp's sentence («Электронная подпись действительна.») heads its short fields only
        for j in (*range(head, last + 1), *under):
            reasons[j] = "end matter"
        tail = head


_HEAD_MISREAD = (None, "authors", "masthead")  # an entry in capitals on a title page («ВВЕДЕНИЕ 3») read as a name
CONTENTS_LINES = 3  # entries with their page numbers under a contents' heading at least
CONTENTS_WORDS = 15  # words of an entry at most
_PAGED_ENTRY = re.compile(r"^(.*?[^\W\d_].*?)\s+(\d{1,4})$")  # "1.2 Товарная структура 13": a Word contents' tab leader, read


def _drop_contents_heading(plains: Sequence[str], reasons: list[str | None]) -> None:
    """"Contents" («Содержание»; `contents_headings`) right over a contents' lines ("1. Data and the law ..... 4"), or
    over `CONTENTS_LINES` entries or more each ending on its page, the pages in order (a Word contents' tab leaders
    read as a space: «Введение 5», «1 Динамика … 7»), or over numbered entries naming lines further down: the heading
    goes with them."""
    for i, plain in enumerate(plains):
        if reasons[i] in (None, "masthead") and is_contents_heading(plain):  # a title page's heading in capitals
            below = next((j for j in range(i + 1, len(plains)) if plains[j]), None)
            if below is not None and reasons[below] == "contents":
                reasons[i] = "contents"
                continue
            entries, pages = [], []
            for j in range(i + 1, len(plains)):
                found = _PAGED_ENTRY.match(plains[j]) if plains[j] and reasons[j] in _HEAD_MISREAD else None
                if plains[j] and not (found and len(plains[j].split()) <= CONTENTS_WORDS
                                      and not _SENTENCE_END.search(found.group(1))):
                    break
                if found:
                    entries.append(j)
                    pages.append(int(found.group(2)))
            if len(entries) >= CONTENTS_LINES and pages == sorted(pages):
                for j in (i, *entries):
                    reasons[j] = "contents"
        listed = _headings_listed(plains, i) if reasons[i] in (None, "masthead") and is_contents_heading(plain) else []
        if listed:  # the headings it leads to, the contents above the headline or below it
            for j in (i, *listed):
                reasons[j] = "contents"


_LISTED = regex.compile(r"^\d{1,2}[.)]\s+(.+?)(?:\s+\([^()]{1,40}\))?$")  # «1. Лорна и … (Вести)»: an entry, its source


def _headings_listed(plains: Sequence[str], at: int) -> list[int]:
    """The numbered entries under the contents' heading at `at` when there are `CONTENTS_LINES` or more and each names a
    line of its own further down (a digest's or a page's contents without pages: the headings it leads to)."""
    entries = []
    for j in range(at + 1, len(plains)):
        found = _LISTED.match(plains[j]) if plains[j] else None
        if plains[j] and not (found and len(plains[j].split()) <= CONTENTS_WORDS + 5):
            break
        if found:
            entries.append((j, " ".join(found.group(1).split())))
    below = {" ".join(p.split()) for p in plains[entries[-1][0] + 1:]} if entries else set()
    return [j for j, _ in entries] if len(entries) >= CONTENTS_LINES and all(e in below for _, e in entries) else []


# an official's signature under a letter or a report: a role, then initials and a surname («Руководитель управления
# А. Жусупов», "Head of the Trade Department K. Amsel", «Судья О.В. Кузнецова»)
_SIGNATURE = regex.compile(r"^\p{Lu}\p{Ll}+(?:\s+[\p{L}-]+){0,6}\s+(?:\p{Lu}\.\s?){1,2}\s?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$")
_TWO_INITIALS = regex.compile(r"^\p{L}+\s+\p{Lu}\.\s?\p{Lu}\.")  # «Судья О.В. Кузнецова»: a one-word role and two initials
_NOTE_LINE = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?\s)")  # "[1] Данные …", "2 Interviews …": a note under it


def _is_signature(plain: str) -> bool:
    """A role in lower case or two initials before the surname («Руководитель управления А. Жусупов»)."""
    return bool(_SIGNATURE.match(plain)) and (any(w[:1].islower() for w in plain.split()[1:-1])
                                              or bool(_TWO_INITIALS.search(plain)))


_NUMBERED_HEADING = regex.compile(r"^(?:#+\s*|\d{1,2}\.\s+\p{Lu})")  # "## …", «2. Общие сведения»


def _drop_signature(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """The last line of the text that is a signature (`_SIGNATURE`), with nothing after it but notes and chrome; and one
    that signs a part of it (an address opening a brochure): under a sentence, over a heading."""
    shown = [i for i, plain in enumerate(plains) if plain and reasons[i] is None]
    for k, i in enumerate(shown[1:-1], 1):
        before, after = shown[k - 1], shown[k + 1]
        if _is_signature(plains[i]) and lines[i].strip() == plains[i] and _SENTENCE_END.search(plains[before]) \
                and _NUMBERED_HEADING.match(lines[after].lstrip()) and not _SENTENCE_END.search(plains[after]):
            reasons[i] = "signature"
    for i in range(len(plains) - 1, -1, -1):
        plain = plains[i]
        if not plain or reasons[i] is not None or _NOTE_LINE.match(plain):
            continue
        if _is_signature(plain):
            reasons[i] = "signature"
        return


CREDITS_WORDS = 40  # words of a line of credits at most
STAMP_WORDS = 8  # words of a field under a stamp's sentence at most ("Кому выдана …", "Сертификат …")


def _is_credits(plain: str) -> bool:
    """A line of two or more credits parted by "·" or "|", each opening on a role and a colon (`byline_words`), that
    asks nothing and ends no sentence:
    «Ведущий: Иван Лорнов · Гости: Анна Вельд, экономист», "Host: … | Producer: …"."""
    parts = [p.split() for p in re.split(r"\s[·|]\s", plain)]
    roles = frozenset().union(*(ld.byline_words for ld in all_lang_data()))
    if "?" in plain or _SENTENCE_END.search(plain):
        return False  # turns of speech, not names
    return 2 <= len(parts) and len(plain.split()) <= CREDITS_WORDS and all(
        p and p[0].endswith(":") and p[0].lower().rstrip(":") in roles for p in parts)


PULL_QUOTE_WORDS = (5, 40)  # words of a pull quote


def _drop_pull_quotes(plains: Sequence[str], reasons: list[str | None]) -> None:
    """A sentence standing alone that a longer paragraph above it says word for word: a pull quote."""
    said = [" ".join(p.split()) if reasons[j] is None else "" for j, p in enumerate(plains)]
    for i, plain in enumerate(said):
        if not plain or not PULL_QUOTE_WORDS[0] <= len(plain.split()) <= PULL_QUOTE_WORDS[1] or not _SENTENCE_END.search(plain) \
                or plain.rstrip("\"”»’)").endswith("?"):  # a question quoted in a forum's reply is asked again, not pulled out
            continue
        if any(len(other) > len(plain) + 10 and plain in other for other in said[:i]):  # said already, above it
            reasons[i] = "pull quote"


def drop_sources(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None], first_prose: int) -> None:
    """A "Source: …" line above the first paragraph (under a table it is the article's: eval/unseen/'s decision)."""
    ends = _ends()
    for i in range(min(first_prose, len(plains))):
        plain = plains[i]
        if reasons[i] is None and ":" in plain and plain.partition(":")[0].strip().lower() in ends.sources \
                and not _SENTENCE_END.search(plain):
            reasons[i] = "source"


_PHONE = re.compile(r"\+?\d[\d ()-]{6,}\d")


def drop_letterhead(plains: Sequence[str], reasons: list[str | None]) -> None:
    """An address line of segments parted by dots or bars, one of them a phone after its label ("Lorna, 4 Quay Street
    · tel.: +44 20 7946 0018 · lorna.example"): a letterhead or a footer, never a sentence."""
    labels = _vocab().contact_labels
    for i, plain in enumerate(plains):
        parts = _BARS.split(plain)  # the bars between a menu's items part a letterhead's too
        if reasons[i] is not None or len(parts) < 2 or _SENTENCE_END.search(plain):
            continue
        if any(_PHONE.search(part) and part.partition(":")[0].strip(" .").lower().rstrip(".") in labels for part in parts):
            reasons[i] = "contact line"


def standing_headline(lines: Sequence[str], plains: Sequence[str], i: int) -> bool:
    """Line `i` is a long headline standing alone: 8 to 25 words from a capital, no sentence's end, blank lines around,
    and the next line no paragraph (the headline's details under it; a line right over the first paragraph may be its
    own, and is read as the article's either way). A text browser's dump wraps it over WRAPPED_HEADLINE lines at most."""
    blank = lambda j: j < 0 or j >= len(plains) or not plains[j]
    end = next((j for j in range(i, min(i + WRAPPED_HEADLINE, len(plains))) if blank(j + 1)), None)
    if end is None:
        return False
    plain = " ".join(plains[i : end + 1])
    n = len(plain.split())
    after = next((j for j in range(end + 1, len(plains)) if plains[j]), None)
    return (HEADLINE_WORDS[0] <= n <= HEADLINE_WORDS[1] and plain[:1].isupper() and not _SENTENCE_END.search(plain)
            and not plain.endswith((",", ":", ";")) and blank(i - 1) and "|" not in plain
            and after is not None and not _is_prose(plains[after]))


WRAPPED_HEADLINE = 2  # lines a standing headline is set on at most


def drop_head_record(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None], headline: int | None,
                     first_prose: int) -> None:
    """The record's details between the headline and the first paragraph (see the module)."""
    if headline is None:
        return
    heading = next((i for i in range(headline + 1, len(lines)) if lines[i].lstrip().startswith("#")), len(lines))
    run = [i for i in range(headline + 1, min(first_prose, heading, len(plains))) if plains[i]]  # above the first section
    stacked = bool(run) and stacked_labels(plains, run)  # each field a block of its own, its label over its value
    if not run or (run[-1] - run[0] != len(run) - 1 and not stacked):
        return  # one block of lines, as a record's details stand; a hearing's contents and witnesses are not one
    short = [i for i in run if len(plains[i].split()) <= RECORD_WORDS
             and (not _SENTENCE_END.search(plains[i]) or _ABBREVIATED.search(plains[i]))]
    known = [i for i in short if reasons[i] in _CHROME_IN_HEAD]
    labelled = [i for i in short if reasons[i] in ("source", "record details") or _LABELLED.match(plains[i])]
    if len(short) >= RECORD_LINES and len(known) >= 2 and (labelled or stacked) and len(short) == len(run):
        for i in short:
            reasons[i] = reasons[i] or "record details"
