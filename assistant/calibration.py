"""Fit the abstention model offline: `python -m assistant.calibration` (writes assistant/data/abstention.json).

Data (large and varied, never a test half):
- XQuAD en-en and ru-ru (and, with --cross, en-ru and ru-en) from ../shared/benchmarks/xquad,
  gold-withheld protocol: each question asked once over all 240 paragraphs (answerable) and
  once with only its gold paragraph withheld from the candidates (unanswerable; the other
  paragraphs of its article stay as close distractors);
- the seed dev set (eval/dev.jsonl) over corpus/;
- the unseen dev halves (eval/unseen-*-dev.jsonl) over corpus/ + eval/unseen/, when present.
Questions are split by paragraph (XQuAD) or id (project sets): 70% fit a logistic regression
(scikit-learn, imported only here), 30% are held out to choose the threshold, the highest
at which every held-out group abstains on at most --max-false-abstention of its answerable
questions, and to report the curve.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .abstention import FEATURES, AbstentionModel, derived, features, model_path

__all__ = ["Row", "main"]

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Row:
    group: str  # "xquad-en", "xquad-ru", "seed-dev", "unseen-en-dev", ...
    key: str  # split key: questions sharing it fall in the same half
    answerable: bool
    values: dict[str, float]


def _held_out(key: str, share: float) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share


def _xquad_rows(folder: Path, settings, embedder, depth: int, k: int, log) -> list[Row]:  # type: ignore[no-untyped-def]
    from .answer import Assistant
    from .evaluation import index_documents, load_beir

    beir = load_beir(folder)
    started = time.perf_counter()
    index = index_documents(beir.documents, settings, embedder)
    bot = Assistant(settings, embedder, index)
    names = bot.names(index)
    ids = list(index.documents)
    qids = sorted(beir.queries)
    vectors = embedder.encode([beir.queries[q] for q in qids])
    log(f"{folder.name}: {len(ids)} paragraphs, {len(qids)} questions indexed and encoded in {time.perf_counter() - started:.0f} s")
    group = f"xquad-{folder.name.split('-')[0]}" if folder.name.split("-")[0] == folder.name.split("-")[1] else f"xquad-{folder.name}"
    rows: list[Row] = []
    retriever = bot._retriever
    for qid, vector in zip(qids, vectors):
        question = beir.queries[qid]
        gold = next(iter(d for d, r in beir.qrels[qid].items() if r > 0))
        key = "xquad:" + gold.split("-")[0]
        for answerable, allowed in ((True, None), (False, [d for d in ids if d != gold])):
            cands = retriever.search(question, k, doc_ids=allowed, query_vector=vector)
            rows.append(Row(group, key, answerable, features(index, cands, question, names, depth)))
    return rows


_INDEXES: dict[tuple[str, ...], object] = {}


def _question_rows(group: str, files: Sequence[Path], roots: Sequence[Path], settings, embedder, depth: int, k: int) -> list[Row]:  # type: ignore[no-untyped-def]
    from .answer import Assistant
    from .corpus import load_corpus, scan_corpus
    from .evaluation import index_documents, load_questions
    from .followup import resolve

    key = tuple(str(r) for r in roots)
    if key not in _INDEXES:  # one index per corpus, shared by the sets asked over it
        documents = [d for root in roots for d in load_corpus(scan_corpus(root))]
        _INDEXES[key] = index_documents(documents, settings, embedder)
    index = _INDEXES[key]
    bot = Assistant(settings, embedder, index)
    names = bot.names(index)
    rows = []
    for q in load_questions(list(files)):
        resolved = resolve(q.question, q.history, names)
        cands = bot._retriever.search(resolved.search, k)
        rows.append(Row(group, f"{group}:{q.id}", q.answerable, features(index, cands, resolved.focus, names, depth)))
    return rows


def _code_signature(model_id: str) -> str:
    """Changes whenever the features could: the embedder, the feature code or the language data."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha1(model_id.encode())
    for name in ("abstention.py", "evidence.py", "followup.py", "names.py", "lexical.py", "langdata.py",
                 "retrieval.py", "chunking.py", "sentences.py", "cleaning.py", "boilerplate.py", "corpus.py"):
        digest.update((package / name).read_bytes())
    for path in sorted((package / "data" / "lang").glob("*.json")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _read_rows(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        rows.append(Row(data.pop("group"), data.pop("key"), bool(data.pop("answerable")), derived(data)))
    return rows


def _model_id() -> str:
    from .settings import Settings

    return Settings.from_env().model_id


def _cached(cache: Path | None, name: str, signature: str, make) -> list[Row]:  # type: ignore[no-untyped-def]
    """Rows of one data set, read from `cache` when computed before by the same code and embedder."""
    path = cache / f"{name}-{signature}.jsonl" if cache else None
    if path is not None and path.is_file():
        rows = _read_rows(path)
        if rows and set(FEATURES) <= set(rows[0].values):
            return rows
    rows = make()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps({"group": r.group, "key": r.key, "answerable": r.answerable, **r.values}) + "\n"
                                for r in rows), encoding="utf-8")
    return rows


def _lang(row: Row) -> str:
    return "ru" if row.values.get("lang_ru") else "en"


def _group_lang(group: str) -> str:
    return "ru" if "-ru" in group else "en"


def _matrix(rows: Sequence[Row]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[r.values[f] for f in FEATURES] for r in rows], dtype=np.float64)
    y = np.array([1 if r.answerable else 0 for r in rows])
    return x, y


def _rates(p: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float]:
    """(false abstention on answerable, abstention on unanswerable) at threshold t."""
    fa = float(np.mean(p[y == 1] < t)) if (y == 1).any() else float("nan")
    ua = float(np.mean(p[y == 0] < t)) if (y == 0).any() else float("nan")
    return fa, ua


def fit(rows: Sequence[Row], *, held_share: float = 0.3, max_false: float = 0.03, project_weight: float = 5.0,
        model_id: str = "", log=print) -> AbstentionModel:  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    train = [r for r in rows if not _held_out(r.key, held_share)]
    held = [r for r in rows if _held_out(r.key, held_share)]
    x, y = _matrix(train)
    weights = np.array([1.0 if r.group.startswith("xquad") else project_weight for r in train])
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 1e-9, scaler.scale_, 1.0)
    clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    clf.fit((x - scaler.mean_) / scale, y, sample_weight=weights)
    model = AbstentionModel(FEATURES, scaler.mean_, scale, clf.coef_[0], float(clf.intercept_[0]), 0.5, model_id, {})
    groups = sorted({r.group for r in held})
    probs = {g: (np.array([model.probability(r.values) for r in held if r.group == g]),
                 np.array([1 if r.answerable else 0 for r in held if r.group == g])) for g in groups}
    # per question language, the highest threshold at which the pooled held-out answerable questions
    # of that language (XQuAD, seed and unseen dev alike) are abstained on at most max_false of the time
    thresholds: dict[str, float] = {}
    for lang in ("en", "ru"):
        p = np.array([model.probability(r.values) for r in held if r.answerable and _lang(r) == lang])
        if len(p) == 0:
            continue
        answerable = np.sort(p)
        allowed = int(np.floor(max_false * len(answerable)))
        thresholds[lang] = max(float(answerable[min(allowed, len(answerable) - 1)]) - 1e-6, 0.0)
    threshold = thresholds.get("en", 0.5)
    curve = {}
    for t in sorted({0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, *(round(v, 3) for v in thresholds.values())}):
        curve[f"{t:.3f}"] = {g: [round(v, 3) for v in _rates(p, yy, t)] for g, (p, yy) in probs.items()}
    at = {g: dict(zip(("false_abstention", "unanswerable_abstained"),
                      (round(v, 4) for v in _rates(p, yy, thresholds.get(_group_lang(g), threshold)))))
          for g, (p, yy) in probs.items()}
    info = {
        "fitted_on": {g: sum(1 for r in train if r.group == g) for g in sorted({r.group for r in train})},
        "held_out": {g: int(len(probs[g][1])) for g in groups},
        "project_weight": project_weight,
        "max_false_abstention": max_false,
        "thresholds": {k: round(v, 4) for k, v in thresholds.items()},
        "held_out_at_threshold": at,
        "curve_held_out": curve,
        "calibrated_at": time.strftime("%Y-%m-%d"),
    }
    model = AbstentionModel(FEATURES, scaler.mean_, scale, clf.coef_[0], float(clf.intercept_[0]), threshold, model_id,
                            info, thresholds)
    log(f"thresholds {json.dumps(info['thresholds'])}; held out at them: " + json.dumps(at))
    return model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.calibration", description=__doc__.split("\n\n")[0])
    parser.add_argument("--xquad", type=Path, default=REPO.parent / "shared" / "benchmarks" / "xquad")
    parser.add_argument("--eval-dir", type=Path, default=REPO / "eval")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--cross", action="store_true", help="Also use en-ru and ru-en (for a multilingual embedder).")
    parser.add_argument("--max-false-abstention", type=float, default=0.03)
    parser.add_argument("--out", type=Path, default=None, help="Default: assistant/data/abstention.json")
    parser.add_argument("--rows", type=Path, default=None, help="Also write every feature row (JSONL) here.")
    parser.add_argument("--cache", type=Path, default=None,
                        help="Keep each data set's feature rows here; reused while code, data files and model are unchanged.")
    parser.add_argument("--from-rows", type=Path, default=None,
                        help="Fit from feature rows written before with --rows (no embedding; same embedder assumed).")
    args = parser.parse_args(argv)
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    if args.from_rows:
        rows = _read_rows(args.from_rows)
        model_id = json.loads(args.from_rows.with_suffix(".model").read_text()) if args.from_rows.with_suffix(".model").is_file() else ""
        model = fit(rows, max_false=args.max_false_abstention, model_id=model_id or _model_id(), log=log)
        out = args.out or model_path()
        out.write_text(json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        log(f"wrote {out}")
        return 0

    from .answer import make_embedder
    from .settings import Settings

    settings = Settings.from_env()
    embedder = make_embedder(settings)
    depth, k = max(1, settings.evidence_depth), 10
    rows: list[Row] = []
    folders = ["en-en", "ru-ru"] + (["en-ru", "ru-en"] if args.cross else [])
    signature = _code_signature(embedder.model_id)
    for name in folders:
        if (args.xquad / name).is_dir():
            rows += _cached(args.cache, f"xquad-{name}", signature,
                            lambda name=name: _xquad_rows(args.xquad / name, settings, embedder, depth, k, log))
    if (args.eval_dir / "dev.jsonl").is_file():
        rows += _question_rows("seed-dev", [args.eval_dir / "dev.jsonl"], [args.corpus], settings, embedder, depth, k)
        log(f"seed dev: {sum(r.group == 'seed-dev' for r in rows)} questions")
    unseen = args.eval_dir / "unseen"
    for lang in ("en", "ru"):
        dev = args.eval_dir / f"unseen-{lang}-dev.jsonl"
        if dev.is_file() and unseen.is_dir():
            rows += _question_rows(f"unseen-{lang}-dev", [dev], [args.corpus, unseen], settings, embedder, depth, k)
            log(f"unseen {lang} dev: {sum(r.group == f'unseen-{lang}-dev' for r in rows)} questions")
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"group": r.group, "key": r.key, "answerable": r.answerable, **r.values}) + "\n")
    model = fit(rows, max_false=args.max_false_abstention, model_id=embedder.model_id, log=log)
    out = args.out or model_path()
    out.write_text(json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
