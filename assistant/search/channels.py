"""Which model scores which (question, passage) pair, when the index holds two models' vectors.

With the composite embedder (`assistant/encoders/composite.py`) every stored vector is two
halves: an English model's (all-MiniLM-L6-v2) and a multilingual one's (multilingual-e5-small),
each of length 1/sqrt(2). A question and a passage that are both English are compared on the
English half; every other pair (a Russian question, a Russian passage) on the multilingual
half. The English model is the better one within English (it holds the seed floors that e5
alone loses), and the only one that can compare across languages is the multilingual one.

- Candidates: one dense search per channel with the question's other half zeroed; a row
  found by a channel is kept only if that channel scores it.
- Fusion: when a pool holds both kinds of pairs, the English cosines are z-scored among the
  English pairs only and every other candidate takes its multilingual z-score (computed over
  the whole pool), as `retrieval.lexical_feature` does for BM25; an English pair's semantic
  feature also takes `shared_weight` of its own multilingual z-score (`Settings.shared_channel_weight`).
  A pool of one kind is scored exactly as that model alone would score it.
- Each candidate records the channel that scored it, so abstention uses that model's floor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..embedding import segments_of
from ..ingest.langdata import script_language
from ..ingest.language import detect_language

__all__ = ["Channels", "Scores", "is_english", "segments_of"]

ENGLISH, MULTILINGUAL = 0, 1
# A question's multilingual search reads this many times the pool to find the pool's share of passages
# in the other languages: e5 ranks passages in the question's language above the others, so the first
# `k` rows it returned held few of them (docs/quality.md, "Twenty-seventh pass"; for a question in
# another language than English, "Forty-fourth pass"; sixteen times rather than four, "Fifty-first pass": on 63
# dev sets it reads as far as thirty-two times does).
OTHER_LANGUAGE_DEPTH = 16
ACROSS_ROWS = 2  # the other language's dense candidates, times the pool: a passage answering across languages ranks lower in its channel


def channel_ids_of(embedder: object) -> tuple[str, str]:
    for obj in (embedder, getattr(embedder, "inner", None)):
        ids = getattr(obj, "channel_ids", None)
        if ids is not None:
            return ids
    return ("", "")


def is_english(language: str, text: str = "") -> bool:
    """English for the channel choice: detected as English, or undetected in Latin script.

    Short or terse English questions ("pipeline capacity 2023 figures") often have too few
    function words to be detected; in Latin script they go to the English model.
    """
    if language:
        return language == "en"
    return script_language(text) == "en"


@dataclass(frozen=True)
class Scores:
    """Per candidate row: cosines of the channel that scores it, and the fused semantic z-score."""

    dense: np.ndarray
    best: np.ndarray
    where: np.ndarray
    semantic: np.ndarray
    english: np.ndarray  # True where the English channel scored the row


class Channels:
    """The two halves of a composite index, and which passages are English."""

    def __init__(self, segments: Sequence[int], english_rows: np.ndarray, channel_ids: tuple[str, str] = ("", "")) -> None:
        self.split = int(segments[0])
        self.dim = int(sum(segments))
        self.english_rows = np.asarray(english_rows, dtype=bool)
        self.all_english = bool(self.english_rows.all())
        self.one_language = self.all_english or not self.english_rows.any()  # no passage of the other kind
        self.channel_ids = channel_ids

    @classmethod
    def for_index(cls, index, embedder) -> Channels | None:  # type: ignore[no-untyped-def]
        segments = segments_of(embedder)
        if segments is None:
            return None
        english_docs = {
            doc_id: is_english(doc.language or "", f"{doc.title} {doc.text[:2000]}")
            for doc_id, doc in index.documents.items()
        }
        rows = np.array([english_docs.get(c.doc_id, True) for c in index.chunks], dtype=bool)
        return cls(segments, rows, channel_ids_of(embedder))

    def question_is_english(self, question: str) -> bool:
        return is_english(detect_language(question), question)

    def query(self, query_vector: np.ndarray, channel: int) -> np.ndarray:
        """The question with the other half zeroed, scaled so its product with a stored vector is the cosine."""
        out = np.zeros(self.dim, dtype=np.float32)
        part = slice(0, self.split) if channel == ENGLISH else slice(self.split, self.dim)
        out[part] = 2.0 * np.asarray(query_vector, dtype=np.float32)[part]
        return out

    def dense_rows(self, search: Callable[[np.ndarray, int], list[int]], query_vector: np.ndarray,
                   english_question: bool, k: int) -> list[int]:
        """Dense candidates: per channel, the rows that channel scores, best first, interleaved.

        For an English question the multilingual channel gives up to `ACROSS_ROWS` times `k` passages in other
        languages, read from a search `OTHER_LANGUAGE_DEPTH` times deeper (its first `k` rows are mostly English);
        for another question, over an index of both kinds, up to `k` of its own language and `ACROSS_ROWS` times `k`
        in English from that deeper search.
        """
        if not english_question:
            if self.one_language:
                return search(self.query(query_vector, MULTILINGUAL), k)
            deeper = search(self.query(query_vector, MULTILINGUAL), k * OTHER_LANGUAGE_DEPTH)
            own = [r for r in deeper if not self.english_rows[r]][:k]
            english = [r for r in deeper if self.english_rows[r]][:k * ACROSS_ROWS]
            return _interleaved(own, english)
        english = [r for r in search(self.query(query_vector, ENGLISH), k) if self.english_rows[r]]
        if self.all_english:
            return english
        deeper = search(self.query(query_vector, MULTILINGUAL), k * OTHER_LANGUAGE_DEPTH)
        other = [r for r in deeper if not self.english_rows[r]][:k * ACROSS_ROWS]
        return _interleaved(english, other)

    def score(self, rows: Sequence[int], chunk_vectors: np.ndarray, sentences, query_vector: np.ndarray,  # type: ignore[no-untyped-def]
              english_question: bool, sentence_weight: float, zscore: Callable[[np.ndarray], np.ndarray],
              shared_weight: float = 0.0) -> Scores:
        """Cosines from the channel of each pair, and the semantic feature of the fusion.

        In a pool of both kinds, an English pair's semantic feature is its MiniLM z-score (among
        the English pairs) mixed with `shared_weight` of its e5 z-score over the whole pool, the
        scale every other pair is scored on: the English model alone puts the best English passage
        at the top of its own scale whether or not it answers, and e5 is the one model that ranks
        both kinds of pairs against each other.
        """
        rows_arr = np.asarray(rows, dtype=np.int64)
        english = self.english_rows[rows_arr] & english_question if len(rows_arr) else np.zeros(0, dtype=bool)
        per_channel = {}
        for channel in (ENGLISH, MULTILINGUAL):
            wanted = english if channel == ENGLISH else ~english
            if not wanted.any() and (channel == ENGLISH or len(wanted)):
                continue  # one kind of pair only: the other channel is not needed
            q = self.query(query_vector, channel)
            dense = np.asarray(chunk_vectors @ q, dtype=np.float32)
            if sentences is not None:
                best, where = sentences.best_per_chunk(rows, q)
            else:
                best, where = dense.copy(), np.full(len(rows_arr), -1)
            per_channel[channel] = (dense, best, where)

        def semantic(channel: int, mask: np.ndarray | None = None) -> np.ndarray:
            dense, best, _ = per_channel[channel]
            if mask is not None:
                dense, best = dense[mask], best[mask]
            return (1 - sentence_weight) * zscore(dense) + sentence_weight * zscore(best)

        if ENGLISH not in per_channel:
            dense, best, where = per_channel[MULTILINGUAL]
            return Scores(dense, best, where, semantic(MULTILINGUAL), english)
        if MULTILINGUAL not in per_channel:
            dense, best, where = per_channel[ENGLISH]
            return Scores(dense, best, where, semantic(ENGLISH), english)
        (d_en, b_en, w_en), (d_ml, b_ml, w_ml) = per_channel[ENGLISH], per_channel[MULTILINGUAL]
        fused = np.asarray(semantic(MULTILINGUAL), dtype=np.float64).copy()
        fused[english] = (1 - shared_weight) * semantic(ENGLISH, english) + shared_weight * fused[english]
        return Scores(np.where(english, d_en, d_ml), np.where(english, b_en, b_ml),
                      np.where(english, w_en, w_ml), fused, english)

    def channel_id(self, english: bool) -> str:
        return self.channel_ids[ENGLISH if english else MULTILINGUAL]

    def sentence_cosine(self, a: np.ndarray, b: np.ndarray, both_english: bool) -> float:
        """Two stored sentence vectors compared on one half (as a cosine)."""
        part = slice(0, self.split) if both_english else slice(self.split, self.dim)
        return 2.0 * float(a[part] @ b[part])


def _interleaved(first: list[int], second: list[int]) -> list[int]:
    """Rows of two lists taken in turn, then the longer list's remainder."""
    merged = [r for pair in zip(first, second) for r in pair]
    longer = first if len(first) > len(second) else second
    return merged + longer[min(len(first), len(second)):]
