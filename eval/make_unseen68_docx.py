"""Write the Word file of the sixty-eighth fresh dev set with python-docx:

eval/unseen68/Курсовая работа Сорокин А.В. 3 курс (исправленная).docx — a (fictional) third-year student's coursework
(«курсовая работа») in international relations on the European Union's border management programme in Central Asia
(BOMCA), as the student sends the corrected version to his supervisor (named by hand: the kind, his name and initials,
the year, «(исправленная)»). Set in Times New Roman 14 at 1.5 spacing on a Russian official page (eval/docx_fixed):
the title page (the ministry in capitals, the university's legal form and its name, the faculty and the department,
each a centred line; «КУРСОВАЯ РАБОТА» in bold; «по дисциплине «…»»; the topic in bold; at the right «Выполнил: студент
3 курса …», his name, «Научный руководитель: …», the supervisor's degree, post and name; «Оценка: ______»; «Екатеринбург
2025» at the foot); after a page break «СОДЕРЖАНИЕ» over nine entries, each the heading and its page number after a
right tab with dot leaders; then «ВВЕДЕНИЕ» (the topic's relevance, the aim «Цель работы – …», «задачи:» with four
items opened by «–», the object, subject, sources and structure), two chapters («ГЛАВА 1. …», «ГЛАВА 2. …») each with
two numbered sections («1.1. …»), «ЗАКЛЮЧЕНИЕ» and «СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ» with nine numbered entries, each
part on a new page; the chapters' and parts' headings centred in bold capitals, the sections' headings in bold at the
indent, the paragraphs justified with a first-line indent of 1.25 cm. The footer carries Word's PAGE field centred
(not on the title page, which has a first-page footer of its own, empty). The core properties are the student's
(no title, his name as author, fixed dates: eval/docx_fixed.save_fixed), so the file is the same on every run.

The text is written for this set. The European Union, its strategies for Central Asia of 2007 and 2019, the Border
Management Programme in Central Asia (BOMCA) and its phases, the five Central Asian states and their border services,
Afghanistan and the Taliban's return to power in August 2021, the OSCE Border Management Staff College in Dushanbe, the
CSTO and the integrated border management concept are real; the university, the student, his supervisor, the works
he cites, their authors, the programme's figures and every judgement are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen68_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt
from docx_fixed import (  # eval/docx_fixed.py
    centred,
    justified,
    official_document,
    page_field,
    save_fixed,
)

OUT = Path(__file__).resolve().parent / "unseen68" / "Курсовая работа Сорокин А.В. 3 курс (исправленная).docx"

TITLE_TOP = [
    "МИНИСТЕРСТВО НАУКИ И ВЫСШЕГО ОБРАЗОВАНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ",
    "Федеральное государственное автономное образовательное учреждение высшего образования",
    "«Уральский государственный университет международных отношений»",
    "Факультет международных отношений",
    "Кафедра востоковедения и евразийских исследований",
]
KIND = "КУРСОВАЯ РАБОТА"
DISCIPLINE = "по дисциплине «Внешняя политика государств Центральной Азии»"
TOPIC = (
    "Программа BOMCA и сотрудничество Европейского союза с государствами Центральной Азии в сфере управления "
    "границами"
)
AUTHOR_BLOCK = [
    "Выполнил: студент 3 курса группы МО-301",
    "Сорокин Артём Викторович",
    "Научный руководитель:",
    "канд. полит. наук, доцент кафедры востоковедения и евразийских исследований",
    "Лебедева Ирина Олеговна",
    "Оценка: ______________",
]
CITY_YEAR = "Екатеринбург 2025"

CONTENTS_HEAD = "СОДЕРЖАНИЕ"
CH1 = "ГЛАВА 1. ЕВРОПЕЙСКИЙ СОЮЗ И ЦЕНТРАЛЬНАЯ АЗИЯ: ОСНОВЫ СОТРУДНИЧЕСТВА В СФЕРЕ УПРАВЛЕНИЯ ГРАНИЦАМИ"
CH2 = "ГЛАВА 2. ПРОГРАММА BOMCA НА ПРАКТИКЕ"
S11 = "1.1. Стратегии Европейского союза для Центральной Азии"
S12 = "1.2. Этапы развития программы BOMCA"
S21 = "2.1. Таджикско-афганская граница в программе BOMCA"
S22 = "2.2. Результаты и ограничения программы"
INTRO = "ВВЕДЕНИЕ"
CONCLUSION = "ЗАКЛЮЧЕНИЕ"
SOURCES_HEAD = "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ"
CONTENTS = [(INTRO, "3"), (CH1, "5"), (S11, "5"), (S12, "6"), (CH2, "8"), (S21, "8"), (S22, "9"),
            (CONCLUSION, "11"), (SOURCES_HEAD, "12")]

# the parts: (heading, kind, paragraphs); kind "part" centred capitals on a new page, "section" at the indent; a
# paragraph opening on «–» is an item of a list
PARTS: list[tuple[str, str, list[str]]] = [
    (INTRO, "part", [
        ("Актуальность темы исследования. После возвращения движения «Талибан» к власти в Афганистане в августе 2021 "
        "года безопасность южных границ Центральной Азии снова стала одной из главных забот государств региона и их "
        "внешних партнёров. Европейский союз, не имеющий в регионе военного присутствия, действует здесь прежде "
        "всего через программу содействия управлению границами в Центральной Азии (Border Management Programme in "
        "Central Asia, BOMCA). Программа работает с 2003 года, к 2025 году прошла десять фаз и остаётся одним из "
        "самых продолжительных проектов ЕС в регионе, однако в отечественной литературе она изучена мало."),
        ("Цель работы – определить место программы BOMCA во внешней политике Европейского союза в Центральной Азии и "
        "оценить её результаты. Для достижения цели поставлены следующие задачи:"),
        "– рассмотреть стратегии Европейского союза для Центральной Азии 2007 и 2019 годов;",
        "– проследить этапы развития программы BOMCA;",
        "– проанализировать деятельность программы на таджикско-афганской границе;",
        "– выявить результаты и ограничения программы.",
        ("Объектом исследования являются отношения Европейского союза с государствами Центральной Азии, предметом – "
        "сотрудничество сторон в сфере управления границами. Источниками послужили документы ЕС, отчёты программы и "
        "работы российских и зарубежных исследователей. Работа состоит из введения, двух глав, заключения и списка "
        "использованных источников."),
    ]),
    (CH1, "part", []),
    (S11, "section", [
        ("Первая стратегия ЕС для Центральной Азии была принята в июне 2007 года, в период председательства Германии "
        "в Совете ЕС. Среди семи её приоритетов наряду с правами человека, образованием и энергетикой было названо "
        "управление границами и борьба с наркотрафиком. Новая стратегия 2019 года сохранила это направление в разделе "
        "об устойчивости (resilience) и связала его с концепцией комплексного управления границами, которая "
        "предполагает сотрудничество пограничных, таможенных и ветеринарных служб внутри страны и с соседями."),
        ("Для ЕС граница в Центральной Азии – это прежде всего внешний рубеж, через который идут афганские опиаты и "
        "нелегальная миграция в сторону Европы. Для государств региона программа стала способом получить "
        "оборудование и обучение, не вступая в военные союзы. По оценке А. Н. Ковалёва, именно поэтому BOMCA "
        "оказалась одной из немногих программ ЕС, которую поддерживали все пять государств, хотя Туркменистан "
        "участвовал лишь в отдельных учебных мероприятиях."),
    ]),
    (S12, "section", [
        ("Первые фазы программы (2003–2010) были посвящены строительству и ремонту пограничных застав и пунктов "
        "пропуска. По данным отчётов программы, за эти годы было построено или отремонтировано 28 пограничных застав "
        "и 11 пунктов пропуска, а их общий бюджет составил около 36 млн евро. Начиная с восьмой фазы акцент сместился "
        "с инфраструктуры на обучение, анализ рисков и изменение законодательства."),
        ("Десятая фаза программы рассчитана на 2021–2025 годы, её бюджет составляет 9,4 млн евро. Она реализуется "
        "консорциумом пограничных ведомств нескольких государств – членов ЕС и включает пять компонентов: "
        "комплексное управление границами, анализ рисков, упрощение торговли на пунктах пропуска, подготовку кадров "
        "и меры против торговли людьми. Впервые программа предусматривает совместные учения пограничников соседних "
        "государств региона."),
    ]),
    (CH2, "part", []),
    (S21, "section", [
        ("Наибольшая часть средств программы всегда приходилась на Таджикистан, граница которого с Афганистаном "
        "проходит по реке Пяндж и горным районам Памира. После вывода российских пограничников в 2005 году охрану "
        "границы полностью взяли на себя Пограничные войска Таджикистана, и программа BOMCA стала для них одним из "
        "главных источников внешней помощи."),
        ("Помимо застав, программа создала кинологический центр в Душанбе и обучила, по её собственным данным, 3 400 "
        "таджикских пограничников и таможенников. После августа 2021 года ЕС передал Пограничным войскам "
        "Таджикистана оборудование на 1,1 млн евро, в том числе тепловизоры и средства связи. Часть занятий "
        "проводится совместно с Колледжем ОБСЕ по вопросам управления границами в Душанбе, что позволяет избегать "
        "дублирования программ."),
    ]),
    (S22, "section", [
        ("К очевидным результатам программы можно отнести модернизацию пунктов пропуска и подготовку нескольких "
        "тысяч специалистов, а также принятие в Кыргызстане и Таджикистане национальных стратегий комплексного "
        "управления границами. Время оформления грузовиков на модернизированных пунктах пропуска на кыргызско-"
        "казахстанской границе сократилось, по данным программы, в среднем с 4 часов до 70 минут."),
        ("Вместе с тем у программы есть серьёзные ограничения. Её бюджет невелик по сравнению с помощью, которую "
        "государства региона получают от России и Китая, а также по линии ОДКБ, принявшей в 2023 году собственную "
        "программу укрепления таджикско-афганской границы. Независимая оценка эффективности программы за все фазы "
        "не публиковалась, а данные о задержаниях наркотиков на заставах, построенных при её участии, пограничные "
        "ведомства не раскрывают. Наконец, результаты обучения часто теряются из-за высокой текучести кадров: по "
        "оценке Д. Р. Сафаровой, до 40 % обученных офицеров покидают службу в течение пяти лет."),
    ]),
    (CONCLUSION, "part", [
        ("Проведённое исследование позволяет сделать следующие выводы. Программа BOMCA является основным "
        "инструментом политики Европейского союза в сфере безопасности в Центральной Азии и позволяет ЕС "
        "присутствовать в регионе, не конкурируя напрямую с Россией и Китаем в военной области. За двадцать два года "
        "программа перешла от строительства застав к обучению и изменению законодательства."),
        ("Наиболее заметны её результаты на таджикско-афганской границе, однако отсутствие независимой оценки и "
        "закрытость данных не позволяют судить о её влиянии на наркотрафик. Перспективы программы после 2025 года "
        "будут зависеть от того, сохранит ли ЕС интерес к региону и готовы ли государства Центральной Азии к более "
        "тесному сотрудничеству друг с другом."),
    ]),
]

SOURCES = [
    "1. Европейский союз и Центральная Азия: стратегия нового партнёрства. – Брюссель: Совет ЕС, 2007. – 32 с.",
    ("2. The EU and Central Asia: New Opportunities for a Stronger Partnership. Joint Communication JOIN(2019) 9 final. "
    "– Brussels, 2019. – 16 p."),
    ("3. Ковалёв А. Н. Европейский союз в Центральной Азии: интересы и инструменты // Вестник евразийских "
    "исследований. – 2022. – № 3. – С. 41–58."),
    ("4. Сафарова Д. Р. Кадровая политика пограничных ведомств Центральной Азии // Право и безопасность. – 2023. – "
    "№ 2. – С. 77–89."),
    ("5. Мельникова Т. В. Проблемы безопасности таджикско-афганской границы после 2021 года: монография. – М.: "
    "Восток-Запад, 2024. – 212 с."),
    "6. BOMCA 10: Annual Progress Report 2024. – Bishkek: BOMCA Regional Office, 2025. – 64 p.",
    ("7. Hartmann L. Borders without Walls: EU Border Assistance in Central Asia. – Berlin: Steppe Press, 2021. – "
    "230 p."),
    ("8. Нуриддинов Ф. Ш. Комплексное управление границами в Республике Таджикистан // Центральная Азия и Кавказ. – "
    "2024. – № 1. – С. 102–115."),
    "9. Официальный сайт программы BOMCA. – URL: https://www.bomca-eu.org (дата обращения: 12.11.2025).",
]

FOOTER_PAGE = "2"  # the cached result of the footer's PAGE field, as Word saved it


def heading(doc, text: str, *, part: bool) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(0 if part else 12)
    p.paragraph_format.space_after = Pt(12 if part else 6)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.line_spacing = 1.5
    if part:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.paragraph_format.first_line_indent = Cm(1.25)
    p.add_run(text).bold = True


def page_break(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def main() -> None:
    doc, section = official_document(14, 3.0, 1.5, 2.0, 2.0)
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer, FOOTER_PAGE)

    # the title page
    for i, text in enumerate(TITLE_TOP):
        centred(doc, text, bold=i in (0, 2), size=12 if i < 2 else 14, after=0 if i != 2 else 12)
    centred(doc, KIND, size=16, before=96, after=6)
    centred(doc, DISCIPLINE, bold=False, size=14, after=12)
    centred(doc, TOPIC, size=14, after=60)
    for i, text in enumerate(AUTHOR_BLOCK):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(8.5)
        p.paragraph_format.space_after = Pt(0 if i not in (1, 4) else 10)
        p.add_run(text)
    centred(doc, CITY_YEAR, bold=False, size=14, before=100)
    page_break(doc)

    # the contents
    centred(doc, CONTENTS_HEAD, size=14, after=12)
    for text, page in CONTENTS:
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = 1.5
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if text[:1].isdigit():
            p.paragraph_format.left_indent = Cm(0.75)
        p.add_run(f"{text}\t{page}")

    # the text
    for title, kind, texts in PARTS:
        if kind == "part":
            page_break(doc)
        heading(doc, title, part=kind == "part")
        for text in texts:
            justified(doc, text, indent=not text.startswith("–"), spacing=1.5)

    page_break(doc)
    heading(doc, SOURCES_HEAD, part=True)
    for text in SOURCES:
        justified(doc, text, spacing=1.5)

    save_fixed(doc, OUT, title="", author="Артём Сорокин",
               created=dt.datetime(2025, 11, 2, 19, 7), modified=dt.datetime(2025, 12, 4, 23, 48), revision=23)


if __name__ == "__main__":
    main()
