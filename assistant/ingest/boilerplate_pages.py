"""The page furniture of a converted PDF, over a whole document: footers that recur with their page
number changing, running heads beside them, and a journal article's back matter.

Called by `boilerplate.strip` after each line's own form has been judged (`boilerplate_lines`), so a
running head can be found beside a footer already known. Reasons in `boilerplate_lines.MIDLINE_REASONS`
("page number", "running head") are removed without ending the paragraph they interrupt. Also (cleaning 61) the byline
of each item of a digest: a name and a place between the item's heading and its first paragraph; and (cleaning 63) a
legal legend set in capitals and a digest item's source and date alone on a line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import regex

from .boilerplate_lines import _PAGE, _SENTENCE_END, _Vocab, line_key
from .langdata import all_function_words, all_lang_data

__all__ = ["drop_back_matter", "drop_block_heads", "drop_item_bylines", "drop_page_furniture", "drop_profile_fields"]

FOOTER_WORDS = 12  # words of a page's footer at most
HEAD_WORDS = 10  # words of a running head at most
# a bare page number at either end of a line (the side alternates between even and odd pages):
# "Northern Shore Studies 3(2), 2025   41", "42   Northern Shore Studies 3(2), 2025"
_BARE_NUMBER = re.compile(r"^(\d{1,4})\s+(\S.*)$|^(.*\S)\s+(\d{1,4})$")
BARE_TEXT_WORDS = 3  # words beside a bare page number at least ("Chapter 2", "Table 3" are no footers)
_LETTERS = re.compile(r"[^\W\d_]+")
_FURNITURE = frozenset({"page number", "web address", "journal header"})  # what a running head stands beside


def drop_page_furniture(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """Footers (`_drop_page_footers`), then the running heads beside them (`_drop_running_heads`), legends in capitals
    (`_drop_caps_legends`) and a digest item's source-and-date lines (`_SOURCE_DATE`)."""
    _drop_page_footers(plains, reasons)
    head = _head_words(plains) if "page number" in reasons else frozenset()  # only read beside a page number
    _drop_running_heads(lines, plains, reasons, head)
    _drop_caps_legends(plains, reasons)
    for i, plain in enumerate(plains):
        if reasons[i] is None and _SOURCE_DATE.fullmatch(plain.strip()):
            reasons[i] = "source line"


# a digest item's source and date alone on a line: "Lorna Post, 03.12.2025, 09:15", «Интерфакс, 04.12.2025 (перевод …)»
_SOURCE_DATE = regex.compile(r"(?:[\p{Lu}\d][\w.«»\"’'&-]*)(?: [\w.«»\"’'&()-]+){0,4}, \d{1,2}\.\d{2}\.\d{4}(?:,? \d{1,2}:\d{2})?"
                             r"(?: \([^()]{1,40}\))?")
LEGEND_WORDS = 20  # words at least of a legal legend set in capitals


def _drop_caps_legends(plains: Sequence[str], reasons: list[str | None]) -> None:
    """A run of lines set wholly in capitals, of `LEGEND_WORDS` words or more and ending a sentence: a legal legend or
    disclaimer ("THE NOTES HAVE NOT BEEN REGISTERED UNDER …", «НАСТОЯЩИЙ МАТЕРИАЛ НЕ ЯВЛЯЕТСЯ …»), never prose."""
    i = 0
    while i < len(plains):
        j = i
        while j < len(plains) and plains[j].strip() and _in_capitals(plains[j]):
            j += 1
        run = [k for k in range(i, j) if reasons[k] is None]
        if run and sum(len(plains[k].split()) for k in range(i, j)) >= LEGEND_WORDS and _SENTENCE_END.search(plains[j - 1]):
            for k in run:
                reasons[k] = "legal legend"
        i = max(j, i + 1)


def _in_capitals(plain: str, least: int = 3) -> bool:
    """`least` letters or more, every one a capital."""
    letters = [c for c in plain if c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)


FIRST_PAGE_TOP = 15  # lines (not blank) at the top of the first page: journal, title, authors


def _head_words(plains: Sequence[str]) -> frozenset[str]:
    """The words of 4 letters or more at the top of the first page, where a running head takes its title and
    its authors from (a wrapped title counts as prose, so no rule of the text's start can bound it)."""
    top = [p for p in plains if p][:FIRST_PAGE_TOP]
    return frozenset(w for line in top for w in _LETTERS.findall(line.lower()) if len(w) >= 4)


def _ends_on_page_number(plain: str) -> bool:
    """'site.org Page 2 of 3', 'Policy Review | 14', '7 — Policy Review': a page number set apart by a
    page word, a bar or a dash at one end of the line (a bare figure, "Chapter 2", is not one)."""
    words = plain.lower().split()
    for k in range(1, min(4, len(words) - 1) + 1):
        for part in (" ".join(words[-k:]), " ".join(words[:k])):
            if _PAGE.match(part) and not part.isdigit():
                return True
    return False


def _footer_key(plain: str) -> tuple[str, str] | None:
    """(what recurs, the page number) when a line may be a page's footer, else None: a short line that is
    no sentence, ending on a page number set apart by a page word, a bar or a dash, or a bare number at
    either end beside three words or more."""
    if not plain or len(plain.split()) > FOOTER_WORDS or _SENTENCE_END.search(plain) or plain.count("|") >= 2:
        return None  # rows of a table ("| 2024 | 4.5 |") are data
    if _ends_on_page_number(plain):
        return line_key(plain), plain
    bare = _BARE_NUMBER.match(plain)
    if bare:
        number, text = (bare.group(1), bare.group(2)) if bare.group(1) else (bare.group(4), bare.group(3))
        if len([w for w in text.split() if any(ch.isalpha() for ch in w)]) >= BARE_TEXT_WORDS:
            return "bare " + line_key(text), number
    return None


def _drop_page_footers(plains: Sequence[str], reasons: list[str | None]) -> None:
    """A footer of a converted PDF: a short line recurring on every page with only its page number changing
    ("www.site.org   Page 1 of 3" ... "Page 2 of 3", or "Review 7(4)   211" ... "212   Review 7(4)" with
    the number on the outer side of each page): the page number it carries goes like one. A bare number
    must grow from page to page."""
    pages: dict[str, list[tuple[int, str]]] = {}
    for i, plain in enumerate(plains):
        found = _footer_key(plain) if reasons[i] is None else None
        if found:
            pages.setdefault(found[0], []).append((i, found[1]))
    for key, found in pages.items():
        numbers = [int(page) for _, page in found] if key.startswith("bare ") else []
        if len(found) < 2 or len({page for _, page in found}) < len(found) or numbers != sorted(numbers):
            continue
        for i, _ in found:
            reasons[i] = "page number"


def _is_caps_head(plain: str, head: frozenset[str]) -> bool:
    """'A. MOREL AND J. VELD', 'SHARING A SMALL PORT': a short line in capitals, most of whose words of 4
    letters or more are the title's or the authors' (`head`); a section heading in capitals ("INTRODUCTION")
    that opens a page is no running head."""
    if not _in_capitals(plain, 4) or len(plain.split()) > HEAD_WORDS or _SENTENCE_END.search(plain):
        return False
    words = [w for w in _LETTERS.findall(plain.lower()) if len(w) >= 4]
    return bool(words) and 2 * sum(w in head for w in words) >= len(words)


def _drop_running_heads(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None],
                        head: frozenset[str] = frozenset()) -> None:
    """Running heads of a converted PDF: short lines repeated in one document beside page numbers, a
    short line beside a page number that interrupts a sentence ("... торговым / — 47 — /
    А. Р. Сейткалиева. Тюркский вектор / партнёром ..."), and a line in capitals right next to a
    page's footer naming the title or the authors (the short title on even pages, the authors on odd ones)."""
    for i, plain in enumerate(plains):
        if reasons[i] is not None or not plain or len(plain.split()) > HEAD_WORDS or "," in plain or not plain[:1].isupper():
            continue
        beside = [j for j in (_nonblank(plains, i, -1), _nonblank(plains, i, 1)) if j is not None]
        if _is_caps_head(plain, head) and any(reasons[j] == "page number" for j in beside):
            reasons[i] = "running head"
            continue
        if not any(reasons[j] in _FURNITURE for j in range(max(0, i - 2), min(len(plains), i + 3)) if j != i):
            continue
        nxt = next((j for j in range(i + 1, len(plains)) if plains[j] and reasons[j] is None), None)
        prev = next((j for j in range(i - 1, -1, -1) if plains[j] and reasons[j] is None), None)
        if nxt is not None and prev is not None and plains[nxt][:1].islower() and not _SENTENCE_END.search(plains[prev]):
            reasons[i] = "running head"
    keys = Counter(line_key(line) for line, plain in zip(lines, plains) if plain)
    for i, line in enumerate(lines):
        if reasons[i] is not None or not plains[i] or keys[line_key(line)] < 2 or len(plains[i].split()) > 16:
            continue
        near = range(max(0, i - 3), min(len(lines), i + 4))
        if any(reasons[j] in _FURNITURE for j in near if j != i):
            key = line_key(line)
            for j, other in enumerate(lines):
                if reasons[j] is None and plains[j] and line_key(other) == key:
                    reasons[j] = "running head"


def _nonblank(plains: Sequence[str], i: int, step: int) -> int | None:
    """The nearest line before (`step` -1) or after (1) line i that is not blank."""
    j = i + step
    while 0 <= j < len(plains) and not plains[j]:
        j += step
    return j if 0 <= j < len(plains) else None


def drop_back_matter(plains: Sequence[str], reasons: list[str | None], vocab: _Vocab) -> None:
    """A journal article's back matter: lines opening on a label such as "Funding:" or "Conflict of
    interest:" (`back_matter_labels` in data/lang), when two of them stand together or one stands next to
    the copyright line. One such line alone may be an article's own ("Funding: the bank and the fund")."""
    labelled = [i for i, plain in enumerate(plains)
                if reasons[i] is None and ":" in plain and plain.partition(":")[0].strip().lower() in vocab.back_matter]
    for i in labelled:
        near = [j for j in (_nonblank(plains, i, -1), _nonblank(plains, i, 1)) if j is not None]
        if any(j in labelled or reasons[j] == "copyright" for j in near) or _labels_in(plains[i], vocab) >= 2:
            reasons[i] = "back matter"  # beside another, or two run together ("Funding: … Conflict of interest: …")


def _labels_in(plain: str, vocab: _Vocab) -> int:
    """How many back-matter labels open the sentences of `plain` ("Funding: … . Conflict of interest: …")."""
    return sum(part.split(":")[0].strip().lower() in vocab.back_matter
               for part in re.split(r"(?<=[.!?])\s+", plain) if ":" in part)


PROFILE_ROWS = 3  # a label this many times over, with values that differ: a forum's profile fields


def drop_profile_fields(plains: Sequence[str], reasons: list[str | None]) -> None:
    """«Сообщения: 1 234», "Location: Veld": a short 'label: value' line whose label recurs on `PROFILE_ROWS` lines or
    more of the page with values that differ (each post's author box); an article's labelled lines rarely repeat so."""
    rows: dict[str, list[int]] = {}
    for i, plain in enumerate(plains):
        head, colon, value = plain.partition(":")
        if colon and value[:1].isspace() and value.strip() and len(head.split()) <= 3 \
                and not any(ch.isdigit() for ch in head) and len(plain.split()) <= 8 \
                and not _SENTENCE_END.search(plain):
            rows.setdefault(head.strip().lower(), []).append(i)
    for found in rows.values():
        values = {regex.sub(r"[\W_]+", " ", plains[i].partition(":")[2]).strip().lower() for i in found}
        if len(found) >= PROFILE_ROWS and len(values) * 3 >= len(found) * 2:  # mostly different values
            for i in found:
                reasons[i] = reasons[i] or "profile"


BLOCK_HEAD_WORDS = 12  # words of a contact block's heading at most
WRAPPED_WORDS = 30  # words of the wrapped rest of a disclaimer at most


def drop_block_heads(plains: Sequence[str], reasons: list[str | None], vocab: _Vocab) -> None:
    """What belongs to chrome found beside it: the label of a menu at the end of the page, the heading of a contact block (a short line opening on a
    contact label with no colon, «Пресс-служба Министерства …», over a contact line: "Tel.: …"), and the
    wrapped rest of a disclaimer or copyright line that ends open ("The views expressed … do not
    necessarily" / "reflect those of the institute.")."""
    for i, plain in enumerate(plains):
        if reasons[i] is not None or not plain:
            continue
        above, below = i - 1, next((j for j in range(i + 1, len(plains)) if plains[j]), len(plains))
        if (below < len(plains) and reasons[below] == "contact line" and len(plain.split()) <= BLOCK_HEAD_WORDS
                and not _SENTENCE_END.search(plain) and plain.split()[0].lower().rstrip(":") in vocab.contact_labels):
            reasons[i] = "contact line"
        elif (above >= 0 and reasons[above] == "copyright" and plain[:1].islower() and len(plain.split()) <= WRAPPED_WORDS
              and not _SENTENCE_END.search(plains[above])):
            reasons[i] = "copyright"
        elif (below < len(plains) and reasons[below] == "menu" and len(plain.split()) <= BLOCK_HEAD_WORDS
              and not _SENTENCE_END.search(plain) and all(reasons[j] is not None for j in range(below, len(plains)) if plains[j])):
            reasons[i] = "menu"  # the label of a menu that ends the page ("Hydropower plants of …" over "A · B · C")


def _is_author_line(plain: str) -> bool:
    """'Merdan Orazov 1, Helen Whitcombe 2': names with affiliation marks."""
    words = plain.replace(",", " ").split()
    if not (2 <= len(words) <= 14) or not any(w.isdigit() for w in words) or words[0].isdigit():
        return False  # a mark follows a name: "1 Introduction" is a numbered heading
    return all(w.isdigit() or w[:1].isupper() or w.lower() in {"and", "и", "&"} for w in words)


def _is_affiliation(plain: str) -> bool:
    """'1 Institute of International Relations, Northgate', '² Independent expert, …': a numbered affiliation line."""
    return bool(re.match(r"^(?:\d{1,2}\s+|[¹²³⁴⁵⁶⁷⁸⁹]\s*)\S", plain)) and "," in plain and len(plain.split()) <= 16 and not _SENTENCE_END.search(plain)


def _is_institution(plain: str) -> bool:
    """'Евразийский институт международных отношений, Алматы': an affiliation before the text."""
    words = plain.lower().replace(",", " ").split()
    heads = frozenset().union(*(ld.org_heads for ld in all_lang_data()))
    return "," in plain and len(words) <= 10 and any(w in heads for w in words) and not _SENTENCE_END.search(plain)


_CAP_WORD = r"\p{Lu}[\p{L}\p{M}'’-]*\p{L}"
_NAME_PLACE = regex.compile(rf"^{_CAP_WORD}(?:\s+{_CAP_WORD}){{1,2}}(?:,\s*{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}){{1,2}}$")


def _is_name_place(plain: str) -> bool:
    """'Helen Whitcombe, Northgate': a correspondent's name and the place filed from, or the author's post ('Helen
    Whitcombe, Senior Fellow, Eurasia Programme'), nothing else (a
    title-cased phrase holding a function word, "The Quiet Summit, Again", is not one)."""
    if not _NAME_PLACE.match(plain):
        return False
    function = all_function_words()
    return not any(w.strip(",").lower() in function for w in plain.split())


ITEM_HEADING_WORDS = 14  # words of an item's heading over its byline at most
ITEM_WORDS = 15  # words of the paragraph under the byline at least


def drop_item_bylines(plains: Sequence[str], reasons: list[str | None]) -> None:
    """A name and the place filed from ("Dana Veld, Lorna"), kept so far, between a heading (a short kept line that ends
    no sentence) and a paragraph of prose: the byline of one item of a digest or a newsletter, not a heading of its own."""
    filled = [i for i, plain in enumerate(plains) if plain]
    for above, i, below in zip(filled, filled[1:], filled[2:]):
        if reasons[i] is None and _is_name_place(plains[i]) and reasons[above] is None and reasons[below] is None \
                and len(plains[above].split()) <= ITEM_HEADING_WORDS and not _SENTENCE_END.search(plains[above]) \
                and len(plains[below].split()) >= ITEM_WORDS and _SENTENCE_END.search(plains[below]):
            reasons[i] = "byline"
