"""Answers as Markdown for a memo: the question, each passage quoted with its answering sentence
in bold, then a numbered citation list (title, publisher, date, section or page, file).

One rendering for the chat's "copy" and "download conversation" buttons and `assistant ask
--format markdown`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from .records import Answer, Highlight, Passage
from .sentences import is_heading

__all__ = ["ABSTAIN_LINE", "answer_from_json", "answer_markdown", "citation_markdown", "conversation_markdown", "passage_plain"]

ABSTAIN_LINE = "The articles do not seem to answer this. Nearest passages:"
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$])")  # ~ strikes through, $ opens maths (GitHub, Obsidian)
_LIST_START = re.compile(r"^(\d{1,9})([.)])(?=\s)|^([-+])(?=\s)")


def _escape(text: str) -> str:
    """Document text made inert for Markdown (no stray emphasis, links, HTML, maths or headings)."""
    return _SPECIAL.sub(r"\\\1", text)


def _no_list(line: str) -> str:
    """A quoted line opening like a list item ("2025. The year", "- note") kept as text."""
    return _LIST_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", line)


def _quoted(p: Passage) -> str:
    """The passage as a block quote on one line, its highlighted sentence in bold and its title or
    section headings in italics followed by a dash (so a heading never reads as part of a sentence)."""
    h = p.highlight
    cuts = {0, len(p.text)}
    bold = (h.start - p.start, h.end - p.start) if h and p.start <= h.start < h.end <= p.end and h.text.strip() else None
    if bold:
        cuts.update(bold)
    headings = [(s, e) for s, e in _paragraphs(p.text) if is_heading(p.text, s, e, p.title)]
    for s, e in headings:
        cuts.update((s, e))
    pieces: list[str] = []
    edges = sorted(cuts)
    for a, b in itertools.pairwise(edges):
        text = _escape(_flat(p.text[a:b]))
        if any(s <= a and b <= e for s, e in headings) and text.strip():
            pieces.append(f" _{text.strip()}_ — ")
        elif bold and bold[0] <= a and b <= bold[1] and text.strip():
            pieces.append(f"{' ' if text[:1] == ' ' else ''}**{text.strip()}**{' ' if text[-1:] == ' ' else ''}")
        else:
            pieces.append(text)
    return f"> {_no_list(' '.join(''.join(pieces).split()))} [{p.rank}]"


def passage_plain(p: Passage) -> str:
    """The passage on one line of plain text, each title or section heading followed by a dash."""
    parts = []
    for s, e in _paragraphs(p.text):
        flat = " ".join(p.text[s:e].split())
        parts.append(f"{flat} —" if is_heading(p.text, s, e, p.title) else flat)
    return " ".join(parts)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` (blocks between blank lines), white space trimmed."""
    out = []
    for match in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        raw = match.group(0)
        start = match.start() + len(raw) - len(raw.lstrip())
        end = match.end() - (len(raw) - len(raw.rstrip()))
        if end > start:
            out.append((start, end))
    return out


def _flat(text: str) -> str:
    """White space folded, but a leading/trailing space kept so bold text stays a separate word."""
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    inner = " ".join(text.split())
    return f"{lead}{inner}{tail}" if inner else (" " if text else "")


def citation_markdown(p: Passage) -> str:
    """One numbered entry: `1. **Title** · Publisher · 2024-03-14 · § Section · p. 3 · `file``."""
    parts = [f"**{_escape(p.title)}**"]
    parts += [_escape(x) for x in (p.publisher, p.date) if x]
    if p.section and p.section != p.title:
        parts.append(f"§ {_escape(p.section)}")
    if p.page_label:
        parts.append(p.page_label)
    parts.append(f"`{p.source.replace('`', '')}`")
    return f"{p.rank}. " + " · ".join(parts)


def answer_markdown(answer: Answer, *, level: int = 2) -> str:
    """One question and its answer as Markdown (the heading at `level`)."""
    lines = [f"{'#' * level} {_escape(' '.join(answer.question.split()))}", ""]
    if answer.searched_as:  # a follow-up, read in its conversation
        lines += [f"_Searched as: “{_escape(' '.join(answer.searched_as.split()))}”_", ""]
    lines += [f"_{_escape(n)}_" for n in answer.notices]
    if answer.notices:
        lines.append("")
    if answer.abstained and answer.passages:
        lines += [f"_{ABSTAIN_LINE}_", ""]
    elif answer.abstained and not answer.notices:
        lines += ["_The articles do not seem to answer this._", ""]
    for p in answer.passages:
        lines += [_quoted(p), ""]
    if answer.passages:
        lines += ["Sources:", ""]
        lines += [citation_markdown(p) for p in answer.passages]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def conversation_markdown(answers: Sequence[Answer], title: str = "Conversation with the assistant") -> str:
    """A whole conversation: a title, then every question with its answer, oldest first."""
    parts = [f"# {_escape(title)}", ""]
    for answer in answers:
        parts.append(answer_markdown(answer, level=2))
    return "\n".join(parts).rstrip("\n") + "\n"


def answer_from_json(data: dict[str, Any]) -> Answer:
    """An Answer back from `Answer.to_json()` (the chat keeps its turns as JSON)."""
    passages = []
    for raw in data.get("passages", []):
        fields = dict(raw)
        hl = fields.pop("highlight", None)
        known = {k: v for k, v in fields.items() if k in Passage.__dataclass_fields__}
        passages.append(Passage(**known, highlight=Highlight(**hl) if hl else None))
    return Answer(
        question=str(data.get("question", "")),
        passages=tuple(passages),
        abstained=bool(data.get("abstained", False)),
        notices=tuple(data.get("notices", ())),
        resolved_question=data.get("resolved_question"),
        **({"confidence": data["confidence"]} if "confidence" in data and "confidence" in Answer.__dataclass_fields__ else {}),
    )
