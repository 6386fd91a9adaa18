"""Evidence first (search/reorder.py): the passage holding the asked value is shown before closer-worded ones."""

from __future__ import annotations

from pathlib import Path

from assistant.answer import Assistant
from assistant.search.evidence import requirements
from assistant.search.reorder import evidence_first

# written for this test: the first article repeats the question's words, the second holds the price
WORDY = ("Harbour Gate terminal\n\nHow much the Harbour Gate terminal will cost is the question every council "
         "member asks. The Harbour Gate terminal cost debate has filled three council sessions, and the terminal "
         "will cost the town its quiet harbour front, residents say.\n")
PRICED = ("Port works in Veltmark\n\nBuilders started on the new container quay in March. The contract for the "
          "Harbour Gate works is put at $340 million, paid over six years.\n")
QUESTION = "How much will the Harbour Gate terminal cost?"


def _bot(settings, fake_embedder, tmp_path: Path, **changes):  # type: ignore[no-untyped-def]
    corpus = tmp_path / "own-corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "harbour-debate.txt").write_text(WORDY, encoding="utf-8")
    (corpus / "port-works.txt").write_text(PRICED, encoding="utf-8")
    own = settings.replace(corpus_dir=corpus, index_dir=tmp_path / "own-index", abstention_model="rule", **changes)
    return Assistant.load(own, embedder=fake_embedder)


def test_the_passage_with_the_asked_value_is_shown_first(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plain = _bot(settings, fake_embedder, tmp_path, evidence_bonus=0.0).ask(QUESTION, k=2)
    assert "Harbour Gate terminal cost debate" in plain.passages[0].text  # closest in words, no price
    ordered = _bot(settings, fake_embedder, tmp_path, evidence_bonus=5.0).ask(QUESTION, k=2)
    assert "$340 million" in ordered.passages[0].text
    assert [p.rank for p in ordered.passages] == [1, 2]
    # only the order shown changes: the abstention reads the retrieval order, as calibrated
    assert ordered.abstained == plain.abstained
    assert {p.text for p in ordered.passages} == {p.text for p in plain.passages}


def test_a_question_asking_for_nothing_checkable_keeps_the_retrieval_order(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bot = _bot(settings, fake_embedder, tmp_path, evidence_bonus=5.0)
    question = "what do residents say about the quiet harbour front"
    req = requirements(question, bot.names())
    assert not (req.names or req.figures or req.answer_types or req.wants_date or req.wants_number)
    found = bot._retriever.search(question, 4)
    assert evidence_first(bot.index, found, req, "en", bot.cosine_floor, 5.0, 10) == found


def test_only_the_first_depth_candidates_move(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bot = _bot(settings, fake_embedder, tmp_path)
    req = requirements(QUESTION, bot.names())
    found = bot._retriever.search(QUESTION, 4)
    assert len(found) >= 2
    moved = evidence_first(bot.index, found, req, "en", bot.cosine_floor, 5.0, 10)
    assert sorted(c.row for c in moved) == sorted(c.row for c in found)
    assert evidence_first(bot.index, found, req, "en", bot.cosine_floor, 5.0, 1) == found  # depth 1: nothing to sort
    assert evidence_first(bot.index, found, req, "en", bot.cosine_floor, 0.0, 10) == found  # no bonus: as retrieved
