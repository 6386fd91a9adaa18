"""The on-disk index: generations of plain files, a manifest, checksums, a build lock, atomic swaps."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .errors import (
    BuildFailedError,
    BuildLockedError,
    CorruptIndexError,
    IndexNotFoundError,
    IndexUnavailableError,
)
from .lexical import BM25Index
from .records import Chunk, Document, Section
from .sentences import SentenceTable
from .vectors import VectorIndex

__all__ = [
    "SCHEMA_VERSION",
    "Manifest",
    "LoadedIndex",
    "build_lock",
    "read_manifest",
    "write_generation",
    "load_index",
    "manifest_differences",
    "clean_leftovers",
]

SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
LOCK = ".build.lock"
CHECKSUM_MAX_BYTES = 512 * 1024 * 1024  # larger files are checked by size only
REBUILD_HINT = "run `assistant build --force` to rebuild it"
GENERATION = re.compile(r"^g\d{8}-\d{6}-[0-9a-f]{8}$")  # the name of a generation folder


@dataclass(frozen=True)
class Manifest:
    """What an index was built from and of: written last, read first."""

    generation: str
    built_at: str
    package_version: str
    settings: dict[str, Any]  # the index fingerprint of Settings plus cleaning version and dim
    vector_kind: str
    n_chunks: int
    documents: dict[str, dict[str, Any]]  # source -> {doc_id, raw_hash, chunks, title}
    skipped: dict[str, dict[str, str]]  # source -> {raw_hash, reason}
    metadata_hash: str
    files: dict[str, dict[str, Any]]  # name -> {bytes, sha256}
    build: dict[str, Any] = field(default_factory=dict)  # the build report
    store: dict[str, Any] = field(default_factory=lambda: {"backend": "faiss"})  # StoreSpec.describe()
    schema_version: int = SCHEMA_VERSION

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Manifest":
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


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

    def sentence_vectors_by_hash(self) -> dict[str, np.ndarray]:
        """Stored sentence vectors keyed by the hash of the sentence text (for reuse)."""
        from .chunking import text_hash

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


def read_manifest(index_dir: Path) -> Manifest:
    """The manifest in force, or IndexNotFoundError / CorruptIndexError."""
    path = Path(index_dir) / MANIFEST
    if not path.is_file():
        raise IndexNotFoundError(f"no index in {index_dir}: run `assistant build` first")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest.from_json(data)
    except (OSError, MemoryError) as exc:
        raise _unavailable(path, exc) from None
    except (ValueError, TypeError, AttributeError, UnicodeDecodeError):
        raise CorruptIndexError(f"the index manifest {path} is damaged: {REBUILD_HINT}") from None
    if manifest.schema_version != SCHEMA_VERSION:
        raise CorruptIndexError(
            f"the index in {index_dir} has schema version {manifest.schema_version}, "
            f"this assistant reads version {SCHEMA_VERSION}: {REBUILD_HINT}"
        )
    if not _well_formed(manifest):
        raise CorruptIndexError(f"the index manifest {path} is damaged (fields of the wrong shape): {REBUILD_HINT}")
    missing = [name for name in REQUIRED_FILES if name not in manifest.files]
    if missing or not any(name.startswith("bm25/") for name in manifest.files):
        raise CorruptIndexError(
            f"the index in {index_dir} lacks {', '.join(missing) or 'its BM25 files'} "
            f"(written by another version of the assistant, or edited): {REBUILD_HINT}"
        )
    return manifest


# files every generation has (BM25's own files sit in bm25/ and are checked through `files`)
REQUIRED_FILES = (
    "documents.jsonl",
    "chunks.jsonl",
    "vectors.npy",
    "dense.faiss",
    "sentence_vectors.npy",
    "sentence_spans.npy",
    "sentence_ptr.npy",
)


def _well_formed(m: Manifest) -> bool:
    """Field types a reader relies on; the generation name can never leave the index folder."""
    return (
        isinstance(m.generation, str)
        and bool(GENERATION.match(m.generation))
        and isinstance(m.n_chunks, int)
        and isinstance(m.vector_kind, str)
        and all(isinstance(x, dict) for x in (m.settings, m.documents, m.skipped, m.files))
        and all(
            isinstance(info, dict)
            and isinstance(info.get("bytes"), int)
            and isinstance(info.get("sha256"), str)
            and ".." not in Path(name).parts
            for name, info in m.files.items()
        )
        and all(isinstance(d, dict) and "raw_hash" in d for d in (*m.documents.values(), *m.skipped.values()))
    )


def _unavailable(where: Path, exc: BaseException) -> IndexUnavailableError:
    """A passing failure to read the index (no memory, too many open files, I/O), named as such.

    These say nothing about the files themselves, so they never count as corruption: nothing
    is rebuilt, and a process serving an index keeps serving it.
    """
    if isinstance(exc, MemoryError):
        cause = "out of memory"
    elif isinstance(exc, OSError):
        cause = exc.strerror or " ".join(str(exc).split()) or type(exc).__name__
        if exc.errno is not None and exc.errno in errno.errorcode:
            cause = f"{cause} ({errno.errorcode[exc.errno]})"
    else:
        cause = type(exc).__name__
    return IndexUnavailableError(
        f"the index in {where} cannot be read right now: {cause}; "
        "the index itself is not damaged, try again later"
    )


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


def manifest_differences(
    manifest: Manifest, fingerprint: dict[str, Any], sources: dict[str, str], skipped: dict[str, str], metadata_hash: str
) -> list[str]:
    """Every way the index differs from the current settings and corpus, one phrase each.

    `sources` maps each usable corpus file to its raw hash, `skipped` each skipped one.
    """
    out: list[str] = []
    for key in sorted(set(fingerprint) | set(manifest.settings)):
        old, new = manifest.settings.get(key), fingerprint.get(key)
        if old != new:
            out.append(f"setting {key} was {old!r}, is now {new!r}")
    indexed = {s: d["raw_hash"] for s, d in manifest.documents.items()}
    indexed.update({s: d["raw_hash"] for s, d in manifest.skipped.items()})
    current = dict(sources)
    current.update(skipped)
    for source in sorted(set(indexed) | set(current)):
        if source not in current:
            out.append(f"{source} was removed")
        elif source not in indexed:
            out.append(f"{source} was added")
        elif indexed[source] != current[source]:
            out.append(f"{source} changed")
    if manifest.metadata_hash != metadata_hash:
        out.append("corpus metadata.json changed")
    return out
