"""Write the Word file of the thirty-fifth fresh dev set with python-docx:

eval/unseen35/Справка_безвиз КНР_турпоток_10.12.2025 (ДСП).docx — an «аналитическая справка» of a (fictional) regional
body, the Tourism and External Relations Department of the Almaty region's akimat, on the mutual visa-free regime with
China and the region's tourist flow: a page header with the «ДСП» marking, the department's name and the outgoing
number; the body's name in bold capitals and «АНАЛИТИЧЕСКАЯ СПРАВКА», centred; the headline in Word's Title style;
«Содержание» over a table-of-contents field (Word's TOC field with its cached entries, one paragraph each in the
«TOC 1» style, with a dotted tab and a page number); five numbered Heading 1 sections of paragraphs, the last of four
numbered proposals «5.1.»–«5.4.»; footnotes in Word's footnotes part, their reference marks in the text; a caption in
Caption style over a four-column Word table; a signature block (the head's post and name) and «Исп.: …» with a phone
number in small type; a footer with the file's name.

The text is written for this set; the department, its people, its figures and proposals are fictional (the agreement
between Kazakhstan and China on mutual visa exemption of 17 May 2023 in force from 10 November 2023, the Nur Zholy
crossing at Khorgos, the Charyn canyon, the Kolsai lakes, Konaev and the Migration Service are real, but what is said
of them here is written for this set).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen35_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent / "unseen35"
OUT = HERE / "Справка_безвиз КНР_турпоток_10.12.2025 (ДСП).docx"

HEADER = "ДСП · Управление туризма и внешних связей Алматинской области · Исх. № 07-14/2288 от 10.12.2025"
BODY_NAME = "УПРАВЛЕНИЕ ТУРИЗМА И ВНЕШНИХ СВЯЗЕЙ АЛМАТИНСКОЙ ОБЛАСТИ"
KIND = "АНАЛИТИЧЕСКАЯ СПРАВКА"
TITLE = "Безвизовый режим с Китаем и турпоток в Алматинскую область: итоги двух лет и предложения на 2026 год"

FOOTNOTES = [
    "Соглашение между Правительством Республики Казахстан и Правительством Китайской Народной Республики о взаимном "
    "освобождении от визовых требований, подписано 17 мая 2023 года.",
    "Данные гостиниц и иных мест размещения области; граждане, не вставшие на учёт в местах размещения, не учтены.",
    "Сведения территориального подразделения миграционной службы по запросу управления.",
    "Опрос 1 150 иностранных туристов на объектах области, июль–сентябрь 2025 года.",
]

# (heading, [paragraphs]); a paragraph is a string, or (string, footnote number) for a reference mark at its end
SECTIONS = [
    ("1. Правовая основа", [
        ("Соглашение о взаимном освобождении от визовых требований между Казахстаном и Китаем вступило в силу "
         "10 ноября 2023 года. Граждане обеих стран с обычными паспортами могут находиться на территории другой "
         "стороны без визы до 30 дней за одну поездку и не более 90 дней в течение 180 дней.", 1),
        "Безвизовый режим не даёт права на работу, учёбу и журналистскую деятельность: для них по-прежнему "
        "требуется виза соответствующей категории. Гражданам КНР, прибывающим в составе организованных групп, "
        "туроператор обязан сообщать о группе не позднее чем за трое суток.",
        "Право на безвизовый въезд сохраняется и при транзите через Казахстан в третьи страны; отдельного "
        "транзитного срока соглашение не устанавливает.",
    ]),
    ("2. Турпоток из КНР", [
        ("За девять месяцев 2025 года в местах размещения области остановились 112,3 тысячи граждан КНР — больше, "
         "чем за весь 2024 год. Доля граждан Китая среди иностранных гостей области выросла с 14 процентов в 2023 году "
         "до 39 процентов.", 2),
        "Основной поток идёт через пункт пропуска «Нур Жолы» на Хоргосе: за десять месяцев 2025 года через него "
        "въехали 61 тысяча граждан КНР, из них около двух третей — на личном транспорте или туристических автобусах. "
        "Прямого авиасообщения между областью и Синьцзяном нет; решение о рейсе Урумчи — Конаев не принято.",
        "Наибольшим спросом пользуются Чарынский каньон, Кольсайские озёра и побережье Капшагайского водохранилища. "
        "Средний срок пребывания туриста из КНР в области составляет 3,4 дня, средние расходы за поездку — около "
        "410 долларов США без учёта проезда.",
        "Пик приходится на июль и август: на эти два месяца приходится 44 процента годового потока граждан КНР, "
        "зимой же он падает примерно в пять раз. С гражданами КНР в области работают 64 туроператора, у 19 из них "
        "есть китайские соучредители.",
    ]),
    ("3. Другие безвизовые направления", [
        "Граждане Индии пользуются безвизовым режимом сроком до 14 дней. В 2025 году область приняла 8,9 тысячи "
        "туристов из Индии, преимущественно молодёжные группы из Алматы на однодневные поездки.",
        "Туристы из России, Узбекистана и Кыргызстана въезжают без виз в рамках соглашений СНГ и ЕАЭС; их число "
        "за последние два года почти не изменилось (см. таблицу 1).",
        "Для граждан Индии и КНР в 2025 году открыт сервис предварительной регистрации групп на портале "
        "управления: им воспользовались 212 туроператоров и турагентств, средний срок обработки заявки составил "
        "два рабочих дня. Данных о том, сколько туристов въехало по этим заявкам, у управления нет.",
    ]),
    ("4. Проблемы", [
        ("В 2025 году 1 240 граждан КНР превысили разрешённый срок пребывания в области, 86 из них выдворены за "
         "пределы Казахстана. Сколько из нарушителей работали без разрешения, миграционная служба не установила.", 3),
        "В области аттестованы 47 гидов со знанием китайского языка, тогда как, по расчётам управления, требуется не "
        "менее 200. Указатели и информационные щиты на китайском языке установлены только на трёх из 15 "
        "туристских объектов.",
        "Пропускной способности пункта «Нур Жолы» в летние выходные не хватает: в июле очередь туристических "
        "автобусов на въезд доходила до шести часов, а пешеходный терминал работает только в дневное время.",
        ("По данным опроса, 58 процентов туристов из КНР назвали главной трудностью оплату: небольшие гостевые дома "
         "и кафе у Кольсайских озёр не принимают китайские платёжные приложения, тогда как в гостиницах Конаева их принимают почти везде.", 4),
        "Сведения о доходах гостиниц от обслуживания граждан КНР в управление не представлены, поэтому оценить "
        "вклад безвизового режима в экономику области пока невозможно.",
    ]),
    ("5. Предложения", [
        "5.1. Организовать в 2026 году курсы китайского языка для 150 гидов на базе колледжа в Конаеве.",
        "5.2. Установить указатели на китайском языке на 12 туристских объектах; объём средств областного бюджета на "
        "эти цели пока не определён.",
        "5.3. Направить в Министерство иностранных дел предложение рассмотреть увеличение безвизового срока для "
        "организованных групп из КНР до 45 дней. Позиция министерства по этому вопросу управлению пока не известна.",
        "5.4. Совместно с акиматом Панфиловского района проработать открытие туристского информационного центра "
        "у пункта пропуска «Нур Жолы» до начала летнего сезона 2026 года.",
    ]),
]

TABLE_CAPTION = "Таблица 1. Иностранные граждане, размещённые в гостиницах области, тысяч человек"
TABLE = [
    ["Страна", "2023", "2024", "9 мес. 2025"],
    ["КНР", "38,4", "96,7", "112,3"],
    ["Россия", "71,2", "73,5", "58,0"],
    ["Узбекистан", "22,9", "24,1", "19,6"],
    ["Кыргызстан", "18,3", "17,8", "14,2"],
    ["Индия", "5,1", "7,4", "8,9"],
]
TABLE_AFTER = 1  # the table follows the last paragraph of section 2 (index of SECTIONS)

SIGNATURE = ["Руководитель управления", "Н. Т. Сейдахметов"]
EXECUTOR = ["Исп.: Абдрахманова Д. К.", "тел.: 8 (72772) 4-18-36"]
FOOTER = "Справка_безвиз КНР_турпоток_10.12.2025 · стр. 1–3"

W = nsdecls("w")


def footnote_ref(paragraph, n: int) -> None:
    """A reference mark to footnote n at the end of the paragraph (superscript, as Word writes it)."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:rPr {W}><w:vertAlign w:val="superscript"/></w:rPr>'))
    run._r.append(parse_xml(f'<w:footnoteReference {W} w:id="{n}"/>'))


def add_footnotes(doc) -> None:  # type: ignore[no-untyped-def]
    notes = [
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in enumerate(FOOTNOTES, 1):
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{"".join(notes)}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def toc(doc, entries: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    """Word's TOC field with its cached result: the field's start and instruction in the first entry's paragraph,
    its end in the last's, each entry a «TOC 1» paragraph with a dotted right tab and its page."""
    styles = doc.styles
    if "TOC 1" not in [s.name for s in styles]:
        styles.add_style("TOC 1", 1)
    for i, (text, page) in enumerate(entries):
        p = doc.add_paragraph(style="TOC 1")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'))
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
        p.add_run(f"{text}\t{page}")
        if i == len(entries) - 1:
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.header.paragraphs[0].runs[0].font.size = Pt(9)
    section.footer.paragraphs[0].text = FOOTER
    section.footer.paragraphs[0].runs[0].font.size = Pt(8)

    for text in (BODY_NAME, KIND):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True
    doc.add_paragraph(TITLE, style="Title")

    doc.add_paragraph().add_run("Содержание").bold = True
    toc(doc, [(head, page) for (head, _), page in zip(SECTIONS, [1, 1, 2, 2, 3])])

    for k, (head, paras) in enumerate(SECTIONS):
        doc.add_heading(head, level=1)
        for para in paras:
            text, note = (para, None) if isinstance(para, str) else para
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Cm(1.25)
            if note:
                footnote_ref(p, note)
        if k == TABLE_AFTER:
            doc.add_paragraph(TABLE_CAPTION, style="Caption")
            table = doc.add_table(rows=len(TABLE), cols=4)
            table.style = "Table Grid"
            for r, row in enumerate(TABLE):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell

    doc.add_paragraph()
    for line in SIGNATURE:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_paragraph()
    for line in EXECUTOR:
        doc.add_paragraph().add_run(line).font.size = Pt(9)

    add_footnotes(doc)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "Абдрахманова Д. К."
    doc.core_properties.created = dt.datetime(2025, 12, 10, 9, 15)
    doc.core_properties.modified = dt.datetime(2025, 12, 10, 16, 40)
    doc.core_properties.revision = 4
    doc.save(str(OUT))


if __name__ == "__main__":
    main()
