"""Bytes to text: UTF-8 or UTF-16 when marked, else the legacy code page whose words read most plausibly."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

__all__ = ["LEGACY_ENCODINGS", "decode"]


# Single-byte code pages tried, in order of preference when two read equally well.
LEGACY_ENCODINGS = ("cp1252", "cp1251", "cp1250", "koi8_r", "latin_1")
_WORD = re.compile(r"[^\W\d_]+")
_GLUED_SYMBOL = re.compile(r"(?<=[^\W\d_])[^\w\s'’\-.,;:!?\"()/&]+(?=[^\W\d_])")
_COMMON_LATIN = frozenset("àâäáãåæçèéêëìíîïñòóôõöøùúûüýÿœßšžčćęąłńśźżěřůťďňľ")
_RARE_CYRILLIC = frozenset("ЂђЃѓЉљЊњЌќЋћЏџЅѕЈј")  # Serbian/Macedonian: count for nothing


def _letter_score(text: str) -> float:
    """How much `text` reads like words of one script; higher is likelier the right decoding."""
    score = 0.0
    for word in _WORD.findall(text):
        n = len(word)
        cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        latin = sum(1 for ch in word if ch.isascii() or ch.lower() in _COMMON_LATIN)
        if cyrillic and cyrillic < n:
            score -= 2 * n  # Cyrillic and Latin letters in one word: a wrong code page
            continue
        if not cyrillic and latin < n:
            score -= n  # rare letters (ŕ, Ď, ª): a wrong code page
            continue
        accented = sum(1 for ch in word if not ch.isascii()) if not cyrillic else 0
        if accented > 2 and accented * 2 > n:
            score -= n  # "Ðîññèÿ": Russian read as Western European
            continue
        chaos = sum(1 for ch in word[1:] if ch.isupper()) if not word.isupper() else 0
        rare = sum(1 for ch in word if ch in _RARE_CYRILLIC)
        score += n - rare - 3 * chaos  # "пНЯЯХЪ": Russian read in the wrong Cyrillic code page
    score -= 5 * sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    score -= 3 * len(_GLUED_SYMBOL.findall(text))
    return score


def _stray_handler(codepage: str) -> Callable[[UnicodeError], tuple[str, int]]:
    """A codec error handler reading each byte that is not UTF-8 in `codepage`."""

    def handler(error: UnicodeError) -> tuple[str, int]:
        assert isinstance(error, UnicodeDecodeError)
        return error.object[error.start : error.end].decode(codepage, errors="replace"), error.end

    return handler


for _codepage in ("cp1251", "cp1252"):
    codecs.register_error(f"assistant-stray-{_codepage}", _stray_handler(_codepage))


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray legacy bytes (a Windows dash or quote pasted in), read as UTF-8
    with those bytes in cp1251 (Cyrillic text) or cp1252; None when the file is not mostly UTF-8.

    A legacy file read as UTF-8 yields almost no valid multi-byte characters, so the test is
    at least as many valid non-ASCII characters as invalid bytes.
    """
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127) - bad
    if valid == 0 or valid < bad:
        return None
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    codepage = "cp1251" if cyrillic * 2 > valid else "cp1252"
    return data.decode("utf-8-sig", errors=f"assistant-stray-{codepage}")


def decode(data: bytes) -> str:
    """Bytes -> text: UTF-8 (with or without BOM; a few stray legacy bytes read in their code page),
    UTF-16 with BOM, else the likeliest legacy code page.

    Legacy text (Russian in cp1251 or KOI8-R, French or German in Latin-1/cp1252, Central
    European in cp1250) is read with each code page and the one giving the most plausible
    words wins; none plausible, charset-normalizer guesses among all it knows.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    sample = data[:65536]
    best: tuple[float, int, str] | None = None
    for rank, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _letter_score(text)
        if best is None or (score, -rank) > (best[0], best[1]):
            best = (score, -rank, encoding)
    if best is not None and best[0] > 0:
        return data.decode(best[2], errors="replace")
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is not None:
        return str(guess)
    return data.decode("cp1252", errors="replace")
