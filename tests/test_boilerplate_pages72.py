"""Cleaning 72, for fresh dev set 62's opponent's review and commission minutes: a paper's kind in capitals heads its
subject going on in lower case even over the paper's own section headings (a Word review: «ОТЗЫВ» over «официального
оппонента …» over «Актуальность темы» and four more), and a PDF's kind set alone above a headline going on in lower
case heads it («ПРОТОКОЛ» over «третьего заседания …»). The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

from test_boilerplate_pages52 import serif_pdf

SUBJECT = ("официального оппонента на диссертацию Вельдовой Анны Петровны «Паромная дипломатия Лорны (2010–2024 гг.)», "
           "представленную на соискание учёной степени кандидата политических наук")
BODY = ("Автор показывает, что с 2015 по 2024 год Лорна подписала с соседями по Внутреннему морю девять соглашений о "
        "паромном сообщении, а их доля во внешней торговле страны выросла с 12 до 31 процента.")


def _review(path: Path, sections: list[str]) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    kind = doc.add_paragraph()
    run = kind.add_run("ОТЗЫВ")
    run.bold, run.font.size = True, Pt(14)
    kind.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subject = doc.add_paragraph()
    subject.add_run(SUBJECT).font.size = Pt(13)
    subject.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for heading in sections:  # the review's headings in bold, as its writer sets them
        doc.add_paragraph().add_run(heading).bold = True
        doc.add_paragraph(BODY)
    doc.save(str(path))
    return path.read_bytes()


def test_a_reviews_kind_heads_its_subject_over_the_reviews_sections(tmp_path: Path) -> None:
    from assistant.ingest.formats.docx import read_docx

    data = _review(tmp_path / "review.docx", ["Актуальность темы", "Научная новизна", "Замечания", "Заключение"])
    cleaned = read_docx(data).cleaned
    assert cleaned.title == f"ОТЗЫВ {SUBJECT}"
    assert "девять соглашений" in cleaned.text


def test_one_heading_under_the_kind_is_still_the_papers_own_headline(tmp_path: Path) -> None:
    from assistant.ingest.formats.docx import read_docx

    cleaned = read_docx(_review(tmp_path / "review.docx", ["Паромы Лорны: что даст вторая линия"])).cleaned
    assert cleaned.title != f"ОТЗЫВ {SUBJECT}"


def _minutes(path: Path, kind: str) -> bytes:
    pdf = serif_pdf()
    pdf.add_page()

    def line(size: float, text: str, style: str = "", align: str = "C") -> None:
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(pdf.epw, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")

    line(16, kind, "B")
    line(13, "третьего заседания Межправительственной комиссии по торгово-экономическому сотрудничеству между "
             "Правительством Республики Лорна и Правительством Республики Веттин", "B")
    pdf.ln(6)
    for _ in range(3):
        line(11, BODY, align="J")
    pdf.output(str(path))
    return path.read_bytes()


def test_a_pdfs_kind_alone_above_a_headline_in_lower_case_heads_it(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    cleaned = read_pdf(_minutes(tmp_path / "minutes.pdf", "ПРОТОКОЛ")).cleaned
    assert cleaned.title.startswith("ПРОТОКОЛ третьего заседания Межправительственной комиссии"), cleaned.title
    assert "девять соглашений" in cleaned.text
