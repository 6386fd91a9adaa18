"""Cleanings 53 and 54, by form: a wire story's market ticker above its headline and its credits after the text, a line
of prose naming one widget word twice, a caption's speaker named in brackets, a subtitle file's title without its
track's language or its channel, a parliament's paper titled by its printed lines without its number, an advertisement
whose hashtag closes the post, a chat export's poll, and a hearing's front matter above its first numbered question.
The pages are written for these tests."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.cleaning import clean_source
from assistant.ingest.corpus import _texts
from assistant.ingest.doc_ids import title_from_name

PROSE = ("The ferry between Lorna and Vettin carried 41,000 trucks in its first year, a third more than the port "
         "authority had planned, and the second berth is due to open in the spring of 2027.")
MORE = ("Freight rates on the crossing fell by a fifth over the year, while the wait at the Vettin gate shrank from two "
        "days to under nine hours, the authority said in its annual report to the ministry.")

WIRE = f"""<html><head><title>Lorna doubles its ferry berths as freight grows | Quayside Wire</title></head><body>
<div class="ticker"><span>LRN/USD 12.40 <em>-0.12%</em></span> <span>VTN/USD 7.31 <em>+0.05%</em></span>
<span>Brent 63.84 <em>+0.72%</em></span> <span>Gold 4,207.10 <em>-0.18%</em></span></div>
<article><h1>Lorna doubles its ferry berths as freight grows</h1>
<p>{PROSE}</p><p>Traders said prices moved +0.4%, -0.2% and +1.1% on the three days after the news.</p><p>{MORE}</p>
<p>Reporting by Anna Veld in Lorna and Tomas Reen in Vettin; Additional reporting by Ida Marr; Editing by Paul Kest</p>
</article></body></html>"""


def test_a_market_ticker_above_the_headline_and_the_wires_credits_go() -> None:
    read = _texts(WIRE.encode("utf-8"), "html")
    cleaned = clean_source(read.source, read.kind)
    assert cleaned.title == "Lorna doubles its ferry berths as freight grows"
    assert "LRN/USD" not in cleaned.text and "Gold 4,207.10" not in cleaned.text
    assert "Reporting by" not in cleaned.text and "Editing by" not in cleaned.text
    assert PROSE in cleaned.text and MORE in cleaned.text
    assert "+0.4%, -0.2% and +1.1% on the three days" in cleaned.text  # a sentence of changes is prose
    row = "Crossing 2024 2025 Change Lorna — Vettin 3,3 4,1 +24% Vettin — Quay 2,9 3,6 +24% Quay — Reen 2,6 3,2 +23%"
    assert row in clean_source(f"{PROSE}\n\n{row}\n\n{MORE}\n", "text").text  # a table's row of two figures a change


def test_one_widget_word_twice_in_a_sentence_is_no_widget_but_three_widget_words_are() -> None:
    turn = "Which is still small next to Russian, of course. Russian remains"
    text = clean_source(f"{PROSE}\n\n{turn}\n\n{MORE}\n\nShare Tweet Email\n", "text").text
    assert turn in text and "Share Tweet Email" not in text


SUBTITLES = """1
00:00:01,000 --> 00:00:04,000
MODERATOR: Welcome to the ferries panel.

2
00:00:04,500 --> 00:00:08,000
>> [Dr. Veld] Thank you. The second berth
opens in the spring.

3
00:00:08,500 --> 00:00:11,000
[Applause]

4
00:00:11,500 --> 00:00:15,000
>> [Tomas Reen] Rates fell by a fifth,
and the wait [inaudible] shrank.
"""


def test_a_speaker_named_in_brackets_after_the_chevrons_opens_a_named_turn() -> None:
    from assistant.ingest.subtitles import read_subtitles

    talk = read_subtitles(SUBTITLES, "srt")
    assert talk is not None
    assert "Dr. Veld: Thank you. The second berth opens in the spring." in talk.text
    assert "Tomas Reen: Rates fell by a fifth, and the wait shrank." in talk.text
    assert "Applause" not in talk.text and "inaudible" not in talk.text and "[" not in talk.text


def test_a_subtitle_files_title_loses_its_tracks_language_and_its_channel() -> None:
    assert title_from_name(Path("Ferries and Freight_ The Lorna Crossing (English).srt")) == \
        "Ferries and Freight: The Lorna Crossing"
    assert title_from_name(Path("Паромы Лорны： что дальше ｜ Клуб Веттина [Hq4vN2xT8sE].ru.vtt")) == \
        "Паромы Лорны: что дальше"
    assert title_from_name(Path("Lorna ferries (2024 edition).srt")) == "Lorna ferries (2024 edition)"  # no language
    assert title_from_name(Path("A | B.txt")) == "A | B"  # too short a title to be one before its site


def test_a_papers_printed_title_is_its_title_without_the_number_its_metadata_adds(tmp_path: Path) -> None:
    from fpdf import FPDF

    from assistant.ingest.formats.pdf import read_pdf
    from assistant.ingest.formats.pdf_layout import printed_title

    pdf = FPDF()
    pdf.set_title("Oral evidence: the Lorna ferries and the second berth, HC 1042")
    pdf.add_page()
    for style, size, text in [("B", 20, "Transport Committee"), ("B", 14, "Oral evidence: the Lorna ferries and the"),
                              ("B", 14, "second berth"), ("", 12, "HC 1042"), ("", 11, PROSE), ("", 11, MORE)]:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "evidence.pdf"))
    assert read_pdf((tmp_path / "evidence.pdf").read_bytes()).cleaned.title == \
        "Oral evidence: the Lorna ferries and the second berth"
    lines = ["Oral evidence: the Lorna ferries and the", "second berth"]
    assert printed_title("Oral evidence: the Lorna ferries and the second berth, HC 1042", lines) == \
        "Oral evidence: the Lorna ferries and the second berth"
    assert printed_title("Oral evidence: the Lorna ferries and the second berth, Transport Committee", lines) is None


CHANNEL = f"""<html><body><div class="history">
<div class="message default"><div class="text">{PROSE}</div></div>
<div class="message default"><div class="text">Ferry freight from Vettin to the coast by the container, door to door,
first quote free: write to our manager @vettin_cargo #реклама</div></div>
<div class="message default"><div class="text">{MORE}</div></div>
<div class="message default"><div class="media_wrap"><div class="media_poll">
<div class="question bold">Will the second berth open on time?</div><div class="answer">- Yes, in spring</div>
<div class="answer">- No, later</div><div class="total details">1 146 votes</div></div></div></div>
</div></body></html>"""


def test_an_advertisement_closed_by_its_hashtag_and_a_poll_go() -> None:
    read = _texts(CHANNEL.encode("utf-8"), "html")
    text = clean_source(read.source, read.kind).text
    assert PROSE in text and MORE in text
    assert "#реклама" not in text and "door to door" not in text
    assert "second berth open on time" not in text and "Yes, in spring" not in text and "1 146 votes" not in text


HEARING = f"""Oral evidence: the Lorna ferries and the second berth

Ordered by the House of Commons to be published on 4 December 2025.

Members present: Anna Veld (Chair); Tomas Reen; Ida Marr.

Questions 12–15

Witnesses: Paul Kest, Port Director, Lorna Harbour Authority.

This is an uncorrected transcript. Neither Members nor witnesses have checked it, and it is not yet an approved record.

Q12 Chair: Good morning. How many trucks did the ferry carry in its first year?

Paul Kest: {PROSE}

Q13 Tomas Reen: And the rates?

Paul Kest: {MORE}

Q14 Chair: Thank you. When will the second berth open?

Paul Kest: In the spring of 2027, if the tender is not delayed again.
"""


def test_a_hearings_front_matter_goes_but_an_faqs_introduction_stays() -> None:
    text = clean_source(HEARING, "text").text
    assert text.startswith("Oral evidence: the Lorna ferries and the second berth\n\nQ12 Chair: Good morning.")
    for chrome in ("Ordered by", "Members present", "Questions 12–15", "Witnesses:", "uncorrected transcript"):
        assert chrome not in text, chrome
    assert PROSE in text and MORE in text and "Q14 Chair: Thank you." in text
    faq = HEARING.replace("Q13 Tomas Reen:", "Q13 Rates:").replace("Q14 Chair:", "Q14 Berth:").replace(
        "Q12 Chair:", "Q12 Trucks:")  # every question its own label: an FAQ's, not a hearing's askers
    assert "Members present" in clean_source(faq, "text").text
