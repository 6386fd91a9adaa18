"""Which language a text is in (offline, by script and function words), and Russian sentence fixes.

Only the languages the pipeline treats differently are named: "ru" and "en"; anything else
(other Cyrillic languages, Latin-script languages that are not English) is "" (unknown).
A small detector is enough here: the corpus is English and Russian, and a wrong guess only
changes which stemmer BM25 uses for one document.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["LANGUAGE_NAMES", "detect_language", "fix_russian_spans"]

LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}

_LETTERS = re.compile(r"[^\W\d_]+")
# letters of other Cyrillic alphabets (e.g. Ukrainian, Belarusian, Serbian and Turkic or Iranian languages in Cyrillic)
_NOT_RUSSIAN = frozenset("әғқңөұүһіїєґўҗҳӣӯјљњћџђ")
_EN_FUNCTION = frozenset(
    ["the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by", "at", "from", "are", "be", "it", "an", "this", "which", "has", "have", "its", "not", "but", "or", "were", "their", "been", "will", "after", "also", "than"]
)
_RU_FUNCTION = frozenset(
    ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "от", "для", "его", "о", "к", "но", "он", "она", "они", "так", "же", "при", "до", "уже", "было", "также", "между", "который", "которые"]
)
MIN_LETTERS = 20  # less than this is too little to tell


def detect_language(text: str, sample: int = 20_000) -> str:
    """"ru", "en" or "" (unknown or another language) for `text` (its first `sample` characters)."""
    words = _LETTERS.findall(text[:sample].lower())
    cyrillic = latin = other = 0
    for word in words:
        for ch in word:
            if "\u0400" <= ch <= "\u04ff":
                cyrillic += 1
            elif ch.isascii():
                latin += 1
            else:
                other += 1
    total = cyrillic + latin + other
    if total < MIN_LETTERS:
        return _short_text_language(words)
    if cyrillic > 0.5 * total:
        foreign = sum(ch in _NOT_RUSSIAN for word in words for ch in word)
        return "ru" if foreign * 100 < cyrillic else ""
    if latin > 0.5 * total:
        hits = sum(w in _EN_FUNCTION for w in words)
        return "en" if hits * 20 >= len(words) else ""
    return ""


def _short_text_language(words: list[str]) -> str:
    """A question or a title: the script decides (a few words carry few function words)."""
    cyrillic = sum(1 for w in words for ch in w if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for w in words for ch in w if ch.isascii())
    if cyrillic > latin:
        return "" if any(ch in _NOT_RUSSIAN for w in words for ch in w) else "ru"
    return "en" if latin else ""


def question_language(text: str) -> str:
    """The language a question is written in ("ru" or "en"; English when unknown)."""
    return detect_language(text) or "en"


# --------------------------------------------------------------------------- Russian sentences

# Abbreviations after which a Russian sentence does not end (a lower-case or a name follows)
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(«\"])(?:[А-ЯЁ]\.(?:\s?-\s?[А-ЯЁ]\.)?|(?:проф|зав|акад|ген|им|ул|пр|пос|обл|респ|ст|см|напр|тыс|млн|млрд|руб|долл|гг?|вв?|ок|гл|зам|пред|чл|корр|мин|г-н|г-жа|рис|табл|стр|т|п)\.)$",
)
_STARTS_LOWER = re.compile(r"^[«\"(]?[а-яё0-9]")
_STARTS_NAME = re.compile(r"^[«\"(]?[А-ЯЁ]")
_STARTS_ACRONYM = re.compile(r"^[А-ЯЁ]{2,5}[,;:)]")  # "долл. | США, т.е. ...": a unit's country, the sentence goes on
# "... и т. д. Далее": blingfire keeps these together; a capital after them starts a sentence. So does a unit after
# «тыс.» ending one: «2,1 тыс. тонн. Цену …» (but «тыс. долл. США» goes on: a capital word, not an acronym, begins one)
_LIST_END = re.compile(r"(?:(?:и\s?т\.\s?[дп]\.|и\s?др\.|и\s?пр\.)\s+(?=[А-ЯЁ])|\bтыс\.\s+[а-яё]+\.\s+(?=[«\"]?[А-ЯЁ][а-яё]))")
_INITIAL = re.compile(r"(?:^|\s)[А-ЯЁ]\.(?:\s?-\s?[А-ЯЁ]\.)?$")
_TITLE_ABBREVIATION = re.compile(r"(?:^|\s)(?:проф|зав|акад|ген|им|ул|зам|пред|г-н|г-жа|ст|гл|пос|обл|с)\.$|(?:^|\s)[^\W\d]+\s+г\.$")  # "в г. Северск" (a town; "2023 г." is a year)


def fix_russian_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """blingfire's sentences of Russian `text` (offsets into it), repaired for Russian usage.

    Merges a split after an initial ("А.-Б. | Фамилия") or a title ("проф. | Иванов"), and
    splits after "и т. д." / "и др." when a capital letter follows. Offsets stay exact.
    """
    if not spans or not any("\u0400" <= ch <= "\u04ff" for ch in text):
        return spans
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged:
            ps, pe = merged[-1]
            previous, current = text[ps:pe], text[s:e]
            joins = (_INITIAL.search(previous) or _TITLE_ABBREVIATION.search(previous)) and _STARTS_NAME.match(current)
            joins = joins or (_ABBREVIATION_END.search(previous) and (_STARTS_LOWER.match(current) or _STARTS_ACRONYM.match(current)))
            if joins and "\n" not in text[pe:s]:
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    out: list[tuple[int, int]] = []
    for s, e in merged:
        start = s
        for m in _LIST_END.finditer(text, s, e):
            cut = m.end()
            end = cut
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start and cut < e:
                out.append((start, end))
                start = cut
        out.append((start, e))
    return out


@lru_cache(maxsize=1)
def russian_stopwords() -> frozenset[str]:
    """The Russian stopword list (assistant/data/stopwords/ru.txt), ё folded to е."""
    from importlib.resources import files

    raw = files("assistant").joinpath("data/stopwords/ru.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower().replace("ё", "е") for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )
