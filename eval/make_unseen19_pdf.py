"""Write the PDF file of the nineteenth fresh dev set with fpdf2:

eval/unseen19/CAITP-Report-07-2025_Cameras-on-Credit_web.pdf, a think tank's research report in English: a cover page
(institute name, city, series line, title, subtitle, author, month), a contents page with dot leaders and page numbers
and a disclaimer, then the report with a running header and a "Page N" footer on every page after the cover, an
executive summary, numbered sections, a table, footnote markers with their footnotes at the bottom of the page, and a
back matter page ("About the author", "About the Institute", address, ©).

The text is written for the nineteenth fresh dev set; the institute, its author, quotes and figures are fictional (real
places and institutions are named, but what they do here is invented). Lines are wrapped by fpdf2 at spaces only (no
hyphenation), left-aligned, with DejaVu fonts so that typographic quotes, dashes and superscript digits are embedded as
text. The layout is made twice: the first pass finds the page of every heading (for the contents) and of every
footnote marker (for its note); the second places them. The bottom margin leaves room for the notes in both passes, so
the two layouts are the same.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen19_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent / "unseen19"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
REPORT = HERE / "CAITP-Report-07-2025_Cameras-on-Credit_web.pdf"

INSTITUTE = "CENTRAL ASIAN INSTITUTE FOR TECHNOLOGY POLICY"
CITY = "Bishkek"
SERIES = "Research Report No. 7 · Digital Governance Programme"
TITLE = "Cameras on Credit: China’s Safe-City Systems in Central Asia"
SUBTITLE = "Loans, data and dependence in Kyrgyzstan, Uzbekistan, Tajikistan and Kazakhstan"
AUTHOR = "Elnura Sadyrbekova"
MONTH = "December 2025"
RUNNING_HEAD = "CAITP Research Report No. 7 | Cameras on Credit"
DISCLAIMER = (
    "This report was prepared under the institute’s Digital Governance Programme. The views expressed are the "
    "author’s own and do not necessarily reflect those of the institute or its funders."
)

SUMMARY = [
    ("Since 2018 four Central Asian capitals have installed city-wide video surveillance built with Chinese "
     "equipment, most of it sold as a “safe city” package that bundles cameras, number-plate recognition, a "
     "command centre and software. This report traces how the systems in Bishkek, Tashkent, Dushanbe and Astana "
     "were bought and paid for, who runs them and where their data are kept."),
    ("It finds that Kyrgyzstan and Tajikistan took on the most dependence for the least control. Kyrgyzstan "
     "borrowed for its system and still pays the supplier to maintain it; Tajikistan’s agreement has never been "
     "published. Uzbekistan and Kazakhstan paid mostly from their budgets and run their systems through local "
     "operators, but they rely on Chinese hardware and on software updates that only the suppliers can provide."),
]

# (heading, paragraphs); "TABLE" marks where the table goes
SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Why safe cities came to Central Asia", [
        ("The first system in the region was ordered by the city of Astana in 2018, after a run of fatal crashes "
         "on its new ring road. Bishkek followed in 2019, Tashkent in 2020 and Dushanbe in 2021. Each government "
         "presented its project as a road-safety measure, and each was sold on the promise that traffic fines "
         "would pay for it. In Bishkek the promise has roughly been kept: fines issued on the evidence of the "
         "cameras brought in 1.9 billion soms in 2024, against 0.4 billion soms in 2019.¹"),
        ("Chinese suppliers won these contracts because they offered what Western companies did not: a complete "
         "package, delivered within a year and financed on the spot."),
    ]),
    ("2. Kyrgyzstan: a loan and a maintenance contract", [
        ("Bishkek’s agreement was signed in April 2019 and financed by a loan of USD 60 million from the "
         "Export-Import Bank of China, repayable over 20 years. Parliament ratified the loan, but the interest "
         "rate was left out of the published text, and the Ministry of Finance has not disclosed it since. By "
         "October 2025 the system had 4,860 cameras in Bishkek and Osh, of which 1,140 can read number plates."),
        ("The supplier’s role did not end with installation. A separate maintenance contract, renewed in 2023 "
         "for five years, costs the budget USD 3.2 million a year and gives the supplier’s engineers access to "
         "the command centre to update its software. No public document says whether that access can be remote; "
         "the Ministry of Internal Affairs told us only that “all data remain on the territory of the Kyrgyz "
         "Republic”."),
    ]),
    ("3. Uzbekistan and Kazakhstan: paying their own way", [
        ("Tashkent’s system was paid for mainly from the state budget, with a smaller loan from a Chinese "
         "commercial bank for the command centre. It has grown fastest of the four: the capital now has about "
         "12,400 cameras, and the system has been extended to Samarkand, Bukhara and Namangan. A state company "
         "operates it for the Ministry of Internal Affairs, and its recordings are stored in a government data "
         "centre in Tashkent."),
        ("Astana and Almaty built their systems with Kazakh integrators, which buy Chinese cameras but write much "
         "of the software themselves. Kazakhstan is the only one of the four countries where a court has ruled on "
         "such a system: in March 2024 a court in Almaty upheld a driver’s challenge to a fine issued by a camera "
         "that had never been certified, and the city police then cancelled some 31,000 fines from uncertified "
         "cameras.²"),
    ]),
    ("4. Tajikistan: a gift without a contract", [
        ("Dushanbe’s system was presented in 2021 as a grant from the Chinese government, and officials have "
         "called it a gift ever since. Its value has not been published, nor has the agreement under which it was "
         "installed. The city has about 2,150 cameras. The authorities have not said who maintains the "
         "equipment or whether any recordings leave the country."),
    ]),
    ("5. Data and the law", [
        ("Kyrgyzstan amended its law on personal data in February 2025 to require that recordings made by state "
         "video systems be kept on servers inside the country. Uzbekistan has had a similar rule since 2021. "
         "Tajikistan has no rule specific to video data, and Kazakhstan relies on its general requirement that "
         "personal data be stored locally.³"),
        "TABLE",
    ]),
    ("6. What it means for foreign policy", [
        ("The systems tie their owners to Chinese suppliers for a decade or more. Spare parts, software updates "
         "and trained staff come from one source, and changing supplier would mean replacing most of the "
         "equipment. In 2025 the United States added two more Chinese camera makers to its export-control "
         "lists, which makes any Western role in upgrading the systems harder. The European Union has offered "
         "Kyrgyzstan a EUR 12 million grant under its Global Gateway programme for a data-protection authority "
         "and for training, but not for equipment.⁴"),
        ("For Beijing the systems are a cheap form of influence; for the region’s governments they are a tool "
         "of public order that few officials want to give up. None of the four governments has published an "
         "assessment of what the cameras have done to crime or to deaths on the roads."),
    ]),
    ("7. Recommendations", [
        ("Governments that borrowed for their systems, or received them as gifts, should publish the loan, grant "
         "and maintenance agreements, including the interest rate and the terms of the supplier’s access. "
         "Software updates should be installed by local staff under the supervision of the operator."),
        ("Each of the four countries should give an independent authority the power to inspect how recordings "
         "are used, and should publish every year the number of cameras, the fines they produce and "
         "the requests for recordings made by the security services."),
    ]),
]
TABLE_CAPTION = "Table 1. Safe-city systems in four Central Asian cities, 2025"
TABLE = [
    ("City", "Contract", "Cameras", "Financing"),
    ("Bishkek and Osh", "2019", "4,860", "Chinese loan, USD 60 million"),
    ("Tashkent", "2020", "12,400", "State budget and a commercial loan"),
    ("Dushanbe", "2021", "2,150", "Chinese grant, value not published"),
    ("Astana", "2018", "9,300", "City budget"),
]
TABLE_SOURCE = "Source: ministries of internal affairs, city administrations; the author’s interviews."
FOOTNOTES = {
    "¹": "¹ Ministry of Internal Affairs of the Kyrgyz Republic, reply to the author’s request for information, "
         "14 October 2025.",
    "²": "² Specialised inter-district administrative court of Almaty, decision of March 2024; the number of "
         "cancelled fines was announced by the Almaty city police.",
    "³": "³ Law of the Kyrgyz Republic on personal information, as amended in February 2025; Law of the Republic of "
         "Uzbekistan on personal data, with the storage rule in force since April 2021.",
    "⁴": "⁴ Delegation of the European Union to the Kyrgyz Republic, answer to the author, November 2025.",
}
ABOUT_AUTHOR = (
    "Elnura Sadyrbekova is a senior researcher at the Central Asian Institute for Technology Policy, where she "
    "leads the Digital Governance Programme. Before joining the institute she worked as a software engineer in "
    "Bishkek and Shenzhen."
)
ABOUT_INSTITUTE = (
    "The Central Asian Institute for Technology Policy is an independent research centre founded in Bishkek in "
    "2017. It studies how technology changes government, security and foreign relations in Central Asia, and it "
    "accepts no funding from the governments of the region."
)
ADDRESS = "120 Chui Avenue, Bishkek 720040, Kyrgyz Republic · www.caitp.kg · info@caitp.kg"
RIGHTS = "© 2025 Central Asian Institute for Technology Policy. All rights reserved."

CONTENTS = ["Executive summary", *(h for h, _ in SECTIONS), "About the author"]


class Report(FPDF):
    def __init__(self, notes_by_page: dict[int, list[str]], toc: dict[str, int]) -> None:
        super().__init__(format="A4")
        self.notes_by_page = notes_by_page
        self.toc = toc
        self.markers_on: dict[str, int] = {}
        self.heading_pages: dict[str, int] = {}

    def header(self) -> None:
        if self.page_no() <= 2:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_y(10)
        self.cell(0, 5, RUNNING_HEAD, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(30, 80, 110)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        notes = self.notes_by_page.get(self.page_no(), [])
        if notes:
            self.set_y(-50)
            self.line(self.l_margin, self.get_y(), self.l_margin + 45, self.get_y())
            self.ln(2)
            self.set_font("DejaVu", "", 7.5)
            for note in notes:
                self.multi_cell(0, 3.8, note, new_x="LMARGIN", new_y="NEXT", align="L")
                self.ln(0.8)
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="R")

    def heading(self, text: str) -> None:
        if self.get_y() > self.page_break_trigger - 25:  # a heading never stands alone at the bottom of a page
            self.add_page()
        self.heading_pages[text] = self.page_no()
        self.set_font("DejaVu", "B", 12)
        self.set_text_color(30, 80, 110)
        self.ln(2)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, text: str) -> None:
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.3, text, new_x="LMARGIN", new_y="NEXT", align="L")
        for marker in FOOTNOTES:
            if marker in text:
                self.markers_on[marker] = self.page_no()
        self.ln(2.5)


def _report(notes_by_page: dict[int, list[str]], toc: dict[str, int]) -> Report:
    pdf = Report(notes_by_page, toc)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, margin=52)
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_subject(SUBTITLE)
    pdf.set_creator("Central Asian Institute for Technology Policy")
    pdf.set_creation_date(dt.datetime(2025, 12, 8, 7, 30, tzinfo=dt.UTC))

    # page 1: the cover
    pdf.add_page()
    pdf.set_fill_color(30, 80, 110)
    pdf.rect(0, 0, pdf.w, 14, style="F")
    pdf.set_y(30)
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_text_color(30, 80, 110)
    pdf.cell(0, 6, INSTITUTE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, CITY, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(80)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, SERIES, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 11, TITLE, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 13)
    pdf.multi_cell(0, 7, SUBTITLE, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_y(230)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, AUTHOR, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, MONTH, new_x="LMARGIN", new_y="NEXT")

    # page 2: the contents, with dot leaders
    pdf.add_page()
    pdf.set_y(30)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10.5)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for entry in CONTENTS:
        page = str(toc.get(entry, 0))
        room = width - pdf.get_string_width(entry + " ") - pdf.get_string_width(" " + page)
        dots = "." * int(room / pdf.get_string_width("."))
        pdf.cell(width - 10, 7, f"{entry} {dots}", new_x="RIGHT", new_y="TOP")
        pdf.cell(10, 7, page, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(220)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 4.5, DISCLAIMER, new_x="LMARGIN", new_y="NEXT", align="L")

    # page 3 on: the report
    pdf.add_page()
    pdf.heading("Executive summary")
    for text in SUMMARY:
        pdf.para(text)
    for heading, paragraphs in SECTIONS:
        pdf.heading(heading)
        for text in paragraphs:
            if text != "TABLE":
                pdf.para(text)
                continue
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(0, 6, TABLE_CAPTION, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=(34, 20, 20, 72), width=146, align="LEFT", line_height=5.5,
                           text_align=("LEFT", "RIGHT", "RIGHT", "LEFT"),
                           headings_style=FontFace(emphasis="BOLD", fill_color=(220, 232, 240))) as table:
                for row in TABLE:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.set_font("DejaVu", "I", 8)
            pdf.ln(1)
            pdf.multi_cell(0, 4.5, TABLE_SOURCE, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(3)

    # the back matter, on a page of its own
    pdf.add_page()
    pdf.heading("About the author")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, ABOUT_AUTHOR, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 12)
    pdf.set_text_color(30, 80, 110)
    pdf.cell(0, 7, "About the Institute", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, ABOUT_INSTITUTE, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_y(215)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.5, ADDRESS, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.multi_cell(0, 4.5, RIGHTS, new_x="LMARGIN", new_y="NEXT", align="L")
    return pdf


def write_report() -> None:
    first = _report({}, {})  # the pages of the headings and of the footnote markers, then lay out again
    first.output(str(REPORT.with_suffix(".tmp")))
    REPORT.with_suffix(".tmp").unlink()
    notes: dict[int, list[str]] = {}
    for marker, page in sorted(first.markers_on.items(), key=lambda kv: "¹²³⁴".index(kv[0])):
        notes.setdefault(page, []).append(FOOTNOTES[marker])
    pdf = _report(notes, first.heading_pages)
    pdf.output(str(REPORT))
    assert pdf.markers_on == first.markers_on and pdf.heading_pages == first.heading_pages
    print(REPORT, pdf.pages_count, "pages, notes on", {p: len(n) for p, n in notes.items()},
          "headings on", pdf.heading_pages)


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write_report()
