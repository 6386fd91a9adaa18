"""Write the PDF file of the forty-ninth fresh dev set with fpdf2:

eval/unseen49/Almaty's ski slopes bet on Gulf and Indian visitors as a new season opens _ Altitude Eurasia.pdf — a
travel-trade news page printed to PDF from Chrome ("Save as PDF", headers and footers on, background graphics off), as
it lays out when the site's style sheet did not load: on every page Chrome's print header (the date and time at left,
the page's <title> at centre) and footer (the page's URL at left, "N/M" at right); inside, the page from top to bottom
in the browser's default look (a serif face, links blue and underlined): "Skip to content" and the site's menu as a run
of short link lines, the headline, the standfirst, the byline and date, the share labels, the article with two
subheadings and an inline "Related:" link, the newsletter sign-up box, the tags, "More from Destinations" with four
headlines, the cookie banner's text (printed at the end, where the unstyled banner falls) and the footer's links.

The texts are written for this set; the site, its reporter, the tour operators, the developer, the people quoted and all
figures and dates are fictional (Almaty, Shymbulak, Oi-Qaragai, Kok-Zhailau, the Ile-Alatau National Park, the Talgar
pass, Air Astana, flydubai, Air Arabia and flynas are real, but what is said of them here is invented).
Lines are set with fpdf2's multi_cell, left-aligned, so that pypdf gives one line of text per line of the page.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen49_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen49"
DOC = HERE / "Almaty's ski slopes bet on Gulf and Indian visitors as a new season opens _ Altitude Eurasia.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

PRINTED = "12/4/25, 9:17 AM"
TITLE = "Almaty's ski slopes bet on Gulf and Indian visitors as a new season opens | Altitude Eurasia"
URL = "https://altitude-eurasia.com/destinations/2025/12/almaty-ski-gulf-india-visitors/"

MENU = ["Skip to content", "Altitude Eurasia", "News", "Destinations", "Aviation", "Hotels", "Events", "Jobs",
        "Subscribe", "Log in"]
HEADLINE = "Almaty's ski slopes bet on Gulf and Indian visitors as a new season opens"
STANDFIRST = ("Direct flights from Dubai, Riyadh and Delhi have turned Shymbulak into a winter trip for travellers who "
              "have never seen snow. Investors are following, but the numbers are still small.")
BYLINE = "By Aruzhan Sadykova"
DATELINE = "December 3, 2025 · 6 min read"
SHARE = ["Share", "Facebook", "X", "LinkedIn", "WhatsApp", "Copy link"]

# ("h", heading) or ("p", paragraph) or ("link", related link)
BODY = [
    ("p", "The gondola from Medeu to Shymbulak started turning for the winter on 29 November, and by the first weekend "
     "the queue at the bottom station was a mix of Almaty families, Russian snowboarders and groups of visitors from "
     "the Gulf in brand-new ski jackets. Five years ago the last group would have been a curiosity. This season the "
     "resort expects it to be one of the largest."),
    ("p", "Foreign guests made up 31 percent of Shymbulak's 640,000 visits in the 2024-25 season, according to the "
     "resort, up from 22 percent two seasons earlier. Visitors from the Gulf states, most of them from the United Arab "
     "Emirates, Saudi Arabia and Kuwait, numbered about 27,000 in Almaty between December and March last winter, the "
     "city's tourism department says, against 9,500 two winters before. How many of them actually skied, rather than "
     "riding the gondola for the view, the resort does not track."),
    ("h", "Flights first"),
    ("p", "The growth follows the flights. Air Astana, flydubai and Air Arabia together fly up to 38 times a week between "
     "Almaty and the Emirates this winter, and flynas is due to open a route from Riyadh with three weekly flights from "
     "15 December. From India there are now nine weekly flights to Delhi and a new service to Mumbai. Indian arrivals "
     "in Kazakhstan reached 61,000 in January to September 2025, and citizens of India, like those of the Gulf states, "
     "can stay up to 14 days without a visa."),
    ("p", "\"Many of our guests have never touched snow,\" said Farida Iskakova, who runs Qar Tours, an Almaty operator "
     "that now sells most of its winter packages in Dubai. \"They start with a sledge and a photograph, and by the third "
     "day half of them want a ski lesson.\" Her company booked about 4,300 Gulf clients last winter and expects to pass "
     "6,000 this season."),
    ("link", "Related: Air Astana adds winter seats to Dubai and Jeddah"),
    ("p", "Resorts have adapted. Shymbulak opened a prayer room at the Talgar pass station and certified four of its "
     "restaurants as halal, and ski schools at both Shymbulak and Oi-Qaragai now hire instructors who speak Arabic and "
     "Hindi. Oi-Qaragai, east of the city, put a new six-seat chairlift into service in December 2025. Snow-making now "
     "covers 18 of Shymbulak's 20 kilometres of pistes, which matters for visitors who book months ahead and cannot "
     "wait for a snowfall."),
    ("p", "Prices have followed demand. A weekend day pass at Shymbulak costs 24,000 tenge this season, and hotel rooms "
     "in the mountains averaged about $190 a night over the New Year holidays last winter. The city says visitors from "
     "the Gulf spend more per day than any other group, but it has not published the figure."),
    ("h", "The Kok-Zhailau question"),
    ("p", "The bigger test is investment. In September 2025 the Almaty akimat signed a memorandum with Noor Alpine "
     "Holdings, an Abu Dhabi developer, on building a resort at Kok-Zhailau, a plateau between Medeu and Shymbulak that "
     "environmental groups have fought to protect for more than a decade. The developer has spoken of a project worth "
     "$1.2 billion with 35 kilometres of pistes. Whether the memorandum binds either side has not been disclosed, and "
     "the akimat has not said how much land it would lease or for how long."),
    ("p", "Kok-Zhailau lies inside the Ile-Alatau National Park, and a petition against the resort gathered 48,000 "
     "signatures in October. Environmental assessments for the project have not been published. The akimat says no "
     "construction will begin before public hearings, which it has not yet scheduled."),
    ("p", "Tour operators say the bottleneck is elsewhere. Almaty has about 2,900 hotel rooms rated four stars or more, "
     "most of them in the city rather than in the mountains, and the road to Shymbulak clogs at weekends. The city plans "
     "a second gondola line from the Medeu rink by the 2027-28 season. Its cost has not been announced."),
    ("p", "For now the growth is real but small. Almaty received about 1.1 million foreign visitors in 2024, and the "
     "Gulf winter trade is a fraction of that. Operators in Dubai say the next step is a package that combines skiing "
     "with a few days in Samarkand or Bukhara, which would mean a visa-free regime shared by Kazakhstan and Uzbekistan. "
     "Talks on such a scheme were announced in 2023 and have produced no agreement so far."),
]

NEWSLETTER = ["Get the Altitude Eurasia briefing", "Travel-trade news from Central Asia and the Caucasus, every Thursday.",
              "Email address", "Sign up", "You can unsubscribe at any time. See our privacy policy."]
TAGS = "Tags: Kazakhstan · Almaty · ski tourism · Gulf · India"
MORE_HEAD = "More from Destinations"
MORE = ["Samarkand's new airport terminal opens to foreign carriers",
        "Issyk-Kul hotels try to stretch the summer into October",
        "Why tour operators are selling Turkmenistan again",
        "Georgia's ski resorts count on visitors from Kazakhstan"]
COOKIES = ["We use cookies to understand how our site is used and to show you relevant advertising. You can accept all "
           "cookies or choose which ones to allow.", "Accept all", "Manage preferences"]
FOOTER = ["About us", "Advertise", "Contact", "Privacy policy", "Terms of use", "© 2025 Altitude Eurasia Media Ltd."]


class Printed(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_y(5)
        self.set_x(8)
        self.cell(40, 4, PRINTED, align="L")
        self.set_y(5)
        self.set_x(50)
        self.cell(self.w - 100, 4, TITLE, align="C")
        self.set_y(16)

    def footer(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_y(-9)
        self.set_x(8)
        self.cell(150, 4, URL, align="L")
        self.set_y(-9)
        self.set_x(self.w - 30)
        self.cell(22, 4, f"{self.page_no()}/{{nb}}", align="R")


def block(pdf: FPDF, text: str, size: float = 12, lh: float = 6.2, style: str = "", family: str = "Serif",
          link: bool = False) -> None:
    pdf.set_font(family, style + ("U" if link else ""), size)
    pdf.set_text_color(0, 0, 238) if link else pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def main() -> None:
    pdf = Printed(format="Letter")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    pdf.set_title(TITLE)
    pdf.set_creator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/142.0.0.0 Safari/537.36")
    pdf.set_producer("Skia/PDF m142")
    pdf.set_creation_date(dt.datetime(2025, 12, 4, 4, 17, tzinfo=dt.UTC))

    pdf.add_page()
    for item in MENU:
        block(pdf, item, 12, 6, link=True)
    pdf.ln(4)
    block(pdf, HEADLINE, 22, 10, "B")
    pdf.ln(2)
    block(pdf, STANDFIRST, 13, 6.6, "I")
    pdf.ln(2)
    block(pdf, BYLINE, 12, 6, link=True)
    block(pdf, DATELINE)
    pdf.ln(2)
    for item in SHARE:
        block(pdf, item, 12, 6, link=True)
    pdf.ln(3)
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(2)
            block(pdf, text, 16, 8, "B")
        elif kind == "link":
            block(pdf, text, link=True)
            pdf.ln(3)
        else:
            block(pdf, text)
            pdf.ln(3)
    pdf.ln(3)
    block(pdf, NEWSLETTER[0], 16, 8, "B")
    block(pdf, NEWSLETTER[1])
    block(pdf, NEWSLETTER[2])
    block(pdf, NEWSLETTER[3])
    block(pdf, NEWSLETTER[4], 10, 5)
    pdf.ln(4)
    block(pdf, TAGS)
    pdf.ln(3)
    block(pdf, MORE_HEAD, 16, 8, "B")
    for item in MORE:
        block(pdf, item, link=True)
    pdf.ln(4)
    block(pdf, COOKIES[0])
    block(pdf, COOKIES[1])
    block(pdf, COOKIES[2])
    pdf.ln(4)
    for item in FOOTER[:-1]:
        block(pdf, item, 12, 6, link=True)
    block(pdf, FOOTER[-1])
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
