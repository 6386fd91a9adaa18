"""Cleanings 59 to 61: a margin's line numbers, a hearing's stage directions and end matter, a video page's
transcript panel, and the chrome of printed mail and page counters (ingest/turns.py, ingest/text_pages.py)."""

from __future__ import annotations

import re

from assistant.ingest.cleaning import clean
from assistant.ingest.text_pages import margin_numbers
from assistant.ingest.turns import timed_turns, without_stage_directions

HEARING = [
    "THE CHAIR: The committee will come to order. We meet on the ferry subsidy for the Lorna crossing.",
    "(Whereupon, at 9:58 a.m., the hearing was called to order.)",
    "MS. VELD: Thank you. The subsidy paid for 41,000 crossings last year, a third more than the year before.",
    "THE CHAIR: Ms. Harker.",
    "MS. HARKER: The operator has not published its fares for next season, and the ministry has not asked it to.",
    "(Recess.)",
    "THE CHAIR: How many vessels serve the line today?",
    "MS. VELD: Two, and a third is due in April once its sea trials end.",
    "THE CHAIR: And the port dues?",
    "MS. HARKER: They rose by 12 percent in January, the first rise since the harbour was rebuilt.",
    "MS. VELD: The winter crossings are the ones that lose money, and the subsidy covers most of that loss.",
    "MS. HARKER: The ministry expects to review the subsidy in the spring, when the operator's accounts are audited.",
    "THE CHAIR: I thank the witnesses.",
]


def test_a_margins_line_numbers_counting_up_down_a_page_are_found_and_a_page_number_alone_is_not() -> None:
    page = ["3", *[x for n in range(1, 8) for x in (str(n), f"line {n} of the witness's answer")]]
    assert margin_numbers(page) == {1, 3, 5, 7, 9, 11, 13}  # "1" to "7"; the page number "3" above them is no run
    assert margin_numbers(["12", "The answer went on.", "13", "14"]) == set()  # three numbers are no margin
    assert margin_numbers(["1", "2", "4", "5", "6"]) == set()  # a break in the count is no margin's run


def test_a_hearings_stage_directions_go_and_an_articles_paragraph_in_brackets_stays() -> None:
    kept = without_stage_directions(["\n\n".join(HEARING[:6]), "\n\n".join(HEARING[6:])])
    assert "(Whereupon" not in kept[0] and "(Recess.)" not in kept[0]
    assert HEARING[4] in kept[0] and kept[1] == "\n\n".join(HEARING[6:])
    parts = ["The ferry line carried 41,000 lorries last year.", "(The figures are the operator's own.)",
             "Fares rose by 12 percent in January."]
    article = "\n\n".join(parts)
    assert without_stage_directions([article]) == [article]  # no speakers: no transcript
    assert "(Recess.)" in timed_turns("\n\n".join(HEARING[:6]))  # three speakers' five turns are too few


def test_a_reporters_certificate_ends_the_transcript() -> None:
    text = "\n\n".join([*HEARING, "CERTIFICATE OF REPORTER",
                        "I, Jane Moor, do hereby certify that the foregoing proceedings were reported by me."])
    cleaned = clean(text).text
    assert "CERTIFICATE" not in cleaned and "hereby certify" not in cleaned
    assert HEARING[-2] in cleaned


PANEL = """Why the Lorna ferries lose money
Vettin Economics
12K subscribers

Transcript
Search in video

0:00
hello and welcome, today we look at the
0:04
ferries between Port Lorna and Veldmark
0:09
and why they lose money every winter.
Fares and freight
0:15
The line carried 41,000 lorries last
0:20
year, and fares rose by 12 percent
0:26
in January. The operator has not said
0:31
what a passenger ticket will cost next year.
0:37
That is all for today, thanks for watching.
"""


def test_a_copied_transcript_panel_reads_as_paragraphs_under_its_chapters_without_clock_times() -> None:
    text = timed_turns(PANEL)
    assert "0:04" not in text and "0:37" not in text
    paragraphs = text.split("\n\n")
    assert "hello and welcome, today we look at the ferries between Port Lorna and Veldmark and why they lose money every winter." in paragraphs
    assert "Fares and freight" in paragraphs  # a chapter: a line with no time of its own
    assert any(p.startswith("The line carried 41,000 lorries last year, and fares rose by 12 percent in January.")
               for p in paragraphs)
    assert text.startswith("Why the Lorna ferries lose money\nVettin Economics\n")
    cleaned = clean(PANEL).text
    assert "Search in video" not in cleaned and "41,000 lorries last year" in cleaned


def test_a_live_blog_with_a_few_clock_times_alone_on_a_line_is_not_a_panel() -> None:
    blog = "Ferry strike, live\n\n17:30\nThe harbour master closed the quay.\n\n" + "The crews walked off on Monday. " * 5
    assert timed_turns(blog) == blog


def test_printed_mail_headers_and_a_phones_sign_off_go() -> None:
    parts = [
        "Subject: FW: Ferry fares for the winter", "Attachments: fares_2026.xlsx (40 KB)",
        ("The Lorna ferry line will raise its freight fares by 12 percent in January, its operator told shippers on "
         "Monday. The passenger fares have not been set."),
        "The second vessel is due in April, and the line expects to carry 48,000 lorries next year.",
        "Sent from my iPhone"]
    mail = "\n\n".join(parts)
    cleaned = clean(mail).text
    assert "Subject:" not in cleaned and "Attachments:" not in cleaned and "Sent from my" not in cleaned
    assert "raise its freight fares by 12 percent" in cleaned


def test_a_viewers_page_counter_and_a_thousands_comment_count_go() -> None:
    parts = [
        "Страница 14–15 из 48",
        ("Паром из Порт-Лорны в Веттин за год перевёз 41 тысячу грузовиков, и оператор ждёт роста на треть. "
         "Тарифы для грузовиков в январе выросли на 12 процентов, а цены билетов на следующий сезон пока не объявлены."),
        "Второе судно должно выйти на линию в апреле, после ходовых испытаний, которые начнутся в феврале.",
        "1 тыс. комментариев", "@ferry_fan", "А пассажирам когда скажут цены?"]
    cleaned = clean("\n\n".join(parts)).text
    assert "Страница" not in cleaned and "комментариев" not in cleaned and "@ferry_fan" not in cleaned
    assert "41 тысячу грузовиков" in cleaned


def _hearing_pdf(path) -> None:  # type: ignore[no-untyped-def]
    """A court reporter's two pages: a cover in capitals with the title over two lines, the first ending on a colon,
    then the turns, each page with its line numbers 1 to 25 printed down the margin before the text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pages = [["SENATE OF LORNA", "COMMITTEE ON TRANSPORT", "THE LORNA FERRIES:", "WHO PAYS FOR THE WINTER CROSSINGS",
              "Reported by: Jane Moor"], HEARING]
    for lines in pages:
        pdf.add_page()
        for n in range(1, 26):
            pdf.text(8, 20 + 10 * n, str(n))
        pdf.set_xy(20, 25)
        for line in lines:
            pdf.multi_cell(170, 8, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(20)
    pdf.output(str(path))


def test_a_transcript_pdf_loses_its_margin_numbers_and_directions_and_is_titled_by_its_cover(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.ingest.formats.pdf import read_pdf

    _hearing_pdf(tmp_path / "hearing.pdf")
    cleaned = read_pdf((tmp_path / "hearing.pdf").read_bytes()).cleaned
    assert cleaned.title == "THE LORNA FERRIES: WHO PAYS FOR THE WINTER CROSSINGS"
    left = re.findall(r"(?<![\d,.:])\b\d{1,2}\b(?![\d,.:])", cleaned.text)
    assert left == ["12"]  # "12 percent" is the witness's; no line number is left
    assert "(Recess.)" not in cleaned.text and "MS. VELD: Two, and a third is due in April" in cleaned.text
