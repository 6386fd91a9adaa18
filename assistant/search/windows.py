"""The text a check reads of a passage: the sentences around its best sentence, and its context.

Shared by the evidence order (`reorder.holds_evidence`), the withheld check, the subject check across
languages and the abstention features, so each reads the same window and the same context.
"""

from __future__ import annotations

from ..store.index import LoadedIndex

__all__ = ["article_date", "context", "sentences_around"]


def sentences_around(index: LoadedIndex, row: int, sentence_row: int, span: int = 1) -> tuple[list[str], int]:
    """The sentences of passage `row` from `span` before its sentence `sentence_row` (a row of the sentence
    table) to `span` after it, and where that sentence stands among them; ([], -1) when it is none of the
    passage's or there is no sentence table."""
    rows = index.sentences.chunk_sentences(row) if index.sentences is not None else range(0)
    if sentence_row not in rows:
        return [], -1
    at = sentence_row - rows.start
    first = max(0, at - span)
    return index.passage_sentences(row)[first : at + span + 1], at - first


def context(index: LoadedIndex, row: int) -> str:
    """What a window of passage `row` is read with: its article's title and publisher, and its section."""
    chunk = index.chunks[row]
    doc = index.documents[chunk.doc_id]
    return " ".join(x for x in (doc.title, doc.publisher, chunk.section) if x)


def article_date(index: LoadedIndex, row: int) -> str | None:
    """The date passage `row`'s article is dated ("2025-06-03"), for what came before it; None without one."""
    return index.documents[index.chunks[row].doc_id].date or None
