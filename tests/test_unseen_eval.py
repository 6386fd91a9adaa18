"""The unseen-articles set in `assistant eval`: questions over corpus + eval/unseen, test halves gated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evals.evalcorpus import combined_corpus, declared_extras

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "eval"
TEST_HALVES = [EVAL / "unseen-en-test.jsonl", EVAL / "unseen-ru-test.jsonl"]
FLOORS = EVAL / "floors-unseen.json"


def test_combined_corpus_keeps_each_folder_apart(tmp_path: Path) -> None:
    base = tmp_path / "corpus"
    base.mkdir()
    (base / "a.txt").write_text("Alpha article.", encoding="utf-8")
    (base / "metadata.json").write_text("{}", encoding="utf-8")
    extra = tmp_path / "unseen"
    extra.mkdir()
    (extra / "b.md").write_text("Beta article.", encoding="utf-8")
    (extra / "chrome-en.json").write_text("{}", encoding="utf-8")  # not an article: not copied
    root = combined_corpus(base, [extra], tmp_path / "work")
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert files == ["a.txt", "metadata.json", "unseen/b.md"]
    (extra / "b.md").unlink()
    again = combined_corpus(base, [extra], tmp_path / "work")
    assert sorted(p.relative_to(again).as_posix() for p in again.rglob("*") if p.is_file()) == ["a.txt", "metadata.json"]
    with pytest.raises(FileNotFoundError):
        combined_corpus(base, [tmp_path / "missing"], tmp_path / "work")


def test_sets_declare_their_extra_folders(tmp_path: Path) -> None:
    (tmp_path / "corpora.json").write_text(json.dumps({"sets": {"u-test.jsonl": ["unseen"]}}), encoding="utf-8")
    assert declared_extras([tmp_path / "u-test.jsonl"], tmp_path) == [tmp_path / "unseen"]
    assert declared_extras([tmp_path / "test.jsonl"], tmp_path) == []
    with pytest.raises(ValueError, match="different corpora"):
        declared_extras([tmp_path / "u-test.jsonl", tmp_path / "test.jsonl"], tmp_path)
    declared = json.loads((EVAL / "corpora.json").read_text(encoding="utf-8"))["sets"]
    assert all(declared.get(p.name) == ["unseen"] for p in TEST_HALVES)


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "corpora.json cannot be read"),
    ('["unseen"]', "corpora.json cannot be read"),
    ('{"sets": {"u-test.jsonl": "unseen"}}', "must map question file names to lists of folders"),
])
def test_a_broken_corpora_file_names_itself(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "corpora.json").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        declared_extras([tmp_path / "u-test.jsonl"], tmp_path)


def test_eval_with_an_extra_folder_answers_from_both(runner_env, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.app.cli import cli

    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "Мёд.txt").write_text(
        "Кооператив пчеловодов Верхнего Дола собрал рекордный урожай липового мёда этим летом, "
        "и половину мёда закупила сеть кондитерских из соседнего города.", encoding="utf-8")
    questions = tmp_path / "extra-set.jsonl"
    questions.write_text(json.dumps({"id": "x1", "question": "Кто закупил липовый мёд пчеловодов Верхнего Дола?",
                                     "answers": [["сеть кондитерских"]]}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner_env.invoke(cli, ["eval", str(questions), "--corpus-extra", str(extra), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["metrics"]["hit@1"] == 1.0
    assert not (Path(settings.index_dir) / "manifest.json").exists()  # the usual index is not touched
    assert (Path(str(settings.index_dir) + "-extra") / "index" / "manifest.json").exists()
    bad = runner_env.invoke(cli, ["eval", str(questions), "--corpus-extra", str(tmp_path / "nope")])
    assert bad.exit_code != 0 and "does not exist" in bad.output and "Traceback" not in bad.output


@pytest.mark.model
def test_unseen_test_halves_stay_above_their_floors(tmp_path: Path, real_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.build import build_index
    from assistant.evals.evaluation import check_floors, evaluate, load_questions, read_floors
    from assistant.settings import Settings

    if not all(p.is_file() for p in TEST_HALVES):
        pytest.skip("the unseen test halves are not on this branch yet")
    gate = read_floors(FLOORS)
    assert sorted(gate["files"]) == sorted(p.name for p in TEST_HALVES)
    corpus = combined_corpus(REPO / "corpus", [EVAL / "unseen"], tmp_path / "work")
    settings = Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings, real_embedder)
    bot = Assistant.load(settings, embedder=real_embedder, rebuild=False)
    report = evaluate(bot, load_questions(TEST_HALVES), gate["k"])
    print(json.dumps({k: v for k, v in report.metrics.items() if k.startswith(("set/", "abstain", "hit@1"))}, indent=1))
    assert not check_floors(report.metrics, gate)


def test_the_unseen_question_files_pass_their_checker() -> None:
    """eval/check_unseen.py (ids, kinds, counts, answers inside one content line, no chrome) exits 0."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, str(REPO / "eval" / "check_unseen.py")], capture_output=True, text=True,
                         timeout=300, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "all checks passed" in run.stdout
