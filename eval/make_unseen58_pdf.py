"""Write the PDF file of the fifty-eighth fresh dev set with fpdf2:

eval/unseen58/Жаксыбекова_А.Н._автореферат_5.5.4_2025.pdf — the abstract («автореферат») of a thesis for the degree of
candidate of political sciences, as the dissertation council puts it on its site before the defence (named by the
author, «автореферат», the speciality and the year), eight pages of the A5 booklet (format 60×84/16) printed from Word:
page 1 the cover («На правах рукописи» at the right, the author's surname in capitals and her first name and
patronymic, the thesis's title in bold capitals over three lines, «Специальность 5.5.4. …», «АВТОРЕФЕРАТ», «диссертации
на соискание учёной степени», «кандидата политических наук», the city and year at the foot); page 2 the thesis's
particulars («Работа выполнена на кафедре …», «Научный руководитель:», «Официальные оппоненты:», «Ведущая
организация:», «Защита состоится …», «С диссертацией можно ознакомиться …», «Автореферат разослан …», «Учёный секретарь
диссертационного совета» with her name); pages 3 to 6 «ОБЩАЯ ХАРАКТЕРИСТИКА РАБОТЫ» (its paragraphs opened by run-in
headings in bold, «Положения, выносимые на защиту:» over a numbered list), «ОСНОВНОЕ СОДЕРЖАНИЕ РАБОТЫ» by chapters
and «ЗАКЛЮЧЕНИЕ»; page 7 the list of the author's publications in two groups; page 8 the back page (the author, the
title in ordinary letters, «Автореферат диссертации …» and the imprint: «Подписано в печать …», «Формат 60×84/16», the
paper and print, «Тираж 100 экз. Заказ № …», the printing house and its address). The pages from 3 on carry their
number at the foot, centred. The text is justified with a first-line indent, each paragraph set with multi_cell (its
run-in heading through fpdf2's markdown), so that each printed line is a line of the text layer; non-breaking spaces
keep a number with its unit, as a typesetter would. The metadata are Word's when it prints to PDF: the title
«Microsoft Word - автореферат_Жаксыбекова_финал.docx», its creator and producer and a fixed date.

The text is written for this set. Kazakhstan, Astana, Almaty, Omsk, Moscow, the Astana format on Syria with Russia,
Turkey and Iran as its guarantors, the de-escalation zones agreed in it in 2017, the talks of the foreign ministers of
Armenia and Azerbaijan in Almaty in May 2024, Afghanistan, the Higher Attestation Commission and the speciality 5.5.4
are real; the thesis, its author, supervisor, opponents and council, the institute, the journals, the printing house,
the interviews, the database and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen58_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from pdf_fonts import add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen58"
DOC = HERE / "Жаксыбекова_А.Н._автореферат_5.5.4_2025.pdf"
PAGES = 8

AUTHOR = "ЖАКСЫБЕКОВА Айгерим Нурлановна"
TITLE = (
    "ПОСРЕДНИЧЕСКАЯ ДИПЛОМАТИЯ РЕСПУБЛИКИ КАЗАХСТАН В УРЕГУЛИРОВАНИИ РЕГИОНАЛЬНЫХ КОНФЛИКТОВ (2014–2024\u00a0гг.)"
)
SPECIALITY = "Специальность 5.5.4. Международные отношения, глобальные и региональные исследования"
KIND = ["АВТОРЕФЕРАТ", "диссертации на соискание учёной степени", "кандидата политических наук"]
CITY_YEAR = "Омск — 2025"

# page 2: (label or None, text)
PARTICULARS = [
    (None, "Работа выполнена на кафедре международных отношений и регионоведения федерального государственного "
           "бюджетного образовательного учреждения высшего образования «Омский государственный институт "
           "международных отношений»."),
    ("Научный руководитель:", "доктор политических наук, профессор Кравцов Олег Викторович"),
    ("Официальные оппоненты:", "Тимофеева Наталья Сергеевна, доктор политических наук, доцент, профессор кафедры "
                               "мировой политики Сибирского университета международных исследований (г. Томск);"),
    (None, "Исмаилов Рустам Фаридович, кандидат политических наук, ведущий научный сотрудник Центра исследований "
           "Евразии Уральского института востоковедения (г. Екатеринбург)"),
    ("Ведущая организация:", "Поволжский институт международных и региональных исследований (г. Казань)"),
    (None, "Защита состоится 24 декабря 2025 г. в 14:00 на заседании диссертационного совета 24.2.347.03 на базе "
           "Омского государственного института международных отношений по адресу: 644099, г. Омск, ул. Красный "
           "Путь, 35, ауд. 512."),
    (None, "С диссертацией можно ознакомиться в научной библиотеке института и на сайте "
           "https://ogimo.example/dissovet/zhaksybekova."),
    (None, "Автореферат разослан «21» ноября 2025 г."),
]
SECRETARY = ["Учёный секретарь", "диссертационного совета,", "кандидат политических наук, доцент"]
SECRETARY_NAME = "Е. А. Лаптева"

# the prose: ("h", heading) or ("p", paragraph, run-in heading or "")
BODY = [
    ("h", "ОБЩАЯ ХАРАКТЕРИСТИКА РАБОТЫ"),
    ("p", "После 2014 года Республика Казахстан последовательно предлагает себя в качестве площадки и посредника в "
          "урегулировании конфликтов, которые затрагивают её интересы, но сторонами которых она не является. "
          "Наиболее известный пример — Астанинский формат переговоров по Сирии, гарантами которого с 2017 года "
          "выступают Россия, Турция и Иран. В мае 2024 года в Алматы встречались министры иностранных дел Армении "
          "и Азербайджана. Посредничество стало одним из способов, которыми средняя держава без выхода к морю "
          "укрепляет свою самостоятельность между Россией, Китаем и Западом, однако в литературе оно описывается "
          "преимущественно публицистически, без учёта самих инициатив и их результатов.",
     "Актуальность темы исследования."),
    ("p", "Многовекторная внешняя политика Казахстана хорошо изучена отечественными и зарубежными авторами, а "
          "теория международного посредничества — западными исследователями. Посредничество малых и средних "
          "государств постсоветского пространства рассматривалось лишь на отдельных примерах, а сопоставимой базы "
          "данных о посреднических инициативах Казахстана до настоящего исследования не существовало.",
     "Степень научной разработанности темы."),
    ("p", "Цель работы — выявить условия, при которых посредническая дипломатия приносит Казахстану "
          "внешнеполитические выгоды. Задачи: составить базу данных посреднических инициатив Казахстана за "
          "2014–2024 годы; классифицировать их по роли, которую играла казахстанская сторона; оценить результаты "
          "Астанинского формата; проанализировать участие Казахстана в урегулировании на Южном Кавказе и в "
          "Афганистане.",
     "Цель и задачи исследования."),
    ("p", "Объектом исследования является внешняя политика Республики Казахстан, предметом — её посредническая "
          "деятельность в международных конфликтах. Работа опирается на сравнительный анализ и анализ событий: "
          "каждая инициатива базы данных описана по 14 признакам, среди которых инициатор, участники, "
          "продолжительность и наличие итогового документа.",
     "Объект, предмет и методы исследования."),
    ("p", "Автором впервые собрана база данных из 63 посреднических инициатив Казахстана за 2014–2024 годы и "
          "проведено 28 интервью с дипломатами и экспертами Казахстана, России, Турции и Азербайджана; имена "
          "собеседников по их просьбе не раскрываются. Предложена типология участия государства в урегулировании: "
          "«площадка», «посредник» и «наблюдатель».",
     "Научная новизна исследования."),
    ("p", "Материалы диссертации могут использоваться Министерством иностранных дел Республики Казахстан при "
          "подготовке переговоров, а также в преподавании курсов по внешней политике государств Центральной Азии.",
     "Практическая значимость работы."),
    ("p", "", "Положения, выносимые на защиту:"),
    ("p", "1. Из 63 учтённых автором инициатив в 41 случае Казахстан ограничивался предоставлением площадки, в 15 — "
          "выступал посредником в собственном смысле слова и в 7 — наблюдателем. Преобладание роли площадки — "
          "сознательный выбор: она приносит известность, но не связывает государство ответственностью за исход "
          "переговоров.", ""),
    ("p", "2. Астанинский формат дал Казахстану наибольший репутационный эффект при скромных расходах: по оценке "
          "автора, проведение одного раунда обходилось бюджету примерно в 95 млн тенге.", ""),
    ("p", "3. Посредничество Казахстана результативнее там, где стороны конфликта сохраняют с ним экономические "
          "связи и не считают его союзником другой стороны.", ""),
    ("p", "4. Рост числа инициатив после 2022 года объясняется стремлением Астаны показать партнёрам на Западе и на "
          "Востоке, что страна не участвует в противостоянии великих держав.", ""),
    ("p", "Основные положения диссертации изложены в 7 научных публикациях, в том числе в 4 статьях в журналах из "
          "перечня ВАК, и представлены на 5 международных конференциях в Омске, Москве, Астане и Алматы в 2022–2025 "
          "годах. Диссертация состоит из введения, трёх глав, заключения, списка источников и литературы из 236 "
          "наименований и двух приложений.",
     "Апробация результатов исследования."),
    ("h", "ОСНОВНОЕ СОДЕРЖАНИЕ РАБОТЫ"),
    ("p", "В первой главе «Теоретические основы изучения международного посредничества» рассмотрены подходы к "
          "посредничеству в теории международных отношений. Автор показывает, что для средних государств "
          "посредничество служит не столько инструментом урегулирования, сколько способом повысить собственную "
          "значимость для великих держав. Из 63 инициатив базы данных на сирийское направление приходится 24, на "
          "Афганистан — 11, на Южный Кавказ — 9, на отношения России и Украины — 6, остальные 13 касаются других "
          "регионов.", ""),
    ("p", "Во второй главе «Астанинский формат по Сирии» прослежена история переговоров с 2017 года. В том же году "
          "в Астане была согласована договорённость о зонах деэскалации — главный практический результат формата. "
          "По подсчётам автора, совместные заявления гарантов принимались по итогам 17 раундов, но ни одно из них не "
          "касалось политического урегулирования. Казахстан при этом не участвовал в выработке решений, а "
          "отвечал за организацию встреч, их безопасность и протокол.", ""),
    ("p", "В третьей главе «Казахстан в урегулировании на Южном Кавказе и в Афганистане» рассмотрены встреча "
          "министров иностранных дел Армении и Азербайджана в Алматы и контакты с временными властями Афганистана. "
          "Подготовка алматинской встречи, по данным интервью, заняла около шести недель; расходы на неё МИД "
          "Казахстана не раскрыл. По афганской проблематике с 2021 по 2024 год Казахстан провёл или принял 11 "
          "встреч, ни одна из которых не привела к письменным договорённостям. Предложения Казахстана о "
          "посредничестве между Россией и Украиной в 2022 году, по оценке автора, не были приняты ни одной из "
          "сторон, поскольку Астана не могла предложить им гарантий.", ""),
    ("h", "ЗАКЛЮЧЕНИЕ"),
    ("p", "Посредническая дипломатия стала устойчивой частью внешней политики Казахстана, но опирается прежде всего "
          "на роль площадки. Автор рекомендует создать при МИД Центр посредничества и подготовить к 2028 году не "
          "менее 20 дипломатов-посредников, а также вести открытый реестр посреднических инициатив, который "
          "позволил бы оценивать их результаты.", ""),
]

PUBLICATIONS_TITLE = "СПИСОК РАБОТ, ОПУБЛИКОВАННЫХ АВТОРОМ ПО ТЕМЕ ДИССЕРТАЦИИ"
PUBLICATIONS = [
    ("Статьи в рецензируемых научных изданиях, рекомендованных ВАК:", [
        "Жаксыбекова А. Н. Площадка или посредник? Роль Казахстана в Астанинском формате // Вестник Омского "
        "института международных отношений. — 2022. — № 3. — С. 41–52.",
        "Жаксыбекова А. Н. Посредничество средних государств: к типологии участия // Политическая наука Сибири. — "
        "2023. — № 2. — С. 88–97.",
        "Жаксыбекова А. Н. Казахстан и Южный Кавказ после 2020 года // Евразийские исследования. — 2024. — № 1. — "
        "С. 112–121.",
        "Жаксыбекова А. Н. Афганское направление внешней политики Казахстана // Вестник Омского института "
        "международных отношений. — 2025. — № 1. — С. 63–74.",
    ]),
    ("Публикации в других изданиях:", [
        "Жаксыбекова А. Н. Астана как переговорная площадка // Материалы международной конференции «Евразия: "
        "безопасность и сотрудничество». — Омск, 2022. — С. 19–23.",
        "Жаксыбекова А. Н. Репутационные выгоды посредничества // Сборник трудов молодых учёных. — Москва, 2023. "
        "— С. 204–209.",
        "Жаксыбекова А. Н. База данных посреднических инициатив Казахстана: методика составления // Материалы "
        "конференции «Центральная Азия в меняющемся мире». — Алматы, 2025. — С. 57–61.",
    ]),
]

BACK_TITLE = ["Посредническая дипломатия Республики Казахстан в урегулировании", "региональных конфликтов (2014–2024 гг.)"]
BACK_KIND = "Автореферат диссертации на соискание учёной степени кандидата политических наук"
IMPRINT = [
    "Подписано в печать 19.11.2025. Формат 60×84/16.",
    "Бумага офсетная. Печать цифровая. Усл. печ. л. 1,4.",
    "Тираж 100 экз. Заказ № 2417.",
    "Отпечатано в типографии ООО «Полиграф-Прииртышье»",
    "644043, г. Омск, ул. Фрунзе, 12",
]


class Booklet(FPDF):
    def footer(self) -> None:
        if self.page_no() < 3 or self.page_no() == PAGES:
            return
        self.set_y(-12)
        self.set_font("Serif", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter puts them: between a number and its unit or the word it counts, after
    «№», and in the years' «гг.»."""
    text = re.sub(r"(?<=\d) (?=(?:млн|тыс\.|гг\.|г\.|годы|года|году|годах|лет|раундов|встреч|случае|интервью|"
                  r"научных|статьях|международных|наименований|посреднических|учтённых|дипломатов|недель|—))",
                  "\u00a0", text)
    return re.sub(r"(?<=№) ", "\u00a0", text)


def paragraph(pdf: FPDF, text: str, lead: str = "") -> None:
    pdf.set_font("Serif", "", 10)
    opening = f"**{lead}** " if lead else ""
    pdf.multi_cell(pdf.epw, 4.9, " " * 5 + opening + tie(text), align="J", markdown=True, new_x="LMARGIN",
                   new_y="NEXT")


def main() -> None:
    pdf = Booklet(format="A5")
    pdf.set_margins(18, 16, 14)
    pdf.set_auto_page_break(True, margin=18)
    add_serif(pdf)
    pdf.set_title("Microsoft Word - автореферат_Жаксыбекова_финал.docx")
    pdf.set_author("Aigerim")
    pdf.set_creator("PScript5.dll Version 5.2.2")
    pdf.set_producer("Acrobat Distiller 11.0 (Windows)")
    pdf.set_creation_date(dt.datetime(2025, 11, 14, 11, 32, tzinfo=dt.UTC))

    # page 1: the cover
    pdf.add_page()
    pdf.set_font("Serif", "", 10)
    pdf.cell(pdf.epw, 5, "На правах рукописи", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(22)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(pdf.epw, 6, AUTHOR, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(pdf.epw, 6.2, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(pdf.epw, 5, SPECIALITY, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(pdf.epw, 6, KIND[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    for line in KIND[1:]:
        pdf.cell(pdf.epw, 5.6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-28)
    pdf.set_font("Serif", "", 10)
    pdf.cell(pdf.epw, 5, CITY_YEAR, align="C", new_x="LMARGIN", new_y="NEXT")

    # page 2: the thesis's particulars
    pdf.add_page()
    for label, text in PARTICULARS:
        if label:
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(pdf.epw, 5, label, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 9.5)
        pdf.set_x(pdf.l_margin + (8 if label or text.startswith("Исмаилов") else 0))  # under its label
        width = pdf.epw - (pdf.get_x() - pdf.l_margin)
        pdf.multi_cell(width, 4.6, text, align="J" if not label else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.4)
    pdf.ln(6)
    pdf.set_font("Serif", "", 9.5)
    for line in SECRETARY[:-1]:
        pdf.cell(pdf.epw, 4.6, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw / 2, 4.6, SECRETARY[-1], align="L")
    pdf.cell(pdf.epw / 2, 4.6, SECRETARY_NAME, align="R", new_x="LMARGIN", new_y="NEXT")

    # pages 3 to 6: the abstract itself
    pdf.add_page()
    for kind, *rest in BODY:
        if kind == "h":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2 if pdf.get_y() > 20 else 0)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(pdf.epw, 6, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            text, lead = rest
            if not text:  # the list's heading alone
                pdf.set_font("Serif", "", 9.5)
                pdf.multi_cell(pdf.epw, 4.5, " " * 5 + f"**{lead}**", align="L", markdown=True, new_x="LMARGIN",
                               new_y="NEXT")
                continue
            paragraph(pdf, text, lead)

    # the list of publications, on a page of its own
    pdf.add_page()
    pdf.set_font("Serif", "B", 9.5)
    pdf.multi_cell(pdf.epw, 5, PUBLICATIONS_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    n = 0
    for group, items in PUBLICATIONS:
        pdf.set_font("Serif", "I", 9)
        pdf.multi_cell(pdf.epw, 4.6, group, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Serif", "", 9)
        for item in items:
            n += 1
            pdf.multi_cell(pdf.epw, 4.4, f"{n}. {tie(item)}", align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(2)
    assert pdf.page_no() == PAGES - 1, pdf.page_no()

    # the back page
    pdf.add_page()
    pdf.set_font("Serif", "B", 10)
    pdf.cell(pdf.epw, 5, AUTHOR, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 9.5)
    for line in BACK_TITLE:
        pdf.cell(pdf.epw, 4.8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "I", 9)
    pdf.multi_cell(pdf.epw, 4.6, BACK_KIND, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.h - 60)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    pdf.rect(pdf.l_margin + 6, pdf.get_y() - 3, pdf.epw - 12, 32)
    pdf.set_font("Serif", "", 8.5)
    for line in IMPRINT:
        pdf.cell(pdf.epw, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == PAGES, pdf.page_no()
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
