"""Write eval/unseen13/'Briefing Note 41 - EU-Uzbekistan EPCA (Dec 2025).docx', a business council's client briefing
as a Word file (header, cover block, contents list, headings, a table of figures, disclaimer, contacts, footer).

The text is written for the thirteenth fresh dev set; the council, its people, quotes and figures are fictional.
Run with the project's venv (python-docx): python eval/make_unseen13_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "unseen13" / "Briefing Note 41 - EU-Uzbekistan EPCA (Dec 2025).docx"

HEADER = "Client briefing · Restricted"
FOOTER = [
    "TEBC Briefing note 41/2025 | Page 1",
    "© 2025 Tashkent European Business Council. For members only; not for onward distribution.",
]
COVER = [
    "Tashkent European Business Council",
    "Trade Policy Service",
    "Briefing note No. 41/2025",
    "4 December 2025",
    "Prepared by: Malika Yusupova and Jens Hartmann, Trade Policy Service",
]
TITLE = "The EU–Uzbekistan Enhanced Partnership Agreement: what the signature in Brussels changes for business"
CONTENTS = [
    "1. The agreement in brief ........ 1",
    "2. Trade, customs and standards ........ 2",
    "3. Public procurement ........ 2",
    "4. Raw materials and energy ........ 3",
    "5. Key figures ........ 3",
    "6. Ratification and timing ........ 4",
    "7. What members should do now ........ 4",
]

# (heading, paragraphs); the table goes under heading 5
SECTIONS: list[tuple[str, list[str]]] = [
    ("1. The agreement in brief", [
        ("On 26 November 2025 Uzbekistan's foreign minister and the European Union's High Representative signed the "
        "Enhanced Partnership and Cooperation Agreement (EPCA) in Brussels, seven years after the negotiations were "
        "launched. The EPCA replaces the Partnership and Cooperation Agreement that has framed relations since 1999. "
        "It is a long text: 352 articles in nine titles, with eleven annexes and three protocols."),
        ("The EPCA is not a free trade agreement and does not lower a single customs duty. Uzbek goods will keep "
        "entering the EU under the GSP+ scheme, which the country has used since April 2021 and which removes duties "
        "on about 6,200 tariff lines, provided Uzbekistan keeps applying the 27 international conventions the scheme "
        "requires. What the agreement does is bind Tashkent to trade disciplines close to those of the WTO before its "
        "accession is complete, and add commitments on services, procurement, raw materials and the courts."),
        ("\u201cThis is the rulebook we would have had to write for Geneva anyway, only now Brussels holds the pen "
        "with us,\u201d a senior official of the Ministry of Investment, Industry and Trade told the Council at a members' "
        "breakfast the day after the signature."),
    ]),
    ("2. Trade, customs and standards", [
        ("The customs chapter commits both sides to recognise each other's authorised economic operator programmes "
        "within three years of entry into force. For members who ship from the EU regularly, this should end the "
        "full physical inspection that Uzbek customs still applies to roughly one container in four arriving from "
        "European ports."),
        ("On standards, Uzbekistan will align its technical regulations for 26 product groups, among them machinery, "
        "pressure equipment, toys and low-voltage electrical goods, with EU rules. Once a group is aligned, goods "
        "carrying the CE mark may be sold without being certified again in Tashkent."),
        ("The services title allows EU companies to set up and wholly own businesses in most sectors, including "
        "engineering, environmental and courier services. Banking and insurance are covered only in part: a bank "
        "from the EU may open a branch, rather than a locally incorporated subsidiary, only after a transition of "
        "five years."),
    ]),
    ("3. Public procurement", [
        ("This is the chapter our members asked about most. Uzbekistan will open tenders run by central ministries, "
        "regional hokimiyats and 43 listed state-owned enterprises to EU bidders on equal terms, above thresholds of "
        "€5.3 million for works and €420,000 for goods and services. Notices must be published in English as well "
        "as in Uzbek on the state procurement portal, and bidders must have at least 40 days to respond."),
        ("The listed enterprises, which include the national railway, the power grid operator and the largest "
        "chemical holding, need to open their tenders only from the fourth year after entry into force. Uzbekistan "
        "did not obtain access on equal terms to tenders of regional governments in EU member states; the "
        "Commission called this a subject for the first review of the chapter."),
        ("We asked how much public buying the chapter would have covered last year. The Ministry of Economy and "
        "Finance said the number of tenders concerned is still being counted and would not disclose an estimate of "
        "their value."),
    ]),
    ("4. Raw materials and energy", [
        ("Uzbekistan may keep the export duties it charges today on 14 products listed in an annex, but may not "
        "raise them or introduce new ones. Dual pricing, the practice of selling energy or raw materials more cheaply "
        "at home than to foreign buyers, is banned for sales by state-owned enterprises, with an exception for "
        "natural gas supplied to households."),
        ("A transit clause obliges Uzbekistan not to interrupt the flow of energy across its territory because of "
        "a dispute with a third country. Diplomats on both sides told us it was the last article to be agreed."),
    ]),
    ("5. Key figures", []),
    ("6. Ratification and timing", [
        ("The EPCA is a mixed agreement: it needs the consent of the European Parliament and ratification by the "
        "Oliy Majlis and by all 27 member states. The Uzbek chambers are expected to ratify in the first quarter of "
        "2026. Because ratification by the member states can be slow (for Kazakhstan's agreement it took more than "
        "four years), the parts within the EU's competence, trade, customs and procurement among them, will be "
        "applied provisionally from the first day of the second month after Parliament gives its consent. No date "
        "has been set for that vote, and the trade committee has not yet appointed a rapporteur."),
        ("The agreement creates a Cooperation Council of ministers meeting once a year and a committee of senior "
        "officials. A dispute over the trade provisions goes to a panel of three arbitrators, which must rule "
        "within 150 days."),
        ("Neither side has published an estimate of how much trade the agreement should add, and the Commission "
        "did not prepare a separate impact assessment for it."),
    ]),
    ("7. What members should do now", [
        ("Exporters of machinery and electrical equipment should check whether their goods fall into the aligned "
        "groups and keep their EU conformity files ready. Companies that bid for Uzbek contracts should register on "
        "the procurement portal now, before provisional application starts."),
        ("Investment protection is not part of the EPCA. Members investing in Uzbekistan will continue to rely on "
        "the bilateral investment treaties that 19 member states have concluded with Tashkent, and the Council will "
        "hold a workshop on them in February."),
    ]),
]

TABLE_CAPTION = "Table 1. EU–Uzbekistan economic relations in 2024"
TABLE = [
    ("Indicator", "2024"),
    ("Trade in goods, both directions", "€6.9 billion"),
    ("EU exports to Uzbekistan", "€5.7 billion"),
    ("Uzbek exports to the EU", "€1.2 billion"),
    ("Share of Uzbek exports to the EU that entered duty-free under GSP+", "71 percent"),
    ("Companies with EU capital registered in Uzbekistan", "1,140 companies"),
]
TABLE_SOURCE = "Sources: Eurostat; Statistics Agency under the President of Uzbekistan; TEBC members' register."

DISCLAIMER = (
    "This briefing note is provided to members of the Tashkent European Business Council for information only. "
    "It does not constitute legal advice, and the Council accepts no liability for decisions taken on the basis of it."
)
CONTACTS = [
    "Malika Yusupova, Head of Trade Policy Service · m.yusupova@tebc.uz · +998 71 205 44 17",
    "Jens Hartmann, Senior Adviser, EU affairs · j.hartmann@tebc.uz · +998 71 205 44 23",
]


def main() -> None:
    doc = Document()
    doc.core_properties.author = "TEBC Trade Policy Service"
    doc.core_properties.title = TITLE
    doc.core_properties.created = dt.datetime(2025, 12, 4, 9, 0)
    doc.core_properties.modified = dt.datetime(2025, 12, 4, 9, 0)
    doc.core_properties.last_modified_by = "TEBC Trade Policy Service"

    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = FOOTER[0]
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    section.footer.add_paragraph(FOOTER[1]).runs[0].font.size = Pt(8)

    for i, line in enumerate(COVER):
        run = doc.add_paragraph().add_run(line)
        run.bold = i == 0
    doc.add_paragraph(TITLE, style="Title")

    doc.add_paragraph("Contents", style="Heading 2")
    for line in CONTENTS:
        doc.add_paragraph(line)

    for heading, paragraphs in SECTIONS:
        doc.add_heading(heading, level=1)
        for text in paragraphs:
            doc.add_paragraph(text)
        if heading.startswith("5."):
            doc.add_paragraph(TABLE_CAPTION, style="Caption")
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in TABLE:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
            for cell in table.rows[0].cells:
                cell.paragraphs[0].runs[0].bold = True
            doc.add_paragraph(TABLE_SOURCE).runs[0].italic = True

    doc.add_heading("Disclaimer", level=2)
    doc.add_paragraph(DISCLAIMER).runs[0].italic = True
    doc.add_heading("Contacts", level=2)
    for line in CONTACTS:
        doc.add_paragraph(line)

    OUT.parent.mkdir(exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
