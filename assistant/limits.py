"""Caps on what a caller can hand a long-running assistant: conversation history and search text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .errors import AssistantError

__all__ = ["limit_history", "limit_search"]


def limit_history(history: Any, max_turns: int, max_chars: int) -> tuple[list[str], list[str]]:
    """The earlier questions worth using, and a notice for every cap that was hit.

    Keeps the last `max_turns` questions (a follow-up needs the recent ones), cuts each to
    `max_chars` characters at a word, and drops blank ones. Only the kept items are looked
    at, so a 10,000-turn or 1 MB history costs no more than one at the cap. `history` may
    come from an HTTP caller: None means none, one string is one question, anything that
    is not a list of strings is refused with AssistantError.
    """
    from .answer import printable

    if history is None:
        return [], []
    if isinstance(history, str):
        history = [history]
    if not isinstance(history, Sequence):
        raise AssistantError(
            f"history must be a list of the earlier questions (text), not {type(history).__name__}."
        )
    notices: list[str] = []
    total = len(history)
    kept = list(history[-max_turns:]) if max_turns > 0 else []
    if total > len(kept):
        notices.append(
            f"The conversation had {total:,} earlier questions; only the last {len(kept):,} were used."
        )
    out: list[str] = []
    longest = 0
    for position, item in enumerate(kept, total - len(kept) + 1):
        if item is None:
            continue
        if not isinstance(item, str):
            raise AssistantError(
                f"history item {position} must be the text of an earlier question, not {type(item).__name__}."
            )
        if len(item) > max_chars:
            longest = max(longest, len(item))
            cut = item[: max_chars + 1]
            item = cut[:max_chars].rsplit(" ", 1)[0] if " " in cut[:max_chars] else cut[:max_chars]
        text = " ".join(printable(item).split())
        if any(ch.isalnum() for ch in text):
            out.append(text)
    if longest:
        notices.append(
            f"An earlier question was {longest:,} characters long; only its first {max_chars:,} were used."
        )
    return out, notices


def limit_search(text: str, max_chars: int) -> tuple[str, list[str]]:
    """`text` cut at a word to `max_chars`, with a notice when it was longer."""
    if len(text) <= max_chars:
        return text, []
    cut = text[:max_chars].rsplit(" ", 1)[0] or text[:max_chars]
    notice = (
        f"The question with its conversation context was {len(text):,} characters long; "
        f"only its first {len(cut):,} were searched."
    )
    return cut, [notice]
