"""What `assistant ask` reads from a terminal or a pipe, as text: arguments typed in a legacy code
page, and questions piped in one per line (`assistant ask - < questions.txt`)."""

from __future__ import annotations

from typing import BinaryIO

__all__ = ["STDIN", "questions_from", "terminal_text"]

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
