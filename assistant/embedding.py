"""Sentence embeddings from the bundled all-MiniLM-L6-v2, loaded lazily and fully offline."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol, runtime_checkable

import numpy as np

__all__ = ["Embedder", "SentenceTransformerEmbedder"]


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors of a fixed dimension."""

    model_id: str
    dim: int

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...


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
    """all-MiniLM-L6-v2 through sentence-transformers; the model loads on first use."""

    dim = 384

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
        self._lock = threading.Lock()

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

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
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
        return len(self.model.tokenizer(text, add_special_tokens=True)["input_ids"])
