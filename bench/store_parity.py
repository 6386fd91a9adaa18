"""Retrieval quality on both stores in one run: a BEIR set (SciFact) indexed once, searched twice.

`assistant eval --beir DIR --store URI` embeds the corpus on every call (9-21 min for SciFact on
2 cores); this script embeds it once and runs the same `evaluate_beir` with the FAISS files and
with a Milvus store, so the two columns differ only by the store.

    nice -n 15 python -m bench.store_parity ../shared/benchmarks/scifact
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import RESULTS, machine, write_json


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("beir", type=Path, help="A BEIR folder (corpus.jsonl, queries.jsonl, qrels/).")
    parser.add_argument("--split", default="test")
    parser.add_argument("--store", default="", help="Milvus store URI (default: milvus-lite in a temp folder).")
    parser.add_argument("--out", type=Path, default=RESULTS / "store_parity.json")
    args = parser.parse_args(argv)

    from assistant.evals import beir as beir_module
    from assistant.evals import evaluation
    from assistant.answer import make_embedder
    from assistant.settings import Settings
    from assistant.store import bridge

    cache: dict[str, Any] = {}
    build = beir_module.index_documents

    def once(*a: Any, **kw: Any) -> Any:  # the same in-memory index for both stores
        if "index" not in cache:
            t = time.perf_counter()
            cache["index"] = build(*a, **kw)
            cache["seconds"] = round(time.perf_counter() - t, 1)
        return cache["index"]

    beir_module.index_documents = once  # type: ignore[assignment]  # evaluate_beir builds through it
    beir = evaluation.load_beir(args.beir, args.split)
    settings = Settings.from_env()
    embedder = make_embedder(settings)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="store-parity-") as tmp:
        uri = args.store or f"milvus:///{tmp}/parity.db"
        for name, store in (("faiss", "faiss"), ("milvus", uri)):
            print(f"[parity] {name}", file=sys.stderr, flush=True)
            report = evaluation.evaluate_beir(beir, settings.replace(store=store), embedder)
            m = report.metrics
            results[name] = {k: round(v, 4) for k, v in m.items() if k in ("ndcg@10", "recall@100", "mrr@10", "query_mean_ms")}
            print(f"[parity] {name}: {results[name]}", file=sys.stderr, flush=True)
        bridge.close_all()
    diff = {k: round(results["milvus"][k] - results["faiss"][k], 4) for k in ("ndcg@10", "recall@100", "mrr@10")}
    out = {"machine": machine(), "beir": str(args.beir), "split": args.split, "index_seconds": cache.get("seconds"),
           "results": results, "milvus_minus_faiss": diff}
    write_json(args.out, out)
    print(out)
    return out


if __name__ == "__main__":
    main()
