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


def test_a_question_typed_in_a_legacy_code_page_is_read_not_dropped(runner_env) -> None:  # type: ignore[no-untyped-def]
    # a terminal set to cp1251 hands Python bytes that are not UTF-8; they arrive as lone surrogates
    typed = "Где прошла встреча лидеров?".encode("cp1251").decode("utf-8", "surrogateescape")
    runner_env.invoke(cli, ["build"])
    result = runner_env.invoke(cli, ["ask", typed, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["question"] == "Где прошла встреча лидеров?"
    assert "not UTF-8" in result.stderr


def test_questions_piped_one_per_line(runner_env) -> None:  # type: ignore[no-untyped-def]
    runner_env.invoke(cli, ["build"])
    piped = "Where did Putin celebrate the alliance?\n\nWhat worries Tajikistan most?\n"
    result = runner_env.invoke(cli, ["ask", "-", "-k", "2", "--json"], input=piped)
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == ["Where did Putin celebrate the alliance?", "What worries Tajikistan most?"]
    assert all(len(a["passages"]) == 2 for a in answers)
    # Russian piped from a cp1251 file, read as documents are
    result = runner_env.invoke(cli, ["ask", "-", "-k", "1"], input="Где прошла встреча?\n".encode("cp1251"))
    assert result.exit_code == 0 and "## Где прошла встреча?" in result.stdout


@pytest.mark.parametrize("piped,message", [("", "no question on standard input"), ("Who met?\n?!\n", "line 2 of standard input")])
def test_bad_piped_questions_are_one_sentence(runner_env, piped: str, message: str) -> None:  # type: ignore[no-untyped-def]
    result = runner_env.invoke(cli, ["ask", "-"], input=piped)
    assert result.exit_code == 1 and result.output.strip().startswith(f"error: {message}")
    assert "Traceback" not in result.output


def test_a_mistyped_article_or_publisher_beside_good_ones_is_named(runner_env) -> None:  # type: ignore[no-untyped-def]
    runner_env.invoke(cli, ["build"])
    args = ["ask", "Where did Putin celebrate the alliance?", "--json", "-k", "2"]
    result = runner_env.invoke(cli, [*args, "--doc", "putin-strengthens-ties-central-asia", "--doc", "putin-strenghtens.txt"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {p["doc_id"] for p in data["passages"]} == {"putin-strengthens-ties-central-asia"}
    assert "No indexed article is “putin-strenghtens.txt”: it was left out of the filters." in data["notices"]
    result = runner_env.invoke(cli, [*args, "--publisher", "Valdai", "--publisher", "Vladai"])
    assert "No indexed article is from “Vladai”: it was left out of the filters." in json.loads(result.stdout)["notices"]
    assert "Valdai" not in " ".join(json.loads(result.stdout)["notices"])  # the good one is not named


def test_a_terminal_that_is_not_utf8_gets_escapes_not_a_traceback(runner_env, settings) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    (settings.corpus_dir / "kratko.txt").write_text(
        "Встреча в Бишкеке\n\nЛидеры встретились в Бишкеке и обсудили новую дорогу через перевал.\n", encoding="utf-8"
    )
    latin = CliRunner(charset="latin-1")
    assert latin.invoke(cli, ["build"]).exit_code == 0
    args = ["ask", "Где встретились лидеры?", "-k", "1", "--doc", "kratko.txt"]
    text = latin.invoke(cli, args)
    assert text.exit_code == 0 and "Traceback" not in text.output, text.output
    assert "\\u0412\\u0441\\u0442\\u0440\\u0435\\u0447\\u0430" in text.stdout  # «Встреча», escaped
    data = json.loads(latin.invoke(cli, [*args, "--json"]).stdout)  # valid JSON, nothing lost
    assert data["passages"][0]["title"] == "Встреча в Бишкеке"
