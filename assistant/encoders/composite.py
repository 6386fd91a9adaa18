"""Two models in one vector: an English model and a multilingual one, side by side.

Each text is encoded by both; its vector is the two L2-normalised vectors concatenated and
scaled by 1/sqrt(2), so the whole stays unit length and each half has the same length
(1/sqrt(2)) in every stored vector. `segments` says where the halves are; the search
(`assistant.search.channels`) compares a question with a passage on one half only: the
English model's when both are English, the multilingual model's for every other pair.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from ..embedding import Embedder, model_version

__all__ = ["CompositeEmbedder"]


class CompositeEmbedder:
    """`english` and `multilingual` concatenated (dimension read from both models)."""

    def __init__(self, english: Embedder, multilingual: Embedder, *, model_id: str) -> None:
        self.english = english
        self.multilingual = multilingual
        self.model_id = model_id
        self.segments = (int(english.dim), int(multilingual.dim))  # both read from the models' files
        self.dim = sum(self.segments)
        self.channel_ids = (english.model_id, multilingual.model_id)

    @property
    def model_version(self) -> str:
        return f"{model_version(self.english) or self.english.model_id} + " \
               f"{model_version(self.multilingual) or self.multilingual.model_id}"

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        from ..embedding import encode_queries

        return _joined(encode_queries(self.english, texts), encode_queries(self.multilingual, texts))

    def encode_queries_english(self, texts: Sequence[str]) -> np.ndarray:
        """Questions with the multilingual half left at zero: for English questions over English passages.

        Such pairs are compared on the English half only (search/channels.py), so the second
        model's encoding would never be read; skipping it saves most of a warm question's time.
        """
        from ..embedding import encode_queries

        english = encode_queries(self.english, texts)
        return _joined(english, np.zeros((len(english), self.segments[1]), dtype=np.float32))

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return _joined(
            self.english.encode_passages(texts, progress=progress),
            self.multilingual.encode_passages(texts, progress=progress),
        )

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.encode_passages(texts, progress=progress)

    def count_tokens(self, text: str) -> int:
        """The English model's word pieces: the shorter reach of the two (questions are cut to it)."""
        return self.english.count_tokens(text)


def _joined(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Both halves normalised, concatenated, scaled to unit length."""
    halves = []
    for part in (first, second):
        part = np.asarray(part, dtype=np.float32)
        norms = np.linalg.norm(part, axis=1, keepdims=True)
        halves.append(np.divide(part, norms, out=np.zeros_like(part), where=norms > 0))
    return np.ascontiguousarray(np.hstack(halves) / np.float32(math.sqrt(2.0)), dtype=np.float32)
