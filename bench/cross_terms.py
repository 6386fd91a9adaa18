"""Question latency with and without a cross-language feature, over a mixed corpus.

`--feature terms` (default) switches `Settings.cross_terms_weight`, `--feature sentences`
`Settings.sentence_use_weight` (the USE cosine of the question and each best sentence).

`Settings.cross_terms_weight` reads, for every other-language passage of a question's candidate
pool, which of the question's words it says in its language (USE word vectors, search/crossterms.py).
This bench measures what that costs a question, warm, as the chat runs it:

- the corpus is `corpus/` plus the unseen dev sets' articles (`eval/unseen`, `eval/unseen2`-`5`:
  English and Russian), built once into `--workdir`;
- two assistants share the loaded index and the embedder, one with the feature off (weight 0) and
  one with the default; the word model and the corpus's word vectors are loaded first, as the chat
  does in the background (`Retriever.warm_words`, timed and reported);
- every dev question of those sets is asked by both, the order alternating question by question,
  for `--rounds` rounds; the question-vector cache is off, so each ask encodes its question.

Reports median and p95 per question for each, and the ratio on / off (same run, same machine).

    .venv/bin/python -m bench.cross_terms --rounds 2
    .venv/bin/python -m bench.cross_terms --rounds 2 --feature sentences --out bench/results/sentence_use.json
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from .common import REPO, RESULTS, machine, median, percentile

SETS = ("unseen", "unseen2", "unseen3", "unseen4", "unseen5")


def _questions() -> list[str]:
    out = []
    for name in SETS:
        prefix = "unseen" if name == "unseen" else name
        for lang in ("en", "ru"):
            path = REPO / "eval" / f"{prefix}-{lang}-dev.jsonl"
            out += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench-cross-terms"))
    parser.add_argument("--out", type=Path, default=RESULTS / "cross_terms.json")
    parser.add_argument("--feature", choices=("terms", "sentences"), default="terms")
    args = parser.parse_args()

    from assistant.answer import Assistant
    from assistant.evals.evalcorpus import combined_corpus
    from assistant.settings import Settings

    corpus = combined_corpus(REPO / "corpus", [REPO / "eval" / name for name in SETS], args.workdir / "corpus-work")
    settings = Settings.from_env(corpus_dir=corpus, index_dir=args.workdir / "index")
    on = Assistant.load(settings, rebuild=True)
    for embedder in (on.embedder, getattr(on.embedder, "english", None), getattr(on.embedder, "multilingual", None)):
        if getattr(embedder, "query_cache_size", 0):
            embedder.query_cache_size = 0  # every timed question is encoded
    weight = "cross_terms_weight" if args.feature == "terms" else "sentence_use_weight"
    off = Assistant(settings.replace(**{weight: 0.0}), on.embedder, on.service.snapshot.index)
    started = time.perf_counter()
    from assistant.search.crossterms import warm

    warm()
    loaded = time.perf_counter() - started
    words = on.service.snapshot.retriever.warm_words()
    warmed = time.perf_counter() - started
    questions = _questions()
    for q in questions[:5]:  # first calls of each path out of the way
        on.ask(q), off.ask(q)
    times: dict[str, list[float]] = {"off": [], "on": []}
    for round_ in range(args.rounds):
        for i, q in enumerate(questions):
            order = [("off", off), ("on", on)] if (i + round_) % 2 == 0 else [("on", on), ("off", off)]
            for name, bot in order:
                t = time.perf_counter()
                bot.ask(q)
                times[name].append((time.perf_counter() - t) * 1000)
    result: dict[str, Any] = {
        "bench": "cross_terms",
        "questions": len(questions),
        "rounds": args.rounds,
        "chunks": len(on.service.snapshot.index.chunks),
        "word_model_load_s": round(loaded, 2),
        "warm_words": words,
        "warm_words_s": round(warmed - loaded, 2),
        "feature": args.feature,
        weight: getattr(settings, weight),
        **{f"{name}_ms": {"p50": round(median(v), 1), "p95": round(percentile(v, 95), 1)} for name, v in times.items()},
        "ratio_p50_on_off": round(median(times["on"]) / median(times["off"]), 3),
        "machine": machine(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=1))


if __name__ == "__main__":
    main()
