"""`assistant build` with a Milvus store: the build itself writes the store (upserts and deletes by
content hash, then the alias swap), an edit upserts only its article's passages, and a build
killed at any point leaves readers a whole generation. (The FAISS files: tests/test_lifecycle.py.)"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.store.index import load_index
from assistant.store.lexical import tokenize
from assistant.store import bridge, open_backend, parse_store
from tests.conftest import ON_MILVUS

pytestmark = [pytest.mark.milvus, ON_MILVUS]  # `settings` names milvus-lite in tmp_path (the `store` fixture)

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = ["Where did Putin celebrate the alliance?", "How much does Central Asia trade with China?"]
ADDED = "\n\nIn a later interview the ministry said the corridor talks would resume after the harvest season.\n"


def _edit(path: Path, added: str = ADDED) -> None:
    """Insert a paragraph of its own mid-article."""
    text = path.read_text(encoding="utf-8")
    cut = text.index("\n", len(text) // 2)
    path.write_text(text[:cut] + added + text[cut:], encoding="utf-8")


def _held(settings) -> set[str]:  # type: ignore[no-untyped-def]
    """The ids in the collection the alias names, read by a fresh client (as another reader would)."""
    bridge.close_all()  # milvus-lite: one client per .db folder
    index = load_index(settings.index_dir)
    backend = open_backend(parse_store(settings.store), settings.index_dir / "unused", index.vectors.shape[1], tokenize)
    try:
        current = backend.current()
        return set(current.vectors.ids()) if current is not None else set()
    finally:
        backend.close()


def test_build_writes_the_store_and_an_edit_upserts_only_its_article(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    first = build_index(settings, fake_embedder)
    index = load_index(settings.index_dir)
    assert first.store == {"upserted": len(index.chunks), "deleted": 0}
    assert _held(settings) == set(bridge.passage_keys(index))  # written by the build, not at load
    assert build_index(settings, fake_embedder).up_to_date

    article = sorted(settings.corpus_dir.glob("*.txt"))[0]
    _edit(article)
    second = build_index(settings, fake_embedder)  # the first rebuild fills the second collection
    assert second.store["upserted"] == second.chunks_total
    _edit(article, ADDED.replace("harvest season", "spring floods"))
    third = build_index(settings, fake_embedder)
    now = load_index(settings.index_dir)
    keys = bridge.passage_keys(now)
    new = set(keys) - set(bridge.passage_keys(index))  # the staged collection held the first build
    doc = next(d.doc_id for d in now.documents.values() if d.source.endswith(article.name))
    assert new and {now.chunks[keys.index(k)].doc_id for k in new} == {doc}  # only the edited article
    assert third.store["upserted"] == len(new) < third.chunks_total / 10
    assert third.store["deleted"] == len(set(bridge.passage_keys(index)) - set(keys))
    assert _held(settings) == set(keys)
    view = bridge.attach(now, settings.store)
    assert view.report is None  # nothing left for a reader to write


KILL_SCRIPT = r"""
import os, sys, time
sys.path.insert(0, os.getcwd())
import pymilvus
from assistant.build import build_index
from assistant.settings import Settings
from assistant.store import bridge, milvus_store
from tests.conftest import FakeEmbedder

corpus, index, store, stage = sys.argv[1:5]

def hang(*args, **kwargs):
    print("READY", flush=True)
    time.sleep(600)

embedder = FakeEmbedder()
if stage == "embed":  # killed while the model embeds
    class Slow(FakeEmbedder):
        def encode(self, texts, *, progress=False):
            hang()
    embedder = Slow()
elif stage == "store-write":  # the files published, half of the passages written to the staged collection
    sync, write, calls = bridge.sync, milvus_store.MilvusGeneration.write, []
    bridge.sync = lambda *a, **kw: sync(*a, **{**kw, "batch": 5})
    def slow_write(self, *a):
        calls.append(1)
        if len(calls) == 3:
            hang()
        write(self, *a)
    milvus_store.MilvusGeneration.write = slow_write
elif stage == "alias":  # everything written, killed just before the alias swap
    pymilvus.MilvusClient.alter_alias = hang
settings = Settings().replace(corpus_dir=corpus, index_dir=index, store=store)
build_index(settings, embedder)
print("DONE", flush=True)
"""


@pytest.mark.parametrize("stage", ["embed", "store-write", "alias"])
def test_a_build_killed_at_any_point_leaves_readers_a_whole_generation(settings, fake_embedder, stage: str) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    old = load_index(settings.index_dir)
    old_keys = set(bridge.passage_keys(old))
    bridge.close_all()  # the build below runs in another process
    _edit(sorted(settings.corpus_dir.glob("*.txt"))[1])
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(settings.corpus_dir), str(settings.index_dir), settings.store, stage],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 240)
        line = proc.stdout.readline() if ready else ""  # type: ignore[union-attr]
        assert line.strip() == "READY", proc.stderr.read() if not ready or not line else line  # type: ignore[union-attr]
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)

    # Milvus still serves the old generation whole: the alias never moved
    assert _held(settings) == old_keys
    files = load_index(settings.index_dir)
    assert (files.manifest.generation == old.manifest.generation) == (stage == "embed")
    # the next build finishes the job; readers of both stores then get the same answers
    report = build_index(settings, fake_embedder)
    # (killed before the swap, the staged collection was complete: the build only swaps the alias)
    assert report.store and report.store["upserted"] >= (0 if stage == "alias" else 1)
    assert _held(settings) == set(bridge.passage_keys(load_index(settings.index_dir)))
    on_files = Assistant.load(settings.replace(store="faiss"), embedder=fake_embedder, rebuild=False)
    on_milvus = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    assert on_milvus._retriever.store is not None and on_milvus._retriever.store.report is None
    for question in QUESTIONS:
        assert [p.chunk_id for p in on_files.ask(question).passages] == [p.chunk_id for p in on_milvus.ask(question).passages]


def test_a_store_that_cannot_be_written_fails_the_build_in_one_sentence(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.errors import BuildFailedError
    from assistant.store import StoreError

    def unreachable(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StoreError("Milvus could not connect to http://milvus.internal:19530 (timed out)")

    monkeypatch.setattr(bridge, "attach", unreachable)
    with pytest.raises(BuildFailedError) as caught:
        build_index(settings, fake_embedder)
    message = str(caught.value)
    assert message.startswith("the index files were written but the store could not be brought up to date (Milvus could not connect")
    assert "\n" not in message
    assert load_index(settings.index_dir).chunks  # the files are in force; a reader syncs the store on load
    monkeypatch.undo()
    assert build_index(settings, fake_embedder).store["upserted"] == len(load_index(settings.index_dir).chunks)


@pytest.mark.parametrize("damaged", ["staged", "sentences"])
def test_a_collection_left_unreadable_by_a_killed_build_is_rebuilt(settings, fake_embedder, damaged: str) -> None:  # type: ignore[no-untyped-def]
    """A build killed while milvus-lite wrote a collection's index file leaves it unloadable. The
    staged passages are not in force and sentences are keyed by their text, so the next build
    starts such a collection again instead of failing every build after it."""
    build_index(settings, fake_embedder)
    _edit(sorted(settings.corpus_dir.glob("*.txt"))[0])
    build_index(settings, fake_embedder)  # now both collections exist, the newer in force
    bridge.close_all()
    root = Path(parse_store(settings.store).uri)
    in_force = _held(settings)
    staged = [p for p in root.glob("collections/*_[ab]") if not _is_alias_target(root, p.name)]
    assert len(staged) == 1
    folder = staged[0] if damaged == "staged" else next(root.glob("collections/*_sentences_*"))
    files = list(folder.rglob("*.idx"))
    assert files
    for path in files:
        path.write_bytes(b"")  # as a SIGKILL halfway through writing it leaves it
    bridge.close_all()
    _edit(sorted(settings.corpus_dir.glob("*.txt"))[1], "\n\nThe delegation also discussed a new rail timetable for the spring.\n")
    report = build_index(settings, fake_embedder)
    assert report.store and report.store["upserted"] >= 1
    held = _held(settings)
    assert held == set(bridge.passage_keys(load_index(settings.index_dir))) and held != in_force
    on_files = Assistant.load(settings.replace(store="faiss"), embedder=fake_embedder, rebuild=False)
    on_milvus = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    for question in QUESTIONS:
        assert [p.highlight for p in on_files.ask(question).passages] == [p.highlight for p in on_milvus.ask(question).passages]


def _is_alias_target(root: Path, collection: str) -> bool:
    import json

    return collection in json.loads((root / "aliases.json").read_text(encoding="utf-8")).values()


def test_a_rebuild_reuses_sentence_vectors_from_the_milvus_collection(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On Milvus a rebuild takes the unchanged sentences' vectors from the sentence collection by id,
    not from the previous generation's sentence_vectors.npy: only the edited paragraph is embedded."""
    from assistant.store.index import LoadedIndex

    build_index(settings, fake_embedder)
    before = {s for s in fake_embedder.embedded}
    _edit(min(settings.corpus_dir.glob("*.txt")))
    monkeypatch.setattr(LoadedIndex, "sentence_vectors_by_hash",
                        lambda self: pytest.fail("the previous generation's sentence vectors were read"))
    fake_embedder.embedded.clear()
    report = build_index(settings, fake_embedder)
    assert fake_embedder.embedded and all(s not in before for s in fake_embedder.embedded)
    assert "harvest season" in " ".join(fake_embedder.embedded)
    assert 0 < report.chunks_embedded < report.chunks_total / 10
    on_files = Assistant.load(settings.replace(store="faiss"), embedder=fake_embedder, rebuild=False)
    on_milvus = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    for question in QUESTIONS:
        assert [p.chunk_id for p in on_files.ask(question).passages] == [p.chunk_id for p in on_milvus.ask(question).passages]


def test_a_rebuild_reads_the_previous_files_when_the_collection_holds_no_sentence(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A Milvus store that holds none of the sentences (never written, or unreachable) falls back
    to the previous generation's vectors: nothing unchanged is embedded again."""
    build_index(settings.replace(store="faiss"), fake_embedder)  # the files only: Milvus never written
    _edit(min(settings.corpus_dir.glob("*.txt")))
    fake_embedder.embedded.clear()
    report = build_index(settings, fake_embedder)
    assert 0 < report.chunks_embedded < report.chunks_total / 10
    assert report.store["upserted"] == report.chunks_total  # the store was filled from the index's vectors


def _tiny_beir(folder: Path) -> Path:
    """A BEIR folder of three made-up paragraphs and two judged queries."""
    (folder / "qrels").mkdir(parents=True)
    docs = [("b1", "Glaciers", "Mountain glaciers feed the rivers of the valley in summer."),
            ("b2", "Orchards", "The apricot orchards of the valley ripen in late June."),
            ("b3", "Roads", "A new mountain road links the two valleys through a tunnel.")]
    (folder / "corpus.jsonl").write_text(
        "".join(f'{{"_id": "{i}", "title": "{t}", "text": "{x}"}}\n' for i, t, x in docs), encoding="utf-8")
    (folder / "queries.jsonl").write_text(
        '{"_id": "q1", "text": "When do apricots ripen?"}\n{"_id": "q2", "text": "What feeds the rivers in summer?"}\n',
        encoding="utf-8")
    (folder / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq1\tb2\t1\nq2\tb1\t1\n", encoding="utf-8")
    return folder


def test_eval_beir_and_extra_corpora_never_replace_the_published_passages(settings, runner_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`assistant eval --beir` (and the unseen sets' extra corpora) with the Milvus store of the app: the
    evaluation corpus is searched in a collection of its own; before, it was published under the app's
    alias, so every reader of the store answered from SciFact until the next build."""
    import json

    from assistant.app.cli import cli

    assert runner_env.invoke(cli, ["build"]).exit_code == 0
    published = _held(settings)
    assert published == set(bridge.passage_keys(load_index(settings.index_dir)))
    result = runner_env.invoke(cli, ["eval", "--beir", str(_tiny_beir(tmp_path / "beir")), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["metrics"]["ndcg@10"] > 0  # searched (through Milvus) all the same
    assert _held(settings) == published

    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "orchards.txt").write_text("Orchard notes\n\nThe apricot orchards of the valley ripen in late June.\n",
                                        encoding="utf-8")
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "x1", "question": "When do the apricots ripen?", "answers": [["late June"]], '
                         '"kind": "prose"}\n', encoding="utf-8")
    result = runner_env.invoke(cli, ["eval", str(questions), "--corpus-extra", str(extra), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["questions"][0]["rank"] == 1
    assert _held(settings) == published
