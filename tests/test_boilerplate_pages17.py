"""Chrome of live blogs, law reports' case summaries, event write-ups and FAQ pages by form (cleaning 17): a
post's clock time alone on its line, "Live coverage by …", a live blog's first-update notice, a strapline under
the masthead, a record's details under the headline (label: value, three lines or more), an event's details
under its date and time, a file offered with its format and size, a gallery's count, headings that end the page
and head nothing, an FAQ's "didn't find an answer?" line and its disclaimer.

The texts are written for these tests; the forms follow eval/unseen11/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

import pytest
from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.cleaning import clean


def test_a_live_blogs_post_times_byline_and_first_update_notice_go() -> None:
    page = ["# The first ferry leaves Lorna: live", "", "Live coverage by Anna Veld in Lorna and Tom Harl in Veldmark", "",
            "18:45 LRT", "", PROSE, "", "Share this update", "", "17:30 GMT+5", "", MORE, "", "09:05", "",
            "The harbour master opened the gate at nine, an hour later than planned, because of fog on the bar.", "",
            "You have reached the first update of this live blog."]
    reasons = reasons_of(page, "markdown")
    assert reasons["Live coverage by Anna Veld in Lorna and Tom Harl in Veldmark"] == "byline"
    for time in ("18:45 LRT", "17:30 GMT+5", "09:05"):
        assert reasons[time] is not None, time
    assert reasons["You have reached the first update of this live blog."] is not None
    assert reasons[PROSE] is None and reasons[MORE] is None
    cleaned = clean("\n".join(page), "markdown")
    assert cleaned.title == "The first ferry leaves Lorna: live"
    assert "LRT" not in cleaned.text and "GMT" not in cleaned.text and "Live coverage" not in cleaned.text
    assert "an hour later than planned" in cleaned.text


def test_a_case_summarys_strapline_and_case_details_go_and_its_headline_is_the_title() -> None:
    details = ["Case: Lorna Port Authority v. Veldmark Ferries Ltd and others",
               "Institution: Northern Shore Arbitration Court",
               "Case No.: NSAC 2024/31",
               "Decision: Partial award on liability, 2 March 2026 (published with the parties' consent on 9 March 2026)",
               "Tribunal: Ms Anna Veld (presiding), Mr Tom Harl, Dr Ole Brand",
               "Seat: Lorna",
               "Status: Quantum phase pending"]
    page = ["SHORE LAW REPORTER", "Disputes over ports, ferries and the northern shore",
            "Awards | Pending cases | Commentary | About", "", "CASE SUMMARY · PORTS",
            "", "Tribunal cuts the ferry company's berth fees but rejects the port's claim", "",
            *details, "", PROSE, "", MORE]
    reasons = reasons_of(page)
    assert reasons["Disputes over ports, ferries and the northern shore"] == "masthead"
    for line in details:
        assert reasons[line] == "record details", line
    assert reasons[PROSE] is None and reasons[MORE] is None
    cleaned = clean("\n".join(page), "text")
    assert cleaned.title == "Tribunal cuts the ferry company's berth fees but rejects the port's claim"
    assert "Case No." not in cleaned.text and "Disputes over ports" not in cleaned.text


@pytest.mark.parametrize("lines", [
    ["Note: the figures are provisional.", "Source: port authority.", PROSE],  # two labels, then prose
    ["Lorna: the port is open.", PROSE, "Veldmark: the port is closed.", "Harl: it opens at nine."],  # after the text
])
def test_fewer_than_three_labelled_lines_or_labelled_lines_after_the_text_stay(lines: list[str]) -> None:
    page = ["# Ferries share the Lorna berths", "", *lines, "", MORE]
    reasons = reasons_of(page, "markdown")
    assert all(reasons[" ".join(line.split())] is None for line in lines)


def test_an_events_details_files_gallery_and_the_headings_they_leave_at_the_end_go() -> None:
    page = ["# Круглый стол о паромах северного берега", "", "18 ноября 2025, 15:00–17:30", "",
            "Лорна, зал портового управления (ул. Причальная, 4) и онлайн", "", "Язык: русский и лорнийский", "",
            RUSSIAN, "", "## Что решили", "", RUSSIAN_MORE, "", "### Фотоотчёт", "", "18 фотографий", "",
            "### Материалы", "", "- Презентация А. Вельд (PDF, 2,4 МБ)", "- Доклад Т. Харла (PDF, 36 стр.)"]
    reasons = reasons_of(page, "markdown")
    assert reasons["Лорна, зал портового управления (ул. Причальная, 4) и онлайн"] == "record details"
    assert reasons["Язык: русский и лорнийский"] == "record details"
    assert reasons["18 фотографий"] == "widget"
    assert reasons["- Презентация А. Вельд (PDF, 2,4 МБ)"] == "link list"
    assert reasons["- Доклад Т. Харла (PDF, 36 стр.)"] == "link list"
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None
    cleaned = clean("\n".join(page), "markdown")
    for gone in ("Фотоотчёт", "Материалы", "онлайн", "Язык", "PDF"):
        assert gone not in cleaned.text, gone
    assert "Что решили" in cleaned.text and RUSSIAN_MORE in cleaned.text


def test_a_heading_that_ends_the_text_goes_but_one_with_text_under_it_stays() -> None:
    page = ["# Ferries share the Lorna berths", "", PROSE, "", "## What comes next", "", MORE, "", "## The road ahead"]
    reasons = reasons_of(page, "markdown")
    assert reasons["## The road ahead"] == "footer" and reasons["## What comes next"] is None


def test_an_faqs_no_answer_line_and_disclaimer_go() -> None:
    ask = "**Не нашли ответа?** Напишите через [форму обратной связи](https://example.org/feedback) или в Telegram."
    note = "*Информация на этой странице носит справочный характер и не является публичной офертой.*"
    page = ["# Вопросы и ответы о пароме Лорна — Вельдмарк", "", "## Как купить билет?", "", RUSSIAN, "",
            "## Можно ли провезти машину?", "", RUSSIAN_MORE, "", ask, "", note]
    reasons = reasons_of(page, "markdown")
    assert reasons[ask] == "widget" and reasons[note] == "copyright"
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None
