"""A bill card's record and a speech's labelled lines (cleaning 32).

- A record's fields stacked label over value stand above the page's first section heading: the run read for them stops
  there, so a heading between the record and the first paragraph no longer hides the record.
- Under a speech's summary, "From: …", "Published …", "Delivered on: …", "Location: …": three lines or more in a row,
  labelled or chrome already, between the headline and the second paragraph.
- A heading of six words at most over nothing but chrome ("Event gallery" over its counter, credits and buttons;
  `eval/unseen24/`); a wire's longer last flash stays.

The texts are written for these tests; the forms follow eval/unseen23/, whose chrome lines tests/test_fresh_sets.py
checks over the whole pipeline.
"""

from __future__ import annotations

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of


def test_a_bills_stacked_record_above_its_first_section_heading_goes() -> None:
    lines = ["# О ратификации Соглашения между Лорной и Вельдом о паромной линии", "", "Инициатор", "",
             "Правительство Лорны", "", "Внесён в парламент", "", "15 сентября 2025 года", "", "Докладчик", "",
             "Вельдова Анна, заместитель министра транспорта", "", "Вид", "", "Закон о ратификации договора", "",
             "Поделиться: Telegram · WhatsApp", "", "## Краткое содержание", "", RUSSIAN, "", RUSSIAN_MORE]
    reasons = reasons_of(lines, "markdown")
    for line in ("Инициатор", "Докладчик", "Вельдова Анна, заместитель министра транспорта", "Вид",
                 "Закон о ратификации договора"):
        assert reasons[line] is not None, line
    assert reasons["## Краткое содержание"] is None and reasons[RUSSIAN] is None


def test_a_speechs_labelled_lines_under_its_summary_go() -> None:
    lines = ["# Ferries and the northern shore", "", PROSE, "", "From: Lorna Port Board and Anna Veld", "",
             "Published 4 December 2025", "", "Delivered on: 2 December 2025 (as written)", "", "Location: Lorna", "",
             MORE]
    reasons = reasons_of(lines, "markdown")
    for line in ("From: Lorna Port Board and Anna Veld", "Delivered on: 2 December 2025 (as written)", "Location: Lorna"):
        assert reasons[line] == "record details", line
    assert reasons[PROSE] is None and reasons[MORE] is None


def test_labelled_lines_without_chrome_among_them_or_after_two_paragraphs_stay() -> None:
    turns = ["Host: Why did the board choose March?", "Guest: The ferries were free then.",
             "Host: And the fees: who sets them?"]
    body = ["# Ferries", "", PROSE, "", MORE, "", "Published 4 December 2025", "", *[x for t in turns for x in (t, "")]]
    reasons = reasons_of(body, "markdown")
    assert all(reasons[t] is None for t in turns)  # under the second paragraph: an interview's turns
    lead = ["# Ferries", "", PROSE, "", *[x for t in turns for x in (t, "")], MORE]
    reasons = reasons_of(lead, "markdown")
    assert all(reasons[t] is None for t in turns)  # no chrome among them


def test_a_short_heading_over_nothing_but_chrome_goes_and_a_long_one_stays() -> None:
    lines = ["# Ferries", "", PROSE, "", MORE, "", "## Event gallery", "", "1 / 4", "", "Photo: Anna Veld", "",
             "Photo: Tom Harl", "", "## What the board said", "", RUSSIAN]
    reasons = reasons_of(lines, "markdown")
    assert reasons["## Event gallery"] is not None and reasons["## What the board said"] is None
    flash = "## Lorna port reopens its northern berths to all ferry lines from Monday"
    reasons = reasons_of(["# Ferries", "", PROSE, "", MORE, "", flash, "", "Photo: Tom Harl"], "markdown")
    assert reasons[flash] is None  # a wire's last flash, a story of its own


def test_a_headline_over_its_byline_alone_stays() -> None:
    """A policy brief's title over its authors and date, then "Key points": the title is no empty heading."""
    lines = ["## Lorna's ferry diplomacy after the vote", "", "By Anna Veld", "", "4 December 2025", "", "## Key points", "",
             PROSE, "", MORE]
    assert reasons_of(lines, "markdown")["## Lorna's ferry diplomacy after the vote"] is None
