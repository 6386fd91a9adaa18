"""A loaded index's passages in a store backend, answering in chunk rows for retrieval.

`attach(index, "milvus:///…/milvus.db")` makes the backend hold exactly the index's passages
(upserts and deletes by content hash, then one atomic publish) and returns a `StoreView`:
dense and BM25 search, BM25 scores and vectors of given rows, all through the protocols. On
Milvus the sentence vectors (best sentence, highlights, diversity) go to a collection of their
own and are fetched by id (`sentence_store`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import open_backend, parse_store
from .files_view import TermStatistics
from .generations import Backend, Generation, SyncReport, sync
from .protocols import Analyzer, Payload, StoreError, StoreFilter, keys_for
from .sentence_store import StoredSentences, sentence_key, sentence_keys, sync_sentences

if TYPE_CHECKING:
    from ..settings import Settings
    from .index import LoadedIndex

__all__ = ["StoreView", "attach", "chunk_payloads", "close", "close_all", "passage_keys", "stored_sentence_vectors"]

_VECTOR_KEYS = ("model_id", "model_version", "dim", "normalize", "max_seq_length", "chunker_version")  # what decides a vector
log = logging.getLogger(__name__)
_open: dict[str, Backend] = {}  # one backend per store URI and process (milvus-lite locks its folder)
_lock = threading.Lock()


def chunk_payloads(index: LoadedIndex) -> list[Payload]:
    """Each chunk's payload: the text BM25 indexes (title, section, passage) and the facets."""
    from ..chunking import lexical_text

    out = []
    for chunk in index.chunks:
        doc = index.documents[chunk.doc_id]
        out.append(
            Payload(
                doc_id=chunk.doc_id,
                text=lexical_text(doc.title, chunk.section, chunk.text),
                language=str(getattr(chunk, "language", "") or getattr(doc, "language", "") or ""),
                date=str(getattr(chunk, "date", "") or doc.date or ""),
                publisher=str(doc.publisher or ""),
                countries=tuple(getattr(doc, "countries", ()) or ()),
            )
        )
    return out


def _salt(index: LoadedIndex) -> str:
    """The settings that decide a vector, as part of every id (a new model means new ids)."""
    return _salt_of(index.manifest.settings)


def _salt_of(settings: dict[str, Any]) -> str:
    return repr(sorted({k: settings.get(k) for k in _VECTOR_KEYS}.items()))


def passage_keys(index: LoadedIndex, payload: list[Payload] | None = None) -> list[str]:
    """Each chunk's id in a store: the hash of its payload and of the settings that decide its vector."""
    return keys_for(payload if payload is not None else chunk_payloads(index), salt=_salt(index))


class StoreView(TermStatistics):
    """The rows of one loaded index as passages of a published store generation."""

    def __init__(
        self, store: str, generation: Generation, keys: list[str], backend: str, report: SyncReport | None = None,
        *, sentences: StoredSentences | None = None, restaged: dict[str, int] | None = None,
    ) -> None:
        self.store = store
        self.backend = backend
        self.report = report  # what attaching wrote (None: the store already held the index)
        self.generation = generation
        self.keys = keys
        self.row_of = {k: i for i, k in enumerate(keys)}
        self.sentences = sentences  # sentence vectors by id (None: the index's own table)
        self.sentences_written = 0  # how many sentence vectors attaching upserted
        self._restaged = restaged
        self._epoch = restaged.get(generation.name, 0) if restaged is not None else 0

    def intact(self) -> bool:
        """False once a later build in this process restaged this generation's collection.

        Blue/green keeps two collections: the third build rewrites the one an old reader
        still holds, and what that reader fetches afterwards is no longer its index.
        """
        return self._restaged is None or self._restaged.get(self.generation.name, 0) == self._epoch

    def _filter(self, doc_ids: Collection[str] | None) -> StoreFilter | None:
        return StoreFilter.of(doc_ids=sorted(doc_ids)) if doc_ids else None

    def dense(self, query_vector: np.ndarray, k: int, doc_ids: Collection[str] | None = None) -> list[int]:
        """Rows of the k chunks nearest to the query (among `doc_ids` when given)."""
        hits = self.generation.vectors.search(query_vector, k, self._filter(doc_ids))
        return [self.row_of[h.id] for h in hits if h.id in self.row_of]

    def lexical(self, query: str, k: int, doc_ids: Collection[str] | None = None) -> list[int]:
        """Rows of the k best chunks by BM25 (score above zero)."""
        hits = self.generation.lexical.search(query, k, self._filter(doc_ids))
        return [self.row_of[h.id] for h in hits if h.id in self.row_of]

    def lexical_scores(self, query: str, rows: Sequence[int]) -> np.ndarray:
        return self.generation.lexical.score(query, [self.keys[r] for r in rows])

    def vectors(self, rows: Sequence[int]) -> np.ndarray:
        return self.generation.vectors.fetch([self.keys[r] for r in rows])

    @property
    def size(self) -> int:
        return len(self.keys)

    def passages_with(self, term: str) -> np.ndarray:
        """Rows of the passages holding the analysed `term` (on Milvus exact up to 16,384 of them)."""
        ids = self.generation.lexical.holding(term, len(self.keys))
        return np.asarray(sorted(self.row_of[k] for k in ids if k in self.row_of), dtype=np.int64)

    def describe(self) -> dict[str, Any]:
        return {**parse_store(self.store).describe(), "generation": self.generation.name}


def attach(index: LoadedIndex, store: str, *, analyze: Analyzer | None = None, folder: Path | None = None) -> StoreView:
    """Bring the store `store` names to hold exactly `index`'s passages and view it.

    Nothing is written when the generation in force already holds them; otherwise the next
    generation is staged, synced (vectors come from the index: nothing is embedded) and
    published. StoreError (one sentence) when the store cannot be reached or written.
    """
    if analyze is None:
        from .lexical import tokenize

        analyze = tokenize
    spec = parse_store(store)
    payload = chunk_payloads(index)
    keys = passage_keys(index, payload)
    dim = int(index.vectors.shape[1]) if index.vectors.ndim == 2 else index.dense.dim
    with _lock:
        backend = _backend(store, folder or Path(index.folder) / "store", dim, analyze)
        current = backend.current()
        report = None
        stale = current is None or current.vectors.dim != dim or set(current.vectors.ids()) != set(keys)
        sentences, written = None, 0
        if hasattr(backend, "sentences") and index.sentences is not None:
            # before the passages are published: a reader of them finds every sentence they name
            sentence_store = backend.sentences()
            skeys = sentence_keys(index, _salt(index))
            if stale or sentence_store.count() < len(set(skeys)):
                written = sync_sentences(sentence_store, skeys, index.sentences.vectors)
            sentences = StoredSentences(index.sentences.ptr, skeys, sentence_store)
        if stale:
            staged = backend.stage(fresh=current is not None and current.vectors.dim != dim)
            rows = {k: i for i, k in enumerate(keys)}
            reuse = current.vectors if current is not None and current.vectors.dim == dim else None
            report = sync(staged, keys, payload, lambda ks: np.asarray(index.vectors[[rows[k] for k in ks]]), reuse=reuse)
            backend.publish(staged)
            current = backend.current()
            assert current is not None
    assert current is not None
    view = StoreView(store, current, keys, spec.backend, report, sentences=sentences,
                     restaged=getattr(backend, "restaged", None))
    view.sentences_written = written
    return view


def _backend(store: str, folder: Path, dim: int, analyze: Analyzer) -> Backend:
    """The process's backend for `store` with vectors of `dim` (call under `_lock`)."""
    backend = _open.get(store)
    if backend is None:
        backend = _open[store] = open_backend(parse_store(store), folder, dim, analyze)
    elif getattr(backend, "dim", dim) != dim:  # a new model: same client (lite admits one per folder), new vectors
        with_dim = getattr(backend, "with_dim", None)
        backend = _open[store] = with_dim(dim) if with_dim else open_backend(parse_store(store), folder, dim, analyze)
    return backend


def stored_sentence_vectors(store: str, folder: Path, settings: dict[str, Any], texts: Sequence[str]) -> dict[str, np.ndarray]:
    """The vectors `store` already holds for these sentence texts, by text hash: what a build need not embed.

    `settings` is the build's fingerprint (the model settings in every sentence id: another model
    never matches). {} for a store that keeps no sentences (the FAISS files: their build reuses
    the previous generation's own vectors). StoreError (one sentence) when the store is unreachable.
    """
    from ..chunking import text_hash
    from .lexical import tokenize

    if parse_store(store).backend == "faiss" or not texts:
        return {}
    salt = _salt_of(settings)
    with _lock:
        backend = _backend(store, folder, int(settings["dim"]), tokenize)
        if not hasattr(backend, "sentences"):
            return {}
        sentence_store = backend.sentences()
        by_key = {sentence_key(salt, t): t for t in texts}
        held = [k for k in set(sentence_store.ids()) if k in by_key]
        vectors = sentence_store.fetch(held) if held else np.zeros((0, sentence_store.dim), dtype=np.float32)
    return {text_hash(by_key[k]): v for k, v in zip(held, vectors)}


def reusable_sentences(
    build: Settings, previous: LoadedIndex, fingerprint: dict[str, Any]
) -> dict[str, np.ndarray] | Callable[[Sequence[str]], dict[str, np.ndarray]]:
    """Sentence vectors a build of the same model (`fingerprint`) may keep (text hash -> vector).

    The FAISS files: the previous generation's own. Milvus: a function of the build's sentence
    texts, fetching the vectors its sentence collection holds by id; the previous generation's
    files only when the collection holds none of them (never written, or unreachable).
    """
    store, folder, settings = build.store, build.index_dir / "store", fingerprint
    if parse_store(store).backend == "faiss":
        return previous.sentence_vectors_by_hash()

    def lookup(texts: Sequence[str]) -> dict[str, np.ndarray]:
        try:
            found = stored_sentence_vectors(store, folder, settings, texts)
        except StoreError as exc:
            log.info("the store's sentence vectors could not be read (%s): reusing the previous generation's", exc)
            found = {}
        return found or previous.sentence_vectors_by_hash()

    return lookup


def close(store: str) -> None:
    """Close the backend `attach` opened for `store`, if any (milvus-lite frees its folder)."""
    with _lock:
        backend = _open.pop(store, None)
        if backend is not None:
            backend.close()


def close_all() -> None:
    """Close every backend `attach` opened (tests; milvus-lite frees its folder)."""
    with _lock:
        for backend in _open.values():
            backend.close()
        _open.clear()
