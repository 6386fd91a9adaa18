"""Write the fact sheet of the fifty-second fresh dev set with fpdf2:

eval/unseen52/FS07-2025_Kyrgyz-honey-exports_EN_web.pdf — a two-page fact sheet of the State Agency for Agri-Food
Exports under the Cabinet of Ministers of the Kyrgyz Republic (a fictional agency), as a government agency publishes
one on its website: A4 pages; on page 1 a coloured band with the agency's name over two lines and "FACT SHEET No.
7/2025 · Markets", the headline in bold across the page and the lead under it; then two columns of text with bold
section headings. Page 1's right column opens with an "At a glance" box (a shaded sidebar of six figures, each a line
of its own), page 2's right column ends with a photo (a grey frame) with its caption and credit, and beside it a QR
code with its caption ("Scan for the register of approved exporters"). Every page has a footer: the agency's URL, the
fact sheet's number, "Revised 28 November 2025" and "Page N of 2". The text of each column is laid out line by line
(the wrapping is computed first, then each line placed), so pypdf gives, page by page, the band, the headline and
lead, the left column's lines, the box, the right column's lines, the photo's caption and credit, the QR caption and
the footer. The metadata are the layout program's: no title, its creator and producer.

The prose is written for this set. Kyrgyzstan, its regions, the Ministry of Water Resources, Agriculture and
Processing Industry, the General Administration of Customs of China, the European Commission's list of third
countries with approved residue monitoring plans, Torugart, Apimondia (held in Copenhagen in September 2025), the
United Arab Emirates, Saudi Arabia, Kazakhstan, Russia and Germany are real; the agency, its people, the laboratory in
Karakol, the grant programme and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen52_pdf.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen52"
DOC = HERE / "FS07-2025_Kyrgyz-honey-exports_EN_web.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

AGENCY = ["STATE AGENCY FOR AGRI-FOOD EXPORTS", "under the Cabinet of Ministers of the Kyrgyz Republic"]
SERIES = "FACT SHEET No. 7/2025 · Markets"
FOOTER = "www.agrifoodexport.gov.kg  |  Fact sheet 7/2025  |  Revised 28 November 2025  |  Page {} of 2"
HEADLINE = "Kyrgyz Honey Abroad: Markets, Rules and the Road to 2026"
LEAD = (
    "Kyrgyzstan sold more honey abroad in the first ten months of 2025 than in any full year before. This fact sheet "
    "sets out where the honey goes, which rules exporters must meet in each market and what support the agency "
    "offers in the coming season."
)
BOX_TITLE = "At a glance"
BOX = [
    "2,140 t exported, Jan–Oct 2025",
    "US$7.9 million in export earnings",
    "61% of the volume shipped to China",
    "23 exporters registered in China",
    "about 460,000 bee colonies",
    "3,000 t: the export goal for 2026",
]

# (heading or None, paragraph); column breaks are decided by the layout
LEFT_1 = [
    ("A small sector with a long reach", None),
    (None, "About 18,500 beekeepers are registered in the country, most of them families keeping fewer than fifty "
     "hives. Together they keep about 460,000 colonies and produce between 6,500 and 7,000 tonnes of honey a year, "
     "depending on the weather in the high pastures. The best-known product is the white honey of sainfoin, "
     "collected in June and July in the Naryn, Talas and Issyk-Kul regions; polyfloral mountain "
     "honey from Jalal-Abad comes second."),
    (None, "From January to October 2025 exporters shipped 2,140 tonnes of natural honey, against 1,460 tonnes in "
     "the whole of 2024, and earned US$7.9 million. Most of it left in 300-kilogram steel drums; honey in retail "
     "jars made up less than a tenth of the volume."),
    ("China: the largest buyer", None),
    (None, "China took 1,310 tonnes, or 61 percent of the volume. To sell there a producer must be entered in the "
     "register of the General Administration of Customs of China, which checks the exporter's plant and its "
     "records. At the end of October 23 Kyrgyz companies were registered, and 14 of them shipped in 2025. "
     "Most of the drums cross at Torugart by truck and are cleared at the inland port in Kashi, which takes "
     "four to six days."),
]
RIGHT_1 = [
    (None, "Chinese buyers mostly blend Kyrgyz honey with their own and pay by the drum, so the exporter's name "
     "rarely reaches the shelf. The agency is talking with two Chinese retail chains about jars under a Kyrgyz "
     "brand; no agreement has been signed yet."),
    ("The European Union: a plan every year", None),
    (None, "A country may export honey to the European Union only while the European Commission keeps it on the "
     "list of third countries with an approved plan for monitoring residues of veterinary medicines. "
     "Kyrgyzstan's plan for 2025 was approved in April, and exporters shipped 186 tonnes to the EU, most of "
     "it to Germany. Samples for the plan are tested at the national reference laboratory in Bishkek, which "
     "received its ISO 17025 accreditation in 2024."),
    (None, "One consignment was rejected at the EU border in July 2025 after traces of an antibiotic were found. "
     "The exporter's name has not been made public; the agency has suspended its entry in the register of "
     "approved exporters until a second test is done."),
]
LEFT_2 = [
    ("The Gulf and neighbouring markets", None),
    (None, "Sales to the Gulf grew from a trial shipment to 96 tonnes, most of it sold in the United Arab Emirates "
     "and the rest in Saudi Arabia, all of it in jars and with a halal certificate. Buyers there pay the highest "
     "prices: a jar of sainfoin honey sells for the equivalent of about US$11.50 a kilogram, against an average "
     "of US$3.70 a kilogram for honey in drums."),
    (None, "Kazakhstan bought 410 tonnes and Russia 120 tonnes. As members of the Eurasian Economic Union with "
     "Kyrgyzstan, both take honey without customs clearance, but retailers ask for a declaration of conformity "
     "to the union's technical regulations, and Kazakh buyers now test for added sugar syrup."),
    ("Quality and traceability", None),
    (None, "Since March 2025 beekeepers can enter their apiaries in a national register and label each jar with a "
     "code that leads to the apiary, the season and the laboratory report. By the end of October 4,200 apiaries "
     "had been registered. The register is free for beekeepers; exporters pay for the laboratory tests."),
    (None, "The agency's inspectors took 640 samples in 2025. Adulteration with syrup remains the main concern, "
     "and the agency publishes the names of sellers caught twice."),
]
RIGHT_2 = [
    ("Support in 2025 and plans for 2026", None),
    (None, "Under the agency's grant programme 312 beekeepers' cooperatives shared 38 million soms for stainless "
     "steel extractors, settling tanks and drums. A second laboratory, in Karakol, is due to open in March 2026; "
     "its cost has not been announced. A national stand at Apimondia in Copenhagen in September 2025 brought "
     "contacts with eleven buyers from six countries."),
    (None, "The agency's goal is to export 3,000 tonnes in 2026 and to raise the share sold in jars to a fifth. Its "
     "director, Nurbek Asanaliev, said the limit is no longer demand but testing: \"Every drum that leaves the "
     "country must carry a clean report, or the whole sector pays for one mistake.\""),
]
PHOTO_CAPTION = "Hives above Kochkor, Naryn region, in July 2025."
PHOTO_CREDIT = "Photo: A. Toktogulova / State Agency for Agri-Food Exports"
QR_CAPTION = ["Scan for the register", "of approved exporters"]

MARGIN = 15
GAP = 8
LH = 4.7  # line height of the body text


class Sheet(FPDF):
    def footer(self) -> None:
        self.set_y(-13)
        self.set_draw_color(0, 110, 80)
        self.line(MARGIN, self.get_y() - 1.5, self.w - MARGIN, self.get_y() - 1.5)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, FOOTER.format(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def lines_of(pdf: FPDF, text: str, width: float) -> list[str]:
    return pdf.multi_cell(width, LH, text, dry_run=True, output="LINES")


def column(pdf: FPDF, x: float, y: float, width: float, items: list[tuple[str | None, str | None]]) -> float:
    """Place a column's headings and paragraphs line by line from (x, y); the y under it."""
    for heading, text in items:
        if heading:
            y += 1.5
            pdf.set_font("Sans", "B", 10)
            pdf.set_text_color(0, 110, 80)
            for line in lines_of(pdf, heading, width):
                pdf.set_xy(x, y)
                pdf.cell(width, 5, line)
                y += 5
            pdf.set_text_color(0, 0, 0)
            y += 0.5
        if text:
            pdf.set_font("Sans", "", 8.8)
            for line in lines_of(pdf, text, width):
                pdf.set_xy(x, y)
                pdf.cell(width, LH, line)
                y += LH
            y += 2
    return y


def qr(pdf: FPDF, x: float, y: float, size: float) -> None:
    """A QR-like pattern of 25 modules a side (finder squares in three corners), drawn from a fixed digest."""
    n = 25
    m = size / n
    bits = "".join(f"{b:08b}" for b in hashlib.sha256(b"agrifoodexport.gov.kg/register").digest() * 3)
    pdf.set_fill_color(0, 0, 0)
    k = 0
    for r in range(n):
        for c in range(n):
            finder = any(r0 <= r < r0 + 7 and c0 <= c < c0 + 7 for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                rr, cc = r % (n - 7) if r >= n - 7 else r, c % (n - 7) if c >= n - 7 else c
                ring = max(abs(rr - 3), abs(cc - 3))
                on = ring in (0, 1, 3)
            else:
                on = bits[k % len(bits)] == "1"
                k += 1
            if on:
                pdf.rect(x + c * m, y + r * m, m, m, style="F")


def main() -> None:
    pdf = Sheet(format="A4")
    pdf.set_margins(MARGIN, 12, MARGIN)
    pdf.set_auto_page_break(False)
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    pdf.set_creator("Adobe InDesign 20.0 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creation_date(dt.datetime(2025, 11, 28, 9, 40, tzinfo=dt.UTC))
    col = (pdf.w - 2 * MARGIN - GAP) / 2
    left, right = MARGIN, MARGIN + col + GAP

    # page 1
    pdf.add_page()
    pdf.set_fill_color(0, 110, 80)
    pdf.rect(0, 0, pdf.w, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(MARGIN, 7)
    pdf.cell(0, 5.5, AGENCY[0])
    pdf.set_font("Sans", "", 8.5)
    pdf.set_xy(MARGIN, 12.5)
    pdf.cell(0, 4.5, AGENCY[1])
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(MARGIN, 20)
    pdf.cell(0, 5, SERIES)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 18)
    pdf.set_xy(MARGIN, 36)
    pdf.multi_cell(0, 8, HEADLINE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "I", 10)
    pdf.multi_cell(0, 5.2, LEAD, align="L", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 5
    column(pdf, left, top, col, LEFT_1)
    # the sidebar box at the top of the right column
    box_h = 9 + len(BOX) * 5.6 + 3
    pdf.set_fill_color(226, 240, 233)
    pdf.rect(right, top, col, box_h, style="F")
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(0, 110, 80)
    pdf.set_xy(right + 4, top + 3)
    pdf.cell(col - 8, 5, BOX_TITLE)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9)
    for i, line in enumerate(BOX):
        pdf.set_xy(right + 4, top + 10 + i * 5.6)
        pdf.cell(col - 8, 5, line)
    column(pdf, right, top + box_h + 4, col, RIGHT_1)

    # page 2
    pdf.add_page()
    column(pdf, left, 16, col, LEFT_2)
    y = column(pdf, right, 16, col, RIGHT_2) + 3
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(right, y, col, 42, style="F")
    pdf.set_font("Sans", "I", 7.5)
    pdf.set_xy(right, y + 43.5)
    pdf.cell(col, 3.8, PHOTO_CAPTION)
    pdf.set_xy(right, y + 47.3)
    pdf.cell(col, 3.8, PHOTO_CREDIT)
    qy = y + 56
    qr(pdf, right, qy, 24)
    pdf.set_font("Sans", "", 8)
    for i, line in enumerate(QR_CAPTION):
        pdf.set_xy(right + 28, qy + 8 + i * 4.2)
        pdf.cell(col - 28, 4, line)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
