"""Cleaning 22 to 24, by form: a letter's close, a page's comments, a boxed advertisement, a poster's name and role.

- **Comments.** A heading of the page's comments or replies ("Replies", "Comments (23)", «1 316 комментариев»;
  `comment_headings` in data/lang), or a line of counters counting them («👍 1,2 тыс. 184 комментария 96 репостов»),
  once most of the article's prose is above it, opens the page's end: it and every line after it are chrome (the
  comments' texts, their sort bar and prompt, the related items after them). Not where the article's numbered
  paragraphs go on under it (a cable's "COMMENT" section, "12." after "11.").
- **A record after the text.** After the last paragraph, three short labelled lines or more in a row ("Drafted: …" /
  "Cleared: …" / "Approved: …" under a cable).
- **A signer's title** below the first paragraph, a short line over the signer's initials and surname already dropped
  («Руководитель управления» / «Н. Т. Вельдов»).
- **A sign-off.** After the last paragraph, a short line ending on a comma over a name alone ("See you next
  Wednesday," / "Ainura", «С уважением,» / «Редакция»): the letter's close.
- **A boxed advertisement.** Lines between two rules ("-----", "=====") opened by a line already chrome, a label
  that ends no sentence ("SPONSORED · Lorna HR"): the box is the same chrome.
- **After the last paragraph**, a short label before a bare web address ("Forward this letter to a colleague:
  https://…"), a credit that ends no sentence right under it and before nothing kept ("Source: press service of the
  ministry"; under a table, or over the notes, it is the table's), and a line of three parts or more parted by dots or bars that ends no sentence (a newsletter's
  postal footer: "The Lorna Letter · Lorna Media LLC · 12 Quay Street, Lorna"); and a "related" label
  (`list_marker_heads` in data/lang: "Related research") with every line left after it, when none ends a sentence.
- **A poster's name**: a name over its handle on one line, with the buttons beside it ("Nora Veldt @nveldt Follow").
- **An author's role** between two lines of a byline, above the first paragraph ("Nora Veldt" / "Chief Operating Officer at
  Lorna Fresh | Cold chain for fruit" / "Published Dec 11, 2025").
- **A reviewer's comment** a document exports after its text ("[a]Check the figure with customs."), lettered where its
  footnotes are numbered, and the replies under it to the end (a comment thread).
- **A dated item of a kept list** is the list's, not a dateline (a note's sources: "- Lorna ministry briefing,
  17.11.2025"); a list of dates alone stays chrome.
- **A bar of reactions**: symbols, counts and buttons and nothing else ("♡ 214 💬 31 ↻ Restack", «Нравится 146»).
- **An appeal** to like, subscribe or follow a channel (`appeals` in data/lang), in a line of up to 45 words.
- **An advertisement** a channel marks with a hashtag opening or closing its post ("#ad …", «#реклама Курсы …»,
  «… пишите @bot #реклама»; `ad_tags` in data/lang), in a line of up to 60 words.
- **A channel's audience**: a short line ending on a count of its subscribers, followers or views, and the age after it
  ("Lorna Weekly 318K subscribers", a video's card "… 212K views · 1 month ago"; `audience_words` in data/lang).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .boilerplate_ends import _ends
from .boilerplate_lines import _BARS, _INITIALS_NAME, _SENTENCE_END, _URL, _vocab
from .boilerplate_posts import END_HEADING_WORDS, last_paragraph
from .langdata import all_lang_data

__all__ = ["drop_tails"]

COMMENTS_AFTER = 0.6  # share of the article's prose words above a comments heading at least
PROSE_WORDS = 20  # a line of prose this long at least counts towards that share
SIGN_OFF_WORDS = 6  # words of a sign-off's line at most ("See you next Wednesday,")
NAME_WORDS = 3  # words of the name under it at most
BOX_LINES = 8  # lines inside a boxed advertisement at most
LABEL_WORDS = 8  # words of a label before a bare web address at most
FOOTER_PARTS = 3  # parts of a footer line parted by dots or bars at least
AUDIENCE_WORDS = 25  # words of a line ending on an audience at most ("Lorna Weekly 318K subscribers", a video's card:
# "<title> <channel> 212K views · 1 month ago")
ROLE_WORDS = 20  # words of an author's role between the lines of a byline at most
REPLY_WORDS = 40  # words of a line of a comment thread at most
SENTENCE_WORDS = 8  # words of a sentence of the text above it at least
REACTION_TOKENS = 10  # tokens of a bar of reactions at most
APPEAL_WORDS = 45  # words of a line holding an appeal to subscribe at most
AD_WORDS = 60  # words of a post marked as an advertisement at most
TITLE_WORDS = 5  # words of a signer's title over the signature at most
RECORD_LINES = 3  # labelled lines of a record after the last paragraph at least
RECORD_WORDS = 12  # words of each at most
_END_LABEL = re.compile(r"^[A-ZА-ЯЁ][\w.-]*(?:\s[\w.-]+)?:\s+\S")  # "Drafted: …", «Исполнитель: …»
_COUNT = re.compile(r"[\d\s.,()\u00a0\u202f]+(?:(?:тыс|млн|[KkКк])\.?(?=\s|$))?")  # "1 тыс. комментариев", "1.2K comments"
_AUDIENCE = re.compile(r"(?:^|\s)\d[\d\s.,]*(?:\s?(?:[KkMm]|тыс\.?|млн\.?))?\s+(\w+)(?:\s*[·•|]\s*(?:\S+\s*){1,4})?$")
_AD_TAG = re.compile(r"^#(\w+)|\s#(\w+)$")  # the hashtag opening or closing a post ("#реклама Курсы …", "… @bot #реклама")
_BYLINE = ("byline", "dateline", "authors")
_ITEM = re.compile(r"^\s*[-*•]\s+\S")
_REACTION = re.compile(r"^(?:[^\w\s]+|\d[\d.,]*[KkMmКкМм]?)$")  # a symbol ("♡", "💬") or a count ("214", "1.3K")
_REVIEW_NOTE = re.compile(r"^\[[a-z]{1,2}\]\S")  # "[a]Check the figure …": a reviewer's comment a document exports
_RULE = re.compile(r"^\s*(?:[-=_~]\s*){8,}$")
_NAME = re.compile(rf"^(?:[A-ZА-ЯЁ][\w'’.-]*)(?:\s+[A-ZА-ЯЁ][\w'’.-]*){{0,{NAME_WORDS - 1}}}$")
_POSTER = re.compile(r"^((?:[A-ZА-ЯЁ][\w'’.-]*\s+){1,4})@[\w.]{2,}((?:\s+\S+){0,2})$")


@dataclass(frozen=True)
class _Tails:
    comments: frozenset[str]
    appeals: tuple[str, ...]
    audience: frozenset[str]
    ad_tags: frozenset[str]


@lru_cache(maxsize=1)
def _tails() -> _Tails:
    langs = all_lang_data()
    return _Tails(comments=frozenset().union(*(ld.comment_headings for ld in langs)),
                  appeals=tuple(sorted({a for ld in langs for a in ld.appeals})),
                  audience=frozenset().union(*(ld.audience_words for ld in langs)),
                  ad_tags=frozenset().union(*(ld.ad_tags for ld in langs)))


def drop_tails(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None], first_prose: int = 0) -> None:
    """Mark the lines of the forms above as chrome (lines already judged keep their reason); `first_prose`: the
    article's first paragraph, above which a line between two lines of a byline is the byline's."""
    tails, widgets = _tails(), _vocab().widgets
    _drop_byline_middles(plains, reasons, first_prose)
    for i, plain in enumerate(plains):
        if reasons[i] is not None or not plain:
            continue
        low = plain.lower()
        if len(plain.split()) <= APPEAL_WORDS and any(a in low for a in tails.appeals):
            reasons[i] = "appeal"
        elif (m := _AD_TAG.search(plain)) and (m[1] or m[2]).lower() in tails.ad_tags and len(plain.split()) <= AD_WORDS:
            reasons[i] = "advertisement"
        elif _is_reaction_bar(plain, widgets):
            reasons[i] = "widget"
        elif (m := _POSTER.match(plain)) and all(w.lower() in widgets for w in m.group(2).split()):
            reasons[i] = "byline"
        elif len(plain.split()) <= AUDIENCE_WORDS and (m := _AUDIENCE.search(plain)) and m.group(1).lower() in tails.audience \
                and not _SENTENCE_END.search(plain):
            reasons[i] = "counters"
    _keep_dated_items(lines, reasons)
    _drop_boxes(lines, plains, reasons)
    _drop_comments(lines, plains, reasons, tails)
    _drop_review_thread(plains, reasons)
    last = last_paragraph(plains, reasons)
    if last is None:
        return
    kept = [i for i in range(last + 1, len(plains)) if plains[i] and reasons[i] is None]
    for k, i in enumerate(kept):
        plain = plains[i]
        head, colon, tail = plain.partition(":")
        parts = [p for p in _BARS.split(plain) if p.strip()]
        if colon and len(head.split()) <= LABEL_WORDS and _URL.match(tail.strip()):
            reasons[i] = "link list"
        elif colon and head.strip().lower() in _ends().sources and not _SENTENCE_END.search(plain) \
                and _previous_line(plains, i) == last and _SENTENCE_END.search(plains[last]) and k == len(kept) - 1:
            reasons[i] = "source"  # the story's credit ("Source: press service of the ministry"); a table's is above
        elif len(parts) >= FOOTER_PARTS and not _SENTENCE_END.search(plain) and not lines[i].lstrip().startswith("|"):
            reasons[i] = "footer"
        elif _REVIEW_NOTE.match(plain):
            reasons[i] = "review comment"
        elif plain.endswith(",") and len(plain.split()) <= SIGN_OFF_WORDS and k + 1 < len(kept) \
                and _NAME.match(plains[kept[k + 1]]) and kept[k + 1] == _next_line(plains, i):
            reasons[i] = reasons[kept[k + 1]] = "sign-off"
    _drop_end_record([i for i in kept if reasons[i] is None], plains, reasons)
    left = [i for i in kept if reasons[i] is None]
    label = next((i for i in left if len(plains[i].split()) <= END_HEADING_WORDS and not _SENTENCE_END.search(plains[i])
                  and plains[i].lower().split()[0] in _vocab().list_marker_heads), None)
    if label is not None and not any(_SENTENCE_END.search(plains[i]) for i in left if i > label):
        for i in (i for i in left if i >= label):  # a "related" label and what is left after it, no sentence: its items
            reasons[i] = "list marker"
    first = next((i for i, p in enumerate(plains) if reasons[i] is None and len(p.split()) >= PROSE_WORDS), len(plains))
    for i in range(first + 1, len(plains)):  # below the first paragraph: above it, a headline over its author
        below = _next_line(plains, i)
        if plains[i] and reasons[i] is None and below is not None and reasons[below] and _INITIALS_NAME.match(plains[below]) \
                and len(plains[i].split()) <= TITLE_WORDS and not _SENTENCE_END.search(plains[i]):
            reasons[i] = "signature"  # the signer's title over the initials and surname («Руководитель управления»)


def _drop_review_thread(plains: Sequence[str], reasons: list[str | None]) -> None:
    """A reviewer's lettered comment ("[a]Check the figure with customs.") below a sentence of the text, and every line
    after it, when none of them is longer than a reply (`REPLY_WORDS`): an exported document puts its comment threads,
    with their replies, last."""
    prose = next((i for i, p in enumerate(plains) if reasons[i] is None and not _REVIEW_NOTE.match(p)
                  and len(p.split()) >= SENTENCE_WORDS and _SENTENCE_END.search(p)), len(plains))
    start = next((i for i, p in enumerate(plains) if i > prose and reasons[i] is None and _REVIEW_NOTE.match(p)), None)
    if start is not None and all(len(p.split()) <= REPLY_WORDS for p in plains[start:]):
        for i in range(start, len(plains)):
            if plains[i] and reasons[i] is None:
                reasons[i] = "review comment"


def _drop_end_record(kept: Sequence[int], plains: Sequence[str], reasons: list[str | None]) -> None:
    """After the last paragraph, `RECORD_LINES` short labelled lines or more in a row: a cable's or a memo's record
    ("Drafted: J. Veld, Second Secretary" / "Cleared: POL/ECON" / "Approved: HOM")."""
    runs: list[list[int]] = [[]]
    for i in kept:
        if not (_END_LABEL.match(plains[i]) and len(plains[i].split()) <= RECORD_WORDS
                and not plains[i].rstrip().endswith((".", "!", "?"))):
            runs.append([])
        elif runs[-1] and _next_line(plains, runs[-1][-1]) == i:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) >= RECORD_LINES:
            for j in run:
                reasons[j] = "record"


def _drop_byline_middles(plains: Sequence[str], reasons: list[str | None], first_prose: int) -> None:
    """Above the first paragraph and below the headline, a short line that ends no sentence between two lines of a byline
    (the author's name, the date): the author's role ("Chief Operating Officer at Lorna Fresh | Cold chain for fruit")."""
    shown = [i for i in range(min(first_prose, len(plains))) if plains[i]]
    headline = next((i for i in shown if reasons[i] is None), None)  # the first line kept: the headline, never a role
    for before, i, after in zip(shown, shown[1:], shown[2:]):
        if i != headline and reasons[i] is None and reasons[before] in _BYLINE and reasons[after] in _BYLINE \
                and len(plains[i].split()) <= ROLE_WORDS and not _SENTENCE_END.search(plains[i]):
            reasons[i] = "byline"


def _keep_dated_items(lines: Sequence[str], reasons: list[str | None]) -> None:
    """An item of a list whose items beside it are kept, read as a dateline for its date, is the list's item ("- Lorna
    ministry briefing, 17.11.2025" among a note's sources); a list of dates alone (an archive's months) stays chrome."""
    items = [i for i, line in enumerate(lines) if _ITEM.match(line)]
    for k, i in enumerate(items):
        beside = [j for j in (items[k - 1] if k else None, items[k + 1] if k + 1 < len(items) else None)
                  if j is not None and abs(j - i) <= 2]
        if reasons[i] == "dateline" and beside and all(reasons[j] is None for j in beside):
            reasons[i] = None


def _is_reaction_bar(plain: str, widgets: frozenset[str]) -> bool:
    """A bar of symbols, counts and buttons and nothing else ("♡ 214 💬 31 ↻ Restack", «Класс! 214 Поделиться 52», "Reactions: 58")."""
    tokens = plain.split()
    words = [t for t in tokens if any(ch.isalpha() for ch in t)]
    counts = [t for t in tokens if t not in words]
    marked = bool(words) or any(not t[0].isdigit() for t in counts)  # a button or a symbol: never a row of figures
    return 2 <= len(tokens) <= REACTION_TOKENS and "|" not in plain and marked and bool(counts) and all(
        w.lower().rstrip("!:") in widgets for w in words) and all(_REACTION.match(t) for t in counts)


def _next_line(plains: Sequence[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(plains)) if plains[j]), None)


def _previous_line(plains: Sequence[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if plains[j]), None)


def _drop_boxes(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """A box between two rules, opened by a chrome label that ends no sentence: all of it that chrome."""
    rules = [i for i, line in enumerate(lines) if _RULE.match(line)]
    for top, bottom in itertools.pairwise(rules):
        inside = [i for i in range(top + 1, bottom) if plains[i]]
        if not inside or len(inside) > BOX_LINES:
            continue
        opener = inside[0]
        if reasons[opener] is None or _SENTENCE_END.search(plains[opener]):
            continue
        for i in inside[1:]:
            reasons[i] = reasons[i] or reasons[opener]


_PARAGRAPH_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+\S")


def _numbering_goes_on(plains: Sequence[str], i: int) -> bool:
    """The article's numbered paragraphs go on under the heading at `i` ("11. …" above it, "12. …" under it): a
    section of its own, a cable's "COMMENT", not a page's comments."""
    below = next((p for p in plains[i + 1:] if p.strip()), "")
    numbered = [int(m.group(1)) for p in plains[:i] if (m := _PARAGRAPH_NUMBER.match(p))]
    nxt = _PARAGRAPH_NUMBER.match(below)
    return len(numbered) >= 2 and nxt is not None and max(numbered) < int(nxt.group(1)) <= max(numbered) + 2


def _drop_comments(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None], tails: _Tails) -> None:
    """From a comments heading that most of the article's prose is above, to the end of the page."""
    labels = [" ".join(_COUNT.sub(" ", p.lstrip("#").strip().lower()).split()) for p in plains]
    for i, plain in enumerate(plains):
        if plain and labels[i] in tails.comments and reasons[i] == "widget" and _numbering_goes_on(plains, i):
            reasons[i] = None  # the heading of the article's own section, its numbered paragraphs going on under it
    prose = [len(p.split()) if reasons[i] is None and len(p.split()) >= PROSE_WORDS else 0 for i, p in enumerate(plains)]
    total = sum(prose)
    if not total:
        return
    above = 0
    for i, plain in enumerate(plains):
        label = labels[i]
        counted = reasons[i] == "counters" and bool(set(re.findall(r"\w+", label)) & tails.comments)  # "184 комментария"
        if plain and (label in tails.comments or counted) and above >= COMMENTS_AFTER * total \
                and not _numbering_goes_on(plains, i):
            for j in range(i, len(plains)):
                if plains[j]:
                    reasons[j] = reasons[j] or "comments"
            return
        above += prose[i]
