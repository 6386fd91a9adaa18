"""Check the English half of the unseen-articles evaluation set (stdlib only).

    python eval/check_unseen_en.py            # checks eval/unseen-en-{dev,test}.jsonl and eval/unseen/chrome-en.json

Checks: every question line parses and has the fields; ids, kinds, directions and docs are
well formed; each answer phrase occurs in its `doc` outside chrome lines, inside one text line;
no chrome line of the doc holds an alternative; the phrases of one alternative share one
paragraph (one row for tables) and co-occur in at most two paragraphs of the whole corpus
(seeds + every unseen article, chrome dropped); unanswerable questions have `doc: null`;
each chrome-manifest line occurs exactly as a (visible) line of its file.
Prints one line per problem and a summary; exits 1 when anything is wrong.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent
UNSEEN = EVAL / "unseen"
SEEDS = ROOT / "corpus"
LANG = "en"
FIELDS = {"id", "question", "answers", "history", "kind", "lang", "direction", "doc"}
KINDS = {
    "prose",
    "number",
    "paraphrase",
    "table",
    "section",
    "followup",
    "unanswerable-absent",
    "unanswerable-offtopic",
    "unanswerable-chrome",
}
DIRECTIONS = {"en->en", "ru->en", "ru->ru", "en->ru"}
MAX_SHARED_PARAGRAPHS = 2


class _Text(HTMLParser):
    """Visible text of an HTML page, keeping the source's line breaks."""

    SKIP: ClassVar[set[str]] = {"head", "script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def text_lines(path: Path | str) -> list[str]:
    """The file's lines as a reader sees them (visible text lines for HTML)."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        parser = _Text()
        parser.feed(raw)
        parser.close()
        raw = html.unescape("".join(parser.parts))
    return raw.split("\n")


def norm(text: str) -> str:
    """Lower case, punctuation and runs of white space as one space."""
    return " ".join(re.sub(r"[^\w%$€£]+", " ", text.lower()).split())


def contains(haystack: str, phrase: str) -> bool:
    return f" {norm(phrase)} " in f" {norm(haystack)} "


def load_chrome() -> dict[str, set[str]]:
    chrome: dict[str, set[str]] = {}
    for manifest in sorted(UNSEEN.glob("chrome-*.json")):
        for name, lines in json.loads(manifest.read_text(encoding="utf-8")).items():
            chrome.setdefault(name, set()).update(line.strip() for line in lines)
    return chrome


def content(path: Path, chrome: set[str]) -> tuple[list[str], list[str]]:
    """(content lines, paragraphs) of a file with its chrome lines dropped.

    Paragraphs are blocks between blank lines (a dropped chrome line does not end one, so
    a journal paragraph continues across a page header); in HTML every text line is one.
    """
    lines = [line.strip() for line in text_lines(path)]
    kept = [line for line in lines if line not in chrome]
    if path.suffix.lower() in {".html", ".htm"}:
        paragraphs = [line for line in kept if line]
    else:
        paragraphs, block = [], []
        for line in kept + [""]:
            if line:
                block.append(line)
            elif block:
                paragraphs.append(" ".join(block))
                block = []
    return [line for line in kept if line], paragraphs


def corpus_paragraphs(chrome: dict[str, set[str]]) -> list[tuple[str, str]]:
    out = []
    for seed in sorted(SEEDS.glob("*.txt")):
        out += [
            (seed.name, line)
            for line in seed.read_text(encoding="utf-8").split("\n")
            if line.strip()
        ]
    for article in sorted(UNSEEN.iterdir()):
        if article.is_file() and article.suffix.lower() != ".json":
            out += [(article.name, p) for p in content(article, chrome.get(article.name, set()))[1]]
    return out


def check() -> list[str]:
    problems: list[str] = []
    chrome = load_chrome()
    own_manifest = UNSEEN / f"chrome-{LANG}.json"
    manifest = json.loads(own_manifest.read_text(encoding="utf-8"))
    for name, lines in manifest.items():
        path = UNSEEN / name
        if not path.is_file():
            problems.append(f"{own_manifest.name}: no file {name!r}")
            continue
        present = {line.strip() for line in text_lines(path)}
        for line in lines:
            if line != line.strip() or not line:
                problems.append(
                    f"{own_manifest.name}: {name}: line not stripped or empty: {line!r}"
                )
            elif line not in present:
                problems.append(f"{own_manifest.name}: {name}: chrome line not in file: {line!r}")
    docs = {name: content(UNSEEN / name, chrome.get(name, set())) for name in manifest}
    everywhere = corpus_paragraphs(chrome)

    seen_ids: set[str] = set()
    for split, prefix in (("dev", f"u{LANG}-d"), ("test", f"u{LANG}-t")):
        path = EVAL / f"unseen-{LANG}-{split}.jsonl"
        for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if not raw.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                q = json.loads(raw)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error})")
                continue
            if set(q) != FIELDS:
                problems.append(f"{where}: fields {sorted(set(q) ^ FIELDS)} missing or extra")
                continue
            qid = q["id"]
            where = f"{path.name}:{qid}"
            if not re.fullmatch(re.escape(prefix) + r"\d{3}", qid) or qid in seen_ids:
                problems.append(f"{where}: id not {prefix}NNN or repeated")
            seen_ids.add(qid)
            if q["kind"] not in KINDS:
                problems.append(f"{where}: unknown kind {q['kind']!r}")
            if q["direction"] not in DIRECTIONS or q["direction"].split("->")[0] != q["lang"]:
                problems.append(
                    f"{where}: direction {q['direction']!r} does not start with lang {q['lang']!r}"
                )
            if not isinstance(q["history"], list) or (q["kind"] == "followup") != bool(
                q["history"]
            ):
                problems.append(f"{where}: history must be non-empty exactly for follow-ups")
            if not q["question"].strip():
                problems.append(f"{where}: empty question")
            answers = q["answers"]
            if not answers:
                if q["doc"] is not None:
                    problems.append(f"{where}: unanswerable but doc is {q['doc']!r}")
                if q["direction"] != f"{q['lang']}->{q['lang']}":
                    problems.append(
                        f"{where}: unanswerable direction must be {q['lang']}->{q['lang']}"
                    )
                if q["kind"].startswith("unanswerable") is False and q["kind"] != "followup":
                    problems.append(f"{where}: no answers but kind {q['kind']}")
                continue
            if q["kind"].startswith("unanswerable"):
                problems.append(f"{where}: kind {q['kind']} but has answers")
            if q["doc"] not in docs:
                problems.append(f"{where}: doc {q['doc']!r} is not a file of this half")
                continue
            target = q["direction"].split("->")[1]
            if target != LANG:
                problems.append(f"{where}: direction {q['direction']} does not end in {LANG}")
            lines, paragraphs = docs[q["doc"]]
            for alternative in answers:
                if not 1 <= len(alternative) <= 3:
                    problems.append(f"{where}: alternative with {len(alternative)} phrases")
                for phrase in alternative:
                    if not 1 <= len(phrase.split()) <= 5:
                        problems.append(f"{where}: phrase {phrase!r} is not 1-5 words")
                    if not any(contains(line, phrase) for line in lines):
                        problems.append(
                            f"{where}: phrase {phrase!r} not inside one content line of {q['doc']}"
                        )
                in_chrome = [
                    c for c in manifest[q["doc"]] if all(contains(c, p) for p in alternative)
                ]
                if in_chrome:
                    problems.append(
                        f"{where}: {alternative} also answered by chrome line {in_chrome[0]!r}"
                    )
                units = lines if q["kind"] == "table" else paragraphs
                if not any(all(contains(u, p) for p in alternative) for u in units):
                    unit = "row" if q["kind"] == "table" else "paragraph"
                    problems.append(
                        f"{where}: phrases {alternative} not in one {unit} of {q['doc']}"
                    )
                shared = [
                    name for name, p in everywhere if all(contains(p, x) for x in alternative)
                ]
                if len(shared) > MAX_SHARED_PARAGRAPHS:
                    problems.append(
                        f"{where}: {alternative} co-occur in {len(shared)} paragraphs ({Counter(shared)})"
                    )
    return problems


def main() -> int:
    problems = check()
    for problem in problems:
        print(problem)
    counts: Counter = Counter()
    for split in ("dev", "test"):
        for raw in (EVAL / f"unseen-{LANG}-{split}.jsonl").read_text(encoding="utf-8").split("\n"):
            if raw.strip():
                q = json.loads(raw)
                counts[split] += 1
                counts[f"{split} kind/{q['kind']}"] += 1
                counts[f"{split} direction/{q['direction']}"] += 1
    print(json.dumps(dict(sorted(counts.items())), ensure_ascii=False))
    print(f"{len(problems)} problem(s)" if problems else "ok: no problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
