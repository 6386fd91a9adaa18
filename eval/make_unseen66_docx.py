"""Write the Word file of the sixty-sixth fresh dev set with python-docx:

eval/unseen66/ТЗ_ТЭО_ж.д._Дусти-Нижний_Пяндж-Кундуз_конкурс_ГРП-ЖД-КУ-2025-07.docx — the terms of reference
(«техническое задание») of a tender for consulting services, the feasibility study of a railway from the south of
Tajikistan across the Panj to Kunduz in Afghanistan, as the ministry's project implementation unit attaches it in Word to
the tender's announcement (named by hand: «ТЗ», «ТЭО», the railway, the tender's number). In the body: the approval
block in the top right («УТВЕРЖДАЮ», the post, «__________ / Фамилия И.О.», «« 12 » сентября 2025 г.», each a paragraph
indented to the right half of the page); «ТЕХНИЧЕСКОЕ ЗАДАНИЕ» centred in bold and what is bought («на оказание
консультационных услуг по подготовке технико-экономического обоснования …») centred in bold under it; seven numbered
sections under headings in bold («1. Общие сведения» with five numbered clauses, «2. Обоснование» in five paragraphs with
the route, the traffic, the partner states and their agreements, «3. Цели и задачи» with a paragraph and five tasks
opened by «–», «4. Объём услуг» with the clauses 4.1 to 4.7, each a paragraph opening on its number, «5. Требования к
исполнителю», «6. Сроки и этапы» over a Word table of six rows (the head row and five stages: stage, content,
deliverable, deadline), «7. Порядок приёмки»); the paragraphs justified with a first-line indent at 1.15 spacing;
«Приложения: 1. …; 2. …; 3. …» in one paragraph; a borderless table of signatures («Разработал:» and «Согласовано:», the
post and «__________ И.О. Фамилия» beside each). A footer «Техническое задание · Конкурс № ГРП-ЖД/КУ-2025/07 · Страница
X из Y» with Word's PAGE and NUMPAGES fields and their cached values. The core properties are the unit's (the document's
kind and subject as title, the specialist's name as author, fixed dates), and the zip's members carry a fixed time, so the
file is the same on every run (eval/docx_fixed.save_fixed).

The text is written for this set. The Ministry of Transport of the Republic of Tajikistan, the Islamic Development Bank,
the Ministry of Public Works of Afghanistan's interim government, the ministries of transport of Kazakhstan and
Uzbekistan, the Khatlon region, Bokhtar, Dusti, Nizhny Panj and its road bridge over the Panj, Sherkhan Bandar, Kunduz,
Mazar-i-Sharif, Hairatan, Termez, the Tigrovaya Balka reserve and the 1520 mm and 1435 mm gauges are real; the tender,
its number, the grant, the memorandum, the protocol, the unit, its staff, the route's lengths, the traffic, the forecasts
and all other figures are fictional (so is the station at Dusti as the line's end).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen66_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from docx_fixed import centred, field, justified, official_document, save_fixed  # eval/docx_fixed.py

OUT = Path(__file__).resolve().parent / "unseen66" / "ТЗ_ТЭО_ж.д._Дусти-Нижний_Пяндж-Кундуз_конкурс_ГРП-ЖД-КУ-2025-07.docx"

NUMBER = "ГРП-ЖД/КУ-2025/07"
APPROVAL = [
    "УТВЕРЖДАЮ",
    "Первый заместитель министра транспорта Республики Таджикистан",
    "__________ / Сафаров Д.Н.",
    "« 12 » сентября 2025 г.",
]
KIND = "ТЕХНИЧЕСКОЕ ЗАДАНИЕ"
SUBJECT = (
    "на оказание консультационных услуг по подготовке технико-экономического обоснования строительства "
    "железнодорожной линии Дусти – Нижний Пяндж – Шерхан-Бандар – Кундуз"
)

# (heading, [paragraphs]); a paragraph that opens on «–» is a task of a list
SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Общие сведения", [
        "1.1. Заказчик: Министерство транспорта Республики Таджикистан в лице Группы реализации проектов по "
        "железнодорожному транспорту (далее – ГРП).",
        f"1.2. Конкурс: отбор консультанта для подготовки технико-экономического обоснования (далее – ТЭО) "
        f"строительства железнодорожной линии Дусти – Нижний Пяндж – Шерхан-Бандар – Кундуз, конкурс № {NUMBER}.",
        "1.3. Источник финансирования: средства республиканского бюджета и грант Исламского банка развития на "
        "подготовку проектов по соглашению о гранте от 18 июня 2025 г.",
        "1.4. Метод отбора: отбор на основе качества и стоимости при соотношении оценок 80 к 20. Предельная стоимость "
        "услуг в настоящем техническом задании не указывается и сообщается консультантам, включённым в короткий "
        "список.",
        "1.5. Срок оказания услуг: 12 месяцев с даты вступления договора в силу.",
    ]),
    ("2. Обоснование", [
        "Железнодорожная сеть Таджикистана не имеет выхода на юг: её южный участок заканчивается на станции Дусти "
        "Хатлонской области, в 41 км от пограничного перехода Нижний Пяндж. Все грузы, идущие в Афганистан и из "
        "Афганистана через Нижний Пяндж, перегружаются на автомобили. В 2024 году через автомобильный мост в Нижнем "
        "Пяндже прошло 612 тыс. тонн грузов, на 18 % больше, чем годом ранее, в среднем около 240 грузовиков в сутки. "
        "Основную часть составляли казахстанская пшеница и мука, цемент, уголь и строительные материалы.",
        "Проектируемая линия протяжённостью около 187 км пройдёт от станции Дусти до границы, пересечёт реку Пяндж по "
        "новому мостовому переходу длиной около 900 м и далее пройдёт по территории Афганистана через Шерхан-Бандар до "
        "Кундуза. На территории Таджикистана расположен 41 км линии, на территории Афганистана – около 145 км. "
        "Возможное продолжение линии от Кундуза до Мазари-Шарифа, где она соединилась бы с линией Хайратан – "
        "Мазари-Шариф, рассматривается как отдельный этап и в объём услуг не входит.",
        "Предварительная оценка ГРП, которую консультант должен проверить, предполагает перевозки 1,8 млн тонн в год к "
        "2030 году и до 4,2 млн тонн в год к 2040 году, в том числе транзит зерна и муки из Казахстана и Узбекистана. "
        "По этой оценке, доставка тонны груза из Бохтара в Кундуз по железной дороге обойдётся на 35–40 % дешевле, "
        "чем автомобилем с перегрузкой на границе.",
        "3 июня 2025 года в Душанбе Министерство транспорта Республики Таджикистан и Министерство общественных работ "
        "Афганистана подписали меморандум о взаимопонимании, которым создана совместная рабочая группа по проекту и "
        "обеспечен доступ консультанта к афганскому участку трассы. Поскольку Республика Таджикистан не признала "
        "временное правительство Афганистана, взаимодействие ведётся на уровне профильных ведомств. 22 августа 2025 "
        "года в Термезе министры транспорта Казахстана, Узбекистана и Таджикистана и представитель афганской стороны "
        "подписали протокол, в котором назвали линию частью маршрута для транзита грузов из Центральной Азии в "
        "Афганистан и договорились согласовать сквозные тарифы до начала её строительства.",
        "Афганская сторона заявила о намерении строить новые линии на колее 1435 мм. Выбор ширины колеи для "
        "афганского участка поэтому остаётся открытым вопросом, от которого зависят место перегрузки, стоимость и "
        "пропускная способность линии.",
    ]),
    ("3. Цели и задачи", [
        "Цель услуг – определить техническую осуществимость, стоимость и экономическую целесообразность "
        "строительства линии и подготовить документ, на основании которого правительства и финансовые институты "
        "смогут принять решение о финансировании. Задачи консультанта:",
        "– подготовить прогноз грузовых и пассажирских перевозок;",
        "– сравнить варианты трассы и мостового перехода через Пяндж;",
        "– предложить технические решения и оценить стоимость строительства;",
        "– выполнить экономический и финансовый анализ и оценить экологические и социальные последствия;",
        "– предложить схему финансирования и порядок пограничного и таможенного оформления грузов.",
    ]),
    ("4. Объём услуг", [
        "4.1. Прогноз перевозок. Базовый год – 2024; горизонты прогноза – 2030, 2040 и 2050 годы; три сценария "
        "(базовый, пессимистический и оптимистический) с разбивкой по родам грузов и по направлениям, включая транзит "
        "из Казахстана и Узбекистана.",
        "4.2. Трасса. Консультант сравнивает не менее двух вариантов трассы и места перехода через Пяндж: вблизи "
        "существующего автомобильного моста в Нижнем Пяндже и ниже по течению реки. Трасса не должна пересекать "
        "территорию заповедника «Тигровая балка».",
        "4.3. Технические решения. Однопутная линия с осевой нагрузкой 23,5 тонны и расчётной скоростью грузовых "
        "поездов 80 км/ч; пограничная станция с таможенной зоной; сравнение колеи 1520 мм и совмещённой колеи "
        "1520/1435 мм на афганском участке.",
        "4.4. Стоимость. Оценка капитальных затрат с точностью ±20 % и эксплуатационных расходов по каждому варианту.",
        "4.5. Экономический и финансовый анализ. Экономическая внутренняя норма доходности проекта должна быть не "
        "ниже 12 %; консультант рассчитывает тарифы, при которых линия окупает эксплуатационные расходы.",
        "4.6. Экологическая и социальная оценка. Оценка воздействия на окружающую среду, изъятия земель и "
        "переселения в соответствии с политикой Исламского банка развития.",
        "4.7. Безопасность и финансирование. Оценка рисков безопасности на афганском участке, план работы персонала "
        "консультанта в Афганистане, варианты финансирования, включая государственно-частное партнёрство.",
    ]),
    ("5. Требования к исполнителю", [
        "Консультант должен иметь опыт подготовки не менее двух ТЭО железнодорожных линий протяжённостью от 100 км "
        "за последние 10 лет, из них хотя бы одного в стране с колеёй 1520 мм. Руководитель группы должен иметь не "
        "менее 15 лет опыта в железнодорожном проектировании. В группу входят также инженер-путеец, специалист по "
        "мостам, транспортный экономист, эколог и специалист по социальным вопросам; рабочие языки – русский и "
        "английский, и хотя бы один член группы должен владеть языком дари. Допускаются консорциумы; участие "
        "таджикской проектной организации приветствуется.",
    ]),
    ("6. Сроки и этапы", []),
    ("7. Порядок приёмки", [
        "Отчёты представляются на русском и английском языках в пяти экземплярах на бумаге и в электронном виде. "
        "Заказчик рассматривает каждый отчёт в течение 15 рабочих дней и направляет консультанту замечания. "
        "Промежуточный отчёт № 1 рассматривается также совместной рабочей группой с участием афганской стороны.",
        "Оплата производится поэтапно: 10 % после принятия начального отчёта, по 20 % после принятия каждого "
        "промежуточного отчёта и проекта окончательного отчёта и 30 % после принятия окончательного отчёта ТЭО.",
    ]),
]

STAGES = [
    ("Этап", "Содержание", "Отчётный документ", "Срок"),
    ("1", "Мобилизация, сбор исходных данных, план работ", "Начальный отчёт", "6 недель с даты договора"),
    ("2", "Прогноз перевозок, варианты трассы", "Промежуточный отчёт № 1", "4 месяца"),
    ("3", "Технические решения, стоимость, экологическая оценка", "Промежуточный отчёт № 2", "8 месяцев"),
    ("4", "Экономический и финансовый анализ, схема финансирования", "Проект окончательного отчёта", "10 месяцев"),
    ("5", "Учёт замечаний заказчика и рабочей группы", "Окончательный отчёт ТЭО", "12 месяцев"),
]

ANNEXES = (
    "Приложения: 1. Схема трассы линии Дусти – Нижний Пяндж – Шерхан-Бандар – Кундуз. 2. Перечень исходных данных, "
    "имеющихся у заказчика. 3. Форма ежемесячного отчёта о ходе работ."
)

SIGNATURES = [
    ("Разработал:", "Главный специалист ГРП", "__________ Х.А. Рахимов"),
    ("Согласовано:", "Директор ГРП", "__________ М.С. Назаров"),
]

FOOTER = f"Техническое задание · Конкурс № {NUMBER} · Страница "

W = nsdecls("w")


def borderless(table) -> None:  # type: ignore[no-untyped-def]
    borders = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {W}>{borders}</w:tblBorders>"))


def main() -> None:
    doc, section = official_document(12, 3.0, 1.5, 2.0, 2.0)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run(FOOTER).font.size = Pt(9)
    field(footer, "PAGE", "1")
    footer.add_run(" из ").font.size = Pt(9)
    field(footer, "NUMPAGES", "3")

    for i, text in enumerate(APPROVAL):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(9.5)
        p.paragraph_format.space_after = Pt(2 if i < len(APPROVAL) - 1 else 18)
        run = p.add_run(text)
        run.bold = i == 0

    centred(doc, KIND, size=14, after=2)
    centred(doc, SUBJECT, size=12, after=12)

    for heading, paragraphs in SECTIONS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        p.add_run(heading).bold = True
        for text in paragraphs:
            justified(doc, text, indent=not text.startswith("–"), after=3)
        if heading.startswith("6."):
            table = doc.add_table(rows=len(STAGES), cols=4)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(STAGES):
                for c, (text, width) in enumerate(zip(row, (1.4, 6.0, 4.6, 4.0))):
                    cell = table.cell(r, c)
                    cell.width = Cm(width)
                    run = cell.paragraphs[0].add_run(text)
                    run.bold = r == 0
                    run.font.size = Pt(11)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(18)
    p.add_run(ANNEXES)

    table = doc.add_table(rows=len(SIGNATURES), cols=3)
    borderless(table)
    for r, row in enumerate(SIGNATURES):
        for c, (text, width) in enumerate(zip(row, (3.5, 6.5, 6.0))):
            cell = table.cell(r, c)
            cell.width = Cm(width)
            run = cell.paragraphs[0].add_run(text)
            run.bold = c == 0

    save_fixed(doc, OUT, title="Техническое задание", author="Рахимов Х.А.",
               created=dt.datetime(2025, 9, 8, 9, 12), modified=dt.datetime(2025, 9, 12, 16, 41), revision=7)


if __name__ == "__main__":
    main()
