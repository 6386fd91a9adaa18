"""A saved bm25s index, read and scored with NumPy alone (no bm25s, hence no SciPy, on the question path).

bm25s stores an "eager" index: the BM25 score of every (term, passage) pair, precomputed, as
a CSC matrix in three .npy files (data, indices, indptr), the term ids in `vocab.index.json`
and its parameters in `params.index.json`. Scoring a question is then a sum of columns. bm25s
itself imports scipy.sparse when it is imported, which costs a fresh process ~0.2-1 s; the
build keeps using bm25s to write the index, and this reader gives the same scores (summed in
the same order, in the same dtype).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["SavedBM25"]

_ARRAYS = ("data", "indices", "indptr")
_NONOCCURRENCE = "nonoccurrence_array.index.npy"


class SavedBM25:
    """The part of `bm25s.BM25` that scoring needs: `vocab_dict`, `scores`, `get_scores`, `save`."""

    def __init__(self, folder: Path, params: dict[str, Any], vocab: dict[str, int],
                 arrays: dict[str, np.ndarray], nonoccurrence: np.ndarray | None) -> None:
        self.folder = folder
        self.params = params
        self.vocab_dict = vocab
        self.dtype = np.dtype(params.get("dtype", "float32"))
        self.scores: dict[str, Any] = {**arrays, "num_docs": int(params["num_docs"])}
        self.nonoccurrence_array = nonoccurrence

    @classmethod
    def load(cls, folder: Path | str, *, mmap: bool = False) -> "SavedBM25":
        folder = Path(folder)
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        arrays = {
            name: np.load(folder / f"{name}.csc.index.npy", mmap_mode="r" if mmap else None, allow_pickle=False)
            for name in _ARRAYS
        }
        nonoccurrence = None
        if (folder / _NONOCCURRENCE).exists():  # BM25L / BM25+ add a per-term constant
            nonoccurrence = np.load(folder / _NONOCCURRENCE, allow_pickle=False)
        if "num_docs" not in params:
            raise ValueError(f"{folder}: params.index.json has no num_docs")
        return cls(folder, params, vocab, arrays, nonoccurrence)

    def get_scores(self, terms: Sequence[str]) -> np.ndarray:
        """One score per passage: the sum of the precomputed scores of the (known) terms."""
        data, indices, indptr = (self.scores[k] for k in _ARRAYS)
        ids = np.asarray([self.vocab_dict[t] for t in terms if t in self.vocab_dict], dtype=np.int64)
        scores = np.zeros(self.scores["num_docs"], dtype=self.dtype)
        for start, end in zip(indptr[ids], indptr[ids + 1]):  # a loop over the question's terms
            np.add.at(scores, indices[start:end], data[start:end])
        if self.nonoccurrence_array is not None and len(ids):
            scores += self.nonoccurrence_array[ids].sum()
        return scores

    def save(self, folder: str | Path) -> None:
        """Write the same files again (a copy of the folder this was read from)."""
        target = Path(folder)
        if target.resolve() == self.folder.resolve():
            return
        shutil.copytree(self.folder, target, dirs_exist_ok=True)
