"""The embedded backend: FAISS (assistant.store.vectors) for vectors and bm25s for BM25, kept in files.

Nothing to start: a generation is a folder of plain files (`vectors.npy`, `payload.jsonl`,
`dense.faiss`, `bm25/`) that `FaissGeneration.save` writes and `load` reads back. FAISS and
bm25s cannot delete or append in place cheaply, so both stores keep their rows in memory and
rebuild their index lazily, on the first search after a change.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from .vectors import DEFAULT_APPROXIMATE, VectorIndex
from .columns import Columns
from .protocols import Analyzer, Hit, Payload, StoreError, StoreFilter, check_batch, top_k

__all__ = ["FaissVectorStore", "Bm25sLexicalStore", "FaissGeneration"]


class _Rows:
    """Ids and payloads by row; rows stay dense (a delete compacts them)."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.payload: list[Payload] = []
        self.row: dict[str, int] = {}
        self._columns: Columns | None = None

    def columns(self) -> Columns:
        if self._columns is None:
            self._columns = Columns(self.payload)
        return self._columns

    def place(self, ids: Sequence[str], payload: Sequence[Payload]) -> tuple[list[int], list[int], list[int]]:
        """Record ids: positions in `ids` of new ones; positions and rows of those already held."""
        new: list[int] = []
        old: list[int] = []
        old_rows: list[int] = []
        for i, (key, p) in enumerate(zip(ids, payload)):
            row = self.row.get(key)
            if row is None:
                self.row[key] = len(self.ids)
                self.ids.append(key)
                self.payload.append(p)
                new.append(i)
            else:
                self.payload[row] = p
                old.append(i)
                old_rows.append(row)
        self._columns = None
        return new, old, old_rows

    def remove(self, ids: Sequence[str]) -> np.ndarray | None:
        """Drop ids; the boolean mask of the rows kept, or None when none of them was held."""
        gone = [self.row[k] for k in set(ids) if k in self.row]
        if not gone:
            return None
        keep = np.ones(len(self.ids), dtype=bool)
        keep[gone] = False
        self.ids = [k for k, ok in zip(self.ids, keep) if ok]
        self.payload = [p for p, ok in zip(self.payload, keep) if ok]
        self.row = {k: i for i, k in enumerate(self.ids)}
        self._columns = None
        return keep

    def copy(self) -> _Rows:
        out = _Rows()
        out.ids, out.payload, out.row = list(self.ids), list(self.payload), dict(self.row)
        return out

    def lookup(self, ids: Sequence[str]) -> list[int]:
        try:
            return [self.row[k] for k in ids]
        except KeyError as exc:
            raise KeyError(f"passage id {exc.args[0]!r} is not in the store") from None


class FaissVectorStore:
    """`VectorStore` over a `VectorIndex`: exact below `exact_max` vectors, IVF-SQ8 above."""

    def __init__(self, dim: int, *, exact_max: int = 200_000, approximate: str = DEFAULT_APPROXIMATE) -> None:
        self._dim = dim
        self.exact_max = exact_max
        self.approximate = approximate
        self._rows = _Rows()
        self._vectors = np.zeros((0, dim), dtype=np.float32)
        self._pending: list[np.ndarray] = []  # appended blocks not yet joined to _vectors
        self._index: VectorIndex | None = None

    @property
    def dim(self) -> int:
        return self._dim

    @property
    def kind(self) -> str:
        """The FAISS layout searched now (built on demand)."""
        return self._dense().kind

    def copy(self) -> FaissVectorStore:
        """An independent copy (the FAISS index is rebuilt on its first search)."""
        out = FaissVectorStore(self._dim, exact_max=self.exact_max, approximate=self.approximate)
        out._rows = self._rows.copy()
        out._vectors = self._joined().copy()
        return out

    def _joined(self) -> np.ndarray:
        if self._pending:
            self._vectors = np.concatenate([self._vectors, *self._pending])
            self._pending = []
        return self._vectors

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, payload: Sequence[Payload]) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        check_batch(ids, vectors, payload, self._dim)
        new, old, old_rows = self._rows.place(ids, payload)
        if old:
            self._joined()[old_rows] = vectors[old]
        if new:
            self._pending.append(vectors[new] if len(new) < len(ids) else vectors)
        self._index = None

    def delete(self, ids: Sequence[str]) -> None:
        keep = self._rows.remove(ids)
        if keep is not None:
            self._vectors = self._joined()[keep]
            self._index = None

    def _dense(self) -> VectorIndex:
        if self._index is None:
            self._index = VectorIndex.build(self._joined(), exact_max=self.exact_max, approximate=self.approximate)
        return self._index

    def search(self, vector: np.ndarray, k: int, filter: StoreFilter | None = None) -> list[Hit]:
        vector = np.asarray(vector, dtype=np.float32).reshape(-1)
        if self.count() == 0 or k <= 0:
            return []
        if filter is None or filter.empty:
            scores, rows = self._dense().search(vector, k)
            return [Hit(self._rows.ids[int(r)], float(s)) for s, r in zip(scores[0], rows[0]) if r >= 0]
        allowed = np.flatnonzero(self._rows.columns().mask(filter))  # a filter: exact over what passes
        sims = self._joined()[allowed] @ vector
        return [Hit(self._rows.ids[int(allowed[i])], float(sims[i])) for i in top_k(sims, k)]

    def fetch(self, ids: Sequence[str]) -> np.ndarray:
        return self._joined()[self._rows.lookup(ids)]

    def payloads(self, ids: Sequence[str]) -> list[Payload]:
        return [self._rows.payload[r] for r in self._rows.lookup(ids)]

    def count(self) -> int:
        return len(self._rows.ids)

    def ids(self) -> list[str]:
        return list(self._rows.ids)

    def save(self, folder: Path) -> None:
        """Write vectors.npy, payload.jsonl and dense.faiss into `folder` (which must exist)."""
        np.save(folder / "vectors.npy", self._joined())
        with open(folder / "payload.jsonl", "w", encoding="utf-8") as handle:
            for key, p in zip(self._rows.ids, self._rows.payload):
                handle.write(json.dumps({"id": key, **asdict(p)}, ensure_ascii=False) + "\n")
        dense = self._dense()
        dense.save(folder / "dense.faiss")
        (folder / "store.json").write_text(
            json.dumps({"backend": "faiss", "dim": self._dim, "count": self.count(), "kind": dense.kind}),
            encoding="utf-8",
        )

    @classmethod
    def load(cls, folder: Path, *, exact_max: int = 200_000, approximate: str = DEFAULT_APPROXIMATE) -> FaissVectorStore:
        try:
            meta = json.loads((folder / "store.json").read_text(encoding="utf-8"))
            vectors = np.load(folder / "vectors.npy", allow_pickle=False)
            rows = [json.loads(line) for line in (folder / "payload.jsonl").read_text(encoding="utf-8").splitlines()]
            store = cls(int(meta["dim"]), exact_max=exact_max, approximate=approximate)
            ids = [r.pop("id") for r in rows]
            payload = [Payload(**{**r, "countries": tuple(r.get("countries", ()))}) for r in rows]
            dense = VectorIndex.load(folder / "dense.faiss", meta["kind"])
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise StoreError(f"the vector store in {folder} cannot be read ({type(exc).__name__}): rebuild it") from None
        if not (len(ids) == len(vectors) == dense.size == meta["count"]) or vectors.shape[1:] != (store.dim,):
            raise StoreError(f"the vector store in {folder} is inconsistent (ids, vectors and FAISS differ): rebuild it")
        store.upsert(ids, vectors, payload)
        store._joined()
        store._index = dense
        return store


class Bm25sLexicalStore:
    """`LexicalStore` over bm25s (Okapi BM25, k1 1.2, b 0.75) with the project's analyser."""

    def __init__(self, analyze: Analyzer, *, k1: float = 1.2, b: float = 0.75) -> None:
        self.analyze = analyze
        self.k1, self.b = k1, b
        self._rows = _Rows()
        self._terms: dict[str, list[str]] = {}  # analysed texts, so a rebuild analyses only new rows
        self._retriever = None  # bm25s.BM25 over the rows, rebuilt after a change

    def upsert(self, ids: Sequence[str], texts: Sequence[str], payload: Sequence[Payload]) -> None:
        check_batch(ids, None, payload, None)
        if len(texts) != len(ids):
            raise StoreError(f"a lexical upsert has {len(ids)} ids but {len(texts)} texts")
        self._rows.place(ids, [p if p.text == t else _with_text(p, t) for p, t in zip(payload, texts)])
        for key in ids:
            self._terms.pop(key, None)
        self._retriever = None

    def delete(self, ids: Sequence[str]) -> None:
        if self._rows.remove(ids) is not None:
            for key in ids:
                self._terms.pop(key, None)
            self._retriever = None

    def copy(self) -> Bm25sLexicalStore:
        """An independent copy that keeps the analysed terms (bm25s is rebuilt on its first search)."""
        out = Bm25sLexicalStore(self.analyze, k1=self.k1, b=self.b)
        out._rows = self._rows.copy()
        out._terms = dict(self._terms)
        return out

    def _analysed(self, key: str, text: str) -> list[str]:
        terms = self._terms.get(key)
        if terms is None:
            terms = self._terms[key] = self.analyze(text) or [""]
        return terms

    def _bm25(self):
        if self._retriever is None:
            import bm25s

            from .lexical import _quiet_bm25s

            _quiet_bm25s()
            retriever = bm25s.BM25(k1=self.k1, b=self.b)
            rows = self._rows
            retriever.index([self._analysed(k, p.text) for k, p in zip(rows.ids, rows.payload)], show_progress=False)
            self._retriever = retriever
        return self._retriever

    def scores(self, query: str) -> np.ndarray:
        """One BM25 score per row (the order of `ids()`)."""
        if self.count() == 0:
            return np.zeros(0, dtype=np.float32)
        retriever = self._bm25()
        terms = [t for t in self.analyze(query) if t in retriever.vocab_dict]
        if not terms:
            return np.zeros(self.count(), dtype=np.float32)
        return np.asarray(retriever.get_scores(terms), dtype=np.float32)

    def search(self, query: str, k: int, filter: StoreFilter | None = None) -> list[Hit]:
        scores = self.scores(query)
        if len(scores) and filter is not None and not filter.empty:
            scores = np.where(self._rows.columns().mask(filter), scores, 0.0)
        return [Hit(self._rows.ids[int(r)], float(scores[r])) for r in top_k(scores, k) if scores[r] > 0]

    def score(self, query: str, ids: Sequence[str]) -> np.ndarray:
        scores = self.scores(query)
        rows = self._rows.lookup(ids)
        return scores[rows] if len(scores) else np.zeros(len(ids), dtype=np.float32)

    def count(self) -> int:
        return len(self._rows.ids)

    def holding(self, term: str, limit: int) -> list[str]:
        """Ids of the passages holding `term`: its posting list in bm25s's matrix (exact)."""
        if self.count() == 0 or not term:
            return []
        retriever = self._bm25()
        tid = retriever.vocab_dict.get(term)
        if tid is None:
            return []
        indptr, indices = retriever.scores["indptr"], retriever.scores["indices"]
        return [self._rows.ids[int(r)] for r in indices[indptr[tid] : indptr[tid + 1]][:limit]]

    def ids(self) -> list[str]:
        return list(self._rows.ids)

    def save(self, folder: Path) -> None:
        """bm25s's own files in `folder`, with the row order in ids.json."""
        folder.mkdir(parents=True, exist_ok=True)
        if self.count():
            self._bm25().save(str(folder))
        (folder / "ids.json").write_text(json.dumps(self._rows.ids), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, payload: dict[str, Payload], analyze: Analyzer) -> Bm25sLexicalStore:
        """Read it back; `payload` (id -> payload with its text) comes from the vector side's file."""
        store = cls(analyze)
        try:
            ids = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
            rows = [payload[k] for k in ids]
            store.upsert(ids, [p.text for p in rows], rows)
            if ids:
                import bm25s

                from .lexical import _quiet_bm25s

                _quiet_bm25s()
                store._retriever = bm25s.BM25.load(str(folder), load_corpus=False, mmap=False, allow_pickle=False)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"the BM25 files in {folder} cannot be read ({type(exc).__name__}): rebuild them") from None
        if ids and int(store._retriever.scores["num_docs"]) != len(ids):  # type: ignore[attr-defined]
            raise StoreError(f"the BM25 files in {folder} do not match their ids: rebuild them")
        return store


def _with_text(p: Payload, text: str) -> Payload:
    from dataclasses import replace

    return replace(p, text=text)


class FaissGeneration:
    """One generation of the embedded backend: a vector store and a lexical store kept in step."""

    backend = "faiss"

    def __init__(self, name: str, vectors: FaissVectorStore, lexical: Bm25sLexicalStore) -> None:
        self.name = name
        self.vectors = vectors
        self.lexical = lexical

    def write(self, ids: Sequence[str], vectors: np.ndarray, payload: Sequence[Payload]) -> None:
        """Upsert passages on both sides (the lexical side indexes `payload.text`)."""
        self.vectors.upsert(ids, vectors, payload)
        self.lexical.upsert(ids, [p.text for p in payload], payload)

    def delete(self, ids: Sequence[str]) -> None:
        self.vectors.delete(ids)
        self.lexical.delete(ids)

    def copy(self, name: str) -> FaissGeneration:
        return FaissGeneration(name, self.vectors.copy(), self.lexical.copy())

    def save(self, folder: Path) -> None:
        self.vectors.save(folder)
        self.lexical.save(folder / "bm25")

    @classmethod
    def load(cls, name: str, folder: Path, analyze: Analyzer, *, exact_max: int = 200_000) -> FaissGeneration:
        vectors = FaissVectorStore.load(folder, exact_max=exact_max)
        payload = dict(zip(vectors.ids(), vectors.payloads(vectors.ids())))
        return cls(name, vectors, Bm25sLexicalStore.load(folder / "bm25", payload, analyze))
