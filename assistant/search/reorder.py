"""Evidence first: among the first candidates, passages that hold what the question asks move up.

The fused score says how close a passage is to the question. A passage that also names the
question's subject and holds a value of the asked kind (its names, figures, a date for "when",
a price for "how much": search/evidence.py) is more likely the answer than one that only shares
its words. Each of the first `depth` candidates that passes that check, as the first passage
would (a passage in another language on figures and answer types, above the cosine floor of the
model that scored it: e5's for a Russian passage under an English question), gains
`bonus` on its fused score, and they are sorted again; the rest keep their place. The bonus is
dev-calibrated (docs/quality.md, "Evidence first"). Only the order shown changes: the abstention
decision reads the retrieval order it was calibrated on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..ingest.facets import country_code
from ..store.index import LoadedIndex
from .evidence import Requirements, by_last_word, names_in, passage_has_evidence, passage_needs
from .retrieval import Candidate
from .windows import article_date, article_rows, context

__all__ = ["evidence_first", "holds_evidence"]


def holds_evidence(index: LoadedIndex, cand: Candidate, needs: Requirements) -> bool:
    """The passage of `cand` (with its title, publisher, section and neighbouring sentences) covers `needs`; a name of
    whose word the answer is ("according to the Lornan Institute") may stand anywhere in its article, all of them in
    one passage (or its title). The country its article is most about (its first country) is named by the article:
    "Lorna's", «лорнийские» need not stand in the passage."""
    around = context(index, cand.row)
    home = index.documents[index.chunks[cand.row].doc_id].countries[:1]
    if needs.names and home:  # as the question writes it, so that a name it is part of still reads whole
        around = " ".join([around, *(n for n in needs.names if country_code(n) in home)])
    if needs.sources and any(len(names_in(needs.sources, text, needs.lang)) == len(needs.sources) for text in
                             [around, *(index.chunks[r].text for r in article_rows(index, cand.row))]):
        needs = replace(needs, names=tuple(n for n in needs.names if n not in needs.sources))  # one passage names them all
    if needs.full_names:  # a person its article lists surname first ("Hutton, James", a reference) is named by the surname
        needs = by_last_word(needs, " ".join(index.chunks[r].text for r in article_rows(index, cand.row)), inverted_only=True)
    return passage_has_evidence(needs, index.passage_sentences(cand.row), around,
                                lead=index.neighbour_sentences(cand.row, -1), tail=index.neighbour_sentences(cand.row, 1),
                                article_date=article_date(index, cand.row))


def evidence_first(index: LoadedIndex, candidates: Sequence[Candidate], req: Requirements, asked_in: str,
                   floor: float | Callable[[Candidate], float], bonus: float, depth: int) -> list[Candidate]:
    """`candidates` with the first `depth` sorted again by fused score + `bonus` where they hold the evidence;
    `floor`: the cosine floor, or a function giving each candidate's (that of the model that scored it)."""
    asks = req.names or req.checkable_across
    if bonus <= 0 or depth < 2 or len(candidates) < 2 or not asks:
        return list(candidates)  # nothing to check: any passage would pass, so the order stands
    head = list(candidates[:depth])
    lifted = {}
    for cand in head:
        language = index.documents[index.chunks[cand.row].doc_id].language
        needs = passage_needs(req, asked_in, language, 0, float(cand.sentence), floor(cand) if callable(floor) else floor)
        lifted[cand.row] = cand.score + (bonus if needs is not None and holds_evidence(index, cand, needs) else 0.0)
    return sorted(head, key=lambda c: -lifted[c.row]) + list(candidates[depth:])  # stable: ties keep their order
