"""Question sets: JSON Lines read and checked into `Question`s, one-line errors naming file and line.

One question a line: ``{"id", "question", "answers": [[phrase, ...], [alt, ...]], "history": [...], "kind"}``,
optionally ``"lang"``, ``"direction"`` and ``"doc"`` (eval/README.md). `normalize` is the text both the
phrases and the passages are compared in.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

__all__ = ["ANSWERABLE_KINDS", "KINDS", "UNANSWERABLE_KINDS", "Question", "load_questions", "normalize"]

# The kinds of eval/README.md; a kind gets its own `kind/<kind>/...` metrics (and floors), so a typo
# would silently split a gated group. Unanswerable kinds must have no answers, answerable ones some.
ANSWERABLE_KINDS = frozenset({"prose", "number", "table", "paraphrase", "paraphrased-article", "section"})
UNANSWERABLE_KINDS = frozenset({"unanswerable-offtopic", "unanswerable-absent", "unanswerable-chrome"})
# a follow-up may be either; so may a chat's thumbs-up/down line (index/feedback.jsonl, docs/chat.md)
KINDS = ANSWERABLE_KINDS | UNANSWERABLE_KINDS | {"followup", "feedback"}
_LANG = re.compile(r"^[a-z]{2,3}$")
_DIRECTION = re.compile(r"^([a-z]{2,3})->([a-z]{2,3})$")

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def normalize(text: str) -> str:
    """Text for containment checks: NFKC, case folded, every non-alphanumeric character dropped."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True)
class Question:
    """One question of a set; `answers` empty means the corpus does not answer it."""

    id: str
    question: str
    answers: tuple[tuple[str, ...], ...]
    history: tuple[str, ...] = ()
    kind: str = ""
    set: str = ""  # the file's stem, e.g. "test"
    where: str = ""  # "path:line", for messages
    lang: str = ""  # the question's language ("en", "ru"), "" when not given
    direction: str = ""  # question language -> answering article's language, e.g. "ru->en"
    doc: str | None = None  # the answering article's file name, when given

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


def _fail(where: str, message: str) -> EvaluationError:
    return EvaluationError(f"{where}: {message}")


def _jsonl(path: Path, what: str = "BEIR file") -> Iterator[tuple[str, Any]]:
    """(file:line, parsed JSON) for every non-blank line; one-sentence errors for a bad file or line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # a BOM (Windows editors) is not JSON
    except FileNotFoundError:
        raise EvaluationError(f"{what} {path} does not exist") from None
    except IsADirectoryError:
        raise EvaluationError(f"{what} {path} is a folder, not a file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{what} {path} cannot be read ({exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from None


def _strings(value: Any, where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, f"{what} must be a list of strings")
    return tuple(value)


def _question(data: Any, where: str, set_name: str) -> Question:
    if not isinstance(data, dict):
        raise _fail(where, "each line must be a JSON object")
    missing = [key for key in ("id", "question", "answers") if key not in data]
    if missing:
        raise _fail(where, f"missing field {', '.join(repr(m) for m in missing)}")
    qid, text = data["id"], data["question"]
    if not isinstance(qid, str) or not qid.strip() or qid != qid.strip():
        raise _fail(where, "'id' must be a non-empty string without surrounding spaces")
    if not isinstance(text, str) or not text.strip():
        raise _fail(where, f"question {qid}: 'question' must be a non-empty string")
    if not isinstance(data["answers"], list):
        raise _fail(where, f"question {qid}: 'answers' must be a list of alternatives (lists of phrases)")
    answers: list[tuple[str, ...]] = []
    for alternative in data["answers"]:
        phrases = _strings(alternative, where, f"question {qid}: each alternative of 'answers'")
        if not phrases or not all(normalize(p) for p in phrases):
            raise _fail(where, f"question {qid}: an alternative is empty or has a phrase without letters or digits")
        answers.append(phrases)
    history = _strings(data.get("history", []), where, f"question {qid}: 'history'")
    optional: dict[str, str] = {}
    for key in ("kind", "lang", "direction"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise _fail(where, f"question {qid}: '{key}' must be a string")
        optional[key] = value.strip()
    _check_labels(where, qid, bool(answers), **optional)
    doc = data.get("doc")
    if doc is not None and not isinstance(doc, str):
        raise _fail(where, f"question {qid}: 'doc' must be a file name or null")
    return Question(qid, text, tuple(answers), history, optional["kind"], set_name, where,
                    optional["lang"], optional["direction"], doc)


def _check_labels(where: str, qid: str, answerable: bool, kind: str, lang: str, direction: str) -> None:
    """A known kind that agrees with the answers; a language code; a direction 'xx->yy' from that language."""
    if kind and kind not in KINDS:
        raise _fail(where, f"question {qid}: unknown kind {kind!r} (known: {', '.join(sorted(KINDS))})")
    if kind in UNANSWERABLE_KINDS and answerable:
        raise _fail(where, f"question {qid}: kind {kind!r} but 'answers' is not empty")
    if kind in ANSWERABLE_KINDS and not answerable:
        raise _fail(where, f"question {qid}: kind {kind!r} needs answers (an unanswerable kind has none)")
    if lang and not _LANG.match(lang):
        raise _fail(where, f"question {qid}: 'lang' must be a language code such as 'en' or 'ru', not {lang!r}")
    if direction:
        match = _DIRECTION.match(direction)
        if not match:
            raise _fail(where, f"question {qid}: 'direction' must look like 'ru->en', not {direction!r}")
        if lang and match.group(1) != lang:
            raise _fail(where, f"question {qid}: 'direction' {direction!r} does not start from its 'lang' {lang!r}")


def load_questions(paths: Path | str | Iterable[Path | str]) -> list[Question]:
    """Read and check one or more JSONL question sets; ids must be unique across them."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    questions: list[Question] = []
    seen: dict[str, str] = {}
    for path in map(Path, paths):
        count = 0
        for where, data in _jsonl(path, "question set"):
            question = _question(data, where, path.stem)
            if question.id in seen:
                raise _fail(where, f"question id {question.id!r} already used at {seen[question.id]}")
            seen[question.id] = where
            questions.append(question)
            count += 1
        if not count:
            raise EvaluationError(f"question set {path} holds no question")
    return questions
