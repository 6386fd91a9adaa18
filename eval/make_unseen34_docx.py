"""Write the Word file of the thirty-fourth fresh dev set with python-docx:

eval/unseen34/Tamga_BriefingMemo_07-2025_Satellite-internet-licensing_FINAL (2).docx — a (fictional) Bishkek digital
rights NGO's briefing memo to its partners, as the Word file a reader downloads twice: a running page header (the memo's
series number and short name); "BRIEFING MEMO" in capitals; a "TO:", "FROM:", "DATE:", "RE:" block, one a paragraph,
the labels in bold; the headline in Word's Title style; a "Summary" heading over three bulleted points; five Heading 1
sections over plain paragraphs, three of them carrying real Word footnotes (a footnotes part with three notes, their
reference marks in the text); a contact box at the end (a one-cell table of four paragraphs); a footer of two
paragraphs, the centre's name with the memo's number and "Page X of Y" built from PAGE and NUMPAGES fields with their
cached values. No comments, no tracked changes.

The text is written for this set; the centre, its authors, the working group, the licences, the seizures and all figures
are fictional (Starlink, Eutelsat OneWeb, Shanghai Spacesail Technologies, Bureau 1440 and its Rassvet constellation,
the satellite TürkmenÄlem 52°E launched in 2015, Kazakhstan's Ministry of Digital Development, Innovation and Aerospace
Industry, Kyrgyzstan's communications regulator and the shutdown of mobile internet in Gorno-Badakhshan from November
2021 to March 2022 are real, but what they do, say or cost here is invented).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen34_docx.py
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent / "unseen34"
OUT = HERE / "Tamga_BriefingMemo_07-2025_Satellite-internet-licensing_FINAL (2).docx"

HEADER = "Tamga Briefing Memo No. 7/2025 · Satellite internet licensing in Central Asia"
KIND = "BRIEFING MEMO"
BLOCK = [
    ("TO:", "Members of the Regional Connectivity Working Group"),
    ("FROM:", "Aigerim Duisenova and Bakyt Toktorov, Tamga Digital Rights Centre"),
    ("DATE:", "10 December 2025"),
    ("RE:", "Where the five states stand on low-orbit satellite licences, and what partners can do"),
]
TITLE = "Licensing the sky: satellite internet in Central Asia and the open-access question"
SUMMARY = [
    "Kazakhstan and Kyrgyzstan have licensed low-orbit satellite internet, but only through local companies and on "
    "terms that let the state suspend the service.",
    "Uzbekistan, Tajikistan and Turkmenistan have issued no licence, and bringing in a terminal without a permit is an "
    "offence in all three.",
    "Partners should ask for licence terms to be published in full and oppose any rule that ties a licence to network "
    "shutdowns.",
]
# paragraphs; "[n]" marks where footnote n's reference goes
SECTIONS: list[tuple[str, list[str]]] = [
    ("Why this matters now", [
        "By our estimate from the International Telecommunication Union's household data, about 9 percent of homes in "
        "the region's mountain districts still had neither fixed nor mobile broadband in 2024.[1] Low-orbit "
        "constellations promise to close that gap within a few years, at a price that is falling.",
        "They also confront governments with something new: a connection that does not pass through a national "
        "operator's gateway cannot easily be filtered, logged or switched off. That, more than spectrum or price, "
        "explains how each capital has approached licensing.",
        "The case everyone in the region remembers is Gorno-Badakhshan, where mobile internet was cut from November "
        "2021 to March 2022. Residents told our researchers that a few smuggled terminals were then the only link "
        "between some villages and the outside world.[2]",
    ]),
    ("Kazakhstan: licensed, with conditions", [
        "Kazakhstan moved first. Amendments to the Law on Communications in force since 1 July 2025 allow "
        "non-geostationary operators to serve the country if their traffic passes through a ground station on Kazakh "
        "soil and they install equipment for lawful interception.",
        "On 14 August 2025 the Ministry of Digital Development, Innovation and Aerospace Industry licensed Starlink's "
        "local subsidiary to serve corporate and state customers only; sales to households remain banned. The licence "
        "fee has not been disclosed, and neither the ministry nor the company would tell us how many terminals are "
        "active.",
        "The state is the first customer. Under a rural schools programme, 1,860 schools had received terminals by "
        "November 2025, and the ministry plans to connect 2,400 more in 2026. In September the ministry also signed a "
        "memorandum with the Chinese operator Shanghai Spacesail Technologies, which sets no date for service.",
        "Schools pay nothing: the ministry covers terminals and subscriptions from its connectivity programme, whose "
        "budget for 2025 came to 9.4 billion tenge. Teachers in two districts of Abai region told us the connection "
        "drops in heavy snow, and that no one at the ministry had asked them how well it works.",
    ]),
    ("Kyrgyzstan: the partner model", [
        "Kyrgyzstan licensed Eutelsat OneWeb in March 2025 through a local distributor, which holds the operating "
        "licence while the foreign company sells it capacity. The distributor paid a licence fee of 2.5 million soms "
        "and serves mainly banks, mines and border posts.",
        "Starlink applied in November 2024 and is still waiting. The communications regulator has not said when it "
        "will decide, and a draft resolution it published in October would oblige every terminal to be registered to "
        "a named user with a passport.",
    ]),
    ("Uzbekistan, Tajikistan and Turkmenistan: closed for now", [
        "Uzbekistan has issued no licence. A draft decree that circulated in September 2025 would let foreign "
        "low-orbit operators work only through a joint venture in which a state company holds 51 percent. No date for "
        "its adoption has been given.",
        "Tajikistan has neither licensed nor publicly discussed foreign constellations. Its customs service seized 312 "
        "terminals in 2024, most of them at crossings on the Afghan border, according to court records we have "
        "read.[3] An unregistered terminal is treated in law as an unlicensed radio station.",
        "Turkmenistan bans the import of terminals outright. Its own geostationary satellite, TürkmenÄlem 52°E, "
        "launched in 2015, carries television and state communications rather than consumer internet.",
        "Russia watches all of this closely. Officials in Astana and Bishkek told us that Moscow presents Rassvet, the "
        "constellation planned by the Bureau 1440 company, as the region's alternative, though its first commercial "
        "service is not expected before 2027.",
    ]),
    ("What partners can do", [
        "First, ask each regulator to publish its licence conditions in full, including any duty to suspend service. "
        "Second, donors paying for school connectivity should write into their contracts that no filtering is applied "
        "beyond what national law requires in writing. Third, the Working Group should fund legal aid for people fined "
        "for owning unregistered terminals, a caseload that is growing in Tajikistan.",
    ]),
]
NOTES = {
    1: "ITU household connectivity indicators for 2024; our calculation for 41 districts lying above 1,500 metres.",
    2: "Interviews in Khorog and Dushanbe, May 2025; names withheld.",
    3: "Decisions of district courts in Khatlon region reviewed in October 2025.",
}
CONTACT = [
    "Contact",
    "Aigerim Duisenova, Policy Lead, Tamga Digital Rights Centre",
    "a.duisenova@tamga-rights.kg · +996 312 98 47 10",
    "Bishkek, 720040 · tamga-rights.kg",
]
FOOTER = "Tamga Digital Rights Centre · Briefing Memo 7/2025 · For partners, may be shared"
PAGES = ("1", "3")  # cached values of the PAGE and NUMPAGES fields, as Word saved them on the first page

W = nsdecls("w")


def _footnotes_part(doc) -> None:  # type: ignore[no-untyped-def]
    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for n, text in NOTES.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{notes}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def _paragraph_with_notes(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    rest = text
    while "[" in rest:
        before, _, after = rest.partition("[")
        number, _, rest = after.partition("]")
        p.add_run(before)
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{number}"/></w:r>'))
    if rest:
        p.add_run(rest)


def _field(paragraph, code: str, cached: str) -> None:  # type: ignore[no-untyped-def]
    for xml in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {W}><w:t>{cached}</w:t></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def write() -> None:
    doc = Document()
    doc.core_properties.author = "Aigerim Duisenova"
    doc.core_properties.title = TITLE
    doc.core_properties.created = dt.datetime(2025, 12, 10, 9, 20)
    doc.core_properties.modified = dt.datetime(2025, 12, 10, 17, 5)
    _footnotes_part(doc)
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.header.paragraphs[0].runs[0].font.size = Pt(8)
    doc.add_paragraph().add_run(KIND).bold = True
    for label, value in BLOCK:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(" " + value)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Summary", style="Heading 1")
    for point in SUMMARY:
        doc.add_paragraph(point, style="List Bullet")
    for head, paras in SECTIONS:
        doc.add_paragraph(head, style="Heading 1")
        for text in paras:
            _paragraph_with_notes(doc, text)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    cell.paragraphs[0].add_run(CONTACT[0]).bold = True
    for line in CONTACT[1:]:
        cell.add_paragraph(line)
    footer = section.footer
    footer.paragraphs[0].text = FOOTER
    footer.paragraphs[0].runs[0].font.size = Pt(8)
    p = footer.add_paragraph()
    p.add_run("Page ")
    _field(p, "PAGE", PAGES[0])
    p.add_run(" of ")
    _field(p, "NUMPAGES", PAGES[1])
    doc.save(str(OUT))


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write()
