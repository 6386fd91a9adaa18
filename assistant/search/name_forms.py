"""One name in its forms: a demonym, a metonym, a Russian case or compound, a shared stem ("Turkish" ~ "Turkey",
"brussels" ~ "europe", «Норвегии» ~ «Норвегия», «Минпросвещения» ~ «министра просвещения»). The evidence checks
(search/evidence.py) ask whether a name of the question is present among a window's words."""

from __future__ import annotations

from functools import lru_cache

import regex

from ..ingest.langdata import LangData, lang_data
from ..store.lexical import is_cyrillic, russian_noun_stem, tokenize
from .crossscript import common_prefix

__all__ = ["name_present", "word_forms"]


def _canonical(word: str, lang: LangData) -> str:
    """The name a metonym stands for ("brussels" -> "europe"), also in a Russian case ("евросоюзу")."""
    if word in lang.metonyms:
        return lang.metonyms[word]
    if is_cyrillic(word):
        return _russian_metonyms(lang.code).get(russian_noun_stem(word), word)
    return word


@lru_cache(maxsize=None)
def _russian_metonyms(code: str) -> dict[str, str]:
    return {russian_noun_stem(k): v for k, v in lang_data(code).metonyms.items() if is_cyrillic(k)}


def _stems(word: str, lang: LangData) -> set[str]:
    """The word and its forms under the language's demonym rules ("chinese" -> "china")."""
    out = {word}
    for suffix, replacement in lang.demonym_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.add(word[: -len(suffix)] + replacement)
    return out


@lru_cache(maxsize=1 << 17)  # pure; the same pairs recur across the passages of one question and across questions
def _same_name(a: str, b: str) -> bool:
    """One name in two forms: a shared stem of 4+ letters, each form adding at most a short ending
    ("norway"/"norwegian" as stem and extension, "turkish"/"turkey", "китая"/"китай"); a soft sign is spelt or not («Мелфи»)."""
    if a == b or (is_cyrillic(a) and "ь" in a + b and _same_name(a.replace("ь", ""), b.replace("ь", ""))):
        return True
    if is_cyrillic(a) and is_cyrillic(b):  # short Russian names in two cases: "Азии" ~ "Азия", not "Ирак" ~ "Иран"
        stem = russian_noun_stem(a)
        if len(stem) >= 3 and stem == russian_noun_stem(b):
            return True
        if not _russian_stems(a).isdisjoint(_russian_stems(b)):  # an adjective in two cases: «Южную» ~ «Южной»
            return True
        if a[:2] == b[:2] and {a[2:], b[2:]} <= {"", "а", "у", "е", "ом", "ем"}:  # a name of two letters in
            return True  # two cases (the stem keeps three): «Ош» ~ «Оше» ~ «Оша», «Эш» ~ «Эша»
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 6:
        return True
    n = common_prefix(a, b)
    return n >= 4 and len(a) - n <= 3 and len(b) - n <= 3


@lru_cache(maxsize=4096)
def _russian_stems(word: str) -> frozenset[str]:
    """The Snowball stems BM25 gives a Russian word, of three letters or more."""
    return frozenset(t for t in tokenize(word) if len(t) >= 3)


@lru_cache(maxsize=1 << 16)
def _forms(word: str, code: str) -> frozenset[str]:
    """The forms of the name `word` stands for, in language `code` (cached: a window's words recur); a compound
    name's also those of the name after its prefix («Минпросвещения»: «министра просвещения» names it)."""
    lang = lang_data(code)
    rest = next((word[len(p):] for p in lang.name_prefixes if word.startswith(p) and len(word) - len(p) >= 4), "")
    return frozenset(_stems(_canonical(word, lang), lang)) | (_forms(rest, code) if rest else frozenset())


def _head(form: str) -> str:
    """Two forms `_same_name` can match begin alike (same word, a shared stem or prefix): their first two letters."""
    return form[:2].replace("ё", "е")


def word_forms(words: set[str], code: str) -> dict[str, list[str]]:
    """The forms of a window's words by `_head` (a name meets only forms that could match it); not of "euros" ("europe")."""
    out: dict[str, list[str]] = {}
    for word in words - lang_data(code).not_names:
        for form in _forms(word, code):
            out.setdefault(_head(form), []).append(form)
    return out


def name_present(name: str, words: set[str], lang: LangData, forms: dict[str, list[str]] | None = None) -> bool:
    forms = word_forms(words, lang.code) if forms is None else forms
    if any(_same_name(t, f) for t in _forms(name, lang.code) for f in forms.get(_head(t), ())):
        return True
    parts = regex.split(r"[- ]", name)  # "Cretaceous-Paleogene" written with a dash, or each part apart; "united states"
    return len(parts) > 1 and all(p.isalpha() for p in parts) and all(name_present(p, words, lang, forms) for p in parts)
