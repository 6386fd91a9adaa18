"""Write the PowerPoint deck of the forty-second fresh dev set with python-pptx (1.0.2, in the project's venv):

eval/unseen42/Ridgeline_Zijin-Central-Asia_briefing_2025-12-04_DRAFT.pptx — a briefing deck of the (fictional)
Ridgeline Risk Advisory for an investment committee, as its analyst saves the draft he presents: python-pptx's default
template at 16:9; twelve slides: a title slide (the headline in the title placeholder, the subtitle placeholder with
the occasion, the presenter, the organisation and the date), an 'Agenda' slide, eight slides of a title and bullets on
two levels (one of them a title and a table of four columns), a 'Key takeaways' slide and a 'Questions?' slide with the
presenter's e-mail; on every slide but the first the layout's footer placeholders copied onto the slide as PowerPoint
does when "Footer" and "Slide number" are ticked ('Not for citation – discussion draft' in the footer, the
organisation's name in the date's place, the slide number as a slidenum field); speaker notes on ten slides, in full
sentences (the talk is in the notes; the slides carry the figures).

The text is written for this set; the advisory, the presenter, the committee and all figures, dates and claims are
fictional (Zijin Mining, Kyrgyzaltyn, the Taldybulak Levoberezhny deposit, the Chui region, the Jilau and Taror
deposits near Penjikent in the Sughd region, the Kostanay region, Raygorodok, Kumtor's takeover in 2021, the National
Bank of Kazakhstan's priority right to buy gold and the State Tax Service are real, but what is said of them here is
written for this set).
Run with the project's venv: .venv/bin/python eval/make_unseen42_pptx.py
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Inches, Pt

HERE = Path(__file__).resolve().parent / "unseen42"
OUT = HERE / "Ridgeline_Zijin-Central-Asia_briefing_2025-12-04_DRAFT.pptx"

ORG = "Ridgeline Risk Advisory"
FOOTER = "Not for citation – discussion draft"
TITLE = "Zijin in Central Asia: Chinese Gold and Political Risk"

# (title, bullets as (level, text), notes); a slide with "TABLE" in place of bullets carries the table
SLIDES: list[tuple[str, list[tuple[int, str]] | str, str]] = [
    ("Agenda", [
        (0, "Where the company digs"),
        (0, "Asset by asset: Bishkek, Dushanbe, Astana"),
        (0, "Taxes, royalties and jobs for the hosts"),
        (0, "Risks and scenarios"),
        (0, "Discussion"),
    ], ""),
    ("Zijin’s footprint in 2025", [
        (0, "Three operating gold mines in three countries"),
        (1, "Altynken, Kyrgyzstan: 60%"),
        (1, "Zeravshan, Tajikistan: 70%"),
        (1, "Raygorodok, Kazakhstan: 100%"),
        (0, "Attributable output 2024: 14.6 t"),
        (0, "About 4,600 employees, 91% hired locally"),
    ], "Zijin Mining, based in Fujian province, is China’s largest gold producer, and since 2007 it has built the "
       "biggest foreign portfolio of any company in Central Asian gold. It now runs three mines in three countries. "
       "Together they produced 14.6 tonnes of gold attributable to Zijin in 2024, about 8 percent of the group’s mined "
       "gold.\nThe company says it employs about 4,600 people in the region and that nine in ten of them were hired "
       "locally. How many Chinese nationals work at each site has not been disclosed."),
    ("Three assets at a glance", "TABLE",
     "The table sets out the three assets. Raygorodok, in the Kostanay region, is the newest and already the largest: "
     "it produced 5.5 tonnes in its first full year under Zijin. The price Zijin paid for it was reported in the Chinese "
     "press but has never been confirmed by the company."),
    ("Kyrgyzstan: Altynken", [
        (0, "Taldybulak Levoberezhny deposit, Chui region"),
        (0, "Partner: Kyrgyzaltyn, 40%"),
        (0, "Tax claim of 1.9 bn soms, September 2025"),
        (1, "Settled on 12 November; terms not published"),
        (0, "Precedent: Kumtor taken over in 2021"),
    ], "In Kyrgyzstan Zijin holds 60 percent of Altynken, which mines the Taldybulak Levoberezhny deposit in the Chui "
       "region; the state company Kyrgyzaltyn holds the rest. In September the State Tax Service presented a claim of "
       "1.9 billion soms for profit tax it says was underpaid since 2019.\nThe two sides announced a settlement on 12 "
       "November, but its terms have not been published. Read the episode against Kumtor, which the state took over in "
       "2021: Bishkek has shown that it will use tax and environmental claims to reopen deals with foreign miners."),
    ("Tajikistan: Zeravshan", [
        (0, "Jilau and Taror deposits near Penjikent, Sughd region"),
        (0, "Tajik state holds 30%"),
        (0, "Third processing line: about $180 m, due 2027"),
        (0, "All doré refined in China"),
    ], "Zeravshan is the oldest of the three: Zijin has held 70 percent of it since 2007, the Tajik state the other 30 "
       "percent. It mines the Jilau and Taror deposits near Penjikent and produced 5.2 tonnes last year.\nA third "
       "processing line, costing about 180 million dollars, is due in 2027 and should lift output by roughly a "
       "quarter. All of the mine’s doré goes to the group’s refinery in China, so Dushanbe’s revenue rests on prices "
       "set inside the group. What the Tajik state was paid in dividends for 2024 has not been disclosed."),
    ("Kazakhstan: Raygorodok", [
        (0, "Kostanay region; open pit and heap leaching"),
        (0, "Bought in 2024; price never confirmed"),
        (0, "Target: 7 t a year by 2027"),
        (0, "National Bank has first call on refined gold"),
    ], "Raygorodok is an open pit with heap leaching, bought in 2024. Zijin aims for seven tonnes a year by 2027, "
       "which would make it the group’s largest gold mine outside China.\nKazakh law gives the National Bank a "
       "priority right to buy refined gold produced in the country. How much of Raygorodok’s output it took in 2025 "
       "has not been disclosed."),
    ("What the host states take", [
        (0, "Taxes and royalties 2024: about $210 m"),
        (0, "Community funds: $6 m a year"),
        (0, "Local procurement: 38% of spending"),
    ], "Across the three countries Zijin paid about 210 million dollars in taxes and royalties in 2024, by our "
       "estimate from company and budget data. Its community funds add six million dollars a year, most of it for "
       "roads and schools near the mines.\nLocal suppliers win 38 percent of its spending; the rest, mostly "
       "reagents, machinery and spare parts, comes from China."),
    ("Risk map", [
        (0, "Resource nationalism"),
        (1, "High in Kyrgyzstan, medium in Tajikistan, low in Kazakhstan"),
        (0, "Community protests over water and dust"),
        (0, "Western banks’ compliance reviews of Chinese partners"),
        (0, "Transfer pricing inside the group"),
    ], "We rate resource nationalism as the highest risk in Kyrgyzstan, where a new royalty on gold above "
       "2,500 dollars an ounce was debated in parliament this autumn. Villagers near Altynken blocked the access road "
       "for three days in June over water use.\nZijin is not under Western sanctions, but European banks financing "
       "local partners now run longer compliance reviews. Transfer pricing is the quiet risk: each host government "
       "sells into a group that sets the price."),
    ("Scenarios 2026–2028", [
        (0, "Base case: output up to about 18 t by 2028"),
        (0, "Downside: new Kyrgyz royalty, Zeravshan line delayed"),
        (0, "Upside: a fourth asset in Uzbekistan or Kazakhstan"),
    ], "In our base case attributable output rises to about 18 tonnes by 2028, with Raygorodok and the third line at "
       "Zeravshan doing most of the work. In the downside the royalty passes in Bishkek and the Tajik line slips by a "
       "year.\nThe upside is a fourth asset: Zijin has looked at copper and gold in Uzbekistan and Kazakhstan, but "
       "which deposits it has studied has not been made public."),
    ("Key takeaways", [
        (0, "Zijin is now the region’s largest foreign gold miner"),
        (0, "Kyrgyz risk is political, Tajik risk is pricing"),
        (0, "Kazakhstan is the growth story"),
    ], "To sum up: Zijin is now the largest foreign gold miner in Central Asia, and it has become so quietly. The risk "
       "in Kyrgyzstan is political, in Tajikistan it is pricing, and Kazakhstan is where the growth is."),
    ("Questions?", [
        (0, "t.wierzbicki@ridgeline-risk.com"),
    ], ""),
]

TABLE = [
    ["Asset", "Country", "Zijin stake", "2024 output, t"],
    ["Altynken", "Kyrgyzstan", "60%", "3.9"],
    ["Zeravshan", "Tajikistan", "70%", "5.2"],
    ["Raygorodok", "Kazakhstan", "100%", "5.5"],
]


def add_footers(slide, layout, number: int) -> None:  # type: ignore[no-untyped-def]
    """Copy the layout's date, footer and slide-number placeholders onto the slide, as PowerPoint does when the
    Header and Footer dialog's boxes are ticked, and fill them in."""
    for ph in layout.placeholders:
        kind = ph.placeholder_format.type
        if kind not in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
            continue
        element = copy.deepcopy(ph._element)
        slide.shapes._spTree.append(element)
        shape = next(s for s in slide.placeholders if s.placeholder_format.idx == ph.placeholder_format.idx)
        if kind == PP_PLACEHOLDER.SLIDE_NUMBER:
            for t in shape._element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}t"):
                t.text = str(number)
        else:
            shape.text_frame.text = ORG if kind == PP_PLACEHOLDER.DATE else FOOTER


def main() -> None:
    HERE.mkdir(exist_ok=True)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    prs.core_properties.title = TITLE
    prs.core_properties.author = "Tomasz Wierzbicki"
    prs.core_properties.last_modified_by = "Tomasz Wierzbicki"
    prs.core_properties.created = dt.datetime(2025, 12, 2, 16, 5)
    prs.core_properties.modified = dt.datetime(2025, 12, 4, 8, 47)
    prs.core_properties.revision = 9

    title_layout, content_layout, title_only = prs.slide_layouts[0], prs.slide_layouts[1], prs.slide_layouts[5]
    slide = prs.slides.add_slide(title_layout)
    slide.shapes.title.text = TITLE
    subtitle = slide.placeholders[1].text_frame
    subtitle.text = "Briefing for the Emerging Markets Investment Committee"
    for line in ("Tomasz Wierzbicki, Head of Eurasia Research", ORG, "4 December 2025"):
        subtitle.add_paragraph().text = line
    slide.notes_slide.notes_text_frame.text = (
        "Good morning. This briefing looks at one company, Zijin Mining, because it has quietly become the largest "
        "Chinese investor in Central Asian gold, and because its three mines show three different kinds of host-state "
        "risk."
    )

    for number, (title, body, notes) in enumerate(SLIDES, start=2):
        layout = title_only if body == "TABLE" else content_layout
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = title
        if body == "TABLE":
            shape = slide.shapes.add_table(len(TABLE), len(TABLE[0]), Inches(1.2), Inches(1.9), Inches(10.9),
                                           Inches(2.8))
            for r, row in enumerate(TABLE):
                for c, value in enumerate(row):
                    cell = shape.table.cell(r, c)
                    cell.text = value
                    cell.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
        else:
            frame = slide.placeholders[1].text_frame
            for i, (level, text) in enumerate(body):
                paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                paragraph.text = text
                paragraph.level = level
        add_footers(slide, layout, number)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    prs.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
