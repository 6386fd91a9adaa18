"""Document ids from file paths: stable, unique, in any script."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["DOC_ID_SCHEME", "assign_doc_ids", "doc_id_for"]

DOC_ID_SCHEME = "2"  # 2: Unicode kept, hash suffix on a collision (1: ASCII only, collisions broke the index)


def doc_id_for(source: str) -> str:
    """Document id from its path: 'corpus/sub/My Article.txt' -> 'sub/my-article'.

    Letters of any script are kept (NFC, lower-cased); every run of other characters
    (spaces, underscores, punctuation) becomes one '-'. Two names may give one id:
    `assign_doc_ids` tells them apart.
    """
    path = source.split("/", 1)[1] if "/" in source else source
    head, _, name = path.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    path = f"{head}/{stem}" if head else stem
    path = unicodedata.normalize("NFC", path).lower()
    parts = [re.sub(r"(?:[^\w]|_)+", "-", part).strip("-") for part in path.split("/")]
    return "/".join(p for p in parts if p) or "document"


def assign_doc_ids(sources: Iterable[str]) -> dict[str, str]:
    """A unique, stable id per source: `doc_id_for`, plus a short hash of the path on a collision.

    Of the sources sharing one id, the first in sorted order keeps it; the others get
    '-' and six hex digits of their path's SHA-1 (stable from build to build).
    """
    groups: dict[str, list[str]] = {}
    for source in sorted(set(sources)):
        groups.setdefault(doc_id_for(source), []).append(source)
    ids: dict[str, str] = {}
    taken = set(groups)
    for base, members in groups.items():
        ids[members[0]] = base
        for source in members[1:]:
            digest = hashlib.sha1(source.encode("utf-8")).hexdigest()
            n = 6
            while f"{base}-{digest[:n]}" in taken and n < len(digest):
                n += 2
            ids[source] = f"{base}-{digest[:n]}"
            taken.add(ids[source])
    return ids
