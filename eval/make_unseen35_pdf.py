"""Write the PDF file of the thirty-fifth fresh dev set with fpdf2:

eval/unseen35/Aral_Media_Digest_No48_1-7Dec2025.pdf — a (fictional) weekly press-clippings digest on the Aral Sea and
its restoration, compiled by the (fictional) information unit of a Nukus research centre: a cover page (the digest's
name, its strapline, the issue line, the issue's theme title in bold, the compiler's line, "Contents" over five entries
each with its outlet and page, and a note on copyright), then five short items from five (fictional) outlets, each
under an outlet-and-date line in bold small type and a bold headline, three or four paragraphs each; a footer on every page
with the digest's name, "For internal distribution only" and the page number.

The texts are written for this set; the digest, the centre, the outlets, the people and all figures are fictional
(the Aral Sea, Nukus, Muynak, the Mezhdurechye reservoir, Lake Sudochye, the Amu Darya, the Aralkum, Aralsk, the
Interstate Commission for Water Coordination, the UN Multi-Partner Human Security Trust Fund for the Aral Sea Region,
the Islamic Development Bank and the European Union are real, but what is said of them here is invented).
Lines are filled greedily, left-aligned, with no hyphenation, in DejaVu Sans and DejaVu Serif, each placed as one
cell, so that pypdf gives one line of text per line of the page; the footer is written last on each page.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen35_pdf.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen35"
DOC = HERE / "Aral_Media_Digest_No48_1-7Dec2025.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

MAST = "ARAL MEDIA DIGEST"
STRAP = "Weekly press clippings on the Aral Sea basin"
ISSUE = "No. 48 · 1–7 December 2025"
THEME = "Aral Sea Restoration: Pledges, Delta Lakes and Salt Dust"
COMPILER = "Compiled by the Information Unit, Karakalpak Centre for Aral Studies, Nukus"
NOTE = [
    "Items are reproduced in full or in part for information only.",
    "Copyright remains with the publishers named above each item.",
]
FOOT = "Aral Media Digest No. 48 · For internal distribution only · Page {n}"

ITEMS = [
    ("STEPPE MONITOR (Almaty) · 2 December 2025",
     "Donors pledge $138 million for the Aral region at the Nukus round",
     [
         "A donors' meeting in Nukus on 1 December produced pledges of 138 million US dollars for projects in the "
         "Aral Sea region over 2026–2028, Uzbekistan's Ministry of Investment, Industry and Trade said. The largest "
         "came from the Islamic Development Bank, with 45 million dollars, and the European Union, with 30 million "
         "euros. Japan and South Korea promised grants without naming the sums.",
         "Most of the money will pass through the UN Multi-Partner Human Security Trust Fund for the Aral Sea "
         "Region, which has financed 34 projects since it was set up in 2018. How much of the pledges made at the "
         "previous round in 2022 has actually been paid out, the organisers did not report.",
         "Kazakhstan sent a vice minister of water resources; Tajikistan and Turkmenistan were represented by their "
         "ambassadors. Kyrgyzstan did not attend.",
         "Karakalpakstan's government asked donors to put drinking water first: about 40 percent of rural households "
         "in the northern districts still take their water from standpipes or tankers, its deputy chairman said.",
     ]),
    ("THE NUKUS HERALD (Nukus) · 3 December 2025",
     "A second sluice for the Mezhdurechye lake",
     [
         "Work has begun on a second sluice in the Amu Darya delta that will feed the Mezhdurechye reservoir. The "
         "structure will cost 11.4 million dollars and should let the lake's water surface grow from 28,000 to "
         "41,000 hectares, according to the regional water management department.",
         "The contractor, a joint venture of Uzbek and Chinese builders, speaks of finishing next year, but the "
         "Ministry of Water Resources has not fixed a completion date. In October the fisheries inspectorate "
         "released 2.5 million carp fingerlings into the lake, where 620 fishermen of Muynak district now hold "
         "licences.",
         "Ornithologists counted 87 species of birds at Lake Sudochye this autumn, against 64 in 2020, a rise they "
         "put down to steadier water levels in the delta.",
     ]),
    ("EURASIA WATER WIRE (Tashkent) · 4 December 2025",
     "The delta received half the water it was promised",
     [
         "The Amu Darya delta and the southern Aral received 4.2 cubic kilometres of water in the hydrological year "
         "to the end of September, against 8 cubic kilometres planned, the Interstate Commission for Water "
         "Coordination heard at its meeting in Tashkent on 3 December.",
         "Delegates blamed a dry spring in the mountains and heavier withdrawals upstream. Water limits for the 2026 "
         "growing season will be agreed at the commission's next meeting in March, and none of the five delegations "
         "would say how much might be left for the delta.",
         "The commission also approved a plan to install 56 automatic gauges on main canals by 2027, so that "
         "withdrawals are measured rather than reported.",
         "The Uzbek delegation proposed a separate line for environmental flows to the delta in next year's limits; "
         "Turkmenistan asked for more time to study the idea.",
     ]),
    ("TASHKENT BUSINESS WEEKLY · 5 December 2025",
     "Muynak wants its visitors to stay the night",
     [
         "The former port of Muynak received 14,600 tourists in 2025, up from 9,800 a year earlier, the district "
         "administration says. Most come on day trips to the ship cemetery and leave the same evening: the average "
         "stay is 1.3 nights.",
         "Flights from Tashkent land at Muynak's airport twice a week in season. A 120-room hotel is planned on the "
         "old shore by a Turkish investor whose name the district administration has not disclosed.",
         "Local guides want a second museum, on the fishing cooperative of the 1960s, and a road to the new shoreline, "
         "now more than 100 kilometres away.",
     ]),
    ("ARAL TANY (Kyzylorda) · 6 December 2025",
     "Nine stations to watch the salt dust of the Aralkum",
     [
         "Kazakhstan and Uzbekistan will build nine stations to measure the salt and dust blown off the former seabed, "
         "the two countries' hydrometeorological services agreed in Kyzylorda. Scientists estimate that about 75 "
         "million tonnes of dust and salt rise from the Aralkum each year.",
         "A joint study of where the dust settles will start in March 2026. Its cost has not been disclosed, and the "
         "services have not said who will pay for it.",
         "In Aralsk the number of days with dust storms fell to 21 in 2025 from 34 in 2019, the regional akimat says, "
         "a change it puts down to new plantings on the seabed.",
         "Four of the stations will stand on the Kazakh part of the seabed and five on the Uzbek part; the first are "
         "due to start sending data by next summer.",
     ]),
]


class Digest(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Sans", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, FOOT.format(n=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def lines_of(pdf: FPDF, text: str, width: float) -> list[str]:
    """Greedy filling: as many words as fit the width, no hyphenation."""
    out, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def write(pdf: FPDF, text: str, family: str, style: str, size: float, lh: float, align: str = "L") -> None:
    pdf.set_font(family, style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for line in lines_of(pdf, text, width):
        if pdf.get_y() + lh > pdf.h - 22:
            pdf.add_page()
        pdf.cell(0, lh, line, align=align, new_x="LMARGIN", new_y="NEXT")


def main() -> None:
    pdf = Digest(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(False)
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.set_title(THEME)
    pdf.set_author("Karakalpak Centre for Aral Studies")
    pdf.set_creation_date(dt.datetime(2025, 12, 8, 9, 30, tzinfo=dt.timezone.utc))

    # cover
    pdf.add_page()
    pdf.ln(30)
    write(pdf, MAST, "Sans", "B", 24, 12, "C")
    write(pdf, STRAP, "Sans", "", 11, 7, "C")
    pdf.ln(4)
    write(pdf, ISSUE, "Sans", "", 11, 7, "C")
    pdf.ln(16)
    write(pdf, THEME, "Serif", "B", 13.5, 9, "C")
    pdf.ln(6)
    write(pdf, COMPILER, "Sans", "", 9, 6, "C")
    pdf.ln(18)
    write(pdf, "Contents", "Sans", "B", 12, 8)
    pages = [2, 2, 3, 3, 4]
    for i, ((outlet, head, _), page) in enumerate(zip(ITEMS, pages), 1):
        name = outlet.split(" · ")[0].split(" (")[0].title()
        write(pdf, f"{i}. {name}: {head} .... {page}", "Sans", "", 9.5, 6.5)
    pdf.ln(16)
    for line in NOTE:
        write(pdf, line, "Sans", "", 8, 5)

    # items, two a page (the last alone)
    for i, (outlet, head, paras) in enumerate(ITEMS):
        if i % 2 == 0:
            pdf.add_page()
        else:
            pdf.ln(8)
        write(pdf, outlet, "Sans", "B", 8.5, 6)
        pdf.ln(1)
        write(pdf, head, "Serif", "B", 13.5, 7.5)
        pdf.ln(2)
        for para in paras:
            write(pdf, para, "Serif", "", 10.5, 5.6)
            pdf.ln(2.5)
    pdf.output(str(DOC))


if __name__ == "__main__":
    main()
