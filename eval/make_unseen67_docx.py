"""Write the Word file of the sixty-seventh fresh dev set with python-docx:

eval/unseen67/PressKit_CA-Germany_Summit_Ashgabat_2025_EN.docx — the English press kit of a (fictional) third Central
Asia – Germany summit in Ashgabat, as the host's summit press office sends it to journalists (named by hand: the kind,
the summit, the city, the year, the language). On every page a header with the summit's logo text ("CENTRAL ASIA –
GERMANY SUMMIT | ASHGABAT 2025") over a rule and a footer with the press office's name and "Page X of Y" (Word's PAGE and
NUMPAGES fields with their cached values). In the body: a cover ("PRESS KIT", the summit's name, the city and dates,
the press office, the kit's version date, then a page break); "Contents" with seven entries; "Welcome note" (three
paragraphs, signed with a name and a post); "Programme" (a line on the times and a table of four columns — time, event,
venue, media access with "pool only" or "open press" — with a row for each day); "Background" (four paragraphs on the
format's history, its themes, trade and investment and the expected outcomes); "Fact sheet: the region in figures" (a
table of indicators and values under a line on its sources); "Media accreditation" (two paragraphs and the link);
"Press centre" (address, opening hours, Wi-Fi, services); "Media contacts" (three contacts with their telephones and
e-mails). The core properties are the press office's (the kit's title, its author, fixed dates), and the zip's members
carry a fixed time, so the file is the same on every run (eval/docx_fixed.save_fixed).

The text is written for this set. Turkmenistan, its Ministry of Foreign Affairs, Ashgabat, the Ruhyyet Palace, the
Oguzkent Hotel, Archabil Avenue, the five Central Asian states, Germany and its Federal Chancellor and Federal Foreign
Office, the first Central Asia – Germany summit in Berlin in September 2023 and its joint declaration on a strategic
regional partnership, the second in Astana in September 2024, the Trans-Caspian International Transport Route, the
Berlin Process on water and the German–Kazakh University are real; the third summit, its dates and programme, the
press office, its staff and contacts, the welcome note, the agreements and all figures are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen67_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import field, new_document, save_fixed  # eval/docx_fixed.py, beside this script

OUT = Path(__file__).resolve().parent / "unseen67" / "PressKit_CA-Germany_Summit_Ashgabat_2025_EN.docx"

LOGO = "CENTRAL ASIA – GERMANY SUMMIT | ASHGABAT 2025"
OFFICE = "Summit Press Office, Ministry of Foreign Affairs of Turkmenistan"
KIND = "PRESS KIT"
SUMMIT = "Third Central Asia – Germany Summit"
PLACE_DATES = "Ashgabat, 24–25 November 2025"
VERSION = "Version of 12 November 2025"
GREEN = RGBColor(0x0B, 0x5D, 0x4B)

CONTENTS = [
    "1. Welcome note",
    "2. Programme",
    "3. Background",
    "4. Fact sheet: the region in figures",
    "5. Media accreditation",
    "6. Press centre",
    "7. Media contacts",
]

WELCOME = [
    "Dear colleagues, welcome to Ashgabat. For the first time the leaders of the five Central Asian states and the "
    "Federal Chancellor of Germany will meet in Turkmenistan, and for the first time a summit of this format will be "
    "preceded by a full day of meetings between ministers and business.",
    "This kit tells you where and when you can work, how to obtain your accreditation and whom to call. The press "
    "centre will be open from 22 November, and our team will be on hand there throughout the summit. We have tried to "
    "give every accredited outlet a fair chance of a place in the pool for the plenary session, which will be drawn "
    "by lot.",
    "We look forward to working with you and wish you a productive stay in Ashgabat.",
]
SIGNATURE = ["Gulshat Hojayeva", "Head of the Summit Press Office"]

TIMES_NOTE = ("All times are Ashgabat time (GMT+5). The programme may change; accredited journalists will be told of any "
              "change by text message.")
PROGRAMME_HEAD = ("Time", "Event", "Venue", "Media access")
PROGRAMME = [
    ("Monday, 24 November 2025", None, None, None),
    ("10:00", "Meeting of the foreign ministers of the five states and Germany", "Ministry of Foreign Affairs",
     "pool only"),
    ("11:00", "Central Asia – Germany Business Forum: raw materials, energy and the Trans-Caspian route",
     "Congress Centre", "open press"),
    ("19:30", "Welcome dinner given by the President of Turkmenistan for the heads of delegation", "Oguzkent Hotel",
     "pool only"),
    ("Tuesday, 25 November 2025", None, None, None),
    ("09:30", "Official welcome and family photograph", "Ruhyyet Palace", "open press"),
    ("10:00", "Plenary session of the summit (opening statements shown live in the press centre)", "Ruhyyet Palace",
     "pool only"),
    ("12:30", "Signing of documents", "Ruhyyet Palace", "open press"),
    ("13:00", "Joint press statement by the leaders, without questions", "Ruhyyet Palace", "open press"),
    ("14:30", "Bilateral meetings of the Federal Chancellor with the five presidents", "Ruhyyet Palace", "pool only"),
]

BACKGROUND = [
    "The Central Asia – Germany format brings together the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, "
    "Turkmenistan and Uzbekistan and the Federal Chancellor of Germany. The first summit, held in Berlin in September "
    "2023, adopted a joint declaration on a strategic regional partnership; the second met in Astana in September "
    "2024. The foreign ministers of the six states meet every year between the summits, and in 2025 four working "
    "groups of officials met for the first time, on raw materials, energy, transport and education.",
    "The Ashgabat summit will discuss four themes: the extraction and processing of critical raw materials in the "
    "region; energy, including natural gas, renewable power and hydrogen; the Trans-Caspian International Transport "
    "Route, which carries a growing share of the region's trade with Europe; and vocational training and skilled "
    "labour. Water will be discussed as part of the Berlin Process, through which Germany has supported cooperation "
    "on the region's rivers since 2008.",
    "Germany's trade with the five states reached €14.1 billion in 2024, 12 per cent more than in 2023, and Kazakhstan "
    "accounted for about 70 per cent of it. German imports from the region consist mainly of crude oil, metals and "
    "chemicals; its exports of machinery, vehicles and medicines. About 1,150 companies with German capital are "
    "registered in the five states, and German investment in the region in 2022–2024 came to about €2.3 billion, "
    "more than half of it in Kazakhstan and Uzbekistan.",
    "The leaders are expected to adopt an Ashgabat Declaration and a joint action plan for 2026–2028. Up to 15 "
    "intergovernmental and business agreements may be signed on the day; their list will be published only after "
    "the signing. The fourth summit is to be held in Germany in 2027.",
]

FACTS_NOTE = "Sources: national statistics agencies, the Federal Statistical Office of Germany, the summit secretariat."
FACTS = [
    ("Indicator", "Value"),
    ("Population of the five states, 1 January 2025", "81.4 million"),
    ("Combined GDP of the five states, 2024", "about US$510 billion"),
    ("Germany's trade with the five states, 2024", "€14.1 billion"),
    ("Companies with German capital in the region", "about 1,150"),
    ("Students from the region at German universities, winter semester 2024/25", "9,800"),
    ("Direct flights between the region and Germany each week", "23"),
]

ACCREDITATION = [
    "Accreditation is open to journalists, photographers and camera crews who hold a valid press card. Applications "
    "must be made online by 14 November 2025, 18:00 Ashgabat time; late applications will not be accepted. Each "
    "outlet may accredit up to three people, and the press office will confirm accreditation by e-mail by 18 November.",
    "Foreign journalists need a visa, which will be issued free of charge on arrival at Ashgabat International Airport "
    "on the basis of the accreditation letter. Badges are collected at the press centre from 22 November against the "
    "passport used for the application. Drones may not be used, and places in the pool are allocated by lot among "
    "accredited outlets.",
]
ACCREDITATION_LINK = "Apply at: https://summit2025.mfa.gov.tm.example/accreditation"

PRESS_CENTRE = [
    "Ashgabat Congress Centre, Archabil Avenue, Ashgabat",
    "Opening hours: 22 November 10:00–20:00; 23–24 November 08:00–23:00; 25 November from 07:00 until the end of the "
    "summit",
    "Wi-Fi: network SUMMIT-PRESS, password printed on the badge",
    "200 workstations, interpretation into English, German, Russian and Turkmen, shuttle buses to the official hotels "
    "every 20 minutes",
]

CONTACTS = [
    "Gulshat Hojayeva, Head of the Summit Press Office: +993 12 44 58 10, press@summit2025.mfa.gov.tm.example",
    "Accreditation desk: +993 12 44 58 14, accreditation@summit2025.mfa.gov.tm.example",
    "German delegation, press officer at the German Embassy in Ashgabat: +993 12 48 87 36, "
    "presse@aschgabat.diplo.example",
]

W = nsdecls("w")


def rule_under(paragraph) -> None:  # type: ignore[no-untyped-def]
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="0B5D4B"/></w:pBdr>'))


def shade(cell, colour: str) -> None:  # type: ignore[no-untyped-def]
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{colour}"/>'))


def heading(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    h = doc.add_heading(text, level=1)
    for run in h.runs:
        run.font.color.rgb = GREEN


def table(doc, head: tuple[str, ...], rows: list, widths: tuple[float, ...]) -> None:  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=0, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = t.add_row().cells
    for cell, text in zip(cells, head):
        cell.paragraphs[0].add_run(text).bold = True
        shade(cell, "DCEFE9")
    for row in rows:
        cells = t.add_row().cells
        if row[1] is None:  # a day's row, merged across the table
            merged = cells[0].merge(cells[-1])
            merged.paragraphs[0].add_run(row[0]).bold = True
            shade(merged, "F2F2F2")
            continue
        for cell, text in zip(cells, row):
            cell.paragraphs[0].add_run(text)
    for r in t.rows:
        for cell, width in zip(r.cells, widths):
            cell.width = Cm(width)
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9.5)
    doc.add_paragraph()


def main() -> None:
    doc, section = new_document("Calibri", 11, 2.3, 2.3)

    header = section.header.paragraphs[0]
    run = header.add_run(LOGO)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(9), GREEN
    rule_under(header)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(f"{OFFICE} · Page ").font.size = Pt(8)
    field(foot, "PAGE", "1", half_points=16)
    foot.add_run(" of ").font.size = Pt(8)
    field(foot, "NUMPAGES", "5", half_points=16)

    # the cover
    for text, size, bold, before in ((KIND, 14, True, 110), (SUMMIT, 26, True, 12), (PLACE_DATES, 15, False, 8),
                                     (OFFICE, 11, False, 60), (VERSION, 10, False, 4)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        r = p.add_run(text)
        r.bold, r.font.size = bold, Pt(size)
        if text in (KIND, SUMMIT):
            r.font.color.rgb = GREEN
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    p = doc.add_paragraph()
    r = p.add_run("Contents")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(14), GREEN
    for entry in CONTENTS:
        doc.add_paragraph(entry).paragraph_format.space_after = Pt(2)

    heading(doc, "Welcome note")
    for text in WELCOME:
        doc.add_paragraph(text).paragraph_format.space_after = Pt(6)
    for i, text in enumerate(SIGNATURE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(6 if i == 0 else 0)
        p.add_run(text).bold = i == 0

    heading(doc, "Programme")
    doc.add_paragraph(TIMES_NOTE)
    table(doc, PROGRAMME_HEAD, PROGRAMME, (1.8, 7.6, 3.8, 2.8))

    heading(doc, "Background")
    for text in BACKGROUND:
        doc.add_paragraph(text).paragraph_format.space_after = Pt(6)

    heading(doc, "Fact sheet: the region in figures")
    p = doc.add_paragraph()
    p.add_run(FACTS_NOTE).italic = True
    table(doc, FACTS[0], FACTS[1:], (11.0, 5.0))

    heading(doc, "Media accreditation")
    for text in ACCREDITATION:
        doc.add_paragraph(text).paragraph_format.space_after = Pt(6)
    p = doc.add_paragraph()
    p.add_run(ACCREDITATION_LINK).bold = True

    heading(doc, "Press centre")
    for text in PRESS_CENTRE:
        doc.add_paragraph(text, style="List Bullet")

    heading(doc, "Media contacts")
    for text in CONTACTS:
        doc.add_paragraph(text).paragraph_format.space_after = Pt(4)

    save_fixed(doc, OUT, title=f"{SUMMIT} – Press Kit", author="Summit Press Office",
               created=dt.datetime(2025, 11, 6, 9, 20), modified=dt.datetime(2025, 11, 12, 17, 44), revision=9)


if __name__ == "__main__":
    main()
