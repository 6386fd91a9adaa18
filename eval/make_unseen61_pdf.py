"""Write the PDF file of the sixty-first fresh dev set with fpdf2:

eval/unseen61/s478_e.pdf — the opening part of a (fictional) WTO Trade Policy Review of Tajikistan, the report by the
Secretariat, as the WTO's site serves the Secretariat report's file (named by the document's number, "s478", and the
language, "_e"): five A4 pages set in DejaVu Sans. Page 1 the cover: "RESTRICTED" at the left and, at the right,
"WT/TPR/S/478", the date, the job number "(25-6841)" and "Page: 1/112"; "Trade Policy Review Body"; "TRADE POLICY
REVIEW", "REPORT BY THE SECRETARIAT" and the member's name, centred; at the foot, over a rule, the note (the report
drawn up by the Secretariat on its own responsibility, the clarification sought from the member, whom to ask technical
questions, the member's policy statement). Every later page carries the running head "WT/TPR/S/478 • Tajikistan" and its
page number "- 2 -" at the top, centred. Page 2 "CONTENTS" with dotted leaders (the report's chapters and sections, then
its charts and tables); from page 3 "SUMMARY" in numbered paragraphs ("1. …"); then "1 ECONOMIC ENVIRONMENT", "1.1 Main
features of the economy" in paragraphs numbered "1.1. …", "Table 1.1 Selected macroeconomic indicators, 2019-24" (its
column heads, its rows of figures, a "Source:" line and a "Note:" line in small type), more paragraphs, and "Chart 1.1
…" as a caption with its "Source:" line, the chart itself not drawn (a picture without a text layer), alone on page 5,
where the file ends (the report's other 107 pages are not written). The text is justified, each paragraph set with
multi_cell so that each printed line is a line of the text layer. Non-breaking spaces keep a figure with its unit where
a typesetter would. The metadata are those of a report saved from Word: the document's symbol as its title, Word as
creator and producer, a fixed date.

The text is written for this set. Tajikistan, its accession to the WTO on 2 March 2013, the Trade Policy Review Body
and Mechanism, the somoni, the Agency on Statistics under the President of the Republic of Tajikistan, the National Bank
of Tajikistan, the IMF's World Economic Outlook database, the CIS Free Trade Area Treaty of 2011, the
Eurasian Economic Union, the free economic zones, the Rogun hydropower plant, the aluminium smelter at Tursunzoda and
the CASA-1000 line are real; the review, its document number, the Secretariat's staff named and all figures are
fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen61_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen61"
DOC = HERE / "s478_e.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"

SYMBOL = "WT/TPR/S/478"
DATE = "14 October 2025"
JOB = "(25-6841)"
PAGES = "Page: 1/112"
BODY = "Trade Policy Review Body"
COVER_TITLE = ["TRADE POLICY REVIEW", "REPORT BY THE SECRETARIAT", "TAJIKISTAN"]
RUNNING_HEAD = f"{SYMBOL} • Tajikistan"
NOTE = [
    "This report, prepared for the second Trade Policy Review of Tajikistan, has been drawn up by the WTO Secretariat "
    "on its own responsibility. As the Trade Policy Review Mechanism requires, the Secretariat has asked Tajikistan to "
    "clarify its trade policies and practices.",
    "Any technical questions arising from this report should be addressed to Mr Tomás Vergara (tel.: 022 739 5418) "
    "and Ms Ilse Brandvold (tel.: 022 739 6127).",
    "Document WT/TPR/G/478 contains the policy statement submitted by Tajikistan.",
]

# (level, text, page): level 0 a chapter, 1 a section, 2 a subsection; None a group heading without a page
CONTENTS = [
    (0, "SUMMARY", 3),
    (0, "1 ECONOMIC ENVIRONMENT", 4),
    (1, "1.1 Main features of the economy", 4),
    (1, "1.2 Recent economic developments", 6),
    (1, "1.3 Developments in trade and investment", 9),
    (2, "1.3.1 Trends and patterns in merchandise and services trade", 9),
    (2, "1.3.2 Trends and patterns in FDI", 13),
    (0, "2 TRADE AND INVESTMENT REGIME", 15),
    (1, "2.1 General framework", 15),
    (1, "2.2 Trade policy formulation and objectives", 17),
    (1, "2.3 Trade agreements and arrangements", 19),
    (1, "2.4 Investment regime", 22),
    (0, "3 TRADE POLICIES AND PRACTICES BY MEASURE", 25),
    (1, "3.1 Measures directly affecting imports", 25),
    (1, "3.2 Measures directly affecting exports", 39),
    (1, "3.3 Measures affecting production and trade", 43),
    (0, "4 TRADE POLICIES BY SECTOR", 59),
    (1, "4.1 Agriculture", 59),
    (1, "4.2 Mining and energy", 68),
    (1, "4.3 Manufacturing", 79),
    (1, "4.4 Services", 83),
    (0, "5 APPENDIX TABLES", 100),
    (None, "CHARTS", None),
    (3, "Chart 1.1 Structure of GDP by sector, 2019 and 2024", 5),
    (3, "Chart 1.2 Merchandise trade by main partner, 2019 and 2024", 11),
    (3, "Chart 1.3 Merchandise trade by main product, 2019 and 2024", 12),
    (None, "TABLES", None),
    (3, "Table 1.1 Selected macroeconomic indicators, 2019-24", 4),
    (3, "Table 1.2 Balance of payments, 2019-24", 7),
    (3, "Table 3.1 Structure of MFN tariffs, 2025", 27),
    (None, "APPENDIX TABLES", None),
    (3, "Table A1.1 Merchandise exports by HS section, 2019-24", 100),
    (3, "Table A1.2 Merchandise imports by HS section, 2019-24", 102),
    (3, "Table A1.3 Merchandise exports by destination, 2019-24", 104),
    (3, "Table A1.4 Merchandise imports by origin, 2019-24", 106),
    (3, "Table A2.1 Notifications to the WTO, 2019-25", 109),
]

SUMMARY = [
    "Tajikistan's economy grew strongly over the review period, at an average annual rate of 8.3% in 2019-24, "
    "despite the COVID-19 pandemic in 2020 and the disruption after 2022 of the trade routes and payment channels "
    "that run through the Russian Federation. Growth was driven by private consumption financed by remittances, by "
    "public investment in energy and roads, and by metal mining. GDP per capita reached about US$1,310 in 2024, "
    "among the lowest of the WTO's Members in Europe and Central Asia.",
    "Remittances from Tajik workers abroad, most of them in the Russian Federation, remain the economy's main source "
    "of foreign exchange. Inflows reached the equivalent of 41.7% of GDP in 2024, up from 27.9% in 2019. The "
    "authorities told the Secretariat that they intend to reduce the economy's reliance on remittances by developing "
    "manufacturing and exports of services, but no target has been set for this.",
    "Merchandise exports remain concentrated in a few products. Precious metals and non-ferrous ores and "
    "concentrates accounted for 64% of merchandise exports in 2024, aluminium for 11% and cotton fibre for 6%. "
    "Imports, mainly of fuels, grain, vehicles and machinery, were 3.4 times the value of exports. The Russian "
    "Federation, China and Kazakhstan supplied 61% of imports, while Kazakhstan, Switzerland and Türkiye were the "
    "main markets for exports.",
    "Tajikistan, a Member of the WTO since 2 March 2013, has continued to implement its accession commitments. All "
    "tariff lines are bound. The simple average applied MFN tariff was 7.4% in 2025, against an average bound rate "
    "of 8.1%; the applied rates on 23 tariff lines, mostly for sugar, vegetable oils and tobacco, were lowered during "
    "the review period to bring them within their bindings.",
    "Tajikistan is a party to the CIS Free Trade Area Treaty of 2011. It has not joined the Eurasian Economic Union; "
    "the authorities told the Secretariat that the question of membership is being studied and that no decision has "
    "been taken.",
    "Inflows of foreign direct investment, mostly from China into mining, cement and textiles, averaged US$290 "
    "million a year in 2019-24. The five free economic zones had 64 resident companies at the end of 2024, up from "
    "38 in 2019, but their exports are still small; the authorities did not provide data on the zones' exports.",
    "As a landlocked country, Tajikistan depends on transit through its neighbours. Freight forwarders surveyed by "
    "the Secretariat in 2025 estimated that a container took on average 19 days to reach a Baltic or Chinese "
    "seaport from Dushanbe in 2024, and that transport costs added up to 18% to the value of a typical import "
    "consignment.",
]

CHAPTER = "1 ECONOMIC ENVIRONMENT"
SECTION = "1.1 Main features of the economy"
CHAPTER_PARAS = [
    "Tajikistan is a landlocked and mountainous country of 10.6 million people (2024), more than 90% of whose "
    "territory lies in mountains. Its economy rests on labour migration, on mining and metals, and on hydropower. "
    "Agriculture employed about 44% of the labour force in 2024 but produced 22.1% of GDP; industry, including "
    "mining and energy, produced 18.7%, construction 11.4% and services the rest.",
    "The somoni has been broadly stable against the US dollar since 2021, at an average of TJS 10.9 per US dollar "
    "in 2024. The National Bank of Tajikistan, which adopted inflation targeting in 2023, held consumer price "
    "inflation within its target range of 3% to 7% in 2023 and 2024 (Table 1.1). Public debt fell from 46.1% of "
    "GDP in 2019 to 27.8% in 2024, helped by strong growth and by the repayment of a Eurobond issued in 2017.",
]
TABLE_TITLE = "Table 1.1 Selected macroeconomic indicators, 2019-24"
TABLE_HEAD = ["", "2019", "2020", "2021", "2022", "2023", "2024"]
TABLE = [
    ["Real GDP growth (%)", "7.4", "4.4", "9.4", "8.0", "8.3", "8.4"],
    ["GDP (current US$ billion)", "8.3", "8.1", "8.9", "10.5", "12.1", "13.9"],
    ["GDP per capita (US$)", "890", "850", "910", "1,050", "1,170", "1,310"],
    ["Consumer prices, end of period (% change)", "8.0", "9.4", "8.0", "4.2", "3.8", "3.6"],
    ["Remittances (% of GDP)", "27.9", "26.7", "33.4", "51.0", "48.2", "41.7"],
    ["Current account balance (% of GDP)", "-2.3", "4.2", "8.2", "15.6", "4.5", "2.1"],
    ["Public debt (% of GDP)", "46.1", "50.4", "42.3", "32.6", "30.1", "27.8"],
    ["Exchange rate (TJS per US$, annual average)", "9.5", "10.3", "11.3", "10.9", "10.9", "10.9"],
    ["Population (million)", "9.3", "9.5", "9.8", "10.0", "10.3", "10.6"],
]
TABLE_SOURCE = (
    "Source: Agency on Statistics under the President of the Republic of Tajikistan; National Bank of Tajikistan; "
    "IMF, World Economic Outlook database, October 2025; and WTO Secretariat estimates."
)
TABLE_NOTE = "Note: Figures for 2024 are preliminary."
AFTER_TABLE = [
    "Mining is the fastest-growing part of industry. Output of gold, silver, antimony and lead and zinc "
    "concentrates, much of it from mines developed with Chinese investment, rose by an estimated 74% in real terms "
    "between 2019 and 2024. The aluminium smelter at Tursunzoda, the country's largest industrial enterprise, "
    "produced about 126,000 tonnes in 2024, well under half of its design capacity, and depends on imported "
    "alumina.",
    "Hydropower supplies over 90% of the electricity produced. The first two units of the Rogun hydropower plant "
    "are in operation, and the authorities expect exports of electricity to Uzbekistan, Kyrgyzstan and Afghanistan "
    "to grow once the CASA-1000 line to Pakistan is completed. Electricity exports earned US$142 million in 2024. "
    "Winter shortages still limit industry: in the winter of 2024/25 supply to industrial users outside the capital "
    "was rationed for 71 days.",
    "The State remains present in much of the economy. State-owned enterprises dominate energy, aluminium, "
    "telecommunications and transport, and the authorities told the Secretariat that a register of these "
    "enterprises is being compiled; their number and their share of GDP were not available for this Review.",
]
CHART_TITLE = "Chart 1.1 Structure of GDP by sector, 2019 and 2024"
CHART_SOURCE = "Source: WTO Secretariat calculations, based on data from the Agency on Statistics."

SIZE, LEADING = 9, 4.6


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter keeps a figure with its unit or the word it counts."""
    text = re.sub(r"(?<=\d) (?=(?:million|tonnes|days|times|resident|tariff|March)\b)", NBSP, text)
    text = re.sub(r"\b(US\$290|TJS|of|rate of|in|since|from|to|at) (?=\d)", lambda m: m.group(1) + NBSP, text)
    return text


class Report(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 8)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 4, RUNNING_HEAD, align="C")
        self.set_xy(self.l_margin, 15)
        self.cell(self.epw, 4, f"- {self.page_no()} -", align="C")
        self.set_xy(self.l_margin, 26)


def paragraph(pdf: Report, text: str, *, after: float = 2.6) -> None:
    pdf.set_font("Sans", "", SIZE)
    pdf.multi_cell(pdf.epw, LEADING, tie(text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(pdf: Report, text: str, size: float, *, before: float = 3) -> None:
    if pdf.get_y() + 20 > pdf.page_break_trigger:
        pdf.add_page()
    else:
        pdf.ln(before)
    pdf.set_font("Sans", "B", size)
    pdf.multi_cell(pdf.epw, size * 0.55, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.4)


def contents(pdf: Report) -> None:
    pdf.set_font("Sans", "B", 10)
    pdf.cell(pdf.epw, 6, "CONTENTS", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for level, text, page in CONTENTS:
        if pdf.get_y() + 8 > pdf.page_break_trigger:
            pdf.add_page()
        if level is None:
            pdf.ln(3)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(pdf.epw, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        indent = {0: 0, 1: 5, 2: 10, 3: 0}[level]
        pdf.set_font("Sans", "B" if level == 0 else "", 9)
        x = pdf.l_margin + indent
        width = pdf.epw - indent
        number = str(page)
        room = width - pdf.get_string_width(text + " ") - pdf.get_string_width(" " + number)
        dots = "." * int(room // pdf.get_string_width("."))
        pdf.set_x(x)
        pdf.cell(width, 5.4, f"{text} {dots} {number}", align="L", new_x="LMARGIN", new_y="NEXT")
        if level == 0:
            pdf.ln(0.8)


def table(pdf: Report) -> None:
    if pdf.get_y() + 75 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("Sans", "B", 8.5)
    pdf.cell(pdf.epw, 5, TABLE_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    first = 70.0
    other = (pdf.epw - first) / 6
    pdf.set_fill_color(220, 230, 241)
    pdf.set_font("Sans", "B", 8)
    for i, text in enumerate(TABLE_HEAD):
        pdf.cell(first if i == 0 else other, 5.6, text, border="TB", align="L" if i == 0 else "R", fill=True)
    pdf.ln(5.6)
    pdf.set_font("Sans", "", 8)
    for row in TABLE:
        for i, text in enumerate(row):
            pdf.cell(first if i == 0 else other, 5, text, align="L" if i == 0 else "R")
        pdf.ln(5)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.ln(1.2)
    pdf.set_font("Sans", "", 7)
    for text in (TABLE_SOURCE, TABLE_NOTE):
        pdf.multi_cell(pdf.epw, 3.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def main() -> None:
    pdf = Report(format="A4")
    pdf.set_margins(22, 26, 22)
    pdf.set_auto_page_break(True, margin=20)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("Sans", style, str(DEJAVU / name))
    pdf.set_title(SYMBOL)
    pdf.set_author("WTO Secretariat")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 10, 14, 9, 27, tzinfo=dt.UTC))

    # page 1: the cover
    pdf.add_page()
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(pdf.l_margin, 18)
    pdf.cell(60, 5, "RESTRICTED", align="L")
    pdf.set_font("Sans", "", 9)
    for i, text in enumerate((SYMBOL, DATE, JOB, PAGES)):
        pdf.set_xy(pdf.l_margin + pdf.epw - 60, 30 + 5 * i)
        pdf.cell(60, 5, text, align="L")
    pdf.set_xy(pdf.l_margin, 58)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(pdf.epw, 5, BODY, align="L")
    pdf.line(pdf.l_margin, 64, pdf.l_margin + pdf.epw, 64)
    for text, y, size in zip(COVER_TITLE, (100, 116, 138), (20, 14, 24), strict=True):
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("Sans", "B", size)
        pdf.cell(pdf.epw, 10, text, align="C")
    pdf.line(pdf.l_margin, 220, pdf.l_margin + pdf.epw, 220)
    pdf.set_xy(pdf.l_margin, 223)
    pdf.set_font("Sans", "", 8)
    for text in NOTE:
        pdf.multi_cell(pdf.epw, 3.9, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)

    # page 2: the contents
    pdf.add_page()
    contents(pdf)

    # page 3: the summary
    pdf.add_page()
    assert pdf.page_no() == 3, pdf.page_no()
    pdf.set_font("Sans", "B", 10)
    pdf.cell(pdf.epw, 6, "SUMMARY", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for n, text in enumerate(SUMMARY, start=1):
        paragraph(pdf, f"{n}. {text}")

    # the first chapter on a new page
    pdf.add_page()
    assert pdf.page_no() == 4, pdf.page_no()
    heading(pdf, CHAPTER, 11, before=0)
    heading(pdf, SECTION, 10, before=1)
    n = 0
    for text in CHAPTER_PARAS:
        n += 1
        paragraph(pdf, f"1.{n}. {text}")
    table(pdf)
    for text in AFTER_TABLE:
        n += 1
        paragraph(pdf, f"1.{n}. {text}")
    if pdf.get_y() + 70 > pdf.page_break_trigger:  # the chart and its source stand together
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("Sans", "B", 8.5)
    pdf.cell(pdf.epw, 5, CHART_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(52)  # the chart, a picture without text
    pdf.set_font("Sans", "", 7)
    pdf.multi_cell(pdf.epw, 3.4, CHART_SOURCE, align="L", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == 5, pdf.page_no()
    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
