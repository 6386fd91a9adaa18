"""Write the two PDF files of the sixty-eighth fresh dev set with fpdf2:

eval/unseen68/TengriMetals_SR2024_Ch5_Export-routes-and-host-country-relations.pdf — one chapter of a (fictional)
London-listed gold and copper miner's sustainability report, "5 Export routes and host-country relations", as the
company puts each chapter of its report on its site as a file of its own (named by its web team: the company, "SR2024",
the chapter and its title). Five A4 pages set in DejaVu Serif (eval/pdf_fonts.py): the chapter's cover (the company, "Sustainability
Report 2024", "Chapter 5", the chapter's title in large bold type, the report's motto and the line of publication); from
page 2 a running head at the top (the company and the report at the left, the report's page number at the right, over a
thin rule: one line in the text layer); the chapter's number and title in bold, an opening paragraph, four numbered
sections ("5.1 Where our products go" to "5.4 Communities along the routes") of justified paragraphs; a case study in a
shaded box with its label and heading; "Table 5.1 Key performance indicators" (three columns, eight rows) under its
caption and over its note; "GRI content index for this chapter" as a ruled table (GRI Standard, disclosure, location;
seven rows) and an independent assurance note in a box at the end. The metadata are the design agency's: the chapter's
title, its layout program as creator, a fixed date.

eval/unseen68/pz_1084512-8_ratifikaciya_krsu.pdf — the Russian government's explanatory note
(«пояснительная записка») to its draft federal law ratifying a (fictional) agreement between the Russian Federation
and the Kyrgyz Republic on the Kyrgyz-Russian Slavic University, as the State Duma's bill database serves the
note with the documents that go with it as one file (named by the database: a prefix, the bill's number, the subject
transliterated). Five A4 pages set in DejaVu Serif, as such papers are typed: on page 1 «Вносится Правительством
Российской Федерации» and «Проект» at the right; «ПОЯСНИТЕЛЬНАЯ ЗАПИСКА» and «к проекту федерального закона «О
ратификации …»» centred in bold over the note's ten justified paragraphs with a first-line indent (to page 3); on
page 4 «ФИНАНСОВО-ЭКОНОМИЧЕСКОЕ ОБОСНОВАНИЕ» over its subject and two paragraphs; on page 5 «ПЕРЕЧЕНЬ» over its subject
and its one sentence; the page number centred at the top from page 2. The metadata are the ministry's word processor's: no title, its author (the desk officer's account), a fixed date.

The texts are written for this set. In the chapter, the Kyrgyz Republic, its Cabinet of Ministers, the National Bank of
the Kyrgyz Republic, Kyrgyzaltyn and its refinery at Kara-Balta, the Ministry of Economy and Commerce, the Talas region,
Bishkek, Naryn, the Torugart crossing, Kashgar, Kazakhstan, Taraz, Altynkol and Khorgos, the Eurasian Economic Union,
China and its customs authority, the GRI Standards and ISAE 3000 are real; the company, its mine, its agreement, its
buyers, the working group's decisions, the auditor and all figures are fictional. In the note, the Russian Federation,
the Kyrgyz Republic, the Kyrgyz-Russian Slavic University named after B. N. Yeltsin in Bishkek, the Ministry of Science
and Higher Education of the Russian Federation, the Ministry of Education and Science of the Kyrgyz Republic and the
federal law on international treaties of 1995 are real; the agreement, its date and terms, the figures, the costs and
the bill's number are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen68_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align
from fpdf.fonts import FontFace
from pdf_fonts import add_serif  # eval/pdf_fonts.py

HERE = Path(__file__).resolve().parent / "unseen68"
REPORT = HERE / "TengriMetals_SR2024_Ch5_Export-routes-and-host-country-relations.pdf"
NOTE = HERE / "pz_1084512-8_ratifikaciya_krsu.pdf"

# --------------------------------------------------------------------------- the sustainability report's chapter

COMPANY = "Tengri Metals plc"
REPORT_NAME = "Sustainability Report 2024"
RUNNING_HEAD = f"{COMPANY} · {REPORT_NAME}"
FIRST_PAGE = 34  # the report's page number of the chapter's first page after its cover
COVER = {
    "chapter": "Chapter 5",
    "title": "Export routes and host-country relations",
    "motto": "Mining responsibly in the Tien Shan",
    "published": "Published 12 June 2025 · tengrimetals.com/sustainability",
}
HEADING = "5 Export routes and host-country relations"

OPENING = (
    "Kok-Jar, our only operating mine, lies in the Talas region of north-western Kyrgyzstan, some 40 km from the "
    "border with Kazakhstan. Kyrgyzstan has no sea coast and no railway reaches the mine, so every tonne of copper "
    "concentrate we sell crosses at least one other state before it reaches a customer. This chapter explains how our "
    "products leave the country, how we work with the government that owns part of the mine and with the neighbouring "
    "states our cargo crosses, and what we paid to the state in 2024. It covers two of the material topics of our "
    "assessment in chapter 1, economic contribution to the host country and the security of export routes."
)

# (heading, [paragraphs]); the case study comes after section 5.1
SECTIONS: list[tuple[str, list[str]]] = [
    ("5.1 Where our products go", [
        ("In 2024 Kok-Jar produced 71,400 ounces of gold in doré and shipped 38,200 dry tonnes of copper-gold "
        "concentrate. Under our investment agreement all doré is refined at the Kyrgyzaltyn refinery in Kara-Balta, "
        "and the National Bank of the Kyrgyz Republic has the first right to buy the refined metal. The National Bank "
        "bought 62 per cent of our gold in 2024; the rest was sold to a trading house in Switzerland and flown out of "
        "Bishkek."),
        ("The concentrate goes to two smelters in western China under offtake contracts that run to the end of 2027, "
        "by one of two routes. By road it travels 690 km in our contractors' trucks through Bishkek and Naryn to the "
        "Torugart crossing, where it is reloaded onto Chinese trucks for Kashgar. By rail it is first trucked 95 km to "
        "the Kazakh city of Taraz and loaded into wagons that carry it about 1,500 km across Kazakhstan to the "
        "Altynkol–Khorgos crossing. In 2024 the road carried 57 per cent of the concentrate and the railway 43 per "
        "cent, against 81 and 19 per cent in 2022."),
        ("The road is cheaper when it is open: delivering a tonne to the smelters cost us USD 118 through Torugart and "
        "USD 146 by rail through Kazakhstan. But Torugart closes on Chinese public holidays and in bad weather, and "
        "the passes on the Kyrgyz side are often shut in winter. Kazakhstan, like Kyrgyzstan a member of the Eurasian "
        "Economic Union, does not clear our cargo through customs until the Chinese border, so the railway gives us a "
        "second door when the first one closes."),
    ]),
    ("5.2 Relations with the Government of the Kyrgyz Republic", [
        ("The Government holds 20 per cent of Kok-Jar Gold LLC through Kyrgyzaltyn OJSC and appoints one of its seven "
        "directors. Our investment agreement of 2019 fixes the rate of the revenue tax on gold until 2029 and commits "
        "us to refine all our doré in the country. In 2024 the Cabinet of Ministers reviewed the agreements of all "
        "large mining projects; ours was confirmed without changes in October 2024."),
        ("We paid USD 41.6 million to the national and local budgets in 2024, 14 per cent more than in 2023, mostly "
        "because of the higher gold price. Of this, USD 3.2 million went to the development fund of the Talas region. "
        "A refund of value added tax of USD 6.8 million, due to us since 2022, has still not been paid; we raise it at "
        "every meeting of the investors' council and have not gone to arbitration."),
        "We make no political contributions in Kyrgyzstan or in any other country.",
    ]),
    ("5.3 Neighbouring and transit states", [
        ("Because our sales depend on two borders that we do not control, we keep in regular contact with the Kazakh "
        "railway and our freight forwarders, and since 2023 we have sat as an observer, at the invitation of the "
        "Ministry of Economy and Commerce, in the working group on border crossings of the Kyrgyz–Chinese "
        "intergovernmental commission. In April 2024 the working group agreed that Torugart would open to freight on "
        "Saturdays from June; we estimate that this cut the wait of our trucks at the border from four days to under "
        "two."),
        ("China's customs authority registers every overseas supplier of copper concentrate, and our registration "
        "must be renewed in 2026. We do not ship through Russia. Some of our equipment is of Western make, and in "
        "2024 our suppliers asked for end-use statements for 212 shipments of spare parts, which we gave; none of "
        "these parts left Kyrgyzstan again."),
    ]),
    ("5.4 Communities along the routes", [
        ("Of our 1,140 employees at the end of 2024, 94 per cent were citizens of Kyrgyzstan and 61 per cent came "
        "from the Talas region. Our trucks to Torugart pass through 23 villages. After complaints about dust and "
        "speed in 2023 we agreed with the village councils on a limit of 40 km/h inside settlements and fitted every "
        "contractor's truck with a GPS tracker that reports when it is broken."),
        ("Our grievance mechanism received 87 complaints in 2024, against 102 a year earlier; 79 were closed within "
        "30 days. Most concerned road dust, the hiring of local drivers and damage to irrigation channels by heavy "
        "vehicles."),
    ]),
]

CASE_LABEL = "CASE STUDY"
CASE_HEADING = "When Torugart closed for 26 days"
CASE_TEXT = [
    ("In March 2024 the Torugart crossing closed for 26 days while the Chinese side rebuilt its inspection area, and "
    "41 of our trucks were turned back at Naryn. Within a week all shipments had moved to the railway through "
    "Taraz, which carried 9,800 tonnes in March and April, while 3,100 tonnes waited in the concentrate shed at the "
    "mine, built in 2022 to hold 5,000 tonnes."),
    "No delivery under our contracts was missed. The detour cost us about USD 390,000 more than the road would have.",
]

TABLE_CAPTION = "Table 5.1 Key performance indicators"
TABLE = [
    ("Indicator", "2023", "2024"),
    ("Gold produced in doré (oz)", "66,900", "71,400 ◊"),
    ("Copper-gold concentrate shipped (dry t)", "35,600", "38,200 ◊"),
    ("Concentrate by road via Torugart (%)", "64", "57"),
    ("Concentrate by rail via Kazakhstan (%)", "36", "43"),
    ("Payments to governments (USD million)", "36.5", "41.6 ◊"),
    ("Employees who are Kyrgyz citizens (%)", "93", "94"),
    ("Grievances received", "102", "87"),
]
TABLE_NOTE = "◊ Subject to limited assurance (see the note on page 37)."

GRI_HEAD = "GRI content index for this chapter"
GRI = [
    ("GRI Standard", "Disclosure", "Location"),
    ("GRI 2: General Disclosures 2021", "2-29 Approach to stakeholder engagement", "5.2, 5.3, 5.4"),
    ("GRI 3: Material Topics 2021", "3-3 Management of material topics", "5, 5.1"),
    ("GRI 201: Economic Performance 2016", "201-1 Direct economic value generated and distributed", "Table 5.1"),
    ("GRI 203: Indirect Economic Impacts 2016", "203-1 Infrastructure investments and services supported", "5.4"),
    ("GRI 207: Tax 2019", "207-4 Country-by-country reporting", "5.2, Table 5.1"),
    ("GRI 413: Local Communities 2016", "413-1 Operations with local community engagement", "5.4"),
    ("GRI 415: Public Policy 2016", "415-1 Political contributions", "5.2"),
]
ASSURANCE_HEAD = "Independent assurance"
ASSURANCE = (
    "The figures marked ◊ in table 5.1 were subject to limited assurance by Alder & Finch LLP under ISAE 3000 "
    "(Revised). Their full statement is on page 88 of the report."
)

NAVY = (18, 52, 86)
SHADE = (232, 238, 244)


class Report(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "", 8.5)
        self.set_text_color(*NAVY)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw - 12, 4, RUNNING_HEAD, align="L")
        self.cell(12, 4, str(FIRST_PAGE + self.page_no() - 2), align="R")
        self.set_draw_color(*NAVY)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15.5, self.l_margin + self.epw, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)


def paragraph(pdf: FPDF, text: str, *, size: float = 10.5, after: float = 2.5) -> None:
    pdf.set_font("Serif", "", size)
    pdf.multi_cell(pdf.epw, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def write_report() -> None:
    pdf = Report(format="A4")
    pdf.set_margins(22, 24, 22)
    pdf.set_auto_page_break(True, margin=20)
    add_serif(pdf)
    pdf.set_title(COVER["title"])
    pdf.set_author(COMPANY)
    pdf.set_creator("Adobe InDesign 20.0 (Macintosh)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 6, 10, 14, 2, tzinfo=dt.UTC))

    # the chapter's cover
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, pdf.w, 110, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, 26)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(pdf.epw, 8, COMPANY, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(pdf.epw, 7, REPORT_NAME, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, 66)
    pdf.set_font("Serif", "", 13)
    pdf.cell(pdf.epw, 8, COVER["chapter"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 24)
    pdf.multi_cell(pdf.epw, 11, COVER["title"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*NAVY)
    pdf.set_xy(pdf.l_margin, 130)
    pdf.set_font("Serif", "I", 13)
    pdf.cell(pdf.epw, 8, COVER["motto"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-34)
    pdf.set_font("Serif", "", 9)
    pdf.cell(pdf.epw, 5, COVER["published"], align="L")
    pdf.set_text_color(0, 0, 0)

    # the chapter
    pdf.add_page()
    pdf.set_font("Serif", "B", 17)
    pdf.set_text_color(*NAVY)
    pdf.cell(pdf.epw, 10, HEADING, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    paragraph(pdf, OPENING, size=11)
    for heading, texts in SECTIONS:
        if pdf.get_y() + 30 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Serif", "B", 12)
        pdf.set_text_color(*NAVY)
        pdf.cell(pdf.epw, 7, heading, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        for text in texts:
            paragraph(pdf, text)
        if heading.startswith("5.1"):
            case_study(pdf)
        if heading.startswith("5.2"):
            kpi_table(pdf)

    # the index and the assurance note
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.set_text_color(*NAVY)
    pdf.cell(pdf.epw, 8, GRI_HEAD, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Serif", "", 9)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(52, 82, 32), line_height=5, text_align=("LEFT", "LEFT", "LEFT"),
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
                   borders_layout="HORIZONTAL_LINES") as table:
        for row in GRI:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(10)
    y = pdf.get_y()
    pdf.set_fill_color(*SHADE)
    pdf.rect(pdf.l_margin, y, pdf.epw, 26, style="F")
    pdf.set_xy(pdf.l_margin + 4, y + 3)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(pdf.epw - 8, 6, ASSURANCE_HEAD, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 4)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(pdf.epw - 8, 5, ASSURANCE, align="L", new_x="LMARGIN", new_y="NEXT")

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(REPORT))


def case_study(pdf: FPDF) -> None:
    """The case study in a shaded box: its label, heading and paragraphs."""
    if pdf.get_y() + 58 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(2)
    top = pdf.get_y()
    inner = pdf.epw - 12
    pdf.set_font("Serif", "", 10)
    lines = sum(len(pdf.multi_cell(inner, 5.2, t, dry_run=True, output="LINES")) for t in CASE_TEXT)
    height = 20 + lines * 5.2 + 2 * len(CASE_TEXT)
    pdf.set_fill_color(*SHADE)
    pdf.rect(pdf.l_margin, top, pdf.epw, height, style="F")
    pdf.set_xy(pdf.l_margin + 6, top + 4)
    pdf.set_font("Serif", "B", 8.5)
    pdf.set_text_color(*NAVY)
    pdf.cell(inner, 5, CASE_LABEL, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 6)
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(inner, 7, CASE_HEADING, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 10)
    for text in CASE_TEXT:
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(inner, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_y(top + height + 4)


def kpi_table(pdf: FPDF) -> None:
    """Table 5.1 under its caption and over its note."""
    if pdf.get_y() + 62 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("Serif", "B", 10)
    pdf.set_text_color(*NAVY)
    pdf.cell(pdf.epw, 6, TABLE_CAPTION, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("Serif", "", 9.5)
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(106, 30, 30), line_height=5.6, text_align=("LEFT", "RIGHT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=SHADE),
                   borders_layout="HORIZONTAL_LINES") as table:
        for row in TABLE:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(1.5)
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(pdf.epw, 5, TABLE_NOTE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


# --------------------------------------------------------------------------- the explanatory note

PARTIES = (
    "между Российской Федерацией и Кыргызской Республикой о Кыргызско-Российском Славянском университете имени "
    "первого Президента Российской Федерации Б.Н. Ельцина"
)
LAW_TITLE = f"О ратификации Соглашения {PARTIES}"
SUBMITTED = "Вносится Правительством Российской Федерации"
DRAFT = "Проект"
NOTE_HEAD = "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА"
NOTE_SUBJECT = f"к проекту федерального закона «{LAW_TITLE}»"
NOTE_TEXT = [
    (f"Соглашение {PARTIES} (далее – Соглашение) подписано в городе Бишкеке 26 сентября 2025 года в ходе заседания "
    "Межправительственной российско-кыргызской комиссии по торгово-экономическому, научно-техническому и "
    "гуманитарному сотрудничеству."),
    ("Кыргызско-Российский Славянский университет (далее – Университет) учреждён в 1993 году и действует на основании "
    "межправительственного соглашения, которое не предусматривает порядка финансирования строительства и не "
    "определяет правовой статус имущества Университета. Соглашение заменяет его и закрепляет статус Университета "
    "как межгосударственной образовательной организации высшего образования, учредителями которой являются "
    "Российская Федерация и Кыргызская Республика."),
    ("В 2024/25 учебном году в Университете обучались 11 240 студентов, из них 9 870 граждан Кыргызской Республики, "
    "840 граждан Российской Федерации и 530 граждан других государств. Обучение ведётся на русском языке по "
    "образовательным программам, соответствующим федеральным государственным образовательным стандартам Российской "
    "Федерации. Выпускники получают документы об образовании обоих государств."),
    ("Университет является крупнейшим российским вузом за рубежом по числу студентов. В 2024 году он выпустил "
    "2 160 специалистов, в том числе 610 врачей; в нём работают 1 380 преподавателей, из них 74 командированы "
    "российскими образовательными организациями. Соглашение предусматривает увеличение числа командированных "
    "преподавателей до 150 к 2028 году и освобождает их от получения разрешения на работу в Кыргызской "
    "Республике. Споры о толковании и применении Соглашения разрешаются путём консультаций и переговоров между "
    "сторонами."),
    ("Соглашением предусматривается, что расходы на содержание Университета несут стороны: российская сторона – в "
    "размере 70 процентов, кыргызская сторона – 30 процентов. Ранее доля российской стороны составляла 60 процентов. "
    "Кыргызская сторона передаёт Университету в безвозмездное бессрочное пользование земельные участки и здания, "
    "в том числе участок площадью 4,2 гектара в городе Бишкеке для строительства учебного корпуса и общежития на "
    "600 мест, которое финансирует российская сторона."),
    ("Ректор Университета назначается по согласованию между Министерством науки и высшего образования Российской "
    "Федерации и Министерством образования и науки Кыргызской Республики сроком на пять лет. Имущество, "
    "приобретённое за счёт средств российской стороны, является собственностью Российской Федерации. Университет "
    "освобождается от налогов Кыргызской Республики в части доходов от образовательной деятельности."),
    ("Соглашением также предусматривается создание в 2026–2028 годах филиала Университета в городе Оше с приёмом до "
    "300 студентов в год по инженерным и педагогическим специальностям. Вопрос о передаче филиалу зданий в Оше "
    "будет решён отдельным протоколом, сроки подписания которого сторонами пока не определены."),
    ("Соглашение заключается на пять лет и автоматически продлевается на последующие пятилетние периоды, если ни одна "
    "из сторон не уведомит другую в письменной форме о своём намерении прекратить его действие не позднее чем за "
    "шесть месяцев до истечения соответствующего периода."),
    ("Поскольку Соглашение предусматривает предоставление Российской Федерацией финансовых обязательств, не "
    "предусмотренных федеральным законом о федеральном бюджете, и содержит правила, отличные от предусмотренных "
    "законодательством Российской Федерации, оно в соответствии с подпунктами «а» и «е» пункта 1 статьи 15 "
    "Федерального закона «О международных договорах Российской Федерации» подлежит ратификации."),
    ("Кыргызская сторона завершила внутригосударственные процедуры, необходимые для вступления Соглашения в силу, "
    "и уведомила об этом российскую сторону нотой от 14 ноября 2025 года. Ратификация Соглашения будет "
    "способствовать сохранению позиций русского языка и российского образования в Кыргызской Республике."),
]

FEO_HEAD = "ФИНАНСОВО-ЭКОНОМИЧЕСКОЕ ОБОСНОВАНИЕ"
FEO_SUBJECT = NOTE_SUBJECT
FEO_TEXT = [
    ("Реализация Соглашения потребует дополнительных расходов федерального бюджета в связи с увеличением доли "
    "российской стороны в расходах на содержание Университета. Расходы федерального бюджета на содержание "
    "Университета составят 1 946,3 млн рублей в 2026 году против 1 512,8 млн рублей в 2025 году."),
    ("Строительство учебного корпуса и общежития в городе Бишкеке обойдётся в 2 480 млн рублей, которые "
    "предусмотрены в федеральной адресной инвестиционной программе на 2026–2028 годы. Расходы на создание филиала "
    "в городе Оше будут определены после подписания протокола о передаче зданий. Финансовое обеспечение "
    "осуществляется в пределах бюджетных ассигнований, предусмотренных Министерству науки и высшего образования "
    "Российской Федерации."),
]

LIST_HEAD = "ПЕРЕЧЕНЬ"
LIST_SUBJECT = (
    "федеральных законов, подлежащих признанию утратившими силу, приостановлению, изменению или принятию в связи с "
    f"принятием Федерального закона «{LAW_TITLE}»"
)
LIST_TEXT = (
    f"Принятие Федерального закона «{LAW_TITLE}» не потребует признания утратившими силу, приостановления, изменения "
    "или принятия других федеральных законов."
)


class Note(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "", 11)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 5, str(self.page_no()), align="C")
        self.set_xy(self.l_margin, self.t_margin)


def centred_bold(pdf: FPDF, text: str, *, size: float = 13, after: float = 1) -> None:
    pdf.set_font("Serif", "B", size)
    pdf.multi_cell(pdf.epw, 6.6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def note_paragraphs(pdf: FPDF, texts: list[str]) -> None:
    pdf.set_font("Serif", "", 12)
    with pdf.text_columns(text_align=Align.J, line_height=1.45) as cols:
        for text in texts:
            with cols.paragraph(first_line_indent=12.5, bottom_margin=1.5) as par:
                par.write(text)


def write_note() -> None:
    pdf = Note(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    add_serif(pdf)
    pdf.set_author("minobrnauki-dmc-06")
    pdf.set_creator("Microsoft Word 2019")
    pdf.set_producer("Microsoft Word 2019")
    pdf.set_creation_date(dt.datetime(2025, 11, 27, 9, 41, tzinfo=dt.UTC))

    # the note, under the submitter's and the draft's marks
    pdf.add_page()
    pdf.set_font("Serif", "", 12)
    pdf.cell(pdf.epw, 6, SUBMITTED, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(pdf.epw, 6, DRAFT, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    centred_bold(pdf, NOTE_HEAD, size=14, after=1)
    centred_bold(pdf, NOTE_SUBJECT, after=6)
    note_paragraphs(pdf, NOTE_TEXT)

    # the financial and economic justification
    pdf.add_page()
    centred_bold(pdf, FEO_HEAD, size=14, after=1)
    centred_bold(pdf, FEO_SUBJECT, after=6)
    note_paragraphs(pdf, FEO_TEXT)

    # the list of federal laws
    pdf.add_page()
    centred_bold(pdf, LIST_HEAD, size=14, after=1)
    centred_bold(pdf, LIST_SUBJECT, after=6)
    note_paragraphs(pdf, [LIST_TEXT])

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(NOTE))


def main() -> None:
    write_report()
    write_note()


if __name__ == "__main__":
    main()
