"""Write the Word file of the fifty-fifth fresh dev set with python-docx:

eval/unseen55/OCTS_Roundtable-Summary_Insuring-the-Middle-Corridor_2025-11-19.docx — the rapporteur's summary of a
roundtable held by the Oxley Centre for Trade and Security, a (fictional) London think tank, as its Eurasia Programme
circulates it to the participants and files it: a page header with the centre's name and programme, a footer with
"Roundtable Summary | Page N" (Word's PAGE field with its cached value); in the body the centre's name in bold
capitals, "Roundtable Summary", the roundtable's title in Title style, "This meeting was held under the Chatham House
Rule.", the date and the venue, one a line; "Agenda" over a two-column table (times and items); "Key takeaways" over
five bullets (List Bullet); the summary by session, three Heading 2 sections of three paragraphs each, and "Next steps";
"Participants" over ten entries by affiliation only (List Bullet); the rapporteur's line; "Disclaimer" and its
paragraph.

The text is written for this set; the centre, its people, the roundtable, its participants, the storm's losses, the
premiums, the capacities, the pool and all figures are fictional (the Trans-Caspian International Transport Route,
the Caspian and Black Seas, Aktau, Alat, Poti, Batumi, Kazakhstan, Azerbaijan, Uzbekistan, Tajikistan,
Turkmenistan, Almaty, London, Zurich, Dubai and the Chatham House Rule are real, but what is said of them here is
invented). The file is the same byte for byte on every run: fixed core properties and a fixed time on the zip's
members. Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen55_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx_fixed import page_field, save_fixed  # eval/docx_fixed.py, beside this script

OUT = Path(__file__).resolve().parent / "unseen55" / "OCTS_Roundtable-Summary_Insuring-the-Middle-Corridor_2025-11-19.docx"

HEADER = "Oxley Centre for Trade and Security | Eurasia Programme"
FOOTER = "Roundtable Summary | Page "
CENTRE = "OXLEY CENTRE FOR TRADE AND SECURITY"
KIND = "Roundtable Summary"
TITLE = "Insuring the Middle Corridor: Cargo, Political Risk and Reinsurance on Central Asia's Trade Routes"
RULE = "This meeting was held under the Chatham House Rule."
WHEN = "19 November 2025, 10:00–15:00"
WHERE = "Venue: Oxley Centre, 14 Gresham Place, London"

AGENDA_HEADING = "Agenda"
AGENDA = [
    ("09:30–10:00", "Registration and coffee"),
    ("10:00–11:15", "Cargo and war-risk cover on the Caspian and Black Sea legs"),
    ("11:30–12:45", "Political risk insurance and export credit for projects in the region"),
    ("12:45–13:30", "Lunch"),
    ("13:30–14:45", "Local insurers, reinsurance capacity and sanctions compliance"),
    ("14:45–15:00", "Closing remarks by the chair"),
]

TAKEAWAYS_HEADING = "Key takeaways"
TAKEAWAYS = [
    "For some shippers on the Trans-Caspian route, insurance is now a tighter constraint than rail capacity, above "
    "all on the ferry crossing of the Caspian.",
    "Political risk cover for Uzbekistan and Kazakhstan is available from the private market; for Tajikistan and "
    "Turkmenistan it remains thin.",
    "Regional insurers rely on reinsurance whose sources have narrowed since 2022, and a regional pool was discussed "
    "with more doubt than enthusiasm.",
    "Sanctions checks add cost and delay, and underwriters want better data on end users from the shippers.",
    "A shared record of losses on the corridor would do more to bring premiums down than any subsidy.",
]

SESSIONS = [
    ("Session 1. Cargo and war risk at sea", [
        "Participants agreed that cargo on the Trans-Caspian International Transport Route has grown faster than the "
        "insurance market's knowledge of it. One underwriter said that premiums for cargo crossing the Caspian on a "
        "ferry averaged 0.18 per cent of the insured value in 2025, against 0.07 per cent for the same cargo on the "
        "rail leg across Kazakhstan. The gap reflects the sea, but also the lack of data: insurers have no shared "
        "record of losses on the corridor and price each ferry crossing as an unknown.",
        "A storm off Aktau in February 2025, in which 14 containers were lost from the deck of a ferry bound for Alat, "
        "was cited several times. Claims from that one event reached about US$3.1 million, and a participant said it "
        "had doubled his syndicate's loss ratio on the route for the year. The ferry operator's own insurance was not "
        "discussed in detail, and no participant knew whether the vessel's owners had paid any share of the claims.",
        "War-risk cover for the Black Sea leg worried the room less than had been expected. A broker said that "
        "additional premiums for calls at Poti and Batumi had eased to about 0.025 per cent of hull value per voyage, "
        "far below the rates charged for calls at Russian or Ukrainian ports. Forwarders said that some customers still "
        "buy war-risk cover for the whole journey because their banks require it.",
    ]),
    ("Session 2. Political risk cover for projects", [
        "Demand for political risk insurance comes mainly from investors in renewable energy and mining in "
        "Uzbekistan and Kazakhstan. A broker estimated that the private market could now offer up to US$350 million "
        "of capacity for a single project in Uzbekistan, with tenors of up to seven years, and somewhat more in "
        "Kazakhstan. For Tajikistan and Turkmenistan, several participants said, private capacity is only a fraction "
        "of that, and projects there depend on guarantees from multilateral lenders.",
        "Prices have fallen as currency conversion in Uzbekistan has become easier. Annual premiums for confiscation "
        "and currency inconvertibility cover on Uzbek projects were put at about 1.1 per cent of the insured amount, "
        "against roughly 0.6 per cent for comparable projects in Kazakhstan. Participants knew of no political risk "
        "claim paid on a Central Asian project since 2020, though one noted that insurers rarely make such payments "
        "public.",
        "An official from the region argued that European export credit agencies decide more slowly than their "
        "Chinese and Korean counterparts, and that this hands large projects to Asian contractors. Others replied that "
        "the difference lies in appetite for risk rather than in procedure.",
    ]),
    ("Session 3. Local insurers, reinsurance and sanctions", [
        "Local insurers write only a small part of the cover on the corridor. A forwarder estimated that less than a "
        "tenth of the cargo he moves through Kazakhstan and Azerbaijan is insured locally; the rest is placed in "
        "London, Zurich or Dubai. Insurers from the region said their capacity is limited by reinsurance: before 2022 "
        "much of it came through Russian reinsurers, whose own access to Western markets has since narrowed.",
        "The idea of a Central Asian reinsurance pool, with initial capital of about US$150 million from the five "
        "states' insurers, drew a mixed response. Supporters saw it as a way to keep premiums in the region; sceptics "
        "said that a pool of that size would be exposed to a single large loss and would still have to buy its own "
        "cover in London. The participants from the region did not say which of their governments might fund it.",
        "Sanctions compliance took much of the afternoon. One underwriter said his syndicate had declined about one in "
        "eight requests for cover on Central Asian cargo in 2025 after sanctions checks, most of them for machinery "
        "and electronics whose end users could not be confirmed. Forwarders asked for a common list of the documents "
        "insurers want, so that the same shipment is not checked three times by three parties.",
    ]),
    ("Next steps", [
        "The Oxley Centre will publish a working paper on insurance and the corridor in February 2026, and plans a "
        "follow-up roundtable with regulators from the region in Almaty in March 2026.",
    ]),
]

PARTICIPANTS_HEADING = "Participants"
PARTICIPANTS = [
    "Lloyd's syndicates (three participants)",
    "Marine cargo insurers (two participants)",
    "Reinsurance brokers (two participants)",
    "An insurance company from Kazakhstan",
    "A state insurance company from Uzbekistan",
    "Freight forwarders working on the Trans-Caspian route (two participants)",
    "A European export credit agency",
    "A multilateral development bank",
    "Government officials from two Central Asian states",
    "Oxley Centre for Trade and Security (three participants)",
]
RAPPORTEUR = "Rapporteur: Imogen Fairley, Research Associate, Eurasia Programme"
DISCLAIMER_HEADING = "Disclaimer"
DISCLAIMER = (
    "This summary records the main points of the discussion; it is not a verbatim account. Under the Chatham House "
    "Rule what was said may be reported, but not who said it or where they work. The views set out here are those of "
    "the participants and not of the Oxley Centre for Trade and Security, which takes no institutional position."
)

def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    section = doc.sections[0]
    section.left_margin, section.right_margin = Cm(2.4), Cm(2.4)

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = header.add_run(HEADER)
    run.font.size, run.font.color.rgb = Pt(8.5), RGBColor(0x0B, 0x3D, 0x5C)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run(FOOTER).font.size = Pt(8.5)
    page_field(footer, "1")

    p = doc.add_paragraph()
    run = p.add_run(CENTRE)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(12), RGBColor(0x0B, 0x3D, 0x5C)
    p = doc.add_paragraph()
    run = p.add_run(KIND)
    run.font.size, run.font.color.rgb = Pt(11), RGBColor(0x5A, 0x6B, 0x7B)
    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph()
    p.add_run(RULE).italic = True
    doc.add_paragraph(WHEN)
    doc.add_paragraph(WHERE)

    doc.add_heading(AGENDA_HEADING, level=2)
    table = doc.add_table(rows=len(AGENDA), cols=2)
    table.style = "Table Grid"
    for r, (time, item) in enumerate(AGENDA):
        table.cell(r, 0).text = time
        table.cell(r, 1).text = item
        table.cell(r, 0).width = Cm(3.2)

    doc.add_heading(TAKEAWAYS_HEADING, level=2)
    for text in TAKEAWAYS:
        doc.add_paragraph(text, style="List Bullet")

    for head, paras in SESSIONS:
        doc.add_heading(head, level=2)
        for text in paras:
            p = doc.add_paragraph(text)
            p.paragraph_format.space_after = Pt(6)

    doc.add_heading(PARTICIPANTS_HEADING, level=2)
    for text in PARTICIPANTS:
        doc.add_paragraph(text, style="List Bullet")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(RAPPORTEUR).italic = True

    doc.add_heading(DISCLAIMER_HEADING, level=2)
    p = doc.add_paragraph()
    run = p.add_run(DISCLAIMER)
    run.font.size = Pt(8.5)

    save_fixed(doc, OUT, title="Roundtable Summary – Insuring the Middle Corridor", author="Imogen Fairley",
               created=dt.datetime(2025, 11, 24, 9, 40), modified=dt.datetime(2025, 12, 3, 16, 12), revision=7)


if __name__ == "__main__":
    main()
