"""Write the PDF file of the thirty-eighth fresh dev set with fpdf2:

eval/unseen38/Соглашение между Правительством РФ и Правительством Республики Узбекистан от 14.05.2025.pdf — an
intergovernmental agreement between Russia and Uzbekistan on pensions, as a (fictional) legal database in the manner
of ConsultantPlus, «ПравоТека», prints it to PDF: on every page a running head (right-aligned «Документ предоставлен
ПравоТека» and «Дата сохранения: 11.12.2025», then the document's name with the database's note of where and when it
was concluded, left-aligned in small type over three lines, over a rule) and a footer «ПравоТека Надежная правовая
поддержка www.pravoteka.ru — Страница N из M»; on the first page the database's note of the ratifying law, the title
in bold capitals over four lines, the boxed «Список изменяющих документов» with the amending protocol; the preamble;
fourteen articles, each «Статья N» in bold over its name, with numbered points, one of them followed by the database's
note «(п. 2 в ред. Протокола от 02.10.2025)»; the «Совершено в г. Москве …» clause and the signature block («За
Правительство …» over a name, the two sides one after the other).

The text is written for this set; the agreement, its protocol, its ratification, its terms and the signatories are
fictional (the Agreement on guarantees of the rights of citizens of the CIS states in the field of pension provision of
13 March 1992, which ceased to apply between Russia and the states that remained party to it from 1 January 2023, the
Social Fund (Фонд пенсионного и социального страхования Российской Федерации), Russia's Ministry of Labour and Social
Protection, Uzbekistan's Ministry of Economy and Finance and its Extra-budgetary Pension Fund are real, but what is said
of them here is written for this set).
Lines are filled greedily, with no hyphenation, each placed as one cell, so that pypdf gives one line of text per line
of the page; the running head is written first and the footer last on each page. The metadata title is the database's
name of the document, with its note in parentheses, as such services fill it.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen38_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen38"
DOC = HERE / "Соглашение между Правительством РФ и Правительством Республики Узбекистан от 14.05.2025.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

PROVIDED = "Документ предоставлен ПравоТека"
SAVED = "Дата сохранения: 11.12.2025"
NAME = (
    "Соглашение между Правительством Российской Федерации и Правительством Республики Узбекистан о сотрудничестве в "
    "области пенсионного обеспечения"
)
CONCLUDED = "(Заключено в г. Москве 14.05.2025)"
FOOT = "ПравоТека Надежная правовая поддержка www.pravoteka.ru — Страница {n} из {nb}"
RATIFIED = "Ратифицировано Федеральным законом от 24.11.2025 N 431-ФЗ"
TITLE = [
    "СОГЛАШЕНИЕ",
    "МЕЖДУ ПРАВИТЕЛЬСТВОМ РОССИЙСКОЙ ФЕДЕРАЦИИ",
    "И ПРАВИТЕЛЬСТВОМ РЕСПУБЛИКИ УЗБЕКИСТАН",
    "О СОТРУДНИЧЕСТВЕ В ОБЛАСТИ ПЕНСИОННОГО ОБЕСПЕЧЕНИЯ",
]
CHANGES = ["Список изменяющих документов", "(в ред. Протокола от 02.10.2025)"]
NOTE = "(п. 2 в ред. Протокола от 02.10.2025)"

PREAMBLE = [
    "Правительство Российской Федерации и Правительство Республики Узбекистан, именуемые в дальнейшем Сторонами,",
    ("принимая во внимание, что значительное число граждан Республики Узбекистан осуществляет трудовую деятельность "
    "на территории Российской Федерации,"),
    ("учитывая, что Соглашение о гарантиях прав граждан государств — участников Содружества Независимых Государств в "
    "области пенсионного обеспечения от 13 марта 1992 года прекратило действие в отношениях между Сторонами с 1 января "
    "2023 года,"),
    "стремясь обеспечить гарантии пенсионных прав граждан государств Сторон,",
    "согласились о нижеследующем:",
]

# (article number, name, [points]); a point "NOTE" stands for the database's note of the amending protocol
ARTICLES = [
    (1, "Определения", [
        "1. Для целей настоящего Соглашения используемые термины означают:",
        ("«компетентный орган» — для Российской Федерации — Министерство труда и социальной защиты Российской "
        "Федерации, для Республики Узбекистан — Министерство экономики и финансов Республики Узбекистан;"),
        ("«уполномоченное учреждение» — для Российской Федерации — Фонд пенсионного и социального страхования "
        "Российской Федерации, для Республики Узбекистан — Внебюджетный пенсионный фонд при Министерстве экономики и "
        "финансов Республики Узбекистан;"),
        ("«трудящийся» — гражданин государства одной Стороны, который осуществляет или осуществлял трудовую "
        "деятельность на территории государства другой Стороны."),
        ("2. Иные термины, используемые в настоящем Соглашении, понимаются в значении, которое им придаёт "
        "законодательство государств Сторон."),
    ]),
    (2, "Сфера применения", [
        ("1. Настоящее Соглашение применяется в Российской Федерации к страховой пенсии по старости и фиксированной "
        "выплате к ней, в Республике Узбекистан — к пенсии по возрасту."),
        ("2. Порядок назначения пенсий по инвалидности и по случаю потери кормильца будет определён отдельным "
        "протоколом к настоящему Соглашению."),
    ]),
    (3, "Равенство прав", [
        ("Трудящиеся и члены их семей пользуются в области пенсионного обеспечения теми же правами и несут те же "
        "обязанности, что и граждане государства, на территории которого осуществляется трудовая деятельность, если "
        "иное не предусмотрено настоящим Соглашением."),
    ]),
    (4, "Страховые взносы", [
        ("1. Страховые взносы на пенсионное обеспечение трудящегося уплачиваются по законодательству государства той "
        "Стороны, на территории которой осуществляется трудовая деятельность."),
        ("2. Работодатель на территории Российской Федерации уплачивает страховые взносы на обязательное пенсионное "
        "страхование трудящегося по тарифу 22 процента с первого дня его трудовой деятельности, независимо от срока "
        "трудового договора."),
        "NOTE",
        "3. Периоды работы по патенту учитываются при условии уплаты за них страховых взносов.",
    ]),
    (5, "Назначение пенсий", [
        ("1. Каждая Сторона назначает и выплачивает пенсию за стаж, приобретённый на территории её государства после "
        "вступления в силу настоящего Соглашения, в соответствии со своим законодательством."),
        ("2. Для приобретения права на пенсию учитывается стаж, приобретённый на территории государств обеих Сторон, "
        "за исключением периодов, совпадающих по времени. Размер пенсии определяется только за стаж, приобретённый на "
        "территории государства назначающей Стороны."),
        ("3. Если стаж трудящегося на территории государства одной из Сторон составляет менее 12 месяцев, эта Сторона "
        "пенсию не назначает, а такой стаж учитывается другой Стороной."),
        ("4. Стаж, приобретённый до вступления в силу настоящего Соглашения, учитывается Стороной, на территории "
        "государства которой гражданин постоянно проживает на дату обращения за пенсией."),
    ]),
    (6, "Выплата пенсий", [
        ("1. Пенсия, назначенная в соответствии с настоящим Соглашением, выплачивается и в случае проживания пенсионера "
        "на территории государства другой Стороны."),
        ("2. Перевод пенсии осуществляется уполномоченным учреждением назначающей Стороны в валюте её государства не "
        "реже одного раза в три месяца. Расходы по переводу несёт назначающая Сторона."),
        ("3. Пенсионер, проживающий на территории государства другой Стороны, один раз в 12 месяцев подтверждает факт "
        "нахождения в живых через уполномоченное учреждение государства проживания или консульское учреждение."),
    ]),
    (7, "Обращение за пенсией", [
        ("Заявление о назначении пенсии может быть подано в уполномоченное учреждение любой из Сторон. Уполномоченное "
        "учреждение, получившее заявление, направляет его уполномоченному учреждению другой Стороны в течение 30 дней "
        "со дня получения. Днём обращения считается день подачи заявления."),
    ]),
    (8, "Обмен сведениями", [
        ("1. Уполномоченные учреждения обмениваются сведениями о стаже и заработке трудящихся в электронной форме "
        "начиная с 1 июля 2026 года."),
        ("2. Ответ на запрос уполномоченного учреждения другой Стороны направляется не позднее трёх месяцев со дня его "
        "получения."),
        ("3. Перечень и формы документов, необходимых для применения настоящего Соглашения, определяются "
        "административным соглашением между компетентными органами."),
    ]),
    (9, "Излишне выплаченные суммы", [
        ("Суммы пенсии, излишне выплаченные уполномоченным учреждением одной Стороны, по его просьбе удерживаются из "
        "пенсии, выплачиваемой другой Стороной, в размере не более 20 процентов пенсии."),
    ]),
    (10, "Смешанная комиссия", [
        ("Для рассмотрения вопросов применения настоящего Соглашения Стороны создают Смешанную комиссию из пяти "
        "представителей от каждой Стороны. Заседания Смешанной комиссии проводятся не реже одного раза в год "
        "поочерёдно в Российской Федерации и в Республике Узбекистан."),
    ]),
    (11, "Расходы", [
        ("Каждая Сторона самостоятельно несёт расходы, связанные с выполнением настоящего Соглашения, если иное не "
        "согласовано Сторонами."),
    ]),
    (12, "Разрешение споров", [
        ("Спорные вопросы, связанные с толкованием и применением настоящего Соглашения, разрешаются путём консультаций "
        "и переговоров между компетентными органами."),
    ]),
    (13, "Изменения", [
        ("По взаимному согласию Сторон в настоящее Соглашение могут вноситься изменения, которые оформляются "
        "протоколами, являющимися его неотъемлемой частью."),
    ]),
    (14, "Вступление в силу и прекращение действия", [
        ("1. Настоящее Соглашение вступает в силу с даты получения по дипломатическим каналам последнего письменного "
        "уведомления о выполнении Сторонами внутригосударственных процедур, необходимых для его вступления в силу, но "
        "не ранее 1 января 2026 года."),
        ("2. Настоящее Соглашение заключается на неопределённый срок. Каждая из Сторон может прекратить его действие, "
        "направив другой Стороне письменное уведомление; действие Соглашения прекращается по истечении 6 месяцев с "
        "даты получения такого уведомления."),
        ("3. Права на пенсию, приобретённые в соответствии с настоящим Соглашением, сохраняются и после прекращения его "
        "действия."),
    ]),
]
DONE = (
    "Совершено в г. Москве 14 мая 2025 года в двух экземплярах, каждый на русском и узбекском языках, причём оба "
    "текста имеют одинаковую силу."
)
SIGNATURES = [
    ("За Правительство", "Российской Федерации", "Н.ГРОМОВА"),
    ("За Правительство", "Республики Узбекистан", "Б.ЮСУПОВ"),
]


class Printout(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 8)
        width = self.w - self.l_margin - self.r_margin
        for line in (PROVIDED, SAVED):
            self.cell(width, 3.8, line, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        for line in lines_of(self, f"{NAME} {CONCLUDED}", width * 0.62):
            self.cell(width, 3.8, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        y = self.get_y()
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_text_color(0, 0, 0)
        self.set_y(y + 6)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, FOOT.format(n=self.page_no(), nb="{nb}"), align="C")
        self.set_text_color(0, 0, 0)


def lines_of(pdf: FPDF, text: str, width: float, first: float = 0.0) -> list[str]:
    """Greedy filling: as many words as fit the width (the first line `first` mm narrower), no hyphenation."""
    out: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        room = width - (first if not out else 0.0)
        if pdf.get_string_width(trial) <= room:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def write(pdf: FPDF, text: str, style: str = "", size: float = 10.5, lh: float = 5.4, align: str = "J",
          indent: float = 10.0) -> None:
    pdf.set_font("Sans", style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lines = lines_of(pdf, text, width, indent if align == "J" else 0.0)
    for i, line in enumerate(lines):
        if pdf.get_y() + lh > pdf.h - 20:
            pdf.add_page()
        if align == "J":
            left = indent if i == 0 else 0.0
            pdf.set_x(pdf.l_margin + left)
            pdf.cell(width - left, lh, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(width, lh, line, align=align, new_x="LMARGIN", new_y="NEXT")


def keep(pdf: FPDF, height: float) -> None:
    """A new page if fewer than `height` mm are left (an article's heading is not left alone at a page's foot)."""
    if pdf.get_y() + height > pdf.h - 20:
        pdf.add_page()


def main() -> None:
    pdf = Printout(format="A4")
    pdf.set_margins(20, 30, 15)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.set_title(f"{NAME} {CONCLUDED}")
    pdf.set_creator("ПравоТека")
    pdf.set_producer("ПравоТека, экспорт в PDF")
    pdf.set_creation_date(dt.datetime(2025, 12, 11, 9, 14, tzinfo=dt.UTC))

    pdf.add_page()
    write(pdf, RATIFIED, size=9, align="R")
    pdf.ln(6)
    for line in TITLE:
        write(pdf, line, "B", 11, 6, "C")
    pdf.ln(5)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    box_w = 95.0
    x0, y0 = pdf.l_margin + (width - box_w) / 2, pdf.get_y()
    pdf.set_font("Sans", "", 9)
    for line in CHANGES:
        pdf.set_x(x0)
        pdf.cell(box_w, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(x0, y0 - 1.5, box_w, pdf.get_y() - y0 + 3)
    pdf.ln(8)
    for para in PREAMBLE:
        write(pdf, para)
    for number, name, points in ARTICLES:
        pdf.ln(4)
        keep(pdf, 24)
        write(pdf, f"Статья {number}", "B", 10.5, 5.6, "C")
        write(pdf, name, "B", 10.5, 5.6, "C")
        pdf.ln(1.5)
        for point in points:
            if point == "NOTE":
                write(pdf, NOTE, size=9, lh=5.0)
            else:
                write(pdf, point)
    pdf.ln(4)
    write(pdf, DONE)
    pdf.ln(8)
    for post, side, name in SIGNATURES:
        keep(pdf, 22)
        write(pdf, post, align="L", indent=0.0)
        write(pdf, side, align="L", indent=0.0)
        write(pdf, name, align="R", indent=0.0)
        pdf.ln(5)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
