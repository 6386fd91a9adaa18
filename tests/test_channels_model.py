"""minilm+e5 with the real models: on the English seeds it answers exactly as all-MiniLM-L6-v2 alone."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import CORPUS, REPO

pytestmark = pytest.mark.model


def test_composite_keeps_every_seed_result_of_minilm(tmp_path_factory, composite_embedder, real_assistant) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.build import build_index
    from assistant.encoders import MINILM
    from assistant.evals.evaluation import check_floors, evaluate, load_questions, read_floors
    from assistant.settings import Settings

    assert real_assistant.embedder.model_id == MINILM, "the baseline is the English model alone"
    gate = read_floors(REPO / "eval" / "floors.json")
    questions = load_questions([REPO / "eval" / name for name in gate["files"]])
    root = tmp_path_factory.mktemp("composite")
    shutil.copytree(CORPUS, root / "corpus")
    settings = Settings().replace(model_id=composite_embedder.model_id, corpus_dir=root / "corpus", index_dir=root / "index")
    build_index(settings, composite_embedder)
    bot = Assistant.load(settings, embedder=composite_embedder, rebuild=False)
    both = evaluate(bot, questions, k=gate["k"])
    alone = evaluate(real_assistant, questions, k=gate["k"])
    moved = [(a.id, a.rank, a.abstained, b.rank, b.abstained) for a, b in zip(both.results, alone.results)
             if (a.rank, a.abstained) != (b.rank, b.abstained)]
    assert not moved, f"questions ranked or abstained otherwise than with MiniLM alone: {moved}"
    assert not check_floors(both.metrics, gate)
