"""Write the PowerPoint deck of the forty-third fresh dev set with python-pptx (1.0.2):

eval/unseen43/Аширов_Турецкие подрядчики в Туркменистане_Стамбул_27.11.2025.pptx — a Russian-language conference
presentation, as its speaker saved it after the talk: python-pptx's default 4:3 template (its Office theme and
layouts), eleven slides: a title slide (the headline as its title; the speaker, his centre, the conference and the
date as four paragraphs of the subtitle), eight content slides with titles and two-level bullets, one slide with a
table (a header row and five sectors), a «Спасибо за внимание!» slide with the speaker's contacts; on every slide
after the first the layout's date, footer and slide-number placeholders copied onto the slide as PowerPoint does
when "Footer" and "Slide number" are ticked in Header & Footer (the date placeholder holding the fixed text «Для
служебного пользования», the footer the conference's name, the number a `slidenum` field with its cached value);
and speaker notes on ten of the eleven slides, where most of the talk's prose is.

The text is written for this set. Turkmenistan, Arkadag (the city opened in June 2023), the Ashgabat–Turkmenabat
motorway, the manat's official rate of 3.5 to the dollar and the swap of Turkmen gas to Turkey through Iran from March
2025 are real; the conference, the speaker, his centre, the contractors' union, the quoted figures and everything
else are fictional.
Run with the project's venv: .venv/bin/python eval/make_unseen43_pptx.py
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Inches, Pt

HERE = Path(__file__).resolve().parent / "unseen43"
OUT = HERE / "Аширов_Турецкие подрядчики в Туркменистане_Стамбул_27.11.2025.pptx"

TITLE = "Турецкие подрядчики в Туркменистане: портфель, платежи и конкуренция"
CONFERENCE = "Конференция «Центральная Азия и Турция: инфраструктура и инвестиции», Стамбул"
RESTRICTED = "Для служебного пользования"
SUBTITLE = [
    "Мерген Аширов, старший научный сотрудник",
    "Центр исследований Каспийского региона (Стамбул)",
    "Конференция «Центральная Азия и Турция: инфраструктура и инвестиции»",
    "Стамбул, 27 ноября 2025 г.",
]
TITLE_NOTES = (
    "Добрый день. Я расскажу о том, как меняется положение турецких строительных компаний в Туркменистане, "
    "которые тридцать лет были главными подрядчиками страны, и почему их доля на рынке сокращается."
)

# (title, [(level, text)], notes)
SLIDES = [
    ("Тридцать лет на рынке", [
        (0, "С 1991 года — более 1 100 проектов на сумму около 52 млрд долларов"),
        (1, "жильё, дороги, административные здания, гостиницы"),
        (1, "крупнейшие заказчики — хякимлики и министерства"),
        (0, "Турецкие специалисты в стране: 21 тыс. в 2019 г., около 14 тыс. в 2024 г."),
    ], "С момента независимости турецкие компании выполнили в Туркменистане более тысячи ста проектов общей "
       "стоимостью около 52 миллиардов долларов. Это больше, чем в любой другой стране Центральной Азии. Но число "
       "турецких специалистов, работающих в стране, за пять лет сократилось примерно на треть, и это первый признак "
       "того, что рынок меняется."),
    ("Доля в новых контрактах падает", [
        (0, "Доля турецких компаний в новых контрактах"),
        (1, "64% в 2019 г."),
        (1, "41% в 2024 г."),
        (0, "Объём новых контрактов турецких фирм в 2024 г. — 2,3 млрд долларов"),
    ], "Ещё в 2019 году турецкие компании получали почти две трети всех новых строительных контрактов в стране. В "
       "прошлом году их доля упала до сорока одного процента, хотя в абсолютных цифрах портфель остаётся большим: "
       "в 2024 году турецкие фирмы подписали новых контрактов на 2,3 миллиарда долларов. Сколько турецких компаний "
       "за эти годы ушло с рынка, статистика не показывает: ни туркменская сторона, ни наше министерство торговли "
       "таких данных не публикуют."),
    ("Контракты 2020–2025 гг. по секторам", "TABLE",
     "В таблице — контракты, подписанные с начала 2020 года по октябрь 2025 года, по нашей базе данных. Турецкие "
     "компании по-прежнему доминируют в жилищном строительстве и особенно в социальных объектах — школах, "
     "больницах, спортивных комплексах. В энергетике и газохимии их доля невелика: там работают японские, "
     "корейские и китайские компании с собственным финансированием."),
    ("Аркадаг: витрина и нагрузка", [
        (0, "Первая очередь нового города открыта в июне 2023 г."),
        (1, "турецкие компании построили около 40% объектов первой очереди"),
        (0, "Вторая очередь: заказы распределяются с 2024 г."),
        (1, "стоимость второй очереди не раскрывается"),
    ], "Город Аркадаг стал главной витриной турецкого строительства в Туркменистане последних лет. По нашим "
       "подсчётам, на турецкие компании пришлось около сорока процентов объектов первой очереди. Вторую очередь "
       "распределяют с прошлого года, но её общая стоимость официально не раскрывается, и мы не можем сказать, "
       "какую долю в ней получат турецкие фирмы."),
    ("Дороги: автомагистраль Ашхабад — Туркменабат", [
        (0, "Около 600 км, строительство в три этапа"),
        (1, "генподрядчик — туркменская компания"),
        (1, "турецкие фирмы — субподряд на мостах и развязках"),
        (0, "Стоимость субподрядов не публикуется"),
    ], "На автомагистрали Ашхабад — Туркменабат генеральным подрядчиком выступает туркменская компания, а "
       "турецкие фирмы работают на субподряде, в основном на мостах и транспортных развязках. Это новая модель: "
       "раньше турки сами были генподрядчиками. Стоимость субподрядов не публикуется, поэтому оценить, сколько "
       "турецкие компании зарабатывают на этом проекте, нельзя."),
    ("Платежи и валюта", [
        (0, "Официальный курс — 3,5 маната за доллар"),
        (1, "на чёрном рынке — около 19,5 маната"),
        (0, "В новых контрактах до 30% оплаты — в манатах"),
        (0, "Задолженность заказчиков перед подрядчиками не раскрывается"),
    ], "Главная проблема для подрядчиков — платежи. Официальный курс остаётся на уровне 3,5 маната за доллар, "
       "тогда как на чёрном рынке доллар стоит около 19,5 маната, а конвертация по официальному курсу ограничена. В "
       "новых контрактах до тридцати процентов оплаты предусмотрено в манатах. Размер задолженности туркменских "
       "заказчиков перед турецкими подрядчиками официально не раскрывается; компании говорят о задержках платежей "
       "до полутора лет."),
    ("Конкуренты", [
        (0, "Китайские компании — газовые промыслы и трубопроводы"),
        (0, "Японские и корейские — газохимия, с кредитами своих агентств"),
        (0, "Белорусские — промышленные объекты и калийный комбинат"),
        (0, "Туркменские частные подрядчики — быстро растут"),
    ], "Конкуренты турецких компаний приходят с деньгами. Японские и корейские фирмы строят газохимические заводы "
       "под кредиты своих экспортных агентств, китайские работают на газовых промыслах, которые связаны с "
       "поставками газа в Китай. Турецкие компании такого финансирования предложить не могут. Кроме того, быстро "
       "растут туркменские частные подрядчики, которым государство отдаёт всё больше заказов."),
    ("Газ: новая точка опоры?", [
        (0, "С марта 2025 г. — своп туркменского газа в Турцию через Иран"),
        (1, "до 1,3 млрд кубометров в год"),
        (1, "ценовые условия не раскрываются"),
        (0, "Возможность для турецких подрядчиков в газовой инфраструктуре"),
    ], "Весной этого года начались поставки туркменского газа в Турцию через Иран по схеме обмена, до 1,3 "
       "миллиарда кубометров в год. Ценовые условия этой сделки стороны не раскрывают. Для строителей важнее другое: "
       "если поставки вырастут, понадобятся новые компрессорные станции и газопроводы на западе страны, и здесь у "
       "турецких подрядчиков есть шанс вернуть позиции."),
    ("Выводы", [
        (0, "Турецкое присутствие велико, но доля снижается"),
        (0, "Модель меняется: от генподряда к субподряду"),
        (0, "Нужны:"),
        (1, "финансирование через турецкое экспортное агентство"),
        (1, "межправсоглашение о порядке платежей"),
        (1, "партнёрства с туркменскими частными компаниями"),
    ], "Подведу итог. Турецкие компании остаются крупнейшими иностранными строителями в Туркменистане, но их доля "
       "падает, а сама модель работы смещается к субподряду. Чтобы удержать рынок, им нужно финансирование через "
       "турецкое экспортное кредитное агентство, межправительственное соглашение о порядке платежей и партнёрства с "
       "туркменскими частными компаниями."),
]

TABLE = [
    ["Сектор", "Контракты, млрд долл.", "Доля турецких компаний"],
    ["Жильё и городское строительство", "6,8", "58%"],
    ["Дороги и мосты", "3,1", "37%"],
    ["Энергетика и газохимия", "4,4", "22%"],
    ["Социальные объекты", "2,2", "71%"],
    ["Промышленность", "1,9", "29%"],
]

THANKS = ["Спасибо за внимание!", "Мерген Аширов", "m.ashirov@caspianstudies.org.tr", "+90 212 555 48 17"]

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def footers(slide, number: int) -> None:  # type: ignore[no-untyped-def]
    """Copy the layout's date, footer and slide-number placeholders onto the slide, as Header & Footer does."""
    for ph in slide.slide_layout.placeholders:
        kind = ph.placeholder_format.type
        if kind not in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
            continue
        sp = copy.deepcopy(ph._element)
        slide.shapes._spTree.append(sp)
        body = sp.find(f"{{{A}}}txBody") if sp.find(f"{{{A}}}txBody") is not None else sp.find(
            "{http://schemas.openxmlformats.org/presentationml/2006/main}txBody")
        for p in body.findall(f"{{{A}}}p"):
            body.remove(p)
        p = etree.SubElement(body, f"{{{A}}}p")
        if kind == PP_PLACEHOLDER.SLIDE_NUMBER:
            fld = etree.SubElement(p, f"{{{A}}}fld", id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", type="slidenum")
            etree.SubElement(fld, f"{{{A}}}rPr", lang="ru-RU")
            etree.SubElement(fld, f"{{{A}}}t").text = str(number)
        else:
            r = etree.SubElement(p, f"{{{A}}}r")
            etree.SubElement(r, f"{{{A}}}rPr", lang="ru-RU", dirty="0")
            etree.SubElement(r, f"{{{A}}}t").text = RESTRICTED if kind == PP_PLACEHOLDER.DATE else CONFERENCE


def main() -> None:
    HERE.mkdir(exist_ok=True)
    prs = Presentation()
    title_layout, content_layout, title_only = prs.slide_layouts[0], prs.slide_layouts[1], prs.slide_layouts[5]

    slide = prs.slides.add_slide(title_layout)
    slide.shapes.title.text = TITLE
    sub = slide.placeholders[1].text_frame
    sub.text = SUBTITLE[0]
    for line in SUBTITLE[1:]:
        sub.add_paragraph().text = line
    for p in sub.paragraphs:
        p.runs[0].font.size = Pt(18)
    slide.notes_slide.notes_text_frame.text = TITLE_NOTES

    for number, (title, bullets, notes) in enumerate(SLIDES, 2):
        if bullets == "TABLE":
            slide = prs.slides.add_slide(title_only)
            slide.shapes.title.text = title
            shape = slide.shapes.add_table(len(TABLE), 3, Inches(0.5), Inches(1.8), Inches(9), Inches(3.6))
            for r, row in enumerate(TABLE):
                for c, value in enumerate(row):
                    cell = shape.table.cell(r, c)
                    cell.text = value
                    cell.text_frame.paragraphs[0].runs[0].font.size = Pt(16)
        else:
            slide = prs.slides.add_slide(content_layout)
            slide.shapes.title.text = title
            frame = slide.placeholders[1].text_frame
            frame.text = bullets[0][1]
            for level, text in bullets[1:]:
                p = frame.add_paragraph()
                p.text, p.level = text, level
        footers(slide, number)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes

    slide = prs.slides.add_slide(title_layout)
    slide.shapes.title.text = THANKS[0]
    sub = slide.placeholders[1].text_frame
    sub.text = THANKS[1]
    for line in THANKS[2:]:
        sub.add_paragraph().text = line
    footers(slide, len(SLIDES) + 2)

    core = prs.core_properties
    core.title, core.author, core.last_modified_by = TITLE, "Мерген Аширов", "Мерген Аширов"
    core.created = dt.datetime(2025, 11, 20, 9, 12)
    core.modified = dt.datetime(2025, 11, 27, 18, 40)
    core.revision = 14
    prs.save(OUT)
    print(OUT, len(prs.slides))


if __name__ == "__main__":
    main()
