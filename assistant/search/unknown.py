"""Is a question about something the articles never mention? The share of its terms no passage holds,
and whether one passage holds them all."""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..chunking import lexical_text
from ..store.index import LoadedIndex
from ..store.lexical import tokenize

__all__ = ["LONG_QUESTION_TERMS", "UNKNOWN_SHARE", "covers_terms", "unknown_share"]

# share of a question's terms held by no passage from which it is about something the articles never
# mention; answerable dev questions reach 0.5 in their articles' language and 0.83 across languages
# (a Russian question about an English article), off-topic ones 0.7-1.0
UNKNOWN_SHARE = 0.9
# a question of this many terms or more is covered by a passage holding all of them but one (a long question
# says one thing in its own words): XQuAD dev half refused en 29 -> 27, ru 24 -> 23 (question words already left
# out: 33 -> 29 en); the two together on the unseen dev sets: one answer no longer refused (docs/quality.md)
LONG_QUESTION_TERMS = 4


def unknown_share(question: str, held: Callable[[str], bool]) -> float:
    """Share of the question's terms that no passage of the corpus holds (`held(term)` says whether
    one does): at `UNKNOWN_SHARE` or more, the question is about something the articles never mention."""
    terms = set(tokenize(question))
    if not terms:
        return 0.0
    return sum(not held(t) for t in terms) / len(terms)


def covers_terms(index: LoadedIndex, row: int, terms: Collection[str]) -> bool:
    """Every one of the question's content `terms` (`Requirements.terms`: BM25's stems, without question and
    function words, "which", "does", «какой») occurs in the passage at `row` (with its title and section); of a
    question with `LONG_QUESTION_TERMS` terms or more, all but one."""
    if not terms:
        return False
    chunk = index.chunks[row]
    doc = index.documents[chunk.doc_id]
    wanted = set(terms)
    missing = len(wanted - set(tokenize(lexical_text(doc.title, chunk.section, chunk.text))))
    return missing == 0 or (missing == 1 and len(wanted) >= LONG_QUESTION_TERMS)
