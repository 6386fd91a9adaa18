"""Retrieval: dense search, BM25, z-scored fusion with the best-sentence signal, diversity."""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from ..embedding import Embedder, encode_queries
from ..ingest.language import detect_language
from ..settings import Settings
from ..store.index import LoadedIndex
from ..store.lexical import tokenize
from ..store.protocols import top_k
from . import crossterms
from .channels import Channels
from .crossscript import NAMED_SHARE, CrossScriptIndex
from .crossterms import content_words, lift_behind, term_shares

if TYPE_CHECKING:
    from ..store.sentence_store import Sentences

__all__ = ["ROWS_KEPT", "WARM_WORDS", "Candidate", "Retriever", "lexical_feature", "top_k", "zscore"]

WARM_WORDS = 50_000  # distinct words whose vectors the chat computes ahead (2 KB each in the cache)
ROWS_KEPT = 100_000  # passages whose content words are kept for the cross-language term (search/crossterms.py)


@dataclass(frozen=True)
class Candidate:
    """A chunk row of the index with the evidence for it."""

    row: int
    score: float  # the fused score used for ranking
    dense: float  # cosine of the question with the chunk vector
    lexical: float  # BM25 score
    sentence: float = -1.0  # cosine of the question with the chunk's best sentence
    sentence_row: int = -1  # that sentence in the index's SentenceTable (-1: none)
    dense_rank: int | None = None  # 0-based rank in the dense list, None if absent
    lexical_rank: int | None = None
    channel: str = ""  # the model whose cosines these are, with two in the index ("": the embedder's)


class Retriever:
    """Hybrid search over one loaded index; holds no state but the index and the embedder."""

    def __init__(
        self, index: LoadedIndex, embedder: Embedder, settings: Settings, *, cross_language: bool | None = None
    ) -> None:
        # the one search path: a FilesView on the FAISS files, a StoreView on Milvus (store/)
        self.store = _attached_store(index, settings)
        # sentence vectors (best sentence, diversity), fetched by id through the store seam
        self.sentences = _sentences(index, self.store)
        self._files: Retriever | None = None  # Milvus: the same index searched in its files (fallback)
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.recency = _recency(index)  # per chunk row: the article's date as YYYYMMDD (0: undated)
        # a multilingual model compares meaning across languages; BM25 never can (see lexical_feature)
        self.cross_language = _multilingual(embedder) if cross_language is None else cross_language
        self.languages = np.array([index.documents[c.doc_id].language or "" for c in index.chunks], dtype=object)
        self.channels = Channels.for_index(index, embedder)  # None unless the index holds two models' vectors
        self._cross_script: CrossScriptIndex | None = None  # built on the first question over a mixed pool
        self._row_words: dict[int, list[str]] = {}  # content words per passage row (search/crossterms.py)

    def search(
        self,
        query: str,
        k: int,
        *,
        doc_ids: Collection[str] | None = None,
        timings: dict[str, float] | None = None,
        query_vector: np.ndarray | None = None,
    ) -> list[Candidate]:
        """The k best chunks for `query` (restricted to `doc_ids` when given)."""
        timings = timings if timings is not None else {}
        n = len(self.index.chunks)
        if n == 0:
            return []
        pool = max(self.settings.candidates, k)
        if doc_ids and not any(c.doc_id in doc_ids for c in self.index.chunks):
            return []

        t = time.perf_counter()
        if query_vector is None:
            query_vector = self._encode_query(query)
        timings["embed"] = time.perf_counter() - t

        if self.store.intact():
            try:
                ranked = self._search_store(query, k, pool, doc_ids, query_vector, timings)
            except KeyError:  # a passage gone from the collection: see below
                if self.store.intact():
                    raise
            else:
                if self.store.intact():
                    return ranked
        # a later build restaged the Milvus collection this snapshot reads: answer from its own files
        if self._files is None:
            self._files = Retriever(self.index, self.embedder, self.settings.replace(store="faiss"),
                                    cross_language=self.cross_language)
        return self._files.search(query, k, doc_ids=doc_ids, timings=timings, query_vector=query_vector)

    def _search_store(
        self, query: str, k: int, pool: int, doc_ids: Collection[str] | None,
        query_vector: np.ndarray, timings: dict[str, float],
    ) -> list[Candidate]:
        """`search` through the store view: both lists, then BM25 scores and vectors of their rows."""
        t = time.perf_counter()
        dense_rows = self._dense_rows(lambda vector, n: self.store.dense(vector, min(len(self.index.chunks), n), doc_ids),
                                      query_vector, query, pool)
        timings["dense"] = time.perf_counter() - t
        t = time.perf_counter()
        lexical_rows = self.store.lexical(query, pool, doc_ids) + self._naming_rows(query, doc_ids)
        rows = list(dict.fromkeys(dense_rows + lexical_rows))
        lexical = np.zeros(len(self.index.chunks), dtype=np.float32)
        lexical[rows] = self.store.lexical_scores(query, rows)
        timings["bm25"] = time.perf_counter() - t
        return self._fuse(query, k, dense_rows, lexical_rows, lexical, query_vector, timings)

    def _fuse(self, query: str, k: int, dense_rows: list[int], lexical_rows: list[int], lexical: np.ndarray,
              query_vector: np.ndarray, timings: dict[str, float]) -> list[Candidate]:
        """Rank the union of both candidate lists, then keep k diverse passages (timed as "fusion")."""
        t = time.perf_counter()
        ranked = self.rank(dense_rows, lexical_rows, lexical, query_vector, language=self._language(query),
                           query_text=query)
        ranked = self.diversify(ranked, k)
        timings["fusion"] = time.perf_counter() - t
        return ranked

    def _dense_rows(self, search, query_vector: np.ndarray, query: str, k: int) -> list[int]:  # type: ignore[no-untyped-def]
        """The dense candidates: one search, or one per channel (search/channels.py)."""
        if self.channels is None:
            return search(query_vector, k)
        return self.channels.dense_rows(search, query_vector, self.channels.question_is_english(query), k)

    def chunk_vectors(self, rows: list[int]) -> np.ndarray:
        """The vectors of these chunk rows (fetched through the store view: by id on Milvus)."""
        return self.store.vectors(rows)

    def _encode_query(self, query: str) -> np.ndarray:
        """The question's vector; with two models' vectors, the English half only when nothing reads the other.

        An English question over an index of English passages only is compared on the English
        half alone (`Channels.dense_rows` and `Channels.score`), so the multilingual model is
        not run for it. Whether the question is English is `Channels.question_is_english`, as
        for the dense candidates and the scores.
        """
        channels = self.channels
        english_only = getattr(self.embedder, "encode_queries_english", None)
        if channels is not None and channels.all_english and english_only is not None \
                and channels.question_is_english(query):
            return english_only([query])[0]
        return encode_queries(self.embedder, [query])[0]

    def _language(self, query: str) -> str:
        """The question's language when cross-language fusion applies, else "" (fusion as usual)."""
        return detect_language(query) if self.cross_language else ""

    def rank(
        self, dense_rows: list[int], lexical_rows: list[int], lexical: np.ndarray, query_vector: np.ndarray,
        *, language: str = "", query_text: str = "",
    ) -> list[Candidate]:
        """Score the union of both candidate lists by a weighted sum of z-scored features.

        With the question's `language`, passages in another language get their semantic
        score in place of BM25's (see `lexical_feature`). With two models' vectors in the
        index, each pair is scored by its channel (search/channels.py; `query_text` decides
        whether an undetected question counts as English).
        """
        rows = list(dict.fromkeys(dense_rows + lexical_rows))
        sentences = self.sentences
        w, ws = self.settings.dense_weight, self.settings.sentence_weight
        channel = [""] * len(rows)
        english_pairs = np.zeros(len(rows), dtype=bool)
        if self.channels is not None:  # two models' vectors: each pair scored by its channel
            english_question = language == "en" if language else self.channels.question_is_english(query_text)
            scored = self.channels.score(rows, self.chunk_vectors(rows), sentences, query_vector, english_question, ws,
                                         zscore, self.settings.shared_channel_weight)
            dense, best, where, semantic = scored.dense, scored.best, scored.where, scored.semantic
            channel = [self.channels.channel_id(bool(e)) for e in scored.english]
            english_pairs = scored.english
        else:
            dense = self.chunk_vectors(rows) @ query_vector
            if sentences is not None:
                best, where = sentences.best_per_chunk(rows, query_vector)
            else:
                best, where = dense.copy(), np.full(len(rows), -1)
            semantic = (1 - ws) * zscore(dense) + ws * zscore(best)
        bm25 = lexical[rows].astype(np.float32)
        same = cross = terms = None
        if language:
            passage_languages = self.languages[rows]
            same = (passage_languages == language) | (passage_languages == "")
            cross = self._cross_script_feature(query_text, rows, same)
            terms = self._cross_terms_feature(query_text, language, rows, same)
        fused = w * semantic + (1 - w) * lexical_feature(bm25, semantic, same, cross)
        if self.channels is not None and english_pairs.any() and not english_pairs.all():
            # two models' scores in one pool: MiniLM + BM25 for the English pairs, e5 for the others
            fused = fused + self.settings.channel_offset * english_pairs
        if terms is not None and same is not None:  # BM25's share across languages, behind the best same-language one
            fused = lift_behind(fused, (1 - w) * terms, same)
        if same is not None and same.any() and not same.all() and self.settings.sentence_use_weight > 0:
            use = crossterms.best_sentence_similarity(self.index, query_text, rows, where.tolist())
            fused = fused if use is None else fused + self.settings.sentence_use_weight * zscore(use)
        dense_rank = {r: i for i, r in enumerate(dense_rows)}
        lexical_rank = {r: i for i, r in enumerate(lexical_rows)}
        candidates = [  # plain Python numbers first: float(numpy scalar) per field costs more than the rest
            Candidate(row=r, score=f, dense=d, lexical=b, sentence=s, sentence_row=w,
                      dense_rank=dense_rank.get(r), lexical_rank=lexical_rank.get(r), channel=c)
            for r, f, d, b, s, w, c in zip(rows, fused.tolist(), dense.astype(np.float64).tolist(),
                                           bm25.astype(np.float64).tolist(), best.astype(np.float64).tolist(),
                                           where.tolist(), channel)
        ]
        recency = self.recency
        candidates.sort(key=lambda c: (-c.score, -int(recency[c.row]), -c.sentence, c.row))  # the newest wins a tie
        return candidates

    def _naming_rows(self, query: str, doc_ids: Collection[str] | None) -> list[int]:
        """Passages of another language naming the question's names (`CrossScriptIndex.naming`), which BM25 misses."""
        language = self._language(query)
        other = (self.languages != language) & (self.languages != "") & bool(language)
        other &= np.array([c.doc_id in doc_ids for c in self.index.chunks]) if doc_ids else True
        return self.cross_script().naming(query, other, self.settings.cross_script_rows, NAMED_SHARE) if other.any() else []

    def cross_script(self) -> CrossScriptIndex:
        """The names of every passage, for matching across scripts (built on the first mixed pool)."""
        if self._cross_script is None:
            self._cross_script = CrossScriptIndex([c.text for c in self.index.chunks])
        return self._cross_script

    def _cross_script_feature(self, question: str, rows: list[int], same: np.ndarray) -> np.ndarray | None:
        """Per row, cross_script_weight times the share of the question's names it holds (other-language rows only)."""
        weight = self.settings.cross_script_weight
        if weight <= 0 or not question or same.all() or not same.any():
            return None
        other = [r for r, s in zip(rows, same) if not s]
        found = self.cross_script().scores(question, other)
        return weight * np.array([0.0 if s else found.get(r, 0.0) for r, s in zip(rows, same)])

    def _cross_terms_feature(self, question: str, language: str, rows: list[int],
                             same: np.ndarray) -> np.ndarray | None:
        """Per row, cross_terms_weight times the share of the question's words it says in its language,
        each word weighted by its BM25 idf as BM25 weights it (other-language rows only; search/crossterms.py):
        a rare word said across languages counts, "troops" or "Russia" in every other article hardly does."""
        if not self._terms_on() or not question or same.all() or not same.any():
            return None
        vectors = crossterms.word_vectors()  # looked up on the module: tests put a fake word model there
        if vectors is None:
            return None
        other = [r for r, s in zip(rows, same) if not s]
        asked = content_words(question, language)
        weights = np.array([max((self.store.idf(t) for t in tokenize(w)), default=0.0) for w in asked])
        shares = term_shares(asked, [self._words(r) for r in other], vectors, self.settings.cross_language_terms, weights)
        found = dict(zip(other, shares.tolist()))
        return self.settings.cross_terms_weight * np.array([found.get(r, 0.0) for r in rows])

    def _terms_on(self) -> bool:
        """The cross-language term is on: a weight, and a word threshold to read the words with."""
        return self.settings.cross_terms_weight > 0 and self.settings.cross_language_terms > 0

    def warm_words(self, limit: int = WARM_WORDS) -> int:
        """Put the word vectors of the passages' words in the cache now (in the chat's background), so
        that the first questions over a mixed pool do not pay for them: the words of up to `limit`
        distinct words, for an index that mixes languages; the number of words read."""
        if not self._terms_on() or len(set(self.languages) - {""}) < 2:
            return 0
        vectors = crossterms.word_vectors()  # looked up on the module: tests put a fake word model there
        if vectors is None:
            return 0
        seen: dict[str, None] = {}
        for row in range(len(self.index.chunks)):  # passages in order until `limit` distinct words
            seen.update(dict.fromkeys(self._words(row)))
            if len(seen) >= limit:
                break
        words = list(seen)[:limit]
        for start in range(0, len(words), 2000):
            vectors(words[start:start + 2000])
        return len(words)

    def _words(self, row: int) -> list[str]:
        """The content words of a passage, in its language (kept per row once read)."""
        words = self._row_words.get(row)
        if words is None:
            if len(self._row_words) >= ROWS_KEPT:  # a long-running service over a large corpus: start again
                self._row_words.clear()
            language = self.index.documents[self.index.chunks[row].doc_id].language or "en"
            words = self._row_words[row] = content_words(self.index.chunks[row].text, language)
        return words

    def diversify(self, candidates: list[Candidate], k: int) -> list[Candidate]:
        """Best first, but no passage that repeats a better one, and at most `per_doc_cap` per article.

        A repeat is a passage whose best sentence says the same as a chosen passage's (cosine
        above `duplicate_cosine`): the same sentence in two overlapping chunks, or the same fact
        in two articles. Repeats fill up only if fewer than k passages remain.
        """
        cap = self.settings.per_doc_cap
        sentences = self.sentences
        chosen: list[Candidate] = []
        held: list[Candidate] = []
        per_doc: dict[str, int] = {}
        shown_vectors: list[tuple[np.ndarray, int]] = []
        for cand in candidates:
            doc = self.index.chunks[cand.row].doc_id
            vector = None
            if sentences is not None and cand.sentence_row >= 0:
                vector = sentences.vector(cand.sentence_row)
            repeats = vector is not None and any(
                self._cosine(vector, cand.row, v, row) > self.settings.duplicate_cosine for v, row in shown_vectors
            )
            if repeats or per_doc.get(doc, 0) >= cap:
                held.append(cand)
                continue
            chosen.append(cand)
            per_doc[doc] = per_doc.get(doc, 0) + 1
            if vector is not None:
                shown_vectors.append((vector, cand.row))
            if len(chosen) >= k:
                break
        if len(chosen) < k:
            chosen.extend(held[: k - len(chosen)])
        return chosen[:k]

    def _cosine(self, a: np.ndarray, row_a: int, b: np.ndarray, row_b: int) -> float:
        """Two sentence vectors' cosine (with two models' vectors: English for two English passages)."""
        if self.channels is None:
            return float(a @ b)
        english = self.channels.english_rows
        return self.channels.sentence_cosine(a, b, bool(english[row_a] and english[row_b]))


def _recency(index: LoadedIndex) -> np.ndarray:
    """Each chunk row's article date as an integer YYYYMMDD, 0 when the article is undated."""
    by_doc: dict[str, int] = {}
    for doc_id, doc in index.documents.items():
        digits = "".join(ch for ch in (doc.date or "")[:10] if ch.isdigit())
        by_doc[doc_id] = int(digits) if len(digits) == 8 else 0
    return np.array([by_doc.get(c.doc_id, 0) for c in index.chunks], dtype=np.int64)


def lexical_feature(bm25: np.ndarray, semantic: np.ndarray, same_language: np.ndarray | None = None,
                    cross_script: np.ndarray | None = None) -> np.ndarray:
    """The lexical term of the fused score: BM25 z-scored over the pool.

    BM25 cannot match words across languages, so in a pool that mixes passages in the
    question's language (`same_language`) with passages in another, the z-scored BM25 would
    push every other-language passage below the same-language ones, whatever they say
    (on the unseen dev sets, hit@5 0.67 en->ru and 0.70 ru->en). There, BM25 is z-scored among
    the same-language passages only, and each other-language passage takes its semantic
    z-score instead, plus `cross_script` (the weighted share of the question's names it holds in
    another script, search/crossscript.py) when given. A pool in one language only is fused exactly as before.
    """
    if same_language is None or same_language.all() or not same_language.any():
        return zscore(bm25)
    out = np.asarray(semantic, dtype=np.float64).copy()
    if cross_script is not None:
        out[~same_language] += np.asarray(cross_script, dtype=np.float64)[~same_language]
    out[same_language] = zscore(np.asarray(bm25)[same_language])
    return out


def zscore(x: np.ndarray) -> np.ndarray:
    """(x - mean) / std over one candidate pool; zeros when all values are equal."""
    x = np.asarray(x, dtype=np.float64)
    if len(x) == 0:
        return x
    std = x.std()
    return (x - x.mean()) / std if std > 1e-9 else np.zeros_like(x)


def _multilingual(embedder: Embedder) -> bool:
    """Whether the registry marks the embedder's model as multilingual (unknown models: no)."""
    from ..encoders import MODELS

    spec = MODELS.get(getattr(embedder, "model_id", ""))
    return bool(spec and spec.multilingual)


def _sentences(index: LoadedIndex, store: Any) -> Sentences | None:
    """The index's sentences as ranking reads them: from the store when it keeps them, else the files."""
    if store.sentences is not None:
        return store.sentences
    from ..store.sentence_store import TableSentences

    return TableSentences(index.sentences) if index.sentences is not None else None


def _attached_store(index: LoadedIndex, settings: Settings):  # type: ignore[no-untyped-def]
    """The index's passages in the store `settings.store` names: its own files, or Milvus."""
    if settings.store in ("", "faiss"):
        from ..store.files_view import files_view

        return files_view(index)
    from ..store.bridge import attach

    return attach(index, settings.store)
