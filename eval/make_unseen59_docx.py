"""Write the Word file of the fifty-ninth fresh dev set with python-docx:

eval/unseen59/CN_Open-Counters_small-traders_KG-KZ-UZ_v2 (draft).docx — the concept note of a regional project that a
(fictional) Osh foundation submits to the Regional Trade and Connectivity Facility, a (fictional) donor programme, as
the applicant's staff circulate the second draft (named by hand: "CN", the project, the subject, the countries, the
version and "(draft)"). The page header says "Draft – for discussion" at the right; the footer "Open Counters ·
Concept note · page" and Word's PAGE field with its cached value. In the body "CONCEPT NOTE" in bold capitals, the
call's line in italics, the project's title in Title style, a two-column table of the project's data (title,
applicant, partners, countries, duration, total budget, amount requested); the numbered sections as Heading 1
("1. Background and rationale", "2. Objectives", "3. Activities", "4. Expected results", "5. Risks and mitigation",
"6. Budget summary"), the objectives, activities and results as numbered or lettered lists, each risk a paragraph
opened by its name in bold, the budget summary's paragraph over a three-column table; "Annex 1. Logical framework"
over a five-column table (level, indicator, baseline, target, means of verification); the contact line at the end.
The core properties are the applicant's: the title, its author, fixed dates; the zip's members carry a fixed time, so
the file is the same on every run (eval/docx_fixed.save_fixed).

The text is written for this set; the facility, the foundation, its partners, its people, the survey, the pilot desk
and all figures are fictional (Kyrgyzstan, Kazakhstan, Uzbekistan, the Eurasian Economic Union, the Dordoi and
Kara-Suu markets, Taraz, Shymkent, Andijan, Namangan, the Chüy, Osh and Jalal-Abad regions, the Ak-Jol–Korday and
Dostuk–Dustlik crossings and the World Customs Organization's time release study are real; what is said of them here
is invented).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen59_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import (  # eval/docx_fixed.py, beside this script
    new_document,
    page_field,
    save_fixed,
)

OUT = Path(__file__).resolve().parent / "unseen59" / "CN_Open-Counters_small-traders_KG-KZ-UZ_v2 (draft).docx"

HEADER = "Draft – for discussion"
FOOTER = "Open Counters · Concept note · page "
KIND = "CONCEPT NOTE"
CALL = "Regional Trade and Connectivity Facility · Call for proposals 2025/2 · Lot 1: Small-scale cross-border trade"
TITLE = "Open Counters: Making Small Cross-Border Trade Easier on the Kyrgyz–Kazakh and Kyrgyz–Uzbek Borders"
DATA = [
    ("Project title", "Open Counters – facilitation of small cross-border trade"),
    ("Applicant", "Kelechek Trade Initiatives Public Foundation, Osh, Kyrgyzstan"),
    ("Partners", "Zhambyl Association of Women Entrepreneurs (Taraz, Kazakhstan); Fergana Valley Traders' Union "
                 "(Andijan, Uzbekistan)"),
    ("Countries", "Kyrgyzstan, Kazakhstan, Uzbekistan"),
    ("Duration", "30 months (1 April 2026 – 30 September 2028)"),
    ("Total budget", "EUR 1,486,000"),
    ("Amount requested", "EUR 1,262,000 (84.9% of the total)"),
]

BACKGROUND = [
    "Small cross-border trade keeps thousands of households afloat along Kyrgyzstan's borders. Traders, most of them "
    "women, carry clothing, dried fruit, household goods and fresh produce in small lots between the Dordoi and "
    "Kara-Suu markets in Kyrgyzstan and the bazaars of Taraz, Shymkent, Andijan and Namangan. Their trade rarely "
    "appears in official statistics, but for many families in the Chüy, Osh and Jalal-Abad regions it is the main "
    "source of cash income.",
    "In a survey of 740 small traders carried out by the applicant at the Ak-Jol and Dostuk crossings in May and June "
    "2025, 68% of respondents were women, and the median trader crossed the border 11 times a month. Asked what slowed "
    "them down most, 54% named unclear rules on how much they may carry without a customs declaration, and 37% said "
    "they had made an informal payment at least once in the previous three months. An average crossing, queue "
    "included, took 3 hours 40 minutes; at Dostuk it often took twice as long as at Ak-Jol.",
    "The two borders pose different problems. Kyrgyzstan and Kazakhstan are both members of the Eurasian Economic "
    "Union, so goods pass between them without customs control, but sanitary, veterinary and phytosanitary checks "
    "remain, and small traders are often asked for certificates meant for commercial lots. Uzbekistan is not a member "
    "of the Union, and the Dostuk crossing has full customs control. The two governments agreed in 2024 to simplify "
    "the clearance of small consignments, but traders report that officials on the two sides still apply different "
    "limits. No public body on either border keeps count of small traders or of the value of what they carry.",
    "The project builds on a pilot information desk that the applicant ran at the Kara-Suu market in 2024 with its "
    "own funds. In eight months the desk answered 2,310 questions, two thirds of them about documents for food "
    "products.",
]
OBJECTIVES_LEAD = (
    "The overall objective is to raise the incomes of small cross-border traders, above all women, in the border "
    "regions of Kyrgyzstan, Kazakhstan and Uzbekistan. The specific objectives are:"
)
OBJECTIVES = [
    "to halve the time that small traders spend crossing the border at the two pilot crossings;",
    "to make the rules for small consignments known to traders and applied in the same way by officials on both "
    "sides of each border;",
    "to give traders a regular channel to the border and customs agencies of the three countries.",
]
ACTIVITIES = [
    "A1. Open four trade information desks, one on each side of the Ak-Jol–Korday and Dostuk–Dustlik crossings, "
    "staffed by traders trained by the project, by month 5.",
    "A2. Publish a one-page guide to the rules for small consignments in Kyrgyz, Kazakh, Uzbek and Russian, and a "
    "Telegram bot that answers the 40 most frequent questions.",
    "A3. Train 1,200 traders, at least 800 of them women, in documents, sanitary certificates and digital payments.",
    "A4. Convene a joint working group of the border and customs agencies of the three countries with traders' "
    "representatives twice a year.",
    "A5. Run an anonymous line for reports of informal payments; summaries without names go to the agencies every "
    "quarter.",
    "A6. Measure crossing times each quarter with a time release study following the method of the World Customs "
    "Organization.",
]
RESULTS = [
    "R1. The average time for a small trader to cross at the two pilot crossings falls to under 1 hour 45 minutes.",
    "R2. At least 70% of traders surveyed can state correctly the limit for goods carried without a declaration, "
    "against 22% in 2025.",
    "R3. The working group agrees a common checklist of documents for small consignments, adopted by at least two of "
    "the three countries.",
    "R4. Reports of informal payments fall by a third between the first and the last year of the project.",
]
RISKS = [
    ("Closure of a crossing.", "Crossings between Kyrgyzstan and its neighbours have been closed or slowed for long "
     "periods in the past. If a pilot crossing is closed for more than 60 days, its desks will move to the markets at "
     "Kara-Suu or Korday, and the money for its time release studies will be reallocated."),
    ("Reluctance of the agencies.", "Border agencies may see the reporting line as an accusation. The customs service "
     "of Kyrgyzstan has sent a letter of support; the Kazakh and Uzbek agencies have been approached, but neither has "
     "yet replied. The line will pass on summaries only, never names."),
    ("Exchange rates.", "Most costs are in soms, tenge and sums, while the grant is in euros; the staff and desk lines "
     "include a contingency of 4%."),
    ("Safety of desk staff.", "Desks will stand in the public areas of the crossings, and their staff will not take "
     "part in disputes between traders and officials."),
]
BUDGET_TEXT = (
    "The total cost of the action is EUR 1,486,000, of which EUR 1,262,000 is requested from the Facility. The "
    "applicant and its partners will contribute EUR 224,000 in cash and in kind, mainly rent-free premises offered by "
    "the administrations of the Kara-Suu and Korday markets."
)
BUDGET_HEAD = ("Budget heading", "EUR", "% of total")
BUDGET = [
    ("1. Staff (project manager, three country coordinators, desk staff)", "512,000", "34.5"),
    ("2. Trade information desks (fit-out, rent, equipment)", "214,000", "14.4"),
    ("3. Training and outreach", "268,000", "18.0"),
    ("4. Guide, Telegram bot and reporting line", "121,000", "8.1"),
    ("5. Working group and time release studies", "176,000", "11.8"),
    ("6. Monitoring, evaluation and audit", "98,000", "6.6"),
    ("7. Indirect costs (7% of direct costs)", "97,000", "6.5"),
    ("Total", "1,486,000", "100.0"),
]
LOGFRAME_TITLE = "Annex 1. Logical framework"
LOGFRAME_HEAD = ("Level", "Indicator", "Baseline (2025)", "Target (2028)", "Means of verification")
LOGFRAME = [
    ("Overall objective", "Average monthly net income from trade of surveyed traders", "KGS 23,800",
     "+20% in real terms", "Traders' survey, 2025 and 2028"),
    ("Specific objective 1", "Average crossing time at the pilot crossings", "3 h 40 min", "Under 1 h 45 min",
     "Quarterly time release studies"),
    ("Specific objective 2", "Share of traders who state the limit for goods without a declaration correctly", "22%",
     "70%", "Traders' survey"),
    ("Specific objective 3", "Meetings of the joint working group with all three countries", "0", "5",
     "Minutes of the meetings"),
]
CONTACT = ("Contact: Nurzat Toktosunova, Director, Kelechek Trade Initiatives · n.toktosunova@kelechek-trade.example · "
           "+996 555 214 380")

NAVY = RGBColor(0x1B, 0x3A, 0x5C)


def table(doc, rows: list[tuple[str, ...]], widths: list[float], *, head: bool) -> None:  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(text)
            run.font.size = Pt(9.5)
            run.bold = (head and r == 0) or (not head and c == 0) or text == "Total"
            if c > 0 and widths[c] < 2.5:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def heading(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    h = doc.add_heading(text, level=1)
    h.paragraph_format.space_before = Pt(14)
    for run in h.runs:
        run.font.size = Pt(13)
        run.font.color.rgb = NAVY


def main() -> None:
    doc, section = new_document("Calibri", 11, 2.2, 2.2)

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run(HEADER)
    run.italic, run.font.size, run.font.color.rgb = True, Pt(9), RGBColor(0xA0, 0x1C, 0x1C)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(FOOTER).font.size = Pt(8.5)
    page_field(footer, "1")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(KIND)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(15), NAVY
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(CALL)
    run.italic, run.font.size = True, Pt(9.5)
    doc.add_paragraph(TITLE, style="Title")
    table(doc, DATA, [4.0, 12.6], head=False)

    heading(doc, "1. Background and rationale")
    for text in BACKGROUND:
        p = doc.add_paragraph(text)
        p.paragraph_format.space_after = Pt(6)
    heading(doc, "2. Objectives")
    doc.add_paragraph(OBJECTIVES_LEAD)
    for text in OBJECTIVES:
        doc.add_paragraph(text, style="List Number")
    heading(doc, "3. Activities")
    for text in ACTIVITIES:
        p = doc.add_paragraph(text)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(3)
    heading(doc, "4. Expected results")
    for text in RESULTS:
        p = doc.add_paragraph(text)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(3)
    heading(doc, "5. Risks and mitigation")
    for name, text in RISKS:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        p.add_run(name).bold = True
        p.add_run(" " + text)
    heading(doc, "6. Budget summary")
    doc.add_paragraph(BUDGET_TEXT)
    table(doc, [BUDGET_HEAD, *BUDGET], [11.0, 2.8, 2.8], head=True)

    heading(doc, LOGFRAME_TITLE)
    table(doc, [LOGFRAME_HEAD, *LOGFRAME], [2.8, 5.0, 2.6, 2.6, 3.6], head=True)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    run = p.add_run(CONTACT)
    run.font.size, run.italic = Pt(9), True

    save_fixed(doc, OUT, title="Concept note – Open Counters (draft 2)", author="Nurzat Toktosunova",
               created=dt.datetime(2025, 11, 10, 10, 25), modified=dt.datetime(2025, 11, 28, 17, 42), revision=12)


if __name__ == "__main__":
    main()
