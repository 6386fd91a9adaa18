"""Years and centuries in a question and in the window that answers it (for `evidence.py`).

A window says a year the question names by writing it, by a span cut to two digits ("2024-25", «1620—21 годах»),
or (with the article's year) by "last year" / «в прошлом году»; a century the question writes in Roman numerals
(«XV века») by the numeral, by its number ("15th") or by a year within it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import regex

from ..ingest.langdata import LangData, all_lang_data
from .answer_types import later

__all__ = ["YEAR", "another_year", "dates_told", "month_in_span", "names_a_century", "roman_value", "says_century", "span_ends", "year_of",
           "years_said"]

YEAR = re.compile(r"\b(?:1\d\d\d|20\d\d)(?:s|’s|'s)?\b")  # 2019, the 1990s
# A span of years with its end cut to two digits: "2024-25", «1620—21 годах», "2019/20" (but "2025-12" is a month).
_YEAR_SPAN = re.compile(r"\b(1\d|20)(\d\d)\s?[-–—/]\s?(\d\d)\b(?![-–—/.,]?\d)")
_ROMAN = re.compile(r"(?=[ivxlc])m{0,3}(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})")
_ROMAN_WORD = regex.compile(r"\b[IVXLCDM]+\b")


def roman_value(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    digits = [values[ch] for ch in numeral.lower()]
    return sum(-d if d < nxt else d for d, nxt in zip(digits, [*digits[1:], 0]))


def says_century(century: int, text: str) -> bool:
    """`text` names the century: in Roman numerals, as a number before a suffix ("15th", «15-го»; «15 века» too), or by a year in it."""
    if any(roman_value(m.group(0)) == century for m in _ROMAN_WORD.finditer(text) if _ROMAN.fullmatch(m.group(0).lower())):
        return True
    if regex.search(rf"(?<![\d.,]){century}(?:-?(?:st|nd|rd|th|й|го|м|ом)\b|\s+(?:век|столети))", text):
        return True
    return any((int(m.group(0)[:4]) - 1) // 100 + 1 == century for m in YEAR.finditer(text))


def names_a_century(key: str, following: str, lang: LangData) -> bool:
    """A Roman numeral before a word of dates («XV века», "the XIX century") is a time, not a name (`following`: the
    word after it, "" at the end)."""
    return bool(_ROMAN.fullmatch(key)) and following.lower() in lang.date_words


def span_ends(text: str) -> set[str]:
    """The years that spans of years end on where the text cuts them to two digits ("2024-25" ends on 2025)."""
    return {m.group(1) + m.group(3) for m in _YEAR_SPAN.finditer(text) if m.group(3) > m.group(2)}


def years_said(sentence: str, article_year: int | None = None) -> set[str]:
    """The years a sentence names: written out ("in 2019", "the 1990s"), and with the article's year
    those it names relative to it ("last year", «в прошлом году»; `relative_years` in data/lang)."""
    said = {m.group(0)[:4] for m in YEAR.finditer(sentence)} | span_ends(sentence)
    if article_year:
        said |= {str(article_year + offset) for lang in all_lang_data()
                 for pattern, offset in lang.relative_years if pattern.search(sentence)}
    return said


def another_year(said: set[str], years: Sequence[str], answer_type: str = "", article_year: int | None = None,
                 sentence: str = "", article_date: str | None = None) -> bool:
    """The sentence giving the answer dates it (`said`: the years it names) to another year than those the question
    names ("…4,800 containers in 2025" gives no count for 2023; "3.1 billion kilowatt-hours last year" in an article of
    2025 none for 2019), or, for a type asked of what is still to come ("when will…?"), only to years before the article's,
    or (with the `sentence` and the article's `article_date`) only to days or months before the article's date: «3 декабря
    прошло заседание» in an article of 10 December tells of no meeting still to come."""
    if later(answer_type):
        if sentence and (article := _dated(article_date or "")):
            told = dates_told(sentence, article_date or "")
            if told and all(_before(day, article) for day in told):
                return True
        elif said and article_year and all(int(year) < article_year for year in said):
            return True
    return bool(years) and bool(said) and not any(year in said for year in years)


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _dated(date: str) -> tuple[int, ...]:
    """(year, month, day) of an ISO date, as far as it goes ("2025-12" -> (2025, 12)); () when it is none."""
    found = _ISO.match(date)
    return tuple(int(g) for g in found.groups() if g) if found else ()


def year_of(date: str | None) -> int | None:
    """The year of an ISO date ("2025-06-03" -> 2025); None without one."""
    found = _dated(date or "")
    return found[0] if found else None


def _before(day: tuple[int, ...], article: tuple[int, ...]) -> bool:
    """`day` is earlier than `article`, compared as far as both go (a month told is not before its own month)."""
    n = min(len(day), len(article))
    return day[:n] < article[:n]


@cache
def _month_finders() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """For each month of every language's `month_patterns`, its number and a pattern of it with a day before it
    («3 декабря», "18–19 November") or after it ("July 15"), and a year after ("December 2025", «ноября 2025 года»)."""
    day = r"(\d{1,2})(?:\s?[-–—]\s?(\d{1,2}))?"
    return tuple(
        (number, re.compile(rf"(?:(?<![\d.,]){day}\s+)?(?<!\w)(?:{pattern.pattern})(?!\w)(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d.,]?\d))?"
                            r"(?:,?\s+(?:of\s+)?(\d{4})(?!\d))?"))
        for lang in all_lang_data() for number, pattern in enumerate(lang.month_patterns, 1))


YEARLESS_BACK = 2  # months before the article's that a day or month without a year may be read as past


def _year_of(month: int, article: tuple[int, ...]) -> int:
    """The year of a `month` told without one, in an article dated `article`."""
    if len(article) < 2:
        return article[0]
    if (article[1] - month) % 12 <= YEARLESS_BACK:  # just past: «в ноябре» in a January article is last November
        return article[0] if month <= article[1] else article[0] - 1
    return article[0] if month > article[1] else article[0] + 1  # the coming one


def dates_told(sentence: str, article_date: str) -> list[tuple[int, ...]]:
    """The dates `sentence` tells, each as far as it goes: (year,), (year, month) or (year, month, day); a day or month
    without a year is in the year of `article_date` (an ISO date) unless it is more than `YEARLESS_BACK` months before the
    article's month: then it is the coming one («торги назначены на 15 января» in December). A span of days ends on its
    last («18–19 ноября»). Years it names otherwise ("in 2026", "next year") are years."""
    article = _dated(article_date)
    if not article:
        return []
    told: list[tuple[int, ...]] = []
    rest = sentence  # what is left once the days and months are read, for the years named otherwise
    for number, finder in _month_finders():
        rest = finder.sub(" ", rest)
        for m in finder.finditer(sentence):
            year = int(m.group(4)) if m.group(4) else _year_of(number, article)
            last_day = m.group(2) or m.group(1) or m.group(3)
            told.append((year, number, int(last_day)) if last_day and 1 <= int(last_day) <= 31 else (year, number))
    return told + [(int(year),) for year in sorted(years_said(rest, article[0]))]


_MONTHS_SPAN = re.compile(r"\b(?:first|первые|первых|за)\s+(\w+)\s+(?:months|месяцев|месяца)\b", re.IGNORECASE)


def month_in_span(name: str, text: str, lang: LangData) -> bool:
    """The month `name` (a question's "January–October") lies in a span of a year's first months that `text` gives:
    "the first ten months of 2025", «за первые десять месяцев», «за 10 месяцев» (not October in "the first nine")."""
    month = next((k for k, pattern in enumerate(lang.month_patterns, start=1) if re.fullmatch(pattern.pattern, name, re.IGNORECASE)), 0)
    if not month:
        return False
    for found in _MONTHS_SPAN.finditer(text):
        count = found.group(1).lower()
        months = int(count) if count.isdigit() else next((int(n) for n, words in lang.numerals.items() if count in words), 0)
        if month <= months <= 12:
            return True
    return False
