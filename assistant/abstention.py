"""Abstention as a calibrated decision: a logistic regression over features retrieval already has.

`features` turns the first candidates of a question into a few numbers (best-sentence cosine,
BM25, margins between the first candidates, soft coverage of the question's terms and names
by the best window). `AbstentionModel` holds weights fitted offline by `python -m
assistant.evals.calibration` (scikit-learn, never imported here) and stored as JSON in
`assistant/data/abstention/<model id, "/" as "--">.json`, one file per embedder: the question
path scores with NumPy only. The cosines mean something else for each embedder, so the model
is picked by the running embedder's id; with an embedder that has no file (the tests' fake
one, a model not yet calibrated) the assistant falls back to the rule-based check in `answer.py`.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .ingest.langdata import script_language
from .ingest.language import detect_language
from .search.evidence import name_coverage, passage_has_evidence, passage_needs, requirements, window_satisfies
from .search.names import CorpusNames
from .search.windows import context as passage_context, sentences_around

if TYPE_CHECKING:
    from .store.index import LoadedIndex
    from .store.files_view import TermStatistics
    from .search.retrieval import Candidate

__all__ = ["FEATURES", "AbstentionModel", "derived", "features", "load_model", "model_path", "MODEL_DIR"]

log = logging.getLogger(__name__)

MODEL_DIR = "abstention"  # under assistant/data: one JSON file per embedder
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
    "idf_coverage",  # best IDF-weighted share of the question's terms in one window (+ title, section)
    "idf_passage_coverage",  # best IDF-weighted share of them in one whole passage
    "missing_idf",  # rarest question term missing from the best-covering passage (its IDF / the highest IDF)
    "absent_terms",  # share of the question's terms that no passage of the corpus holds
    "figure_coverage",  # best share of the question's numbers in one window (1.0 when it has none)
    "agree_top",  # 1 when the first passage is first in both the dense and the lexical list
    "lang_match",  # 1 when the first passage is in the question's language
)
RULE_COSINE = 0.42  # the rule's best-sentence cosine (Settings.abstain_threshold, tuned on the seed dev set)


def derived(values: dict[str, float], cosine_floor: float = RULE_COSINE) -> dict[str, float]:
    """Features computed from the others (so that stored feature rows stay usable)."""
    far = values["sentence_max"] < cosine_floor and values["passage_coverage"] < 1.0
    values["rule_abstain"] = 1.0 if far or not values["rule_evidence"] else 0.0
    return values


def _window_texts(index: LoadedIndex, cand: Candidate, span: int = 1) -> tuple[list[str], str]:
    """The sentences of the candidate's passage, and the window around its best sentence."""
    chunk = index.chunks[cand.row]
    sentences = index.passage_sentences(cand.row)
    if index.sentences is None or not sentences:
        return [chunk.text], chunk.text
    window, _ = sentences_around(index, cand.row, cand.sentence_row, span)
    return sentences, " ".join(window or sentences[: span + 1])  # no best sentence: the passage's first


def features(
    index: LoadedIndex,
    candidates: Sequence[Candidate],
    question: str,
    names: CorpusNames | None = None,
    depth: int = 3,
    *,
    cosine_floor: float = RULE_COSINE,
    doc_ids: Collection[str] | None = None,
    lexicon: TermStatistics | None = None,
) -> dict[str, float]:
    """The abstention features of one question's ranked candidates (all zero without candidates).

    `cosine_floor` is the rule's best-sentence cosine for the running embedder; `doc_ids` the
    articles searched (None: all), so that a term only unsearched articles hold counts as absent;
    `lexicon` the store view that answers term statistics (the retriever's; None: the index's files).
    """
    from .chunking import lexical_text
    from .store.lexical import bm25_idf, tokenize

    out = dict.fromkeys(FEATURES, 0.0)
    terms = set(tokenize(question))
    out["n_terms"] = math.log1p(len(terms))
    asked_in = script_language(question)
    out["lang_ru"] = 1.0 if asked_in == "ru" else 0.0
    if lexicon is None:
        from .store.files_view import files_view

        lexicon = files_view(index)
    bm25 = lexicon
    idf = {t: bm25.idf(t) for t in terms}
    top_idf = bm25_idf(bm25.size, 0)  # a term no passage holds
    total_idf = sum(idf.values()) or 1.0
    searched = None if doc_ids is None else np.array([c.doc_id in doc_ids for c in index.chunks], dtype=bool)
    absent = [t for t in terms if not _held_by(bm25, t, searched)]
    out["absent_terms"] = len(absent) / len(terms) if terms else 0.0
    out["missing_idf"] = max(idf.values(), default=0.0) / top_idf
    out["figure_coverage"] = 1.0
    if not candidates:
        out["wants_unmet"] = 1.0
        return derived(out, cosine_floor)
    req = requirements(question, names)
    asked_in = detect_language(question)
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
    out["agree_top"] = 1.0 if top.dense_rank == 0 and top.lexical_rank == 0 else 0.0
    top_lang = index.documents[index.chunks[top.row].doc_id].language
    out["lang_match"] = 1.0 if not top_lang or top_lang == asked_in else 0.0
    figures = req.figures
    out["figure_coverage"] = 0.0 if figures else 1.0
    for rank, cand in enumerate(first):
        chunk = index.chunks[cand.row]
        doc = index.documents[chunk.doc_id]
        context = passage_context(index, cand.row)
        sentences, window = _window_texts(index, cand)
        if terms:
            in_window = set(tokenize(f"{context} {window}"))
            out["term_coverage"] = max(out["term_coverage"], len(terms & in_window) / len(terms))
            in_passage = set(tokenize(lexical_text(doc.title, chunk.section, chunk.text)))
            out["passage_coverage"] = max(out["passage_coverage"], len(terms & in_passage) / len(terms))
            out["idf_coverage"] = max(out["idf_coverage"], sum(idf[t] for t in terms & in_window) / total_idf)
            out["idf_passage_coverage"] = max(
                out["idf_passage_coverage"], sum(idf[t] for t in terms & in_passage) / total_idf
            )
            out["missing_idf"] = min(out["missing_idf"], max((idf[t] for t in terms - in_passage), default=0.0) / top_idf)
        if figures:
            found = sum(fig in window or fig in context for fig in figures)
            out["figure_coverage"] = max(out["figure_coverage"], found / len(figures))
        # names are written in the question's script: across languages only figures can be checked
        needs = req if not asked_in or asked_in == (doc.language or asked_in) else req.across_languages()
        out["name_coverage"] = max(out["name_coverage"], name_coverage(needs, window, context))
        vouching = passage_needs(req, asked_in, doc.language, rank, float(cand.sentence), cosine_floor)
        if not out["rule_evidence"] and vouching is not None and passage_has_evidence(vouching, sentences, context):
            out["rule_evidence"] = 1.0
        if unmet and window_satisfies(
            type(req)(names=(), figures=(), wants_date=req.wants_date, wants_number=req.wants_number, lang=req.lang), window
        ):
            unmet = 0.0
    out["wants_unmet"] = unmet
    return derived(out, cosine_floor)


def _held_by(bm25: TermStatistics, term: str, searched: np.ndarray | None) -> bool:
    """Some passage (some searched passage, with a mask) holds `term`."""
    rows = bm25.passages_with(term)
    return bool(len(rows)) and (searched is None or bool(searched[rows].any()))


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


def model_path(model_id: str) -> Path:
    """Where the model calibrated for embedder `model_id` is stored (it may not exist)."""
    return Path(str(resources.files("assistant").joinpath("data", MODEL_DIR, model_id.replace("/", "--") + ".json")))


@lru_cache(maxsize=4)
def _load(path: str, stamp: float) -> AbstentionModel | None:
    try:
        return AbstentionModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("abstention model %s not used (%s): falling back to the rule", path, exc)
        return None


def load_model(model_id: str, path: Path | None = None) -> AbstentionModel | None:
    """The calibrated model for embedder `model_id`, or None (no file, or calibrated for another model)."""
    path = path or model_path(model_id)
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    model = _load(str(path), stamp)
    if model is None or model.model_id != model_id:
        return None
    return model
