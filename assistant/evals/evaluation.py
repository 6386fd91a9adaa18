"""Evaluation: fixed question sets (answer containment) and BEIR folders (qrels), as flat metrics.

Question sets are JSON Lines, one question a line:
``{"id", "question", "answers": [[phrase, ...], [alt, ...]], "history": [...], "kind"}``.
A passage hits an alternative when it contains every phrase of it, compared after `normalize`
(case folded, punctuation and white space dropped), as in DPR's top-k accuracy; an empty
``answers`` list means the corpus does not answer and the assistant should abstain.

`evaluate` only uses the public API (`Assistant.ask`, `Answer.passages`, `Answer.abstained`).
Question files are read by `questions`, the metrics are pure functions in `metrics`, the regression
gate is `floors`, BEIR folders are `beir`; their public names are importable from here too.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .beir import (
    BEIR_CHUNK_POOL,
    BEIR_DEPTH,
    BeirReport,
    BeirSet,
    evaluate_beir,
    index_documents,
    load_beir,
)
from .questions import KINDS, Question, load_questions, normalize
from .floors import FLOORS_FILE, MAX_MARGIN, check_floors, make_floors, read_floors, write_floors
from .metrics import (
    GROUPS,
    HIT_CUTOFFS,
    MRR_DEPTH,
    _round,
    abstention,
    hit_at_k,
    latency,
    mrr_at_k,
    qrels_metrics,
    qrels_per_query,
    score,
)

if TYPE_CHECKING:
    from ..records import Answer, Passage

__all__ = [
    "BEIR_CHUNK_POOL",
    "BEIR_DEPTH",
    "FLOORS_FILE",
    "GROUPS",
    "HIT_CUTOFFS",
    "KINDS",
    "MAX_MARGIN",
    "MRR_DEPTH",
    "BeirReport",
    "BeirSet",
    "EvalReport",
    "Question",
    "QuestionResult",
    "abstention",
    "answers_not_indexed",
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
    "qrels_per_query",
    "read_floors",
    "score",
    "write_floors",
]

MISS_AT = 5  # a question is listed as a miss when no passage of the first MISS_AT answers it
DEFAULT_FILES = ("test.jsonl", "followup.jsonl")


# --------------------------------------------------------------------------- question sets


def default_eval_dir() -> Path:
    """The folder holding the project's question sets: `eval/` beside `corpus/` (as Settings finds it)."""
    package_parent = Path(__file__).resolve().parents[2]
    if (package_parent / "eval").is_dir() and not (Path.cwd() / "eval").is_dir():
        return package_parent / "eval"
    return Path.cwd() / "eval"


def default_question_files(eval_dir: Path | None = None) -> list[Path]:
    """The test set and the follow-up set (never the development set: it is tuned on)."""
    folder = eval_dir or default_eval_dir()
    return [folder / name for name in DEFAULT_FILES]


# --------------------------------------------------------------------------- answer containment

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
    # answerable questions that no indexed article can answer (id -> why): the set and the corpus disagree
    not_indexed: dict[str, str] = field(default_factory=dict)

    @property
    def misses(self) -> list[QuestionResult]:
        return [r for r in self.results if r.miss]

    def to_json(self) -> dict[str, Any]:
        data = {
            "metrics": {key: _round(value) for key, value in self.metrics.items()},
            "questions": [r.to_json() for r in self.results],
            "misses": [r.to_json() for r in self.misses],
            "k": self.k,
            "files": list(self.files),
            "seconds": round(self.seconds, 2),
        }
        if self.not_indexed:
            data["not_indexed"] = dict(self.not_indexed)
        return data


def answers_not_indexed(questions: Sequence[Question], documents: Sequence[Any]) -> dict[str, str]:
    """The answerable questions that no indexed document can answer, with why (id -> reason).

    A question whose every answer alternative is missing from every document's text (its article was
    edited, renamed or removed since the set was written), or whose `doc` names no indexed file, could
    only ever be a miss: it is named, not counted in silence.
    """
    texts = [normalize(getattr(d, "text", "")) for d in documents]
    sources = [Path(str(getattr(d, "source", ""))).as_posix() for d in documents]
    names = {Path(source).name for source in sources}
    out: dict[str, str] = {}
    for q in questions:
        if not q.answerable:
            continue
        # `doc` is a file's name, or its path in a folder of the corpus ("ChatExport_2025-12-05/messages.html")
        if q.doc and q.doc not in names and not any(source.endswith(f"/{q.doc}") for source in sources):
            out[q.id] = f"its article {q.doc} is not indexed"
            continue
        alternatives = [[normalize(p) for p in alternative] for alternative in q.answers]
        if not any(all(p in text for p in alternative) for alternative in alternatives for text in texts):
            out[q.id] = "no indexed article contains its answer"
    return out




def _miss(answerable: bool, rank: int | None, abstained: bool, miss_at: int, not_indexed: str | None = None) -> str | None:
    if not answerable:
        return None if abstained else "answered although the articles do not answer it"
    if rank is None or rank > miss_at:
        where = "not in the passages returned" if rank is None else f"first at rank {rank}"
        if not_indexed and rank is None:
            where = f"{not_indexed}: changed, renamed or removed since the question was written?"
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
    documents = getattr(assistant, "documents", None)
    not_indexed = answers_not_indexed(questions, documents()) if callable(documents) else {}
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
                miss=_miss(q.answerable, rank, bool(answer.abstained), min(miss_at, k), not_indexed.get(q.id)),
                confidence=getattr(answer, "confidence", None),
                lang=q.lang,
                direction=q.direction,
            )
        )
        if progress:
            progress(i + 1, len(questions))
    files = tuple(dict.fromkeys(q.where.rsplit(":", 1)[0] for q in questions if q.where))
    return EvalReport(score(results, k), tuple(results), k, files, time.perf_counter() - started, not_indexed)
