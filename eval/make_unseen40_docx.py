"""Write the Word file of the fortieth fresh dev set with python-docx and raw OOXML:

eval/unseen40/PolicyBrief_Kazakh-Panda-Bonds_v3_TC_comments.docx — the third draft of a policy brief of a (fictional)
Almaty think tank, the Almaty Centre for Economic Policy, on Kazakhstan's yuan bonds on China's onshore market, as it
comes back from two reviewers: the page header "DRAFT – NOT FOR CIRCULATION"; a footer "Page N of M" made of Word's
PAGE and NUMPAGES fields (with their cached results); the centre's name and the brief's number and date over the
headline in Word's Title style and the authors' line; five numbered Heading 1 sections; a caption over a five-column
table; three numbered recommendations. The review is left in the file: tracked changes by two named reviewers with
their dates (w:ins with its w:r and w:t, w:del with its w:r and w:delText), most of them a deleted old figure followed
by the inserted new one inside a sentence, one inserted sentence and one deleted sentence; and four margin comments
(word/comments.xml, anchored by w:commentRangeStart, w:commentRangeEnd and a run holding w:commentReference, with the
reviewer's name, initials and date). Read with all changes accepted, the text gives the new figures only.

The text is written for this set; the centre, the authors, the reviewers and all figures, issues and ratings are
fictional (the Development Bank of Kazakhstan, Kazakhstan's Ministry of Finance and National Bank, the China Interbank
Bond Market, Bank of China, China Chengxin International, the Astana International Exchange and the Chinese president's
state visit to Astana in July 2024 are real, but what is said of them here is invented).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen40_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent / "unseen40"
OUT = HERE / "PolicyBrief_Kazakh-Panda-Bonds_v3_TC_comments.docx"

W = nsdecls("w")
EA = ("Erlan Abdrakhmanov", "EA", "2025-12-08T14:22:00Z")
SL = ("Sophie Lindqvist", "SL", "2025-12-09T10:05:00Z")

HEADER = "DRAFT – NOT FOR CIRCULATION"
CENTRE = "ALMATY CENTRE FOR ECONOMIC POLICY"
SERIES = "Policy Brief No. 11 · December 2025"
TITLE = "Borrowing in Yuan: What Panda Bonds Can and Cannot Do for Kazakhstan"
AUTHORS = "Aigerim Tulegenova and Marat Seitkazin"

COMMENTS = [
    (SL, "Check this figure against the ministry's release"),
    (EA, "Source?"),
    (EA, "NBK data or our own estimate? Please add a footnote."),
    (SL, "Is this still the plan after the November budget revision?"),
]

# A paragraph is a list of pieces: a plain string; ("ins", text, reviewer) or ("del", text, reviewer) for a tracked
# change; ("c", text, n) for plain text under comment n; ("ins", text, reviewer, n) for an insertion under comment n.
SECTIONS = [
    ("1. Summary", [
        ["Kazakhstan has raised ", ("del", "2.5 billion", EA), ("ins", "3 billion", EA, 0),
         " yuan, about 420 million dollars, on China’s domestic bond market since September 2024, all of it through the "
         "Development Bank of Kazakhstan (DBK). The Ministry of Finance now plans a sovereign issue of its own."],
        ["This brief looks at what these “panda” bonds have delivered so far. It argues that they are useful for a narrow "
         "purpose, financing projects that earn or spend yuan, but that they are no substitute for borrowing in dollars "
         "and a poor one for borrowing in tenge."],
    ]),
    ("2. What has been issued", [
        ["DBK made its first issue, of 1 billion yuan for three years, in September 2024, and a second, of 2 billion "
         "yuan, in May 2025. Both were placed on the China Interbank Bond Market, with Bank of China as lead "
         "underwriter. The May issue carried a coupon of ", ("del", "2.9", SL), ("ins", "2.6", SL),
         " percent, against the 5.4 percent DBK paid on its last dollar Eurobond."],
        ["Demand was strong. The May issue was 2.4 times oversubscribed and its order book closed within a day; the "
         "first issue, the first by any Central Asian borrower on the onshore market, had drawn bids of 1.6 times its "
         "size."],
        ["The May issue was also listed on the Astana International Exchange, where it has not traded once.",
         ("ins", " About 70 percent of it was bought by Chinese commercial banks, the rest by funds and insurers.", EA, 1)],
        ["The proceeds were lent on in yuan to 14 projects, most of them wind and solar farms built with Chinese "
         "equipment, and to a copper smelter in the east of the country. DBK has not published the list of projects "
         "or the amounts lent to each."],
    ]),
    ("3. Why yuan, and why now", [
        ["The case for yuan borrowing rests on cost and on trade. Chinese interest rates have fallen for three years "
         "running, while Kazakhstan’s cost of borrowing in dollars has stayed high; for a state bank with a BBB "
         "rating, the onshore market has been the cheapest source of three-year money since 2024."],
        ["Trade has moved the same way. In the first nine months of 2025, ", ("c", "about 23 percent", 2),
         " of Kazakhstan’s payments for imports from China were settled in yuan, against 9 percent in 2022. Companies "
         "that buy Chinese turbines, lorries and machine tools increasingly want loans in the currency they pay in."],
        ["Politics plays its part too. Beijing encourages its Belt and Road partners to borrow in yuan, and DBK’s first "
         "issue was announced during the Chinese president’s state visit to Astana in July 2024.",
         ("del", " Uzbekistan is expected to follow with a panda issue of its own in 2026.", SL)],
    ]),
    ("4. The risks", [
        ["The main risk is the currency. The tenge has lost about ", ("del", "9", SL), ("ins", "11", SL),
         " percent against the yuan since January 2025, more than the whole saving on the coupon for a borrower "
         "without yuan revenue. DBK has not said whether it hedged the May issue, and a swap from yuan into tenge is "
         "hard to find in Almaty at any price."],
        ["The second risk is the market itself. An onshore issue needs a rating from a Chinese agency, and China "
         "Chengxin International rated DBK AAA, a grade that says more about the Chinese rating scale than about the "
         "bank. Investors abroad read such ratings with caution, and so should Kazakh officials. The underwriting fees "
         "have not been disclosed."],
        ["The third is scale. The Ministry of Finance has said it wants to raise up to 5 billion yuan in ",
         ("del", "the first quarter", EA), ("ins", "the second quarter", EA, 3),
         " of 2026, in a five-year bond. That would make Kazakhstan the largest Central Asian borrower on the onshore "
         "market. The ministry has not said what the money will be used for."],
        ["The fourth is legal. The bonds are governed by Chinese law, and a dispute over them would be heard by a court "
         "in Beijing. DBK has not published their terms in Kazakh or Russian, and parliament has never discussed them."],
    ]),
    ("5. Recommendations", [
        ["5.1. Borrow in yuan only for projects with yuan revenue or yuan costs, and cap such borrowing at ",
         ("del", "15", EA), ("ins", "10", EA), " percent of the state’s external debt."],
        ["5.2. Publish the list of projects financed with the proceeds of panda bonds, with the amount lent to each."],
        ["5.3. Build a local market for yuan–tenge hedging before the sovereign issue, with the National Bank as the "
         "first counterparty."],
    ]),
]
TABLE_AFTER = 1  # the table follows section 2 (index of SECTIONS)
TABLE_CAPTION = "Table 1. Kazakh issues on China’s onshore bond market"
TABLE = [
    ["Issuer", "Date", "Amount, billion yuan", "Term", "Coupon"],
    ["Development Bank of Kazakhstan", "September 2024", "1.0", "3 years", "3.1%"],
    ["Development Bank of Kazakhstan", "May 2025", "2.0", "3 years", "2.6%"],
    ["Ministry of Finance", "Planned for 2026", "up to 5.0", "5 years", "–"],
]


def change(kind: str, rid: int, reviewer: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    author, _, date = reviewer
    return parse_xml(f'<w:{kind} {W} w:id="{rid}" w:author="{author}" w:date="{date}"/>')


def write_paragraph(doc, p, pieces, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Add the paragraph's pieces as runs, anchor its comments, then wrap the tracked runs in w:ins / w:del."""
    wraps = []
    for piece in pieces:
        if isinstance(piece, str):
            p.add_run(piece)
            continue
        kind, text = piece[0], piece[1]
        run = p.add_run(text)
        if kind == "c":
            comment_no = piece[2]
        else:
            comment_no = piece[3] if len(piece) > 3 else None
            wraps.append((kind, run, piece[2]))
        if comment_no is not None:
            reviewer, note = COMMENTS[comment_no]
            comment = doc.add_comment(run, text=note, author=reviewer[0], initials=reviewer[1])
            comment._comment_elm.date = dt.datetime.fromisoformat(reviewer[2])
    for kind, run, reviewer in wraps:
        r = run._r
        wrapper = change(kind, ids[0], reviewer)
        ids[0] += 1
        r.addprevious(wrapper)
        wrapper.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def field(paragraph, code: str, cached: str) -> None:  # type: ignore[no-untyped-def]
    paragraph._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W}><w:t>{cached}</w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def main() -> None:
    HERE.mkdir(exist_ok=True)
    doc = Document()
    doc.core_properties.author = "Aigerim Tulegenova"
    doc.core_properties.last_modified_by = "Sophie Lindqvist"
    doc.core_properties.title = ""
    doc.core_properties.revision = 14
    doc.core_properties.created = dt.datetime(2025, 11, 24, 9, 30)
    doc.core_properties.modified = dt.datetime(2025, 12, 9, 10, 41)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = hp.add_run(HEADER)
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    field(fp, "PAGE", "1")
    fp.add_run(" of ")
    field(fp, "NUMPAGES", "3")

    p = doc.add_paragraph()
    r = p.add_run(CENTRE)
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    p.add_run(SERIES).font.size = Pt(10)
    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph()
    p.add_run(AUTHORS).italic = True

    ids = [11]
    for i, (heading, paragraphs) in enumerate(SECTIONS):
        doc.add_heading(heading, level=1)
        for pieces in paragraphs:
            write_paragraph(doc, doc.add_paragraph(), pieces, ids)
        if i == TABLE_AFTER:
            doc.add_paragraph(TABLE_CAPTION, style="Caption")
            table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
            table.style = "Table Grid"
            for row, values in zip(table.rows, TABLE):
                for cell, value in zip(row.cells, values):
                    cell.text = value
                    if values is TABLE[0]:
                        cell.paragraphs[0].runs[0].bold = True
    settings = doc.settings.element  # Track Changes left on, in its place in the schema's order
    settings.find(qn("w:defaultTabStop")).addprevious(parse_xml(f"<w:trackRevisions {W}/>"))
    doc.save(str(OUT))


if __name__ == "__main__":
    main()
