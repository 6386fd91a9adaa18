"""Saved evaluation runs (the comparison of two of them: `run_compare`, whose names this module re-exports).

A run is one JSON file (`eval/runs/<name>.json`, git-ignored): the flat metrics, one record per
question (rank, abstained, confidence, the passage returned first), the settings, the model, the
git commit and the date. `compare` diffs two runs; a difference smaller than one question of the
group it is measured on is marked as noise, and a gated metric that fell by more than that makes
`assistant eval --compare` exit with status `EXIT_WORSE`.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from .run_compare import (
    EXIT_WORSE,
    Comparison,
    MetricDelta,
    QuestionMove,
    check_comparable,
    compare,
    format_comparison,
)

if TYPE_CHECKING:
    from .evaluation import BeirReport, BeirSet, EvalReport
    from ..settings import Settings

__all__ = [
    "EXIT_WORSE",
    "Comparison",
    "MetricDelta",
    "QuestionMove",
    "beir_run",
    "check_comparable",
    "compare",
    "format_comparison",
    "git_commit",
    "load_run",
    "question_run",
    "run_file",
    "runs_dir",
    "save_run",
]

SCHEMA = 1
FIRST_CHARS = 200  # characters of the first passage kept per question
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


# --------------------------------------------------------------------------- writing and reading runs


def runs_dir() -> Path:
    """`eval/runs/`, beside the question sets."""
    from .evaluation import default_eval_dir

    return default_eval_dir() / "runs"


def git_commit(folder: Path | None = None) -> str:
    """The checked-out commit (12 hex digits, "-dirty" when tracked files changed), or "" outside git."""
    folder = folder or Path(__file__).resolve().parents[2]
    try:
        head = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=folder, capture_output=True,
                              text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=folder,
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return head + ("-dirty" if dirty else "")


def _settings_json(settings: Settings | Mapping[str, Any]) -> dict[str, Any]:
    values = settings if isinstance(settings, Mapping) else dataclasses.asdict(settings)
    return {key: (value if isinstance(value, (int, float, str, bool, type(None))) else str(value))
            for key, value in values.items()}


def _first(passage: Any) -> dict[str, Any] | None:
    if passage is None:
        return None
    text = " ".join(passage.text.split())
    return {"id": passage.chunk_id or passage.doc_id, "source": passage.source, "section": passage.section,
            "text": text[:FIRST_CHARS]}


def _stamp(kind: str, model: str, settings: dict[str, Any]) -> dict[str, Any]:
    return {"schema": SCHEMA, "type": kind, "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "commit": git_commit(), "model": model, "settings": settings}


def question_run(report: EvalReport, settings: Settings, model: str) -> dict[str, Any]:
    """The run of question sets as a JSON-ready record."""
    questions = []
    for r in report.results:
        questions.append({
            "id": r.id, "set": r.set, "kind": r.kind, "lang": r.lang, "direction": r.direction,
            "question": r.question, "history": list(r.history), "answerable": r.answerable,
            "rank": r.rank, "abstained": r.abstained,
            "confidence": None if r.confidence is None else round(float(r.confidence), 4),
            "latency_ms": round(r.latency_ms, 2), "miss": r.miss, "first": _first(r.first),
        })
    return {**_stamp("questions", model, _settings_json(settings)), "k": report.k, "files": list(report.files),
            "seconds": round(report.seconds, 2), "metrics": dict(report.metrics), "questions": questions}


def beir_run(report: BeirReport, beir: BeirSet) -> dict[str, Any]:
    """The run of a BEIR folder as a JSON-ready record: per query nDCG@10, Recall@100, RR@10, rank, first."""
    texts = {d.doc_id: d for d in beir.documents}
    questions = []
    for qid, values in report.per_query.items():
        doc = texts.get(values.get("first") or "")
        first = None
        if doc is not None:
            body = " ".join(f"{doc.title} {doc.text}".split())
            first = {"id": doc.doc_id, "source": doc.source, "section": None, "text": body[:FIRST_CHARS]}
        questions.append({
            "id": qid, "set": beir.folder.name, "kind": "", "lang": "", "direction": "",
            "question": beir.queries[qid], "answerable": True, "rank": values.get("rank"), "abstained": False,
            "confidence": None, **{k: round(float(v), 4) for k, v in values.items() if "@" in k}, "first": first,
        })
    record = _stamp("beir", str(report.settings.get("model_id", "")), _settings_json(report.settings))
    return {**record, "folder": str(beir.folder), "split": beir.split, "files": [str(beir.folder)],
            "documents": report.n_documents, "chunks": report.n_chunks, "index_seconds": round(report.index_seconds, 1),
            "search_seconds": round(report.search_seconds, 1), "metrics": dict(report.metrics), "questions": questions}


def run_file(name: str) -> Path:
    """eval/runs/<name>.json, for a valid run name."""
    if not name or not _NAME.match(name):
        raise EvaluationError(
            f"a run name is letters, digits, '.', '_' or '-' (at most 100, not starting with a dot): {name!r}"
        )
    return runs_dir() / f"{name}.json"


def save_run(record: Mapping[str, Any], *, name: str | None = None, out: Path | None = None) -> Path:
    """Write the run to `out`, or to eval/runs/<name>.json (temporary file, then rename)."""
    out = Path(out) if out is not None else run_file(name or "")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(out)
    except OSError as exc:
        raise EvaluationError(f"cannot write the run to {out} ({exc.strerror or exc})") from None
    return out


def load_run(ref: str | Path) -> dict[str, Any]:
    """A saved run, by file path or by name in eval/runs/."""
    path = Path(ref)
    if not path.is_file():
        named = runs_dir() / f"{ref}.json"
        if not _NAME.match(str(ref)) or not named.is_file():
            saved = sorted(p.stem for p in runs_dir().glob("*.json")) if runs_dir().is_dir() else []
            listing = f"saved runs: {', '.join(saved)}" if saved else "none saved yet; use --save NAME"
            raise EvaluationError(f"no run file {ref} and no saved run {ref!r} in {runs_dir()} ({listing})")
        path = named
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise EvaluationError(f"run file {path} cannot be read ({exc})") from None
    if (not isinstance(data, dict) or data.get("type") not in ("questions", "beir")
            or not isinstance(data.get("metrics"), dict) or not isinstance(data.get("questions"), list)):
        raise EvaluationError(f"{path} is not a saved run of `assistant eval --save` (no type, metrics or questions)")
    for number, question in enumerate(data["questions"], 1):
        if not isinstance(question, dict) or not isinstance(question.get("id"), str) or "rank" not in question \
                or (data["type"] == "questions" and not isinstance(question.get("abstained"), bool)):
            raise EvaluationError(f"{path}: question {number} of the run lacks its id, rank or abstained "
                                  "(edited by hand? save the run again)")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in data["metrics"].values()):
        raise EvaluationError(f"{path}: a metric of the run is not a number (edited by hand? save the run again)")
    data.setdefault("label", path.stem)
    return data
