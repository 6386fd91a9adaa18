"""Write the two PDF files of the sixty-seventh fresh dev set with fpdf2:

eval/unseen67/Republic_of_Tajikistan_OC_2032_Notes_extract.pdf — an extract of the offering circular of a (fictional)
Eurobond of the Republic of Tajikistan, as an investor's research desk files the pages it uses (named by hand: the
issuer, "OC", the notes, "extract"). Eight A4 pages set in Liberation Serif (the metric twin of Times New Roman, in which
such circulars are typeset): the cover ("OFFERING CIRCULAR", "REPUBLIC OF TAJIKISTAN", the Ministry of Finance line, the
notes' line "US$750,000,000 6.125 per cent. Notes due 2032", "Issue Price: 100.000 per cent.", two paragraphs on the
notes, the pointer to the risk factors, the Securities Act legend in capitals, "Joint Lead Managers" over three banks'
names, the circular's date); "TABLE OF CONTENTS" with dot leaders and page numbers; "IMPORTANT NOTICES" (boilerplate:
responsibility, no other representations, restrictions on distribution, presentation of statistics, forward-looking
statements); "RISK FACTORS" (an opening paragraph, "Risks relating to the Republic" and four risks, each under a
one-sentence heading in bold over its justified paragraph); "THE REPUBLIC" with "Foreign Relations and International
Organisations" (three paragraphs); "EXTERNAL SECTOR" with "Merchandise Exports by Partner" (a paragraph, a table of
exports by partner in US$ million for 2021–2024 and its source line); "TERMS AND CONDITIONS OF THE NOTES" (an opening
paragraph and seven numbered conditions, boilerplate). On every page after the cover a running header in capitals (the
issuer and the notes) over a rule, and at the foot the circular's own page number between dashes ("- 17 -"): the
extract keeps the circular's numbering (i, ii, 17, 18, 41, 63, 88). The metadata are the financial printer's: the job
name as title, its typesetting tool as creator, a fixed date.

eval/unseen67/Учебник_История_Кыргызстана_11_кл_§27.pdf — a paragraph of a (fictional) history textbook for the 10th–11th
forms of Kyrgyzstan's Russian-language schools, «§ 27. Внешняя политика Кыргызской Республики в 1991–2025 годах», as
the publisher posts the chapter as a sample (named by hand: the kind, the subject, the form, the paragraph). Six pages of
a textbook's format (170 × 240 mm) set in DejaVu Serif (which has the Kyrgyz letters «ң» and «ө» of the publisher's
name) and DejaVu Sans for the boxes: on every page a running head over a rule — the book's short title «История
Кыргызстана. 10–11 классы» on even pages at the left, «Глава IV. Независимый Кыргызстан» on odd pages at the right — and
the page number at the outer foot (pages 181 to 186); the paragraph's number and title in bold; a box «Вспомните» with
two questions; «Ключевые понятия: …»; four numbered sub-sections in bold, their paragraphs justified with a first-line
indent; a box «Это интересно» with one fact; a box «Документ» with an excerpt of a (fictional) speech and its source
line; a grey frame for a picture and its caption «Рис. 45. …»; a ruled table of the partners, the treaties and the
years; «Вопросы и задания» with six numbered items; «Работа с картой» with a task; a glossary box «Словарь»; the
copyright line at the foot of the first page. The metadata are the publisher's: the paragraph's title, its layout
program as creator, a fixed date.

The texts are written for this set. The Republic of Tajikistan, its Ministry of Finance and Migration Service, the
Agency on Statistics, the National Bank, the Russian Federation, China, Kazakhstan, Switzerland, Türkiye, Uzbekistan,
Afghanistan and its de facto authorities, the United Nations and its sanctions, the United Arab Emirates, the CASA-1000
line, the Rogun and Nurek plants, the Vakhsh and Panj rivers, the Amu Darya and the Qosh Tepa canal, the memberships and
dates of the section on foreign relations (the UN from 2 March 1992, the CIS, the CSTO, the SCO, the OIC, the OSCE, the
WTO from 2 March 2013, the IMF and World Bank, the EBRD, the ADB, the IsDB, the AIIB), the 201st Russian base and its
agreement to 2042, the comprehensive strategic partnership with China of 2017, visa-free travel with Uzbekistan since
2018 and the treaty on allied relations of April 2024, the border treaty with Kyrgyzstan of 2025 and the
agreement on the three states' junction point, the U.S. Securities Act,
Regulation S, the Financial Conduct Authority and the London Stock Exchange are real; the notes, their terms, the banks,
the circular and all figures are fictional. In the textbook, Kyrgyzstan's independence of 31 August 1991, its UN
membership of 2 March 1992, its WTO membership of December 1998, the treaties with Russia (1992, 2000), China (1996,
2002, the partnerships of 2013 and 2018), Kazakhstan and Uzbekistan, the border treaty with Tajikistan of 2025,
the Kant air base, the Manas transit centre, the EAEU from August 2015, the CSTO, the SCO, the Organization of Turkic
States, the China–Kyrgyzstan–Uzbekistan railway agreement of June 2024, the GSP+ and the places are real; the publisher,
the authors, the speech and its speaker, the source it is quoted from and the figures the paragraph gives are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen67_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent / "unseen67"
CIRCULAR = HERE / "Republic_of_Tajikistan_OC_2032_Notes_extract.pdf"
TEXTBOOK = HERE / "Учебник_История_Кыргызстана_11_кл_§27.pdf"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"


# --------------------------------------------------------------------------- the offering circular

RUNNING_HEAD = "REPUBLIC OF TAJIKISTAN – US$750,000,000 6.125 PER CENT. NOTES DUE 2032"

COVER_KIND = "OFFERING CIRCULAR"
ISSUER = "REPUBLIC OF TAJIKISTAN"
ACTING = "(acting through the Ministry of Finance)"
NOTES = "US$750,000,000 6.125 per cent. Notes due 2032"
PRICE = "Issue Price: 100.000 per cent."
COVER_TEXT = [
    'The US$750,000,000 6.125 per cent. Notes due 2032 (the "Notes") are issued by the Republic of Tajikistan (the '
    '"Republic"), acting through its Ministry of Finance. Interest on the Notes is payable semi-annually in arrear on 21 '
    "May and 21 November in each year, beginning on 21 May 2026. Unless previously purchased and cancelled, the Notes "
    "will be repaid in three equal instalments on 21 November 2030, 2031 and 2032.",
    "Application has been made for the Notes to be admitted to the Official List of the Financial Conduct Authority and "
    "to trading on the Main Market of the London Stock Exchange. The net proceeds, about US$741 million, will finance "
    "the State budget, including the Republic's share of the cost of completing the Rogun hydropower plant.",
]
RISK_POINTER = 'Investing in the Notes involves risks. See "Risk Factors" beginning on page 17.'
LEGEND = (
    'THE NOTES HAVE NOT BEEN AND WILL NOT BE REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED (THE "SECURITIES '
    'ACT"), AND ARE OFFERED AND SOLD ONLY OUTSIDE THE UNITED STATES IN RELIANCE ON REGULATION S UNDER THE SECURITIES ACT.'
)
MANAGERS_HEAD = "Joint Lead Managers"
MANAGERS = ["HALLORAN STERNE INTERNATIONAL", "THORNBURY BAY CAPITAL MARKETS", "PAMIR GATE SECURITIES"]
DATED = "The date of this Offering Circular is 14 November 2025."

CONTENTS = [
    ("IMPORTANT NOTICES", "ii"),
    ("OVERVIEW OF THE OFFERING", "9"),
    ("RISK FACTORS", "17"),
    ("USE OF PROCEEDS", "31"),
    ("THE REPUBLIC", "33"),
    ("THE ECONOMY", "47"),
    ("EXTERNAL SECTOR", "61"),
    ("PUBLIC FINANCE", "69"),
    ("PUBLIC DEBT", "77"),
    ("TERMS AND CONDITIONS OF THE NOTES", "88"),
    ("TAXATION", "104"),
    ("SUBSCRIPTION AND SALE", "109"),
    ("GENERAL INFORMATION", "114"),
]

NOTICES = [
    ("p", "The Republic accepts responsibility for the information in this Offering Circular. Having taken all "
          "reasonable care to make sure that this is so, the Republic believes that the information in it is in "
          "accordance with the facts and leaves out nothing likely to change its meaning."),
    ("p", "Nobody has been authorised to give any information or to make any statement about the Republic or the "
          "Notes other than those in this Offering Circular. If anyone does so, that information or statement must not "
          "be relied upon as authorised by the Republic or by the Joint Lead Managers."),
    ("p", "The distribution of this Offering Circular and the offering, sale and delivery of the Notes may be restricted "
          "by law in certain jurisdictions. Persons who receive this Offering Circular must inform themselves about and "
          "observe any such restrictions. This Offering Circular is not an offer to sell, or an invitation to buy, any "
          "Notes in any jurisdiction where such an offer or invitation would be unlawful."),
    ("h", "Presentation of Statistical and Other Information"),
    ("p", "Unless stated otherwise, statistical information in this Offering Circular comes from the Agency on "
          "Statistics under the President of the Republic of Tajikistan, the National Bank of Tajikistan and the "
          "Ministry of Finance. Figures for 2024 and 2025 are preliminary and may be revised. Totals may not add up "
          "because of rounding."),
    ("h", "Forward-Looking Statements"),
    ("p", 'Statements in this Offering Circular containing words such as "expects", "intends", "plans" or "estimates" '
          "are forward-looking. They reflect the Republic's current views of future events and are subject to risks "
          "and uncertainties, and actual results may differ materially from them."),
]

RISK_INTRO = (
    "An investment in the Notes carries a high degree of risk. Prospective investors should read this Offering "
    "Circular in full and consider the risks described below before deciding to invest."
)
RISK_GROUP = "Risks relating to the Republic"
RISKS = [
    ("The economy depends heavily on remittances from Tajik citizens working abroad, most of them in the Russian "
     "Federation.",
     "Remittances received through banks and money transfer systems came to about US$5.8 billion in 2024, and about "
     "86 per cent. of them were sent from the Russian Federation. The Migration Service registered 641,000 departures "
     "for work abroad in 2024, 7 per cent. fewer than in 2023, after stricter rules on the entry, registration and "
     "testing of foreign workers took effect in the Russian Federation. A further tightening of those rules, a weaker "
     "rouble or a recession in the Russian Federation would reduce household spending, imports and tax revenue. On the "
     "Ministry of Finance's estimates, a fall of 10 per cent. in remittances would reduce budget revenue by about "
     "1.2 per cent. of GDP."),
    ("Sanctions affecting Afghanistan, the Republic's southern neighbour, restrict trade and payments across the "
     "border.",
     "Members of Afghanistan's de facto authorities are subject to United Nations sanctions, and Afghan banks have "
     "little access to correspondent accounts abroad. Tajik exporters therefore settle most of their Afghan trade in "
     "cash or through intermediaries in the United Arab Emirates, and exports to Afghanistan fell from US$88 million "
     "in 2021 to US$57 million in 2024. The same restrictions have held up the financing of the Afghan section of the "
     "CASA-1000 transmission line, through which the Republic intends to sell summer electricity to Pakistan, and the "
     "Republic cannot say when the Afghan section will be completed."),
    ("A slowdown in China would reduce investment in the Republic and the demand for its metals.",
     "Chinese companies accounted for about 62 per cent. of inflows of foreign direct investment in 2020–2024, mostly "
     "into the mining of gold, antimony, lead and zinc and into cement, and Chinese state lenders hold about 34 per "
     "cent. of the Republic's external public debt. Lower Chinese demand for metals, a fall in their prices or a change in China's import rules would reduce "
     "export earnings and the revenue the budget receives from mining royalties."),
    ("Changes in the flow of the Republic's rivers could reduce the output and export of electricity and strain "
     "relations with downstream states.",
     "Glaciers feed most of the Republic's rivers, and on the Government's estimates they have lost about a third of "
     "their ice over the past century. In the dry year of 2021 inflows into the Nurek reservoir fell to 82 per cent. "
     "of the long-term average and the Republic imported electricity from Turkmenistan in the winter. The filling of "
     "the Rogun reservoir on the Vakhsh must be agreed each year with Uzbekistan and Turkmenistan, and the Qosh Tepa "
     "canal being built in northern Afghanistan will draw water from the Amu Darya, into which the Panj and the Vakhsh "
     "flow."),
]

FOREIGN_HEAD = "Foreign Relations and International Organisations"
FOREIGN = [
    "The Republic describes its foreign policy as one of \"open doors\": it seeks good relations with all states and "
    "does not join one partner against another. It became a member of the United Nations on 2 March 1992 and is a "
    "member of the Commonwealth of Independent States, the Collective Security Treaty Organisation, the Shanghai "
    "Cooperation Organisation, the Organisation of Islamic Cooperation and the OSCE. It joined the IMF and the World "
    "Bank in 1993 and is a shareholder of the EBRD, the Asian Development Bank, the Islamic Development Bank and, as a "
    "founding member, the Asian Infrastructure Investment Bank. It is not a member of the Eurasian Economic Union.",
    "The Russian Federation is the Republic's principal security partner: its 201st military base is stationed in the "
    "Republic under an agreement that runs to 2042. China has been a comprehensive strategic partner since 2017. "
    "Relations with Uzbekistan, strained until 2016, have been transformed: citizens of the two states have travelled "
    "without visas since 2018, and a treaty on allied relations was signed in April 2024. In 2025 the Republic and the "
    "Kyrgyz Republic signed a treaty on their state border, ending a dispute that had led to armed clashes in 2021 and "
    "2022, and the presidents of the two states and of Uzbekistan then agreed the point where their three borders "
    "meet.",
    "The Republic's foreign trade turnover came to US$9.72 billion in 2024, of which exports accounted for US$2.21 "
    "billion and imports for US$7.51 billion. The Russian Federation accounted for 24.8 per cent. of turnover, China "
    "for 19.6 per cent. and Kazakhstan for 12.4 per cent. The Republic has bilateral investment treaties in force with "
    "31 states and double taxation treaties with 28, and in 2025 it opened trade missions in Dubai, Istanbul and "
    "Urumqi.",
]

EXTERNAL_SUB = "Merchandise Exports by Partner"
EXTERNAL_TEXT = (
    "Kazakhstan remained the largest market for the Republic's exports in 2024, taking 29.6 per cent. of the total, "
    "mainly ores and concentrates, cement, fruit and vegetables. Exports to Switzerland consist almost entirely of "
    "gold. Türkiye buys most of the Republic's cotton fibre and part of its aluminium. Exports to China rose by 41 per "
    "cent. between 2021 and 2024, while exports to Afghanistan fell by more than a third over the same period."
)
TABLE_CAPTION = "Table 14: Merchandise exports by partner, 2021–2024 (US$ million)"
TABLE = [
    ("Partner", "2021", "2022", "2023", "2024"),
    ("Kazakhstan", "512", "588", "604", "655"),
    ("Switzerland", "366", "402", "391", "428"),
    ("Türkiye", "201", "236", "258", "274"),
    ("Uzbekistan", "149", "171", "185", "203"),
    ("China", "118", "133", "149", "166"),
    ("Russian Federation", "92", "104", "112", "118"),
    ("Afghanistan", "88", "71", "64", "57"),
    ("Other", "294", "305", "297", "309"),
    ("Total", "1,820", "2,010", "2,060", "2,210"),
]
TABLE_SOURCE = "Source: Agency on Statistics under the President of the Republic of Tajikistan. Figures for 2024 are preliminary."

TERMS_INTRO = (
    "The following, subject to completion, is the text of the terms and conditions that will apply to the Notes and "
    'will be attached to each certificate issued for them. References to "Conditions" are to the numbered paragraphs '
    "below."
)
TERMS = [
    ("1. Form, Denomination and Title",
     "The Notes are issued in registered form in denominations of US$200,000 and integral multiples of US$1,000 above "
     "that amount. Title to the Notes passes by registration in the register kept by the Registrar."),
    ("2. Status",
     "The Notes are direct, unconditional and unsecured obligations of the Republic and rank equally among themselves "
     "and with all other unsecured external indebtedness of the Republic. The full faith and credit of the Republic is "
     "pledged for the payment of principal and interest."),
    ("3. Negative Pledge",
     "So long as any Note remains outstanding, the Republic will not create or allow any security interest over its "
     "assets or revenues to secure its public external indebtedness unless the Notes are secured equally."),
    ("4. Interest",
     "The Notes bear interest from and including 21 November 2025 at the rate of 6.125 per cent. per annum, payable "
     "semi-annually in arrear on 21 May and 21 November in each year."),
    ("5. Redemption and Purchase",
     "Unless previously purchased and cancelled, the Notes will be redeemed in three equal instalments on 21 November "
     "2030, 21 November 2031 and 21 November 2032. The Republic may purchase Notes at any price in the open market."),
    ("6. Events of Default",
     "If the Republic fails to pay any principal within 15 days, or any interest within 30 days, of its due date, "
     "holders of at least 25 per cent. of the outstanding Notes may declare all the Notes immediately due and payable."),
    ("7. Governing Law and Jurisdiction",
     "The Notes and any non-contractual obligations arising out of them are governed by English law. The courts of "
     "England have jurisdiction to settle any dispute arising from them."),
]

ROMAN = {1: "i", 2: "ii"}


class Circular(FPDF):
    folio_start: int | str = 0  # the circular's number of the current section's first page
    section_first: int = 1  # the PDF page the current section starts on

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "", 8)
        self.set_xy(self.l_margin, 12)
        self.cell(self.epw, 4, RUNNING_HEAD, align="C")
        self.set_line_width(0.2)
        self.line(self.l_margin, 17, self.w - self.r_margin, 17)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-16)
        self.set_font("Serif", "", 10)
        start = self.folio_start
        folio = start if isinstance(start, str) else str(start + self.page_no() - self.section_first)
        self.cell(self.epw, 5, f"- {folio} -", align="C")

    def section(self, folio: int | str) -> None:
        """A new page that begins a part of the extract carrying the circular's page number `folio`."""
        self.add_page()
        self.folio_start, self.section_first = folio, self.page_no()


def circular_heading(pdf: Circular, text: str) -> None:
    pdf.set_font("Serif", "B", 13)
    pdf.cell(pdf.epw, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def sub_heading(pdf: Circular, text: str) -> None:
    if pdf.get_y() + 20 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(1)
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(pdf.epw, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def justified(pdf: Circular, text: str, *, style: str = "", after: float = 3) -> None:
    pdf.set_font("Serif", style, 11)
    pdf.multi_cell(pdf.epw, 5.3, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def write_circular() -> None:
    pdf = Circular(format="A4")
    pdf.set_margins(27, 25, 27)
    pdf.set_auto_page_break(True, margin=24)
    for style, name in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                        ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(LIBERATION / name))
    pdf.set_title("Project Pamir - Offering Circular - Printer's Proof 7")
    pdf.set_creator("Adobe InDesign 19.5 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 11, 14, 6, 52, tzinfo=dt.UTC))

    # the cover
    pdf.add_page()
    pdf.set_y(30)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(pdf.epw, 6, COVER_KIND, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(pdf.epw, 10, ISSUER, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 11)
    pdf.cell(pdf.epw, 6, ACTING, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(pdf.epw, 8, NOTES, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    pdf.cell(pdf.epw, 6, PRICE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for text in COVER_TEXT:
        justified(pdf, text)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(pdf.epw, 6, RISK_POINTER, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "B", 9.5)
    pdf.multi_cell(pdf.epw, 4.6, LEGEND, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Serif", "I", 11)
    pdf.cell(pdf.epw, 6, MANAGERS_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "B", 11)
    for bank in MANAGERS:
        pdf.cell(pdf.epw, 6.5, bank, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-40)
    pdf.set_font("Serif", "", 10)
    pdf.cell(pdf.epw, 5, DATED, align="C")

    # the contents
    pdf.section(ROMAN[1])
    circular_heading(pdf, "TABLE OF CONTENTS")
    pdf.set_font("Serif", "B", 10)
    pdf.cell(pdf.epw, 6, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    for entry, page in CONTENTS:
        room = pdf.epw - pdf.get_string_width(entry) - pdf.get_string_width(page) - 4
        dots = "." * int(room / pdf.get_string_width("."))
        pdf.cell(pdf.epw, 8, f"{entry} {dots} {page}", align="L", new_x="LMARGIN", new_y="NEXT")

    # the notices
    pdf.section(ROMAN[2])
    circular_heading(pdf, "IMPORTANT NOTICES")
    for kind, text in NOTICES:
        if kind == "h":
            sub_heading(pdf, text)
        else:
            justified(pdf, text)

    # the risk factors
    pdf.section(17)
    circular_heading(pdf, "RISK FACTORS")
    justified(pdf, RISK_INTRO)
    sub_heading(pdf, RISK_GROUP)
    for head, text in RISKS:
        justified(pdf, head, style="B", after=1.5)
        justified(pdf, text)

    # the Republic's foreign relations
    pdf.section(41)
    circular_heading(pdf, "THE REPUBLIC")
    sub_heading(pdf, FOREIGN_HEAD)
    for text in FOREIGN:
        justified(pdf, text)

    # the external sector
    pdf.section(63)
    circular_heading(pdf, "EXTERNAL SECTOR")
    sub_heading(pdf, EXTERNAL_SUB)
    justified(pdf, EXTERNAL_TEXT)
    pdf.ln(2)
    pdf.set_font("Serif", "B", 10)
    pdf.multi_cell(pdf.epw, 5, TABLE_CAPTION, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", 10)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(56, 25, 25, 25, 25), line_height=6, text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD"), borders_layout="HORIZONTAL_LINES") as table:
        for row in TABLE:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 9)
    pdf.multi_cell(pdf.epw, 4.5, TABLE_SOURCE, align="L", new_x="LMARGIN", new_y="NEXT")

    # the terms and conditions
    pdf.section(88)
    circular_heading(pdf, "TERMS AND CONDITIONS OF THE NOTES")
    justified(pdf, TERMS_INTRO)
    for head, text in TERMS:
        sub_heading(pdf, head)
        justified(pdf, text)

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(CIRCULAR))


# --------------------------------------------------------------------------- the textbook's paragraph

BOOK_HEAD = "История Кыргызстана. 10–11 классы"
CHAPTER_HEAD = "Глава IV. Независимый Кыргызстан"
FIRST_PAGE = 181
COPYRIGHT = "© Издательство «Ак-Кайың», 2025"
PARAGRAPH_TITLE = "§ 27. Внешняя политика Кыргызской Республики в 1991–2025 годах"

RECALL_HEAD = "Вспомните"
RECALL = [
    "1. Когда и при каких обстоятельствах Кыргызстан провозгласил государственную независимость?",
    "2. Какие международные организации возникли на постсоветском пространстве в 1990-е годы?",
]
KEY_TERMS = ("Ключевые понятия: многовекторность, стратегическое партнёрство, делимитация и демаркация границы, "
             "евразийская интеграция.")

PART_1 = ("1. Признание независимости", [
    "31 августа 1991 г. Верховный Совет республики принял Декларацию о государственной независимости. Первой новое "
    "государство признала Турция, а к концу 1992 г. его признали уже более 120 государств. 2 марта 1992 г. Кыргызстан "
    "стал членом ООН, в том же году – членом СБСЕ (ныне ОБСЕ), Международного валютного фонда и Всемирного банка.",
    "Молодой дипломатии предстояло решить трудные задачи. У республики не было выхода к морю, опыта самостоятельной "
    "внешней политики и собственных посольств: в 1992 г. за рубежом работали лишь три её представительства, а к 2025 г. "
    "их стало 61. Руководство страны с самого начала заявило, что Кыргызстан будет дружить со всеми и не станет "
    "вступать в союзы, направленные против третьих стран. Такой курс, при котором государство развивает отношения "
    "с разными центрами силы, не противопоставляя их друг другу, называют многовекторным.",
])
INTERESTING_HEAD = "Это интересно"
INTERESTING = (
    "В декабре 1998 г. Кыргызстан первым из государств СНГ вступил во Всемирную торговую организацию. Переговоры о "
    "вступлении заняли менее трёх лет, тогда как у соседнего Казахстана они продолжались почти двадцать лет."
)
PART_2 = ("2. Отношения с Россией и Китаем", [
    "Главным союзником республики с первых лет независимости остаётся Россия. 10 июня 1992 г. стороны подписали "
    "Договор о дружбе, сотрудничестве и взаимной помощи, а в 2000 г. – Декларацию о вечной дружбе, союзничестве и "
    "партнёрстве. Кыргызстан входит в Организацию Договора о коллективной безопасности, с 2003 г. на его территории "
    "действует российская авиабаза «Кант», а в августе 2015 г. республика стала членом Евразийского экономического "
    "союза. Вступление в союз открыло кыргызским товарам рынок с населением около 180 млн человек и облегчило "
    "положение трудовых мигрантов в России и Казахстане.",
    "Отношения с Китаем строились прежде всего вокруг границы, которая досталась республике от СССР "
    "неурегулированной. Соглашения 1996 и 1999 гг. определили её прохождение, а в 2002 г. стороны подписали Договор "
    "о добрососедстве, дружбе и сотрудничестве. В 2013 г. отношения получили статус стратегического партнёрства, в "
    "2018 г. – всестороннего стратегического партнёрства. Китай стал крупнейшим поставщиком товаров и кредитором "
    "республики, и сегодня Китай и Россия вместе обеспечивают почти две трети её внешней торговли. В июне 2024 г. "
    "Китай, Кыргызстан и Узбекистан подписали соглашение о строительстве железной дороги Кашгар – Торугарт – "
    "Джалал-Абад – Андижан, и на кыргызский участок новой магистрали придётся около 260 км пути.",
])
DOCUMENT_HEAD = "Документ"
DOCUMENT_INTRO = ("Из выступления профессора А. Ж. Темирбековой на научной конференции «Малая страна в большой "
                  "политике» (Бишкек, 2012 г.)")
DOCUMENT = (
    "«Малой стране не нужно выбирать себе одного покровителя. Наша сила в том, чтобы с каждым соседом и с каждым "
    "большим партнёром нас связывало своё общее дело: с одним – безопасность, с другим – торговля, с третьим – "
    "образование и рабочие места. Тогда никто не захочет нас потерять, а мы не потеряем себя.»"
)
DOCUMENT_SOURCE = "Цит. по: Малая страна в большой политике: материалы конференции. – Бишкек, 2013. – С. 17."
PART_3 = ("3. Соседи по Центральной Азии", [
    "Самой трудной задачей оказалось урегулирование границ с соседями. С Казахстаном договор о границе был подписан в "
    "2001 г., а её демаркация завершена в 2017 г. С Узбекистаном переговоры продолжались более двадцати пяти лет и "
    "завершились подписанием договора в январе 2023 г.",
    "Наиболее острым оставался спор с Таджикистаном. В 2021 и 2022 гг. на границе произошли вооружённые столкновения, "
    "унёсшие жизни более ста человек с обеих сторон. Договор о государственной границе двух стран был подписан в "
    "2025 г., после чего президенты трёх соседних государств утвердили точку стыка их границ. Летом 2025 г. на "
    "кыргызско-таджикской границе возобновили работу пункты пропуска, закрытые после столкновений.",
])
FIGURE_FRAME_CAPTION = ("Рис. 45. Подписание договора о государственной границе между Кыргызстаном и Таджикистаном, "
                        "2025 г.")
PART_4 = ("4. Запад, тюркский мир и новые партнёры", [
    "Кыргызстан развивал отношения и с западными странами. В 2001–2014 гг. в аэропорту «Манас» действовали авиабаза, "
    "а затем Центр транзитных перевозок США. С 2016 г. республика пользуется торговыми преференциями Европейского "
    "союза по схеме ГСП+: около 6 200 видов кыргызских товаров ввозятся в страны ЕС без пошлин. В 2009 г. Кыргызстан "
    "стал одним из основателей Совета сотрудничества тюркоязычных государств, который в 2021 г. был преобразован в "
    "Организацию тюркских государств.",
    "В последние годы круг партнёров расширился: республика участвует во встречах глав государств Центральной Азии с "
    "лидерами Японии, Республики Корея, США, Европейского союза, Китая, России и стран Персидского залива. По данным "
    "авторов учебника, в 2024 г. в Кыргызстане действовало около 1 900 предприятий с участием капитала из "
    "государств Организации тюркских государств, прежде всего из Турции.",
])
TABLE_HEAD = "Таблица 6. Основные договоры Кыргызской Республики с соседями и партнёрами"
TREATIES = [
    ("Партнёр", "Договор", "Год"),
    ("Россия", "Договор о дружбе, сотрудничестве и взаимной помощи", "1992"),
    ("Казахстан", "Договор о кыргызско-казахстанской государственной границе", "2001"),
    ("Китай", "Договор о добрососедстве, дружбе и сотрудничестве", "2002"),
    ("ЕАЭС", "Договор о присоединении к Договору о Евразийском экономическом союзе", "2014"),
    ("Узбекистан", "Договор о кыргызско-узбекской государственной границе", "2023"),
    ("Таджикистан", "Договор о государственной границе", "2025"),
]
QUESTIONS_HEAD = "Вопросы и задания"
QUESTIONS = [
    "1. Какие задачи стояли перед внешней политикой Кыргызстана в первые годы независимости?",
    "2. Почему Россию называют главным союзником республики? Приведите не менее трёх аргументов.",
    "3. Как менялся статус отношений Кыргызстана и Китая? Составьте хронологическую таблицу.",
    "4. Почему урегулирование границ с соседями заняло более тридцати лет?",
    "5. Объясните смысл понятия «многовекторность». Согласны ли вы с автором документа? Аргументируйте ответ.",
    "6. Подготовьте сообщение об одном из форматов «Центральная Азия плюс».",
]
MAP_HEAD = "Работа с картой"
MAP_TASK = ("Покажите на карте государства, с которыми граничит Кыргызстан. Отметьте пункты пропуска на "
            "кыргызско-таджикской границе и трассу будущей железной дороги Китай – Кыргызстан – Узбекистан.")
GLOSSARY_HEAD = "Словарь"
GLOSSARY = [
    "Делимитация границы – определение прохождения границы по договору и нанесение её на карту.",
    "Демаркация границы – обозначение линии границы на местности пограничными знаками.",
    "Многовекторность – внешняя политика, при которой государство развивает отношения с разными центрами силы, не "
    "противопоставляя их друг другу.",
]

BOX_FILL = (236, 242, 248)
BOX_LINE = (60, 100, 150)
DOC_FILL = (248, 243, 230)
SIZE = 10.5


def tie_ru(text: str) -> str:
    """Non-breaking spaces where a typesetter keeps «г.» with its year, a figure with its unit, and the thousands of a
    number together."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:гг?\.|млн|км|тыс\.)(?=\W|$))", NBSP, text)
    text = re.sub(r"(?<=\b[а-яё]) (?=\d)", NBSP, text)
    return text


class Textbook(FPDF):
    def header(self) -> None:
        folio = FIRST_PAGE + self.page_no() - 1
        self.set_font("Sans", "I", 8.5)
        self.set_text_color(70, 70, 70)
        self.set_xy(self.l_margin, 9)
        if folio % 2:
            self.cell(self.epw, 4, CHAPTER_HEAD, align="R")
        else:
            self.cell(self.epw, 4, BOOK_HEAD, align="L")
        self.set_draw_color(*BOX_LINE)
        self.set_line_width(0.3)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        folio = FIRST_PAGE + self.page_no() - 1
        self.set_y(-13)
        self.set_font("Sans", "", 9)
        if self.page_no() == 1:
            self.cell(self.epw - 12, 5, COPYRIGHT, align="L")
            self.cell(12, 5, str(folio), align="R")
        else:
            self.cell(self.epw, 5, str(folio), align="R" if folio % 2 else "L")


def ru_paragraphs(pdf: Textbook, texts: list[str], *, indent: float = 6) -> None:
    pdf.set_font("Serif", "", SIZE)
    with pdf.text_columns(text_align=Align.J, line_height=1.2) as cols:
        for text in texts:
            with cols.paragraph(first_line_indent=indent, bottom_margin=1.2) as par:
                par.write(tie_ru(text))


def ru_heading(pdf: Textbook, text: str, *, size: float = 11.5, before: float = 2.5) -> None:
    if pdf.get_y() + 22 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(before)
    pdf.set_font("Serif", "B", size)
    pdf.multi_cell(pdf.epw, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def box(pdf: Textbook, title: str, lines: list[tuple[str, str]], fill: tuple[int, int, int]) -> None:
    """A tinted box: its title in bold sans over its lines ((style, text) each, in sans), measured before it is drawn
    so that the tint lies under the text."""
    pad, width, step = 3, pdf.epw - 6, 4.8
    pdf.set_font("Sans", "", 9.5)
    count = 1
    for style, text in lines:
        pdf.set_font("Sans", style, 9.5)
        count += len(pdf.multi_cell(width, step, tie_ru(text), dry_run=True, output="LINES"))
    height = count * step + 2 * pad + 1
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()
    top = pdf.get_y() + 1
    pdf.set_fill_color(*fill)
    pdf.set_draw_color(*BOX_LINE)
    pdf.set_line_width(0.3)
    pdf.rect(pdf.l_margin, top, pdf.epw, height, style="DF")
    pdf.set_xy(pdf.l_margin + 3, top + pad)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_text_color(*BOX_LINE)
    pdf.cell(width, step, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for style, text in lines:
        pdf.set_x(pdf.l_margin + 3)
        pdf.set_font("Sans", style, 9.5)
        pdf.multi_cell(width, step, tie_ru(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top + height + 3)


def write_textbook() -> None:
    pdf = Textbook(format=(170, 240))
    pdf.set_margins(17, 19, 17)
    pdf.set_auto_page_break(True, margin=18)
    for style, name in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
        pdf.add_font("Serif", style, str(DEJAVU / name))
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("Sans", style, str(DEJAVU / name))
    pdf.set_title(PARAGRAPH_TITLE)
    pdf.set_author("Жолдошев Т. К., Гриценко Н. В.")
    pdf.set_creator("Adobe InDesign 18.2 (Macintosh)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 8, 12, 10, 15, tzinfo=dt.UTC))

    pdf.add_page()
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(pdf.epw, 7, PARAGRAPH_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    box(pdf, RECALL_HEAD, [("", q) for q in RECALL], BOX_FILL)
    pdf.set_font("Serif", "I", SIZE)
    pdf.multi_cell(pdf.epw, 5.2, KEY_TERMS, align="L", new_x="LMARGIN", new_y="NEXT")
    for number, (head, texts) in enumerate((PART_1, PART_2, PART_3, PART_4), 1):
        ru_heading(pdf, head)
        ru_paragraphs(pdf, texts)
        if number == 1:
            box(pdf, INTERESTING_HEAD, [("", INTERESTING)], BOX_FILL)
        elif number == 2:
            box(pdf, DOCUMENT_HEAD, [("I", DOCUMENT_INTRO), ("", DOCUMENT), ("I", DOCUMENT_SOURCE)], DOC_FILL)
        elif number == 3:
            if pdf.get_y() + 54 > pdf.page_break_trigger:
                pdf.add_page()
            top = pdf.get_y() + 2
            pdf.set_fill_color(215, 215, 215)
            pdf.rect(pdf.l_margin + 10, top, pdf.epw - 20, 38, style="F")
            pdf.set_xy(pdf.l_margin, top + 40)
            pdf.set_font("Sans", "I", 8.5)
            pdf.multi_cell(pdf.epw, 4.3, tie_ru(FIGURE_FRAME_CAPTION), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    if pdf.get_y() + 62 > pdf.page_break_trigger:  # the table is not split over two pages
        pdf.add_page()
    ru_heading(pdf, TABLE_HEAD, size=10)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_draw_color(*BOX_LINE)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(26, 96, 14), line_height=4.6, text_align=("LEFT", "LEFT", "CENTER"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=BOX_FILL)) as table:
        for row in TREATIES:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(2)
    ru_heading(pdf, QUESTIONS_HEAD)
    pdf.set_font("Serif", "", SIZE)
    for q in QUESTIONS:
        pdf.multi_cell(pdf.epw, 5.2, tie_ru(q), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    ru_heading(pdf, MAP_HEAD)
    ru_paragraphs(pdf, [MAP_TASK], indent=0)
    pdf.ln(2)
    box(pdf, GLOSSARY_HEAD, [("", g) for g in GLOSSARY], BOX_FILL)

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(TEXTBOOK))


def main() -> None:
    write_circular()
    write_textbook()


if __name__ == "__main__":
    main()
