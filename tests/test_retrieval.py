"""Hybrid retrieval and answers over the real corpus, with the fake embedder (fast)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.retrieval import zscore


@pytest.fixture
def bot(settings, fake_embedder):  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    return Assistant.load(settings, embedder=fake_embedder, rebuild=False)


@pytest.mark.parametrize(
    "question,needle",
    [("5.2%", "5.2%"), ("CSTO", "CSTO"), ("Samarkand", "Samarkand"), ("Zhanaozen", "Zhanaozen")],
)
def test_exact_names_and_figures_are_found(bot, question: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask(question, k=3)
    assert needle in answer.passages[0].text


def test_highlight_is_inside_its_passage(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("What is Tajikistan's main security concern?", k=5)
    for p in answer.passages:
        assert p.highlight is not None
        assert p.highlight.text in p.text
        doc = bot.document(p.doc_id)
        assert doc.text[p.highlight.start : p.highlight.end] == p.highlight.text
        assert p.start <= p.highlight.start < p.highlight.end <= p.end


def test_top_five_is_diverse(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("Kazakhstan Uzbekistan Russia cooperation", k=5)
    highlights = [(p.doc_id, p.highlight.start) for p in answer.passages]
    assert len(set(highlights)) == len(highlights)  # no repeated best sentence
    per_doc: dict[str, int] = {}
    for p in answer.passages:
        per_doc[p.doc_id] = per_doc.get(p.doc_id, 0) + 1
    assert max(per_doc.values()) <= bot.settings.per_doc_cap


def test_document_filter(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("security", k=5, doc_ids={"tokayev-c5-regional-security"})
    assert answer.passages and {p.doc_id for p in answer.passages} == {"tokayev-c5-regional-security"}
    assert bot.ask("security", k=5, doc_ids={"no-such-doc"}).passages == ()


def test_ranks_and_scores_are_ordered(bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask("Putin Astana alliance", k=5)
    assert [p.rank for p in answer.passages] == [1, 2, 3, 4, 5]
    scores = [p.score for p in answer.passages]
    assert scores == sorted(scores, reverse=True)


def test_zscore() -> None:
    assert np.allclose(zscore(np.array([1.0, 2.0, 3.0])), [-1.2247449, 0.0, 1.2247449])
    assert np.all(zscore(np.array([2.0, 2.0])) == 0)
    assert zscore(np.array([])).size == 0
