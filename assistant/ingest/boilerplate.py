"""Site chrome removed by its form, in any language: what a page wraps around an article.

Rules look at a line's shape, never at a site's name: short lines without sentence punctuation that recur across the
documents of one folder (one site), menus and breadcrumbs ("Home | News", "Главная / Политика"), link lists after "Read
also" / "Читайте также", bylines and datelines, page headers and footers of converted PDFs ("336 | P a g e", "ISSN ...",
"Volume 2, Issue 5") and widgets (share, follow, print, short url, cookie notices, copyright lines). The vocabularies
are language data (`data/lang/*.json`: widgets, widget_prefixes, list_markers, months, ...).

Each line's own form is judged by `boilerplate_lines`; the passes over a whole document (lists after a marker, names
beside datelines, running heads, the masthead over the headline) and a site's repeated lines are here. `strip(lines,
repeated)` gives each line's verdict; `cleaning.clean` calls it before its site-specific rules, a fallback.
Dates in dropped bylines are not lost: date extraction reads the raw text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from .boilerplate_ends import drop_ends, drop_head_record, drop_letterhead, drop_sources, standing_headline
from .boilerplate_legal import drop_notice_values, drop_signing_blocks
from .boilerplate_mail import MAIL_REASONS, drop_mail_parts
from .boilerplate_lines import (
    _AFFILIATION_MARKS,
    _COUNT,
    _MD_LINK,
    _SENTENCE_END,
    _SEPARATORS,
    MIDLINE_REASONS,
    NOTE_MARKS,
    Verdict,
    _has_date,
    _is_name_line,
    _is_prose,
    _opens_wrapped,
    _plain,
    _single,
    _Vocab,
    _vocab,
    line_key,
)
from .boilerplate_pages import (_is_affiliation, _is_author_line, _is_institution, _is_name_place,
                               drop_back_matter, drop_block_heads, drop_item_bylines, drop_page_furniture, drop_profile_fields)
from .boilerplate_records import (drop_hearing_front, drop_labelled_run, drop_late_records, drop_marks, heads_the_text,
                                  keep_wrapped_lines)
from .boilerplate_posts import (
    _MD_HEADING,
    drop_author_bios,
    drop_end_notes,
    drop_post_chrome,
    is_head_dateline,
    last_paragraph,
    says_something,
)
from .boilerplate_tails import drop_tails
from .clean_chrome import HEADING_TITLE_WORDS  # a marked headline's words at most, as a title
from .clean_lines import _ROW_RE, is_titled_question
from .langdata import all_lang_data, ends_open

__all__ = ["BOILERPLATE_VERSION", "MIDLINE_REASONS", "Verdict", "line_key", "repeated_lines", "strip"]

BOILERPLATE_VERSION = "1"


def strip(lines: Sequence[str], repeated: Collection[str] = ()) -> list[Verdict]:
    """A verdict for every line of one document; `repeated` holds `line_key`s that recur across its site."""
    vocab = _vocab()
    plains = [_plain(line) for line in lines]
    reasons: list[str | None] = [None] * len(lines)
    for i, (line, plain) in enumerate(zip(lines, plains)):
        if not plain:
            if _MD_LINK.search(line):
                reasons[i] = "link list"  # a link with nothing to show: "[](https://...)", an avatar's
            continue
        if plain.endswith(".") and _ROW_RE.match(plain):
            continue  # a table row the cleaner rebuilt ("Date: 12 June 2026; Event: ... ."): data, never a dateline
        reasons[i] = _single(line, plain, vocab)
        if reasons[i] is None and repeated and len(plain.split()) <= 40 and line_key(line) in repeated:
            reasons[i] = "repeated across the site"
    drop_letterhead(plains, reasons)
    drop_marks(lines, plains, reasons)
    keep_wrapped_lines(plains, reasons)
    drop_mail_parts(lines, plains, reasons)

    def opens(i: int) -> bool:  # a headline (asking a question in title case, or marked "# ") or a barred dateline opens nothing
        p = plains[i]
        return not _MD_HEADING.match(lines[i]) and not is_head_dateline(p, vocab, barred=True) and (
            (_is_prose(p) and not is_titled_question(p) and not _BOLD_LINE.match(lines[i])) or _opens_wrapped(plains, i)) \
            and not standing_headline(lines, plains, i)

    # the first line of the article's text, and the first that is no line already known as chrome by its own
    # form (a cookie banner above the headline): the head's own lines are judged above the one, the headline's above the other
    head_end = next((i for i in range(len(lines)) if opens(i) and reasons[i] not in MAIL_REASONS), len(lines))
    first_prose = next((i for i in range(head_end, len(lines)) if reasons[i] is None and opens(i)), len(lines))
    for i, plain in enumerate(plains[:head_end]):
        if reasons[i] is None and plain and not (plain.endswith(".") and _ROW_RE.match(plain)) and lines[i].lstrip()[:2] != "• ":
            if _is_author_line(plain) or _is_affiliation(plain) or _is_institution(plain):  # no slide's bullet
                reasons[i] = "authors"
            elif _is_masthead(plain) and not heads_the_text(plains, reasons, i, head_end):
                reasons[i] = "masthead"
            elif is_head_dateline(plain, vocab):
                reasons[i] = "dateline"
    drop_sources(lines, plains, reasons, first_prose)
    headline = _headline(lines, plains, reasons, first_prose)
    drop_post_chrome(lines, plains, reasons, vocab, first_prose if headline is None else headline, first_prose)
    drop_head_record(lines, plains, reasons, headline, first_prose)
    drop_hearing_front(plains, reasons, headline)
    drop_labelled_run(lines, plains, reasons, headline)
    drop_notice_values(plains, reasons)
    drop_signing_blocks(lines, plains, reasons)
    _drop_lists(lines, plains, reasons, vocab)
    _drop_names_by_datelines(lines, plains, reasons)
    drop_page_furniture(lines, plains, reasons)
    drop_back_matter(plains, reasons, vocab)
    drop_profile_fields(plains, reasons)
    drop_block_heads(plains, reasons, vocab)
    _drop_above_headline(lines, plains, reasons, first_prose)
    drop_item_bylines(plains, reasons)
    _drop_author_notes(plains, reasons, vocab)
    drop_author_bios(plains, reasons)
    drop_end_notes(lines, plains, reasons)
    _drop_tail(lines, plains, reasons)
    drop_ends(lines, plains, reasons)
    drop_tails(lines, plains, reasons, first_prose)
    drop_late_records(lines, plains, reasons)
    return [Verdict(line, reason) for line, reason in zip(lines, reasons)]


def _headline(lines: Sequence[str], plains: Sequence[str], reasons: Sequence[str | None], end: int) -> int | None:
    """The headline before the first paragraph: a '#' heading, else the longest line of 4 to 25 words ending no sentence."""
    best: tuple[int, int] | None = None
    for i in range(min(end, len(lines))):
        plain = plains[i]
        n, marked = len(plain.split()), lines[i].lstrip().startswith("# ")  # marked: however short («Яванская ГЭС»),
        if reasons[i] is not None or not plain or not 1 <= n <= (HEADING_TITLE_WORDS if marked else 25) or lines[i].lstrip().startswith("|"):
            continue
        if marked:
            return i  # of two sentences, or long as a paper's kind and subject («Пояснительная записка к проекту …»)
        if plain.endswith("."):
            continue
        if n < 3:
            continue
        if n >= 4 and (best is None or n > best[0]):
            best = (n, i)
    return best[1] if best else None


def _drop_above_headline(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None], first_prose: int) -> None:
    """Short lines above the headline are the site's name and furniture ("Журнал водных исследований"); names joined by
    "and" between the headline and the text are its authors, a name with the place filed from its byline."""
    at = _headline(lines, plains, reasons, first_prose)
    if at is None:
        return
    for i in range(at + 1, min(first_prose, len(plains))):
        if reasons[i] is None and _is_names(plains[i]):
            reasons[i] = "authors"
        elif reasons[i] is None and _is_name_place(plains[i]) and not lines[i].lstrip().startswith("#"):
            reasons[i] = "byline"
        elif reasons[i] is None and _is_name_line(plains[i]) and not lines[i].lstrip().startswith("#") \
                and _apart(plains, reasons, i - 1, i + 1):
            reasons[i] = "byline"  # a bare name standing apart under the headline: its author
    marked = lines[at].lstrip().startswith("# ")  # a headline marked as one: the lines above it are the site's
    for i in range(at):  # and so is the strapline under a masthead
        wide = marked or (i > 0 and reasons[i - 1] == "masthead")
        if reasons[i] is None and plains[i] and len(plains[i].split()) <= (MASTHEAD_WORDS if wide else 8) \
                and not _SENTENCE_END.search(re.sub(r"\d\s*гг?\.$", "", plains[i])):  # «… от 14.10.2025 г.»: a date's "г."
            reasons[i] = "masthead"


MASTHEAD_WORDS = 20  # a site's name with its tagline above a marked headline ("**Site** | fact-checking for ...")
_BOLD_LINE = re.compile(r"^\s*\*\*[^*]+\*\*\s*$")  # a line in bold alone, however long: a Markdown headline, not prose


def _is_masthead(plain: str) -> bool:
    """'STEPPE LEDGER', 'ЦЕНТРАЗИЯ-ПРЕСС | Информационное агентство', 'OXUS POLICY FORUM · Research on ...',
    'THE TIAN SHAN BRIEF · Weekly ...' (four or five words in capitals only with a tagline after them)."""
    first = _SEPARATORS.split(plain)[0].strip()
    letters = [ch for ch in first if ch.isalpha()]
    return (
        len(letters) >= 4 and all(ch.isupper() for ch in letters)
        and (len(first.split()) <= 3 or (len(first.split()) <= 5 and first != plain.strip()))  # with its tagline
        and not _SENTENCE_END.search(plain) and plain.lower() not in _vocab().section_markers  # «ВВЕДЕНИЕ» heads text
    )


def _is_names(plain: str) -> bool:
    """'Aliya Dzhaksybekova and Peter Lindqvist': two names joined, nothing else (above the text); the marks
    of their affiliations ("Ana Morel¹ and Jonas Veld²") do not count."""
    plain = _AFFILIATION_MARKS.sub("", plain)
    parts = [p for p in re.split(r"\s*,\s*|\s+(?:and|и|&)\s+", plain) if p]
    return len(parts) >= 2 and all(_is_name_line(p) for p in parts)


def _drop_author_notes(plains: Sequence[str], reasons: list[str | None], vocab: _Vocab) -> None:
    """'About the authors' standing alone, and the note under it up to the next blank line."""
    for i, plain in enumerate(plains):
        if plain.lower().rstrip(" :.") not in vocab.bio_markers:
            continue
        reasons[i] = reasons[i] or "widget"
        j = _next_nonblank(plains, i + 1)
        words = 0
        while j < len(plains) and plains[j] and words < 80:
            words += len(plains[j].split())
            reasons[j] = reasons[j] or "author note"
            j += 1


TAIL_MIN_CHROME = 3  # chrome lines after the last paragraph before the tail counts as the page's footer
TAIL_LINE_WORDS = 25  # a line of the footer is shorter than a paragraph


def _drop_tail(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """The page after the article: once the last paragraph of 20 words or more is followed by chrome (a third of the
    lines from the first chrome line on), the short lines left among it are the footer's too (an author card: name,
    employer, one line of bio; "Over 6,000 subscribers"; a footer menu). A notes or references section, a list or
    table, a line that goes on with the text above it, a marked headline that says something (a wire's flash) and
    the lines before the first chrome line (the article's last short paragraphs) are kept."""
    last = last_paragraph(plains, reasons)
    if last is None:
        return
    tail = [i for i in range(last + 1, len(plains)) if plains[i]]
    chrome = [i for i in tail if reasons[i] is not None]
    if len(chrome) < TAIL_MIN_CHROME or 3 * len(chrome) < len([i for i in tail if i >= chrome[0]]):
        return
    sections = frozenset().union(*(ld.section_markers for ld in all_lang_data()))
    for i in tail:
        if i < chrome[0] or reasons[i] is not None:
            continue
        key = plains[i].lower().rstrip(" :.")
        if key in sections or lines[i].lstrip().startswith(("|", "- ")) or plains[i][0] in NOTE_MARKS:
            return  # notes (or a note's line: "⁵ Ibid., p. 19."), references or a table: the article goes on
        if len(plains[i].split()) < TAIL_LINE_WORDS and not _continues_text(plains, reasons, i) \
                and not says_something(lines[i], plains[i]):
            reasons[i] = "footer"


def _continues_text(plains: Sequence[str], reasons: Sequence[str | None], i: int) -> bool:
    """Line i goes on with the text before it: it starts in lower case, or the kept line above it (page
    furniture between them, no blank line) does not end its sentence."""
    if plains[i][:1].islower():
        return True
    for j in range(i - 1, -1, -1):
        if not plains[j]:
            return False
        if reasons[j] is None:
            return not _SENTENCE_END.search(plains[j])
    return False


def _next_nonblank(plains: Sequence[str], i: int) -> int:
    while i < len(plains) and not plains[i]:
        i += 1
    return i


def _is_related_label(lines: Sequence[str], plains: Sequence[str], reasons: Sequence[str | None], i: int, key: str,
                      vocab: _Vocab) -> bool:
    """A label begun by a "related" word ("Related on <site>", «Похожие публикации») that heads a list at
    the end of the article: two short title-like lines follow it and no paragraph of prose (a sentence, or 20
    words or more) comes after it: a heading followed by prose is the article's own; a newsletter blurb
    ending on its "Sign up" link is not prose."""
    words = key.split()
    if not words or words[0] not in vocab.list_marker_heads or len(words) > 6 or key in vocab.section_markers:
        return False
    if _SENTENCE_END.search(plains[i]) or not plains[i][:1].isupper():
        return False
    items = [j for j in range(i + 1, len(plains)) if plains[j]][:2]
    if len(items) == 2 and all(lines[j].lstrip().startswith(("- [", "* [")) and len(plains[j].split()) <= 15 for j in items):
        return True  # a list of links to other articles, whatever follows it
    if len(items) < 2 or any(len(plains[j].split()) > 15 or _SENTENCE_END.search(plains[j]) for j in items):
        return False
    after = [plains[j] for j in range(i + 1, len(plains)) if reasons[j] is None and _is_prose(plains[j])]
    return not any(len(p.split()) >= 20 or _SENTENCE_END.search(p) for p in after)


def _drop_lists(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None], vocab: _Vocab) -> None:
    """A 'Read also' / 'Читайте также' marker and the block of headline links after it."""
    for i, plain in enumerate(plains):
        key = plain.lower().rstrip(" :.").strip()
        key = _COUNT.sub("", key).strip()
        if not key or (key not in vocab.list_markers and not _is_related_label(lines, plains, reasons, i, key, vocab)):
            continue
        reasons[i] = reasons[i] or "list marker"
        j = _next_nonblank(plains, i + 1)
        # a flattened HTML page puts a blank line after every link (<div><a>, <br>): then so may the items
        spaced = j > i + 1
        taken = 0
        while j < len(plains) and plains[j] and taken < 10:
            item = plains[j]
            if len(item.split()) > 20 or (item.endswith(".") and not _MD_LINK.search(lines[j])):
                break
            if spaced and (len(item.split()) > 12 or lines[j].lstrip().startswith("#") or _SENTENCE_END.search(item)):
                break
            reasons[j] = reasons[j] or "link list"
            taken += 1
            j = _next_nonblank(plains, j + 1) if spaced else j + 1


def _drop_names_by_datelines(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """A bare name ("Helen Whitcombe, Northgate") next to a byline or dateline is the author, next to a contact line a
    contact person, and so with the author's role under it (`_has_role_under`); a marked headline ("# ") is none."""
    for i, plain in enumerate(plains):
        if reasons[i] is not None or lines[i][:2] == "# " or not (_is_name_line(plain) or _is_name_place(plain)):
            continue
        before = [j for j in range(i - 1, -1, -1) if plains[j]][:1]
        after = [j for j in range(i + 1, len(plains)) if plains[j]][:1]
        if any(reasons[j] in {"dateline", "byline", "contact line"} or (reasons[j] and _has_date(plains[j], _vocab()))
               for j in before + after):
            reasons[i] = "byline"
        elif _is_name_line(plain) and _has_role_under(plains, reasons, i):
            reasons[i] = reasons[i + 1] = "byline"


def _apart(plains: Sequence[str], reasons: Sequence[str | None], before: int, after: int) -> bool:
    """Lines `before` and `after` are blank, chrome or past the document's edge: what lies between stands apart."""
    return all(j < 0 or j >= len(plains) or not plains[j] or reasons[j] is not None for j in (before, after))


def _has_role_under(plains: Sequence[str], reasons: Sequence[str | None], i: int) -> bool:
    """An author box without a label: the name at line i, the author's role under it in lower case and no
    sentence ("economist, visiting fellow at ..."), the two standing apart (a blank or chrome line on each
    side: a name in a hard-wrapped paragraph has text around it)."""
    if i + 1 >= len(plains) or reasons[i + 1] is not None:
        return False
    role = plains[i + 1]
    return _apart(plains, reasons, i - 1, i + 2) and role[:1].islower() and len(role.split()) <= 12 and not _SENTENCE_END.search(role) and not ends_open(role)


_TABLE_ROW = re.compile(r"^\s*\|.*\|")
_FIGURE_ITEM = re.compile(r"^\s*(?:[-•●▪◦·*+]|\d{1,2}[.)])\s+(?=.*[^\W\d_])(?=.*\d)")  # a list item with a word and a figure


def repeated_lines(documents: Iterable[Sequence[str]], min_docs: int = 2) -> frozenset[str]:
    """Keys of lines that occur in at least `min_docs` documents of one folder (one site's chrome).

    Lines that read as article prose of more than 40 words, and section words such as
    "Introduction", are never counted. Versions of one article (an update saved beside the
    first, `_versions`) count as one document: their shared headline, headings and short
    sentences are the article, not the site's chrome.
    """
    candidates: list[set[str]] = []
    prose: list[set[str]] = []
    for lines in documents:
        keys: set[str] = set()
        sentences: set[str] = set()
        for verdict in strip(lines):
            line = verdict.line
            plain = _plain(line)
            if not plain or line.lstrip().startswith("#"):
                continue
            if _is_prose(plain) and len(plain.split()) > 12:
                sentences.add(line_key(line))
                continue  # a shared sentence of article text (a quotation) is not chrome
            if len(plain.split()) > 40:
                continue
            if verdict.reason in {"link list", "list marker"}:
                continue  # a headline listed under "Read also" is another article's title
            if _TABLE_ROW.match(line) or _FIGURE_ITEM.match(line):
                continue  # "| Exports | 4.8% |", "- Exports: 4.8 percent": data two articles share, not chrome
            keys.add(line_key(line))
        candidates.append(keys)
        prose.append(sentences)
    counts: Counter[str] = Counter()
    for group in _versions(prose):
        counts.update(set().union(*(candidates[i] for i in group)))
    sections = frozenset().union(*(ld.section_markers for ld in all_lang_data()))
    return frozenset(k for k, n in counts.items() if n >= min_docs and k and k not in sections)


def _versions(prose: Sequence[set[str]]) -> list[list[int]]:
    """Documents grouped as versions of one article: two are when half of the shorter one's long
    prose lines, and at least two (or half of each one's), are the same. Lines found in three
    documents or more (a cookie notice) are the site's and not counted. Each document is in one group."""
    seen: Counter[str] = Counter(key for keys in prose for key in keys)
    own = [{k for k in keys if seen[k] <= 2} for keys in prose]
    holders: dict[str, list[int]] = {}
    for i, keys in enumerate(own):
        for key in keys:
            holders.setdefault(key, []).append(i)
    parent = list(range(len(prose)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    shared: Counter[tuple[int, int]] = Counter()
    for docs in holders.values():
        if len(docs) == 2:
            shared[(docs[0], docs[1])] += 1
    for (a, b), n in shared.items():
        small, large = sorted((len(own[a]), len(own[b])))
        if 2 * n >= small and (n >= 2 or 2 * n >= large):  # a short article: its one long line
            parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for i in range(len(prose)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())
