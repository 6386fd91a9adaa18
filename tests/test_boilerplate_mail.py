"""A mail around its letter (cleaning 36): a mailing list's archive page and a mail client's print of a forward.

- An HTML <pre> keeps its lines and its paragraphs: a mail in a list's archive is not one paragraph.
- Around the letter go: a rule with a label ("-------------- next part --------------", "---------- Forwarded message
  ---------"), headers in a row ("From: …", "Date: …"), the forwarder's short note above them, a quoted reply under its
  attribution, the signature under "--", a salutation ("Dear Ola, dear all,"), a sender's line with an address written
  out or hidden ("o.harl at lorna-ports.example"), a letter's close after a hard-wrapped last paragraph.
- What only looks like them stays: a quote under a sentence of the story, a speech's «Уважаемые коллеги!», a table's
  row rebuilt as «Дата: …; Стадия: …», a long note above a forward.
- A list's tag and "Re:" leave the title; a printed forward is titled by its headline; an archive's date line ("Mon Dec
  15 09:12:47 UTC 2025") dates it.

The texts are written for these tests; the forms follow eval/unseen28/ and eval/unseen29/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

WRAPPED = """Freight on the northern line grew by a fifth in the first half of the
year, and the port authority expects two more ferries in June, when the
winter timetable ends and the new berth opens to the public.

The board has not said what the berth cost. Its chairman told members
that the figure would be published with the annual accounts in March,
together with the fees each operator pays."""

ARCHIVE = f"""<html><head><title> [Lorna-L] Re: Ferry berths on the northern shore </title></head>
<body><h1>[Lorna-L] Re: Ferry berths on the northern shore</h1>
<b>Ola Harl</b> <a href="mailto:lorna-l@lists.example">o.harl at lorna-ports.example</a><br>
<i>Mon Dec 15 09:12:47 UTC 2025</i>
<ul><li>Previous message (by thread): <a href="000141.html">[Lorna-L] Ferry berths?</a></li>
<li> <b>Messages sorted by:</b> <a href="date.html">[ date ]</a> <a href="thread.html">[ thread ]</a></li></ul>
<hr>
<pre>On Fri Dec 12 2025, Tor Veld wrote:
&gt; Does anyone know who pays for the new berths on the northern shore, and
&gt; whether the ferry owners agreed?

Dear Tor, dear all,

{WRAPPED}

Best regards,
Ola

--
Ola Harl
Harbour analyst, Lorna Ports Review
https://lorna-ports.example | +47 555 01 234
-------------- next part --------------
An HTML attachment was scrubbed...
</pre>
<p>More information about the Lorna-L
mailing list</p></body></html>"""


def _clean(text: str, fmt: str):  # type: ignore[no-untyped-def]
    from assistant.ingest.cleaning import clean

    return clean(text, fmt)


def test_a_mail_in_a_lists_archive_keeps_its_paragraphs_and_loses_its_envelope() -> None:
    cleaned = _clean(ARCHIVE, "html")
    paragraphs = cleaned.text.split("\n\n")
    assert "Freight on the northern line grew by a fifth in the first half of the year, and the port authority" \
        " expects two more ferries in June" in cleaned.text  # the wrapped lines joined into their paragraph
    assert any(p.startswith("The board has not said what the berth cost.") for p in paragraphs)  # a paragraph apart
    for chrome in ("o.harl at", "Tor Veld wrote", "Does anyone know", "Dear Tor", "Best regards", "Harbour analyst",
                   "next part", "scrubbed", "More information about", "lorna-ports.example", "Ola"):
        assert chrome not in cleaned.text, chrome
    assert cleaned.title == "Ferry berths on the northern shore"


def test_an_archives_date_line_dates_the_mail() -> None:
    from assistant.ingest.dates import byline_date

    assert byline_date("Ola Harl o.harl at lorna-ports.example\nMon Dec 15 09:12:47 UTC 2025") == "2025-12-15"
    assert byline_date("Posted Tue Mar 3 17:05 2026") == "2026-03-03"


def test_a_russian_forward_loses_its_rule_headers_salutation_and_signature() -> None:
    lines = ["---------- Пересылаемое сообщение ----------", "От: Редакция «Вестника Лорны» <news@lorna.example>",
             "Дата: 9 декабря 2025 г.", "Тема: Причалы северного берега", "Кому: <t.veld@lorna.example>", "",
             "Добрый день, коллеги,", "", RUSSIAN, "", RUSSIAN_MORE, "", "--", "Ола Харл", "аналитик порта"]
    reasons = reasons_of(lines)
    for line in lines[:5] + ["Добрый день, коллеги,", "--", "Ола Харл", "аналитик порта"]:
        assert reasons[line], line
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None


def test_what_only_looks_like_a_mails_part_stays() -> None:
    quote = "> The berths will be shared by all four operators from the first of March, without a fee."
    reasons = reasons_of(["# Ferries share their berths", PROSE, "",
                          "The chairman of the board wrote to the operators on Friday:", quote, "", MORE])
    assert reasons[quote] is None  # a quote in the story, under its sentence
    speech = ["# Выступление на заседании совета", "Уважаемые коллеги!", "", RUSSIAN, "", RUSSIAN_MORE]
    assert reasons_of(speech)["Уважаемые коллеги!"] is None  # a speech's address is the speech's
    row = "Дата: 15.09.2025; Стадия: внесён в совет; Результат: зарегистрирован."  # as the cleaner rebuilds a row
    rows = ["# Ход рассмотрения", row, "Дата: 17.09.2025; Стадия: передан в комитет; Результат: принят.", "", RUSSIAN]
    assert reasons_of(rows)[row] is None  # a table's row rebuilt with labels, not a mail's header


def test_a_long_note_above_a_forward_is_the_letter() -> None:
    note = ("Tor, this is the piece I mentioned on Friday. The figures on the berths are new, and the port "
            "authority has not yet confirmed them, so please check the numbers with the operators before the "
            "seminar and tell me what they say.")
    reasons = reasons_of([note, "", "---------- Forwarded message ---------", "From: Lorna Weekly <news@lorna.example>",
                          "Date: Tue, Dec 9, 2025 at 11:05 AM", "", PROSE, "", MORE])
    assert reasons[note] is None
    assert reasons["---------- Forwarded message ---------"] and reasons["From: Lorna Weekly <news@lorna.example>"]


def _printed_forward(path: Path, note: str) -> None:
    """A forwarded newsletter as a mail client prints it to PDF: its print header, the subject, the count of messages,
    the sender's line, the forwarder's note, the forwarded header, the newsletter's masthead, headline and text."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title("Mailbox - Fwd: Lorna Weekly No. 4: The berths are shared")
    pdf.add_page()
    pdf.set_auto_page_break(False)
    y = 10.0

    def put(size: float, text: str, style: str = "", gap: float = 6) -> None:
        nonlocal y
        pdf.set_font("Helvetica", style, size)
        pdf.text(15, y, text)
        y += gap

    put(7, "12/10/25, 4:17 PM Mailbox - Fwd: Lorna Weekly No. 4: The berths are shared")
    put(12, "Fwd: Lorna Weekly No. 4: The berths are shared", "B")
    put(9, "1 message")
    put(9, "Tor Veld <t.veld@lorna.example> Wed, Dec 10, 2025 at 3:58 PM")
    put(9, note)
    put(9, "---------- Forwarded message ---------")
    for header in ("From: Lorna Weekly <news@lorna.example>", "Date: Tue, Dec 9, 2025 at 11:05 AM",
                   "Subject: Lorna Weekly No. 4: The berths are shared", "To: <t.veld@lorna.example>"):
        put(9, header)
    put(18, "The berths are shared: what the", "B", 8)
    put(18, "ferry owners agreed in March", "B", 10)
    for line in ("The ferry operators of the northern shore agreed in March to share their berths with the new",
                 "line, the port authority said after the meeting. Freight on the line grew by a fifth in the first",
                 "half of the year, and two more ferries are due in June, when the winter timetable ends."):
        put(10, line, gap=5)
    pdf.output(str(path))


def test_a_printed_forward_is_titled_by_its_headline_without_its_envelope(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _printed_forward(tmp_path / "print.pdf", "Ola, for the seminar. D.")
    cleaned = read_pdf((tmp_path / "print.pdf").read_bytes()).cleaned
    assert cleaned.title == "The berths are shared: what the ferry owners agreed in March"
    for chrome in ("1 message", "for the seminar", "Forwarded message", "From:", "Subject:", "t.veld@"):
        assert chrome not in cleaned.text, chrome
    assert "share their berths with the new line, the port authority said" in cleaned.text


def test_a_line_ends_open_on_a_function_word_not_on_a_questions_verb() -> None:
    from assistant.ingest.langdata import ends_open

    assert ends_open("The ferry operators met the port authority on Friday with")
    assert not ends_open("More information about the Lorna-L mailing list")
    assert not ends_open("Вопросы о причалах задавайте в чате порта, пожалуйста")
    assert ends_open("Вопросы о причалах задавайте в чате порта и")


def test_a_notes_line_after_the_last_paragraph_is_no_footer() -> None:
    lines = ["# Ferries share their berths", PROSE, "", MORE, "", "About the author", "",
             "Ola Harl is a harbour analyst at the Lorna Ports Review, where she covers the ferries.", "",
             "⁵ Port authority of Lorna, annual report 2024, p. 19; operators' timetable, 2025.", "",
             "© Lorna Ports Review 2025 | lorna-ports.example | 6"]
    assert reasons_of(lines)["⁵ Port authority of Lorna, annual report 2024, p. 19; operators' timetable, 2025."] is None
