"""Check the seed question sets (eval/dev.jsonl, test.jsonl, followup.jsonl) against corpus/ (stdlib only).

    python eval/check_seeds.py        # from anywhere; exit 1 on any problem

What eval/README.md says of them, checked on the raw articles (as they were written):
- every line parses and has exactly the fields id, question, answers, history, kind; ids are
  d001.., t001.., f001.. in order, unique across the three files; no question text is in both
  dev and test;
- kind is one of the README's; unanswerable kinds have no answers and every other kind but
  `followup` has some; `followup` questions, and only they, have a history;
- every alternative has 1-3 phrases of 1-5 words; every phrase lies inside one line of one
  article between noise characters (the `â¤`-style and U+2800-U+29FF noise of the scraped
  seeds); the phrases of one alternative share one paragraph (a line: some seeds have no blank
  line) or one list (a run of list items); each
  alternative's phrases co-occur in at most two paragraphs of the corpus, compared as the
  harness compares (`normalize`: NFKC, casefold, letters and digits only);
- counts per file and kind, and answerable questions per article (the article holding the
  first alternative), match the README's tables (EXPECTED below).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_unseen import EVAL, NOISE, SEEDS, harness_norm, jsonl_records, report, ws_norm

FILES = {"dev": "d", "test": "t", "followup": "f"}
FIELDS = {"id", "question", "answers", "history", "kind"}
ANSWERABLE_KINDS = {"prose", "table", "paraphrase", "paraphrased-article", "section"}
UNANSWERABLE_KINDS = {"unanswerable-offtopic", "unanswerable-absent", "unanswerable-chrome"}
KINDS = ANSWERABLE_KINDS | UNANSWERABLE_KINDS | {"followup"}
MAX_SHARED_PARAGRAPHS = 2
BULLET = re.compile(r"^(?:[•\-*–]|\d+[.)])\s")

# "file|kind" -> questions: eval/README.md, "Counts per kind"
EXPECTED: dict[str, int] = {
    "dev|prose": 17, "dev|table": 14, "dev|paraphrase": 6, "dev|paraphrased-article": 8, "dev|section": 6,
    "dev|unanswerable-offtopic": 2, "dev|unanswerable-absent": 3, "dev|unanswerable-chrome": 3, "dev|followup": 6,
    "test|prose": 37, "test|table": 20, "test|paraphrase": 16, "test|paraphrased-article": 15, "test|section": 10,
    "test|unanswerable-offtopic": 6, "test|unanswerable-absent": 8, "test|unanswerable-chrome": 8,
    "followup|followup": 17,
}
# "file|article stem" -> answerable questions: eval/README.md, "Answerable questions per article"
EXPECTED_ARTICLES: dict[str, int] = {
    "dev|chatham-house-playing-both-sides": 23, "test|chatham-house-playing-both-sides": 36,
    "followup|chatham-house-playing-both-sides": 5,
    "dev|kazakhstan-uzbekistan-sovereignty-test": 11, "test|kazakhstan-uzbekistan-sovereignty-test": 20,
    "followup|kazakhstan-uzbekistan-sovereignty-test": 2,
    "dev|putin-strengthens-ties-central-asia": 6, "test|putin-strengthens-ties-central-asia": 10,
    "followup|putin-strengthens-ties-central-asia": 2,
    "dev|tokayev-c5-regional-security": 8, "test|tokayev-c5-regional-security": 15,
    "followup|tokayev-c5-regional-security": 4,
    "dev|valdai-central-asia-russia-new-horizons": 9, "test|valdai-central-asia-russia-new-horizons": 17,
    "followup|valdai-central-asia-russia-new-horizons": 3,
}


def paragraphs(path: Path) -> list[list[str]]:
    """A scraped seed's paragraphs: each line (some articles have no blank line at all), except that
    a run of list items (blank lines between them ignored) is one paragraph, as the cleaner keeps it."""
    out: list[list[str]] = []
    in_list = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        item = bool(BULLET.match(line))
        if item and in_list:
            out[-1].append(line)
        else:
            out.append([line])
        in_list = item
    return out


def segments(line: str) -> list[str]:
    """The stretches of a line between noise characters: a phrase must lie inside one."""
    return [ws_norm(part) for part in NOISE.split(line) if part.strip()]


def inside(phrase: str, units: list[list[str]]) -> list[int]:
    """Indexes of the units (lists of lines) holding the phrase inside one noise-free stretch of a line."""
    wanted = ws_norm(phrase)
    return [i for i, unit in enumerate(units) if any(wanted in seg for line in unit for seg in segments(line))]


def check_alternative(where: str, kind: str, alternative: object, corpus: dict[str, list[list[str]]],
                      flat: list[tuple[str, str]], problems: list[str]) -> str | None:
    """Problems of one alternative; returns the article holding it (None when none does)."""
    if not isinstance(alternative, list) or not 1 <= len(alternative) <= 3 \
            or not all(isinstance(p, str) for p in alternative):
        problems.append(f"{where}: an alternative needs 1-3 phrases")
        return None
    for phrase in alternative:
        if not 1 <= len(phrase.split()) <= 5:
            problems.append(f"{where}: phrase {phrase!r} is not 1-5 words")
    homes = []
    for name, paragraphs in corpus.items():
        shared = set.intersection(*(set(inside(phrase, paragraphs)) for phrase in alternative))
        if shared:
            homes.append(name)
    if not homes:
        problems.append(f"{where}: {alternative} not inside one paragraph (line) or list of an article, between noise characters")
        return None
    wanted = [harness_norm(phrase) for phrase in alternative]
    cooccur = [name for name, text in flat if all(w in text for w in wanted)]
    if len(cooccur) > MAX_SHARED_PARAGRAPHS:
        problems.append(f"{where}: {alternative} co-occur in {len(cooccur)} paragraphs ({dict(Counter(cooccur))})")
    return homes[0]


def check_question(where: str, q: object, file: str, corpus: dict[str, list[list[str]]],
                   flat: list[tuple[str, str]], counts: Counter, problems: list[str]) -> None:
    if not isinstance(q, dict) or set(q) != FIELDS:
        extra = sorted(set(q) ^ FIELDS) if isinstance(q, dict) else "not an object"
        problems.append(f"{where}: fields {extra} missing or extra")
        return
    kind, answers, history = q["kind"], q["answers"], q["history"]
    if kind not in KINDS:
        problems.append(f"{where}: unknown kind {kind!r}")
    if not isinstance(q["question"], str) or not q["question"].strip():
        problems.append(f"{where}: empty question")
    if not isinstance(history, list) or (kind == "followup") != bool(history):
        problems.append(f"{where}: a history is needed exactly for follow-ups")
    if not isinstance(answers, list):
        problems.append(f"{where}: answers must be a list")
        return
    counts[f"{file}|{kind}"] += 1
    if kind in UNANSWERABLE_KINDS and answers:
        problems.append(f"{where}: kind {kind} but has answers")
    if kind in ANSWERABLE_KINDS and not answers:
        problems.append(f"{where}: kind {kind} without answers")
    homes = [check_alternative(where, kind, alternative, corpus, flat, problems) for alternative in answers]
    if homes and homes[0]:
        counts[f"{file}|{Path(homes[0]).stem}"] += 1


def main() -> int:
    problems: list[str] = []
    corpus = {path.name: paragraphs(path) for path in sorted(SEEDS.glob("*.txt"))}
    flat = [(name, harness_norm(" ".join(p))) for name, ps in corpus.items() for p in ps]
    counts: Counter = Counter()
    seen: dict[str, str] = {}
    texts: dict[str, set[str]] = {}
    for file, letter in FILES.items():
        path = EVAL / f"{file}.jsonl"
        texts[file] = set()
        for number, where, q in jsonl_records(path, problems):
            qid = q.get("id") if isinstance(q, dict) else None
            if qid != f"{letter}{number:03d}":
                problems.append(f"{where}: id {qid!r} should be {letter}{number:03d}")
            if qid in seen:
                problems.append(f"{where}: id {qid!r} already used at {seen[qid]}")
            seen[str(qid)] = where
            if isinstance(q, dict):
                texts[file].add(" ".join(str(q.get("question", "")).split()).casefold())
            check_question(f"{path.name}:{qid}", q, file, corpus, flat, counts, problems)
    for question in sorted(texts["dev"] & texts["test"]):
        problems.append(f"dev and test both ask: {question!r}")
    for key in sorted(set(EXPECTED) | {k for k in counts if k.split("|")[1] in KINDS}):
        if counts[key] != EXPECTED.get(key, 0):
            problems.append(f"count {key}: {counts[key]}, expected {EXPECTED.get(key, 0)} (eval/README.md)")
    for key in sorted(set(EXPECTED_ARTICLES) | {k for k in counts if k.split("|")[1] not in KINDS}):
        if counts[key] != EXPECTED_ARTICLES.get(key, 0):
            problems.append(f"answerable {key}: {counts[key]}, expected {EXPECTED_ARTICLES.get(key, 0)} (eval/README.md)")

    for key in sorted(counts):
        print(f"  {key:55} {counts[key]}")
    return report(problems, f"all checks passed ({len(seen)} questions)")


if __name__ == "__main__":
    sys.exit(main())
