"""minilm+e5 with the real models: on the English seeds it answers exactly as all-MiniLM-L6-v2 alone."""

from __future__ import annotations

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.model


def test_composite_keeps_every_seed_result_of_minilm(minilm_index, minilm_embedder, real_assistant) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.encoders import COMPOSITE, MINILM
    from assistant.evals.evaluation import check_floors, evaluate, load_questions, read_floors

    assert real_assistant.embedder.model_id == COMPOSITE, "the default model is minilm+e5"
    baseline = Assistant.load(minilm_index, embedder=minilm_embedder, rebuild=False)
    assert baseline.embedder.model_id == MINILM, "the baseline is the English model alone"
    gate = read_floors(REPO / "eval" / "floors.json")
    questions = load_questions([REPO / "eval" / name for name in gate["files"]])
    bot = real_assistant
    both = evaluate(bot, questions, k=gate["k"])
    alone = evaluate(baseline, questions, k=gate["k"])
    moved = [(a.id, a.rank, a.abstained, b.rank, b.abstained) for a, b in zip(both.results, alone.results)
             if (a.rank, a.abstained) != (b.rank, b.abstained)]
    assert not moved, f"questions ranked or abstained otherwise than with MiniLM alone: {moved}"
    assert not check_floors(both.metrics, gate)
