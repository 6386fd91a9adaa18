"""Milvus generations: blue/green collections behind an alias, on milvus-lite or a Milvus server.

Collections `<name>_a` and `<name>_b` hold the passages (schema in `_create`); the alias
`<name>` names the one in force. `stage()` returns the other one, which a build brings up to
date by upserts and deletes keyed by content hash; `publish()` flushes it and swaps the alias
in one metadata operation. A reader resolves the alias once and keeps its collection.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from typing import Any

from .generations import Generation
from .milvus_store import (
    BM25_B,
    BM25_K1,
    MAX_COUNTRIES,
    MilvusGeneration,
    MilvusVectorStore,
    _errors,
    create_loaded,
    load_or_recreate,
)
from .protocols import Analyzer, StoreError

__all__ = ["MilvusBackend"]


class _Captured(logging.Handler):
    """Keeps the exception milvus-lite logs when it cannot open its folder (it logs a traceback, then
    pymilvus raises a bare "Open local milvus failed")."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.exc: BaseException | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.exc = record.exc_info[1]


@contextlib.contextmanager
def _lite_failure(path: str) -> Iterator[None]:
    """Open a milvus-lite folder: no traceback on stderr, and a failure said as its cause."""
    logger = logging.getLogger("milvus_lite.server_manager")
    captured, propagate = _Captured(), logger.propagate
    logger.addHandler(captured)
    logger.propagate = False
    try:
        yield
    except StoreError:
        exc = captured.exc
        if exc is None:
            raise
        if type(exc).__name__ == "DataDirLockedError":
            raise StoreError(
                f"another process has the milvus-lite store {path} open: milvus-lite admits one process per .db "
                "folder (stop the other one, e.g. the app while building, or use a Milvus server)"
            ) from None
        if isinstance(exc, PermissionError):
            raise StoreError(
                f"the milvus-lite store {path} cannot be opened ({exc.strerror}: {exc.filename}): milvus-lite writes a "
                "lock file in its .db folder even to read, so the folder must be writable by this user"
            ) from None
        raise StoreError(f"Milvus could not open the milvus-lite store {path} ({type(exc).__name__}: {exc})") from None
    finally:
        logger.removeHandler(captured)
        logger.propagate = propagate


class MilvusBackend:
    """Blue/green collections behind an alias, on milvus-lite (a .db path) or a Milvus server."""

    def __init__(
        self,
        uri: str,
        dim: int,
        analyze: Analyzer,
        *,
        name: str = "assistant",
        token: str = "",
        index_type: str = "FLAT",
        index_params: dict[str, Any] | None = None,
        search_params: dict[str, Any] | None = None,
        connect_timeout: float = 10.0,
    ) -> None:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,200}", name):
            raise StoreError(f"collection name {name!r} must be letters, digits and '_', starting with a letter")
        self.uri = uri
        self.dim = dim
        self.analyze = analyze
        self.name = name
        self.index_type = index_type
        self.index_params = index_params or {}
        self.search_params = search_params or {}
        self.lite = uri.endswith(".db")
        # how often each collection was staged (rewritten) in this process: a reader pinned to
        # a collection that a later build restaged knows its passages are gone (StoreView.intact)
        self.restaged: dict[str, int] = {}
        self._sentences: dict[int, Any] = {}
        try:
            from pymilvus import MilvusClient

            # its errors reach the user as one StoreError sentence; lite also warns on every listing
            logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
            # milvus-lite's in-process server logs a traceback for each RPC it lacks (AllocTimestamp,
            # asked by every id listing, which then works without it)
            logging.getLogger("grpc._server").setLevel(logging.CRITICAL)
        except ImportError:
            raise StoreError("the Milvus store needs pymilvus: pip install 'assistant[milvus]'") from None
        with _lite_failure(uri) if self.lite else contextlib.nullcontext(), _errors(f"connect to {uri}"):
            extra = {"token": token} if token else {}
            self.client = MilvusClient(uri=uri, timeout=connect_timeout, **extra)

    def close(self) -> None:
        """Disconnect (and stop milvus-lite's in-process server, freeing its .db folder)."""
        self.client.close()
        if self.lite:
            from milvus_lite.server_manager import server_manager_instance

            server_manager_instance.release_server(self.uri)

    def __enter__(self) -> MilvusBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ generations

    def _store(self, collection: str, dim: int | None = None) -> MilvusVectorStore:
        return MilvusVectorStore(self.client, collection, dim or self.dim, self.analyze, self.search_params)

    def with_dim(self, dim: int) -> MilvusBackend:
        """The same client and collections for vectors of another dimension (a new model)."""
        import copy

        other = copy.copy(self)  # shares the client, `restaged` and the sentence stores
        other.dim = dim
        return other

    def sentences(self) -> Any:
        """The collection `<name>_sentences_<dim>`: sentence vectors by content hash (`milvus_sentences`)."""
        from .milvus_sentences import MilvusSentenceStore

        store = self._sentences.get(self.dim)
        if store is None:
            store = self._sentences[self.dim] = MilvusSentenceStore(
                self.client, f"{self.name}_sentences_{self.dim}", self.dim, lite=self.lite
            )
        return store

    def in_force(self) -> str | None:
        """The collection the alias names, None before the first publish."""
        with _errors(f"read alias {self.name}"):
            if self.name not in self.client.list_aliases().get("aliases", []):
                return None
            return str(self.client.describe_alias(self.name)["collection_name"])

    def current(self) -> MilvusGeneration | None:
        """The generation in force, pinned: a later publish does not change what it reads."""
        collection = self.in_force()
        if collection is None:
            return None
        with _errors(f"load collection {collection}"):
            self.client.load_collection(collection)  # a no-op when loaded; a reopened .db starts released
            dim = self._dim_of(collection)  # what it holds, which a new model's vectors may not match
        return MilvusGeneration(self._store(collection, dim))

    def stage(self, *, fresh: bool = False) -> MilvusGeneration:
        """The collection not in force, to be brought up to date and published.

        It holds what it held two builds ago (or a crashed build's part), so a build diffs
        against its actual ids; `fresh` (new model or settings) empties it first.
        """
        current = self.in_force()
        collection = f"{self.name}_b" if current == f"{self.name}_a" else f"{self.name}_a"
        self.restaged[collection] = self.restaged.get(collection, 0) + 1
        with _errors(f"prepare collection {collection}"):
            exists = self.client.has_collection(collection)
            if exists and (fresh or self._dim_of(collection) != self.dim):
                self.client.drop_collection(collection)
                exists = False
            if not exists:
                self._create(collection)
            # unreadable after a killed build: not in force (readers use the other), so start it again
            load_or_recreate(self.client, collection, lambda: self._create(collection))
        return MilvusGeneration(self._store(collection))

    def publish(self, generation: Generation) -> str:
        """Swap the alias to `generation` in one metadata operation; returns its collection."""
        if not isinstance(generation, MilvusGeneration):
            raise StoreError(f"cannot publish {type(generation).__name__} into Milvus")
        collection = generation.name
        with _errors(f"publish collection {collection}"):
            # seal the written rows into indexed segments: lite otherwise rebuilds a snapshot of
            # its whole memtable on every search (~0.4 s at 3k rows), a server indexes sealed segments
            self.client.flush(collection)
            if self.in_force() is None:
                self.client.create_alias(collection, self.name)
            else:
                self.client.alter_alias(collection, self.name)
        return collection

    def _dim_of(self, collection: str) -> int | None:
        for field in self.client.describe_collection(collection).get("fields", []):
            if field.get("name") == "vector":
                return int(field.get("params", {}).get("dim", 0))
        return None

    def _create(self, collection: str) -> None:
        from pymilvus import DataType, Function, FunctionType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False)
        schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=64)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=self.dim)
        schema.add_field("text", DataType.VARCHAR, max_length=65_535)
        # lite knows "standard" (\w+) only; a server splits on white space, which keeps "5_2_" whole too
        tokenizer = "standard" if self.lite else "whitespace"
        schema.add_field(
            "terms", DataType.VARCHAR, max_length=65_535, enable_analyzer=True, analyzer_params={"tokenizer": tokenizer}
        )
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=1024)
        schema.add_field("language", DataType.VARCHAR, max_length=16)
        schema.add_field("date", DataType.VARCHAR, max_length=32)
        schema.add_field("publisher", DataType.VARCHAR, max_length=512)
        schema.add_field(
            "countries", DataType.ARRAY, element_type=DataType.VARCHAR, max_capacity=MAX_COUNTRIES, max_length=128
        )
        schema.add_function(
            Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["terms"], output_field_names=["sparse"])
        )
        def params(values: dict[str, Any]) -> dict[str, Any]:
            # pymilvus sends index parameters as flat keys, which a server reads; milvus-lite
            # 3.2.2 reads only a JSON "params" key (else BM25 runs with k1 1.5): send both
            return {**values, "params": dict(values)} if self.lite and values else dict(values)

        index = self.client.prepare_index_params()
        index.add_index("vector", index_type=self.index_type, metric_type="IP", params=params(self.index_params))
        index.add_index(
            "sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25", params=params({"bm25_k1": BM25_K1, "bm25_b": BM25_B})
        )
        for field in ("doc_id", "language", "date", "publisher"):
            if not self.lite:  # scalar indexes speed filters on a server; lite filters by scan
                index.add_index(field, index_type="INVERTED")
        create_loaded(self.client, collection, schema, index, lite=self.lite)
