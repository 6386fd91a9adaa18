"""A correction over the abstention rule, scored out of fold: how many refusals it saves and abstentions it adds.

    python -m bench.xquad_abstention --half first --every 2 --cache DIR --features ROWS.jsonl
    python -m bench.over_rule ROWS.jsonl [MORE_ROWS.jsonl ...] [--folds 5] [--C 1.0]

Each row holds the rule's decision ("rule": abstained), whether the question is answerable, its language and the
abstention features of `assistant/abstention.py`. A logistic regression over the features and the rule's decision is
fitted on four folds and scores the fifth (folds grouped by the row's "id": an XQuAD gold paragraph). Two uses are
counted per language:
- *rescue*: answer where the rule abstains but P(unanswerable) < t;
- *add*: abstain where the rule answers but P(unanswerable) > t.
Only for measuring: nothing here is used when answering.
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

RESCUE = (0.05, 0.1, 0.2, 0.3)
ADD = (0.95, 0.9, 0.8, 0.7)


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, folds: int, c: float) -> np.ndarray:
    """P(unanswerable) of each row from a model fitted on the other folds."""
    from sklearn.linear_model import LogisticRegression

    z = (x - x.mean(0)) / (x.std(0) + 1e-9)
    p = np.zeros(len(y))
    for k in range(folds):
        test = groups == k
        model = LogisticRegression(C=c, max_iter=2000).fit(z[~test], y[~test])
        p[test] = model.predict_proba(z[test])[:, 1]
    return p


def counts(decision: np.ndarray, y: np.ndarray, langs: np.ndarray) -> str:
    parts = []
    for lang in sorted(set(langs)):
        a, u = (langs == lang) & (y == 0), (langs == lang) & (y == 1)
        parts.append(f"{lang} refused {int(decision[a].sum())}/{int(a.sum())} abstained {int(decision[u].sum())}/{int(u.sum())}")
    return " | ".join(parts)


def main(argv: Sequence[str] | None = None) -> None:
    from assistant.abstention import FEATURES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, nargs="+")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for path in args.rows for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r.get("feats")]
    if not rows:
        parser.error("no feature rows in the files given")
    x = np.array([[r["feats"][f] for f in FEATURES] + [float(r["rule"])] for r in rows])
    y = np.array([0 if r["answerable"] else 1 for r in rows])
    rule = np.array([bool(r["rule"]) for r in rows])
    langs = np.array([r["lang"] for r in rows])
    groups = np.array([zlib.crc32(str(r["id"]).encode()) % args.folds for r in rows])
    p = out_of_fold(x, y, groups, args.folds, args.C)
    print(f"{'the rule':18} {counts(rule, y, langs)}")
    for t in RESCUE:
        print(f"{f'rescue P < {t}':18} {counts(rule & (p >= t), y, langs)}")
    for t in ADD:
        print(f"{f'add P > {t}':18} {counts(rule | (p > t), y, langs)}")


if __name__ == "__main__":
    main()
