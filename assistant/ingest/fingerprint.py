"""What the cleaner is: a hash of its code and language data, recorded in the index's manifest (build.py)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__all__ = ["cleaning_code"]


@lru_cache(maxsize=1)
def cleaning_code() -> str:
    """A hash of the cleaner's code and its language data (`ingest/`, `data/lang/`): an edit to either makes the
    index stale even where CLEANING_VERSION was not bumped for it, so no index cleaned by other code is served as
    current. The clean text decides what is embedded again: passages whose text is unchanged keep their vectors."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted([*(root / "ingest").rglob("*.py"), *(root / "data" / "lang").glob("*.json")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
