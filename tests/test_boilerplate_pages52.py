"""Cleaning 52, by form: a page printed to PDF by a browser (its <title> less the site's name, over a headline set on two
lines; its author's post by the byline; a "Related" label, its items run together, and a footer whose links and address
run into its © line), a press release whose bold headline is only a little larger than its text under a label set letter
by letter, a paywall's box, a live blog's hosts, and a document's comment thread with its replies. The pages are written
for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.ingest.cleaning import clean_source
from assistant.ingest.corpus import _texts

if TYPE_CHECKING:
    from fpdf import FPDF

PROSE = ("The ferry between Lorna and Vettin carried 41,000 trucks in its first year, a third more than the port "
         "authority had planned, and the second berth is due to open in the spring of 2027.")
MORE = ("Freight rates on the crossing fell by a fifth over the year, while the wait at the Vettin gate shrank from two "
        "days to under nine hours, the authority said in its annual report to the ministry.")
LAST = "Nobody has said what the second berth will cost, and the ministry has not published a tender for it."


def _printed(path: Path) -> None:
    """A commentary page as a browser prints it: its <title> as the file's title, the page's chrome around the text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Ferries on the Inland Sea: Lorna's Quiet Shift | Veldmark Forum")
    pdf.add_page()
    rows = [("Helvetica", "B", 20, "Ferries on the Inland Sea: Lorna's"), ("Helvetica", "B", 20, "Quiet Shift"),
            ("Helvetica", "", 13, "A second crossing has halved the wait at the gate, and the port now wants a second berth."),
            ("Helvetica", "", 10, "Anna Veld, Senior Fellow, Transport Programme"),
            ("Helvetica", "", 10, "4 December 2025 · 6 minute read"),
            ("Helvetica", "", 11, PROSE), ("Helvetica", "", 11, MORE), ("Helvetica", "", 11, LAST),
            ("Helvetica", "B", 12, "Related research"),
            ("Helvetica", "", 10, "Report · Ports of the Inland Sea in Numbers"),
            ("Helvetica", "", 10, "Commentary · What the Vettin Gate Taught the Ministry"),
            ("Helvetica", "", 10, "Podcast · Episode 12: Ferries and Freight Rates"),
            ("Helvetica", "", 9, "Veldmark Forum · 12 Quay Street · Lorna"),
            ("Helvetica", "", 9, "Contact Careers Privacy policy"),
            ("Helvetica", "", 9, "(c) 2025 Veldmark Forum. All rights reserved.".replace("(c)", "\u00a9"))]
    _write(pdf, rows, path)


def _write(pdf, rows: list[tuple[str, str, float, str]], path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each row (font family, style, size, text) as its own paragraph, then the file."""
    for family, style, size, text in rows:
        pdf.set_font(family, style, size)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_a_printed_page_is_titled_without_its_site_and_its_byline_related_list_and_footer_go(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _printed(tmp_path / "printed.pdf")
    cleaned = read_pdf((tmp_path / "printed.pdf").read_bytes()).cleaned
    assert cleaned.title == "Ferries on the Inland Sea: Lorna's Quiet Shift"
    assert cleaned.text.startswith("Ferries on the Inland Sea: Lorna's Quiet Shift")
    assert PROSE in cleaned.text and LAST in cleaned.text
    for chrome in ("Senior Fellow", "Related research", "Episode 12", "Quay Street", "All rights reserved", "Privacy"):
        assert chrome not in cleaned.text, chrome


def serif_pdf(**options: str) -> FPDF:
    """An fpdf2 document with DejaVu Serif (it has Cyrillic) as "Serif", regular and bold."""
    from fpdf import FPDF

    pdf = FPDF(**options)
    pdf.add_font("Serif", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
    return pdf


def _release(path: Path) -> None:
    """A press release: a bold letterhead smaller than the text, a label, the number line, a bold headline in 13 over
    a text in 11.5, and the press service's contacts."""
    pdf = serif_pdf()
    pdf.add_page()
    rows = [("B", 10.5, "LORNA RESPUBLIKASI TRANSPORT VA YO‘LLAR VAZIRLIGI"), ("B", 10.5, "МИНИСТЕРСТВО ТРАНСПОРТА ЛОРНИНСКОЙ"),
            ("B", 10.5, "РЕСПУБЛИКИ"), ("", 8, "Лорна, ул. Портовая, 12 · тел.: +7 700 000-00-00 · www.transport.example"),
            ("B", 13, "П Р Е С С - Р Е Л И З"), ("", 10, "№ 41-ПР · 3 декабря 2025 г."),
            ("B", 13, "Паромная линия Лорна — Веттин перевезла за год 41 тысячу грузовиков"),
            ("", 11.5, ("За первый год работы паромная линия между Лорной и Веттином перевезла 41 тысячу грузовиков, что на "
                        "треть больше плана, сообщило портовое управление.")),
            ("", 11.5, "Стоимость строительства второго причала управление не раскрывает, а тендер на него пока не объявлен."),
            ("", 11.5, "Второй причал должен открыться весной 2027 года, после чего линия будет работать круглый год.")]
    _write(pdf, [("Serif", style, size, text) for style, size, text in rows], path)


def test_a_press_release_is_titled_by_its_bold_headline_not_its_letterhead(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _release(tmp_path / "release.pdf")
    cleaned = read_pdf((tmp_path / "release.pdf").read_bytes()).cleaned
    assert cleaned.title == "Паромная линия Лорна — Веттин перевезла за год 41 тысячу грузовиков"
    assert cleaned.text.startswith(cleaned.title) and "41 тысячу грузовиков, что на треть" in cleaned.text
    assert "МИНИСТЕРСТВО" not in cleaned.text and "VAZIRLIGI" not in cleaned.text


def test_the_headline_is_found_by_its_bold_type_past_a_label_set_letter_by_letter(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import drop_running_lines, page_texts
    from assistant.ingest.formats.pdf_layout import laid_out

    _release(tmp_path / "release.pdf")
    layouts: list = []
    raw, _ = page_texts((tmp_path / "release.pdf").read_bytes(), layouts=layouts)
    every = [[line.strip() for line in page.splitlines() if line.strip()] for page in raw]
    headline = laid_out(drop_running_lines(every), every, layouts)[2]  # 13 points over 11.5: less than the ratio
    assert " ".join((headline or "").split()) == "Паромная линия Лорна — Веттин перевезла за год 41 тысячу грузовиков"


PAYWALLED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Паром через залив — Деловой Веттин</title></head><body>
<article><h1>Паром через залив</h1>
<p>За первый год работы паромная линия между Лорной и Веттином перевезла 41 тысячу грузовиков, что на треть больше плана.</p>
<div class="paywall"><p class="paywall__title">Материал доступен по подписке</p>
<p class="paywall__text">Оформите подписку, чтобы читать все статьи: первый месяц бесплатно</p>
<a class="paywall__button" href="/subscribe">Подписаться</a></div>
<div class="paywall-content"><p>Стоимость строительства второго причала управление не раскрывает, а тендер на него пока не объявлен.</p></div>
<p class="live__authors">Ведут: Анна Вельд и Том Харл</p>
<p>Второй причал должен открыться весной 2027 года, после чего линия будет работать круглый год, сообщили в управлении.</p>
</article></body></html>"""


def test_a_paywalls_box_and_a_live_blogs_hosts_go() -> None:
    read = _texts(PAYWALLED.encode("utf-8"), "html")
    text = clean_source(read.source, read.kind).text
    assert "41 тысячу грузовиков" in text and "второго причала" in text and "весной 2027 года" in text  # what it wraps stays
    for chrome in ("по подписке", "Оформите подписку", "Подписаться", "Ведут:", "Анна Вельд"):
        assert chrome not in text, chrome


THREAD = """Паромная линия: итоги года

За первый год работы паромная линия между Лорной и Веттином перевезла 41 тысячу грузовиков, что на треть больше плана.

Стоимость строительства второго причала управление не раскрывает, а тендер на него пока не объявлен.

[1] По данным портового управления Веттина.

[a]В справке министерства 42 тысячи, а не 41. Какая цифра верная?

41 — по отчёту управления, министерство считает и рейсы в ремонт. Оставляю 41.

[b]Согласовать формулировку о тендере до отправки.

Согласовано."""


def test_a_comment_thread_goes_with_its_replies_and_a_lettered_line_above_long_text_stays() -> None:
    text = clean_source(THREAD, "text").text
    assert "41 тысячу грузовиков" in text and "[1] По данным портового управления" in text
    for chrome in ("42 тысячи", "Оставляю 41", "формулировку о тендере", "Согласовано."):
        assert chrome not in text, chrome
    long_after = THREAD.replace("Согласовано.", "Согласовано. " + " ".join(["Второй причал откроется весной."] * 12))
    assert "Оставляю 41" in clean_source(long_after, "text").text  # a long paragraph after it: no thread at the end
    lettered_first = "[a]Паром ходит четыре раза в неделю.\n\n" + THREAD.split("\n\n", 1)[1]
    assert "Паром ходит четыре раза в неделю" in clean_source(lettered_first, "text").text  # above the text: no comment
