"""The publisher a page names in its copyright line, when nothing declares one.

"© 2025 Harbour Ledger Media. All rights reserved." gives "Harbour Ledger Media", "© 2012–2026
ИА «Северный вестник». При цитировании ..." gives «Северный вестник» (a quoted name wins), and
"© Veltmark Wire, 2009-2025. Reproduction ..." gives "Veltmark Wire". The last copyright line of
the page counts (the footer: a photo credit sits higher up). Years, "by", and what follows the
name ("All rights reserved", the city, the licence) are left out; a line that yields no
name-like text (too long, lower-case, "Photo: ...") gives nothing. A file's author that names a company by its legal
form ("Lornan Minerals plc", «ТОО «Лорна Фосфат»») is its publisher too: a company's report, not a person's text.
"""

from __future__ import annotations

import regex

__all__ = ["company_author", "copyright_holder"]

_LINE = regex.compile(r"^[\s>*_#|]*(?:©|\(c\)|copyright\b)\s*(.+)$", regex.IGNORECASE | regex.MULTILINE)
_YEARS = regex.compile(r"(?<!\w)(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2})?(?!\w),?")
_QUOTED = regex.compile(r"[«“\"]([^»”\"\n]{2,60})[»”\"]")
_END = regex.compile(r"\.\s|\.$|\s[·|—–•]\s|,\s|;\s|\s{2,}|\s\d+\+")  # where the name stops
_BY = regex.compile(r"^(?:by|\(c\))\s+", regex.IGNORECASE)
MAX_CHARS = 60


def copyright_holder(text: str | None) -> str | None:
    """The name in the page's last copyright line, or None."""
    if not text:
        return None
    lines = [m.group(1) for m in _LINE.finditer(text)]
    if not lines:
        return None
    line = lines[-1].strip(" *_")
    quoted = _QUOTED.search(line)
    if quoted:
        name = quoted.group(1)
    else:
        rest = _BY.sub("", _YEARS.sub(" ", line).strip(" ,.·|"))
        name = _END.split(rest, maxsplit=1)[0]
    name = " ".join(name.split()).strip(" .,;:·|*_")
    if not 2 <= len(name) <= MAX_CHARS or ":" in name or not name[0].isupper() and not name[0].isdigit():
        return None
    return name


def company_author(author: str | None) -> str | None:
    """`author` when it names a company by its legal form, first or last ("Lornan Minerals plc", «ТОО «Лорна»»), or None."""
    from .langdata import all_legal_forms

    words = regex.findall(r"\w+", (author or "").casefold())
    return " ".join(author.split()) if author and len(words) >= 2 and {words[0], words[-1]} & all_legal_forms() else None
