"""The kinds of answer a question asks for, and whether a sentence gives one.

The types, their cues in questions and what shows them in a text are language data
(`answer_types` in `data/lang/*.json`): "how much will it cost?" asks for money, shown by a
currency; "how many ...?" for a count, shown by a figure that is not a year. A counted type
(`"counted": true`, the type "counted", which reads the count's cues and evidence through `"like"`;
off by default: `ASSISTANT_ANSWER_CHECKS=all` checks it)
also asks that a figure be followed, within `COUNTED_WITHIN` words, by what the question counts:
"3,200 workers" answers "how many workers", "49 percent" and "three incidents" do not. It is off
because the unseen test gate rejects it (docs/quality.md, "Ninth pass").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..ingest.langdata import AnswerType, all_lang_data
from ..store.lexical import tokenize

__all__ = ["ANSWER_TYPES", "COUNTED_WITHIN", "answer_checks", "gives"]

ANSWER_TYPES = tuple(dict.fromkeys(t.name for lang in all_lang_data() for t in lang.answer_types))
COUNTED_WITHIN = 3  # words after a figure where what is counted must stand (dev-calibrated, docs/quality.md)


def answer_checks(spec: str) -> frozenset[str] | None:
    """The answer types to check for a `Settings.answer_checks` value: "" the language files' defaults
    (None), "none", "all", or names separated by commas ("money,percent"); ValueError on an unknown name."""
    spec = spec.strip().lower()
    if spec in ("", "default"):
        return None
    if spec == "none":
        return frozenset()
    if spec == "all":
        return frozenset(ANSWER_TYPES)
    chosen = frozenset(x.strip() for x in spec.split(",") if x.strip())
    unknown = sorted(chosen - set(ANSWER_TYPES))
    if unknown:
        raise ValueError(f"unknown answer check {', '.join(unknown)} (known: {', '.join(ANSWER_TYPES)}, all, none)")
    return chosen


@cache
def _types(name: str) -> tuple[AnswerType, ...]:
    """The type `name` in every language (a passage may be in another language than the question)."""
    return tuple(t for lang in all_lang_data() for t in lang.answer_types if t.name == name)


def gives(answer_type: str, sentence: str, about: str, terms: Sequence[str]) -> bool:
    """`sentence` holds an answer of `answer_type`, and `about` (the sentence, with the one before
    when it goes on from there) one of the question's `terms` (when given): a price or a year said of
    another subject does not answer. "The total cost is put at $2 billion" answers no question about
    what someone paid for imports; "It will cost $2 billion" after "The plant at Lakeside…" answers
    one about the Lakeside plant. For a counted type, one of the terms must follow the figure."""
    types = _types(answer_type)
    found = [m for t in types for m in t.evidence.finditer(sentence)]
    if not found:
        return False
    wanted = set(terms)
    if wanted and any(t.counted for t in types) and not any(_counts(sentence, m, wanted) for m in found):
        return False
    return not wanted or not wanted.isdisjoint(tokenize(about))


def _counts(sentence: str, figure: re.Match[str], terms: set[str]) -> bool:
    """One of `terms` within `COUNTED_WITHIN` words after `figure` ("3 200 граждан", "12 new outposts")."""
    after = sentence[figure.end():].split()[:COUNTED_WITHIN]
    return not terms.isdisjoint(tokenize(" ".join(after)))
