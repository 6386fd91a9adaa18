"""Write the PDF file of the fifty-third fresh dev set with fpdf2:

eval/unseen53/CAPCP-MM3-2025-JS1_Joint-Statement_Tashkent_20-11-2025_E.pdf — the joint statement of a ministerial
meeting as its secretariat circulates it (exported from Word to PDF, named after the document symbol, the kind of
document, the place, the date and the language "E"): four A4 pages; at the top of the first page an emblem drawn as
shapes (a ring, a crescent of steppe and a stylised retort) with its caption under it, "FOR IMMEDIATE RELEASE" at the
right, the place and date; the title in bold over two lines; twenty numbered paragraphs (the number in the left margin,
hanging indent, set with multi_cell so that each printed line is a line of text); "* * *" after the last; on the last
page "Annex" and "List of participating delegations" with eight entries, and a media contact line; on every page a
footer rule with the document symbol at the left and "Page N of 4" at the right (one line in the text layer).

The texts are written for this set; the partnership, its meetings, declarations and plans, the joint operation, the
figures and dates are fictional (Tashkent, Almaty, Ashgabat, the five states, their ministries of internal affairs,
the United Nations Office on Drugs and Crime, the European Union and the substances named are real, but what is said
of them here is invented).
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen53_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen53"
DOC = HERE / "CAPCP-MM3-2025-JS1_Joint-Statement_Tashkent_20-11-2025_E.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

SYMBOL = "CAPCP/MM3/2025/JS.1"
PAGES = 4
EMBLEM_CAPTION = ["CENTRAL ASIAN PRECURSOR", "CONTROL PARTNERSHIP"]
RELEASE = "FOR IMMEDIATE RELEASE"
DATELINE = "Tashkent, 20 November 2025"
TITLE = "Joint Statement of the Third Ministerial Meeting of the Central Asian Precursor Control Partnership"

PARAGRAPHS = [
    "The Third Ministerial Meeting of the Central Asian Precursor Control Partnership (CAPCP) was held in Tashkent on "
    "19 and 20 November 2025 under the chairmanship of the Republic of Uzbekistan. It brought together the ministers "
    "of internal affairs and the heads of the drug control agencies of the Republic of Kazakhstan, the Kyrgyz "
    "Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan. The United Nations Office on "
    "Drugs and Crime (UNODC) and the European Union took part as observers.",
    "The Ministers recalled the Almaty Declaration of 2021, by which the Partnership was founded, and the Dushanbe "
    "Action Plan adopted at the Second Ministerial Meeting in May 2023, and reviewed its implementation.",
    "The Ministers expressed serious concern at the rapid growth of synthetic drug production in the region. In "
    "January–September 2025 the competent authorities of the five States dismantled 46 clandestine laboratories, "
    "against 19 in the same period of 2024, most of them producing mephedrone and alpha-PVP for sale online.",
    "Seizures of precursor chemicals reached 31.4 tonnes in the first nine months of 2025, compared with 12.9 tonnes "
    "in the whole of 2024. Seizures of synthetic drugs amounted to 1,180 kilograms. The breakdown of these figures by "
    "State is set out in a restricted annex and is not published.",
    "The Ministers noted that most of the chemicals seized had been imported legally as industrial goods and diverted "
    "after entry, and that online shops operating through messaging channels had become the main channel of retail "
    "sale of synthetic drugs in the region.",
    "The Ministers welcomed the launch on 1 July 2025 of the Partnership's shared pre-export notification platform, "
    "through which the five States exchanged 2,340 notifications in its first four months. They agreed that from "
    "1 March 2026 every export of a listed substance between them will be notified through the platform at least "
    "15 days before shipment.",
    "The Ministers adopted a common list of 28 non-scheduled substances to be placed under voluntary monitoring, "
    "including solvents and reagents used in the synthesis of cathinones. The list will be reviewed every two years.",
    "The Ministers decided to establish a Joint Precursor Intelligence Cell in Almaty, staffed by liaison officers of "
    "the five States, to begin operating in the first quarter of 2026. Its staffing table and budget will be agreed "
    "by the national coordinators and have not yet been determined.",
    "The Ministers took note of the blocking in 2025 of 3,650 online shops and channels selling drugs in the region "
    "and called on the operators of messaging services to respond to lawful requests of the competent authorities "
    "within 72 hours.",
    "The Ministers agreed to extend joint controlled deliveries to chemical consignments in transit and to conduct a "
    "joint operation, code-named \"Steppe Reagent\", in the second quarter of 2026.",
    "The Ministers welcomed the delivery of 12 mobile laboratories for the field identification of chemicals to "
    "border crossing points in Kyrgyzstan and Tajikistan, financed by the European Union.",
    "The Ministers expressed their appreciation to UNODC for training 310 customs and border officers in 2025 and "
    "welcomed its plan to train a further 450 officers by the end of 2026.",
    "The European Union announced a contribution of EUR 4.8 million to a regional project on precursor control for "
    "2026–2028, to be implemented by UNODC in close consultation with the national coordinators.",
    "The Ministers exchanged views on the situation in Afghanistan, including reports of a shift from opium to "
    "methamphetamine produced from the ephedra plant, and agreed to continue to study possible forms of technical "
    "contact on drug control.",
    "The Ministers encouraged voluntary cooperation with the chemical industry and welcomed the signing of codes of "
    "conduct by 64 chemical importers and distributors in Kazakhstan and Uzbekistan. The names of the companies are "
    "not published.",
    "The Ministers agreed to harmonise, by the end of 2026, the national procedures for the destruction of seized "
    "chemicals, which at present can take up to 18 months in some States and require storage at the cost of the "
    "law enforcement agencies.",
    "The Ministers tasked the national coordinators with preparing, with the support of UNODC, a regional assessment "
    "of the threat of synthetic drugs by June 2026.",
    "The Ministers expressed their gratitude to the Government of the Republic of Uzbekistan for the warm hospitality "
    "extended to the delegations and the excellent organisation of the meeting.",
    "The Fourth Ministerial Meeting will be held in Ashgabat in 2026 at the invitation of Turkmenistan. Its dates will "
    "be agreed through diplomatic channels.",
    "This Joint Statement was adopted in Tashkent on 20 November 2025 in the English and Russian languages.",
]
ANNEX = [
    "Republic of Kazakhstan: Ministry of Internal Affairs",
    "Kyrgyz Republic: Ministry of Internal Affairs",
    "Republic of Tajikistan: Drug Control Agency under the President",
    "Turkmenistan: Ministry of Internal Affairs",
    "Republic of Uzbekistan: Ministry of Internal Affairs (Chair)",
    "CAPCP Secretariat",
    "Observer: United Nations Office on Drugs and Crime",
    "Observer: European Union",
]
CONTACT = "Media contact: CAPCP Secretariat, Almaty, press@capcp-secretariat.example"


class Statement(FPDF):
    def footer(self) -> None:
        self.set_y(-16)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(1.5)
        self.set_font("Sans", "", 8.5)
        self.cell(0, 5, f"{SYMBOL}    Page {self.page_no()} of {PAGES}", align="L")


def emblem(pdf: FPDF) -> None:
    """The partnership's emblem drawn as shapes (no text in it), its caption under it."""
    cx, cy, r = pdf.l_margin + 14, 28, 11
    pdf.set_draw_color(20, 70, 120)
    pdf.set_line_width(1.0)
    pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r)
    pdf.set_fill_color(20, 70, 120)
    pdf.ellipse(cx - 6, cy - 2, 12, 7, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(cx - 6, cy - 4, 12, 7, style="F")
    pdf.set_fill_color(190, 150, 40)
    pdf.rect(cx - 1.2, cy - 8, 2.4, 6, style="F")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Sans", "B", 7)
    pdf.set_xy(pdf.l_margin, cy + r + 2)
    for line in EMBLEM_CAPTION:
        pdf.cell(60, 3.4, line, align="L", new_x="LMARGIN", new_y="NEXT")


def main() -> None:
    pdf = Statement(format="A4")
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.set_title("CAPCP/MM3/2025/JS.1")
    pdf.set_author("CAPCP Secretariat")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 11, 20, 13, 40, tzinfo=dt.UTC))

    pdf.add_page()
    emblem(pdf)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(pdf.w - pdf.r_margin - 70, 20)
    pdf.cell(70, 5, RELEASE, align="R")
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(pdf.w - pdf.r_margin - 70, 26)
    pdf.cell(70, 5, DATELINE, align="R")
    pdf.set_xy(pdf.l_margin, 56)
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(0, 7.4, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)
    pdf.set_font("Serif", "", 11.5)
    for number, text in enumerate(PARAGRAPHS, start=1):
        y = pdf.get_y()
        if y > pdf.h - 40:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(10, 6.6, f"{number}.")
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(0, 6.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.2)
    pdf.set_font("Serif", "", 11.5)
    pdf.cell(0, 6, "*  *  *", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.cell(0, 7, "Annex", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "List of participating delegations", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 11)
    for entry in ANNEX:
        pdf.multi_cell(0, 6.4, entry, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(8)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 5, CONTACT, align="L", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == PAGES, pdf.page_no()
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
