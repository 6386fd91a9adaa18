"""The question encoder's two engines side by side: layers in ONNX Runtime against layers in NumPy.

Both are `assistant.encoders.minilm_numpy.NumpyMiniLM` on the bundled all-MiniLM-L6-v2 (same tokenizer,
embeddings and pooling), one thread each, loaded in this one process. Each test question is
encoded by both, the order alternating, over several rounds; reported: load time of each, per
question p50/p95 of `encode`, the ratio, and how far apart the vectors are.

    .venv/bin/python -m bench.query_engines --rounds 3
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from .common import REPO, RESULTS, load_questions, machine, summary, write_json

ENGINES = ("onnxruntime", "numpy")


def run(rounds: int = 3) -> dict[str, Any]:
    from assistant.encoders.minilm_numpy import NumpyMiniLM
    from assistant.settings import Settings

    settings = Settings()
    models, load_s = {}, {}
    for engine in ENGINES:
        t = time.perf_counter()
        models[engine] = NumpyMiniLM(settings.resolved_model_path(), settings.max_seq_length, engine=engine)
        models[engine].encode(["warm up"])
        load_s[engine] = round(time.perf_counter() - t, 3)
    questions = [q["question"] for q in load_questions()]
    times: dict[str, list[float]] = {e: [] for e in ENGINES}
    for r in range(rounds):
        for i, question in enumerate(questions):
            order = ENGINES if (i + r) % 2 == 0 else ENGINES[::-1]
            for engine in order:
                t = time.perf_counter()
                models[engine].encode([question])
                times[engine].append(time.perf_counter() - t)
    a, b = (models[e].encode(questions) for e in ENGINES)
    fast, slow = (summary(times[e]) for e in ENGINES)
    return {
        "questions": len(questions), "rounds": rounds, "load_and_first_encode_s": load_s,
        "encode_ms": {e: summary(times[e]) for e in ENGINES},
        "ratio_p50": round(fast["p50"] / slow["p50"], 3), "ratio_p95": round(fast["p95"] / slow["p95"], 3),
        "min_cosine": float((a * b).sum(1).min()), "max_abs_difference": float(np.abs(a - b).max()),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="Passes over the test questions.")
    parser.add_argument("--out", type=Path, default=RESULTS / "query_engines.json")
    args = parser.parse_args(argv)
    result = {"machine": machine(), **run(args.rounds)}
    result["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    write_json(args.out, result)
    for engine, s in result["encode_ms"].items():
        print(f"{engine:<12} p50 {s['p50']:7.2f} ms  p95 {s['p95']:7.2f} ms  (load {result['load_and_first_encode_s'][engine]} s)")
    print(f"ratio p50 {result['ratio_p50']}, p95 {result['ratio_p95']}; min cosine {result['min_cosine']:.7f}, "
          f"max |difference| {result['max_abs_difference']:.1e}")
    return result


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
