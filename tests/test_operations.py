"""Maintainer operations around a build: the model switched between builds, the app started while a
build runs elsewhere, a corpus of thousands of small files. Texts are written for the tests."""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.errors import BuildFailedError, BuildLockedError
from assistant.store.index import read_manifest
from tests.conftest import FakeEmbedder

QUESTION = "Where did Putin celebrate the alliance?"


class OtherModel(FakeEmbedder):
    """Another model than the one the index was built with (`ASSISTANT_MODEL_ID` changed)."""

    model_id = "fake/other-model"


def _full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("dim", [64, 32])  # the same dimension (silently wrong vectors) and another (FAISS asserts)
def test_an_index_of_another_model_never_stands_in_for_a_failed_rebuild(settings, fake_embedder, monkeypatch, dim: int) -> None:  # type: ignore[no-untyped-def]
    """The model changed and the rebuild fails (a full disk): the old index's vectors are another
    model's, so it is refused in one sentence. Before, it was served: questions were encoded by the
    new model and searched among the old one's vectors (or FAISS's `assert d == self.d` traceback)."""
    build_index(settings, fake_embedder)
    monkeypatch.setattr("assistant.store.index.np.save", _full_disk)
    notes: list[str] = []
    with pytest.raises(BuildFailedError) as caught:
        Assistant.load(settings, embedder=OtherModel(dim), notify=notes.append)
    message = str(caught.value)
    assert "No space left on device" in message and "\n" not in message
    assert message.endswith(f"cannot stand in: it was built with fake/hashed-bow (dimension 64), "
                            f"not fake/other-model (dimension {dim})")
    assert any("model_id was 'fake/hashed-bow'" in note for note in notes)


def test_an_index_of_the_same_model_still_stands_in_for_a_failed_rebuild(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Only an edited corpus: the previous index answers until a build succeeds (unchanged behaviour)."""
    generation = build_index(settings, fake_embedder).generation
    (settings.corpus_dir / "bridge.txt").write_text("A new bridge opened over the river on Saturday.\n", encoding="utf-8")
    monkeypatch.setattr("assistant.store.index.np.save", _full_disk)
    notes: list[str] = []
    bot = Assistant.load(settings, embedder=fake_embedder, notify=notes.append)
    assert bot.index.manifest.generation == generation and bot.ask(QUESTION).passages
    assert any("serving the previous index" in note for note in notes)


class SlowModel(FakeEmbedder):
    """The embedder of a build running elsewhere: it holds the build lock until `release` is set."""

    def __init__(self, release: threading.Event, dim: int = 64) -> None:
        super().__init__(dim)
        self.release, self.embedding = release, threading.Event()

    def encode_passages(self, texts, *, progress: bool = False):  # type: ignore[no-untyped-def]
        self.embedding.set()
        self.release.wait(60)
        return super().encode_passages(texts, progress=progress)


def _build_elsewhere(settings, release: threading.Event) -> threading.Thread:  # type: ignore[no-untyped-def]
    """A build that is embedding (under the lock: an flock, which a second open conflicts with even
    in-process) until `release` is set, as `assistant build` in another process would be."""
    embedder = SlowModel(release)
    thread = threading.Thread(target=build_index, args=(settings, embedder), kwargs={"force": True})
    thread.start()
    assert embedder.embedding.wait(30)
    return thread


@pytest.mark.parametrize("before", ["no index", "another model"])
def test_the_app_started_while_a_build_runs_waits_for_it(settings, fake_embedder, before: str) -> None:  # type: ignore[no-untyped-def]
    """`python app.py` (or `assistant ask`) started while the first build, or the build for a new model,
    runs in another process: it waits for that build and answers from its index. Before, loading failed
    with "another build ... is writing" and the page showed that error until the app was restarted."""
    if before == "another model":
        build_index(settings, OtherModel(32))
    release = threading.Event()
    thread = _build_elsewhere(settings, release)
    notes: list[str] = []
    timer = threading.Timer(0.5, release.set)
    timer.start()
    try:
        bot = Assistant.load(settings, embedder=fake_embedder, notify=notes.append)
    finally:
        release.set()
        thread.join()
    assert any("waiting for it to finish" in note for note in notes), notes
    assert bot.index.manifest.settings["model_id"] == fake_embedder.model_id
    assert bot.index.manifest.generation == read_manifest(settings.index_dir).generation
    assert bot.ask(QUESTION).passages[0].doc_id == "putin-strengthens-ties-central-asia"


def test_a_stale_index_of_the_same_model_is_served_while_a_build_runs(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    """An edited corpus and a build running elsewhere: no waiting, the previous index answers meanwhile."""
    generation = build_index(settings, fake_embedder).generation
    (settings.corpus_dir / "bridge.txt").write_text("A new bridge opened over the river on Saturday.\n", encoding="utf-8")
    release = threading.Event()
    thread = _build_elsewhere(settings, release)
    try:
        notes: list[str] = []
        bot = Assistant.load(settings, embedder=fake_embedder, notify=notes.append)
        assert bot.index.manifest.generation == generation
        assert any("serving the previous index" in note for note in notes), notes
    finally:
        release.set()
        thread.join()


def test_build_run_twice_at_once_is_refused_not_waited_for(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    """`assistant build` itself never waits: a second one is refused at once, naming the first."""
    release = threading.Event()
    thread = _build_elsewhere(settings, release)
    try:
        with pytest.raises(BuildLockedError, match=r"another build \(pid \d+\) is writing"):
            build_index(settings, fake_embedder)
    finally:
        release.set()
        thread.join()


# --------------------------------------------------------------------------- the evaluator

ORCHARD = ("Orchard growers' report\n\nThe apricot orchards of the Isfara valley ripen in late June, and the "
           "growers' union expects a harvest of forty thousand tonnes this season.\n")


def test_questions_whose_article_is_gone_after_a_rebuild_are_named_not_silent(runner_env, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A question set written against an article that a later rebuild no longer holds (deleted, or its
    answer edited away): `assistant eval` names those questions instead of counting them as plain misses."""
    import json

    from assistant.app.cli import cli

    article = settings.corpus_dir / "orchards.txt"
    article.write_text(ORCHARD, encoding="utf-8")
    rows = [
        {"id": "o1", "question": "When do the Isfara apricots ripen?", "answers": [["late June"]], "kind": "prose",
         "doc": "orchards.txt"},
        {"id": "o2", "question": "What harvest do the growers expect?", "answers": [["forty thousand tonnes"]],
         "kind": "number"},
        {"id": "p1", "question": QUESTION, "answers": [["Astana"]], "kind": "prose",
         "doc": "putin-strengthens-ties-central-asia.txt"},
    ]
    questions = tmp_path / "set.jsonl"
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    before = runner_env.invoke(cli, ["eval", str(questions), "--json"])
    assert before.exit_code == 0 and "cannot be answered" not in before.stderr
    assert "not_indexed" not in json.loads(before.stdout)

    article.write_text(ORCHARD.replace("forty thousand tonnes", "a record crop"), encoding="utf-8")
    (settings.corpus_dir / "orchards-2.txt").write_text(ORCHARD.split("\n\n")[0] + "\n\nNotes for later.\n", encoding="utf-8")
    article.rename(settings.corpus_dir / "orchards-2024.txt")  # renamed too: `doc` names no indexed file
    after = runner_env.invoke(cli, ["eval", str(questions), "--json"])
    assert after.exit_code == 0, after.output
    warning = [line for line in after.stderr.splitlines() if line.startswith("warning:")]
    assert warning == ["warning: 2 answerable question(s) cannot be answered from the indexed articles and count as "
                       "misses: o1 (its article orchards.txt is not indexed); o2 (no indexed article contains its answer)"]
    data = json.loads(after.stdout)
    assert data["not_indexed"] == {"o1": "its article orchards.txt is not indexed",
                                   "o2": "no indexed article contains its answer"}
    misses = {m["id"]: m["miss"] for m in data["misses"]}
    assert "no indexed article contains its answer" in misses["o2"] and "p1" not in misses


# --------------------------------------------------------------------------- milvus-lite opened by two processes, read-only


@pytest.mark.milvus
def test_a_milvus_lite_folder_held_by_another_process_is_one_sentence_naming_it(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    """Before: milvus-lite logged a traceback and the error said only "Open local milvus failed"."""
    import fcntl

    from assistant.store import StoreError
    from assistant.store.lexical import tokenize
    from assistant.store.milvus_backend import MilvusBackend

    folder = tmp_path / "milvus.db"
    folder.mkdir()
    with open(folder / "LOCK", "a") as held:  # what another process's milvus-lite holds
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(StoreError) as caught:
            MilvusBackend(str(folder), 8, tokenize)
    assert str(caught.value).startswith(f"another process has the milvus-lite store {folder} open: milvus-lite admits "
                                        "one process per .db folder")
    assert not [r for r in caplog.records if r.name.startswith("milvus_lite")]


@pytest.mark.milvus
def test_a_milvus_lite_folder_that_cannot_be_written_is_one_sentence_naming_it(tmp_path: Path, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    """A read-only folder (root ignores the mode, so the refusal is injected where milvus-lite takes its lock)."""
    import milvus_lite.db

    from assistant.store import StoreError
    from assistant.store.lexical import tokenize
    from assistant.store.milvus_backend import MilvusBackend

    folder = tmp_path / "milvus.db"

    def refused(self) -> None:  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied", str(folder / "LOCK"))

    monkeypatch.setattr(milvus_lite.db.MilvusLite, "_acquire_lock", refused)
    with pytest.raises(StoreError) as caught:
        MilvusBackend(str(folder), 8, tokenize)
    assert str(caught.value) == (f"the milvus-lite store {folder} cannot be opened (Permission denied: {folder}/LOCK): "
                                 "milvus-lite writes a lock file in its .db folder even to read, so the folder must be "
                                 "writable by this user")
    assert not [r for r in caplog.records if r.name.startswith("milvus_lite")]


def test_check_floors_names_each_floor_that_failed_and_by_how_much(runner_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`assistant eval --check-floors`: the gate CI applies, from the command line, exit status 3."""
    import json

    from assistant.app.cli import cli

    questions = tmp_path / "mini.jsonl"
    questions.write_text(
        json.dumps({"id": "m1", "question": QUESTION, "answers": [["Astana"]], "kind": "prose"}) + "\n"
        + json.dumps({"id": "m2", "question": "When do the Isfara apricots ripen?", "answers": [["late June"]],
                      "kind": "prose"}) + "\n", encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"files": ["mini.jsonl"], "k": 10, "floors": {"hit@1": 0.75, "kind/prose/hit@10": 0.4},
                                  "ceilings": {"abstain_wrong": 0.6}}), encoding="utf-8")
    result = runner_env.invoke(cli, ["eval", str(questions), "--check-floors", "--floors-file", str(floors), "--json"])
    assert result.exit_code == 3, result.output
    assert [line for line in result.stderr.splitlines() if line.startswith("floor:")] == [
        "floor: hit@1 = 0.5000 fell below its floor 0.7500 by 0.2500"]
    assert json.loads(result.stdout)["metrics"]["hit@1"] == 0.5

    floors.write_text(json.dumps({"files": ["mini.jsonl"], "k": 10, "floors": {"hit@1": 0.5}}), encoding="utf-8")
    assert runner_env.invoke(cli, ["eval", str(questions), "--check-floors", "--floors-file", str(floors)]).exit_code == 0
    refused = runner_env.invoke(cli, ["eval", str(questions), "--check-floors"])  # no eval/floors*.json names mini.jsonl
    assert refused.exit_code == 2 and "no floors file names exactly these question files" in refused.output
    missing = runner_env.invoke(cli, ["eval", str(questions), "--check-floors", "--floors-file", str(tmp_path / "no.json")])
    assert missing.exit_code == 2 and f"the floors file {tmp_path / 'no.json'} does not exist" in missing.output


# --------------------------------------------------------------------------- a corpus of many small files


def _notes(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"note-{i:04d}.txt").write_text(
            f"Field note {i}\n\nThe code word of this note is zq{i:04d}x. The survey team counted {i * 7} poplars "
            f"along canal number {i % 13} before the water was let in.\n", encoding="utf-8")
    return folder


def test_a_build_reads_the_usable_files_a_fixed_number_of_times_not_once_per_file(tmp_path: Path, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`CorpusScan.usable` is a list made on every access; the build and the staleness check tested every
    file against it, a quadratic cost (6 s of a 2,000-file build, bench/corpus_scale.py). Work is counted, not time."""
    from assistant.build import check_index
    from assistant.ingest.corpus import CorpusScan
    from assistant.settings import Settings

    settings = Settings().replace(corpus_dir=_notes(tmp_path / "corpus", 60), index_dir=tmp_path / "index")
    (settings.corpus_dir / "only-scripts.html").write_text(
        "<html><body><script>var x = 1;</script><style>p {}</style></body></html>", encoding="utf-8")
    accesses = []
    usable = CorpusScan.usable.fget  # type: ignore[attr-defined]
    monkeypatch.setattr(CorpusScan, "usable", property(lambda self: accesses.append(1) or usable(self)))
    report = build_index(settings, fake_embedder)
    assert report.chunks_total == 60 and len(accesses) <= 6, len(accesses)
    accesses.clear()
    assert build_index(settings, fake_embedder).up_to_date and len(accesses) <= 6, len(accesses)
    accesses.clear()
    assert check_index(settings, fake_embedder) == [] and len(accesses) <= 3, len(accesses)
    skipped = read_manifest(settings.index_dir).skipped
    assert skipped["corpus/only-scripts.html"]["reason"] == "no article text left after cleaning"  # not "same content as None"
    found = Assistant.load(settings, embedder=fake_embedder, rebuild=False).ask("zq0042x", k=1)
    assert found.passages[0].doc_id == "note-0042"


def test_a_corpus_emptied_by_mistake_serves_the_previous_index_and_says_so(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    """Every article deleted (a folder emptied by mistake, a drive not mounted): the rebuild finds
    nothing to read. Like a failed build, the previous index answers with a notice; before, the app
    and `assistant ask` stopped with "no readable article" until files were put back."""
    generation = build_index(settings, fake_embedder).generation
    for path in list(settings.corpus_dir.rglob("*")):
        if path.is_file():
            path.unlink()
    notes: list[str] = []
    bot = Assistant.load(settings, embedder=fake_embedder, notify=notes.append)
    assert bot.index.manifest.generation == generation and bot.ask(QUESTION).passages
    assert any("no readable article" in note and "serving the previous index" in note for note in notes), notes
