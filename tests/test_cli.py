"""The CLI through click's runner: exit codes, JSON shape, one-sentence errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.app.cli import cli


def test_help_shows_an_example() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "Example" in result.output
    for command in ("build", "ask"):
        sub = CliRunner().invoke(cli, [command, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output


def test_build_json_then_ask_json(runner_env) -> None:  # type: ignore[no-untyped-def]
    result = runner_env.invoke(cli, ["build", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    for key in ("docs_added", "docs_changed", "docs_removed", "docs_unchanged",
                "chunks_embedded", "chunks_reused", "chunks_removed"):
        assert key in report
    assert report["docs_added"] == 5
    again = json.loads(runner_env.invoke(cli, ["build", "--json"]).output)
    assert again["chunks_embedded"] == 0

    result = runner_env.invoke(cli, ["ask", "Where did Putin celebrate the alliance?", "-k", "3", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["question"] == "Where did Putin celebrate the alliance?"
    assert isinstance(data["abstained"], bool)
    assert [p["rank"] for p in data["passages"]] == [1, 2, 3]
    for p in data["passages"]:
        for key in ("score", "text", "doc_id", "title", "source", "section", "start", "end"):
            assert key in p
        assert p["source"].startswith("corpus/") and p["end"] > p["start"]


def test_plain_ask_lists_citations(runner_env) -> None:  # type: ignore[no-untyped-def]
    runner_env.invoke(cli, ["build"])
    result = runner_env.invoke(cli, ["ask", "Tajikistan security concern"])
    assert result.exit_code == 0
    assert "[1]" in result.output and "corpus/" in result.output and "chars" in result.output


@pytest.mark.parametrize("question", ["", "   ", "?!?", "\x00\x01"])
def test_empty_question_is_one_sentence(runner_env, question: str) -> None:  # type: ignore[no-untyped-def]
    result = runner_env.invoke(cli, ["ask", question])
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: Please type a question")
    assert "Traceback" not in result.output


def test_missing_index_with_no_rebuild(runner_env) -> None:  # type: ignore[no-untyped-def]
    result = runner_env.invoke(cli, ["ask", "anything at all", "--no-rebuild"])
    assert result.exit_code == 1
    assert "run `assistant build` first" in result.output and "Traceback" not in result.output


def test_missing_corpus_folder(runner_env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = runner_env.invoke(cli, ["build", "--corpus", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "does not exist" in result.output and len(result.output.strip().splitlines()) == 1
