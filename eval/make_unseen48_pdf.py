"""Write the working paper of the forty-eighth fresh dev set with fpdf2:

eval/unseen48/LIEA_WP23-2025_Favre-Seitkazin_Helvetistan.pdf — Working Paper No. 23 of the Léman Institute for
Eurasian Affairs, a (fictional) Geneva think tank, as the institute's site offers it to download (exported from Word):
three A4 pages set in two columns; on the first page a cover block across both columns (the series line "Working
Paper No. 23", the title, the two authors with their affiliations, the month, the abstract and the keywords), then the
body in two columns that fills the left column and then the right one, page after page; numbered section headings
inside a column; words hyphenated at a column's edge ("infra-" / "structure"); footnote markers as raised digits after
the punctuation and the footnotes under a short rule at the foot of the page that cites them; a running header on
every page but the first ("Helvetistan at Thirty | Favre and Seitkazin") and a footer with the page number and
"Working Paper 23/2025"; one table with its caption and a source line inside a column; "Acknowledgements" and
"References" at the end.

Each line of the page is placed as one cell (a raised marker as a run of its own with the text rise of fpdf2's
superscript), left-aligned, the left column's lines written before the right column's, the header first and the
footnotes and footer last on each page, so that pypdf gives one line of text per line of a column. The metadata hold
the title and the authors.

The prose is written for this set. The IMF, the World Bank, the constituency led by Switzerland (its nickname
"Helvetistan"), its members, the Sixteenth General Review of Quotas and Switzerland's State Secretariat for Economic
Affairs (SECO) are real; the institute, the authors, the quotes, the meetings, the staff and all figures are fictional.
Run with the project's venv (fpdf2): .venv/bin/python eval/make_unseen48_pdf.py
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "unseen48"
DOC = HERE / "LIEA_WP23-2025_Favre-Seitkazin_Helvetistan.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

SERIES = "Working Paper No. 23"
TITLE = "Helvetistan at Thirty: Central Asia in the Swiss-led Constituency of the IMF and World Bank"
AUTHORS = [
    "Corinne Favre, Léman Institute for Eurasian Affairs, Geneva",
    "Daniyar Seitkazin, Faculty of Business and Economics, University of Lausanne",
]
DATE = "November 2025"
ABSTRACT = (
    "Since 1992 Switzerland has represented five Central Asian states, together with Poland, Serbia and Azerbaijan, "
    "on the boards of the International Monetary Fund and the World Bank. This paper asks what the five have gained "
    "from the arrangement, why it has lasted three decades, and whether it will survive the next realignment of "
    "quotas. We find that the constituency has given small members unusual access to technical advice and to staff "
    "positions, but that Kazakhstan and Uzbekistan now test its limits."
)
KEYWORDS = "Keywords: IMF; World Bank; constituency; Switzerland; Kazakhstan; Uzbekistan; quota reform"
HEADER = "Helvetistan at Thirty | Favre and Seitkazin"
FOOTER = "Working Paper 23/2025"

# the body: ("h", heading) or ("p", paragraph) or ("table", None); a footnote marker is written "{1}"
BODY = [
    ("h", "1. Introduction"),
    ("p", "When Switzerland joined the Bretton Woods institutions in May 1992, it did not have enough votes to elect "
          "an Executive Director of its own. It built a constituency instead, with the newly independent states of "
          "Central Asia and with Poland, and the group soon earned the nickname Helvetistan. Three decades later the "
          "arrangement still stands, which is unusual: most constituencies formed in the early 1990s have been "
          "reshuffled at least once.{1}"),
    ("p", "The puzzle is why the five Central Asian members have stayed. Together they hold about 0.49 percent of the "
          "votes at the IMF, too little to matter in any board decision, and Switzerland and Poland take the "
          "Executive Director's chair between them. Yet none of the five has left, and in 2025 Uzbekistan hosted the "
          "constituency's annual meeting for the first time."),
    ("h", "2. How the constituency works"),
    ("p", "Since 2012 Switzerland and Poland have rotated the Executive Director's seat at the IMF every two years, "
          "while the alternate's seat and most adviser posts go to the smaller members. The Polish Executive "
          "Director's current term runs from November 2024 to October 2026. Decisions inside the group are taken by "
          "consensus, and voting records inside the constituency are not published."),
    ("p", "The office in Washington employed 14 nationals of Central Asian states in 2025, against five in 2015. "
          "Most are advisers seconded by their finance ministries or central banks for two or three years. The Swiss "
          "finance ministry does not publish how the seconded advisers are selected, and the cost of the "
          "constituency office, which Switzerland largely covers, has not been disclosed.{2}"),
    ("table", None),
    ("h", "3. What the Central Asian members gain"),
    ("p", "The clearest gain is advice. Switzerland financed about CHF 112 million of IMF technical assistance to the "
          "constituency's members between 2021 and 2024, much of it through SECO, and the largest single item was "
          "the modernisation of tax administration in Tajikistan. Kyrgyz officials we interviewed described the "
          "Swiss-funded missions on debt management and public infrastructure investment as faster to arrange than "
          "any comparable programme."),
    ("p", "A second gain is a voice for members that would otherwise have none. \"Alone we would be a footnote; "
          "inside the group our papers reach the board,\" a senior official of the Tajik finance ministry told us. A "
          "third is training: 230 officials from the five states attended courses at the IMF's regional centres "
          "under constituency programmes in 2024."),
    ("h", "4. The tensions"),
    ("p", "Kazakhstan is the member most likely to outgrow the arrangement. Its calculated quota share under the "
          "current formula is about 0.27 percent, against an actual share of 0.19 percent, and a realignment after "
          "the Sixteenth General Review, which raised quotas by 50 percent without changing shares, would favour it. "
          "Kazakh officials raised the idea of a Central Asian chair at the constituency meeting in Tashkent on 12 "
          "and 13 June 2025. Whether Astana has formally asked to change constituencies has not been disclosed.{3}"),
    ("p", "Uzbekistan pulls in another direction. In April 2025 Turkish officials floated the idea of a constituency "
          "of Turkic states, which would take Uzbekistan and Kazakhstan away from the Swiss-led group. Tashkent's "
          "reply has not been made public. For Switzerland the stakes are concrete: without the five, the "
          "constituency's share of votes would fall from 2.73 percent to about 2.24 percent, and its claim to a "
          "permanent chair would weaken."),
    ("h", "5. Conclusions"),
    ("p", "Helvetistan has survived because it suits everyone at a low cost: Switzerland keeps a seat, Poland shares "
          "it, and the Central Asian members buy advice and access they could not obtain alone. The next quota "
          "realignment, which the IMF's governors have asked to prepare by June 2026, will test that bargain. We "
          "suggest that the group agree a written rotation of the alternate's seat among the five, publish its "
          "budget, and give Kazakhstan a standing adviser on the board's committee on quotas.{4}"),
]

FOOTNOTES = {
    1: "1 The nickname was first used in the Swiss press in 1992; see Favre (2021) for its history.",
    2: "2 Staff figures are from the constituency's own directories for 2015 and 2025.",
    3: "3 Based on interviews with three participants in the Tashkent meeting, June and July 2025.",
    4: "4 The authors presented an earlier version of these proposals in Bern on 6 October 2025.",
}

TABLE_CAPTION = "Table 1: Voting shares of the constituency's members at the IMF, 2025 (percent)"
TABLE = [
    ("Switzerland", "1.18"), ("Poland", "0.85"), ("Kazakhstan", "0.19"), ("Uzbekistan", "0.14"),
    ("Serbia", "0.12"), ("Azerbaijan", "0.09"), ("Turkmenistan", "0.06"), ("Kyrgyzstan", "0.05"),
    ("Tajikistan", "0.05"), ("Constituency", "2.73"),
]
TABLE_SOURCE = "Source: IMF Members' Quotas and Voting Power, October 2025; authors' rounding."

ACKNOWLEDGEMENTS = (
    "We thank the officials in Almaty, Bishkek, Dushanbe and Tashkent who spoke to us, and two anonymous reviewers. "
    "The views are the authors' own."
)
REFERENCES = [
    "Favre, C. (2021). Small States at Big Tables: Switzerland's Constituency Diplomacy. Geneva: LIEA.",
    "IMF (2023). Report of the Executive Board on the Sixteenth General Review of Quotas. Washington, DC.",
    "Kuanyshev, A. (2024). Voice and Votes: Central Asia in the Bretton Woods Institutions. Almaty: KIMEP Press.",
    "Seitkazin, D. and Rossi, M. (2025). Technical Assistance and Reform in Tajikistan. Lausanne Working Papers 11.",
]

PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT, TOP, BOTTOM = 18.0, 18.0, 20.0, 20.0
GUTTER = 8.0
COL_W = (PAGE_W - LEFT - RIGHT - GUTTER) / 2
LH = 4.6  # line height of the body
BODY_SIZE = 9.4
FN_SIZE = 7.2
FN_LH = 3.4
VOWELS = set("aeiouyAEIOUY")


class Paper(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Serif", "I", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(LEFT, 10)
            self.cell(PAGE_W - LEFT - RIGHT, 4, HEADER, align="C")
            self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        pass  # written by hand after the footnotes, so that it comes last in the page's text


EXCEPTIONS = {"infrastructure": [5], "everyone": [5], "programmes": [7]}


def hyphen_points(word: str) -> list[int]:
    """Where a plain word may be broken: before a consonant between vowels (fi-nance) or between two consonants
    before a vowel (as-sistance), three letters at least on each side; a few compounds by hand (infra-structure)."""
    if not word.isalpha() or len(word) < 7:
        return []
    if word.lower() in EXCEPTIONS:
        return EXCEPTIONS[word.lower()]
    v = [ch in VOWELS for ch in word]
    out = []
    for i in range(3, len(word) - 2):
        if v[i - 1] and not v[i] and v[i + 1]:
            out.append(i)
        elif (not v[i - 1] and not v[i] and v[i + 1] and v[i - 2] and word[i] not in "rlh"
              and word[i - 1:i + 1] not in ("th", "ch", "sh", "ph", "ck", "gh", "wh", "qu")):
            out.append(i)
    return out


def fill(pdf: FPDF, text: str, width: float) -> list[str]:
    """Greedy lines of `text` (its markers "{n}" kept, measured as one digit), a word hyphenated at the edge."""
    def w(s: str) -> float:
        return pdf.get_string_width(re.sub(r"\{(\d)\}", r"\1", s))

    out: list[str] = []
    cur = ""
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        trial = f"{cur} {word}" if cur else word
        if w(trial) <= width:
            cur, i = trial, i + 1
            continue
        core = word.rstrip(".,;:")
        best = None
        for p in hyphen_points(core):
            if w(f"{cur} {core[:p]}-" if cur else f"{core[:p]}-") <= width:
                best = p
        if best is not None and cur:
            out.append(f"{cur} {core[:best]}-")
            words[i] = word[best:]
            cur = ""
            continue
        out.append(cur)
        cur = ""
    if cur:
        out.append(cur)
    return out


def put_line(pdf: FPDF, x: float, y: float, line: str) -> list[int]:
    """Write one line at (x, y), a marker "{n}" as a raised digit; the footnotes it cites."""
    cited = []
    pdf.set_xy(x, y)
    for part in re.split(r"(\{\d\})", line):
        if not part:
            continue
        m = re.fullmatch(r"\{(\d)\}", part)
        if m:
            cited.append(int(m.group(1)))
            pdf.char_vpos = "SUP"
            pdf.cell(pdf.get_string_width(m.group(1)) + 0.2, LH, m.group(1))
            pdf.char_vpos = "LINE"
        else:
            pdf.cell(pdf.get_string_width(part), LH, part)
    return cited


def main() -> None:
    pdf = Paper(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.set_title(TITLE)
    pdf.set_author("Corinne Favre; Daniyar Seitkazin")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 11, 27, 15, 42, tzinfo=dt.UTC))

    # the body as a stream of items: ("line", font, text) lines of a column, ("gap", mm), ("row", a, b)
    pdf.set_font("Serif", "", BODY_SIZE)
    stream: list[tuple] = []
    for kind, text in BODY:
        if kind == "h":
            stream.append(("gap", 2.5))
            pdf.set_font("Sans", "B", 9.6)
            for line in fill(pdf, text, COL_W):
                stream.append(("line", ("Sans", "B", 9.6), line))
            stream.append(("gap", 1.0))
        elif kind == "p":
            pdf.set_font("Serif", "", BODY_SIZE)
            for line in fill(pdf, text, COL_W):
                stream.append(("line", ("Serif", "", BODY_SIZE), line))
            stream.append(("gap", 1.6))
        else:
            stream.append(("gap", 1.5))
            pdf.set_font("Sans", "B", 8)
            for line in fill(pdf, TABLE_CAPTION, COL_W):
                stream.append(("line", ("Sans", "B", 8), line))
            stream.append(("rule", None))
            for a, b in TABLE:
                stream.append(("row", a, b))
            stream.append(("rule", None))
            pdf.set_font("Sans", "", 7.2)
            for line in fill(pdf, TABLE_SOURCE, COL_W):
                stream.append(("line", ("Sans", "", 7.2), line))
            stream.append(("gap", 2.5))
    stream.append(("gap", 3))
    pdf.set_font("Sans", "B", 9.6)
    stream.append(("line", ("Sans", "B", 9.6), "Acknowledgements"))
    stream.append(("gap", 1))
    pdf.set_font("Serif", "", 8.6)
    for line in fill(pdf, ACKNOWLEDGEMENTS, COL_W):
        stream.append(("line", ("Serif", "", 8.6), line))
    stream.append(("gap", 3))
    stream.append(("line", ("Sans", "B", 9.6), "References"))
    stream.append(("gap", 1))
    pdf.set_font("Serif", "", 8)
    for ref in REFERENCES:
        for j, line in enumerate(fill(pdf, ref, COL_W - (0 if True else 4))):
            stream.append(("line", ("Serif", "", 8), line))
        stream.append(("gap", 0.8))

    def height(item: tuple) -> float:
        return {"gap": lambda: item[1], "rule": lambda: 1.2}.get(item[0], lambda: LH if item[0] == "line" else 4.0)()

    # first pass: which footnotes land on which page, with the room the footnotes of each page take
    reserve: dict[int, float] = {}
    for _ in range(4):
        placed = layout(pdf, stream, height, reserve, draw=False)
        new = {page: 4 + FN_LH * len(notes) * 1.0 + 2 for page, notes in placed.items() if notes}
        if new == reserve:
            break
        reserve = new
    layout(pdf, stream, height, reserve, draw=True)
    pdf.output(str(DOC))


def cover(pdf: FPDF) -> float:
    """The cover block across both columns on page 1; returns the y where the columns start."""
    width = PAGE_W - LEFT - RIGHT
    pdf.set_xy(LEFT, 16)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(120, 30, 40)
    pdf.cell(width, 5, SERIES, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_font("Serif", "B", 17)
    for line in fill(pdf, TITLE, width):
        pdf.cell(width, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 9.5)
    for author in AUTHORS:
        pdf.cell(width, 5, author, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, DATE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 9.6)
    pdf.cell(width, 5, "Abstract", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 9)
    for line in fill(pdf, ABSTRACT, width - 10):
        pdf.cell(width, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(width, 4.6, KEYWORDS, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 3
    pdf.set_draw_color(150, 150, 150)
    pdf.line(LEFT, y, PAGE_W - RIGHT, y)
    return y + 4


def layout(pdf: FPDF, stream: list[tuple], height, reserve: dict[int, float], draw: bool) -> dict[int, list[int]]:
    """Flow the stream into two columns page after page; with `draw`, write it. The footnotes cited on each page."""
    if draw:
        pdf.add_page()
        top = cover(pdf)
    else:
        top = 0.0
        pdf.set_font("Serif", "", BODY_SIZE)
        top = _cover_height()
    page, col = 1, 0
    y = top
    cited: dict[int, list[int]] = {1: []}
    lines_of_page: list[tuple] = []

    def limit() -> float:
        return PAGE_H - BOTTOM - 6 - reserve.get(page, 0.0)

    def finish() -> None:
        if draw:
            for x, yy, item in lines_of_page:
                if item[0] == "line":
                    pdf.set_font(*item[1])
                    put_line(pdf, x, yy, item[2])
                elif item[0] == "row":
                    pdf.set_font("Sans", "", 8)
                    pdf.set_xy(x + 2, yy)
                    pdf.cell(COL_W - 22, 4.0, item[1])
                    pdf.set_xy(x + COL_W - 20, yy)
                    pdf.cell(18, 4.0, item[2], align="R")
                elif item[0] == "rule":
                    pdf.set_draw_color(0, 0, 0)
                    pdf.line(x, yy + 0.6, x + COL_W, yy + 0.6)
            notes = cited.get(page, [])
            if notes:
                fy = PAGE_H - BOTTOM - 2 - FN_LH * len(notes)
                pdf.set_draw_color(0, 0, 0)
                pdf.line(LEFT, fy - 2, LEFT + 40, fy - 2)
                pdf.set_font("Serif", "", FN_SIZE)
                for n in notes:
                    pdf.set_xy(LEFT, fy)
                    pdf.cell(PAGE_W - LEFT - RIGHT, FN_LH, FOOTNOTES[n])
                    fy += FN_LH
            pdf.set_font("Sans", "", 7.5)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(LEFT, PAGE_H - 12)
            pdf.cell(60, 4, FOOTER)
            pdf.set_xy(PAGE_W - RIGHT - 20, PAGE_H - 12)
            pdf.cell(20, 4, str(page), align="R")
            pdf.set_text_color(0, 0, 0)

    for item in stream:
        h = height(item)
        if y + h > limit():
            if item[0] == "gap":
                continue
            if col == 0:
                col, y = 1, top
            else:
                finish()
                page, col, y = page + 1, 0, TOP + 6
                top = y
                cited.setdefault(page, [])
                lines_of_page = []
                if draw:
                    pdf.add_page()
        if item[0] == "gap" and y == top:
            continue
        x = LEFT if col == 0 else LEFT + COL_W + GUTTER
        lines_of_page.append((x, y, item))
        if item[0] == "line":
            cited[page] += [int(n) for n in re.findall(r"\{(\d)\}", item[2])]
        y += h
    finish()
    return cited


def _cover_height() -> float:
    probe = Paper(format="A4")
    probe.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    probe.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    probe.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    probe.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
    probe.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    probe.set_margins(LEFT, TOP, RIGHT)
    probe.add_page()
    return cover(probe)


if __name__ == "__main__":
    main()
