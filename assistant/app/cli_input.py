"""The terminal and pipes of the CLI: arguments typed in a legacy code page, questions piped in
one per line (`assistant ask - < questions.txt`), and output a terminal that is not UTF-8 can show."""

from __future__ import annotations

import sys
from typing import Any, BinaryIO

__all__ = ["STDIN", "json_line", "output_is_utf8", "questions_from", "safe_output", "terminal_text"]

STDIN = "-"  # the QUESTION that means "read the questions from standard input"


def terminal_text(text: str) -> tuple[str, bool]:
    """An argument as the person typed it, and whether it had to be re-read.

    Python keeps the bytes of an argument that is not UTF-8 (a terminal set to cp1251 or
    latin-1) as lone surrogates; they are read in the likeliest code page, as documents are,
    instead of being dropped from the question."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text, False
    from ..ingest.decoding import decode

    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no byte stands for: leave it to normalize_question
        return text, False
    return decode(raw), True


def questions_from(stream: BinaryIO) -> list[tuple[int, str]]:
    """The questions piped in: each non-blank line, with its line number (decoded as a document is:
    UTF-8, else the likeliest legacy code page)."""
    from ..ingest.decoding import decode

    text = decode(stream.read())
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def output_is_utf8() -> bool:
    """Whether standard output takes any character (UTF-8), not only those of a legacy code page."""
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    return encoding in ("utf8", "utf8sig", "utf16", "utf32")


def safe_output() -> None:
    """Standard output and error write a character their code page lacks (Cyrillic on a latin-1
    terminal, a Windows console) as an escape such as \\u0422 instead of failing with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a closed or detached stream: nothing to print to anyway
                pass


def json_line(data: Any) -> str:
    """One JSON object on one line: characters as they are on a UTF-8 output, else as \\u escapes,
    so the JSON stays valid and loses nothing whatever the terminal's code page."""
    import json

    return json.dumps(data, ensure_ascii=not output_is_utf8())
