"""Write the Word file of the thirty-ninth fresh dev set with python-docx:

eval/unseen39/ИЭПТ_АЗ_транзит_нефти_РФ_КНР_РУз_11-12-2025_итог.docx — an «аналитическая записка» of a (fictional)
state-affiliated institute, the Institute of Energy Policy and Transit under Kazakhstan's Ministry of Energy, on the
transit of Russian oil through Kazakhstan to China and Uzbekistan: the classification mark «Для служебного
пользования» in the page header (the first page's own header too), a page number (Word's PAGE field) centred in the
footer from the second page on; a title page with a right-hand approval block («УТВЕРЖДАЮ», the director's post, a
signature line «____________ Е. С. Жумабаев», ««__» декабря 2025 г.»), the institute's name in bold capitals over the
ministry it belongs to, «АНАЛИТИЧЕСКАЯ ЗАПИСКА», the headline in Word's Title style and «Астана, 2025»; «СОДЕРЖАНИЕ»
over Word's TOC field with its cached entries («TOC 1» paragraphs with a dotted tab and a page number); an
unnumbered «Введение» and five numbered Heading 1 sections, the last of four proposals «5.1.»–«5.4.»; a caption in
Caption style over a five-column Word table; footnote marks as superscript digits at the ends of three sentences and
the three footnotes as text after the last section, under a short rule; «Приложение 1» with its title and a numbered
list (Word's List Number style); «Исполнитель: …, тел. …» in small type at the end.

The text is written for this set; the institute, its people, its figures and proposals are fictional (KazTransOil,
the Pavlodar–Atasu and Atasu–Alashankou pipelines, the Priirtyshsk and Alashankou delivery points, Rosneft, Transneft,
CNPC, Uzbekneftegaz, the Bukhara and Fergana refineries, Shymkent and the US sanctions of October 2025 on Rosneft and
Lukoil are real, but what is said of them here is invented).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen39_docx.py
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

HERE = Path(__file__).resolve().parent / "unseen39"
OUT = HERE / "ИЭПТ_АЗ_транзит_нефти_РФ_КНР_РУз_11-12-2025_итог.docx"

MARK = "Для служебного пользования"
APPROVAL = [
    "УТВЕРЖДАЮ",
    "Директор Института энергетической политики и транзита",
    "____________ Е. С. Жумабаев",
    "«__» декабря 2025 г.",
]
INSTITUTE = "ИНСТИТУТ ЭНЕРГЕТИЧЕСКОЙ ПОЛИТИКИ И ТРАНЗИТА"
PARENT = "при Министерстве энергетики Республики Казахстан"
KIND = "АНАЛИТИЧЕСКАЯ ЗАПИСКА"
TITLE = "Транзит российской нефти через Казахстан в Китай и Узбекистан: итоги 2025 года и риски на 2026 год"
PLACE = "Астана, 2025"
CONTENTS = "СОДЕРЖАНИЕ"

# (heading, [paragraphs]); a paragraph is a string, or (string, footnote number) for a superscript mark at its end
SECTIONS = [
    ("Введение", [
        "Транзит российской нефти по казахстанским трубопроводам в Китай осуществляется с 2014 года на основании "
        "межправительственного соглашения, подписанного в 2013 году. С 2024 года часть российской нефти идёт через "
        "территорию Казахстана также на нефтеперерабатывающие заводы Узбекистана. Настоящая записка подготовлена по "
        "поручению Министерства энергетики Республики Казахстан и содержит оценку объёмов транзита, доходов от него и "
        "рисков, связанных с санкциями и загрузкой трубопроводной системы.",
        "Записка основана на данных АО «КазТрансОйл» и Министерства энергетики, а также на сообщениях российских и "
        "узбекских компаний; оценки доходов и рисков сделаны институтом.",
    ]),
    ("1. Объёмы и маршрут транзита в Китай", [
        "Российская нефть поступает в систему АО «КазТрансОйл» на пункте сдачи-приёма «Прииртышск» у границы с "
        "Российской Федерацией и далее по трубопроводам Павлодар — Атасу и Атасу — Алашанькоу доставляется на границу "
        "с КНР. Грузоотправителем выступает ПАО «НК «Роснефть», покупателем — китайская CNPC.",
        ("По условиям соглашения, продлённого в 2024 году до 2034 года, ежегодный объём транзита составляет 10 млн "
         "тонн. В 2024 году этот объём был выполнен полностью, а за десять месяцев 2025 года в Китай прокачано "
         "8,3 млн тонн.", 1),
        "В сентябре 2025 года российская сторона предложила увеличить транзит до 12,5 млн тонн в год начиная с 2026 "
        "года. Пропускная способность участка Атасу — Алашанькоу позволяет это сделать, однако увеличение потребует "
        "пересмотра графиков прокачки казахстанских грузоотправителей.",
    ]),
    ("2. Тарифы и доходы", [
        "Тариф на транзит российской нефти в Китай утверждается уполномоченным органом в сфере естественных монополий "
        "и с 1 января 2025 года составляет 15,3 доллара США за тонну на всём маршруте. Ставка тарифа на 2026 год "
        "уполномоченным органом пока не утверждена.",
        ("Доходы АО «КазТрансОйл» от транзита в Китай в 2024 году составили, по оценке института, около 153 млн "
         "долларов, или примерно восьмую часть выручки компании.", 2),
        "Доходы от транзита в Узбекистан в отчётности компании отдельно не выделяются, поэтому оценить их институт не "
        "может.",
    ]),
    ("3. Поставки в Узбекистан", [
        "Поставки российской нефти в Узбекистан через Казахстан начались в апреле 2024 года. Нефть прокачивается по "
        "системе АО «КазТрансОйл» до Шымкента, где переваливается в железнодорожные цистерны и далее идёт на Бухарский "
        "и Ферганский нефтеперерабатывающие заводы.",
        "Межправительственное соглашение предусматривает транзит до 3 млн тонн в год. В 2024 году в Узбекистан было "
        "поставлено 0,8 млн тонн, за десять месяцев 2025 года — 1,4 млн тонн. Рост сдерживает перевалка: наливная "
        "эстакада в Шымкенте принимает не более 180 цистерн в сутки.",
        ("Цена российской нефти для узбекских заводов сторонами не раскрывается. По сообщению узбекской стороны, "
         "российское сырьё обеспечивает почти половину загрузки двух заводов.", 3),
        "В ноябре 2025 года узбекская сторона предложила проложить от Шымкента до границы отвод трубопровода, чтобы "
        "отказаться от перевалки в цистерны. Технико-экономическое обоснование отвода не подготовлено, и его "
        "стоимость пока никто не оценивал.",
    ]),
    ("4. Риски", [
        "Первый риск — санкционный. После введения США в октябре 2025 года блокирующих санкций против «Роснефти» и "
        "«Лукойла» банки-корреспонденты стали дольше проверять платежи за транзит: в ноябре 2025 года оплата услуг "
        "АО «КазТрансОйл» задерживалась до 11 рабочих дней против трёх в первом полугодии. Официальных разъяснений "
        "Министерства финансов США о том, распространяются ли санкции на оплату транзитных услуг, нет.",
        "Второй риск — загрузка системы. Если транзит вырастет до 12,5 млн тонн, а поставки казахстанской нефти в "
        "Китай не сократятся, в отдельные месяцы 2026 года возможна нехватка мощности на участке Павлодар — Атасу.",
        "Третий риск — зависимость от одного грузоотправителя. На «Роснефть» приходится весь транзит в Китай, и "
        "прекращение поставок сократит выручку АО «КазТрансОйл» примерно на восьмую часть, что неизбежно приведёт к "
        "повышению тарифов для казахстанских грузоотправителей.",
    ]),
    ("5. Выводы и предложения", [
        "5.1. Соглашаться на увеличение транзита в Китай до 12,5 млн тонн только при условии предоплаты транзитных "
        "услуг.",
        "5.2. Запросить через Министерство иностранных дел официальную позицию Министерства финансов США по оплате "
        "транзита.",
        "5.3. Рассмотреть строительство в Шымкенте второй наливной эстакады на 150 цистерн в сутки.",
        "5.4. Включить в соглашение с Узбекистаном гарантированный минимальный объём прокачки — не менее 1,5 млн тонн "
        "в год.",
    ]),
]
TOC_PAGES = [3, 3, 4, 4, 5, 5]
APPENDIX_PAGE = 6

TABLE_AFTER = 1  # the table follows section 1 (index of SECTIONS)
TABLE_CAPTION = "Таблица 1. Транзит российской нефти по территории Республики Казахстан, млн тонн"
TABLE = [
    ["Направление", "2022", "2023", "2024", "10 мес. 2025"],
    ["В Китай", "9,9", "10,0", "10,0", "8,3"],
    ["В Узбекистан", "–", "–", "0,8", "1,4"],
    ["Всего", "9,9", "10,0", "10,8", "9,7"],
]

FOOTNOTES = [
    "Данные АО «КазТрансОйл» о прокачке нефти по направлениям, январь–октябрь 2025 года.",
    "Расчёт института по годовой финансовой отчётности АО «КазТрансОйл» за 2024 год.",
    "Сообщение АО «Узбекнефтегаз» от 14 ноября 2025 года.",
]

APPENDIX = "Приложение 1"
APPENDIX_TITLE = "Пункты сдачи-приёма российской нефти на маршрутах транзита"
APPENDIX_ITEMS = [
    "ПСП «Прииртышск» — приём нефти от ПАО «Транснефть» на границе с Российской Федерацией.",
    "ГНПС «Атасу» — перекачка нефти в трубопровод Атасу — Алашанькоу.",
    "ПСП «Алашанькоу» — сдача нефти китайской стороне на границе с КНР.",
    "Наливная эстакада в Шымкенте — перевалка нефти в железнодорожные цистерны для отправки в Узбекистан.",
]
EXECUTOR = "Исполнитель: Ахметова Д. Р., ведущий научный сотрудник отдела транзита, тел. 8 (7172) 79-41-26"

W = nsdecls("w")


def superscript(paragraph, text: str) -> None:
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
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = p.add_run(MARK)
        run.font.size, run.bold = Pt(10), True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer, "2")

    # title page
    for line in APPROVAL:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
    for _ in range(3):
        doc.add_paragraph()
    for text, bold in ((INSTITUTE, True), (PARENT, False), ("", False), (KIND, True)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            p.add_run(text).bold = bold
    title = doc.add_paragraph(TITLE, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(PLACE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_break(doc)

    # contents
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(CONTENTS).bold = True
    toc(doc, [*((head, page) for (head, _), page in zip(SECTIONS, TOC_PAGES)), (APPENDIX, APPENDIX_PAGE)])
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

    # footnotes, as text under a short rule
    doc.add_paragraph("______________________")
    for n, text in enumerate(FOOTNOTES, 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        superscript(p, str(n))
        p.add_run(" " + text).font.size = Pt(10)

    # appendix
    page_break(doc)
    p = doc.add_paragraph(APPENDIX)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(APPENDIX_TITLE).bold = True
    for item in APPENDIX_ITEMS:
        doc.add_paragraph(item, style="List Number")

    doc.add_paragraph()
    doc.add_paragraph().add_run(EXECUTOR).font.size = Pt(10)

    doc.core_properties.title = TITLE
    doc.core_properties.author = "Ахметова Д. Р."
    doc.core_properties.last_modified_by = "Жумабаев Е. С."
    doc.core_properties.created = dt.datetime(2025, 12, 8, 10, 5)
    doc.core_properties.modified = dt.datetime(2025, 12, 11, 17, 20)
    doc.core_properties.revision = 7
    doc.save(str(OUT))


if __name__ == "__main__":
    main()
