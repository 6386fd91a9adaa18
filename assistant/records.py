"""Frozen records that cross module borders: documents, chunks, passages, answers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Section", "Cleaned", "Document", "Chunk", "Highlight", "Passage", "Answer"]


@dataclass(frozen=True)
class Section:
    """A section of a cleaned document: its heading and the character span it covers."""

    heading: str
    start: int
    end: int


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning one raw document."""

    text: str
    sections: tuple[Section, ...] = ()
    title: str | None = None
    credits: str = ""  # the head's masthead, byline, authors and record details it dropped (ingest/credits.py)


@dataclass(frozen=True)
class Document:
    """One article of the corpus after loading and cleaning."""

    doc_id: str
    source: str  # path relative to the repository (or corpus parent), e.g. "corpus/x.txt"
    title: str
    text: str  # cleaned text; every offset in the system points into it
    raw_hash: str  # sha256 of the raw bytes as read
    sections: tuple[Section, ...] = ()
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    language: str = ""  # ISO 639-1 code ("en", "ru"); "" when unknown
    countries: tuple[str, ...] = ()  # ISO 3166 alpha-2 codes of the countries it is about (facets.py)
    page_starts: tuple[int, ...] = ()  # paged formats (PDF): offset in `text` where each page begins
    credits: str = ""  # the names its head gives and the cleaner dropped (ingest/credits.py): read, never cited

    def pages_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and last page (1-based) that text[start:end] lies on; None for unpaged documents."""
        if not self.page_starts:
            return None
        from bisect import bisect_right

        first = max(1, bisect_right(self.page_starts, start))
        last = max(first, bisect_right(self.page_starts, max(start, end - 1)))
        return first, last

    def page_span(self, page: int) -> tuple[int, int]:
        """The character span of page `page` (1-based) in `text`."""
        starts = self.page_starts
        start = starts[page - 1]
        end = starts[page] if page < len(starts) else len(self.text)
        return start, max(start, end)

    def section_at(self, offset: int) -> str | None:
        """The heading of the section that contains `offset`, if any."""
        found: str | None = None
        for section in self.sections:
            if section.start <= offset:
                found = section.heading
            else:
                break
        return found


@dataclass(frozen=True)
class Chunk:
    """A passage of one document, as indexed: text plus where it stands in the document."""

    chunk_id: str  # f"{doc_id}#{n}"
    doc_id: str
    text: str  # exactly document.text[start:end]
    start: int
    end: int
    section: str | None
    n_tokens: int
    text_hash: str  # sha256 of what is embedded (see chunking.embed_text)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Highlight:
    """The span of a passage that best answers the question (offsets in the cleaned document)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its score and citation."""

    rank: int
    score: float
    text: str
    doc_id: str
    title: str
    source: str
    section: str | None
    start: int
    end: int
    publisher: str | None = None
    date: str | None = None
    chunk_id: str = ""
    highlight: Highlight | None = None
    language: str = ""
    page: int | None = None  # the page the passage starts on (paged formats only)
    page_end: int | None = None  # the page it ends on, when that is another page

    @property
    def page_label(self) -> str | None:
        """ "p. 12", "pp. 12-13", or None when the document has no pages."""
        if self.page is None:
            return None
        if self.page_end is not None and self.page_end != self.page:
            return f"pp. {self.page}-{self.page_end}"
        return f"p. {self.page}"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["score"] = round(float(self.score), 4)
        return data


@dataclass(frozen=True)
class Answer:
    """What `Assistant.ask` returns: ranked passages, and whether the corpus answers at all."""

    question: str
    passages: tuple[Passage, ...]
    abstained: bool = False
    notices: tuple[str, ...] = ()  # one-line remarks for the reader (e.g. "question was cut")
    resolved_question: str | None = None  # the question as searched, after follow-up resolution
    timings: dict[str, float] = field(default_factory=dict, compare=False)
    confidence: float | None = None  # calibrated P(the articles answer it); abstained = below the threshold

    @property
    def searched_as(self) -> str | None:
        """The question as searched, when it differs from the one asked by more than white space
        (a follow-up read in its conversation, repaired characters), else None: a question typed on
        two lines (Shift+Enter) or with doubled spaces was searched as it was asked."""
        if not self.resolved_question or " ".join(self.resolved_question.split()) == " ".join(self.question.split()):
            return None
        return self.resolved_question

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "question": self.question,
            "abstained": self.abstained,
            "passages": [p.to_json() for p in self.passages],
        }
        if self.confidence is not None:
            data["confidence"] = round(float(self.confidence), 4)
        if self.searched_as:
            data["resolved_question"] = self.searched_as
        if self.notices:
            data["notices"] = list(self.notices)
        return data
