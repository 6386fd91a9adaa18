"""The FAISS files of a loaded index behind the same view as a Milvus store (`bridge.StoreView`).

Retrieval, abstention and the evaluations ask one object, in chunk rows: `dense(vector, k,
doc_ids)`, `lexical(query, k, doc_ids)`, `lexical_scores(query, rows)`, `vectors(rows)`,
`sentences`, `intact()`, and the term statistics `passages_with(term)`,
`document_frequency(term)`, `idf(term)`, `size`. On the files the view holds the generation's
own objects (the FAISS index, the vector array, the bm25s arrays) and nothing else reads
them: a search with a filter scores the allowed chunks exactly, and a question's BM25 scores
are computed once and answer both `lexical` and `lexical_scores`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .lexical import bm25_idf
from .protocols import top_k
from .sentence_store import TableSentences

if TYPE_CHECKING:
    from .index import LoadedIndex

__all__ = ["FilesView", "TermStatistics", "bm25_idf", "files_view"]


class TermStatistics:
    """Document frequency and idf from `passages_with` and `size` (shared by both views)."""

    @property
    def size(self) -> int:  # pragma: no cover - each view has its own
        """How many passages the view holds."""
        raise NotImplementedError

    def passages_with(self, term: str) -> np.ndarray:  # pragma: no cover - each view has its own
        raise NotImplementedError

    def document_frequency(self, term: str) -> int:
        """How many passages hold the analysed `term` (0 for a term the corpus never uses)."""
        return len(self.passages_with(term))

    def idf(self, term: str) -> float:
        return bm25_idf(self.size, self.document_frequency(term))


class FilesView(TermStatistics):
    """A loaded index's FAISS and bm25s files, answering in chunk rows."""

    backend = "faiss"

    def __init__(self, index: LoadedIndex) -> None:
        self._dense = index.dense
        self._vectors = index.vectors
        self._bm25 = index.bm25
        self._doc_ids = [c.doc_id for c in index.chunks]
        self._rows_of: dict[str, np.ndarray] | None = None
        self._size = len(index.chunks)
        self.sentences = TableSentences(index.sentences) if index.sentences is not None else None
        self._last: tuple[str, np.ndarray] | None = None  # the last question's BM25 scores (one per search)

    @property
    def size(self) -> int:
        return self._size

    def intact(self) -> bool:
        """Always: a generation's files stay as they were while a reader holds them."""
        return True

    def _allowed(self, doc_ids: Collection[str]) -> np.ndarray:
        """The rows of these articles' chunks, ascending."""
        if self._rows_of is None:
            by_doc: dict[str, list[int]] = {}
            for row, doc_id in enumerate(self._doc_ids):
                by_doc.setdefault(doc_id, []).append(row)
            self._rows_of = {d: np.asarray(r, dtype=np.int64) for d, r in by_doc.items()}
        parts = [self._rows_of[d] for d in set(doc_ids) if d in self._rows_of]
        return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)

    def dense(self, query_vector: np.ndarray, k: int, doc_ids: Collection[str] | None = None) -> list[int]:
        """Rows of the k chunks nearest to the query; with `doc_ids`, the allowed chunks scored exactly."""
        if not doc_ids:
            _, ids = self._dense.search(query_vector, min(self._size, k))
            return [int(i) for i in ids[0] if i >= 0] if len(ids) else []
        rows = self._allowed(doc_ids)
        return [int(rows[i]) for i in top_k(self._vectors[rows] @ query_vector, k)]

    def _scores(self, query: str) -> np.ndarray:
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0] == query:
            return last[1]
        scores = self._bm25.scores(query)
        self._last = (query, scores)
        return scores

    def lexical(self, query: str, k: int, doc_ids: Collection[str] | None = None) -> list[int]:
        """Rows of the k best chunks by BM25 (score above zero), among `doc_ids`' chunks when given."""
        scores = self._scores(query)
        if not doc_ids:
            return [int(r) for r in top_k(scores, k) if scores[r] > 0]
        rows = self._allowed(doc_ids)
        part = scores[rows]
        return [int(rows[i]) for i in top_k(part, k) if part[i] > 0]

    def lexical_scores(self, query: str, rows: Sequence[int]) -> np.ndarray:
        """BM25 scores of these rows for `query` (from the same computation as `lexical`)."""
        return np.asarray(self._scores(query)[np.asarray(rows, dtype=np.int64)], dtype=np.float32)

    def vectors(self, rows: Sequence[int]) -> np.ndarray:
        return np.asarray(self._vectors[rows])

    def passages_with(self, term: str) -> np.ndarray:
        """Rows of the passages that hold the analysed `term` (exact)."""
        return self._bm25.passages_with(term)

    def document_frequency(self, term: str) -> int:
        return self._bm25.document_frequency(term)

    def describe(self) -> dict[str, Any]:
        return {"backend": "faiss"}


def files_view(index: LoadedIndex) -> FilesView:
    """The index's `FilesView`, made once per loaded index (its caches are shared by its readers)."""
    view = index.__dict__.get("_files_view")
    if view is None:
        view = index.__dict__["_files_view"] = FilesView(index)
    return view
