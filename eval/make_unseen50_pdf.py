"""Write the hearing transcript of the fiftieth fresh dev set with fpdf2:

eval/unseen50/121025 Trade and Labor Standards Subcommittee - Turkmen Cotton Hearing - FINAL.pdf — the transcript of a
(fictional) Senate subcommittee hearing as the (fictional) court-reporting firm Alderbrook Reporting delivers it: Letter
pages in court-reporter layout, a monospaced face, 25 numbered lines a page. The page frame is drawn first on each page,
as the reporting software's page template is: the page number at the top right and the line numbers 1 to 25 down the left
margin; then the page's lines of text, each on the baseline of its numbered line, and last the firm's footer
("Alderbrook Reporting, Inc. | (202) 555-0142 | alderbrook-reporting.example"). Page 1 is the cover (the Senate, the
committee and subcommittee, the hearing's title over two lines, the date, the place, "Reported by: …"); page 2 the index
of witnesses with their page numbers; then the proceedings: speaker labels in capitals opening each turn ("THE
CHAIRMAN:", "SENATOR HALE:", "MS. ORTIZ:"), the turn's text wrapped at 58 characters (words joined by "~" in the source kept on one line), stage directions in parentheses
("(Whereupon, at 10:02 a.m., the hearing was called to order.)", "(Recess.)"); the reporter's certificate on the last
page. The metadata carry no title (the firm's software writes none), only its creator.

So pypdf gives, on each page, the page number, the 25 line numbers each alone on a line, the page's lines of text one by
one, and the footer.

The prose is written for this set. The United States Senate, U.S. Customs and Border Protection and its withhold release
order on Turkmen cotton of May 2018, the Cotton Campaign, the ILO, Turkmenistan, its velayats, Uzbekistan, the Amu Darya,
Turkey and Pakistan are real; the subcommittee, the senators, the witnesses, their organisations, the reporting firm, the
quotes and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen50_pdf.py
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen50"
DOC = HERE / "121025 Trade and Labor Standards Subcommittee - Turkmen Cotton Hearing - FINAL.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

FOOTER = "Alderbrook Reporting, Inc. | (202) 555-0142 | alderbrook-reporting.example"
WIDTH = 58  # characters of a line of text
LINES = 25

COVER = [
    "", "UNITED STATES SENATE", "", "COMMITTEE ON FINANCE", "", "SUBCOMMITTEE ON TRADE AND LABOR STANDARDS", "", "",
    "TURKMEN COTTON AND FORCED LABOR:", "REVIEWING THE 2018 IMPORT BAN", "", "",
    "Wednesday, December 10, 2025", "", "Washington, D.C.", "Dirksen Senate Office Building, Room SD-215", "", "", "",
    "", "", "Reported by: Patricia L. Moran, RPR", "Job No. 25-1210-TLS", "", "",
]

INDEX = [
    "", "I N D E X", "", "OPENING STATEMENTS                                  PAGE", "",
    "Hon. Daniel Whitcomb, Chairman                         3", "Hon. Margaret Hale, Ranking Member                      3",
    "", "WITNESSES", "",
    "Elena Ortiz, Executive Director, Trade Remedy", "and Forced Labor Division, Office of Trade,",
    "U.S. Customs and Border Protection                     3", "",
    "Dr. Maral Atayeva, Senior Researcher, Caspian", "Labour Rights Project                                  4", "",
    "Thomas Reilly, Vice President for Compliance, North", "American Home Textiles Alliance                        5",
    "", "QUESTIONS AND ANSWERS                                  5", "", "REPORTER'S CERTIFICATE                                 7",
    "", "",
]

# ("d", stage direction) or ("t", speaker label, turn)
PROCEEDINGS = [
    ("d", "(Whereupon, at 10:02 a.m., the hearing was called to order.)"),
    ("t", "THE CHAIRMAN:", "Good morning. The subcommittee will come to order. In May 2018 Customs and Border Protection "
     "issued a withhold release order on cotton from Turkmenistan and on goods made with it. Seven years later the order "
     "is still in force, and today we ask whether it works. By its own figures Turkmenistan harvested about 1.05 million "
     "tonnes of raw cotton this autumn, and its farmers still have to meet a state quota. I recognize the ranking member."),
    ("t", "SENATOR HALE:", "Thank you, Mr. Chairman. Turkey bought 71 percent of Turkmenistan's cotton yarn exports last "
     "year, and much of that yarn is woven into towels and jeans that end up in American stores. An order that stops "
     "bales at our ports does little if the fibre arrives inside a product finished in a third country."),
    ("t", "THE CHAIRMAN:", "Ms. Ortiz, you may proceed."),
    ("t", "MS. ORTIZ:", "Chairman Whitcomb, Ranking Member Hale, thank you for the invitation. Since the order took effect "
     "CBP has detained 312 shipments linked to Turkmen cotton, with a declared value of $48.6 million. In fiscal year "
     "2025 alone we stopped 41 shipments worth $9.2 million, most of them towels and denim shipped from third countries. "
     "About one in five detained shipments was released after the importer showed that its cotton came from somewhere "
     "else. We do not disclose the names of the importers concerned."),
    ("t", "MS. ORTIZ:", "Since 2023 we have also tested the fibre itself. Our laboratory in Savannah analysed 1,840 "
     "samples in fiscal year 2025, against 610 two years earlier. Isotope testing can tell Central Asian cotton from "
     "American or Brazilian cotton with high confidence, but it cannot reliably separate Turkmen cotton from Uzbek "
     "cotton grown a few miles away across the Amu Darya. That is a real limit, and we are honest about it."),
    ("t", "SENATOR HALE:", "How many of those samples pointed to Turkmenistan?"),
    ("t", "MS. ORTIZ:", "That breakdown has not been made public, Senator, and I cannot give it in an open session."),
    ("t", "THE CHAIRMAN:", "Dr. Atayeva."),
    ("t", "DR. ATAYEVA:", "Thank you, Mr. Chairman. Our monitors worked in four of the country's five velayats during this "
     "year's harvest, from~September~8~to~November~20. We documented teachers, nurses and municipal workers sent to the "
     "fields, and public employees who paid between~300~and~500~manats to hire a picker in their place. The government "
     "has never disclosed how many public-sector workers it sends to the harvest. Uzbekistan shows that change is "
     "possible: the Cotton Campaign lifted its call to boycott Uzbek cotton once the ILO found that systemic forced "
     "labour had ended there. Turkmenistan has not let ILO monitors into its fields. The ILO held technical talks in "
     "Ashgabat in April 2025, but no agreement on a monitoring mission has been announced."),
    ("t", "THE CHAIRMAN:", "Mr. Reilly."),
    ("t", "MR. REILLY:", "Thank you. The North American Home Textiles Alliance has 140 member companies that import "
     "towels, sheets and denim, and our members support the order. But compliance is expensive. Tracing one product line "
     "back to the gin costs a mid-sized importer about~$85,000~a~year. In 2024 the alliance began a pilot with 12 "
     "companies to follow fibre through spinning mills in Turkey and Pakistan. Its results are due in March 2026; we have "
     "not published any findings yet."),
    ("d", "(Recess.)"),
    ("t", "SENATOR HALE:", "Ms. Ortiz, has Turkmenistan asked the United States to lift the order?"),
    ("t", "MS. ORTIZ:", "The embassy of Turkmenistan filed a petition to modify the order in February 2025, and it is under "
     "review. A modification requires evidence that the goods are no longer made with forced labor, and we have not "
     "received that evidence."),
    ("t", "SENATOR HALE:", "When will the review be finished?"),
    ("t", "MS. ORTIZ:", "No deadline has been set for the review."),
    ("t", "SENATOR HALE:", "Dr. Atayeva, where does the fibre go now?"),
    ("t", "DR. ATAYEVA:", "Roughly 60 percent of the crop is now spun at home, in 23 state-owned mills, and most of the "
     "yarn goes to Turkey. Raw fibre still goes to Pakistan and Bangladesh, in volumes we cannot verify, because "
     "Turkmenistan stopped publishing its customs statistics by product in 2019."),
    ("t", "THE CHAIRMAN:", "Dr. Atayeva, what would you need to see before the order is lifted?"),
    ("t", "DR. ATAYEVA:", "Three things: independent monitors with free access for at least two harvests, an end to the "
     "quota, and the right of farmers to sell to any buyer. In 2024 Ashgabat said private farmers could sell cotton "
     "above the quota on the commodity exchange, at a floor price of 4,200 manats a tonne. Whether any farmer actually "
     "did so in 2025 is not known."),
    ("t", "THE CHAIRMAN:", "Mr. Reilly, how much Turkmen cotton still reaches American shelves?"),
    ("t", "MR. REILLY:", "Nobody can say with any precision. Our members buy from about 30 spinning mills that have "
     "promised in writing not to use Turkmen fibre, and we audit nine of them each year. What the others do, we "
     "cannot check."),
    ("t", "THE CHAIRMAN:", "I thank the witnesses. The record will remain open for ten business days for questions for "
     "the record."),
    ("d", "(Whereupon, at 11:48 a.m., the hearing was adjourned.)"),
]

CERTIFICATE = [
    "", "CERTIFICATE OF REPORTER", "",
    "I, Patricia L. Moran, Registered Professional Reporter,",
    "do hereby certify that the foregoing proceedings were",
    "reported by me stenographically and thereafter reduced",
    "to typewriting under my direction; that the foregoing",
    "is a true and accurate record of the proceedings; and",
    "that I am neither counsel for, related to, nor employed",
    "by any of the parties to this action.", "", "",
    "______________________________", "Patricia L. Moran, RPR", "Notary Public in and for the District of Columbia",
    "My commission expires: June 30, 2028", "", "",
]


def proceedings_lines() -> list[str]:
    out: list[str] = []
    for item in PROCEEDINGS:
        if item[0] == "d":
            out += textwrap.wrap(item[1], WIDTH - 10, initial_indent=" " * 10, subsequent_indent=" " * 10)
        else:
            _, label, text = item
            text = text.replace("~", "\u00a0")  # textwrap does not break at a no-break space
            out += textwrap.wrap(f"{label} {text}", WIDTH, initial_indent=" " * 8, subsequent_indent="")
    return [line.replace("\u00a0", " ") for line in out]


def pages() -> list[list[str]]:
    body = proceedings_lines()
    out = [COVER, INDEX]
    while body:
        out.append(body[:LINES])
        body = body[LINES:]
    last = out[-1]
    if len(last) + len(CERTIFICATE) <= LINES:
        out[-1] = last + CERTIFICATE
    else:
        out.append(CERTIFICATE)
    return [p + [""] * (LINES - len(p)) for p in out]


class Transcript(FPDF):
    def footer(self) -> None:
        self.set_font("Mono", "", 8)
        self.set_y(-14)
        self.cell(0, 4, FOOTER, align="C")


def main() -> None:
    pdf = Transcript(format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_font("Mono", "", str(DEJAVU / "DejaVuSansMono.ttf"))
    pdf.add_font("Mono", "B", str(DEJAVU / "DejaVuSansMono-Bold.ttf"))
    pdf.set_creator("StenoLine Pro 11.4")
    pdf.set_producer("StenoLine PDF Writer")
    pdf.set_creation_date(dt.datetime(2025, 12, 11, 21, 5, tzinfo=dt.UTC))
    top, step = 26.0, 9.1
    for number, lines in enumerate(pages(), 1):
        pdf.add_page()
        pdf.set_font("Mono", "", 11)
        pdf.set_xy(170, 10)
        pdf.cell(30, 5, str(number), align="R")  # the frame: the page number, then the line numbers
        for i in range(LINES):
            pdf.set_xy(14, top + i * step)
            pdf.cell(10, 5, str(i + 1), align="R")
        pdf.set_draw_color(120, 120, 120)
        pdf.line(28, 20, 28, top + LINES * step)
        pdf.line(30, 20, 30, top + LINES * step)
        pdf.set_font("Mono", "", 11)
        for i, line in enumerate(lines):
            if not line:
                continue
            pdf.set_xy(33, top + i * step)
            if number <= 2 or (number == len(pages()) and line.strip() and line in CERTIFICATE):
                stripped = line.strip()
                centered = number == 1 or stripped in ("I N D E X", "WITNESSES", "CERTIFICATE OF REPORTER")
                pdf.cell(170, 5, stripped if centered else line, align="C" if centered else "L")
            else:
                pdf.cell(170, 5, line, align="L")
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
