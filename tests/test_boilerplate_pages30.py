"""A repository's record, a thread's marks and a newspaper page set in type (cleaning 30).

- A record's fields stacked as label over value between the headline and the first paragraph ("Author" / "Veld,
  Anna"), a file to download with its size, a keyword list under its label on a line of its own.
- A thread's counter ("3 answers"), a badge ("✓ Accepted by the asker"), an answer form; a byline with its surname in
  capitals ("Anna VELD, Lorna").
- A PDF whose type tells its parts: the headline in the largest size titles the file when its metadata has none;
  a lead, a byline and a caption in other sizes are paragraphs of their own; a column of other items beside the
  headline goes; a sentence carried overleaf joins its page above the page's notes.
- In a record's history the date labelled as the publication's is the article's date.

The texts are written for these tests; the forms follow eval/unseen21/, whose chrome lines tests/test_fresh_sets.py
checks over the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

from chrome_support import MORE, PROSE, RUSSIAN, reasons_of


def _clean(html: str) -> str:
    from assistant.ingest.cleaning import clean

    return clean(html, "html").text


def _field(label: str, value: str) -> str:
    return f"<div class='field'><h5>{label}</h5><span>{value}</span></div>"


RECORD = ("<html><body><main><h1>Ferries of the Northern Shore: Berths, Loans and the Lorna Line</h1>"
          "<div><span>No preview available</span></div>"
          "<div><h5>Files</h5><a href='/f/1'>Veld_MA_2025.pdf (1.8 MB, Adobe PDF)</a> <span>Embargoed until 1 May 2027"
          "</span> <a href='/f/1/ask'>Request a copy</a></div>"
          + _field("Date of defence", "2025-05-30") + _field("Author", "Veld, Anna") + _field("Supervisor", "Harl, Tom, PhD")
          + _field("Degree", "Master of Arts in Maritime Policy") + _field("Language", "English")
          + _field("Pages", "vi, 94 p.")
          + f"<div class='field'><h5>Abstract</h5><p>{PROSE}</p><p>{MORE}</p></div>"
          + _field("Keywords", "ferries; berths; Lorna line; port finance; northern shore")
          + "</main></body></html>")


def test_a_records_stacked_fields_its_file_and_its_keywords_go_and_its_abstract_stays() -> None:
    text = _clean(RECORD)
    assert PROSE in text and MORE in text
    for chrome in ("No preview available", "Files", "Veld_MA_2025.pdf", "Request a copy", "Date of defence", "Author",
                   "Veld, Anna", "Supervisor", "Harl, Tom", "Master of Arts", "Pages", "vi, 94 p.", "Abstract",
                   "ferries; berths"):
        assert chrome not in text, chrome


def test_labels_on_every_other_line_are_needed_for_a_record() -> None:
    """A kicker and a standfirst between the headline and the first paragraph are no record: they stay."""
    text = _clean("<html><body><main><h1>Ferries of the Northern Shore</h1>"
                  "<div><span>Ports</span></div><div><span>Analysis</span></div>"
                  "<div><span>How three operators came to share their berths with a newcomer</span></div>"
                  f"<p>{PROSE}</p><p>{MORE}</p></main></body></html>")
    assert "How three operators came to share their berths with a newcomer" in text


def test_a_list_parted_by_semicolons_stays_unless_a_dropped_label_stands_over_it() -> None:
    reasons = reasons_of(["# Ferries", "", PROSE, "", "Ports of call", "", "Lorna; Veld; Harl; Nord", "", MORE,
                          "", "Keywords", "", "ferries; berths; Lorna line"])
    assert reasons["Lorna; Veld; Harl; Nord"] is None  # under a heading that is no widget
    assert reasons["ferries; berths; Lorna line"] == "keywords"


def test_a_threads_counter_badge_and_answer_form_go_and_its_answers_stay() -> None:
    lines = ["# Why did the Lorna line choose the northern shore?", "", PROSE, "", "## 3 answers", "",
             "✓ Accepted by the asker", "", MORE, "", RUSSIAN, "", "## Have an answer?", "",
             "Sign in to post an answer. Keep it to the sources."]
    reasons = reasons_of(lines, "markdown")
    assert reasons["## 3 answers"] == "counter" and reasons["✓ Accepted by the asker"] == "badge"
    assert reasons["## Have an answer?"] is not None  # the form's heading, with the form
    assert reasons["Sign in to post an answer. Keep it to the sources."] == "widget"
    assert reasons[MORE] is None and reasons[RUSSIAN] is None
    assert reasons_of(["## 5 ответов", "", RUSSIAN])["## 5 ответов"] == "counter"


def test_a_count_of_other_things_a_check_mark_in_a_sentence_and_a_name_in_small_letters_stay() -> None:
    lines = ["# Ferries", "", PROSE, "", "## 3 lessons", "", "✓ The berths were shared as agreed in March.", "",
             "## What comes next", "", MORE, "", "Anna Veld, Lorna", "", "Lorna NPP", ""]
    reasons = reasons_of(lines, "markdown")
    assert reasons["## 3 lessons"] is None
    assert reasons["✓ The berths were shared as agreed in March."] is None
    assert reasons["## What comes next"] is None and reasons["Lorna NPP"] is None
    assert reasons_of(["Anna VELD, Lorna", "", PROSE])["Anna VELD, Lorna"] == "byline"
    assert reasons_of(["Айгерим ЖАКЕНОВА, Тараз — Бишкек", "", RUSSIAN])["Айгерим ЖАКЕНОВА, Тараз — Бишкек"] is not None


def _newspaper(path: Path, *, title: str | None = None) -> None:
    """One page: a masthead, a headline in 26 points over three columns of an article, its lead, byline and caption,
    and a fourth column of briefs beside the headline."""
    from fpdf import FPDF

    pdf = FPDF(format="A3")
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_auto_page_break(False)

    def put(x: float, y: float, size: float, text: str, style: str = "") -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.text(x, y, text)

    put(15, 12, 10, "THE LORNA WEEKLY  No. 48  Thursday, 4 December 2025", "B")
    put(15, 24, 9, "PORTS AND FERRIES", "B")
    for k, line in enumerate(["Lorna line wins the northern", "berths after a year of talks"]):
        put(15, 36 + 10 * k, 26, line, "B")
    for k, line in enumerate(["The port board voted to share the berths with the new line,",
                              "and two older operators will keep their evening slots."]):
        put(15, 60 + 6 * k, 12, line, "B")
    put(15, 76, 9, "Anna VELD, Lorna", "B")
    put(15, 84, 7, "The northern quay in November. Photo by the author", "I")
    body = [["The ferry operators of the northern", "shore agreed in March to share their", "berths with the new line,",
             "the port authority said after the", "meeting."],
            ["Freight on the line grew by a fifth in", "the first half of the year, and two", "more ferries are due in June."],
            ["The board will review the slots in", "spring, when the winter timetable", "ends and the new berth opens."]]
    for c, column in enumerate(body):
        for k, line in enumerate(column):
            put(15 + 62 * c, 96 + 5 * k, 9.5, line)
    briefs = [("IN BRIEF", "B", 10), ("New ice rink opens", "B", 9.5), ("The town's ice rink opened on", "", 9),
              ("Saturday with a junior match.", "", 9), ("WEATHER", "B", 10), ("Cloudy, from -3 to +2", "", 9)]
    for k, (line, style, size) in enumerate(briefs):
        put(205, 24 + 6 * k, size, line, style)
    pdf.output(str(path))


def test_a_newspaper_pages_headline_titles_it_and_the_column_beside_the_headline_goes(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _newspaper(tmp_path / "page.pdf")
    cleaned = read_pdf((tmp_path / "page.pdf").read_bytes()).cleaned
    assert cleaned.title == "Lorna line wins the northern berths after a year of talks"
    paragraphs = cleaned.text.split("\n\n")
    assert "The port board voted to share the berths with the new line, and two older operators will keep their " \
           "evening slots." in paragraphs  # the lead, not glued to the headline or the byline
    assert "The ferry operators of the northern shore agreed in March to share their berths with the new line, the " \
           "port authority said after the meeting." in paragraphs
    for chrome in ("IN BRIEF", "ice rink", "WEATHER", "Cloudy", "Anna VELD", "Photo by the author"):
        assert chrome not in cleaned.text, chrome


def test_a_pdfs_own_title_comes_before_its_headline(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _newspaper(tmp_path / "page.pdf", title="Northern berths: the board's vote")
    assert read_pdf((tmp_path / "page.pdf").read_bytes()).cleaned.title == "Northern berths: the board's vote"


def test_a_sentence_carried_overleaf_joins_its_page_above_the_pages_notes(tmp_path: Path) -> None:
    from fpdf import FPDF

    from assistant.ingest.formats.pdf import read_pdf

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for k, line in enumerate([PROSE, "Of the ferries that called at the northern quay in the first half of the year,",
                              "the largest share, some"]):
        pdf.text(15, 20 + 6 * k, line)
    pdf.set_font("Helvetica", "", 8)
    pdf.text(15, 280, "1 Port authority, figures for January to June.".replace("1", "\u00b9", 1))
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.text(15, 20, "forty per cent, came from the Lorna line, which began sailing only in March.")
    pdf.text(15, 26, MORE)
    pdf.output(str(tmp_path / "notes.pdf"))
    text = read_pdf((tmp_path / "notes.pdf").read_bytes()).cleaned.text
    assert "the largest share, some forty per cent, came from the Lorna line" in text
    assert "\u00b9 Port authority, figures for January to June." in text.split("\n\n")


def test_the_date_a_records_history_labels_as_published_is_the_articles() -> None:
    from assistant.ingest.dates import byline_date

    assert byline_date("Received 2 June 2025 · Accepted 9 October 2025 · Published online 1 December 2025") == "2025-12-01"
    assert byline_date("Поступила 02.06.2025 | Опубликована 01.12.2025") == "2025-12-01"
    assert byline_date("Received 2 June 2025") == "2025-06-02"  # one date, whatever its label


def test_headings_numbered_in_roman_numerals_are_no_initials_when_two_of_them_head_lines() -> None:
    lines = ["# Концепция паромной линии Лорны", "", "I. Предпосылки", "", RUSSIAN, "", "II. Порядок работы", "", PROSE]
    reasons = reasons_of(lines, "markdown")
    assert reasons["I. Предпосылки"] is None and reasons["II. Порядок работы"] is None
    alone = reasons_of(["# Паромы Лорны", "", RUSSIAN, "", "I. Вельдов"], "markdown")
    assert alone["I. Вельдов"] == "authors"  # one such line is an initial and a surname
