"""The on-disk index: generations of plain files, checksums, a build lock, atomic swaps (the manifest: `manifest`)."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import BuildFailedError, BuildLockedError, CorruptIndexError
from .lexical import BM25Index
from .manifest import (
    GENERATION,
    MANIFEST,
    REBUILD_HINT,
    SCHEMA_VERSION,
    Manifest,
    _unavailable,
    manifest_differences,
    read_manifest,
)
from ..records import Chunk, Document, Section
from ..sentences import SentenceTable
from .vectors import VectorIndex

__all__ = [
    "GENERATION",
    "MANIFEST",
    "REBUILD_HINT",
    "SCHEMA_VERSION",
    "Manifest",
    "LoadedIndex",
    "build_lock",
    "read_manifest",
    "write_generation",
    "load_index",
    "manifest_differences",
    "clean_leftovers",
    "wait_for_build",
]
LOCK = ".build.lock"
CHECKSUM_MAX_BYTES = 512 * 1024 * 1024  # larger files are checked by size only


@dataclass
class LoadedIndex:
    """An index in memory, ready to search."""

    manifest: Manifest
    folder: Path
    documents: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray  # (n_chunks, dim) float32, row i belongs to chunks[i]
    dense: VectorIndex
    bm25: BM25Index
    sentences: SentenceTable | None = None

    def passage_sentences(self, row: int) -> list[str]:
        """The sentences of passage `row` as the article writes them (the passage whole without a sentence table)."""
        chunk = self.chunks[row]
        if self.sentences is None:
            return [chunk.text]
        text = self.documents[chunk.doc_id].text
        return [text[int(s) : int(e)] for s, e in (self.sentences.spans[j] for j in self.sentences.chunk_sentences(row))]

    def neighbour_sentences(self, row: int, step: int) -> list[str]:
        """The sentences of the passage before (`step` -1) or after (+1) `row` in the same article, or []."""
        other = row + step
        if not 0 <= other < len(self.chunks) or self.chunks[other].doc_id != self.chunks[row].doc_id:
            return []
        return self.passage_sentences(other)

    def sentence_vectors_by_hash(self) -> dict[str, np.ndarray]:
        """Stored sentence vectors keyed by the hash of the sentence text (for reuse)."""
        from ..chunking import text_hash

        if self.sentences is None:
            return {}
        out: dict[str, np.ndarray] = {}
        for row, chunk in enumerate(self.chunks):
            doc_text = self.documents[chunk.doc_id].text
            for j in self.sentences.chunk_sentences(row):
                s, e = self.sentences.spans[j]
                out.setdefault(text_hash(doc_text[int(s) : int(e)]), self.sentences.vectors[j])
        return out


# --------------------------------------------------------------------------- writing


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index's build lock; a second build gets BuildLockedError at once.

    The lock is an flock on `index/.build.lock`: the kernel releases it when its holder dies,
    even by `kill -9`, so a crashed build never blocks the next one. Once the lock is held,
    leftovers of crashed builds are removed.
    """
    index_dir = Path(index_dir)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        handle = open(index_dir / LOCK, "a+")
    except OSError as exc:
        raise BuildFailedError(
            f"cannot write to the index folder {index_dir} ({exc.strerror or exc}); "
            "check that it is writable or choose another with --index"
        ) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise BuildLockedError(
                f"another build ({holder}) is writing {index_dir}; wait for it to finish and try again"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        clean_leftovers(index_dir)
        yield
    finally:
        handle.close()


def wait_for_build(index_dir: Path) -> None:
    """Return once no build holds the index's build lock (at once when none does)."""
    try:
        handle = open(Path(index_dir) / LOCK, "rb")
    except OSError:
        return  # no lock file: no build has ever run here
    with handle:
        fcntl.flock(handle, fcntl.LOCK_SH)  # blocks while a build holds it exclusively
        fcntl.flock(handle, fcntl.LOCK_UN)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(folder)


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_generation(
    index_dir: Path,
    *,
    documents: list[Document],
    chunks: list[Chunk],
    vectors: np.ndarray,
    dense: VectorIndex,
    bm25: BM25Index,
    sentences: SentenceTable,
    manifest_fields: dict[str, Any],
) -> Manifest:
    """Write a new generation beside the current one, then swap the manifest in atomically.

    Must be called under `build_lock`. A crash at any point leaves the previous manifest,
    and so the previous generation, in force.
    """
    generation = time.strftime("g%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:8]
    previous = _generation_in_force(index_dir)
    tmp = index_dir / f".tmp-{generation}"
    tmp.mkdir(parents=True)
    try:
        _write_jsonl(tmp / "documents.jsonl", [_document_json(d) for d in documents])
        _write_jsonl(tmp / "chunks.jsonl", [c.to_json() for c in chunks])
        np.save(tmp / "vectors.npy", np.ascontiguousarray(vectors, dtype=np.float32))
        dense.save(tmp / "dense.faiss")
        bm25.save(tmp / "bm25")
        sentences.save(tmp)
        files = {
            path.relative_to(tmp).as_posix(): {
                "bytes": path.stat().st_size,
                "sha256": _sha256_file(path),
            }
            for path in sorted(tmp.rglob("*"))
            if path.is_file()
        }
        manifest = Manifest(
            generation=generation,
            built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            files=files,
            vector_kind=dense.kind,
            n_chunks=len(chunks),
            **manifest_fields,
        )
        (tmp / MANIFEST).write_text(json.dumps(manifest.to_json(), indent=1), encoding="utf-8")
        _fsync_tree(tmp)
        os.rename(tmp, index_dir / generation)
        pointer = index_dir / f".{MANIFEST}.{generation}.tmp"
        pointer.write_text(json.dumps(manifest.to_json(), indent=1), encoding="utf-8")
        with open(pointer, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(pointer, index_dir / MANIFEST)  # the atomic swap
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(index_dir / generation, ignore_errors=True)
        raise
    try:
        _fsync_dir(index_dir)  # make the swap itself durable; the new index is in force already
    except OSError:
        pass
    # keep the generation just replaced: a reader that read the old manifest a moment ago
    # is still loading it; everything older (or never swapped in) goes
    _collect_garbage(index_dir, keep={g for g in (generation, previous) if g})
    return manifest


def _generation_in_force(index_dir: Path) -> str | None:
    try:
        generation = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))["generation"]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return generation if isinstance(generation, str) and GENERATION.match(generation) else None


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def clean_leftovers(index_dir: Path) -> None:
    """Remove what crashed builds left behind (half-written folders, manifest copies).

    Call only under `build_lock`: nothing but a build writes these names.
    """
    for path in index_dir.glob(".tmp-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in index_dir.glob(f".{MANIFEST}.*.tmp"):
        path.unlink(missing_ok=True)


def _collect_garbage(index_dir: Path, keep: set[str]) -> None:
    """Drop leftovers and every generation folder not in `keep` (the current and previous one)."""
    for path in index_dir.iterdir():
        if path.is_dir() and GENERATION.match(path.name) and path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
    clean_leftovers(index_dir)


def _document_json(doc: Document) -> dict[str, Any]:
    data = asdict(doc)
    data["sections"] = [asdict(s) for s in doc.sections]
    return data


def _document_from_json(data: dict[str, Any]) -> Document:
    sections = tuple(Section(**s) for s in data.pop("sections", []))
    for name in ("countries", "page_starts"):  # JSON lists -> the record's tuples
        if name in data:
            data[name] = tuple(data[name])
    return Document(sections=sections, **data)


# --------------------------------------------------------------------------- reading


def _verify_files(folder: Path, manifest: Manifest, checksums: bool) -> None:
    """Every file the manifest lists is there, with its recorded size (and checksum)."""
    if not folder.is_dir():
        raise CorruptIndexError(f"index folder {folder} named by the manifest is missing: {REBUILD_HINT}")
    for name, info in manifest.files.items():
        path = folder / name
        if not path.is_file():
            raise CorruptIndexError(f"index file {path} is missing: {REBUILD_HINT}")
        size = path.stat().st_size
        if size != info["bytes"]:
            raise CorruptIndexError(
                f"index file {path} has {size} bytes where the manifest records {info['bytes']} "
                f"(truncated or replaced): {REBUILD_HINT}"
            )
        if checksums and size <= CHECKSUM_MAX_BYTES and _sha256_file(path) != info["sha256"]:
            raise CorruptIndexError(
                f"index file {path} does not match its checksum (damaged): {REBUILD_HINT}"
            )


def load_index(index_dir: Path, *, checksums: bool = True) -> LoadedIndex:
    """Load the generation the manifest names, after checking every file against it."""
    index_dir = Path(index_dir)
    manifest = read_manifest(index_dir)
    folder = index_dir / manifest.generation
    try:
        _verify_files(folder, manifest, checksums)
    except (OSError, MemoryError) as exc:
        raise _unavailable(folder, exc) from None
    try:
        documents = [
            _document_from_json(json.loads(line))
            for line in (folder / "documents.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        chunks = [
            Chunk(**json.loads(line))
            for line in (folder / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        vectors = np.load(folder / "vectors.npy", mmap_mode="r", allow_pickle=False)  # paged in on use
        dense = VectorIndex.load(folder / "dense.faiss", manifest.vector_kind)
        bm25 = BM25Index.load(folder / "bm25")
        sentences = SentenceTable.load(folder, mmap=True)
    except CorruptIndexError:
        raise
    except (MemoryError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno is None:  # a reader's complaint about a format
            raise CorruptIndexError(f"index in {folder} cannot be read ({type(exc).__name__}): {REBUILD_HINT}") from None
        raise _unavailable(folder, exc) from None  # no memory, too many open files: not damage
    except Exception as exc:  # a damaged file that still had the right size and no checksum
        raise CorruptIndexError(f"index in {folder} cannot be read ({type(exc).__name__}): {REBUILD_HINT}") from None
    n = len(chunks)
    if not (n == manifest.n_chunks == dense.size == bm25.size == len(vectors) == len(sentences.ptr) - 1):
        raise CorruptIndexError(
            f"index in {folder} is inconsistent (manifest {manifest.n_chunks} chunks, "
            f"{n} chunk records, {dense.size} vectors in FAISS, {len(vectors)} stored vectors, "
            f"{bm25.size} BM25 rows, {len(sentences.ptr) - 1} sentence groups): {REBUILD_HINT}"
        )
    by_id = {d.doc_id: d for d in documents}
    problem = _inconsistency(manifest, by_id, chunks, vectors, dense, sentences)
    if problem:
        raise CorruptIndexError(f"index in {folder} is inconsistent ({problem}): {REBUILD_HINT}")
    return LoadedIndex(
        manifest=manifest,
        folder=folder,
        documents=by_id,
        chunks=chunks,
        vectors=vectors,
        dense=dense,
        bm25=bm25,
        sentences=sentences,
    )


def _inconsistency(
    manifest: Manifest,
    documents: dict[str, Document],
    chunks: list[Chunk],
    vectors: np.ndarray,
    dense: VectorIndex,
    sentences: SentenceTable,
) -> str | None:
    """What does not fit together in a loaded generation (None when all of it does).

    Cheap checks that catch a file swapped in from another generation or a hand-edited
    manifest, so that a damaged index can never serve a passage with the wrong text.
    """
    dim = manifest.settings.get("dim")
    if vectors.ndim != 2 or vectors.dtype != np.float32 or (dim is not None and vectors.shape[1] != dim):
        return f"stored vectors have shape {vectors.shape} and type {vectors.dtype}, the manifest says dimension {dim}"
    if dense.dim != vectors.shape[1]:
        return f"the FAISS index has dimension {dense.dim}, the stored vectors {vectors.shape[1]}"
    ptr, spans, svec = sentences.ptr, sentences.spans, sentences.vectors
    if (
        ptr.ndim != 1 or len(ptr) == 0 or ptr[0] != 0 or np.any(np.diff(ptr) < 0)
        or int(ptr[-1]) != len(spans) or len(spans) != len(svec)
        or (len(svec) and (svec.ndim != 2 or svec.shape[1] != vectors.shape[1]))
    ):
        return "the sentence table does not fit its chunks"
    recorded = {d["doc_id"] for d in manifest.documents.values() if isinstance(d, dict)}
    if recorded != set(documents):
        return "the documents on disk are not those the manifest lists"
    for row, chunk in enumerate(chunks):
        doc = documents.get(chunk.doc_id)
        if doc is None or doc.text[chunk.start : chunk.end] != chunk.text:
            return f"passage {chunk.chunk_id} does not match its document's text"
        a, b = int(ptr[row]), int(ptr[row + 1])
        if b > a and (spans[a:b, 0].min() < chunk.start or spans[a:b, 1].max() > chunk.end):
            return f"the sentences of passage {chunk.chunk_id} lie outside it"
    return None
