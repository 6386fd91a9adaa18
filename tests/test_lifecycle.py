"""Index lifecycle: build reports, stale detection, crash-safe writes, locking, corruption, live reload, watch."""

from __future__ import annotations

import errno
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.app.cli import cli
from assistant.errors import BuildFailedError, BuildLockedError, CorruptIndexError, StaleIndexError
from assistant.store.index import GENERATION, load_index, read_manifest
from assistant.app.watch import watch_corpus
from tests.conftest import REPO, FakeEmbedder

REPORT_KEYS = (
    "docs_added", "docs_changed", "docs_removed", "docs_unchanged",
    "chunks_embedded", "chunks_reused", "chunks_removed", "chunks_total", "seconds",
)
PUTIN = "putin-strengthens-ties-central-asia"
NEW_ARTICLE = (
    "# Caspian ferry line\n\n"
    "In 2026 Turkmenistan and Azerbaijan opened the Turkmenbashi-Alat ferry line for container freight.\n\n"
    "The ferry line carries containers across the Caspian Sea twice a week.\n"
)
BOTH_STORES = True  # tests using `settings` run on the FAISS files and on milvus-lite (tests/conftest.py)
NEW_QUESTION = "Which ferry line did Turkmenistan and Azerbaijan open for container freight?"


def generations(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.iterdir() if p.is_dir() and GENERATION.match(p.name))


def leftovers(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.iterdir() if p.name.startswith((".tmp-", ".manifest.json.")))


# --------------------------------------------------------------------------- the report


def test_build_prints_a_report_then_up_to_date(runner_env) -> None:  # type: ignore[no-untyped-def]
    first = runner_env.invoke(cli, ["build"])
    assert first.exit_code == 0, first.output
    assert "documents: 5 added, 0 changed, 0 removed, 0 unchanged" in first.stdout
    assert "embedded" in first.stdout and "reused" in first.stdout and "removed" in first.stdout
    second = runner_env.invoke(cli, ["build"])
    assert second.exit_code == 0 and "up to date" in second.stdout


def test_build_json_is_one_object_with_the_counts(runner_env, settings) -> None:  # type: ignore[no-untyped-def]
    first = json.loads(runner_env.invoke(cli, ["build", "--json"]).stdout)
    assert all(key in first for key in REPORT_KEYS)
    assert first["docs_added"] == 5 and first["chunks_embedded"] == first["chunks_total"] > 0
    (settings.corpus_dir / f"{PUTIN}.txt").unlink()
    (settings.corpus_dir / "caspian-ferry.md").write_text(NEW_ARTICLE, encoding="utf-8")
    result = runner_env.invoke(cli, ["build", "--json"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1  # exactly one JSON object
    report = json.loads(lines[0])
    assert (report["docs_added"], report["docs_changed"], report["docs_removed"], report["docs_unchanged"]) == (1, 0, 1, 4)
    assert report["details"]["removed"] == [f"corpus/{PUTIN}.txt"]
    assert report["details"]["added"] == ["corpus/caspian-ferry.md"]
    assert 0 < report["chunks_embedded"] < report["chunks_total"]
    assert report["chunks_removed"] > 0
    assert report["chunks_reused"] == report["chunks_total"] - report["chunks_embedded"]


class ProgressEmbedder(FakeEmbedder):
    """Records the `progress` flag of every encode call."""

    def __init__(self) -> None:
        super().__init__()
        self.progress: list[bool] = []

    def encode(self, texts, *, progress: bool = False):  # type: ignore[no-untyped-def]
        self.progress.append(progress)
        return super().encode(texts, progress=progress)


@pytest.mark.parametrize("terminal", [True, False])
@pytest.mark.parametrize("as_json", [True, False])
def test_progress_bar_only_on_a_terminal(settings, monkeypatch, terminal: bool, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    import assistant.answer as answer_module
    import assistant.app.cli as cli_module

    embedder = ProgressEmbedder()
    monkeypatch.setattr(answer_module, "make_embedder", lambda s: embedder)
    monkeypatch.setattr(cli_module, "_stderr_is_terminal", lambda: terminal)
    result = CliRunner().invoke(
        cli, ["build", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)] + (["--json"] if as_json else []),
        env={"ASSISTANT_STORE": settings.store},
    )
    assert result.exit_code == 0, result.output
    assert embedder.progress and set(embedder.progress) == {terminal}
    if as_json:
        json.loads(result.stdout)  # the bar never spoils the JSON on stdout


# --------------------------------------------------------------------------- stale detection


def _add_article(settings) -> str:  # type: ignore[no-untyped-def]
    (settings.corpus_dir / "caspian-ferry.md").write_text(NEW_ARTICLE, encoding="utf-8")
    return "corpus/caspian-ferry.md was added"


def _change_article(settings) -> str:  # type: ignore[no-untyped-def]
    path = settings.corpus_dir / f"{PUTIN}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Kazakhstan, rich in", "Kazakhstan, so rich in"), encoding="utf-8")
    return f"corpus/{PUTIN}.txt changed"


def _remove_article(settings) -> str:  # type: ignore[no-untyped-def]
    (settings.corpus_dir / f"{PUTIN}.txt").unlink()
    return f"corpus/{PUTIN}.txt was removed"


def _change_setting(settings, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ASSISTANT_CHUNK_TOKENS", "120")
    monkeypatch.setenv("ASSISTANT_CHUNK_MAX_TOKENS", "150")
    return "setting chunk_tokens was 200, is now 120"


STALE_CASES = {
    "added": lambda s, m: _add_article(s),
    "changed": lambda s, m: _change_article(s),
    "removed": lambda s, m: _remove_article(s),
    "setting": _change_setting,
}


@pytest.mark.parametrize("case", sorted(STALE_CASES))
def test_stale_index_refused_with_no_rebuild(runner_env, settings, monkeypatch, case: str) -> None:  # type: ignore[no-untyped-def]
    assert runner_env.invoke(cli, ["build"]).exit_code == 0
    expected = STALE_CASES[case](settings, monkeypatch)
    result = runner_env.invoke(cli, ["ask", "Where did Putin celebrate the alliance?", "--no-rebuild"])
    assert result.exit_code == 1 and result.stdout == ""
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: the index is stale (")
    assert expected in lines[0] and "run `assistant build`" in lines[0]


@pytest.mark.parametrize("case", sorted(STALE_CASES))
def test_stale_index_rebuilt_by_default_with_one_notice(runner_env, settings, monkeypatch, case: str) -> None:  # type: ignore[no-untyped-def]
    assert runner_env.invoke(cli, ["build"]).exit_code == 0
    expected = STALE_CASES[case](settings, monkeypatch)
    result = runner_env.invoke(cli, ["ask", NEW_QUESTION, "-k", "10", "--json"])
    assert result.exit_code == 0, result.output
    notes = result.stderr.strip().splitlines()
    assert len(notes) == 1 and notes[0].startswith("note: index is stale (") and expected in notes[0]
    answer = json.loads(result.stdout)
    cited = {p["doc_id"] for p in answer["passages"]}
    if case == "added":
        assert answer["passages"][0]["doc_id"] == "caspian-ferry"
    if case == "removed":
        assert PUTIN not in cited
    again = runner_env.invoke(cli, ["ask", NEW_QUESTION, "--json"])
    assert again.exit_code == 0 and again.stderr == ""  # rebuilt once: no notice the second time


def test_assistant_load_says_which_documents_differ(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    _add_article(settings)
    _remove_article(settings)
    with pytest.raises(StaleIndexError) as caught:
        Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    assert set(caught.value.differences) == {"corpus/caspian-ferry.md was added", f"corpus/{PUTIN}.txt was removed"}
    assert "\n" not in str(caught.value)


# --------------------------------------------------------------------------- corruption


def _truncate(index_dir: Path, folder: Path) -> None:
    target = folder / "vectors.npy"
    target.write_bytes(target.read_bytes()[:-100])


def _flip_byte(index_dir: Path, folder: Path) -> None:
    target = folder / "sentence_vectors.npy"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x40
    target.write_bytes(bytes(data))


def _delete_file(index_dir: Path, folder: Path) -> None:
    (folder / "dense.faiss").unlink()


def _delete_generation(index_dir: Path, folder: Path) -> None:
    shutil.rmtree(folder)


def _truncate_manifest(index_dir: Path, folder: Path) -> None:
    path = index_dir / "manifest.json"
    path.write_bytes(path.read_bytes()[:200])


def _manifest_wrong_shape(index_dir: Path, folder: Path) -> None:
    path = index_dir / "manifest.json"
    data = json.loads(path.read_text())
    data["files"] = ["vectors.npy"]
    path.write_text(json.dumps(data))


def _manifest_escapes(index_dir: Path, folder: Path) -> None:
    path = index_dir / "manifest.json"
    data = json.loads(path.read_text())
    data["generation"] = "../elsewhere"
    path.write_text(json.dumps(data))


def _older_version(index_dir: Path, folder: Path) -> None:
    """An index written before sentence vectors existed: its manifest lists no such file."""
    path = index_dir / "manifest.json"
    data = json.loads(path.read_text())
    for name in [n for n in data["files"] if n.startswith("sentence_")]:
        del data["files"][name]
    path.write_text(json.dumps(data))


def _edit_n_chunks(index_dir: Path, folder: Path) -> None:
    path = index_dir / "manifest.json"
    data = json.loads(path.read_text())
    data["n_chunks"] -= 1
    path.write_text(json.dumps(data))


def _swap_from_previous_generation(index_dir: Path, folder: Path, *, fix_manifest: bool = False) -> None:
    """Copy chunks.jsonl of the previous generation over the current one's."""
    previous = [g for g in generations(index_dir) if g != folder.name]
    assert len(previous) == 1
    source = index_dir / previous[0] / "chunks.jsonl"
    shutil.copyfile(source, folder / "chunks.jsonl")
    if fix_manifest:  # even a manifest whose sizes and checksums were updated to match is caught
        import hashlib

        path = index_dir / "manifest.json"
        data = json.loads(path.read_text())
        blob = source.read_bytes()
        data["files"]["chunks.jsonl"] = {"bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}
        path.write_text(json.dumps(data))


CORRUPTIONS: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "truncated-file": (_truncate, "truncated or replaced"),
    "flipped-byte": (_flip_byte, "does not match its checksum"),
    "missing-file": (_delete_file, "is missing"),
    "missing-generation": (_delete_generation, "is missing"),
    "truncated-manifest": (_truncate_manifest, "manifest .* is damaged"),
    "manifest-wrong-shape": (_manifest_wrong_shape, "manifest .* is damaged"),
    "manifest-path-escape": (_manifest_escapes, "manifest .* is damaged"),
    "n_chunks-edited": (_edit_n_chunks, "inconsistent"),
    "older-version": (_older_version, "lacks sentence_vectors.npy.*another version"),
    "file-from-other-generation": (_swap_from_previous_generation, "truncated or replaced|checksum"),
    "file-from-other-generation-manifest-fixed": (
        lambda i, f: _swap_from_previous_generation(i, f, fix_manifest=True), "inconsistent"
    ),
}


@pytest.fixture
def two_generations(settings, fake_embedder):  # type: ignore[no-untyped-def]
    """An index built twice (the second time after an edit), so a previous generation exists."""
    build_index(settings, fake_embedder)
    _change_article(settings)
    build_index(settings, fake_embedder)
    folder = settings.index_dir / read_manifest(settings.index_dir).generation
    assert len(generations(settings.index_dir)) == 2
    return folder


@pytest.mark.files_only("damages the generation's files; a Milvus collection has no such files")
@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_corruption_is_one_sentence_naming_the_fix(settings, fake_embedder, two_generations, runner_env, name: str) -> None:  # type: ignore[no-untyped-def]
    damage, pattern = CORRUPTIONS[name]
    damage(settings.index_dir, two_generations)
    with pytest.raises(CorruptIndexError, match=pattern) as caught:
        load_index(settings.index_dir)
    message = str(caught.value)
    assert "\n" not in message and message.endswith("run `assistant build --force` to rebuild it")

    result = runner_env.invoke(cli, ["ask", "Where did Putin celebrate the alliance?", "--no-rebuild"])
    assert result.exit_code == 1 and result.stdout == "" and "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "assistant build --force" in lines[0]

    # the default recovers by rebuilding, and answers from a sound index
    notes: list[str] = []
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=True, notify=notes.append)
    assert len(notes) == 1 and "rebuilding it now" in notes[0]
    answer = bot.ask("Where did Putin celebrate the alliance?", k=5)
    assert answer.passages
    for p in answer.passages:
        assert bot.index.documents[p.doc_id].text[p.start : p.end] == p.text
    load_index(settings.index_dir)  # sound again


@pytest.mark.files_only("damages the generation's files; a Milvus collection has no such files")
def test_cli_ask_rebuilds_a_corrupt_index_by_default(settings, two_generations, runner_env) -> None:  # type: ignore[no-untyped-def]
    _truncate(settings.index_dir, two_generations)
    result = runner_env.invoke(cli, ["ask", "Where did Putin celebrate the alliance?", "--json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("\n") == 1 and "rebuilding it now" in result.stderr
    assert json.loads(result.stdout)["passages"]


# --------------------------------------------------------------------------- failed builds


class FailingEmbedder(FakeEmbedder):
    """Embeds the first `ok_calls` batches, then fails like a model running out of memory."""

    def __init__(self, ok_calls: int = 0) -> None:
        super().__init__()
        self.ok_calls = ok_calls

    def encode(self, texts, *, progress: bool = False):  # type: ignore[no-untyped-def]
        if self.calls >= self.ok_calls:
            self.calls += 1
            raise RuntimeError("out of memory while embedding\n  (details on a second line)")
        return super().encode(texts, progress=progress)


def _assert_old_index_served(settings, embedder, generation: str) -> None:  # type: ignore[no-untyped-def]
    assert read_manifest(settings.index_dir).generation == generation
    assert load_index(settings.index_dir).manifest.generation == generation
    assert leftovers(settings.index_dir) == []
    assert generations(settings.index_dir) == [generation]


def test_failing_embedder_keeps_the_old_index(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    generation = build_index(settings, fake_embedder).generation
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    _add_article(settings)
    with pytest.raises(BuildFailedError) as caught:
        build_index(settings, FailingEmbedder())
    message = str(caught.value)
    assert "\n" not in message and message.startswith("embedding failed (RuntimeError: out of memory")
    assert message.endswith("the previous index is still in use")
    _assert_old_index_served(settings, fake_embedder, generation)
    assert bot.ask("Where did Putin celebrate the alliance?").passages
    assert build_index(settings, fake_embedder).docs_added == 1  # the lock was released


def _no_space(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise OSError(errno.ENOSPC, "No space left on device")


def _faiss_write_fails(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise RuntimeError("Error in faiss::FileIOWriter: could not write\nsecond line")


@pytest.mark.parametrize(
    "target, replacement, expected",
    [
        ("assistant.store.index.np.save", _no_space, "No space left on device"),
        ("assistant.store.index._write_jsonl", _no_space, "No space left on device"),
        ("assistant.store.vectors.VectorIndex.save", _faiss_write_fails, "RuntimeError: Error in faiss"),
        ("assistant.store.index.os.rename", _no_space, "No space left on device"),
    ],
)
def test_failed_write_keeps_the_old_index(settings, fake_embedder, monkeypatch, target, replacement, expected) -> None:  # type: ignore[no-untyped-def]
    generation = build_index(settings, fake_embedder).generation
    _add_article(settings)
    with monkeypatch.context() as patch:
        patch.setattr(target, replacement)
        with pytest.raises(BuildFailedError) as caught:
            build_index(settings, fake_embedder)
    message = str(caught.value)
    assert "\n" not in message and expected in message and message.endswith("the previous index is still in use")
    _assert_old_index_served(settings, fake_embedder, generation)
    assert build_index(settings, fake_embedder).docs_added == 1


def test_build_error_through_the_cli_is_one_line(runner_env, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import assistant.answer as answer_module

    monkeypatch.setattr(answer_module, "make_embedder", lambda s: FailingEmbedder())
    result = runner_env.invoke(cli, ["build"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip().count("\n") == 0 and result.stderr.startswith("error: embedding failed")


def test_generations_are_collected_and_leftovers_cleaned(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    built = []
    for n in range(4):
        (settings.corpus_dir / f"note-{n}.md").write_text(f"# Note {n}\n\nKazakhstan note number {n} about grain.\n")
        built.append(build_index(settings, fake_embedder).generation)
    assert generations(settings.index_dir) == sorted(built[-2:])  # current + previous only
    # leftovers of a crashed build: a half-written folder, a manifest copy, an orphan generation
    (settings.index_dir / ".tmp-g20000101-000000-deadbeef").mkdir()
    (settings.index_dir / ".tmp-g20000101-000000-deadbeef" / "vectors.npy").write_bytes(b"half")
    (settings.index_dir / ".manifest.json.g20000101-000000-deadbeef.tmp").write_text("{")
    (settings.index_dir / "g20000101-000000-deadbeef").mkdir()
    assert build_index(settings, fake_embedder).up_to_date  # cleans leftovers under the lock
    assert leftovers(settings.index_dir) == []
    (settings.corpus_dir / "note-0.md").unlink()
    latest = build_index(settings, fake_embedder).generation
    assert generations(settings.index_dir) == sorted([built[-1], latest])  # the orphan went too


# --------------------------------------------------------------------------- crashes and the lock

BUILD_SCRIPT = r"""
import os, sys, time
from assistant.build import build_index
from assistant.settings import Settings
import assistant.store.index as index_module
from tests.conftest import FakeEmbedder

corpus, index, stage, store = sys.argv[1:5]

def hang():
    print("READY", flush=True)
    time.sleep(600)

embedder = FakeEmbedder()
if stage == "embed":  # killed while the model embeds
    class Slow(FakeEmbedder):
        def encode(self, texts, *, progress=False):
            hang()
    embedder = Slow()
elif stage == "write":  # killed with the new generation fully written to .tmp-*
    fsync_tree = index_module._fsync_tree
    def slow_fsync(folder):
        fsync_tree(folder)
        hang()
    index_module._fsync_tree = slow_fsync
elif stage == "swap":  # killed after renaming the generation, before swapping the manifest
    replace = os.replace
    def slow_replace(src, dst):
        if str(dst).endswith("manifest.json"):
            hang()
        replace(src, dst)
    os.replace = slow_replace
settings = Settings().replace(corpus_dir=corpus, index_dir=index, store=store)
report = build_index(settings, embedder, force=stage != "none")
print(report.generation, flush=True)
"""


def _start_build(settings, stage: str) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", BUILD_SCRIPT, str(settings.corpus_dir), str(settings.index_dir), stage, settings.store],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_ready(proc: subprocess.Popen[str], limit: float = 180.0) -> None:
    ready, _, _ = select.select([proc.stdout], [], [], limit)
    line = proc.stdout.readline() if ready else ""  # type: ignore[union-attr]
    if line.strip() != "READY":
        proc.kill()
        raise AssertionError(f"the build subprocess did not reach its stage: {line!r} {proc.stderr.read()}")  # type: ignore[union-attr]


def _run_build(settings) -> str:  # type: ignore[no-untyped-def]
    proc = _start_build(settings, "none")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return out.strip()


@pytest.mark.parametrize("stage", ["embed", "write", "swap"])
def test_kill_9_mid_build_leaves_the_old_index(settings, fake_embedder, runner_env, stage: str) -> None:  # type: ignore[no-untyped-def]
    old = build_index(settings, fake_embedder).generation
    proc = _start_build(settings, stage)
    try:
        _wait_ready(proc)
        # a second build meanwhile is refused with a clear message, and touches nothing
        with pytest.raises(BuildLockedError, match=rf"another build \(pid {proc.pid}\) is writing .*; wait for it to finish"):
            build_index(settings, fake_embedder, force=True)
        result = runner_env.invoke(cli, ["build"])
        assert result.exit_code == 1 and result.stderr.startswith("error: another build")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    if stage == "write":
        assert any(name.startswith(".tmp-") for name in leftovers(settings.index_dir))
    if stage == "swap":
        assert len(generations(settings.index_dir)) == 2  # renamed but never swapped in
    # the old index is intact, loadable and answers
    assert load_index(settings.index_dir).manifest.generation == old
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    assert bot.index.manifest.generation == old and bot.ask("Where did Putin celebrate the alliance?").passages
    # the lock died with the process; a new build succeeds and clears the debris
    report = build_index(settings, fake_embedder, force=True)
    assert report.chunks_embedded == report.chunks_total
    assert leftovers(settings.index_dir) == []
    assert generations(settings.index_dir) == sorted([old, report.generation])


# --------------------------------------------------------------------------- live reload


def _served(bot: Assistant, generation: str, guard: float = 120.0) -> bool:
    """Whether the watcher swapped `generation` in (waits at most `guard` s: a hang guard, not a timing)."""
    deadline = time.monotonic() + guard
    while bot.index.manifest.generation != generation and time.monotonic() < deadline:
        time.sleep(0.02)
    return bot.index.manifest.generation == generation


@pytest.mark.files_only("milvus-lite admits one process per .db; a build in another process needs a Milvus server")
def test_running_assistant_serves_a_build_from_another_process(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    bot.watch(0.05)  # as the chat does: the watcher thread swaps rebuilds in
    before = bot.ask(NEW_QUESTION, k=10)
    assert all(p.doc_id != "caspian-ferry" for p in before.passages)

    _add_article(settings)
    _remove_article(settings)
    generation = _run_build(settings)  # `build_index` in another process
    assert _served(bot, generation)  # no restart
    answer = bot.ask(NEW_QUESTION, k=10)
    bot.stop_watching()
    assert answer.passages[0].doc_id == "caspian-ferry"
    assert "Turkmenbashi-Alat" in answer.passages[0].text
    for question in ("Where did Putin celebrate the alliance in Astana?", "Erdogan Economic Cooperation Organization summit"):
        assert all(p.doc_id != PUTIN for p in bot.ask(question, k=50).passages)


class PausingEmbedder(FakeEmbedder):
    """Runs `during` once, in the middle of the next question (after its index was chosen)."""

    def __init__(self) -> None:
        super().__init__()
        self.during: Callable[[], None] | None = None

    def encode(self, texts, *, progress: bool = False):  # type: ignore[no-untyped-def]
        hook, self.during = self.during, None
        if hook is not None:
            hook()
        return super().encode(texts, progress=progress)


def test_question_in_flight_survives_two_swaps(settings) -> None:  # type: ignore[no-untyped-def]
    builder = FakeEmbedder()
    build_index(settings, builder)
    bot_embedder = PausingEmbedder()
    bot = Assistant.load(settings, embedder=bot_embedder, rebuild=False)
    first = bot.index.manifest.generation

    def two_builds() -> None:  # the generation being read is deleted from disk meanwhile
        _add_article(settings)
        build_index(settings, builder)
        _remove_article(settings)
        build_index(settings, builder)
        assert first not in generations(settings.index_dir)

    bot_embedder.during = two_builds
    answer = bot.ask("Where did Putin celebrate the alliance?", k=5)
    assert answer.passages and any(p.doc_id == PUTIN for p in answer.passages)  # answered from its index
    assert bot.reload_if_changed()
    after = bot.ask(NEW_QUESTION, k=10)
    assert bot.index.manifest.generation != first
    assert after.passages[0].doc_id == "caspian-ferry" and all(p.doc_id != PUTIN for p in after.passages)


def test_questions_during_rebuilds_never_fail(settings) -> None:  # type: ignore[no-untyped-def]
    builder = FakeEmbedder()
    build_index(settings, builder)
    bot = Assistant.load(settings, embedder=FakeEmbedder(), rebuild=False)
    bot.watch(0.01)  # swaps happen on the watcher thread while questions run
    errors: list[BaseException] = []
    asked = [0]
    stop = threading.Event()

    def ask_loop() -> None:
        questions = ["Where did Putin celebrate the alliance?", NEW_QUESTION, "Tajikistan security concern"]
        while not stop.is_set():
            try:
                answer = bot.ask(questions[asked[0] % 3], k=5)
                for p in answer.passages:  # never a passage that does not match its document
                    assert p.text and p.end > p.start
                asked[0] += 1
            except BaseException as exc:  # noqa: BLE001 - any failure counts
                errors.append(exc)
                return

    thread = threading.Thread(target=ask_loop)
    thread.start()
    try:
        for n in range(6):
            (_add_article if n % 2 == 0 else lambda s: (settings.corpus_dir / "caspian-ferry.md").unlink())(settings)
            before = asked[0]
            build_index(settings, builder)
            while asked[0] == before and thread.is_alive():  # let at least one question run per swap
                stop.wait(0.01)
    finally:
        stop.set()
        thread.join(timeout=120)
    assert errors == []
    assert asked[0] >= 6
    final = read_manifest(settings.index_dir).generation
    assert _served(bot, final)
    bot.stop_watching()
    assert bot.ask("anything about Kazakhstan").passages


def test_reload_retries_when_a_build_swaps_during_the_load(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The generation being read vanishes under the reader (two later swaps): it reads the newest."""
    import assistant.service as service_module

    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    _add_article(settings)
    build_index(settings, fake_embedder)
    real_load = service_module.load_index
    raced = []

    def racing_load(index_dir, **kwargs):  # type: ignore[no-untyped-def]
        if not raced:
            raced.append(1)
            _remove_article(settings)
            build_index(settings, fake_embedder)
            raise CorruptIndexError("index folder g... named by the manifest is missing")
        return real_load(index_dir, **kwargs)

    monkeypatch.setattr(service_module, "load_index", racing_load)
    assert bot.reload_if_changed()
    answer = bot.ask(NEW_QUESTION, k=10)
    assert raced and bot.index.manifest.generation == read_manifest(settings.index_dir).generation
    assert answer.passages[0].doc_id == "caspian-ferry" and all(p.doc_id != PUTIN for p in answer.passages)


def test_reload_keeps_the_index_when_the_new_one_is_corrupt(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    old = bot.index.manifest.generation
    _add_article(settings)
    new = build_index(settings, fake_embedder).generation
    _truncate(settings.index_dir, settings.index_dir / new)
    assert not bot.reload_if_changed()
    assert bot.ask("Where did Putin celebrate the alliance?").passages  # still answers, from the old one
    assert bot.index.manifest.generation == old


def test_reload_refuses_an_index_of_another_model(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    old = bot.index.manifest.generation
    other = FakeEmbedder(dim=32)
    other.model_id = "fake/other"
    build_index(settings, other)
    assert not bot.reload_if_changed()
    assert bot.ask("Where did Putin celebrate the alliance?").passages  # no dimension mismatch
    assert bot.index.manifest.generation == old


# --------------------------------------------------------------------------- watch


class Watching:
    """watch_corpus in a thread on real file-system events; `until(n)` waits for n rebuilds."""

    def __init__(self, root: Path, rebuild: Callable[[], bool | None] | None = None, interval: float = 0.2) -> None:
        self.calls: list[float] = []
        self.done = threading.Event()
        self._rebuild = rebuild
        self.stop = threading.Event()
        self.result: list[int] = []
        self.thread = threading.Thread(
            target=lambda: self.result.append(watch_corpus(root, self._call, interval=interval, stop=self.stop)),
            daemon=True,
        )
        self.thread.start()
        time.sleep(0.5)  # the watcher has subscribed to the folder's events

    def _call(self) -> bool | None:
        self.calls.append(time.monotonic())
        return self._rebuild() if self._rebuild else None

    def until(self, n: int, timeout: float = 30.0) -> int:
        deadline = time.monotonic() + timeout
        while len(self.calls) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # room for any extra, unwanted rebuild to show up
        self.stop.set()
        self.thread.join(10)
        assert not self.thread.is_alive()
        return self.result[0]


def _touch(path: Path, text: str) -> Callable[[], None]:
    def write() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    return write


@pytest.mark.parametrize(
    "edit, rebuilds",
    [
        (lambda c: _touch(c / f"{PUTIN}.txt", "changed text of the article"), 1),
        (lambda c: _touch(c / "caspian-ferry.md", NEW_ARTICLE), 1),
        (lambda c: (lambda: (c / f"{PUTIN}.txt").unlink()), 1),
        (lambda c: _touch(c / "metadata.json", "{}"), 1),
        (lambda c: _touch(c / "sub" / "deeper" / "caspian-ferry.md", NEW_ARTICLE), 1),
        (lambda c: _touch(c / ".notes.txt.swp", "editor swap file"), 0),
        (lambda c: _touch(c / "README", "not an article"), 0),
        (lambda c: _touch(c / ".git" / "objects" / "note.txt", "inside a hidden folder"), 0),
        (lambda c: _touch(c / ".drafts" / "caspian-ferry.md", NEW_ARTICLE), 0),
    ],
    ids=["modified", "added", "deleted", "metadata", "new-sub-folder", "swap-file", "other-file",
         "hidden-folder", "hidden-drafts-folder"],
)
def test_watch_rebuilds_once_per_change(corpus_copy, edit, rebuilds: int) -> None:  # type: ignore[no-untyped-def]
    watching = Watching(corpus_copy)
    edit(corpus_copy)()
    assert watching.until(max(rebuilds, 1), timeout=30.0 if rebuilds else 3.0) == len(watching.calls) == rebuilds


def test_watch_sees_a_folder_deleted_or_renamed(corpus_copy) -> None:  # type: ignore[no-untyped-def]
    (corpus_copy / "sub").mkdir()
    (corpus_copy / "sub" / "caspian-ferry.md").write_text(NEW_ARTICLE, encoding="utf-8")
    watching = Watching(corpus_copy)
    (corpus_copy / "sub").rename(corpus_copy / ".hidden-now")
    assert watching.until(1) == 1


def test_watch_waits_for_a_burst_of_edits_to_settle(corpus_copy) -> None:  # type: ignore[no-untyped-def]
    path = corpus_copy / f"{PUTIN}.txt"
    seen: list[str] = []
    watching = Watching(corpus_copy, lambda: seen.append(path.read_text()), interval=1.0)
    for text in ("one", "one two", "one two three"):  # each edit well inside the quiet interval
        path.write_text(text, encoding="utf-8")
        time.sleep(0.05)
    assert watching.until(1) == 1 and seen == ["one two three"]


def test_watch_tries_again_when_a_rebuild_is_refused(corpus_copy) -> None:  # type: ignore[no-untyped-def]
    answers = [False, True]  # the first rebuild found the lock taken
    watching = Watching(corpus_copy, lambda: answers.pop(0))
    (corpus_copy / f"{PUTIN}.txt").write_text("changed", encoding="utf-8")
    assert watching.until(2) == 2 and answers == []


def test_build_watch_through_the_cli(runner_env, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`assistant build --watch --json`: one report per rebuild; a failed rebuild is reported and watching goes on."""
    import assistant.answer as answer_module
    import assistant.app.watch as watch_module

    embedder = FailingEmbedder(ok_calls=1)  # the first build works, the first rebuild fails
    monkeypatch.setattr(answer_module, "make_embedder", lambda s: embedder)
    real_watch = watch_module.watch_corpus

    def scripted(root, rebuild, interval):  # type: ignore[no-untyped-def]
        """The real watcher, with the corpus edited from a thread: add (fails), then remove (works)."""
        stop = threading.Event()
        count = [0]

        def counted() -> bool | None:
            try:
                return rebuild()
            finally:
                count[0] += 1  # this rebuild is over

        def edits() -> None:
            time.sleep(0.5)
            _add_article(settings)
            while count[0] < 1:
                time.sleep(0.05)
            embedder.ok_calls = 10
            _remove_article(settings)
            while count[0] < 2:
                time.sleep(0.05)
            stop.set()

        threading.Thread(target=edits, daemon=True).start()
        return real_watch(root, counted, interval=interval, stop=stop)

    monkeypatch.setattr(watch_module, "watch_corpus", scripted)
    result = runner_env.invoke(cli, ["build", "--watch", "--json", "--interval", "0.2"])
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [r["docs_added"] for r in reports] == [5, 1] and reports[1]["docs_removed"] == 1
    assert "error: embedding failed" in result.stderr and "Traceback" not in result.output


# --------------------------------------------------------------------------- the real model


@pytest.mark.model
def test_real_model_incremental_build(tmp_path, real_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a copy of the repository's corpus with the real default model, through the CLI."""
    import assistant.answer as answer_module

    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    article = tmp_path / "corpus" / "kazakhstan-uzbekistan-sovereignty-test.txt"
    recorded: list[str] = []

    class Recording:
        model_id, dim = real_embedder.model_id, real_embedder.dim

        def encode_passages(self, texts, *, progress: bool = False):  # type: ignore[no-untyped-def]
            recorded.extend(texts)
            return real_embedder.encode_passages(texts, progress=progress)

        def encode_queries(self, texts):  # type: ignore[no-untyped-def]
            return real_embedder.encode_queries(texts)

        def count_tokens(self, text: str) -> int:
            return real_embedder.count_tokens(text)

    monkeypatch.setattr(answer_module, "make_embedder", lambda s: Recording())
    args = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    runner = CliRunner()

    def build_json() -> dict:  # type: ignore[type-arg]
        result = runner.invoke(cli, ["build", "--json", *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    first = build_json()
    assert first["docs_added"] == 5 and first["chunks_embedded"] == first["chunks_total"]
    second = build_json()
    assert second["chunks_embedded"] == 0 and second["chunks_reused"] == first["chunks_total"]

    fact = "In 2026 Kazakhstan and Kyrgyzstan opened the Khorgos-Naryn rail freight corridor."
    article.write_text(article.read_text(encoding="utf-8") + "\n\n" + fact + "\n", encoding="utf-8")
    recorded.clear()
    third = build_json()
    assert third["docs_changed"] == 1 and third["docs_unchanged"] == 4
    assert 1 <= third["chunks_embedded"] <= 2 and third["chunks_reused"] >= first["chunks_total"] - 2
    doc_text = load_index(tmp_path / "index").documents["kazakhstan-uzbekistan-sovereignty-test"].text
    assert recorded == [fact] and all(t in doc_text for t in recorded)  # only the new sentence

    result = runner.invoke(cli, ["ask", "Which rail freight corridor did Kazakhstan and Kyrgyzstan open in 2026?",
                                 "--json", "--no-rebuild", *args])
    assert result.exit_code == 0, result.output
    top = json.loads(result.stdout)["passages"][0]
    assert top["doc_id"] == "kazakhstan-uzbekistan-sovereignty-test" and "Khorgos-Naryn" in top["text"]
