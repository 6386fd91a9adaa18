"""Both stores on the same data in the same run: build time, warm search latency, recall@10.

Data, at each size n:
- texts: real passages first (SciFact abstracts and XQuAD English and Russian paragraphs, cut
  into ~60-word windows: about 21k), then synthetic ones made by recombining real sentences
  (five random sentences each), so the vocabulary and lengths stay real; facets (language from
  the source, a date, a publisher, one country) drawn at random for the filter timings;
- vectors: bench/scale.py's "topical" synthetic vectors (dim 384, unit length, nearest-neighbour
  cosines like sentence embeddings). Encoding 100k passages with the model would take this
  2-core machine most of an hour and measures the model, not the store;
- queries: 200 held-out vectors; 200 real questions (SciFact claims, XQuAD questions in both
  languages) for BM25.

Each store is written through the seam (`stage`, `sync`, `publish`) and read through it
(`VectorStore.search`, `LexicalStore.search`). Recall@10 of dense search is measured against
exact search (NumPy) over the same vectors; BM25 agreement@10 is the overlap of each
backend's top 10 with bm25s's.

    nice -n 15 python -m bench.stores --sizes 10000,100000 --stores faiss,milvus
    nice -n 15 python -m bench.stores --sizes 1000000 --stores faiss --out bench/results/stores_1m.json
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.store.lexical import tokenize
from assistant.store import Payload, StoreFilter, keys_for, open_backend, parse_store
from assistant.store.generations import sync

from .common import REPO, RESULTS, machine, percentile, rss_mb, write_json
from .scale import clustered_vectors

BENCHMARKS = REPO.parent / "shared" / "benchmarks"
K = 10
QUERIES = 200
WINDOW = 60  # words per real passage
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def real_passages() -> tuple[list[str], list[str], list[str]]:
    """(passage texts, their languages, real questions) from SciFact and XQuAD."""
    texts: list[str] = []
    langs: list[str] = []
    sources = [(BENCHMARKS / "scifact" / "corpus.jsonl", "en"), (BENCHMARKS / "xquad" / "mixed" / "corpus.jsonl", "")]
    for path, lang in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            words = f"{row.get('title', '')} {row['text']}".split()
            language = lang or ("ru" if str(row["_id"]).endswith("-ru") else "en")
            for a in range(0, len(words), WINDOW):
                texts.append(" ".join(words[a : a + WINDOW]))
                langs.append(language)
    questions: list[str] = []
    for path in (BENCHMARKS / "scifact" / "queries.jsonl", BENCHMARKS / "xquad" / "mixed" / "queries.jsonl"):
        rows = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
        questions.extend(rows[: QUERIES // 2])
    return texts, langs, questions[:QUERIES]


def corpus(n: int, seed: int = 0) -> tuple[list[Payload], list[str], int]:
    """n payloads (real first, recombined beyond), the text queries, and how many are real."""
    texts, langs, questions = real_passages()
    rng = np.random.default_rng(seed)
    real = min(n, len(texts))
    out_texts, out_langs = texts[:real], langs[:real]
    if n > real:
        sentences = [s for t, lang in zip(texts, langs) if lang == "en" for s in _SENTENCE.split(t) if len(s) > 20]
        picks = rng.integers(0, len(sentences), size=(n - real, 5))
        out_texts = out_texts + [" ".join(sentences[i] for i in row) for row in picks]
        out_langs = out_langs + ["en"] * (n - real)
    publishers = [f"Publisher {i}" for i in range(20)]
    countries = ["KZ", "KG", "TJ", "TM", "UZ", "CN", "RU"]
    days = rng.integers(0, 3650, size=n)
    pub = rng.integers(0, len(publishers), size=n)
    cty = rng.integers(0, len(countries), size=n)
    payload = [
        Payload(
            doc_id=f"doc{i // 4}",
            text=out_texts[i],
            language=out_langs[i],
            date=time.strftime("%Y-%m-%d", time.gmtime(1_500_000_000 + int(days[i]) * 86_400)),
            publisher=publishers[pub[i]],
            countries=(countries[cty[i]],),
        )
        for i in range(n)
    ]
    return payload, questions, real


def _lat(func, queries) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for q in queries:
        t = time.perf_counter()
        func(q)
        out.append(time.perf_counter() - t)
    return out


def _ms(values: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(values, 50) * 1e3, 2), "p95_ms": round(percentile(values, 95) * 1e3, 2)}


def _size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 1) if path.exists() else 0.0


def measure(
    name: str, uri: str, folder: Path, ids: list[str], payload: list[Payload], vectors: np.ndarray,
    queries: np.ndarray, questions: list[str], truth: np.ndarray, bm25_truth: list[set[str]] | None,
    n_queries: int,
) -> tuple[dict[str, Any], list[set[str]]]:
    """Build one store through the seam, then time its searches (the first `n_queries` of each kind)."""
    queries, questions, truth = queries[:n_queries], questions[:n_queries], truth[:n_queries]
    gc.collect()
    rss0 = rss_mb()
    row = {k: i for i, k in enumerate(ids)}
    t0 = time.perf_counter()
    backend = open_backend(parse_store(uri), folder / "faiss", vectors.shape[1], tokenize)
    opened = time.perf_counter() - t0
    staged = backend.stage()
    t = time.perf_counter()
    sync(staged, ids, payload, lambda ks: vectors[[row[k] for k in ks]], batch=5000)
    written = time.perf_counter() - t
    t = time.perf_counter()
    backend.publish(staged)
    current = backend.current()
    assert current is not None
    # the first search builds what a backend builds lazily (FAISS and BM25 indexes, Milvus loads)
    current.vectors.search(queries[0], K)
    current.lexical.search(questions[0], K)
    published = time.perf_counter() - t
    print(f"[stores] {name}: built in {written + published:.1f} s", file=sys.stderr, flush=True)
    result: dict[str, Any] = {
        "store": name,
        "open_s": round(opened, 2),
        "write_s": round(written, 2),
        "publish_s": round(published, 2),
        "build_s": round(written + published, 2),
        "rss_growth_mb": round(rss_mb() - rss0, 1),
        "disk_mb": _size_mb(folder),
        "queries": len(queries),
    }
    ids_arr = np.array(ids)
    found: list[list[str]] = []
    lat = _lat(lambda q: found.append([h.id for h in current.vectors.search(q, K)]), queries)
    result["dense"] = _ms(lat)
    want = [set(ids_arr[t].tolist()) for t in truth]
    result["dense"]["recall@10"] = round(sum(len(set(f) & w) for f, w in zip(found, want)) / (K * len(want)), 4)
    lexical: list[set[str]] = []
    lat = _lat(lambda q: lexical.append({h.id for h in current.lexical.search(q, K)}), questions)
    result["bm25"] = _ms(lat)
    if bm25_truth is not None:
        both = [len(a & b) / len(b) for a, b in zip(lexical, bm25_truth) if b]
        result["bm25"]["agreement@10_with_faiss"] = round(float(np.mean(both)), 4) if both else None
    f = StoreFilter.of(languages=["en"], date_from="2019-01-01", date_to="2021-12-31", publishers=["Publisher 3", "Publisher 7"])
    result["filter_share"] = round(sum(f.matches(p) for p in payload) / len(payload), 4)
    result["dense_filtered"] = _ms(_lat(lambda q: current.vectors.search(q, K, f), queries[:50]))
    result["bm25_filtered"] = _ms(_lat(lambda q: current.lexical.search(q, K, f), questions[:50]))
    result["fetch_40"] = _ms(_lat(lambda i: current.vectors.fetch(ids[i : i + 40]), range(0, 20 * 40, 40)))
    # two incremental builds, 40 passages (about ten articles) changed each time: the first
    # fills Milvus's second (blue/green) collection, the second is the steady state
    changed = list(payload)
    for label, part in (("update_40_first", range(0, 40)), ("update_40_steady", range(40, 80))):
        changed = [replace(p, text=p.text + " Updated.") if i in part else p for i, p in enumerate(changed)]
        new_ids = keys_for(changed)
        new_row = {k: i for i, k in enumerate(new_ids)}
        t = time.perf_counter()
        staged = backend.stage()
        report = sync(staged, new_ids, changed, lambda ks: vectors[[new_row[k] for k in ks]], reuse=current.vectors)
        backend.publish(staged)
        current = backend.current()
        result[label] = {"seconds": round(time.perf_counter() - t, 2), "embedded": report.embedded,
                         "copied": report.copied, "deleted": report.deleted}
        print(f"[stores] {name}: {label} {result[label]}", file=sys.stderr, flush=True)
    backend.close()
    del current, staged, backend
    gc.collect()
    return result, lexical


def run_size(
    n: int, stores: list[str], folder: Path, milvus_index: str, milvus_queries: int, partial: Path | None = None
) -> dict[str, Any]:
    print(f"[stores] n={n:,}: data", file=sys.stderr, flush=True)
    payload, questions, real = corpus(n)
    vectors, queries = clustered_vectors(n, data="topical")
    ids = keys_for(payload)
    truth = np.argsort(-(queries @ vectors.T), axis=1)[:, :K]
    point: dict[str, Any] = {"n": n, "real_texts": real, "points": []}
    bm25_truth = None
    for store in stores:
        uri = "faiss" if store == "faiss" else f"milvus:///{folder}/milvus.db?index={milvus_index}"
        name = "faiss" if store == "faiss" else f"milvus-lite ({milvus_index})"
        n_queries = QUERIES if store == "faiss" else milvus_queries
        result, lexical = measure(name, uri, folder, ids, payload, vectors, queries, questions, truth, bm25_truth, n_queries)
        if store == "faiss":
            bm25_truth = lexical
        point["points"].append(result)
        print(table([point], last=True), file=sys.stderr, flush=True)
        if partial is not None:  # a long run keeps what it measured so far
            write_json(partial, point)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    return point


def table(points: list[dict[str, Any]], last: bool = False) -> str:
    head = f"{'n':>9} {'store':<22} {'build s':>8} {'dense p50/p95 ms':>17} {'recall@10':>9} {'bm25 p50/p95 ms':>16} {'agree':>6} {'filt p50':>8} {'upd40 s':>7} {'RSS MB':>7}"
    lines = [] if last else [head]
    for point in points:
        rows = point["points"][-1:] if last else point["points"]
        for r in rows:
            d, b = r["dense"], r["bm25"]
            lines.append(
                f"{point['n']:>9,} {r['store']:<22} {r['build_s']:>8.1f} {d['p50_ms']:>8.2f}/{d['p95_ms']:<8.2f} "
                f"{d['recall@10']:>9.3f} {b['p50_ms']:>7.2f}/{b['p95_ms']:<8.2f} {b.get('agreement@10_with_faiss') or 1.0:>6.3f} "
                f"{r['dense_filtered']['p50_ms']:>8.2f} {r['update_40_steady']['seconds']:>7.2f} {r['rss_growth_mb']:>7.0f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="Comma-separated passage counts.")
    parser.add_argument("--stores", default="faiss,milvus", help="Comma-separated: faiss, milvus (milvus-lite in a temp folder).")
    parser.add_argument("--milvus-index", default="FLAT", help="Milvus vector index type (FLAT = exact, HNSW, IVF_FLAT).")
    parser.add_argument("--milvus-queries", type=int, default=50, help="Queries timed on Milvus (milvus-lite is slow per query).")
    parser.add_argument("--out", type=Path, default=RESULTS / "stores.json", help="Where to write the JSON.")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    started = time.perf_counter()
    points = []
    with tempfile.TemporaryDirectory(prefix="bench-stores-") as tmp:
        folder = Path(tmp) / "store"
        folder.mkdir()
        for n in sizes:
            partial = args.out.with_name(args.out.stem + f".partial-{n}.tmp")
            points.append(run_size(n, stores, folder, args.milvus_index.upper(), args.milvus_queries, partial))
            partial.unlink(missing_ok=True)
    result = {"machine": machine(), "k": K, "queries": QUERIES, "points": points, "seconds": round(time.perf_counter() - started, 1)}
    write_json(args.out, result)
    print(table(points))
    return result


if __name__ == "__main__":
    main()
