"""Years and centuries in a question and in the window that answers it (for `evidence.py`).

A window says a year the question names by writing it, by a span cut to two digits ("2024-25", «1620—21 годах»),
or (with the article's year) by "last year" / «в прошлом году»; a century the question writes in Roman numerals
(«XV века») by the numeral, by its number ("15th") or by a year within it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from ..ingest.langdata import LangData, all_lang_data
from .answer_types import later

__all__ = ["YEAR", "another_year", "names_a_century", "roman_value", "says_century", "span_ends", "years_said"]

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


def another_year(said: set[str], years: Sequence[str], answer_type: str = "", article_year: int | None = None) -> bool:
    """The sentence giving the answer dates it (`said`: the years it names) to another year than those the question
    names ("…4,800 containers in 2025" gives no count for 2023; "3.1 billion kilowatt-hours last year" in an article of
    2025 none for 2019), or, for a type asked of what is still to come ("when will…?"), only to years before the article's."""
    if said and article_year and later(answer_type) and all(int(year) < article_year for year in said):
        return True
    return bool(years) and bool(said) and not any(year in said for year in years)
