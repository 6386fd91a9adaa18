"""Write the PDF file of the thirty-first fresh dev set with fpdf2:

eval/unseen31/SSRN-id5087316.pdf — a (fictional) working paper as its authors posted it on SSRN, in the name SSRN
gives a downloaded paper: two A4 pages in two columns. Page 1 carries a full-width title block (a "Working paper"
line with the draft's date and a request not to cite, the title over two lines, the two authors, their affiliations
and e-mail addresses, "Abstract" and the abstract, a "Keywords:" line and a "JEL classification:" line); then the
text runs in two columns over numbered headings, with footnote markers (¹, ²) in the text and the notes at the foot of
their page, above SSRN's stamp "Electronic copy available at: https://ssrn.com/abstract=5087316" on every page. On
page 2 a running head (the authors' names and a short title) over a rule; a page number centred under the columns on
every page. The file's metadata title is the paper's title, as the authors' word processor set it.

The texts are written for this set; the paper, its authors, their centres, the interviews, the survey and all figures
are fictional (real institutions, places and events are named — FIFA and the 2026 World Cup, UEFA, the Asian Football
Confederation's Asian Cup, the Central Asian Football Association, Qatar's Aspire Academy — but what they do, decide
or cost here is invented). Lines are wrapped by fpdf2's multi_cell in a dry run, left-aligned, with no hyphenation, in
DejaVu Serif, and placed one by one, the left column before the right one, page by page, which is the order pypdf
extracts.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen31_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen31"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
OUT = HERE / "SSRN-id5087316.pdf"

TITLE = "Pitch Diplomacy: Football as Foreign Policy in Central Asia after the 2026 World Cup Qualification"
STAMP = "Electronic copy available at: https://ssrn.com/abstract=5087316"
RUNNING = "Yusupova and Zhunusov · Pitch Diplomacy in Central Asia"

TOP = "Working paper · Draft of 8 December 2025 · Comments welcome; please do not cite without the authors' permission"
TITLE_LINES = ["Pitch Diplomacy: Football as Foreign Policy in Central Asia", "after the 2026 World Cup Qualification"]
AUTHORS = "Dilnoza Yusupova¹ and Marat Zhunusov²"
AFFILIATIONS = [
    "¹ Tashkent Centre for Sport and Society, Tashkent, Uzbekistan · d.yusupova@tcss-research.uz",
    "² Steppe Institute of Public Affairs, Almaty, Kazakhstan · m.zhunusov@steppe-ipa.kz",
]
ABSTRACT = (
    "In June 2025 Uzbekistan became the first Central Asian state to qualify for a FIFA World Cup. This paper asks how "
    "the governments of Uzbekistan, Kazakhstan and Tajikistan use football in their foreign policy. Drawing on "
    "interviews with officials, club managers and journalists, on the football federations' budgets and on a survey "
    "of fans, we argue that football has become a cheap instrument of visibility, but that its diplomatic returns "
    "depend on money from China and the Gulf which the three states do not fully control."
)
KEYWORDS = "Keywords: sport diplomacy; football; soft power; Uzbekistan; Kazakhstan; Tajikistan; Central Asia"
JEL = "JEL classification: F50, L83, Z20"

# (kind, text): "h" a numbered heading, "p" a paragraph
BODY: list[tuple[str, str]] = [
    ("h", "1. Introduction"),
    ("p", "Uzbekistan's qualification for the 2026 World Cup in North America ended three decades of near misses and "
          "was treated in Tashkent as a foreign-policy event as much as a sporting one. The president received the "
          "squad on 11 June 2025, and the foreign ministry told 46 embassies to hold public screenings of the team's "
          "group matches."),
    ("p", "Sport diplomacy in the region is older than this success. Tajikistan's run to the quarter-finals of the "
          "Asian Cup in Qatar in early 2024 and Kyrgyzstan's first knockout match at the Asian Cup of 2019 were both "
          "cited by their leaders in speeches abroad. What is new is the money: the budgets, sponsors and broadcast "
          "contracts that now follow the national teams.¹"),
    ("h", "2. Data and method"),
    ("p", "We combine three sources: the budgets of the three football federations for 2022 to 2025, as published or "
          "reported to their members; 37 semi-structured interviews; and an online survey of 2,140 fans in the three "
          "countries, fielded in September 2025. The survey is not representative of the population, and we report "
          "its figures only as indications."),
    ("h", "3. Uzbekistan: a state project"),
    ("p", "The Uzbekistan Football Association spent about 48 million dollars in 2025, up from 19 million in 2022. By "
          "our count, 61 percent of that money came from the state budget and from state-owned companies, chiefly in "
          "mining and energy, which sponsor clubs and the federation under presidential decrees."),
    ("p", "The federation has used the national team as a calling card. It arranged 14 friendly matches in 2024 and "
          "2025, nine of them against Asian opponents, and at least four were timed to coincide with state visits. "
          "The friendly against China in Xi'an in October 2025 was played two days before an intergovernmental "
          "commission met in the same city."),
    ("p", "Broadcast rights are the least transparent part of the picture. The state broadcaster has confirmed that it "
          "will show every match of the 2026 finals, but the fee it paid for the rights has not been disclosed, and "
          "neither the federation nor FIFA would comment on it."),
    ("p", "Fans' travel is a second test. Officials expect about 18,000 Uzbek supporters to travel to North America, "
          "and the United States embassy in Tashkent opened extra interview slots for them in November. How many "
          "visas have been issued to fans so far is not known, because the embassy does not publish figures by the "
          "purpose of travel."),
    ("h", "4. Kazakhstan and Tajikistan: other routes"),
    ("p", "Kazakhstan plays in Europe, not in Asia, having moved to UEFA in 2002. Officials in Astana describe this as "
          "a choice of visibility over results: the national team has not qualified for a major tournament, but the "
          "European qualifiers bring in about 11 million euros a year in solidarity and development payments, by "
          "the federation's own account."),
    ("p", "Astana has instead invested in hosting. Kazakhstan staged 23 international club and national-team matches "
          "in 2025, and the government has told UEFA that it would like to host a European club final before 2030. "
          "No decision has been taken, and the federation has not said which final it has in mind."),
    ("p", "Tajikistan's approach is cheaper and more regional. Its federation spent about 7.5 million dollars in 2025, "
          "and Dushanbe hosts the Central Asian Football Association, founded in 2015, whose members include Iran and "
          "Afghanistan. The association's youth tournaments keep contacts with Kabul's sports authorities open at a "
          "time when formal ties remain thin."),
    ("h", "5. The money from outside"),
    ("p", "Chinese companies have become the largest foreign sponsors of football in the region. We identified 17 "
          "sponsorship contracts with Chinese firms across the three countries in 2025, against five in 2021; the "
          "largest is a carmaker's naming deal for Uzbekistan's top division, whose value the league keeps "
          "confidential."),
    ("p", "Gulf money arrives mainly through training. Qatar's Aspire Academy agreed with the Uzbek federation in 2024 "
          "to train 40 youth coaches over three years, and a Saudi club bought a 30 percent stake in a Kazakh Premier "
          "League team in 2025. The registry filing does not name the Saudi club."),
    ("h", "6. Conclusions"),
    ("p", "Our survey suggests that the returns are real at home: 71 percent of Uzbek respondents said that the "
          "qualification made them prouder of their country, and 44 percent that it improved its image abroad. "
          "Kazakh and Tajik respondents were more sceptical, at 52 and 38 percent.²"),
    ("p", "Football diplomacy in Central Asia is therefore less about winning friends abroad than about showing "
          "competence at home and finding partners willing to pay. Whether it survives a poor tournament in 2026 is "
          "the question we will follow in a second round of interviews late in 2026."),
]
NOTES = {
    "¹": "¹ Interviews were held in Tashkent, Almaty, Astana and Dushanbe between March and October 2025; 29 of the 37 "
         "people interviewed asked not to be named.",
    "²": "² The survey was run online by a Tashkent polling firm; respondents were recruited through club and "
         "federation channels.",
}

MARGIN = 18.0
GUTTER = 7.0
TOP_Y = 26.0
NOTE_SPACE = 20.0  # kept free above the stamp for the footnotes of the page
SIZE, LEADING = 9.0, 4.3


class Paper(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Serif", "I", 8)
            self.set_xy(MARGIN, 12)
            self.cell(self.w - 2 * MARGIN, 4, RUNNING, align="C")
            self.line(MARGIN, 17.5, self.w - MARGIN, 17.5)

    def footer(self) -> None:
        self.set_font("Serif", "", 8.5)
        self.set_xy(MARGIN, self.h - 17)
        self.cell(self.w - 2 * MARGIN, 4, str(self.page_no()), align="C")
        self.set_font("Sans", "", 7)
        self.set_text_color(110, 110, 110)
        self.set_xy(MARGIN, self.h - 11)
        self.cell(self.w - 2 * MARGIN, 4, STAMP, align="C")
        self.set_text_color(0, 0, 0)


def main() -> None:
    pdf = Paper(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, TOP_Y, MARGIN)
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.set_title(TITLE)
    pdf.set_author("Dilnoza Yusupova; Marat Zhunusov")
    pdf.add_page()
    full = pdf.w - 2 * MARGIN

    # the title block, across the page
    pdf.set_xy(MARGIN, 14)
    pdf.set_font("Serif", "I", 7.5)
    pdf.cell(full, 4, TOP, align="C")
    pdf.set_xy(MARGIN, 24)
    pdf.set_font("Serif", "B", 15)
    for line in TITLE_LINES:
        pdf.cell(full, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(full, 5.5, AUTHORS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 8)
    for line in AFFILIATIONS:
        pdf.cell(full, 4.2, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_x(MARGIN + 12)
    pdf.set_font("Serif", "B", 9.5)
    pdf.cell(full - 24, 5, "Abstract", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 8.8)
    pdf.set_x(MARGIN + 12)
    pdf.multi_cell(full - 24, 4.2, ABSTRACT, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Serif", "I", 8.3)
    for line in (KEYWORDS, JEL):
        pdf.set_x(MARGIN + 12)
        pdf.cell(full - 24, 4.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.line(MARGIN, pdf.get_y(), pdf.w - MARGIN, pdf.get_y())
    first_top = pdf.get_y() + 4

    # the two columns
    col_w = (full - GUTTER) / 2
    bottom = pdf.h - 22 - NOTE_SPACE
    lines: list[tuple[str, str]] = []  # (style, text), "" for a paragraph gap
    for kind, text in BODY:
        style = "B" if kind == "h" else ""
        pdf.set_font("Serif", style, SIZE)
        wrapped = pdf.multi_cell(col_w, LEADING, text, align="L", dry_run=True, output="LINES")
        if kind == "h":
            lines.append(("gap", ""))
        lines += [(style, w) for w in wrapped]
        lines.append(("gap", ""))

    page_notes: list[str] = []

    def close_page() -> None:
        y = pdf.h - 22 - NOTE_SPACE + 4
        if page_notes:
            pdf.line(MARGIN, y - 1.5, MARGIN + 40, y - 1.5)
            pdf.set_font("Serif", "", 7.5)
            for mark in page_notes:
                pdf.set_xy(MARGIN, y)
                pdf.multi_cell(full, 3.6, NOTES[mark], align="L", new_x="LMARGIN", new_y="NEXT")
                y = pdf.get_y() + 0.8
        page_notes.clear()

    col, y, top = 0, first_top, first_top
    for style, text in lines:
        if style == "gap":
            if y > top:
                y += 1.8
            continue
        if y + LEADING > bottom:
            if col == 0:
                col, y = 1, top
            else:
                close_page()
                pdf.add_page()
                col, top = 0, TOP_Y
                y = top
        pdf.set_font("Serif", style, SIZE)
        pdf.set_xy(MARGIN + col * (col_w + GUTTER), y)
        pdf.cell(col_w, LEADING, text)
        page_notes.extend(m for m in NOTES if m in text and m not in page_notes)
        y += LEADING
    close_page()
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
