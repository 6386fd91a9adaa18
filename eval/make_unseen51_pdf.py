"""Write the PDF file of the fifty-first fresh dev set with fpdf2:

eval/unseen51/FW_ Briefing memo_ Polish border closure and Kazakh transit.pdf — an e-mail printed to PDF from
Outlook for Windows (File > Print, "Memo Style", Microsoft Print to PDF; the user named the file after the subject,
its colons saved as "_"): at the top of the first page the printing user's name with her organisation in bold and a
heavy rule under it; the header table of the message ("From:", "Sent:", "To:", "Cc:", "Subject:", "Attachments:" with
the spreadsheet's name and size, each label in bold with its value on the same line); the external-sender banner of
the bank's mail gateway ("CAUTION: This email originated from outside of the organization. …", in a shaded box over
two lines); the sender's short covering note with her signature block and "Sent from my iPhone"; the forwarded message
under Outlook's separator rule with its own "From:" / "Sent:" / "To:" / "Cc:" / "Subject:" lines; its body, a briefing
memo with its headline and five bold headings over its paragraphs, signed by the analyst (name, title, office, phone);
the gateway's long confidentiality disclaimer at the end; on every page a page number centred at the foot.

The texts are written for this set; the bank, the consultancy, its people, the Chinese operator, the deputy minister
and all figures and dates but the closure's are fictional (Poland's closure of its border with Belarus from 12 to 25
September 2025, Małaszewicze, Terespol, Kuźnica, Brest, Khorgos, Dostyk, Aktau, Kuryk, Kazakhstan Temir Zholy and the
Trans-Caspian route are real, but what is said of them here is invented).
Lines are set with fpdf2's multi_cell, left-aligned, so that pypdf gives one line of text per line of the page.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen51_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen51"
DOC = HERE / "FW_ Briefing memo_ Polish border closure and Kazakh transit.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

PRINTER = "Nurmagambetova, Saule (Turan Trade Finance Bank JSC)"
HEADER = [
    ("From:", "Dana Whitfield <d.whitfield@corridorlogic.co.uk>"),
    ("Sent:", "Wednesday, December 3, 2025 10:42 AM"),
    ("To:", "Nurmagambetova, Saule <s.nurmagambetova@turantfb.kz>"),
    ("Cc:", "Transport Credit Desk <transport.credit@turantfb.kz>; Askar Bekturov <a.bekturov@corridorlogic.co.uk>"),
    ("Subject:", "FW: Briefing memo: Polish border closure and Kazakh transit"),
    ("Attachments:", "KTZ_transit_monthly_Jan-Oct2025.xlsx (52 KB)"),
]
BANNER = ("CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
          "unless you recognise the sender and were expecting the message. Report anything suspicious to IT Security.")
NOTE = [
    "Saule,",
    "As promised on Monday's call, below is the memo our Almaty desk circulated internally yesterday on the September "
    "closure of the Polish border. The section on the Trans-Caspian rebooking may help your credit committee on "
    "Friday. The spreadsheet has the monthly KTZ series we used.",
    "Happy to walk your team through it.",
    "Best regards,",
    "Dana",
]
SIGNATURE = ["Dana Whitfield", "Principal, Eurasia Freight Risk | Corridor Logic Ltd",
             "T: +44 20 7946 0381 | M: +44 7700 900 512", "Sent from my iPhone"]
FORWARD = [
    ("From:", "Askar Bekturov <a.bekturov@corridorlogic.co.uk>"),
    ("Sent:", "Tuesday, December 2, 2025 6:14 PM"),
    ("To:", "Eurasia Desk <eurasia.desk@corridorlogic.co.uk>"),
    ("Cc:", "Dana Whitfield <d.whitfield@corridorlogic.co.uk>"),
    ("Subject:", "Briefing memo: Polish border closure and Kazakh transit"),
]
GREETING = "All,"
INTRO_LINE = "Memo below for the file and for client calls this week. Comments welcome by Friday."

HEADLINE = "Thirteen days at Małaszewicze: what Poland's border closure cost the Kazakh rail corridor"
# ("h", heading) or ("p", paragraph)
BODY = [
    ("p", "Poland closed its border with Belarus at midnight on 12 September 2025, citing the Russian and Belarusian "
     "military exercises next door, and the closure covered the rail crossings at Terespol and Kuźnica. The crossings "
     "reopened on 25 September. For the China–Europe rail route, which runs through Kazakhstan, Russia and Belarus "
     "before it enters the European Union at Małaszewicze, those thirteen days were the longest interruption since "
     "regular services began. This memo sets out what happened to traffic through Kazakhstan, what the rerouting cost "
     "our clients, and what we expect next."),
    ("h", "What stopped, and where"),
    ("p", "By our count, 312 westbound container trains were held or turned back during the closure. About 140 of them "
     "waited on Belarusian territory near Brest, and another 37 were held at the Khorgos and Dostyk stations on the "
     "Kazakh–Chinese border, where Kazakhstan Temir Zholy stopped accepting trains for Poland on 15 September. "
     "Eastbound traffic suffered less, because most of it had already crossed Poland when the border shut."),
    ("p", "The Małaszewicze terminal handles roughly 90 percent of rail freight between China and the EU, so the "
     "northern route had no real second gateway. Some operators sent trains towards the Lithuanian border, but "
     "capacity there was about six trains a day, and Lithuania's own frictions with Minsk made shippers wary."),
    ("h", "The Kazakh numbers"),
    ("p", "Container transit through Kazakhstan on the China–Europe route reached about 482,000 TEU in January to "
     "August 2025, according to KTZ, up 9 percent on the same months of 2024. In September it fell to 41,300 TEU, "
     "the weakest month in two years, and in October it recovered to 58,900 TEU as the backlog moved. KTZ says the "
     "queue at the Chinese border was cleared by 6 October."),
    ("p", "How much of the held cargo was of Kazakh origin, rather than Chinese goods in transit, KTZ has not "
     "published. Our own estimate from client bookings is that fewer than one train in ten carried Kazakh exports. "
     "Kazakh importers were hit harder: European machinery and spare parts for at least two mining companies in "
     "East Kazakhstan arrived four to five weeks late."),
    ("p", "Uzbek shippers, who use the same route through Kazakhstan for cotton yarn and dried fruit to Europe, were "
     "caught as well. How many Uzbek containers were held has not been reported by Uzbekistan Railways, and our "
     "Tashkent clients could give us only partial numbers."),
    ("p", "Rates moved fast. The spot rate for a forty-foot container from Chongqing to Duisburg rose from about "
     "$5,300 in early September to $7,100 at the peak of the closure, according to the freight indices we track, and "
     "was back to about $5,600 by the end of October."),
    ("h", "Rerouting through the Middle Corridor"),
    ("p", "During the closure, containers equal to 46 trains were rebooked onto the Trans-Caspian route, through the "
     "ports of Aktau and Kuryk, Baku, Georgia and Turkey. Transit on that route took 19 to 23 days from Xi'an to "
     "Istanbul, against 14 to 16 days from Xi'an to Małaszewicze on the northern route. The extra cost to shippers "
     "averaged about $1,900 per forty-foot container, most of it for the Caspian crossing and transshipment."),
    ("p", "The port of Aktau handled 11 additional feeder calls in the second half of September. Vessel space was the "
     "bottleneck: neither the Azerbaijani nor the Kazakh shipping lines had spare ships, and at least one Chinese "
     "operator, Silk Lane Express, cancelled a planned Middle Corridor train because it could not secure slots. "
     "Whether the Trans-Caspian route kept any of the diverted cargo after the border reopened, the operators have "
     "not disclosed."),
    ("h", "The diplomacy"),
    ("p", "Kazakhstan's foreign ministry raised the closure with Warsaw twice. Deputy Foreign Minister Yerlan "
     "Sagimbayev met the Polish ambassador in Astana on 18 September, and the two governments agreed to set up a "
     "working group on transit. Beijing was blunter: Chinese officials asked Warsaw to keep the route safe and "
     "stable, and Chinese forwarders lobbied the European Commission directly."),
    ("p", "Poland has given no assurance that a future closure would be announced in advance; its government said "
     "such decisions depend on the security situation on the border. The Kazakh–Polish working group has not yet "
     "met. Compensation for demurrage and storage is being negotiated between operators and the railways, and the "
     "amounts claimed have not been disclosed."),
    ("h", "What we recommend"),
    ("p", "First, clients with time-sensitive cargo should hold a standing booking option on the Trans-Caspian route, "
     "even at a premium. Second, contracts signed from 2026 should name border closures explicitly as force majeure, "
     "since several of the September claims turned on whether a political closure qualifies. Third, trade finance "
     "documents should allow a change of route and border station without a new letter of credit, the issue that "
     "delayed 14 shipments we handled."),
    ("p", "We will update this memo when KTZ publishes its November figures, expected in mid-December."),
]
CLOSING = ["Askar Bekturov", "Senior Analyst, Rail & Intermodal", "Corridor Logic Ltd, Almaty office",
           "M: +7 701 555 2184"]
DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. They are "
    "intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately "
    "by return e-mail and delete this message and any copies from your system; you must not copy, forward, disclose "
    "or otherwise use any part of it. Corridor Logic Ltd does not accept liability for any loss or damage arising "
    "from the use of this e-mail or its attachments, nor for viruses or errors in transmission. Any views or opinions "
    "expressed are those of the author and do not necessarily represent those of Corridor Logic Ltd. Corridor Logic "
    "Ltd is registered in England and Wales under company number 09481726. Registered office: 4 Lambeth Yard, London "
    "SE1 7PB."
)


class Printed(FPDF):
    def footer(self) -> None:
        self.set_font("Sans", "", 9)
        self.set_y(-12)
        self.cell(0, 5, str(self.page_no()), align="C")


def block(pdf: FPDF, text: str, size: float = 10.5, lh: float = 5.2, style: str = "") -> None:
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")


def header_row(pdf: FPDF, label: str, value: str, width: float = 29) -> None:
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(width, 5.2, label)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_xy(pdf.l_margin + width, y)
    pdf.multi_cell(0, 5.2, value, align="L", new_x="LMARGIN", new_y="NEXT")


def main() -> None:
    pdf = Printed(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    pdf.set_title("FW: Briefing memo: Polish border closure and Kazakh transit")
    pdf.set_author("Nurmagambetova, Saule")
    pdf.set_creator("Microsoft® Outlook® for Microsoft 365")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_creation_date(dt.datetime(2025, 12, 3, 6, 5, tzinfo=dt.UTC))

    pdf.add_page()
    block(pdf, PRINTER, 14, 7, "B")
    pdf.set_line_width(1.2)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.set_line_width(0.2)
    pdf.ln(5)
    for label, value in HEADER:
        header_row(pdf, label, value)
    pdf.ln(4)
    pdf.set_fill_color(255, 235, 156)
    pdf.set_font("Sans", "B", 9)
    pdf.multi_cell(0, 4.6, BANNER, border=1, align="L", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for text in NOTE:
        block(pdf, text)
        pdf.ln(2)
    pdf.ln(1)
    for i, text in enumerate(SIGNATURE):
        block(pdf, text, 9.5 if i else 10.5, 4.8, "B" if i == 0 else "")
    pdf.ln(4)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)
    for label, value in FORWARD:
        header_row(pdf, label, value, 18)
    pdf.ln(4)
    block(pdf, GREETING)
    pdf.ln(1)
    block(pdf, INTRO_LINE)
    pdf.ln(4)
    block(pdf, HEADLINE, 13, 6.4, "B")
    pdf.ln(2)
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(1)
            block(pdf, text, 10.5, 5.2, "B")
            pdf.ln(1)
        else:
            block(pdf, text)
            pdf.ln(3)
    pdf.ln(2)
    for i, text in enumerate(CLOSING):
        block(pdf, text, 10 if i else 10.5, 4.8, "B" if i == 0 else "")
    pdf.ln(6)
    block(pdf, DISCLAIMER, 7.5, 3.8, "I")
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
