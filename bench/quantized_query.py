"""Proposal check: questions encoded by an int8 dynamically quantised copy of the model.

Passages stay embedded by the float32 model (the index is unchanged); only the question
encoder is quantised (`torch.ao.quantization.quantize_dynamic` on the Linear layers). Reports
the warm question-encoding time of both encoders (one torch thread each, interleaved) and the
answer quality of the whole pipeline with each, on eval/test.jsonl, by answer containment.

    .venv/bin/python -m bench.quantized_query
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .common import RESULTS, first_hit_rank, load_questions, machine, median, quality, write_json


class QuantizedQueryEmbedder:
    """Delegates batches to the float32 embedder; encodes <= 8 texts with an int8 copy."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        import torch

        self.inner = inner
        self.model_id = inner.model_id
        self.dim = inner.dim
        self.int8 = torch.ao.quantization.quantize_dynamic(copy.deepcopy(inner.model), {torch.nn.Linear}, dtype=torch.qint8)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode(texts)

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.encode(texts, progress=progress)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if len(texts) > 8:
            return self.inner.encode(texts, progress=progress)
        from assistant.embedding import _threads_for

        with _threads_for(len(texts)):
            out = self.int8.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(out, dtype=np.float32)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)


def run() -> dict[str, Any]:
    from assistant import Assistant
    from assistant.answer import make_embedder
    from assistant.settings import Settings

    questions = load_questions()
    with tempfile.TemporaryDirectory(prefix="bench-q8-") as tmp:
        settings = Settings.from_env(index_dir=Path(tmp) / "index")
        fp32 = make_embedder(settings)
        fp32.encode(["warm up"])
        q8 = QuantizedQueryEmbedder(fp32)
        bots = {"float32": Assistant.load(settings, embedder=fp32), "int8_query": Assistant.load(settings, embedder=q8)}
        times: dict[str, list[float]] = {"float32": [], "int8_query": []}
        texts = [q["question"] for q in questions]
        for text in texts[:5]:
            fp32.encode([text])
            q8.encode([text])
        for i, text in enumerate(texts * 2):
            for name, enc in (("float32", fp32), ("int8_query", q8))[:: 1 if i % 2 == 0 else -1]:
                t = time.perf_counter()
                enc.encode([text])
                times[name].append(time.perf_counter() - t)
        a, b = fp32.encode(texts), q8.encode(texts[:8])
        cos = float((a[:8] * b).sum(1).min())
        result: dict[str, Any] = {"encode_ms_p50": {k: round(median(v) * 1e3, 2) for k, v in times.items()}}
        result["encode_ratio"] = round(median(times["int8_query"]) / median(times["float32"]), 3)
        result["cosine_min_first8"] = round(cos, 4)
        for name, bot in bots.items():
            ranks = [first_hit_rank([p.text for p in bot.ask(q["question"], k=10).passages], q["answers"])
                     for q in questions if q["answers"]]
            unanswerable = [q for q in questions if not q["answers"]]
            result[name] = quality(ranks)
            result[name]["unanswerable_abstained"] = round(
                sum(bot.ask(q["question"]).abstained for q in unanswerable) / len(unanswerable), 3)
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=RESULTS / "quantized_query.json")
    args = parser.parse_args(argv)
    result = {"machine": machine(), **run()}
    write_json(args.out, result)
    print({k: v for k, v in result.items() if k != "machine"})
    return result


if __name__ == "__main__":
    sys.exit(main() and 0)
