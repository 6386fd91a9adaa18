"""The index manifest: what a generation was built from and of, read and checked before anything else."""

from __future__ import annotations

import errno
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import CorruptIndexError, IndexNotFoundError, IndexUnavailableError

__all__ = ["GENERATION", "MANIFEST", "REBUILD_HINT", "REQUIRED_FILES", "SCHEMA_VERSION", "Manifest", "manifest_differences",
           "read_manifest"]

SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
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
