"""Lay out the journal article of the forty-third fresh dev set as `pdftotext -layout` gives a two-column journal PDF:

eval/unseen43/CAMR_4-3_47-49_Rakhmatova-Fraser_seasonal-workers-UK.txt — a research article of the (fictional)
Central Asian Migration Review, as a reader gets it with `pdftotext -layout CAMR_4-3_47-49_….pdf` (the text file
named like the PDF): three pages separated by form feeds (\\f, the last page ending with one, as pdftotext writes
them); on each page a running header (the journal's name, volume and issue left, the page number right, on the
first page "RESEARCH ARTICLE" under it; on page 48 the page number left and the journal right, on page 49 the authors
and short title left and the number right) and a footer line (the DOI left, "© 2025 The Authors…" right); on the first page the title, the authors, the affiliations,
the corresponding author, the dates and the abstract and keywords across the full width; then the body in two
columns of 43 characters, side by side on each physical line with a gutter of at least four spaces, filled left
column first, words hyphenated at the column's edge, numbered section headings inside a column, a table (caption,
rules, four rows) inside the left column of page 2, and the references in the columns at the end; the
acknowledgements and funding line across the width under the columns of the last page.

This script holds the article's prose, written for this set, and fills the columns. The UK Seasonal Worker visa, the
Home Office, the Agency for External Labour Migration of Uzbekistan, Osh, Andijan and Khatlon are real; the journal,
the authors, their centres, the survey, the interviews, the references and all figures are fictional.
Run with the project's venv: .venv/bin/python eval/make_unseen43_layout.py
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent / "unseen43"
OUT = HERE / "CAMR_4-3_47-49_Rakhmatova-Fraser_seasonal-workers-UK.txt"

WIDTH, COL, GUTTER = 92, 43, 6
JOURNAL = "Central Asian Migration Review, Vol. 4, No. 3 (2025), pp. 47–49"
DOI = "https://doi.org/10.51873/camr.2025.4.3.47"
TITLE = ["Picking for Britain: Central Asian Workers in the UK", "Seasonal Worker Scheme, 2022–2025"]
AUTHORS = "Dilnoza Rakhmatova¹ and Callum Fraser²"
AFFILIATIONS = [
    "¹ Centre for Labour Mobility Studies, Tashkent, Uzbekistan",
    "² School of Social and Political Science, University of the Borders, Galashiels, United Kingdom",
]
CORRESPONDING = "Corresponding author: d.rakhmatova@clms-tashkent.uz"
DATES = "Received 4 July 2025 · Accepted 2 October 2025 · Published online 28 November 2025"
ABSTRACT = (
    "Abstract: Since Russia's war in Ukraine closed the largest source of seasonal labour for British farms, "
    "workers from Kyrgyzstan, Uzbekistan, Tajikistan and Kazakhstan have filled a growing share of the United "
    "Kingdom's Seasonal Worker visas. Using visa data and a survey of 612 returnees, we show that the scheme pays "
    "Central Asian workers far more than work in Russia, but that recruitment fees, debt and short seasons limit "
    "what they bring home, and that the sending states have little say in how the scheme is run."
)
KEYWORDS = "Keywords: labour migration; seasonal work; United Kingdom; Kyrgyzstan; Uzbekistan; Tajikistan; remittances"

# ("h", heading) or ("p", paragraph) or ("table",) or ("ref", entry)
BODY = [
    ("h", "1. Introduction"),
    ("p", "For two decades the seasonal labour market of Central Asia had one destination. Workers from the Fergana "
          "valley and the Khatlon region went to Russia in spring and came back in autumn, and the remittances they "
          "sent home made up a quarter or more of the national income of Kyrgyzstan and Tajikistan. Since 2022 a "
          "second, much smaller route has opened: the United Kingdom's Seasonal Worker visa, which lets foreign "
          "workers pick fruit and vegetables on British farms for up to six months in any twelve."),
    ("p", "When Ukrainian workers, who had filled most of the visas before the war, stopped coming, the licensed "
          "operators that recruit for British growers turned east. This article asks who the Central Asian workers "
          "are, what they earn and what role their governments play."),
    ("h", "2. Data and methods"),
    ("p", "We use the numbers of visas issued by country of nationality, published quarterly by the Home Office, and "
          "a survey of 612 returnees interviewed in Osh, Andijan and Khatlon between March and June 2025. We also "
          "interviewed 23 recruiters, officials and farm managers in both countries. The survey is not a random "
          "sample: respondents were found through village networks and recruitment offices, and the share of women "
          "among all Central Asian visa holders could not be established from the published data."),
    ("table",),
    ("h", "3. Findings"),
    ("h", "3.1 Numbers and origins"),
    ("p", "Table 1 shows the growth. Central Asians held 19,470 visas in 2022 and 28,380 in 2024, about 62 percent "
          "of all visas issued under the scheme that year. Kyrgyzstan remains the largest source, but Tajikistan has "
          "grown fastest, more than doubling its numbers in two years. Kazakhstan, where wages are higher, sends few."),
    ("h", "3.2 Earnings and costs"),
    ("p", "Respondents reported average net earnings of about 9,400 pounds for a season, roughly three times what "
          "the same workers said they had earned in six months on Russian building sites. Against that stand the "
          "costs. The visa and the flights alone cost a worker about 780 dollars, and 23 percent of our respondents "
          "said they had paid an intermediary to secure a place, a median of 1,150 dollars, although the British "
          "rules forbid charging workers any fee."),
    ("p", "Deductions for caravans and transport on the farms were common, but the Home Office does not report them "
          "by country, and growers we spoke to would not give figures. Many workers borrowed to travel: 38 percent "
          "had taken a loan, usually from relatives, and a fifth were still repaying it when they came home."),
    ("h", "3.3 Seasons cut short"),
    ("p", "The most frequent complaint was that the work ran out before the visa did. Respondents worked on average "
          "19 weeks of a possible 26, and one in seven said they had been sent home early when a harvest failed. The "
          "number of workers who left their farms before the end of their contracts is not published by the Home "
          "Office, and the operators did not disclose how many Central Asian applicants were refused visas."),
    ("p", "Return is nevertheless the norm. Some 41 percent of our respondents had already been to Britain for a "
          "second season, and almost all wanted to go again."),
    ("h", "4. Discussion"),
    ("p", "The sending states have tried to organise the flow. Uzbekistan's Agency for External Labour Migration "
          "signed a memorandum with two British operators in 2023 and now pre-selects candidates through its regional "
          "offices, while Kyrgyzstan relies on private agencies licensed in Bishkek. Yet neither government has an "
          "agreement with London, and the quotas, the wages and the rules are set in Britain alone. The scheme "
          "widens the choice of destinations but leaves the sending states where they were with Russia: supplying "
          "workers on terms written elsewhere."),
    ("h", "5. Conclusion"),
    ("p", "British farms have become a small but real alternative to Russia for Central Asian seasonal workers. The "
          "gains are large for those who go, but fees, debt and short seasons eat into them, and a visa regime that "
          "London can shrink in any year is a fragile basis for a national labour strategy."),
    ("h", "References"),
    ("ref", "Abdurakhmonov, S. (2024). Labour export policy in Uzbekistan after 2017. Eurasian Policy Studies, 9(2), 88–104."),
    ("ref", "Fraser, C. and Nowak, A. (2023). After Ukraine: recruitment for British horticulture. Rural Labour Journal, 15(1), 12–29."),
    ("ref", "Mamatova, A. (2025). Debt and departure in southern Kyrgyzstan. Central Asian Migration Review, 4(1), 5–21."),
    ("ref", "Sharipov, R. (2024). Remittances and the rural household in Khatlon. Dushanbe: Centre for Social Research."),
]

TABLE = [
    "Table 1. Seasonal Worker visas issued to",
    "nationals of Central Asian states",
    "─" * 38,
    "Country          2022      2023      2024",
    "─" * 38,
    "Kyrgyzstan      8,410     9,960    10,720",
    "Uzbekistan      6,350     8,120     9,480",
    "Tajikistan      2,770     4,590     6,030",
    "Kazakhstan      1,940     2,260     2,150",
    "─" * 38,
    "Source: Home Office; authors' calculations.",
]

ACK = [
    "Acknowledgements: We thank the returnees who gave their time, and the recruiters who let us visit their offices.",
    "Funding: The survey was funded by the Centre for Labour Mobility Studies (grant CLMS-2025-03).",
]


def hyphenate(word: str, room: int) -> tuple[str, str] | None:
    """Split a long word so that its head plus "-" fits in `room`, as TeX would: between two consonants before a
    vowel ("buil-ding"), else before a consonant that starts a syllable ("ope-rators"); the latest split that fits."""
    if len(word) < 8 or not word.isalpha():
        return None
    vowel = lambda ch: ch.lower() in "aeiouy"  # noqa: E731
    fits = [i for i in range(3, len(word) - 3) if i + 1 <= room]
    best = [i for i in fits if not vowel(word[i - 1]) and not vowel(word[i]) and vowel(word[i + 1])] or \
           [i for i in fits if vowel(word[i - 1]) and not vowel(word[i]) and vowel(word[i + 1])]
    return (word[: best[-1]] + "-", word[best[-1]:]) if best else None


def fill(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    while words:
        word = words.pop(0)
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        split = hyphenate(word, width - len(line) - (1 if line else 0))
        if split and line:
            lines.append(f"{line} {split[0]}")
            line = ""
            words.insert(0, split[1])
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def column_lines() -> list[str]:
    out: list[str] = []
    for block in BODY:
        if block[0] == "h":
            if out and out[-1] != "":
                out.append("")
            out.append(block[1])
        elif block[0] == "p":
            out += fill(block[1], COL)
        elif block[0] == "table":
            out += ["", *TABLE, ""]
        else:
            first = fill(block[1], COL - 3)
            out += [first[0], *("   " + x for x in fill(" ".join(first[1:]), COL - 3))] if len(first) > 1 else first
    return out


def centred(text: str) -> str:
    return " " * max(0, (WIDTH - len(text)) // 2) + text


def page(header: list[str], top: list[str], left: list[str], right: list[str], bottom: list[str], footer: list[str]) -> str:
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((a.ljust(COL + GUTTER) + b).rstrip() if b else a.rstrip())
    body = [*header, "", *top, *rows, *bottom, "", "", *footer]
    return "\n".join(body) + "\n"


def main() -> None:
    lines = column_lines()
    first_rows, rows = 22, 44
    chunks = [lines[: 2 * first_rows]]
    rest = lines[2 * first_rows:]
    while rest:
        chunks.append(rest[: 2 * rows])
        rest = rest[2 * rows:]
    assert len(chunks) == 3, (len(chunks), len(lines))
    pages = []
    for n, chunk in enumerate(chunks):
        per = first_rows if n == 0 else rows if n < len(chunks) - 1 else (len(chunk) + 1) // 2  # the last page balanced
        left, right = chunk[:per], chunk[per:]
        while left and left[-1] == "":  # a column ends on text, the other starts on text
            left.pop()
        while right and right[0] == "":
            right.pop(0)
        number = 47 + n
        if n == 0:
            header = [JOURNAL.ljust(WIDTH - 2) + str(number), "RESEARCH ARTICLE"]
            top = [centred(TITLE[0]), centred(TITLE[1]), "", centred(AUTHORS), "",
                   *(centred(a) for a in AFFILIATIONS), centred(CORRESPONDING), centred(DATES), "",
                   *fill(ABSTRACT, WIDTH - 4), "", KEYWORDS, "", ""]
        else:
            running = "Central Asian Migration Review · Vol. 4, No. 3 (2025)"
            header = [str(number) + running.rjust(WIDTH - 2) if number % 2 == 0 else
                      "Rakhmatova and Fraser · Picking for Britain".ljust(WIDTH - 2) + str(number), ""]
            top = []
        footer = [DOI + "   © 2025 The Authors. Published under a CC BY 4.0 licence.".rjust(WIDTH - len(DOI))]
        bottom = ["", *ACK] if n == len(chunks) - 1 else []
        pages.append(page(header, top, left, right, bottom, footer))
    OUT.write_text("\f".join(pages) + "\f", encoding="utf-8")
    text = OUT.read_text(encoding="utf-8")
    print(OUT, len(text.split()))


if __name__ == "__main__":
    main()
