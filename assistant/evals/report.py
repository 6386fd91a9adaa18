"""One self-contained HTML report of a saved run: bars per group, the abstention trade-off, latency, misses.

Charts are drawn by matplotlib (Agg backend) as inline SVG; the page loads nothing from anywhere
(a Content-Security-Policy forbids it) and escapes every text it shows, since article text and
questions can hold markup. matplotlib is imported here only, when a report is asked for.
"""

from __future__ import annotations

import html
import io
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

__all__ = ["abstention_curve", "percentile", "render_report", "write_report"]

BAR_METRICS = ("hit@1", "hit@5", "mrr@10")
BEIR_METRICS = ("ndcg@10", "recall@100", "mrr@10")
PERCENTILES = (50, 90, 95, 99, 100)
MAX_MISSES = 300  # misses listed in full; beyond that, counted
CURRENT, BASELINE = "#1f77b4", "#bbbbbb"
CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}td,th{border:1px solid #ddd;padding:.2em .5em;
vertical-align:top;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.worse{color:#b00020}.better{color:#006400}.noise{color:#777}.chart svg{max-width:100%;height:auto}
.passage{color:#444;font-size:.9em}code{font-size:.9em}
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


# --------------------------------------------------------------------------- numbers (pure)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile with linear interpolation (as `evaluation.latency` computes p95)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    position = p / 100 * (len(ordered) - 1)
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def abstention_curve(questions: Sequence[Mapping[str, Any]]) -> list[tuple[float, float, float]]:
    """(threshold, false-abstention rate, correct-abstention rate) as a threshold on confidence moves.

    At threshold t the assistant abstains when confidence < t: the false-abstention rate is the share
    of answerable questions abstained on, the correct-abstention rate that of unanswerable ones.
    Empty when the run lacks confidences or either kind of question.
    """
    scored = [q for q in questions if q.get("confidence") is not None]
    good = [float(q["confidence"]) for q in scored if q.get("answerable", True)]
    bad = [float(q["confidence"]) for q in scored if not q.get("answerable", True)]
    if not good or not bad:
        return []
    thresholds = sorted(set(good) | set(bad))
    points = [(thresholds[0], 0.0, 0.0)]
    for t in thresholds[1:] + [math.inf]:
        points.append((t, sum(c < t for c in good) / len(good), sum(c < t for c in bad) / len(bad)))
    return points


# --------------------------------------------------------------------------- charts


def _svg(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # drop the XML declaration and DOCTYPE: inline in HTML


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.hashsalt": "assistant-report", "font.size": 9})
    return plt


def _families(metrics: Mapping[str, Any]) -> dict[str, list[str]]:
    from .evaluation import GROUPS

    found: dict[str, list[str]] = {}
    for key in metrics:
        parts = key.split("/")
        if len(parts) == 3 and parts[0] in GROUPS and (parts[2] in BAR_METRICS or parts[2].startswith("mrr@")):
            names = found.setdefault(parts[0], [])
            if parts[1] not in names:
                names.append(parts[1])
    return {family: sorted(names) for family, names in found.items()}


def _bar_chart(rows: list[tuple[str, str]], metric_names: Sequence[str], current: Mapping[str, Any],
               baseline: Mapping[str, Any] | None, title: str) -> str:
    """Horizontal bars: one panel per metric, one row per group, the baseline's bar beside."""
    plt = _pyplot()
    metric_names = [m for m in metric_names if any(p + m in current for _, p in rows)]
    fig, axes = plt.subplots(1, len(metric_names), figsize=(3.2 * len(metric_names), 0.5 + 0.42 * len(rows)),
                             sharey=True, squeeze=False, layout="constrained")
    height = 0.38 if baseline else 0.7
    for ax, metric in zip(axes[0], metric_names):
        ys = list(range(len(rows)))
        values = [float(current.get(p + metric, 0.0)) for _, p in rows]
        ax.barh([y - (height / 2 if baseline else 0) for y in ys], values, height=height, color=CURRENT,
                label="this run")
        if baseline:
            before = [float(baseline.get(p + metric, 0.0)) for _, p in rows]
            ax.barh([y + height / 2 for y in ys], before, height=height, color=BASELINE, label="baseline")
        for y, v in zip(ys, values):
            ax.text(min(v, 1.0) + 0.01, y - (height / 2 if baseline else 0), f"{v:.2f}", va="center", fontsize=7)
        ax.set_xlim(0, 1.15)
        ax.set_title(metric)
        ax.set_yticks(ys, [label for label, _ in rows])
        ax.invert_yaxis()
        ax.grid(axis="x", alpha=0.3)
    if baseline:
        axes[0][-1].legend(loc="lower right", fontsize=7)
    fig.suptitle(title, fontsize=10)
    return _svg(fig)


def _curve_chart(run: Mapping[str, Any], baseline: Mapping[str, Any] | None) -> str | None:
    points = abstention_curve(run["questions"])
    if not points:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5.2, 4.4), layout="constrained")
    if baseline is not None and abstention_curve(baseline["questions"]):
        old = abstention_curve(baseline["questions"])
        ax.step([p[1] for p in old], [p[2] for p in old], where="post", color=BASELINE, label="baseline")
    ax.step([p[1] for p in points], [p[2] for p in points], where="post", color=CURRENT,
            label="threshold on confidence moves")
    threshold = run.get("settings", {}).get("abstain_threshold")
    if isinstance(threshold, (int, float)):
        scored = [q for q in run["questions"] if q.get("confidence") is not None]
        far, car = (sum(q["confidence"] < threshold for q in scored if q.get("answerable", True) is want)
                    / max(1, sum(q.get("answerable", True) is want for q in scored)) for want in (True, False))
        ax.plot([far], [car], "s", color="#ff7f0e", markersize=6,
                label=f"confidence < {threshold:g} alone ({far:.2f}, {car:.2f})")
    m = run["metrics"]
    if "abstain_wrong" in m and "abstain_correct" in m:
        ax.plot([m["abstain_wrong"]], [m["abstain_correct"]], "o", color="#d62728", markersize=8,
                label=f"operating point ({m['abstain_wrong']:.2f}, {m['abstain_correct']:.2f})")
    ax.set_xlabel("false-abstention rate (answerable questions abstained on)")
    ax.set_ylabel("correct-abstention rate (unanswerable abstained on)")
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=7)
    ax.set_title("Abstention trade-off")
    return _svg(fig)


def _latencies(run: Mapping[str, Any]) -> list[float]:
    return [float(q["latency_ms"]) for q in run.get("questions", []) if q.get("latency_ms") is not None]


def _latency_chart(run: Mapping[str, Any], baseline: Mapping[str, Any] | None) -> str | None:
    values = _latencies(run)
    if not values:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5.2, 3.0), layout="constrained")
    xs = list(range(len(PERCENTILES)))
    width = 0.38 if baseline and _latencies(baseline) else 0.7
    now = [percentile(values, p) for p in PERCENTILES]
    ax.bar([x - (width / 2 if width < 0.5 else 0) for x in xs], now, width=width, color=CURRENT, label="this run")
    if width < 0.5 and baseline is not None:
        before = [percentile(_latencies(baseline), p) for p in PERCENTILES]
        ax.bar([x + width / 2 for x in xs], before, width=width, color=BASELINE, label="baseline")
        ax.legend(fontsize=7)
    ax.set_xticks(xs, [f"p{p}" if p < 100 else "max" for p in PERCENTILES])
    ax.set_ylabel("ms per question")
    ax.set_title("Latency of Assistant.ask")
    ax.grid(axis="y", alpha=0.3)
    return _svg(fig)


def charts(run: Mapping[str, Any], baseline: Mapping[str, Any] | None = None) -> dict[str, str]:
    """Every chart of the report as SVG text, by name (also written as files with `--charts DIR`)."""
    out: dict[str, str] = {}
    m, old = run["metrics"], baseline["metrics"] if baseline else None
    if run.get("type") == "beir":
        rows = [("hybrid", ""), ("dense", "dense/"), ("bm25", "bm25/")]
        out["beir"] = _bar_chart(rows, BEIR_METRICS, m, old, f"BEIR {'/'.join(Path(str(run.get('folder', ''))).parts[-2:])}")
        return out
    bars = [*BAR_METRICS[:-1], next((key for key in m if key.startswith("mrr@")), BAR_METRICS[-1])]  # mrr@k, k < 10
    for family, names in _families(m).items():
        rows = [("all", "")] + [(name, f"{family}/{name}/") for name in names]
        out[f"by-{family}"] = _bar_chart(rows, bars, m, old, f"hit@k and MRR per {family}")
    curve = _curve_chart(run, baseline)
    if curve:
        out["abstention"] = curve
    latency = _latency_chart(run, baseline)
    if latency:
        out["latency"] = latency
    return out


# --------------------------------------------------------------------------- the page


def _metrics_table(run: Mapping[str, Any], baseline: Mapping[str, Any] | None) -> str:
    rows = ["<table><tr><th>metric</th><th>this run</th>" + ("<th>baseline</th><th>delta</th>" if baseline else "")
            + "</tr>"]
    old = baseline["metrics"] if baseline else {}
    for key, value in run["metrics"].items():
        if "/" in key and run.get("type") != "beir":
            continue  # per-group values are in the charts (and the JSON run)
        cells = f"<td>{_e(key)}</td><td class=n>{float(value):.4g}</td>"
        if baseline:
            before = old.get(key)
            cells += (f"<td class=n>{float(before):.4g}</td><td class=n>{float(value) - float(before):+.4g}</td>"
                      if before is not None else "<td></td><td></td>")
        rows.append(f"<tr>{cells}</tr>")
    return "\n".join(rows) + "</table>"


def _first_cell(first: Mapping[str, Any] | None) -> str:
    if not first:
        return "<td>(nothing returned)</td>"
    return f"<td><code>{_e(first.get('id', ''))}</code><div class=passage>{_e(first.get('text', ''))}</div></td>"


def _misses(run: Mapping[str, Any]) -> str:
    if run.get("type") == "beir":
        missed = [q for q in run["questions"] if not q.get("ndcg@10")]
        why = {q["id"]: f"no relevant document in the top 10 (first relevant at {q.get('rank') or 'none'})"
               for q in missed}
    else:
        missed = [q for q in run["questions"] if q.get("miss")]
        why = {q["id"]: q["miss"] for q in missed}
    if not missed:
        return "<p>No miss.</p>"
    rows = ["<table><tr><th>id</th><th>question</th><th>why</th><th>passage returned first</th></tr>"]
    for q in missed[:MAX_MISSES]:
        label = " ".join(x for x in (q.get("set"), q.get("kind"), q.get("lang")) if x)
        rows.append(f"<tr><td>{_e(q['id'])}<br><small>{_e(label)}</small></td><td>{_e(q.get('question', ''))}</td>"
                    f"<td>{_e(why[q['id']])}</td>{_first_cell(q.get('first'))}</tr>")
    more = f"<p>... and {len(missed) - MAX_MISSES} more (see the JSON run).</p>" if len(missed) > MAX_MISSES else ""
    return f"<p>{len(missed)} of {len(run['questions'])}.</p>" + "\n".join(rows) + "</table>" + more


def _comparison(comparison: Any) -> str:
    parts = [f"<p>Baseline: {_e(comparison.to_json()['baseline'])}</p>"]
    if comparison.settings_changed:
        parts.append("<p>Settings changed: " + "; ".join(
            f"<code>{_e(k)}</code> {_e(b)} &rarr; {_e(a)}" for k, b, a in comparison.settings_changed) + "</p>")
    moved = [d for d in comparison.deltas if abs(d.delta) > 1e-12]
    if moved:
        parts.append("<table><tr><th>metric</th><th>baseline</th><th>this run</th><th>delta</th><th></th></tr>")
        for d in moved:
            css = "noise" if d.noise else "worse" if d.worse else "better"
            tag = ("worse" if d.worse else "better") + (" (noise: less than one question)" if d.noise else "")
            tag += ", gated" if d.gated else ""
            parts.append(f"<tr class={css}><td>{_e(d.key)}</td><td class=n>{d.before:.4f}</td>"
                         f"<td class=n>{d.after:.4f}</td><td class=n>{d.delta:+.4f}</td><td>{_e(tag)}</td></tr>")
        parts.append("</table>")
    else:
        parts.append("<p>No metric moved.</p>")
    if comparison.moves:
        parts.append("<table><tr><th>id</th><th></th><th>question</th><th>rank</th><th>abstained</th>"
                     "<th>passage now first</th></tr>")
        for m in comparison.moves:
            abst = f"{'yes' if m.abstained_before else 'no'} &rarr; {'yes' if m.abstained_after else 'no'}"
            parts.append(f"<tr class={m.verdict}><td>{_e(m.id)}</td><td>{_e(m.verdict)}</td><td>{_e(m.question)}</td>"
                         f"<td>{_e(m.rank_before if m.rank_before is not None else '-')} &rarr; "
                         f"{_e(m.rank_after if m.rank_after is not None else '-')}</td><td>{abst}</td>"
                         f"{_first_cell(m.first_now)}</tr>")
        parts.append("</table>")
    status = "WORSE: " + ", ".join(d.key for d in comparison.gated_fell) if comparison.gated_fell else "no gated metric fell"
    parts.append(f"<p><strong>{_e(status)}</strong></p>")
    return "\n".join(parts)


def render_report(run: Mapping[str, Any], baseline: Mapping[str, Any] | None = None,
                  comparison: Any = None, svgs: Mapping[str, str] | None = None) -> str:
    """The HTML page (a string) for a run, with the baseline beside it when given."""
    svgs = charts(run, baseline) if svgs is None else svgs
    title = f"Evaluation: {', '.join(Path(str(f)).name for f in run.get('files', [])) or run.get('type')}"
    head = (f"<p>Commit <code>{_e(run.get('commit') or 'unknown')}</code>, {_e(run.get('date', ''))}, "
            f"model <code>{_e(run.get('model', ''))}</code>, {len(run['questions'])} questions"
            + (f", k={_e(run['k'])}" if "k" in run else "") + ".</p>")
    body = [f"<h1>{_e(title)}</h1>", head, "<h2>Metrics</h2>", _metrics_table(run, baseline)]
    if comparison is not None:
        body += ["<h2>What changed</h2>", _comparison(comparison)]
    captions = {"abstention": "Abstention trade-off", "latency": "Latency percentiles", "beir": "Retrieval"}
    for name, svg in svgs.items():
        caption = captions.get(name, f"hit@k and MRR {name.replace('-', ' ')}")
        if name == "abstention":
            caption += " (the dot is the run's actual abstentions)"
        body += [f"<h2>{_e(caption)}</h2>", f"<div class=chart id=chart-{_e(name)}>{svg}</div>"]
    if "abstention" not in svgs and run.get("type") != "beir":
        body += ["<h2>Abstention trade-off</h2>",
                 "<p>Not drawn: the run records no confidence, or lacks answerable or unanswerable questions.</p>"]
    body += ["<h2>Misses, each with the passage returned first</h2>", _misses(run)]
    settings = run.get("settings", {})
    body += ["<h2>Settings</h2>", "<table>" + "".join(
        f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in settings.items()) + "</table>"]
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<meta name=viewport content=\"width=device-width\"><title>{_e(title)}</title><style>{CSS}</style></head>"
        f"<body>\n{chr(10).join(body)}\n</body></html>\n"
    )


def write_report(path: Path, run: Mapping[str, Any], baseline: Mapping[str, Any] | None = None,
                 comparison: Any = None, charts_dir: Path | None = None) -> Path:
    """Write the HTML report (and, with `charts_dir`, each chart as `<name>.svg` there)."""
    svgs = charts(run, baseline)
    try:
        if charts_dir is not None:
            charts_dir.mkdir(parents=True, exist_ok=True)
            for name, svg in svgs.items():
                safe = re.sub(r"[^A-Za-z0-9._-]", "_", name)
                (charts_dir / f"{safe}.svg").write_text(svg + "\n", encoding="utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(render_report(run, baseline, comparison, svgs), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise EvaluationError(f"cannot write the report to {path} ({exc.strerror or exc})") from None
    return path
