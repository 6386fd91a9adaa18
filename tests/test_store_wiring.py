"""The assistant searching through the store seam: the same answers on FAISS files and on Milvus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.app.cli import cli
from assistant.store.index import load_index
from assistant.store.bridge import StoreView
from assistant.store.files_view import FilesView
from tests.conftest import ON_MILVUS

pytestmark = pytest.mark.milvus

QUESTIONS = [
    "Where did Putin celebrate the alliance?",
    "What is Kazakhstan's projected GDP growth?",
    "What did Tokayev propose for Central Asia's security?",
    "How much does Central Asia trade with China?",
]


@ON_MILVUS  # `settings` names milvus-lite in tmp_path; the files are `settings.replace(store="faiss")`
def test_answers_through_milvus_equal_answers_from_the_files(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    files = Assistant.load(settings.replace(store="faiss"), embedder=fake_embedder)
    milvus = Assistant.load(settings, embedder=fake_embedder)
    assert isinstance(milvus._retriever.store, StoreView) and isinstance(files._retriever.store, FilesView)
    for question in QUESTIONS:
        a, b = files.ask(question), milvus.ask(question)
        assert [p.chunk_id for p in a.passages] == [p.chunk_id for p in b.passages], question
        assert [round(p.score, 3) for p in a.passages] == [round(p.score, 3) for p in b.passages]
        assert a.abstained == b.abstained
    doc = sorted(files.index.documents)[1]
    only = milvus.ask(QUESTIONS[1], doc_ids=[doc])  # the filter runs inside Milvus
    assert only.passages and {p.doc_id for p in only.passages} == {doc}
    assert [p.chunk_id for p in only.passages] == [p.chunk_id for p in files.ask(QUESTIONS[1], doc_ids=[doc]).passages]


@ON_MILVUS
def test_manifest_records_the_backend(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.build import build_index

    milvus_uri = settings.store
    build_index(settings.replace(store="faiss"), fake_embedder)
    assert load_index(settings.index_dir).manifest.store == {"backend": "faiss"}
    build_index(settings, fake_embedder, force=True)
    recorded = load_index(settings.index_dir).manifest.store
    assert recorded == {"backend": "milvus-lite", "uri": milvus_uri.removeprefix("milvus://"), "collection": "assistant"}


@ON_MILVUS
def test_eval_with_a_milvus_store(runner_env, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    milvus_uri = settings.store
    rows = [
        {"id": "m1", "question": "Where did Putin celebrate the alliance?", "answers": [["Astana"]], "kind": "prose"},
        {"id": "m2", "question": "Who won the 1998 football world cup?", "answers": [], "kind": "unanswerable-offtopic"},
    ]
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    results = {}
    for store in ("faiss", milvus_uri):
        result = runner_env.invoke(cli, ["eval", str(path), "--json", "--store", store])
        assert result.exit_code == 0, result.output
        results[store] = json.loads(result.stdout)
    strip = lambda data: [(q["id"], q["rank"]) for q in data["questions"]]  # noqa: E731
    assert strip(results["faiss"]) == strip(results[milvus_uri])
    assert Path(milvus_uri.removeprefix("milvus://")).exists()


def test_bad_store_setting_is_one_line_from_the_cli(runner_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = runner_env.invoke(cli, ["eval", "--store", "milvus:///no/suffix", "--json"])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error: the milvus-lite path '/no/suffix' must name a file ending in .db")
    assert len(result.stderr.strip().splitlines()) == 1
