"""Write the Word file of the forty-sixth fresh dev set with python-docx:

eval/unseen46/АЗ-14_Медицинский туризм_УЗ-КЗ_ЕЦПЭ_финал.docx — an «аналитическая записка» of a (fictional) research
centre in Tashkent, the Eurasian Centre for Applied Economics, on outbound medical tourism from Uzbekistan and
Kazakhstan: the centre's name in the page header (the first page's own header too) and a footer of two paragraphs,
«Для служебного пользования» and a page number (Word's PAGE field with its cached value) from the second page on; a
title page (the centre in bold capitals, the series «Аналитическая записка № 14», the headline in Word's Title style,
the authors, «Ташкент — 2025»); «Содержание» over Word's TOC field with its cached entries («TOC 1» paragraphs with a
dotted tab and a page number); an unnumbered «Введение» and five numbered Heading 1 sections, the last of three
proposals «5.1.»–«5.3.»; a caption in Caption style over a three-column Word table; note marks as superscript digits
at the ends of four sentences and the notes as a numbered list under «Примечания» after the last section; «Об авторах»
with two paragraphs.

The text is written for this set; the centre, its people, its survey, its figures and proposals are fictional (Turkey,
India's e-Medical visa, Korea's medical visa, the Korea Health Industry Development Institute, Kazakhstan's Social
Health Insurance Fund and Uzbekistan's Ministry of Health are real, but what is said of them here is invented).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen46_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from docx_fixed import page_field  # eval/docx_fixed.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen46"
OUT = HERE / "АЗ-14_Медицинский туризм_УЗ-КЗ_ЕЦПЭ_финал.docx"

CENTRE = "Евразийский центр прикладной экономики"
MARK = "Для служебного пользования"
CENTRE_CAPS = "ЕВРАЗИЙСКИЙ ЦЕНТР ПРИКЛАДНОЙ ЭКОНОМИКИ"
SERIES = "Аналитическая записка № 14"
TITLE = "Выездной медицинский туризм из Узбекистана и Казахстана: направления, расходы и ответ государства"
AUTHORS = "Н. Б. Каримова, Е. С. Тулегенов"
PLACE = "Ташкент — 2025"
CONTENTS = "Содержание"

# (heading, [paragraphs]); a paragraph is a string, or (string, note number) for a superscript mark at its end
SECTIONS = [
    ("Введение", [
        "Жители Центральной Азии всё чаще едут лечиться за рубеж. Для государств региона это не только вопрос "
        "здравоохранения, но и вопрос платёжного баланса и внешней политики: медицинские поездки стали темой "
        "переговоров с Турцией, Индией и Южной Кореей. В записке оценены масштаб выездного медицинского туризма из "
        "Узбекистана и Казахстана, его направления и расходы пациентов, а также меры, которые принимают правительства.",
    ]),
    ("1. Масштаб явления", [
        ("По оценке центра, в 2024 году за медицинской помощью за рубеж выезжали около 168 тыс. жителей Узбекистана и "
         "около 94 тыс. жителей Казахстана. Их расходы на лечение, без учёта перелёта и проживания, составили "
         "соответственно около 410 млн и около 530 млн долларов.", 1),
        "Для сравнения: в 2019 году из Узбекистана за лечением выезжали около 97 тыс. человек, то есть за пять лет "
        "поток вырос более чем в полтора раза.",
        "Официальная статистика выездного медицинского туризма ни в одной из двух стран не ведётся: пограничные службы "
        "не спрашивают о цели поездки, а клиники принимающих стран публикуют данные по-разному. Поэтому оценка "
        "построена на данных принимающих стран, опросе 1 250 пациентов и сведениях туроператоров. Данных о том, "
        "сколько пациентов из Кыргызстана и Таджикистана лечатся за рубежом, нет, и эти страны в записку не включены.",
    ]),
    ("2. Направления", [
        "Главное направление для обеих стран — Турция: на неё приходится около 34 процентов пациентов из Узбекистана "
        "и 29 процентов из Казахстана. Турецкие клиники держат представительства в Ташкенте и Алматы и оплачивают "
        "пациентам трансфер из аэропорта.",
        "Для Узбекистана второе место занимает Индия. Индийская электронная медицинская виза оформляется примерно за "
        "72 часа, а между Ташкентом и Дели выполняется девять рейсов в неделю. Самые востребованные услуги — "
        "кардиохирургия, трансплантация почки и ортопедия.",
        ("Для Казахстана второе место у Южной Кореи. По данным Корейского института развития индустрии "
         "здравоохранения (KHIDI), в 2024 году в корейских клиниках лечились около 19,6 тыс. граждан Казахстана. "
         "Медицинскую визу Корея выдаёт по приглашению клиники.", 2),
        "Россия остаётся важным направлением для обеих стран, прежде всего в онкологии и детской хирургии, где "
        "пациентов привлекают федеральные медицинские центры и отсутствие языкового барьера. Германия и Израиль "
        "принимают меньше пациентов, но дают наибольший средний чек.",
        "Иран и Объединённые Арабские Эмираты пока остаются нишевыми направлениями: на них вместе приходится менее "
        "3 процентов пациентов из обеих стран, хотя клиники Дубая в 2025 году впервые провели рекламные кампании в "
        "Алматы и Ташкенте.",
    ]),
    ("3. Расходы и цены", [
        "Средние расходы пациента из Узбекистана на одну поездку составили около 2 440 долларов, из Казахстана — около "
        "5 640 долларов. Разница объясняется выбором страны: казахстанские пациенты чаще едут в Корею и Германию.",
        ("Операция аортокоронарного шунтирования стоит в Стамбуле в среднем 14 000 долларов, в Дели — около 6 800 "
         "долларов, в частной клинике Ташкента — около 5 900 долларов.", 3),
        "Однако опрос показал, что главная причина поездок — не цена, а недоверие к местной диагностике: её назвали "
        "основной причиной 58 процентов опрошенных. Ещё 21 процент указали на очереди в государственных клиниках.",
        "Сколько пациентов возвращаются домой с осложнениями после лечения за рубежом, не учитывается ни в Узбекистане, "
        "ни в Казахстане.",
    ]),
    ("4. Ответ государства", [
        "Узбекистан с 1 июля 2025 года оплачивает лечение за рубежом по направлению Министерства здравоохранения в "
        "пределах квоты 1 200 пациентов в год. Одновременно государство развивает в Ташкенте медицинский кластер, "
        "куда приглашены турецкие и корейские операторы клиник; стоимость строительства кластера не раскрывается.",
        ("Казахстан оплачивает лечение граждан за рубежом через Фонд социального медицинского страхования и "
         "республиканский бюджет. Сколько бюджет тратит на эти цели, Министерство здравоохранения Казахстана не "
         "раскрывает.", 4),
        "На переговорах с Индией в октябре 2025 года Узбекистан предложил соглашение о взаимном признании медицинских "
        "документов и результатов анализов. Соглашение пока не подписано, и дата его подписания не определена. С "
        "Турцией аналогичное соглашение действует с 2023 года.",
    ]),
    ("5. Выводы и рекомендации", [
        "5.1. Ввести выборочный учёт цели выездных поездок на границе, чтобы получить официальную статистику "
        "медицинского туризма.",
        "5.2. Направить часть средств, которые пациенты тратят за рубежом, на сертификацию местных диагностических "
        "лабораторий по международным стандартам.",
        "5.3. Заключить с Турцией, Индией и Южной Кореей соглашения о передаче медицинской документации пациентов "
        "после возвращения.",
    ]),
]
TOC_PAGES = [3, 3, 4, 5, 5, 6]
EXTRA_TOC = [("Примечания", 7), ("Об авторах", 7)]

TABLE_AFTER = 2  # the table follows section 2 (index of SECTIONS)
TABLE_CAPTION = "Таблица 1. Распределение пациентов по странам лечения в 2024 году, % от числа выезжавших"
TABLE = [
    ["Страна лечения", "Узбекистан", "Казахстан"],
    ["Турция", "34", "29"],
    ["Индия", "22", "8"],
    ["Россия", "19", "18"],
    ["Южная Корея", "11", "24"],
    ["Германия", "4", "9"],
    ["Другие страны", "10", "12"],
]

NOTES_HEADING = "Примечания"
NOTES = [
    "Оценка центра по данным принимающих стран и опросу 1 250 пациентов, проведённому в сентябре–октябре 2025 года.",
    "Korea Health Industry Development Institute, отчёт об иностранных пациентах за 2024 год.",
    "Прайс-листы 24 клиник, собранные центром в октябре 2025 года.",
    "Ответ Министерства здравоохранения Республики Казахстан на запрос центра от 3 ноября 2025 года.",
]
ABOUT = "Об авторах"
ABOUT_TEXT = [
    "Нодира Каримова — кандидат экономических наук, руководитель направления социальной экономики Евразийского "
    "центра прикладной экономики.",
    "Ержан Тулегенов — приглашённый эксперт центра, ранее работал в системе обязательного медицинского страхования "
    "Казахстана.",
]

W = nsdecls("w")


def superscript(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    paragraph.add_run(text).font.superscript = True


def toc(doc, entries: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    """Word's TOC field with its cached result, each entry a «TOC 1» paragraph with a dotted right tab."""
    if "TOC 1" not in [s.name for s in doc.styles]:
        doc.styles.add_style("TOC 1", 1)
    for i, (text, page) in enumerate(entries):
        p = doc.add_paragraph(style="TOC 1")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'))
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
        p.add_run(f"{text}\t{page}")
        if i == len(entries) - 1:
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def page_break(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    section = doc.sections[0]
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    section.different_first_page_header_footer = True
    for header in (section.header, section.first_page_header):
        p = header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(CENTRE)
        run.font.size, run.italic = Pt(10), True
    mark = section.footer.paragraphs[0]
    mark.alignment = WD_ALIGN_PARAGRAPH.LEFT
    mark.add_run(MARK).font.size = Pt(9)
    number = section.footer.add_paragraph()
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(number, "2")

    # title page
    for text, bold in ((CENTRE_CAPS, True), ("", False), (SERIES, False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            p.add_run(text).bold = bold
    for _ in range(3):
        doc.add_paragraph()
    title = doc.add_paragraph(TITLE, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(2):
        doc.add_paragraph()
    p = doc.add_paragraph(AUTHORS)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(PLACE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_break(doc)

    # contents
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(CONTENTS).bold = True
    toc(doc, [*((head, page) for (head, _), page in zip(SECTIONS, TOC_PAGES)), *EXTRA_TOC])
    page_break(doc)

    # body
    for k, (head, paras) in enumerate(SECTIONS):
        doc.add_heading(head, level=1)
        for para in paras:
            text, note = (para, None) if isinstance(para, str) else para
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Cm(1.25)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if note:
                superscript(p, str(note))
        if k == TABLE_AFTER:
            doc.add_paragraph(TABLE_CAPTION, style="Caption")
            table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
            table.style = "Table Grid"
            for r, row in enumerate(TABLE):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell

    # notes, as a numbered list of plain paragraphs after the last section
    page_break(doc)
    doc.add_heading(NOTES_HEADING, level=1)
    for n, text in enumerate(NOTES, 1):
        p = doc.add_paragraph(f"{n}. {text}")
        p.paragraph_format.space_after = Pt(0)
        for run in p.runs:
            run.font.size = Pt(11)

    doc.add_heading(ABOUT, level=1)
    for text in ABOUT_TEXT:
        p = doc.add_paragraph(text)
        for run in p.runs:
            run.font.size = Pt(11)

    doc.core_properties.title = TITLE
    doc.core_properties.author = "Каримова Н. Б."
    doc.core_properties.last_modified_by = "Тулегенов Е. С."
    doc.core_properties.created = dt.datetime(2025, 11, 24, 9, 40)
    doc.core_properties.modified = dt.datetime(2025, 12, 4, 18, 15)
    doc.core_properties.revision = 11
    doc.save(str(OUT))


if __name__ == "__main__":
    main()
