"""The exception family: the library raises these, the CLI and UI turn them into one sentence."""

from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path

__all__ = [
    "AssistantError",
    "CorpusNotFoundError",
    "EmptyQuestionError",
    "IndexNotFoundError",
    "StaleIndexError",
    "CorruptIndexError",
    "IndexUnavailableError",
    "BuildLockedError",
    "BuildFailedError",
    "EvaluationError",
    "one_line",
    "write_failure",
]


class AssistantError(Exception):
    """Base class: its message is one sentence a person can act on."""


class CorpusNotFoundError(AssistantError):
    """The corpus folder does not exist or holds no readable document."""


class EmptyQuestionError(AssistantError):
    """The question is empty once white space and control characters are removed."""


class IndexNotFoundError(AssistantError):
    """No index has been built yet."""


class StaleIndexError(AssistantError):
    """The index was built from another corpus or other settings than the current ones."""

    def __init__(self, message: str, differences: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.differences = differences


class CorruptIndexError(AssistantError):
    """An index file is missing, truncated or does not match its manifest."""


class IndexUnavailableError(AssistantError):
    """The index could not be read for a passing reason (out of memory, too many open files).

    Not corruption: nothing is rebuilt, and a process that already serves an index keeps it.
    """


class BuildLockedError(AssistantError):
    """Another build holds the index lock."""


class BuildFailedError(AssistantError):
    """A build stopped half-way; the previous index is untouched."""


class EvaluationError(AssistantError):
    """A question set or benchmark folder cannot be read."""


# --------------------------------------------------------------------------- wording

_SHORT_WRITE = re.compile(r"\b\d+ requested and \d+ written\b")  # numpy's words for a short write


def write_failure(exc: BaseException, index_dir: Path, need: int) -> str:
    """Why writing failed, in words: a full disk is named as such whoever reported it."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return exc.strerror or one_line(exc)
    try:
        full = bool(_SHORT_WRITE.search(str(exc))) or shutil.disk_usage(index_dir).free < need
    except OSError:
        full = False
    if full:
        return os.strerror(errno.ENOSPC)
    return one_line(exc) if isinstance(exc, OSError) else f"{type(exc).__name__}: {one_line(exc)}"


def one_line(exc: BaseException, limit: int = 200) -> str:
    """An exception as a short single line, for a one-sentence error message."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
