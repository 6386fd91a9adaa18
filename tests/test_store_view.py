"""One search path: the Retriever, abstention and the evaluations read the index only through its store view."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.abstention import features
from assistant.answer import Assistant
from assistant.build import build_index
from assistant.search.retrieval import Retriever, top_k
from assistant.store.files_view import FilesView, bm25_idf, files_view
from assistant.store.index import load_index
from assistant.store.lexical import tokenize

BOTH_STORES = True  # every test using `store` runs on the FAISS files and on milvus-lite (tests/conftest.py)

QUESTIONS = [
    "What did Kazakhstan say about neutrality?",
    "trade turnover with China",
    "water and energy cooperation in the valley",
]


class _Untouchable:
    """Stands for an array or index object that nothing may read once the retriever exists."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __getattr__(self, attr: str):  # type: ignore[no-untyped-def]
        raise AssertionError(f"index.{self.name}.{attr} read directly, outside the store view")

    def __getitem__(self, key: object):  # type: ignore[no-untyped-def]
        raise AssertionError(f"index.{self.name}[...] read directly, outside the store view")

    def __matmul__(self, other: object):  # type: ignore[no-untyped-def]
        raise AssertionError(f"index.{self.name} @ ... read directly, outside the store view")

    __rmatmul__ = __matmul__


def _hide_arrays(index) -> None:  # type: ignore[no-untyped-def]
    for name in ("dense", "vectors", "bm25"):
        setattr(index, name, _Untouchable(name))


def _results(retriever: Retriever, doc_ids=None) -> list[list[tuple[int, float]]]:  # type: ignore[no-untyped-def]
    return [[(c.row, round(c.score, 5)) for c in retriever.search(q, 5, doc_ids=doc_ids)] for q in QUESTIONS]


@pytest.fixture
def built(settings, fake_embedder):  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    return load_index(settings.index_dir)


def test_retriever_never_reads_the_index_arrays(built, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    retriever = Retriever(built, fake_embedder, settings)
    doc = sorted(built.documents)[1]
    before, filtered = _results(retriever), _results(retriever, {doc})
    _hide_arrays(built)
    assert _results(retriever) == before  # unfiltered: dense and BM25 lists, fusion, diversity
    assert _results(retriever, {doc}) == filtered  # a filter scores the allowed chunks inside the view
    assert all(built.chunks[r].doc_id == doc for result in filtered for r, _ in result)
    cands = retriever.search(QUESTIONS[0], 5)
    values = features(built, cands, QUESTIONS[0], lexicon=retriever.store)  # abstention's term statistics too
    assert values["n_terms"] > 0 and 0.0 <= values["absent_terms"] <= 1.0


def test_an_answer_never_reads_the_index_arrays(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    reference = bot.ask(QUESTIONS[1], k=3)
    _hide_arrays(bot.snapshot.index)
    for question in (QUESTIONS[1], "zeppelin hangar tariffs"):  # one answered, one of unknown terms (abstention rule)
        answer = bot.ask(question, k=3)
        assert answer.passages or answer.abstained
    assert [p.text for p in bot.ask(QUESTIONS[1], k=3).passages] == [p.text for p in reference.passages]


def test_filtered_dense_search_is_exact(built, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    view = Retriever(built, fake_embedder, settings).store
    vectors = np.asarray(built.vectors)
    docs = sorted(built.documents)
    for allowed_docs in ({docs[0]}, set(docs[1:3])):
        rows = np.array([i for i, c in enumerate(built.chunks) if c.doc_id in allowed_docs])
        for question in QUESTIONS:
            q = fake_embedder.encode_queries([question])[0]
            exact = vectors[rows] @ q
            want = [int(rows[i]) for i in top_k(exact, 4)]
            assert view.dense(q, 4, allowed_docs) == want


def test_term_statistics_agree_with_the_files(built, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    view = Retriever(built, fake_embedder, settings).store
    files = FilesView(built)
    assert view.size == files.size == len(built.chunks)
    terms = sorted({t for q in QUESTIONS for t in tokenize(q)} | {"zeppelin"})
    for term in terms:
        assert np.array_equal(np.sort(view.passages_with(term)), np.sort(files.passages_with(term))), term
        assert view.document_frequency(term) == built.bm25.document_frequency(term)
        assert view.idf(term) == pytest.approx(built.bm25.idf(term))
    assert files.document_frequency("zeppelin") == 0 and files.idf("zeppelin") == pytest.approx(bm25_idf(files.size, 0))


@pytest.mark.files_only("counts the bm25s calls of the files")
def test_bm25_scores_are_computed_once_per_search(built, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    bm25 = built.bm25

    class Counting:
        def __getattr__(self, attr: str):  # type: ignore[no-untyped-def]
            return getattr(bm25, attr)

        def scores(self, query: str) -> np.ndarray:
            calls.append(query)
            return bm25.scores(query)

    built.bm25 = Counting()
    retriever = Retriever(built, fake_embedder, settings)
    assert retriever.store is files_view(built)  # one view per loaded index
    doc = min(built.documents)
    for question, doc_ids in ((QUESTIONS[2], None), (QUESTIONS[1], {doc})):
        calls.clear()
        retriever.search(question, 5, doc_ids=doc_ids)
        assert calls == [question]  # once, for the BM25 list and the scores of the fused rows


@pytest.mark.files_only("computes store ids, writes no store")
def test_new_model_weights_mean_new_store_ids(built) -> None:  # type: ignore[no-untyped-def]
    """The same model id with other weights (model_version) must not find the old vectors in a store."""
    import dataclasses

    from assistant.store import bridge
    from assistant.store.sentence_store import sentence_keys

    other = dataclasses.replace(built, manifest=dataclasses.replace(
        built.manifest, settings={**built.manifest.settings, "model_version": "retrained"}))
    assert not set(bridge.passage_keys(built)) & set(bridge.passage_keys(other))
    assert not set(sentence_keys(built, bridge._salt(built))) & set(sentence_keys(other, bridge._salt(other)))
