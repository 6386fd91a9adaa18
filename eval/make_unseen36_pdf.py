"""Write the PDF file of the thirty-sixth fresh dev set with fpdf2:

eval/unseen36/UZ_UNGA80_General-Debate_Statement_DFM_27.09.2025.pdf — a (fictional) statement by a (fictional) Deputy
Minister of Foreign Affairs of Uzbekistan at the general debate of the eightieth session of the United Nations General
Assembly, as the PDF his country's Permanent Mission circulates to delegations and posts on its site: three A4 pages
with the mission's letterhead on page 1 (its name in capitals over two lines, the address and the telephone and fax
numbers on one line, a rule), "Check against delivery" at the top right, the title block "Statement by H.E. …" over
four centred bold lines, the place and date in italics, the salutation ("Madam President," / "Excellencies," / "Ladies
and gentlemen,") one a line, the statement's paragraphs, the closing "Thank you, Madam President."; from page 2 a page
number "- n -" centred at the foot, and on every page a grey footer line with the mission's web address.

The texts are written for this set; the speaker, the mission's address, telephone and site, the figures and the
proposals are fictional (the Third United Nations Conference on Landlocked Developing Countries in Awaza in August
2025, the Awaza and Vienna Programmes of Action, the Office of the High Representative for the Least Developed
Countries, Landlocked Developing Countries and Small Island Developing States, the TIR system, Article V of the GATT,
the cargo centre in Termez and the Trans-Afghan railway project are real, but what is said of them here is invented).
The President of the eightieth session is a woman, so the statement says "Madam President" (not "Mr. President").
Lines are filled greedily, left-aligned, with no hyphenation, in DejaVu Serif and DejaVu Sans, each placed as one cell,
so that pypdf gives one line of text per line of the page; the footer is written last on each page. The file's
metadata title is the title block on one line.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen36_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen36"
DOC = HERE / "UZ_UNGA80_General-Debate_Statement_DFM_27.09.2025.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

LETTERHEAD = ["PERMANENT MISSION OF THE REPUBLIC OF UZBEKISTAN", "TO THE UNITED NATIONS"]
ADDRESS = "747 Third Avenue, 19th Floor, New York, NY 10017 · Tel.: +1 (212) 555-0174 · Fax: +1 (212) 555-0179"
CHECK = "Check against delivery"
TITLE_LINES = [
    "Statement by H.E. Mr. Akmal Yunusaliev,",
    "Deputy Minister of Foreign Affairs of the Republic of Uzbekistan,",
    "at the General Debate of the Eightieth Session",
    "of the United Nations General Assembly",
]
PLACE = "New York, 27 September 2025"
FOOT = "www.uzmission-un.org"

SALUTATION = ["Madam President,", "Excellencies,", "Ladies and gentlemen,"]
PARAS = [
    ("Allow me first to congratulate you on your election to preside over the eightieth session and to assure you of "
     "the full support of the delegation of Uzbekistan. Eighty years after the Charter was signed, this Hall is still "
     "the one place where the concerns of a small landlocked economy are heard on the same floor as those of the great "
     "trading powers. I wish to use my time today to speak about one such concern: the distance between our goods and "
     "the sea."),
    ("Uzbekistan is one of only two doubly landlocked countries in the world. A container leaving Tashkent for an "
     "ocean port must cross at least two borders, and on most routes four. Our Ministry of Transport estimates that "
     "freight costs equal, on average, 28 percent of the value of our exports, against about 9 percent for coastal "
     "economies at a similar level of income. Every extra day a truck waits at a border is a tax that no parliament has "
     "voted, and our farmers and manufacturers pay it all the same."),
    ("This is why my country took an active part in the Third United Nations Conference on Landlocked Developing "
     "Countries, held in Awaza in August. We welcome the Awaza Programme of Action and thank Turkmenistan for its "
     "hospitality. But a programme of action is measured by what is delivered, not by the day of its adoption. Over the "
     "ten years of the Vienna Programme of Action, average transit times on the corridors of our region fell by barely "
     "a fifth. How many of the commitments made in Awaza already have money behind them, no one has yet counted, and we "
     "believe that this count should be the first task of the follow-up."),
    ("Madam President, Uzbekistan has tried to do its own part. Since 2017 we have opened or reopened 11 crossing "
     "points on our borders with our neighbours. The average time a truck spends at an Uzbek border fell from 26 hours "
     "in 2019 to 9 hours this year. In 2024 our railways carried 84 million tonnes of freight, of which 19 million "
     "tonnes were in transit between third countries."),
    ("We have also moved our paperwork online. In April a truck travelled from Tashkent to Istanbul under the first "
     "fully electronic TIR transit declaration in our region, without a paper document at any of its four border "
     "crossings. Since then 312 such transports have followed. Our aim is that by the end of 2027 every transit "
     "declaration lodged in Uzbekistan will be electronic."),
    ("Connectivity does not stop at our southern border. Through the cargo centre in Termez, 3.4 million tonnes of "
     "goods crossed into Afghanistan in 2024, most of it food, fuel and building materials. The Trans-Afghan railway "
     "would give all of Central Asia its shortest route to the ports of the Arabian Sea, and we invite development "
     "partners to join the consortium that will finance it. How the cost will be shared among the partners has not "
     "yet been agreed, and we will not pretend otherwise."),
    ("Madam President, the landlocked are the first to pay for disruptions on routes they do not control. When "
     "shipping through the Red Sea became unsafe at the end of 2023, the cost of carrying a forty-foot container from "
     "Shanghai to Tashkent by sea and rail nearly doubled within two months. New tariffs and unilateral restrictions, "
     "adopted without our economies in mind, add to these costs. We do not ask for privileges. We ask that the freedom "
     "of transit set out in Article V of the General Agreement on Tariffs and Trade be respected by all, in times of "
     "tension as in times of calm."),
    "Allow me to set out three proposals.",
    ("First, Uzbekistan offers to host in Samarkand, in October 2026, a ministerial meeting of landlocked developing "
     "countries and their transit neighbours to review the first two years of the Awaza Programme of Action. The exact "
     "dates will be agreed with the Office of the High Representative for the Least Developed Countries, Landlocked "
     "Developing Countries and Small Island Developing States."),
    ("Second, we propose to set up a Central Asian Transit Facilitation Fund to pay for scanners, weighbridges, joint "
     "control facilities and digital systems at crossings that serve more than one country. Uzbekistan is ready to "
     "contribute 10 million dollars towards an initial capital of 50 million dollars. The fund's governance and the "
     "seat of its secretariat remain to be agreed with our neighbours, and no decision has been taken on either."),
    ("Third, we call on the United Nations to publish every year a single indicator of transit time and cost for each "
     "corridor used by landlocked developing countries, so that progress under the Awaza Programme can be measured in "
     "hours and dollars rather than in resolutions. We ask the Office of the High Representative and the regional "
     "commissions to produce the first such report by 2027."),
    ("Madam President, our region has changed. Ten years ago the borders of Central Asia were places of suspicion; "
     "today the five heads of state meet every year, and trade among our countries has more than doubled since 2016. "
     "Water, energy and roads, which once divided us, are now discussed at one table. This is the experience we bring "
     "to the General Assembly: neighbours who open their borders to each other do not lose sovereignty, they gain "
     "markets."),
    ("Our geography is not our destiny. With predictable transit, fair rules and partners who keep their word, a doubly "
     "landlocked country can become a land-linked one."),
    "Thank you, Madam President.",
]


class Statement(FPDF):
    def footer(self) -> None:
        if self.page_no() > 1:
            self.set_y(-22)
            self.set_font("Serif", "", 10)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")
        self.set_y(-14)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, FOOT, align="C")
        self.set_text_color(0, 0, 0)


def lines_of(pdf: FPDF, text: str, width: float) -> list[str]:
    """Greedy filling: as many words as fit the width, no hyphenation."""
    out, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def write(pdf: FPDF, text: str, family: str, style: str, size: float, lh: float, align: str = "L") -> None:
    pdf.set_font(family, style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for line in lines_of(pdf, text, width):
        if pdf.get_y() + lh > pdf.h - 28:
            pdf.add_page()
        pdf.cell(0, lh, line, align=align, new_x="LMARGIN", new_y="NEXT")


def main() -> None:
    pdf = Statement(format="A4")
    pdf.set_margins(23, 18, 23)
    pdf.set_auto_page_break(False)
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    pdf.set_title(" ".join(TITLE_LINES))
    pdf.set_author("Permanent Mission of the Republic of Uzbekistan to the United Nations")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 9, 27, 13, 5, tzinfo=dt.UTC))

    pdf.add_page()
    for line in LETTERHEAD:
        write(pdf, line, "Serif", "B", 11, 6, "C")
    pdf.ln(1)
    write(pdf, ADDRESS, "Sans", "", 7.5, 4.5, "C")
    pdf.ln(2)
    pdf.set_draw_color(90, 90, 90)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(6)
    write(pdf, CHECK, "Serif", "I", 10, 5.5, "R")
    pdf.ln(8)
    for line in TITLE_LINES:
        write(pdf, line, "Serif", "B", 12, 7, "C")
    pdf.ln(3)
    write(pdf, PLACE, "Serif", "I", 11, 6, "C")
    pdf.ln(9)
    for line in SALUTATION:
        write(pdf, line, "Serif", "", 11.5, 6.6)
    pdf.ln(3)
    for para in PARAS:
        write(pdf, para, "Serif", "", 11.5, 6.6)
        pdf.ln(3.5)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
