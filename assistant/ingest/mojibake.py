"""Repair Russian text that was decoded with the wrong code page before it reached us.

Three kinds are common in scraped Russian pages, each reversible byte for byte:

- cp1251 bytes read as Latin-1 / cp1252: "Ïðåçèäåíò" -> "Президент"
- UTF-8 bytes read as cp1251:           "РџСЂРµР·РёРґРµРЅС‚" -> "Президент"
- UTF-8 bytes read as Latin-1 / cp1252: "ÐŸÑ€ÐµÐ·Ð¸Ð´ÐµÐ½Ñ‚" -> "Президент"

A run of words is re-read only when every word of it comes out as Cyrillic letters, and the
run is long enough that a real Latin word ("été", "Müller") is never touched: mixed-script
results are refused. A dash, quote or ellipsis standing alone ("вЂ“", U+0096) is re-read in a
Russian text when it comes out as one of these marks; a printable character alone ("¹") only when
words of the text were mis-decoded too.
"""

from __future__ import annotations

import re

__all__ = ["repair_cyrillic"]

# a word: letters plus the symbols that cp1252 shows for cp1251/UTF-8 lead bytes; no spaces
# NEL and NBSP may be mojibake inside a word (UTF-8 "Р" is D0 A0), not at its edges: a lone or
# leading NBSP is a space, and the cleaner turns it into one, so treating it as part of a word
# would make a second cleaning pass see different words than the first
_EDGE = r"[^ \t\n\r\f\v\u00a0\u00850-9.,;:!?()\[\]\"']"
# ... except after "Р"/"Ð": there NBSP is byte A0 of a UTF-8 "Р" ("КНР" -> "РљРќР\u00a0")
_WORD = re.compile(rf"{_EDGE}(?:[^ \t\n\r\f\v0-9.,;:!?()\[\]\"']*{_EDGE})?(?:(?<=[РÐ])\u00a0)?")
# letters of the Russian, Ukrainian and Belarusian alphabets only: a wrong re-reading of Latin
# text lands on rarer letters (Ђ, њ, ѓ) that Russian articles do not use
_CYRILLIC_WORD = re.compile(r"^[«„“]?[\u0410-\u044f\u0401\u0451\u0406\u0456\u0407\u0457\u0404\u0454\u0490\u0491\u040e\u045e\-–—]+[»“”]?$")
_SUSPECT = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_LATIN_RUN = re.compile(r"[\u00c0-\u00ff]")
MIN_LETTERS = 5  # fewer letters in a run than this: too little evidence to re-read it

# UTF-8 first: a wrong guess almost never decodes as valid UTF-8, a wrong cp1251 guess always does
_RECIPES = (("cp1251", "utf-8"), ("cp1252", "utf-8"), ("latin-1", "utf-8"), ("cp1252", "cp1251"), ("latin-1", "cp1251"))


def _reread(word: str) -> str | None:
    """`word` re-read as Cyrillic by one of the recipes, or None if none gives a Cyrillic word."""
    for wrong, right in _RECIPES:
        try:
            fixed = word.encode(wrong).decode(right)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != word and _CYRILLIC_WORD.match(fixed) and any(ch.isalpha() for ch in fixed):
            return fixed
    return None


def _suspicious(word: str) -> bool:
    """Looks like mojibake: Latin-1 letters (Ïðå) or the Р/С pairs of UTF-8 read as cp1251."""
    if len(_SUSPECT.findall(word)) * 2 >= len(word):
        return True
    # UTF-8 read as cp1251: every Cyrillic letter became "Р" or "С" plus one more character
    return len(word) >= 2 and sum(ch in "РС" for ch in word) * 20 >= len(word) * 7 and _reread(word) is not None


def repair_cyrillic(text: str) -> str:
    """`text` with every run of mis-decoded Russian words re-read correctly; the rest as it was."""
    if not _SUSPECT.search(text) and "Р" not in text and "С" not in text:
        return text
    out: list[str] = []
    pos = 0
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        match = words[i]
        if not _suspicious(match.group(0)) or _reread(match.group(0)) is None:
            i += 1
            continue
        j = i  # extend the run over following suspicious words that re-read as Cyrillic
        fixed = [_reread(match.group(0)) or ""]
        while j + 1 < len(words) and _suspicious(words[j + 1].group(0)):
            again = _reread(words[j + 1].group(0))
            if again is None:
                break
            fixed.append(again)
            j += 1
        letters = sum(ch.isalpha() for word in fixed for ch in word)
        if letters >= MIN_LETTERS:
            for k in range(i, j + 1):
                out.append(text[pos : words[k].start()])
                out.append(fixed[k - i])
                pos = words[k].end()
        i = j + 1
    out.append(text[pos:])
    return _repair_marks("".join(out), words_repaired=pos > 0)


# a dash, quote or ellipsis standing alone between Russian words, mis-decoded like them ("вЂ“", "\x96")
_MARK_TOKEN = re.compile(r"(?<!\S)\S{1,3}(?!\S)")
_MARKS = frozenset("–—…«»„“”№")


def _repair_marks(text: str, words_repaired: bool) -> str:
    """Marks re-read in a Russian text. A mark of one printable character ("¹", which cp1251 reads as "№") is a real
    superscript unless some word of the text was mis-decoded too: note marks in a correct text stay as written."""
    if not any(_SUSPECT.search(m.group(0)) for m in _MARK_TOKEN.finditer(text)):
        return text
    if sum("\u0400" <= ch <= "\u04ff" for ch in text) * 2 < sum(ch.isalpha() for ch in text):
        return text  # not a Russian text: its marks are left alone
    return _MARK_TOKEN.sub(lambda m: _reread_mark(m.group(0), words_repaired) or m.group(0), text)


def _reread_mark(token: str, words_repaired: bool) -> str | None:
    if not _SUSPECT.search(token):
        return None
    if len(token) == 1 and not "\x80" <= token <= "\x9f" and not words_repaired:
        return None
    for wrong, right in _RECIPES:
        try:
            fixed = token.encode(wrong).decode(right)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != token and fixed in _MARKS:
            return fixed
    return None
