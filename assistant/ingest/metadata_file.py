"""corpus/metadata.json: titles, publishers and dates written by hand, read leniently and checked."""

from __future__ import annotations

import hashlib
import json
import logging
import unicodedata
from pathlib import Path

__all__ = ["read_metadata"]

log = logging.getLogger("assistant.ingest.corpus")  # the scanner's warnings, under one name


def read_metadata(meta_path: Path, names: set[str]) -> tuple[dict[str, dict[str, str]], str]:
    """`meta_path` (corpus/metadata.json) as {file name: {field: text}}, and its hash.

    A number is read as its text (`"date": 2025`). An entry that is not an object, a field that is
    not text or a number, and an entry naming none of `names` (the corpus's file names, NFC: the
    file was renamed or deleted) are ignored with one warning each: a title never vanishes silently.
    """
    if not meta_path.is_file():
        return {}, ""
    try:
        raw = meta_path.read_bytes()
    except OSError as exc:
        log.warning("ignored %s: it cannot be read (%s)", meta_path, exc.strerror or exc)
        return {}, ""
    meta_hash = hashlib.sha256(raw).hexdigest()
    try:
        loaded = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        loaded = None
    if not isinstance(loaded, dict):
        log.warning("ignored %s: not a valid UTF-8 JSON object", meta_path)
        return {}, meta_hash
    metadata: dict[str, dict[str, str]] = {}
    for name, entry in loaded.items():
        if not isinstance(entry, dict):
            log.warning("ignored the entry %r of %s: it is not an object of fields such as \"title\"", name, meta_path)
            continue
        fields: dict[str, str] = {}
        for key, value in entry.items():
            if isinstance(value, str):
                fields[str(key)] = value
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                fields[str(key)] = str(int(value) if isinstance(value, float) and value.is_integer() else value)
            elif value is not None:
                log.warning("ignored the field %r of %r in %s: it is not text", key, name, meta_path)
        key = unicodedata.normalize("NFC", str(name))
        metadata[key] = fields
        if key not in names:
            log.warning("the entry %r of %s names no file of the corpus (renamed or deleted?): it is not used", name, meta_path)
    return metadata, meta_hash
