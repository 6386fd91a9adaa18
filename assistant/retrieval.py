"""Retrieval: dense search, BM25, fusion, and per-document diversity over a loaded index."""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from .embedding import Embedder
from .index import LoadedIndex
from .settings import Settings

__all__ = ["Candidate", "Retriever", "rrf_fuse", "top_k"]


@dataclass(frozen=True)
class Candidate:
    """A chunk row of the index with the evidence for it."""

    row: int
    score: float  # the fused score used for ranking
    dense: float  # cosine similarity with the question
    lexical: float  # BM25 score
    dense_rank: int | None = None  # 0-based rank in the dense list, None if absent
    lexical_rank: int | None = None


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest scores, best first (ties by index)."""
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.lexsort((part, -scores[part]))]


def rrf_fuse(rankings: list[list[int]], weights: list[float], k: int = 60) -> dict[int, float]:
    """Weighted reciprocal rank fusion: sum of w / (k + rank + 1) over the lists an item is in."""
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank + 1)
    return fused


class Retriever:
    """Hybrid search over one loaded index; holds no state but the index and the embedder."""

    def __init__(self, index: LoadedIndex, embedder: Embedder, settings: Settings) -> None:
        self.index = index
        self.embedder = embedder
        self.settings = settings

    def search(
        self,
        query: str,
        k: int,
        *,
        doc_ids: Collection[str] | None = None,
        timings: dict[str, float] | None = None,
        query_vector: np.ndarray | None = None,
    ) -> list[Candidate]:
        """The k best chunks for `query` (restricted to `doc_ids` when given)."""
        timings = timings if timings is not None else {}
        n = len(self.index.chunks)
        if n == 0:
            return []
        pool = max(self.settings.candidates, k)
        allowed = None
        if doc_ids:
            allowed = np.array([c.doc_id in doc_ids for c in self.index.chunks])
            if not allowed.any():
                return []
            pool = n if allowed.sum() < n else pool

        t = time.perf_counter()
        if query_vector is None:
            query_vector = self.embedder.encode([query])[0]
        timings["embed"] = time.perf_counter() - t

        t = time.perf_counter()
        scores, ids = self.index.dense.search(query_vector, min(n, pool if allowed is None else n))
        dense_rows = [int(i) for i in ids[0] if i >= 0]
        dense_score = {r: float(s) for r, s in zip(dense_rows, scores[0])}
        if allowed is not None:
            dense_rows = [r for r in dense_rows if allowed[r]][:pool]
        timings["dense"] = time.perf_counter() - t

        t = time.perf_counter()
        lexical = self.index.bm25.scores(query)
        if allowed is not None:
            lexical = np.where(allowed, lexical, -1.0)
        lexical_rows = [int(r) for r in top_k(lexical, pool) if lexical[r] > 0]
        timings["bm25"] = time.perf_counter() - t

        t = time.perf_counter()
        fused = rrf_fuse(
            [dense_rows, lexical_rows],
            [self.settings.dense_weight, 1.0 - self.settings.dense_weight],
            k=self.settings.rrf_k,
        )
        dense_rank = {r: i for i, r in enumerate(dense_rows)}
        lexical_rank = {r: i for i, r in enumerate(lexical_rows)}
        missing = [r for r in fused if r not in dense_score]
        if missing:  # cosine for lexical-only hits, from the stored vectors
            sims = self.index.vectors[missing] @ query_vector
            dense_score.update({r: float(s) for r, s in zip(missing, sims)})
        candidates = [
            Candidate(
                row=r,
                score=s,
                dense=dense_score[r],
                lexical=float(lexical[r]),
                dense_rank=dense_rank.get(r),
                lexical_rank=lexical_rank.get(r),
            )
            for r, s in fused.items()
        ]
        candidates.sort(key=lambda c: (-c.score, -c.dense, c.row))
        ranked = self._cap_per_document(candidates, k)
        timings["fusion"] = time.perf_counter() - t
        return ranked

    def _cap_per_document(self, candidates: list[Candidate], k: int) -> list[Candidate]:
        """At most `per_doc_cap` passages per document unless fewer documents than needed."""
        cap = self.settings.per_doc_cap
        chosen: list[Candidate] = []
        held: list[Candidate] = []
        per_doc: dict[str, int] = {}
        for cand in candidates:
            doc = self.index.chunks[cand.row].doc_id
            if per_doc.get(doc, 0) < cap:
                chosen.append(cand)
                per_doc[doc] = per_doc.get(doc, 0) + 1
            else:
                held.append(cand)
            if len(chosen) >= k:
                break
        if len(chosen) < k:
            chosen.extend(held[: k - len(chosen)])
        return chosen[:k]
