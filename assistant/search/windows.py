"""The text a check reads of a passage: the sentences around its best sentence, and its context.

Shared by the evidence order (`reorder.holds_evidence`), the withheld check, the subject check across
languages and the abstention features, so each reads the same window and the same context.
"""

from __future__ import annotations

import re

from ..ingest.langdata import all_legal_forms, lang_data
from ..store.index import LoadedIndex

__all__ = ["article_date", "article_rows", "context", "sentences_around"]


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
    """What a window of passage `row` is read with: its article's title, publisher and credits, and its section; and, when the
    passage speaks of "the Company" (a defined term, `defined_party` in data/lang), the company the article first names
    with its legal form ("Lornan Minerals PLC (AIM: LRN), the producer …": the Company is Lornan Minerals)."""
    chunk = index.chunks[row]
    doc = index.documents[chunk.doc_id]
    defined = lang_data(doc.language or "en").defined_party.search(chunk.text)
    return " ".join(x for x in (doc.title, doc.publisher, doc.credits, chunk.section, defined and _first_company(index, row)) if x)


_FORMS = "|".join(sorted({re.escape(f) for f in all_legal_forms()}, key=len, reverse=True))
# a company named with its legal form: "Lornan Minerals PLC", "Veldmark Chemie GmbH", «ТОО «Лорна Фосфат»»
_COMPANY = re.compile(rf"((?:[A-ZА-ЯЁ][\w&'’-]*\s+){{1,4}})(?i:{_FORMS})\b|\b(?i:{_FORMS})\s+(«[^»]{{2,60}}»|\"[^\"]{{2,60}}\")")


def article_rows(index: LoadedIndex, row: int) -> range:
    """The rows of every passage of row `row`'s article, in order (an article's passages are consecutive rows)."""
    doc_id = index.chunks[row].doc_id
    first, last = row, row
    while first > 0 and index.chunks[first - 1].doc_id == doc_id:
        first -= 1
    while last + 1 < len(index.chunks) and index.chunks[last + 1].doc_id == doc_id:
        last += 1
    return range(first, last + 1)


def _first_company(index: LoadedIndex, row: int) -> str:
    """The first company row `row`'s article names with its legal form, without the form ("" for none)."""
    for r in article_rows(index, row):
        for match in _COMPANY.finditer(index.chunks[r].text):
            name = re.sub(r"^(?:The|A|An)\b\s*", "", (match.group(1) or match.group(2) or "").strip(" «»\""))
            if name:
                return name
    return ""


def article_date(index: LoadedIndex, row: int) -> str | None:
    """The date passage `row`'s article is dated ("2025-06-03"), for what came before it; None without one."""
    return index.documents[index.chunks[row].doc_id].date or None
