"""Sentence vectors behind the seam: what ranking reads for best sentences, highlights and diversity.

A chunk's sentences are rows of the index's sentence table (their spans in the document stay
with the chunk records); ranking reads their vectors only through a `Sentences` object:

- the FAISS files: `TableSentences`, the generation's own arrays (the id of a sentence is its row);
- Milvus: `StoredSentences`, vectors fetched by id from the collection `<name>_sentences_<dim>`
  (`milvus_sentences.py`). A sentence's id hashes its text and the settings that decide its
  vector, so an id always names the same vector: the collection needs no blue/green copy (a build
  upserts the sentences it lacks before it publishes the passages), and a reader may keep what
  it fetched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from ..sentences import SentenceTable, best_per_chunk

if TYPE_CHECKING:
    from .index import LoadedIndex

__all__ = ["SentenceVectors", "Sentences", "StoredSentences", "TableSentences", "sentence_key", "sentence_keys", "sync_sentences"]

CACHE_LIMIT = 200_000  # sentence vectors a reader keeps (ids are content hashes: never stale)


@runtime_checkable
class SentenceVectors(Protocol):
    """Sentence vectors by id (a content hash): what a store keeps for ranking to fetch."""

    @property
    def dim(self) -> int: ...

    def upsert(self, ids: Sequence[str], vectors: np.ndarray) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...

    def fetch(self, ids: Sequence[str]) -> np.ndarray:
        """Their vectors, row i for ids[i]; KeyError names an id the store does not hold."""

    def count(self) -> int: ...

    def ids(self) -> list[str]: ...


class Sentences(Protocol):
    """The sentences of one loaded index, as ranking reads them (by sentence row)."""

    def best_per_chunk(self, rows: Sequence[int], query: np.ndarray) -> tuple[np.ndarray, np.ndarray]: ...

    def vector(self, sentence: int) -> np.ndarray: ...


class TableSentences:
    """The FAISS files' sentences: the generation's arrays, read in place."""

    def __init__(self, table: SentenceTable) -> None:
        self.table = table

    def best_per_chunk(self, rows: Sequence[int], query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.table.best_per_chunk(rows, query)

    def vector(self, sentence: int) -> np.ndarray:
        return self.table.vectors[sentence]


class StoredSentences:
    """An index's sentences whose vectors are fetched by id from a `SentenceVectors` store."""

    def __init__(self, ptr: np.ndarray, keys: Sequence[str], store: SentenceVectors) -> None:
        self.ptr = ptr
        self.keys = list(keys)
        self.store = store
        self._kept: dict[str, np.ndarray] = {}

    def _gather(self, sentences: np.ndarray) -> np.ndarray:
        keys = [self.keys[int(j)] for j in sentences]
        missing = [k for k in dict.fromkeys(keys) if k not in self._kept]
        if missing:
            if len(self._kept) + len(missing) > CACHE_LIMIT:
                self._kept.clear()
            self._kept.update(zip(missing, self.store.fetch(missing)))
        if not keys:
            return np.zeros((0, self.store.dim), dtype=np.float32)
        return np.stack([self._kept[k] for k in keys])

    def best_per_chunk(self, rows: Sequence[int], query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return best_per_chunk(self.ptr, self._gather, rows, query)

    def vector(self, sentence: int) -> np.ndarray:
        return self._gather(np.array([sentence]))[0]


def sentence_keys(index: LoadedIndex, salt: str) -> list[str]:
    """Each sentence row's id: a hash of the vector settings (`salt`) and the sentence text."""
    table = index.sentences
    if table is None:
        return []
    keys = [""] * len(table.spans)
    for row, chunk in enumerate(index.chunks):
        text = index.documents[chunk.doc_id].text
        for j in table.chunk_sentences(row):
            s, e = table.spans[j]
            keys[j] = sentence_key(salt, text[int(s) : int(e)])
    return keys


def sentence_key(salt: str, text: str) -> str:
    """A sentence's id: a hash of the settings that decide its vector (`salt`) and of its text."""
    return hashlib.sha256(f"{salt}\0{text}".encode()).hexdigest()[:32]


def sync_sentences(store: SentenceVectors, keys: Sequence[str], vectors: np.ndarray, batch: int = 5_000) -> int:
    """Upsert the sentences `store` lacks (row j of `vectors` belongs to keys[j]); how many it wrote.

    Nothing is deleted: an id never changes its vector, and a reader of the previous generation
    may still fetch the sentences an edit removed.
    """
    first: dict[str, int] = {}
    for j, key in enumerate(keys):
        first.setdefault(key, j)
    held = set(store.ids())
    todo = [k for k in first if k not in held]
    for start in range(0, len(todo), batch):
        part = todo[start : start + batch]
        store.upsert(part, np.asarray(vectors[[first[k] for k in part]], dtype=np.float32))
    return len(todo)
