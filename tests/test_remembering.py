"""The test session's vector memory for the real models (conftest.RememberingEmbedder), on the fake embedder."""

from __future__ import annotations

import numpy as np
from conftest import FakeEmbedder, RememberingEmbedder

TEXTS = ["Ferries leave at noon.", "The port is closed.", "A new quay opens in May."]


def test_each_distinct_text_reaches_the_model_once_and_keeps_its_vector() -> None:
    inner = FakeEmbedder()
    remembering = RememberingEmbedder(inner)
    first = remembering.encode_passages([TEXTS[0], TEXTS[1], TEXTS[0]])
    second = remembering.encode_passages([TEXTS[1], TEXTS[2]])
    assert inner.embedded == TEXTS and len(remembering.memory) == 3
    expected = FakeEmbedder().encode_passages(TEXTS)
    assert np.array_equal(first, expected[[0, 1, 0]])
    assert np.array_equal(second, expected[[1, 2]])
    assert remembering.encode_passages([]).shape == (0, inner.dim)


class _Prefixed(FakeEmbedder):
    """Questions and passages embedded differently, as e5's "query: " and "passage: " prefixes do."""

    def encode_queries(self, texts):  # type: ignore[no-untyped-def]
        return self.encode([f"query {t}" for t in texts])


def test_a_question_and_a_passage_of_the_same_text_are_remembered_apart() -> None:
    remembering = RememberingEmbedder(_Prefixed())
    passage = remembering.encode_passages([TEXTS[0]])
    question = remembering.encode_queries([TEXTS[0]])
    assert not np.allclose(passage, question)
    assert np.array_equal(remembering.encode_queries([TEXTS[0]]), question)
    assert np.array_equal(remembering.encode_passages([TEXTS[0]]), passage)
    assert len(remembering.memory) == 2


def test_everything_else_is_the_model_own() -> None:
    inner = FakeEmbedder()
    remembering = RememberingEmbedder(inner)
    assert (remembering.model_id, remembering.dim) == (inner.model_id, inner.dim)
    assert remembering.count_tokens("Two words") == inner.count_tokens("Two words")
