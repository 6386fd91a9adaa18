"""Write the PDF file of the twenty-ninth fresh dev set with fpdf2:

eval/unseen29/Gmail - Fwd_ CICA Watch No. 31_ A charter without a name.pdf — a (fictional) think tank's e-mail
newsletter as a reader forwarded it and his colleague printed the message from Gmail's print view with the browser's
"Save as PDF": three A4 pages with the browser's print header (date and time, the page's title "Gmail - Fwd: …") and
print footer (the print view's address, "N/3") on every page; Gmail's print view (the word "Gmail" and the account's
name and address, the subject in bold, "1 message", the sender's name and address with the date, "To:", the
forwarder's note, "---------- Forwarded message ---------" over the From / Date / Subject / To lines of the original);
then the newsletter as it renders (a "view in browser" link, the masthead and strapline, the issue line, the headline,
a dek, the byline, four headings over sixteen paragraphs, the author's note, the forward and subscribe lines, the
reason for receiving it, the unsubscribe line, the postal address and ©). The file's metadata title is the page's
<title>, as the browser sets it.

The texts are written for this set; the newsletter, the institute, the people, quotes and figures are fictional (real
institutions, places and events are named — the Conference on Interaction and Confidence-Building Measures in Asia,
its secretariat in Astana, Azerbaijan's chairmanship, the summit of October 2022, the UN General Assembly of 1992 — but
what they do, decide or cost here is invented). Lines are wrapped by fpdf2's multi_cell, left-aligned, with no
hyphenation, in Liberation Sans (Gmail's print view) and DejaVu Sans. Pages are written in reading order, which pypdf
extracts.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen29_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen29"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

MAIL = HERE / "Gmail - Fwd_ CICA Watch No. 31_ A charter without a name.pdf"
PAGE_TITLE = "Gmail - Fwd: CICA Watch No. 31: A charter without a name"
PRINTED = "12/10/25, 4:17 PM"
URL = ("https://mail.google.com/mail/u/0/?ik=8c3f2a91d4&view=pt&search=all&permmsgid=msg-f:1851130457763092214"
       "&simpl=msg-f:1851130457763092214")

GMAIL = [
    "Gmail",
    "Aigerim Bekova <aigerim.bekova.kz@gmail.com>",
    "Fwd: CICA Watch No. 31: A charter without a name",
    "1 message",
    "Daniyar Seitkazin <d.seitkazin@gmail.com>",
    "Wed, Dec 10, 2025 at 3:58 PM",
    "To: Aigerim Bekova <aigerim.bekova.kz@gmail.com>",
    "Aigerim, for Thursday's seminar. The part on money is the one to read. D.",
    "---------- Forwarded message ---------",
    "From: CICA Watch <letter@cicawatch.org>",
    "Date: Tue, Dec 9, 2025 at 11:05 AM",
    "Subject: CICA Watch No. 31: A charter without a name",
    "To: <d.seitkazin@gmail.com>",
]
LETTER_TOP = [
    "View this letter in your browser",
    "CICA WATCH",
    "A fortnightly letter on Asia's confidence-building conference",
    "No. 31 · 9 December 2025 · 6 min read",
]
HEADLINE = "A charter without a name: what the Baku ministerial decided about CICA's future"
DEK = (
    "Most members backed the text that would turn Asia's confidence-building conference into an organisation. The "
    "name, the money and the date of the summit are still open."
)
BYLINE = "By Madina Ospanova"
BODY: list[tuple[str, str]] = [
    ("h", "What Baku agreed"),
    ("p", "Foreign ministers and their deputies from the Conference on Interaction and Confidence-Building Measures "
          "in Asia met in Baku on 4 December under Azerbaijan's chairmanship and approved, ad referendum, the draft "
          "charter that would turn the 33-year-old conference into a fully fledged international organisation. Of the "
          "28 member states, 23 endorsed the text in the room, three asked for more time to consult their capitals "
          "and two sent officials below ministerial rank who had no mandate to agree."),
    ("p", "The final communiqué does not say which three members asked for more time. Two delegates told CICA Watch "
          "that their doubts concerned the article on settling disputes between members, not the transformation as "
          "such, and that none of the three had asked to reopen the rest of the text."),
    ("p", "The draft runs to 34 articles. It was negotiated in 14 rounds of talks among senior officials in Astana, "
          "beginning a few months after the sixth summit in October 2022, where the leaders first committed "
          "themselves to a gradual transformation. Our count of the rounds includes two informal sessions held online "
          "in 2023."),
    ("h", "Money and people"),
    ("p", "Turning a conference into an organisation costs money. The secretariat in Astana has a budget of 4.2 "
          "million dollars for 2025. The draft financial regulations foresee 6.8 million dollars in 2027, which would "
          "be the new body's first full year, and a staff of 60 against 41 posts today."),
    ("p", "Members would pay according to a scale of assessed contributions. In the version circulated before the "
          "meeting, China and Russia would each carry 15 percent of the budget and Kazakhstan, as host state, 12 "
          "percent, while the smallest members would pay a floor of 0.5 percent. At least one of the larger members "
          "wants the top rate lowered, and the scale has been handed to a working group of budget experts that is to "
          "report by May."),
    ("p", "Payment discipline is the quieter problem. Only 19 members paid their 2024 contributions in full and on "
          "time, according to the secretariat's report to the ministers, and arrears carried into 2025 came to about "
          "610,000 dollars."),
    ("p", "Kazakhstan has offered the future organisation a building on the left bank of the Ishim in Astana, free of "
          "rent for 25 years. The foreign ministry has not put a figure on what the building is worth, and nobody in "
          "Baku could say when the secretariat, now spread over two floors of a government office, might move in."),
    ("h", "The name and the summit"),
    ("p", "The one question Baku could not settle was the name. One camp wants to keep the familiar acronym CICA as a "
          "brand for the new body; the other prefers a new title, the Asian Organisation for Interaction and "
          "Confidence-Building, to mark the change of status. The Azerbaijani chair told the closing press "
          "conference that delegations were \u201csplit almost down the middle\u201d and that the heads of state "
          "would have to choose."),
    ("p", "They are due to do so at the seventh summit in Baku in 2026. Its date is still to be fixed: the chair "
          "would say only that the summit would take place in the second half of the year, depending on the "
          "calendars of several leaders."),
    ("p", "Even a signed charter would not take effect at once. How many ratifications it should need before it "
          "enters into force is still being argued over, and in the draft that figure remains in square brackets. "
          "Diplomats expect a ratification period of two years at the very least."),
    ("h", "Confidence-building in practice"),
    ("p", "Away from the institutional questions, the conference's everyday work is its catalogue of "
          "confidence-building measures in five dimensions, from military-political issues to the environment. "
          "Members reported 212 activities under the catalogue in 2025, against 147 in 2021; the largest group, 58, "
          "fell in the economic dimension, and the smallest, 19 activities, in the military-political one."),
    ("p", "Kyrgyzstan, which coordinates the measures on food security, used the meeting to propose a regional "
          "reserve of grain for emergencies. The ministers welcomed the idea and asked the secretariat for a "
          "feasibility study by June 2026, without setting aside any money for it. Uzbekistan announced that "
          "Tashkent would host a CICA business forum on 21\u201322 April 2026."),
    ("p", "Two applications for observer status, from a Gulf state and a South-East Asian state, were deferred to the "
          "summit. The communiqué names neither applicant."),
    ("h", "Why it matters for Astana"),
    ("p", "For Kazakhstan, which proposed the conference from the rostrum of the UN General Assembly in October 1992, "
          "the transformation is partly a question of prestige. Astana already pays more than its share: on top of "
          "its assessed contribution it gave the secretariat a voluntary 1.6 million dollars in 2025, mostly for "
          "seminars and travel."),
    ("p", "\u201cAgreeing on a charter is the easy part,\u201d said Erlan Tursynov, a former Kazakh diplomat who "
          "worked in the secretariat from 2014 to 2019. \u201cThe hard part is getting 28 governments to pay for an "
          "organisation on time, and to use it when they have a real quarrel instead of taking it somewhere "
          "else.\u201d"),
    ("p", "The next step is a meeting of the Committee of Senior Officials in Astana on 17\u201318 February 2026, "
          "which is to prepare a clean text for the leaders. CICA Watch will report from it."),
]
AFTER = [
    "Madina Ospanova is a senior fellow at the Saryarka Institute for Multilateral Affairs in Astana and writes CICA "
    "Watch. Views are her own.",
    "Forward to a colleague  ·  Read past issues",
    "Were you forwarded this letter? Subscribe free at cicawatch.org",
    "You are receiving CICA Watch because you signed up at cicawatch.org or at one of our events.",
    "Unsubscribe  ·  Update your preferences  ·  Privacy policy",
    "Saryarka Institute for Multilateral Affairs · 12 Mangilik El Avenue, office 504, Astana 010000, Kazakhstan",
    "© 2025 Saryarka Institute for Multilateral Affairs",
]


class GmailPrint(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(40, 40, 40)
        self.set_xy(8, 5)
        self.cell(40, 4, PRINTED)
        self.set_xy(48, 5)
        self.cell(114, 4, PAGE_TITLE, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(16)

    def footer(self) -> None:
        self.set_font("Sans", "", 6.5)
        self.set_text_color(40, 40, 40)
        self.set_xy(8, -10)
        self.cell(182, 4, URL)
        self.set_xy(190, -10)
        self.cell(12, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def write_mail() -> None:
    pdf = GmailPrint(format="A4")
    pdf.alias_nb_pages("{nb}")
    for style, name in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                        ("I", "LiberationSans-Italic.ttf")):
        pdf.add_font("Arial", style, str(LIBERATION / name))
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.set_title(PAGE_TITLE)
    pdf.set_creator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0")
    pdf.set_producer("Skia/PDF m131")
    pdf.set_creation_date(dt.datetime(2025, 12, 10, 11, 17, tzinfo=dt.UTC))
    pdf.set_margins(14, 16, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    w = pdf.epw

    def line(text: str, font: str = "Arial", style: str = "", size: float = 9.5, h: float = 4.8, after: float = 1.5,
             color: tuple[int, int, int] = (0, 0, 0), align: str = "L", x: float | None = None,
             width: float | None = None) -> None:
        pdf.set_font(font, style, size)
        pdf.set_text_color(*color)
        if x is not None:
            pdf.set_x(x)
        pdf.multi_cell(width or w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(after)

    def rule(gap: float = 2.5) -> None:
        pdf.set_draw_color(200, 200, 200)
        pdf.line(14, pdf.get_y(), 196, pdf.get_y())
        pdf.ln(gap)

    # Gmail's print view: the logo word and the account on the same row
    y = pdf.get_y()
    pdf.set_font("Arial", "B", 15)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(40, 7, GMAIL[0])
    pdf.set_font("Arial", "B", 9)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(96, y + 1.5)
    pdf.cell(100, 5, GMAIL[1], align="R")
    pdf.set_y(y + 9)
    rule()
    line(GMAIL[2], style="B", size=13, h=6.2, after=0.8)
    line(GMAIL[3], size=8.5, color=(90, 90, 90), after=1.5)
    rule()
    y = pdf.get_y()
    pdf.set_font("Arial", "B", 9.5)
    pdf.cell(120, 5, GMAIL[4])
    pdf.set_font("Arial", "", 9)
    pdf.set_xy(136, y)
    pdf.cell(60, 5, GMAIL[5], align="R")
    pdf.set_y(y + 5.5)
    line(GMAIL[6], size=9, color=(60, 60, 60), after=4)
    line(GMAIL[7], size=10, after=4)
    line(GMAIL[8], size=9.5, after=0)
    for t in GMAIL[9:13]:
        line(t, size=9.5, after=0)
    pdf.ln(6)

    # the newsletter as it renders, in a centred column
    cx, cw = 30, 150
    line(LETTER_TOP[0], size=8, color=(90, 90, 90), align="C", after=3)
    line(LETTER_TOP[1], font="Serif", style="B", size=20, h=9, align="C", after=0.5)
    line(LETTER_TOP[2], size=9, color=(90, 90, 90), align="C", after=1)
    line(LETTER_TOP[3], size=8.5, color=(90, 90, 90), align="C", after=4)
    line(HEADLINE, font="Serif", style="B", size=16, h=7.5, x=cx, width=cw, after=2.5)
    line(DEK, style="I", size=11, h=5.6, x=cx, width=cw, after=2.5)
    line(BYLINE, style="B", size=9.5, x=cx, width=cw, after=4)
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(1.5)
            line(text, font="Serif", style="B", size=12, h=6, x=cx, width=cw, after=1.5)
        else:
            line(text, size=10.5, h=5.4, x=cx, width=cw, after=2.8)
    pdf.ln(2)
    line(AFTER[0], style="I", size=9.5, x=cx, width=cw, after=5)
    line(AFTER[1], style="B", size=9, color=(20, 60, 140), align="C", after=1.5)
    line(AFTER[2], size=9, align="C", after=5)
    for t in AFTER[3:]:
        line(t, size=7.5, color=(110, 110, 110), align="C", h=4, after=0.8)
    pdf.output(str(MAIL))


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_mail()
