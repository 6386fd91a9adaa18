"""Regression floors: the measured metrics minus a margin, kept in eval/floors.json and checked by `assistant eval`."""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from .metrics import _round

if TYPE_CHECKING:
    from .evaluation import EvalReport

__all__ = ["FLOORS_FILE", "MAX_MARGIN", "check_floors", "make_floors", "read_floors", "write_floors"]

FLOORS_FILE = "floors.json"
MAX_MARGIN = 0.03
_METRIC = re.compile(r"^(?:(?:set|kind|lang|direction)/[^/]+/)?(?:hit@\d+|mrr@\d+|abstain_correct|abstain_wrong)$")


def _eval_dir() -> Path:
    from . import evaluation

    return evaluation.default_eval_dir()


def _direction(key: str) -> str | None:
    """'min' for metrics where higher is better, 'max' for abstain_wrong, None for ungated ones."""
    last = key.rsplit("/", 1)[-1]
    if last.startswith(("hit@", "mrr@")) or last == "abstain_correct":
        return "min"
    if last == "abstain_wrong":
        return "max"
    return None


def make_floors(metrics: Mapping[str, float], margin: float) -> dict[str, dict[str, float]]:
    """Floors (measured - margin) and ceilings (measured + margin) for every gated metric."""
    if not 0.0 <= margin <= MAX_MARGIN:
        raise EvaluationError(f"the floor margin must be between 0 and {MAX_MARGIN}, not {margin}")
    floors: dict[str, float] = {}
    ceilings: dict[str, float] = {}
    for key, value in metrics.items():
        direction = _direction(key)
        if direction == "min":
            floors[key] = max(0.0, math.floor((value - margin) * 10_000) / 10_000)
        elif direction == "max":
            ceilings[key] = min(1.0, math.ceil((value + margin) * 10_000) / 10_000)
    return {"floors": floors, "ceilings": ceilings}


def check_floors(metrics: Mapping[str, float], gate: Mapping[str, Any]) -> list[str]:
    """Every way `metrics` breaks the gate, one line each ([] when it passes)."""
    problems: list[str] = []
    for key, floor in gate.get("floors", {}).items():
        if key not in metrics:
            problems.append(f"{key}: not measured (floor {floor})")
        elif metrics[key] < floor - 1e-9:
            problems.append(f"{key} = {metrics[key]:.4f} fell below its floor {floor:.4f} by {floor - metrics[key]:.4f}")
    for key, ceiling in gate.get("ceilings", {}).items():
        if key not in metrics:
            problems.append(f"{key}: not measured (ceiling {ceiling})")
        elif metrics[key] > ceiling + 1e-9:
            problems.append(f"{key} = {metrics[key]:.4f} rose above its ceiling {ceiling:.4f} by {metrics[key] - ceiling:.4f}")
    return problems


def read_floors(path: Path | None = None) -> dict[str, Any]:
    path = path or _eval_dir() / FLOORS_FILE
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvaluationError(f"no floors file {path}: run `assistant eval --write-floors`") from None
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"floors file {path} cannot be read ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list) or "floors" not in data:
        raise EvaluationError(f"floors file {path} lacks 'files' or 'floors'")
    for part, direction in (("floors", "min"), ("ceilings", "max")):
        values = data.get(part, {})
        if not isinstance(values, dict):
            raise EvaluationError(f"floors file {path}: '{part}' must map metric names to numbers")
        for key, value in values.items():
            if not _METRIC.match(key) or _direction(key) != direction:
                kind = "a floor" if direction == "min" else "a ceiling"
                raise EvaluationError(f"floors file {path}: {key!r} is not a metric that takes {kind} "
                                      "(hit@k, mrr@10 and abstain_correct take floors, abstain_wrong a ceiling; "
                                      "each optionally under set/, kind/, lang/ or direction/<name>/)")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                raise EvaluationError(f"floors file {path}: {part[:-1] if part == 'floors' else 'ceiling'} "
                                      f"of {key} must be a number from 0 to 1, not {value!r}")
    return data


def write_floors(report: EvalReport, margin: float, path: Path | None = None) -> tuple[dict[str, Any], list[str]]:
    """Record the report's metrics minus `margin` as the gate; returns it and the floors that went down."""
    path = Path(path or _eval_dir() / FLOORS_FILE)
    files: list[str] = []
    for name in report.files:
        file = Path(name).resolve()
        if file.parent != path.parent.resolve():
            raise EvaluationError(f"floors are kept only for question sets in {path.parent}, not {name}")
        files.append(file.name)
    gate = make_floors(report.metrics, margin)
    lowered: list[str] = []
    # a file that is there but cannot be read is refused, not overwritten: the floors it would lower go unseen
    old = read_floors(path) if path.exists() else {}
    for key, value in gate["floors"].items():
        before = old.get("floors", {}).get(key)
        if before is not None and value < before:
            lowered.append(f"{key}: floor {before:.4f} -> {value:.4f}")
    for key, value in gate["ceilings"].items():
        before = old.get("ceilings", {}).get(key)
        if before is not None and value > before:
            lowered.append(f"{key}: ceiling {before:.4f} -> {value:.4f}")
    data = {
        "files": files,
        "k": report.k,
        "margin": margin,
        "measured_at": time.strftime("%Y-%m-%d"),
        "how": "assistant eval --write-floors (floors = measured - margin; ceilings = measured + margin)",
        **gate,
        "measured": {key: _round(v) for key, v in report.metrics.items() if _direction(key)},
    }
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)
    return data, lowered
