"""Names of more than one word, and the words around a name:

- names that the language data maps to another ("united states" -> "america", "european union" -> "europe"): a
  question's such name stays one name, and a window that says the phrase holds the name it stands for, so "the United
  States" in a question is named by "the US" or "Washington" in a passage, and "the EU" by "the European Union";
- a company's legal form beside its name ("JSC", «ТОО», "AB"), which is no name a passage must write;
- an acronym of the question written out in a passage by its words ("EBRD", «АЦЭП»);
- a number that ends a name ("Super Bowl 50", "Apollo 11"), which a passage may leave out where it writes the name bare."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from ..ingest.langdata import LangData, all_function_words, all_legal_forms, lang_data

__all__ = ["numbered_names", "phrase_names", "said_phrases", "spelled_out", "without_legal_forms", "writes_bare"]


@cache
def _pattern(code: str) -> regex.Pattern[str] | None:
    """The language's metonyms of more than one word, longest first, as one pattern (None: it has none)."""
    multi = sorted((k for k in lang_data(code).metonyms if " " in k), key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(k) for k in multi) + r")(?!\w)") if multi else None


def phrase_names(key: str, lang: LangData) -> tuple[list[str], str]:
    """The phrase names in `key` (a lower-cased name of the question), and `key` without them."""
    pattern = _pattern(lang.code)
    if pattern is None:
        return [], key
    return pattern.findall(key), pattern.sub(" ", key)


def without_legal_forms(names: list[str]) -> list[str]:
    """`names` without a company's legal form when another name is left ("Energiprojekt AB", «ТОО «Лорна»»:
    articles drop the "AB", the «ТОО»); the forms of every language, for a name keeps its script in any."""
    kept = [name for name in names if name not in all_legal_forms()]
    return kept if kept else names


def said_phrases(text: str, lang: LangData) -> set[str]:
    """What the phrase names `text` says stand for ("the European Union" -> {"europe"})."""
    pattern = _pattern(lang.code)
    return {lang.metonyms[p] for p in pattern.findall(text.lower())} if pattern is not None else set()


SHORT_ACRONYM = 3  # an acronym this short is spelled out only by capitalised words ("Shanghai Cooperation Organisation"),
# but in Cyrillic only its first is: Russian writes a name of an organisation with one capital («Международный уголовный
# суд» for «МУС», «Азиатский банк развития» for «АБР»)


PAIR, PAIR_WORD = 2, 6  # an acronym of two letters is also spelled by two long words in lower case («ИИ»: «искусственный
# интеллект»), as Russian writes a common noun's


# the letters other Cyrillic alphabets of the region add to Russian's, which an acronym in a Russian text writes with the
# Russian letter they look like («КТЖ» for «Қалқан темір жолы»)
_LOOK_ALIKE = str.maketrans("қғүұөһіңәҳҷӯӣў", "кгууохинахчуиу")


def spelled_out(acronym: str, text: str) -> bool:
    """`text` writes the acronym `acronym` (lower-cased) out: consecutive words, function words left out, begin with its
    letters, the first in a capital ("European Bank for Reconstruction and Development" for "ebrd", «Алматинский
    центр энергетической политики» for «ацэп»); of a short Latin one every word. Only the initials are checked, so a
    capitalised word and the words after it may spell one by chance («Лорнский центр экономики провёл»)."""
    skip = all_function_words()
    words = [w for w in regex.findall(r"\p{L}+", text) if w.lower() not in skip]
    n = len(acronym)
    cyrillic = bool(regex.fullmatch(r"\p{Cyrillic}+", acronym))
    letters = acronym.translate(_LOOK_ALIKE)
    for i in range(len(words) - n + 1):
        part = words[i : i + n]
        if "".join(w[0] for w in part).lower().translate(_LOOK_ALIKE) != letters:
            continue
        if n == PAIR and all(len(w) >= PAIR_WORD for w in part):
            return True  # two long words in lower case
        if part[0][0].isupper() and (n > SHORT_ACRONYM or cyrillic or all(w[0].isupper() for w in part)):
            return True
    return False


ABBREVIATED_NAMES = 3  # names of the question in a row at least that an acronym of the passage may stand for


def abbreviated(names: Sequence[str], text: str) -> set[str]:
    """Those of `names` (the question's, in its order) that `text` writes as an acronym of theirs: `ABBREVIATED_NAMES`
    or more of them in a row whose initials an upper-case word of `text` spells ("Турецкая Республика Северного Кипра"
    for «ТРСК», "Inland Sea Ferry Company" for "ISFC"); only the initials are checked, as `spelled_out` checks."""
    found: set[str] = set()
    acronyms = {w.lower().translate(_LOOK_ALIKE) for w in regex.findall(r"(?<![\p{L}\d-])\p{Lu}{3,8}(?![\p{L}\d-])", text)}
    for size in range(len(names), ABBREVIATED_NAMES - 1, -1):
        for i in range(len(names) - size + 1):
            run = names[i : i + size]
            if "".join(n[:1] for n in run).lower().translate(_LOOK_ALIKE) in acronyms:
                found.update(run)
    return found


_NUMBERED = regex.compile(r"(?<![\p{L}\d])((?:\p{Lu}[\p{L}-]*\s+){1,3})(\d{1,3})(?![\d.,%])(?!\s+\p{Ll})")  # not a day («Москве 10
# октября») or a measure («ЛЭП 500 кВ»): a small number after capitalised words, before no lower-case word


def numbered_names(question: str) -> tuple[tuple[str, str], ...]:
    """(number, name) for each number of `question` that ends a name: "Super Bowl 50" -> ("50", "super bowl")."""
    return tuple((m.group(2), " ".join(m.group(1).split()).lower()) for m in _NUMBERED.finditer(question))


def writes_bare(name: str, text: str) -> bool:
    """`text` writes `name` without a number after it ("the oldest quarterback to play in a Super Bowl"): the one
    the question numbers, where the text numbers none other ("Super Bowl XXXIII" is another)."""
    pattern = regex.compile(rf"(?<!\w){regex.escape(name)}(?!\w)(?!\s*(?:\d|[IVXLC]+\b|[-–]\d))", regex.IGNORECASE)
    return bool(pattern.search(text))
