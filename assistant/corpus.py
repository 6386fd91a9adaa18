"""Corpus loading: find article files, decode them safely, clean them, attach metadata."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CorpusNotFoundError
from .records import Document

__all__ = ["SUFFIXES", "CorpusFile", "CorpusScan", "scan_corpus", "load_corpus", "decode"]

log = logging.getLogger(__name__)

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
METADATA_FILE = "metadata.json"
MAX_DOC_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class CorpusFile:
    """A candidate document file: where it is, its raw hash, and why it is skipped (if it is)."""

    path: Path
    source: str  # posix path relative to the corpus folder's parent, e.g. "corpus/a.txt"
    raw_hash: str
    size: int
    skip_reason: str | None = None
    duplicate_of: str | None = None


@dataclass(frozen=True)
class CorpusScan:
    """Every candidate file of the corpus with its hash, before any decoding or cleaning."""

    root: Path
    files: tuple[CorpusFile, ...]
    metadata_hash: str
    metadata: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)

    @property
    def usable(self) -> tuple[CorpusFile, ...]:
        return tuple(f for f in self.files if f.skip_reason is None and f.duplicate_of is None)

    def warnings(self) -> list[str]:
        out = [f"skipped {f.source}: {f.skip_reason}" for f in self.files if f.skip_reason]
        out += [
            f"skipped {f.source}: same content as {f.duplicate_of}"
            for f in self.files
            if f.duplicate_of and not f.skip_reason
        ]
        return out


def doc_id_for(source: str) -> str:
    """Stable document id from its path: 'corpus/sub/My Article.txt' -> 'sub/my-article'."""
    path = source.split("/", 1)[1] if "/" in source else source
    stem = path.rsplit(".", 1)[0]
    return re.sub(r"[^a-z0-9/]+", "-", stem.lower()).strip("-") or "document"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_file(path: Path, root: Path, max_bytes: int) -> tuple[bytes | None, str | None]:
    """Raw bytes of a file, or the reason it cannot be used."""
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root.resolve()):
                return None, "symbolic link pointing outside the corpus folder"
        size = path.stat().st_size
        if size > max_bytes:
            return None, f"larger than {max_bytes // (1024 * 1024)} MB"
        with open(path, "rb") as handle:
            return handle.read(), None
    except PermissionError:
        return None, "no permission to read it"
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc})"


def scan_corpus(root: Path, max_bytes: int = MAX_DOC_BYTES) -> CorpusScan:
    """Hash every document file below `root` (cheap: no decoding, no cleaning)."""
    root = Path(root)
    if not root.is_dir():
        raise CorpusNotFoundError(
            f"corpus folder {root} does not exist: create it and put .txt, .md or .html articles in it"
        )
    files: list[CorpusFile] = []
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in SUFFIXES or path.name.startswith("."):
            continue
        if not (path.is_file() or path.is_symlink()):
            continue
        source = (Path(root.name) / path.relative_to(root)).as_posix()
        data, reason = _read_file(path, root, max_bytes)
        digest = _sha256(data) if data is not None else _sha256(f"{reason}:{source}".encode())
        size = len(data) if data is not None else 0
        if data is not None and reason is None:
            reason = _binary_reason(data)
        duplicate = seen.get(digest) if reason is None else None
        if reason is None and duplicate is None:
            seen[digest] = source
        files.append(CorpusFile(path, source, digest, size, reason, duplicate))
    meta_path = root / METADATA_FILE
    metadata: dict[str, dict[str, str]] = {}
    meta_hash = ""
    if meta_path.is_file():
        raw = meta_path.read_bytes()
        meta_hash = _sha256(raw)
        try:
            loaded = json.loads(raw.decode("utf-8"))
            metadata = {str(k): dict(v) for k, v in loaded.items() if isinstance(v, dict)}
        except (ValueError, UnicodeDecodeError):
            log.warning("ignored %s: not valid UTF-8 JSON", meta_path)
    return CorpusScan(root, tuple(files), meta_hash, metadata)


def _binary_reason(data: bytes) -> str | None:
    if not data.strip():
        return "empty file"
    head = data[:8192]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        return "binary file, not text"
    return None


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, else the likeliest legacy code page."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1251", "cp1252", "latin_1", "koi8_r", "cp1250"]).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def load_corpus(scan: CorpusScan) -> list[Document]:
    """Decode and clean every usable file of a scan into Documents."""
    from .cleaning import clean

    documents: list[Document] = []
    for file in scan.usable:
        try:
            raw = decode(file.path.read_bytes())
        except OSError as exc:
            log.warning("skipped %s: cannot be read (%s)", file.source, exc)
            continue
        cleaned = clean(raw, SUFFIXES[file.path.suffix.lower()])
        if not cleaned.text.strip():
            log.warning("skipped %s: no article text left after cleaning", file.source)
            continue
        meta = scan.metadata.get(file.path.relative_to(scan.root).as_posix(), {})
        title = meta.get("title") or cleaned.title or _title_from_name(file.path)
        documents.append(
            Document(
                doc_id=doc_id_for(file.source),
                source=file.source,
                title=title,
                text=cleaned.text,
                raw_hash=file.raw_hash,
                sections=cleaned.sections,
                publisher=meta.get("publisher"),
                date=meta.get("date"),
                url=meta.get("url"),
            )
        )
    return documents


def _title_from_name(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().capitalize() or path.name


def corpus_parent(root: Path) -> Path:
    """Sources are relative to this folder (the repository, for the default corpus)."""
    return Path(os.path.abspath(root)).parent
