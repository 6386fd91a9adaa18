"""BM25 lexical index (bm25s + Snowball stemmers, English and Russian), stored as bm25s's own .npy/.json files."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

__all__ = ["BM25Index", "bm25_idf", "is_cyrillic", "tokenize"]

# words, and figures such as 5.2% or 2023 kept whole so that exact numbers are found
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@lru_cache(maxsize=2)
def _stemmer(language: str = "english"):  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer(language)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """bm25s's English stop words, read from its data module without importing bm25s (and SciPy)."""
    import importlib.util

    spec = importlib.util.find_spec("bm25s")
    origin = spec.origin if spec is not None else None
    if origin is not None:
        words_spec = importlib.util.spec_from_file_location("_bm25s_stopwords", Path(origin).parent / "stopwords.py")
        if words_spec is not None and words_spec.loader is not None:
            module = importlib.util.module_from_spec(words_spec)
            words_spec.loader.exec_module(module)
            return frozenset(module.STOPWORDS_EN)
    from bm25s.stopwords import STOPWORDS_EN  # pragma: no cover - an unusual install: import it

    return frozenset(STOPWORDS_EN)


def is_cyrillic(word: str) -> bool:
    """`word` starts with a Cyrillic letter (the one test of script every module asks)."""
    return bool(word) and "\u0400" <= word[0] <= "\u04ff"


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop-worded, stemmed terms of `text` (figures kept whole).

    Each word is analysed as the language its script says: Cyrillic words with Russian
    stopwords and the Russian Snowball stemmer (ё read as е), the rest as English. A mixed
    corpus or question therefore never stems Russian with English rules, and needs no guess
    of the whole text's language.
    """
    from ..ingest.language import russian_stopwords

    stop, stop_ru = _stopwords(), russian_stopwords()
    words = [m.group(0).lower().replace("’", "'") for m in _TOKEN.finditer(text)]
    english: list[tuple[int, str]] = []
    russian: list[tuple[int, str]] = []
    kept: list[str] = []
    for word in words:
        if is_cyrillic(word):
            word = word.replace("ё", "е")
            if word in stop_ru:
                continue
            russian.append((len(kept), word))
        else:
            if word in stop:
                continue
            english.append((len(kept), word[:-2] if word.endswith("'s") else word))
        kept.append(word)
    for language, group in (("english", english), ("russian", russian)):
        if group:
            for (i, _), stem in zip(group, _stemmer(language).stemWords([w for _, w in group])):
                kept[i] = stem
    # Snowball reads "Китая" as an adjective ("кит") but "Китай" as a noun ("кита"): a Russian
    # word also yields its stem without noun case endings, so names match across cases.
    stems = {kept[i] for i, _ in russian}
    extra = [noun for noun in (russian_noun_stem(word) for _, word in russian) if noun not in stems]
    return kept + extra


_NOUN_ENDINGS = tuple(sorted(
    "а я у ю е ы и о й ь ом ем ём ой ей ою ею ам ям ах ях ов ев ами ями ым им ом".split(), key=len, reverse=True
))


def russian_noun_stem(word: str) -> str:
    """`word` without one noun case ending (longest first), keeping at least three letters."""
    for ending in _NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _quiet_bm25s() -> None:
    """bm25s logs every index build at DEBUG level on the root handler; keep it to warnings."""
    import logging

    logging.getLogger("bm25s").setLevel(logging.WARNING)


class BM25Index:
    """Okapi BM25 over chunk texts; `scores(query)` gives one score per chunk."""

    def __init__(self, retriever) -> None:  # type: ignore[no-untyped-def]
        self._retriever = retriever

    @classmethod
    def build(cls, texts: Sequence[str], *, k1: float = 1.2, b: float = 0.75) -> "BM25Index":
        import bm25s

        _quiet_bm25s()
        retriever = bm25s.BM25(k1=k1, b=b)
        tokens = [tokenize(t) or [""] for t in texts]
        retriever.index(tokens, show_progress=False)
        return cls(retriever)

    @property
    def size(self) -> int:
        return int(self._retriever.scores["num_docs"])

    def scores(self, query: str) -> np.ndarray:
        terms = [t for t in tokenize(query) if t in self._retriever.vocab_dict]
        if not terms:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(terms), dtype=np.float32)

    def passages_with(self, term: str) -> np.ndarray:
        """Rows of the passages that hold the (tokenized) `term`."""
        tid = self._retriever.vocab_dict.get(term)
        if tid is None:
            return np.zeros(0, dtype=np.int64)
        data = self._retriever.scores
        return np.asarray(data["indices"][data["indptr"][tid] : data["indptr"][tid + 1]], dtype=np.int64)

    def document_frequency(self, term: str) -> int:
        """How many passages hold the (tokenized) `term`: 0 for a term the corpus never uses."""
        tid = self._retriever.vocab_dict.get(term)
        if tid is None:
            return 0
        indptr = self._retriever.scores["indptr"]
        return int(indptr[tid + 1] - indptr[tid])

    def idf(self, term: str) -> float:
        """BM25's inverse document frequency of `term` (highest for a term no passage holds)."""
        return bm25_idf(self.size, self.document_frequency(term))

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> "BM25Index":
        """Read a saved index with NumPy alone: bm25s (and the SciPy it imports) stays unloaded."""
        from .bm25_arrays import SavedBM25

        return cls(SavedBM25.load(folder))


def bm25_idf(size: int, df: int) -> float:
    """BM25's inverse document frequency (as bm25s's Lucene variant): highest for a term no passage holds."""
    return float(np.log(1.0 + (size - df + 0.5) / (df + 0.5)))
