"""Write the Word file of the twenty-eighth fresh dev set with python-docx:

eval/unseen28/Written evidence NPT0031 – Irtysh Institute [LEU Bank, Oskemen] (final).docx — a (fictional) Almaty
research centre's written evidence to a (fictional) inquiry of the House of Commons Foreign Affairs Committee, as the
Word file it submits: a page header with the evidence's reference «NPT0031»; the committee's name, the inquiry's name
and "Written evidence submitted by … (NPT0031)", one a paragraph; the headline in Word's Title style; an italic note on
the submitter and the authors; a "Summary" heading over three bulleted points; five Heading 1 sections of paragraphs
numbered by hand ("1." … "17."); the month "December 2025" at the end; a footer of the centre's name and "Not for
publication before the Committee has published it".

The text is written for this set; the centre, its authors, the inquiry, the renewal protocol, the Caspian talks and all
figures not named below are fictional (the IAEA LEU Bank, the Ulba Metallurgical Plant in Oskemen, the host state
agreement of 2015, the inauguration of 2017, the deliveries of 2019, the donors, the Semipalatinsk test site, the
Central Asian nuclear-weapon-free zone treaty and the Angarsk reserve are real, but what is said of them here is
written for this set).
Run with the project's venv (python-docx): .venv/bin/python eval/make_unseen28_docx.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent / "unseen28"
OUT = HERE / "Written evidence NPT0031 – Irtysh Institute [LEU Bank, Oskemen] (final).docx"

HEADER = "NPT0031"
TOP = [
    "House of Commons Foreign Affairs Committee",
    "Inquiry: Nuclear non-proliferation and the 2026 NPT Review Conference",
    "Written evidence submitted by the Irtysh Institute for Nuclear Policy (NPT0031)",
]
TITLE = "The IAEA fuel bank in Kazakhstan: what eight years of an unused reserve teach the NPT Review Conference"
NOTE = (
    "The Irtysh Institute for Nuclear Policy is an independent research centre in Almaty. This evidence was prepared "
    "by Dr Saule Abenova and Timur Zhaksylykov; it reflects their views and not those of any government."
)
SUMMARY = [
    "The IAEA Low Enriched Uranium Bank in Oskemen has never been drawn on since its uranium arrived. That is a sign "
    "of success, not of failure.",
    "Kazakhstan and the IAEA renewed the host state agreement in November 2025, but the bank's running costs after "
    "2030 are not yet covered.",
    "The United Kingdom should help pay those costs and support a transit route that does not depend on Russia.",
]
SECTIONS: list[tuple[str, list[str]]] = [
    ("Background", [
        "1. The IAEA Low Enriched Uranium Bank is a reserve of nuclear fuel material owned by the Agency and stored at "
        "the Ulba Metallurgical Plant in Oskemen, in eastern Kazakhstan. Kazakhstan signed the host state agreement in "
        "Astana in August 2015, the storage facility was inaugurated in August 2017, and the uranium arrived in two "
        "deliveries, in October and December 2019.",
        "2. The bank is a supplier of last resort. A member state whose normal supply of fuel is cut off for reasons "
        "other than technical or commercial ones may ask to buy from it, provided it has a comprehensive safeguards "
        "agreement in force. The uranium would be sold at the market price of the day, which the Agency does not fix "
        "in advance.",
        "3. Kazakhstan offered to host the bank as part of a nuclear identity built since independence: the closure in "
        "1991 of the Semipalatinsk test site, where 456 nuclear tests had been carried out, the removal of the Soviet "
        "warheads left on its territory, and the treaty on a nuclear-weapon-free zone in Central Asia, signed at "
        "Semipalatinsk in 2006.",
    ]),
    ("Eight years in storage", [
        "4. The bank holds 90 tonnes of uranium hexafluoride enriched to 4.95 percent, stored in 60 steel cylinders. "
        "That is enough for three annual reloads of a typical 1,000-megawatt light-water reactor.",
        "5. In eight years no member state has asked to buy from the bank. We consider this a success: the reserve "
        "exists so that states need not build enrichment plants of their own against a cut-off, and none has done so. "
        "The Agency has declined to say whether any state has made informal enquiries.",
        "6. The cylinders are checked every year by IAEA safeguards inspectors and must be recertified every five "
        "years. The first full recertification ended in September 2024 and cost 2.3 million euros, paid from the "
        "bank's fund.",
        "7. Guarding the site is Kazakhstan's task under the host agreement. The facility is protected around the clock "
        "by units of the National Guard, but how much Kazakhstan spends on its physical protection has never been "
        "published.",
    ]),
    ("The renewed host agreement", [
        "8. The original agreement ran for ten years. On 24 November 2025, in Vienna, Kazakhstan and the IAEA signed a "
        "protocol that extends it for another ten years, to 2035, and allows further extensions of five years each.",
        "9. Under the protocol the Agency continues to pay for electricity, maintenance and inspections, now estimated "
        "at 1.1 million euros a year, while Kazakhstan provides the site and its security free of charge. The protocol "
        "must still be ratified by Kazakhstan's Parliament, and the Majilis has not yet put it on its agenda.",
        "10. Donors put about 150 million US dollars into the bank's fund: the Nuclear Threat Initiative gave 50 "
        "million, the United States about 50 million, the European Union 25 million euros, and the United Arab "
        "Emirates, Kuwait and Norway smaller sums. The fund still held 94 million dollars at the end of 2024.",
        "11. Most of that balance is reserved for buying replacement uranium after a sale. The running costs are paid "
        "from a separate account, which on the Agency's own figures will be empty by 2030 unless donors add to it.",
    ]),
    ("Transit", [
        "12. Getting uranium out of Kazakhstan means crossing a neighbour. The IAEA signed transit agreements with "
        "Russia and China in 2017, and neither route has been used for a real delivery. Since 2022 several member "
        "states have asked whether a shipment that must cross Russia would be reliable in a crisis.",
        "13. In 2025 the Agency opened talks with Azerbaijan and Georgia on a third route: by rail to the port of "
        "Aktau, across the Caspian Sea to Baku and on to the Georgian port of Poti. The draft agreement has not been "
        "published, and none of the governments has said when it might be signed.",
        "14. A trial run with empty cylinders along the Caspian route took 19 days in May 2025, against 11 days by rail "
        "through Russia to St Petersburg in a comparable exercise in 2018.",
    ]),
    ("Lessons for the Review Conference", [
        "15. The bank shows that a multilateral fuel reserve can be built and run at modest cost in a state that gave "
        "up nuclear weapons. It also shows the limits of such a reserve: it offers only uranium for light-water "
        "reactors, not fabricated fuel assemblies, which a buyer would still have to have made elsewhere.",
        "16. A second reserve exists at Angarsk in Russia, where the International Uranium Enrichment Centre keeps 120 "
        "tonnes of low enriched uranium under an agreement with the IAEA signed in 2010. Since 2022 few states would "
        "count on it.",
        "17. We recommend that the Government offer the bank 5 million pounds over five years towards its running "
        "costs, lend British expertise in the transport of nuclear material to the Caspian talks, and propose at the "
        "Review Conference that the IAEA report on the bank to its Board of Governors every year.",
    ]),
]
END = "December 2025"
FOOTER = [
    "Irtysh Institute for Nuclear Policy · 52 Abai Avenue, Almaty 050008 · www.irtysh-inp.kz",
    "Not for publication before the Committee has published it",
]


def write() -> None:
    doc = Document()
    doc.core_properties.author = "Saule Abenova"
    doc.core_properties.title = ""
    doc.core_properties.created = dt.datetime(2025, 12, 11, 16, 45)
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.header.paragraphs[0].runs[0].bold = True
    for i, line in enumerate(TOP):
        p = doc.add_paragraph()
        p.add_run(line).bold = i == 2
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph().add_run(NOTE).italic = True
    doc.add_paragraph("Summary", style="Heading 1")
    for point in SUMMARY:
        doc.add_paragraph(point, style="List Bullet")
    for head, paras in SECTIONS:
        doc.add_paragraph(head, style="Heading 1")
        for text in paras:
            doc.add_paragraph(text)
    doc.add_paragraph(END)
    footer = section.footer
    footer.paragraphs[0].text = FOOTER[0]
    footer.paragraphs[0].runs[0].font.size = Pt(8)
    footer.add_paragraph(FOOTER[1]).runs[0].font.size = Pt(8)
    doc.save(str(OUT))


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    write()
