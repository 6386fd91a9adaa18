"""Write the Word file of the seventy-third fresh dev set with python-docx:

eval/unseen73/Инф_письмо_бизнес-миссия_Индия_март_2026.docx — an information letter («ИНФОРМАЦИОННОЕ ПИСЬМО») of the
Namangan regional office of the Chamber of Commerce and Industry of Uzbekistan to the exporters of its region, inviting
them to a business mission to India (New Delhi and Ahmedabad, 16–20 March 2026), as its foreign economic relations
department saves it in Word (named by its clerk: the kind shortened, the subject, the country, the month, with
underscores). Times New Roman 12 (eval/docx_fixed.official_document): the letterhead (the chamber's name in Uzbek and in
Russian, the regional office, its address and contacts, over a bottom border); the outgoing number and date at the
left and the addressee at the right, in a borderless table; «ИНФОРМАЦИОННОЕ ПИСЬМО» and the subject centred in bold;
«Уважаемые руководители!»; justified paragraphs with first-line indents; «Предварительная программа бизнес-миссии:»
over five days; «Условия участия:» over four numbered conditions; a closing request; «Приложение: …»; the signature
in a borderless table (the post at the left, the name at the right); the clerk's name and telephone in small type at
the foot. No title in the core properties, the clerk as author, fixed dates (eval/docx_fixed.save_fixed).

The text is written for this set. Uzbekistan, its Chamber of Commerce and Industry, the Namangan region, the Embassy
of Uzbekistan in India, India, New Delhi, Ahmedabad, Gujarat and its Chamber of Commerce and Industry, the Khari
Baoli market, Uzbekistan Airways and India's e-visa are real; the letter, its number, the mission, its programme,
its conditions, the officials and all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen73_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from docx_fixed import (  # eval/docx_fixed.py, beside this script
    centred,
    justified,
    official_document,
    save_fixed,
)

OUT = Path(__file__).resolve().parent / "unseen73" / "Инф_письмо_бизнес-миссия_Индия_март_2026.docx"

LETTERHEAD = [
    ("ЎЗБЕКИСТОН РЕСПУБЛИКАСИ САВДО-САНОАТ ПАЛАТАСИ", True, 10),
    ("ТОРГОВО-ПРОМЫШЛЕННАЯ ПАЛАТА РЕСПУБЛИКИ УЗБЕКИСТАН", True, 11),
    ("НАМАНГАНСКОЕ РЕГИОНАЛЬНОЕ УПРАВЛЕНИЕ", True, 11),
    ("160100, г. Наманган, ул. Навои, 22 · тел.: (69) 227-41-05 · e-mail: info@namangan-tpp.uz · www.namangan-tpp.uz",
     False, 8.5),
]
NUMBER = "№ 06-1/2214 от 16.12.2025 г."
ADDRESSEE = "Руководителям предприятий-экспортёров Наманганской области (по списку)"
KIND = "ИНФОРМАЦИОННОЕ ПИСЬМО"
SUBJECT = "О бизнес-миссии в Республику Индия (Нью-Дели – Ахмадабад, 16–20 марта 2026 года)"
GREETING = "Уважаемые руководители!"
OPENING = [
    ("Наманганское региональное управление Торгово-промышленной палаты Республики Узбекистан при поддержке "
     "Посольства Республики Узбекистан в Республике Индия организует бизнес-миссию предприятий области в города "
     "Нью-Дели и Ахмадабад 16–20 марта 2026 года. Бизнес-миссия проводится в рамках договорённостей о расширении "
     "торгово-экономического сотрудничества между Узбекистаном и Индией и направлена на поиск покупателей и "
     "партнёров для экспортёров области."),
    ("Индия входит в число наиболее быстро растущих рынков для продукции нашей области. По данным регионального "
     "управления, экспорт Наманганской области в Индию в 2024 году составил 41,6 млн долларов США, что в 1,7 раза "
     "больше, чем годом ранее. Основу поставок составили сухофрукты и орехи, изюм, хлопковая пряжа и шёлковые ткани. "
     "За январь–ноябрь 2025 года экспорт области в Индию достиг 47,3 млн долларов."),
    ("Предыдущая бизнес-миссия области в Нью-Дели, проведённая в ноябре 2024 года, дала ощутимые результаты: "
     "14 предприятий области подписали контракты на поставку продукции на общую сумму 18,4 млн долларов, а два "
     "индийских инвестора открыли в Наманганской области совместные предприятия по переработке фруктов. Ещё шесть "
     "предприятий с участием индийского капитала работают в области в фармацевтике и производстве упаковки."),
    ("Особое внимание в этот раз будет уделено текстильной отрасли. Ахмадабад является одним из крупнейших центров "
     "хлопчатобумажной промышленности Индии, и фабрики штата Гуджарат заинтересованы в закупке узбекской хлопковой "
     "пряжи. В 2024 году на долю пряжи пришлось около 28 процентов экспорта области в Индию, и, по оценке "
     "регионального управления, эта доля может вырасти вдвое, если предприятия области получат долгосрочные заказы."),
    ("В программе бизнес-миссии – участие в узбекско-индийском бизнес-форуме в Нью-Дели, переговоры в формате "
     "«бизнес для бизнеса» с индийскими импортёрами и дистрибьюторами, посещение оптового рынка сухофруктов и "
     "текстильных предприятий Ахмадабада. Индийская сторона подтвердила участие более 120 компаний; для каждого "
     "участника миссии будет организовано не менее восьми деловых встреч. Переговоры будут проходить с участием "
     "переводчиков, а предприятиям, впервые участвующим в зарубежной миссии, будет назначен куратор из числа "
     "сотрудников регионального управления."),
    ("Перелёт участников осуществляется регулярными рейсами авиакомпании «Uzbekistan Airways» по маршруту Ташкент – "
     "Дели, которые выполняются четыре раза в неделю; переезд из Дели в Ахмадабад – внутренним рейсом. Граждане "
     "Республики Узбекистан могут оформить электронную визу в Индию через официальный портал; как правило, решение "
     "по ней принимается в течение 72 часов."),
    ("Для подготовки участников к переговорам региональное управление 24 февраля 2026 года проведёт в Намангане "
     "семинар о требованиях индийского рынка к маркировке, упаковке и сертификации пищевой продукции. На семинаре "
     "выступят специалисты Палаты и представитель индийской инспекционной компании, которая проверяет партии "
     "сухофруктов перед отгрузкой. Участие в семинаре для предприятий, подавших анкеты, бесплатное."),
    ("Напоминаем, что при экспорте в Индию узбекские товары пользуются пониженными ставками пошлин только при "
     "наличии сертификата происхождения. Региональное управление оформляет такие сертификаты в течение одного "
     "рабочего дня; в 2025 году их было выдано 1 286 на поставки в Индию, почти вдвое больше, чем в 2023 году. "
     "Предприятиям, впервые выходящим на индийский рынок, рекомендуется заранее согласовать с покупателем условия "
     "поставки и порядок оплаты, так как большинство индийских импортёров работает по аккредитиву."),
]
PROGRAMME_HEAD = "Предварительная программа бизнес-миссии:"
PROGRAMME = [
    "16 марта – прибытие в Нью-Дели, инструктаж в Посольстве Республики Узбекистан в Республике Индия;",
    "17 марта – узбекско-индийский бизнес-форум, переговоры с индийскими компаниями;",
    "18 марта – посещение оптового рынка Кхари Баоли, встречи с дистрибьюторами сухофруктов и орехов;",
    ("19 марта – перелёт в Ахмадабад, посещение текстильных фабрик, встреча в Торгово-промышленной палате штата "
     "Гуджарат;"),
    "20 марта – переговоры с импортёрами хлопковой пряжи, вылет в Ташкент.",
]
CONDITIONS_HEAD = "Условия участия:"
CONDITIONS = [
    ("1. Для участия в бизнес-миссии необходимо до 20 января 2026 года направить в региональное управление "
     "заполненную анкету участника (приложение) и каталог продукции на английском языке."),
    ("2. Регистрационный взнос составляет 3 500 000 сумов на одно предприятие и включает организацию деловых встреч, "
     "услуги переводчика и трансфер внутри Индии."),
    ("3. Расходы на перелёт, проживание и питание участники несут самостоятельно. Предприятиям – членам Палаты "
     "региональное управление возмещает 50 процентов стоимости авиабилетов."),
    ("4. Количество мест ограничено: в состав бизнес-миссии войдут не более 25 предприятий. Отбор проводится с учётом "
     "даты подачи анкеты и готовности продукции к экспорту."),
]
CLOSING = ("Просим довести настоящее письмо до сведения заинтересованных предприятий. Дополнительную информацию "
           "можно получить в отделе внешнеэкономических связей регионального управления.")
ANNEX = "Приложение: анкета участника бизнес-миссии на 2 л. в 1 экз."
SIGNATURE = ("Начальник регионального управления", "Ш. Х. Турсунов")
CLERK = ["Исп.: Мамадалиева Н. А.", "Тел.: (69) 227-41-18"]


def borderless(doc, rows, widths) -> None:  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for r, row in enumerate(rows):
        for c, (text, align, bold) in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            p = cell.paragraphs[0]
            p.alignment = align
            run = p.add_run(text)
            run.bold = bold


def bottom_border(paragraph) -> None:  # type: ignore[no-untyped-def]
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" w:space="4" w:color="1F3864"/></w:pBdr>'))


def main() -> None:
    doc, _section = official_document(12, 3.0, 1.5, 2.0, 2.0)
    for text, bold, size in LETTERHEAD:
        p = centred(doc, text, bold=bold, size=size)
        if text == LETTERHEAD[-1][0]:
            bottom_border(p)
            p.paragraph_format.space_after = Pt(14)
    borderless(doc, [[(NUMBER, WD_ALIGN_PARAGRAPH.LEFT, False), (ADDRESSEE, WD_ALIGN_PARAGRAPH.LEFT, True)]],
               [7.5, 8.0])
    centred(doc, KIND, size=13, before=18)
    centred(doc, SUBJECT, size=12, after=12)
    centred(doc, GREETING, bold=False, size=12, after=6)
    for text in OPENING:
        justified(doc, text, after=4)
    p = justified(doc, PROGRAMME_HEAD, after=2)
    p.runs[0].bold = True
    for text in PROGRAMME:
        justified(doc, text, after=0)
    p = justified(doc, CONDITIONS_HEAD, after=2)
    p.paragraph_format.space_before = Pt(6)
    p.runs[0].bold = True
    for text in CONDITIONS:
        justified(doc, text, after=2)
    justified(doc, CLOSING, after=10)
    p = doc.add_paragraph(ANNEX)
    p.paragraph_format.space_after = Pt(24)
    borderless(doc, [[(SIGNATURE[0], WD_ALIGN_PARAGRAPH.LEFT, True), (SIGNATURE[1], WD_ALIGN_PARAGRAPH.RIGHT, True)]],
               [10.0, 5.5])
    for i, text in enumerate(CLERK):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(36 if i == 0 else 0)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(text).font.size = Pt(8)
    save_fixed(doc, OUT, title="", author="Мамадалиева Н. А.", created=dt.datetime(2025, 12, 15, 9, 12),
               modified=dt.datetime(2025, 12, 16, 11, 47), revision=7)


if __name__ == "__main__":
    main()
