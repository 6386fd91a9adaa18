"""Abstention on held-out XQuAD, the gold-withheld protocol: both rates per language.

    python -m bench.xquad_abstention [--model ID] [--pairs en-en,ru-ru] [--half first|second]
                                     [--cache DIR] [--every N] [--out FILE] [--features FILE]

Each question is asked twice over the paragraphs of its folder (all 240, so the other
paragraphs of its article stay): once with every paragraph searchable (answerable: an
abstention is a false refusal) and once with its gold paragraph withheld (unanswerable:
it should abstain). `--half first` keeps the questions of paragraphs p000-p119 (the dev
half, used for tuning); `--half second` those of p120-p239 (the test half, for reporting).
`--cache DIR` keeps each model's vectors between runs. Too slow for the tests.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from bench.xquad import BENCHMARKS, CachingEmbedder

PAIRS = ("en-en", "ru-ru", "en-ru", "ru-en")  # one version of each paragraph per folder


def cached(embedder, cache: Path | None):  # type: ignore[no-untyped-def]
    """`embedder` (or each model of a composite) behind a vector cache."""
    if hasattr(embedder, "english"):
        embedder.english = cached(embedder.english, cache)
        embedder.multilingual = cached(embedder.multilingual, cache)
        return embedder
    centres = getattr(embedder, "centres", None)
    if centres is not None:
        embedder.centres = {}  # cache raw vectors; centre on the way out
    path = cache / (embedder.model_id.replace("/", "-") + ".pkl") if cache else None
    return CachingEmbedder(embedder, path, centres)


def questions_of(beir, half: str | None, every: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(question, gold paragraph id) of the half asked for, every `every`-th."""
    out = []
    for qid in sorted(beir.queries):
        gold = next(d for d, r in beir.qrels[qid].items() if r > 0)
        number = int(gold[1:4])
        if half and (number < 120) != (half == "first"):
            continue
        out.append((beir.queries[qid], gold))
    return out[:: max(1, every)]


def main(argv: Sequence[str] | None = None) -> dict:
    from assistant.abstention import features
    from assistant.answer import Assistant, make_embedder
    from assistant.embedding import encode_queries
    from assistant.evals.beir import index_documents, load_beir
    from assistant.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--pairs", default="en-en,ru-ru")
    parser.add_argument("--half", choices=("first", "second"), default=None)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None,
                        help="write every decision (pair, question, gold paragraph, refused, abstained) as JSON Lines")
    parser.add_argument("--features", type=Path, default=None,
                        help="write a row per decision with the rule's verdict and the abstention features (bench/over_rule.py)")
    args = parser.parse_args(argv)
    for pair in args.pairs.split(","):
        if pair not in PAIRS:  # `mixed` holds both versions: withholding one leaves the other, so it is no test
            parser.error(f"unknown pair {pair!r} (choose from {', '.join(PAIRS)})")
    settings = Settings.from_env(model_id=args.model)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    embedder = cached(make_embedder(settings), args.cache)
    results = {}
    rows: list[dict] = []
    featured: list[dict] = []
    for pair in args.pairs.split(","):
        beir = load_beir(BENCHMARKS / pair)
        index = index_documents(beir.documents, settings, embedder)
        bot = Assistant(settings, embedder, index)
        names = bot.names(index)
        asked = questions_of(beir, args.half, args.every)
        vectors = encode_queries(embedder, [q for q, _ in asked])
        everything = set(index.documents)
        refused, abstained = [], []
        for (question, gold), vector in zip(asked, vectors):
            for answerable, allowed in ((True, None), (False, everything - {gold})):
                found = bot._retriever.search(question, 10, doc_ids=allowed, query_vector=vector)
                (refused if answerable else abstained).append(bot._abstain(index, found, question, names))
                if args.features:
                    values = features(index, found, question, names, settings.evidence_depth,
                                      cosine_floor=bot._floor_of_best(found), doc_ids=allowed)
                    featured.append({"src": f"xq-{pair}", "id": gold, "lang": pair[:2], "answerable": answerable,
                                     "rule": (refused if answerable else abstained)[-1], "feats": values})
            rows.append({"pair": pair, "question": question, "gold": gold, "refused": refused[-1], "abstained": abstained[-1]})
        results[pair] = {"questions": len(asked), "false_abstention": round(sum(refused) / len(refused), 3),
                         "unanswerable_abstained": round(sum(abstained) / len(abstained), 3)}
        print(f"{pair:6} {settings.model_id} half={args.half or 'all'}: {len(asked)} questions, "
              f"answerable wrongly abstained {results[pair]['false_abstention']:.3f}, "
              f"unanswerable (gold withheld) abstained {results[pair]['unanswerable_abstained']:.3f}", flush=True)
    if args.features:
        args.features.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in featured), encoding="utf-8")
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
