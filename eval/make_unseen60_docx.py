"""Write the Word file of the sixtieth fresh dev set with python-docx:

eval/unseen60/Отчет_НИР_2025_этап2_взаимная_торговля_ЦА.docx — the interim report on the second stage of a research
project («отчёт о научно-исследовательской работе») of a (fictional) institute of the Russian Academy of Sciences, laid
out by GOST 7.32 as the institute's staff keep it in Word (named by hand: «Отчет», «НИР», the year, the stage and the
subject). The title page: the ministry and the institute, centred; «УДК …», «Рег. № НИОКТР …» and «Инв. № …» at the
left; «УТВЕРЖДАЮ» with the director's post, the signature line and «« ___ » __________ 2025 г.» at the right (a
borderless table of two columns, as such title pages are made); «ОТЧЁТ О НАУЧНО-ИССЛЕДОВАТЕЛЬСКОЙ РАБОТЕ», «по теме:»,
the theme in bold capitals and «(промежуточный, этап 2)»; the project leader's post and name after a signature line;
the city and year at the foot. Then, each on a new page: «СПИСОК ИСПОЛНИТЕЛЕЙ» (a table: posts and degrees, an empty
cell for the signature, names with their sections); «РЕФЕРАТ» («Отчёт 48 с., 3 рис., 5 табл., 41 источн.», the key
words in capitals, the object, aim, methods and results); «СОДЕРЖАНИЕ» (entries with dotted tab leaders and page
numbers); the text: «ВВЕДЕНИЕ», chapters «1 …», «2 …», «3 …» with subsections «1.1 …» in bold, justified paragraphs
with a first-line indent, «Таблица 1 – …» and «Таблица 2 – …» over Word tables with figures, «ЗАКЛЮЧЕНИЕ» and «СПИСОК
ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ» (numbered). A PAGE field at the centre of the footer. The core properties have no title,
the project leader as author and fixed dates; the zip's members carry a fixed time, so that the file is the same on
every run (eval/docx_fixed.save_fixed).

The text is written for this set. The Ministry of Science and Higher Education of the Russian Federation, the Russian
Academy of Sciences and its Siberian Branch, Novosibirsk, the five Central Asian states, the EAEU, the CIS free trade
area, the state register of research projects (ЕГИСУ НИОКТР) and GOST 7.32 are real; the institute, its people, the
project, its database, survey and timings, the works cited and all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen60_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from docx_fixed import official_document, page_field, save_fixed  # eval/docx_fixed.py, beside this script

OUT = Path(__file__).resolve().parent / "unseen60" / "Отчет_НИР_2025_этап2_взаимная_торговля_ЦА.docx"

MINISTRY = "Министерство науки и высшего образования Российской Федерации"
INSTITUTE = [
    "Федеральное государственное бюджетное учреждение науки",
    "Институт региональной экономики и интеграции",
    "Сибирского отделения Российской академии наук",
    "(ИРЭИ СО РАН)",
]
LEFT = ["УДК 327.7:339.56(575)", "Рег. № НИОКТР 124022700391-6", "Инв. № 2025-31/2"]
RIGHT = ["УТВЕРЖДАЮ", "Директор ИРЭИ СО РАН,", "д-р экон. наук", "_______________ А. Г. Вершинин",
         "« ___ » __________ 2025 г."]
KIND = "ОТЧЁТ О НАУЧНО-ИССЛЕДОВАТЕЛЬСКОЙ РАБОТЕ"
THEME_LEAD = "по теме:"
THEME = "ВЗАИМНАЯ ТОРГОВЛЯ ГОСУДАРСТВ ЦЕНТРАЛЬНОЙ АЗИИ: ДИНАМИКА, БАРЬЕРЫ И ПОТЕНЦИАЛ РОСТА"
STAGE = "(промежуточный, этап 2)"
LEADER = ["Руководитель НИР,", "ведущий научный сотрудник,", "канд. экон. наук\t_______________ Е. С. Малахова"]
CITY_YEAR = "Новосибирск 2025"

EXECUTORS_TITLE = "СПИСОК ИСПОЛНИТЕЛЕЙ"
EXECUTORS = [  # (post and degree, name and sections); None: a label row across the table
    ("Руководитель НИР, ведущий научный сотрудник, канд. экон. наук",
     "Е. С. Малахова (введение, разделы 1 и 3, заключение)"),
    (None, "Исполнители:"),
    ("Старший научный сотрудник, канд. экон. наук", "Т. Б. Жумагулов (подраздел 1.2)"),
    ("Научный сотрудник, канд. полит. наук", "И. А. Рахматова (подразделы 2.1 и 2.2)"),
    ("Младший научный сотрудник", "К. В. Лыткин (подраздел 1.1, таблицы 1 и 2)"),
    ("Нормоконтролёр", "О. П. Зайцева"),
]

ABSTRACT_TITLE = "РЕФЕРАТ"
ABSTRACT_COUNTS = "Отчёт 48 с., 3 рис., 5 табл., 41 источн."
KEYWORDS = ("ВЗАИМНАЯ ТОРГОВЛЯ, ЦЕНТРАЛЬНАЯ АЗИЯ, РЕГИОНАЛЬНАЯ ИНТЕГРАЦИЯ, НЕТАРИФНЫЕ БАРЬЕРЫ, ПОГРАНИЧНЫЕ "
            "ПРОЦЕДУРЫ, ТРАНЗИТ, ГРАВИТАЦИОННАЯ МОДЕЛЬ")
ABSTRACT = [
    "Объект исследования — торговля товарами между Казахстаном, Кыргызстаном, Таджикистаном, Туркменистаном и "
    "Узбекистаном.",
    "Цель работы — оценить динамику взаимной торговли государств Центральной Азии в 2017–2024 годах, выявить "
    "барьеры, которые её сдерживают, и определить потенциал её роста.",
    "Методы исследования — анализ национальной и зеркальной таможенной статистики, опрос экспортёров, хронометраж "
    "прохождения грузовым транспортом пунктов пропуска, упрощённое гравитационное моделирование.",
    "Результаты работы: сформирована база данных о взаимной торговле и нетарифных мерах государств региона; "
    "показано, что за восемь лет взаимная торговля выросла более чем вдвое, но осталась сосредоточенной на "
    "нескольких парах стран и группах товаров; главными барьерами признаны нетарифные меры, пограничные процедуры и "
    "стоимость расчётов; дана предварительная оценка потенциала роста до 2030 года.",
]

CONTENTS_TITLE = "СОДЕРЖАНИЕ"
CONTENTS = [
    ("Введение", "5"),
    ("1 Динамика и структура взаимной торговли", "7"),
    ("1.1 Объём и география торговли", "7"),
    ("1.2 Товарная структура", "13"),
    ("2 Барьеры во взаимной торговле", "19"),
    ("2.1 Нетарифные меры и пограничные процедуры", "19"),
    ("2.2 Транспорт и расчёты", "27"),
    ("3 Потенциал роста взаимной торговли", "33"),
    ("Заключение", "41"),
    ("Список использованных источников", "43"),
]

TABLE_1 = (
    "Таблица 1 – Экспорт государств Центральной Азии в страны региона в 2017–2024 гг., млн долл. США",
    ["Государство", "2017", "2020", "2023", "2024"],
    [
        ["Казахстан", "2 150", "2 870", "4 020", "4 310"],
        ["Кыргызстан", "540", "610", "980", "1 020"],
        ["Таджикистан", "390", "520", "810", "870"],
        ["Туркменистан", "640", "790", "1 150", "1 240"],
        ["Узбекистан", "1 480", "2 310", "3 540", "3 960"],
        ["Итого", "5 200", "7 100", "10 500", "11 400"],
    ],
)
TABLE_2 = (
    "Таблица 2 – Товарная структура взаимной торговли государств Центральной Азии в 2024 г., %",
    ["Товарная группа", "Доля"],
    [
        ["Продовольствие и сельскохозяйственное сырьё", "29"],
        ["Минеральные продукты (газ, нефтепродукты, электроэнергия)", "24"],
        ["Металлы и изделия из них", "14"],
        ["Продукция химической промышленности", "11"],
        ["Текстиль и одежда", "8"],
        ["Машины, оборудование и транспортные средства", "7"],
        ["Прочие товары", "7"],
    ],
)

# the text: ("H", heading of a chapter in capitals, centred), ("h", numbered heading), ("p", paragraph), ("t", table)
TEXT = [
    ("H", "ВВЕДЕНИЕ"),
    ("p", "Настоящий отчёт подготовлен по итогам второго этапа научно-исследовательской работы, выполняемой "
          "институтом в 2024–2026 годах в рамках государственного задания. На первом этапе была сформирована база "
          "данных о взаимной торговле пяти государств Центральной Азии по данным национальных статистических служб и "
          "зеркальной статистики их партнёров. На втором этапе проанализированы динамика и товарная структура "
          "торговли, выявлены основные барьеры и дана предварительная оценка потенциала её роста. Третий этап "
          "предусматривает расчёт полной гравитационной модели и подготовку рекомендаций."),
    ("p", "Актуальность темы определяется тем, что после 2016 года государства региона открыли многие закрытые "
          "прежде пункты пропуска, упростили визовый режим для граждан друг друга и подписали ряд торговых "
          "соглашений, однако доля взаимной торговли в их внешнеторговом обороте остаётся низкой по сравнению с "
          "другими региональными объединениями."),
    ("h", "1 Динамика и структура взаимной торговли"),
    ("h", "1.1 Объём и география торговли"),
    ("p", "По расчётам авторов, взаимная торговля государств Центральной Азии выросла с 5,2 млрд долларов США в 2017 "
          "году до 11,4 млрд долларов США в 2024 году. Её доля во внешнеторговом обороте пяти государств "
          "увеличилась с 5,6 до 8,3 процента. Быстрее всего торговля росла в 2018–2019 годах, после открытия "
          "границ Узбекистана с соседями, и в 2022–2023 годах, когда часть торговли с Россией переориентировалась "
          "на региональные маршруты (таблица 1)."),
    ("t", TABLE_1),
    ("p", "Ведущую роль играет пара Казахстан — Узбекистан: на неё в 2024 году пришлось 52 процента всей взаимной "
          "торговли региона. Данные по Туркменистану за 2024 год рассчитаны по зеркальной статистике партнёров, "
          "поскольку сам Туркменистан внешнеторговую статистику по странам не публикует; поэтому оценка его "
          "торговли с соседями остаётся приблизительной."),
    ("h", "1.2 Товарная структура"),
    ("p", "В товарной структуре взаимной торговли преобладают продовольствие и сельскохозяйственное сырьё, "
          "минеральные продукты, включая газ, нефтепродукты и электроэнергию, а также металлы (таблица 2). За "
          "2017–2024 годы доля машин и оборудования выросла с 3 до 7 процентов, прежде всего за счёт автомобилей, "
          "собранных в Узбекистане и Казахстане."),
    ("t", TABLE_2),
    ("p", "Заметная часть торговли приходится на реэкспорт товаров третьих стран, в первую очередь китайских. По "
          "оценке авторов, в 2024 году на реэкспорт пришлось от 15 до 20 процентов взаимной торговли, однако точно "
          "измерить его по имеющейся статистике нельзя."),
    ("h", "2 Барьеры во взаимной торговле"),
    ("h", "2.1 Нетарифные меры и пограничные процедуры"),
    ("p", "Ввозные пошлины во взаимной торговле почти полностью отменены: Казахстан и Кыргызстан входят в ЕАЭС, а с "
          "остальными государствами региона торгуют в режиме зоны свободной торговли СНГ. Главными препятствиями "
          "стали нетарифные меры. В базу данных проекта включено 186 барьеров, действовавших в 2023–2025 годах; 64 "
          "из них относятся к санитарным и фитосанитарным мерам, 41 — к техническим регламентам и сертификации, 33 — "
          "к временным запретам и квотам на вывоз."),
    ("p", "Хронометраж, проведённый в мае — июле 2025 года на шести пунктах пропуска, показал, что грузовой "
          "автомобиль проходит границу в среднем за 7 часов 40 минут, а на казахстанско-кыргызском участке — до 11 "
          "часов. В опросе участвовали 214 экспортёров; 58 процентов из них сталкивались с повторным лабораторным "
          "контролем товара, уже прошедшего проверку в стране отправления."),
    ("h", "2.2 Транспорт и расчёты"),
    ("p", "Перевозки в регионе остаются дорогими: доставка груза 20-тонным автомобилем из Ташкента в Алматы обходилась "
          "в 2025 году в среднем в 1 450 долларов США, что в расчёте на тонно-километр примерно в полтора раза "
          "дороже, чем на сопоставимых маршрутах внутри ЕАЭС. Расчёты между компаниями затрудняют валютные "
          "ограничения и высокая стоимость переводов: по данным опроса, банковские комиссии и потери на конвертации "
          "составляют от 1,5 до 3 процентов суммы сделки."),
    ("h", "3 Потенциал роста взаимной торговли"),
    ("p", "Предварительная оценка на упрощённой гравитационной модели показывает, что при снижении издержек "
          "пересечения границы вдвое взаимная торговля могла бы к 2030 году достичь 18–20 млрд долларов США. "
          "Наибольший неиспользованный потенциал выявлен в торговле Узбекистана с Таджикистаном и Туркменистаном. "
          "Оценки по отдельным парам стран будут получены на третьем этапе."),
    ("H", "ЗАКЛЮЧЕНИЕ"),
    ("p", "На втором этапе работы установлено, что взаимная торговля государств Центральной Азии за 2017–2024 годы "
          "более чем удвоилась, но остаётся сосредоточенной на паре Казахстан — Узбекистан и на небольшом круге "
          "товаров. Основные барьеры связаны не с пошлинами, а с нетарифными мерами, продолжительностью пограничных "
          "процедур и стоимостью расчётов. Авторы предлагают ввести взаимное признание результатов лабораторных "
          "испытаний, создать на крупнейших пунктах пропуска «зелёные коридоры» для скоропортящихся товаров и вести "
          "единую региональную базу нетарифных мер. Эти предложения будут уточнены на третьем этапе с учётом "
          "результатов моделирования."),
]

SOURCES_TITLE = "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ"
SOURCES = [
    "Малахова Е. С. Региональная торговля в Центральной Азии после 2016 года // Вопросы евразийской экономики. – "
    "2024. – № 2. – С. 31–48.",
    "Жумагулов Т. Б., Лыткин К. В. Зеркальная статистика как источник данных о торговле Туркменистана // "
    "Статистика и регион. – 2024. – № 4. – С. 77–89.",
    "Рахматова И. А. Нетарифные меры во взаимной торговле государств Центральной Азии: опыт классификации // "
    "Евразийская интеграция: экономика, право, политика. – 2025. – № 1. – С. 102–115.",
    "Внешняя торговля государств Центральной Азии: статистический сборник. – Новосибирск : ИРЭИ СО РАН, 2024. – "
    "212 с.",
    "Малахова Е. С., Рахматова И. А. Время на границе: хронометраж грузовых перевозок в Центральной Азии // "
    "Регион: экономика и социология. – 2025. – № 3. – С. 140–158.",
]


def para(doc, text: str = "", *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold: bool = False, indent: bool = True,
         before: float = 0, after: float = 0, size: float | None = None):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.first_line_indent = Cm(1.25) if indent else None
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = 1.5
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    return p


def page_break(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def no_borders(table) -> None:  # type: ignore[no-untyped-def]
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        ) + "</w:tblBorders>"
    )
    table._tbl.tblPr.append(borders)


def cell_text(cell, text: str, *, bold: bool = False, align=WD_ALIGN_PARAGRAPH.LEFT, size: float = 12) -> None:  # type: ignore[no-untyped-def]
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def data_table(doc, spec) -> None:  # type: ignore[no-untyped-def]
    caption, header, rows = spec
    para(doc, caption, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=6)
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, text in enumerate(header):
        cell_text(table.rows[0].cells[j], text, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(rows, start=1):
        for j, text in enumerate(row):
            cell_text(table.rows[i].cells[j], text, bold=row[0] == "Итого",
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, indent=False)  # the empty line after a table


def main() -> None:
    doc, section = official_document(14, 3.0, 1.5, 2.0, 2.0)
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer, "1")

    # the title page
    para(doc, MINISTRY, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for line in INSTITUTE:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, indent=False)
    block = doc.add_table(rows=1, cols=2)
    no_borders(block)
    left, right = block.rows[0].cells
    left.paragraphs[0].add_run(LEFT[0]).font.size = Pt(12)
    for line in LEFT[1:]:
        p = left.add_paragraph()
        p.add_run(line).font.size = Pt(12)
    right.paragraphs[0].add_run(RIGHT[0]).bold = True
    for line in RIGHT[1:]:
        p = right.add_paragraph()
        p.add_run(line)
    for _ in range(3):
        para(doc, indent=False)
    para(doc, KIND, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, indent=False)
    para(doc, THEME_LEAD, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, THEME, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, indent=False, before=6)
    para(doc, STAGE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    for _ in range(3):
        para(doc, indent=False)
    for line in LEADER:
        p = para(doc, line, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    for _ in range(4):
        para(doc, indent=False)
    para(doc, CITY_YEAR, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    # the list of executors
    page_break(doc)
    para(doc, EXECUTORS_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, indent=False, after=12)
    table = doc.add_table(rows=len(EXECUTORS), cols=3)
    no_borders(table)
    for i, (post, name) in enumerate(EXECUTORS):
        cells = table.rows[i].cells
        if post is None:
            merged = cells[0].merge(cells[2])
            cell_text(merged, name, size=14)
            continue
        cell_text(cells[0], post, size=14)
        cell_text(cells[2], name, size=14)

    # the abstract
    page_break(doc)
    para(doc, ABSTRACT_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, indent=False, after=12)
    para(doc, ABSTRACT_COUNTS)
    para(doc, KEYWORDS)
    for text in ABSTRACT:
        para(doc, text)

    # the contents
    page_break(doc)
    para(doc, CONTENTS_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, indent=False, after=12)
    for entry, page in CONTENTS:
        p = para(doc, f"{entry}\t{page}", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        if entry[:1].isdigit() and "." in entry.split()[0]:
            p.paragraph_format.left_indent = Cm(0.75)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    # the text
    for kind, value in TEXT:
        if kind == "H":
            page_break(doc)
            para(doc, value, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, indent=False, after=12)
        elif kind == "h":
            if value[:1].isdigit() and "." not in value.split()[0]:
                page_break(doc)
            para(doc, value, align=WD_ALIGN_PARAGRAPH.LEFT, bold=True, before=12, after=6)
        elif kind == "t":
            data_table(doc, value)
        else:
            para(doc, value)

    page_break(doc)
    para(doc, SOURCES_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, indent=False, after=12)
    for n, text in enumerate(SOURCES, start=1):
        para(doc, f"{n} {text}")

    save_fixed(doc, OUT, title="", author="Малахова Е. С.", created=dt.datetime(2025, 9, 15, 9, 40),
               modified=dt.datetime(2025, 11, 28, 17, 5), revision=23)


if __name__ == "__main__":
    main()
