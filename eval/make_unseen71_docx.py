"""Write the Word file of the seventy-first fresh dev set with python-docx:

eval/unseen71/Post Handbook - Kyrgyz Republic - Ch2 Country and Foreign Relations v4.2.docx — chapter 2 of the
(fictional) post handbook that the British Embassy in Bishkek keeps for staff and dependants posted to the Kyrgyz
Republic, as the embassy's corporate services team saves it in Word (named by hand: the handbook, the country, the
chapter and its subject, the version). The protective marking "OFFICIAL – for staff and dependants" in the header of
every page; the footer with the handbook's name, the chapter and Word's PAGE field; a cover (the department, the
embassy, "Post handbook: Kyrgyz Republic" in large bold, the chapter's title, for whom it is, the version with its
issue and review dates, the owner) and a page break; "Contents" with five entries and their page numbers after a
right tab; "2.1 Country background", "2.2 Kyrgyzstan's foreign relations" and "2.3 Working with the host government"
as Heading 2 with their paragraphs; "2.4 Key contacts" over a "Table Grid" table (organisation, address, telephone)
and a note; "Document history" over a table of versions. The core properties are the team's (the handbook's name as
title, its author, fixed dates), and the zip's members carry a fixed time, so the file is the same on every run
(eval/docx_fixed.save_fixed).

The text is written for this set. The Foreign, Commonwealth & Development Office, the British Embassy Bishkek, the
Kyrgyz Republic, its regions, towns and Constitution of 2021, its Ministry of Foreign Affairs, the Eurasian Economic
Union, the Collective Security Treaty Organization, the air base at Kant, the China–Kyrgyzstan–Uzbekistan railway,
the border treaties with Uzbekistan and Tajikistan, the Kempir-Abad reservoir, the Organization of Turkic States and
the sanctions on Russia are real; the handbook, its version, its owner, its advice, its contacts and all figures
are fictional.
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen71_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import (  # eval/docx_fixed.py, beside this script
    new_document,
    page_field,
    save_fixed,
)

OUT = Path(__file__).resolve().parent / "unseen71" / "Post Handbook - Kyrgyz Republic - Ch2 Country and Foreign Relations v4.2.docx"

MARKING = "OFFICIAL – for staff and dependants"
FOOTER = "Post handbook: Kyrgyz Republic · Chapter 2 · Page "
COVER_TOP = ["Foreign, Commonwealth & Development Office", "British Embassy Bishkek"]
TITLE = "Post handbook: Kyrgyz Republic"
CHAPTER = "Chapter 2: The country, its neighbours and its government"
COVER_FOOT = [
    "For staff and dependants posted to Bishkek",
    "Version 4.2 · Issued 6 October 2025 · Next review due October 2026",
    "Owner: Corporate Services Manager, British Embassy Bishkek",
]
CONTENTS = [
    ("2.1 Country background", "2"),
    ("2.2 Kyrgyzstan's foreign relations", "3"),
    ("2.3 Working with the host government", "4"),
    ("2.4 Key contacts", "5"),
    ("Document history", "5"),
]
SECTIONS = [
    ("2.1 Country background", [
        ("The Kyrgyz Republic is a mountain country of about 7.2 million people, and nine-tenths of it lies more than "
        "1,500 metres above sea level. It borders Kazakhstan to the north, China to the east and south-east, Tajikistan "
        "to the south and Uzbekistan to the west. Bishkek, where you will live and work, is a city of about 1.2 million "
        "people at the foot of the Kyrgyz Range; Osh, in the Fergana Valley, is the second city and the centre of the "
        "south."),
        ("Since independence in 1991 the country has changed its government by street protest three times, in 2005, "
        "2010 and 2020. The Constitution adopted by referendum in April 2021 gave the President wide powers over the "
        "Cabinet of Ministers. Public criticism of the authorities now carries more risk for local people than it did: "
        "do not put your Kyrgyz contacts in a difficult position by quoting them, photographing them at events or "
        "asking them to speak for the record."),
        ("The economy rests on gold, on the money sent home by workers abroad and on trade with the neighbours. In the "
        "Embassy's estimate remittances equalled about 19 per cent of GDP in 2024, down from nearly a third in 2021, "
        "and about 640,000 Kyrgyz citizens were working in Russia at the end of that year."),
    ]),
    ("2.2 Kyrgyzstan's foreign relations", [
        ("Russia remains the closest partner. The Kyrgyz Republic is a member of the Eurasian Economic Union and the "
        "Collective Security Treaty Organization, Russia keeps an air base at Kant, east of Bishkek, and Russian is "
        "the working language of most of the government. Officials will expect you to understand why the country "
        "cannot take sides against Moscow, whatever they say in private."),
        ("China is the largest trading partner and the largest creditor: by the Embassy's reckoning it held about 36 "
        "per cent of the Kyrgyz Republic's external public debt at the end of 2024. Work on the China–Kyrgyzstan–"
        "Uzbekistan railway began in December 2024; staff driving to Naryn or At-Bashy will pass the building sites."),
        ("Relations with the neighbours have improved more than anyone expected. The border treaty with Uzbekistan "
        "of 2023 settled the frontier and the shared management of the Kempir-Abad reservoir, and the treaty with "
        "Tajikistan signed in March 2025 closed the dispute that led to fighting in 2021 and 2022. The crossings on "
        "the Tajik border in Batken region reopened that spring, but you must still tell the Embassy's security "
        "manager before any trip there."),
        ("The United Kingdom's interests are good governance, the enforcement of the sanctions on Russia, climate and "
        "water, and the security of the region. Re-exports of goods of military use to Russia through Kyrgyz "
        "companies have been raised by British ministers at every meeting since 2023, and the Kyrgyz side is "
        "sensitive about it: leave the subject to the Head of Mission unless you have been briefed."),
        ("Türkiye, the Gulf states, Japan and the Republic of Korea are growing partners. Kyrgyzstan is a founding "
        "member of the Organization of Turkic States and takes its summits seriously, and the number of resident "
        "embassies in Bishkek has risen to 41 from 33 in 2015."),
    ]),
    ("2.3 Working with the host government", [
        ("The Ministry of Foreign Affairs is the Embassy's first point of contact with every part of the government. "
        "Requests for meetings with other ministries go to the Ministry by note verbale, written in Russian with a "
        "courtesy translation into English. The Ministry aims to answer notes within ten working days, but allow "
        "longer in the summer and before the President's foreign visits."),
        ("Ask for a meeting with a minister at least 15 working days ahead, and with a deputy minister at least ten. "
        "Meetings often move at short notice; do not take this as a slight. Officials usually meet in their offices "
        "rather than over meals, and gifts should not be worth more than a book or a box of sweets."),
        ("New staff must be accredited through the Ministry's Protocol Department within ten days of arrival. "
        "Diplomatic identity cards for officers and dependants take about four weeks to be issued, and until then "
        "you should carry your passport and the Ministry's letter of registration at all times."),
        ("Kyrgyz is the state language and Russian an official language. Most officials in Bishkek work in Russian, "
        "while in Osh, Naryn and Batken Kyrgyz is used more. The Embassy pays for up to 120 hours of Russian or "
        "Kyrgyz lessons for each officer and up to 60 hours for each adult dependant."),
    ]),
]
CONTACTS_HEAD = "2.4 Key contacts"
CONTACTS = [
    ("Organisation", "Address", "Telephone"),
    ("Ministry of Foreign Affairs, Protocol Department", "57 Erkindik Boulevard, Bishkek", "+996 312 66 05 41"),
    ("British Embassy Bishkek, duty officer", "Bishkek (address in chapter 1)", "+996 555 70 12 90"),
    ("Embassy security manager", "Bishkek (address in chapter 1)", "+996 555 70 12 94"),
    ("Police, fire, ambulance", "–", "102 / 101 / 103"),
]
CONTACTS_NOTE = "Check the numbers against the duty officer's list on the intranet before you travel."
HISTORY_HEAD = "Document history"
HISTORY = [
    ("Version", "Date", "Changes"),
    ("4.0", "September 2023", "Chapter rewritten after the 2021 Constitution"),
    ("4.1", "November 2024", "Border with Uzbekistan; accreditation rules"),
    ("4.2", "October 2025", "Treaty with Tajikistan; language lessons"),
]


def table(doc, rows) -> None:  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.text = text
            run = cell.paragraphs[0].runs[0]
            run.font.size = Pt(9.5)
            run.bold = r == 0


def main() -> None:
    doc, section = new_document("Arial", 11, 2.5, 2.5, 2.2, 2.0)
    section.different_first_page_header_footer = False
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run(MARKING)
    run.bold = True
    run.font.size = Pt(9)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run(FOOTER).font.size = Pt(8.5)
    page_field(footer, "1")

    # the cover
    for line in COVER_TOP:
        p = doc.add_paragraph()
        p.add_run(line).bold = line == COVER_TOP[0]
        p.paragraph_format.space_after = Pt(2)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(150)
    run = p.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(28)
    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    p = doc.add_paragraph()
    run = p.add_run(CHAPTER)
    run.font.size = Pt(16)
    p.paragraph_format.space_after = Pt(150)
    for line in COVER_FOOT:
        p = doc.add_paragraph()
        p.add_run(line).font.size = Pt(10)
        p.paragraph_format.space_after = Pt(2)
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)

    # the contents
    doc.add_heading("Contents", level=1)
    for entry, page in CONTENTS:
        p = doc.add_paragraph(f"{entry}\t{page}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(3)

    for head, paragraphs in SECTIONS:
        doc.add_heading(head, level=2)
        for text in paragraphs:
            p = doc.add_paragraph(text)
            p.paragraph_format.space_after = Pt(8)
    doc.add_heading(CONTACTS_HEAD, level=2)
    table(doc, CONTACTS)
    p = doc.add_paragraph(CONTACTS_NOTE)
    p.paragraph_format.space_before = Pt(6)
    p.runs[0].italic = True
    doc.add_heading(HISTORY_HEAD, level=2)
    table(doc, HISTORY)

    save_fixed(doc, OUT, title=TITLE, author="Corporate Services, British Embassy Bishkek",
               created=dt.datetime(2023, 9, 12, 10, 20), modified=dt.datetime(2025, 10, 6, 15, 48), revision=23)


if __name__ == "__main__":
    main()
