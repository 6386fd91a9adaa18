"""Generations of a store: stage one, bring it up to date by upserts and deletes, publish it at once.

Both backends offer `current()` (the generation in force, pinned), `stage()` (a writable next
generation) and `publish(generation)` (one atomic step: a pointer file replaced by rename for
FAISS, an alias swap for Milvus). `sync` diffs a staged generation against the passages wanted.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from .faiss_store import Bm25sLexicalStore, FaissGeneration, FaissVectorStore
from .protocols import Analyzer, LexicalStore, Payload, StoreError, VectorStore

__all__ = ["Backend", "FaissBackend", "Generation", "SyncReport", "sync"]

POINTER = "CURRENT"
_NAME = re.compile(r"^g\d{8}-\d{6}-[0-9a-f]{8}$")


class Generation(Protocol):
    """A vector store and a lexical store over the same passages, written together."""

    @property
    def name(self) -> str: ...

    @property
    def vectors(self) -> VectorStore: ...

    @property
    def lexical(self) -> LexicalStore: ...

    def write(self, ids: Sequence[str], vectors: np.ndarray, payload: Sequence[Payload]) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...


class Backend(Protocol):
    def current(self) -> Generation | None: ...

    def stage(self, *, fresh: bool = False) -> Generation: ...

    def publish(self, generation: Generation) -> str: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class SyncReport:
    """What `sync` did to a staged generation: rows written (embedded or copied), deleted, kept."""

    embedded: int  # vectors asked of `vectors_for` (new content)
    copied: int  # vectors read from the generation in force (content it already had)
    deleted: int
    kept: int  # rows the staged generation already held as they should be

    @property
    def upserted(self) -> int:
        return self.embedded + self.copied


def sync(
    generation: Generation,
    ids: Sequence[str],
    payload: Sequence[Payload],
    vectors_for: Callable[[list[str]], np.ndarray],
    *,
    reuse: VectorStore | None = None,
    batch: int = 1000,
) -> SyncReport:
    """Make `generation` hold exactly `ids`: delete the others, upsert only the missing ones.

    Ids are content hashes (`keys_for`), so an id already held is already right. A missing
    id's vector comes from `reuse` (the generation in force) when it holds that id, else
    from `vectors_for`, in batches.
    """
    if len(ids) != len(payload):
        raise StoreError(f"sync got {len(ids)} ids but {len(payload)} payloads")
    have = set(generation.vectors.ids())
    want = dict(zip(ids, payload))
    stale = [k for k in have if k not in want]
    todo = [k for k in want if k not in have]
    held = set(reuse.ids()) if reuse is not None and todo else set()
    if stale:
        generation.delete(stale)
    embedded = copied = 0
    for start in range(0, len(todo), batch):
        part = todo[start : start + batch]
        old = [k for k in part if k in held]
        new = [k for k in part if k not in held]
        if old:
            generation.write(old, reuse.fetch(old), [want[k] for k in old])  # type: ignore[union-attr]
            copied += len(old)
        if new:
            generation.write(new, vectors_for(new), [want[k] for k in new])
            embedded += len(new)
    return SyncReport(embedded=embedded, copied=copied, deleted=len(stale), kept=len(want) - len(todo))


class FaissBackend:
    """Generation folders under `folder`; the file CURRENT names the one in force."""

    def __init__(self, folder: Path, dim: int, analyze: Analyzer, *, exact_max: int = 200_000) -> None:
        self.folder = Path(folder)
        self.dim = dim
        self.analyze = analyze
        self.exact_max = exact_max
        self._published: FaissGeneration | None = None  # the last generation this process published

    def close(self) -> None:
        self._published = None

    def in_force(self) -> str | None:
        try:
            name = json.loads((self.folder / POINTER).read_text(encoding="utf-8"))["generation"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return name if isinstance(name, str) and _NAME.match(name) else None

    def current(self) -> FaissGeneration | None:
        name = self.in_force()
        if name is None:
            return None
        return FaissGeneration.load(name, self.folder / name, self.analyze, exact_max=self.exact_max)

    def stage(self, *, fresh: bool = False) -> FaissGeneration:
        """A new generation in memory: a copy of the one in force (empty if `fresh` or none)."""
        name = time.strftime("g%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:8]
        if not fresh and self._published is not None and self._published.name == self.in_force():
            return self._published.copy(name)  # no reload: keeps the analysed BM25 terms
        current = None if fresh else self.current()
        if current is not None and current.vectors.dim == self.dim:
            current.name = name
            return current
        return FaissGeneration(
            name, FaissVectorStore(self.dim, exact_max=self.exact_max), Bm25sLexicalStore(self.analyze)
        )

    def publish(self, generation: Generation) -> str:
        """Write the generation beside the current one, then replace CURRENT in one rename.

        A crash at any point leaves the previous generation in force.
        """
        if not isinstance(generation, FaissGeneration):
            raise StoreError(f"cannot publish {type(generation).__name__} into FAISS files")
        self.folder.mkdir(parents=True, exist_ok=True)
        previous = self.in_force()
        tmp = self.folder / f".tmp-{generation.name}"
        final = self.folder / generation.name
        tmp.mkdir()
        try:
            generation.save(tmp)
            _fsync_tree(tmp)
            os.rename(tmp, final)
            pointer = self.folder / f".{POINTER}.{generation.name}.tmp"
            pointer.write_text(json.dumps({"generation": generation.name}), encoding="utf-8")
            with open(pointer, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(pointer, self.folder / POINTER)  # the atomic swap
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            if self.in_force() != generation.name:
                shutil.rmtree(final, ignore_errors=True)
            raise
        self._published = generation
        keep = {generation.name, previous}
        for path in self.folder.iterdir():  # the previous one stays for readers loading it now
            if path.is_dir() and _NAME.match(path.name) and path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)
            elif path.name.startswith((".tmp-", f".{POINTER}.")):
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
        return generation.name


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
