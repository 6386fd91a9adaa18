"""The command line: `assistant build`, `assistant ask`, `assistant eval`; thin over the package."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from .cli_eval import (
    _check_outputs,
    _declared_extras,
    _eval_beir,
    _finish_run,
    _gate_for,
    _with_extras,
    format_eval_report,
)
from .cli_render import format_answer
from ..errors import AssistantError

__all__ = ["main", "cli"]

F = TypeVar("F", bound=Callable[..., Any])


def _friendly_errors(func: F) -> F:
    """Turn library errors into one sentence on stderr and exit code 1 (never a traceback)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AssistantError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def _settings(corpus: Path | None, index: Path | None, **extra: Any):  # type: ignore[no-untyped-def]
    from ..settings import Settings

    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.meta.get("assistant.store") and "store" not in extra:
        extra["store"] = ctx.meta["assistant.store"]  # --store, for this invocation only
    return Settings.from_env(corpus_dir=corpus, index_dir=index, **extra)


def _remember_store(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """--store: kept in the invocation's context, read by `_settings` (no parameter to thread through)."""
    if value:
        ctx.meta["assistant.store"] = value


def _notice(message: str) -> None:
    click.echo(f"note: {message}", err=True)


corpus_option = click.option(
    "--corpus", type=click.Path(path_type=Path), default=None,
    help="Folder of articles (.txt, .md, .html, .mhtml, .pdf, .docx, .odt, .rtf, .epub, .pptx, .eml, .vtt, .srt). Default: ./corpus or $ASSISTANT_CORPUS_DIR.",
)
index_option = click.option(
    "--index", type=click.Path(path_type=Path), default=None,
    help="Folder of the built index. Default: ./index or $ASSISTANT_INDEX_DIR.",
)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Example:\n\n  assistant build && assistant ask \"Which countries signed the transit agreement?\" --json",
)
@click.option("-v", "--verbose", is_flag=True, help="Log what happens (to stderr).")
def cli(verbose: bool) -> None:
    """Ask questions of a corpus of articles; get back cited passages.

    Works offline: the embedding model and tokenizer ship inside Python packages.
    """
    from .cli_input import safe_output

    safe_output()  # a terminal that is not UTF-8 shows escapes, never a UnicodeEncodeError
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )


def _stderr_is_terminal() -> bool:
    """Whether a progress bar on stderr would be seen by a person (not a pipe or a log)."""
    return sys.stderr.isatty()


@cli.command(epilog="Examples:\n\n  assistant build --json\n\n  assistant build --watch --interval 5")
@corpus_option
@index_option
@click.option("--force", is_flag=True, help="Re-embed every passage even if nothing changed.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the build report as one JSON object (one per rebuild with --watch).")
@click.option("--watch", is_flag=True, help="Keep running and rebuild whenever a corpus file changes.")
@click.option("--interval", type=click.FloatRange(min=0.1), default=2.0, show_default=True,
              help="With --watch: seconds the corpus must stay quiet after a change before rebuilding.")
@_friendly_errors
def build(corpus: Path | None, index: Path | None, force: bool, as_json: bool, watch: bool, interval: float) -> None:
    """Build or refresh the index, embedding only passages whose text changed.

    Prints what it did: documents added, changed, removed and unchanged; passages embedded,
    reused and removed. Shows a progress bar while embedding when stderr is a terminal.
    """
    from ..answer import make_embedder
    from ..build import build_index

    settings = _settings(corpus, index)
    embedder = make_embedder(settings)
    progress = _stderr_is_terminal()  # the bar goes to stderr, so --json output stays clean

    def once(force_now: bool) -> None:
        report = build_index(settings, embedder, force=force_now, progress=progress)
        if as_json:
            click.echo(json.dumps(report.to_json()))
            return
        for warning in report.skipped:
            click.echo(f"warning: {warning}", err=True)
        for reason in report.reasons:
            click.echo(f"note: {reason}", err=True)
        for what, sources in report.details.items():
            for source in sources:
                click.echo(f"  {what}: {source}")
        click.echo(report.summary())

    once(force)
    if watch:
        from .watch import watch_corpus

        def rebuild() -> bool:  # a failed rebuild is reported, and watching goes on
            from ..errors import BuildLockedError

            try:
                once(False)
            except BuildLockedError as exc:  # another build is running: try again next cycle
                click.echo(f"note: {exc}", err=True)
                return False
            except AssistantError as exc:
                click.echo(f"error: {exc}", err=True)
            except Exception as exc:  # noqa: BLE001 - an unforeseen failure ends this rebuild, not the watch
                from ..errors import one_line

                click.echo(f"error: the rebuild failed ({type(exc).__name__}: {one_line(exc)}); "
                           "the previous index is still in use, watching goes on", err=True)
            return True

        click.echo(f"watching {settings.corpus_dir} (Ctrl+C to stop)", err=True)
        watch_corpus(settings.corpus_dir, rebuild, interval=interval)


@cli.command(
    epilog=(
        "Examples:\n\n"
        "  assistant ask \"What is the region's main security concern?\" -k 3 --json\n\n"
        "  assistant ask \"What changed in transport?\" --since 2023 --country KZ --lang en\n\n"
        "  assistant ask \"Who finances the Rogun dam?\" --format markdown > memo.md\n\n"
        "  assistant ask - --json < questions.txt     # one question per line, one JSON object each"
    )
)
@click.argument("question")
@click.option("-k", "k", type=click.IntRange(1, 50), default=None, help="Number of passages (default 5).")
@click.option("--json", "as_json", is_flag=True, help="Print exactly one JSON object (same as --format json).")
@click.option("--format", "output_format", type=click.Choice(["text", "markdown", "json"]), default="text",
              show_default=True, help="text for reading, markdown for a memo (quotes and numbered citations), json for scripts.")
@click.option("--history", multiple=True, help="An earlier question of the conversation (repeatable, oldest first).")
@click.option("--doc", "doc_ids", multiple=True,
              help="Only search this article: its id or its file as cited, e.g. corpus/a.txt (repeatable).")
@click.option("--since", default=None, help="Only articles published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", default=None, help="Only articles published on or before this date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--publisher", "publishers", multiple=True, help="Only articles of this publisher or site: its name or a run of its words, any case (repeatable).")
@click.option("--lang", "languages", multiple=True, help="Only articles in this language: en or ru, or English or Russian (repeatable).")
@click.option("--country", "countries", multiple=True,
              help="Only articles about this country: a name or code, e.g. a name the gazetteer knows or a code like KZ (repeatable).")
@click.option("--no-rebuild", is_flag=True, help="Refuse a missing or stale index instead of rebuilding it.")
@corpus_option
@index_option
@_friendly_errors
def ask(
    question: str, k: int | None, as_json: bool, output_format: str, history: tuple[str, ...], doc_ids: tuple[str, ...],
    since: str | None, until: str | None, publishers: tuple[str, ...], languages: tuple[str, ...],
    countries: tuple[str, ...], no_rebuild: bool, corpus: Path | None, index: Path | None,
) -> None:
    """Answer QUESTION with the passages that answer it, each with its citation.

    QUESTION "-" reads the questions from standard input, one per line, each asked on its own
    (with --json: one JSON object per line).

    Filters (--since, --until, --publisher, --lang, --country, --doc) restrict the search to the
    articles that pass all of them; a filter that no article passes is said in one sentence.
    """
    from ..answer import Assistant
    from ..errors import AssistantError
    from ..limits import normalize_question
    from ..ingest.facets import Filters
    from .cli_input import STDIN, json_line, questions_from, terminal_text

    settings = _settings(corpus, index)
    question, recoded = terminal_text(question)
    history = tuple(terminal_text(h)[0] for h in history)
    if recoded:
        _notice(f"the question was not UTF-8 (check the terminal's encoding); it was read as “{question}”")
    piped = question == STDIN
    questions = questions_from(sys.stdin.buffer) if piped else [(0, question)]
    if piped and not questions:
        raise AssistantError("no question on standard input: pipe one question per line, e.g. assistant ask - < questions.txt")
    for line, text in questions:  # fail fast, before loading anything
        try:
            normalize_question(text, settings.max_question_chars)
        except AssistantError as exc:
            raise (AssistantError(f"line {line} of standard input: {exc}") if piped else exc) from None
    filters = Filters.parse(
        since=since, until=until, publishers=publishers, languages=languages, countries=countries, doc_ids=doc_ids
    )
    bot = Assistant.load(settings, rebuild=not no_rebuild, notify=_notice)
    answers = [bot.ask(text, k=k, history=history, filters=filters if filters.active else None) for _, text in questions]
    if as_json or output_format == "json":  # one object per question: JSON Lines when they were piped
        for answer in answers:
            click.echo(json_line(answer.to_json()))
        return
    if output_format == "markdown":
        from ..export import answer_markdown, conversation_markdown

        click.echo(conversation_markdown(answers, "Questions") if piped else answer_markdown(answers[0]), nl=False)
        return
    click.echo("\n\n".join(f"## {a.question}\n{format_answer(a)}" if piped else format_answer(a) for a in answers))


@cli.command(
    "eval",
    epilog=(
        "Examples:\n\n"
        "  assistant eval                      # eval/test.jsonl + eval/followup.jsonl\n\n"
        "  assistant eval eval/dev.jsonl -k 5 --json\n\n"
        "  assistant eval --write-floors       # raise eval/floors.json after a gain\n\n"
        "  assistant eval --beir ../shared/benchmarks/scifact --json\n\n"
        "  assistant eval --save before; (change something); assistant eval --compare before --report r.html"
    ),
)
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-k", "k", type=click.IntRange(1, 50), default=10, show_default=True,
              help="Passages asked per question; hit@k and MRR@10 count within them.")
@click.option("--json", "as_json", is_flag=True,
              help='Print one JSON object: {"metrics": {flat}, "questions": [...], "misses": [...]}.')
@click.option("--beir", "beir_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Evaluate a BEIR folder (corpus.jsonl, queries.jsonl, qrels/SPLIT.tsv) in a temporary "
                   "in-memory index instead: nDCG@10, Recall@100, MRR@10.")
@click.option("--split", default="test", show_default=True, help="The qrels split read with --beir.")
@click.option("--no-rebuild", is_flag=True, help="Refuse a missing or stale index instead of rebuilding it.")
@click.option("--write-floors", is_flag=True,
              help="Record the measured metrics minus --margin as the regression floors (eval/floors.json).")
@click.option("--margin", type=click.FloatRange(0.0, 0.03), default=0.02, show_default=True,
              help="Margin below the measured values for --write-floors.")
@click.option("--save", "save_name", default=None, metavar="NAME",
              help="Save the run (metrics, every question, settings, model, commit, date) as eval/runs/NAME.json.")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Save the run to this JSON file instead.")
@click.option("--compare", "baseline", default=None, metavar="BASELINE",
              help="Compare with a saved run (a name in eval/runs or a file): metric deltas, questions that "
                   "moved; exit status 3 when a gated metric fell by one question or more.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a self-contained HTML report with charts (beside the baseline with --compare).")
@click.option("--charts", "charts_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="With --report, also write each chart as an SVG file into this folder.")
@click.option("--store", default=None, metavar="URI", expose_value=False, callback=_remember_store,
              help="Search through this store: faiss (default), milvus:///path/to/milvus.db (milvus-lite) "
                   "or milvus://host:19530. Default: $ASSISTANT_STORE.")
@corpus_option
@index_option
@_friendly_errors
@click.option("--floors-file", "floors_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Floors file for --write-floors (default eval/floors.json; the unseen set's: eval/floors-unseen.json) "
                   "and the gate of --compare (default: the eval/floors*.json naming exactly these question files).")
@click.option("--check-floors", "check_gate", is_flag=True,
              help="Exit with status 3 when a metric falls below its floor (or above its ceiling) in the floors file "
                   "of these question files (see --floors-file), naming each one and by how much.")
@click.option("--corpus-extra", "extras", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Also index this folder (repeatable), beside the corpus, in an index of its own; "
                   "default: the folders eval/corpora.json declares for the question files.")
def eval_(
    files: tuple[Path, ...], k: int, as_json: bool, beir_dir: Path | None, split: str, no_rebuild: bool,
    write_floors: bool, margin: float, save_name: str | None, out_file: Path | None, baseline: str | None,
    report_file: Path | None, charts_dir: Path | None, corpus: Path | None, index: Path | None,
    extras: tuple[Path, ...] = (), floors_file: Path | None = None, check_gate: bool = False,
) -> None:
    """Measure retrieval on question sets (default: the test and follow-up sets) or a BEIR folder.

    A question counts as answered at the rank of the first passage containing every phrase of one
    of its answers (case, punctuation and spaces ignored). Prints hit@1/3/5/10, MRR@10, abstention
    and latency, overall, per set and per kind, then the misses with the passage returned first.

    With --save/--out the run is kept; --compare diffs it with an earlier one; --report draws it.
    Exit status: 0, 1 on an error, 3 when --compare finds a gated metric (a floor of eval/floors*.json) fell
    or --check-floors finds a metric past its floor or ceiling.
    """
    from ..errors import EvaluationError
    from ..evals import evaluation, runs

    if charts_dir is not None and report_file is None:
        raise click.UsageError("--charts needs --report")
    # everything that can fail after the run fails now instead: the baseline, the gate, the outputs
    old = runs.load_run(baseline) if baseline else None
    if old is not None and old["type"] != ("beir" if beir_dir is not None else "questions"):
        raise click.UsageError(f"{baseline} is a {old['type']} run; compare it with a run of the same kind")
    _check_outputs(save_name, out_file, report_file, charts_dir)
    progress = _stderr_is_terminal() and not as_json
    if beir_dir is not None:
        if files or write_floors or check_gate:
            raise click.UsageError("--beir takes no question files, no --write-floors and no --check-floors")
        if old is not None:
            runs.check_comparable(old, "beir", [beir_dir], split=split)
        record, data = _eval_beir(beir_dir, split, as_json, corpus, index, progress)
        sys.exit(_finish_run(record, old, save_name, out_file, report_file, charts_dir, as_json, data))
    from ..answer import Assistant

    paths = list(files) or evaluation.default_question_files()
    questions = evaluation.load_questions(paths)
    gate = None
    if old is not None:
        runs.check_comparable(old, "questions", paths, k)
        gate = _gate_for(paths, floors_file)
    floors = _gate_for(paths, floors_file) if check_gate else None
    if check_gate and floors_file is not None and floors is None:
        raise click.UsageError(f"--check-floors: the floors file {floors_file} does not exist")
    if check_gate and (floors is None or floors.get("k", k) != k):
        raise click.UsageError("--check-floors: no floors file names exactly these question files (pass --floors-file)"
                               if floors is None else f"--check-floors: the floors were measured with -k {floors['k']}")
    target = Path(floors_file or evaluation.default_eval_dir() / evaluation.FLOORS_FILE)
    if write_floors:  # what write_floors would refuse after the run is refused before it
        if any(Path(p).resolve().parent != target.resolve().parent for p in paths):
            raise EvaluationError(f"floors are kept only for question sets in {target.parent}")
        if target.exists():
            evaluation.read_floors(target)  # a damaged floors file
    settings = _settings(corpus, index)
    settings = _with_extras(settings, list(extras) or _declared_extras(paths))
    bot = Assistant.load(settings, rebuild=not no_rebuild, notify=_notice)
    from tqdm import tqdm

    with tqdm(total=len(questions), desc="questions", unit="q", disable=not progress, file=sys.stderr) as bar:
        report = evaluation.evaluate(bot, questions, k, progress=lambda done, total: bar.update(1))
    if report.not_indexed:  # the set and the corpus disagree: say so, not a silent drop of the metrics
        named = "; ".join(f"{qid} ({why})" for qid, why in list(report.not_indexed.items())[:5])
        more = f"; and {len(report.not_indexed) - 5} more" if len(report.not_indexed) > 5 else ""
        click.echo(f"warning: {len(report.not_indexed)} answerable question(s) cannot be answered from the indexed "
                   f"articles and count as misses: {named}{more}", err=True)
    if write_floors:
        gate, lowered = evaluation.write_floors(report, margin, floors_file)
        for line in lowered:
            click.echo(f"warning: lowered {line}", err=True)
        click.echo(f"wrote {len(gate['floors'])} floors and {len(gate['ceilings'])} ceilings "
                   f"(margin {margin}) to {floors_file or evaluation.default_eval_dir() / evaluation.FLOORS_FILE}", err=True)
    record = runs.question_run(report, settings, getattr(bot.embedder, "model_id", settings.model_id))
    if not as_json:
        click.echo(format_eval_report(report))
    status = _finish_run(record, old, save_name, out_file, report_file, charts_dir, as_json, report.to_json(), gate)
    problems = evaluation.check_floors(report.metrics, floors) if floors is not None else []
    for problem in problems:
        click.echo(f"floor: {problem}", err=True)
    sys.exit(3 if problems else status)


def main() -> None:
    cli(prog_name="assistant")


if __name__ == "__main__":
    main()
