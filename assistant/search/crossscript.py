"""Names that a question and a passage in another language share, across scripts (Latin <-> Cyrillic).

BM25 matches words of one language only, so a passage in the other language scores nothing
lexically (`retrieval.lexical_feature` gives it its semantic score instead). Proper names
survive translation, though: "Berlin's" is "Берлина", "Madrid" is "Мадридом". Each word is
written in Latin letters and folded to one spelling (`assistant/data/lang/latin-keys.json`);
two keys match when they share a prefix of at least 4 letters that leaves at most 2 letters
of the shorter one (an inflected ending). A passage's
score is the BM25 idf of the question keys it matches over the idf of all the question keys
that some passage holds (0 to 1): a rare name shared across scripts counts, a country named in
every other passage hardly does.

Numbers are left out on purpose: on the unseen dev sets they moved no cross-language question
and cost an English one, whose number a Russian passage on the same subject also held
(docs/quality.md, issue 12).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from ..store.lexical import bm25_idf

__all__ = ["NAMED_SHARE", "CrossScriptIndex", "WrittenNames", "common_prefix", "keys_match", "keys_present", "latin_keys", "name_keys", "same_name"]

MIN_PREFIX = 4
MAX_ENDING = 2
_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w-])")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return dict(json.loads(resources.files("assistant").joinpath("data/lang/latin-keys.json").read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, str], tuple[tuple[str, str], ...]]:
    data = _data()
    return {ord(k): v for k, v in data["letters"].items()}, tuple((a, b) for a, b in data["folds"])


def _fold(word: str) -> str:
    letters, folds = _table()
    key = word.casefold().translate(letters)
    for old, new in folds:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters count once


def _keyed_words(text: str) -> Iterator[tuple[str, str]]:
    """Each word of `text` that gives a key of 4+ Latin letters, with that key."""
    for m in _WORD.finditer(text):
        key = _fold(m.group())
        if len(key) >= MIN_PREFIX and key.isascii() and key.isalpha():
            yield m.group(), key


def latin_keys(text: str) -> frozenset[str]:
    """The text's words of 4+ letters as folded Latin keys ("Мадридом" -> "madridom")."""
    return frozenset(key for _, key in _keyed_words(text))


@lru_cache(maxsize=1)
def _adjective_endings() -> tuple[str, ...]:
    return tuple(sorted(_data().get("adjective_endings", ()), key=len, reverse=True))


def _name_keyed_words(text: str) -> Iterator[tuple[str, str]]:
    """`_keyed_words`, with two more kinds of key for reading names: a hyphenated Latin name as one
    word ("Trans-Lorna", which Russian writes «Транслорнский»), and for a Cyrillic adjective made from
    a name the key of that name («Вельдмаркской» -> "veldmark", «лорнских» -> "lorn"), its ending
    being no inflection."""
    for match in _COMPOUND.finditer(text):
        word = match.group().replace("-", "")
        key = _fold(word)
        if len(key) >= MIN_PREFIX and key.isascii() and key.isalpha():
            yield word, key
    for word, key in _keyed_words(text):
        yield word, key
        if not _is_latin(word):
            lower = word.casefold()
            ending = next((e for e in _adjective_endings() if lower.endswith(e)), "")
            if ending and len(lower) - len(ending) >= MIN_PREFIX:
                stem = _fold(lower[: -len(ending)])
                if len(stem) >= MIN_PREFIX and stem.isascii() and stem.isalpha():
                    yield word, stem


def name_keys(text: str) -> frozenset[str]:
    """`latin_keys`, with the key of the name a Cyrillic adjective is made from: for reading names
    in the evidence checks. The ranking keeps `latin_keys` (an adjective is not the name it matched
    as, for BM25's idf)."""
    return frozenset(key for _, key in _name_keyed_words(text))


def keys_match(a: str, b: str) -> bool:
    """The same word up to an ending: a common prefix of 4+ letters, at most 2 letters of the shorter left."""
    need = max(MIN_PREFIX, min(len(a), len(b)) - MAX_ENDING)
    return len(a) >= need and len(b) >= need and a[:need] == b[:need]


def keys_present(keys: Sequence[Sequence[str]], text: str) -> bool:
    """Every name in another script (each as its Latin keys, one of which must match a word of `text`) is in `text`."""
    held = name_keys(text)
    return all(any(same_name(key, word) for key in name for word in held) for name in keys)


def same_name(a: str, b: str) -> bool:
    """Two keys of one name, stricter than `keys_match`: a common prefix of 4+ letters that leaves at
    most 2 letters of each ("madrida" ~ "madrid", "kanadoi" ~ "kanada"), not a longer word that
    begins alike ("austria" / "australia"); or a people's name and its place, the longer adding a
    place ending and at most 2 letters ("kazah" ~ "kazahstane"; `place_endings` in latin-keys.json)."""
    n = common_prefix(a, b)
    if n >= MIN_PREFIX and len(a) - n <= MAX_ENDING and len(b) - n <= MAX_ENDING:
        return True
    short, long_ = sorted((a, b), key=len)
    rest = long_[len(short):]
    return n == len(short) >= MIN_PREFIX and any(
        rest.startswith(e) and len(rest) - len(e) <= MAX_ENDING for e in _place_endings())


@lru_cache(maxsize=1)
def _place_endings() -> tuple[str, ...]:
    return tuple(_data().get("place_endings", ()))


def common_prefix(a: str, b: str) -> int:
    """How many leading letters `a` and `b` share."""
    return len(os.path.commonprefix((a, b)))


NAMED_SHARE = 0.3  # a passage of another language naming this share of a question's keys (by idf) is a candidate
RARE_SHARE = 0.01  # ... when one of them is rare: held by this share of the passages at most


class CrossScriptIndex:
    """Every passage's keys, grouped by their first 4 letters (built once per index, on first use)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.size = len(texts)
        self.heads: dict[str, dict[str, set[int]]] = {}
        for row, text in enumerate(texts):
            for key in latin_keys(text):
                self.heads.setdefault(key[:MIN_PREFIX], {}).setdefault(key, set()).add(row)

    def rows_of(self, key: str) -> set[int]:
        """The rows holding a key that matches `key`."""
        rows: set[int] = set()
        for other, held in self.heads.get(key[:MIN_PREFIX], {}).items():
            if keys_match(key, other):
                rows |= held
        return rows

    def scores(self, question: str, rows: Sequence[int]) -> dict[int, float]:
        """For each of `rows` that shares a key with the question: matched idf over the question's total.

        The total is over every question key some passage holds, in either language: counting
        only the keys the other language holds made one common name ("Germany" in a question
        about a German plant) a full match, lifting every other-language passage that names it
        (on the unseen dev sets, 5 Russian questions lost their Russian answer's rank).
        """
        weights: list[tuple[float, set[int]]] = []
        for key in latin_keys(question):
            held = self.rows_of(key)
            if held:
                weights.append((bm25_idf(self.size, len(held)), held))
        total = sum(w for w, _ in weights)
        if total <= 0:
            return {}
        wanted = set(rows)
        out: dict[int, float] = {}
        for weight, held in weights:
            for row in held & wanted:
                out[row] = out.get(row, 0.0) + weight / total
        return out

    def naming(self, question: str, other: Sequence[bool], limit: int, least: float) -> list[int]:
        """The `limit` rows of another language (`other[row]`) holding the largest share (by idf) of the question's keys
        that such rows hold, `least` of it at least, one of them rare (in `RARE_SHARE` of the rows at most): candidates
        neither BM25 (another script) nor the multilingual model may find («… опреснительный завод в Курыке?» for "the
        desalination plant at Kuryk"); a name every other article holds ("Germany") brings none."""
        weights: list[tuple[float, set[int], bool]] = []
        for key in latin_keys(question):
            held = {row for row in self.rows_of(key) if other[row]}
            if held:
                weights.append((bm25_idf(self.size, len(held)), held, len(held) <= RARE_SHARE * self.size))
        total = sum(w for w, _, _ in weights)
        found: dict[int, float] = {}
        rare: set[int] = set()
        for weight, held, is_rare in weights:
            for row in held:
                found[row] = found.get(row, 0.0) + weight / total
            rare |= held if is_rare else set()
        ranked = sorted((row for row in rare if found[row] >= least), key=lambda row: (-found[row], row))
        return ranked[:limit]


def _is_latin(word: str) -> bool:
    return word[:1].isascii()


class WrittenNames:
    """The keys of the words each language writes in its own script (the script most of its words
    are in): which of a question's names a passage of that language can be asked to hold ("Berlin"
    as «Берлин»). A name the language translates ("German" / «немецкий») or never mentions is not
    among them, nor one it quotes in the other script (an English title in a Russian article)."""

    def __init__(self, passages: Iterable[tuple[str, str | None]]) -> None:
        heads: dict[tuple[str | None, bool], dict[str, set[str]]] = {}
        for text, language in passages:
            for word, key in _name_keyed_words(text):
                heads.setdefault((language, _is_latin(word)), {}).setdefault(key[:MIN_PREFIX], set()).add(key)
        self.latin = {lang: sum(map(len, heads.get((lang, True), {}).values()))
                      >= sum(map(len, heads.get((lang, False), {}).values())) for lang, _ in heads}
        self.heads = {lang: heads.get((lang, latin), {}) for lang, latin in self.latin.items()}

    def in_own_script(self, language: str | None, name: str) -> bool:
        """`name` is written in the script of `language` (a Latin name and an English passage)."""
        return self.latin.get(language, True) == _is_latin(name)

    def writes(self, language: str | None, name: str) -> frozenset[str]:
        """The keys of `name` that passages of `language` write in their own script."""
        heads = self.heads.get(language, {})
        return frozenset(key for key in name_keys(name)
                         if any(same_name(key, other) for other in heads.get(key[:MIN_PREFIX], ())))
