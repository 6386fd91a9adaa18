"""corpus/metadata.json: titles, publishers and dates written by hand, read leniently and checked."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

__all__ = ["read_metadata"]


def read_metadata(meta_path: Path, names: set[str]) -> tuple[dict[str, dict[str, str]], str, list[str]]:
    """`meta_path` (corpus/metadata.json) as {file name: {field: text}}, its hash, and what was ignored.

    A number is read as its text (`"date": 2025`). An entry that is not an object, a field that is
    not text or a number, and an entry naming none of `names` (the corpus's file names, NFC: the
    file was renamed or deleted) are ignored with one warning each, which the build reports
    beside its skipped files: a title never vanishes silently.
    """
    if not meta_path.is_file():
        return {}, "", []
    shown = f"{meta_path.parent.name}/{meta_path.name}"
    try:
        raw = meta_path.read_bytes()
    except OSError as exc:
        return {}, "", [f"ignored {shown}: it cannot be read ({exc.strerror or exc})"]
    meta_hash = hashlib.sha256(raw).hexdigest()
    try:
        loaded = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        loaded = None
    if not isinstance(loaded, dict):
        return {}, meta_hash, [f"ignored {shown}: not a valid UTF-8 JSON object"]
    metadata: dict[str, dict[str, str]] = {}
    notes: list[str] = []
    for name, entry in loaded.items():
        if not isinstance(entry, dict):
            notes.append(f"ignored the entry {name!r} of {shown}: it is not an object of fields such as \"title\"")
            continue
        fields: dict[str, str] = {}
        for key, value in entry.items():
            if isinstance(value, str):
                fields[str(key)] = value
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                fields[str(key)] = str(int(value) if isinstance(value, float) and value.is_integer() else value)
            elif value is not None:
                notes.append(f"ignored the field {key!r} of {name!r} in {shown}: it is not text")
        key = unicodedata.normalize("NFC", str(name))
        metadata[key] = fields
        if key not in names:
            notes.append(f"the entry {name!r} of {shown} names no file of the corpus (renamed or deleted?): it is not used")
    return metadata, meta_hash, notes
