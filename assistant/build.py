"""Incremental build: scan, clean, chunk, embed only sentences not embedded before, write a new generation."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import __version__
from .chunking import ChunkConfig, chunk_document, lexical_text, text_hash
from .ingest.corpus import CorpusScan, load_corpus, scan_corpus
from .build_report import BuildReport, is_redescribed, manifest_facets
from .embedding import Embedder, model_version, segments_of
from .errors import (
    AssistantError,
    BuildFailedError,
    BuildLockedError,
    CorruptIndexError,
    IndexNotFoundError,
    one_line,
    write_failure,
)
from .ingest.facets import FACETS_VERSION
from .ingest.fingerprint import cleaning_code
from .store.index import (
    REBUILD_HINT,
    LoadedIndex,
    Manifest,
    build_lock,
    load_index,
    manifest_differences,
    read_manifest,
    wait_for_build,
    write_generation,
)
from .store.lexical import BM25Index
from .records import Chunk, Document
from .sentences import SentenceTable, chunk_vectors, embed_sentences, split_chunks, titled
from .settings import Settings
from .store.vectors import VectorIndex

__all__ = [
    "Assembled",
    "BuildReport",
    "assemble",
    "build_after_others",
    "build_index",
    "built_for_another_model",
    "check_index",
    "chunk_config",
    "index_documents",
    "index_fingerprint",
    "vector_changes",
]

log = logging.getLogger(__name__)


def chunk_config(settings: Settings) -> ChunkConfig:
    return ChunkConfig(
        target_tokens=settings.chunk_tokens,
        max_tokens=settings.chunk_max_tokens,
        overlap_tokens=settings.chunk_overlap,
        tokenizer=settings.tokenizer,
    )


def index_fingerprint(settings: Settings, embedder: Embedder) -> dict[str, Any]:
    """Everything that decides the index's content besides the corpus itself."""
    from .ingest.cleaning import CLEANING_VERSION
    from .ingest.corpus import DOC_ID_SCHEME

    fingerprint = settings.index_fingerprint()
    fingerprint["model_id"] = embedder.model_id
    fingerprint["dim"] = embedder.dim
    fingerprint["model_version"] = model_version(embedder)
    fingerprint.update(cleaning_version=CLEANING_VERSION, cleaning_code=cleaning_code(), chunker_version=CHUNKER_VERSION,
                       facets_version=FACETS_VERSION, doc_id_scheme=DOC_ID_SCHEME)
    return fingerprint


CHUNKER_VERSION = "7"  # 2: sentence vectors, chunk vector = their mean; 7: overlap counts its separators
# settings whose change makes stored vectors useless (the rest only re-chunk)
_VECTOR_KEYS = ("model_id", "model_version", "dim", "normalize", "max_seq_length")


def vector_changes(built_with: dict[str, Any], fingerprint: dict[str, Any]) -> list[str]:
    """The settings that make an index's vectors useless under `fingerprint` (another model, dimension,
    normalisation...): [] when its vectors can still be searched with today's embedder."""
    # an index from before model_version was recorded: the same model id means the same weights
    return [k for k in _VECTOR_KEYS
            if built_with.get(k) != fingerprint.get(k) and (k in built_with or k != "model_version")]


def built_for_another_model(settings: Settings, embedder: Embedder) -> str:
    """Why the index in force cannot be searched with `embedder` (its vectors are another model's), or ""."""
    built_with = read_manifest(settings.index_dir).settings
    if not vector_changes(built_with, index_fingerprint(settings, embedder)):
        return ""
    return (f"it was built with {built_with.get('model_id')} (dimension {built_with.get('dim')}), "
            f"not {embedder.model_id} (dimension {embedder.dim})")


def build_after_others(
    settings: Settings, embedder: Embedder, notify: Callable[[str], None], *, force: bool = False, wait: bool = True
) -> BuildReport:
    """`build_index` for a reader (which has said why); with `wait`, a build running elsewhere is waited
    for, then this one finds its index up to date (or finishes the job), rather than fail for good."""
    for attempt in range(3):  # a watcher may start the next build as soon as one ends
        try:
            report = build_index(settings, embedder, force=force and attempt == 0)
            log.info("%s", report.summary())
            return report
        except BuildLockedError as exc:
            if not wait or attempt == 2:
                raise
            notify(f"{str(exc).split(';')[0]}: waiting for it to finish")
            wait_for_build(settings.index_dir)
    raise AssertionError("unreachable")  # pragma: no cover


def _file_hashes(scan: CorpusScan) -> tuple[dict[str, str], dict[str, str]]:
    """Raw hashes of the usable and of the skipped files, by source, in one pass (`scan.usable` is made
    on each access: testing every file against it was quadratic, 24 s a no-op build at 6,000 files)."""
    usable = {f.source for f in scan.usable}
    indexed = {f.source: f.raw_hash for f in scan.files if f.source in usable}
    return indexed, {f.source: f.raw_hash for f in scan.files if f.source not in usable}


def check_index(settings: Settings, embedder: Embedder, scan: CorpusScan | None = None) -> list[str]:
    """How the index on disk differs from the corpus and settings ([] when current)."""
    scan = scan or scan_corpus(settings.corpus_dir)
    manifest = read_manifest(settings.index_dir)
    return manifest_differences(
        manifest,
        index_fingerprint(settings, embedder),
        *_file_hashes(scan),
        scan.metadata_hash,
    )


def _previous(
    settings: Settings, fingerprint: dict[str, Any], force: bool
) -> tuple[LoadedIndex | None, list[str], bool]:
    """The index in force (None if missing or damaged), why it cannot be kept as it is,
    and whether its vectors may be reused."""
    try:
        previous = load_index(settings.index_dir)
    except IndexNotFoundError:
        return None, [], False
    except CorruptIndexError as exc:
        why = str(exc).removesuffix(f": {REBUILD_HINT}")
        return None, [f"the previous index cannot be used ({why}): every passage is embedded again"], False
    if force:
        return previous, ["--force: every passage is embedded again"], False
    old = previous.manifest.settings
    changed = vector_changes(old, fingerprint)
    if changed:
        return previous, [
            f"{k} changed from {old.get(k)!r} to {fingerprint.get(k)!r}: every passage is embedded again"
            for k in changed
        ], False
    other = [k for k in sorted(set(fingerprint) | set(old)) if old.get(k) != fingerprint.get(k)]
    return previous, [
        f"{k} changed from {old.get(k)!r} to {fingerprint.get(k)!r}: every document is chunked again "
        "(sentences already embedded keep their vectors)"
        for k in other
    ], True


def _store_record(settings: Settings) -> dict[str, Any]:
    """The store the build was made for (the files always hold the generation; Milvus gets its passages too)."""
    from .store import parse_store

    return parse_store(settings.store).describe()


def build_index(
    settings: Settings, embedder: Embedder, *, force: bool = False, progress: bool = False
) -> BuildReport:
    """Bring `settings.index_dir` up to date with `settings.corpus_dir`, embedding only what changed."""
    started = time.perf_counter()
    scan = scan_corpus(settings.corpus_dir)
    for warning in scan.warnings():
        log.info(warning)  # the report carries them; the CLI prints each once
    from .store.bridge import reusable_sentences

    fingerprint = index_fingerprint(settings, embedder)
    with build_lock(settings.index_dir):
        previous, reasons, reuse = _previous(settings, fingerprint, force)
        # unchanged sentences' vectors: the previous generation's (Milvus: those its collection holds)
        reusable = reusable_sentences(settings, previous, fingerprint) if previous is not None and reuse else {}
        old_docs = previous.manifest.documents if previous else {}
        if previous is not None and not force and not reasons:
            differences = manifest_differences(
                previous.manifest,
                fingerprint,
                *_file_hashes(scan),
                scan.metadata_hash,
            )
            if not differences:
                store = _sync_store(settings, previous)  # a build that died after writing the files
                return BuildReport(
                    docs_unchanged=len(old_docs),
                    chunks_reused=previous.manifest.n_chunks,
                    chunks_total=previous.manifest.n_chunks,
                    seconds=time.perf_counter() - started,
                    skipped=tuple(scan.warnings()),
                    up_to_date=True,
                    generation=previous.manifest.generation,
                    vector_kind=previous.manifest.vector_kind,
                    store=store,
                )

        documents = load_corpus(scan)
        if not documents:
            raise AssistantError(
                f"no readable article in {settings.corpus_dir}: add .txt, .md, .html, .pdf, .docx, .odt, .rtf, .epub, .pptx or .eml files and run `assistant build`"
            )
        try:
            built = assemble(documents, settings, embedder, reusable, progress=progress)
        except AssistantError:
            raise
        except Exception as exc:
            raise BuildFailedError(
                f"embedding failed ({type(exc).__name__}: {one_line(exc)}); the previous index is still in use"
            ) from exc
        chunks, vectors, sentences, dense, bm25 = built.chunks, built.vectors, built.sentences, built.dense, built.bm25
        files = {f.source: f for f in scan.files}
        todo = built.embedded_chunks

        new_hashes = {c.text_hash for c in chunks}
        current = {d.source: d.raw_hash for d in documents}
        details = {
            "added": sorted(s for s in current if s not in old_docs),
            "changed": sorted(s for s in current if s in old_docs and old_docs[s]["raw_hash"] != current[s]),
            "removed": sorted(s for s in old_docs if s not in current),
        }
        redescribed = sorted(
            d.source for d in documents
            if d.source in old_docs and old_docs[d.source]["raw_hash"] == d.raw_hash and is_redescribed(old_docs[d.source], d)
        )
        if redescribed:
            details["metadata"] = redescribed
        per_doc: dict[str, int] = {}
        for c in chunks:
            per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
        seconds = time.perf_counter() - started
        report = BuildReport(
            docs_added=len(details["added"]),
            docs_changed=len(details["changed"]),
            docs_removed=len(details["removed"]),
            docs_unchanged=len(current) - len(details["added"]) - len(details["changed"]),
            docs_redescribed=len(redescribed),
            chunks_embedded=len(todo),
            chunks_reused=len(chunks) - len(todo),
            chunks_removed=sum(c.text_hash not in new_hashes for c in previous.chunks) if previous else 0,
            chunks_total=len(chunks),
            seconds=seconds,
            skipped=tuple(scan.warnings()),
            reasons=tuple(reasons),
            vector_kind=dense.kind,
            details=details,
        )
        try:
            manifest = write_generation(
                settings.index_dir,
                documents=documents,
                chunks=chunks,
                vectors=vectors,
                dense=dense,
                bm25=bm25,
                sentences=sentences,
                manifest_fields={
                    "package_version": __version__,
                    "settings": fingerprint,
                    "documents": {
                        d.source: {"doc_id": d.doc_id, "raw_hash": d.raw_hash, "chunks": per_doc.get(d.doc_id, 0), "title": d.title,
                                   **manifest_facets(d)}
                        for d in documents
                    },
                    "skipped": {
                        source: {"raw_hash": raw_hash, "reason": scan.reason(files[source])}
                        for source, raw_hash in _file_hashes(scan)[1].items()
                    },
                    "metadata_hash": scan.metadata_hash,
                    "build": {},
                    "store": _store_record(settings),
                },
            )
        except Exception as exc:  # OSError, and FAISS reports failed writes as RuntimeError
            need = 2 * vectors.nbytes + sentences.vectors.nbytes + sentences.spans.nbytes
            raise BuildFailedError(
                f"writing the index to {settings.index_dir} failed ({write_failure(exc, settings.index_dir, need)}); "
                "the previous index is still in use"
            ) from exc
        index = LoadedIndex(manifest, settings.index_dir / manifest.generation, built.by_id, chunks, vectors, dense, bm25,
                            sentences)
        store = _sync_store(settings, index)
    return BuildReport(**{**asdict(report), "skipped": report.skipped, "reasons": report.reasons,
                          "seconds": time.perf_counter() - started, "generation": manifest.generation, "store": store})


@dataclass(frozen=True)
class Assembled:
    """A corpus chunked, embedded and indexed in memory: what a generation holds besides its manifest."""

    by_id: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray  # (n_chunks, dim): the mean of each chunk's sentence vectors
    sentences: SentenceTable
    dense: VectorIndex
    bm25: BM25Index
    embedded_chunks: list[int]  # rows of the chunks holding a sentence embedded by this call


def assemble(
    documents: Sequence[Document],
    settings: Settings,
    embedder: Embedder,
    reusable: dict[str, np.ndarray] | Callable[[Sequence[str]], dict[str, np.ndarray]] | None = None,
    *,
    progress: bool = False,
) -> Assembled:
    """Chunk `documents`, embed the sentences not in `reusable` (text hash -> vector, or a function
    of the sentence texts that returns it), build FAISS and BM25."""
    config = chunk_config(settings)
    chunks: list[Chunk] = [c for doc in documents for c in chunk_document(doc, config)]
    by_id = {d.doc_id: d for d in documents}
    sentence_texts, spans, ptr = split_chunks(by_id, chunks)
    if callable(reusable):
        reusable = reusable(sentence_texts)
    sentence_vectors, new_sentences = embed_sentences(
        sentence_texts, lambda texts: embedder.encode_passages(texts, progress=progress), embedder.dim, reusable or {}
    )
    vectors = titled(chunk_vectors(sentence_vectors, ptr, segments_of(embedder) or ()), [by_id[c.doc_id].title for c in chunks],
                     sentence_texts, sentence_vectors, reusable or {}, embedder, settings.title_weight)
    fresh = set(new_sentences)
    todo = [i for i in range(len(chunks)) if any(text_hash(sentence_texts[j]) in fresh for j in range(ptr[i], ptr[i + 1]))]
    return Assembled(
        by_id=by_id,
        chunks=chunks,
        vectors=vectors,
        sentences=SentenceTable(sentence_vectors, spans, ptr),
        dense=VectorIndex.build(vectors, exact_max=settings.exact_search_max),
        bm25=BM25Index.build([lexical_text(by_id[c.doc_id].title, c.section, c.text) for c in chunks]),
        embedded_chunks=todo,
    )


def index_documents(
    documents: Sequence[Document], settings: Settings, embedder: Embedder, *, progress: bool = False
) -> LoadedIndex:
    """An in-memory index of `documents`, assembled as `build_index` assembles a generation (same
    chunking, vectors, FAISS and BM25, and the same fingerprint: model, dimension and versions),
    without touching the disk."""
    built = assemble(documents, settings, embedder, progress=progress)
    manifest = Manifest(
        generation="in-memory",
        built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        package_version=__version__,
        settings=index_fingerprint(settings, embedder),
        vector_kind=built.dense.kind,
        n_chunks=len(built.chunks),
        documents={},
        skipped={},
        metadata_hash="",
        files={},
        store=_store_record(settings),
    )
    return LoadedIndex(manifest, Path("."), built.by_id, built.chunks, built.vectors, built.dense, built.bm25, built.sentences)


def _sync_store(settings: Settings, index: LoadedIndex) -> dict[str, int]:
    """Bring the store `settings.store` names to hold `index`'s passages and publish them there.

    Nothing to do for the FAISS files (the generation just written is the store). For Milvus:
    upserts and deletes by content hash into the staged collection, then the alias swap
    (`store.bridge.attach`); {} when Milvus already held these passages.
    """
    from .store import StoreError, parse_store

    if parse_store(settings.store).backend == "faiss":
        return {}
    from .store.bridge import attach

    try:
        view = attach(index, settings.store)
    except StoreError as exc:
        raise BuildFailedError(
            f"the index files were written but the store could not be brought up to date ({exc}); "
            "the next `assistant build`, or the app when it loads the index, brings it up to date"
        ) from exc
    report = view.report
    return {"upserted": report.upserted, "deleted": report.deleted} if report is not None else {}
