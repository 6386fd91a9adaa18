"""Write the Word file of the fifty-first fresh dev set with python-docx:

eval/unseen51/NBCCA_Annual-Report-2025_Ch3_Regional-Operations_v5_FINAL.docx — chapter 3 of the annual report of the
Nordic Business Council for Central Asia, a (fictional) chamber of Nordic companies with offices in Almaty and
Tashkent, as the chapter's author keeps it before the report is assembled: a page header with the report's title
(the first page's own header too) and a footer of two paragraphs, "Page 12 of 40" (Word's PAGE and NUMPAGES fields with
their cached values) and a © line; a cover block (the council's name in bold capitals, "Annual Report 2025", "Chapter
3 of 6 · Draft for layout"); "Contents" over Word's TOC field with its cached entries («TOC 1» and «TOC 2» paragraphs
with a dotted right tab and a page number); the numbered Heading 1 "3. Regional Operations" and numbered Heading 2
sections "3.1" to "3.5"; body paragraphs; a callout "Case study: …" as a shaded one-cell table with its heading and
paragraph (how the council's template draws its boxes); a caption "Table 3.2: …" in Caption style over a Word table of
four columns, and a "Source: …" line in italics under it; endnote marks as superscript digits at the ends of four
sentences and the notes under "Notes" at the chapter's end; a "Glossary of abbreviations" as a two-column table.

The text is written for this set; the council, its people, its members, the companies named in it, the wind farm, the
plant, the missions and all figures are fictional (the Nordic countries, Almaty, Tashkent, Chirchiq, Ashgabat, the
Zhambyl region and the EU's list of common high priority items are real, but what is said of them here is invented).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen51_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent / "unseen51"
OUT = HERE / "NBCCA_Annual-Report-2025_Ch3_Regional-Operations_v5_FINAL.docx"

COUNCIL = "Nordic Business Council for Central Asia"
HEADER = "Nordic Business Council for Central Asia | Annual Report 2025"
COPYRIGHT = "© 2025 Nordic Business Council for Central Asia. All rights reserved."
COVER = ["NORDIC BUSINESS COUNCIL FOR CENTRAL ASIA", "Annual Report 2025", "Chapter 3 of 6 · Draft for layout"]
CONTENTS = "Contents"
TITLE = "3. Regional Operations"

# (heading, [paragraphs]); a paragraph is a string, or (string, note number) for a superscript mark at its end
INTRO = [
    "The council's work in 2025 was shaped by two things: the growth of Nordic business in Uzbekistan, which led us to "
    "open a second office, and the tightening of export controls on goods that could reach Russia, which took a "
    "growing share of our members' attention in Kazakhstan and Kyrgyzstan. This chapter reports on our operations "
    "country by country, on the compliance service and on our plans for 2026.",
    ("At the end of 2025 the council had 86 member companies, against 71 a year earlier: 31 from Sweden, 24 from "
     "Finland, 17 from Denmark, 11 from Norway and 3 from Iceland. Membership fees covered 58 percent of the council's "
     "budget, and the rest came from project grants and event income.", 1),
]
SECTIONS = [
    ("3.1 Kazakhstan", [
        "Kazakhstan remains the largest market for our members: 52 of them have an office, a distributor or a project "
        "there. The council's trade mission to Astana on 22 to 24 April brought 38 companies to meetings with the "
        "ministries of energy and of trade and integration, and with the sovereign fund's portfolio companies.",
        ("The largest single project was signed in June 2025, when Vesterhav Renewables of Denmark concluded a "
         "power purchase agreement for a 300 MW wind farm in the Zhambyl region, with construction to start in 2026. "
         "The tariff agreed under the contract has not been disclosed.", 2),
        "Members also reported slower payments from state customers in the second half of the year, and four members "
        "moved their regional headquarters from Moscow to Almaty in 2025, bringing the number of Nordic regional "
        "offices in Almaty to 19.",
    ]),
    ("3.2 Uzbekistan", [
        "The council opened its Tashkent office on 3 March 2025 with two staff, and by December it served 29 members "
        "active in Uzbekistan. Demand came mainly from water, energy efficiency, packaging and education companies.",
        "Finnish vocational education was the fastest-growing line: three Finnish providers signed agreements with "
        "Uzbek regional administrations to run 11 vocational colleges from September 2026, with teacher training in "
        "Finland paid for by the Uzbek side.",
        "Nordic exports to Uzbekistan grew by 9 percent in the first nine months of the year, the best result "
        "in the region. The council's survey of members in October found that currency conversion was no longer the "
        "main obstacle, as it was in 2019; members now name slow customs clearance at the Yallama post and the "
        "shortage of Uzbek engineers who speak English.",
    ]),
    ("3.3 Kyrgyzstan, Tajikistan and Turkmenistan", [
        "In Kyrgyzstan a Norwegian engineering consultancy completed feasibility studies for 12 small hydropower "
        "plants on tributaries of the Naryn, financed by a Nordic development fund. In Tajikistan the council has no "
        "member with a permanent office, and our work was limited to a seminar in Dushanbe in May.",
        ("The council's first trade mission to Ashgabat, on 14 and 15 October, brought nine companies to meetings on "
         "water treatment, port equipment and medical devices. Several members reported contracts after the mission, "
         "but their value has not been disclosed.", 3),
        "Turkmenistan remains the hardest market for Nordic companies to enter. Payments from state customers are "
        "still made through a small number of banks, and members told us that visas for technical staff took up to "
        "seven weeks in 2025.",
    ]),
    ("3.4 Compliance and re-export controls", [
        "Nordic exports to Central Asia rose sharply after 2022, and governments in the region and in the EU now watch "
        "closely whether goods reach Russia. The council's compliance helpdesk, opened in 2024, answered 214 queries "
        "from members in 2025, most of them on the EU's list of common high priority items.",
        ("After end-use checks, three member companies suspended deliveries to distributors in Kazakhstan and "
         "Kyrgyzstan in 2025. The council does not disclose the names of the distributors concerned.", 4),
        "Exports to Kyrgyzstan fell by 23 percent in January to September 2025, the steepest fall in the region, "
        "which members link to stricter checks by their own banks on payments from Bishkek rather than to weaker "
        "demand.",
    ]),
    ("3.5 Outlook for 2026", [
        "We expect the first meeting of Nordic and Central Asian foreign ministers, planned for Helsinki in May 2026, "
        "to give business a stronger political frame, and we have proposed a business forum alongside it. The board "
        "is also considering a third office, in Bishkek; the council's budget for 2026 has not yet been approved by "
        "the board.",
    ]),
]
CASE_AFTER = 1  # the case study follows section 3.2
CASE_TITLE = "Case study: A Finnish water-meter plant in Chirchiq"
CASE_TEXT = (
    "Aquameter Oy, a council member since 2019, began production at a plant in Chirchiq, north-east of Tashkent, in "
    "September 2025. The plant employs 120 people and is designed to make 400,000 water meters a year, about 35 "
    "percent of them for export to Kazakhstan and Kyrgyzstan. The council helped the company with its application for "
    "the special industrial zone's tax incentives."
)
TABLE_AFTER = 3  # the table follows section 3.4
TABLE_CAPTION = "Table 3.2: Nordic exports to Central Asia, January–September, EUR million"
TABLE = [
    ["Destination", "2024", "2025", "Change, %"],
    ["Kazakhstan", "912", "836", "−8"],
    ["Uzbekistan", "341", "372", "+9"],
    ["Kyrgyzstan", "166", "128", "−23"],
    ["Turkmenistan", "54", "61", "+13"],
    ["Tajikistan", "33", "27", "−18"],
    ["Total", "1,506", "1,424", "−5"],
]
TABLE_SOURCE = "Source: national statistical offices of Denmark, Finland, Iceland, Norway and Sweden; council calculations."
TOC = [
    (1, TITLE, 12),
    (2, "3.1 Kazakhstan", 13),
    (2, "3.2 Uzbekistan", 14),
    (2, "3.3 Kyrgyzstan, Tajikistan and Turkmenistan", 16),
    (2, "3.4 Compliance and re-export controls", 17),
    (2, "3.5 Outlook for 2026", 18),
    (2, "Notes", 19),
    (2, "Glossary of abbreviations", 20),
]
NOTES_HEADING = "Notes"
NOTES = [
    "Membership at 1 December 2025; companies with more than one Nordic parent are counted once, by the parent that "
    "pays the fee.",
    "Vesterhav Renewables press statement, 17 June 2025.",
    "Members' reports to the council's secretariat, November 2025.",
    "Compliance helpdesk records, January to November 2025.",
]
GLOSSARY_HEADING = "Glossary of abbreviations"
GLOSSARY = [
    ("CHPI", "Common high priority items (EU export control list)"),
    ("EUR", "Euro"),
    ("MW", "Megawatt"),
    ("NBCCA", "Nordic Business Council for Central Asia"),
    ("PPA", "Power purchase agreement"),
]

W = nsdecls("w")


def field(paragraph, instr: str, cached: str) -> None:  # type: ignore[no-untyped-def]
    """A Word field (PAGE, NUMPAGES) with its cached result, as Word saves it."""
    paragraph._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W}><w:t>{cached}</w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def toc(doc, entries: list[tuple[int, str, int]]) -> None:  # type: ignore[no-untyped-def]
    """Word's TOC field with its cached result, each entry a «TOC n» paragraph with a dotted right tab."""
    for name in ("TOC 1", "TOC 2"):
        if name not in [s.name for s in doc.styles]:
            doc.styles.add_style(name, 1)
    for i, (level, text, page) in enumerate(entries):
        p = doc.add_paragraph(style=f"TOC {level}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if level == 2:
            p.paragraph_format.left_indent = Cm(0.6)
        if i == 0:
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
            p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'))
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
        p.add_run(f"{text}\t{page}")
        if i == len(entries) - 1:
            p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def shade(cell, fill: str) -> None:  # type: ignore[no-untyped-def]
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def body_paragraph(doc, para) -> None:  # type: ignore[no-untyped-def]
    text, note = (para, None) if isinstance(para, str) else para
    p = doc.add_paragraph(text)
    p.paragraph_format.space_after = Pt(6)
    if note:
        p.add_run(str(note)).font.superscript = True


def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = doc.sections[0]
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.5)
    section.different_first_page_header_footer = True
    for header in (section.header, section.first_page_header):
        p = header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = p.add_run(HEADER)
        run.font.size, run.italic = Pt(9), True
    for footer in (section.footer, section.first_page_footer):
        number = footer.paragraphs[0]
        number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        number.add_run("Page ")
        field(number, "PAGE", "12")
        number.add_run(" of ")
        field(number, "NUMPAGES", "40")
        copy = footer.add_paragraph()
        copy.alignment = WD_ALIGN_PARAGRAPH.LEFT
        copy.add_run(COPYRIGHT).font.size = Pt(8)

    # cover block
    for i, text in enumerate(COVER):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = i < 2
        run.font.size = Pt(16 if i == 0 else 14 if i == 1 else 10)
    doc.add_paragraph()

    # contents
    p = doc.add_paragraph()
    run = p.add_run(CONTENTS)
    run.bold, run.font.size = True, Pt(13)
    toc(doc, TOC)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # chapter
    doc.add_heading(TITLE, level=1)
    for para in INTRO:
        body_paragraph(doc, para)
    for k, (head, paras) in enumerate(SECTIONS):
        doc.add_heading(head, level=2)
        for para in paras:
            body_paragraph(doc, para)
        if k == CASE_AFTER:
            box = doc.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            cell = box.cell(0, 0)
            shade(cell, "E3EEF7")
            cell.paragraphs[0].add_run(CASE_TITLE).bold = True
            cell.add_paragraph(CASE_TEXT)
            doc.add_paragraph()
        if k == TABLE_AFTER:
            doc.add_paragraph(TABLE_CAPTION, style="Caption")
            table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
            table.style = "Table Grid"
            for r, row in enumerate(TABLE):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            src = doc.add_paragraph()
            run = src.add_run(TABLE_SOURCE)
            run.italic, run.font.size = True, Pt(9)

    doc.add_heading(NOTES_HEADING, level=2)
    for n, text in enumerate(NOTES, 1):
        p = doc.add_paragraph(f"{n}. {text}")
        p.paragraph_format.space_after = Pt(0)
        for run in p.runs:
            run.font.size = Pt(9)

    doc.add_heading(GLOSSARY_HEADING, level=2)
    glossary = doc.add_table(rows=len(GLOSSARY), cols=2)
    for r, (abbr, meaning) in enumerate(GLOSSARY):
        glossary.cell(r, 0).paragraphs[0].add_run(abbr).bold = True
        glossary.cell(r, 1).text = meaning

    doc.core_properties.title = "Annual Report 2025 – Chapter 3: Regional Operations"
    doc.core_properties.author = "Kristina Lindqvist"
    doc.core_properties.last_modified_by = "Timur Abdurakhmanov"
    doc.core_properties.created = dt.datetime(2025, 10, 20, 8, 30)
    doc.core_properties.modified = dt.datetime(2025, 12, 2, 17, 5)
    doc.core_properties.revision = 23
    doc.save(str(OUT))


if __name__ == "__main__":
    main()
