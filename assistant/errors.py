"""The exception family: the library raises these, the CLI and UI turn them into one sentence."""

from __future__ import annotations

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
