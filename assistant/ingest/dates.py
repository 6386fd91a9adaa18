"""Publication dates written in an article: bylines, datelines and metadata values, in English and Russian."""

from __future__ import annotations

import re
from datetime import date as Date
from functools import lru_cache

__all__ = ["BYLINE_MAX_CHARS", "HEAD_LINES", "byline_date", "parse_date", "trailing_date"]

HEAD_LINES = 12  # a byline date is looked for in the first lines of an article
BYLINE_MAX_CHARS = 120  # ... that are short (a dateline, not a sentence of the story)

_EN_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_RU_MONTHS = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
_DATE_RES = (
    re.compile(rf"\b{_EN_MONTHS}\s+\d{{1,2}}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+[A-Z]{{2,5}})?\s+\d{{4}}\b", re.IGNORECASE),  # a mail
    # archive's "Mon Dec 15 09:12:47 UTC 2025" (the C library's form: the clock time before the year)
    re.compile(rf"\b{_EN_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b", re.IGNORECASE),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_EN_MONTHS}\s+\d{{4}}\b", re.IGNORECASE),
    re.compile(rf"(?<!\w)\d{{1,2}}\s+{_RU_MONTHS}\s+\d{{4}}(?:\s*г(?:ода|\.)?)?", re.IGNORECASE),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"),
)


@lru_cache(maxsize=1024)
def parse_date(text: str) -> str | None:
    """One date string ("March 4, 2025", "12 марта 2025", "03.11.2025", "2025-03-04") -> ISO, via dateparser."""
    import dateparser

    dotted = re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text.strip()) is not None
    parsed = dateparser.parse(
        text,
        languages=["en", "ru"],
        settings={
            "DATE_ORDER": "DMY" if dotted else "MDY",  # "03.11.2025" is 3 November, as written in Russia and Europe
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
        },
    )
    if parsed is None or not 1900 <= parsed.year <= Date.today().year + 1:
        return None
    return parsed.date().isoformat()


_MONTH_YEAR = re.compile(rf"(?:{_EN_MONTHS}|{_RU_MONTHS})\s+\d{{4}}(?:\s*г(?:ода|\.)?)?", re.IGNORECASE)
_SEGMENTS = re.compile(r"\s+[|·•—–]\s+|\s*\|\s*")
LONG_LINES = 3  # after this many lines of text the article has begun: a date further on is not its byline
LONG_WORDS = 12  # a line of text: a paragraph, or a line of a hard-wrapped one


def byline_date(text: str, head_lines: int = HEAD_LINES) -> str | None:
    """The date of a byline or dateline among the first short lines of an article, or None; else the
    month of a report's cover line ("Policy Report No. 14 | January 2026" -> "2026-01"). In a record's history
    ("Received 12 August 2025 · Accepted … · Published online 15 December 2025") the date labelled as the
    publication's (`publication_words` in data/lang) is taken."""
    seen = long = 0
    month: str | None = None
    headings: frozenset[str] | None = None  # a chronology's dated headings, read once the text has begun
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if long:
            headings = _chronology(text) if headings is None else headings
            if line in headings:
                continue  # under the text's first lines: not its byline
        seen += 1
        if seen > head_lines or long >= LONG_LINES:
            break
        if len(line) > BYLINE_MAX_CHARS:
            found = _dateline_date(line)
            if found:
                return found
            long += 1
            continue
        if len(line.split()) >= LONG_WORDS and (line[-1] in ".!?…,;-" or line.split()[-1][:1].islower()):
            long += 1  # a sentence, or a line of a hard-wrapped one (a headline or a menu ends otherwise)
            if month:
                break  # under a cover's month («Алматы, декабрь 2025») the text has begun: its dates are the story's
        month = month or _month_of(line)
        labelled = _labelled_date(line)
        if labelled:
            return labelled
        for pattern in _DATE_RES:
            match = pattern.search(line)
            if match:
                found = _iso(match.group(0))
                if found:
                    return found
    return month


def _chronology(text: str) -> frozenset[str]:
    """Lines that are a date alone, when `CHRONOLOGY_DATES` or more: a chronology's headings, each its entry's date."""
    alone = [s for line in text.splitlines() if (s := line.strip()) and any(
        (m := p.search(s)) and len(s[: m.start()].split()) + len(s[m.end():].split()) <= 1 for p in _DATE_RES)]
    return frozenset(alone) if len(alone) >= CHRONOLOGY_DATES else frozenset()


CHRONOLOGY_DATES = 3  # dates alone on their lines that make a chronology's headings (boilerplate_records keeps them)


def trailing_date(text: str, last_lines: int = HEAD_LINES) -> str | None:
    """A date standing alone on one of the last lines ("24.01.2026", "March 3, 2026 14:32"): where a
    channel post or a press page prints it, under the text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][-last_lines:]
    for line in reversed(lines):
        for pattern in _DATE_RES:
            match = pattern.search(line)
            if match and not _TIME_OR_SPACE.sub("", line[: match.start()] + line[match.end() :]):
                found = _iso(match.group(0))
                if found:
                    return found
    return None


_TIME_OR_SPACE = re.compile(r"\d{1,2}:\d{2}|[\s,|·]")


def _month_of(line: str) -> str | None:
    """"2026-01" when one part of a short line is a month and a year and nothing else, or a place before them."""
    for part in _SEGMENTS.split(line):
        part = part[m.end():] if (m := _DATELINE_PLACE.match(part)) else part  # "Алматы, декабрь 2025"
        if _MONTH_YEAR.fullmatch(part.strip(" ,.")):
            found = _iso(f"1 {part.strip(' ,.')}")
            return found[:7] if found else None
    return None


_DATELINE_PLACE = re.compile(r"^[A-ZА-ЯЁ][\w'’. -]{1,30}?,\s+")  # a place name and a comma: "CITY, "


def _dateline_date(line: str) -> str | None:
    """The date of a dateline opening a paragraph: "Город, 5 мая 2025 года. Текст ...", "CITY, March 3, 2025 - ..."."""
    place = _DATELINE_PLACE.match(line)
    if not place:
        return None
    for pattern in _DATE_RES:
        match = pattern.match(line, place.end())
        if match:
            return _iso(match.group(0))
    return None


def _iso(value: str | None) -> str | None:
    """A metadata date value (ISO, with or without time, or a written date) -> "YYYY-MM-DD"."""
    if not value:
        return None
    value = value.strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return Date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return None
    return parse_date(value[:60])


@lru_cache(maxsize=1)
def _publication_words() -> tuple[str, ...]:
    from .langdata import all_lang_data

    return tuple(sorted({w for ld in all_lang_data() for w in ld.publication_words}, key=len, reverse=True))


def _labelled_date(line: str) -> str | None:
    """The date of the segment of `line` that opens on a publication word, when the line has several segments."""
    segments = _SEGMENTS.split(line)
    if len(segments) < 2:
        return None
    for segment in segments:
        low = segment.strip().lower()
        if low.startswith(_publication_words()):
            for pattern in _DATE_RES:
                match = pattern.search(segment)
                found = _iso(match.group(0)) if match else None
                if found:
                    return found
    return None
