"""The FAISS wrapper, tested with random vectors only."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.search.retrieval import top_k
from assistant.store.vectors import IndexSpec, VectorIndex, plan_index


def _unit(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    x = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


@pytest.mark.parametrize(
    "exact_max,approximate,kind",
    [
        (10_000, "ivf-sq8", "flat"),  # below the threshold: exact
        (10, "ivf-sq8", "ivf12-sq8-np12"),  # above it: the default, sized for n (at least 39 points a list)
        (10, "hnsw-flat", "hnsw32"),
        (10, "hnsw-sq8", "hnsw32-sq8-ef128"),
    ],
)
def test_search_finds_itself(exact_max: int, approximate: str, kind: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    vectors = _unit(500)
    index = VectorIndex.build(vectors, exact_max=exact_max, approximate=approximate)
    assert index.kind == kind and index.size == 500 and index.dim == 32
    assert index.exact == (kind == "flat")
    scores, ids = index.search(vectors[:20], 5)
    assert (ids[:, 0] == np.arange(20)).mean() >= 0.95
    assert np.all(np.diff(scores, axis=1) <= 1e-6)
    index.save(tmp_path / "v.faiss")
    again = VectorIndex.load(tmp_path / "v.faiss", kind)
    assert again.kind == kind
    assert np.array_equal(again.search(vectors[:5], 3)[1], index.search(vectors[:5], 3)[1])


@pytest.mark.parametrize(
    "kind,param,expected",
    [("ivf8-sq8-np3", "nprobe", 3), ("ivf8-sq8-np8", "nprobe", 8), ("hnsw16-sq8-ef40", "efSearch", 40)],
)
def test_load_restores_search_parameters(kind: str, param: str, expected: int, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import faiss

    index = VectorIndex.build(_unit(400), kind=kind)
    index.save(tmp_path / "v.faiss")
    raw = faiss.read_index(str(tmp_path / "v.faiss"))
    # whatever the file holds, load() applies what the kind names
    if param == "nprobe":
        faiss.extract_index_ivf(raw).nprobe = 1
    again = VectorIndex.load(tmp_path / "v.faiss", kind)
    inner = again._index
    value = (
        faiss.extract_index_ivf(inner).nprobe if param == "nprobe" else faiss.downcast_index(inner).hnsw.efSearch
    )
    assert value == expected


@pytest.mark.parametrize(
    "n,exact_max,kind",
    [(100, 200, "flat"), (200, 200, "flat"), (201, 200, "ivf5-sq8-np5"), (1_000_000, 200_000, "ivf1024-sq8-np64"),
     (4_000_000, 200_000, "ivf2048-sq8-np64")],
)
def test_plan_by_size(n: int, exact_max: int, kind: str) -> None:
    assert plan_index(n, exact_max).kind == kind


@pytest.mark.parametrize("kind", ["flat", "hnsw32", "hnsw32-sq8-ef128", "ivf1024-sq8-np32", "ivf64-flat-np4"])
def test_kind_round_trips(kind: str) -> None:
    assert IndexSpec.parse(kind).kind == kind


@pytest.mark.parametrize("kind", ["", "hnsw", "ivf1024", "pq16", "ivf8-sq4-np2"])
def test_unknown_kind_is_refused(kind: str) -> None:
    with pytest.raises(ValueError):
        IndexSpec.parse(kind)


def test_approximate_recall_on_clustered_vectors() -> None:
    """Recall@10 of the default approximate index against exact search (small clustered data)."""
    rng = np.random.default_rng(1)
    centres = _unit(40, dim=48, seed=2)
    data = centres[rng.integers(0, 40, 4000)] + 0.3 * rng.normal(size=(4000, 48)).astype(np.float32) / np.sqrt(48)
    data /= np.linalg.norm(data, axis=1, keepdims=True)
    queries, base = data[:50], data[50:]
    exact = VectorIndex.build(base).search(queries, 10)[1]
    approx = VectorIndex.build(base, exact_max=100)
    assert not approx.exact
    found = approx.search(queries, 10)[1]
    recall = np.mean([len(set(f) & set(e)) / 10 for f, e in zip(found, exact)])
    assert recall >= 0.9
    assert 0.85 <= approx.estimate_recall(base, sample=50) <= 1.0
    assert VectorIndex.build(base).estimate_recall(base) == 1.0


def test_estimate_recall_sees_a_poor_index() -> None:
    """One probed list of many: the self-check must report the loss, not 1.0."""
    vectors = _unit(3000, dim=32, seed=4)
    index = VectorIndex.build(vectors, kind="ivf64-flat-np1")
    assert index.estimate_recall(vectors, sample=100) < 0.8


def test_flat_scores_are_cosine() -> None:
    vectors = _unit(50)
    index = VectorIndex.build(vectors)
    scores, ids = index.search(vectors[3], 50)
    expected = vectors @ vectors[3]
    assert np.allclose(scores[0], expected[ids[0]], atol=1e-5)


def test_top_k() -> None:
    scores = np.array([0.1, 0.9, 0.5, 0.9, 0.0])
    assert top_k(scores, 3).tolist() == [1, 3, 2]
