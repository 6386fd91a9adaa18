"""Sentence vectors in Milvus: one collection `<name>_sentences_<dim>` of (id, vector), read by id.

Ranking never searches it; it fetches the vectors of the candidate passages' sentences by id
(`sentence_store.StoredSentences`). Ids are content hashes, so the collection is shared by
both blue/green passage collections.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .milvus_store import BATCH, _errors, count_rows, create_loaded, list_ids, load_or_recreate
from .protocols import StoreError

__all__ = ["MilvusSentenceStore"]


class MilvusSentenceStore:
    """`SentenceVectors` over one Milvus collection (created on first use)."""

    def __init__(self, client: Any, collection: str, dim: int, *, lite: bool = False) -> None:
        self.client = client
        self.lite = lite
        self.collection = collection
        self._dim = dim
        with _errors(f"prepare collection {collection}"):
            if client.has_collection(collection) and self._dim_of() != dim:
                client.drop_collection(collection)  # another model: none of its ids can match
            if not client.has_collection(collection):
                self._create()
            # unreadable after a killed build: every sentence is keyed by its text and model, so
            # the next attach writes the missing ones
            load_or_recreate(client, collection, self._create)

    @property
    def dim(self) -> int:
        return self._dim

    def _dim_of(self) -> int | None:
        for field in self.client.describe_collection(self.collection).get("fields", []):
            if field.get("name") == "vector":
                return int(field.get("params", {}).get("dim", 0))
        return None

    def _create(self) -> None:
        from pymilvus import DataType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False)
        schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=64)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=self._dim)
        index = self.client.prepare_index_params()
        index.add_index("vector", index_type="FLAT", metric_type="IP")  # never searched; Milvus loads only indexed fields
        create_loaded(self.client, self.collection, schema, index, lite=self.lite)

    def upsert(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) != len(ids) or (len(ids) and vectors.shape[1] != self._dim):
            raise StoreError(f"a sentence upsert has {len(ids)} ids but vectors of shape {vectors.shape}")
        with _errors(f"write to collection {self.collection}"):
            for start in range(0, len(ids), BATCH):
                rows = [{"id": k, "vector": v.tolist()} for k, v in zip(ids[start : start + BATCH], vectors[start : start + BATCH])]
                self.client.upsert(self.collection, rows)
            self.client.flush(self.collection)  # lite answers reads over unflushed rows slowly

    def delete(self, ids: Sequence[str]) -> None:
        with _errors(f"delete from collection {self.collection}"):
            for start in range(0, len(ids), BATCH):
                self.client.delete(self.collection, ids=list(ids[start : start + BATCH]))

    def fetch(self, ids: Sequence[str]) -> np.ndarray:
        found: dict[str, list[float]] = {}
        with _errors(f"read vectors from collection {self.collection}"):
            unique = list(dict.fromkeys(ids))
            for start in range(0, len(unique), BATCH):
                for row in self.client.query(self.collection, ids=unique[start : start + BATCH], output_fields=["vector"]):
                    found[str(row["id"])] = row["vector"]
        missing = [k for k in ids if k not in found]
        if missing:
            raise KeyError(f"sentence id {missing[0]!r} is not in the store")
        return np.array([found[k] for k in ids], dtype=np.float32).reshape(len(ids), self._dim)

    def count(self) -> int:
        return count_rows(self.client, self.collection)

    def ids(self) -> list[str]:
        return list_ids(self.client, self.collection)
