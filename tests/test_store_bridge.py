"""A built index attached to a store backend answers like the index itself, on both backends."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.build import build_index
from assistant.store.index import load_index
from assistant.search.retrieval import top_k
from assistant.store import bridge

QUESTIONS = [
    "Where did Putin celebrate the alliance?",
    "What did Kazakhstan say about neutrality?",
    "trade turnover with China",
    "water and energy cooperation",
]


@pytest.fixture(params=["faiss", pytest.param("milvus", marks=pytest.mark.milvus)])
def attached(request, settings, fake_embedder, tmp_path: Path):  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    index = load_index(settings.index_dir)
    uri = "faiss" if request.param == "faiss" else f"milvus:///{tmp_path}/milvus/store.db"
    view = bridge.attach(index, uri, folder=tmp_path / "faiss-store")
    yield index, view
    bridge.close_all()


def test_attached_store_searches_like_the_index(attached, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    index, view = attached
    assert view.generation.vectors.count() == len(index.chunks)
    for question in QUESTIONS:
        q = fake_embedder.encode([question])[0]
        exact = (index.vectors @ q)
        rows = view.dense(q, 10)
        assert np.allclose(exact[rows], np.sort(exact)[::-1][:10], atol=1e-5)  # the 10 best, in order
        scores = index.bm25.scores(question)
        lexical = view.lexical(question, 10)
        assert lexical and set(lexical) <= set(np.flatnonzero(scores > 0))
        # same order up to ties; BM25 scores proportional (Milvus keeps the (k1 + 1) factor)
        ours = view.lexical_scores(question, lexical)
        assert np.all(np.diff(ours) <= 1e-4) and np.allclose(ours / ours[0], scores[lexical] / scores[lexical[0]], rtol=1e-3)
        assert set(scores[lexical].round(4)) == set(scores[top_k(scores, len(lexical))].round(4))
    assert np.allclose(view.vectors([3, 0, 3]), index.vectors[[3, 0, 3]], atol=1e-6)


def test_attach_writes_nothing_when_the_store_holds_the_index(attached, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    index, view = attached
    first = view.generation.name
    again = bridge.attach(index, view.store)
    assert again.generation.name == first  # nothing staged, nothing published
    doc = sorted(index.documents)[0]
    rows = [i for i, c in enumerate(index.chunks) if c.doc_id != doc]
    q = fake_embedder.encode([QUESTIONS[0]])[0]
    only = view.dense(q, 50, doc_ids={doc})
    assert only and all(index.chunks[r].doc_id == doc for r in only)
    assert not set(only) & set(rows)


def test_a_rebuild_after_one_changed_article_writes_only_its_passages(attached, settings, fake_embedder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    index, view = attached
    milvus = view.backend == "milvus"
    articles = sorted(settings.corpus_dir / Path(d.source).name for d in index.documents.values())

    def edit_and_attach(path: Path):  # type: ignore[no-untyped-def]
        added = "\n\nIn a later interview the ministry said the corridor talks would resume after the harvest season.\n"
        text = path.read_text(encoding="utf-8")
        cut = text.index("\n", len(text) // 2)  # a paragraph of its own, mid-article
        path.write_text(text[:cut] + added + text[cut:], encoding="utf-8")
        build_index(settings, fake_embedder)
        fresh = load_index(settings.index_dir)
        doc = next(d.doc_id for d in fresh.documents.values() if d.source.endswith(path.name))
        return fresh, doc, bridge.attach(fresh, view.store)

    second, doc2, after2 = edit_and_attach(articles[0])
    third, doc3, after3 = edit_and_attach(articles[1])
    changed3 = {c.chunk_id for c in third.chunks if c.doc_id == doc3}
    changed2 = {c.chunk_id for c in second.chunks if c.doc_id == doc2}
    assert after2.report is not None and after3.report is not None and after3.report.deleted > 0
    if milvus:
        # blue/green: the collection written now last held the first build, so the passages
        # changed by both later builds are rewritten (and nothing else)
        assert after2.report.upserted == len(second.chunks)  # the first rebuild fills the second collection
        assert after3.report.upserted <= len(changed2 | changed3) and after3.report.upserted >= 1
    else:
        assert after3.report.upserted <= len(changed3) and after3.report.upserted >= 1
    assert after3.report.upserted < len(third.chunks) / 2
    assert sorted(after3.generation.vectors.ids()) == sorted(after3.keys)


def test_sentence_vectors_are_fetched_by_id_through_the_seam(attached, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.search.retrieval import Retriever
    from assistant.store.sentence_store import StoredSentences, TableSentences

    index, view = attached
    table = index.sentences
    q = fake_embedder.encode([QUESTIONS[2]])[0]
    rows = list(range(0, len(index.chunks), 3))
    expected_best, expected_where = table.best_per_chunk(rows, q)
    sentences = view.sentences if view.backend == "milvus" else TableSentences(table)
    assert sentences is not None
    best, where = sentences.best_per_chunk(rows, q)
    assert np.allclose(best, expected_best, atol=1e-6) and np.array_equal(where, expected_where)
    assert np.allclose(sentences.vector(int(where[1])), table.vectors[int(where[1])], atol=1e-6)
    retriever = Retriever(index, fake_embedder, settings.replace(store=view.store if view.backend == "milvus" else "faiss"))
    assert isinstance(retriever.sentences, StoredSentences if view.backend == "milvus" else TableSentences)
    if view.backend == "milvus":
        store = view.sentences.store
        unique = set(view.sentences.keys)
        assert view.sentences_written == store.count() == len(unique)  # one row per distinct sentence
        assert np.allclose(store.fetch([view.sentences.keys[5]]), table.vectors[[5]], atol=1e-6)
        with pytest.raises(KeyError, match="not in the store"):
            store.fetch(["no-such-sentence"])
        # an edit upserts only its new sentences; nothing is written when the store holds them
        again = bridge.attach(index, view.store)
        assert again.sentences_written == 0
        article = min(settings.corpus_dir.glob("*.txt"))
        text = article.read_text(encoding="utf-8")
        cut = text.index("\n", len(text) // 2)  # a paragraph of its own, mid-article
        article.write_text(text[:cut] + "\n\nThe ministry said the grain tariff talks would resume in autumn.\n" + text[cut:], encoding="utf-8")
        build_index(settings.replace(store="faiss"), fake_embedder)
        after = bridge.attach(load_index(settings.index_dir), view.store)
        assert 1 <= after.sentences_written <= 2 and after.sentences is not None
        assert store.count() == len(unique) + after.sentences_written


class CountingSentences:
    """A `SentenceVectors` in a dict that counts the ids it is asked for."""

    dim = 8

    def __init__(self) -> None:
        self.rows: dict[str, np.ndarray] = {}
        self.asked: list[str] = []

    def upsert(self, ids, vectors) -> None:  # type: ignore[no-untyped-def]
        self.rows.update(zip(ids, vectors))

    def delete(self, ids) -> None:  # type: ignore[no-untyped-def]
        for key in ids:
            self.rows.pop(key, None)

    def fetch(self, ids) -> np.ndarray:  # type: ignore[no-untyped-def]
        self.asked.extend(ids)
        return np.stack([self.rows[k] for k in ids])

    def count(self) -> int:
        return len(self.rows)

    def ids(self) -> list[str]:
        return list(self.rows)


def test_stored_sentences_rank_like_the_table_and_fetch_each_id_once() -> None:
    from assistant.sentences import SentenceTable
    from assistant.store.sentence_store import SentenceVectors, StoredSentences, sync_sentences

    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(9, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ptr = np.array([0, 3, 3, 6, 9])  # chunk 1 has no sentence; chunks 2 and 3 repeat one sentence
    vectors[6] = vectors[5]
    keys = [f"s{j}" for j in range(9)]
    keys[6] = keys[5]  # the same text: one id
    table = SentenceTable(vectors, np.zeros((9, 2), np.int64), ptr)
    store = CountingSentences()
    assert isinstance(store, SentenceVectors)
    assert sync_sentences(store, keys, vectors) == 8 and sync_sentences(store, keys, vectors) == 0
    stored = StoredSentences(ptr, keys, store)
    query = vectors[4] + 0.1 * vectors[7]
    for rows in ([0, 1, 2, 3], [3, 0], []):
        best, where = stored.best_per_chunk(rows, query)
        expected = table.best_per_chunk(rows, query)
        assert np.allclose(best, expected[0]) and np.array_equal(where, expected[1])
    assert sorted(store.asked) == sorted(set(keys))  # each id fetched once, then kept
    assert np.allclose(stored.vector(6), vectors[5]) and len(store.asked) == 8
