"""Write the Word file of the fifty-sixth fresh dev set with python-docx:

eval/unseen56/Обзор СМИ_04.12.2025_МЭВР (ДСП).docx — the daily media-monitoring digest of the press service of the
Ministry of Energy and Water Resources of the Republic of Tajikistan, «Обзор СМИ за 4 декабря 2025 года», as the press
service sends it round the ministry in Word: in the page header «Для служебного пользования» at the right margin and
«Экз. № 4»; in the footer «Обзор СМИ · 04.12.2025 · стр.» and a PAGE field with its cached value; the letterhead (the
ministry's name in Tajik and in Russian in bold capitals, «Пресс-служба», the address and telephone) over a bottom
rule; the digest's title in bold, centred; the monitoring period and the sources' count; «Содержание» over the three
rubrics with their items' count and page (with a tab and dot leader); then the rubrics as Heading 2, and under them
ten items, each a source and date line in italics («Интерфакс, 04.12.2025, 10:42»; three of them English-language
outlets, «Reuters, 03.12.2025 (перевод с английского)»), its headline in bold and a summary of one or two paragraphs
in Russian; the preparer's lines at the end («Подготовлено отделом …», «Исполнитель: …», the distribution line). The
core properties are the template's: its title «Обзор СМИ», the press officer as author, fixed dates; the zip's
members carry a fixed time, so the file is the same on every run (eval/docx_fixed.save_fixed).

The text is written for this set; the summaries are not any outlet's reports. The ministry, Dushanbe, the CASA-1000
project (the line from Kyrgyzstan and Tajikistan through Afghanistan to Pakistan, its Datka–Khujand section, the
Sangtuda substation and the converter station at Nowshera), the World Bank, Pakistan's National Transmission and
Despatch Company, Da Afghanistan Breshna Sherkat, Uzbekistan, Kyrgyzstan, Afghanistan and the outlets named are real;
the digest, its people, the officials, the experts, the summaries, the quotes and all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen56_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import official_document, page_field, save_fixed  # eval/docx_fixed.py, beside this script

OUT = Path(__file__).resolve().parent / "unseen56" / "Обзор СМИ_04.12.2025_МЭВР (ДСП).docx"

MARK = "Для служебного пользования"
COPY = "Экз. № 4"
FOOTER = "Обзор СМИ · 04.12.2025 · стр. "
LETTERHEAD = [
    "ВАЗОРАТИ ЭНЕРГЕТИКА ВА ЗАХИРАҲОИ ОБИИ ҶУМҲУРИИ ТОҶИКИСТОН",
    "МИНИСТЕРСТВО ЭНЕРГЕТИКИ И ВОДНЫХ РЕСУРСОВ РЕСПУБЛИКИ ТАДЖИКИСТАН",
    "Пресс-служба",
    "734012, г. Душанбе, ул. Шамси, 5/1 · тел.: (+992 37) 227-41-18 · press@mewr.example",
]
TITLE = "Обзор СМИ за 4 декабря 2025 года"
PERIOD = "Период мониторинга: 03.12.2025, 12:00 — 04.12.2025, 12:00"
SCOPE = "Источники: 46 информационных агентств, газет и сайтов, 12 телеграм-каналов"
CONTENTS_HEAD = "Содержание"

# (rubric, [(source line, headline, [paragraphs])])
RUBRICS = [
    ("1. CASA-1000", [
        ("Интерфакс, 04.12.2025, 10:42",
         "Таджикистан рассчитывает начать поставки по CASA-1000 летом 2027 года",
         ["Первый заместитель министра энергетики и водных ресурсов Фаридун Сафарзода на брифинге в Душанбе заявил, "
          "что коммерческие поставки электроэнергии в Пакистан по линии CASA-1000 могут начаться в мае 2027 года, "
          "если афганский участок будет достроен к концу 2026 года. По его словам, таджикская часть проекта, "
          "включая преобразовательную подстанцию у Сангтуды и линию до афганской границы длиной 116 км, завершена "
          "ещё в 2024 году.",
          "Тариф, по которому Пакистан будет покупать таджикскую электроэнергию, замминистра назвать отказался, "
          "сославшись на условия договора купли-продажи."]),
        ("Reuters, 03.12.2025 (перевод с английского)",
         "Всемирный банк выделит средства на достройку афганского участка CASA-1000",
         ["Совет директоров Всемирного банка одобрил 310 млн долларов на завершение афганского участка линии. "
          "Деньги пойдут через целевой фонд под управлением банка и будут перечисляться напрямую подрядчикам, минуя "
          "афганские власти. По данным агентства, из 1 223 опор на афганском участке длиной 562 км к ноябрю "
          "установлены 648.",
          "Собеседник агентства в банке сообщил, что охрану стройки обеспечивает афганская сторона, но не уточнил, "
          "во сколько она обходится и кто за неё платит."]),
        ("Dawn (Пакистан), 03.12.2025 (перевод с английского)",
         "Подстанция в Ноушере готова на 87 %",
         ["Национальная компания по передаче и диспетчеризации электроэнергии Пакистана (NTDC) сообщила "
          "парламентскому комитету, что преобразовательная подстанция постоянного тока в Ноушере построена на 87 %. "
          "Пробные включения намечены на второй квартал 2026 года. Пакистан рассчитывает с помощью летнего импорта "
          "из Центральной Азии сократить закупки дорогого сжиженного газа для электростанций."]),
        ("Кабар (Кыргызстан), 04.12.2025, 11:20",
         "Бишкек напомнил о своей доле в проекте",
         ["Министерство энергетики Кыргызстана сообщило, что кыргызская часть проекта, линия 500 кВ Датка — "
          "Худжанд, готова к работе и страна рассчитывает ежегодно поставлять по CASA-1000 около 1,8 млрд кВт·ч. "
          "Агентство отмечает, что в маловодный 2025 год летних излишков у Кыргызстана почти не было и страна сама "
          "закупала электроэнергию у соседей. В министерстве рассчитывают, что в многоводные годы экспорт по "
          "линии будет приносить Кыргызстану около 80 млн долларов в год."]),
        ("Азия-Плюс, 04.12.2025, 09:15",
         "Эксперт: без новой линии летняя энергия продолжит уходить в холостые сбросы",
         ["Энергетик Джамшед Рахимов оценил в интервью изданию, что летом 2025 года таджикские ГЭС из-за нехватки "
          "спроса потеряли на холостых сбросах около 4,2 млрд кВт·ч. По его словам, CASA-1000 позволит продать "
          "часть этой энергии, но не решит проблему зимнего дефицита: с ноября по март подачу электроэнергии в "
          "регионах по-прежнему придётся ограничивать."]),
    ]),
    ("2. Экспорт электроэнергии", [
        ("Ховар, 04.12.2025, 08:30",
         "Экспорт электроэнергии за 11 месяцев превысил 3 млрд кВт·ч",
         ["По данным министерства, в январе — ноябре 2025 года Таджикистан экспортировал 3,27 млрд кВт·ч "
          "электроэнергии, на 11 % больше, чем годом ранее. Основные покупатели — Узбекистан (1,86 млрд кВт·ч) и "
          "Афганистан (1,21 млрд кВт·ч), остальное пришлось на Кыргызстан. Выручка от экспорта за тот же период, "
          "по данным министерства, составила 97 млн долларов, почти половину её принесли поставки в Узбекистан."]),
        ("Газета.uz (Узбекистан), 03.12.2025, 16:40",
         "Ташкент и Душанбе договорились о летних поставках на 2026 год",
         ["Энергетические компании двух стран подписали контракт на поставку в Узбекистан 1,5 млрд кВт·ч "
          "таджикской электроэнергии в мае — сентябре 2026 года. Цена контракта не раскрывается. Зимой Узбекистан "
          "в обмен поставит Таджикистану до 300 млн кВт·ч."]),
        ("TOLOnews (Афганистан), 03.12.2025 (перевод с английского)",
         "DABS погасила часть долга за таджикскую электроэнергию",
         ["Государственная энергокомпания Афганистана Da Afghanistan Breshna Sherkat (DABS) сообщила, что "
          "перечислила таджикской стороне 18 млн долларов в счёт долга за электроэнергию, полученную в 2024–2025 "
          "годах. Общую сумму задолженности компания не назвала. Зимой поставки в северные провинции Афганистана "
          "будут сокращены до 150 МВт."]),
    ]),
    ("3. Зарубежные СМИ о водно-энергетической политике Таджикистана", [
        ("Eurasianet, 03.12.2025 (перевод с английского)",
         "Кому продавать лето: Душанбе между Исламабадом и Ташкентом",
         ["Автор материала пишет, что с запуском CASA-1000 у Таджикистана летом будет больше покупателей, чем "
          "электроэнергии на продажу. По оценке издания, Пакистан готов платить за киловатт-час больше, чем "
          "Узбекистан, но его платежи менее надёжны. Ни Таджикистан, ни Пакистан не публикуют условия гарантий "
          "оплаты по проекту."]),
        ("The Diplomat, 03.12.2025 (перевод с английского)",
         "Кто охраняет линию в Афганистане",
         ["Журнал приводит слова заместителя министра энергетики и водных ресурсов в правительстве талибов: "
          "участок CASA-1000 в Афганистане охраняет специальное подразделение из 1 200 человек, а Кабул "
          "рассчитывает получать за транзит электроэнергии около 45 млн долларов в год. Во Всемирном банке эти "
          "цифры журналу не подтвердили.",
          "Автор отмечает, что для Таджикистана и Кыргызстана главный риск проекта — не стройка, а эксплуатация: "
          "повреждение одной опоры в Афганистане может остановить поставки в Пакистан на несколько недель."]),
        ("Sputnik Таджикистан, 04.12.2025, 12:05",
         "Душанбе и Бишкек согласовали зимние перетоки",
         ["Таджикистан и Кыргызстан подписали протокол о зимнем обмене электроэнергией: в январе — феврале 2026 "
          "года Кыргызстан вернёт 220 млн кВт·ч, полученных от Таджикистана летом. Расчёты по протоколу ведутся "
          "энергией, без денежных платежей."]),
    ]),
]
CONTENTS = [(rubric.split(". ", 1)[1], len(items), page) for (rubric, items), page in zip(RUBRICS, (1, 3, 3))]
PREPARED = "Подготовлено отделом информации и связей с общественностью пресс-службы МЭВР РТ"
EXECUTOR = "Исполнитель: Шарипова Н. М., тел.: (+992 37) 227-41-18, вн. 112"
DISTRIBUTION = "Рассылается по списку. Копирование и передача третьим лицам не допускаются."

W = nsdecls("w")


def bottom_rule(paragraph) -> None:  # type: ignore[no-untyped-def]
    """A rule under the paragraph (the letterhead's), as Word writes a bottom border."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {W}><w:bottom w:val="single" w:sz="12" w:space="4" w:color="1F3864"/></w:pBdr>'))


def main() -> None:
    doc, section = official_document(12, 3.0, 1.5, 2.0, 2.0)

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run(MARK)
    run.bold, run.font.size = True, Pt(10)
    copy = section.header.add_paragraph(COPY)
    copy.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    copy.runs[0].font.size = Pt(10)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(FOOTER).font.size = Pt(9)
    page_field(footer, "1")

    for i, line in enumerate(LETTERHEAD):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.bold = i < 3
        run.font.size = Pt(10 if i in (0, 3) else 11)
        run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        if i == len(LETTERHEAD) - 1:
            bottom_rule(p)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(14)
    run = p.add_run(TITLE)
    run.bold, run.font.size = True, Pt(15)
    for line in (PERIOD, SCOPE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.italic, run.font.size = True, Pt(10)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(CONTENTS_HEAD).bold = True
    for n, (name, count, page) in enumerate(CONTENTS, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{n}. {name} ({count})\t{page}")

    for rubric, items in RUBRICS:
        heading = doc.add_heading(rubric, level=2)
        heading.paragraph_format.space_before = Pt(16)
        for source, headline, paras in items:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.space_after = Pt(2)
            run = p.add_run(source)
            run.italic, run.font.size = True, Pt(10.5)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            p.add_run(headline).bold = True
            for text in paras:
                p = doc.add_paragraph(text)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.0)
                p.paragraph_format.space_after = Pt(3)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(24)
    p.paragraph_format.space_after = Pt(0)
    p.add_run(PREPARED).font.size = Pt(10)
    for line in (EXECUTOR, DISTRIBUTION):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.font.size = Pt(10)
        run.italic = line == DISTRIBUTION

    save_fixed(doc, OUT, title="Обзор СМИ", author="Шарипова Н. М.", created=dt.datetime(2025, 1, 14, 9, 5),
               modified=dt.datetime(2025, 12, 4, 12, 48), revision=231)


if __name__ == "__main__":
    main()
