"""all-MiniLM-L6-v2 in NumPy: the question encoder that needs no torch.

The BERT forward pass (6 layers, 384 wide, 12 heads), mean pooling and L2 normalisation of
sentence-transformers, computed with NumPy from the bundled model's own files: the weights
are memory-mapped from `model.safetensors` (its 8-byte header length, JSON header, raw
little-endian tensors), the word pieces come from `tokenizer.json` through the `tokenizers`
package. Neither imports torch, so a fresh process answers its first question in a fraction
of the time sentence-transformers needs to import (docs/performance.md).

It gives the same vectors as sentence-transformers (cosine >= 0.9999, tested on 200
sentences in tests/test_minilm_numpy.py). The six layers run in ONNX Runtime when it is
installed (`minilm_onnx`: the same weights, pre-packed, ~2x faster), else in NumPy here; the
tokenizer, the embeddings and the pooling are the same for both. Either runs a question on
one thread (ONNX Runtime's own setting; NumPy's BLAS through threadpoolctl): splitting a
20-token question over threads costs more than it saves, and on a busy CPU many times more.
The build keeps sentence-transformers for its batches.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["ENGINES", "NumpyMiniLM", "one_blas_thread", "read_safetensors"]

#: "auto": ONNX Runtime when it is installed (assistant/encoders/minilm_onnx.py, ~2x faster), else NumPy
ENGINES = ("auto", "onnxruntime", "numpy")

_DTYPES = {"F32": "<f4", "F16": "<f2", "F64": "<f8", "I64": "<i8", "I32": "<i4", "U8": "u1"}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a .safetensors file as a read-only NumPy view of one memory map."""
    with open(path, "rb") as fh:
        header_len = int.from_bytes(fh.read(8), "little")
        if not 0 < header_len < 100_000_000:
            raise ValueError(f"{path} is not a safetensors file")
        header = json.loads(fh.read(header_len))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + header_len)
    tensors: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise ValueError(f"{path}: tensor {name} has dtype {info['dtype']}, which this reader does not handle")
        start, end = info["data_offsets"]
        tensors[name] = data[start:end].view(dtype).reshape(info["shape"])
    return tensors


_blas_lock = threading.Lock()
_blas_users = 0
_blas_limiter: Any = None
_blas_controller: Any = None  # found once: looking the libraries up again costs ~0.4 ms a question


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """NumPy's BLAS on one thread while any question is being encoded (process-wide, counted).

    BLAS thread limits are global to the process, so concurrent questions share one limit:
    the first to enter sets it, the last to leave restores the previous setting.
    """
    global _blas_users, _blas_limiter, _blas_controller
    with _blas_lock:
        if _blas_users == 0:
            try:
                if _blas_controller is None:
                    from threadpoolctl import ThreadpoolController

                    _blas_controller = ThreadpoolController()
                _blas_limiter = _blas_controller.limit(limits=1, user_api="blas")
            except Exception:  # noqa: BLE001 - no threadpoolctl or no BLAS found: run as is
                _blas_limiter = None
        _blas_users += 1
    try:
        yield
    finally:
        with _blas_lock:
            _blas_users -= 1
            if _blas_users == 0 and _blas_limiter is not None:
                _blas_limiter.restore_original_limits()
                _blas_limiter = None


def _gelu(x: np.ndarray) -> np.ndarray:
    """x * Phi(x) with erf to ~1.5e-7 (Abramowitz & Stegun 7.1.26), in place on `x` (float32).

    BERT's exact GELU; NumPy has no erf. Written as in-place steps: it runs on 1536 numbers
    per word piece in every layer, and temporaries cost more than the arithmetic.
    """
    z = x * np.float32(0.7071067811865476)
    a = np.abs(z)
    t = a * np.float32(0.3275911)
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(c)
        poly *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a  # erfc(|z|)
    np.subtract(np.float32(1.0), poly, out=poly)  # erf(|z|)
    np.copysign(poly, z, out=poly)  # erf(z)
    poly += 1.0
    poly *= 0.5
    x *= poly
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * weight + bias


class _Layer:
    """One encoder layer's weights, copied out of the memory map laid out for `x @ W` (query, key,
    value fused into one product): ~7 MB a layer, 42 MB for the model."""

    def __init__(self, w: dict[str, np.ndarray], prefix: str, scale: float) -> None:
        def get(name: str) -> np.ndarray:
            return np.asarray(w[prefix + name], dtype=np.float32)

        def weight(name: str) -> np.ndarray:  # (in, out), contiguous: ~7 % faster than a transposed view
            return np.ascontiguousarray(get(name).T)

        att = "attention.self."
        # the 1/sqrt(head size) of the attention scores is folded into the query weights
        self.qkv_w = np.ascontiguousarray(np.concatenate(
            [get(att + "query.weight").T * np.float32(scale), get(att + "key.weight").T, get(att + "value.weight").T],
            axis=1,
        ))
        self.qkv_b = np.concatenate(
            [get(att + "query.bias") * np.float32(scale), get(att + "key.bias"), get(att + "value.bias")]
        )
        self.out_w = weight("attention.output.dense.weight")
        self.out_b = get("attention.output.dense.bias")
        self.ln1 = (get("attention.output.LayerNorm.weight"), get("attention.output.LayerNorm.bias"))
        self.in_w = weight("intermediate.dense.weight")
        self.in_b = get("intermediate.dense.bias")
        self.ff_w = weight("output.dense.weight")
        self.ff_b = get("output.dense.bias")
        self.ln2 = (get("output.LayerNorm.weight"), get("output.LayerNorm.bias"))


class NumpyMiniLM:
    """A BERT sentence encoder (mean pooling, L2-normalised) read from a sentence-transformers folder.

    Only the layout of all-MiniLM-L6-v2 is supported: modules Transformer -> mean Pooling
    (-> Normalize), absolute positions, GELU. Anything else raises ValueError when loading.
    """

    def __init__(self, model_dir: str | Path, max_seq_length: int = 256, engine: str = "auto") -> None:
        from tokenizers import Tokenizer

        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")

        folder = Path(model_dir)
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self._check_layout(folder, config)
        self.dim = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.max_seq_length = min(int(max_seq_length), int(config["max_position_embeddings"]))
        w = read_safetensors(folder / "model.safetensors")
        if not any(k.startswith("encoder.layer.") for k in w):  # saved with the "bert." prefix
            w = {k.removeprefix("bert."): v for k, v in w.items()}
        self.word = w["embeddings.word_embeddings.weight"]  # memory-mapped: only the rows read are paged in
        self.position = np.asarray(w["embeddings.position_embeddings.weight"][: self.max_seq_length], dtype=np.float32)
        self.token_type = np.asarray(w["embeddings.token_type_embeddings.weight"][0], dtype=np.float32)
        self.ln0 = (np.asarray(w["embeddings.LayerNorm.weight"]), np.asarray(w["embeddings.LayerNorm.bias"]))
        n_layers = int(config["num_hidden_layers"])
        scale = 1.0 / float(np.sqrt(self.dim // self.heads))
        self.layers = [_Layer(w, f"encoder.layer.{i}.", scale) for i in range(n_layers)]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()  # counts see every piece; encode() cuts to max_seq_length
        self._onnx = self._onnx_layers(engine, n_layers)
        self.engine = "onnxruntime" if self._onnx is not None else "numpy"

    def _onnx_layers(self, engine: str, n_layers: int) -> Any:
        """The layers as an ONNX Runtime session, or None for NumPy (asked for, no onnxruntime,
        or a model of another shape than the shipped graph's)."""
        if engine == "numpy":
            return None
        from .minilm_onnx import GRAPH_SHAPE, OnnxLayers

        if (n_layers, self.dim, self.heads, self.eps) != GRAPH_SHAPE:
            if engine == "onnxruntime":
                raise ValueError(f"the shipped ONNX graph is for {GRAPH_SHAPE} (layers, width, heads, eps)")
            return None
        weights = [*self.ln0]
        for layer in self.layers:
            weights += [layer.qkv_w, layer.qkv_b, layer.out_w, layer.out_b, *layer.ln1,
                        layer.in_w, layer.in_b, layer.ff_w, layer.ff_b, *layer.ln2]
        try:
            return OnnxLayers(weights)
        except ImportError:
            if engine == "onnxruntime":
                raise
            return None

    @staticmethod
    def _check_layout(folder: Path, config: dict[str, Any]) -> None:
        problems = []
        if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
            problems.append(f"model type {config.get('model_type')}/{config.get('hidden_act')} (needs bert/gelu)")
        if config.get("position_embedding_type", "absolute") != "absolute":
            problems.append("relative position embeddings")
        modules_file = folder / "modules.json"
        if modules_file.exists():
            kinds = [m["type"].rsplit(".", 1)[-1] for m in json.loads(modules_file.read_text(encoding="utf-8"))]
            if kinds[:2] != ["Transformer", "Pooling"] or any(k != "Normalize" for k in kinds[2:]):
                problems.append(f"modules {kinds} (needs Transformer, Pooling, Normalize)")
        pooling = folder / "1_Pooling" / "config.json"
        if pooling.exists():
            modes = {k for k, v in json.loads(pooling.read_text(encoding="utf-8")).items() if k.startswith("pooling_mode") and v}
            if modes != {"pooling_mode_mean_tokens"}:
                problems.append(f"pooling {sorted(modes)} (needs mean)")
        if problems:
            raise ValueError(f"{folder}: the NumPy encoder cannot run this model: {'; '.join(problems)}")

    # ------------------------------------------------------------------ tokens

    def token_ids(self, text: str) -> list[int]:
        """Word pieces the model reads for `text`: [CLS] ... [SEP], cut to max_seq_length as
        sentence-transformers cuts them (the first pieces kept, [SEP] last)."""
        ids = self.tokenizer.encode(text.strip()).ids
        if len(ids) > self.max_seq_length:
            ids = ids[: self.max_seq_length - 1] + ids[-1:]
        return ids

    def count_tokens(self, text: str) -> int:
        """Word pieces in `text`, [CLS] and [SEP] included, before any cut."""
        return len(self.tokenizer.encode(text.strip()).ids)

    # ------------------------------------------------------------------ forward pass

    def _embeddings(self, ids: Sequence[int]) -> np.ndarray:
        """Word + position + token-type embeddings (n, dim), before the first layer norm."""
        x = self.word[np.asarray(ids, dtype=np.intp)] + self.position[: len(ids)]
        x += self.token_type
        return x

    def _forward(self, ids: Sequence[int]) -> np.ndarray:
        if self._onnx is not None:
            pooled = self._onnx.pooled(self._embeddings(ids))
        else:
            pooled = self._forward_numpy(ids)
        norm = float(np.linalg.norm(pooled))
        return (pooled / norm if norm > 0 else pooled).astype(np.float32)

    def _forward_numpy(self, ids: Sequence[int]) -> np.ndarray:
        n = len(ids)
        d, h = self.dim, self.heads
        hd = d // h
        x = _layer_norm(self._embeddings(ids), *self.ln0, self.eps)
        for layer in self.layers:
            qkv = x @ layer.qkv_w + layer.qkv_b  # (n, 3d)
            heads = qkv.reshape(n, 3, h, hd).transpose(1, 2, 0, 3)  # (3, h, n, hd)
            scores = heads[0] @ heads[1].transpose(0, 2, 1)  # (h, n, n), already scaled
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ heads[2]).transpose(1, 0, 2).reshape(n, d)
            x = _layer_norm(ctx @ layer.out_w + layer.out_b + x, *layer.ln1, self.eps)
            inner = x @ layer.in_w
            inner += layer.in_b
            inner = _gelu(inner)
            x = _layer_norm(inner @ layer.ff_w + layer.ff_b + x, *layer.ln2, self.eps)
        return x.mean(0)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, on one thread."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._onnx is not None:  # its session has one thread of its own
            return np.stack([self._forward(self.token_ids(t)) for t in texts])
        with one_blas_thread():
            return np.stack([self._forward(self.token_ids(t)) for t in texts])
