"""Fit the abstention model offline: `python -m assistant.evals.calibration` (writes assistant/data/abstention/<model>.json).

Data (large and varied, never a test half):
- XQuAD en-en and ru-ru (and, with --cross, en-ru and ru-en) from ../shared/benchmarks/xquad,
  gold-withheld protocol: each question asked once over all 240 paragraphs (answerable) and
  once with only its gold paragraph withheld from the candidates (unanswerable; the other
  paragraphs of its article stay as close distractors);
- the seed dev set (eval/dev.jsonl) over corpus/;
- the unseen dev halves (eval/unseen-*-dev.jsonl) over corpus/ + eval/unseen/, when present.
A logistic regression (scikit-learn, imported only here) is fitted on all rows. The thresholds
are chosen on out-of-fold probabilities (5 folds grouped by XQuAD paragraph or project question,
so no probability comes from a model that saw its paragraph): per question language, the highest
at which at most --max-false-abstention of the answerable questions are abstained on. The same
out-of-fold probabilities give the curve stored with the model.
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

from typing import TYPE_CHECKING

from ..abstention import FEATURES, AbstentionModel, derived, features, model_path

if TYPE_CHECKING:
    from ..store.index import LoadedIndex

__all__ = ["Row", "main"]

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Row:
    group: str  # "xquad-en", "xquad-ru", "seed-dev", "unseen-en-dev", ...
    key: str  # split key: questions sharing it fall in the same half
    answerable: bool
    values: dict[str, float]


class CachedEmbedder:
    """Wraps an embedder with a vector cache on disk (one .npz per model), so a refit after a
    change in the feature code embeds nothing again. Offline tooling only."""

    def __init__(self, inner, path: Path | None) -> None:
        self.inner, self.path = inner, path
        self.model_id, self.dim = inner.model_id, inner.dim
        self._known: dict[str, np.ndarray] = {}
        self._dirty = False
        if path is not None and path.is_file():
            with np.load(path) as data:
                self._known = dict(zip((str(k) for k in data["keys"]), data["vectors"]))

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def _encode(self, kind: str, texts: Sequence[str], encode) -> np.ndarray:
        keys = [hashlib.sha1(f"{kind}\0{t}".encode()).hexdigest() for t in texts]
        todo = list(dict.fromkeys(k for k in keys if k not in self._known))
        if todo:
            text_of = dict(zip(keys, texts))
            fresh = encode([text_of[k] for k in todo])
            self._known.update(zip(todo, np.asarray(fresh, dtype=np.float32)))
            self._dirty = True
        return np.stack([self._known[k] for k in keys]) if keys else np.zeros((0, self.dim), np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        from ..embedding import encode_queries

        return self._encode("q", texts, lambda batch: encode_queries(self.inner, batch))

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self._encode("p", texts, lambda batch: self.inner.encode_passages(batch, progress=progress))

    def save(self) -> None:
        if self.path is None or not self._dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = list(self._known)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(keys), vectors=np.stack([self._known[k] for k in keys]))
        tmp.replace(self.path)
        self._dirty = False


def _xquad_rows(folder: Path, settings, embedder, depth: int, k: int, log) -> list[Row]:
    from ..answer import Assistant
    from ..embedding import encode_queries
    from .evaluation import index_documents, load_beir

    beir = load_beir(folder)
    started = time.perf_counter()
    index = index_documents(beir.documents, settings, embedder)
    bot = Assistant(settings, embedder, index)
    names = bot.names(index)
    ids = list(index.documents)
    qids = sorted(beir.queries)
    vectors = encode_queries(embedder, [beir.queries[q] for q in qids])
    log(f"{folder.name}: {len(ids)} paragraphs, {len(qids)} questions indexed and encoded in {time.perf_counter() - started:.0f} s")
    group = f"xquad-{folder.name.split('-')[0]}" if folder.name.split("-")[0] == folder.name.split("-")[1] else f"xquad-{folder.name}"
    rows: list[Row] = []
    retriever = bot._retriever
    for qid, vector in zip(qids, vectors):
        question = beir.queries[qid]
        gold = next(iter(d for d, r in beir.qrels[qid].items() if r > 0))
        key = "xquad:" + gold.split("-")[0]
        for answerable, allowed in ((True, None), (False, {d for d in ids if d != gold})):
            cands = retriever.search(question, k, doc_ids=allowed, query_vector=vector)
            rows.append(Row(group, key, answerable, features(index, cands, question, names, depth,
                                                             cosine_floor=bot.cosine_floor, doc_ids=allowed)))
    return rows


_INDEXES: dict[tuple[str, ...], "LoadedIndex"] = {}


def _question_rows(group: str, files: Sequence[Path], roots: Sequence[Path], settings, embedder, depth: int, k: int) -> list[Row]:
    from ..answer import Assistant
    from ..ingest.corpus import load_corpus, scan_corpus
    from .evaluation import index_documents, load_questions
    from ..search.followup import resolve

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
        rows.append(Row(group, f"{group}:{q.id}", q.answerable,
                        features(index, cands, resolved.focus, names, depth, cosine_floor=bot.cosine_floor)))
    return rows


def _code_signature(model_id: str) -> str:
    """Changes whenever the features could: the embedder, the feature code or the language data."""
    package = Path(__file__).resolve().parents[1]
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
        group, key, answerable = data.pop("group"), data.pop("key"), bool(data.pop("answerable"))
        rows.append(Row(group, key, answerable, data if "rule_abstain" in data else derived(data)))
    return rows


def _model_id() -> str:
    from ..settings import Settings

    return Settings.from_env().model_id


def _cached(cache: Path | None, name: str, signature: str, make) -> list[Row]:
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


def _thresholds(p: np.ndarray, y: np.ndarray, langs: np.ndarray, max_false: float) -> dict[str, float]:
    """Per question language, the highest threshold abstaining on at most `max_false` of its answerable rows."""
    out: dict[str, float] = {}
    for lang in ("en", "ru"):
        answerable = np.sort(p[(y == 1) & (langs == lang)])
        if len(answerable) == 0:
            continue
        allowed = int(np.floor(max_false * len(answerable)))
        out[lang] = max(float(answerable[min(allowed, len(answerable) - 1)]) - 1e-6, 0.0)
    return out


def fit(rows: Sequence[Row], *, folds: int = 5, max_false: float = 0.03, project_weight: float = 5.0,
        features: Sequence[str] = FEATURES, C: float = 1.0, model_id: str = "", log=print) -> AbstentionModel:
    """Fit on every row; choose thresholds (and report the curve) on out-of-fold probabilities.

    Rows sharing a split key (an XQuAD paragraph, a project question) stay in one fold, so each
    row's probability comes from a model that never saw its paragraph or question.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    names = tuple(features)
    x = np.array([[r.values[f] for f in names] for r in rows], dtype=np.float64)
    y = np.array([1 if r.answerable else 0 for r in rows])
    weights = np.array([1.0 if r.group.startswith("xquad") else project_weight for r in rows])
    keys = np.array([r.key for r in rows])
    langs = np.array([_lang(r) for r in rows])
    groups = np.array([r.group for r in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale = np.where(scale > 1e-9, scale, 1.0)
    z = (x - mean) / scale

    def _clf(idx: np.ndarray) -> "LogisticRegression":
        return LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(z[idx], y[idx], sample_weight=weights[idx])

    oof = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=min(folds, len(set(keys)))).split(z, y, keys):
        oof[test] = _clf(train).predict_proba(z[test])[:, 1]
    thresholds = _thresholds(oof, y, langs, max_false)
    threshold = thresholds.get("en", 0.5)
    per_row = np.array([thresholds.get(lang, threshold) for lang in langs])

    def rates(mask: np.ndarray, t: np.ndarray | float) -> list[float]:
        cut = oof < t
        fa = float(np.mean(cut[mask & (y == 1)])) if (mask & (y == 1)).any() else float("nan")
        ua = float(np.mean(cut[mask & (y == 0)])) if (mask & (y == 0)).any() else float("nan")
        return [round(fa, 4), round(ua, 4)]

    group_names = sorted(set(groups))
    curve = {f"{t:.3f}": {g: rates(groups == g, t) for g in group_names}
             for t in sorted({0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, *(round(v, 3) for v in thresholds.values())})}
    at = {g: dict(zip(("false_abstention", "unanswerable_abstained"), rates(groups == g, per_row))) for g in group_names}
    clf = _clf(np.arange(len(rows)))
    info = {
        "fitted_on": {g: int(np.sum(groups == g)) for g in group_names},
        "folds": folds,
        "project_weight": project_weight,
        "C": C,
        "max_false_abstention": max_false,
        "thresholds": {k: round(v, 4) for k, v in thresholds.items()},
        "held_out_at_threshold": at,
        "curve_held_out": curve,
        "calibrated_at": time.strftime("%Y-%m-%d"),
    }
    model = AbstentionModel(names, mean, scale, clf.coef_[0], float(clf.intercept_[0]), threshold, model_id,
                            info, thresholds)
    log(f"thresholds {json.dumps(info['thresholds'])}; out of fold at them: " + json.dumps(at))
    return model


def sample_rows(rows: Sequence[Row], per_class: int = 25) -> list[Row]:
    """A fixed sample for the tests: every project row, and per XQuAD group `per_class` answerable
    and `per_class` unanswerable rows (the first by a hash of their key and question)."""
    out: list[Row] = []
    for group in sorted({r.group for r in rows}):
        mine = [r for r in rows if r.group == group]
        if not group.startswith("xquad"):
            out += mine
            continue
        for label in (True, False):
            picked = [r for r in mine if r.answerable == label]
            picked.sort(key=lambda r: hashlib.sha1(f"{r.key}|{r.values['n_terms']}|{r.values['sentence_top']}".encode()).hexdigest())
            out += picked[:per_class]
    return out


def sample_rates(model: AbstentionModel, rows: Sequence[Row]) -> dict[str, list[float]]:
    """(false abstention, unanswerable abstained) per group at the model's per-language thresholds."""
    out: dict[str, list[float]] = {}
    for group in sorted({r.group for r in rows}):
        mine = [r for r in rows if r.group == group]
        cut = [model.probability(r.values) < model.threshold_for(_lang(r)) for r in mine]
        a = [c for c, r in zip(cut, mine) if r.answerable]
        u = [c for c, r in zip(cut, mine) if not r.answerable]
        out[group] = [round(sum(a) / len(a), 4) if a else float("nan"), round(sum(u) / len(u), 4) if u else float("nan")]
    return out


def _write(model: AbstentionModel, rows: Sequence[Row], out: Path, sample_dir: Path | None, log) -> None:
    if sample_dir is not None:
        sample = [Row(r.group, r.key, r.answerable, {k: round(v, 5) for k, v in r.values.items()}) for r in sample_rows(rows)]
        model.info["sample_rates"] = sample_rates(model, sample)  # on the values as written
        path = sample_dir / f"abstention-sample-{model.model_id.replace('/', '--')}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps({"group": r.group, "answerable": r.answerable,
                                            **r.values}) + "\n" for r in sample),
                        encoding="utf-8")
        log(f"wrote {path} ({len(sample)} rows)")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"wrote {out}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.evals.calibration", description=__doc__.split("\n\n")[0])
    parser.add_argument("--xquad", type=Path, default=REPO.parent / "shared" / "benchmarks" / "xquad")
    parser.add_argument("--eval-dir", type=Path, default=REPO / "eval")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--cross", action="store_true", help="Also use en-ru and ru-en (for a multilingual embedder).")
    parser.add_argument("--max-false-abstention", type=float, default=0.03)
    parser.add_argument("--project-weight", type=float, default=5.0, help="Weight of a project row against an XQuAD row.")
    parser.add_argument("--C", type=float, default=1.0, help="Inverse L2 regularisation of the logistic regression.")
    parser.add_argument("--out", type=Path, default=None, help="Default: assistant/data/abstention/<model id>.json")
    parser.add_argument("--rows", type=Path, default=None, help="Also write every feature row (JSONL) here.")
    parser.add_argument("--cache", type=Path, default=None,
                        help="Keep each data set's feature rows here; reused while code, data files and model are unchanged.")
    parser.add_argument("--sample-dir", type=Path, default=None,
                        help="Also write a fixed sample of the rows here (the tests' tests/fixtures), with its rates in the model.")
    parser.add_argument("--vectors", type=Path, default=None,
                        help="Keep every embedded text's vector here (one .npz per model): refits embed nothing again.")
    parser.add_argument("--from-rows", type=Path, default=None,
                        help="Fit from feature rows written before with --rows (no embedding; same embedder assumed).")
    args = parser.parse_args(argv)
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    if args.from_rows:
        stored = _read_rows(args.from_rows)
        model_id = json.loads(args.from_rows.with_suffix(".model").read_text()) if args.from_rows.with_suffix(".model").is_file() else ""
        model = fit(stored, max_false=args.max_false_abstention, project_weight=args.project_weight, C=args.C,
                    model_id=model_id or _model_id(), log=log)
        _write(model, stored, args.out or model_path(model.model_id), args.sample_dir, log)
        return 0

    from ..answer import make_embedder
    from ..settings import Settings

    settings = Settings.from_env()
    inner = make_embedder(settings)
    slug = inner.model_id.replace("/", "--")
    embedder = CachedEmbedder(inner, args.vectors / f"{slug}.npz" if args.vectors else None)
    depth, k = max(1, settings.evidence_depth), 10
    rows: list[Row] = []
    folders = ["en-en", "ru-ru"] + (["en-ru", "ru-en"] if args.cross else [])
    signature = _code_signature(embedder.model_id)
    for name in folders:
        if (args.xquad / name).is_dir():
            rows += _cached(args.cache, f"xquad-{name}", signature,
                            lambda name=name: _xquad_rows(args.xquad / name, settings, embedder, depth, k, log))
            embedder.save()
    if (args.eval_dir / "dev.jsonl").is_file():
        rows += _question_rows("seed-dev", [args.eval_dir / "dev.jsonl"], [args.corpus], settings, embedder, depth, k)
        log(f"seed dev: {sum(r.group == 'seed-dev' for r in rows)} questions")
    unseen = args.eval_dir / "unseen"
    for lang in ("en", "ru"):
        dev = args.eval_dir / f"unseen-{lang}-dev.jsonl"
        if dev.is_file() and unseen.is_dir():
            rows += _question_rows(f"unseen-{lang}-dev", [dev], [args.corpus, unseen], settings, embedder, depth, k)
            log(f"unseen {lang} dev: {sum(r.group == f'unseen-{lang}-dev' for r in rows)} questions")
    embedder.save()
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"group": r.group, "key": r.key, "answerable": r.answerable, **r.values}) + "\n")
    model = fit(rows, max_false=args.max_false_abstention, project_weight=args.project_weight, C=args.C,
                model_id=embedder.model_id, log=log)
    _write(model, rows, args.out or model_path(embedder.model_id), args.sample_dir, log)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
