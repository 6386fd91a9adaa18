"""Payload columns held in memory, for filtering an embedded store without a per-row loop."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .protocols import Payload, StoreFilter

__all__ = ["Columns"]


class Columns:
    """The payload fields of n passages as arrays; `mask(filter)` says which rows pass."""

    def __init__(self, payload: Sequence[Payload]) -> None:
        self.doc_id = np.array([p.doc_id for p in payload], dtype=object)
        self.language = np.array([p.language for p in payload], dtype=object)
        self.date = np.array([p.date for p in payload], dtype=str) if payload else np.zeros(0, dtype=str)
        self.publisher = np.array([p.publisher for p in payload], dtype=object)
        self.countries = [p.countries for p in payload]
        self._masks: dict[StoreFilter, np.ndarray] = {}  # a chat repeats its filter: keep a few

    def __len__(self) -> int:
        return len(self.doc_id)

    def mask(self, f: StoreFilter) -> np.ndarray:
        """Rows that pass `f` (the same rule as `StoreFilter.matches`, over arrays)."""
        if f not in self._masks:
            if len(self._masks) >= 16:
                self._masks.pop(next(iter(self._masks)))
            self._masks[f] = self._compute(f)
        return self._masks[f]

    def _compute(self, f: StoreFilter) -> np.ndarray:
        keep = np.ones(len(self), dtype=bool)
        if f.doc_ids is not None:
            keep &= np.isin(self.doc_id, list(f.doc_ids))
        if f.languages is not None:
            keep &= np.isin(self.language, list(f.languages))
        if f.date_from is not None or f.date_to is not None:
            keep &= self.date != ""
            if f.date_from is not None:
                keep &= self.date >= f.date_from
            if f.date_to is not None:
                keep &= self.date <= f.date_to
        if f.publishers is not None:
            keep &= np.isin(self.publisher, list(f.publishers))
        if f.countries is not None:
            wanted = f.countries
            keep &= np.fromiter((bool(wanted.intersection(c)) for c in self.countries), bool, len(self))
        return keep
