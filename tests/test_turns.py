"""A transcript of timed turns ("00:02:15 Name Surname: …") is read as its speakers' paragraphs (ingest/turns.py)."""

from __future__ import annotations

from assistant.ingest.cleaning import clean
from assistant.ingest.turns import timed_turns

TRANSCRIPT = """Meeting transcript
Topic: Ferries across the Lorna Sea

00:00:05 Anna Veld: Good afternoon, can everyone hear me?
00:00:09 Tom Harker: Yes, loud and clear.
00:01:12 Anna Veld: Then let us begin. Our first speaker runs the ferry line from Port Lorna to the island of
00:01:20 Anna Veld: Veldmark, and he will tell us what the new fares mean for freight.
00:01:31 Tom Harker: Thank you. The line carried 41,000 lorries last year, and we expect about 48,000 this year
00:01:44 Tom Harker: once the second vessel enters service in April.
00:01:58 Tom Harker: Fares for a loaded lorry rose by 12 percent in January.
00:02:10 Anna Veld: And what about passengers?
00:02:16 Tom Harker: Passenger numbers have not been published for this year.
00:02:29 Anna Veld: Thank you, Tom. We will share the recording with everyone who registered.
"""


def test_each_turn_is_a_paragraph_under_its_speaker_and_one_ending_no_sentence_goes_on_in_the_next() -> None:
    text = timed_turns(TRANSCRIPT)
    assert "00:0" not in text
    paragraphs = text.split("\n\n")
    assert ("Anna Veld: Then let us begin. Our first speaker runs the ferry line from Port Lorna to the island of "
            "Veldmark, and he will tell us what the new fares mean for freight.") in paragraphs[3]
    assert ("Tom Harker: Thank you. The line carried 41,000 lorries last year, and we expect about 48,000 this year "
            "once the second vessel enters service in April.") in paragraphs
    assert "Tom Harker: Fares for a loaded lorry rose by 12 percent in January." in paragraphs  # a turn of its own
    assert paragraphs[-1] == "Anna Veld: Thank you, Tom. We will share the recording with everyone who registered.\n"
    assert text.startswith("Meeting transcript\nTopic: Ferries across the Lorna Sea\n")  # the other lines are kept


def test_a_text_with_only_a_few_timed_lines_is_left_as_it_is() -> None:
    blog = ("Live: the ferry strike\n\n17:30 Port: The harbour master says the quay is closed.\n\n"
            "The strike began on Monday, when the crews of both vessels walked off over pay. " * 3
            + "\n\n18:05 Union: Talks resume tomorrow.\n")
    assert timed_turns(blog) == blog
    lines = TRANSCRIPT.splitlines()
    assert timed_turns("\n".join(lines[:8])) == "\n".join(lines[:8])  # five timed turns are too few


def test_a_cleaned_transcript_splits_no_sentence_at_a_clock_time() -> None:
    cleaned = clean(TRANSCRIPT)
    assert "to the island of Veldmark, and he will tell us" in cleaned.text
    assert "about 48,000 this year once the second vessel enters service in April." in cleaned.text
    assert "00:01" not in cleaned.text


def test_the_turns_are_read_between_a_pages_notes_in_markdown_with_the_speakers_in_bold() -> None:
    notes = "\n".join(f"- Episode note number {i} with a link to [the archive](/archive/{i})" for i in range(12))
    turns = "\n\n".join(f"[00:0{i}:10] **{'Anna Veld' if i % 2 else 'Tom Harker'}:** Point {i} of the talk on ferries."
                        for i in range(9))
    page = f"# Ferries of the Lorna Sea\n\n{notes}\n\n{turns}\n\n{notes}\n"
    text = timed_turns(page)
    assert "[00:0" not in text
    assert "Anna Veld: Point 1 of the talk on ferries." in text.split("\n")
    assert notes in text  # the notes around the turns are kept as they are
    cleaned = clean(page, "markdown")
    assert "Tom Harker: Point 8 of the talk on ferries." in cleaned.text and "00:0" not in cleaned.text


def test_a_turn_ending_no_sentence_goes_on_over_a_markdown_blank_line_under_its_speakers_name() -> None:
    turns = [f"[00:0{i}:10] **{'Anna Veld' if i % 2 else 'Tom Harker'}:** Point {i} of the talk on ferries."
             for i in range(8)]
    turns[4:4] = ["[00:03:40] **Anna Veld:** The second vessel of the line from Port Lorna",
                  "[00:03:48] **Anna Veld:** enters service in April, the operator says."]
    text = timed_turns("# Ferries of the Lorna Sea\n\n" + "\n\n".join(turns) + "\n")
    paragraphs = text.split("\n\n")
    assert ("Anna Veld: The second vessel of the line from Port Lorna enters service in April, the operator says."
            in paragraphs)  # joined to the speaker's turn above the blank line, never to the blank line
    assert not any(p.startswith(" ") for p in paragraphs) and "Tom Harker: Point 4 of the talk on ferries." in paragraphs


LABELLED = """Lorna and the Ferry Question
Harbour Talk, Episode 12
Duration: 24:10
Transcribed by Quillnote (https://quillnote.example/t/abc)

[Intro music]

Host  0:00
Welcome back. Today we talk about the ferry line to Vettin.

Speaker 1  0:12
Thanks for having me.

Host  0:15
How many crossings a week are there now?

Speaker 1  0:19
Nine a week since May, up from six, and the port wants twelve by the spring.

Host  1:02
And who pays for the new berth?

Speaker 1  1:06
The harbour authority, with a loan from a state bank in Vettin.

Host  1:40
Thank you.

Speaker 1  1:42
Thank you, it was a pleasure.

[Outro music]
"""


def test_a_transcript_of_labelled_turns_reads_each_turn_under_its_speaker_without_clock_times() -> None:
    """"Host  0:15" over what was said (a transcription service's export) is "Host: …"; the credit, the duration and
    the music cues go; a programme whose items each name a time once is left as it is."""
    text = clean(LABELLED).text
    assert "Speaker 1: Nine a week since May, up from six, and the port wants twelve by the spring." in text
    assert "Host: How many crossings a week are there now?" in text
    for gone in ("0:15", "Transcribed by", "Duration", "[Intro music]", "[Outro music]"):
        assert gone not in text, gone
    programme = "\n".join(f"Session {n} {9 + n}:00\nTalks on the ferry line, part {n}." for n in range(1, 10))
    assert timed_turns(programme) == programme

