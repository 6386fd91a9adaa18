"""Check the Russian half of the unseen-articles set (stdlib only).

    python eval/check_unseen_ru.py            # from the repository root; exit 1 on any problem

Checks: every question line parses and has the fields; ids, kinds, directions and splits are
consistent; each answer phrase occurs in the named `doc` (case-insensitive, white space
normalised) on one line outside chrome; the phrases of one alternative share a paragraph (or
table row); each alternative's phrases co-occur in at most two paragraphs of the whole corpus
(seeds + every article in eval/unseen); no chrome line of any file holds all phrases of an
alternative; every chrome-manifest line is a line of its file; unanswerable questions have
`doc: null` and no answers; each article has 450-1100 words outside chrome.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "eval" / "unseen"
SEEDS = ROOT / "corpus"
MANIFEST = UNSEEN / "chrome-ru.json"
SPLITS = {"dev": ROOT / "eval" / "unseen-ru-dev.jsonl", "test": ROOT / "eval" / "unseen-ru-test.jsonl"}
FIELDS = {"id", "question", "answers", "history", "kind", "lang", "direction", "doc"}
KINDS = {"prose", "number", "paraphrase", "table", "section", "followup", "unanswerable-absent",
         "unanswerable-offtopic", "unanswerable-chrome"}
DIRECTIONS = {"ru->ru", "en->ru", "ru->en", "en->en"}
# Noise in the scraped seed articles (see eval/README.md): a phrase must not touch it.
NOISE = re.compile(r"â[¤Ł˘⁣⢣⣤]|[\u2800-\u29ff]")

BLOCK_TAGS = {"address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div",
              "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
              "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
              "table", "tbody", "thead", "tr", "ul"}
HIDDEN_TAGS = {"head", "script", "style", "noscript", "template"}


class _Visible(HTMLParser):
    """Visible text of a page, one line per block element; table cells joined by ' | '."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0

    def _break(self) -> None:
        if self.lines[-1].strip():
            self.lines.append("")

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self._break()
        elif tag in ("td", "th") and self.lines[-1].strip():
            self.lines[-1] += " | "

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data):
        if not self.hidden:
            self.lines[-1] += data


def norm(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def lines_of(path: Path) -> list[str]:
    """The file's lines as a reader sees them (HTML: visible block lines), stripped."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        parser = _Visible()
        parser.feed(text)
        return [" ".join(line.split()) for line in parser.lines if line.strip()]
    return [line.strip() for line in text.splitlines()]


def paragraphs_of(path: Path, chrome: set[str]) -> list[list[str]]:
    """Paragraphs (lists of lines) outside chrome: HTML blocks, table rows, blank-line blocks."""
    lines = [line for line in lines_of(path) if line not in chrome]
    if path.suffix.lower() in (".html", ".htm"):
        return [[line] for line in lines]
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if not line or line.startswith("|"):
            paragraphs.append([line] if line else [])
            if line:
                paragraphs.append([])
        else:
            paragraphs[-1].append(line)
    return [p for p in paragraphs if p]


def main() -> int:
    problems: list[str] = []
    manifest: dict[str, list[str]] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    chrome_of: dict[str, set[str]] = {}
    for other in UNSEEN.glob("chrome-*.json"):
        for name, chrome in json.loads(other.read_text(encoding="utf-8")).items():
            chrome_of[name] = set(chrome)

    # Chrome manifest: every listed line is a line of its file; prose length per article.
    for name, chrome in manifest.items():
        path = UNSEEN / name
        if not path.is_file():
            problems.append(f"chrome-ru.json names a missing file: {name}")
            continue
        present = set(lines_of(path))
        for line in chrome:
            if line != line.strip() or line not in present:
                problems.append(f"{name}: chrome line not found as a line: {line!r}")
        words = sum(len(re.findall(r"\w+", " ".join(p))) for p in paragraphs_of(path, set(chrome)))
        if not 450 <= words <= 1100:
            problems.append(f"{name}: {words} words outside chrome (want 450-1100)")
        print(f"article {name}: {words} words outside chrome, {len(chrome)} chrome lines")

    # Corpus paragraphs for the co-occurrence check: seeds + every unseen article.
    corpus: dict[str, list[list[str]]] = {}
    for path in sorted(SEEDS.iterdir()):
        if path.suffix in (".txt", ".md", ".html"):
            corpus[f"corpus/{path.name}"] = paragraphs_of(path, set())
    for path in sorted(UNSEEN.iterdir()):
        if path.suffix in (".txt", ".md", ".html", ".htm"):
            corpus[f"eval/unseen/{path.name}"] = paragraphs_of(path, chrome_of.get(path.name, set()))
    ru_docs = set(manifest)
    seed_docs = {p.name for p in SEEDS.iterdir()}

    seen_ids: set[str] = set()
    counts: Counter = Counter()
    for split, file in SPLITS.items():
        prefix = "uru-d" if split == "dev" else "uru-t"
        for number, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{file.name}:{number}"
            try:
                q = json.loads(raw)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error})")
                continue
            if set(q) != FIELDS:
                problems.append(f"{where}: fields {sorted(set(q) ^ FIELDS)} missing or extra")
                continue
            qid, kind, doc, answers = q["id"], q["kind"], q["doc"], q["answers"]
            where = f"{file.name}:{qid}"
            if not re.fullmatch(prefix + r"\d{3}", qid) or qid in seen_ids:
                problems.append(f"{where}: id not {prefix}NNN or repeated")
            seen_ids.add(qid)
            if kind not in KINDS or q["direction"] not in DIRECTIONS or q["lang"] not in ("ru", "en"):
                problems.append(f"{where}: bad kind, direction or lang")
            if not q["direction"].startswith(q["lang"] + "->"):
                problems.append(f"{where}: direction does not start with the question's lang")
            if (kind == "followup") != bool(q["history"]):
                problems.append(f"{where}: history must be set exactly for follow-ups")
            counts[(split, kind, q["direction"], bool(answers))] += 1
            if kind.startswith("unanswerable") or not answers:
                if answers or doc is not None or q["direction"] != f"{q['lang']}->{q['lang']}":
                    problems.append(f"{where}: unanswerable needs answers [], doc null, <q>-><q>")
                if kind.startswith("unanswerable") is False and kind != "followup":
                    problems.append(f"{where}: answerable kind without answers")
                continue
            if doc in ru_docs:
                key, target = f"eval/unseen/{doc}", "ru"
            elif doc in seed_docs:
                key, target = f"corpus/{doc}", "en"
            else:
                problems.append(f"{where}: doc {doc!r} is neither a Russian unseen article nor a seed")
                continue
            if q["direction"] != f"{q['lang']}->{target}":
                problems.append(f"{where}: direction should be {q['lang']}->{target}")
            for alternative in answers:
                if any(all(norm(phrase) in norm(line) for phrase in alternative)
                       for lines in chrome_of.values() for line in lines):
                    problems.append(f"{where}: alternative {alternative} is answered by a chrome line")
                if not 1 <= len(alternative) <= 3:
                    problems.append(f"{where}: an alternative needs 1-3 phrases")
                for phrase in alternative:
                    if not 1 <= len(phrase.split()) <= 5:
                        problems.append(f"{where}: phrase {phrase!r} is not 1-5 words")
                    lines = [l for p in corpus[key] for l in p if norm(phrase) in norm(l)]
                    if not lines:
                        problems.append(f"{where}: {phrase!r} not on one line of {doc} outside chrome")
                    elif all(NOISE.search(l) for l in lines):
                        problems.append(f"{where}: {phrase!r} only on lines with noise characters")
                wanted = [norm(p) for p in alternative]
                home = [p for p in corpus[key] if all(w in norm(" ".join(p)) for w in wanted)]
                if not home:
                    problems.append(f"{where}: phrases {alternative} share no paragraph of {doc}")
                shared = sum(1 for paragraphs in corpus.values() for p in paragraphs
                             if all(w in norm(" ".join(p)) for w in wanted))
                if shared > 2:
                    problems.append(f"{where}: phrases {alternative} co-occur in {shared} paragraphs")

    print("\nquestions per split / kind / direction / answerable:")
    for (split, kind, direction, answerable), n in sorted(counts.items()):
        print(f"  {split:4} {kind:22} {direction:7} {'answerable' if answerable else 'unanswerable':12} {n}")
    for split in SPLITS:
        total = sum(n for k, n in counts.items() if k[0] == split)
        print(f"  {split}: {total}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems:
            print("  " + problem)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
