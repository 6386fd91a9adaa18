"""Write the Word file of the sixty-ninth fresh dev set with python-docx:

eval/unseen69/FOI2025-18342 Final Response.docx — the reply of the Foreign, Commonwealth & Development Office to a
request under the Freedom of Information Act 2000 about the UK's diplomatic presence and programmes in Central Asia,
as the department's Central Asia team writes it in Word before it is sent (named by hand: the reference and "Final
Response"). The protective marking "OFFICIAL" in the header and the footer of every page, with "Page X of Y" (Word's
PAGE and NUMPAGES fields) in the footer; the letterhead (the department's name in bold, its address, two lines), the
requester's name and e-mail, "Our ref: FOI2025/18342" and the date at the left; "Dear Ms Quayle,"; the subject line in
bold (the letter's headline); "Thank you for your request …" and a paragraph on what is held; the information
released in six numbered answers, the first over a small "Table Grid" table of the five embassies' staff; the
exemption paragraph (section 27, with the public interest test) and the cost limit (section 12); the publication
note; "Your right to complain" in bold over two paragraphs; "Yours sincerely," and the signature block (name, post,
directorate). The core properties are the team's (the subject as title, its author, fixed dates), and the zip's
members carry a fixed time, so the file is the same on every run (eval/docx_fixed.save_fixed).

The text is written for this set. The Foreign, Commonwealth & Development Office, its address, the British Embassies in
Astana, Bishkek, Dushanbe, Ashgabat and Tashkent, the Freedom of Information Act 2000 and its sections 12 and 27, the
Information Commissioner's Office, the Conflict, Stability and Security Fund, Chevening, the British Council and the
UK's Russia sanctions regime are real; the request, the requester, the answers, the signatory and all figures are
fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen69_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx_fixed import field, new_document, save_fixed  # eval/docx_fixed.py, beside this script

OUT = Path(__file__).resolve().parent / "unseen69" / "FOI2025-18342 Final Response.docx"

MARKING = "OFFICIAL"
LETTERHEAD = [
    "Foreign, Commonwealth & Development Office",
    "King Charles Street",
    "London SW1A 2AH",
]
REQUESTER = ["Ms Harriet Quayle", "By email: h.quayle@northfold-research.example"]
REFERENCE = "Our ref: FOI2025/18342"
DATE = "Date: 4 December 2025"
DEAR = "Dear Ms Quayle,"
SUBJECT = "Freedom of Information request FOI2025/18342: the UK's diplomatic presence and programmes in Central Asia"
OPENING = [
    ("Thank you for your request for information, which we received on 6 November 2025. You asked for the number of "
    "staff at the UK's embassies in the five Central Asian states, the visits of FCDO ministers to the region since "
    "2023, the FCDO's programme spending there, the Chevening Scholarships awarded, the designations of Central Asian "
    "entities under the Russia sanctions regime and the FCDO's assessments of sanctions circumvention through the "
    "region."),
    ("We have handled your request under the Freedom of Information Act 2000 (FOIA). I can confirm that the FCDO holds "
    "information falling within the scope of your request. Our answers follow the numbering of your questions; some "
    "of the information is withheld, and the reasons are given after the answers."),
]
ANSWERS = [
    ("1. On 1 October 2025 the British Embassies in Astana, Bishkek, Dushanbe, Ashgabat and Tashkent employed 212 staff "
    "in total, of whom 46 were UK-based and 166 locally engaged. The embassy in Astana is the largest; the embassy in "
    "Ashgabat, with a staff of 25, is the smallest. The figures for each embassy are in the table below. They do not "
    "include staff of other government departments who work in the embassies."),
    ("2. FCDO ministers made nine visits to the five countries between 1 January 2023 and 31 October 2025: four to "
    "Kazakhstan, three to Uzbekistan and one each to Kyrgyzstan and Tajikistan. No FCDO minister visited "
    "Turkmenistan in that period. The Foreign Secretary took part in two of the nine visits, both of them to Astana "
    "and Tashkent in the same week. Visits by officials are not included; the Director for Eastern Europe and "
    "Central Asia visited the region six times in the same period."),
    ("3. In the financial year 2024/25 the FCDO spent £13.7 million on programmes in Central Asia. Of this, £6.1 million "
    "was Official Development Assistance through the bilateral programme, mostly on governance, climate and water; "
    "£4.9 million came from the Conflict, Stability and Security Fund, including work on border management with "
    "Tajikistan; and the remaining £2.7 million funded Chevening Scholarships and English-language work with the "
    "British Council."),
    ("4. For the academic year 2025/26, 71 Chevening Scholarships were awarded to applicants from the five countries, "
    "against 58 for 2023/24. Uzbekistan had the largest number of scholars, 26, followed by Kazakhstan with 21. "
    "Chevening alumni from the region now number more than 1,100."),
    ("5. Since February 2022 the UK has designated 31 entities and three individuals based in Central Asia under the "
    "Russia sanctions regime, for supplying goods of military use to Russia. Nineteen of the entities were "
    "registered in Kyrgyzstan and nine in Kazakhstan. Each designation is published on GOV.UK with its reasons."),
    ("6. The FCDO holds assessments of the circumvention of sanctions through Central Asian states, prepared between "
    "2023 and 2025. This information is withheld under section 27 of the FOIA, as explained below."),
]
TABLE = [
    ("Embassy", "UK-based staff", "Locally engaged staff", "Total"),
    ("Astana", "15", "52", "67"),
    ("Tashkent", "12", "43", "55"),
    ("Bishkek", "7", "26", "33"),
    ("Dushanbe", "7", "25", "32"),
    ("Ashgabat", "5", "20", "25"),
]
EXEMPTIONS = [
    ("Section 27(1)(a) and (c) of the FOIA exempts information whose release would, or would be likely to, prejudice "
    "relations between the UK and any other State, or the interests of the UK abroad. The assessments asked for in "
    "question 6 name the companies, banks and routes that the UK and its partners are examining, and rest in part on "
    "information that the governments of the region shared with us in confidence. Section 27 is a qualified "
    "exemption, and we have weighed the public interest. We recognise the public interest in knowing how the UK "
    "enforces its sanctions. Against this, releasing the assessments would damage the trust of governments that "
    "cooperate with us and could warn those who evade sanctions. We have concluded that the balance of the public "
    "interest lies in withholding the information."),
    ("The FCDO does not hold a breakdown of its programme spending in 2024/25 by country in a single record. "
    "Compiling it from the files of individual projects would exceed the cost limit of £600 set for central "
    "government under section 12 of the FOIA, and we have therefore not done so."),
]
PUBLICATION = (
    "Please note that information released under the FOIA is treated as being released to the public, and we may "
    "publish this response and the information in it on GOV.UK."
)
COMPLAIN_HEAD = "Your right to complain"
COMPLAIN = [
    ("If you are not satisfied with this response, you may ask for an internal review. Please write to the FCDO's "
    "Information Rights Team, King Charles Street, London SW1A 2AH, or to foi-internal-review@fcdo.gov.uk, within 40 "
    "working days of the date of this letter."),
    ("If you remain dissatisfied after the internal review, you may complain to the Information Commissioner's Office, "
    "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
]
CLOSE = "Yours sincerely,"
SIGNATURE = ["Eleanor Pryce", "Head, Central Asia Team", "Eastern Europe and Central Asia Directorate"]


def para(doc, text: str, *, bold: bool = False, after: float = 8, align=None):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def main() -> None:
    doc, section = new_document("Arial", 11, 2.5, 2.5, 2.0, 2.0)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run(MARKING)
    run.bold = True
    run.font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = footer.add_run(f"{MARKING} · Page ")
    run.font.size = Pt(9)
    field(footer, "PAGE", "1", half_points=18)
    footer.add_run(" of ").font.size = Pt(9)
    field(footer, "NUMPAGES", "3", half_points=18)

    for i, line in enumerate(LETTERHEAD):
        para(doc, line, bold=i == 0, after=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(18)
    for line in REQUESTER:
        para(doc, line, after=0)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(12)
    para(doc, REFERENCE, after=0)
    para(doc, DATE, after=18)
    para(doc, DEAR)
    para(doc, SUBJECT, bold=True)
    for text in OPENING:
        para(doc, text)
    for i, text in enumerate(ANSWERS):
        p = para(doc, text)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        if i == 0:
            table = doc.add_table(rows=len(TABLE), cols=4)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(TABLE):
                for c, text_ in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text_
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True
                    if c > 0:
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para(doc, "", after=0)
    for text in EXEMPTIONS:
        para(doc, text)
    para(doc, PUBLICATION)
    para(doc, COMPLAIN_HEAD, bold=True, after=4)
    for text in COMPLAIN:
        para(doc, text)
    para(doc, CLOSE, after=30)
    for i, line in enumerate(SIGNATURE):
        para(doc, line, bold=i == 0, after=0)

    save_fixed(doc, OUT, title=SUBJECT, author="Central Asia Team (FCDO)",
               created=dt.datetime(2025, 11, 27, 9, 14), modified=dt.datetime(2025, 12, 4, 11, 2), revision=6)


if __name__ == "__main__":
    main()
