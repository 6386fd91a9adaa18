"""A two-column page laid out as text (`pdftotext -layout`) is read column by column; other texts stay as they are."""

from __future__ import annotations

import textwrap

from assistant.ingest.cleaning import clean
from assistant.ingest.text_columns import unfolded_columns

LEFT = ("The corridor carried four million tonnes of cargo in 2024, and the port authority expects growth to continue "
        "as new ferries arrive. Officials said the customs form will be shared between the two states from next "
        "spring, which should cut the waiting time at the border crossing by half. The ministry has promised a single "
        "window for the papers of each truck, though no date has been set for it, and the carriers' union doubts it "
        "will come before the next harvest.")
RIGHT = ("The development bank lends 180 million dollars for two ferries, repayable over fifteen years. Critics note "
         "that the tariff for each berth has not been published, and that carriers still pay in cash at the gate, "
         "which slows the trucks that queue there in winter. A second loan, for the berths themselves, is still under "
         "talks, and the bank would not say when its board will vote on it or how large it might be.")
HEAD = "JOURNAL OF INLAND SEAS, VOL. 3(2)                                        {page}"
TITLE = "        Ferries, Customs and the Inland Sea: A Study of the Vettin Corridor"
FOOT = "doi:10.0000/jis.2025.{page}"


def page(left: str, right: str, number: int, gutter: int = 4, width: int = 38, title: bool = False) -> str:
    lines_l, lines_r = textwrap.wrap(left, width), textwrap.wrap(right, width)
    rows = [f"{a:<{width + gutter}}{b}".rstrip() for a, b in
            zip(lines_l + [""] * (len(lines_r) - len(lines_l)), lines_r + [""] * (len(lines_l) - len(lines_r)))]
    top = [HEAD.format(page=number), "", *([TITLE, ""] if title else [])]
    return "\n".join([*top, *rows, "", FOOT.format(page=number)])


def test_a_two_column_page_reads_the_left_column_then_the_right_with_head_title_and_foot_in_place() -> None:
    text = unfolded_columns(page(LEFT, RIGHT, 12, title=True))
    flat = " ".join(text.split())
    assert " ".join(LEFT.split()) in flat and " ".join(RIGHT.split()) in flat
    assert flat.index("JOURNAL") < flat.index("Ferries, Customs") < flat.index("The corridor") < flat.index("The development")
    assert flat.rstrip().endswith("doi:10.0000/jis.2025.12")


def test_pages_are_unfolded_one_by_one_and_the_cleaned_text_keeps_every_sentence_whole() -> None:
    raw = page(LEFT, RIGHT, 12, title=True) + "\f" + page(RIGHT.replace("180", "190"), LEFT.replace("four", "five"), 13, gutter=6)
    cleaned = " ".join(clean(raw, "text").text.split())
    for sentence in ("Officials said the customs form will be shared between the two states from next spring, which "
                     "should cut the waiting time at the border crossing by half.",
                     "The development bank lends 190 million dollars for two ferries, repayable over fifteen years.",
                     "The corridor carried five million tonnes of cargo in 2024,"):
        assert sentence in cleaned, sentence


def test_a_one_column_text_with_a_table_and_a_short_page_stay_as_they_are() -> None:
    table = "\n".join(["Cargo on the corridor, by year", "", "Year      Grain      Fertiliser      Other",
                       "2023      1.2        0.8             0.9", "2024      1.9        1.1             1.2", ""])
    prose = "\n".join(textwrap.wrap(LEFT + " " + RIGHT, 70))
    text = prose + "\n\n" + table + "\n" + prose
    assert unfolded_columns(text) == text
    short = page(LEFT[:120], RIGHT[:120], 3)  # four rows side by side: too few to tell columns from a table
    assert unfolded_columns(short) == short


def test_a_right_column_that_starts_a_character_early_still_splits() -> None:
    raw = page(LEFT, RIGHT, 5)
    shifted = "\n".join(line[:41] + line[42:] if len(line) > 42 and line[41] == " " and line[40] == " " and k % 3 == 0
                        else line for k, line in enumerate(raw.split("\n")))
    flat = " ".join(unfolded_columns(shifted).split())
    assert " ".join(RIGHT.split()) in flat


def columns(left: list[str], right: list[str], width: int = 46, gutter: int = 4) -> list[str]:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [f"{a:<{width + gutter}}{b}".rstrip() for a, b in zip(left, right)]


FILLER = textwrap.wrap(LEFT, 40)


def test_a_sentence_the_left_column_leaves_open_goes_on_at_the_top_of_the_right_one_even_past_a_dateline_look() -> None:
    left = [*FILLER, "We surveyed 612 returnees in Lorna, Tarn and"]
    right = ["Vettin between March and June 2025. We", "also met 23 recruiters in both countries.", *FILLER]
    page_text = "\n".join(["        A Study of the Corridor Between Two Seas", "",
                           *columns(left, right), "", "", "doi:10.0000/jis.2025.7"])
    flat = " ".join(clean(page_text, "text").text.split())
    assert "612 returnees in Lorna, Tarn and Vettin between March and June 2025. We also met 23 recruiters" in flat


def test_a_title_set_centred_on_two_lines_is_one_but_an_indented_list_is_not_joined() -> None:
    text = "\n".join(["        Ferries, Customs and the Inland Sea:", "          A Study of the Vettin Corridor", "",
                      *columns(FILLER, FILLER)])
    assert clean(text, "text").title == "Ferries, Customs and the Inland Sea: A Study of the Vettin Corridor"
    menu = "Site map\n\n    • Privacy Policy\n    • Terms of Use\n\n" + "\n".join(textwrap.wrap(LEFT, 70))
    assert unfolded_columns(menu) == menu


def test_a_short_last_page_is_read_at_the_columns_of_the_pages_before_and_a_running_head_stays_whole() -> None:
    body = page(LEFT, RIGHT, 12)
    refs = columns(["Abel, S. (2024). Ports and the", "   inland sea. Review, 9(2), 1–4."],
                   ["Brand, C. (2023). Ferries after", "   the war. Journal, 15(1), 12–29."], width=38)
    last = "\n".join(["Talbot and Venn · Inland Sea                                                      13", "", *refs])
    flat = " ".join(unfolded_columns(body + "\f" + last).split())
    assert "Abel, S. (2024). Ports and the inland sea. Review, 9(2), 1–4. Brand, C. (2023)." in flat
    assert "Talbot and Venn · Inland Sea 13" in flat
