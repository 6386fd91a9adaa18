"""XQuAD floors in four directions (English/Russian questions over English/Russian paragraphs).

Each model for English and Russian corpora (multilingual-e5-small, and minilm+e5: all-MiniLM-L6-v2
within English, multilingual-e5-small across languages) indexes a deterministic sample of XQuAD
(the paragraphs of the first articles, both languages) once per session; each direction is then
scored against that model's floors, measured on exactly this sample: eval/xquad-floors.json (e5)
and eval/xquad-floors-composite.json.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
XQUAD = REPO.parent / "shared" / "benchmarks" / "xquad"
if not XQUAD.is_dir():
    XQUAD = Path("/work/shared/benchmarks/xquad")
# each model for English and Russian corpora, with the floors measured for it on this sample
GATES = {"e5_embedder": REPO / "eval" / "xquad-floors.json", "composite_embedder": REPO / "eval" / "xquad-floors-composite.json"}
PAIRS = ("en-en", "ru-en", "en-ru", "mixed")

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not XQUAD.is_dir(), reason="XQuAD benchmark folders are not on this machine"),
]


def sample(beir, paragraphs: int):  # type: ignore[no-untyped-def]
    """The first `paragraphs` paragraph numbers (both languages where present) and their questions."""
    keep = {d.doc_id for d in beir.documents if int(d.doc_id[1:4]) < paragraphs}
    qrels = {q: rel for q, rel in beir.qrels.items() if any(doc in keep for doc in rel)}
    return replace(
        beir, documents=tuple(d for d in beir.documents if d.doc_id in keep),
        queries={q: beir.queries[q] for q in qrels}, qrels=qrels,
    )


@pytest.fixture(scope="module", params=sorted(GATES))
def xquad_scores(request) -> tuple[dict, dict[str, dict[str, float]]]:  # type: ignore[no-untyped-def]
    from assistant.evals.evaluation import evaluate_beir, load_beir
    from assistant.settings import Settings

    embedder = request.getfixturevalue(request.param)
    gate = json.loads(GATES[request.param].read_text(encoding="utf-8"))
    assert gate["model_version"] == embedder.model_version, "floors were measured with another model"
    scores = {}  # the session's models remember their vectors (conftest): the four directions embed each text once
    for pair in PAIRS:
        settings = Settings().replace(model_id=embedder.model_id)
        report = evaluate_beir(sample(load_beir(XQUAD / pair), gate["paragraphs"]), settings, embedder)
        scores[pair] = report.metrics
    return gate, scores


@pytest.mark.parametrize("pair", PAIRS)
def test_xquad_direction_meets_its_floor(xquad_scores, pair: str) -> None:  # type: ignore[no-untyped-def]
    gate, scores = xquad_scores
    measured = scores[pair]["ndcg@10"]
    assert measured >= gate["floors"][pair], f"{gate['model_id']} {pair}: nDCG@10 {measured:.4f} below floor {gate['floors'][pair]}"
