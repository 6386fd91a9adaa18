"""Cleaning 30, by form: a repository's record, a thread's marks and a newspaper's byline.

- **A file to download**: a line opening on a file's name and its size in brackets ("thesis.pdf (2.41 MB, Adobe
  PDF)", «доклад.docx (310 КБ)»), with what a page sets beside such a link (an embargo, "request a copy").
- **A thread's counter**: a count and one noun naming posts and nothing else ("2 answers", «14 комментариев»;
  `post_nouns` in data/lang).
- **A badge**: a check mark opening a short line that ends no sentence ("✓ Chosen by the asker").
- **A field's value under its label**: a list of terms parted by semicolons that ends no sentence, right under a
  label of one or two words already dropped as a widget ("Keywords" / "peacekeeping; UNDOF; Golan Heights").
- **Headings numbered in Roman numerals** ("I. Предпосылки", "II. Статус и функции") are kept when the page numbers
  two of them or more: "I." is then no initial over a surname.
- **A byline set as newspapers set it**: a given name and a surname in capitals, a place or two after a comma
  ("Anna VELD, Lorna", «Айгерим ВЕЛЬДОВА, Лорна — Вельд»); without the place, "Яванская ГЭС" is a plant.
- **A record's fields stacked** (`stacked_labels`, read by `boilerplate_ends.drop_head_record`): between the
  headline and the first paragraph, labels of one to three words on every other line over their values
  ("Author" / "Zhumabekova, Dana" / "Supervisor" / "Ospanov, Timur, PhD"), as a repository shows a record.
"""

from __future__ import annotations

import regex

from .boilerplate_lines import _SENTENCE_END
from .langdata import all_lang_data

__all__ = ["drop_field_values", "drop_marks", "keep_numbered_heads", "stacked_labels"]

_DOWNLOAD = regex.compile(
    r"^\S[^()]{0,80}?\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|epub|zip|csv|txt)\s*\(\s*\d[\d.,]*\s*"
    r"(?:[KMGT]i?B|bytes|[КМГ]Б|[кмг]б|Кбайт|Мбайт|байт)\b", regex.IGNORECASE)
_COUNT_LINE = regex.compile(r"^\d[\d\s\u00a0\u202f.,]*\s+(\p{L}+)$")
_BADGE = regex.compile(r"^[✓✔☑✅]\s*\p{L}")
_FIELD_LABEL = regex.compile(r"^\p{Lu}\p{L}*(?:[ -]\p{L}+){0,2}$")  # "Author", "Date of defence", «Научный руководитель»
# "Anna VELD, Lorna", «Айгерим ВЕЛЬДОВА, Лорна — Вельд»: the place is needed ("Яванская ГЭС" is a plant, not a name)
_CAPS_BYLINE = regex.compile(r"^\p{Lu}\p{Ll}+ \p{Lu}{3,}(?:-\p{Lu}{2,})?, \p{Lu}[\p{L}-]+(?: \p{L}+)?(?:\s[—–-]\s\p{Lu}[\p{L}-]+)?$")
DOWNLOAD_WORDS = 30  # words of a download line at most (the link, its size, an embargo and a "request a copy")
BADGE_WORDS = 6
TERMS = 3  # terms of a field's list at least
TERM_WORDS = 5  # words of one term at most
FIELD_LINES = 3  # stacked labels of a record at least
_ROMAN_HEAD = regex.compile(r"^(?:#{1,6}\s+)?(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+\p{Lu}")


def _post_nouns() -> frozenset[str]:
    return frozenset().union(*(ld.post_nouns for ld in all_lang_data()))


def drop_marks(plains: list[str], reasons: list[str | None]) -> None:
    """A download line, a thread's counter, a badge and a byline in capitals, each by its own form (see the module)."""
    nouns = _post_nouns()
    for i, plain in enumerate(plains):
        if reasons[i] is not None or not plain:
            continue
        n = len(plain.split())
        count = _COUNT_LINE.match(plain)
        if _DOWNLOAD.match(plain) and n <= DOWNLOAD_WORDS:
            reasons[i] = "download"
        elif count and count.group(1).lower() in nouns:
            reasons[i] = "counter"
        elif _BADGE.match(plain) and n <= BADGE_WORDS and not _SENTENCE_END.search(plain):
            reasons[i] = "badge"
        elif _CAPS_BYLINE.match(plain):
            reasons[i] = "byline"


def drop_field_values(plains: list[str], reasons: list[str | None]) -> None:
    """A list of terms under a one- or two-word label dropped as a widget ("Keywords" / "a; b; c")."""
    above = None
    for i, plain in enumerate(plains):
        if not plain:
            continue
        terms = [t.strip() for t in plain.split(";")]
        if (reasons[i] is None and above is not None and reasons[above] == "widget"
                and len(plains[above].split()) <= 2 and len(terms) >= TERMS and all(terms)
                and all(len(t.split()) <= TERM_WORDS for t in terms) and not _SENTENCE_END.search(plain)):
            reasons[i] = "keywords"
        above = i


def stacked_labels(plains: list[str], run: list[int]) -> bool:
    """`FIELD_LINES` labels or more on every other line of `run`, twice as many as on the lines between them."""
    label = [bool(_FIELD_LABEL.match(plains[i])) for i in run]
    one, other = sum(label[0::2]), sum(label[1::2])
    return max(one, other) >= FIELD_LINES and max(one, other) >= 2 * min(one, other)


def keep_numbered_heads(plains: list[str], reasons: list[str | None]) -> None:
    """Headings numbered "I.", "II.", … taken for a name after its initial: kept when "I." and "II." both head a line."""
    numbered = {i: m.group(1) for i, plain in enumerate(plains) if (m := _ROMAN_HEAD.match(plain))}
    if not {"I", "II"} <= set(numbered.values()):
        return
    for i in numbered:
        if reasons[i] == "authors":
            reasons[i] = None
