"""Chrome of newsletters, blogs and picture pages, by form: what `boilerplate.strip` reads after judging
each line on its own.

- a user's handle on a line of its own ("lorna_notes", "@old_teacher") above the article or after it: a blog's or a
  comment's author;
- a note in italics at the end of the page, after its list of links to other articles ("*The site is funded by
  its readers ...*");
- a legend: a run-in label over short items parted by dots ("**How we rate claims:** True · Mostly true · …");
- a bar of share links ("[X](https://x.com/intent/tweet?url=...) · [LinkedIn](...share-offsite...)");
- the rest of a quoted block that chrome opens ("> **SPONSORED BY ...**" / "> Disputes ... [Book a call](...)");
- a picture's caption that ends on its credit ("Trucks at the crossing. Photo: press service", «Сердар Нурыев.
  Фото из личного архива»);
- a note opened by a run-in label, however long ("**About the authors.** …", "*Cite this explainer:* …");
- above the article, a line of facts parted by bars with a date in it ("Ref. 14/2025 · Brussels, 21 November 2025 ·
  …"), or a date with a clock time ("Public hearing held on 19 November 2025, 15:00–17:30, …");
- a clock time alone, with its time zone or not ("17:30 ALMT", "09:05 GMT+5"): a live blog's post time;
- a file offered for download, its format and size in brackets ("Презентация докладчика (PDF, 2,4 МБ)");
- between the headline and the first paragraph, a record's details: three lines or more in a row, each a short
  label and a colon before its value ("Case No.: …", "Seat: Stockholm", "Status: …"), and the short lines under an
  event's date and time ("Алматы, конференц-зал … и онлайн", «Язык: русский и казахский»);
- a short heading that ends the page: it heads nothing ("Фотоотчёт" once its gallery has gone); a headline that says
  something ("URGENT-Reserves at record high - central bank", a wire's flash) stays;
- a wire's story code ("BC-LORNA-PORT/FERRIES (UPDATE 2)"), a credit in brackets ("(Reporting by …; Editing by
  …)") and one after a colon («Текст и фото: Данияр Есенов»), a BibTeX entry's lines ("title = {…},").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from .boilerplate_lines import (
    _BARS,
    _SENTENCE_END,
    _TIME,
    _has_date,
    _is_prose,
    _opens_wrapped,
    _starts_with,
    _Vocab,
    is_turn,
)

__all__ = [
    "drop_author_bios", "drop_end_notes", "drop_post_chrome", "is_head_dateline", "last_paragraph", "says_something",
]

_HANDLE_LINE = re.compile(r"^@[\w.]{2,}$|^[a-z0-9]+(?:[_.][a-z0-9]+)*_[a-z0-9_.]*$")
# where a share button sends its link: X / Twitter, Facebook, LinkedIn, Telegram, WhatsApp, VK, Reddit, e-mail
_SHARE_URL = re.compile(r"/intent/(?:tweet|post)|/sharer|share-offsite|shareArticle|t\.me/share|wa\.me/\?|api\.whatsapp\.com/send"
                        r"|vk\.com/share|reddit\.com/submit|^mailto:\?", re.IGNORECASE)
_LINK_TARGET = re.compile(r"\]\(([^)\s]+)")
_LAST_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=\S[^.!?…]*[.!?…]?\s*$)")
CAPTION_WORDS = 40  # a caption with its credit is shorter than a paragraph
CREDIT_WORDS = 15  # and its credit shorter still
SHORT_CREDIT = 6  # a credit without a colon ("Фото из личного архива") is shorter than that, its caption short too
_RUN_IN = re.compile(r"^\W*([^.:!?]{3,40}?)[*_]*[.:][*_]*\s")  # "**About the authors.** ", "*Cite this explainer:* "


def drop_post_chrome(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None], vocab: _Vocab,
                     start: int = 0, end: int = 0) -> None:
    """Mark the lines of the forms above as chrome (lines already judged keep their reason). A handle is chrome
    above the article (`start`: its headline, else its first paragraph) or after its last paragraph of prose
    (comments); in between it names who wrote the post below it (a forum thread), as a speaker's label does.
    A record's details are looked for from `start` to `end` (the first paragraph)."""
    _drop_details(lines, plains, reasons, start, end)
    last = max((i for i, p in enumerate(plains) if reasons[i] is None and len(p.split()) >= 20 and _SENTENCE_END.search(p)),
               default=len(plains))
    for i, (line, plain) in enumerate(zip(lines, plains)):
        if reasons[i] is not None or not plain:
            continue
        if _HANDLE_LINE.match(plain):
            if i < start or i > last:
                reasons[i] = "handle"
        elif _is_legend(line, plain):
            reasons[i] = "menu"
        elif _CLOCK_LINE.match(plain):
            reasons[i] = "dateline"
        elif _WIRE_CODE.match(plain) or _BIBTEX.match(line.strip()):
            reasons[i] = "citation"
        elif _is_credit(plain, vocab):
            reasons[i] = "byline"
        elif _FILE_OFFER.search(plain) and len(plain.split()) <= FILE_OFFER_WORDS \
                and not _SENTENCE_END.search(_FILE_OFFER.sub("", plain)):
            reasons[i] = "link list"
        elif sum(bool(_SHARE_URL.search(url)) for url in _LINK_TARGET.findall(line)) >= 2:
            reasons[i] = "share bar"
        elif _is_captioned(plain, vocab):
            reasons[i] = "caption"
        elif (m := _RUN_IN.match(line.strip())) and _starts_with(m.group(1).strip().lower(), vocab.note_labels):
            reasons[i] = "author note"
    _drop_quoted_rest(lines, reasons)


_CLOCK_LINE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s+(?:[ap]\.?m\.?|[A-ZА-ЯЁ]{2,5}|(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d{2})?))?$")
_FILE_OFFER = re.compile(r"\((?:[^()]*,\s*)?(?:PDF|DOCX?|XLSX?|PPTX?|ZIP|RTF|ODT|MP3|MP4)\s*,\s*\d+(?:[.,]\d+)?\s*"
                         r"(?:[KMG]B|[КМГ]Б|Кб|Мб|pages|стр\.?|с\.)\)", re.IGNORECASE)
FILE_OFFER_WORDS = 15  # a file's name with its format and size, no paragraph
_WIRE_CODE = re.compile(r"^[A-Z]{2,}(?:[-/][A-Z0-9]+)+(?:\s*\((?:UPDATE|REFILE|CORRECTED|REPEAT)\b[^)]*\))?$")
_BIBTEX = re.compile(r"^(?:@\w+\{[\w:.-]+,|\w+\s*=\s*(?:[{\"].*[}\"]|\w+),?|\}\s*)$")  # "@misc{key,", "title = {…},", "month = dec,", "}"
CREDIT_WORDS = 18
CREDITS_WORDS = 45  # a wire's credits parted by semicolons, each a phrase and its names


def _is_credit(plain: str, vocab: _Vocab) -> bool:
    """"(Reporting by Dana Omarova; Editing by …)", «Текст и фото: Данияр Есенов»: a credit of several words before the
    names, in brackets or before a colon (a byline's own rules read one word before a colon, or a phrase before a name)."""
    bracketed = plain.startswith("(") and plain.endswith(")")
    inner = plain[1:-1] if bracketed else plain
    parts = inner.rstrip(".").split(";")  # "Reporting by … in …; Additional reporting by …; Editing by …": a wire's
    if len(parts) >= 2 and len(inner.split()) <= CREDITS_WORDS and all(  # credits, one phrase and its names a part
            (head := _starts_with(part.strip().lower(), vocab.byline_phrases)) and part.strip()[len(head):].lstrip()[:1].isupper()
            for part in parts):
        return True
    phrase = _starts_with(inner.lower(), vocab.byline_phrases)
    if phrase is None or len(inner.split()) > CREDIT_WORDS:
        return False
    after = inner[len(phrase):]
    return after.lstrip(" :")[:1].isupper() and (bracketed or after.lstrip()[:1] == ":")


_FIELD = re.compile(r"^[^\W\d][\w.’'-]*(?: [\w.’'-]+){0,2}:\s+\S")  # "Case No.: …", "Seat: …": a label of 1-3 words
DETAIL_ROWS = 3  # this many labelled lines in a row make a record's details
DETAIL_WORDS = 25


def _drop_details(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None], start: int, end: int) -> None:
    """Runs of `DETAIL_ROWS` or more lines that are each a label and its value, begun from `start` to `end` (a
    value may be long enough to look like the first paragraph: "Decision: Partial award …, 14 October 2025"), and
    from `start` to `end` the lines right under a dated clock time that end no sentence and are no heading (an event's
    details: its place and language)."""
    dated = False
    for i in range(start, min(end, len(plains))):
        if reasons[i] == "dateline" and _TIME.search(plains[i]):
            dated = True
        elif dated and plains[i] and reasons[i] is None and not _SENTENCE_END.search(plains[i]) \
                and len(plains[i].split()) <= DETAIL_WORDS and not lines[i].lstrip().startswith("#"):
            reasons[i] = "record details"
        elif plains[i]:
            dated = False  # the details stand right under the date, up to the first line of anything else
    run: list[int] = []
    for i in range(start, len(plains) + 1):
        plain = plains[i] if i < len(plains) else ""
        if plain and reasons[i] is None and _FIELD.match(plain) and len(plain.split()) <= DETAIL_WORDS and (run or i < end) \
                and not is_turn(plain.partition(":")[2].split()) and not lines[i].lstrip().startswith("#"):
            # "Host: Why March?" is a transcript's turn, "# Open Counters: Making …" a headline
            run.append(i)
            continue
        if run and i < len(plains) and (not plain or (reasons[i] and _FIELD.match(plain))):
            continue  # a blank line, or a labelled line already chrome ("Last reviewed: 08 Dec 2025"), keeps the run
        if len(run) >= DETAIL_ROWS:
            for j in run:
                reasons[j] = "record details"
        run = []
        if i >= end:
            return


LEGEND_ITEMS = 4  # a label and this many short items parted by dots: a legend or a menu, no sentence


def _is_legend(line: str, plain: str) -> bool:
    """A run-in label over short items parted by dots ("**How we rate claims:** True · Mostly true · False · …")."""
    m = _RUN_IN.match(line.strip())
    if not m:
        return False
    items = [x.strip() for x in plain[len(m.group(1)) + 1:].split(" · ")]
    return len(items) >= LEGEND_ITEMS and sum(len(x.split()) <= 3 for x in items) >= len(items) - 1


def _is_captioned(plain: str, vocab: _Vocab) -> bool:
    """A short line of two sentences or more whose last one is a credit: a widget label and a colon
    ("Фото: пресс-служба министерства", "Photo: Reuters")."""
    if len(plain.split()) > CAPTION_WORDS:
        return False
    parts = _LAST_SENTENCE.split(plain)
    if len(parts) < 2:
        return False
    last = parts[-1].strip()
    if len(last.split()) > CREDIT_WORDS:
        return False
    label = _starts_with(last.lower(), vocab.widget_prefixes)
    if label and last[len(label):].lstrip()[:1] == ":":
        return True
    short = len(last.split()) <= SHORT_CREDIT and len(plain.split()) <= 2 * SHORT_CREDIT
    return short and _starts_with(last.lower(), vocab.photo_labels) is not None


def is_head_dateline(plain: str, vocab: _Vocab, *, barred: bool = False) -> bool:
    """Above the article: facts parted by bars with a date among them, or a date with a clock time, no sentence.
    `barred`: the first form only, however long ("By … · Published 4 March 2026, 09:15 · Updated …"), which is
    never the article's first paragraph (a date with a clock time alone may open one)."""
    bars = len(_BARS.findall(plain))
    ends = _SENTENCE_END.search(plain) and not (bars >= 2 and len(_BARS.split(plain)[-1].split()) <= 2)  # "· 5 мин."
    if ends or not _has_date(plain, vocab):
        return False
    return bars >= 2 or (not barred and bool(_TIME.search(plain)))


def _drop_quoted_rest(lines: Sequence[str], reasons: list[str | None]) -> None:
    """In a quoted block ("> ..." lines) opened by a chrome label (no sentence: "> **SPONSORED BY ...**"),
    the lines after it are the same chrome: a sponsor's box, a link preview."""
    opener: int | None = None
    for i, line in enumerate(lines):
        if not _quoted(line):
            opener = None
            continue
        if opener is None:
            opener = i if reasons[i] is not None and not _SENTENCE_END.search(line) else -1
        elif opener >= 0 and reasons[i] is None:
            reasons[i] = reasons[opener]


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


_NAME_PAIR = regex.compile(r"(?=(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+))")
BIO_WORDS = 60  # words of an author's note at most


def drop_author_bios(plains: Sequence[str], reasons: list[str | None]) -> None:
    """A note on the authors without a label: a short paragraph each of whose sentences begins with the name of an
    author of the byline or the dateline ("Ana Morel covers ports from Lorna. Jonas Veld is our correspondent in
    Veldmark."), after the article's last paragraph of 20 words or more, or as that paragraph when one comes before it."""
    names = {m.group(1) for i, p in enumerate(plains) if reasons[i] in {"byline", "authors", "dateline"}
             for m in _NAME_PAIR.finditer(p)}
    last = last_paragraph(plains, reasons)
    if not names or last is None:
        return
    earlier = last_paragraph(plains[:last], reasons[:last]) is not None  # the note may be the last long paragraph
    for i in range(last if earlier else last + 1, len(plains)):
        plain = plains[i]
        if reasons[i] is not None or not plain or len(plain.split()) > BIO_WORDS:
            continue
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", plain) if s]
        if len(sentences) <= 3 and all(len(s.split()) >= 4 and " ".join(s.split()[:2]) in names for s in sentences):
            reasons[i] = "author note"


def last_paragraph(plains: Sequence[str], reasons: Sequence[str | None]) -> int | None:
    """The article's last paragraph of prose of 20 words or more still kept, or the last line of one hard-wrapped over
    lines, each going on in the next (`_opens_wrapped`: a mail's text in an archive); None: there is none."""
    last, run = None, ""
    for i, plain in enumerate(plains):
        wrapped = plain and reasons[i] is None and i and reasons[i - 1] is None and _opens_wrapped(plains, i - 1)
        run = f"{run} {plain}" if wrapped else plain
        if plain and reasons[i] is None and (len(plain.split()) >= 20 and _is_prose(plain) or (
                len(run.split()) >= 20 and _is_prose(run) and _SENTENCE_END.search(plain))):
            last = i
    return last


_MD_HEADING = re.compile(r"^\s*#{1,6} ")
_ITALIC_LINE = re.compile(r"^\s*([*_])(?![*_\s]).*(?<![*_\s])\1\s*$")  # "*...*" or "_..._", not bold
END_NOTE_WORDS = 40
END_HEADING_WORDS = 6  # a heading ending the page that heads nothing is a block's label; a longer one says something


def drop_end_notes(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """After the page's last list of links, the lines still kept are notes in italics (a funding or an
    independence statement) when every one of them is; one line of anything else and all stay. Then the
    headings that end the page, which head nothing."""
    links = [i for i, r in enumerate(reasons) if r == "link list"]
    kept = [i for i in range(links[-1] + 1, len(plains)) if plains[i] and reasons[i] is None] if links else []
    if kept and all(_ITALIC_LINE.match(lines[i]) and len(plains[i].split()) <= END_NOTE_WORDS for i in kept):
        for i in kept:
            reasons[i] = "footer"
    kept = [i for i, plain in enumerate(plains) if plain and reasons[i] is None]
    while len(kept) > 1 and _MD_HEADING.match(lines[kept[-1]]) and not says_something(lines[kept[-1]], plains[kept[-1]]):
        reasons[kept.pop()] = "footer"


def says_something(line: str, plain: str) -> bool:
    """A marked heading longer than a block's label: a headline that says something ("## URGENT-Reserves at record
    high - central bank", a wire's flash with no text under it), kept wherever it stands."""
    return bool(_MD_HEADING.match(line)) and len(plain.split()) > END_HEADING_WORDS
