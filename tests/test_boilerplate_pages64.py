"""Cleaning 64, for fresh dev sets 58 and 59: an act's list item "(c) …" is no copyright; a law portal's page titled
by the act's title its og:title says over three lines, not by the document's number; a thesis abstract's cover and
its page of particulars go and its title is the thesis's; a Word paper's kind in capitals goes on into its subject
(«ПОЯСНИТЕЛЬНАЯ ЗАПИСКА» / «к проекту …»); a headline with a colon is no record's field; a debate's clock times,
chair and procedure; an e-book store's particulars. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

from test_boilerplate_pages52 import serif_pdf
from test_boilerplate_pages63 import _word

from assistant.ingest.cleaning import clean, clean_source

ACT = """<!DOCTYPE html>
<html lang="en"><head><title>Decision - 2025/77 - EN - Lorna Law</title>
<meta property="og:title" content="Council Decision (LFSP) 2025/77 of 3 December 2025 on the mandate of the Lornan Envoy for the Northern Shore">
</head><body>
<h1>Document 32025D0077</h1>
<p>COUNCIL DECISION (LFSP) 2025/77</p>
<p>of 3 December 2025</p>
<p>on the mandate of the Lornan Envoy for the Northern Shore</p>
<p>THE COUNCIL OF LORNA,</p>
<p>Having regard to the Treaty of Lorna, and in particular Article 12 thereof,</p>
<p>The mandate of the Envoy shall be based on the following objectives of the Council on the northern shore:</p>
<p>(a) to keep close contacts with the governments of the ports of the northern shore and with their harbour boards;</p>
<p>(b) to follow the talks on the second ferry line between Lorna and Vettin and report on them every quarter;</p>
<p>(c) to support the shore's links with the Union, in particular through the new grain terminal at the north quay;</p>
<p>(d) to help prevent the circumvention of the Council's restrictive measures through the ports of the shore.</p>
<p>The financial reference amount for the mandate from 1 January 2026 to 31 December 2026 shall be 1 200 000 crowns.</p>
<p>(c) 2025 Lorna Law Publications Office</p>
</body></html>
"""


def test_an_act_s_third_list_item_stays_and_a_copyright_goes() -> None:
    kept = clean(ACT, "html").text
    assert "(c) to support the shore's links with the Union" in kept and "(d) to help prevent" in kept
    assert "Lorna Law Publications Office" not in kept  # "(c) 2025 …": a copyright


def test_a_law_portal_s_page_is_titled_by_the_act_its_og_title_sets_over_lines() -> None:
    cleaned = clean(ACT, "html")
    assert cleaned.title == ("Council Decision (LFSP) 2025/77 of 3 December 2025 on the mandate of the Lornan Envoy "
                             "for the Northern Shore")
    assert "Document 32025D0077" not in cleaned.text  # the document's number alone: no headline


def test_a_page_whose_og_title_its_text_does_not_set_keeps_its_headline() -> None:
    page = ACT.replace("Council Decision (LFSP) 2025/77 of 3 December 2025 on the mandate", "Ferries and the mandate")
    page = page.replace("<h1>Document 32025D0077</h1>", "<h1>The Envoy's new mandate on the northern shore</h1>")
    assert clean(page, "html").title == "The Envoy's new mandate on the northern shore"


def _thesis(path: Path, kind_words: str = "АВТОРЕФЕРАТ") -> bytes:
    """A thesis abstract's cover and its page of particulars, then its text, as fpdf2 sets them in DejaVu Serif."""
    pdf = serif_pdf(format="A5")
    pdf.set_title("Microsoft Word - avtoreferat_final.docx")
    pdf.add_page()

    def line(size: float, text: str, style: str = "", align: str = "C") -> None:
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(pdf.epw, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")

    line(10, "На правах рукописи", align="R")
    pdf.ln(8)
    line(12, "ВЕЛЬДОВА Анна Петровна", "B")
    pdf.ln(8)
    line(12, "ПАРОМНЫЕ ЛИНИИ СЕВЕРНОГО БЕРЕГА", "B")
    line(12, "В ВНЕШНЕЙ ПОЛИТИКЕ ЛОРНЫ (2010–2024 гг.)", "B")
    pdf.ln(8)
    line(10, "Специальность 5.5.4. Международные отношения, глобальные и региональные исследования")
    pdf.ln(8)
    line(12, kind_words, "B")
    line(11, "диссертации на соискание учёной степени кандидата политических наук")
    pdf.add_page()
    line(9.5, "Работа выполнена на кафедре международных отношений Лорнского государственного университета.", align="J")
    line(9.5, "Научный руководитель:", "B", align="L")
    line(9.5, "доктор политических наук, профессор Веттин Олег Викторович", align="L")
    line(9.5, "Защита состоится 24 декабря 2025 г. в 14:00 на заседании диссертационного совета Лорнского "
              "государственного университета.", align="J")
    line(9.5, "Автореферат разослан «21» ноября 2025 г.", align="L")
    pdf.add_page()
    line(9.5, "Паромные линии северного берега с 2010 года стали главным способом, которым Лорна связывает свои "
              "порты с Веттином: за четырнадцать лет их число выросло с двух до девяти, а грузы — втрое.", align="J")
    line(9.5, "По словам доктора экономических наук Ивана Петровича Брасина, без этих линий порт Лорны потерял бы "
              "половину своих грузов.", align="J")
    pdf.output(str(path))
    return path.read_bytes()


def test_a_thesis_abstract_s_cover_and_particulars_go_and_its_title_is_the_thesis_s(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    cleaned = read_pdf(_thesis(tmp_path / "thesis.pdf")).cleaned
    assert cleaned.title == "ПАРОМНЫЕ ЛИНИИ СЕВЕРНОГО БЕРЕГА В ВНЕШНЕЙ ПОЛИТИКЕ ЛОРНЫ (2010–2024 гг.)"
    for chrome in ("На правах рукописи", "ВЕЛЬДОВА", "Научный руководитель", "Веттин Олег Викторович", "Защита состоится",
                   "Автореферат разослан", "Работа выполнена", "диссертации на соискание"):
        assert chrome not in cleaned.text, chrome
    assert "их число выросло с двух до девяти" in cleaned.text
    assert "доктора экономических наук Ивана Петровича Брасина" in cleaned.text  # a sentence naming a degree stays


def test_a_second_line_of_several_words_in_the_title_s_type_still_leaves_no_headline(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    cleaned = read_pdf(_thesis(tmp_path / "thesis.pdf", "АВТОРЕФЕРАТ ДИССЕРТАЦИИ КАНДИДАТА НАУК")).cleaned
    assert cleaned.title != "ПАРОМНЫЕ ЛИНИИ СЕВЕРНОГО БЕРЕГА В ВНЕШНЕЙ ПОЛИТИКЕ ЛОРНЫ (2010–2024 гг.)"


NOTE_BODY = ("Проект Закона разработан Министерством иностранных дел Лорны. Соглашение подписано в Веттине 14 мая 2025 "
             "года и снижает налог на дивиденды с 10 до 5 процентов.")


def test_a_paper_s_kind_in_capitals_goes_on_into_its_subject_as_the_headline(tmp_path: Path) -> None:
    from assistant.ingest.formats.docx import read_docx

    subject = ("к проекту Закона Республики Лорна «О ратификации Соглашения между Правительством Республики Лорна и "
               "Правительством Республики Веттин об избежании двойного налогообложения доходов и имущества»")
    data = _word(tmp_path / "note.docx", [("Проект", False), ("ПОЯСНИТЕЛЬНАЯ ЗАПИСКА", True), (subject, True),
                                          ("1. Предмет регулирования", True), (NOTE_BODY, False)])
    cleaned = read_docx(data).cleaned
    assert cleaned.title == f"ПОЯСНИТЕЛЬНАЯ ЗАПИСКА {subject}"


def test_a_speech_s_cover_over_its_own_headline_stays_a_cover(tmp_path: Path) -> None:
    from assistant.ingest.formats.docx import read_docx

    data = _word(tmp_path / "speech.docx", [("Проект", False), ("ВЫСТУПЛЕНИЕ", True),
                                            ("директора Лорнского института портов А. Б. Веттина", True),
                                            ("Паромы Лорны: что даст вторая линия", True), (NOTE_BODY, False)])
    cleaned = read_docx(data).cleaned  # the speaker's line is no subject of the paper: no headline made of the two
    assert cleaned.title != "ВЫСТУПЛЕНИЕ директора Лорнского института портов А. Б. Веттина"
    assert "Паромы Лорны: что даст вторая линия" in f"{cleaned.title}\n{cleaned.text}"


CONCEPT = """# Open Berths: Making the Ferry Crossing Easier for Small Traders of the Northern Shore

Project title: Open Berths – small traders on the Lorna ferries

Applicant: Northern Shore Traders' Foundation, Lorna

Total budget: EUR 640,000

## 1. Background

Small traders carry dried fish, wool and household goods on the Lorna–Vettin ferries, and most of them are women who
cross the water eleven times a month. Their trade rarely appears in the port's statistics.
"""


def test_a_headline_with_a_colon_is_no_record_s_field() -> None:
    cleaned = clean_source(CONCEPT, "markdown")
    assert cleaned.title == "Open Berths: Making the Ferry Crossing Easier for Small Traders of the Northern Shore"
    assert "Total budget: EUR 640,000" not in cleaned.text  # the fields under it are a record's details still


DEBATE = """Ferry Services: Northern Shore

Volume 12: debated on Tuesday 2 December 2025

2.30 pm

[Sir Anton Veld in the Chair]

Anna Brannock (Lorna North) (Lab)

I beg to move, That this House has considered ferry services on the northern shore. The ferries carry a third of the
shore's freight, and the second line to Vettin would halve the queue at the north quay by the spring of 2026.

Will the hon. Lady give way?

I give way to the hon. Gentleman.

The question was put to the harbour board at 2.30 pm on the day the line opened, and it gave no answer.

3.21 pm

Question put and agreed to.

Sitting suspended.
"""


def test_a_debate_s_clock_times_chair_and_procedure_go() -> None:
    kept = clean_source(DEBATE, "text").text
    for chrome in ("\n2.30 pm", "3.21 pm", "in the Chair", "give way", "Question put and agreed to", "Sitting suspended"):
        assert chrome not in kept, chrome
    assert "the second line to Vettin would halve the queue" in kept
    assert "put to the harbour board at 2.30 pm on the day" in kept  # a clock time in a sentence stays


BOOK = """# Паромы северного берега

Электронная книга

Форматы: fb2, epub, pdf

## О книге

Книга рассказывает, как паромные линии северного берега с 2010 года связали порты Лорны с Веттином и почему вторая
линия откроется только весной 2026 года.

## Информация о книге

Возрастное ограничение: 16+

Дата написания: 2025

Правообладатель: Издательство «Северный берег»

## Ознакомительный фрагмент

Первый паром пришёл в Лорну из Веттина в мае 2010 года, и в тот год он сделал всего сорок рейсов.

Конец ознакомительного фрагмента. Купите книгу, чтобы прочитать её целиком.
"""


def test_an_e_book_store_s_particulars_go_and_the_annotation_and_fragment_stay() -> None:
    kept = clean_source(BOOK, "markdown").text
    for chrome in ("Форматы:", "О книге", "Информация о книге", "Возрастное ограничение", "Дата написания",
                   "Правообладатель", "Ознакомительный фрагмент", "Конец ознакомительного"):
        assert chrome not in kept, chrome
    assert "вторая линия откроется только весной 2026 года" in kept and "сделал всего сорок рейсов" in kept


def test_a_brief_s_product_number_alone_goes() -> None:
    text = ("The Lornan Ferries Act of 2024 funds two new berths at the north quay and a grain terminal.\n\n"
            "LF12847\n\nThe brief LF12847 is updated every year in December.\n")
    kept = clean_source(text, "text").text
    assert "\nLF12847\n" not in f"\n{kept}\n" and "The brief LF12847 is updated" in kept


REPLY = """Ferry Services: Northern Shore

Mr Oliver Brannock (Lorna South) (Con)

It is a pleasure to serve under your chairmanship. The shadow Minister's question is simple: will the second line to
Vettin open in the spring, and who will pay for the new berth at the north quay?

The Parliamentary Under-Secretary of State for Transport and the Northern Shore (Anna Veld) (Lorna West) (Lab)

The Department has agreed a grant of 4.2 million pounds for the berth, and the second line will open in April 2026.
The harbour board will meet the rest of the cost from its own fees.
"""


def test_a_minister_s_long_line_over_the_reply_labels_it() -> None:
    """A debate's speaker line ending on two brackets heads the speaker's words however long the office it names, so a
    minister's reply is not cited under the member who spoke before."""
    cleaned = clean_source(REPLY, "text")
    labels = [s.heading for s in cleaned.sections if "4.2 million pounds" in cleaned.text[s.start : s.end]]
    assert labels and labels[0].startswith("The Parliamentary Under-Secretary of State"), labels


def test_a_long_line_with_one_bracket_is_no_speaker() -> None:
    text = REPLY.replace("(Anna Veld) (Lorna West) (Lab)", "(the Department) has written to the harbour board about the berth")
    assert not any(s.heading.startswith("The Parliamentary Under-Secretary") for s in clean_source(text, "text").sections)
