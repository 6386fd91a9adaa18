"""Does the passage say that what the question asks is not known? ("the fee was not disclosed")

An article often says outright that a figure or a date has not been given: «размер которой стороны
не раскрывают», "no date was set", «сроки пока не определены». When the sentence of the first
passage closest to the question, or one beside it, says so, the articles do not answer the question,
however well the rest of the passage matches it. What says so is language data (`withheld_patterns`
in `data/lang/*.json`).
"""

from __future__ import annotations

from ..ingest.langdata import lang_data
from ..store.index import LoadedIndex
from .evidence import Requirements, window_satisfies
from .retrieval import Candidate
from .windows import article_year, context, sentences_around

__all__ = ["withholds"]


def withholds(index: LoadedIndex, cand: Candidate, req: Requirements | None = None) -> bool:
    """The best sentence of `cand`'s passage, or a sentence beside it in the passage, says that what
    is asked has not been disclosed or set (by the patterns of the passage's language). With the
    question's `req`, a sentence beside it does not speak for the question when the best sentence
    itself answers it: "the cost of the second phase has not been disclosed" just before "the dry port
    handled 438,000 TEU in 2024" withholds no traffic figure. When the best "sentence" is the passage's heading
    ("Drop zone: farmers to be compensated this week"), the section under it is what matched: every sentence of
    the passage is read, and any that answers (with its neighbours, none of them withholding) speaks for the question."""
    said, at = sentences_around(index, cand.row, cand.sentence_row)
    if not said:
        return False
    chunk = index.chunks[cand.row]
    pattern = lang_data(index.documents[chunk.doc_id].language or "en").withheld
    if pattern.search(said[at]):
        return True
    heading = bool(chunk.section) and said[at].strip() == chunk.section.strip()  # the closest "sentence" is the
    if heading:  # heading: the section under it matched, and every sentence of it is read
        said = index.passage_sentences(cand.row)
    quiet = [not pattern.search(text) for text in said]
    # what may answer: the best sentence; under a heading each sentence that withholds nothing, with its neighbours
    # that withhold nothing
    windows = [[said[j] for j in range(max(0, k - 1), min(k + 2, len(said))) if quiet[j]] for k in range(len(said))
               if quiet[k]] if heading else [said[at : at + 1]]
    if req is not None:
        where, year = context(index, cand.row), article_year(index, cand.row)
        if any(window_satisfies(req, " ".join(w), where, w, year) for w in windows):
            return False  # the best sentence gives the answer: what a neighbour withholds is something else
    return not all(quiet)
