"""The storage seam: what retrieval needs from a vector store and a lexical index, nothing more.

A backend keeps passages under string ids (a content hash, see `passage_key`) with a small
`Payload` of scalars that filters run on. Nothing outside a backend sees its arrays, files
or collections: ranking fetches the vectors it needs by id (`VectorStore.fetch`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from ..errors import AssistantError

__all__ = [
    "Analyzer",
    "Hit",
    "LexicalStore",
    "Payload",
    "StoreError",
    "StoreFilter",
    "VectorStore",
    "check_batch",
    "keys_for",
    "passage_key",
    "top_k",
]

Analyzer = Callable[[str], list[str]]  # text -> index terms (lower-cased, stemmed); lexical.tokenize


class StoreError(AssistantError):
    """A vector store cannot be reached, opened or written; the message says which and why."""


@dataclass(frozen=True)
class Payload:
    """What a store keeps beside a passage's vector: the text for BM25 and the filter facets."""

    doc_id: str
    text: str = ""  # what the lexical side indexes (title, section and passage text)
    language: str = ""  # ISO 639-1 ("en", "ru"), "" when unknown
    date: str = ""  # ISO "YYYY-MM-DD" (or a prefix such as "2024-05"), "" when unknown
    publisher: str = ""
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoreFilter:
    """Which passages a search may return; a field left None does not restrict.

    Dates compare as ISO strings, both bounds inclusive; a passage without a date never
    passes a date bound. `countries` matches a passage naming any of them.
    """

    doc_ids: frozenset[str] | None = None
    languages: frozenset[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    publishers: frozenset[str] | None = None
    countries: frozenset[str] | None = None

    @classmethod
    def of(
        cls,
        *,
        doc_ids: Sequence[str] | None = None,
        languages: Sequence[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        publishers: Sequence[str] | None = None,
        countries: Sequence[str] | None = None,
    ) -> StoreFilter:
        """A filter from plain sequences (None or empty: no restriction on that facet)."""

        def as_set(values: Sequence[str] | None) -> frozenset[str] | None:
            return frozenset(values) if values else None

        return cls(
            doc_ids=as_set(doc_ids),
            languages=as_set(languages),
            date_from=date_from or None,
            date_to=date_to or None,
            publishers=as_set(publishers),
            countries=as_set(countries),
        )

    @property
    def empty(self) -> bool:
        return all(
            v is None
            for v in (self.doc_ids, self.languages, self.date_from, self.date_to, self.publishers, self.countries)
        )

    def matches(self, p: Payload) -> bool:
        """Whether a passage with payload `p` passes (the reference every backend must agree with)."""
        if self.doc_ids is not None and p.doc_id not in self.doc_ids:
            return False
        if self.languages is not None and p.language not in self.languages:
            return False
        if (self.date_from is not None or self.date_to is not None) and not p.date:
            return False
        if self.date_from is not None and p.date < self.date_from:
            return False
        if self.date_to is not None and p.date > self.date_to:
            return False
        if self.publishers is not None and p.publisher not in self.publishers:
            return False
        if self.countries is not None and not self.countries.intersection(p.countries):
            return False
        return True


@dataclass(frozen=True)
class Hit:
    """One search result: a passage id and its score (cosine, or BM25), best first in a list."""

    id: str
    score: float


@runtime_checkable
class VectorStore(Protocol):
    """Dense vectors of passages by id, with their payload; inner product over normalised vectors."""

    @property
    def dim(self) -> int: ...

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, payload: Sequence[Payload]) -> None:
        """Insert or replace these passages (vectors row i belongs to ids[i])."""

    def delete(self, ids: Sequence[str]) -> None:
        """Remove these passages; unknown ids are ignored."""

    def search(self, vector: np.ndarray, k: int, filter: StoreFilter | None = None) -> list[Hit]:
        """The k passages most similar to `vector` among those `filter` lets through."""

    def fetch(self, ids: Sequence[str]) -> np.ndarray:
        """Their vectors, row i for ids[i]; KeyError names an id the store does not hold."""

    def count(self) -> int:
        """How many passages the store holds."""

    def ids(self) -> list[str]:
        """Every id the store holds (what a build diffs against), in no particular order."""


@runtime_checkable
class LexicalStore(Protocol):
    """BM25 over the passages' texts, with the same ids and filters as the vector store."""

    def upsert(self, ids: Sequence[str], texts: Sequence[str], payload: Sequence[Payload]) -> None:
        """Insert or replace these passages' texts."""

    def delete(self, ids: Sequence[str]) -> None:
        """Remove these passages; unknown ids are ignored."""

    def search(self, query: str, k: int, filter: StoreFilter | None = None) -> list[Hit]:
        """The k best passages by BM25 for `query` (only scores above zero)."""

    def score(self, query: str, ids: Sequence[str]) -> np.ndarray:
        """BM25 scores of these passages for `query` (0 where a term is missing), row i for ids[i]."""

    def count(self) -> int:
        """How many passages the index holds."""

    def holding(self, term: str, limit: int) -> list[str]:
        """Ids of (at most `limit`) passages whose analysed text holds the analysed `term`."""


def passage_key(payload: Payload, occurrence: int = 0, salt: str = "") -> str:
    """A passage's store id: a hash of everything stored with it (its n-th repeat in the document).

    The same passage gets the same id in every build, so a rebuild upserts only passages
    whose text or facets changed and deletes only those that went away. `salt` names what
    else decides the vector (the model and its settings), so a new model means new ids.
    """
    p = payload
    fields = [salt, p.doc_id, p.text, p.language, p.date, p.publisher, "\x1f".join(p.countries), str(occurrence)]
    return hashlib.sha256("\0".join(fields).encode("utf-8")).hexdigest()[:32]


def keys_for(payload: Sequence[Payload], salt: str = "") -> list[str]:
    """`passage_key` for a sequence of passages, numbering exact repeats."""
    seen: dict[Payload, int] = {}
    out = []
    for p in payload:
        n = seen.get(p, 0)
        seen[p] = n + 1
        out.append(passage_key(p, n, salt))
    return out


def check_batch(ids: Sequence[str], vectors: np.ndarray | None, payload: Sequence[Payload], dim: int | None) -> None:
    """StoreError unless ids, vectors and payload line up (and the vectors have `dim` columns)."""
    if len(set(ids)) != len(ids):
        raise StoreError("an upsert names the same passage id twice")
    if len(payload) != len(ids):
        raise StoreError(f"an upsert has {len(ids)} ids but {len(payload)} payloads")
    if vectors is not None:
        if vectors.ndim != 2 or len(vectors) != len(ids):
            raise StoreError(f"an upsert has {len(ids)} ids but vectors of shape {vectors.shape}")
        if dim is not None and vectors.shape[1] != dim:
            raise StoreError(f"the store holds vectors of dimension {dim}, an upsert brings {vectors.shape[1]}")


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k highest scores, best first (ties by index)."""
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.lexsort((part, -scores[part]))]
