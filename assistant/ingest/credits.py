"""The names an article's head gives and the cleaner drops: its masthead, byline, authors and record details.

A reader sees them above the article ("LEGISLATIVE RESEARCH OFFICE", "By Dana Brannock", "Applicant: Vettin Trade
Foundation"), so a question that names them asks about this article. The document keeps them beside its text
(`Document.credits`), and the evidence checks read them with its title and publisher (`search/windows.context`);
they are never cited, as the passages stay what the cleaner kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from .boilerplate_lines import Verdict, _plain, _vocab

__all__ = ["CREDIT_REASONS", "head_credits"]

CREDIT_REASONS = frozenset({"masthead", "byline", "authors", "author", "affiliation", "publisher", "record details"})
PROSE_WORDS = 12  # the first kept line this long, and no heading, is the article's prose: its head ends there
CREDIT_WORDS = 100  # a head's credits of this many words at most (a cover's list of names is cut there)
MENU_WORDS = 2  # a masthead line this short, in a run of
MENU_RUN = 3  # this many or more, is a menu after its first line


def _dated(word: str) -> bool:
    """A word with a figure or a month's name: the date and the numbers of a byline or a cover ("October 21, 2025",
    "Call for proposals 2025/2") are no names, and in the checks' context they would answer for a year the passage
    never says (the article's date is its own field)."""
    return any(c.isdigit() for c in word) or word.lower().strip(".,;:()|") in _vocab().months


def head_credits(verdicts: Iterable[Verdict]) -> str:
    """The lines of the head (up to the first line of prose kept) dropped as credits, without their dates and figures
    (`_dated`), parted by " · "; a run of `MENU_RUN` short masthead lines or more is a brand and its menu ("LORNA
    DAILY", "AFRICA", "ASIA", …): its first line alone is a credit."""
    found: list[tuple[str, bool]] = []  # each credit line, and whether it is a short masthead line
    for verdict in verdicts:
        plain = _plain(verdict.line).lstrip("#").strip()
        if verdict.reason is None and len(plain.split()) >= PROSE_WORDS and not verdict.line.lstrip().startswith("#"):
            break  # a headline, however long, is no prose
        plain = " ".join(w for w in plain.split() if not _dated(w))
        if plain and verdict.reason in CREDIT_REASONS:
            found.append((plain, verdict.reason == "masthead" and len(plain.split()) <= MENU_WORDS))
    out: list[str] = []
    for short, run in groupby(found, key=lambda item: item[1]):
        lines = [plain for plain, _ in run]
        out += lines[:1] if short and len(lines) >= MENU_RUN else lines
    kept: list[str] = []
    words = 0
    for line in out:
        words += len(line.split())
        if words > CREDIT_WORDS:
            break
        kept.append(line)
    return " · ".join(kept)
