"""Is a question about something the articles never mention? The share of its terms no passage holds."""

from __future__ import annotations

from collections.abc import Callable

from ..store.lexical import tokenize

__all__ = ["UNKNOWN_SHARE", "unknown_share"]

# share of a question's terms held by no passage from which it is about something the articles never
# mention; answerable dev questions reach 0.5 in their articles' language and 0.83 across languages
# (a Russian question about an English article), off-topic ones 0.7-1.0
UNKNOWN_SHARE = 0.9


def unknown_share(question: str, held: Callable[[str], bool]) -> float:
    """Share of the question's terms that no passage of the corpus holds (`held(term)` says whether
    one does): at `UNKNOWN_SHARE` or more, the question is about something the articles never mention."""
    terms = set(tokenize(question))
    if not terms:
        return 0.0
    return sum(not held(t) for t in terms) / len(terms)
