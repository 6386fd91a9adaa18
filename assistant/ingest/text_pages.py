"""The pages of a text a converter made from a PDF or a Word file (pdftotext, antiword): form feeds part them.

A page's first line that cuts a sentence the page before leaves open (a running head between «… их не» and
«запрашивали, …») is the converter's, not the article's: it goes, so the sentence is joined again across the page
break as any other (`cleaning`). The page before is read without its last lines that are a bare page number ("3",
"- 3 -", "3 / 9", "Page 3 of 9") or a foot recurring on other pages, digits aside ("Review 7(4), 2025   213"), and
the page without its first lines that recur among the first lines of other pages, digits aside (a scanned cable's
stamp "UNCLASSIFIED" over its "FILE-0412   -2-   09 DEC 2025"): where only such feet and heads cut a sentence, they go
at every page break, and the sentence reads on. Other running heads and feet are left to the line rules, which judge
them beside each other and across the pages (`boilerplate`).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise, takewhile

__all__ = ["CLOSED", "PAGE_NUMBER", "joined_lines", "margin_numbers", "page_key", "without_page_furniture"]

# a page number alone on its line ("3", "- 3 -", "3 / 9", "Page 3 of 9", «стр. 3»), as a converter or a PDF prints it
PAGE_NUMBER = re.compile(r"^\W*(?:page|p\.|стр\.?|страница)?\s*\d{1,4}(?:\s*(?:/|of|из)\s*\d{1,4})?\W*$", re.IGNORECASE)
HEAD_LINES = 3  # a page's first lines that may be its running head and stamps
CLOSED = re.compile(r"[.!?:;…\"'”»)\]]$")  # a paragraph that ends here, whatever follows overleaf


_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\n(?=[a-zа-яё])")  # "capa-\ncity" -> "capacity"
_COMPOUND_BREAK = re.compile(r"(\w)-\n(?=[A-ZА-ЯЁ0-9])")  # "Sino-\nEuropean" -> "Sino-European"


def joined_lines(text: str) -> str:
    """The printed lines of one paragraph (parted by newlines) as one line: a word the printer broke at a line's end
    joined ("capa-" over "city"), a compound keeping its hyphen ("Sino-" over "European"), white space made single."""
    return " ".join(_COMPOUND_BREAK.sub(r"\1-", _HYPHEN_BREAK.sub(r"\1", text)).split())


MARGIN_RUN = 5  # bare numbers counting up by one, in order down a page, that are its margin's line numbers


def margin_numbers(lines: list[str]) -> set[int]:
    """The places of `lines` that are bare numbers counting up by one down the page, `MARGIN_RUN` of them or more in a
    row (lines of text between them): a court reporter's or a bill's line numbers ("1" to "25" in the margin), which a
    PDF's text layer gives as lines of their own."""
    numbered = [(i, int(line)) for i, line in enumerate(lines) if line.strip().isdigit() and len(line.strip()) <= 3]
    out: set[int] = set()
    run: list[tuple[int, int]] = []
    for i, n in [*numbered, (-1, -1)]:
        if run and n == run[-1][1] + 1:
            run.append((i, n))
            continue
        if len(run) >= MARGIN_RUN:
            out |= {j for j, _ in run}
        run = [(i, n)]
    return out


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
    heads = Counter(page_key(line) for lines in (_filled(p) for p in pages[1:]) for line in set(lines[:HEAD_LINES]))
    foot = lambda line: bool(PAGE_NUMBER.match(line)) or feet[page_key(line)] >= 2
    gone: set[str] = set()  # the feet and recurring heads cutting a sentence somewhere: they go at every page break
    for before, page in pairwise(pages):
        body, rest = _filled(before), _filled(page)
        feet_here = list(takewhile(foot, reversed(body)))
        lead = list(takewhile(lambda line: heads[page_key(line)] >= 2 and _open(line), rest[:HEAD_LINES]))
        body, rest = body[: len(body) - len(feet_here)], rest[len(lead):]
        if lead and body and rest and _open(body[-1]) and rest[0].lstrip()[:1].islower():
            gone |= {page_key(line) for line in (*feet_here, *lead)}
    pages = [_without_edges(page, gone, first=k == 0) for k, page in enumerate(pages)]
    out = "\n".join(pages[0])
    for before, page in pairwise(pages):
        body = _filled(before)
        while body and foot(body[-1]):
            body.pop()
        rest = _filled(page)
        if body and rest and _open(body[-1]) and rest[0].lstrip()[:1].islower():
            cut = 0  # nothing left between the two halves of the sentence
        elif body and len(rest) >= 2 and heads[page_key(rest[0])] == 1 and _open(body[-1]) and _open(rest[0]) \
                and rest[1].lstrip()[:1].islower() and not PAGE_NUMBER.match(rest[0]):
            cut = 1  # a head of this page alone between them, which goes
        else:
            out += "\f" + "\n".join(page)
            continue
        kept = out.rstrip().split("\n")
        while kept and (not kept[-1].strip() or PAGE_NUMBER.match(kept[-1])):
            kept.pop()
        out = "\n".join(kept) + "\n" + "\n".join(page[page.index(rest[cut]):]).lstrip("\n")
    return out


def _without_edges(page: list[str], gone: set[str], first: bool) -> list[str]:
    """`page` without its last lines and (but on the first page) its first lines whose masked key is `gone`."""
    lines = list(page)
    while lines and (not lines[-1].strip() or page_key(lines[-1]) in gone):
        lines.pop()
    top = 0
    while not first and top < len(lines) and (not lines[top].strip() or page_key(lines[top]) in gone):
        top += 1
    return lines[top:] if top < len(lines) else lines


def _filled(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def _open(line: str) -> bool:
    """The line leaves its sentence open: it ends on no sentence's end."""
    return not CLOSED.search(line.rstrip())
