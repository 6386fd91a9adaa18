"""Storage backends behind one seam: FAISS + bm25s files (default) or Milvus (lite or a server).

`parse_store("milvus:///data/milvus.db")` reads an `ASSISTANT_STORE` / `--store` value;
`open_backend(spec, folder, dim, analyze)` opens the backend it names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from .generations import Backend
from .protocols import (
    Analyzer,
    Hit,
    LexicalStore,
    Payload,
    StoreError,
    StoreFilter,
    VectorStore,
    keys_for,
    passage_key,
)

__all__ = [
    "Backend",
    "Hit",
    "LexicalStore",
    "Payload",
    "StoreError",
    "StoreFilter",
    "StoreSpec",
    "VectorStore",
    "keys_for",
    "open_backend",
    "own_collection",
    "parse_store",
    "passage_key",
]

DEFAULT_MILVUS_PORT = 19530
_OPTIONS = {"collection", "index", "nprobe", "ef"}  # query parameters a milvus URI may carry


@dataclass(frozen=True)
class StoreSpec:
    """A parsed store setting: the backend and, for Milvus, where and how to reach it."""

    backend: str  # "faiss" or "milvus"
    uri: str = ""  # milvus: a .db path (milvus-lite) or http://host:port (a server)
    token: str = field(default="", repr=False)  # milvus server: "user:password" or an API key
    collection: str = "assistant"
    index: str = ""  # Milvus vector index type ("" = FLAT on lite, HNSW on a server)
    search_params: tuple[tuple[str, int], ...] = ()

    @property
    def lite(self) -> bool:
        return self.backend == "milvus" and self.uri.endswith(".db")

    def describe(self) -> dict[str, str]:
        """What the manifest records (never the token)."""
        if self.backend == "faiss":
            return {"backend": "faiss"}
        return {"backend": "milvus-lite" if self.lite else "milvus", "uri": self.uri, "collection": self.collection}


def parse_store(value: str | None) -> StoreSpec:
    """`faiss` (default), `milvus:///path/to/milvus.db` or `milvus://[user:pw@]host[:port]`.

    Options as query parameters: `?collection=name&index=HNSW&ef=128` (or `index=IVF_FLAT&nprobe=32`).
    A value that is none of these raises StoreError with one sentence saying what is accepted.
    """
    text = (value or "").strip()
    if text in ("", "faiss"):
        return StoreSpec("faiss")
    accepted = "use faiss, milvus:///path/to/milvus.db (milvus-lite) or milvus://host:19530 (a Milvus server)"
    if not text.startswith("milvus://"):
        raise StoreError(f"unknown store {text!r}: {accepted}")
    parts = urlsplit(text)
    options = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = sorted(set(options) - _OPTIONS)
    if unknown:
        raise StoreError(f"unknown store option {unknown[0]!r} in {text!r}: the options are {', '.join(sorted(_OPTIONS))}")
    collection = options.get("collection") or "assistant"
    search: list[tuple[str, int]] = []
    for key in ("nprobe", "ef"):
        if key in options:
            if not options[key].isdigit() or int(options[key]) < 1:
                raise StoreError(f"store option {key} must be a positive whole number, not {options[key]!r}")
            search.append((key, int(options[key])))
    index = options.get("index", "").upper()
    if parts.netloc == "":  # milvus:///abs/path.db
        path = unquote(parts.path)
        if not path.endswith(".db") or path.endswith("/.db"):
            raise StoreError(f"the milvus-lite path {path!r} must name a file ending in .db: {accepted}")
        return StoreSpec("milvus", uri=str(Path(path)), collection=collection, index=index, search_params=tuple(search))
    try:
        host, port = parts.hostname, parts.port or DEFAULT_MILVUS_PORT
    except ValueError:
        raise StoreError(f"the port in {text!r} is not a number from 1 to 65535: {accepted}") from None
    if not host or parts.path not in ("", "/"):
        raise StoreError(f"{text!r} names no Milvus host (or has a path after it): {accepted}")
    token = ""
    if parts.username is not None:
        token = unquote(parts.username) + (":" + unquote(parts.password) if parts.password is not None else "")
    return StoreSpec(
        "milvus", uri=f"http://{host}:{port}", token=token, collection=collection, index=index, search_params=tuple(search)
    )


def own_collection(value: str | None, suffix: str) -> str:
    """The store setting `value` with a collection of its own, `<collection>_<suffix>`; faiss stays faiss.

    For an index that must never be published in place of the one in force: `assistant eval --beir`
    and the evaluation corpora of `eval/corpora.json` are searched through the same Milvus, but in
    their own collections, so that the app and other readers of `<collection>` keep their passages.
    """
    spec = parse_store(value)
    if spec.backend == "faiss":
        return "faiss"
    from urllib.parse import urlencode

    base, _, query = (value or "").strip().partition("?")
    options = dict(parse_qsl(query, keep_blank_values=True))
    options["collection"] = f"{spec.collection}_{suffix}"
    return f"{base}?{urlencode(options)}"


def open_backend(spec: StoreSpec, folder: Path, dim: int, analyze: Analyzer, *, exact_max: int = 200_000) -> Backend:
    """The backend `spec` names: FAISS generations under `folder`, or Milvus collections."""
    if spec.backend == "faiss":
        from .generations import FaissBackend

        return FaissBackend(folder, dim, analyze, exact_max=exact_max)
    from .milvus_backend import MilvusBackend

    if spec.lite:
        Path(spec.uri).parent.mkdir(parents=True, exist_ok=True)
    index = spec.index or ("FLAT" if spec.lite else "HNSW")
    index_params = {"M": 32, "efConstruction": 200} if index == "HNSW" else {"nlist": 1024} if index.startswith("IVF") else {}
    return MilvusBackend(
        spec.uri,
        dim,
        analyze,
        name=spec.collection,
        token=spec.token,
        index_type=index,
        index_params=index_params,
        search_params=dict(spec.search_params),
    )
