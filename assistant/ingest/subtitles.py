"""A talk's subtitles saved as a file (WebVTT `.vtt`, SubRip `.srt`, YouTube's `.sbv`): the talk as paragraphs.

A subtitle file cuts what was said into cues of two short lines, each under its number and timing, so a sentence
runs over three or four cues. The `webvtt-py` package reads the cues of all three formats (timings, voice tags,
styling tags); here their text becomes paragraphs a reader and the sentence splitter can use:
- a cue's lines are joined, and the cues of one speaker are one paragraph, broken where the speaker paused after
  a sentence or the paragraph grew long;
- a new speaker opens a paragraph: a voice tag (`<v Anna Veld>`), a name before a colon ("ANNA VELD:",
  "Moderator:"), a dialogue dash ("- …") or a caption's chevrons (">> …", with the name in brackets:
  ">> [Dr. Veld] …"); a named speaker's first paragraph is "Name: …", as a transcript writes it;
- sound labels ("[Applause]", «(музыка)», "♪") go, and a line that repeats the line before (captions that roll
  up, two lines at a time) is read once;
- a WebVTT file's language ("Language: en") and a date in its notes ("NOTE Panel, Lorna, 4 December 2025") are the
  talk's;
- the first and the last cue stand apart unless a sentence runs on into them, so a subtitler's credit is a line of
  its own for the chrome rules.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from .text_pages import CLOSED
from .turns import SPEAKER

__all__ = ["Subtitles", "looks_like_subtitles", "read_subtitles"]

PAUSE_SECONDS = 2.0  # a silence this long after a sentence ends the paragraph
PARAGRAPH_WORDS = 120  # a paragraph this long ends with its next sentence
# a sound label inside a line: "[Applause]", «(смех)» (one word in lower case), a song's notes
_SOUND = re.compile(r"\[[^\]\n]{1,40}\]|\((?-i:[a-zа-яё]+)\)|♪[^♪\n]*♪?|♫")
_SOUND_LINE = re.compile(r"^\s*(?:\[[^\]]*\]|\([^\W\d_]+(?:\s+[^\W\d_]+){0,2}\)|[♪♫ ]+)\s*$")  # «(музыка)»
_SPEAKER = re.compile(rf"^(?P<who>{SPEAKER}):\s+(?P<said>\S.*)$")  # "ANNA VELD: …", as a transcript's turn names it
_CHANGE_MARK = r"\s*(?:-|–|—|>>)\s*"  # a dialogue dash or a broadcast caption's chevrons: another speaker
_CHANGE = re.compile(rf"^{_CHANGE_MARK}")
# the new speaker's name in brackets after the chevrons or the dash (">> [Dr. Veld] Thank you."), no sound label
_BRACKETED = re.compile(rf"^(?P<change>{_CHANGE_MARK})\[(?P<who>{SPEAKER})\]\s+(?P<said>\S.*)$")
_SRT_CUE = re.compile(r"\A\ufeff?\s*\d+\s*\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")
_SBV_CUE = re.compile(r"\A\ufeff?\s*\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}\s*\n")
_VTT_HEAD = re.compile(r"\A\ufeff?WEBVTT(?:[ \t].*)?$", re.MULTILINE)
_VTT_TIMING = re.compile(r"^(?:\d+:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d+:)?\d{2}:\d{2}\.\d{3}", re.MULTILINE)


@dataclass(frozen=True)
class Subtitles:
    """The talk's text as paragraphs, and what the file states about itself (its language; a date its notes give)."""

    text: str
    declared: dict[str, str]


@dataclass
class _Paragraph:
    who: str | None  # the speaker's name, when the subtitles give it
    words: list[str]
    named: bool  # the paragraph opens the speaker's turn and is written "Name: …"

    def text(self) -> str:
        said = " ".join(self.words)
        return f"{self.who}: {said}" if self.named and self.who else said


def looks_like_subtitles(text: str) -> str | None:
    """The subtitle format ("vtt", "srt" or "sbv") of a text saved under another name, else None."""
    if _VTT_HEAD.match(text) and _VTT_TIMING.search(text, 0, 20_000):
        return "vtt"
    if _SRT_CUE.match(text):
        return "srt"
    return "sbv" if _SBV_CUE.match(text) else None


def read_subtitles(text: str, fmt: str) -> Subtitles | None:
    """The paragraphs of a subtitle file in format `fmt` ("vtt", "srt" or "sbv"); None when it holds no cue."""
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    from .dates import byline_date

    try:
        read = webvtt.from_buffer(io.StringIO(text.lstrip("\ufeff")), format=fmt)
    except (MalformedFileError, MalformedCaptionError, ValueError):
        return None
    cues = [(cue.start_time.in_milliseconds() / 1000, cue.end_time.in_milliseconds() / 1000, cue.voice, cue.text)
            for cue in read.captions]
    if not cues:
        return None
    header = dict(line.partition(":")[::2] for line in getattr(read, "metadata", None) or [])  # "Language: en"
    language = header.get("Language", "").strip().split("-")[0].lower()
    declared = {"language": language} if language else {}
    dated = byline_date("\n".join(getattr(read, "header_comments", None) or []))  # "NOTE Panel, Lorna, 4 December 2025"
    if dated:
        declared["date"] = dated
    return Subtitles(_paragraphs(cues), declared)


def _paragraphs(cues: list[tuple[float, float, str | None, str]]) -> str:
    paragraphs: list[_Paragraph] = []
    current: _Paragraph | None = None
    previous: list[str] = []  # the lines of the cue before, for captions that roll up
    last_end = 0.0
    for n, (start, end, voice, text) in enumerate(cues):
        lines = [line for line in (_SOUND.sub("", _unbracketed(raw)).strip() for raw in text.split("\n")) if line]
        fresh = [line for line in lines if line not in previous and not _SOUND_LINE.match(line)]
        previous = lines or previous
        edge = n in (1, len(cues) - 1)  # a break before the second cue and the last: the first and the last stand apart
        paused = start - last_end >= PAUSE_SECONDS
        last_end = end
        for k, line in enumerate(fresh):
            who, said, changed = voice, line, bool(voice) and (current is None or voice != current.who)
            if (dash := _CHANGE.match(line)) is not None:
                said, changed, who = line[dash.end() :], True, None
            if (named := _SPEAKER.match(said)) is not None and _is_name(named["who"]):
                who, said, changed = named["who"], named["said"], True
            elif not changed and current is not None:
                who = current.who
            ended = current is not None and CLOSED.search(current.words[-1]) is not None
            long = current is not None and len(current.words) >= PARAGRAPH_WORDS
            apart = k == 0 and edge and (ended or said[:1].isupper())
            if current is None or changed or apart or (ended and ((paused and k == 0) or long)):
                named_turn = who is not None and (current is None or who != current.who or changed)
                current = _Paragraph(who, [], named_turn)
                paragraphs.append(current)
            current.words.extend(said.split())
    return "\n\n".join(p.text() for p in paragraphs if p.words)


def _unbracketed(line: str) -> str:
    """">> [Dr. Veld] Thank you." as ">> Dr. Veld: Thank you.": a name of two words or more in brackets opening a new
    speaker's line is the speaker's label ("[Applause]", one word, stays a sound label)."""
    tag = _BRACKETED.match(line)
    if tag is None or len(tag["who"].split()) < 2 or not _is_name(tag["who"]):
        return line
    return f"{tag['change']}{tag['who']}: {tag['said']}"


def _is_name(who: str) -> bool:
    """A speaker's label: words each opening with a capital ("ANNA VELD", "Moderator"), no clause ("Note that: …")."""
    return all(w[:1].isupper() for w in who.split())
