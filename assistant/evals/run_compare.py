"""Two evaluation runs compared: which metrics and which questions moved, and whether a gated metric fell.

A difference smaller than one question of the group it is measured on is marked as noise; a gated
metric that fell by more than that makes `assistant eval --compare` exit with status `EXIT_WORSE`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

__all__ = ["EXIT_WORSE", "Comparison", "MetricDelta", "QuestionMove", "check_comparable", "compare", "format_comparison",
           "gated_keys"]

EXIT_WORSE = 3  # `assistant eval --compare`: a gated metric fell by at least one question
_HIGHER = ("hit@", "mrr@", "ndcg@", "recall@", "abstain_correct")
_LOWER = ("abstain_wrong",)
_TIMING = ("latency_", "query_mean_ms")
_BEIR_GATED = ("ndcg@10", "recall@100", "mrr@10")


# --------------------------------------------------------------------------- comparing two runs


def _direction(key: str) -> int:
    """+1 when higher is better, -1 when lower is better, 0 for counts and timings."""
    last = key.rsplit("/", 1)[-1]
    if last.startswith(_HIGHER):
        return 1
    if last.startswith(_LOWER):
        return -1
    return 0


@dataclass(frozen=True)
class MetricDelta:
    """One metric in both runs. `noise`: the change is smaller than one question of its group."""

    key: str
    before: float
    after: float
    unit: float  # what one question is worth in this metric (1 / questions counted)
    gated: bool

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def noise(self) -> bool:
        return abs(self.delta) < self.unit - 1e-9

    @property
    def worse(self) -> bool:
        return _direction(self.key) * self.delta < -1e-12

    @property
    def better(self) -> bool:
        return _direction(self.key) * self.delta > 1e-12


@dataclass(frozen=True)
class QuestionMove:
    """One question whose rank or abstention changed between the runs."""

    id: str
    label: str  # set / kind / lang, for the reader
    question: str
    answerable: bool
    rank_before: int | None
    rank_after: int | None
    abstained_before: bool
    abstained_after: bool
    first_now: dict[str, Any] | None
    verdict: str  # "better", "worse" or "mixed"
    reworded: bool = False  # the question's text differs between the runs (the set was edited)


@dataclass(frozen=True)
class Comparison:
    """Two runs side by side: settings that differ, metric deltas, questions that moved."""

    baseline: dict[str, Any]
    current: dict[str, Any]
    settings_changed: tuple[tuple[str, Any, Any], ...]
    deltas: tuple[MetricDelta, ...]
    moves: tuple[QuestionMove, ...]
    only_before: tuple[str, ...]
    only_after: tuple[str, ...]

    @property
    def gated_fell(self) -> list[MetricDelta]:
        """Gated metrics that got worse by at least one question (noise does not fail)."""
        return [d for d in self.deltas if d.gated and d.worse and not d.noise]

    @property
    def exit_status(self) -> int:
        return EXIT_WORSE if self.gated_fell else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "baseline": _run_label(self.baseline), "current": _run_label(self.current),
            "settings_changed": [{"setting": k, "before": b, "after": a} for k, b, a in self.settings_changed],
            "metrics": [{"key": d.key, "before": round(d.before, 4), "after": round(d.after, 4),
                         "delta": round(d.delta, 4), "noise": d.noise, "gated": d.gated,
                         "verdict": "better" if d.better else "worse" if d.worse else "same"}
                        for d in self.deltas if d.delta or d.gated],
            "questions": [dataclasses.asdict(m) for m in self.moves],
            "only_in_baseline": list(self.only_before), "only_in_current": list(self.only_after),
            "gated_fell": [d.key for d in self.gated_fell], "exit_status": self.exit_status,
        }


def _run_label(run: Mapping[str, Any]) -> str:
    return f"{run.get('label') or 'this run'} ({run.get('commit') or 'no commit'}, {run.get('date', '?')})"


def _members(key: str, questions: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The questions a metric key is computed over (its `group/name/` prefix, then the metric's own filter)."""
    from .evaluation import GROUPS

    parts = key.split("/")
    chosen = list(questions)
    if len(parts) == 3 and parts[0] in GROUPS:
        chosen = [q for q in chosen if str(q.get(parts[0], "")) == parts[1]]
    last = parts[-1]
    if last == "abstain_correct":
        return [q for q in chosen if not q.get("answerable", True)]
    return [q for q in chosen if q.get("answerable", True)]


def gated_keys(run: Mapping[str, Any], floors: Mapping[str, Any] | None) -> set[str]:
    """The metrics whose fall fails a comparison: eval/floors.json's, or nDCG/Recall/RR for BEIR runs."""
    if run.get("type") == "beir":
        return set(_BEIR_GATED)
    if floors:
        return set(floors.get("floors", {})) | set(floors.get("ceilings", {}))
    return {key for key in run.get("metrics", {}) if _direction(key)}


def _verdict(before: Mapping[str, Any], after: Mapping[str, Any], beir: bool) -> str | None:
    if beir:
        b, a = float(before.get("ndcg@10", 0.0)), float(after.get("ndcg@10", 0.0))
        if abs(a - b) < 1e-9 and before.get("rank") == after.get("rank"):
            return None
        if abs(a - b) < 1e-9:
            return "better" if _reciprocal(after.get("rank")) > _reciprocal(before.get("rank")) else "worse"
        return "better" if a > b else "worse"
    if not before.get("answerable", True):
        if bool(before["abstained"]) == bool(after["abstained"]):
            return None
        return "better" if after["abstained"] else "worse"
    rank = _reciprocal(after.get("rank")) - _reciprocal(before.get("rank"))
    abstain = int(bool(before["abstained"])) - int(bool(after["abstained"]))  # +1: stopped abstaining
    if not rank and not abstain:
        return None
    if rank >= 0 and abstain >= 0:
        return "better"
    if rank <= 0 and abstain <= 0:
        return "worse"
    return "mixed"


def _reciprocal(rank: Any) -> float:
    return 1.0 / rank if isinstance(rank, int) and rank > 0 else 0.0


def _names(files: Iterable[Any]) -> list[str]:
    return sorted(Path(str(f)).name for f in files)


def check_comparable(baseline: Mapping[str, Any], kind: str, files: Sequence[Any], k: int | None = None,
                     split: str | None = None) -> None:
    """Refuse a baseline whose metrics mean something else: another kind of run, other question files
    (or BEIR folder, or split), another k. Called before a run, so that a long run is not lost to it."""
    label = baseline.get("label") or "the baseline"
    if baseline.get("type") != kind:
        raise EvaluationError(
            f"cannot compare a {baseline.get('type')} run with a {kind} run "
            "(question sets and BEIR folders give different metrics)"
        )
    before, now = _names(baseline.get("files", [])), _names(files)
    if before != now:
        what = "BEIR folder" if kind == "beir" else "question files"
        raise EvaluationError(
            f"{label} evaluated the {what} {', '.join(before) or '(none)'}, this run {', '.join(now)}: "
            f"compare runs of the same {what}"
        )
    if kind == "beir" and split is not None and baseline.get("split") not in (None, split):
        raise EvaluationError(f"{label} used the qrels split {baseline.get('split')!r}, this run {split!r}")
    if kind == "questions" and k is not None and baseline.get("k") not in (None, k):
        raise EvaluationError(f"{label} asked k={baseline.get('k')} passages per question, this run k={k}: "
                              "hit@k and MRR would be counted differently; use the same -k")


def compare(baseline: Mapping[str, Any], current: Mapping[str, Any],
            floors: Mapping[str, Any] | None = None) -> Comparison:
    """Diff two runs of the same kind, files and k over the metrics and the questions they share."""
    check_comparable(baseline, str(current.get("type")), current.get("files", []), current.get("k"),
                     current.get("split"))
    beir = current.get("type") == "beir"
    gated = gated_keys(current, floors)
    before_q = {q["id"]: q for q in baseline["questions"]}
    after_q = {q["id"]: q for q in current["questions"]}
    deltas: list[MetricDelta] = []
    for key in sorted(set(baseline["metrics"]) & set(current["metrics"])):
        if not _direction(key):
            continue
        counted = max(len(_members(key, baseline["questions"])), len(_members(key, current["questions"])), 1)
        deltas.append(MetricDelta(key, float(baseline["metrics"][key]), float(current["metrics"][key]),
                                  1.0 / counted, key in gated))
    moves: list[QuestionMove] = []
    for qid, after in after_q.items():
        before = before_q.get(qid)
        if before is None:
            continue
        verdict = _verdict(before, after, beir)
        if verdict is None:
            continue
        label = " ".join(x for x in (after.get("set"), after.get("kind"), after.get("lang")) if x)
        moves.append(QuestionMove(qid, label, str(after.get("question", "")), bool(after.get("answerable", True)),
                                  before.get("rank"), after.get("rank"), bool(before.get("abstained")),
                                  bool(after.get("abstained")), after.get("first"), verdict,
                                  before.get("question") != after.get("question")))
    old, new = baseline.get("settings", {}), current.get("settings", {})
    changed = tuple((k, old.get(k), new.get(k)) for k in sorted(set(old) | set(new))
                    if old.get(k) != new.get(k) and not k.endswith("_dir"))
    return Comparison(
        dict(baseline), dict(current), changed, tuple(deltas), tuple(moves),
        tuple(q for q in before_q if q not in after_q), tuple(q for q in after_q if q not in before_q),
    )


# --------------------------------------------------------------------------- printing a comparison


def _rank(rank: Any) -> str:
    return "-" if rank is None else str(rank)


def _move_line(m: QuestionMove) -> Iterable[str]:
    parts = [f"rank {_rank(m.rank_before)} -> {_rank(m.rank_after)}"] if m.answerable else ["unanswerable"]
    if m.abstained_before != m.abstained_after or not m.answerable:
        parts.append(f"abstained {'yes' if m.abstained_before else 'no'} -> {'yes' if m.abstained_after else 'no'}")
    reworded = " (question reworded since the baseline)" if m.reworded else ""
    yield f"  {m.id} [{m.label}] {', '.join(parts)}{reworded}: {m.question}"
    if m.first_now:
        yield f"      now first: {m.first_now.get('id')}: {m.first_now.get('text', '')[:160]}"


def format_comparison(c: Comparison) -> str:
    """The comparison as text: settings changed, metric deltas, questions better and worse, the verdict."""
    lines = [f"baseline: {_run_label(c.baseline)}", f"current:  {_run_label(c.current)}"]
    if c.baseline.get("model") != c.current.get("model"):
        lines.append(f"model: {c.baseline.get('model')} -> {c.current.get('model')}")
    for key, before, after in c.settings_changed:
        lines.append(f"setting {key}: {before} -> {after}")
    asked = {q["id"]: q.get("question") for q in c.baseline["questions"]}
    reworded = [q["id"] for q in c.current["questions"] if q["id"] in asked and asked[q["id"]] != q.get("question")]
    if reworded:
        lines.append(f"note: {len(reworded)} question(s) reworded since the baseline: {', '.join(reworded)}")
    if c.only_before or c.only_after:
        lines.append(f"questions only in the baseline: {len(c.only_before)}; only in this run: {len(c.only_after)} "
                     "(compared on the shared ones)")
    moved = [d for d in c.deltas if abs(d.delta) > 1e-12]
    lines.append("")
    if moved:
        width = max(len(d.key) for d in moved) + 2
        lines.append(f"metrics that moved ({len(moved)} of {len(c.deltas)}; noise = less than one question):")
        lines.append(f"  {'':{width}}{'before':>8}{'after':>8}{'delta':>9}")
        for d in moved:
            tag = ("worse" if d.worse else "better") + (" (noise)" if d.noise else "") + (", gated" if d.gated else "")
            lines.append(f"  {d.key:{width}}{d.before:8.3f}{d.after:8.3f}{d.delta:+9.3f}  {tag}")
    else:
        lines.append(f"no metric moved ({len(c.deltas)} compared)")
    for verdict in ("worse", "better", "mixed"):
        chosen = [m for m in c.moves if m.verdict == verdict]
        if chosen:
            lines.append("")
            lines.append(f"questions {verdict} ({len(chosen)}):")
            for m in chosen:
                lines.extend(_move_line(m))
    lines.append("")
    fell = c.gated_fell
    if fell:
        lines.append(f"WORSE: {len(fell)} gated metric(s) fell by at least one question: "
                     f"{', '.join(d.key for d in fell)} (exit status {EXIT_WORSE})")
    else:
        lines.append("no gated metric fell by one question or more")
    return "\n".join(lines)
