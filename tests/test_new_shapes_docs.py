"""PDF and Word files in shapes the fixtures do not cover (generated here from text written for the tests).

A two-page PDF under a Cyrillic, upper-case name with a running header, page footers and a printed
date; a headline set on two lines; Word files written by python-docx (its template's date), with
headings typed as bold lines; and all of it cited with its facets after a build.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from tests.test_new_shapes import FERRIES_MD, FORUM_HTML, load


def two_page_pdf() -> bytes:
    """Two pages with a running header, a footer 'Page n of 2', a printed date; made on 2026-12-01."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, "Foreign Ministry Review | Neighbourhood Relations 2026", align="C")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, f"Page {self.page_no()} of 2", align="C")

    pdf = Report()
    pdf.set_creation_date(dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", size=11)
    pages = [
        ("Relations with Neighbouring States in the First Quarter\n\nPublished 14 February 2026\n\n"
         "In the first quarter the ministry held nine rounds of consultations with neighbouring states. "
         "The main subject was the joint operation of the reservoirs on the Naryn, where the parties agreed "
         "a schedule of water releases for the summer season."),
        ("The second part of the review covers trade agreements. The ministry signed a protocol on the mutual "
         "recognition of grain certificates, which enters into force in May."),
    ]
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def briefing_docx() -> bytes:
    """A python-docx file: its core 'created' date is the template's (2013), its text says 2025."""
    import docx

    document = docx.Document()
    document.add_heading("Water Diplomacy in the Ferghana Valley", level=0)
    document.add_paragraph("A briefing note prepared for a regional roundtable, 3 September 2025.")
    document.add_heading("Current Arrangements", level=1)
    document.add_paragraph("A joint commission now meets twice a year and publishes a release schedule.")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["Reservoir", "Capacity (km3)"], ["Toktogul", "19.5"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_date_printed_in_the_document_beats_the_files_creation_date(tmp_path: Path) -> None:
    docs = load(tmp_path, {"Отчёт МИД 2026.PDF": two_page_pdf(), "briefing.docx": briefing_docx()})
    report, briefing = docs["Отчёт МИД 2026.PDF"], docs["briefing.docx"]
    assert report.date == "2026-02-14"  # not the file's creation date, 2026-12-01
    assert briefing.date == "2025-09-03"  # not python-docx's template date, 2013-12-23
    assert report.doc_id == "отчёт-мид-2026" and len(report.page_starts) == 2
    assert "Foreign Ministry Review" not in report.text and "Page 1 of 2" not in report.text
    assert "Published 14 February 2026" not in report.text  # the byline, as on a text page
    assert report.text.startswith("Relations with Neighbouring States in the First Quarter\n\nIn the first quarter")
    assert [s.heading for s in briefing.sections] == ["Current Arrangements"]
    assert "Reservoir: Toktogul; Capacity (km3): 19.5." in briefing.text


def test_an_undated_file_falls_back_to_its_creation_date(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("The commission met again and agreed nothing new about the reservoirs this time.")
    document.core_properties.created = dt.datetime(2024, 4, 2, 8, 0)
    out = io.BytesIO()
    document.save(out)
    assert load(tmp_path, {"plain.docx": out.getvalue()})["plain.docx"].date == "2024-04-02"


def test_new_shapes_are_cited_with_their_facets(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.settings import Settings

    load(tmp_path, {"caspian-ferries.md": FERRIES_MD, "forum.html": FORUM_HTML, "Отчёт МИД 2026.PDF": two_page_pdf()})
    settings = Settings().replace(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    bot = Assistant.load(settings, embedder=fake_embedder)
    top = bot.ask("How long is the ferry crossing between Alat and Kuryk?", k=1).passages[0]
    assert (top.title, top.publisher, top.date) == (
        "Caspian Ferries and the Price of Speed", "Caspian Logistics Digest", "2025-08-19")
    assert "title:" not in top.text
    pdf = bot.ask("When does the protocol on grain certificates enter into force?", k=1).passages[0]
    assert (pdf.source, pdf.date, pdf.page) == ("corpus/Отчёт МИД 2026.PDF", "2026-02-14", 2)
    assert pdf.highlight is not None
    assert bot.document(pdf.doc_id).text[pdf.highlight.start : pdf.highlight.end] == pdf.highlight.text


def test_a_pdf_headline_set_on_two_lines_is_one_title() -> None:
    from fpdf import FPDF

    from assistant.ingest.formats import extract

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", size=18)
    pdf.multi_cell(0, 9, "The Long Road to Gwadar: Uzbekistan, Afghanistan and the Politics of a Railway Through the Mountains", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Uzbekistan has spent five years promoting a railway from Termez to a port on the Arabian Sea. The "
                   "route crosses Afghanistan and needs tunnels through the mountains. Financing remains the main obstacle, "
                   "since lenders hesitate to commit funds while the security situation is unclear.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", size=12)
    pdf.multi_cell(0, 6, "Who Pays", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Three lenders have studied the project, but none has yet committed money to it.", new_x="LMARGIN", new_y="NEXT")
    got = extract("pdf", bytes(pdf.output()))
    title = "The Long Road to Gwadar: Uzbekistan, Afghanistan and the Politics of a Railway Through the Mountains"
    assert got.cleaned.title == title
    assert got.cleaned.text.startswith(title + "\n\nUzbekistan has spent")
    assert "\n\nWho Pays\n\nThree lenders" in got.cleaned.text


def test_docx_headings_typed_as_bold_lines_are_sections() -> None:
    import docx

    from assistant.ingest.formats import extract

    document = docx.Document()
    for text, bold in [
        ("Водная дипломатия в Ферганской долине", True),
        ("Записка подготовлена к региональному круглому столу. Она описывает споры о воде и договорённости.", False),
        ("Что изменилось за год", True),
        ("Совместная комиссия теперь собирается дважды в год и публикует график попусков воды.", False),
        ("Прогноз", True),
        ("Переговорщики ожидают подписания договора о разделе воды до весеннего паводка.", False),
    ]:
        document.add_paragraph().add_run(text).bold = bold
    paragraph = document.add_paragraph()
    paragraph.add_run("Важно: ").bold = True
    paragraph.add_run("это предложение начинается с жирного слова, но не заголовок.")
    out = io.BytesIO()
    document.save(out)
    got = extract("docx", out.getvalue())
    assert got.cleaned.title == "Водная дипломатия в Ферганской долине"
    assert [s.heading for s in got.cleaned.sections] == ["Что изменилось за год", "Прогноз"]
    assert "Важно: это предложение начинается с жирного слова" in got.cleaned.text


def test_python_docx_template_stamp_is_not_a_date(tmp_path: Path) -> None:
    import docx

    document = docx.Document()  # an undated note written by a script: no byline, no creation date set
    document.add_paragraph("The commission met again and agreed nothing new about the reservoirs this time.")
    out = io.BytesIO()
    document.save(out)
    assert load(tmp_path, {"note.docx": out.getvalue()})["note.docx"].date is None  # not 2013-12-23
