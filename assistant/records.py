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

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "question": self.question,
            "abstained": self.abstained,
            "passages": [p.to_json() for p in self.passages],
        }
        if self.confidence is not None:
            data["confidence"] = round(float(self.confidence), 4)
        if self.resolved_question and self.resolved_question != self.question:
            data["resolved_question"] = self.resolved_question
        if self.notices:
            data["notices"] = list(self.notices)
        return data
