"""`assistant eval`'s work beside the command: BEIR runs, saving and comparing runs, the report table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click


__all__ = ["format_eval_report"]


def _finish_run(record: dict[str, Any], old: dict[str, Any] | None, save_name: str | None, out_file: Path | None,
                report_file: Path | None, charts_dir: Path | None, as_json: bool,
                data: dict[str, Any] | None = None, gate: dict[str, Any] | None = None) -> int:
    """Save, compare (gated by `gate`), draw; print the comparison (or the JSON object); return the exit status."""
    from ..evals import runs

    if save_name or out_file:
        record["label"] = save_name or out_file.stem  # type: ignore[union-attr]
    comparison = runs.compare(old, record, gate) if old is not None else None
    extra: dict[str, Any] = {}
    if save_name or out_file:
        extra["saved"] = str(runs.save_run(record, name=save_name, out=out_file))
        if not as_json:
            click.echo(f"saved the run to {extra['saved']}", err=True)
    if report_file is not None:
        from ..evals.report import write_report

        write_report(report_file, record, old, comparison, charts_dir)
        extra["report"] = str(report_file)
        if not as_json:
            click.echo(f"wrote the report to {report_file}", err=True)
    if comparison is not None:
        extra["comparison"] = comparison.to_json()
        if not as_json:
            click.echo("")
            click.echo(runs.format_comparison(comparison))
    if as_json:
        click.echo(json.dumps({**(data if data is not None else record), **extra}, ensure_ascii=False))
    return comparison.exit_status if comparison is not None else 0


def _gate_for(files: list[Path], floors_file: Path | None) -> dict[str, Any] | None:
    """The floors that gate a comparison of these question files: --floors-file, else the eval/floors*.json
    whose 'files' are exactly these; None when none is (every hit@k, MRR and abstention metric is then gated).

    Read before the run, so that a floors file that cannot be read fails at once, not after the questions.
    """
    from ..evals.evaluation import default_eval_dir, read_floors

    if floors_file is not None:
        return read_floors(floors_file) if floors_file.exists() else None
    names = sorted(path.name for path in files)
    for candidate in sorted(default_eval_dir().glob("floors*.json")):
        gate = read_floors(candidate)
        if sorted(str(name) for name in gate["files"]) == names:
            return gate
    return None


def _check_outputs(save_name: str | None, out_file: Path | None, report_file: Path | None,
                   charts_dir: Path | None) -> None:
    """Refuse, before a long run, a run name or an output path that could not be written: the run would be lost."""
    import os

    from ..errors import EvaluationError
    from ..evals import runs

    targets = [runs.run_file(save_name)] if save_name is not None else []
    targets += [path for path in (out_file, report_file) if path is not None]
    if charts_dir is not None:
        targets.append(charts_dir / "chart.svg")
    for target in targets:
        if target.is_dir():
            raise EvaluationError(f"cannot write {target}: it is a folder")
        folder = target.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
            raise EvaluationError(f"cannot write {target}: {folder} is not a folder this user can write to")


def _declared_extras(paths: list[Path]) -> list[Path]:
    from ..evals.evalcorpus import declared_extras
    from ..evals.evaluation import default_eval_dir

    try:
        return declared_extras(paths, default_eval_dir())
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _with_extras(settings: Any, extras: list[Path]) -> Any:
    """Settings whose corpus is the corpus plus `extras`, with an index of its own beside the usual one."""
    if not extras:
        return settings
    from .cli import _notice
    from ..evals.evalcorpus import combined_corpus

    index_dir = Path(settings.index_dir)
    work = index_dir.with_name(index_dir.name + "-extra")
    try:
        corpus = combined_corpus(Path(settings.corpus_dir), extras, work / "corpus-work")
    except FileNotFoundError as exc:
        raise click.UsageError(str(exc)) from None
    _notice(f"questions answered over {settings.corpus_dir} + {', '.join(str(e) for e in extras)} (index {work / 'index'})")
    from ..store import own_collection

    # a Milvus store gets a collection of its own too: the corpus in force stays published in the usual one
    return settings.replace(corpus_dir=corpus, index_dir=work / "index", store=own_collection(settings.store, "extra"))


def _eval_beir(
    folder: Path, split: str, as_json: bool, corpus: Path | None, index: Path | None, progress: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run a BEIR folder; print its table unless --json; return the run record and the JSON summary."""
    import time

    from ..answer import make_embedder
    from .cli import _notice, _settings
    from ..evals.evaluation import evaluate_beir, load_beir
    from ..evals.runs import beir_run

    started = time.perf_counter()
    beir = load_beir(folder, split)
    settings = _settings(corpus, index)
    report = evaluate_beir(
        beir, settings, make_embedder(settings), progress=progress, notify=_notice
    )
    record = beir_run(report, beir)
    data = report.to_json()
    data["wall_seconds"] = record["wall_seconds"] = round(time.perf_counter() - started, 1)
    if as_json:
        return record, data
    m = report.metrics
    click.echo(f"BEIR {folder} ({split}): {report.n_documents:,} documents, {report.n_chunks:,} chunks, "
               f"{report.n_queries} queries")
    click.echo(f"{'':10}{'nDCG@10':>9}{'R@100':>8}{'MRR@10':>8}")
    for label, prefix in (("hybrid", ""), ("dense", "dense/"), ("bm25", "bm25/")):
        click.echo(f"{label:10}{m[prefix + 'ndcg@10']:9.4f}{m[prefix + 'recall@100']:8.4f}{m[prefix + 'mrr@10']:8.4f}")
    click.echo(f"index {report.index_seconds:.0f} s, search {report.search_seconds:.1f} s "
               f"({m['query_mean_ms']:.0f} ms/query), wall {data['wall_seconds']:.0f} s")
    return record, data


def format_eval_report(report: Any) -> str:
    """The metrics as a table (overall, per set, per kind), latency, then the misses."""
    m = report.metrics
    columns = [c for c in ("hit@1", "hit@3", "hit@5", "hit@10") if c in m]
    columns += sorted(key for key in m if key.startswith("mrr@"))  # mrr@10, or mrr@k when -k is under 10
    columns += ["abstain_correct", "abstain_wrong"]
    heads = {"abstain_correct": "abst.ok", "abstain_wrong": "abst.bad"}
    rows = [("all", "")]
    for prefix in ("set", "kind", "lang", "direction"):
        names = sorted({key.split("/")[1] for key in m if key.startswith(prefix + "/")})
        rows += [(f"{prefix} {name}", f"{prefix}/{name}/") for name in names]
    width = max(len(label) for label, _ in rows) + 2
    lines = [f"{len(report.results)} questions from {', '.join(report.files)}; k={report.k}", ""]
    lines.append(f"{'':{width}}{'n':>5}" + "".join(f"{heads.get(c, c):>9}" for c in columns))
    for label, prefix in rows:
        cells = "".join(f"{m[prefix + c]:9.3f}" if prefix + c in m else f"{'-':>9}" for c in columns)
        lines.append(f"{label:{width}}{int(m[prefix + 'n']):5d}{cells}")
    lines.append("")
    lines.append(f"latency per question: mean {m['latency_mean_ms']:.0f} ms, p95 {m['latency_p95_ms']:.0f} ms")
    misses = report.misses
    lines.append("")
    lines.append(f"misses ({len(misses)}):" if misses else "misses: none")
    for r in misses:
        lines.append(f"  {r.id} [{r.kind}] {r.question}")
        if r.history:
            lines.append(f"      after: {' / '.join(r.history)}")
        lines.append(f"      {r.miss}")
        if r.first is not None:
            text = " ".join(r.first.text.split())
            where = f"{r.first.source}" + (f" § {r.first.section}" if r.first.section else "")
            lines.append(f"      first: {where}: {text[:160]}{'…' if len(text) > 160 else ''}")
    return "\n".join(lines)
