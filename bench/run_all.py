"""Run every benchmark, print one table, write bench/results/latest.json (with the targets checked).

    .venv/bin/python -m bench.run_all                    # everything (about 15-25 min on 2 cores)
    .venv/bin/python -m bench.run_all --only build,latency   # the other parts: last results, dated
    .venv/bin/python -m bench.run_all --scale-sizes 10000,100000   # skip the 1M point

Each part runs in its own process (so that one's memory and threads do not disturb the next)
and also writes bench/results/<part>.json. Needs the `bench` extra: `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

from .common import PYTHON, REPO, RESULTS, machine, write_json

PARTS = ("build", "latency", "coldstart", "scale")


def _run_part(part: str, extra: list[str]) -> dict[str, Any]:
    out = RESULTS / f"{part}.json"
    print(f"== {part}", file=sys.stderr, flush=True)
    subprocess.run([PYTHON, "-m", f"bench.{part}", "--out", str(out), *extra], cwd=REPO, check=True,
                   stdout=sys.stderr)
    return json.loads(out.read_text(encoding="utf-8"))


def targets(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target of issues 7 and 16 with the measured value and whether it is met."""
    out: dict[str, dict[str, Any]] = {}

    def check(name: str, value: Any, ok: bool | None, goal: str) -> None:
        out[name] = {"value": value, "goal": goal, "met": ok}

    if "build" in results:
        r = results["build"]["ratio"]
        check("build_throughput_vs_raw_encode", r, r >= 0.9, ">= 0.9")
        if "ratio_within_build" in results["build"]:
            w = results["build"]["ratio_within_build"]
            check("build_encode_share_of_wall_time", w, w >= 0.9, ">= 0.9")
    if "latency" in results and "ratio_p50" in results["latency"]:
        r = results["latency"]["ratio_p50"]
        check("warm_p50_vs_txtai", r, r <= 0.8, "<= 0.8")
        if "txtai_one_thread" in results["latency"]:  # txtai given our one-thread query encoding
            r1 = results["latency"]["txtai_one_thread"]["ratio_p50"]
            check("warm_p50_vs_txtai_same_threads", r1, r1 <= 0.5, "<= 0.5 (issue 16)")
    if "coldstart" in results:
        app = results["coldstart"]["app"]
        check("page_served_s", app["page_s"], app["page_s"] is not None and app["page_s"] <= 5, "<= 5 s")
        fa = app["first_answer_s"]
        check("first_answer_s", fa, None if fa is None else fa <= 8, "<= 8 s")
        ratios = results["coldstart"].get("ratios", {})
        if ratios.get("first_answer_vs_import_gradio") is not None:  # issue 16
            r = ratios["first_answer_vs_import_gradio"]
            check("first_answer_vs_import_gradio", r, r <= 1.6, "<= 1.6 (issue 16)")
        if app.get("rss_peak_mb"):
            check("app_peak_rss_mb", app["rss_peak_mb"], app["rss_peak_mb"] < 604, "< 604 MB (issue 16)")
    if "scale" in results:
        big = max(results["scale"]["points"], key=lambda p: p["n"])
        ivf = big["ivf_sq8"]
        default = next((s for s in ivf["search"] if s["param"] == f"nprobe={ivf['default_nprobe']}"), ivf["search"][-1])
        n = big["n"]
        check(f"vector_search_p50_ms_at_{n}", default["p50_ms"], default["p50_ms"] < 20, "< 20 ms (at 1M)")
        check(f"recall@10_at_{n}", default["recall@10"], default["recall@10"] >= 0.95, ">= 0.95 (at 1M)")
        check(f"vector_memory_mb_at_{n}", ivf["memory_mb"], ivf["memory_mb"] < 1000, "< 1000 MB (at 1M)")
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(PARTS), help=f"Comma-separated parts of {PARTS}.")
    parser.add_argument("--runs", type=int, default=3, help="Runs of build and cold start (medians).")
    parser.add_argument("--rounds", type=int, default=3, help="Passes over the test questions for latency.")
    parser.add_argument("--scale-sizes", default="10000,100000,1000000", help="Passage counts of the scale curve.")
    args = parser.parse_args(argv)
    parts = [p for p in args.only.split(",") if p]
    started = time.perf_counter()
    extra = {
        "build": ["--runs", str(args.runs)],
        "latency": ["--rounds", str(args.rounds)],
        "coldstart": ["--runs", str(args.runs)],
        "scale": ["--sizes", args.scale_sizes],
    }
    results: dict[str, Any] = {}
    for part in PARTS:
        if part in parts:
            results[part] = _run_part(part, extra[part])
            results[part].pop("machine", None)
        elif (RESULTS / f"{part}.json").is_file():  # not re-run: the last result, marked with its date
            earlier = json.loads((RESULTS / f"{part}.json").read_text(encoding="utf-8"))
            earlier["reused_from"] = earlier.pop("machine", {}).get("date", "?")
            results[part] = earlier
    report = {"machine": machine(), "seconds": round(time.perf_counter() - started, 1),
              "targets": targets(results), **results}
    write_json(RESULTS / "latest.json", report)
    print(table(report))
    return report


def table(report: dict[str, Any]) -> str:
    from . import build, coldstart, latency, scale

    blocks = [(f"machine: {report['machine'].get('cpu', '?')}, {report['machine']['cpus']} cpus, "
               f"load {report['machine']['loadavg_at_start']} at start, {report['machine']['date']}")]
    if "build" in report:
        blocks.append(build.table(report["build"]))
    if "latency" in report:
        blocks.append(latency.table(report["latency"]))
    if "coldstart" in report:
        blocks.append(coldstart.table(report["coldstart"]))
    if "scale" in report:
        blocks.append("index layer scale curve (synthetic, dim 384)\n" + scale.table(report["scale"]["points"]))
    lines = ["targets:"]
    for name, t in report["targets"].items():
        mark = {True: "ok", False: "MISSED", None: "n/a"}[t["met"]]
        lines.append(f"  {mark:<6} {name:<36} {t['value']!s:>10}  (goal {t['goal']})")
    blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


if __name__ == "__main__":
    main()
