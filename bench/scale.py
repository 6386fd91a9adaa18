"""Scale curve of the index layer: build time, query latency, memory and recall@10 at 10k-1M passages.

Synthetic data, so no model is needed:
- vectors: dim 384, unit length. `--data topical` (default): topics of ~100 passages under
  broader subjects, each topic varying in a 16-dimensional subspace of its own, plus noise;
  nearest-neighbour cosines ~0.75 (1st), ~0.65 (10th), ~0.39 (100th), like sentence embeddings.
  `--data continuum`: topics whose variation shares one 48-dimensional subspace, so near
  neighbours come from many topics (adversarial for IVF). `--data uniform`: random points on
  the sphere (no neighbour structure at all; no ANN index does well there);
- text for BM25: 150-word passages drawn from a Zipf law over a 50k-word pseudo vocabulary.

Recall@10 of every approximate index is measured against exact (flat) search on the same data.

    .venv/bin/python -m bench.scale --sizes 10000,100000,1000000
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.store.vectors import VectorIndex, plan_index

from .common import RESULTS, machine, percentile, rss_mb, write_json

DIM = 384
QUERIES = 200
K = 10
SPREAD = 0.9  # norm of the within-topic variation (centres have norm 1)
LOCAL_DIM = 16  # dimensions of a topic's variation (sentence embeddings: low intrinsic dimension)
TOPIC_SPREAD = 1.0  # how far topics stray from their subject
NOISE = 0.4  # norm of the isotropic noise
CLUSTER_SIZE = 100  # passages per topic cluster on average


# --------------------------------------------------------------------------- synthetic data


def clustered_vectors(n: int, *, seed: int = 0, dim: int = DIM, data: str = "topical") -> tuple[np.ndarray, np.ndarray]:
    """(n database vectors, QUERIES held-out query vectors), float32, L2-normalised."""
    rng = np.random.default_rng(seed)
    total = n + QUERIES
    out = np.empty((total, dim), dtype=np.float32)
    if data == "continuum":
        # topics of CLUSTER_SIZE whose variation shares ONE 48-dimensional subspace: neighbours
        # come from many topics at once, a continuum that coarse partitions (IVF) cut badly
        centres = rng.standard_normal((max(16, n // CLUSTER_SIZE), dim), dtype=np.float32)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
        basis = np.linalg.qr(rng.standard_normal((dim, 48)))[0].T.astype(np.float32)
        for a in range(0, total, 100_000):
            b = min(total, a + 100_000)
            which = rng.integers(0, len(centres), size=b - a)
            local = rng.standard_normal((b - a, 48), dtype=np.float32) * np.float32(SPREAD / np.sqrt(48))
            noise = rng.standard_normal((b - a, dim), dtype=np.float32) * np.float32(NOISE / np.sqrt(dim))
            out[a:b] = centres[which] + local @ basis + noise
    elif data == "uniform":
        for a in range(0, total, 100_000):
            b = min(total, a + 100_000)
            out[a:b] = rng.standard_normal((b - a, dim), dtype=np.float32)
    else:
        # topics (about CLUSTER_SIZE passages each) grouped under broader subjects (50 topics
        # each); a passage = its topic centre + variation in a LOCAL_DIM-dimensional subspace
        # of its own topic + isotropic noise
        n_clusters = max(16, n // CLUSTER_SIZE)
        subjects = rng.standard_normal((max(1, n_clusters // 50), dim), dtype=np.float32)
        subjects /= np.linalg.norm(subjects, axis=1, keepdims=True)
        centres = subjects[rng.integers(0, len(subjects), n_clusters)] + rng.standard_normal(
            (n_clusters, dim), dtype=np.float32) * np.float32(TOPIC_SPREAD / np.sqrt(dim))
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
        # each topic's subspace: a shared orthonormal basis, coordinates permuted and signs
        # flipped per topic (one of 256 variants), so that topics vary in unrelated directions
        basis = np.linalg.qr(rng.standard_normal((dim, LOCAL_DIM)))[0].T.astype(np.float32)
        perms = np.stack([rng.permutation(dim) for _ in range(256)])
        signs = rng.choice(np.array([-1.0, 1.0], dtype=np.float32), size=(256, dim))
        variant = rng.integers(0, 256, n_clusters)
        for a in range(0, total, 100_000):
            b = min(total, a + 100_000)
            which = rng.integers(0, n_clusters, size=b - a)
            local = rng.standard_normal((b - a, LOCAL_DIM), dtype=np.float32) * np.float32(SPREAD / np.sqrt(LOCAL_DIM))
            v = variant[which]
            local = np.take_along_axis(local @ basis, perms[v], axis=1) * signs[v]
            noise = rng.standard_normal((b - a, dim), dtype=np.float32) * np.float32(NOISE / np.sqrt(dim))
            out[a:b] = centres[which] + local + noise
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out[:n], out[n:]


def synthetic_texts(n: int, *, seed: int = 0, words: int = 150, vocab: int = 50_000) -> tuple[list[str], list[str]]:
    """(n passages of `words` Zipf-distributed pseudo-words, QUERIES five-word queries)."""
    rng = np.random.default_rng(seed)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(4, 11, size=vocab)
    lexicon = np.array(["".join(rng.choice(letters, size=length)) for length in lengths])
    p = 1.0 / np.arange(1, vocab + 1) ** 1.07
    p /= p.sum()
    texts: list[str] = []
    for a in range(0, n, 50_000):
        b = min(n, a + 50_000)
        ids = rng.choice(vocab, size=(b - a, words), p=p)
        texts.extend(" ".join(row) for row in lexicon[ids])
    # like a real question: two common content words and three rarer ones
    content = np.hstack([rng.integers(10, 300, size=(QUERIES, 2)), rng.integers(300, 20_000, size=(QUERIES, 3))])
    queries = [" ".join(row) for row in lexicon[content]]
    return texts, queries


# --------------------------------------------------------------------------- measurements


def _latencies(search, queries: np.ndarray | list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for q in queries:
        t = time.perf_counter()
        search(q)
        out.append(time.perf_counter() - t)
    return out


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """The k best rows, best first (what retrieval does with the BM25 scores)."""
    part = np.argpartition(-scores, min(k, len(scores) - 1))[:k]
    return part[np.argsort(-scores[part])]


def _recall(found: np.ndarray, truth: np.ndarray) -> float:
    hits = sum(len(set(f[f >= 0].tolist()) & set(t.tolist())) for f, t in zip(found, truth))
    return round(hits / truth.size, 4)


def _size_mb(path: Path) -> float:
    if path.is_dir():
        return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 1)
    return round(path.stat().st_size / 1e6, 1)


def _index_point(name: str, build, queries: np.ndarray, truth: np.ndarray | None, tmp: Path,
                 n: int, settings_list: list[tuple[str, Any]] | None = None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    gc.collect()
    rss0 = rss_mb()
    t = time.perf_counter()
    index: VectorIndex = build()
    build_s = time.perf_counter() - t
    path = tmp / f"{name}.faiss"
    index.save(path)
    point: dict[str, Any] = {
        "kind": index.kind,
        "build_s": round(build_s, 2),
        "memory_mb": _size_mb(path),
        "bytes_per_vector": round(path.stat().st_size / n, 1),
        "rss_growth_mb": round(rss_mb() - rss0, 1),
    }
    path.unlink()
    variants = settings_list or [("", None)]
    point["search"] = []
    for label, apply in variants:
        if apply is not None:
            apply(index)
        lat = _latencies(lambda q: index.search(q, K), queries)
        row: dict[str, Any] = {"param": label, "p50_ms": round(percentile(lat, 50) * 1e3, 3),
                               "p95_ms": round(percentile(lat, 95) * 1e3, 3)}
        if truth is not None:
            row["recall@10"] = _recall(index.search(queries, K)[1], truth)
        point["search"].append(row)
    return point


def _nprobe(value: int):  # type: ignore[no-untyped-def]
    import faiss

    def apply(index: VectorIndex) -> None:
        faiss.extract_index_ivf(index._index).nprobe = value

    return apply


def _ef(value: int):  # type: ignore[no-untyped-def]
    import faiss

    def apply(index: VectorIndex) -> None:
        faiss.downcast_index(index._index).hnsw.efSearch = value

    return apply


def run_size(n: int, *, hnsw: bool, bm25: bool, data: str, tmp: Path) -> dict[str, Any]:
    from assistant.store.lexical import BM25Index

    print(f"[scale] n={n:,}: generating data", file=sys.stderr, flush=True)
    vectors, queries = clustered_vectors(n, data=data)
    result: dict[str, Any] = {"n": n, "data": data}

    print(f"[scale] n={n:,}: flat", file=sys.stderr, flush=True)
    flat = VectorIndex.build(vectors, kind="flat")
    truth = flat.search(queries, K)[1]
    del flat
    result["flat"] = _index_point("flat", lambda: VectorIndex.build(vectors, kind="flat"), queries, None, tmp, n)

    spec = plan_index(n, exact_max=0, approximate="ivf-sq8")
    print(f"[scale] n={n:,}: {spec.kind}", file=sys.stderr, flush=True)
    nprobes = [p for p in (16, 32, 64, 128, 256) if p <= spec.nlist]
    result["ivf_sq8"] = _index_point(
        "ivf", lambda: VectorIndex.build(vectors, kind=spec.kind), queries, truth, tmp, n,
        [(f"nprobe={p}", _nprobe(p)) for p in nprobes],
    )
    result["ivf_sq8"]["default_nprobe"] = spec.nprobe
    if hnsw:
        print(f"[scale] n={n:,}: hnsw32-sq8", file=sys.stderr, flush=True)
        result["hnsw_sq8"] = _index_point(
            "hnsw", lambda: VectorIndex.build(vectors, kind="hnsw32-sq8-ef128"), queries, truth, tmp, n,
            [(f"ef={e}", _ef(e)) for e in (32, 64, 128)],
        )
    vectors = np.empty((0, DIM), np.float32)  # free the big array before the BM25 part
    gc.collect()
    if bm25:
        print(f"[scale] n={n:,}: bm25 (synthetic 150-word passages)", file=sys.stderr, flush=True)
        texts, text_queries = synthetic_texts(n)
        gc.collect()
        rss0 = rss_mb()
        t = time.perf_counter()
        index = BM25Index.build(texts)
        build_s = time.perf_counter() - t
        index.save(tmp / "bm25")
        lat = _latencies(lambda q: _top(index.scores(q), 40), text_queries)
        result["bm25"] = {
            "build_s": round(build_s, 2),
            "memory_mb": _size_mb(tmp / "bm25"),
            "bytes_per_passage": round(_size_mb(tmp / "bm25") * 1e6 / n, 1),
            "rss_growth_mb": round(rss_mb() - rss0, 1),
            "text_bytes_per_passage": round(sum(len(t) for t in texts[:10_000]) / min(n, 10_000), 1),
            "p50_ms": round(percentile(lat, 50) * 1e3, 3),
            "p95_ms": round(percentile(lat, 95) * 1e3, 3),
        }
        shutil.rmtree(tmp / "bm25", ignore_errors=True)
        del index, texts
        gc.collect()
    return result


def table(points: list[dict[str, Any]]) -> str:
    lines = [f"{'n':>9} {'index':<22} {'build s':>8} {'MB':>8} {'B/vec':>7} {'param':<11} {'p50 ms':>8} {'p95 ms':>8} {'recall@10':>9}"]
    for point in points:
        for key in ("flat", "ivf_sq8", "hnsw_sq8"):
            if key not in point:
                continue
            p = point[key]
            for i, s in enumerate(p["search"]):
                head = (f"{point['n']:>9,} {p['kind']:<22} {p['build_s']:>8.1f} {p['memory_mb']:>8.1f} {p['bytes_per_vector']:>7.0f}"
                        if i == 0 else " " * 58)
                lines.append(f"{head} {s['param']:<11} {s['p50_ms']:>8.2f} {s['p95_ms']:>8.2f} {s.get('recall@10', 1.0):>9.3f}")
        if "bm25" in point:
            b = point["bm25"]
            lines.append(f"{point['n']:>9,} {'bm25 (bm25s)':<22} {b['build_s']:>8.1f} {b['memory_mb']:>8.1f} {b['bytes_per_passage']:>7.0f} {'':<11} {b['p50_ms']:>8.2f} {b['p95_ms']:>8.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="Comma-separated passage counts.")
    parser.add_argument("--hnsw-max", type=int, default=100_000, help="Also build HNSW-SQ8 up to this size (slow to build).")
    parser.add_argument("--no-bm25", action="store_true", help="Skip the BM25 side.")
    parser.add_argument("--data", choices=("topical", "continuum", "uniform"), default="topical",
                        help="Vector model: topical clusters (default), a continuum (hard for IVF), uniform (worst case).")
    parser.add_argument("--out", type=Path, default=RESULTS / "scale.json", help="Where to write the JSON.")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    points = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        for n in sizes:
            points.append(run_size(n, hnsw=n <= args.hnsw_max, bm25=not args.no_bm25, data=args.data, tmp=Path(folder)))
            print(table(points[-1:]), file=sys.stderr, flush=True)
    result = {"machine": machine(), "dim": DIM, "queries": QUERIES, "k": K, "points": points,
              "seconds": round(time.perf_counter() - started, 1)}
    write_json(args.out, result)
    print(table(points))
    return result


if __name__ == "__main__":
    main()
