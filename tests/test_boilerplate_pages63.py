"""Cleaning 63, for fresh dev sets 56 and 57: a PDF whose metadata title is a web address's slug
("lorna-rating-2025-12-05", as a site's publishing system stamps a file) is titled by its headline; a legal legend
set in capitals, a newspaper's imprint and a rating report's end matter ("Applicable Criteria", "DISCLAIMERS") go.
The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_boilerplate_pages34 import TITLED, _saved_page

from assistant.ingest.cleaning import clean_source
from assistant.ingest.corpus import _texts

NOTICE = """Lorna Port Holdings issues its first bond

THE NOTES HAVE NOT BEEN AND WILL NOT BE REGISTERED UNDER THE SECURITIES LAWS OF VETTIN
AND MAY NOT BE OFFERED OR SOLD IN VETTIN OR TO ANY PERSON RESIDENT THERE, EXCEPT UNDER
AN EXEMPTION FROM THOSE LAWS.

RISKS RELATING TO THE PORT

The port depends on ferries from Vettin for the larger part of its revenue. Ferry calls fell by a tenth in 2025, and
the company expects them to recover only when the new berth opens in the spring.

The company will use the proceeds to repay a loan of 300 million dollars and to build a grain terminal at the north
quay, which it expects to open in 2027.
"""


def test_a_legend_in_capitals_goes_and_a_heading_in_capitals_stays() -> None:
    kept = clean_source(NOTICE, "text").text
    assert "REGISTERED UNDER THE SECURITIES LAWS" not in kept and "EXEMPTION FROM THOSE LAWS" not in kept
    assert "RISKS RELATING TO THE PORT" in kept  # a heading: too short for a legend
    assert "Ferry calls fell by a tenth in 2025" in kept and "a grain terminal at the north" in kept


def test_a_short_sentence_in_capitals_is_no_legend() -> None:
    text = NOTICE.replace("THE NOTES HAVE NOT BEEN AND WILL NOT BE REGISTERED UNDER THE SECURITIES LAWS OF VETTIN\n"
                          "AND MAY NOT BE OFFERED OR SOLD IN VETTIN OR TO ANY PERSON RESIDENT THERE, EXCEPT UNDER\n"
                          "AN EXEMPTION FROM THOSE LAWS.", "THE PORT REOPENS IN MAY.")
    assert "THE PORT REOPENS IN MAY." in clean_source(text, "text").text


IMPRINT = """Паром придёт весной

Порт Лорны ждёт новый паром из Веттина в апреле. По словам начальника порта, судно возьмёт 60 вагонов и сократит
очередь на причале вдвое.

Грузы из Веттина выросли за год на 12 процентов, и порт просит у правительства денег на второй причал.

Мнение авторов не всегда совпадает с мнением редакции. Рукописи не рецензируются и не возвращаются.
Учредители: правительство Лорны, трудовой коллектив редакции.
Газета зарегистрирована в министерстве юстиции Лорны, свидетельство № 112.
Тираж 2 400 экз. Заказ № 518.
Подписано в печать 04.12.2025 в 17:00.
Отпечатано в типографии «Северный берег», г. Лорна.
"""


def test_a_newspaper_s_imprint_goes() -> None:
    kept = clean_source(IMPRINT, "text").text
    assert "сократит очередь на причале вдвое" in kept.replace("\n", " ")
    assert "второй причал" in kept
    for chrome in ("не всегда совпадает", "Учредители", "Газета зарегистрирована", "Тираж 2 400", "Подписано в печать",
                   "Отпечатано в типографии"):
        assert chrome not in kept, chrome


@pytest.mark.parametrize("slug", ["lorna-weekly-ferries-2025-12-12", "lw_ferries_northern_shore"])
def test_a_pdf_stamped_with_a_slug_is_titled_by_its_headline(tmp_path: Path, slug: str) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _saved_page(tmp_path / "page.pdf", slug)
    cleaned = read_pdf((tmp_path / "page.pdf").read_bytes()).cleaned
    assert cleaned.title == TITLED
    assert "berths with the new line, the port authority said" in cleaned.text


def test_a_title_with_hyphens_between_words_still_names_the_document() -> None:
    from assistant.ingest.formats.pdf_layout import is_document_title

    assert not is_document_title("msr-rac-lorna-2025-12-05")
    assert is_document_title("Lorna-Vettin transit outlook")  # capitals and spaces: a title
    assert is_document_title("year-on-year")  # three parts: a compound word, no slug


RATING = """Vettin Ratings affirms Lorna at 'B'; outlook stable

Lorna's rating reflects its high reserves and its dependence on ferry tolls, which paid for a third of the budget in
2025. The agency expects the current account to stay in surplus while the new berth is built.

A fall in ferry traffic of a fifth, or a return of the arrears to the builders of the port, could lead to a downgrade.

Applicable Criteria

Sovereign Rating Criteria (effective 1 March 2025)

DISCLAIMERS

Ratings are opinions of credit risk and no advice to buy or sell.
"""


def test_a_rating_report_s_end_matter_goes() -> None:
    kept = clean_source(RATING, "text").text
    assert "could lead to a downgrade" in kept
    assert "Applicable Criteria" not in kept and "Sovereign Rating Criteria" not in kept and "DISCLAIMERS" not in kept


DIGEST = """Обзор прессы за 4 декабря

Порты

Лорна Пост, 04.12.2025, 09:15

Паром из Веттина придёт в апреле

Порт Лорны ждёт новый паром из Веттина в апреле, пишет газета. Судно возьмёт 60 вагонов.

Vettin Daily, 03.12.2025 (перевод с английского)

Веттин просит второй причал

Правительство Веттина попросило у банка 40 млн долларов на второй причал, сообщает издание, 03.12.2025 став для
него важной датой.
"""


def test_a_digest_item_s_source_and_date_line_goes() -> None:
    kept = clean_source(DIGEST, "text").text
    assert "Лорна Пост, 04.12.2025" not in kept and "Vettin Daily, 03.12.2025" not in kept
    assert "Судно возьмёт 60 вагонов" in kept and "Паром из Веттина придёт в апреле" in kept
    assert "сообщает издание, 03.12.2025 став" in kept.replace("\n", " ")  # a date inside a sentence stays


EPISODE = """<html><head><title>Ferries and wool — Harbour Hour — Lorna FM</title></head><body>
<h1>Ferries and wool: what the new line means for Lorna's farmers</h1>
<p class="lead">The new ferry from Vettin will carry wool south for the first time, and the farmers of the north shore hope for better prices.</p>
<div class="audio-player"><button>Listen</button><span class="audio-player__time">00:00 / 31:07</span>
<a href="/media/hh-2025-12-04.mp3" download>Download MP3 (22 MB)</a></div>
<p>Host: How much wool does Lorna shear in a year, and how much of it leaves the country?</p>
<p>Guest: About nine thousand tonnes, and nearly all of it goes to Vettin unwashed, at 20 cents a kilogram.</p>
</body></html>"""


def test_a_media_player_s_clock_and_download_link_go() -> None:
    read = _texts(EPISODE.encode("utf-8"), "html")
    cleaned = clean_source(read.source, read.kind)
    assert "00:00 / 31:07" not in cleaned.text and "Download MP3" not in cleaned.text
    assert "About nine thousand tonnes" in cleaned.text and "Host: How much wool" in cleaned.text


REVIEW = """Small ports, big neighbours

The book under review traces how the ports of the northern shore won their ferries, berth by berth, over thirty
years. Its author counts 14 new berths since 1995 and argues that each followed a trade agreement, not a treaty.

The argument is strongest in its fourth chapter, on the Vettin line, and weakest where it leaves out the customs posts.

Disclosure statement

No potential conflict of interest was reported by the author.
"""


def test_a_journal_s_disclosure_statement_goes() -> None:
    kept = clean_source(REVIEW, "text").text
    assert "Its author counts 14 new berths since 1995" in kept and "leaves out the customs posts" in kept
    assert "Disclosure statement" not in kept and "conflict of interest" not in kept


def _word(path: Path, lines: list[tuple[str, bool]]) -> bytes:
    """A Word file of `lines`, each (text, bold)."""
    from docx import Document

    doc = Document()
    for text, bold in lines:
        doc.add_paragraph().add_run(text).bold = bold
    doc.save(str(path))
    return path.read_bytes()


BODY = ("Порт Лорны ждёт новый паром из Веттина в апреле, пишет газета. Судно возьмёт 60 вагонов и сократит очередь на "
        "причале вдвое, говорят в порту.")


def test_a_word_file_under_a_letterhead_in_capitals_is_titled_by_its_headline(tmp_path: Path) -> None:
    from assistant.ingest.formats.docx import read_docx

    data = _word(tmp_path / "digest.docx", [("МИНИСТЕРСТВО ТРАНСПОРТА И КОММУНИКАЦИЙ РЕСПУБЛИКИ ЛОРНА", True),
                                            ("ДЕПАРТАМЕНТ МОРСКИХ ПЕРЕВОЗОК И ПОРТОВОГО ХОЗЯЙСТВА", True),
                                            ("Пресс-служба", True),
                                            ("101000, г. Лорна, ул. Портовая, 5 · тел.: 22-41-18", False),
                                            ("Обзор прессы за 4 декабря 2025 года", True), (BODY, False)])
    assert read_docx(data).cleaned.title == "Обзор прессы за 4 декабря 2025 года"


def test_a_headline_in_capitals_over_the_text_stays_the_title(tmp_path: Path) -> None:
    from assistant.ingest.formats.docx import read_docx

    data = _word(tmp_path / "notice.docx", [("ПАРОМ ИЗ ВЕТТИНА ПРИДЁТ В ЛОРНУ ВЕСНОЙ", True), (BODY, False),
                                            ("Причал будет готов к маю", True), (BODY, False)])
    assert read_docx(data).cleaned.title == "ПАРОМ ИЗ ВЕТТИНА ПРИДЁТ В ЛОРНУ ВЕСНОЙ"  # a heading under the text is none
