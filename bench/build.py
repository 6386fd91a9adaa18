"""Build throughput: `build_index` from scratch against the embedder's own `encode_passages` of the same texts.

The embedder handed to `build_index` records every text it is asked to encode, so the
baseline encodes exactly what the build encoded (whatever the build chooses to embed:
chunks or sentences), with the same embedder object (any model id, the composite
`minilm+e5` included), batch size and normalisation. Runs
alternate build and raw encode (order swapped every run, after one unmeasured warm-up build);
medians over the runs and their ratio are reported, and, immune to load swings between runs,
the share of each build's wall time spent in its own encode call.

    .venv/bin/python -m bench.build --runs 3
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .common import median, run_part


class RecordingEmbedder:
    """Delegates to a real embedder; keeps the texts and the seconds spent encoding."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.model_id = inner.model_id
        self.dim = inner.dim
        self.texts: list[str] = []
        self.seconds = 0.0

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.encode_passages(texts, progress=progress)

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        self.texts.extend(texts)
        t = time.perf_counter()
        out = self.inner.encode_passages(texts, progress=progress)
        self.seconds += time.perf_counter() - t
        return out

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)


def run(runs: int = 3) -> dict[str, Any]:
    from assistant.answer import make_embedder
    from assistant.build import build_index
    from assistant.settings import Settings

    settings = Settings.from_env()
    embedder = make_embedder(settings)
    embedder.encode_passages(["warm up"])
    builds: list[dict[str, float]] = []
    raws: list[float] = []
    texts: list[str] = []
    chunks = 0
    def build_once() -> None:
        nonlocal chunks, texts
        with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
            recorder = RecordingEmbedder(embedder)
            t = time.perf_counter()
            report = build_index(settings.replace(index_dir=Path(tmp) / "index"), recorder, force=True)
            seconds = time.perf_counter() - t
        chunks = report.chunks_total
        texts = recorder.texts
        builds.append({"seconds": seconds, "encode_seconds": recorder.seconds, "texts": len(texts)})

    def raw_once() -> None:
        t = time.perf_counter()
        embedder.encode_passages(list(texts))
        raws.append(time.perf_counter() - t)

    build_once()  # records the texts; a first, unmeasured build also warms every import
    builds.clear()
    for r in range(runs):
        for step in (build_once, raw_once) if r % 2 == 0 else (raw_once, build_once):
            step()
        seconds = builds[-1]["seconds"]
        print(f"[build] run {r + 1}/{runs}: build {seconds:.2f} s, raw encode {raws[-1]:.2f} s", file=sys.stderr, flush=True)
    build_s = median([b["seconds"] for b in builds])
    raw_s = median(raws)
    inside = median([b["encode_seconds"] for b in builds])
    return {
        "runs": runs,
        "chunks": chunks,
        "texts_encoded": len(texts),
        "text_words_mean": round(float(np.mean([len(t.split()) for t in texts])), 1) if texts else 0,
        "build_s": round(build_s, 3),
        "build_encode_s": round(inside, 3),
        "build_other_s": round(build_s - inside, 3),
        "raw_encode_s": round(raw_s, 3),
        "build_chunks_per_s": round(chunks / build_s, 1),
        "raw_texts_per_s": round(len(texts) / raw_s, 1),
        "ratio": round(raw_s / build_s, 3),  # build throughput / raw encode throughput, same texts
        "ratio_per_run": [round(r / b["seconds"], 3) for r, b in zip(raws, builds)],
        # the same comparison inside each build (its encode call vs its wall time): immune to
        # the load swings between runs that make the paired ratio jump on a shared machine
        "ratio_within_build": round(median([b["encode_seconds"] / b["seconds"] for b in builds]), 3),
        "batch_size": settings.embed_batch_size,
    }


def table(result: dict[str, Any]) -> str:
    return "\n".join([
        f"build from scratch: {result['chunks']} passages ({result['texts_encoded']} texts encoded), median of {result['runs']} runs",
        (f"  build_index          {result['build_s']:>7.2f} s  ({result['build_chunks_per_s']:.1f} passages/s; "
         f"encoding {result['build_encode_s']:.2f} s, the rest {result['build_other_s']:.2f} s)"),
        f"  raw encode same texts{result['raw_encode_s']:>7.2f} s  ({result['raw_texts_per_s']:.1f} texts/s)",
        f"  ratio (raw / build)  {result['ratio']:>7.3f}  (target >= 0.9; per run {result['ratio_per_run']})",
    ] + ([f"  encode share of build{result['ratio_within_build']:>7.3f}  (the build's own encode call / its wall time)"]
         if "ratio_within_build" in result else []))


def main(argv: list[str] | None = None) -> dict[str, Any]:
    return run_part(__doc__, "build", run, table, argv)


if __name__ == "__main__":
    main()
