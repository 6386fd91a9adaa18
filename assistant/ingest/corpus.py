"""Corpus loading: find article files, decode them safely, clean them, attach metadata."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .decoding import decode
from .doc_ids import DOC_ID_SCHEME, assign_doc_ids, doc_id_for, title_from_name
from ..errors import CorpusNotFoundError
from .file_kinds import BINARY_HOLDERS, PAGE_HOLDERS, SUFFIXES, UNSUPPORTED, file_kind, is_document_path
from .formats import FORMATS
from .language import detect_language
from .metadata_file import read_metadata
from ..records import Document

__all__ = [
    "DOC_ID_SCHEME", "MAX_DOC_BYTES", "assign_doc_ids", "doc_id_for", "SUFFIXES", "UNSUPPORTED", "file_kind", "is_document_path",
    "CorpusFile", "CorpusScan", "decode", "load_corpus", "scan_corpus",
]

log = logging.getLogger(__name__)

METADATA_FILE = "metadata.json"
MAX_DOC_BYTES = 10 * 1024 * 1024
_BLOCK = 1 << 20  # files are read and hashed in blocks of this size


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
    """Every candidate file of the corpus with its hash, before any decoding or cleaning.

    `load_corpus` may find that a usable file holds no article once cleaned; it records that
    here (see `mark_skipped`), so `usable`, `warnings()` and the manifest's skipped files agree.
    """

    root: Path
    files: tuple[CorpusFile, ...]
    metadata_hash: str
    metadata: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)
    late_skips: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    notes: tuple[str, ...] = field(default=(), compare=False)  # what metadata.json holds that is not used

    @property
    def usable(self) -> tuple[CorpusFile, ...]:
        return tuple(
            f
            for f in self.files
            if f.skip_reason is None and f.duplicate_of is None and f.source not in self.late_skips
        )

    def reason(self, file: CorpusFile) -> str | None:
        """Why `file` is not indexed (None if it is)."""
        if file.skip_reason:
            return file.skip_reason
        if file.duplicate_of:
            return f"same content as {file.duplicate_of}"
        return self.late_skips.get(file.source)

    def mark_skipped(self, source: str, reason: str) -> None:
        """Record a file found unusable while loading (e.g. nothing left after cleaning)."""
        self.late_skips[source] = reason

    def warnings(self) -> list[str]:
        """One line per file that is not indexed, naming it and the reason, then the metadata ignored."""
        return [f"skipped {f.source}: {self.reason(f)}" for f in self.files if self.reason(f)] + list(self.notes)


def _name_key(name: str) -> str:
    """A file name as metadata.json is matched on it: NFC (macOS writes names decomposed, 'е' + U+0308)."""
    return unicodedata.normalize("NFC", name)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _outside_reason(path: Path, root: Path) -> str | None:
    """Why `path` must not be read although it sits in the corpus folder (links leading out)."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "file vanished while scanning"
    except (OSError, RuntimeError):  # a loop of links
        return "symbolic link that cannot be resolved"
    if not target.is_relative_to(root.resolve()):
        return "symbolic link pointing outside the corpus folder"
    if not target.is_file():
        return "not a regular file"
    return None


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """At most `max_bytes` + 1 bytes of a file, read block by block (never a whole huge file)."""
    chunks: list[bytes] = []
    total = 0
    with open(path, "rb") as handle:
        while total <= max_bytes:
            block = handle.read(min(_BLOCK, max_bytes + 1 - total))
            if not block:
                break
            chunks.append(block)
            total += len(block)
    return b"".join(chunks)


def _read_file(path: Path, root: Path, max_bytes: int) -> tuple[bytes | None, int, str | None]:
    """(raw bytes, size on disk, None) of a usable file, or (None, size, the reason it is not)."""
    reason = _outside_reason(path, root)
    if reason:
        return None, 0, reason
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, size, f"too large ({_megabytes(size)}; the limit is {_megabytes(max_bytes)})"
        data = _read_bounded(path, max_bytes)
    except PermissionError:
        return None, 0, "no permission to read it"
    except OSError as exc:
        return None, 0, f"cannot be read ({exc.strerror or exc})"
    if len(data) > max_bytes:  # it grew after stat()
        return None, len(data), f"too large (over the limit of {_megabytes(max_bytes)})"
    return data, len(data), None


def _content_key(data: bytes) -> str:
    """Hash that ignores line endings, a BOM and white space: equal for copies of one article."""
    return _sha256(b" ".join(data.removeprefix(b"\xef\xbb\xbf").split()))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def scan_corpus(root: Path, max_bytes: int = MAX_DOC_BYTES) -> CorpusScan:
    """Hash every document file below `root` (cheap: no decoding, no cleaning).

    Files that cannot be used (links leading out of the folder, unreadable, too large, empty,
    binary) carry a `skip_reason`. Copies of one article are indexed once: the oldest file
    (then the first by name) is kept, the others carry `duplicate_of`.
    """
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise CorpusNotFoundError(f"corpus folder {root} is a file, not a folder: give the folder that holds the articles")
    if not root.is_dir():
        raise CorpusNotFoundError(
            f"corpus folder {root} does not exist: create it and put articles in it (.txt, .md, .html, .mhtml, .pdf, .docx, .odt, .rtf, .epub, .pptx, .eml, .vtt, .srt)"
        )
    found: list[tuple[Path, str, str, int, str | None, str | None]] = []
    for path in sorted(root.rglob("*")):
        if not is_document_path(path, root):
            continue
        if not (path.is_file() or path.is_symlink()):
            continue
        source = (Path(root.name) / path.relative_to(root)).as_posix()
        data, size, reason = _read_file(path, root, max_bytes)
        kind = file_kind(path)
        if data is not None and kind == "unsupported":
            reason = (f"{UNSUPPORTED[path.suffix.lower()]}, a format that is not read: "
                      "save it as .docx, .pdf, .html or .txt")
            data, digest, key = None, _sha256(data), None
        elif data is not None:
            digest = _sha256(data)
            reason = _empty_reason(data) if kind in FORMATS.values() or kind in BINARY_HOLDERS else _binary_reason(data)
            key = _content_key(data) if reason is None else None
        else:
            digest = _sha256(f"{reason}:{size}:{source}".encode())
            key = None
        found.append((path, source, digest, size, reason, key))
    # the oldest copy of an article is the original; later copies are reported as duplicates
    original: dict[str, str] = {}
    for path, source, *_rest, key in sorted(found, key=lambda f: (_mtime(f[0]), f[1])):
        if key is not None:
            original.setdefault(key, source)
    files = tuple(
        CorpusFile(path, source, digest, size, reason, None if key is None or original[key] == source else original[key])
        for path, source, digest, size, reason, key in found
    )
    names = {_name_key(f.path.relative_to(root).as_posix()) for f in files}
    metadata, meta_hash, notes = read_metadata(root / METADATA_FILE, names)
    return CorpusScan(root, files, meta_hash, metadata, notes=tuple(notes))


_BINARY_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable program"),
)


def _empty_reason(data: bytes) -> str | None:
    return "empty file" if not data.strip() else None


def _binary_reason(data: bytes) -> str | None:
    if not data.strip():
        return "empty file"
    head = data[:8192]
    for magic, kind in _BINARY_MAGIC:
        if head.startswith(magic):
            return f"binary file ({kind}), not text"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a byte-order mark
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f")
    if b"\x00" in head or controls > len(head) // 20:
        return "binary file, not text"
    return None


def load_corpus(scan: CorpusScan, max_bytes: int = MAX_DOC_BYTES) -> list[Document]:
    """Decode and clean every usable file of a scan into Documents.

    A file that cannot be read any more, or holds no article text once cleaned, is marked
    skipped in `scan` (with its reason) instead. Lines that recur across the files of one
    folder (one site's menus, mastheads, footers) are dropped as chrome (`boilerplate.py`).
    """
    from .boilerplate import repeated_lines

    read: list[tuple[CorpusFile, bytes, str]] = []
    for file in scan.usable:
        try:
            data = _read_bounded(file.path, max_bytes)
        except FileNotFoundError:
            scan.mark_skipped(file.source, "vanished during the build (moved or deleted?)")
            continue
        except OSError as exc:
            scan.mark_skipped(file.source, f"cannot be read ({exc.strerror or exc})")
            continue
        if len(data) > max_bytes:
            scan.mark_skipped(file.source, f"too large (over the limit of {_megabytes(max_bytes)})")
            continue
        read.append((file, data, SUFFIXES[file.path.suffix.lower()]))
    paged = set(FORMATS.values())
    texts = {file.source: _texts(data, kind) for file, data, kind in read if kind not in paged}
    folders: dict[Path, list[list[str]]] = {}
    for file, _data, _kind in read:
        if file.source in texts:
            folders.setdefault(file.path.parent, []).append(texts[file.source].source.split("\n"))
    repeated = {folder: repeated_lines(docs) if len(docs) >= 2 else frozenset() for folder, docs in folders.items()}
    ids = assign_doc_ids(f.source for f in scan.usable)
    documents: list[Document] = []
    for file, data, kind in read:
        meta = scan.metadata.get(_name_key(file.path.relative_to(scan.root).as_posix()), {})
        loaded = _load_one(
            file, data, kind, meta, doc_id=ids[file.source], texts=texts.get(file.source),
            shared=repeated.get(file.path.parent, frozenset()),
        )
        if isinstance(loaded, str):
            scan.mark_skipped(file.source, loaded)
            continue
        documents.append(loaded)
    return documents


_HTML_PAGE = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class _Texts:
    """A text-format file decoded: its text, the text the cleaner reads, what the file says of itself."""

    raw: str
    source: str  # `cleaning.source_text` of the body
    declared: dict[str, str]  # Markdown front matter (title, date, publisher, ...), an HTML page's title, a mail's headers
    kind: str  # the format read: "html" for a web page saved as .txt


def _texts(data: bytes, kind: str) -> _Texts:
    """Decode a text-format file; Markdown front matter is read apart and kept out of the text."""
    from .cleaning import source_text
    from .front_matter import html_title, marked_post, reader_header, split_front_matter
    from .mail import looks_like_mail, read_mail
    from .saved_pages import read_held_page
    from .subtitles import looks_like_subtitles, read_subtitles

    if kind == "mail" or (kind == "text" and looks_like_mail(data)):  # a letter under its headers (ingest/mail.py)
        mail = read_mail(data)
        if mail is not None:
            return _Texts(mail.text, source_text(mail.text, mail.kind), mail.declared, mail.kind)
        kind = "text"
    page = read_held_page(kind, data)
    if kind in PAGE_HOLDERS and page is None:
        return _Texts("", "", {}, kind)  # `_load_one` says why it is skipped
    raw = page.text if page is not None else decode(data)
    kind = "html" if page is not None else kind
    talk = read_subtitles(raw, cues) if kind in ("subtitles", "text") and (cues := looks_like_subtitles(raw)) else None
    if talk is not None:  # a talk's subtitles, read as its paragraphs (ingest/subtitles.py)
        return _Texts(raw, source_text(talk.text, "text"), talk.declared, "text")
    kind = "text" if kind == "subtitles" else kind
    if kind == "text" and _HTML_PAGE.match(raw):
        kind = "html"  # a page saved from a browser under a .txt name
    body, declared = split_front_matter(raw) if kind == "markdown" else reader_header(raw, "") if kind == "text" else (raw, {})
    if kind == "html":  # the page's <title>; a web archive's address (and its subject when the page has no title)
        title = html_title(raw) or (page.declared.get("title") if page is not None else None)
        declared = {**(page.declared if page is not None else {}), **({"title": title} if title else {})}
    source = source_text(body, kind)
    if kind == "html":  # a post's page: the post its <title> quotes, or its description, is the headline
        source = marked_post(raw, source)
    return _Texts(raw, source, declared, kind)


def _load_one(
    file: CorpusFile, data: bytes, kind: str, meta: dict[str, str], *, doc_id: str | None = None,
    texts: _Texts | None = None, shared: frozenset[str] = frozenset(),
) -> Document | str:
    """One file -> a Document with its facets, or the reason it is skipped.

    `texts` is what `_texts` gives for a text format, `shared` the lines its folder repeats (chrome).
    """
    from .cleaning import clean_source
    from .facets import document_facets, metadata_date
    from .front_matter import fuller_title, page_title

    raw_html: str | None = None
    source: str | None = None  # text formats: the page's lines before cleaning (bylines are cleaned away)
    page_starts: tuple[int, ...] = ()
    embedded: dict[str, str] = {}
    stated_title: str | None = None  # a title the file states as metadata (front matter) beats its headline
    if kind in FORMATS.values():
        from .formats import UnreadableDocument, extract

        try:
            extracted = extract(kind, data)
        except UnreadableDocument as exc:
            return str(exc)
        cleaned, page_starts, embedded = extracted.cleaned, extracted.page_starts, extracted.meta
        if "unread_pages" in embedded:
            log.warning("%s: %s; indexed without them", file.source, embedded["unread_pages"])
    else:
        read = texts if texts is not None else _texts(data, kind)
        if read.kind in PAGE_HOLDERS:
            return PAGE_HOLDERS[read.kind]
        source, embedded, kind = read.source, dict(read.declared), read.kind
        raw_html = read.raw if kind == "html" else None
        stated_title = embedded.get("title") if kind == "markdown" else None
        cleaned = clean_source(source, kind, shared)
    if not cleaned.text.strip():
        return "no article text left after cleaning"
    if meta.get("date") and not metadata_date(meta["date"]):
        log.warning("ignored the date %r of %s in metadata.json: write it as YYYY-MM-DD, YYYY-MM or YYYY", meta["date"], file.source)
        meta = {k: v for k, v in meta.items() if k != "date"}
    headline = fuller_title(cleaned.title, embedded.get("title")) if kind == "html" and cleaned.title else cleaned.title
    title = meta.get("title") or stated_title or headline or page_title(embedded.get("title"), source) \
        or title_from_name(file.path)
    facets = document_facets(cleaned.text, title, meta, embedded, raw_html, source)
    return Document(
        doc_id=doc_id or doc_id_for(file.source),
        source=file.source,
        title=title,
        text=cleaned.text,
        raw_hash=file.raw_hash,
        sections=cleaned.sections,
        publisher=facets.publisher,
        date=facets.date,
        url=meta.get("url") or embedded.get("url"),
        language=facets.language,
        countries=facets.countries,
        page_starts=page_starts,
        credits=cleaned.credits,
    )


def corpus_parent(root: Path) -> Path:
    """Sources are relative to this folder (the repository, for the default corpus)."""
    return Path(os.path.abspath(root)).parent
