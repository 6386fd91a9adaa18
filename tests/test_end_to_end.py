"""With the real bundled model: the questions the product is for."""

from __future__ import annotations

import re

import pytest

from tests.conftest import STORES, milvus_uri

pytestmark = pytest.mark.model


@pytest.fixture(scope="module", params=STORES)
def real_assistant(request, real_assistant, real_index, real_embedder, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The real corpus and model, searched through the FAISS files or through milvus-lite."""
    from assistant.answer import Assistant
    from assistant.store import bridge

    if request.param == "faiss":
        yield real_assistant  # the session's (conftest), shared with other modules
        return
    uri = milvus_uri(tmp_path_factory.mktemp("real-milvus"))
    bot = Assistant.load(real_index.replace(store=uri), embedder=real_embedder, rebuild=False)
    assert bot._retriever.store is not None  # searching through Milvus, not the files
    yield bot
    bridge.close(uri)

CHROME = ("Related Posts", "Privacy Policy", "bdphone", "Share on Facebook", "Toggle", "Subscribe for unlimited")


def test_putin_astana_at_rank_one(real_assistant) -> None:  # type: ignore[no-untyped-def]
    answer = real_assistant.ask("Where did Putin celebrate the alliance between Russia and Kazakhstan?", k=5)
    top = answer.passages[0]
    assert "Astana" in top.text
    assert top.doc_id == "putin-strengthens-ties-central-asia"
    assert top.title and top.source == "corpus/putin-strengthens-ties-central-asia.txt"
    assert top.section  # every citation field filled: the lead of an article sits under its title
    assert top.end > top.start and top.score > 0
    doc = real_assistant.document(top.doc_id)
    assert doc.text[top.start : top.end] == top.text
    assert not answer.abstained


def test_no_chunk_holds_chrome_or_mojibake(real_assistant) -> None:  # type: ignore[no-untyped-def]
    for chunk in real_assistant.index.chunks:
        for marker in CHROME:
            assert marker not in chunk.text, (marker, chunk.chunk_id)
        assert not re.search(r"â[¤Ł˘]|[\u2800-\u29ff]", chunk.text), chunk.chunk_id


def test_chunks_fit_the_model(real_assistant, real_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.chunking import embed_text

    for chunk in real_assistant.index.chunks:
        doc = real_assistant.document(chunk.doc_id)
        pieces = real_embedder.count_tokens(embed_text(doc.title, chunk.section, chunk.text))
        assert pieces <= 256 + 40, (chunk.chunk_id, pieces)  # the title prefix may be cut, never the text
        assert real_embedder.count_tokens(chunk.text) <= 256, chunk.chunk_id


def test_table_row_is_found(real_assistant) -> None:  # type: ignore[no-untyped-def]
    answer = real_assistant.ask("What is Tajikistan's main security concern?", k=5)
    assert any("Border conflicts" in p.text for p in answer.passages[:3])


def test_every_passage_has_a_highlight_inside_it(real_assistant) -> None:  # type: ignore[no-untyped-def]
    for question in ("What is Uzbekistan's projected GDP growth for 2025?", "What did Tokayev propose?"):
        for p in real_assistant.ask(question, k=5).passages:
            assert p.highlight is not None and p.highlight.text in p.text


def test_followup_carries_the_entity(real_assistant) -> None:  # type: ignore[no-untyped-def]
    answer = real_assistant.ask("And Uzbekistan?", history=["What is Kazakhstan's projected GDP growth for 2025?"])
    assert "Uzbekistan" in answer.resolved_question
    assert any("5.2%" in p.text for p in answer.passages[:3])


@pytest.mark.parametrize(
    "question",
    ["How do I bake sourdough bread at home?", "What is Turkmenistan's GDP growth forecast for 2025?"],
)
def test_abstains_when_the_corpus_does_not_answer(real_assistant, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = real_assistant.ask(question)
    assert answer.abstained and answer.passages  # nearest passages are still offered


@pytest.mark.parametrize("query,needle", [("CSTO", "CSTO"), ("Zhanaozen", "Zhanaozen"), ("Samarkand summit", "Samarkand")])
def test_keyword_queries_are_answered(real_assistant, query: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    answer = real_assistant.ask(query, k=3)
    assert not answer.abstained and needle in answer.passages[0].text
