"""The FAISS vector index: takes vectors (never a model), exact or HNSW by size."""

from __future__ import annotations

from pathlib import Path

import numpy as np

__all__ = ["VectorIndex"]


class VectorIndex:
    """Inner-product search over L2-normalised vectors (cosine similarity)."""

    def __init__(self, index, kind: str) -> None:  # type: ignore[no-untyped-def]
        self._index = index
        self.kind = kind

    @classmethod
    def build(
        cls, vectors: np.ndarray, *, exact_max: int = 200_000, hnsw_m: int = 32, ef_search: int = 128
    ) -> "VectorIndex":
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        if n <= exact_max:
            index = faiss.IndexFlatIP(dim)
            kind = "flat"
        else:
            index = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = ef_search
            kind = f"hnsw{hnsw_m}"
        if n:
            index.add(vectors)
        return cls(index, kind)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @property
    def dim(self) -> int:
        return int(self._index.d)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) for each query row; ids are -1 where fewer than k exist."""
        query = np.ascontiguousarray(np.atleast_2d(query), dtype=np.float32)
        k = max(1, min(k, self.size))
        if self.size == 0:
            return np.zeros((len(query), 0), np.float32), np.zeros((len(query), 0), np.int64)
        return self._index.search(query, k)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, kind: str) -> "VectorIndex":
        import faiss

        index = faiss.read_index(str(path))
        if kind.startswith("hnsw"):
            faiss.downcast_index(index).hnsw.efSearch = 128
        return cls(index, kind)
