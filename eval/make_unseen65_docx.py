"""Write the Word file of the sixty-fifth fresh dev set with python-docx:

eval/unseen65/KIEA_Memo_2025-117_C5+UK_summit_options_v2.docx — a policy memorandum of the Kingsmere Institute for
Eurasian Affairs, a (fictional) London think tank, to a director of the Foreign, Commonwealth and Development Office on
whether the United Kingdom should hold a leaders' summit with the five Central Asian states, as its author keeps the
second version in Word (named by hand: the institute's initials, "Memo", the memo's number, its subject, the version).
A page header and a page footer carry the marking "FOR OFFICIAL USE – NOT FOR CITATION" in bold capitals, at the top
and the bottom of every page; the footer's second paragraph is the memo's file reference and "Page X of Y" (Word's PAGE
and NUMPAGES fields with their cached values). In the body: the institute's name and programme as a letterhead,
"MEMORANDUM" in bold, a borderless table of five rows ("TO:", "FROM:", "CC:", "DATE:", "RE:" beside their values),
"Summary" over three bullets (List Bullet), "Background" over four paragraphs, "Options" over three "Option N — …"
headings (Heading 2), each over a paragraph and its "Pros:" and "Cons:" paragraphs (the label in bold), "Recommendation"
over two paragraphs, and "Attachments: (1) …, (2) …". The core properties are the author's (the memo's subject as title,
his name as author, fixed dates), and the zip's members carry a fixed time, so the file is the same on every run
(eval/docx_fixed.save_fixed).

The text is written for this set. The United Kingdom, its Foreign, Commonwealth and Development Office and Department
for Business and Trade, Chevening, the C5+1 format launched in Samarkand in 2015, the EU–Central Asia summit in
Samarkand in April 2025, the China–Central Asia summit in Astana in June 2025, Global Gateway, the UN General Assembly,
COP31 and the five states are real; the institute, the memo, its author, addressee and copy list, the ministers'
remarks, the counts, the costs and all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen65_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import field, new_document, save_fixed  # eval/docx_fixed.py, beside this script

OUT = Path(__file__).resolve().parent / "unseen65" / "KIEA_Memo_2025-117_C5+UK_summit_options_v2.docx"

MARKING = "FOR OFFICIAL USE – NOT FOR CITATION"
REFERENCE = "KIEA/EUR/M/2025/117"
INSTITUTE = "Kingsmere Institute for Eurasian Affairs"
PROGRAMME = "Eurasia Programme"
KIND = "MEMORANDUM"
SUBJECT = "A C5+UK summit in 2026? Options for a leaders' format with the five Central Asian states"
HEAD = [
    ("TO:", "Harriet Lomax, Director, Eastern Europe and Central Asia, Foreign, Commonwealth and Development Office"),
    ("FROM:", "Dr Owen Pritchard, Senior Research Fellow, Eurasia Programme"),
    ("CC:", "Central Asia Team, FCDO; Eurasia Trade Team, Department for Business and Trade"),
    ("DATE:", "24 November 2025"),
    ("RE:", SUBJECT),
]

SUMMARY = [
    "Britain is one of the few large partners of Central Asia that has never met the region's five leaders together. "
    "The region's governments read this as a lack of interest, and two of their foreign ministers said so to British "
    "ambassadors this autumn.",
    "We set out three options: a leaders' summit in London in 2026, an annual C5+UK meeting of foreign ministers with "
    "working groups, and a short leaders' meeting on the margins of a multilateral event.",
    "We recommend the second option now, and a decision on a leaders' summit in early 2027, once the ministerial "
    "format has produced agreements that a summit could sign.",
]

BACKGROUND = [
    "Since 2015, when the United States launched the C5+1 format in Samarkand, the five Central Asian states have built "
    "a crowded calendar of meetings with outside partners. By our count at least nine partners now meet all five "
    "together at the level of leaders or foreign ministers, and six of them have held a leaders' summit since 2022, "
    "among them the European Union in Samarkand in April 2025 and China in Astana in June 2025. Each summit now comes "
    "with a package: the EU's was presented as €12 billion of Global Gateway investment, much of it already committed "
    "before the leaders met.",
    "Britain's position is modest but not negligible. UK trade with the five came to £2.6 billion in the four quarters "
    "to June 2025, about two thirds of it with Kazakhstan, and British companies hold large stakes in Kazakh oil and gas "
    "and in Uzbek gold and copper. The UK has embassies in all five capitals and holds a strategic dialogue with each "
    "state separately, but no format brings the five together. Chevening awarded 41 scholarships in the region for "
    "2025/26, fewer than a decade ago.",
    "The region's governments have asked for more. In September and October 2025 the foreign ministers of Kazakhstan "
    "and Uzbekistan each told British ambassadors that a C5+UK format would be welcome, and Astana offered to host a "
    "first meeting; Kazakhstan has not yet proposed dates. Their interest is practical: access to London's capital "
    "markets, where Kazakh and Uzbek borrowers raised about $4.3 billion in 2024, British universities and a partner "
    "that is neither Russia nor China.",
    "Officials we spoke to in three capitals were also clear about the risk. A summit without money attached would now "
    "be seen as a lesser event than no summit at all, and the region compares packages closely.",
]

OPTIONS = [
    ("Option 1 — A C5+UK leaders' summit in London in 2026",
     "The Prime Minister would host the five presidents for a day, with a declaration and a package on critical "
     "minerals, education and finance.",
     "It would match what other partners have done and give the region the signal it asks for. A London summit could "
     "be tied to the City's strengths, with a listing day for Central Asian companies and a meeting of the five central "
     "bank governors.",
     "To avoid looking thin beside the EU's and China's, it would need a package of at least £500 million in new "
     "finance, and no such sum is in current spending plans. Security and protocol for five presidential delegations "
     "would cost about £3 million. The visit would draw criticism of the region's human rights records in Parliament "
     "and the press."),
    ("Option 2 — An annual C5+UK meeting of foreign ministers",
     "The Foreign Secretary and the five ministers would meet once a year, alternately in London and in the region, "
     "with three working groups: trade and critical minerals, education, and security along the Afghan border.",
     "It is cheap, can start in the first half of 2026 in Astana, as Kazakhstan has offered, and would build the "
     "working groups that a later summit would need to show results.",
     "The region may read it as a second-class format; Uzbekistan's foreign ministry has said privately that it would "
     "prefer a summit. A ministerial format depends on the Foreign Secretary's diary, and the date would have to be "
     "fixed a year ahead."),
    ("Option 3 — A leaders' meeting on the margins of a multilateral event",
     "The Prime Minister would meet the five leaders for two hours on the margins of the UN General Assembly in "
     "September 2026 or of COP31.",
     "It costs little, since the leaders are already there, and it could be arranged at short notice.",
     "Other partners have done the same and it has been forgotten. It produces a photograph but no institutions, and "
     "the region would see it as the least of the three."),
]

RECOMMENDATION = [
    "We recommend Option 2. The first meeting should be held in Astana in the first half of 2026 and should set up the "
    "three working groups, with a budget of about £15 million over three years drawn from existing programmes.",
    "A decision on a leaders' summit in London should be taken in early 2027, once the working groups have produced "
    "agreements that a summit could sign. Officials should tell Astana and Tashkent now that a summit remains the aim, "
    "so that the ministerial meeting is not read as a refusal.",
]

ATTACHMENTS = (
    "Attachments: (1) Partners' formats with the five Central Asian states, 2015–2025; (2) Draft terms of reference for "
    "the three working groups"
)

W = nsdecls("w")


def marking(paragraph) -> None:  # type: ignore[no-untyped-def]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(MARKING)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(9), RGBColor(0x9C, 0x1C, 0x1C)


def labelled(doc, label: str, text: str) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    p.add_run(label + " ").bold = True
    p.add_run(text)


def main() -> None:
    doc, section = new_document("Calibri", 11, 2.5, 2.5)

    marking(section.header.paragraphs[0])
    marking(section.footer.paragraphs[0])
    ref = section.footer.add_paragraph()
    ref.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ref.add_run(f"{REFERENCE} · Page ").font.size = Pt(8.5)
    field(ref, "PAGE", "1")
    ref.add_run(" of ").font.size = Pt(8.5)
    field(ref, "NUMPAGES", "3")

    p = doc.add_paragraph()
    run = p.add_run(INSTITUTE)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(13), RGBColor(0x1F, 0x3A, 0x5F)
    p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    run = p.add_run(PROGRAMME)
    run.font.size, run.font.color.rgb = Pt(10), RGBColor(0x59, 0x59, 0x59)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(KIND)
    run.bold, run.font.size = True, Pt(18)

    table = doc.add_table(rows=len(HEAD), cols=2)
    for r, (label, value) in enumerate(HEAD):
        left, right = table.cell(r, 0), table.cell(r, 1)
        left.width, right.width = Cm(2.2), Cm(13.8)
        left.paragraphs[0].add_run(label).bold = True
        run = right.paragraphs[0].add_run(value)
        run.bold = label == "RE:"
    rule = doc.add_paragraph()
    rule.paragraph_format.space_after = Pt(6)
    rule._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1F3A5F"/></w:pBdr>'))

    doc.add_heading("Summary", level=1)
    for text in SUMMARY:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("Background", level=1)
    for text in BACKGROUND:
        doc.add_paragraph(text).paragraph_format.space_after = Pt(6)
    doc.add_heading("Options", level=1)
    for head, what, pros, cons in OPTIONS:
        doc.add_heading(head, level=2)
        doc.add_paragraph(what).paragraph_format.space_after = Pt(6)
        labelled(doc, "Pros:", pros)
        labelled(doc, "Cons:", cons)
    doc.add_heading("Recommendation", level=1)
    for text in RECOMMENDATION:
        doc.add_paragraph(text).paragraph_format.space_after = Pt(6)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(ATTACHMENTS)
    run.italic, run.font.size = True, Pt(10)

    save_fixed(doc, OUT, title=SUBJECT, author="Owen Pritchard", created=dt.datetime(2025, 11, 19, 15, 6),
               modified=dt.datetime(2025, 11, 24, 9, 48), revision=4)


if __name__ == "__main__":
    main()
