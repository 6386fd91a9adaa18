"""Saved runs, their comparison (deltas, noise, moved questions, exit status) and the HTML report."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.evals import evaluation, runs
from assistant.app.cli import cli
from assistant.errors import EvaluationError
from assistant.evals.report import abstention_curve, percentile, render_report
from assistant.evals.runs import compare, format_comparison, load_run, save_run

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _q(qid: str, rank: int | None, *, abstained: bool = False, answerable: bool = True, kind: str = "prose",
       confidence: float | None = None, lang: str = "") -> dict[str, Any]:
    return {"id": qid, "set": "test", "kind": kind, "lang": lang, "direction": "", "question": f"Question {qid}?",
            "answerable": answerable, "rank": rank, "abstained": abstained, "confidence": confidence,
            "latency_ms": 10.0, "miss": None, "first": {"id": f"doc#{qid}", "text": f"passage for {qid}"}}


def _run(questions: list[dict[str, Any]], **settings: Any) -> dict[str, Any]:
    """A run record whose metrics are computed from its questions, as `assistant eval` computes them."""
    results = [
        evaluation.QuestionResult(q["id"], q["question"], q["kind"], q["set"], q["answerable"], q["rank"],
                                  q["abstained"], q["latency_ms"], lang=q["lang"])
        for q in questions
    ]
    return {"schema": 1, "type": "questions", "date": "2026-12-01T00:00:00Z", "commit": "abc", "model": "m",
            "settings": {"dense_weight": 0.6, **settings}, "k": 10, "files": ["x.jsonl"],
            "metrics": evaluation.score(results, 10), "questions": questions}


# --------------------------------------------------------------------------- comparing (pure)


def _ten(ranks: list[int | None]) -> list[dict[str, Any]]:
    return [_q(f"q{i}", r) for i, r in enumerate(ranks)]


def test_one_question_lost_is_not_noise_a_rank_slip_is() -> None:
    before = _run(_ten([1] * 10))
    after_lost = _run(_ten([None] + [1] * 9))  # hit@1 -0.1 = one question of ten
    c = compare(before, after_lost)
    deltas = {d.key: d for d in c.deltas}
    assert deltas["hit@1"].delta == pytest.approx(-0.1) and deltas["hit@1"].worse
    assert not deltas["hit@1"].noise and deltas["hit@1"].unit == pytest.approx(0.1)
    assert [m.id for m in c.moves] == ["q0"] and c.moves[0].verdict == "worse"
    assert c.exit_status == runs.EXIT_WORSE and "hit@1" in [d.key for d in c.gated_fell]

    after_slip = _run(_ten([2] + [1] * 9))  # mrr@10 -0.05: half a question
    c = compare(before, after_slip)
    deltas = {d.key: d for d in c.deltas}
    assert deltas["mrr@10"].delta == pytest.approx(-0.05) and deltas["mrr@10"].noise
    assert not deltas["hit@3"].delta  # rank 2 still within 3
    assert deltas["hit@1"].noise is False  # hit@1 lost a whole question...
    assert c.exit_status == runs.EXIT_WORSE  # ...which is gated
    text = format_comparison(c)
    assert "mrr@10" in text and "worse (noise)" in text and "q0 [test prose] rank 1 -> 2" in text


def test_gate_only_counts_gated_metrics_and_improvements_pass() -> None:
    before = _run(_ten([3] * 10))
    better = compare(before, _run(_ten([1] * 10)))
    assert better.exit_status == 0 and {m.verdict for m in better.moves} == {"better"}
    assert "no gated metric fell" in format_comparison(better)
    worse = compare(_run(_ten([1] * 10)), before, floors={"floors": {"hit@5": 0.9}, "ceilings": {}})
    assert worse.exit_status == 0  # hit@1 fell, but only hit@5 is gated and it held
    assert {d.key for d in worse.deltas if d.gated} == {"hit@5"}


def test_abstention_moves_and_mixed_verdicts() -> None:
    before = _run([_q("a", 1), _q("b", 3), _q("u", None, answerable=False, kind="none")])
    after = _run([_q("a", 1, abstained=True), _q("b", 1, abstained=True),
                  _q("u", None, answerable=False, kind="none", abstained=True)])
    moves = {m.id: m.verdict for m in compare(before, after).moves}
    assert moves == {"a": "worse", "b": "mixed", "u": "better"}
    deltas = {d.key: d for d in compare(before, after).deltas}
    assert deltas["abstain_correct"].delta == 1.0 and deltas["abstain_correct"].better
    assert deltas["abstain_wrong"].delta == 1.0 and deltas["abstain_wrong"].worse
    assert deltas["kind/none/abstain_correct"].unit == 1.0


def test_settings_changes_and_question_sets_that_differ() -> None:
    c = compare(_run(_ten([1] * 10)), _run(_ten([1] * 9), dense_weight=1.0))
    assert c.settings_changed == (("dense_weight", 0.6, 1.0),)
    assert c.only_before == ("q9",) and not c.only_after
    edited = _ten([2] * 9)
    edited[3]["question"] = "A better worded question?"
    moved = compare(c.current, _run(edited))
    assert [(m.id, m.reworded) for m in moved.moves if m.id in ("q2", "q3")] == [("q2", False), ("q3", True)]
    assert "note: 1 question(s) reworded since the baseline: q3" in format_comparison(moved)
    assert "q3 [test prose] rank 1 -> 2 (question reworded since the baseline)" in format_comparison(moved)
    assert "setting dense_weight: 0.6 -> 1.0" in format_comparison(c)
    beir = {**_run(_ten([1])), "type": "beir"}
    with pytest.raises(EvaluationError, match="cannot compare"):
        compare(_run(_ten([1])), beir)


def test_runs_of_other_question_files_k_or_split_are_refused() -> None:
    """Their metrics count other questions (or passages): a 'worse' verdict on them would be noise."""
    base = {**_run(_ten([1] * 10)), "label": "before"}
    with pytest.raises(EvaluationError, match=r"before evaluated the question files x\.jsonl, this run y\.jsonl"):
        compare(base, {**_run(_ten([None] * 10)), "files": ["/elsewhere/y.jsonl"]})
    with pytest.raises(EvaluationError, match="k=10 passages per question, this run k=3"):
        compare(base, {**_run(_ten([1] * 10)), "k": 3})
    assert compare(base, {**_run(_ten([1] * 10)), "files": ["/some/folder/x.jsonl"]}).exit_status == 0  # same file
    beir = {**_run(_ten([1])), "type": "beir", "files": ["/b/scifact"], "split": "test"}
    with pytest.raises(EvaluationError, match="BEIR folder scifact, this run en-en"):
        compare(beir, {**beir, "files": ["/b/en-en"]})
    with pytest.raises(EvaluationError, match="split 'test', this run 'dev'"):
        compare(beir, {**beir, "split": "dev"})


def test_per_language_groups() -> None:
    questions = [_q("e1", 1, lang="en"), _q("r1", None, lang="ru"), _q("r2", 1, lang="ru")]
    metrics = _run(questions)["metrics"]
    assert metrics["lang/en/hit@1"] == 1.0 and metrics["lang/ru/hit@1"] == 0.5


def test_question_lines_carry_lang_direction_doc(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "a", "question": "Кто?", "answers": [["Астана"]], "lang": "ru",
                                "direction": "ru->en", "doc": "a.pdf"}) + "\n"
                    + json.dumps({"id": "b", "question": "Who?", "answers": [], "doc": None}) + "\n", encoding="utf-8")
    a, b = evaluation.load_questions(path)
    assert (a.lang, a.direction, a.doc) == ("ru", "ru->en", "a.pdf")
    assert (b.lang, b.direction, b.doc) == ("", "", None)
    path.write_text(json.dumps({"id": "a", "question": "Q?", "answers": [], "lang": 7}) + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="'lang' must be a string"):
        evaluation.load_questions(path)


# --------------------------------------------------------------------------- saving and loading


def test_save_and_load_by_name_or_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(evaluation, "default_eval_dir", lambda: tmp_path)
    record = _run(_ten([1, 2]))
    path = save_run(record, name="before")
    assert path == tmp_path / "runs" / "before.json"
    assert load_run("before")["metrics"] == pytest.approx(record["metrics"])
    assert load_run(str(path))["label"] == "before"
    with pytest.raises(EvaluationError, match="saved runs: before"):
        load_run("nope")
    for bad in ("../x", "", ".hidden", "a b"):
        with pytest.raises(EvaluationError, match="a run name is"):
            save_run(record, name=bad)
    (tmp_path / "junk.json").write_text('{"metrics": {}}', encoding="utf-8")
    with pytest.raises(EvaluationError, match="not a saved run"):
        load_run(tmp_path / "junk.json")


# --------------------------------------------------------------------------- the report (pure parts)


def test_a_damaged_run_file_is_one_sentence(tmp_path: Path) -> None:
    """A run whose questions lost their id or abstention used to end --compare in a KeyError traceback."""
    run = _run(_ten([1, 2]))
    for damage, message in (
        (lambda r: r["questions"][1].pop("id"), "question 2 of the run lacks its id, rank or abstained"),
        (lambda r: r["questions"][0].pop("abstained"), "question 1 of the run lacks"),
        (lambda r: r["questions"].append("q9"), "question 3 of the run lacks"),
        (lambda r: r["metrics"].update({"hit@1": "high"}), "a metric of the run is not a number"),
    ):
        broken = json.loads(json.dumps(run))
        damage(broken)
        path = tmp_path / "broken.json"
        path.write_text(json.dumps(broken), encoding="utf-8")
        with pytest.raises(EvaluationError, match=message):
            load_run(path)


def test_abstention_curve_by_hand() -> None:
    questions = [_q("a1", 1, confidence=0.9), _q("a2", 1, confidence=0.5),
                 _q("u1", None, answerable=False, confidence=0.2), _q("u2", None, answerable=False, confidence=0.6)]
    points = abstention_curve(questions)
    assert [(far, car) for _, far, car in points] == [(0.0, 0.0), (0.0, 0.5), (0.5, 0.5), (0.5, 1.0), (1.0, 1.0)]
    assert abstention_curve([_q("a", 1, confidence=0.3)]) == []  # no unanswerable question


def test_percentile_interpolates() -> None:
    assert percentile([10, 20, 30, 40, 50], 50) == 30
    assert percentile([10, 20], 95) == pytest.approx(19.5)
    assert percentile([], 90) == 0.0


HOSTILE = '<script>window.__pwned=1</script><img src="http://example.com/x.png" onerror="window.__pwned=2">'


def hostile_run() -> dict[str, Any]:
    questions = [_q(f"a{i}", (i % 4) + 1 if i % 5 else None, confidence=0.3 + i / 40, kind="prose") for i in range(12)]
    questions += [_q(f"u{i}", None, answerable=False, abstained=i % 2 == 0, confidence=0.1 + i / 20, kind="absent")
                  for i in range(6)]
    questions[0]["question"] = HOSTILE
    questions[0]["miss"] = "no passage " + HOSTILE
    questions[0]["first"] = {"id": "evil#0", "text": HOSTILE}
    return _run(questions, abstain_threshold=0.42)


def test_report_is_self_contained_and_escaped() -> None:
    run = hostile_run()
    page = render_report(run, _run(run["questions"][1:]), compare(_run(run["questions"][1:]), run))
    for chart in ("by-kind", "abstention", "latency"):  # one set only: no per-set chart
        assert f"<div class=chart id=chart-{chart}><svg" in page
    assert "<script" not in page.lower() and "onerror=\"" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page
    for attr in ('src="http', "src='http", 'href="http', "url(http", "@import"):
        assert attr not in page
    assert "Abstention trade-off" in page and "What changed" in page


# --------------------------------------------------------------------------- the CLI, end to end


def test_changed_setting_is_caught_by_compare(runner_env, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Save a run, make retrieval worse (dense only with the fake embedder), compare: moved questions and exit 3."""
    monkeypatch.setattr(evaluation, "default_eval_dir", lambda: tmp_path)
    questions = (EVAL / "test.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    path = tmp_path / "part.jsonl"
    path.write_text("\n".join(questions) + "\n", encoding="utf-8")

    first = runner_env.invoke(cli, ["eval", str(path), "--save", "before"])
    assert first.exit_code == 0, first.output
    assert "questions:" not in first.stderr and "saved the run to" in first.stderr  # no bar off a terminal
    saved = json.loads((tmp_path / "runs" / "before.json").read_text(encoding="utf-8"))
    assert saved["model"] == "fake/hashed-bow" and saved["settings"]["dense_weight"] == 0.6
    assert saved["date"].endswith("Z") and "commit" in saved and len(saved["questions"]) == 40
    assert all({"rank", "abstained", "confidence", "first"} <= set(q) for q in saved["questions"])
    assert all(q["confidence"] is not None for q in saved["questions"])

    same = runner_env.invoke(cli, ["eval", str(path), "--compare", "before"])
    assert same.exit_code == 0, same.output
    assert "no metric moved" in same.stdout

    monkeypatch.setenv("ASSISTANT_DENSE_WEIGHT", "1.0")
    worse = runner_env.invoke(cli, ["eval", str(path), "--compare", "before", "--out", str(tmp_path / "after.json"),
                                    "--report", str(tmp_path / "r.html")])
    assert worse.exit_code == runs.EXIT_WORSE, worse.output
    after = json.loads((tmp_path / "after.json").read_text(encoding="utf-8"))
    before_q = {q["id"]: q for q in saved["questions"]}
    lost = [q["id"] for q in after["questions"]  # ranked lower, and not now answered where it abstained
            if q["answerable"] and (q["rank"] or 99) > (before_q[q["id"]]["rank"] or 99)
            and not (before_q[q["id"]]["abstained"] and not q["abstained"])]
    assert len(lost) >= 4
    out = worse.stdout
    assert "setting dense_weight: 0.6 -> 1.0" in out
    worse_part = out.split("questions worse")[1].split("\n\n")[0]
    for qid in lost:
        assert f"  {qid} [" in worse_part
    assert "WORSE:" in out and "hit@1" in out.split("WORSE:")[1]
    assert "<svg" in (tmp_path / "r.html").read_text(encoding="utf-8")

    as_json = runner_env.invoke(cli, ["eval", str(path), "--compare", str(tmp_path / "runs" / "before.json"), "--json"])
    assert as_json.exit_code == runs.EXIT_WORSE
    data = json.loads(as_json.stdout)
    assert "hit@1" in data["comparison"]["gated_fell"]
    assert {q["id"] for q in data["comparison"]["questions"] if q["verdict"] == "worse"} >= set(lost)


def test_compare_with_a_missing_run_is_one_sentence(runner_env, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(evaluation, "default_eval_dir", lambda: tmp_path)
    result = runner_env.invoke(cli, ["eval", "--compare", "ghost"])
    assert result.exit_code == 1
    assert result.output.startswith("error: no run file ghost") and len(result.output.strip().splitlines()) == 1
    save_run({**_run(_ten([1])), "type": "beir"}, name="b")
    mismatch = runner_env.invoke(cli, ["eval", "--compare", "b"])
    assert mismatch.exit_code == 2 and "is a beir run" in mismatch.output


def _one_line_before_the_run(result) -> str:  # type: ignore[no-untyped-def]
    """The error of a command that must fail before asking a question: one line, no table, no traceback."""
    assert result.exit_code == 1, result.output
    assert "questions from" not in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("error: ")
    return result.output


def test_outputs_that_cannot_be_written_fail_before_the_run(runner_env, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A bad --save name or a --report/--out path that cannot be written used to fail after every question."""
    monkeypatch.setattr(evaluation, "default_eval_dir", lambda: tmp_path)
    questions = tmp_path / "one.jsonl"
    questions.write_text(json.dumps({"id": "a", "question": "Where did Putin celebrate the alliance?",
                                     "answers": [["Astana"]]}) + "\n", encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    for args, message in (
        (["--save", "my run"], "a run name is letters"),
        (["--report", str(blocker / "r.html")], f"cannot write {blocker / 'r.html'}"),
        (["--out", str(blocker / "sub" / "run.json")], "is not a folder this user can write to"),
        (["--report", str(tmp_path / "r.html"), "--charts", str(blocker / "svg")], f"{blocker} is not a folder"),
    ):
        assert message in _one_line_before_the_run(runner_env.invoke(cli, ["eval", str(questions), *args]))
    made = runner_env.invoke(cli, ["eval", str(questions), "--report", str(tmp_path / "new" / "r.html")])
    assert made.exit_code == 0, made.output
    assert (tmp_path / "new" / "r.html").is_file()  # a missing folder is created, as for --out


def test_compare_refuses_other_files_and_a_bad_floors_file_before_the_run(runner_env, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(evaluation, "default_eval_dir", lambda: tmp_path)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps({"id": "a", "question": "Where did Putin celebrate the alliance?",
                                 "answers": [["Astana"]]}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "b", "question": "Which bank lends to the region?",
                                  "answers": [["bank"]]}) + "\n", encoding="utf-8")
    assert runner_env.invoke(cli, ["eval", str(first), "--save", "base"]).exit_code == 0
    other = _one_line_before_the_run(runner_env.invoke(cli, ["eval", str(second), "--compare", "base"]))
    assert "base evaluated the question files first.jsonl, this run second.jsonl" in other
    assert "k=10 passages per question, this run k=5" in _one_line_before_the_run(
        runner_env.invoke(cli, ["eval", str(first), "-k", "5", "--compare", "base"]))
    (tmp_path / "floors.json").write_text("{not json", encoding="utf-8")
    broken = _one_line_before_the_run(runner_env.invoke(cli, ["eval", str(first), "--compare", "base"]))
    assert f"floors file {tmp_path / 'floors.json'} cannot be read" in broken


def test_compare_is_gated_by_the_floors_of_its_own_question_files(runner_env, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The unseen sets' comparison is gated by eval/floors-unseen.json, not by the seed sets' eval/floors.json."""
    monkeypatch.setattr(evaluation, "default_eval_dir", lambda: tmp_path)
    path = tmp_path / "unseen-x-test.jsonl"
    path.write_text(json.dumps({"id": "a", "question": "Where did Putin celebrate the alliance?",
                                "answers": [["Astana"]], "kind": "prose"}) + "\n", encoding="utf-8")
    assert runner_env.invoke(cli, ["eval", str(path), "--save", "base"]).exit_code == 0
    run_file = tmp_path / "runs" / "base.json"
    saved = json.loads(run_file.read_text(encoding="utf-8"))
    assert saved["metrics"]["hit@1"] == 1.0
    saved["metrics"]["kind/prose/abstain_wrong"] = 0.0
    saved["metrics"]["abstain_wrong"] = 0.0
    run_file.write_text(json.dumps(saved), encoding="utf-8")
    # this run: the one question abstained on, as if abstention had got worse
    import assistant.answer as answer_module

    real_ask = answer_module.Assistant.ask
    monkeypatch.setattr(answer_module.Assistant, "ask",
                        lambda self, *a, **kw: dataclasses.replace(real_ask(self, *a, **kw), abstained=True))
    seeds = {"files": ["test.jsonl", "followup.jsonl"], "floors": {"hit@1": 0.8}, "ceilings": {}}
    own = {"files": [path.name], "floors": {"hit@1": 0.8}, "ceilings": {"kind/prose/abstain_wrong": 0.1}}
    (tmp_path / "floors.json").write_text(json.dumps(seeds), encoding="utf-8")
    (tmp_path / "floors-unseen.json").write_text(json.dumps(own), encoding="utf-8")
    result = runner_env.invoke(cli, ["eval", str(path), "--compare", "base", "--json"])
    assert result.exit_code == runs.EXIT_WORSE, result.output
    assert json.loads(result.stdout)["comparison"]["gated_fell"] == ["kind/prose/abstain_wrong"]


def test_floors_files_name_real_metrics(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    for floors, ceilings, message in (
        ({"hit@l": 0.5}, {}, "'hit@l' is not a metric that takes a floor"),
        ({"abstain_wrong": 0.1}, {}, "'abstain_wrong' is not a metric that takes a floor"),
        ({}, {"hit@1": 0.9}, "'hit@1' is not a metric that takes a ceiling"),
        ({"kind/prose/hit@1": "0.5"}, {}, "floor of kind/prose/hit@1 must be a number from 0 to 1"),
        ({"set/test/mrr@10": 1.5}, {}, "must be a number from 0 to 1"),
    ):
        path.write_text(json.dumps({"files": ["t.jsonl"], "floors": floors, "ceilings": ceilings}), encoding="utf-8")
        with pytest.raises(EvaluationError, match=message):
            evaluation.read_floors(path)
    path.write_text(json.dumps({"files": ["t.jsonl"], "floors": {"direction/ru->en/hit@5": 0.9},
                                "ceilings": {"lang/ru/abstain_wrong": 0.1}}), encoding="utf-8")
    assert evaluation.read_floors(path)["floors"] == {"direction/ru->en/hit@5": 0.9}


def test_beir_run_saves_per_query_and_compares(runner_env, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.test_evaluation import _beir_folder

    monkeypatch.setattr(evaluation, "default_eval_dir", lambda: tmp_path)
    folder = _beir_folder(tmp_path)
    result = runner_env.invoke(cli, ["eval", "--beir", str(folder), "--save", "b", "--json"])
    assert result.exit_code == 0, result.output
    saved = load_run("b")
    assert saved["type"] == "beir" and {q["id"] for q in saved["questions"]} == {"1", "2"}
    q1 = next(q for q in saved["questions"] if q["id"] == "1")
    assert q1["ndcg@10"] == 1.0 and q1["rank"] == 1 and q1["first"]["id"] == "d1"
    again = runner_env.invoke(cli, ["eval", "--beir", str(folder), "--compare", "b", "--report", str(tmp_path / "b.html")])
    assert again.exit_code == 0, again.output
    assert "no metric moved" in again.stdout and "<svg" in (tmp_path / "b.html").read_text(encoding="utf-8")


def test_progress_bar_only_on_a_terminal_and_never_with_json(runner_env, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import assistant.app.cli as cli_module

    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "a", "question": "Where did Putin celebrate the alliance?",
                                "answers": [["Astana"]]}) + "\n", encoding="utf-8")
    monkeypatch.setattr(cli_module, "_stderr_is_terminal", lambda: True)
    shown = runner_env.invoke(cli, ["eval", str(path)])
    assert shown.exit_code == 0, shown.output
    assert "questions: 100%" in shown.stderr and "1/1" in shown.stderr
    quiet = runner_env.invoke(cli, ["eval", str(path), "--json"])
    assert quiet.exit_code == 0 and "questions:" not in quiet.stderr
    monkeypatch.setattr(cli_module, "_stderr_is_terminal", lambda: False)
    assert "questions:" not in runner_env.invoke(cli, ["eval", str(path)]).stderr


def test_matplotlib_is_not_imported_on_the_question_path() -> None:
    import subprocess
    import sys

    code = ("import sys, assistant.answer, assistant.app.cli, assistant.evals.evaluation, assistant.evals.runs, assistant.app.web; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "[]"
