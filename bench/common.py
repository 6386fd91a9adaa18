"""Shared helpers of the benchmarks: timing statistics, machine facts, questions, answer scoring."""

from __future__ import annotations

import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "REPO",
    "RESULTS",
    "contains_answer",
    "first_hit_rank",
    "free_port",
    "load_questions",
    "machine",
    "median",
    "percentile",
    "quality",
    "rss_peak_mb",
    "summary",
    "timed",
]

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
# what the chat benches (soak, memory_probe) ask in turn; the last is a follow-up
CHAT_QUESTIONS = [
    "Where did Putin celebrate the alliance between Russia and Kazakhstan?",
    "What is Tajikistan's main security concern?",
    "What did Tokayev propose for regional security?",
    "What is Kazakhstan's projected GDP growth for 2025?",
    "How does Uzbekistan balance Russia and China?",
    "And Kyrgyzstan?",
]
PYTHON = os.environ.get("BENCH_PYTHON") or (
    str(REPO / ".venv" / "bin" / "python") if (REPO / ".venv" / "bin" / "python").exists() else sys.executable
)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear between closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return float(ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo))


def summary(values: Sequence[float], scale: float = 1000.0, digits: int = 2) -> dict[str, float]:
    """p50/p95/mean/n of `values` (seconds), times `scale` (default: milliseconds)."""
    return {
        "p50": round(percentile(values, 50) * scale, digits),
        "p95": round(percentile(values, 95) * scale, digits),
        "mean": round(statistics.fmean(values) * scale, digits) if values else float("nan"),
        "n": len(values),
    }


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = func()
    return time.perf_counter() - t, out


def machine() -> dict[str, Any]:
    """What the numbers were measured on (the machine is shared, so load is recorded too)."""
    info: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().split("\n", 1)[0]
        info["memory_gb"] = round(int(mem.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    try:
        info["git_commit"] = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    versions = {}
    for name in ("torch", "sentence_transformers", "faiss", "bm25s", "gradio", "txtai"):
        try:
            module = __import__(name)
            versions[name] = getattr(module, "__version__", "?")
        except Exception:  # noqa: BLE001, S112 - optional packages
            continue
    info["versions"] = versions
    return info


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load_questions(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or REPO / "eval" / "test.jsonl"
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --------------------------------------------------------------------------- answer containment
# The rule of eval/README.md: a passage hits an alternative when it contains every phrase of it,
# compared case-insensitively and ignoring punctuation and white space. `assistant eval` implements
# it in assistant.evals.evaluation; the bench uses that very function, so both report the same thing.


def contains_answer(passage: str, answers: Sequence[Sequence[str]]) -> bool:
    from assistant.evals.evaluation import contains_answer as project_rule

    return bool(answers) and project_rule(passage, answers)


def first_hit_rank(passages: Iterable[str], answers: Sequence[Sequence[str]]) -> int | None:
    """1-based rank of the first passage containing an answer, or None."""
    for rank, text in enumerate(passages, 1):
        if contains_answer(text, answers):
            return rank
    return None


def quality(ranks: Sequence[int | None], k: int = 10) -> dict[str, float]:
    """hit@1, hit@5, MRR@10 over answerable questions (ranks of the first answering passage)."""
    n = len(ranks)
    if not n:
        return {}
    return {
        "hit@1": round(sum(1 for r in ranks if r == 1) / n, 3),
        "hit@5": round(sum(1 for r in ranks if r is not None and r <= 5) / n, 3),
        f"mrr@{k}": round(sum(1.0 / r for r in ranks if r is not None and r <= k) / n, 3),
        "n": n,
    }


def rss_peak_mb(pid: int | None = None) -> float:
    """Peak resident set size (VmHWM) of a process, in MB."""
    status = Path(f"/proc/{pid or 'self'}/status").read_text()
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    return round(int(match.group(1)) / 1024, 1) if match else float("nan")


def rss_mb(pid: int | None = None) -> float:
    status = Path(f"/proc/{pid or 'self'}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return round(int(match.group(1)) / 1024, 1) if match else float("nan")


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def run_part(
    doc: str | None,
    name: str,
    run: Callable[[int], dict[str, Any]],
    report: Callable[[dict[str, Any]], str],
    argv: list[str] | None = None,
) -> dict[str, Any]:
    """The shared command line of a bench part: --runs N, --out FILE; writes the JSON, prints the report."""
    import argparse

    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS / f"{name}.json")
    args = parser.parse_args(argv)
    result = {"machine": machine(), **run(args.runs)}
    result["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    write_json(args.out, result)
    print(report(result))
    return result

