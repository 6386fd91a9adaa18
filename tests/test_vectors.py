"""The FAISS wrapper, tested with random vectors only."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval import rrf_fuse, top_k
from assistant.vectors import VectorIndex


def _unit(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    x = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


@pytest.mark.parametrize("exact_max,kind", [(10_000, "flat"), (10, "hnsw32")])
def test_search_finds_itself(exact_max: int, kind: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vectors = _unit(500)
    index = VectorIndex.build(vectors, exact_max=exact_max)
    assert index.kind == kind and index.size == 500 and index.dim == 32
    scores, ids = index.search(vectors[:20], 5)
    assert (ids[:, 0] == np.arange(20)).mean() >= 0.95
    assert np.all(np.diff(scores, axis=1) <= 1e-6)
    index.save(tmp_path / "v.faiss")
    again = VectorIndex.load(tmp_path / "v.faiss", kind)
    assert np.array_equal(again.search(vectors[:5], 3)[1], index.search(vectors[:5], 3)[1])


def test_flat_scores_are_cosine() -> None:
    vectors = _unit(50)
    index = VectorIndex.build(vectors)
    scores, ids = index.search(vectors[3], 50)
    expected = vectors @ vectors[3]
    assert np.allclose(scores[0], expected[ids[0]], atol=1e-5)


def test_top_k_and_rrf() -> None:
    scores = np.array([0.1, 0.9, 0.5, 0.9, 0.0])
    assert top_k(scores, 3).tolist() == [1, 3, 2]
    fused = rrf_fuse([[1, 2], [2, 3]], [1.0, 1.0], k=0)
    assert fused == {1: 1.0, 2: 0.5 + 1.0, 3: 0.5}
