"""Write the two PDF files of the sixty-third fresh dev set with fpdf2:

eval/unseen63/S_PV.10053-EN.pdf — the provisional verbatim record of a (fictional) meeting of the United Nations
Security Council, as the UN's document system serves it (named by its symbol, "/" as "_", and the language). Three A4
pages set in Liberation Serif (a Times face). Page 1 the cover: "United Nations" at the left and the symbol "S/PV.10053"
at the right over a rule; "Security Council" and "Eightieth year" at the left, "Provisional" at the right; the meeting's
number, day, hour and place; "President:" with the President's name, a leader of dots and his country in brackets;
"Members:" over the fourteen other members, each state with a leader of dots and its representative; "Agenda" over the
item, its sub-item and the letter that transmitted the concept note; at the foot, in a box, the note on what the record
contains and how to correct it; under it the document number "25-31427 (E)" at the left and the bar code's line
"*2531427*" at the right. Pages 2 and 3 carry a running head (the symbol, the item and the date, their order turned
on odd pages) over a rule and a foot (the page of the record, "2/3", and the document number, also turned), and the
text in two justified columns, in reading order (column one, then column two; a paragraph that does not fit runs on
at the next column's head, cut where its line falls): the opening time, "Adoption of the agenda", "The agenda was
adopted.", the item again in bold, the President's turns (the invitations under rules 37 and 39, the letter, the floor
given), the briefing and four statements, each opened by its speaker's name in bold (the country in brackets and
"(spoke in Russian)" in italics where the record says so), and "The meeting rose at 12.40 p.m.". The metadata are the
document system's: the symbol as the title, a fixed date.

eval/unseen63/9781917350064.00013.pdf — chapter 7 of an edited book as a (fictional) publisher's platform serves it
to a subscribing library (named by the book's ISBN and the chapter's item number, as the platform names its files):
five pages of 156 x 234 mm, numbered 141 to 145, set in DejaVu Serif. On every page the platform's stamp at the foot
("Downloaded from … by … on 2025-11-21 09:14:07 UTC" and the licence line, small and grey); from page 142 the running
head, the book's title on even pages and the chapter's on odd ones, with the page number at the outer edge, over a
rule; the first page's number at its foot. Page 141: "CHAPTER 7", the title, the author and her affiliation, the DOI,
"In: …, edited by …, pp. 141–145", "© The Author(s) 2026", then "Abstract" and its paragraph, "Keywords:" and the text.
The text: "Introduction", three numbered sections and "Conclusion", justified, in paragraphs with a first-line indent;
note numbers raised after a word or a stop, and the notes themselves at the foot of the page that cites them, under a
short rule, in small type (one of them long); "Table 7.1" with its caption, a head row, three rows and its "Source:"
line; at the end "References" with twelve entries, each with a hanging indent. The metadata are the platform's: the
chapter's title, its author, the press as creator, a fixed date.

The texts are written for this set. The United Nations, its Security Council and its members in 2025, the Council's
provisional rules of procedure, the United Nations Regional Centre for Preventive Diplomacy for Central Asia in Ashgabat
and its opening in December 2007, the five Central Asian states, the Kyrgyz–Tajik border treaty of March 2025 and the
agreement on the junction of the Kyrgyz, Tajik and Uzbek borders signed in Khujand that month, the Syr Darya and Amu
Darya, Osh, Astana, Dushanbe, Kazakhstan's term on the Council in 2017–2018, the CIS, the CSTO and the SCO are real; the
meeting, its date and symbol, its President and speakers, the Special Representative, the letter, the Academy's and the
Centre's figures, the pledges and all other figures are fictional. The Sino-Soviet boundary dispute, the clash at
Zhalanashkol in August 1969, the joint delegation of Russia, Kazakhstan, Kyrgyzstan and Tajikistan, the agreements of
Shanghai (26 April 1996) and Moscow (24 April 1997) and their 100-kilometre zone, the Shanghai Cooperation Organization,
Kazakhstan's boundary agreement signed in Almaty on 26 April 1994 and its supplementary agreements of 1997 and 1998,
Kyrgyzstan's of 1996 and 1999 (Uzengi-Kuush), the Aksy events of 2002, Tajikistan's agreements of 1999 and 2002 and
their ratification in 2011, and the land protests in Kazakhstan in 2016 are real; the press, the platform, the library,
the book, its editors, the chapter's author, her interviews, counts and quotes, the table's figures, the notes' sources
and all twelve references are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen63_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from pdf_columns import NBSP, fitting  # eval/pdf_columns.py, beside this script
from pdf_fonts import add_serif  # eval/pdf_fonts.py: DejaVu Serif as "Serif"

HERE = Path(__file__).resolve().parent / "unseen63"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")

# --------------------------------------------------------------------------- the Security Council record

RECORD = HERE / "S_PV.10053-EN.pdf"
SYMBOL = "S/PV.10053"
DOC_NUMBER = "25-31427"
DATE_SHORT = "18/11/2025"
ITEM = "Maintenance of international peace and security"
SUB_ITEM = "Preventive diplomacy and regional cooperation in Central Asia"
LETTER = ("Letter dated 4 November 2025 from the Permanent Representative of Sierra Leone to the United Nations "
          "addressed to the Secretary-General (S/2025/712)")
PRESIDENT = ("Mr. Bangura-Jalloh", "(Sierra Leone)")
MEMBERS = [
    ("Algeria", "Mr. Benhamouda"),
    ("China", "Mr. Xu Lianping"),
    ("Denmark", "Ms. Lindgaard"),
    ("France", "Mr. Dassonville"),
    ("Greece", "Mr. Pelekanos"),
    ("Guyana", "Ms. Persaud-Hinds"),
    ("Pakistan", "Mr. Mirani"),
    ("Panama", "Mr. Almengor"),
    ("Republic of Korea", "Mr. Park Seung-hoon"),
    ("Russian Federation", "Mr. Zherebtsov"),
    ("Slovenia", "Ms. Rupnik"),
    ("Somalia", "Mr. Warsame"),
    ("United Kingdom of Great Britain and Northern Ireland", "Mr. Hollis"),
    ("United States of America", "Ms. Brennan-Cole"),
]
FOOTNOTE = (
    "This record contains the text of speeches delivered in English and of the translation of speeches delivered in "
    "other languages. The final text will be printed in the Official Records of the Security Council. Corrections "
    "should be submitted to the original languages only. They should be marked on a copy of the record, signed by a "
    "member of the delegation concerned and sent within one week of the date of the meeting to the Chief of the "
    "Verbatim Reporting Service (verbatimrecords@un.example). Corrected records will be reissued electronically."
)

# (kind, text): "p" a paragraph (a speaker's label in **bold**, "(spoke in …)" in __italics__), "h" a bold heading,
# "c" a centred line, "l" the agenda's letter under the item
RECORD_TEXT = [
    ("c", "The meeting was called to order at 10.05 a.m."),
    ("h", "Adoption of the agenda"),
    ("p", "The agenda was adopted."),
    ("h", ITEM),
    ("h", SUB_ITEM),
    ("l", LETTER),
    ("p", "**The President**: In accordance with rule 37 of the Council's provisional rules of procedure, I invite "
          "the representatives of Kazakhstan and Tajikistan to participate in this meeting."),
    ("p", "In accordance with rule 39 of the Council's provisional rules of procedure, I invite Ms. Liisa Vainikka, "
          "Special Representative of the Secretary-General and Head of the United Nations Regional Centre for "
          "Preventive Diplomacy for Central Asia, to participate in this meeting."),
    ("p", "The Security Council will now begin its consideration of the item on its agenda."),
    ("p", "I wish to draw the attention of Council members to document S/2025/712, which contains the text of a "
          "letter dated 4 November 2025 from the Permanent Representative of Sierra Leone to the United Nations "
          "addressed to the Secretary-General, transmitting a concept note on the item under consideration."),
    ("p", "I now give the floor to Ms. Vainikka."),
    ("p", "**Ms. Vainikka**: I thank you, Mr. President, for convening this briefing. It is the first open meeting "
          "of the Council on preventive diplomacy in Central Asia since the Regional Centre opened in Ashgabat in "
          "December 2007, and it comes at the right time: the five States have done more in the past three years to "
          "settle their differences than in the two decades before."),
    ("p", "With the treaty on the State border signed by Kyrgyzstan and Tajikistan in March 2025, and the agreement "
          "on the junction point of the borders of Kyrgyzstan, Tajikistan and Uzbekistan signed in Khujand at the "
          "end of that month, every disputed section of the borders between the five States has now been agreed on "
          "paper. What remains is to make those agreements work for the people who live along the new lines. In "
          "2025 the Centre held 38 consultations with the five Governments, 11 of them trilateral, most on "
          "demarcation and on the rules for pastures, irrigation channels and roads that cross the border."),
    ("p", "Water remains the issue most likely to test that progress. The summer of 2025 was the third dry year in a "
          "row in the Syr Darya basin, and inflow to the reservoirs of the upper basin was about 18 per cent below "
          "the long-term average. In October, with the Centre's support, the five States agreed to exchange daily "
          "data from 46 gauging stations on the Syr Darya and the Amu Darya from the start of the 2026 irrigation "
          "season. I urge them to publish those data, not only to share them."),
    ("p", "Prevention also depends on the next generation. The Centre's Preventive Diplomacy Academy has trained "
          "1,460 young people from the five States and Afghanistan since 2019. This year its graduates ran their "
          "own simulation of border talks in Osh, with officials of all five foreign ministries as observers."),
    ("p", "Let me be frank about resources. The Centre's regular budget has not changed since 2019 and stands at "
          "$3.1 million a year. The programme of action for 2027–2029, which I will present to the five "
          "Governments in March 2026, will require about $4.6 million in extrabudgetary funding; so far donors have "
          "pledged $1.2 million of it."),
    ("p", "Finally, the Centre convened in 2025 four rounds of an expert dialogue between Central Asian and Afghan "
          "specialists on trade, water and the return of migrants. It has kept channels open, but I will not pretend "
          "that it has produced any agreement on how the waters of the Amu Darya should be shared."),
    ("p", "**The President**: I thank Ms. Vainikka for her briefing. I shall now give the floor to those Council "
          "members who wish to make statements."),
    ("p", "**Mr. Zherebtsov** (Russian Federation) (__spoke in Russian__): We thank Ms. Vainikka for her briefing. "
          "Russia supports the Regional Centre and welcomes the settlement of the border questions between our "
          "Central Asian partners. They reached it themselves, without prescriptions from outside, and that is its "
          "main lesson: solutions last when the countries of the region reach them within the mechanisms they have "
          "chosen, among them the Commonwealth of Independent States, the Collective Security Treaty Organization "
          "and the Shanghai Cooperation Organization."),
    ("p", "We caution against any attempt to turn the Centre into an instrument for monitoring the internal affairs "
          "of sovereign States. Its new programme should be agreed with all five host Governments before it is put "
          "to donors, not after. For its part, Russia trained 2,300 border and customs officers from the Central "
          "Asian States in 2025."),
    ("p", "**Ms. Lindgaard** (Denmark): Denmark sees the Centre as a sound investment: for about $3 million a year "
          "the United Nations keeps a permanent and trusted presence in a region of more than 80 million people."),
    ("p", "We agree that solutions must be owned by the region. But ownership and openness are not in conflict. The "
          "water data that the five States have agreed to exchange will build trust only if farmers, researchers and "
          "journalists can see them too. Denmark has pledged 5 million Danish kroner, about $770,000, to the "
          "Centre's programme for 2027–2029, for water diplomacy and for the Academy, and we encourage other "
          "partners to close the remaining gap."),
    ("p", "**The President**: I now give the floor to the representative of Kazakhstan."),
    ("p", "**Mr. Baimukhanov** (Kazakhstan): When Kazakhstan served on the Council in 2017 and 2018, the first "
          "Central Asian State to do so, we argued that our region could become a model of preventive diplomacy. The "
          "border agreements of recent years show that this was not an empty hope. They were concluded by the "
          "countries of the region, and the Centre helped by offering a neutral table and discreet expertise."),
    ("p", "Kazakhstan will contribute $500,000 to the Centre's trust fund in 2026, twice this year's contribution. "
          "We will also host in Astana, in April 2026, a regional conference on preventive diplomacy. And we propose "
          "that the Council hear a briefing on Central Asia every two years: a region that is settling its disputes "
          "deserves attention before a crisis, not only after one."),
    ("p", "**The President**: I now give the floor to the representative of Tajikistan."),
    ("p", "**Mr. Nazarzoda** (Tajikistan) (__spoke in Russian__): The treaty on the State border between Tajikistan "
          "and Kyrgyzstan, which entered into force this year, ended a dispute that had cost lives. Since April seven "
          "crossing points on our common border have reopened, and by the end of October more than 410,000 people "
          "had crossed them. Families separated for years can visit each other again."),
    ("p", "We do not underestimate what remains. How long the demarcation on the ground will take, no one can yet "
          "say, and communities on both sides must be helped to share pastures and water. Tajikistan therefore asks "
          "the Centre to open a liaison office in Dushanbe, and we are ready to provide premises free of charge."),
    ("p", "On water our position is well known: the countries of the upper basin, which store water in their "
          "reservoirs for the benefit of all, should not bear the cost of that storage alone. We welcome the "
          "agreement on data exchange as a first step towards a fair mechanism."),
    ("p", "**The President**: There are no more names inscribed on the list of speakers."),
    ("c", "The meeting rose at 12.40 p.m."),
]

R_PAGE_W, R_PAGE_H = 210.0, 297.0
R_LEFT = R_RIGHT = 20.0
R_GUTTER = 8.0
R_COLUMN = (R_PAGE_W - R_LEFT - R_RIGHT - R_GUTTER) / 2
R_TOP, R_BOTTOM = 26.0, R_PAGE_H - 22.0
R_SIZE, R_LEADING = 10, 4.5


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter keeps a figure with its unit or the word it counts."""
    text = re.sub(r"(?<=\d) (?=(?:million|per cent|consultations|gauging|young|border|people|rounds|kilometres|"
                  r"working|interviews|road)\b)", NBSP, text)
    text = re.sub(r"\b(in|since|of|from) (?=\d)", lambda m: m.group(1) + NBSP, text)
    return text


class Record(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("LSerif", "", 9)
        even = self.page_no() % 2 == 0
        y = 12
        self.set_xy(R_LEFT, y)
        self.cell(40, 4, SYMBOL if even else DATE_SHORT, align="L")
        self.set_xy(R_LEFT, y)
        self.cell(R_PAGE_W - R_LEFT - R_RIGHT, 4, ITEM, align="C")
        self.set_xy(R_LEFT, y)
        self.cell(R_PAGE_W - R_LEFT - R_RIGHT, 4, DATE_SHORT if even else SYMBOL, align="R")
        self.set_line_width(0.3)
        self.line(R_LEFT, 17.5, R_PAGE_W - R_RIGHT, 17.5)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_line_width(0.3)
        self.line(R_LEFT, R_PAGE_H - 17, R_PAGE_W - R_RIGHT, R_PAGE_H - 17)
        self.set_font("LSerif", "", 9)
        even = self.page_no() % 2 == 0
        page = f"{self.page_no()}/{{nb}}"
        self.set_xy(R_LEFT, R_PAGE_H - 15)
        self.cell(40, 4, page if even else DOC_NUMBER, align="L")
        self.set_xy(R_PAGE_W - R_RIGHT - 40, R_PAGE_H - 15)
        self.cell(40, 4, DOC_NUMBER if even else page, align="R")


def leader(pdf: FPDF, left: str, width: float) -> str:
    """`left` followed by spaced dots to fill `width` in the current font."""
    room = width - pdf.get_string_width(left + " ")
    return left + " " + " ".join("." * max(3, int(room // pdf.get_string_width(". "))))


def record_cover(pdf: Record) -> None:
    pdf.add_page()
    pdf.set_font("LSerif", "B", 17)
    pdf.set_xy(R_LEFT, 14)
    pdf.cell(80, 8, "United Nations", align="L")
    pdf.set_font("LSerif", "B", 15)
    pdf.set_xy(R_PAGE_W - R_RIGHT - 60, 14)
    pdf.cell(60, 8, SYMBOL, align="R")
    pdf.set_line_width(0.8)
    pdf.line(R_LEFT, 24, R_PAGE_W - R_RIGHT, 24)
    pdf.set_font("LSerif", "B", 22)
    pdf.set_xy(R_LEFT, 28)
    pdf.cell(110, 10, "Security Council", align="L")
    pdf.set_font("LSerif", "", 11)
    pdf.set_xy(R_LEFT, 39)
    pdf.cell(110, 5, "Eightieth year", align="L")
    pdf.set_font("LSerif", "B", 13)
    pdf.set_xy(R_PAGE_W - R_RIGHT - 60, 30)
    pdf.cell(60, 6, "Provisional", align="R")
    pdf.set_line_width(0.3)
    pdf.line(R_LEFT, 48, R_PAGE_W - R_RIGHT, 48)
    pdf.set_font("LSerif", "B", 12)
    pdf.set_xy(R_LEFT, 52)
    pdf.cell(100, 5.5, "10053rd meeting", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 11)
    pdf.cell(100, 5.5, "Tuesday, 18 November 2025, 10 a.m.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(100, 5.5, "New York", align="L", new_x="LMARGIN", new_y="NEXT")

    y = 76
    pdf.set_font("LSerif", "I", 10.5)
    pdf.set_xy(R_LEFT, y)
    pdf.cell(24, 5, "President:", align="L")
    pdf.set_font("LSerif", "", 10.5)
    pdf.set_xy(R_LEFT + 24, y)
    pdf.cell(110, 5, leader(pdf, PRESIDENT[0], 110), align="L")
    pdf.set_xy(R_LEFT + 136, y)
    pdf.cell(34, 5, PRESIDENT[1], align="L")
    y += 8
    pdf.set_font("LSerif", "I", 10.5)
    pdf.set_xy(R_LEFT, y)
    pdf.cell(24, 5, "Members:", align="L")
    pdf.set_font("LSerif", "", 10.5)
    for state, person in MEMBERS:
        pdf.set_xy(R_LEFT + 24, y)
        pdf.cell(110, 5, leader(pdf, state, 110), align="L")
        pdf.set_xy(R_LEFT + 136, y)
        pdf.cell(34, 5, person, align="L")
        y += 5.4

    y += 5
    pdf.set_font("LSerif", "B", 11)
    pdf.set_xy(R_LEFT, y)
    pdf.cell(100, 5.5, "Agenda", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("LSerif", "", 11)
    pdf.cell(170, 5.5, ITEM, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_x(R_LEFT + 8)
    pdf.cell(162, 5.5, SUB_ITEM, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(R_LEFT + 8)
    pdf.multi_cell(150, 5.2, LETTER, align="L", new_x="LMARGIN", new_y="NEXT")

    top = 232
    pdf.set_line_width(0.3)
    pdf.set_font("LSerif", "", 8)
    pdf.set_xy(R_LEFT + 3, top + 3)
    pdf.multi_cell(R_PAGE_W - R_LEFT - R_RIGHT - 6, 3.7, FOOTNOTE, align="J", new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y() + 3
    pdf.rect(R_LEFT, top, R_PAGE_W - R_LEFT - R_RIGHT, bottom - top)
    pdf.set_font("LSerif", "B", 11)
    pdf.set_xy(R_LEFT, 276)
    pdf.cell(60, 5, f"{DOC_NUMBER} (E)", align="L")
    pdf.set_font("Courier", "", 12)
    pdf.set_xy(R_PAGE_W - R_RIGHT - 60, 276)
    pdf.cell(60, 5, "*" + DOC_NUMBER.replace("-", "") + "*", align="R")


def write_record() -> None:
    pdf = Record(format="A4")
    pdf.set_margins(R_LEFT, R_TOP, R_RIGHT)
    pdf.set_auto_page_break(False)
    for style, name in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                        ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
        pdf.add_font("LSerif", style, str(LIBERATION / name))
    pdf.alias_nb_pages()
    pdf.set_title(SYMBOL)
    pdf.set_author("United Nations")
    pdf.set_subject(f"{ITEM} - {SUB_ITEM}")
    pdf.set_creator("Documents Management System")
    pdf.set_producer("UN DMS PDF Services")
    pdf.set_creation_date(dt.datetime(2025, 11, 18, 19, 42, tzinfo=dt.UTC))

    record_cover(pdf)
    pdf.add_page()
    columns = [(R_LEFT, R_TOP), (R_LEFT + R_COLUMN + R_GUTTER, R_TOP)]
    col = 0
    x, y = columns[0]

    def next_column() -> None:
        nonlocal col, x, y
        col += 1
        if col == 2:
            pdf.add_page()
            col = 0
        x, y = columns[col]

    for kind, text in RECORD_TEXT:
        if kind in ("h", "c"):
            if y + 5 + 3 * R_LEADING > R_BOTTOM:
                next_column()
            y += 1.5
            pdf.set_xy(x, y)
            pdf.set_font("LSerif", "B" if kind == "h" else "", R_SIZE)
            pdf.multi_cell(R_COLUMN, R_LEADING, text, align="C" if kind == "c" else "L", new_x="LMARGIN",
                           new_y="NEXT")
            y = pdf.get_y() + (0.6 if kind == "h" else 2.2)
            continue
        indent = 8 if kind == "l" else 0
        pdf.set_font("LSerif", "", R_SIZE)
        rest = tie(text)
        while rest:
            room = int((R_BOTTOM - y + 0.01) // R_LEADING)
            if room <= 0:
                next_column()
                continue
            chunk, rest = fitting(pdf, R_COLUMN - indent, R_LEADING, rest, room, "L" if kind == "l" else "J")
            pdf.set_xy(x + indent, y)
            pdf.multi_cell(R_COLUMN - indent, R_LEADING, chunk, align="L" if kind == "l" else "J",
                           markdown=True, new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            if rest:
                next_column()
        y += 2.2
    assert pdf.page_no() == 3, pdf.page_no()
    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(RECORD))



# --------------------------------------------------------------------------- the book chapter

CHAPTER = HERE / "9781917350064.00013.pdf"
BOOK = "Between Neighbours: Central Asian Foreign Policies since Independence"
BOOK_HEAD = "Between Neighbours"
TITLE = "Frontiers Settled: Kazakhstan, Kyrgyzstan, Tajikistan and the Boundary with China, 1992–2011"
TITLE_HEAD = "Frontiers Settled"
AUTHOR = "Aigerim Tulegenova"
AFFILIATION = "Institute of Asian and Eurasian Studies, University of Halvorsen"
DOI = "DOI: 10.98314/9781917350064.00013"
IN_BOOK = f"In: {BOOK}, edited by Helen Marsh and Rustam Ibragimov, pp. 141–145"
COPYRIGHT = "© The Author(s) 2026"
STAMP = [
    "Downloaded from Lydgate Academic Online by Ashmore College Library on 2025-11-21 09:14:07 UTC",
    "This chapter is distributed under the terms of the Creative Commons Attribution 4.0 International License "
    "(CC BY 4.0).",
]
ABSTRACT = (
    "Between 1994 and 2011 Kazakhstan, Kyrgyzstan and Tajikistan settled with China the boundary they had inherited "
    "from the Sino-Soviet dispute. This chapter traces how the settlements were negotiated, first by a joint "
    "delegation with Russia and then by each state alone, why each was received so differently at home, and how the "
    "regime that followed turned a militarised line into a row of trading crossings. Drawing on the published "
    "agreements, parliamentary records and 41 interviews with former negotiators and border officials, it argues "
    "that the three states bought a secure frontier at the price of a lasting suspicion, at home, that land had been "
    "traded for favour."
)
KEYWORDS = ("Keywords: boundary settlement; China; Kazakhstan; Kyrgyzstan; Tajikistan; Shanghai Five; "
            "territorial politics")

# (kind, text): "h" a section heading, "p" a paragraph ("[n]" marks note n, raised after its word or stop),
# "t" the table
BODY = [
    ("h", "Introduction"),
    ("p", "When the Soviet Union dissolved in December 1991, the three Central Asian republics that bordered China "
          "inherited not a settled frontier but an open file. Along the roughly 3,300 kilometres of the old "
          "Soviet–Chinese boundary west of Mongolia, dozens of sectors had been contested since the 1960s, and in "
          "August 1969 a clash at Zhalanashkol, on the Kazakh section, had followed the fighting on the Ussuri.[1] "
          "Two decades later every one of those sectors had been settled by treaty and demarcated on the ground."),
    ("p", "The literature has read this outcome either as a triumph of Chinese patience or as proof of the weakness "
          "of the new states.[2] Neither reading explains why three settlements reached through the same process "
          "were received so differently: quietly in Kazakhstan, with deadly protest in Kyrgyzstan and with a long "
          "silence in Tajikistan. I argue that the difference lay less in the terms than in how each government told "
          "its public what it had given up."),
    ("h", "1 Four plus one"),
    ("p", "Talks on the western sector began as Sino-Soviet talks in 1987 and continued after 1991 in an unusual "
          "format: a joint delegation of Russia, Kazakhstan, Kyrgyzstan and Tajikistan facing a Chinese one, which "
          "its members called ‘four plus one’.[3] The format gave the new states what they lacked in 1992: "
          "cartographers, archives and negotiators who knew the file. By my count the joint delegation held 163 "
          "working sessions between 1992 and 1999, 29 of them in Beijing. A Kazakh participant recalled that in the "
          "first two years ‘the Russian side carried the maps and we carried the questions’.[4]"),
    ("p", "The military track moved faster than the territorial one. The Shanghai agreement of 26 April 1996 on "
          "confidence-building in the military field in the border area, and the Moscow agreement of 24 April 1997 "
          "on the mutual reduction of armed forces there, limited the troops and heavy weapons each side could keep "
          "within 100 kilometres of the line.[5] The ‘Shanghai Five’ that signed them became, with Uzbekistan, the "
          "Shanghai Cooperation Organization in June 2001. The line itself, however, was settled state by state."),
    ("h", "2 Three settlements, three publics"),
    ("p", "Kazakhstan moved first. Its agreement with China on the state boundary was signed in Almaty on 26 April "
          "1994, and supplementary agreements in 1997 and 1998 settled the sectors left open. Officials presented "
          "the result as a division in which Kazakhstan had kept most of what it claimed; the records of the "
          "parliamentary debate have never been published, and no vote count survives in the press.[6] Of the 41 "
          "people interviewed for this chapter, 17 had served on the Kazakh side, and none named public opinion as "
          "a constraint."),
    ("p", "Kyrgyzstan’s experience was the opposite. Its main agreement dated from 1996, but the supplementary "
          "agreement of 1999 on the Uzengi-Kuush area of the central Tien Shan became known only when it was sent "
          "for ratification. The arrest in January 2002 of a deputy who had campaigned against it set off protests "
          "in his home district, and the deaths of protesters in Aksy that March brought down the government in "
          "May.[7] Parliament ratified the agreement all the same. Kyrgyz interviewees still call the episode ‘the "
          "Uzengi-Kuush trauma’."),
    ("p", "Tajikistan signed its main agreement in 1999 and a supplementary one in 2002, but ratification waited "
          "until January 2011, after years in which the government hardly mentioned the question. When it came, "
          "officials described the transfer of land in the eastern Pamirs as a diplomatic victory, since China had "
          "dropped most of what it had once claimed.[8]"),
    ("h", "3 From front line to trading line"),
    ("p", "Once the line was fixed, its purpose changed. The zone agreed in 1997 let the three states thin out their "
          "border garrisons, and the joint commissions set up to manage the boundary began to meet every year; the "
          "Kazakh–Chinese commission held its twentieth session in 2024. By 2025 the three states had eleven road "
          "and rail crossings with China open to traffic (Table 7.1), most of them opened after 2000."),
    ("t", ""),
    ("p", "Yet the settlements left a residue of suspicion. In 2016, when Kazakhstan proposed to lengthen the "
          "periods for which farmland could be leased to foreigners, protesters in several cities read the change as "
          "a way of handing land to Chinese investors, and the government suspended the amendments.[9] In "
          "Kyrgyzstan and Tajikistan, agreements on Chinese mines and roads are still argued over as if territory "
          "were at stake."),
    ("h", "Conclusion"),
    ("p", "The boundary with China is now the quietest of the region’s frontiers, and it was settled earlier and more "
          "completely than the borders among the Central Asian states themselves. That owed much to the joint "
          "delegation of the 1990s and to Beijing’s readiness to trade claims for stability. But the three "
          "governments paid a domestic price that has not been fully settled. Where they explained the terms, as in "
          "Kazakhstan, the price was small; where they kept them quiet, as in Kyrgyzstan, it was paid in the street. "
          "Any future agreement with China that touches land, from a lease to a mining licence, will be judged "
          "against that memory."),
]
NOTES = {
    1: "On the clashes of 1969 see Harcourt (2009: 211–38). The Kazakh section is treated in detail by Abenova "
       "(2015), who used the archives of the border troops’ district in Almaty.",
    2: "For the first reading see Qian and Morrow (2012); for the second, Derbisheva (2018). Fenwick (2021) is more "
       "balanced, but his account ends in 2002 and does not cover the Tajik ratification.",
    3: "The phrase was used by several interviewees. The Russian side spoke of a ‘joint delegation’, the Chinese of "
       "‘the four states’. The minutes of the sessions have not been published; the count that follows rests on the "
       "diaries of two members of the delegation and on press reports, and it may understate the sessions of "
       "1994–1995, when the press reported few of them. Volkova (2017) gives a fuller account of the Russian side.",
    4: "Interview with a former member of the Kazakh delegation, Almaty, 14 March 2023.",
    5: "Both agreements were registered with the United Nations. On how the zone was drawn see Sadykov (2019: "
       "41–57) and Volkova (2017: 88–104).",
    6: "Two former deputies interviewed for this chapter recalled a short debate; see also Iskakova and Wu (2020).",
    7: "The fullest account remains Osmonova (2010), which draws on the report of the state commission on the "
       "events; on the ratification debate see Kasymova (2014).",
    8: "Statement of the minister of foreign affairs to the lower house of parliament, January 2011, as reported by "
       "the state news agency; on the public reaction see Nazarov (2016).",
    9: "Tuleuova (2019) shows that rumours of Chinese leasing circulated for months before the amendments were "
       "published.",
}
TABLE_CAPTION = "Table 7.1 Boundary settlements with China: negotiating record and crossings, by state"
TABLE_HEAD = ("State", "Main agreement", "Rounds, 1992–2011", "Crossings, 2025")
TABLE_ROWS = [
    ("Kazakhstan", "1994", "74", "7"),
    ("Kyrgyzstan", "1996", "52", "3"),
    ("Tajikistan", "1999", "38", "1"),
]
TABLE_SOURCE = "Source: Author’s compilation from the published agreements, foreign ministry statements and interviews."
REFERENCES = [
    "Abenova, S. (2015) Zhalanashkol and After: The Kazakh Section of the Sino-Soviet Frontier. Almaty: Arys "
    "Academic.",
    "Derbisheva, A. (2018) ‘Small States, Big Neighbour: Territorial Concessions in Post-Soviet Central Asia’, "
    "Journal of Eurasian Borderlands, 6(2), pp. 55–79.",
    "Fenwick, J. (2021) Lines in the Mountains: Boundary-Making in Inner Asia. Oxford: Kestrel Academic.",
    "Harcourt, M. (2009) The Long Frontier: China and the Soviet Union, 1960–1991. London: Lydgate University Press.",
    "Iskakova, Z. and Wu, L. (2020) ‘Joint Commissions and Boundary Management on the Kazakh–Chinese Border’, Asian "
    "Border Studies, 11(1), pp. 1–24.",
    "Kasymova, D. (2014) Uzengi-Kuush: Parliament, Protest and the Border. Bishkek: Ala-Too Academic.",
    "Nazarov, F. (2016) ‘The Pamir Settlement of 2011 and Tajik Public Opinion’, Central Asian Affairs Review, 3(4), "
    "pp. 301–22.",
    "Osmonova, G. (2010) Aksy 2002: Anatomy of a Crisis. Bishkek: Centre for Public Policy Studies.",
    "Qian, Y. and Morrow, P. (2012) Patience Rewarded: China’s Boundary Diplomacy with Its Western Neighbours. "
    "Singapore: Straits Academic Press.",
    "Sadykov, R. (2019) From the Shanghai Five to the SCO: Confidence-Building on the Chinese Frontier. Tashkent: Ilm "
    "Press.",
    "Tuleuova, M. (2019) ‘Land, Leases and Rumour: The 2016 Protests in Kazakhstan’, Steppe Politics Quarterly, 8(3), "
    "pp. 12–37.",
    "Volkova, N. (2017) Four Plus One: The Russian–Chinese Boundary Talks, 1987–1999. Moscow: Granitsa Press.",
]

C_PAGE_W, C_PAGE_H = 156.0, 234.0
C_LEFT = C_RIGHT = 18.0
C_WIDTH = C_PAGE_W - C_LEFT - C_RIGHT
C_TOP = 24.0
C_STAMP_Y = C_PAGE_H - 12.0
C_TEXT_BOTTOM = C_PAGE_H - 22.0  # the lowest line of text or notes
FIRST_PAGE = 141
C_SIZE, C_LEADING = 9.4, 4.3
NOTE_SIZE, NOTE_LEADING = 7.4, 3.2
GREY = (110, 110, 110)


class Chapter(FPDF):
    def header(self) -> None:
        number = FIRST_PAGE + self.page_no() - 1
        if number == FIRST_PAGE:
            return
        self.set_font("Serif", "I", 8)
        even = number % 2 == 0
        self.set_xy(C_LEFT, 12)
        if even:
            self.cell(12, 4, str(number), align="L")
            self.set_xy(C_LEFT, 12)
            self.cell(C_WIDTH, 4, BOOK_HEAD, align="C")
        else:
            self.cell(C_WIDTH, 4, TITLE_HEAD, align="C")
            self.set_xy(C_LEFT + C_WIDTH - 12, 12)
            self.cell(12, 4, str(number), align="R")
        self.set_line_width(0.2)
        self.line(C_LEFT, 17.5, C_PAGE_W - C_RIGHT, 17.5)

    def footer(self) -> None:
        number = FIRST_PAGE + self.page_no() - 1
        if number == FIRST_PAGE:
            self.set_font("Serif", "", 8)
            self.set_xy(C_LEFT, C_PAGE_H - 19)
            self.cell(C_WIDTH, 4, str(number), align="C")
        self.set_font("Sans", "", 5.8)
        self.set_text_color(*GREY)
        for i, text in enumerate(STAMP):
            self.set_xy(4, C_STAMP_Y + 3 * i)
            self.cell(C_PAGE_W - 8, 3, text, align="C")
        self.set_text_color(0, 0, 0)


def note_numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", text)]


def chapter_paragraph(pdf: FPDF, text: str, *, indent: float) -> None:
    """A justified paragraph at the current y with its notes' numbers raised."""
    pdf.set_font("Serif", "", C_SIZE)
    columns = pdf.text_columns(text_align="J", line_height=C_LEADING / (C_SIZE * 0.3528), l_margin=C_LEFT,
                               r_margin=C_RIGHT)
    with columns as cols, cols.paragraph(first_line_indent=indent, bottom_margin=0) as par:
        for i, part in enumerate(re.split(r"\[(\d+)\]", tie(text))):
            if i % 2:  # a note's number
                pdf.char_vpos = "SUP"
                par.write(part)
                pdf.char_vpos = "LINE"
            else:
                par.write(part)


def chapter_heading(pdf: FPDF, text: str) -> None:
    pdf.set_font("Serif", "B", 10)
    pdf.set_x(C_LEFT)
    pdf.multi_cell(C_WIDTH, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def chapter_table(pdf: FPDF) -> None:
    widths = (34, 28, 32, 26)
    pdf.set_font("Serif", "B", 8.2)
    pdf.set_x(C_LEFT)
    pdf.multi_cell(C_WIDTH, 4, TABLE_CAPTION, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    y = pdf.get_y()
    pdf.set_line_width(0.3)
    pdf.line(C_LEFT, y, C_LEFT + C_WIDTH, y)
    pdf.set_font("Serif", "B", 7.8)
    pdf.set_xy(C_LEFT, y + 0.8)
    for text, width in zip(TABLE_HEAD, widths, strict=True):
        pdf.cell(width, 4.4, text, align="L" if text == "State" else "R")
    y += 6
    pdf.set_line_width(0.15)
    pdf.line(C_LEFT, y, C_LEFT + C_WIDTH, y)
    pdf.set_font("Serif", "", 7.8)
    for row in TABLE_ROWS:
        pdf.set_xy(C_LEFT, y + 0.6)
        for text, width in zip(row, widths, strict=True):
            pdf.cell(width, 4.4, text, align="L" if text == row[0] else "R")
        y += 4.8
    y += 1
    pdf.set_line_width(0.3)
    pdf.line(C_LEFT, y, C_LEFT + C_WIDTH, y)
    pdf.set_font("Serif", "", 7)
    pdf.set_xy(C_LEFT, y + 1)
    pdf.multi_cell(C_WIDTH, 3.2, TABLE_SOURCE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def notes_height(pdf: FPDF, numbers: list[int]) -> float:
    if not numbers:
        return 0.0
    pdf.set_font("Serif", "", NOTE_SIZE)
    lines = sum(len(pdf.multi_cell(C_WIDTH - 4, NOTE_LEADING, NOTES[n], align="J", dry_run=True, output="LINES"))
                for n in numbers)
    return 4 + lines * NOTE_LEADING + 0.8 * (len(numbers) - 1)


def write_notes(pdf: FPDF, numbers: list[int]) -> None:
    if not numbers:
        return
    top = C_TEXT_BOTTOM - notes_height(pdf, numbers)
    pdf.set_line_width(0.2)
    pdf.line(C_LEFT, top + 1, C_LEFT + 30, top + 1)
    y = top + 3
    pdf.set_font("Serif", "", NOTE_SIZE)
    for n in numbers:
        pdf.set_xy(C_LEFT, y)
        pdf.cell(4, NOTE_LEADING, str(n), align="L")
        pdf.set_xy(C_LEFT + 4, y)
        pdf.multi_cell(C_WIDTH - 4, NOTE_LEADING, tie(NOTES[n]), align="J", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 0.8


def block_height(pdf: FPDF, kind: str, text: str, indent: float) -> float:
    with pdf.offset_rendering() as dummy:
        start = dummy.get_y()
        draw_block(dummy, kind, text, indent)
        assert not dummy.page_break_triggered
        return dummy.get_y() - start


def draw_block(pdf: FPDF, kind: str, text: str, indent: float) -> None:
    if kind == "h":
        pdf.ln(2.5)
        chapter_heading(pdf, text)
    elif kind == "t":
        pdf.ln(1.5)
        chapter_table(pdf)
    else:
        chapter_paragraph(pdf, text, indent=indent)


def write_chapter() -> None:
    pdf = Chapter(unit="mm", format=(C_PAGE_W, C_PAGE_H))
    pdf.set_margins(C_LEFT, C_TOP, C_RIGHT)
    pdf.set_auto_page_break(False)
    add_serif(pdf)
    for style, name in (("", "DejaVuSans.ttf"),):
        pdf.add_font("Sans", style, str(Path("/usr/share/fonts/truetype/dejavu") / name))
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_subject(BOOK)
    pdf.set_creator("Lydgate University Press")
    pdf.set_producer("Lydgate Academic Online")
    pdf.set_creation_date(dt.datetime(2025, 11, 21, 9, 14, 7, tzinfo=dt.UTC))

    # the chapter's first page
    pdf.add_page()
    pdf.set_xy(C_LEFT, 22)
    pdf.set_font("Serif", "B", 9)
    pdf.cell(C_WIDTH, 5, "CHAPTER 7", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(C_WIDTH, 6.4, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 9.5)
    pdf.cell(C_WIDTH, 4.6, AUTHOR, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(C_WIDTH, 4.2, AFFILIATION, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", 7.6)
    for text in (DOI, IN_BOOK, COPYRIGHT):
        pdf.multi_cell(C_WIDTH, 3.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 8.6)
    pdf.set_x(C_LEFT + 5)
    pdf.cell(C_WIDTH - 10, 4.4, "Abstract", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 8.4)
    pdf.set_x(C_LEFT + 5)
    pdf.multi_cell(C_WIDTH - 10, 3.9, tie(ABSTRACT), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_x(C_LEFT + 5)
    pdf.set_font("Serif", "I", 8.2)
    pdf.multi_cell(C_WIDTH - 10, 3.9, KEYWORDS, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # the text, page by page: a block goes on while it and the notes it cites fit above the foot
    page_notes: list[int] = []
    after_heading = True
    for i, (kind, text) in enumerate(BODY):
        indent = 0.0 if after_heading or kind != "p" else 5.0
        height = block_height(pdf, kind, text, indent)
        needed = note_numbers(text)
        if kind == "h":  # a heading stands on the page of the paragraph under it
            height += block_height(pdf, *BODY[i + 1], 0.0)
            needed = note_numbers(BODY[i + 1][1])
        if pdf.get_y() + height > C_TEXT_BOTTOM - notes_height(pdf, page_notes + needed) - 2:
            write_notes(pdf, page_notes)
            page_notes = []
            pdf.add_page()
            pdf.set_y(C_TOP)
            if kind == "h":
                indent = 0.0
        if kind == "h" and pdf.get_y() <= C_TOP + 0.01:
            pdf.set_y(C_TOP - 2.5)
        draw_block(pdf, kind, text, indent)
        page_notes += note_numbers(text)
        after_heading = kind != "p"
    write_notes(pdf, page_notes)

    # the references, on the next page if they do not begin with room for a few entries
    pdf.set_font("Serif", "B", 10)
    if pdf.get_y() + 30 > C_TEXT_BOTTOM:
        pdf.add_page()
        pdf.set_y(C_TOP)
    else:
        pdf.ln(4)
    pdf.set_x(C_LEFT)
    pdf.cell(C_WIDTH, 5, "References", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Serif", "", 7.8)
    for entry in REFERENCES:
        lines = pdf.multi_cell(C_WIDTH - 5, 3.6, entry, align="L", dry_run=True, output="LINES")
        if pdf.get_y() + 3.6 * len(lines) > C_TEXT_BOTTOM:
            pdf.add_page()
            pdf.set_y(C_TOP)
        first, rest = lines[0], " ".join(lines[1:])
        pdf.set_x(C_LEFT)
        pdf.cell(C_WIDTH, 3.6, first, align="L", new_x="LMARGIN", new_y="NEXT")
        if rest:
            pdf.set_x(C_LEFT + 5)
            pdf.multi_cell(C_WIDTH - 5, 3.6, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.9)
    assert FIRST_PAGE + pdf.page_no() - 1 == 145, pdf.page_no()
    HERE.mkdir(parents=True, exist_ok=True)
    pdf.output(str(CHAPTER))


if __name__ == "__main__":
    write_record()
    write_chapter()
