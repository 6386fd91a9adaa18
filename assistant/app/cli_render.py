"""The plain-text answer `assistant ask` prints: notices, passages with their citations and highlights."""

from __future__ import annotations

__all__ = ["format_answer"]


def format_answer(answer) -> str:  # type: ignore[no-untyped-def]
    """A readable plain-text rendering of an Answer, citations included."""
    from ..export import passage_plain

    lines: list[str] = []
    for notice in answer.notices:
        lines.append(f"note: {notice}")
    if answer.searched_as:
        lines.append(f"searched as: {answer.searched_as}")
    if answer.abstained and answer.passages:
        lines.append("The articles do not seem to answer this. Nearest passages:")
    elif answer.abstained and not answer.notices:
        lines.append("The articles do not seem to answer this.")
    for p in answer.passages:
        where = f"§ {p.section}, " if p.section and p.section != p.title else ""
        where += f"{p.page_label}, " if p.page_label else ""
        meta = ", ".join(x for x in (p.publisher, p.date) if x)
        lines.append(f"\n[{p.rank}] {p.title}{f' ({meta})' if meta else ''}")
        language = f"  language {p.language}" if p.language else ""
        lines.append(f"    {where}{p.source} chars {p.start}-{p.end}  score {p.score:.3f}{language}")
        if p.highlight:
            lines.append(f"    >> {p.highlight.text}")
        body = passage_plain(p)  # a heading is followed by a dash, not glued to the next sentence
        lines.append(f"    {body[:600]}{'…' if len(body) > 600 else ''}")
    return "\n".join(lines).lstrip("\n")
