"""Write the poll press release of the fifty-fourth fresh dev set with python-docx:

eval/unseen54/Пресс-выпуск №23 (внешнеполитические партнёры, ноябрь 2025).docx — a press release of «Дала-Социо», a
(fictional) Almaty centre for social and political research, on its November 2025 national poll, as the centre sends
it to the press in Word: the letterhead in the page header (the centre's name in bold capitals, what it is, its
address, telephone, e-mail and site, over a bottom rule); the footer with the release's number and the page as a PAGE
field with its cached value; under the header «ПРЕСС-ВЫПУСК № 23/2025» in bold and «Алматы, 4 декабря 2025 г.» at the
right margin; the headline in bold; the lead in italics; the findings in paragraphs; two Word tables of answer shares,
each under its caption in the Caption style («Таблица 1. …» with the question asked; «Таблица 2. …»): the first with
the answers as rows and the years 2021, 2023 and 2025 as columns, the second with age groups as rows and answers as
columns, each with a bold header row; the director's comment; «Методика опроса» in bold over its paragraph;
«При использовании материалов ссылка обязательна.» in italics; «Контакты для СМИ:» and the press officer's line. The
core properties are the press officer's: no title, her name as author, fixed dates; the zip's members carry
a fixed time, so the file is the same on every run.

The text is written for this set. Kazakhstan, Almaty, its regions and cities of republican significance, Russia,
China, Turkey, Uzbekistan, Kyrgyzstan, Turkmenistan, Tajikistan, the European Union, the United States, the Eurasian
Economic Union and the Shanghai Cooperation Organisation are real; the centre, its people, the poll and all figures
are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen54_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import (  # eval/docx_fixed.py, beside this script
    new_document,
    page_field,
    save_fixed,
)

HERE = Path(__file__).resolve().parent / "unseen54"
OUT = HERE / "Пресс-выпуск №23 (внешнеполитические партнёры, ноябрь 2025).docx"

LETTERHEAD = [
    "ДАЛА-СОЦИО",
    "Центр социальных и политических исследований",
    "050010, г. Алматы, пр. Достык, 97, офис 412 · тел. +7 727 355 01 48 · info@dalasocio.example · dalasocio.example",
]
FOOTER = "Пресс-выпуск № 23/2025 · «Дала-Социо» · стр. "
NUMBER = "ПРЕСС-ВЫПУСК № 23/2025"
DATE = "Алматы, 4 декабря 2025 г."
HEADLINE = "Главным партнёром Казахстана всё чаще называют Китай, но Россия пока остаётся первой"
LEAD = (
    "Доля казахстанцев, которые считают главным внешнеполитическим партнёром страны Китай, за четыре года выросла "
    "более чем вдвое. Россию по-прежнему называют чаще, но среди молодёжи Китай впервые вышел на первое место. "
    "Таковы результаты общенационального опроса, проведённого центром «Дала-Социо» в ноябре 2025 года."
)
BEFORE_TABLE_1 = [
    "На вопрос, какая страна является сегодня главным партнёром Казахстана, 41 % казахстанцев назвали Россию, "
    "29 % — Китай. Четыре года назад разрыв был почти вчетверо больше: в 2021 году Россию назвали 58 % "
    "опрошенных, Китай — 13 %. Турцию главным партнёром считают 8 %, Узбекистан — 5 %, страны Европейского союза — "
    "4 %, США — 2 %; 11 % затруднились с ответом (таблица 1).",
]
TABLE_1_CAPTION = (
    "Таблица 1. Какая страна, на ваш взгляд, является сегодня главным партнёром Казахстана? (% опрошенных)"
)
TABLE_1 = [
    ["Вариант ответа", "2021", "2023", "2025"],
    ["Россия", "58", "49", "41"],
    ["Китай", "13", "21", "29"],
    ["Турция", "7", "9", "8"],
    ["Узбекистан", "3", "4", "5"],
    ["Страны ЕС", "4", "3", "4"],
    ["США", "3", "2", "2"],
    ["Затрудняюсь ответить", "12", "12", "11"],
]
BEFORE_TABLE_2 = [
    "Различия между поколениями стали главным итогом нынешней волны опроса. В группе 18–29 лет Китай назвали 37 % "
    "опрошенных, Россию — 33 %. Среди людей 60 лет и старше Россию по-прежнему считают главным партнёром 57 %, "
    "Китай — 18 % (таблица 2). Горожане называют Китай чаще, чем сельские жители: 32 % против 24 %.",
]
TABLE_2_CAPTION = "Таблица 2. Главный партнёр Казахстана по возрастным группам, 2025 г. (% опрошенных)"
TABLE_2 = [
    ["Возраст", "Россия", "Китай", "Турция", "Другие страны", "Затрудняюсь ответить"],
    ["18–29 лет", "33", "37", "11", "9", "10"],
    ["30–44 года", "38", "32", "8", "12", "10"],
    ["45–59 лет", "45", "25", "7", "12", "11"],
    ["60 лет и старше", "57", "18", "5", "8", "12"],
]
AFTER_TABLES = [
    "Участие Казахстана в Евразийском экономическом союзе поддерживают 64 % опрошенных, в 2021 году таких было "
    "76 %. Против членства высказываются 19 %, остальные не определились. Сторонников выхода из союза больше среди "
    "тех, кто ведёт собственный бизнес, — 27 %. Членство в Шанхайской организации сотрудничества одобряют 58 %, "
    "хотя треть респондентов не смогла сказать, чем эта организация занимается. Среди молодёжи поддержка "
    "членства в ЕАЭС заметно ниже, чем в среднем по стране.",
    "Отношения с соседями по Центральной Азии жители страны оценивают теплее, чем когда-либо за время наблюдений. "
    "Дружественными или скорее дружественными отношения с Узбекистаном назвали 82 % опрошенных, с Кыргызстаном — "
    "79 %, с Туркменистаном — 61 %, с Таджикистаном — 58 %. Идею общего рынка стран региона без таможенных и "
    "визовых барьеров поддерживают 71 %.",
    "Угрозы безопасности страны большинство опрошенных извне не ждёт: 52 % ответили, что такой страны, от которой "
    "могла бы исходить угроза для Казахстана, сегодня нет. Россию в этой роли назвали 14 %, Китай — 12 %, "
    "Афганистан — 9 %, США — 6 %. Остальные затруднились с ответом или назвали другие страны. Доля тех, кто не "
    "видит угрозы ни с чьей стороны, выше всего среди людей старшего возраста.",
    "Спокойнее стало и отношение к китайским инвестициям. Что они приносят Казахстану больше пользы, чем вреда, "
    "считают 46 % респондентов, в 2021 году так думали 31 %. Среди тех, кто настроен скептически, главными "
    "опасениями остаются долговая зависимость (её назвали 38 %) и ущерб природе от новых предприятий (29 %).",
    "Западные страны реже попадают в число главных партнёров, но их роль в экономике признают многие: 34 % "
    "опрошенных считают Европейский союз важным источником инвестиций и технологий, 17 % говорят то же о США. "
    "Турцию 44 % респондентов называют страной, наиболее близкой Казахстану по культуре.",
    "«Мы видим не разворот, а постепенное выравнивание. Молодые люди смотрят на Китай как на страну технологий, "
    "учёбы и работы, а старшее поколение по-прежнему воспринимает Россию как привычного и близкого соседа», — "
    "комментирует результаты директор центра Гульнара Ахметжанова.",
    "Результаты по отдельным областям и городам центр опубликует в январе 2026 года.",
]
METHOD_HEADING = "Методика опроса"
METHOD = (
    "Опрос проведён 3–19 ноября 2025 года методом телефонного интервью (CATI) по случайной выборке мобильных "
    "номеров. Опрошены 1 600 человек в возрасте от 18 лет во всех 17 областях и трёх городах республиканского "
    "значения. Интервью проводились на казахском или русском языке по выбору респондента. Выборка репрезентативна по полу, возрасту, типу поселения и региону. Статистическая погрешность не "
    "превышает 2,5 %. Опрос проведён на собственные средства центра; данные 2021 и 2023 годов получены по той же "
    "методике."
)
CREDIT = "При использовании материалов ссылка обязательна."
CONTACTS = [
    "Контакты для СМИ:",
    "Дана Нурпеисова, руководитель пресс-службы, +7 701 555 38 12, press@dalasocio.example",
]


def para(container, text: str, *, bold: bool = False, italic: bool = False, size: float = 11, align=None,
         space_after: float = 6, style: str | None = None):  # type: ignore[no-untyped-def]
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def bottom_rule(paragraph) -> None:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="4" '
                         'w:color="1F4E79"/></w:pBdr>'))


def table(doc, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.text = text
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if c == 0 else WD_ALIGN_PARAGRAPH.CENTER
            for run in p.runs:
                run.font.size = Pt(10)
                run.bold = r == 0
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def main() -> None:
    doc, section = new_document("Calibri", 11, 2.2, 2.2, 3.2, 2.0)
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)

    header = section.header
    first = header.paragraphs[0]
    run = first.add_run(LETTERHEAD[0])
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    first.paragraph_format.space_after = Pt(0)
    p = para(header, LETTERHEAD[1], size=10, space_after=0)
    p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = para(header, LETTERHEAD[2], size=8, space_after=0)
    p.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    bottom_rule(p)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = footer.add_run(FOOTER)
    run.font.size = Pt(8)
    page_field(footer, "1")

    para(doc, NUMBER, bold=True, size=12, space_after=0)
    para(doc, DATE, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)
    para(doc, HEADLINE, bold=True, size=15, space_after=10)
    para(doc, LEAD, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=10)
    for text in BEFORE_TABLE_1:
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, TABLE_1_CAPTION, style="Caption", size=10, space_after=3)
    table(doc, TABLE_1)
    for text in BEFORE_TABLE_2:
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, TABLE_2_CAPTION, style="Caption", size=10, space_after=3)
    table(doc, TABLE_2)
    for text in AFTER_TABLES:
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, METHOD_HEADING, bold=True, space_after=3)
    para(doc, METHOD, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=12)
    para(doc, CREDIT, italic=True, size=10, space_after=6)
    para(doc, CONTACTS[0], bold=True, size=10, space_after=0)
    para(doc, CONTACTS[1], size=10, space_after=0)

    save_fixed(doc, OUT, title="", author="Нурпеисова Дана",
               created=dt.datetime(2025, 12, 3, 17, 48), modified=dt.datetime(2025, 12, 4, 9, 12), revision=4)


if __name__ == "__main__":
    main()
