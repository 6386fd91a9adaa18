"""The scale-out backend: one Milvus collection holds vectors, BM25 terms and the filter facets.

Dense search is inner product over the `vector` field; lexical search is Milvus's built-in BM25
(`Function(type=FunctionType.BM25)`) over the `terms` field; filters run inside Milvus on the
scalar fields `doc_id`, `language`, `date`, `publisher` and the array `countries`.

The `terms` field holds the project's own analysis of the text (the Snowball-stemmed terms of
`lexical.tokenize`, joined by spaces), so BM25 sees the same terms on both backends: milvus-lite
3.2.2 offers only a `standard` (regex `\\w+`, lower-case, stop words) and a `jieba` tokenizer and
ignores stemmer filters; a Milvus server has `{"type": "stemmer", "language": "russian"}`, but
analysing client-side keeps one analyser for all backends. Characters other than letters and
digits inside a term become "_" so that no tokenizer splits it.

The collections and their generations: `milvus_backend.py`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from .protocols import Analyzer, Hit, Payload, StoreError, StoreFilter, check_batch

__all__ = [
    "MilvusGeneration",
    "MilvusLexicalStore",
    "MilvusVectorStore",
    "count_rows",
    "encode_terms",
    "filter_expression",
    "list_ids",
    "load_or_recreate",
]

log = logging.getLogger(__name__)

BATCH = 1000  # rows per upsert/query request (well below gRPC's message limit at dim 1024)
MAX_TEXT = 60_000  # bytes kept of a VARCHAR (Milvus caps them at 65,535)
MAX_COUNTRIES = 64
MAX_TOPK = 16_384  # the most hits one Milvus search returns (a server's default quota)
BM25_K1, BM25_B = 1.2, 0.75  # as lexical.BM25Index (bm25s)
_NON_WORD = re.compile(r"[^\w]|_", re.UNICODE)


def encode_terms(terms: Sequence[str]) -> str:
    """Terms as one space-separated string that Milvus's tokenizers keep whole ("5.2%" -> "5_2_")."""
    return " ".join(_NON_WORD.sub("_", t) for t in terms if t)


def _literal(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _list(values: frozenset[str]) -> str:
    return "[" + ", ".join(_literal(v) for v in sorted(values)) + "]"


def filter_expression(f: StoreFilter | None) -> str:
    """A Milvus boolean expression for `f` ("" when it lets everything through)."""
    if f is None or f.empty:
        return ""
    parts = []
    if f.doc_ids is not None:
        parts.append(f"doc_id in {_list(f.doc_ids)}")
    if f.languages is not None:
        parts.append(f"language in {_list(f.languages)}")
    if f.date_from is not None or f.date_to is not None:
        parts.append('date != ""')
        if f.date_from is not None:
            parts.append(f"date >= {_literal(f.date_from)}")
        if f.date_to is not None:
            parts.append(f"date <= {_literal(f.date_to)}")
    if f.publishers is not None:
        parts.append(f"publisher in {_list(f.publishers)}")
    if f.countries is not None:
        parts.append(f"array_contains_any(countries, {_list(f.countries)})")
    return " and ".join(parts)


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    data = text.encode("utf-8")
    return text if len(data) <= limit else data[:limit].decode("utf-8", "ignore")


@contextmanager
def _errors(what: str) -> Iterator[None]:
    """Turn a pymilvus error into one StoreError sentence."""
    try:
        yield
    except StoreError:
        raise
    except Exception as exc:  # MilvusException, gRPC errors, connection refused
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise StoreError(f"Milvus could not {what} ({' '.join(str(message).split())[:200]})") from None


def count_rows(client: Any, collection: str) -> int:
    with _errors(f"count collection {collection}"):
        rows = client.query(collection, filter="", output_fields=["count(*)"])
    return int(rows[0]["count(*)"])


def list_ids(client: Any, collection: str) -> list[str]:
    out: list[str] = []
    with _errors(f"list collection {collection}"):
        iterator = client.query_iterator(collection, batch_size=BATCH * 4, filter="", output_fields=["id"])
        try:
            while batch := iterator.next():
                out.extend(str(r["id"]) for r in batch)
        finally:
            iterator.close()
    return out


def create_loaded(client: Any, collection: str, schema: Any, index: Any, *, lite: bool) -> None:
    """Create `collection` with its indexes, loaded. pymilvus then polls each new index's state
    every 0.5 s until it is built; milvus-lite builds an index on an empty collection at once,
    so on lite the polling (3 s a build for six indexes) is skipped. A server keeps it."""
    if not lite:
        client.create_collection(collection, schema=schema, index_params=index, consistency_level="Strong")
        return
    client.create_collection(collection, schema=schema, consistency_level="Strong")
    client.create_index(collection, index, sync=False)
    client.load_collection(collection)


def load_or_recreate(client: Any, collection: str, create: Callable[[], None]) -> None:
    """Load `collection`; if its files are unreadable (a build was killed while writing them),
    drop it and `create` it again. Only for a collection no reader is using: a staged one, or
    one whose rows the next write restores (sentence vectors keyed by content)."""
    try:
        client.load_collection(collection)
    except Exception:  # noqa: BLE001 - milvus-lite raises whatever its file reader raised
        log.warning("collection %s could not be loaded; recreating it", collection)
        client.drop_collection(collection)
        create()
        client.load_collection(collection)


class MilvusVectorStore:
    """`VectorStore` over one collection (the rows also carry the BM25 terms of `payload.text`)."""

    def __init__(self, client: Any, collection: str, dim: int, analyze: Analyzer, search_params: dict[str, Any]) -> None:
        self.client = client
        self.collection = collection
        self._dim = dim
        self.analyze = analyze
        self.search_params = search_params

    @property
    def dim(self) -> int:
        return self._dim

    def _rows(self, ids: Sequence[str], vectors: np.ndarray, payload: Sequence[Payload]) -> list[dict[str, Any]]:
        return [
            {
                "id": key,
                "vector": vectors[i].tolist(),
                "text": _clip(p.text),
                "terms": _clip(encode_terms(self.analyze(p.text))),
                "doc_id": p.doc_id,
                "language": p.language,
                "date": p.date,
                "publisher": p.publisher,
                "countries": list(p.countries[:MAX_COUNTRIES]),
            }
            for i, (key, p) in enumerate(zip(ids, payload))
        ]

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, payload: Sequence[Payload]) -> None:
        vectors = np.asarray(vectors, dtype=np.float32)
        check_batch(ids, vectors, payload, self._dim)
        with _errors(f"write to collection {self.collection}"):
            for start in range(0, len(ids), BATCH):
                end = start + BATCH
                self.client.upsert(self.collection, self._rows(ids[start:end], vectors[start:end], payload[start:end]))

    def delete(self, ids: Sequence[str]) -> None:
        with _errors(f"delete from collection {self.collection}"):
            for start in range(0, len(ids), BATCH):
                self.client.delete(self.collection, ids=list(ids[start : start + BATCH]))

    def search(self, vector: np.ndarray, k: int, filter: StoreFilter | None = None) -> list[Hit]:
        if k <= 0:
            return []
        vector = np.asarray(vector, dtype=np.float32).reshape(-1)
        with _errors(f"search collection {self.collection}"):
            result = self.client.search(
                self.collection,
                data=[vector.tolist()],
                anns_field="vector",
                limit=k,
                filter=filter_expression(filter),
                search_params={"metric_type": "IP", "params": self.search_params},
            )
        return [Hit(str(h["id"]), float(h["distance"])) for h in result[0]]

    def fetch(self, ids: Sequence[str]) -> np.ndarray:
        found: dict[str, list[float]] = {}
        with _errors(f"read vectors from collection {self.collection}"):
            for start in range(0, len(ids), BATCH):
                batch = list(dict.fromkeys(ids[start : start + BATCH]))
                for row in self.client.query(self.collection, ids=batch, output_fields=["vector"]):
                    found[str(row["id"])] = row["vector"]
        missing = [k for k in ids if k not in found]
        if missing:
            raise KeyError(f"passage id {missing[0]!r} is not in the store")
        out = np.array([found[k] for k in ids], dtype=np.float32)
        return out.reshape(len(ids), self._dim)

    def count(self) -> int:
        return count_rows(self.client, self.collection)

    def ids(self) -> list[str]:
        return list_ids(self.client, self.collection)


class MilvusLexicalStore:
    """`LexicalStore` view of the same collection: BM25 by Milvus over the `terms` field."""

    def __init__(self, vectors: MilvusVectorStore, *, k1: float = 1.2, b: float = 0.75) -> None:
        self._vectors = vectors
        self.k1, self.b = k1, b

    def upsert(self, ids: Sequence[str], texts: Sequence[str], payload: Sequence[Payload]) -> None:
        """Rewrite these passages' texts; they must be in the store already (their vectors are kept)."""
        from dataclasses import replace

        if len(texts) != len(ids):
            raise StoreError(f"a lexical upsert has {len(ids)} ids but {len(texts)} texts")
        vectors = self._vectors.fetch(ids)
        self._vectors.upsert(ids, vectors, [replace(p, text=t) for p, t in zip(payload, texts)])

    def delete(self, ids: Sequence[str]) -> None:
        """Rows hold vectors and terms together: deleting the text deletes the passage."""
        self._vectors.delete(ids)

    def search(self, query: str, k: int, filter: StoreFilter | None = None) -> list[Hit]:
        terms = encode_terms(self._vectors.analyze(query))
        if not terms or k <= 0:
            return []
        store = self._vectors
        with _errors(f"search collection {store.collection}"):
            result = store.client.search(
                store.collection,
                data=[terms],
                anns_field="sparse",
                limit=k,
                filter=filter_expression(filter),
                search_params={"metric_type": "BM25"},
            )
        # milvus-lite reports -score as the distance, a Milvus server the score itself
        hits = [Hit(str(h["id"]), abs(float(h["distance"]))) for h in result[0]]
        return [h for h in hits if h.score > 0]

    def score(self, query: str, ids: Sequence[str]) -> np.ndarray:
        """A BM25 search restricted to `ids` inside Milvus (one request per 1,000 ids)."""
        out = np.zeros(len(ids), dtype=np.float32)
        terms = encode_terms(self._vectors.analyze(query))
        if not terms or not ids:
            return out
        where: dict[str, list[int]] = {}
        for i, key in enumerate(ids):
            where.setdefault(key, []).append(i)
        store = self._vectors
        unique = list(where)
        with _errors(f"search collection {store.collection}"):
            for start in range(0, len(unique), BATCH):
                part = unique[start : start + BATCH]
                result = store.client.search(
                    store.collection,
                    data=[terms],
                    anns_field="sparse",
                    limit=len(part),
                    filter=f"id in {_list(frozenset(part))}",
                    search_params={"metric_type": "BM25"},
                )
                for h in result[0]:
                    out[where[str(h["id"])]] = abs(float(h["distance"]))
        return out

    def count(self) -> int:
        return self._vectors.count()

    def holding(self, term: str, limit: int) -> list[str]:
        """Ids of the passages holding `term`: a BM25 search for that term alone, every hit above zero.

        Exact up to `limit` passages (a Milvus server caps a search at MAX_TOPK hits): a term
        held by more is reported as held by `limit` of them, a lower bound of its frequency.
        """
        terms = encode_terms([term])
        limit = min(limit, MAX_TOPK)
        if not terms or limit <= 0:
            return []
        store = self._vectors
        with _errors(f"search collection {store.collection}"):
            result = store.client.search(
                store.collection, data=[terms], anns_field="sparse", limit=limit, search_params={"metric_type": "BM25"}
            )
        return [str(h["id"]) for h in result[0] if abs(float(h["distance"])) > 0]


class MilvusGeneration:
    """One collection as a generation: a vector store and its lexical view over the same rows."""

    backend = "milvus"

    def __init__(self, vectors: MilvusVectorStore) -> None:
        self.name = vectors.collection
        self.vectors = vectors
        self.lexical = MilvusLexicalStore(vectors)

    def write(self, ids: Sequence[str], vectors: np.ndarray, payload: Sequence[Payload]) -> None:
        """Upsert passages: vectors, BM25 terms and facets in one request per batch."""
        self.vectors.upsert(ids, vectors, payload)

    def delete(self, ids: Sequence[str]) -> None:
        self.vectors.delete(ids)
