"""A converter's pages, a wiki page exported to Word, a blog's author card and a translated page's bars (cleaning 38).

- In a text pdftotext made (pages parted by form feeds), a page's first line that cuts a sentence the page before
  leaves open goes, with the bare page number above it, and the sentence reads on; a head recurring on other pages
  is left to the line rules, which judge it beside the footers.
- A numbered heading naming a place and a month («2.1. Лорна, февраль 2023 года») is a heading, no dateline, and
  a numbered subheading standing apart ("2.1.", "3.2") heads a section as a numbered heading does.
- A headline ending on a bracket that closes no sentence («… (2023–2025)») is no paragraph: the article is titled by it.
- A report's cover month after its place («Лорна, декабрь 2025») dates it; a date in the text under it is the story's.
- A Word table of labels in bold and values in plain type (a wiki page's properties) is read as "Label: value"
  lines, which go as a record's details under the headline, with a labelled line already chrome among them; a wiki's
  "Created by …, last updated by … on …" line goes, and so do "Labels: …", "Child pages" and its list.
- By its class an author card goes ("gh-author-card"); "Thank you" and "Questions?" closing a deck go; a bar of
  share links spelt in Russian («Фейсбук Икс ЛинкедИн») goes; "Comments are closed." goes; a '#' heading parted by
  a dash («## Главные покупатели — Лорна и Вельдмарк») is a heading, no menu.

The texts are written for these tests; the forms follow eval/unseen32/ and eval/unseen33/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

import io

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.cleaning import clean
from assistant.ingest.dates import byline_date


def _report_pages(head_recurs: bool) -> str:
    cut = ["Паромщики северного берега договорились в марте делить причалы с новой линией, и теперь", "они ждут"]
    rest = "решения управления порта, которое обещали объявить до конца навигации в ноябре."
    other = "Лорна и Вельдмарк · Доклад № 4" if head_recurs else "Причалы северного берега: итоги сезона"
    pages = [
        ["ИНСТИТУТ ПОРТОВ ЛОРНЫ", "", "Причалы северного берега: кто платит", "", "Лорна, декабрь 2025", "",
         RUSSIAN, "", *cut, "", "1"],
        [other, "", rest, "", RUSSIAN_MORE, "", "2"],
        ["Лорна и Вельдмарк · Доклад № 4", "", RUSSIAN, "", "3"],
    ]
    return "\f".join("\n".join(page) for page in pages)


def test_a_head_cutting_a_sentence_goes_and_the_sentence_reads_on() -> None:
    cleaned = clean(_report_pages(head_recurs=False), "text")
    assert "и теперь они ждут решения управления порта" in cleaned.text
    assert "итоги сезона" not in cleaned.text and "Доклад № 4" not in cleaned.text
    assert cleaned.title == "Причалы северного берега: кто платит"


def test_a_head_recurring_on_other_pages_is_left_to_the_line_rules() -> None:
    cleaned = clean(_report_pages(head_recurs=True), "text")
    assert "Доклад № 4" not in cleaned.text  # the recurring head goes by the line rules, as before
    assert "они ждут" in cleaned.text and "решения управления порта" in cleaned.text


def test_a_numbered_heading_naming_a_place_and_a_month_is_no_dateline() -> None:
    reasons = reasons_of(["Причалы северного берега", "", RUSSIAN, "", "2.1. Лорна, февраль 2023 года", "",
                          RUSSIAN_MORE, "", "Лорна, 5 декабря 2025 года"])
    assert reasons["2.1. Лорна, февраль 2023 года"] is None


def test_a_numbered_subheading_standing_apart_heads_a_section() -> None:
    text = (f"Причалы северного берега\n\n{RUSSIAN}\n\n2. Опыт двух сезонов\n\n2.1. Лорна, февраль 2023 года\n\n"
            f"{RUSSIAN_MORE}\n\n2.2 Вельдмарк, октябрь 2023 года\n\n{RUSSIAN}\n\n3.5 миллиона тонн\n\n{RUSSIAN_MORE}")
    headings = [s.heading for s in clean(text, "text").sections]
    assert headings[:3] == ["2. Опыт двух сезонов", "2.1. Лорна, февраль 2023 года", "2.2 Вельдмарк, октябрь 2023 года"]
    assert "3.5 миллиона тонн" not in headings  # a figure standing alone opens no section


def test_a_headline_ending_on_a_bracket_is_the_title_not_a_paragraph() -> None:
    headline = "Причалы северного берега: как порты Лорны делят паромы (2023–2025)"
    cleaned = clean(f"ИНСТИТУТ ПОРТОВ ЛОРНЫ\n\n{headline}\n\n{RUSSIAN}\n\n{RUSSIAN_MORE}", "text")
    assert cleaned.title == headline
    said = clean(f"Причалы\n\n{RUSSIAN}\n\nПаромы ходят по расписанию, и порт доволен результатом сезона (так сказал директор.)"
                 f"\n\n{RUSSIAN_MORE}", "text")
    assert "так сказал директор" in said.text  # a bracket closing a sentence still ends a paragraph


def test_a_cover_month_after_its_place_dates_the_report() -> None:
    text = ("ИНСТИТУТ ПОРТОВ ЛОРНЫ\nПричалы северного берега: кто платит\nЛорна, декабрь 2025\n"
            "Паромщики северного берега договорились 6 февраля 2023 года делить причалы с новой\n"
            "линией, и теперь они ждут решения управления порта, которое обещали объявить до")
    assert byline_date(text) == "2025-12"
    assert byline_date("Лорна, 5 декабря 2025 года\nПаромщики договорились") == "2025-12-05"


def _wiki_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Ferry berths on the northern shore: who pays?", level=0)
    document.add_paragraph("Created by Ola Harl, last updated by Ines Veld on 08 Dec 2025")
    table = document.add_table(rows=4, cols=2)
    for row, (label, value) in zip(table.rows, [("Owner", "Ola Harl"), ("Region", "Northern shore"),
                                                ("Last reviewed", "08 Dec 2025"), ("Next review", "after the spring meeting")]):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(value)
    document.add_paragraph("For internal use only. Figures may be quoted with the source named above.")
    document.add_heading("Where things stand", level=1)
    document.add_paragraph(PROSE)
    document.add_paragraph(MORE)
    data = document.add_table(rows=3, cols=2)  # a data table: its header row in bold, its cells plain
    for r, cells in enumerate([("Year", "Ferries"), ("2024", "12"), ("2025", "15")]):
        for c, value in enumerate(cells):
            data.cell(r, c).paragraphs[0].add_run(value).bold = r == 0
    document.add_paragraph("Labels: ferries northern-shore berths")
    document.add_heading("Child pages", level=2)
    for title in ("Ferries – operators", "Ferries – meeting notes"):
        document.add_paragraph(title, style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_wiki_page_exported_to_word_keeps_its_article_only() -> None:
    from assistant.ingest.formats import extract

    text = extract("docx", _wiki_docx()).cleaned.text
    assert PROSE in text and MORE in text
    assert "Year: 2025; Ferries: 15." in text  # a data table is read as before
    for chrome in ("Created by", "Ola Harl", "Northern shore", "after the spring meeting", "For internal use only",
                   "Labels:", "Child pages", "meeting notes"):
        assert chrome not in text, chrome


def test_an_author_card_by_its_class_and_a_decks_closing_lines_go() -> None:
    page = (f"<html><body><article><h1>Ferry berths on the northern shore</h1><p>{PROSE}</p><p>{MORE}</p>"
            '<div class="gh-author-card"><h4 class="gh-author-card-name">Ola Harl</h4>'
            '<p class="gh-author-card-bio">Ola writes the Lorna Ledger from the port. She covered shipping for nine years.</p>'
            '<a class="gh-author-card-link" href="/author/ola/">More by Ola</a></div></article></body></html>')
    text = clean(page, "html").text
    assert MORE in text and "Ola writes" not in text and "More by Ola" not in text
    reasons = reasons_of(["Ferry berths", "", PROSE, "", MORE, "", "Thank you", "", "Questions?"])
    assert reasons["Thank you"] and reasons["Questions?"]


def test_a_translated_pages_share_bar_and_closed_comments_go_and_a_dashed_heading_stays() -> None:
    lines = ["# Паромы возвращаются", "", "Фейсбук Икс ЛинкедИн Электронная почта", "", RUSSIAN, "",
             "## Главные покупатели — Лорна и Вельдмарк", "", RUSSIAN_MORE, "", "Комментарии к этой статье закрыты."]
    reasons = reasons_of(lines, "markdown")
    assert reasons["Фейсбук Икс ЛинкедИн Электронная почта"] == "widget"
    assert reasons["Комментарии к этой статье закрыты."]
    assert reasons["## Главные покупатели — Лорна и Вельдмарк"] is None
    assert reasons_of(["Главная — Новости — Порты", "", RUSSIAN])["Главная — Новости — Порты"] == "menu"  # a bar, as before


def test_a_pdf_line_further_below_than_the_documents_usual_step_opens_a_paragraph() -> None:
    from assistant.ingest.formats.pdf_layout import Style, line_steps, paragraph_breaks

    def page(ys: list[float], size: float = 10.0) -> list[Style | None]:
        return [Style(size, "Serif", 72.0, y, 1) for y in ys]

    # two paragraphs of three lines, 12 points apart, with 20 between them; notes in 8 points, 9 apart
    body = page([700, 688, 676, 656, 644, 632])
    notes = page([100, 91, 82, 73, 64], size=8.0)
    usual = line_steps([body + notes, page([700, 688, 676, 664])])
    assert usual == {10.0: 12, 8.0: 9}
    assert paragraph_breaks(body, usual) == {3}
    assert paragraph_breaks(notes, usual) == set()  # each size has its own step
    assert paragraph_breaks(body) == set()  # without the document's steps, the old rule: size and face only
