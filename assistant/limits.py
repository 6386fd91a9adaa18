"""What a caller hands a long-running assistant, made safe: the question normalised and fitted to
the model, and caps on conversation history and search text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from .errors import AssistantError, EmptyQuestionError

__all__ = ["OTHER_LANGUAGE_NOTICE", "fit_to_model", "language_notices", "limit_history", "limit_search", "normalize_question", "other_language_notice", "printable"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with lone surrogates (undecodable bytes from a terminal) replaced by U+FFFD."""
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in str(text))


def fit_to_model(text: str, count_tokens: Callable[[str], int], max_tokens: int) -> str:
    """The longest prefix of `text`, cut at a word, that the model reads whole (max_tokens word pieces)."""
    if count_tokens(text) <= max_tokens:
        return text
    words = text.split(" ")
    if count_tokens(words[0]) > max_tokens:  # no spaces to cut at (Chinese, a URL): cut characters
        return _longest_prefix(len(text), lambda n: count_tokens(text[:n]) <= max_tokens, text)
    return _longest_prefix(len(words), lambda n: count_tokens(" ".join(words[:n])) <= max_tokens, words)


def _longest_prefix(size: int, fits: Callable[[int], bool], items: Sequence[str] | str) -> str:
    """Binary search for the longest prefix of `items` (at least one item) that `fits`."""
    lo, hi = 1, size
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return items[:lo] if isinstance(items, str) else " ".join(items[:lo])


def normalize_question(question: str, max_chars: int) -> tuple[str, list[str]]:
    """Strip control characters and mojibake, fold white space, cut to `max_chars`.

    Raises EmptyQuestionError when nothing searchable is left.
    """
    from .ingest.cleaning import fix_mojibake

    if not isinstance(question, str):  # an API caller's null, number or list: never searched as "None"
        kind = "null" if question is None else type(question).__name__
        raise AssistantError(f"question must be the text of a question, not {kind}.")
    notices: list[str] = []
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", printable(question)))
    text = " ".join(fix_mojibake(text).split())
    if not any(ch.isalnum() for ch in text):
        raise EmptyQuestionError("Please type a question with at least one word or number.")
    if len(text) > max_chars:
        cut = text[:max_chars].rsplit(" ", 1)[0] or text[:max_chars]
        notices.append(
            f"Your question was {len(text):,} characters long; only its first {len(cut):,} were searched."
        )
        text = cut
    return text, notices


def limit_history(history: Any, max_turns: int, max_chars: int) -> tuple[list[str], list[str]]:
    """The earlier questions worth using, and a notice for every cap that was hit.

    Keeps the last `max_turns` questions (a follow-up needs the recent ones), cuts each to
    `max_chars` characters at a word, and drops blank ones. Only the kept items are looked
    at, so a 10,000-turn or 1 MB history costs no more than one at the cap. `history` may
    come from an HTTP caller: None means none, one string is one question, anything that
    is not a list of strings is refused with AssistantError.
    """
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


OTHER_LANGUAGE_NOTICE = (
    "The assistant reads English and Russian; this question looks like it is written in another "
    "language, so the passages below may miss what it asks. Please ask in English or Russian."
)
_WORD = re.compile(r"[^\W\d_]+")


def other_language_notice(question: str) -> str | None:
    """A notice when the question is clearly in neither English nor Russian: another Cyrillic
    language (letters such as ә, қ, і that Russian does not use), another script, or Latin letters English does not use
    in a question without one English function word ("Wie viel kostet das Kraftwerk für ...?").
    Names and keyword questions ("Erdoğan", "Veltmark wind farm cost") are left alone."""
    from .ingest.langdata import lang_data
    from .ingest.language import _NOT_RUSSIAN

    found = _WORD.findall(question)
    words = [w.lower() for w in found]
    letters = [ch for w in words for ch in w]
    if not letters:
        return None
    plain = [w.lower() for i, w in enumerate(found) if i == 0 or not w[:1].isupper()]  # names left out
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    latin = sum(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in letters)
    if cyrillic + latin < len(letters) / 2:
        return OTHER_LANGUAGE_NOTICE
    if cyrillic > latin:
        return OTHER_LANGUAGE_NOTICE if any(ch in _NOT_RUSSIAN for w in plain for ch in w) else None
    english = lang_data("en")
    common = english.function_words | english.question_words | english.pronouns
    accented = any(not ch.isascii() for w in plain for ch in w)
    if accented and len(plain) >= 3 and not any(w in common for w in words):
        return OTHER_LANGUAGE_NOTICE
    return None


def language_notices(question: str, model_id: str) -> list[str]:
    """What the question's language means for the answer: a question in neither English nor Russian
    (`other_language_notice`), or a Russian question over an English-only model."""
    from .encoders import COMPOSITE, MODELS
    from .ingest.language import detect_language

    other = other_language_notice(question)
    spec = MODELS.get(model_id)
    if spec is None or spec.multilingual or detect_language(question) != "ru":
        return [other] if other else []
    return [(
        f"This index uses the English-only model {spec.model_id}: a question in Russian finds only "
        f"passages that share its words. For questions across languages, set "
        f"ASSISTANT_MODEL_ID={COMPOSITE} and rebuild the index."
    )]
