"""Evaluation metrics, pure functions: hit@k and MRR@k on ranks, nDCG@10 / Recall@100 / RR@10 on qrels.

Rank-based metrics on qrels come from ir-measures, which runs pytrec_eval (trec_eval), the
implementation BEIR's published numbers use, so our SciFact figures are comparable with theirs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .evaluation import QuestionResult

__all__ = ["GROUPS", "HIT_CUTOFFS", "MRR_DEPTH", "abstention", "hit_at_k", "latency", "mrr_at_k", "qrels_metrics",
           "qrels_per_query", "score"]

HIT_CUTOFFS = (1, 3, 5, 10)
MRR_DEPTH = 10
GROUPS = ("set", "kind", "lang", "direction")  # metrics are also reported per value of these


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
        depth = min(k, MRR_DEPTH)  # with fewer passages asked, MRR stops at k: named so, not mrr@10
        out[f"mrr@{depth}"] = mrr_at_k(ranks, depth)
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


def _round(value: float) -> float | int:
    return value if isinstance(value, int) else round(float(value), 4)
