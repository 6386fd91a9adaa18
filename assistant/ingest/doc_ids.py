"""Document ids from file paths: stable, unique, in any script; and a title from a file's name."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .front_matter import less_site
from .langdata import all_lang_data

__all__ = ["DOC_ID_SCHEME", "assign_doc_ids", "doc_id_for", "title_from_name"]

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


_CHANNEL = re.compile(r"\s+\|\s+[^|]{1,40}$")  # the last of a title's parts after a bar, when it is short: a channel's name
_TRACK = re.compile(r"\s*\(([^()]+)\)$")  # "… (English)", «… (русский)»: a subtitle track's language after the title


def title_from_name(path: Path) -> str:
    """A title from the file name, without a language tag, a video's id or a channel's name after a bar ("Panel_ the
    corridor [Xq3k].en.vtt", "Panel_ the corridor (English).srt", "Panel： the corridor ｜ Lorna Club.vtt")."""
    stem = re.sub(r"(?:\s*\[[\w-]{6,20}\])?(?:\.[a-z]{2}(?:-[A-Za-z]{2,4})?)?$", "", unicodedata.normalize("NFKC", path.stem))
    track = _TRACK.search(stem)
    if track and any(track[1].strip().lower() in ld.language_names for ld in all_lang_data()):
        stem = stem[: track.start()]
    stem = less_site(stem, _CHANNEL)  # "Trains in the steppe | Lorna Club": a title with its channel
    name = " ".join(re.sub(r"_ ", ": ", re.sub(r"[-_]+(?! )", " ", stem)).split())
    return name[:1].upper() + name[1:] or path.name
