"""The FAISS vector index: takes vectors (never a model); exact below a size, quantised ANN above.

The kind string names the index and its search parameters (e.g. ``flat``,
``ivf1024-sq8-np32``, ``hnsw32-sq8-ef96``); it is stored in the manifest as
``vector_kind`` so that `VectorIndex.load` restores exactly what was built.
Measurements behind the defaults: ``docs/performance.md`` and ``bench/scale.py``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["DEFAULT_APPROXIMATE", "IndexSpec", "VectorIndex", "plan_index"]

# Above `exact_max` vectors: an inverted file over 8-bit scalar-quantised vectors. At 1 M
# passages of dim 384 it holds ~0.4 GB (flat: 1.5 GB), trains in about a minute on 2 cores
# (HNSW takes many minutes) and answers in a few ms; recall@10 0.99 on topical synthetic
# data, less where neighbours form a continuum (docs/performance.md, bench/scale.py).
DEFAULT_APPROXIMATE = "ivf-sq8"
IVF_NPROBE = 64  # lists visited per query (at 1 M: 64 of 1024, ~6 % of the vectors)
IVF_TRAIN_PER_LIST = 64  # k-means sample: this many points per list (faiss warns below 39)
IVF_TRAIN_ITERATIONS = 16
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 40
HNSW_EF_SEARCH = 128
SINGLE_THREAD_MAX_QUERIES = 8  # up to this many query rows: FAISS on one thread

_KIND = re.compile(
    r"^(?:(?P<flat>flat)"
    r"|hnsw(?P<m>\d+)(?:-(?P<hq>sq8|flat))?(?:-ef(?P<ef>\d+))?"
    r"|ivf(?P<nlist>\d+)-(?P<iq>sq8|flat)-np(?P<nprobe>\d+))$"
)


@dataclass(frozen=True)
class IndexSpec:
    """One FAISS index layout and its search parameter, convertible to and from a kind string."""

    family: str  # "flat", "hnsw" or "ivf"
    storage: str = "flat"  # how vectors are stored: "flat" (float32) or "sq8" (8-bit scalar)
    m: int = HNSW_M  # hnsw: links per node
    ef_search: int = HNSW_EF_SEARCH  # hnsw: candidate list while searching
    nlist: int = 0  # ivf: number of inverted lists
    nprobe: int = IVF_NPROBE  # ivf: lists visited per query

    @property
    def kind(self) -> str:
        if self.family == "flat":
            return "flat"
        if self.family == "hnsw":
            if self.storage == "flat" and self.ef_search == HNSW_EF_SEARCH:
                return f"hnsw{self.m}"  # the historical name of IndexHNSWFlat
            return f"hnsw{self.m}-{self.storage}-ef{self.ef_search}"
        return f"ivf{self.nlist}-{self.storage}-np{self.nprobe}"

    @classmethod
    def parse(cls, kind: str) -> IndexSpec:
        match = _KIND.match(kind.strip())
        if not match:
            raise ValueError(f"unknown vector index kind {kind!r}")
        if match["flat"]:
            return cls("flat")
        if match["m"]:
            return cls(
                "hnsw",
                storage=match["hq"] or "flat",
                m=int(match["m"]),
                ef_search=int(match["ef"] or HNSW_EF_SEARCH),
            )
        return cls("ivf", storage=match["iq"], nlist=int(match["nlist"]), nprobe=int(match["nprobe"]))


def plan_index(n: int, exact_max: int, approximate: str = DEFAULT_APPROXIMATE) -> IndexSpec:
    """The index for `n` vectors: exact up to `exact_max`, else `approximate` sized for n.

    `approximate` is a family and storage ("ivf-sq8", "hnsw-sq8", "hnsw-flat") or a full kind.
    """
    if n <= exact_max:
        return IndexSpec("flat")
    if _KIND.match(approximate):
        return IndexSpec.parse(approximate)
    family, _, storage = approximate.partition("-")
    storage = storage or "flat"
    if family == "hnsw":
        return IndexSpec("hnsw", storage=storage)
    if family == "ivf":
        # about sqrt(n) lists (a power of two), never fewer than ~39 training points per list
        nlist = 2 ** round(math.log2(max(1.0, math.sqrt(n))))
        nlist = max(1, min(nlist, n // 39))
        return IndexSpec("ivf", storage=storage, nlist=nlist, nprobe=min(IVF_NPROBE, nlist))
    raise ValueError(f"unknown approximate index {approximate!r}")


def _apply_search_params(index: Any, spec: IndexSpec) -> None:
    import faiss

    if spec.family == "hnsw":
        faiss.downcast_index(index).hnsw.efSearch = spec.ef_search  # type: ignore[attr-defined]
    elif spec.family == "ivf":
        faiss.extract_index_ivf(index).nprobe = spec.nprobe


class VectorIndex:
    """Inner-product search over L2-normalised vectors (cosine similarity)."""

    def __init__(self, index: Any, kind: str) -> None:
        self._index = index
        self.kind = kind

    @classmethod
    def build(
        cls,
        vectors: np.ndarray,
        *,
        exact_max: int = 200_000,
        approximate: str = DEFAULT_APPROXIMATE,
        kind: str | None = None,
    ) -> VectorIndex:
        """Index `vectors`; `kind` forces a layout, else `plan_index` picks one by size."""
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        spec = IndexSpec.parse(kind) if kind else plan_index(n, exact_max, approximate)
        metric = faiss.METRIC_INNER_PRODUCT
        index: Any
        if spec.family == "flat":
            index = faiss.IndexFlatIP(dim)
        elif spec.family == "hnsw":
            if spec.storage == "sq8":
                index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, spec.m, metric)  # type: ignore[arg-type]
                index.train(vectors[_sample(n, 65_536)])
            else:
                index = faiss.IndexHNSWFlat(dim, spec.m, metric)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        else:
            nlist = max(1, min(spec.nlist, n))
            spec = replace(spec, nlist=nlist, nprobe=min(spec.nprobe, nlist))
            quantizer = faiss.IndexFlatIP(dim)
            if spec.storage == "sq8":
                index = faiss.IndexIVFScalarQuantizer(
                    quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit, metric
                )
            else:
                index = faiss.IndexIVFFlat(quantizer, dim, nlist, metric)
            index.cp.niter = IVF_TRAIN_ITERATIONS
            index.cp.max_points_per_centroid = IVF_TRAIN_PER_LIST
            index.train(vectors[_sample(n, nlist * IVF_TRAIN_PER_LIST)])
        _apply_search_params(index, spec)
        if n:
            index.add(vectors)
        return cls(index, spec.kind)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @property
    def dim(self) -> int:
        return int(self._index.d)

    @property
    def exact(self) -> bool:
        return self.kind == "flat"

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) for each query row; ids are -1 where fewer than k exist."""
        query = np.ascontiguousarray(np.atleast_2d(query), dtype=np.float32)
        k = max(1, min(k, self.size))
        if self.size == 0:
            return np.zeros((len(query), 0), np.float32), np.zeros((len(query), 0), np.int64)
        if len(query) > SINGLE_THREAD_MAX_QUERIES:
            return self._index.search(query, k)
        with _one_omp_thread():
            return self._index.search(query, k)

    def estimate_recall(self, vectors: np.ndarray, *, sample: int = 200, k: int = 10) -> float:
        """Recall@k of this index against exact search, for `sample` of the indexed `vectors`
        used as queries (their own row excluded). 1.0 for an exact index.

        A check on the real data: synthetic benchmarks only bound it (docs/performance.md).
        """
        if self.exact or self.size <= k + 1:
            return 1.0
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        rows = _sample(len(vectors), sample)
        queries = vectors[rows]
        found = self.search(queries, k + 1)[1]
        truth = np.argsort(-(queries @ vectors.T), axis=1)[:, : k + 1]
        hits = 0
        for row, f, t in zip(rows, found, truth):
            want = [int(x) for x in t if x != row][:k]
            hits += len(set(want) & {int(x) for x in f if x != row})
        return round(hits / (k * len(rows)), 4)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, kind: str) -> VectorIndex:
        """Read a saved index and restore the search parameters its kind names."""
        import faiss

        index = faiss.read_index(str(path))
        _apply_search_params(index, IndexSpec.parse(kind))
        return cls(index, kind)


@contextmanager
def _one_omp_thread() -> Iterator[None]:
    """Run FAISS on one OpenMP thread in this thread (the setting is per calling thread).

    A single query gains little from threads and, on a busy CPU, loses much to their
    synchronisation: exact search over 100k vectors took ~35 ms on one thread against
    ~95 ms on two, on 2 cores under load (docs/performance.md).
    """
    import faiss

    before = faiss.omp_get_max_threads()
    if before == 1:
        yield
        return
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def _sample(n: int, size: int) -> np.ndarray:
    """Sorted row numbers of a reproducible training sample of at most `size` rows."""
    if n <= size:
        return np.arange(n)
    return np.sort(np.random.default_rng(0).choice(n, size=size, replace=False))
