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
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from ..store.lexical import bm25_idf

__all__ = ["CrossScriptIndex", "keys_match", "latin_keys"]

MIN_PREFIX = 4
MAX_ENDING = 2
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, str], tuple[tuple[str, str], ...]]:
    data = json.loads(resources.files("assistant").joinpath("data/lang/latin-keys.json").read_text(encoding="utf-8"))
    return {ord(k): v for k, v in data["letters"].items()}, tuple((a, b) for a, b in data["folds"])


def _fold(word: str) -> str:
    letters, folds = _table()
    key = word.casefold().translate(letters)
    for old, new in folds:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)  # doubled letters count once


def latin_keys(text: str) -> frozenset[str]:
    """The text's words of 4+ letters as folded Latin keys ("Мадридом" -> "madridom")."""
    keys = set()
    for m in _WORD.finditer(text):
        key = _fold(m.group())
        if len(key) >= MIN_PREFIX and key.isascii() and key.isalpha():
            keys.add(key)
    return frozenset(keys)


def keys_match(a: str, b: str) -> bool:
    """The same word up to an ending: a common prefix of 4+ letters, at most 2 letters of the shorter left."""
    need = max(MIN_PREFIX, min(len(a), len(b)) - MAX_ENDING)
    return len(a) >= need and len(b) >= need and a[:need] == b[:need]


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
