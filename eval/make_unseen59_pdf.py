"""Write the PDF file of the fifty-ninth fresh dev set with fpdf2:

eval/unseen59/IF12847.pdf — a two-page "In Focus" brief of the Legislative Research Office, a (fictional) research
service of a legislature, in the manner of the US Congressional Research Service's In Focus series, as a reader
downloads it from the service's site (named by its product number, as the site serves it). Two US Letter pages. On
page 1 a dark band with the service's name and "IN FOCUS" at its right, "Updated December 3, 2025" under it, the
title over two lines, then the text in two columns: an opening paragraph and sections under bold headings, with a
page 2 has a running head (a short title in small type) over a rule, the rest of the two columns, a boxed table at the head
of the right column ("Table 1", the data of a figure: obligations by country and year, its source and notes lines in
small italics under it), the author line at the end of the text ("…, Analyst in Foreign Affairs") and the product number
under it, then across the page the "Disclaimer" heading and its paragraph in small type. At the foot of page 1 the
service's web address and the page number, at the foot of page 2 "IF12847 · VERSION 3 · UPDATED" and the page number.
The columns are laid out line by line from the lines fpdf2 itself breaks (ragged right; a paragraph that does not fit
runs on at the next column's head, cut where its line falls), in reading order: column one, then column two. A figure
and its unit are tied with non-breaking spaces where a typesetter would keep them together. The metadata are the
service's publishing tool's: the title, the author, a fixed creation date.

The text is written for this set; the service, its analyst, its calculations and all figures are fictional (the five
Central Asian states, the U.S. Agency for International Development and its closure as an independent agency in 2025
with its remaining functions moved to the Department of State on July 1, 2025, its regional mission in Almaty, the
Department of State, the Export Control and Related Border Security program, the International Narcotics Control and
Law Enforcement account, the C5+1, the European Union's first summit with the five states in Samarkand in April 2025,
ForeignAssistance.gov and the Afghan border are real; what is said of them here, the awards, the posts and the
figures are invented).
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen59_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from pdf_columns import NBSP, fitting  # eval/pdf_columns.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen59"
DOC = HERE / "IF12847.pdf"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")

SERVICE = "Legislative Research Office"
KIND = "IN FOCUS"
UPDATED = "Updated December 3, 2025"
TITLE = "Central Asia: U.S. Foreign Assistance After the 2025 Reorganization"
NUMBER = "IF12847"
VERSION = f"{NUMBER} · VERSION 3 · UPDATED"
ADDRESS = "https://lro.legislature.example"
RUNNING_HEAD = "U.S. Foreign Assistance to Central Asia"
AUTHOR = "Daniel R. Whitcombe, Analyst in Foreign Affairs"

# (kind, text): "p" a paragraph, "h" a bold section heading
TEXT = [
    ("p", "The five states of Central Asia (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan) have "
          "received U.S. foreign assistance since they became independent in 1991. For three decades Congress has "
          "funded programs there for border security, economic reform, health and democracy, in part to give the "
          "region's governments partners other than Russia and China. The reorganization of U.S. foreign assistance "
          "in 2025, in which the U.S. Agency for International Development (USAID) ceased to operate as an "
          "independent agency and its remaining functions moved to the Department of State on July 1, 2025, has "
          "changed how much assistance reaches the region and who manages it. This In Focus describes assistance "
          "levels, the programs ended or kept, and issues that Congress may consider in its oversight and in FY2026 "
          "appropriations."),
    ("h", "Assistance Levels"),
    ("p", "U.S. agencies obligated $258.6 million in assistance to the five states in FY2024, according to LRO "
          "calculations from agency data (Table 1). Uzbekistan received the largest share, followed by Tajikistan, "
          "whose programs focus on the Afghan border. Turkmenistan received the least, much of it for health and "
          "for English-language teaching. In FY2025 obligations fell to an estimated $131.4 million, the lowest "
          "level since FY2001. Most of the decline came after January 2025, when a pause on new obligations took "
          "effect. Of the 73 awards active in the region at that time, 46 were terminated by the end of the fiscal "
          "year."),
    ("h", "What Was Ended and What Was Kept"),
    ("p", "Programs that the Administration judged not aligned with its priorities were ended first. In Kyrgyzstan "
          "these included support for independent media, for civil society groups and for the training of "
          "parliamentary staff, and a tuberculosis program that had run since 2014. In Uzbekistan a program "
          "advising the government on its accession to the World Trade Organization was terminated in March 2025, "
          "and part of its work was handed to a smaller State Department grant; an $18.5 million program for Uzbek "
          "fruit and vegetable exporters ended a year early. In Kazakhstan, where assistance had already been "
          "falling, the main casualty was a program on water use in agriculture shared with Kyrgyzstan."),
    ("p", "Security assistance was largely kept. The Export Control and Related Border Security (EXBS) program and "
          "counternarcotics assistance from the International Narcotics Control and Law Enforcement (INCLE) account "
          "continued in all five states. In Tajikistan, U.S.-funded construction of posts along the Afghan border "
          "went on; the Department of State reported that 11 of the 14 border posts planned since 2021 were "
          "complete by September 2025. Programs that the Department links to trade routes, such as support for "
          "customs reform on the routes across the Caspian Sea, were also kept, and some moved from USAID to the "
          "Department's regional bureau."),
    ("h", "Management After July 1, 2025"),
    ("p", "USAID's regional mission in Almaty and its country offices in Tashkent, Bishkek and Dushanbe closed or "
          "were folded into U.S. embassies. Staff numbers fell sharply: the mission and its offices had 162 American "
          "and local employees in January 2025, and the embassies had taken on 37 of these positions by October. "
          "Embassies now oversee the remaining awards, but the Department has not said how many staff in the "
          "region are assigned to monitor them. Some implementing partners told LRO that final payments for work "
          "completed before the terminations were still outstanding in November 2025; the Department did not "
          "provide a total."),
    ("h", "Other Donors"),
    ("p", "Officials in the region have said that other partners may fill some of the gaps. The European Union "
          "announced an investment package for Central Asia at its first summit with the five states, held in "
          "Samarkand in April 2025, though most of it consists of loans and private investment rather than grants. "
          "China does not publish data on its assistance to the region that can be compared with U.S. figures, "
          "and LRO has found no estimate of Russian assistance on a similar basis."),
    ("h", "Views in the Region"),
    ("p", "Governments in the region have reacted quietly. Uzbekistan's health ministry said in April 2025 that it "
          "would pay from its own budget for two of the health programs that had been ended, and Kyrgyzstan's "
          "parliament debated, but did not pass, a proposal to take over the laboratories of the tuberculosis "
          "program. Officials in Tajikistan told visiting congressional staff in October 2025 that the border "
          "posts matter more to them than any other U.S. program."),
    ("h", "Issues for Congress"),
    ("p", "Congress may consider whether the reduced programs still serve the purposes it set for assistance to the "
          "region, including support for the C5+1 diplomatic platform, which the Administration has continued. The "
          "FY2026 budget request proposes $94.7 million for the five states, a 28% cut from the FY2025 estimate, "
          "and would fund them from a single global account rather than from allocations by country. Report "
          "language accompanying one chamber's FY2026 appropriations bill would direct the Department to brief "
          "the appropriations committees within 90 days of enactment on its assistance to Central Asia."),
    ("p", "Members may also wish to consider whether to require the Department to report on terminated awards and "
          "unpaid claims; how border security programs in Tajikistan would be sustained if, as the request "
          "proposes, funding for construction ends in FY2026; and whether reduced assistance affects the region's "
          "interest in U.S. proposals on critical minerals and transport routes."),
]

TABLE_TITLE = "Table 1. U.S. Assistance Obligations to Central Asia, FY2023–FY2025"
TABLE_UNIT = "(millions of current U.S. dollars)"
TABLE_HEAD = ("Country", "FY2023", "FY2024", "FY2025 (est.)")
TABLE = [
    ("Kazakhstan", "38.2", "35.7", "17.9"),
    ("Kyrgyzstan", "64.5", "58.3", "24.6"),
    ("Tajikistan", "61.9", "63.1", "41.2"),
    ("Turkmenistan", "10.4", "9.2", "4.8"),
    ("Uzbekistan", "88.7", "92.3", "42.9"),
    ("Total", "263.7", "258.6", "131.4"),
]
TABLE_NOTES = [
    "Source: LRO calculations from ForeignAssistance.gov data, accessed November 18, 2025.",
    "Notes: Obligations by all U.S. agencies. FY2025 figures are estimates.",
]

DISCLAIMER_HEAD = "Disclaimer"
DISCLAIMER = (
    "This In Focus was written by the staff of the Legislative Research Office for Members and committees of the "
    "legislature. The Office takes no position on legislation and makes no recommendations; its products describe "
    "issues, options and their likely effects as the sources cited show them. Its products are public documents and "
    "may be reproduced in full without permission, but they may contain images or material from third parties whose "
    "permission may be needed for any other use. The Office updates its products when events require: readers "
    "should check the date and version of this one before relying on it."
)

INK = (20, 46, 84)
GREY = (90, 90, 90)
PAGE_W, PAGE_H = 215.9, 279.4
LEFT, RIGHT = 19.0, 19.0
GUTTER = 7.0
COLUMN = (PAGE_W - LEFT - RIGHT - GUTTER) / 2
SIZE, LEADING = 10, 4.55


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter keeps a figure with its unit or the word it counts."""
    text = re.sub(r"(?<=\d) (?=(?:million|billion|awards|border|posts|American|days|of the)\b)", NBSP, text)
    text = re.sub(r"\b(FY2024|FY2025|FY2026|since|in|by) (?=\d|FY)", lambda m: m.group(1) + NBSP, text)
    return text.replace("July 1, 2025", f"July{NBSP}1,{NBSP}2025")


class Brief(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(LEFT, 11)
        self.cell(PAGE_W - LEFT - RIGHT, 4, RUNNING_HEAD, align="L")
        self.set_draw_color(*INK)
        self.set_line_width(0.3)
        self.line(LEFT, 16.5, PAGE_W - RIGHT, 16.5)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        left = ADDRESS if self.page_no() == 1 else VERSION
        self.cell(PAGE_W - LEFT - RIGHT - 10, 4, left, align="L")
        self.cell(10, 4, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def draw_table(pdf: FPDF, x: float, y: float) -> float:
    """The boxed table at (x, y) across one column; returns the y under it."""
    top = y
    pdf.set_xy(x + 2, y + 2)
    pdf.set_font("Sans", "B", 8.6)
    pdf.set_text_color(*INK)
    pdf.cell(COLUMN - 4, 4.4, TABLE_TITLE.split(", FY")[0] + ",", align="L")
    pdf.set_xy(x + 2, y + 6.2)
    pdf.cell(COLUMN - 4, 4.2, "FY" + TABLE_TITLE.split(", FY", 1)[1] + " " + TABLE_UNIT, align="L")
    pdf.set_text_color(0, 0, 0)
    y += 11
    widths = (COLUMN - 4 - 2 * 16 - 22, 16, 16, 22)
    pdf.set_font("Sans", "B", 8.2)
    pdf.set_xy(x + 2, y)
    for text, width in zip(TABLE_HEAD, widths, strict=True):
        pdf.cell(width, 4.6, text, align="L" if text == "Country" else "R")
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.2)
    pdf.line(x + 2, y + 4.8, x + COLUMN - 2, y + 4.8)
    y += 5.2
    for row in TABLE:
        pdf.set_font("Sans", "B" if row[0] == "Total" else "", 8.2)
        pdf.set_xy(x + 2, y)
        for text, width in zip(row, widths, strict=True):
            pdf.cell(width, 4.6, text, align="L" if text == row[0] else "R")
        y += 4.6
    y += 1.5
    pdf.set_font("Sans", "I", 7)
    pdf.set_text_color(*GREY)
    for note in TABLE_NOTES:
        pdf.set_xy(x + 2, y)
        pdf.multi_cell(COLUMN - 4, 3.4, note, align="L", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 0.4
    pdf.set_text_color(0, 0, 0)
    y += 2
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.35)
    pdf.rect(x, top, COLUMN, y - top)
    return y


def main() -> None:
    pdf = Brief(format="Letter")
    pdf.set_margins(LEFT, 15, RIGHT)
    pdf.set_auto_page_break(False)
    for style, name in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                        ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
        pdf.add_font("Sans", style, str(LIBERATION / name))
    pdf.set_title(TITLE)
    pdf.set_author("Legislative Research Office")
    pdf.set_subject(NUMBER)
    pdf.set_creator("LRO Publisher")
    pdf.set_producer("LRO Publisher PDF 3.1")
    pdf.set_creation_date(dt.datetime(2025, 12, 3, 15, 6, tzinfo=dt.UTC))

    # page 1: the band, the date, the title
    pdf.add_page()
    pdf.set_fill_color(*INK)
    pdf.rect(0, 0, PAGE_W, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(LEFT, 7)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(120, 8, SERVICE, align="L")
    pdf.set_font("Sans", "B", 17)
    pdf.set_xy(PAGE_W - RIGHT - 60, 7)
    pdf.cell(60, 8, KIND, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(LEFT, 25)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(PAGE_W - LEFT - RIGHT, 5, UPDATED, align="R")
    pdf.set_xy(LEFT, 32)
    pdf.set_font("Sans", "B", 19)
    pdf.set_text_color(*INK)
    pdf.multi_cell(PAGE_W - LEFT - RIGHT, 8.6, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    first_top = pdf.get_y() + 5

    disclaimer_h = 30
    columns = [
        (LEFT, first_top, PAGE_H - 20),
        (LEFT + COLUMN + GUTTER, first_top, PAGE_H - 20),
        (LEFT, 22, PAGE_H - 20 - disclaimer_h - 4),
        (LEFT + COLUMN + GUTTER, 22, PAGE_H - 20 - disclaimer_h - 4),
    ]
    col = 0
    x, y, bottom = columns[0]

    def next_column() -> None:
        nonlocal col, x, y, bottom
        col += 1
        if col == 2:
            pdf.add_page()
        if col == 3:  # the boxed table heads the right column of page 2
            under = draw_table(pdf, columns[3][0], columns[3][1])
            columns[3] = (columns[3][0], under + 5, columns[3][2])
        x, y, bottom = columns[col]

    for kind, text in TEXT:
        if kind == "h":
            if y + 5.4 + 3 * LEADING > bottom:
                next_column()
            elif y > columns[col][1]:
                y += 2.2
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10.6)
            pdf.set_text_color(*INK)
            pdf.multi_cell(COLUMN, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            y = pdf.get_y() + 0.6
            continue
        pdf.set_font("Sans", "", SIZE)
        rest = tie(text)
        while rest:
            room = int((bottom - y + 0.01) // LEADING)
            if room <= 0:
                next_column()
                continue
            chunk, rest = fitting(pdf, COLUMN, LEADING, rest, room, "L")
            pdf.set_xy(x, y)
            pdf.multi_cell(COLUMN, LEADING, chunk, align="L", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            if rest:
                next_column()
        y += 1.6

    # the author line and the product number at the end of the text
    if y + 14 > bottom:
        next_column()
    y += 2
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 9.2)
    pdf.multi_cell(COLUMN, 4.6, AUTHOR, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(x, pdf.get_y() + 3)
    pdf.set_font("Sans", "", 8.2)
    pdf.cell(COLUMN, 4, NUMBER, align="L")
    assert pdf.page_no() == 2, pdf.page_no()
    if col < 3:  # the text ended in the left column: the table stands alone at the head of the right one
        draw_table(pdf, columns[3][0], columns[3][1])

    # the disclaimer across page 2
    top = PAGE_H - 20 - disclaimer_h
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.3)
    pdf.line(LEFT, top, PAGE_W - RIGHT, top)
    pdf.set_xy(LEFT, top + 2)
    pdf.set_font("Sans", "B", 8)
    pdf.cell(PAGE_W - LEFT - RIGHT, 4.2, DISCLAIMER_HEAD, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 7.2)
    pdf.multi_cell(PAGE_W - LEFT - RIGHT, 3.5, DISCLAIMER, align="L", new_x="LMARGIN", new_y="NEXT")
    assert pdf.get_y() < PAGE_H - 18, pdf.get_y()
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
