"""BEIR folders (corpus, queries, qrels) indexed in memory and searched by the full pipeline, scored on qrels."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from ..ingest.language import detect_language
from .metrics import qrels_metrics, qrels_per_query

if TYPE_CHECKING:
    from ..embedding import Embedder
    from ..store.index import LoadedIndex
    from ..records import Document
    from ..settings import Settings

__all__ = ["BEIR_CHUNK_POOL", "BEIR_DEPTH", "BeirReport", "BeirSet", "evaluate_beir", "index_documents", "load_beir"]

BEIR_DEPTH = 100  # documents per query in the run (Recall@100)
BEIR_CHUNK_POOL = 300  # chunks asked per query, so that at least BEIR_DEPTH documents remain


@dataclass(frozen=True)
class BeirSet:
    """A BEIR folder read into documents, the split's judged queries and their qrels."""

    folder: Path
    split: str
    documents: tuple[Document, ...]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]


@dataclass(frozen=True)
class BeirReport:
    """nDCG@10, Recall@100, MRR@10 of the full pipeline (and of its dense and BM25 halves alone)."""

    metrics: dict[str, float]
    n_documents: int
    n_chunks: int
    n_sentences: int
    n_queries: int
    index_seconds: float
    search_seconds: float
    settings: dict[str, Any] = field(default_factory=dict)
    # query id -> its metrics, "rank" of the first relevant document (None past the depth), "first" document
    per_query: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "metrics": {key: round(value, 4) for key, value in self.metrics.items()},
            "documents": self.n_documents,
            "chunks": self.n_chunks,
            "sentences": self.n_sentences,
            "queries": self.n_queries,
            "index_seconds": round(self.index_seconds, 1),
            "search_seconds": round(self.search_seconds, 1),
            "settings": self.settings,
        }


def _beir_jsonl(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    from .questions import _fail, _jsonl  # reading JSONL with one-sentence errors, as question sets are read

    for where, data in _jsonl(path):
        if not isinstance(data, dict) or not isinstance(data.get("_id"), (str, int)):
            raise _fail(where, "each line must be a JSON object with an '_id'")
        yield where, data


def load_beir(folder: Path | str, split: str = "test") -> BeirSet:
    """Read corpus.jsonl, queries.jsonl and qrels/<split>.tsv (any line ends); keep judged queries."""
    from .questions import _fail
    from ..records import Document

    folder = Path(folder)
    if not folder.is_dir():
        raise EvaluationError(f"BEIR folder {folder} does not exist")
    documents: list[Document] = []
    seen: set[str] = set()
    for where, data in _beir_jsonl(folder / "corpus.jsonl"):
        doc_id = str(data["_id"])
        text, title = data.get("text", ""), data.get("title", "") or ""
        if not isinstance(text, str) or not isinstance(title, str):
            raise _fail(where, "'title' and 'text' must be strings")
        if doc_id in seen:
            raise _fail(where, f"document id {doc_id!r} appears twice")
        seen.add(doc_id)
        documents.append(
            Document(
                doc_id=doc_id,
                source=f"{folder.name}/corpus.jsonl#{doc_id}",
                title=title.strip(),
                text=text,  # the abstract; the title is indexed by BM25 with it (0.739 vs 0.736 nDCG@10 as a first line)
                raw_hash=hashlib.sha256(f"{title}\n{text}".encode()).hexdigest(),
                language=detect_language(f"{title}\n{text}"),  # as the corpus loader records it
            )
        )
    if not documents:
        raise EvaluationError(f"{folder / 'corpus.jsonl'} holds no document")
    texts: dict[str, str] = {}
    for where, data in _beir_jsonl(folder / "queries.jsonl"):
        if not isinstance(data.get("text"), str):
            raise _fail(where, "a query needs a 'text' string")
        if str(data["_id"]) in texts:
            raise _fail(where, f"query id {str(data['_id'])!r} appears twice")
        texts[str(data["_id"])] = data["text"]

    qrels_path = folder / "qrels" / f"{split}.tsv"
    try:
        lines = qrels_path.read_text(encoding="utf-8-sig").splitlines()  # splitlines: CRLF as well as LF
    except FileNotFoundError:
        raise EvaluationError(f"BEIR qrels {qrels_path} does not exist (is --split right?)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"BEIR qrels {qrels_path} cannot be read ({exc})") from None
    qrels: dict[str, dict[str, int]] = {}
    for number, line in enumerate(lines, 1):
        cells = line.strip().split("\t")
        if not line.strip() or (number == 1 and not cells[-1].strip().lstrip("-").isdigit()):
            continue  # blank line or the "query-id corpus-id score" header
        where = f"{qrels_path}:{number}"
        if len(cells) == 4:  # TREC style: qid 0 docid rel
            cells = [cells[0], cells[2], cells[3]]
        if len(cells) != 3 or not cells[2].strip().lstrip("-").isdigit():
            raise _fail(where, "expected 'query-id<TAB>corpus-id<TAB>score'")
        qid, doc_id, rel = cells[0].strip(), cells[1].strip(), int(cells[2])
        if qid not in texts:
            raise _fail(where, f"query {qid!r} is not in queries.jsonl")
        if doc_id not in seen:  # it could never be retrieved: Recall and nDCG would be capped in silence
            raise _fail(where, f"document {doc_id!r} is not in corpus.jsonl")
        qrels.setdefault(qid, {})[doc_id] = rel
    qrels = {q: docs for q, docs in qrels.items() if any(r > 0 for r in docs.values())}
    if not qrels:
        raise EvaluationError(f"{qrels_path} judges no query relevant")
    return BeirSet(folder, split, tuple(documents), {q: texts[q] for q in qrels}, qrels)


def index_documents(
    documents: Sequence[Document], settings: Settings, embedder: Embedder, *, progress: bool = False
) -> LoadedIndex:
    """An in-memory index of `documents`, through the build's public API (`build.index_documents`)."""
    from .. import build

    return build.index_documents(documents, settings, embedder, progress=progress)


def _documents_by_best_chunk(index: LoadedIndex, rows_scores: Iterable[tuple[int, float]], depth: int) -> dict[str, float]:
    """Each document scored by its best chunk (max), the `depth` best documents kept."""
    best: dict[str, float] = {}
    for row, value in rows_scores:
        doc = index.chunks[row].doc_id
        if doc not in best or value > best[doc]:
            best[doc] = float(value)
    return dict(sorted(best.items(), key=lambda item: -item[1])[:depth])


def evaluate_beir(
    beir: BeirSet,
    settings: Settings,
    embedder: Embedder,
    *,
    depth: int = BEIR_DEPTH,
    chunk_pool: int = BEIR_CHUNK_POOL,
    progress: bool = False,
    notify: Callable[[str], None] | None = None,
) -> BeirReport:
    """Index the BEIR corpus in memory, run every judged query through the Retriever, score with qrels.

    The candidate pool is raised to `chunk_pool` chunks so that Recall@`depth` is meaningful;
    the dense-only and BM25-only runs over the same index are reported beside the fused one.
    """
    from ..embedding import encode_queries
    from ..search.retrieval import Retriever

    from ..store import own_collection

    say = notify or (lambda message: None)
    # through Milvus too, when the store is Milvus, but in a collection of its own: never published
    # in place of the passages the app and other readers of the store's collection search
    settings = settings.replace(candidates=max(settings.candidates, chunk_pool), store=own_collection(settings.store, "beir"))
    started = time.perf_counter()
    say(f"indexing {len(beir.documents):,} documents of {beir.folder}")
    index = index_documents(beir.documents, settings, embedder, progress=progress)
    index_seconds = time.perf_counter() - started
    indexed = {chunk.doc_id for chunk in index.chunks}
    empty = [d.doc_id for d in beir.documents if d.doc_id not in indexed]
    if empty:  # nothing of theirs can be retrieved: a judged one lowers every metric of its queries
        judged = sorted({doc for docs in beir.qrels.values() for doc, rel in docs.items() if rel > 0} & set(empty))
        say(f"{len(empty)} document(s) have no text to index and can never be retrieved"
            + (f", {len(judged)} of them judged relevant ({', '.join(judged[:5])}{' ...' if len(judged) > 5 else ''})"
               if judged else "") + f": {', '.join(empty[:5])}{' ...' if len(empty) > 5 else ''}")
    say(
        f"indexed {len(index.chunks):,} chunks ({len(index.sentences.vectors) if index.sentences else 0:,} "
        f"sentences) in {index_seconds:.0f} s; searching {len(beir.queries)} queries"
    )

    started = time.perf_counter()
    qids = list(beir.queries)
    query_vectors = encode_queries(embedder, [beir.queries[q] for q in qids])  # as `ask` encodes them
    retriever = Retriever(index, embedder, settings)
    view = retriever.store
    runs: dict[str, dict[str, dict[str, float]]] = {"": {}, "dense/": {}, "bm25/": {}}
    n = len(index.chunks)
    from tqdm import tqdm

    bar = tqdm(zip(qids, query_vectors), total=len(qids), desc="queries", unit="q", disable=not progress)
    for qid, vector in bar:
        query = beir.queries[qid]
        candidates = retriever.search(query, chunk_pool, query_vector=vector)
        runs[""][qid] = _documents_by_best_chunk(index, ((c.row, c.score) for c in candidates), depth)
        # the dense-only and BM25-only runs through the same store view as the fused one
        rows = view.dense(vector, min(n, chunk_pool))
        cosines = (view.vectors(rows) @ vector).tolist() if rows else []
        runs["dense/"][qid] = _documents_by_best_chunk(index, zip(rows, cosines), depth)
        rows = view.lexical(query, chunk_pool)
        lexical = view.lexical_scores(query, rows)
        runs["bm25/"][qid] = _documents_by_best_chunk(index, zip(rows, lexical.tolist()), depth)
    search_seconds = time.perf_counter() - started
    metrics: dict[str, float] = {}
    for prefix, run in runs.items():
        for key, value in qrels_metrics(beir.qrels, run).items():
            metrics[prefix + key] = value
    metrics["query_mean_ms"] = 1000.0 * search_seconds / max(1, len(qids))
    per_query: dict[str, dict[str, Any]] = {q: {} for q in qids}
    for name, values in qrels_per_query(beir.qrels, runs[""]).items():
        for qid in qids:
            per_query[qid][name] = values.get(qid, 0.0)
    for qid in qids:
        ranked = list(runs[""][qid])
        relevant = [i for i, doc in enumerate(ranked, 1) if beir.qrels[qid].get(doc, 0) > 0]
        per_query[qid].update(rank=relevant[0] if relevant else None, first=ranked[0] if ranked else None)
    return BeirReport(
        metrics=metrics,
        n_documents=len(beir.documents),
        n_chunks=n,
        n_sentences=len(index.sentences.vectors) if index.sentences is not None else 0,
        n_queries=len(qids),
        index_seconds=index_seconds,
        search_seconds=search_seconds,
        settings={
            "model_id": embedder.model_id,
            "candidates": settings.candidates,
            "chunk_tokens": settings.chunk_tokens,
            "dense_weight": settings.dense_weight,
            "per_doc_cap": settings.per_doc_cap,
            "split": beir.split,
            "depth": depth,
        },
        per_query=per_query,
    )
