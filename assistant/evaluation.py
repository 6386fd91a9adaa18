"""Evaluation: fixed question sets (answer containment) and BEIR folders (qrels), as flat metrics.

Question sets are JSON Lines, one question a line:
``{"id", "question", "answers": [[phrase, ...], [alt, ...]], "history": [...], "kind"}``.
A passage hits an alternative when it contains every phrase of it, compared after `normalize`
(case folded, punctuation and white space dropped), as in DPR's top-k accuracy; an empty
``answers`` list means the corpus does not answer and the assistant should abstain.

`evaluate` only uses the public API (`Assistant.ask`, `Answer.passages`, `Answer.abstained`);
the metric functions are pure. Rank-based metrics on qrels (nDCG@10, Recall@100, RR@10) come
from ir-measures, which runs pytrec_eval (trec_eval), the implementation BEIR's published
numbers use, so our SciFact figures are comparable with theirs.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EvaluationError

if TYPE_CHECKING:
    from .embedding import Embedder
    from .index import LoadedIndex
    from .records import Answer, Document, Passage
    from .settings import Settings

__all__ = [
    "BeirReport",
    "BeirSet",
    "EvalReport",
    "Question",
    "QuestionResult",
    "abstention",
    "check_floors",
    "contains_answer",
    "default_eval_dir",
    "default_question_files",
    "evaluate",
    "evaluate_beir",
    "first_hit",
    "hit_at_k",
    "index_documents",
    "latency",
    "load_beir",
    "load_questions",
    "make_floors",
    "mrr_at_k",
    "normalize",
    "qrels_metrics",
    "read_floors",
    "score",
    "write_floors",
]

HIT_CUTOFFS = (1, 3, 5, 10)
MRR_DEPTH = 10
GROUPS = ("set", "kind", "lang", "direction")  # metrics are also reported per value of these
MISS_AT = 5  # a question is listed as a miss when no passage of the first MISS_AT answers it
DEFAULT_FILES = ("test.jsonl", "followup.jsonl")
FLOORS_FILE = "floors.json"
MAX_MARGIN = 0.03
BEIR_DEPTH = 100  # documents per query in the run (Recall@100)
BEIR_CHUNK_POOL = 300  # chunks asked per query, so that at least BEIR_DEPTH documents remain


# --------------------------------------------------------------------------- question sets


@dataclass(frozen=True)
class Question:
    """One question of a set; `answers` empty means the corpus does not answer it."""

    id: str
    question: str
    answers: tuple[tuple[str, ...], ...]
    history: tuple[str, ...] = ()
    kind: str = ""
    set: str = ""  # the file's stem, e.g. "test"
    where: str = ""  # "path:line", for messages
    lang: str = ""  # the question's language ("en", "ru"), "" when not given
    direction: str = ""  # question language -> answering article's language, e.g. "ru->en"
    doc: str | None = None  # the answering article's file name, when given

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


def default_eval_dir() -> Path:
    """The folder holding the project's question sets: `eval/` beside `corpus/` (as Settings finds it)."""
    package_parent = Path(__file__).resolve().parent.parent
    if (package_parent / "eval").is_dir() and not (Path.cwd() / "eval").is_dir():
        return package_parent / "eval"
    return Path.cwd() / "eval"


def default_question_files(eval_dir: Path | None = None) -> list[Path]:
    """The test set and the follow-up set (never the development set: it is tuned on)."""
    folder = eval_dir or default_eval_dir()
    return [folder / name for name in DEFAULT_FILES]


def _fail(where: str, message: str) -> EvaluationError:
    return EvaluationError(f"{where}: {message}")


def _strings(value: Any, where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, f"{what} must be a list of strings")
    return tuple(value)


def _question(data: Any, where: str, set_name: str) -> Question:
    if not isinstance(data, dict):
        raise _fail(where, "each line must be a JSON object")
    missing = [key for key in ("id", "question", "answers") if key not in data]
    if missing:
        raise _fail(where, f"missing field {', '.join(repr(m) for m in missing)}")
    qid, text = data["id"], data["question"]
    if not isinstance(qid, str) or not qid.strip():
        raise _fail(where, "'id' must be a non-empty string")
    if not isinstance(text, str) or not text.strip():
        raise _fail(where, f"question {qid}: 'question' must be a non-empty string")
    if not isinstance(data["answers"], list):
        raise _fail(where, f"question {qid}: 'answers' must be a list of alternatives (lists of phrases)")
    answers: list[tuple[str, ...]] = []
    for alternative in data["answers"]:
        phrases = _strings(alternative, where, f"question {qid}: each alternative of 'answers'")
        if not phrases or not all(normalize(p) for p in phrases):
            raise _fail(where, f"question {qid}: an alternative is empty or has a phrase without letters or digits")
        answers.append(phrases)
    history = _strings(data.get("history", []), where, f"question {qid}: 'history'")
    optional: dict[str, str] = {}
    for key in ("kind", "lang", "direction"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise _fail(where, f"question {qid}: '{key}' must be a string")
        optional[key] = value.strip()
    doc = data.get("doc")
    if doc is not None and not isinstance(doc, str):
        raise _fail(where, f"question {qid}: 'doc' must be a file name or null")
    return Question(qid, text, tuple(answers), history, optional["kind"], set_name, where,
                    optional["lang"], optional["direction"], doc)


def load_questions(paths: Path | str | Iterable[Path | str]) -> list[Question]:
    """Read and check one or more JSONL question sets; ids must be unique across them."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    questions: list[Question] = []
    seen: dict[str, str] = {}
    for path in map(Path, paths):
        count = 0
        for where, data in _jsonl(path, "question set"):
            question = _question(data, where, path.stem)
            if question.id in seen:
                raise _fail(where, f"question id {question.id!r} already used at {seen[question.id]}")
            seen[question.id] = where
            questions.append(question)
            count += 1
        if not count:
            raise EvaluationError(f"question set {path} holds no question")
    return questions


# --------------------------------------------------------------------------- answer containment

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def normalize(text: str) -> str:
    """Text for containment checks: NFKC, case folded, every non-alphanumeric character dropped."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def contains_answer(text: str, answers: Sequence[Sequence[str]]) -> bool:
    """True when `text` contains every phrase of at least one alternative."""
    body = normalize(text)
    return any(all(normalize(p) in body for p in alternative) for alternative in answers)


def first_hit(texts: Sequence[str], answers: Sequence[Sequence[str]]) -> int | None:
    """The 1-based rank of the first text that contains an answer, or None."""
    for rank, text in enumerate(texts, 1):
        if contains_answer(text, answers):
            return rank
    return None


# --------------------------------------------------------------------------- metrics (pure)


def hit_at_k(ranks: Sequence[int | None], k: int) -> float:
    """Share of questions answered by one of the first k passages (ranks are 1-based, None = never)."""
    if not ranks:
        return 0.0
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def mrr_at_k(ranks: Sequence[int | None], k: int = MRR_DEPTH) -> float:
    """Mean of 1/rank over questions, counting 0 when the answer is not in the first k."""
    if not ranks:
        return 0.0
    return sum(1.0 / r for r in ranks if r is not None and r <= k) / len(ranks)


def qrels_metrics(
    qrels: Mapping[str, Mapping[str, int]], run: Mapping[str, Mapping[str, float]]
) -> dict[str, float]:
    """nDCG@10, Recall@100 and MRR@10 of a run against graded qrels, averaged over every judged query.

    Computed by ir-measures (pytrec_eval underneath: linear gain, ties broken as trec_eval does).
    A judged query missing from the run counts 0.
    """
    per_query = qrels_per_query(qrels, run)
    judged = [q for q, docs in qrels.items() if any(rel > 0 for rel in docs.values())]
    return {
        name: (sum(values.get(q, 0.0) for q in judged) / len(judged) if judged else 0.0)
        for name, values in per_query.items()
    }


def qrels_per_query(
    qrels: Mapping[str, Mapping[str, int]], run: Mapping[str, Mapping[str, float]]
) -> dict[str, dict[str, float]]:
    """{metric: {query id: value}} for the judged queries in the run (those missing count 0 in means)."""
    import ir_measures
    from ir_measures import RR, R, nDCG

    names = {nDCG @ 10: "ndcg@10", R @ 100: "recall@100", RR @ 10: "mrr@10"}
    judged = [q for q, docs in qrels.items() if any(rel > 0 for rel in docs.values())]
    per_query: dict[str, dict[str, float]] = {name: {} for name in names.values()}
    run_judged = {q: dict(run[q]) for q in judged if run.get(q)}
    if run_judged:
        qrels_judged = {q: {d: int(r) for d, r in qrels[q].items()} for q in judged}
        for metric in ir_measures.iter_calc(list(names), qrels_judged, run_judged):
            per_query[names[metric.measure]][metric.query_id] = float(metric.value)
    return per_query


def abstention(results: Sequence[QuestionResult]) -> dict[str, float]:
    """abstain_correct: share of unanswerable questions abstained on; abstain_wrong: share of answerable ones."""
    out: dict[str, float] = {}
    unanswerable = [r for r in results if not r.answerable]
    answerable = [r for r in results if r.answerable]
    if unanswerable:
        out["abstain_correct"] = sum(r.abstained for r in unanswerable) / len(unanswerable)
    if answerable:
        out["abstain_wrong"] = sum(r.abstained for r in answerable) / len(answerable)
    return out


def latency(milliseconds: Sequence[float]) -> tuple[float, float]:
    """(mean, 95th percentile) of per-question latencies; the percentile interpolates linearly."""
    if not milliseconds:
        return 0.0, 0.0
    ordered = sorted(milliseconds)
    position = 0.95 * (len(ordered) - 1)
    low, high = math.floor(position), math.ceil(position)
    p95 = ordered[low] + (ordered[high] - ordered[low]) * (position - low)
    return sum(ordered) / len(ordered), p95


def _group_metrics(results: Sequence[QuestionResult], k: int) -> dict[str, float]:
    out: dict[str, float] = {"n": len(results)}
    ranks = [r.rank for r in results if r.answerable]
    if ranks:
        for cutoff in HIT_CUTOFFS:
            if cutoff <= k:
                out[f"hit@{cutoff}"] = hit_at_k(ranks, cutoff)
        out[f"mrr@{MRR_DEPTH}"] = mrr_at_k(ranks, MRR_DEPTH)
    out.update(abstention(results))
    return out


def score(results: Sequence[QuestionResult], k: int) -> dict[str, float]:
    """Flat metrics: overall, then `set/`, `kind/`, `lang/` and `direction/<name>/...`; latency overall only."""
    metrics = _group_metrics(results, k)
    metrics["n_answerable"] = sum(r.answerable for r in results)
    metrics["n_unanswerable"] = sum(not r.answerable for r in results)
    mean, p95 = latency([r.latency_ms for r in results])
    metrics["latency_mean_ms"] = mean
    metrics["latency_p95_ms"] = p95
    for prefix in GROUPS:
        groups: dict[str, list[QuestionResult]] = {}
        for r in results:
            name = getattr(r, prefix)
            if name:
                groups.setdefault(name, []).append(r)
        if prefix == "set" and len(groups) < 2:
            continue  # one set: its metrics are the overall ones
        for name in sorted(groups):
            for key, value in _group_metrics(groups[name], k).items():
                metrics[f"{prefix}/{name}/{key}"] = value
    return metrics


# --------------------------------------------------------------------------- evaluating an assistant


@dataclass(frozen=True)
class QuestionResult:
    """How the assistant did on one question."""

    id: str
    question: str
    kind: str
    set: str
    answerable: bool
    rank: int | None  # 1-based rank of the first passage containing an answer (None: not in the k asked)
    abstained: bool
    latency_ms: float
    first: Passage | None = None  # the passage returned first
    history: tuple[str, ...] = ()
    resolved_question: str | None = None
    miss: str | None = None  # why it counts as a miss, if it does
    confidence: float | None = None  # Answer.confidence
    lang: str = ""
    direction: str = ""

    def to_json(self, passage_chars: int = 300) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "set": self.set,
            "kind": self.kind,
            "answerable": self.answerable,
            "rank": self.rank,
            "abstained": self.abstained,
            "latency_ms": round(self.latency_ms, 1),
        }
        data.update({key: getattr(self, key) for key in ("lang", "direction") if getattr(self, key)})
        if self.confidence is not None:
            data["confidence"] = round(float(self.confidence), 4)
        if self.miss:
            data["question"] = self.question
            if self.history:
                data["history"] = list(self.history)
            if self.resolved_question and self.resolved_question != self.question:
                data["resolved_question"] = self.resolved_question
            data["miss"] = self.miss
            if self.first is not None:
                text = " ".join(self.first.text.split())
                data["first_passage"] = {
                    "source": self.first.source,
                    "chunk_id": self.first.chunk_id,
                    "section": self.first.section,
                    "text": text[:passage_chars] + ("…" if len(text) > passage_chars else ""),
                }
        return data


@dataclass(frozen=True)
class EvalReport:
    """Flat metrics, one result per question, and the misses."""

    metrics: dict[str, float]
    results: tuple[QuestionResult, ...]
    k: int
    files: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def misses(self) -> list[QuestionResult]:
        return [r for r in self.results if r.miss]

    def to_json(self) -> dict[str, Any]:
        return {
            "metrics": {key: _round(value) for key, value in self.metrics.items()},
            "questions": [r.to_json() for r in self.results],
            "misses": [r.to_json() for r in self.misses],
            "k": self.k,
            "files": list(self.files),
            "seconds": round(self.seconds, 2),
        }


def _round(value: float) -> float | int:
    return value if isinstance(value, int) else round(float(value), 4)


def _miss(answerable: bool, rank: int | None, abstained: bool, miss_at: int) -> str | None:
    if not answerable:
        return None if abstained else "answered although the articles do not answer it"
    if rank is None or rank > miss_at:
        where = "not in the passages returned" if rank is None else f"first at rank {rank}"
        return f"no passage of the first {miss_at} contains the answer ({where})"
    if abstained:
        return "abstained although the articles answer it"
    return None


def evaluate(
    assistant: Any,
    questions: Sequence[Question],
    k: int = MRR_DEPTH,
    *,
    miss_at: int = MISS_AT,
    warm_up: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    """Ask every question (with its history) for k passages and score the answers.

    One untimed warm-up question first, so that loading the model lazily is not counted
    as the first question's latency.
    """
    started = time.perf_counter()
    if warm_up and questions:
        assistant.ask(questions[0].question, k=k, history=questions[0].history)
    results: list[QuestionResult] = []
    for i, q in enumerate(questions):
        t = time.perf_counter()
        answer: Answer = assistant.ask(q.question, k=k, history=q.history)
        elapsed = (time.perf_counter() - t) * 1000.0
        passages = answer.passages[:k]
        rank = first_hit([p.text for p in passages], q.answers) if q.answerable else None
        results.append(
            QuestionResult(
                id=q.id,
                question=q.question,
                kind=q.kind,
                set=q.set,
                answerable=q.answerable,
                rank=rank,
                abstained=bool(answer.abstained),
                latency_ms=elapsed,
                first=passages[0] if passages else None,
                history=q.history,
                resolved_question=answer.resolved_question,
                miss=_miss(q.answerable, rank, bool(answer.abstained), min(miss_at, k)),
                confidence=getattr(answer, "confidence", None),
                lang=q.lang,
                direction=q.direction,
            )
        )
        if progress:
            progress(i + 1, len(questions))
    files = tuple(dict.fromkeys(q.where.rsplit(":", 1)[0] for q in questions if q.where))
    return EvalReport(score(results, k), tuple(results), k, files, time.perf_counter() - started)


# --------------------------------------------------------------------------- regression floors


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
            problems.append(f"{key} = {metrics[key]:.4f} fell below its floor {floor:.4f}")
    for key, ceiling in gate.get("ceilings", {}).items():
        if key not in metrics:
            problems.append(f"{key}: not measured (ceiling {ceiling})")
        elif metrics[key] > ceiling + 1e-9:
            problems.append(f"{key} = {metrics[key]:.4f} rose above its ceiling {ceiling:.4f}")
    return problems


def read_floors(path: Path | None = None) -> dict[str, Any]:
    path = path or default_eval_dir() / FLOORS_FILE
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvaluationError(f"no floors file {path}: run `assistant eval --write-floors`") from None
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"floors file {path} cannot be read ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list) or "floors" not in data:
        raise EvaluationError(f"floors file {path} lacks 'files' or 'floors'")
    return data


def write_floors(report: EvalReport, margin: float, path: Path | None = None) -> tuple[dict[str, Any], list[str]]:
    """Record the report's metrics minus `margin` as the gate; returns it and the floors that went down."""
    path = Path(path or default_eval_dir() / FLOORS_FILE)
    files: list[str] = []
    for name in report.files:
        file = Path(name).resolve()
        if file.parent != path.parent.resolve():
            raise EvaluationError(f"floors are kept only for question sets in {path.parent}, not {name}")
        files.append(file.name)
    gate = make_floors(report.metrics, margin)
    lowered: list[str] = []
    try:
        old = read_floors(path)
    except EvaluationError:
        old = {}
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


# --------------------------------------------------------------------------- BEIR


@dataclass(frozen=True)
class BeirSet:
    """A BEIR folder read into documents, the split's judged queries and their qrels."""

    folder: Path
    split: str
    documents: tuple[Document, ...]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]


@dataclass(frozen=True)
class BeirReport:
    """nDCG@10, Recall@100, MRR@10 of the full pipeline (and of its dense and BM25 halves alone)."""

    metrics: dict[str, float]
    n_documents: int
    n_chunks: int
    n_sentences: int
    n_queries: int
    index_seconds: float
    search_seconds: float
    settings: dict[str, Any] = field(default_factory=dict)
    # query id -> its metrics, "rank" of the first relevant document (None past the depth), "first" document
    per_query: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "metrics": {key: round(value, 4) for key, value in self.metrics.items()},
            "documents": self.n_documents,
            "chunks": self.n_chunks,
            "sentences": self.n_sentences,
            "queries": self.n_queries,
            "index_seconds": round(self.index_seconds, 1),
            "search_seconds": round(self.search_seconds, 1),
            "settings": self.settings,
        }


def _jsonl(path: Path, what: str = "BEIR file") -> Iterator[tuple[str, Any]]:
    """(file:line, parsed JSON) for every non-blank line; one-sentence errors for a bad file or line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvaluationError(f"{what} {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{what} {path} cannot be read ({exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from None


def _beir_jsonl(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for where, data in _jsonl(path):
        if not isinstance(data, dict) or not isinstance(data.get("_id"), (str, int)):
            raise _fail(where, "each line must be a JSON object with an '_id'")
        yield where, data


def load_beir(folder: Path | str, split: str = "test") -> BeirSet:
    """Read corpus.jsonl, queries.jsonl and qrels/<split>.tsv (any line ends); keep judged queries."""
    from .records import Document

    folder = Path(folder)
    if not folder.is_dir():
        raise EvaluationError(f"BEIR folder {folder} does not exist")
    documents: list[Document] = []
    seen: set[str] = set()
    for where, data in _beir_jsonl(folder / "corpus.jsonl"):
        doc_id = str(data["_id"])
        text, title = data.get("text", ""), data.get("title", "") or ""
        if not isinstance(text, str) or not isinstance(title, str):
            raise _fail(where, "'title' and 'text' must be strings")
        if doc_id in seen:
            raise _fail(where, f"document id {doc_id!r} appears twice")
        seen.add(doc_id)
        documents.append(
            Document(
                doc_id=doc_id,
                source=f"{folder.name}/corpus.jsonl#{doc_id}",
                title=title.strip(),
                text=text,  # the abstract; the title is indexed by BM25 with it (0.739 vs 0.736 nDCG@10 as a first line)
                raw_hash=hashlib.sha256(f"{title}\n{text}".encode()).hexdigest(),
            )
        )
    if not documents:
        raise EvaluationError(f"{folder / 'corpus.jsonl'} holds no document")
    texts = {}
    for where, data in _beir_jsonl(folder / "queries.jsonl"):
        if not isinstance(data.get("text"), str):
            raise _fail(where, "a query needs a 'text' string")
        texts[str(data["_id"])] = data["text"]

    qrels_path = folder / "qrels" / f"{split}.tsv"
    try:
        lines = qrels_path.read_text(encoding="utf-8").splitlines()  # splitlines: CRLF as well as LF
    except FileNotFoundError:
        raise EvaluationError(f"BEIR qrels {qrels_path} does not exist (is --split right?)") from None
    qrels: dict[str, dict[str, int]] = {}
    for number, line in enumerate(lines, 1):
        cells = line.strip().split("\t")
        if not line.strip() or (number == 1 and not cells[-1].strip().lstrip("-").isdigit()):
            continue  # blank line or the "query-id corpus-id score" header
        where = f"{qrels_path}:{number}"
        if len(cells) == 4:  # TREC style: qid 0 docid rel
            cells = [cells[0], cells[2], cells[3]]
        if len(cells) != 3 or not cells[2].strip().lstrip("-").isdigit():
            raise _fail(where, "expected 'query-id<TAB>corpus-id<TAB>score'")
        qid, doc_id, rel = cells[0].strip(), cells[1].strip(), int(cells[2])
        if qid not in texts:
            raise _fail(where, f"query {qid!r} is not in queries.jsonl")
        qrels.setdefault(qid, {})[doc_id] = rel
    qrels = {q: docs for q, docs in qrels.items() if any(r > 0 for r in docs.values())}
    if not qrels:
        raise EvaluationError(f"{qrels_path} judges no query relevant")
    return BeirSet(folder, split, tuple(documents), {q: texts[q] for q in qrels}, qrels)


def index_documents(
    documents: Sequence[Document], settings: Settings, embedder: Embedder, *, progress: bool = False
) -> LoadedIndex:
    """An in-memory index of `documents`, through the build's public API (`build.index_documents`)."""
    from . import build

    return build.index_documents(documents, settings, embedder, progress=progress)


def _documents_by_best_chunk(index: LoadedIndex, rows_scores: Iterable[tuple[int, float]], depth: int) -> dict[str, float]:
    """Each document scored by its best chunk (max), the `depth` best documents kept."""
    best: dict[str, float] = {}
    for row, value in rows_scores:
        doc = index.chunks[row].doc_id
        if doc not in best or value > best[doc]:
            best[doc] = float(value)
    return dict(sorted(best.items(), key=lambda item: -item[1])[:depth])


def evaluate_beir(
    beir: BeirSet,
    settings: Settings,
    embedder: Embedder,
    *,
    depth: int = BEIR_DEPTH,
    chunk_pool: int = BEIR_CHUNK_POOL,
    progress: bool = False,
    notify: Callable[[str], None] | None = None,
) -> BeirReport:
    """Index the BEIR corpus in memory, run every judged query through the Retriever, score with qrels.

    The candidate pool is raised to `chunk_pool` chunks so that Recall@`depth` is meaningful;
    the dense-only and BM25-only runs over the same index are reported beside the fused one.
    """
    from .embedding import encode_queries
    from .retrieval import Retriever, top_k

    say = notify or (lambda message: None)
    settings = settings.replace(candidates=max(settings.candidates, chunk_pool))
    started = time.perf_counter()
    say(f"indexing {len(beir.documents):,} documents of {beir.folder}")
    index = index_documents(beir.documents, settings, embedder, progress=progress)
    index_seconds = time.perf_counter() - started
    say(
        f"indexed {len(index.chunks):,} chunks ({len(index.sentences.vectors) if index.sentences else 0:,} "
        f"sentences) in {index_seconds:.0f} s; searching {len(beir.queries)} queries"
    )

    started = time.perf_counter()
    qids = list(beir.queries)
    query_vectors = encode_queries(embedder, [beir.queries[q] for q in qids])  # as `ask` encodes them
    retriever = Retriever(index, embedder, settings)
    runs: dict[str, dict[str, dict[str, float]]] = {"": {}, "dense/": {}, "bm25/": {}}
    n = len(index.chunks)
    from tqdm import tqdm

    bar = tqdm(zip(qids, query_vectors), total=len(qids), desc="queries", unit="q", disable=not progress)
    for qid, vector in bar:
        query = beir.queries[qid]
        candidates = retriever.search(query, chunk_pool, query_vector=vector)
        runs[""][qid] = _documents_by_best_chunk(index, ((c.row, c.score) for c in candidates), depth)
        scores, ids = index.dense.search(vector, min(n, chunk_pool))
        runs["dense/"][qid] = _documents_by_best_chunk(
            index, ((int(i), float(s)) for s, i in zip(scores[0], ids[0]) if i >= 0), depth
        )
        lexical = index.bm25.scores(query)
        rows = [int(r) for r in top_k(lexical, chunk_pool) if lexical[r] > 0]
        runs["bm25/"][qid] = _documents_by_best_chunk(index, ((r, float(lexical[r])) for r in rows), depth)
    search_seconds = time.perf_counter() - started
    metrics: dict[str, float] = {}
    for prefix, run in runs.items():
        for key, value in qrels_metrics(beir.qrels, run).items():
            metrics[prefix + key] = value
    metrics["query_mean_ms"] = 1000.0 * search_seconds / max(1, len(qids))
    per_query: dict[str, dict[str, Any]] = {q: {} for q in qids}
    for name, values in qrels_per_query(beir.qrels, runs[""]).items():
        for qid in qids:
            per_query[qid][name] = values.get(qid, 0.0)
    for qid in qids:
        ranked = list(runs[""][qid])
        relevant = [i for i, doc in enumerate(ranked, 1) if beir.qrels[qid].get(doc, 0) > 0]
        per_query[qid].update(rank=relevant[0] if relevant else None, first=ranked[0] if ranked else None)
    return BeirReport(
        metrics=metrics,
        n_documents=len(beir.documents),
        n_chunks=n,
        n_sentences=len(index.sentences.vectors) if index.sentences is not None else 0,
        n_queries=len(qids),
        index_seconds=index_seconds,
        search_seconds=search_seconds,
        settings={
            "model_id": embedder.model_id,
            "candidates": settings.candidates,
            "chunk_tokens": settings.chunk_tokens,
            "dense_weight": settings.dense_weight,
            "per_doc_cap": settings.per_doc_cap,
            "split": beir.split,
            "depth": depth,
        },
        per_query=per_query,
    )
