"""The pages of a text a converter made from a PDF or a Word file (pdftotext, antiword): form feeds part them.

A page's first line that cuts a sentence the page before leaves open (a running head between «… их не» and
«запрашивали, …») is the converter's, not the article's: it goes, so the sentence is joined again across the page
break as any other (`cleaning`). The page before is read without its last lines that are a bare page number ("3",
"- 3 -", "3 / 9", "Page 3 of 9") or a foot recurring on other pages, digits aside ("Review 7(4), 2025   213"). Other running heads
and feet, and a head recurring on other pages, are left to the line rules, which judge them beside each other and
across the pages (`boilerplate`).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

__all__ = ["CLOSED", "PAGE_NUMBER", "page_key", "without_page_furniture"]

# a page number alone on its line ("3", "- 3 -", "3 / 9", "Page 3 of 9", «стр. 3»), as a converter or a PDF prints it
PAGE_NUMBER = re.compile(r"^\W*(?:page|p\.|стр\.?|страница)?\s*\d{1,4}(?:\s*(?:/|of|из)\s*\d{1,4})?\W*$", re.IGNORECASE)
CLOSED = re.compile(r"[.!?:;…\"'”»)\]]$")  # a paragraph that ends here, whatever follows overleaf


def page_key(line: str) -> str:
    """A page's line with its numbers masked: "Report 2025 | page 3" -> "report # | page #"."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def without_page_furniture(text: str) -> str:
    """`text` without the running heads that cut a sentence, when form feeds part two pages or more; where one
    went, the page break goes with the bare page number above it, so the sentence reads on."""
    if text.count("\f") < 2:
        return text
    pages = [page.split("\n") for page in text.split("\f")]
    feet = Counter(page_key(lines[-1]) for lines in (_filled(p) for p in pages) if lines)
    heads = Counter(page_key(lines[0]) for lines in (_filled(p) for p in pages[1:]) if lines)
    out = "\n".join(pages[0])
    for before, page in pairwise(pages):
        body = _filled(before)
        while body and (PAGE_NUMBER.match(body[-1]) or feet[page_key(body[-1])] >= 2):
            body.pop()
        rest = _filled(page)
        if body and len(rest) >= 2 and heads[page_key(rest[0])] == 1 and _open(body[-1]) and _open(rest[0]) \
                and rest[1].lstrip()[:1].islower() and not PAGE_NUMBER.match(rest[0]):
            kept = out.rstrip().split("\n")
            while kept and (not kept[-1].strip() or PAGE_NUMBER.match(kept[-1])):
                kept.pop()
            out = "\n".join(kept) + "\n" + "\n".join(page[page.index(rest[0]) + 1:]).lstrip("\n")
        else:
            out += "\f" + "\n".join(page)
    return out


def _filled(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def _open(line: str) -> bool:
    """The line leaves its sentence open: it ends on no sentence's end."""
    return not CLOSED.search(line.rstrip())
