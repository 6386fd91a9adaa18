"""A transcript written as timed turns, one a line ("00:02:15 Name Surname: words …"), as a meeting app saves it.

The app starts a new line every few seconds, so a speaker's sentence is cut between two lines, and the clock time and
the name in front of the second half cut it again for the sentence splitter and the embedder. In a text made mostly of
such lines (from the first to the last: a podcast page's notes may stand around them), the clock times go; each turn
is a paragraph under its speaker's name ("Name Surname: …"), and a turn that ends no sentence goes on in the speaker's
next one. A text with a few timed lines among others (a live blog's "17:30 …", a programme) is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

from .text_pages import CLOSED

__all__ = ["SPEAKER", "timed_turns", "without_stage_directions"]

SPEAKER = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"  # a speaker's name or label of one to four words
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"  # a clock time: "0:06", "2:14", "00:02:15"
# a clock time (in brackets or not), then a speaker and a colon (in bold or not), then what was said
TURN = re.compile(
    rf"^\s*\[?{CLOCK}(?:[.,]\d{{1,3}})?\]?\s+"
    rf"(?P<bold>\*\*)?(?P<who>{SPEAKER}):(?(bold)\*\*)\s+(?P<said>\S.*)$"
)
# a speaker's label and a clock time alone on a line, what was said on the lines under it ("Speaker 1  0:24", as a
# transcription service exports a recording)
LABEL = re.compile(rf"^\s*(?P<who>{SPEAKER}(?:\s+\d{{1,2}})?)\s+\[?{CLOCK}\]?\s*$")
_CUE = re.compile(r"^\s*\[[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\]\s*$")  # a sound in brackets on a line of its own
MIN_TURNS = 8  # timed turns a text needs, and
TURN_SHARE = 0.6  # this share of the lines holding anything from its first to its last, to be read as a transcript
SPEAKERS_SHARE = 0.5  # labelled turns: at most this share of them with a name of their own (speakers speak again; a
# programme's items, "Opening remarks 9:00", do not)


def timed_turns(text: str) -> str:
    """`text` with its timed turns read as paragraphs of speakers, when it is a transcript of them; else `text`."""
    text = without_stage_directions([_labelled_turns(_stamped_captions(text))])[0]
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


def _labelled_turns(text: str) -> str:
    """A transcript whose turns open on a line of their own, the speaker's label and a clock time ("Host  2:14"), with
    what was said on the lines under it: each turn's first line becomes "Host: …" and the label's line goes, as do
    sounds in brackets on lines of their own ("[Intro music]"). A text needs `MIN_TURNS` such lines, its speakers
    named again and again (`SPEAKERS_SHARE`), each over a line of text."""
    lines = text.split("\n")
    labels = {i: m["who"] for i, line in enumerate(lines) if (m := LABEL.match(line)) is not None}
    spoken = [(i, who) for i, who in labels.items() if i + 1 < len(lines) and lines[i + 1].strip() and i + 1 not in labels]
    if len(spoken) < MIN_TURNS or len(spoken) < len(labels) or len({who for _, who in spoken}) > SPEAKERS_SHARE * len(spoken):
        return text
    for i, who in reversed(spoken):
        lines[i : i + 2] = [f"{who}: {lines[i + 1].strip()}"]
    return "\n".join(line for line in lines if not _CUE.match(line))  # "[Intro music]": a sound, no speech


# a paragraph opening on its speaker's label: "MS. ORTIZ: Since …", a stenogram's «Лорнов А.Б. Уважаемые …», «Лорнов А.Б.,
# министр. …» or «Председательствующий. Переходим …» (one word, then a period and a capital)
_SAID = re.compile(rf"^(?:(?P<who>{SPEAKER}):\s+\S|(?P<named>[^\W\d_][\w-]+\s+[^\W\d_]\.\s?(?:[^\W\d_]\.)?)[,\s]"
                   r"|(?P<role>[^\W\d_][\w-]+)\.\s+[«\"]?[^\W\d_a-zа-яё])")
_DIRECTION = re.compile(r"^\s*(?:\([^()]+\)|\[[^\[\]]+\])\s*$")  # a paragraph wholly in brackets: "(Recess.)"
DIRECTION_WORDS = 30  # words of a stage direction at most


def without_stage_directions(texts: list[str]) -> list[str]:
    """The pages of a transcript without its stage directions: a paragraph of `DIRECTION_WORDS` words at most wholly in
    brackets ("(Whereupon, at 10:02 a.m., the hearing was called to order.)", "(Recess.)", «(Аплодисменты.)») in a text
    of `MIN_TURNS` paragraphs or more opening on the labels of speakers who speak again, `SPEAKERS_SHARE` of those
    opening on a label or more (a label once is often a list's item, "Результаты голосования: …"): what the reporter
    saw, none of what was said. An article's paragraph in brackets stays."""
    pages = [text.split("\n\n") for text in texts]
    said = Counter(m["who"] or m["named"] or m["role"] for paragraphs in pages for p in paragraphs if (m := _SAID.match(p.strip())))
    again = sum(n for n in said.values() if n > 1)
    if again < MIN_TURNS or again < SPEAKERS_SHARE * sum(said.values()):
        return texts
    return ["\n\n".join(p for p in paragraphs if not (_DIRECTION.match(p) and len(p.split()) <= DIRECTION_WORDS))
            for paragraphs in pages]


STAMP = re.compile(rf"^\s*{CLOCK}\s*$")  # a clock time alone on its line ("0:06", "12:48", "1:02:03")


def _stamped_captions(text: str) -> str:
    """A video's transcript as its page's panel is copied: each caption under its clock time alone on a line, the
    speech cut every few words ("0:06" / "Данилевич, и сегодня у нас Беларусь."). With `MIN_TURNS` of them or more,
    making `TURN_SHARE` of the lines from the first to the last, the clock times go and the captions join into a
    paragraph; a line with no time of its own between them is a chapter's heading, on a line of its own."""
    lines = text.split("\n")
    stamps = [i for i, line in enumerate(lines[:-1]) if STAMP.match(line) and lines[i + 1].strip() and not STAMP.match(lines[i + 1])]
    if len(stamps) < MIN_TURNS or 2 * len(stamps) < TURN_SHARE * sum(bool(x.strip()) for x in lines[stamps[0] : stamps[-1] + 2]):
        return text
    out, said, timed = lines[: stamps[0]], [], set(stamps)
    for i in range(stamps[0], stamps[-1] + 2):
        if i in timed or not lines[i].strip():
            continue
        if i - 1 in timed:
            said.append(lines[i].strip())
            continue
        out += [" ".join(said), "", lines[i].strip(), ""] if said else ["", lines[i].strip(), ""]  # a chapter
        said = []
    return "\n".join([*out, " ".join(said), "", *lines[stamps[-1] + 2 :]])

