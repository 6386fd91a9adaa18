"""Write the PDF file of the fifty-seventh fresh dev set with fpdf2:

eval/unseen57/Sarysu_Polymetals_OC_Notes-due-2030_excerpt.pdf — an excerpt of a state-owned company's Eurobond
offering circular as a bank's research desk files it for its readers (named after the issuer, the document, the notes
and "excerpt"): five A4 pages. Page 1 is the "IMPORTANT NOTICE" that comes before such a circular when it is sent by
e-mail, its legends in capitals; page 2 the cover: the issuer's name in large bold capitals over two lines, its place of
incorporation, the notes' line "US$500,000,000 6.125 per cent. Notes due 2030", the issue price, two paragraphs on the
notes, "Investing in the Notes involves risks …", a legend in capitals on the U.S. Securities Act, "Joint Lead Managers"
over the three banks' names and, at the foot, "Offering Circular dated 2 December 2025". Pages 3 to 5 come from inside
the circular: "RISK FACTORS" (the circular's pages 14 and 15: an opening paragraph, two headings of a group of risks in
bold capitals, six risks each under a heading in bold italics, set as one sentence, over its paragraph) and
"USE OF PROCEEDS" (page 41). Every inner page has a running header, the issuer's name at the left and "Offering
Circular" at the right over a rule (one line in the text layer), and its page number at the foot, centred. Defined
terms stand in bold within quotation marks where they are defined ((the "**Issuer**")), as such circulars print them.
Each paragraph is set with multi_cell (markdown for the bold terms), so that each printed line is a line of the text
layer; a figure and its unit are tied with non-breaking spaces where a typesetter would keep them together. The
metadata are the financial printer's: its job name as the title ("Project Sarysu - Offering Circular - FINAL"), its
creator and producer and a fixed date.

The texts are written for this set. The Republic of Kazakhstan, its Ministry of Finance and the Ministry's State
Property and Privatisation Committee, the Ulytau region, Zhezkazgan, the Sarysu river, the Xinjiang Uygur
Autonomous Region, Gansu, the Dostyk–Alashankou and Altynkol–Khorgos crossings, the port of Ust-Luga, the port of
Aktau, the Caspian Sea, Baku, Poti, the London Metal Exchange, the London Stock Exchange's International Securities
Market, the Astana International Exchange and the U.S. Securities Act are real; the issuer, its mines, its refinery
project, its facility, the three banks, the events and all figures and dates are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen57_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF
from pdf_fonts import add_serif  # eval/pdf_fonts.py, beside this script

HERE = Path(__file__).resolve().parent / "unseen57"
DOC = HERE / "Sarysu_Polymetals_OC_Notes-due-2030_excerpt.pdf"

NOTES = "US$500,000,000 6.125 per cent. Notes due 2030"
DATED = "Offering Circular dated 2 December 2025"
RUNNING_HEAD = "SARYSU POLYMETALS NATIONAL COMPANY JSC"
PAGES = 5

NOTICE_TITLE = "IMPORTANT NOTICE"
NOTICE_LEGEND = "NOT FOR DISTRIBUTION TO ANY U.S. PERSON OR TO ANY PERSON OR ADDRESS IN THE UNITED STATES"
NOTICE = [
    "IMPORTANT: YOU MUST READ THE FOLLOWING BEFORE CONTINUING. The following applies to the offering circular that "
    "follows this page, and you are therefore advised to read it carefully before reading, accessing or making any "
    "other use of the offering circular. In accessing the offering circular, you agree to be bound by the following "
    "terms and conditions, including any modifications to them each time you receive any information from us as a "
    "result of such access.",
    "NOTHING IN THIS ELECTRONIC TRANSMISSION CONSTITUTES AN OFFER OF SECURITIES FOR SALE IN THE UNITED STATES OR ANY "
    "OTHER JURISDICTION WHERE IT IS UNLAWFUL TO DO SO. THE SECURITIES HAVE NOT BEEN, AND WILL NOT BE, REGISTERED UNDER "
    "THE U.S. SECURITIES ACT OF 1933, AS AMENDED, OR THE SECURITIES LAWS OF ANY STATE OF THE UNITED STATES.",
    "THE OFFERING CIRCULAR MAY NOT BE FORWARDED OR DISTRIBUTED TO ANY OTHER PERSON AND MAY NOT BE REPRODUCED IN ANY "
    "MANNER WHATSOEVER. ANY FORWARDING, DISTRIBUTION OR REPRODUCTION OF THIS DOCUMENT IN WHOLE OR IN PART IS "
    "UNAUTHORISED.",
    "The offering circular has been sent to you in an electronic form. Documents transmitted in this form may be "
    "altered or changed during the process of transmission, and consequently none of the Issuer, the Joint Lead "
    "Managers or any person who controls any of them accepts any liability in respect of any difference between the "
    "offering circular distributed to you in electronic form and the hard copy version available on request.",
]

COVER_NAME = ["SARYSU POLYMETALS", "NATIONAL COMPANY JSC"]
COVER_INCORPORATED = "(incorporated as a joint stock company in the Republic of Kazakhstan)"
COVER_PRICE = "Issue Price: 100.000 per cent."
COVER = [
    "The US$500,000,000 6.125 per cent. Notes due 2030 (the \"**Notes**\") are issued by Sarysu Polymetals National "
    "Company JSC (the \"**Issuer**\"), the state-owned producer of zinc and lead concentrates in the Ulytau region of "
    "Kazakhstan. Interest on the Notes is payable semi-annually in arrear on 9 June and 9 December in each year, "
    "beginning on 9 June 2026. The Notes will be redeemed at their principal amount on 9 December 2030.",
    "Application has been made for the Notes to be admitted to trading on the International Securities Market of the "
    "London Stock Exchange and to the Official List of the Astana International Exchange. The Notes are not "
    "guaranteed by the Republic of Kazakhstan or by any other person.",
]
COVER_RISK = "Investing in the Notes involves risks. See \"Risk Factors\" beginning on page 14."
COVER_LEGEND = (
    "THE NOTES HAVE NOT BEEN AND WILL NOT BE REGISTERED UNDER THE U.S. SECURITIES ACT OF 1933 AND ARE BEING OFFERED "
    "ONLY OUTSIDE THE UNITED STATES IN RELIANCE ON REGULATION S."
)
MANAGERS_TITLE = "Joint Lead Managers"
MANAGERS = ["BRIGHTWATER CAPITAL MARKETS", "CASTLETON REYES INTERNATIONAL", "STEPPE CAPITAL SECURITIES"]

RISK_INTRO = (
    "An investment in the Notes involves a high degree of risk. Prospective investors should consider carefully the "
    "risks described below before they decide to invest. The Issuer and its subsidiaries (together, the "
    "\"**Group**\") may also be affected by risks that are not described here."
)
# (group heading or None, risk heading in bold italics, its paragraphs)
RISKS = [
    ("RISKS RELATING TO THE GROUP'S BUSINESS",
     "The Group depends on customers in China for the larger part of its revenue.",
     ["Sales to customers in China accounted for 57 per cent. of the Group's revenue in 2024 and 61 per cent. in the "
      "nine months ended 30 September 2025. Most of these sales are of zinc concentrate to two smelters in the "
      "Xinjiang Uygur Autonomous Region and in Gansu province under contracts renewed each year. The names of these "
      "customers are not disclosed for reasons of commercial confidentiality. Concentrate for China travels by rail "
      "through the Dostyk–Alashankou and Altynkol–Khorgos crossings, where congestion delayed the Group's shipments "
      "by up to nine days in the first half of 2025. A slowdown in Chinese construction, a change in China's import "
      "rules or a dispute over the price terms of the annual contracts could materially reduce the Group's revenue."]),
    (None,
     "Part of the Group's exports depends on transit through the Russian Federation.",
     ["In 2024 the Group shipped 212,000\u00a0tonnes of concentrate, of which 38 per cent. went by rail through the "
      "Russian Federation to the port of Ust-Luga for smelters in northern Europe. In the nine months ended 30 "
      "September 2025 this share fell to 24 per cent., as the Group began to send part of its European volumes "
      "through the port of Aktau, across the Caspian Sea to Baku and by rail to Poti. This route costs the Group "
      "about US$31 more per tonne than the route through Russia and takes two to three weeks longer. Any "
      "restriction by the Russian Federation on the transit of Kazakh goods, or any tariff increase on Russian "
      "railways, would raise the Group's costs."]),
    (None,
     "The Group may be affected by sanctions against the Russian Federation and by measures against their circumvention.",
     ["Neither the Issuer nor any member of the Group is the target of any sanctions. However, banks that process the "
      "Group's payments apply their own checks to transactions with any connection to the Russian Federation. In March "
      "2025 a European correspondent bank suspended payments to the Group for 11 days while it reviewed the "
      "Group's transactions with a Russian freight forwarder, and the Group has since terminated its contracts with "
      "two Russian forwarders. The extension of secondary sanctions to companies in third countries that trade with "
      "Russian counterparties could restrict the Group's access to banking services, to insurance and to buyers in "
      "Europe."]),
    (None,
     "The Group's results are highly sensitive to the price of zinc.",
     ["The Group sells its concentrate at prices linked to the price of zinc on the London Metal Exchange (the "
      "\"**LME**\"), less treatment charges agreed with each smelter. The LME zinc price has been volatile, and a 10 "
      "per cent. fall in the average zinc price in 2024 would have reduced the Group's EBITDA by approximately "
      "US$46 million. The Group does not hedge its exposure to the zinc price."]),
    (None,
     "The Group's mines have a limited life, and its estimates of reserves may prove inaccurate.",
     ["At current rates of production the Sarybulak mine has ore reserves for 19 years and the Zhaksy-Tau mine for 11 "
      "years. The reserve estimates have not been reviewed by an independent expert since 2021, and lower grades or "
      "higher costs than expected could shorten the life of either mine."]),
    ("RISKS RELATING TO THE REPUBLIC OF KAZAKHSTAN",
     "The Republic, as the Issuer's sole shareholder, may cause the Group to act in ways that are not in the interests "
     "of Noteholders.",
     ["The Republic of Kazakhstan (the \"**Republic**\") holds 100 per cent. of the Issuer's shares through the State "
      "Property and Privatisation Committee of the Ministry of Finance. The Republic may direct the Group to carry out "
      "social projects, to pay dividends or to invest in projects that it would not otherwise undertake. The Group "
      "supplies heat to the town of Zhezkazgan at tariffs set by the regulator, and these supplies cost it KZT "
      "9.8\u00a0billion more than it received for them in 2024. The Republic has no obligation to support the Issuer, "
      "and investors should not assume that it would do so if the Issuer were unable to pay amounts due on the "
      "Notes."]),
]
PROCEEDS = [
    "The net proceeds of the issue of the Notes, after deduction of the commissions of the Joint Lead Managers and the "
    "estimated expenses of the offering, are expected to amount to approximately US$494.6\u00a0million.",
    "The Issuer intends to use approximately US$300\u00a0million of the net proceeds to repay in full the amounts "
    "outstanding under the pre-export finance facility dated 14 March 2022 (the \"**PXF Facility**\"), which bears "
    "interest at a floating rate and matures in 2027.",
    "Approximately US$150\u00a0million will finance the first stage of the construction of a zinc refinery at "
    "Zhezkazgan (the \"**Refinery Project**\"), which is expected to produce 60,000\u00a0tonnes of refined zinc a year "
    "from 2028 and to allow the Group to sell metal instead of concentrate. The total cost of the Refinery Project "
    "will be determined once the engineering, procurement and construction contract has been awarded, which the Issuer "
    "expects in the second quarter of 2026.",
    "The balance will be used for general corporate purposes. Pending these uses, the Issuer may place the net "
    "proceeds on deposit with banks in Kazakhstan or abroad.",
]


class Circular(FPDF):
    proceeds_page = 0  # the page of "Use of proceeds", numbered 41; the risk factors run on from 14 at page 3

    def number(self) -> int | None:
        """The circular's page number printed on this page of the excerpt (none on the notice and the cover)."""
        if self.page_no() < 3:
            return None
        return 41 if self.page_no() == self.proceeds_page else 11 + self.page_no()

    def header(self) -> None:
        number = self.number()
        if number is None:
            return
        self.set_font("Serif", "", 8)
        self.set_text_color(70, 70, 70)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 4, f"{RUNNING_HEAD}    Offering Circular", align="L")
        self.set_draw_color(90, 90, 90)
        self.set_line_width(0.2)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 20)

    def footer(self) -> None:
        number = self.number()
        if number is None:
            return
        self.set_y(-15)
        self.set_font("Serif", "", 9)
        self.cell(0, 5, str(number), align="C")


def tie(text: str) -> str:
    """Non-breaking spaces where a typesetter keeps a figure with its unit: "57 per cent.", "19 years", "US$46 million"."""
    return re.sub(r"(?<=\d) (?=(?:per\b|years\b|days\b|million\b|billion\b|tonnes\b))", "\u00a0", text)


def paragraph(pdf: FPDF, text: str, size: float = 10.5) -> None:
    pdf.set_font("Serif", "", size)
    pdf.multi_cell(pdf.epw, 5.4, tie(text), align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.6)


def main() -> None:
    pdf = Circular(format="A4")
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, margin=22)
    add_serif(pdf)
    pdf.set_title("Project Sarysu - Offering Circular - FINAL")
    pdf.set_creator("Donnelley Financial ActiveDisclosure")
    pdf.set_producer("Acrobat Distiller 23.0 (Windows)")
    pdf.set_creation_date(dt.datetime(2025, 12, 2, 18, 20, tzinfo=dt.UTC))

    # page 1: the notice sent with the circular
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(pdf.epw, 8, NOTICE_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 10)
    pdf.multi_cell(pdf.epw, 5.2, NOTICE_LEGEND, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for text in NOTICE:
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(pdf.epw, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    # page 2: the cover
    pdf.add_page()
    pdf.ln(6)
    pdf.set_font("Serif", "B", 22)
    for line in COVER_NAME:
        pdf.cell(pdf.epw, 11, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 10)
    pdf.cell(pdf.epw, 6, COVER_INCORPORATED, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Serif", "B", 15)
    pdf.cell(pdf.epw, 8, NOTES, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 11)
    pdf.cell(pdf.epw, 7, COVER_PRICE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for text in COVER:
        paragraph(pdf, text, size=10)
    pdf.set_font("Serif", "B", 10)
    pdf.multi_cell(pdf.epw, 5.4, COVER_RISK, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 8.5)
    pdf.multi_cell(pdf.epw, 4.4, COVER_LEGEND, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(pdf.epw, 7, MANAGERS_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 10)
    for name in MANAGERS:
        pdf.cell(pdf.epw, 6, name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-32)
    pdf.set_font("Serif", "", 11)
    pdf.cell(pdf.epw, 6, DATED, align="C", new_x="LMARGIN", new_y="NEXT")

    # pages 3 and 4: risk factors (the circular's pages 14 and 15)
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(pdf.epw, 8, "RISK FACTORS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    paragraph(pdf, RISK_INTRO)
    for group, heading, texts in RISKS:
        if group:
            pdf.ln(1)
            pdf.set_font("Serif", "B", 10.5)
            pdf.multi_cell(pdf.epw, 5.6, group, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("Serif", "BI", 10.5)
        pdf.multi_cell(pdf.epw, 5.4, heading, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for text in texts:
            paragraph(pdf, text)
    assert pdf.page_no() == PAGES - 1, pdf.page_no()

    # the last page: use of proceeds (the circular's page 41)
    pdf.proceeds_page = PAGES
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(pdf.epw, 8, "USE OF PROCEEDS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for text in PROCEEDS:
        paragraph(pdf, text)
    assert pdf.page_no() == PAGES, pdf.page_no()
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
