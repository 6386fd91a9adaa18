"""Models side by side on the seeds: build throughput from scratch and warm question latency.

For each model of the registry named (default: MiniLM, the baseline, the default minilm+e5, and
multilingual-e5-small), the seed corpus is indexed from scratch, alternating models run by run
so that load swings on a shared machine hit all alike; then the questions of eval/test.jsonl are asked warm,
interleaved question by question. Reported: median build seconds, passages per second, the
throughput ratio of each model to the first (baseline), and warm latency p50/p95.

    python -m bench.models --runs 3 [--models ID,ID] [--out bench/results/models.json]

A model id may end in `@ENGINE` to run multilingual-e5-small on that engine (`e5_engine`:
`int8`, the default, or `c`), e.g. `--models sentence-transformers/all-MiniLM-L6-v2,minilm+e5,minilm+e5@c`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import REPO, load_questions, median, summary

DEFAULT_MODELS = ("sentence-transformers/all-MiniLM-L6-v2", "minilm+e5", "intfloat/multilingual-e5-small")


def run(models: list[str], runs: int) -> dict[str, Any]:
    """Build and ask with every model (see the module's docstring); the indexes go in a folder removed at the end."""
    with tempfile.TemporaryDirectory(prefix="bench-models-") as scratch:
        return _run(models, runs, Path(scratch))


def _configured(base, model: str):  # type: ignore[no-untyped-def]
    """Settings for one `ID[@ENGINE]` of the command line (`minilm+e5@c`: the e5 channel on the C engine)."""
    model_id, _, engine = model.partition("@")
    return base.replace(model_id=model_id, e5_engine=engine or None).validated()


def _run(models: list[str], runs: int, scratch: Path) -> dict[str, Any]:
    from assistant.answer import Assistant, make_embedder
    from assistant.build import build_index
    from assistant.settings import Settings

    base = Settings.from_env()
    configured = {m: _configured(base, m) for m in models}
    embedders = {m: make_embedder(configured[m]) for m in models}
    for e in embedders.values():
        e.encode_queries(["warm up"])
    seconds: dict[str, list[float]] = {m: [] for m in models}
    chunks: dict[str, int] = {}
    folders = {m: scratch / f"model-{i}" for i, m in enumerate(models)}
    for r in range(runs):
        order = models if r % 2 == 0 else list(reversed(models))
        for m in order:
            settings = configured[m].replace(index_dir=folders[m] / "index")
            t = time.perf_counter()
            report = build_index(settings, embedders[m], force=True)
            seconds[m].append(time.perf_counter() - t)
            chunks[m] = report.chunks_total
            print(f"[models] run {r + 1}/{runs} {m}: build {seconds[m][-1]:.1f} s", file=sys.stderr, flush=True)
    questions = [q["question"] for q in load_questions(REPO / "eval" / "test.jsonl")]
    bots = {m: Assistant.load(configured[m].replace(index_dir=folders[m] / "index"), embedder=embedders[m], rebuild=False) for m in models}
    latency: dict[str, list[float]] = {m: [] for m in models}
    for i, question in enumerate(questions):
        for m in models if i % 2 == 0 else list(reversed(models)):
            t = time.perf_counter()
            bots[m].ask(question)
            latency[m].append(time.perf_counter() - t)
    baseline = models[0]
    out: dict[str, Any] = {"runs": runs, "questions": len(questions), "models": {}}
    for m in models:
        build_s = median(seconds[m])
        out["models"][m] = {
            "build_s": round(build_s, 2),
            "build_s_per_run": [round(s, 2) for s in seconds[m]],
            "passages": chunks[m],
            "passages_per_s": round(chunks[m] / build_s, 2),
            "throughput_vs_baseline": round(median(seconds[baseline]) / build_s, 3),
            "throughput_vs_baseline_per_run": [round(b / s, 3) for b, s in zip(seconds[baseline], seconds[m])],
            "warm_latency_ms": summary(latency[m]),
        }
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--models", default=",".join(DEFAULT_MODELS))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    result = run(args.models.split(","), args.runs)
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
