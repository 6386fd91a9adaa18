"""Write the PDF file of the forty-seventh fresh dev set with fpdf2:

eval/unseen47/FAC_Oral_evidence_HC1173_Kazakhstan_asset_recovery_2-Dec-2025_uncorrected.pdf — the uncorrected
transcript of an oral evidence session of the House of Commons Foreign Affairs Committee, as the committee's pages
offer it to download: three A4 pages; on the first the committee's letterhead ("House of Commons" over "Foreign
Affairs Committee"), the title "Oral evidence: …" in bold, the HC number, the date, the order to publish, "Members
present:" with the Chair and four members, the range of questions, "Witnesses" with the panel, and the disclaimer in
a ruled box; then "Examination of witnesses", "Witnesses: …", and the questions, each a paragraph opening on its
number and the member's name in bold ("Q41 Chair: …"), the answers under the witnesses' names in bold; a running
header with the committee's name and the session's date on every page, and "Page N of M" at the foot.

The texts are written for this set; the committee and the House are real, but the session, its HC number, the Chair,
the members, both witnesses, their organisations, the quotes and all figures and dates are fictional (Kazakhstan's law
on the return of illegally acquired assets of 2023, its Prosecutor General's Office, the Special State Fund, the
Financial Monitoring Agency, the National Crime Agency, unexplained wealth orders, the Register of Overseas Entities,
the Economic Crime and Corporate Transparency Act 2023, the Home Office and Tier 1 investor visas are real, but what is
said of them here is invented).
Paragraphs are set with fpdf2's multi_cell (bold runs by its markdown), left-aligned, so that pypdf gives one line of
text per line of the page. The metadata hold the title and the committee as author.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen47_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen47"
DOC = HERE / "FAC_Oral_evidence_HC1173_Kazakhstan_asset_recovery_2-Dec-2025_uncorrected.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

HOUSE = "House of Commons"
COMMITTEE = "Foreign Affairs Committee"
TITLE = "Oral evidence: Kazakhstan's asset recovery and illicit finance in the UK"
HC = "HC 1173"
DATE = "Tuesday 2 December 2025"
ORDERED = "Ordered by the House of Commons to be published on 2 December 2025."
MEMBERS = ("Members present: Dame Helen Marsh (Chair); Tom Cardew; Priya Lal; Gareth Owen-Rees; "
           "Fiona McAllister.")
QUESTIONS = "Questions 41–49"
WITNESSES_HEAD = "Witnesses"
WITNESSES = ("I: Dr Aigerim Tulegenova, Director, Steppe Transparency Project; and Martin Ashcombe, Partner, "
             "Ashcombe Keel LLP.")
DISCLAIMER = ("This is an uncorrected transcript. Neither the Members nor the witnesses have checked it yet, so it "
              "is not an approved record of the session, and anyone who quotes it should say so. The corrected text "
              "will replace this one on the Committee's web pages.")
EXAMINATION = "Examination of witnesses"
WITNESSES_LINE = "Witnesses: Dr Aigerim Tulegenova and Martin Ashcombe."
HEADER = "Foreign Affairs Committee · Oral evidence · 2 December 2025"
PAGE = "Page {n} of {nb}"

# (speaker in bold, text)
TURNS = [
    ("Q41 Chair:", "Good morning, and thank you both for coming. This session continues our inquiry into illicit "
     "finance from Central Asia. Dr Tulegenova, how far has Kazakhstan's campaign to recover stolen assets actually "
     "got?"),
    ("Dr Tulegenova:", "Further than many of us expected in 2022, but less far than the official figures suggest. The "
     "law on the return of illegally acquired assets came into force in July 2023, and the Prosecutor General's Office "
     "says assets worth about 1.2 trillion tenge had been returned by the end of October 2025. Most of that is property "
     "and company shares inside Kazakhstan. The part recovered from abroad is about 210 billion tenge, and almost "
     "none of it so far has come from the United Kingdom."),
    ("Q42 Chair:", "Why so little from here?"),
    ("Martin Ashcombe:", "Partly because the cases are hard. Assets in London are usually held through several layers "
     "of companies in other jurisdictions, and a British court needs evidence that meets our standards, not a foreign "
     "prosecutor's summary. Kazakhstan has sent 14 requests for mutual legal assistance to the UK since 2023 that "
     "touch on property or bank accounts. As I understand it, three have been answered in full. What the Home Office "
     "has frozen as a result has not been disclosed."),
    ("Q43 Priya Lal:", "Dr Tulegenova, your project has mapped property in this country. What did you find?"),
    ("Dr Tulegenova:", "Using the Register of Overseas Entities and company records, we identified 61 properties in "
     "London and the Home Counties linked to Kazakh politically exposed persons or their relatives. We estimate their "
     "combined value at about £530 million. Nineteen of them are in Westminster or in Kensington and Chelsea. We have "
     "not published the owners' names, for legal reasons, and I will not name them today."),
    ("Q44 Priya Lal:", "Are the authorities looking at those properties?"),
    ("Dr Tulegenova:", "We shared the list with the National Crime Agency in March 2025. Whether any of the "
     "properties is under investigation has not been confirmed to us."),
    ("Q45 Tom Cardew:", "Mr Ashcombe, unexplained wealth orders were designed for exactly this. Why are they not being "
     "used?"),
    ("Martin Ashcombe:", "They have been used very sparingly, and an early defeat in the High Court in 2020 made the "
     "agency cautious. The risk of costs is the main deterrent: if the agency loses, it can be ordered to pay the "
     "other side's legal bills. The Economic Crime and Corporate Transparency Act 2023 limited that exposure in most "
     "cases, so I would expect more orders now. How many are in preparation I cannot say, and the agency does not "
     "publish it."),
    ("Q46 Gareth Owen-Rees:", "Where does the money go once Kazakhstan gets it back?"),
    ("Dr Tulegenova:", "Into the Special State Fund. By the government's own account the fund has paid for 47 new "
     "schools and nine district clinics since 2023, and it spent about 340 billion tenge in 2024. No independent "
     "audit of the fund has been published, which is a real weakness."),
    ("Q47 Gareth Owen-Rees:", "Is there a risk that money returned from Britain simply changes hands within a new "
     "elite?"),
    ("Martin Ashcombe:", "That is the right worry. Returned funds should come with conditions, a named project and an "
     "independent monitor. The National Crime Agency and Kazakhstan's Financial Monitoring Agency signed a memorandum "
     "on 17 September 2025, but it covers the exchange of financial intelligence, not the return of assets, and its "
     "text has not been published."),
    ("Q48 Fiona McAllister:", "What part did the old investor visas play?"),
    ("Dr Tulegenova:", "A visible one. By our estimate about 230 Kazakh nationals held Tier 1 investor visas at the "
     "peak in 2014, each of whom had to bring at least £1 million into the country. How many of those visas were "
     "later curtailed the Home Office has not disclosed."),
    ("Q49 Chair:", "Finally, what should the Government do?"),
    ("Martin Ashcombe:", "Three things. First, a small unit in the National Crime Agency for Central Asian cases, with "
     "Russian- and Kazakh-speaking investigators. Second, clear protection from costs for orders brought in good faith. "
     "Third, an agreed framework with Astana for returning assets, so that each return is tied to a project that "
     "Parliament can follow."),
]


class Transcript(FPDF):
    def header(self) -> None:
        self.set_y(9)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, HEADER, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.cell(0, 5, PAGE.format(n=self.page_no(), nb="{nb}"), align="C")


def para(pdf: FPDF, text: str, size: float = 11, lh: float = 6, style: str = "", markdown: bool = False) -> None:
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, lh, text, align="L", markdown=markdown, new_x="LMARGIN", new_y="NEXT")


def main() -> None:
    pdf = Transcript(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("Sans", "BI", str(DEJAVU / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_title(f"{TITLE}, {HC}")
    pdf.set_author(COMMITTEE)
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 12, 2, 17, 5, tzinfo=dt.UTC))

    pdf.add_page()
    pdf.set_text_color(0, 97, 65)
    para(pdf, HOUSE, 10, 5)
    para(pdf, COMMITTEE, 16, 8, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    para(pdf, TITLE, 14, 7, "B")
    para(pdf, HC, 11, 6)
    pdf.ln(3)
    para(pdf, DATE, 11, 6, "B")
    para(pdf, ORDERED, 10, 5.5)
    pdf.ln(3)
    para(pdf, MEMBERS, 10, 5.5)
    pdf.ln(2)
    para(pdf, QUESTIONS, 10, 5.5)
    pdf.ln(2)
    para(pdf, WITNESSES_HEAD, 11, 6, "B")
    para(pdf, WITNESSES, 10, 5.5)
    pdf.ln(4)
    pdf.set_font("Sans", "I", 9)
    pdf.multi_cell(0, 5, DISCLAIMER, border=1, align="L", padding=3, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    para(pdf, EXAMINATION, 12, 7, "B")
    para(pdf, WITNESSES_LINE, 10, 5.5, "I")
    pdf.ln(3)
    for speaker, text in TURNS:
        para(pdf, f"**{speaker}** {text}", markdown=True)
        pdf.ln(2.5)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
