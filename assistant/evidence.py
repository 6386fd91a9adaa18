"""Does a passage hold evidence for a question? The checks behind honest abstention.

Two signals, both calibrated on the development set only:
- similarity: the best sentence of the best passages must be close enough to the question;
- coverage: some window of sentences (a sentence and its neighbours, or a table row) must
  name every entity and figure of the question, and hold a date or number when the
  question asks "when" or "how many". Names in the article's title, publisher or the
  passage's section heading count as present.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .followup import entities

__all__ = ["Requirements", "requirements", "window_satisfies", "passage_has_evidence"]

DEMONYMS = {
    "turkish": "turkey", "chinese": "china", "russian": "russia", "uzbek": "uzbekistan",
    "kazakh": "kazakhstan", "kyrgyz": "kyrgyzstan", "tajik": "tajikistan", "turkmen": "turkmenistan",
    "american": "america", "european": "europe", "western": "west", "iranian": "iran",
    "afghan": "afghanistan", "french": "france", "indian": "india", "azerbaijani": "azerbaijan",
    "ukrainian": "ukraine", "british": "britain", "japanese": "japan", "pakistani": "pakistan",
}
ALIASES = {"moscow": "russia", "kremlin": "russia", "beijing": "china", "washington": "america",
           "us": "america", "usa": "america", "u.s": "america", "eu": "europe", "brussels": "europe"}
_IGNORED = {"central", "asia", "asian", "central asia", "central asian"}  # the whole corpus is about them
_WHEN = re.compile(r"^\s*(?:when|since when|in what year|what year|which year|what date|on what date|in which year)\b|\b(?:what|which) (?:year|date|month)\b", re.I)
_HOW_MANY = re.compile(r"\b(?:how many|how much|what percentage|what percent|what share|what proportion|what value|how large|what number|how big)\b", re.I)
_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:since|decades?|years? ago|last year|next year)\b", re.I)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent|half|dozen)\b", re.I)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*%?")
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class Requirements:
    """What a window of text must contain to count as evidence for a question."""

    names: tuple[str, ...]  # lower-cased entity words; each must match some word of the window
    figures: tuple[str, ...]  # numbers written in the question
    wants_date: bool
    wants_number: bool


def requirements(question: str) -> Requirements:
    names: list[str] = []
    for entity in entities(question):
        key = entity.text.lower()
        if key in _IGNORED:
            continue
        names.extend(w for w in re.findall(r"[\w-]+", key) if w not in _IGNORED and len(w) > 1)
    return Requirements(
        names=tuple(dict.fromkeys(names)),
        figures=tuple(dict.fromkeys(_FIGURE.findall(question))),
        wants_date=bool(_WHEN.search(question)),
        wants_number=bool(_HOW_MANY.search(question)),
    )


def _words(text: str) -> set[str]:
    return {w.lower().strip("’'") for w in _WORD.findall(text)}


def _name_present(name: str, words: set[str]) -> bool:
    target = ALIASES.get(name, DEMONYMS.get(name, name))
    for word in words:
        word = ALIASES.get(word, DEMONYMS.get(word, word))
        if word == target:
            return True
        short, long_ = sorted((word, target), key=len)
        if len(short) >= 4 and long_.startswith(short):
            return True
    return False


def window_satisfies(req: Requirements, window: str, context: str = "") -> bool:
    """True when `window` (with `context`: title, publisher, section) covers every requirement."""
    words = _words(window) | _words(context)
    if not all(_name_present(name, words) for name in req.names):
        return False
    if not all(fig in window or fig in context for fig in req.figures):
        return False
    if req.wants_date and not _DATE.search(window):
        return False
    if req.wants_number and not _NUMBER.search(window):
        return False
    return True


def passage_has_evidence(req: Requirements, sentences: Sequence[str], context: str = "", span: int = 1) -> bool:
    """Some sentence with `span` neighbours on each side satisfies `req`."""
    if not sentences:
        return False
    for i in range(len(sentences)):
        window = " ".join(sentences[max(0, i - span) : i + span + 1])
        if window_satisfies(req, window, context):
            return True
    return False
