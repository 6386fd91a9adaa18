"""Write the two PDF files of the seventy-third fresh dev set with fpdf2:

eval/unseen73/OSPP-C25-014_Houbara_Uzbekistan_UAE_case.pdf — a teaching case of a (fictional) school of public policy,
"Bustards for Friendship: Uzbekistan Weighs Renewing Its Houbara Agreement with Abu Dhabi", as the school's case
programme sells it to teachers (named by its case office: the case number, the subject, the parties, "case"). A4
pages set in DejaVu Serif (eval/pdf_fonts.py): on page 1 the school's name and "Case Program" over a rule with the case
number at the right, the title, the line on who wrote it for which course, the note that the case is for class
discussion only, and the copyright and ordering note at the foot; the case's sections ("The houbara and the
falconers", "The 2016 agreement", "The diplomatic ledger", "The critics", "Three memoranda") in justified
paragraphs with endnote numbers; "Exhibit 1" (the agreement's main terms as bullets) with its source line; "Endnotes"; a
running head on every page after the first (the short title at the left, the case number at the right) and the page
number centred at the foot. The metadata: the title, the case writer as author, Word as creator, a fixed date.

eval/unseen73/DanMUN26_CAJD_Background_Guide_FINAL.pdf — the background guide of a committee of a (fictional) Model
United Nations conference in Vienna, the Central Asia + Japan Dialogue, on earthquake-resilient cities, as its chairs
export it from Word and the secretariat posts it (named by the chairs: the conference and year, the committee's
initials, "Background_Guide", "FINAL"). A4 pages in DejaVu Sans: the cover (the conference's name on a navy band, its
edition, "Background Guide", the committee, the topic, the dates and place, the chairs); "Table of Contents" with
right-aligned page numbers; "Letter from the Chairs" with its sign-off; "Introduction to the Committee", "Topic
Background", "Japan's Cooperation with the Region", "Current Situation" and "Questions a Resolution Must Answer"
(numbered); "Position Paper Guidelines" and "Bibliography"; a running head from page 2 (the conference at the left, the
committee at the right, over a rule) and "Background Guide · Page N" at the foot. The metadata: the chairs' title
for the file, the chair as author, Word as creator, a fixed date.

The texts are written for this set. Uzbekistan, its Ministry of Ecology, Environmental Protection and Climate Change,
its Ministry of Foreign Affairs, the Institute of Zoology in Tashkent, the Kyzylkum, Bukhara region, Gazli,
Karakalpakstan, the United Arab Emirates, Abu Dhabi, Kazakhstan, the Asian houbara, the International Union for
Conservation of Nature, Iran, Pakistan and the Arabian Peninsula are real; the school, the case, its writer, the
Foundation, the agreement, the officials, the memoranda and all figures are fictional. Japan, the Central Asia plus
Japan Dialogue, JICA, the five Central Asian states and their capitals, the earthquakes of 1887, 1911, 1948 and 1966,
the Sendai Framework and Vienna are real; the conference, its committee, its chairs, its guide and all figures are
fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen73_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from pdf_fonts import DEJAVU, add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen73"
CASE = HERE / "OSPP-C25-014_Houbara_Uzbekistan_UAE_case.pdf"
GUIDE = HERE / "DanMUN26_CAJD_Background_Guide_FINAL.pdf"
SAND = (150, 92, 38)
NAVY = (22, 44, 92)


# --------------------------------------------------------------------------- the teaching case

SCHOOL = "OXMOOR SCHOOL OF PUBLIC POLICY"
PROGRAM = "Case Program"
NUMBER = "OSPP-C25-014.0"
TITLE = "Bustards for Friendship: Uzbekistan Weighs Renewing Its Houbara Agreement with Abu Dhabi"
SHORT = "Bustards for Friendship"
WRITTEN = ("This case was written by Helen Marchetti, Senior Case Writer, for Professor Idris Qadir's course "
           "\"Environment and Statecraft\" (September 2025).")
DISCLAIMER = ("The case is intended for class discussion only. It does not judge whether a decision was well or "
              "badly made, and some names and figures have been disguised at the request of those interviewed.")
COPYRIGHT = [
    "Copyright © 2025 Oxmoor School of Public Policy. No part of this case may be copied, stored or shared",
    "without the written permission of the Case Program. To order copies: caseprogram@ospp.ac.uk.",
]
# (heading or None, paragraphs); an endnote number is written after the text that it marks: "text^1"
SECTIONS: list[tuple[str | None, list[str]]] = [
    (None, [
        ("On a grey morning in January 2026 Nodira Saidova, deputy minister of ecology of Uzbekistan, read the last "
         "of three memoranda on her desk. In six weeks the agreement under which the Al Reem Houbara Foundation of Abu "
         "Dhabi bred and released Asian houbara bustards in the Kyzylkum desert, and under which Emirati falconers "
         "hunted them each winter, would reach the end of its ten-year term. The Foundation wanted to renew it for "
         "another ten years. Saidova had to recommend by 1 March 2026 whether the government should renew it as it "
         "stood, renew it on new terms, or let it lapse."),
        ("The decision was not only about birds. Since 2017 Uzbekistan had courted investment from the Gulf, and the "
         "Foundation's patrons in Abu Dhabi had been among the first to answer. Officials of the foreign ministry, she "
         "knew, would read any new condition as a message to the Emirates."),
    ]),
    ("The houbara and the falconers", [
        ("The Asian houbara is a bustard about the size of a chicken that breeds in the deserts of Central Asia and "
         "winters in Iran, Pakistan and the Arabian Peninsula. It is the falconer's prize quarry in the Gulf, where "
         "hunting it with falcons is a mark of standing and a tradition that ruling families take with them abroad. "
         "The International Union for Conservation of Nature lists the species as vulnerable. A survey of the "
         "Kyzylkum in 2013 suggested that the number of breeding birds in Uzbekistan had fallen by about half in "
         "twenty years, mostly because of poaching and the loss of desert to roads and irrigated fields.^1"),
    ]),
    ("The 2016 agreement", [
        ("The agreement, signed in Tashkent in February 2016, gave the Foundation 12,000 hectares of desert near "
         "Gazli in Bukhara region for a breeding centre and a release area for ten years. In return the Foundation "
         "undertook to spend at least 40 million dollars on the centre, to release birds bred in captivity every "
         "spring and to pay for rangers. Emirati hunting parties received permits for the season from November to "
         "February, with a quota set each year by the Uzbek side; the first season's quota was 300 birds."),
        ("The centre opened in 2017. By the end of 2024 it had released 61,500 houbara into the wild, and its staff "
         "of 148 included 96 Uzbek citizens, most of them from villages around Gazli. The Foundation also paid for "
         "35 rangers of the state wildlife inspection with their vehicles and fuel, and it said that it had spent "
         "57 million dollars in Uzbekistan by 2025."),
    ]),
    ("The diplomatic ledger", [
        ("For Tashkent the agreement opened doors. The hunting camps drew members of ruling families who rarely "
         "visited Central Asia, and Uzbek officials date their first working contacts with several Emirati "
         "investment funds to conversations held in the camps. An official of the foreign ministry told the case "
         "writer that \"the falconers came before the bankers\".^2 Trade between Uzbekistan and the United Arab "
         "Emirates grew from 420 million dollars in 2016 to 1.9 billion dollars in 2024, although nobody claimed "
         "that bustards explained the difference."),
        ("In the winter of 2024–2025 the Emirati parties had a quota of 650 birds, set by the ministry on the "
         "Foundation's advice, and reported taking 612 of them. Local hunters, by contrast, have been forbidden to "
         "hunt the houbara anywhere in Uzbekistan since 2016."),
    ]),
    ("The critics", [
        ("Ornithologists at the Institute of Zoology in Tashkent raised three objections. First, nobody outside the "
         "Foundation had counted the wild birds since 2019, so the Foundation's estimate of about 7,800 breeding "
         "pairs in the Kyzylkum could not be checked. Second, birds bred in captivity might be released mainly to be "
         "hunted, so that the releases fed the quota rather than the wild population. Third, the quota was set on "
         "the advice of the party that hunted.^3"),
        ("Villagers near Gazli had another complaint. The release area is closed to grazing from March to June, and "
         "herders said they had lost spring pasture for about 14,000 sheep and goats. The Foundation paid them "
         "compensation in 2022 and 2023 but not in 2024, saying that the amounts were under review."),
    ]),
    ("Three memoranda", [
        ("The Foundation's draft renewed the agreement for ten years on the old terms and offered to spend another "
         "25 million dollars on a second breeding centre in Karakalpakstan. The Institute of Zoology asked for an "
         "independent count every two years, a quota of no more than 400 birds a season and the publication of all "
         "release data. The foreign ministry warned that conditions presented as an ultimatum could cost Uzbekistan "
         "goodwill while an Emirati fund was weighing a large stake in the country's power grid, and it proposed a "
         "renewal for five years with a joint review in the third."),
        ("Saidova noted that Kazakhstan had signed a similar agreement with another Gulf foundation in 2019 and had "
         "added a clause on independent counts in 2023 without losing its partner.^4 Whatever she recommended, the "
         "Foundation's patrons and her colleagues at the foreign ministry would read it as a statement about how "
         "Uzbekistan treats its friends."),
    ]),
]
EXHIBIT_HEAD = "Exhibit 1   Main terms of the 2016 agreement"
EXHIBIT = [
    "Term: ten years from 1 March 2016, renewable by agreement of both parties.",
    "Land: 12,000 hectares near Gazli, Bukhara region, for breeding, release and research.",
    "Hunting season: 1 November to 28 February; no hunting within 20 kilometres of the release area.",
    "Quota: set every year by the ministry after consulting the Foundation.",
    "Reporting: the Foundation reports its releases to the ministry; the reports are not published.",
]
EXHIBIT_SOURCE = "Source: Ministry of Ecology of Uzbekistan; case writer's summary."
ENDNOTES_HEAD = "Endnotes"
ENDNOTES = [
    "1 Survey of the Kyzylkum by the Institute of Zoology, 2013, unpublished; cited with permission.",
    "2 Interview with an official of the Ministry of Foreign Affairs, Tashkent, 14 October 2025.",
    "3 Letter of the Institute of Zoology to the Ministry of Ecology, 2 December 2025.",
    "4 Interview with an official of Kazakhstan's Committee for Forestry and Wildlife, Astana, 20 October 2025.",
]


class Case(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8.5)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(self.epw / 2, 5, SHORT)
        self.cell(self.epw / 2, 5, NUMBER, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Serif", "", 9)
        self.cell(self.epw, 5, str(self.page_no()), align="C")


def paragraph(pdf: FPDF, text: str) -> None:
    """A justified paragraph; "^N" after a word or punctuation is written as the endnote's superscript number."""
    parts = text.split("^")
    body = parts[0]
    if len(parts) == 1:
        pdf.multi_cell(pdf.epw, 5.6, body, align="J", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.write(5.6, body)
        for part in parts[1:]:
            number, rest = part[0], part[1:]
            pdf.char_vpos = "SUP"
            pdf.write(5.6, number)
            pdf.char_vpos = "LINE"
            pdf.write(5.6, rest)
        pdf.ln(5.6)
    pdf.ln(2.5)


def write_case() -> None:
    pdf = Case(format="A4")
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, margin=22)
    add_serif(pdf)
    pdf.set_title(TITLE)
    pdf.set_author("Helen Marchetti")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 12, 18, 16, 2, tzinfo=dt.UTC))

    pdf.add_page()
    pdf.set_font("Serif", "B", 10)
    pdf.set_text_color(*SAND)
    y = pdf.get_y()
    pdf.cell(pdf.epw / 2, 5, SCHOOL)
    pdf.set_font("Serif", "", 10)
    pdf.set_xy(pdf.l_margin + pdf.epw / 2, y)
    pdf.cell(pdf.epw / 2, 5, NUMBER, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 9.5)
    pdf.cell(pdf.epw, 5, PROGRAM, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*SAND)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.set_font("Serif", "B", 17)
    pdf.multi_cell(pdf.epw, 8, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "I", 9)
    pdf.multi_cell(pdf.epw, 4.6, WRITTEN, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(pdf.epw, 4.6, DISCLAIMER, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    # the copyright note at the foot of page 1, written before the text flows on
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, pdf.h - 36)
    pdf.set_font("Serif", "", 7.5)
    for line in COPYRIGHT:
        pdf.cell(pdf.epw, 3.8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, y)
    pdf.set_auto_page_break(True, margin=40)  # page 1 keeps the note's room free

    for head, paragraphs in SECTIONS:
        if head:
            pdf.ln(1)
            pdf.set_font("Serif", "B", 11.5)
            pdf.set_text_color(*SAND)
            pdf.cell(pdf.epw, 7, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "", 10.5)
        for text in paragraphs:
            paragraph(pdf, text)
            if pdf.page_no() > 1:
                pdf.set_auto_page_break(True, margin=22)

    pdf.add_page()
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(pdf.epw, 7, EXHIBIT_HEAD, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", 10)
    for text in EXHIBIT:
        y = pdf.get_y()
        pdf.cell(6, 5.4, "•")
        pdf.set_xy(pdf.l_margin + 6, y)
        pdf.multi_cell(pdf.epw - 6, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(pdf.epw, 6, EXHIBIT_SOURCE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(pdf.epw, 7, ENDNOTES_HEAD, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 8.5)
    for text in ENDNOTES:
        pdf.multi_cell(pdf.epw, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(CASE))


# --------------------------------------------------------------------------- the MUN background guide

CONFERENCE = "DANUBE MODEL UNITED NATIONS"
EDITION = "DanMUN 2026 · Twelfth Session"
KIND = "Background Guide"
COMMITTEE = "Central Asia + Japan Dialogue"
TOPIC = "Earthquake-Resilient Cities in Central Asia"
WHEN = "Vienna · 20–22 March 2026"
CHAIRS_COVER = "Chairs: Amira Kassenova and Tobias Weidinger"
RUNNING_LEFT = "DanMUN 2026"
RUNNING_RIGHT = "Central Asia + Japan Dialogue"
FOOTER = "Background Guide · Page "
CONTENTS = [
    ("Letter from the Chairs", "3"),
    ("Introduction to the Committee", "3"),
    ("Topic Background", "3"),
    ("Japan's Cooperation with the Region", "3"),
    ("Current Situation", "4"),
    ("Questions a Resolution Must Answer", "4"),
    ("Position Paper Guidelines", "5"),
    ("Bibliography", "5"),
]
LETTER_HEAD = "Letter from the Chairs"
LETTER = [
    "Dear Delegates,",
    ("Welcome to the Central Asia + Japan Dialogue at the twelfth session of DanMUN. Our committee is small and "
     "its subject is not abstract: every capital at our table has been shaken by an earthquake within living memory "
     "or the memory of its grandparents. We ask you to debate as ministers who must go home and explain to their "
     "cities what was agreed."),
    ("This guide gives you the background you need to begin. It does not replace your own research into the "
     "position of the state you represent, and we expect your position papers to go well beyond it."),
]
SIGNOFF = ["Warm regards,", "Amira Kassenova and Tobias Weidinger", "Chairs, Central Asia + Japan Dialogue"]
BODY: list[tuple[str, list[str]]] = [
    ("Introduction to the Committee", [
        ("The Central Asia plus Japan Dialogue was launched in 2004 as a meeting of the foreign ministers of Japan and "
         "the five Central Asian states. At DanMUN it meets as a ministerial meeting of six member delegations, with "
         "the World Bank, the United Nations Office for Disaster Risk Reduction and JICA as observers without a vote. "
         "Resolutions need the support of all six members, as the Dialogue works by consensus."),
    ]),
    ("Topic Background", [
        ("Central Asia lies across one of the most active seismic belts of the continent. The town of Verny, today's "
         "Almaty, was destroyed in 1887 and damaged again in 1911; Ashgabat was flattened in October 1948; Tashkent "
         "lost much of its old centre in the earthquake of 26 April 1966. Bishkek and Dushanbe stand on faults that "
         "geologists consider capable of a similar shock."),
        ("Most city dwellers in the region live in buildings put up before 1991. A survey commissioned by the Almaty "
         "city authorities in 2024 found that 1,340 of the city's 4,200 residential blocks built before 1991 did not "
         "meet the current seismic code. About 2.3 million people in Almaty, Bishkek and Dushanbe live in Soviet "
         "panel or brick blocks of five to nine storeys, and in Bishkek the share of homes built without any permit "
         "has grown with the city's new suburbs."),
        ("Schools and hospitals are the second concern. In Kyrgyzstan 412 of about 2,100 state schools had been "
         "strengthened by the end of 2024, while Tajikistan has published no national figure. Kazakhstan's "
         "compulsory insurance of homes against disasters covers fewer than one home in five, and no Central Asian "
         "state has a fund that could pay for rebuilding a large city."),
    ]),
    ("Japan's Cooperation with the Region", [
        ("Japan, whose own building codes were rewritten after the Kobe earthquake of 1995, has shared its experience "
         "with the region since the late 1990s. By this guide's count JICA has trained about 1,150 Central Asian "
         "engineers, planners and rescuers in Japan since 2000, most of them in courses of two to three months."),
        ("Two projects matter most for this committee. In 2023 Japan and Kazakhstan began to install 60 strong-motion "
         "seismometers across Almaty, linked to a warning system that is meant to stop lifts and gas supply seconds "
         "before a shock arrives; the network is due to be complete in 2027. In Uzbekistan a yen loan of 28 billion "
         "yen, agreed in 2024, pays for strengthening 180 schools in Tashkent and the Fergana Valley. Both follow the "
         "priorities of the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted at a United Nations "
         "conference in Japan."),
    ]),
    ("Current Situation", [
        ("Cooperation among the five states themselves remains thin. They exchange seismic data on request rather "
         "than in real time, and a regional fund for rebuilding after disasters, proposed in 2022, still has neither "
         "rules nor money. Turkmenistan does not publish data on the state of its buildings. Delegates should also "
         "remember that Japan's money comes mostly as loans, and that finance ministries in Bishkek and Dushanbe are "
         "wary of adding to their debt."),
    ]),
    ("Questions a Resolution Must Answer", [
        "1. How should the six states share seismic data, and should the sharing be in real time?",
        "2. Who pays for strengthening schools, hospitals and homes, and on what terms?",
        "3. Should the region create a common insurance pool against disasters, and who would manage it?",
        "4. How can Japanese training reach city engineers and builders, and not only national ministries?",
        "5. What should the proposed regional fund for rebuilding after disasters pay for, and who should contribute?",
    ]),
]
PAPERS_HEAD = "Position Paper Guidelines"
PAPERS = [
    ("Position papers are due by 6 March 2026 at 23:59 CET. Send them as a PDF to cajd@danmun.at with the "
     "subject line \"Position Paper – [Country]\"."),
    ("A paper is one page in Times New Roman 12 with single spacing, with the delegation's name at the top. Papers "
     "that arrive late cannot be considered for awards."),
]
BIB_HEAD = "Bibliography"
BIBLIOGRAPHY = [
    "Kassenova, A. (2025). Cities on faults: a reading list for delegates. DanMUN Research Desk.",
    "United Nations (2015). Sendai Framework for Disaster Risk Reduction 2015–2030. Geneva.",
    "Weidinger, T. (2024). Japanese aid and the politics of loans in Central Asia. Vienna Student Papers, 9(2), 41–58.",
]


class Guide(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "", 8.5)
        self.set_text_color(*NAVY)
        self.cell(self.epw / 2, 5, RUNNING_LEFT)
        self.cell(self.epw / 2, 5, RUNNING_RIGHT, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*NAVY)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(8)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("Sans", "", 8.5)
        self.cell(self.epw, 5, f"{FOOTER}{self.page_no()}", align="C")


def heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*NAVY)
    pdf.cell(pdf.epw, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 10)


def write_guide() -> None:
    pdf = Guide(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("Sans", style, str(DEJAVU / name))
    pdf.set_title("DanMUN26 CAJD Background Guide FINAL")
    pdf.set_author("Amira Kassenova")
    pdf.set_creator("Microsoft® Word 2021")
    pdf.set_producer("Microsoft® Word 2021")
    pdf.set_creation_date(dt.datetime(2026, 1, 24, 21, 40, tzinfo=dt.UTC))

    # the cover
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 40, pdf.w, 60, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(pdf.l_margin, 55)
    pdf.set_font("Sans", "B", 24)
    pdf.cell(pdf.epw, 12, CONFERENCE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 12)
    pdf.cell(pdf.epw, 8, EDITION, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*NAVY)
    pdf.set_xy(pdf.l_margin, 125)
    pdf.set_font("Sans", "B", 26)
    pdf.cell(pdf.epw, 14, KIND, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 15)
    pdf.cell(pdf.epw, 9, COMMITTEE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "I", 13)
    pdf.cell(pdf.epw, 9, TOPIC, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, 245)
    pdf.set_font("Sans", "", 11)
    pdf.cell(pdf.epw, 7, WHEN, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(pdf.epw, 6, CHAIRS_COVER, align="C", new_x="LMARGIN", new_y="NEXT")

    # the contents
    pdf.add_page()
    heading(pdf, "Table of Contents")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10.5)
    for entry, page in CONTENTS:
        y = pdf.get_y()
        pdf.cell(pdf.epw - 20, 8, entry)
        pdf.set_xy(pdf.w - pdf.r_margin - 20, y)
        pdf.cell(20, 8, page, align="R", new_x="LMARGIN", new_y="NEXT")

    # the letter and the guide
    pdf.add_page()
    heading(pdf, LETTER_HEAD)
    for text in LETTER:
        pdf.multi_cell(pdf.epw, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for text in SIGNOFF:
        pdf.set_font("Sans", "I" if text == SIGNOFF[-1] else "", 10)
        pdf.cell(pdf.epw, 5.4, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.ln(4)
    for head, paragraphs in BODY:
        heading(pdf, head)
        for text in paragraphs:
            pdf.multi_cell(pdf.epw, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.add_page()
    heading(pdf, PAPERS_HEAD)
    for text in PAPERS:
        pdf.multi_cell(pdf.epw, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    heading(pdf, BIB_HEAD)
    pdf.set_font("Sans", "", 9)
    for text in BIBLIOGRAPHY:
        pdf.multi_cell(pdf.epw, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(GUIDE))


def main() -> None:
    write_case()
    write_guide()


if __name__ == "__main__":
    main()
