"""Cleaning 67, for fresh dev set 58's thesis abstract: the list of the author's publications at the end goes, however
long and with its heading set on two lines; the leading organisation under its label goes with the label; a section's
heading in capitals («ОБЩАЯ ХАРАКТЕРИСТИКА РАБОТЫ») is no author's name. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

from test_boilerplate_pages52 import serif_pdf

from assistant.ingest.cleaning import clean

PARTICULARS = """Научный руководитель:

доктор политических наук, профессор Веттин Олег Викторович

Ведущая организация:

Брасинский институт морских исследований (г. Брасия)

Автореферат разослан «21» ноября 2025 г.

ОБЩАЯ ХАРАКТЕРИСТИКА РАБОТЫ

Актуальность темы исследования. Паромные линии северного берега с 2010 года стали главным способом, которым Лорна
связывает свои порты с Веттином: за четырнадцать лет их число выросло с двух до девяти.
"""
CONCLUSION = ("Паромная дипломатия стала устойчивой частью внешней политики Лорны, но держится прежде всего на "
              "портовых сборах и на готовности Веттина принимать суда круглый год.")
PUBLICATIONS = [
    "СПИСОК РАБОТ, ОПУБЛИКОВАННЫХ АВТОРОМ ПО", "ТЕМЕ ДИССЕРТАЦИИ",
    "Статьи в рецензируемых научных изданиях:",
    "1. Вельдова А. П. Паромы и порты: роль Лорны // Вестник морской политики. — 2022. — № 3. — С. 41–52.",
    "2. Вельдова А. П. Северный берег как площадка переговоров: к",
    "типологии участия // Политика побережий. — 2023. — № 2. — С. 88–97.",
    "3. Вельдова А. П. Лорна и Веттин после 2020 года // Морские исследования. — 2024. — № 1. — С. 112–121.",
    "Публикации в других изданиях:",
    "4. Вельдова А. П. Порт как переговорная площадка // Материалы конференции «Берег». — Лорна, 2022. — С. 19–23.",
    "5. Вельдова А. П. Сборы и суда // Сборник трудов молодых учёных. — Лорна, 2023. — С. 204–209.",
    "6. Вельдова А. П. База данных паромных линий: методика // Материалы конференции «Море». — Брасия, 2025. —",
    "С. 57–61.",
]


def _particulars(path: Path, text: str) -> bytes:
    """A thesis abstract's headline, then `text` paragraph by paragraph, as fpdf2 sets them in DejaVu Serif."""
    pdf = serif_pdf(format="A5")
    pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(pdf.epw, 6, "ПАРОМНЫЕ ЛИНИИ СЕВЕРНОГО БЕРЕГА В ВНЕШНЕЙ ПОЛИТИКЕ ЛОРНЫ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "", 9.5)
    for para in text.split("\n\n"):
        pdf.multi_cell(pdf.epw, 5, " ".join(para.split()), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path.read_bytes()


def test_a_thesis_s_leading_organisation_goes_with_its_label_and_its_section_heading_stays(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    kept = read_pdf(_particulars(tmp_path / "a.pdf", PARTICULARS)).cleaned.text
    assert "Брасинский институт морских исследований" not in kept and "Ведущая организация" not in kept
    assert "ОБЩАЯ ХАРАКТЕРИСТИКА РАБОТЫ" in kept and "их число выросло с двух до девяти" in kept


def test_a_value_under_a_label_that_ends_a_sentence_stays(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    text = PARTICULARS.replace("Брасинский институт морских исследований (г. Брасия)",
                               "Брасинский институт морских исследований дал отзыв о работе в ноябре.")
    assert "дал отзыв о работе в ноябре" in read_pdf(_particulars(tmp_path / "b.pdf", text)).cleaned.text


def _pdf(path: Path, end: list[str]) -> bytes:
    pdf = serif_pdf(format="A5")
    pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(pdf.epw, 6, "ЗАКЛЮЧЕНИЕ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(pdf.epw, 5, CONCLUSION, align="J", new_x="LMARGIN", new_y="NEXT")
    for i, line in enumerate(end):
        pdf.set_font("Serif", "B" if i < 2 else "", 9.5)
        pdf.multi_cell(pdf.epw, 5, line, align="C" if i < 2 else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path.read_bytes()


def test_the_author_s_publications_at_the_end_go_however_long_under_a_heading_on_two_lines(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    kept = read_pdf(_pdf(tmp_path / "end.pdf", PUBLICATIONS)).cleaned.text
    assert "держится прежде всего на портовых сборах" in kept
    for chrome in ("СПИСОК РАБОТ", "ТЕМЕ ДИССЕРТАЦИИ", "Вестник морской политики", "типологии участия", "Сборник трудов"):
        assert chrome not in kept, chrome


def test_the_same_heading_before_another_section_of_the_text_stays() -> None:
    heading = "## Список работ, опубликованных автором по теме диссертации"
    text = "\n\n".join(["# Паромные линии северного берега", CONCLUSION, heading, *PUBLICATIONS[3:6], "## Приложение",
                         *(f"Таблица {n} приводит паромные линии северного берега с их грузами за 2010–2024 годы по "
                           f"портам и по годам открытия линий, всего {n + 8} линий." for n in (1, 2, 3, 4))])
    kept = clean(text, "markdown").text
    assert "Список работ, опубликованных автором" in kept and "Вестник морской политики" in kept
