"""A transcript written as timed turns, one a line ("00:02:15 Name Surname: words …"), as a meeting app saves it.

The app starts a new line every few seconds, so a speaker's sentence is cut between two lines, and the clock time and
the name in front of the second half cut it again for the sentence splitter and the embedder. In a text made mostly of
such lines (from the first to the last: a podcast page's notes may stand around them), the clock times go; each turn
is a paragraph under its speaker's name ("Name Surname: …"), and a turn that ends no sentence goes on in the speaker's
next one. A text with a few timed lines among others (a live blog's "17:30 …", a programme) is left as it is.
"""

from __future__ import annotations

import re

from .text_pages import CLOSED

__all__ = ["SPEAKER", "timed_turns"]

SPEAKER = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"  # a speaker's name or label of one to four words
# a clock time (in brackets or not), then a speaker and a colon (in bold or not), then what was said
TURN = re.compile(
    r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?\s+"
    rf"(?P<bold>\*\*)?(?P<who>{SPEAKER}):(?(bold)\*\*)\s+(?P<said>\S.*)$"
)
MIN_TURNS = 8  # timed turns a text needs, and
TURN_SHARE = 0.6  # this share of the lines holding anything from its first to its last, to be read as a transcript


def timed_turns(text: str) -> str:
    """`text` with its timed turns read as paragraphs of speakers, when it is a transcript of them; else `text`."""
    lines = text.split("\n")
    turns = [TURN.match(line) for line in lines]
    at = [i for i, m in enumerate(turns) if m is not None]
    if len(at) < MIN_TURNS or len(at) < TURN_SHARE * sum(bool(line.strip()) for line in lines[at[0] : at[-1] + 1]):
        return text  # too few, or too thinly spread from the first to the last (a page's notes around them aside)
    out: list[str] = []
    speaker: str | None = None  # who spoke the last turn, when `out` holds nothing but blank lines after it
    for line, turn in zip(lines, turns):
        if turn is None:
            if line.strip():
                speaker = None
            out.append(line)
            continue
        who, said = turn["who"], turn["said"].strip()
        last = len(out) - 1
        while last > 0 and not out[last].strip():  # the speaker's last turn, above the blank lines of a Markdown file
            last -= 1
        if who == speaker and not CLOSED.search(out[last]):
            out[last:] = [f"{out[last]} {said}"]
            continue
        if out and out[-1].strip():
            out.append("")
        out.append(f"{who}: {said}")
        speaker = who
    return "\n".join(out)
