"""What a build did (`BuildReport`), and how a document is described in the manifest."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .records import Document

__all__ = ["BuildReport", "is_redescribed", "manifest_facets"]


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for people (`str`) and scripts (`to_json`)."""

    docs_added: int = 0
    docs_changed: int = 0
    docs_removed: int = 0
    docs_unchanged: int = 0
    docs_redescribed: int = 0  # unchanged files whose title, date, publisher, language or countries changed (metadata.json)
    chunks_embedded: int = 0
    chunks_reused: int = 0
    chunks_removed: int = 0
    chunks_total: int = 0
    seconds: float = 0.0
    skipped: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()  # why vectors could not be reused (model or setting changes)
    up_to_date: bool = False
    generation: str = ""
    vector_kind: str = ""
    details: dict[str, list[str]] = field(default_factory=dict)
    store: dict[str, int] = field(default_factory=dict)  # Milvus: what the build wrote there (upserted, deleted)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["skipped"] = list(self.skipped)
        data["reasons"] = list(self.reasons)
        data["seconds"] = round(self.seconds, 3)
        return data

    def summary(self) -> str:
        if self.up_to_date:
            return f"index is up to date ({self.chunks_total} passages); nothing to do"
        store = f"store: {self.store['upserted']} passages upserted, {self.store['deleted']} deleted; " if self.store else ""
        return (
            f"documents: {self.docs_added} added, {self.docs_changed} changed, "
            f"{self.docs_removed} removed, {self.docs_unchanged} unchanged"
            f"{f' ({self.docs_redescribed} with a new title, date or publisher)' if self.docs_redescribed else ''}; "
            f"passages: {self.chunks_embedded} embedded, {self.chunks_reused} reused, "
            f"{self.chunks_removed} removed ({self.chunks_total} in index, {self.vector_kind}); "
            f"{store}{self.seconds:.1f} s"
        )


def manifest_facets(doc: Document) -> dict[str, Any]:
    """A document's facets as recorded in the manifest (pages only for paged formats)."""
    data: dict[str, Any] = {
        "date": doc.date, "publisher": doc.publisher, "language": doc.language, "countries": list(doc.countries),
    }
    if doc.page_starts:
        data["pages"] = len(doc.page_starts)
    return data


def is_redescribed(old: dict[str, Any], doc: Document) -> bool:
    """Whether a document's manifest entry describes it otherwise than before (a metadata.json edit)."""
    new = {"title": doc.title, **manifest_facets(doc)}
    return any(old.get(key) != value for key, value in new.items() if key in old)
