"""Write the Word file of the thirty-second fresh dev set with python-docx:

eval/unseen32/Kyrgyzstan+-+EU+Air+Safety+List+and+the+ICAO+audit-v7-20251208_1412.docx — one page of a (fictional)
London aviation-risk consultancy's Confluence wiki, as Confluence's "Export to Word" gives it: a page header with the
space's breadcrumb trail; the page title in Word's Title style; "Created by …, last updated by … on …"; a page-properties
table of two columns (status, owner, region, review dates, sources); an info panel as a one-cell table; five Heading 1
sections over fifteen paragraphs; "Labels:" with the page's labels; "Child pages" over three titles in List Bullet
style; "Comments" over two comments (name, date, text, "Reply · Like"); a footer with the export's stamp.

The text is written for this set; the consultancy, its staff, the audit's scores, the airlines and all figures are
fictional (the EU Air Safety List and the ban on Kyrgyz-certified carriers since 2006, ICAO and its Universal Safety
Oversight Audit Programme, EASA, the UK's own list and Kazakhstan's removal from the EU list in 2016 are real, but what
is said of them here is written for this set).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen32_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent / "unseen32"
OUT = HERE / "Kyrgyzstan+-+EU+Air+Safety+List+and+the+ICAO+audit-v7-20251208_1412.docx"

HEADER = "Country Risk (CR) / Central Asia / Kyrgyzstan"
TITLE = "Kyrgyzstan and the EU Air Safety List: can Bishkek's airlines fly to Europe again?"
CREATED = "Created by Tom Whitfield, last updated by Aigerim Sadykova on 08 Dec 2025"
PROPERTIES = [
    ("Status", "IN REVIEW"),
    ("Owner", "Tom Whitfield"),
    ("Region", "Central Asia"),
    ("Last reviewed", "08 Dec 2025"),
    ("Next review", "after the Air Safety Committee's spring meeting"),
    ("Sources", "ICAO audit summary, EU Regulation 474/2006 annexes, interviews in Bishkek (Nov 2025)"),
]
PANEL = (
    "Internal working page. Figures may be quoted to clients only with the source named in the page properties; "
    "ask the owner before sharing outside Halden."
)
SECTIONS: list[tuple[str, list[str]]] = [
    ("Where things stand", [
        "Every air carrier certified in the Kyrgyz Republic has been banned from operating into the European Union "
        "since 2006, when the Commission put the whole country on Annex A of the EU Air Safety List. Nineteen years "
        "later Kyrgyzstan is the only Central Asian state still there, and the ban is no longer about its airlines "
        "alone: it is a verdict on the state's ability to oversee them.",
        "The Kyrgyz government has made removal a foreign-policy goal. It raised the list at the EU–Central Asia "
        "summit in Samarkand in April 2025, and the transport ministry asked in October for a hearing before the "
        "EU Air Safety Committee. Whether Kyrgyzstan will be invited to present its case at the committee's spring "
        "2026 meeting is not yet known.",
        "The neighbours show what is at stake. Carriers from Uzbekistan, Tajikistan and Turkmenistan are not on the "
        "list, and Uzbek and Turkmen airlines fly scheduled routes to several EU capitals. The transport ministry in "
        "Bishkek estimates that direct flights to Europe could carry 180,000 passengers a year by 2030; no estimate of "
        "what the ban costs Kyrgyz airlines today has been published.",
    ]),
    ("The ICAO audit", [
        "The best evidence Bishkek can bring is the ICAO audit of its oversight system carried out in June 2025 "
        "under the Universal Safety Oversight Audit Programme. The country's score for effective implementation "
        "rose to 61.4 percent, from 38.9 percent at the previous ICAO visit in 2017.",
        "That is still below the world average of about 70 percent, and below Kazakhstan's score when it left the "
        "list. The weakest areas remain airworthiness and the licensing of personnel. ICAO has sent the full report "
        "to the government, but it has not been published, and officials would not say how many findings it lists.",
        "The Civil Aviation Agency says it now employs 46 inspectors, against 70 it considers necessary for the "
        "fleet it oversees. Inspectors' pay was raised by 40 percent in July to stop them leaving for the airlines.",
    ]),
    ("Airlines and fleets", [
        "Eleven airlines hold Kyrgyz air operator certificates. Between them they fly 37 aircraft, of which 14 are "
        "Western-built, mostly leased Airbus A320s and Boeing 737s; the rest are Soviet or Russian types used on "
        "domestic and CIS routes.",
        "The largest carrier, Ala-Too Avia, flies to Istanbul, Dubai and Moscow and would like to fly to Frankfurt, "
        "where tens of thousands of Kyrgyz citizens live. For now a passenger from Bishkek to Europe changes planes "
        "in Istanbul or Almaty, and European lessors charge Kyrgyz airlines a premium that one executive put at 10 "
        "to 15 percent above the rates paid in Kazakhstan.",
        "Under a wet-lease a Kyrgyz airline may use an aircraft and crew certified elsewhere, and two carriers "
        "already do so on flights to Turkey. The ban also reaches the United Kingdom: London keeps its own list, "
        "copied from the EU's in 2021, and has not changed Kyrgyzstan's entry.",
        "Sanctions add a second layer. Several Kyrgyz operators still fly Russian-built aircraft whose spare parts now "
        "come through third countries, and two European lessors told us they will not place new aircraft in the "
        "country until the oversight questions are settled, whatever the Commission decides.",
    ]),
    ("What Brussels wants", [
        "EASA has run a technical assistance project in Bishkek since February 2024, funded by the EU with 3.6 "
        "million euros until the end of 2027. It has trained 52 Kyrgyz staff and rewritten the rules on "
        "airworthiness. Whether the project will be extended after 2027 has not been decided.",
        "Officials in Brussels describe three conditions for a delisting: an ICAO score close to the world average, "
        "every operator re-certified under the new rules, and proof that the agency can ground an airline that "
        "breaks them. The re-certification of all eleven carriers is due to end by September 2026.",
        "Kazakhstan offers the model. Its carriers were removed from the list in December 2016, after a four-year "
        "programme that included a new aviation law and an independent agency financed by fees. Kyrgyzstan's "
        "agency is still paid from the state budget.",
    ]),
    ("Outlook for clients", [
        "Our base case is that Kyrgyzstan will not leave the list in 2026. A partial lifting for one airline, as "
        "the Commission has granted elsewhere, is possible in 2027 if the re-certification ends on time.",
        "For insurers and lessors the risk lies less in the ban than in what it signals. We keep the country at "
        "'elevated' and will revise the rating after the Air Safety Committee's spring meeting.",
    ]),
]
LABELS = "Labels: kyrgyzstan  eu-air-safety-list  icao-usoap  country-risk  central-asia"
CHILDREN = [
    "Kyrgyzstan – operator profiles (11 AOC holders)",
    "Kyrgyzstan – airports: Manas, Osh, Issyk-Kul",
    "Kyrgyzstan – meeting notes, Bishkek, November 2025",
]
COMMENTS = [
    ("Daniel Okafor", "03 Dec 2025",
     "Do we know whether the two wet-lease arrangements are with Turkish operators? One client asked."),
    ("Aigerim Sadykova", "08 Dec 2025",
     "Yes, both. I have put the details on the operator profiles child page."),
]
FOOTER = "Halden Aviation Advisory · Confluence · Exported by Aigerim Sadykova on 08 Dec 2025 14:12"


def write() -> None:
    doc = Document()
    doc.core_properties.author = "Confluence"
    doc.core_properties.title = ""
    doc.core_properties.created = dt.datetime(2025, 12, 8, 14, 12)
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.header.paragraphs[0].runs[0].font.size = Pt(8)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph().add_run(CREATED).italic = True
    table = doc.add_table(rows=len(PROPERTIES), cols=2)
    table.style = "Table Grid"
    for row, (key, value) in zip(table.rows, PROPERTIES):
        row.cells[0].text = key
        row.cells[0].paragraphs[0].runs[0].bold = True
        row.cells[1].text = value
    doc.add_paragraph()
    panel = doc.add_table(rows=1, cols=1)
    panel.style = "Table Grid"
    panel.rows[0].cells[0].text = PANEL
    for head, paras in SECTIONS:
        doc.add_paragraph(head, style="Heading 1")
        for text in paras:
            doc.add_paragraph(text)
    doc.add_paragraph(LABELS)
    doc.add_paragraph("Child pages", style="Heading 2")
    for child in CHILDREN:
        doc.add_paragraph(child, style="List Bullet")
    doc.add_paragraph("Comments", style="Heading 2")
    for name, date, text in COMMENTS:
        p = doc.add_paragraph()
        p.add_run(name).bold = True
        doc.add_paragraph(date)
        doc.add_paragraph(text)
        doc.add_paragraph("Reply · Like")
    footer = section.footer
    footer.paragraphs[0].text = FOOTER
    footer.paragraphs[0].runs[0].font.size = Pt(8)
    doc.save(str(OUT))


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write()
