"""Reload off the request path: questions take the current snapshot; a watcher thread swaps in rebuilds."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable

import pytest

import assistant.service as service_module
from assistant.answer import Assistant
from assistant.build import build_index
from assistant.errors import IndexUnavailableError

NEW_FILE = "aral-fishery.md"
NEW_DOC = "aral-fishery"
NEW_ARTICLE = (
    "# Aral fishery restocking\n\n"
    "Kazakhstan's fishery agency released two million sturgeon fry into the Small Aral Sea in 2026.\n\n"
    "The Kokaral dam keeps the northern basin deep enough for the restocked sturgeon to winter.\n"
)
NEW_QUESTION = "How many sturgeon fry were released into the Small Aral Sea?"
GUARD = 120.0  # seconds: a guard against a hang, never a speed check


def _until(condition: Callable[[], bool], guard: float = GUARD) -> bool:
    deadline = time.monotonic() + guard
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def _docs(answer) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.doc_id for p in answer.passages]


@pytest.fixture
def served(settings, fake_embedder):  # type: ignore[no-untyped-def]
    """An assistant on the built corpus, and the generation of a rebuild that adds NEW_ARTICLE."""
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    old = bot.index.manifest.generation
    (settings.corpus_dir / NEW_FILE).write_text(NEW_ARTICLE, encoding="utf-8")
    new = build_index(settings, fake_embedder).generation
    assert new != old
    yield bot, old, new
    bot.stop_watching()


def test_a_blocked_reload_never_blocks_a_question(served, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bot, old, new = served
    loading, release = threading.Event(), threading.Event()
    real_load = service_module.load_index

    def blocked_load(index_dir, **kwargs):  # type: ignore[no-untyped-def]
        loading.set()
        release.wait(GUARD)
        return real_load(index_dir, **kwargs)

    monkeypatch.setattr(service_module, "load_index", blocked_load)
    bot.watch(0.01)
    assert loading.wait(GUARD), "the watcher never started loading the rebuilt index"
    answers: list = []  # type: ignore[type-arg]
    asking = threading.Thread(target=lambda: answers.extend(bot.ask(NEW_QUESTION, k=10) for _ in range(3)))
    asking.start()
    asking.join(GUARD)  # the load is still blocked: a question that waited on it would never return
    assert not asking.is_alive() and not release.is_set()
    assert len(answers) == 3
    assert all(NEW_DOC not in _docs(a) and a.passages for a in answers)  # from the old snapshot
    assert bot.index.manifest.generation == old

    release.set()
    assert _until(lambda: bot.index.manifest.generation == new)
    after = bot.ask(NEW_QUESTION, k=10)
    assert _docs(after)[0] == NEW_DOC and not after.notices


@pytest.mark.parametrize(
    "error, reason",
    [
        (IndexUnavailableError("index in g1 cannot be read now: Too many open files (EMFILE)"), "Too many open files"),
        (RuntimeError("disk controller reset"), "RuntimeError: disk controller reset"),
    ],
)
def test_a_failed_reload_keeps_the_old_snapshot_and_says_why(served, monkeypatch, error, reason) -> None:  # type: ignore[no-untyped-def]
    bot, old, new = served
    before = bot.snapshot
    calls = [0]

    def failing_load(index_dir, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        raise error

    monkeypatch.setattr(service_module, "load_index", failing_load)
    bot.watch(0.01)
    assert _until(lambda: bot.reload_error is not None)
    assert bot.snapshot is before and bot.index.manifest.generation == old
    assert reason in (bot.reload_error or "")
    answer = bot.ask(NEW_QUESTION, k=10)
    assert answer.passages and NEW_DOC not in _docs(answer)
    assert any(reason in n and "previous one" in n for n in answer.notices), answer.notices
    assert calls[0] == 1  # a passing failure waits RELOAD_RETRY_SECONDS before the next attempt

    monkeypatch.undo()  # the trouble passes: the next attempt swaps the new index in
    bot.service._retry_at = 0.0
    assert _until(lambda: bot.index.manifest.generation == new)
    assert bot.reload_error is None
    answer = bot.ask(NEW_QUESTION, k=10)
    assert _docs(answer)[0] == NEW_DOC and not answer.notices


def test_questions_never_derive_corpus_views(served, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Names, the article list and passage counts are made once per snapshot, at the swap, not on a question."""
    bot, old, new = served
    derived: list[int] = []
    real_names = service_module.names_of_documents

    def counting(documents):  # type: ignore[no-untyped-def]
        derived.append(1)
        return real_names(documents)

    monkeypatch.setattr(service_module, "names_of_documents", counting)
    for question in ("Where did Putin celebrate the alliance?", "And Kyrgyzstan?", NEW_QUESTION):
        bot.ask(question, history=["What did Tokayev propose?"])
    assert derived == []
    assert bot.reload_if_changed()
    assert derived == [1]
    snapshot = bot.snapshot
    assert snapshot.generation == new and NEW_DOC in snapshot.passage_counts
    assert "small aral sea" in snapshot.names.df  # the new article's names are known before any question
    assert [d.doc_id for d in bot.documents()] == [d.doc_id for d in snapshot.by_title]
    assert sum(bot.passages_per_document().values()) == len(snapshot.index.chunks)
    bot.ask(NEW_QUESTION)
    assert derived == [1]


def test_a_dropped_assistant_ends_its_watcher(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    """The watcher holds its service weakly: an assistant nobody uses is collected with its index."""
    import weakref

    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    bot.watch(0.01)
    thread = bot.service._watcher
    assert thread is not None and thread.is_alive()
    index = weakref.ref(bot.index)
    del bot
    gc.collect()
    assert index() is None
    thread.join(GUARD)
    assert not thread.is_alive()


def test_stop_ends_the_watcher_and_watch_is_idempotent(served) -> None:  # type: ignore[no-untyped-def]
    bot, old, new = served
    bot.watch(0.01)
    first = bot.service._watcher
    bot.watch(0.01)
    assert bot.service._watcher is first and bot.service.watching
    bot.stop_watching()
    assert first is not None and not first.is_alive() and not bot.service.watching
