"""Is the sentence giving an answer about another place than the question's?

A place is a capitalised name with a place ending of the language ("-stan", "-ia"; data/lang `place_suffixes`),
or in Russian one part of a compound adjective of places written in lower case («лорнско-брасской границы»:
`place_compound` in data/lang), kept as its stem («лорн», «брас»). "Armenia sends 3,200 workers to South Korea"
gives no figure for Moldova; «протяжённость лорнско-мирской границы» gives no length of the Lornan–Brask one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from ..ingest.langdata import LangData
from .names import CorpusNames

__all__ = ["another_place", "compound_places", "place_adjectives"]

_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}-]+")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_ADJECTIVE_END = regex.compile(r"(?:ско|цко|ск\p{Ll}{1,3}|цк\p{Ll}{1,3})$")


def compound_places(text: str, lang: LangData) -> tuple[str, ...]:
    """The stems of the places a lower-case compound adjective of `text` names, in its order: «узбекско-таджикской»
    -> ("узбек", "таджик"); «турецко-…» -> «турц» (the stem of «Турция»). Nothing in a language without the pattern."""
    if lang.place_compound is None:
        return ()
    stems: list[str] = []
    for compound in lang.place_compound.findall(text):
        for part in compound.split("-"):
            stem = _ADJECTIVE_END.sub("", part)
            if part[len(stem):].startswith("ц") and stem.endswith("е"):
                stem = stem[:-1] + "ц"  # «турецко» -> «турц»
            if len(stem) >= 3:
                stems.append(stem)
    return tuple(dict.fromkeys(stems))


def place_adjectives(text: str, lang: LangData, names: CorpusNames) -> tuple[str, ...]:
    """The lower-case adjectives of `text` naming a place of the corpus («российская» of «Россия», «китайских» of
    «Китай»), in a language that writes them so (`place_compound` in data/lang): a word with an adjective's ending of
    `demonym_suffixes` whose stem begins as a place name of the corpus does. The passage must name it as it names a
    place ("Russian" in English is a name already): «российских» or «России», not «белорусских»."""
    if lang.place_compound is None:
        return ()
    ends = sorted({end for end, _ in lang.demonym_suffixes if len(end) > 2}, key=len, reverse=True)
    found = []
    for word in (w for w in _WORD.findall(text) if w.islower()):
        end = next((e for e in ends if word.endswith(e)), "")
        stem = word[: len(word) - len(end)] if end else ""
        if len(stem) >= 4 and _stem_in(stem, names.places):
            found.append(word)
    return tuple(dict.fromkeys(found))


def _stem_in(stem: str, words: Iterable[str]) -> bool:
    """A word begins as the stem does (its last letter may change: «россий» ~ «Россия», «российской»)."""
    head = stem[: max(4, len(stem) - 1)]
    return any(w.startswith(head) for w in words)


def another_place(names: Iterable[str], stems: Iterable[str], about: str, words: set[str], lang: LangData,
                  present: Callable[[str, set[str]], bool]) -> bool:
    """A place the question names (`names` with a place ending, or a compound adjective's `stems`) is missing from
    `words` (the lower-cased words of the sentence, title, publisher and section) while the sentence, `about`,
    names a place the question does not. `present(name, words)`: the name is among `words` in one of its forms."""
    place = lambda word: len(word) >= 5 and word.endswith(lang.place_suffixes)
    names = tuple(names)
    places, stems = [n for n in names if place(n)], tuple(stems)
    if not places and not stems:
        return False
    parts = words | {p for w in words for p in w.split("-") if p}
    if all(present(n, words) for n in places) and all(_stem_in(s, parts) for s in stems):
        return False
    asked = lambda word: any(present(n, {word}) for n in names) or any(_stem_in(s, [word]) for s in stems)
    if any(place(w) and not asked(w) for w in {w.lower() for w in _CAPITALISED.findall(about)}):
        return True
    return any(not asked(t) and not any(_stem_in(t, [s]) for s in stems) for t in compound_places(about, lang))
