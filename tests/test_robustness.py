"""Long-running deployment: passing load errors, input caps, feedback rotation, auth warnings, settings, watching."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import assistant.answer as answer_module
import assistant.service as service_module
import assistant.store.index as index_module
from assistant.answer import Assistant
from assistant.build import build_index
from assistant.errors import IndexUnavailableError
from assistant.store.index import read_manifest
from tests.conftest import FakeEmbedder

NEW_ARTICLE = (
    "# Caspian ferry line\n\n"
    "In 2026 Turkmenistan and Azerbaijan opened the Turkmenbashi-Alat ferry line for container freight.\n\n"
    "The ferry line carries containers across the Caspian Sea twice a week.\n"
)
NEW_QUESTION = "Which ferry line did Turkmenistan and Azerbaijan open for container freight?"
FAULTS = {
    "emfile": (lambda: OSError(errno.EMFILE, "Too many open files"), "Too many open files (EMFILE)"),
    "memory": (lambda: MemoryError(), "out of memory"),
}


def _fail_np_load(monkeypatch: pytest.MonkeyPatch, make_error) -> None:  # type: ignore[no-untyped-def]
    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise make_error()

    monkeypatch.setattr(index_module.np, "load", failing)


# --------------------------------------------------------------------------- passing load errors


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_passing_error_on_reload_keeps_the_old_index(settings, fake_embedder, monkeypatch, fault: str) -> None:  # type: ignore[no-untyped-def]
    make_error, cause = FAULTS[fault]
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    old = bot.index.manifest.generation
    (settings.corpus_dir / "caspian-ferry.md").write_text(NEW_ARTICLE, encoding="utf-8")
    build_index(settings, fake_embedder)
    new = read_manifest(settings.index_dir).generation
    assert new != old
    embedded = len(fake_embedder.embedded)
    real_load = np.load
    with monkeypatch.context() as patch:
        _fail_np_load(patch, make_error)
        assert not bot.reload_if_changed()  # what the watcher thread runs after a build
        answer = bot.ask(NEW_QUESTION)
    # the old index answered, said why the new one is not served, and nothing was embedded
    assert bot.index.manifest.generation == old
    assert answer.passages and "caspian-ferry" not in [p.doc_id for p in answer.passages]
    assert any(cause in n and "previous one" in n for n in answer.notices), answer.notices
    assert "--force" not in " ".join(answer.notices)  # not called corruption
    assert len(fake_embedder.embedded) == embedded + 1  # only the question
    assert np.load is real_load
    # once the trouble passes, the next question after the retry delay gets the new index
    monkeypatch.setattr(service_module, "RELOAD_RETRY_SECONDS", 0.0)
    bot.service._retry_at = 0.0
    assert bot.reload_if_changed()
    answer = bot.ask(NEW_QUESTION)
    assert bot.index.manifest.generation == new and bot.reload_error is None
    assert answer.passages[0].doc_id == "caspian-ferry" and not answer.notices


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_passing_error_at_start_is_reported_not_rebuilt(settings, fake_embedder, monkeypatch, fault: str) -> None:  # type: ignore[no-untyped-def]
    make_error, cause = FAULTS[fault]
    build_index(settings, fake_embedder)
    generation = read_manifest(settings.index_dir).generation
    fresh = FakeEmbedder()
    _fail_np_load(monkeypatch, make_error)
    with pytest.raises(IndexUnavailableError) as caught:
        Assistant.load(settings, embedder=fresh, rebuild=True)
    message = str(caught.value)
    assert cause in message and "not damaged" in message and "\n" not in message
    assert fresh.embedded == []  # nothing re-embedded
    assert read_manifest(settings.index_dir).generation == generation  # nothing rebuilt


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_passing_error_during_build_embeds_nothing(settings, fake_embedder, monkeypatch, fault: str) -> None:  # type: ignore[no-untyped-def]
    make_error, cause = FAULTS[fault]
    build_index(settings, fake_embedder)
    generation = read_manifest(settings.index_dir).generation
    (settings.corpus_dir / "caspian-ferry.md").write_text(NEW_ARTICLE, encoding="utf-8")
    fresh = FakeEmbedder()
    _fail_np_load(monkeypatch, make_error)
    with pytest.raises(IndexUnavailableError, match=cause.replace("(", r"\(").replace(")", r"\)")):
        build_index(settings, fresh)
    assert fresh.embedded == [] and read_manifest(settings.index_dir).generation == generation


def test_passing_error_on_manifest_read_is_not_corruption(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    real_read = Path.read_text

    def failing(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name == "manifest.json":
            raise OSError(errno.EMFILE, "Too many open files")
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", failing)
    with pytest.raises(IndexUnavailableError, match="EMFILE"):
        read_manifest(settings.index_dir)


# --------------------------------------------------------------------------- strict settings


@pytest.mark.parametrize(
    "variable,value,setting",
    [
        ("ASSISTANT_NORMALIZE", "ture", "normalize"),
        ("ASSISTANT_NORMALIZE", "", "normalize"),
        ("ASSISTANT_REQUIRE_AUTH", "enabled", "require_auth"),
        ("ASSISTANT_K", "5.0", "k"),
        ("ASSISTANT_K", "five", "k"),
        ("ASSISTANT_DENSE_WEIGHT", "nan", "dense_weight"),
        ("ASSISTANT_ABSTAIN_THRESHOLD", "0,42", "abstain_threshold"),
        ("ASSISTANT_CORPUS_DIR", "  ", "corpus_dir"),
        ("ASSISTANT_MAX_HISTORY_TURNS", "-1", "max_history_turns"),
        ("ASSISTANT_FEEDBACK_MAX_BYTES", "10", "feedback_max_bytes"),
    ],
)
def test_every_bad_setting_is_one_sentence_naming_it(variable: str, value: str, setting: str) -> None:
    from assistant.errors import AssistantError
    from assistant.settings import Settings

    with pytest.raises(AssistantError) as caught:
        Settings.from_env({variable: value})
    message = str(caught.value)
    assert setting in message and "\n" not in message


@pytest.mark.parametrize("value,expected", [("true", True), ("Yes", True), (" on ", True), ("1", True),
                                            ("false", False), ("NO", False), ("off", False), ("0", False)])
def test_booleans_are_read_strictly(value: str, expected: bool) -> None:
    from assistant.settings import Settings

    assert Settings.from_env({"ASSISTANT_NORMALIZE": value}).normalize is expected


def test_mistyped_variable_name_is_named(caplog) -> None:  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    with caplog.at_level("WARNING"):
        Settings.from_env({"ASSISTANT_ABSTAIN_TRESHOLD": "0.5", "ASSISTANT_USERNAME": "me"})
    assert "ASSISTANT_ABSTAIN_TRESHOLD is not a setting (did you mean ASSISTANT_ABSTAIN_THRESHOLD?)" in caplog.text
    assert "USERNAME" not in caplog.text


# --------------------------------------------------------------------------- input caps


@pytest.fixture
def capped_bot(settings, fake_embedder):  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    return Assistant.load(settings, embedder=fake_embedder, rebuild=False)


def _spy_resolve(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Record the history `resolve` is given: what the follow-up logic actually works through."""
    seen: list[list[str]] = []
    real = answer_module.resolve

    def spy(question, history, *rest):  # type: ignore[no-untyped-def]
        seen.append(list(history))
        return real(question, history, *rest)

    monkeypatch.setattr(answer_module, "resolve", spy)
    return seen


def test_ten_thousand_turn_history_is_capped_with_a_notice(capped_bot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen = _spy_resolve(monkeypatch)
    cap = capped_bot.settings.max_history_turns
    history = [f"What did Kazakhstan say in round {i}?" for i in range(10_000)]
    history[-1] = "What is Kazakhstan's projected GDP growth for 2025?"
    answer = capped_bot.ask("And Uzbekistan?", history=history)
    assert answer.passages
    assert "The conversation had 10,000 earlier questions; only the last 20 were used." in answer.notices
    assert len(seen[-1]) == cap and seen[-1][-1] == history[-1]  # the recent turns, nothing more
    assert "Uzbekistan" in (answer.resolved_question or "") and "GDP" in (answer.resolved_question or "")
    # under the cap: no notice
    assert not capped_bot.ask("And Uzbekistan?", history=history[-cap:]).notices


def test_one_megabyte_history_entry_is_cut_with_a_notice(capped_bot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen = _spy_resolve(monkeypatch)
    huge = "What about the Caspian pipeline and Kazakhstan " * (1_000_000 // 47 + 1)
    huge = huge[:1_000_000]
    answer = capped_bot.ask("And Uzbekistan?", history=[huge])
    limit = capped_bot.settings.max_history_chars
    assert f"An earlier question was 1,000,000 characters long; only its first {limit:,} were used." in answer.notices
    assert len(seen[-1]) == 1 and len(seen[-1][0]) <= limit
    assert len(answer.resolved_question or "") <= capped_bot.settings.max_search_chars


def test_search_string_is_capped(settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings.replace(max_search_chars=2000, max_history_chars=5000), embedder=fake_embedder, rebuild=False)
    history = ["What is Kazakhstan's trade " + "and transit " * 300 + "growth?"]
    answer = bot.ask("And Uzbekistan?", history=history)
    searched = answer.resolved_question or ""
    assert 1900 <= len(searched) <= 2000 and searched.startswith("What is Uzbekistan")
    assert any(n.startswith("The question with its conversation context was 3,") for n in answer.notices), answer.notices


@pytest.mark.parametrize("history,message", [({"a": 1}, "history must be a list"), ([1, 2], "history item 1")])
def test_malformed_history_is_one_sentence(capped_bot, history, message: str) -> None:  # type: ignore[no-untyped-def]
    from assistant.errors import AssistantError

    with pytest.raises(AssistantError, match=message):
        capped_bot.ask("And Uzbekistan?", history=history)


def test_history_as_one_string_or_none_is_accepted(capped_bot) -> None:  # type: ignore[no-untyped-def]
    one = capped_bot.ask("And Uzbekistan?", history="What is Kazakhstan's projected GDP growth for 2025?")
    assert "GDP" in (one.resolved_question or "")
    assert capped_bot.ask("And Uzbekistan?", history=None).passages


def test_api_caps_history_over_http(capped_bot, settings) -> None:  # type: ignore[no-untyped-def]
    from gradio_client import Client

    from assistant.app.web import AssistantHolder
    from tests.browser_support import ServedApp

    served = ServedApp(AssistantHolder(settings, assistant=capped_bot), settings)
    try:
        client = Client(served.url, verbose=False, analytics_enabled=False, download_files=False)
        history = ["What is Kazakhstan's projected GDP growth for 2025?"] * 10_000
        got = client.predict(question="And Uzbekistan?", k=3, history=history, doc_ids=[], api_name="/ask")
        assert "The conversation had 10,000 earlier questions; only the last 20 were used." in got["notices"]
        got = client.predict(question="And Uzbekistan?", k=3, history=["x" * 1_000_000], doc_ids=[], api_name="/ask")
        assert any("1,000,000 characters long" in n for n in got["notices"])
    finally:
        served.close()


# --------------------------------------------------------------------------- feedback log


def test_feedback_log_stays_under_its_cap_after_100000_writes(tmp_path: Path) -> None:
    import json

    from assistant.app.web import FeedbackLog

    cap, keep = 64 * 1024, 3
    log = FeedbackLog(tmp_path / "index" / "feedback.jsonl", max_bytes=cap, keep=keep)
    for i in range(100_000):
        log.append({"id": f"fb-{i}", "question": "And Uzbekistan?", "verdict": "like", "kind": "feedback"})
    assert log.path.stat().st_size <= cap
    rotated = log.rotated()
    assert len(rotated) == keep
    assert all(p.stat().st_size <= cap for p in rotated)
    total = sum(p.stat().st_size for p in (log.path, *rotated))
    assert total <= (keep + 1) * cap
    # the newest records are the ones kept, whole, in order, with dated names
    last = [json.loads(line)["id"] for line in log.path.read_text().splitlines()]
    assert last[-1] == "fb-99999" and all(line for line in last)
    newest_rotated = [json.loads(line)["id"] for line in rotated[-1].read_text().splitlines()]
    assert int(newest_rotated[-1][3:]) + 1 == int(last[0][3:])
    import re

    assert all(re.fullmatch(r"feedback-\d{8}-\d{6}-\d{6}\.jsonl", p.name) for p in rotated)


def test_huge_feedback_record_is_shrunk_not_split(tmp_path: Path) -> None:
    import json

    from assistant.app.web import FeedbackLog

    log = FeedbackLog(tmp_path / "feedback.jsonl", max_bytes=4096, keep=2)
    log.append({"id": "fb-1", "question": "x" * 100_000, "history": ["y" * 100_000], "verdict": "dislike"})
    record = json.loads(log.path.read_text())
    assert record["truncated"] and record["verdict"] == "dislike" and len(record["question"]) == 500


def test_feedback_dir_setting_moves_the_log_out_of_the_index(tmp_path: Path) -> None:
    from assistant.settings import Settings
    from assistant.app.web import FeedbackLog

    s = Settings.from_env({"ASSISTANT_FEEDBACK_DIR": str(tmp_path / "fb"), "ASSISTANT_INDEX_DIR": str(tmp_path / "index")})
    log = FeedbackLog.for_settings(s)
    log.append({"id": "fb-1", "verdict": "like"})
    assert log.path == tmp_path / "fb" / "feedback.jsonl" and log.path.is_file()
    assert not (tmp_path / "index").exists()
    assert FeedbackLog.for_settings(Settings().replace(index_dir=tmp_path / "i")).path == tmp_path / "i" / "feedback.jsonl"


# --------------------------------------------------------------------------- exposure without a password


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_without_password_is_quiet(host: str) -> None:
    from assistant.app.web import exposure_warning

    assert exposure_warning(host, None) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.5", "::", "example.org"])
def test_network_address_without_password_warns_in_one_line(host: str) -> None:
    from assistant.app.web import exposure_warning

    warning = exposure_warning(host, None)
    assert warning and warning.startswith("warning: ") and host in warning and "\n" not in warning
    assert "ASSISTANT_USERNAME" in warning
    assert exposure_warning(host, ("ann", "s3cret")) is None


def _run_app(args: list[str], env: dict[str, str], seconds: float = 60) -> subprocess.CompletedProcess[str]:

    from tests.conftest import REPO

    full = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "GRADIO_SERVER"))}
    full.update(env)
    return subprocess.run([sys.executable, str(REPO / "app.py"), *args], cwd=REPO, env=full,
                          capture_output=True, text=True, timeout=seconds, check=False)


def test_require_auth_refuses_to_start_without_password(tmp_path: Path) -> None:
    done = _run_app(["--require-auth", "--host", "0.0.0.0", "--port", "1"],
                    {"ASSISTANT_INDEX_DIR": str(tmp_path / "index"), "ASSISTANT_CORPUS_DIR": str(tmp_path)})
    assert done.returncode != 0 and done.stdout == ""
    expected = ("error: --require-auth is set but ASSISTANT_USERNAME and ASSISTANT_PASSWORD are not: "
                "set both to start the chat.")
    assert done.stderr.strip().splitlines() == [expected]
    assert not (tmp_path / "index").exists()  # refused before anything was loaded or built


def test_bad_setting_stops_the_app_with_one_sentence(tmp_path: Path) -> None:
    done = _run_app(["--port", "1"], {"ASSISTANT_NORMALIZE": "ture"})
    assert done.returncode != 0
    expected = ("error: environment variable ASSISTANT_NORMALIZE='ture' is not a valid bool: "
                "the setting normalize must be true or false (also yes/no, on/off, 1/0)")
    assert done.stderr.strip().splitlines() == [expected]
