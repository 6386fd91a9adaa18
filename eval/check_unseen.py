"""Check the unseen-articles evaluation set, both halves, over the whole corpus (stdlib only).

    python eval/check_unseen.py        # from anywhere; exit 1 on any problem

Corpus = the seed articles in corpus/ + every article in eval/unseen/ (chrome lines dropped).

Chrome manifests (eval/unseen/chrome-{en,ru}.json, {"file": ["line", ...]}):
- every listed file exists and every listed line is stripped, non-empty and an exact line of its
  file: for .txt/.md a line of the file; for .html the text of one source line with its tags
  removed (and also a visible block line of the page);
- .html: every visible text line inside a <nav>, <header>, <footer> or <aside> element or an
  element whose class/id names share, tools, cookie, byline, breadcrumbs, rubric, date(line),
  comments or newsletter is listed (all chrome), and no listed line is an <h1>/<h2> or a <p>
  outside those elements (chrome only);
- every file of eval/unseen/ is in exactly one manifest; each article has 450-1100 words
  outside chrome.

Questions (eval/unseen-{en,ru}-{dev,test}.jsonl):
- every line parses and has exactly the fields; ids are u<lang>-d/tNNN, unique, in order;
  kind, lang and direction are known and agree; follow-ups exactly have a history;
- unanswerable (answers []): doc null, direction <lang>-><lang>; only unanswerable kinds
  and follow-ups may be unanswerable; unanswerable kinds have no answers;
- answerable: `doc` is a seed or unseen article whose language is the direction's target;
  every alternative has 1-3 phrases of 1-5 words; every phrase lies inside one content (non-
  chrome) line without noise characters; the phrases of one alternative share one paragraph
  (one line/row for tables); the first alternative lies in `doc`, later ones may lie in another
  article that states the same fact (e.g. in the other language); no chrome line of any file
  holds an alternative; each alternative's phrases co-occur in at most two paragraphs of the
  whole corpus, compared as the harness compares (assistant/evals/evaluation.py `normalize`:
  NFKC, casefold, everything but letters and digits removed);
- counts per file and per split / kind / direction / answerable match EXPECTED below
  (the tables in eval/README.md).
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
UNSEEN = EVAL / "unseen"
SEEDS = ROOT / "corpus"
LANGS = ("en", "ru")
FIELDS = {"id", "question", "answers", "history", "kind", "lang", "direction", "doc"}
ANSWERABLE_KINDS = {"prose", "number", "paraphrase", "table", "section", "followup"}
UNANSWERABLE_KINDS = {"unanswerable-absent", "unanswerable-offtopic", "unanswerable-chrome"}
KINDS = ANSWERABLE_KINDS | UNANSWERABLE_KINDS
DIRECTIONS = {"en->en", "ru->en", "ru->ru", "en->ru"}
MAX_SHARED_PARAGRAPHS = 2
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
# Noise in the scraped seed articles (see eval/README.md): a phrase must not touch it.
NOISE = re.compile(r"â[¤Ł˘⁣⢣⣤]|[\u2800-\u29ff]")

# "file stem|kind|direction|answerable" -> count; the tables in eval/README.md.
EXPECTED: dict[str, int] = {
    "unseen-en-dev|followup|en->en|True": 5,
    "unseen-en-dev|number|en->en|True": 25,
    "unseen-en-dev|number|ru->en|True": 13,
    "unseen-en-dev|paraphrase|en->en|True": 14,
    "unseen-en-dev|paraphrase|ru->en|True": 4,
    "unseen-en-dev|prose|en->en|True": 21,
    "unseen-en-dev|prose|ru->en|True": 3,
    "unseen-en-dev|section|en->en|True": 7,
    "unseen-en-dev|table|en->en|True": 1,
    "unseen-en-dev|unanswerable-absent|en->en|False": 37,
    "unseen-en-dev|unanswerable-chrome|en->en|False": 13,
    "unseen-en-dev|unanswerable-offtopic|en->en|False": 1,
    "unseen-en-test|followup|en->en|False": 1,
    "unseen-en-test|followup|en->en|True": 2,
    "unseen-en-test|number|en->en|True": 6,
    "unseen-en-test|number|ru->en|True": 4,
    "unseen-en-test|paraphrase|en->en|True": 5,
    "unseen-en-test|paraphrase|ru->en|True": 1,
    "unseen-en-test|prose|en->en|True": 4,
    "unseen-en-test|prose|ru->en|True": 2,
    "unseen-en-test|section|en->en|True": 5,
    "unseen-en-test|table|en->en|True": 2,
    "unseen-en-test|unanswerable-absent|en->en|False": 7,
    "unseen-en-test|unanswerable-chrome|en->en|False": 2,
    "unseen-en-test|unanswerable-offtopic|en->en|False": 1,
    "unseen-ru-dev|followup|ru->ru|False": 1,
    "unseen-ru-dev|followup|ru->ru|True": 5,
    "unseen-ru-dev|number|en->ru|True": 17,
    "unseen-ru-dev|number|ru->en|True": 1,
    "unseen-ru-dev|number|ru->ru|True": 37,
    "unseen-ru-dev|paraphrase|en->ru|True": 5,
    "unseen-ru-dev|paraphrase|ru->en|True": 1,
    "unseen-ru-dev|paraphrase|ru->ru|True": 19,
    "unseen-ru-dev|prose|en->ru|True": 5,
    "unseen-ru-dev|prose|ru->en|True": 2,
    "unseen-ru-dev|prose|ru->ru|True": 28,
    "unseen-ru-dev|section|ru->ru|True": 11,
    "unseen-ru-dev|table|ru->en|True": 1,
    "unseen-ru-dev|table|ru->ru|True": 3,
    "unseen-ru-dev|unanswerable-absent|ru->ru|False": 46,
    "unseen-ru-dev|unanswerable-chrome|ru->ru|False": 13,
    "unseen-ru-dev|unanswerable-offtopic|ru->ru|False": 1,
    "unseen-ru-test|followup|ru->ru|False": 1,
    "unseen-ru-test|followup|ru->ru|True": 3,
    "unseen-ru-test|number|en->ru|True": 4,
    "unseen-ru-test|number|ru->en|True": 3,
    "unseen-ru-test|number|ru->ru|True": 9,
    "unseen-ru-test|paraphrase|en->ru|True": 1,
    "unseen-ru-test|paraphrase|ru->en|True": 1,
    "unseen-ru-test|paraphrase|ru->ru|True": 7,
    "unseen-ru-test|prose|en->ru|True": 4,
    "unseen-ru-test|prose|ru->en|True": 3,
    "unseen-ru-test|prose|ru->ru|True": 5,
    "unseen-ru-test|section|ru->ru|True": 4,
    "unseen-ru-test|table|ru->en|True": 2,
    "unseen-ru-test|table|ru->ru|True": 1,
    "unseen-ru-test|unanswerable-absent|ru->ru|False": 7,
    "unseen-ru-test|unanswerable-chrome|ru->ru|False": 2,
    "unseen-ru-test|unanswerable-offtopic|ru->ru|False": 1,
}
EXPECTED_TOTALS = {
    "unseen-en-dev": 144,
    "unseen-en-test": 42,
    "unseen-ru-dev": 196,
    "unseen-ru-test": 58,
}

BLOCK_TAGS = {"address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div",
              "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
              "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
              "table", "tbody", "thead", "tr", "ul", "button"}
HIDDEN_TAGS = {"head", "script", "style", "noscript", "template", "title"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
             "source", "track", "wbr"}
CHROME_TAGS = {"nav", "header", "footer", "aside"}
CHROME_CLASS = re.compile(
    r"share|tools|cookie|byline|breadcrumb|rubric|\bdate|dateline|comments|newsletter|sidebar"
)

CHROME_LINE = re.compile(
    r"^(©|Comments \(|Комментарии \(|Read also|Читайте также|Related |Tags:|Share\b|"
    r"Поделиться|Newsletter|Subscribe|Подпис|By [A-Z][a-z]+ [A-Z]|Автор:|\*Автор:|"
    r"\*By |About the author|Short Url|Короткая ссылка|\d+ \| P a g e$|— \d+ —$)"
)


# --------------------------------------------------------------------------- text helpers

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def harness_norm(text: str) -> str:
    """As assistant/evals/evaluation.py `normalize`: NFKC, casefold, letters and digits only."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


def ws_norm(text: str) -> str:
    """Case-folded, ё as е, runs of white space as one space (the Russian checker's test)."""
    return " ".join(text.casefold().replace("ё", "е").split())


def word_norm(text: str) -> str:
    """Lower case, punctuation as space (the English checker's test, on word boundaries)."""
    return " ".join(re.sub(r"[^\w%$€£]+", " ", text.lower()).split())


def phrase_in_line(phrase: str, line: str, words: bool) -> bool:
    """A phrase lies in a line as a white-space-normalised substring (and, when `words`, on
    word boundaries; not for the seeds, whose glued table rows have no spaces between cells)."""
    if ws_norm(phrase) not in ws_norm(line):
        return False
    return not words or f" {word_norm(phrase)} " in f" {word_norm(line)} "


class _Visible(HTMLParser):
    """Visible text of a page, one line per block element; table cells joined by ' | '.

    Each line remembers whether it sat inside a chrome element and which tag opened it.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list] = [["", False, ""]]  # text, in chrome, innermost block tag
        self.hidden = 0
        self.stack: list[tuple[str, bool]] = []

    def _chrome(self) -> bool:
        return any(flag for _, flag in self.stack)

    def _break(self, tag: str = "") -> None:
        if self.lines[-1][0].strip():
            self.lines.append(["", False, ""])
        self.lines[-1][1] = self._chrome()
        self.lines[-1][2] = tag or (self.stack[-1][0] if self.stack else "")

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
            return
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag not in VOID_TAGS:
            self.stack.append((tag, tag in CHROME_TAGS or bool(CHROME_CLASS.search(names))))
        if tag in BLOCK_TAGS:
            self._break(tag)
        elif tag in ("td", "th") and self.lines[-1][0].strip():
            self.lines[-1][0] += " | "

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data):
        if not self.hidden:
            if not self.lines[-1][0].strip():
                self.lines[-1][1] = self._chrome()
                if self.stack:
                    self.lines[-1][2] = self.lines[-1][2] or self.stack[-1][0]
            self.lines[-1][0] += data


def is_html(path: Path) -> bool:
    return path.suffix.lower() in (".html", ".htm")


def visible_lines(path: Path) -> list[tuple[str, bool, str]]:
    """HTML: (visible block line, inside a chrome element, block tag)."""
    parser = _Visible()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return [(" ".join(t.split()), c, tag) for t, c, tag in parser.lines if t.strip()]


def source_lines(path: Path) -> list[str]:
    """The file's lines, stripped; for HTML each source line with its tags removed."""
    text = path.read_text(encoding="utf-8")
    if not is_html(path):
        return [line.strip() for line in text.splitlines()]
    out, hidden = [], False
    for line in text.splitlines():
        if re.search(r"<(head|script|style)[\s>]", line, re.I):
            hidden = True
        if not hidden:
            out.append(" ".join(html.unescape(re.sub(r"<[^>]*>", "", line)).split()))
        if re.search(r"</(head|script|style)>", line, re.I):
            hidden = False
    return out


def lines_of(path: Path) -> list[str]:
    """The lines a reader sees (HTML: visible block lines), stripped."""
    if is_html(path):
        return [t for t, _, _ in visible_lines(path)]
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def paragraphs_of(path: Path, chrome: set[str]) -> list[list[str]]:
    """Paragraphs (lists of lines) outside chrome: HTML blocks, table rows, blank-line blocks.

    A dropped chrome line does not end a paragraph (a journal paragraph continues across a
    running page header).
    """
    lines = [line for line in lines_of(path) if line not in chrome]
    if is_html(path):
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


# --------------------------------------------------------------------------- checks


def check_manifests(problems: list[str]) -> dict[str, set[str]]:
    chrome_of: dict[str, set[str]] = {}
    owner: dict[str, str] = {}
    for lang in LANGS:
        manifest_path = UNSEEN / f"chrome-{lang}.json"
        manifest: dict[str, list[str]] = json.loads(manifest_path.read_text(encoding="utf-8"))
        for name, chrome in manifest.items():
            if name in owner:
                problems.append(f"{manifest_path.name}: {name} is also in {owner[name]}")
            owner[name] = manifest_path.name
            path = UNSEEN / name
            if not path.is_file():
                problems.append(f"{manifest_path.name}: names a missing file: {name}")
                continue
            chrome_of[name] = set(chrome)
            exact = set(source_lines(path))
            seen = set(lines_of(path))
            for line in chrome:
                if not line or line != line.strip():
                    problems.append(f"{name}: chrome line empty or not stripped: {line!r}")
                elif line not in exact:
                    problems.append(f"{name}: chrome line is not an exact line of the file: {line!r}")
                elif line not in seen:
                    problems.append(f"{name}: chrome line is not a visible line: {line!r}")
            if is_html(path):
                for text, in_chrome, tag in visible_lines(path):
                    if in_chrome and text not in chrome_of[name]:
                        problems.append(f"{name}: chrome element text not listed: {text!r}")
                    if not in_chrome and text in chrome_of[name] and tag in ("h1", "h2", "p"):
                        problems.append(f"{name}: listed line is a <{tag}> of the article: {text!r}")
            words = sum(len(re.findall(r"\w+", " ".join(p)))
                        for p in paragraphs_of(path, chrome_of[name]))
            if not 450 <= words <= 1100:
                problems.append(f"{name}: {words} words outside chrome (want 450-1100)")
    for path in sorted(UNSEEN.iterdir()):
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.name not in owner:
            problems.append(f"{path.name}: in no chrome manifest")
    # All chrome in text files too: a line listed for another file of the corpus (the same
    # site's menu or footer) or a line that looks like chrome must be listed for this file.
    listed_anywhere = {line for lines in chrome_of.values() for line in lines}
    for name, chrome in chrome_of.items():
        path = UNSEEN / name
        if is_html(path):
            continue
        for line in lines_of(path):
            if line and line not in chrome and (line in listed_anywhere or CHROME_LINE.search(line)):
                problems.append(f"{name}: line looks like chrome but is not listed: {line!r}")
    return chrome_of


def article_lang(name: str, chrome_of: dict[str, set[str]]) -> str | None:
    if (SEEDS / name).is_file():
        return "en"
    if name in json.loads((UNSEEN / "chrome-ru.json").read_text(encoding="utf-8")):
        return "ru"
    if name in chrome_of:
        return "en"
    return None


def jsonl_records(path: Path, problems: list[str]) -> Iterator[tuple[int, str, Any]]:
    """Each line of a JSONL file parsed, with its number and "file:line"; a blank line or one that
    is not JSON is a problem and is skipped."""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        if not raw.strip():
            problems.append(f"{where}: blank line")
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        yield number, where, record


def main() -> int:
    problems: list[str] = []
    chrome_of = check_manifests(problems)
    all_chrome = [line for lines in chrome_of.values() for line in lines]

    corpus: dict[str, list[list[str]]] = {}
    for path in sorted(SEEDS.iterdir()):
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            corpus[path.name] = paragraphs_of(path, set())
    for path in sorted(UNSEEN.iterdir()):
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            corpus[path.name] = paragraphs_of(path, chrome_of.get(path.name, set()))
    flat = [(name, harness_norm(" ".join(p))) for name, ps in corpus.items() for p in ps]

    counts: Counter = Counter()
    for lang in LANGS:
        for split, letter in (("dev", "d"), ("test", "t")):
            file = EVAL / f"unseen-{lang}-{split}.jsonl"
            prefix = f"u{lang}-{letter}"
            expected_number = 0
            for _, where, q in jsonl_records(file, problems):
                if set(q) != FIELDS:
                    problems.append(f"{where}: fields {sorted(set(q) ^ FIELDS)} missing or extra")
                    continue
                qid, kind, doc, answers = q["id"], q["kind"], q["doc"], q["answers"]
                where = f"{file.name}:{qid}"
                expected_number += 1
                if qid != f"{prefix}{expected_number:03d}":
                    problems.append(f"{where}: id should be {prefix}{expected_number:03d}")
                if kind not in KINDS or q["direction"] not in DIRECTIONS or q["lang"] not in LANGS:
                    problems.append(f"{where}: bad kind, direction or lang")
                if not q["direction"].startswith(q["lang"] + "->"):
                    problems.append(f"{where}: direction does not start with the question's lang")
                if not isinstance(q["history"], list) or (kind == "followup") != bool(q["history"]):
                    problems.append(f"{where}: history must be set exactly for follow-ups")
                if not q["question"].strip():
                    problems.append(f"{where}: empty question")
                counts[(file.stem, kind, q["direction"], bool(answers))] += 1
                counts[file.stem] += 1
                if not answers:
                    same = f"{q['lang']}->{q['lang']}"
                    if doc is not None or q["direction"] != same:
                        problems.append(f"{where}: unanswerable needs doc null and {same}")
                    if kind not in UNANSWERABLE_KINDS and kind != "followup":
                        problems.append(f"{where}: answerable kind {kind} without answers")
                    continue
                if kind in UNANSWERABLE_KINDS:
                    problems.append(f"{where}: kind {kind} but has answers")
                target = article_lang(doc, chrome_of) if isinstance(doc, str) else None
                if target is None or doc not in corpus:
                    problems.append(f"{where}: doc {doc!r} is not an article of the corpus")
                    continue
                if q["direction"] != f"{q['lang']}->{target}":
                    problems.append(f"{where}: direction should be {q['lang']}->{target}")
                if doc not in chrome_of and not (SEEDS / doc).is_file():
                    problems.append(f"{where}: doc {doc!r} is in no chrome manifest")
                if lang == "en" and not (target == "en" and doc in chrome_of):
                    problems.append(f"{where}: the English half's doc must be an English unseen article")
                if lang == "ru" and not (target == "ru" or (SEEDS / doc).is_file()):
                    problems.append(f"{where}: the Russian half's doc must be a Russian article or a seed")
                for index, alternative in enumerate(answers):
                    if not isinstance(alternative, list) or not 1 <= len(alternative) <= 3:
                        problems.append(f"{where}: an alternative needs 1-3 phrases")
                        continue
                    for phrase in alternative:
                        if not 1 <= len(phrase.split()) <= 5:
                            problems.append(f"{where}: phrase {phrase!r} is not 1-5 words")
                    homes = [doc] if index == 0 else list(corpus)
                    ok_home = []
                    for home in homes:
                        lines = [line for p in corpus[home] for line in p]
                        words = not (SEEDS / home).is_file()
                        if all(any(phrase_in_line(ph, line, words) and not NOISE.search(line)
                                   for line in lines) for ph in alternative):
                            units = ([[line] for line in lines] if kind == "table"
                                     else corpus[home])
                            if any(all(ws_norm(ph) in ws_norm(" ".join(u)) for ph in alternative)
                                   for u in units):
                                ok_home.append(home)
                    if not ok_home:
                        unit = "row" if kind == "table" else "paragraph"
                        where_to = doc if index == 0 else "any article"
                        problems.append(
                            f"{where}: {alternative} not inside content lines of one {unit} "
                            f"of {where_to} (outside chrome, without noise)"
                        )
                    if any(all(ws_norm(ph) in ws_norm(line) for ph in alternative)
                           for line in all_chrome):
                        problems.append(f"{where}: {alternative} is answered by a chrome line")
                    wanted = [harness_norm(ph) for ph in alternative]
                    shared = [name for name, p in flat if all(w in p for w in wanted)]
                    if len(shared) > MAX_SHARED_PARAGRAPHS:
                        problems.append(
                            f"{where}: {alternative} co-occur in {len(shared)} paragraphs "
                            f"({dict(Counter(shared))})"
                        )

    expected = EXPECTED
    got = {"|".join(map(str, k)): n for k, n in counts.items() if isinstance(k, tuple)}
    for key in sorted(set(expected) | set(got)):
        if expected.get(key, 0) != got.get(key, 0):
            problems.append(f"count {key}: {got.get(key, 0)}, expected {expected.get(key, 0)}")
    for stem, total in EXPECTED_TOTALS.items():
        if counts[stem] != total:
            problems.append(f"{stem}: {counts[stem]} questions, expected {total}")

    print("questions per file / kind / direction / answerable:")
    for key in sorted(k for k in counts if isinstance(k, tuple)):
        stem, kind, direction, answerable = key
        print(f"  {stem:15} {kind:22} {direction:7} "
              f"{'answerable' if answerable else 'unanswerable':12} {counts[key]}")
    for stem in EXPECTED_TOTALS:
        print(f"  {stem}: {counts[stem]}")
    print(f"chrome manifests: {len(chrome_of)} files, {len(all_chrome)} chrome lines")
    return report(problems)


def report(problems: list[str], passed: str = "all checks passed") -> int:
    """Print the problems found (exit status 1) or `passed` (0)."""
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems:
            print("  " + problem)
        return 1
    print(f"\n{passed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
