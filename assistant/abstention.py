"""Abstention as a calibrated decision: a logistic regression over features retrieval already has.

`features` turns the first candidates of a question into a few numbers (best-sentence cosine,
BM25, margins between the first candidates, soft coverage of the question's terms and names
by the best window). `AbstentionModel` holds weights fitted offline by `python -m
eval.calibrate` (scikit-learn, never imported here) and stored as JSON in
`assistant/data/abstention.json`: the question path scores with NumPy only. The model is tied
to the embedder it was calibrated with; with any other embedder (the tests' fake one, a model
not yet calibrated) the assistant falls back to the rule-based check in `answer.py`.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .langdata import script_language
from .evidence import name_coverage, passage_has_evidence, requirements, window_satisfies
from .names import CorpusNames

if TYPE_CHECKING:
    from .index import LoadedIndex
    from .retrieval import Candidate

__all__ = ["FEATURES", "AbstentionModel", "derived", "features", "load_model", "MODEL_FILE"]

log = logging.getLogger(__name__)

MODEL_FILE = "abstention.json"
FEATURES = (
    "sentence_max",  # best-sentence cosine over the first candidates
    "sentence_top",  # best-sentence cosine of the first passage
    "dense_top",  # chunk cosine of the first passage
    "sentence_margin",  # first passage's sentence cosine minus the best of the next four
    "score_margin",  # fused score of the first minus the second
    "bm25_top",  # log(1 + BM25) of the first passage
    "bm25_per_term",  # BM25 of the first passage per content term of the question
    "term_coverage",  # best share of the question's content terms in one window (+ title, section)
    "passage_coverage",  # best share of them in one whole passage
    "name_coverage",  # best share of the question's names and figures in one window
    "rule_evidence",  # 1 when a window names every entity and figure (the old rule)
    "wants_unmet",  # 1 when the question asks when/how many and no best window has a date/number
    "n_terms",  # log(1 + number of content terms)
    "lang_ru",  # 1 for a question in Russian (cosines of one embedder differ by language)
    "rule_abstain",  # 1 when the hand-set rule would abstain (far in meaning and uncovered, or no evidence window)
)
RULE_COSINE = 0.42  # the rule's best-sentence cosine (Settings.abstain_threshold, tuned on the seed dev set)


def derived(values: dict[str, float]) -> dict[str, float]:
    """Features computed from the others (so that stored feature rows stay usable)."""
    far = values["sentence_max"] < RULE_COSINE and values["passage_coverage"] < 1.0
    values["rule_abstain"] = 1.0 if far or not values["rule_evidence"] else 0.0
    return values


def _window_texts(index: LoadedIndex, cand: Candidate, span: int = 1) -> tuple[list[str], str]:
    """The sentences of the candidate's passage, and the window around its best sentence."""
    chunk = index.chunks[cand.row]
    text = index.documents[chunk.doc_id].text
    if index.sentences is None:
        return [chunk.text], chunk.text
    rows = list(index.sentences.chunk_sentences(cand.row))
    sentences = [text[int(s) : int(e)] for s, e in (index.sentences.spans[j] for j in rows)]
    if not sentences:
        return [chunk.text], chunk.text
    at = rows.index(cand.sentence_row) if cand.sentence_row in rows else 0
    return sentences, " ".join(sentences[max(0, at - span) : at + span + 1])


def features(
    index: LoadedIndex,
    candidates: Sequence[Candidate],
    question: str,
    names: CorpusNames | None = None,
    depth: int = 3,
) -> dict[str, float]:
    """The abstention features of one question's ranked candidates (all zero without candidates)."""
    from .chunking import lexical_text
    from .lexical import tokenize

    out = dict.fromkeys(FEATURES, 0.0)
    terms = set(tokenize(question))
    out["n_terms"] = math.log1p(len(terms))
    out["lang_ru"] = 1.0 if script_language(question) == "ru" else 0.0
    if not candidates:
        out["wants_unmet"] = 1.0
        return derived(out)
    req = requirements(question, names)
    top = candidates[0]
    first = list(candidates[: max(1, depth)])
    rest = [c.sentence for c in candidates[1:5]]
    out["sentence_max"] = max(c.sentence for c in first)
    out["sentence_top"] = top.sentence
    out["dense_top"] = top.dense
    out["sentence_margin"] = top.sentence - (max(rest) if rest else 0.0)
    out["score_margin"] = top.score - candidates[1].score if len(candidates) > 1 else 1.0
    out["bm25_top"] = math.log1p(max(0.0, top.lexical))
    out["bm25_per_term"] = max(0.0, top.lexical) / max(1, len(terms))
    unmet = 1.0 if (req.wants_date or req.wants_number) else 0.0
    for cand in first:
        chunk = index.chunks[cand.row]
        doc = index.documents[chunk.doc_id]
        context = " ".join(x for x in (doc.title, doc.publisher, chunk.section) if x)
        sentences, window = _window_texts(index, cand)
        if terms:
            in_window = set(tokenize(f"{context} {window}"))
            out["term_coverage"] = max(out["term_coverage"], len(terms & in_window) / len(terms))
            in_passage = set(tokenize(lexical_text(doc.title, chunk.section, chunk.text)))
            out["passage_coverage"] = max(out["passage_coverage"], len(terms & in_passage) / len(terms))
        out["name_coverage"] = max(out["name_coverage"], name_coverage(req, window, context))
        if not out["rule_evidence"] and passage_has_evidence(req, sentences, context):
            out["rule_evidence"] = 1.0
        if unmet and window_satisfies(
            type(req)(names=(), figures=(), wants_date=req.wants_date, wants_number=req.wants_number, lang=req.lang), window
        ):
            unmet = 0.0
    out["wants_unmet"] = unmet
    return derived(out)


@dataclass(frozen=True)
class AbstentionModel:
    """Standardise, weigh, squash: P(the articles answer the question)."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float
    model_id: str  # the embedder the cosines came from
    info: dict[str, Any]
    thresholds: dict[str, float] | None = None  # per question language, when chosen per language

    def threshold_for(self, lang: str) -> float:
        return (self.thresholds or {}).get(lang, self.threshold)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "AbstentionModel":
        names = tuple(data["features"])
        arrays = [np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale", "coef")]
        if any(a.shape != (len(names),) for a in arrays) or not set(names) <= set(FEATURES):
            raise ValueError("abstention model: feature lists do not match")
        thresholds = {str(k): float(v) for k, v in data.get("thresholds", {}).items()} or None
        return cls(names, arrays[0], arrays[1], arrays[2], float(data["intercept"]), float(data["threshold"]),
                   str(data.get("model_id", "")), dict(data.get("info", {})), thresholds)

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "mean": [round(float(x), 6) for x in self.mean],
            "scale": [round(float(x), 6) for x in self.scale],
            "coef": [round(float(x), 6) for x in self.coef],
            "intercept": round(self.intercept, 6),
            "threshold": round(self.threshold, 6),
            "thresholds": {k: round(v, 6) for k, v in (self.thresholds or {}).items()},
            "model_id": self.model_id,
            "info": self.info,
        }

    def probability(self, values: dict[str, float]) -> float:
        x = np.array([values[name] for name in self.features], dtype=np.float64)
        z = float(((x - self.mean) / self.scale) @ self.coef + self.intercept)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def model_path() -> Path:
    return Path(str(resources.files("assistant").joinpath("data", MODEL_FILE)))


@lru_cache(maxsize=4)
def _load(path: str, stamp: float) -> AbstentionModel | None:
    try:
        return AbstentionModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("abstention model %s not used (%s): falling back to the rule", path, exc)
        return None


def load_model(model_id: str, path: Path | None = None) -> AbstentionModel | None:
    """The calibrated model for embedder `model_id`, or None (no file, or calibrated for another model)."""
    path = path or model_path()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    model = _load(str(path), stamp)
    if model is None or model.model_id != model_id:
        return None
    return model
