"""Chrome of print versions, forwarded posts, press releases and report covers by form (cleaning 13):
link notes under a "Links:" label, a "Forwarded from:" line, a contact block's heading, the wrapped
rest of a disclaimer, and a headline in bold however long.

The texts are written for these tests; the forms follow eval/unseen7/, whose 88 chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from assistant.ingest.boilerplate import strip
from assistant.ingest.cleaning import clean, source_text

PROSE = (
    "The ferry operators of the northern shore agreed in March to share their berths with the new line, "
    "the port authority said after the meeting."
)
RUSSIAN = (
    "Паромщики северного берега договорились в марте делить причалы с новой линией, сообщили в управлении "
    "порта после встречи."
)


def _reasons(lines: list[str], fmt: str = "text") -> dict[str, str | None]:
    return {v.line.strip(): v.reason for v in strip(source_text("\n".join(lines), fmt).split("\n")) if v.line.strip()}


def test_a_print_versions_link_notes_go_with_their_label() -> None:
    page = ["Northern Shore Courier", "Print this page", "", "Ferries Share the Lorna Berths", "",
            f"{PROSE} The new timetable [1] starts in May.", "", RUSSIAN, "", "Links:",
            "[1] https://www.example.org/ferries/2025/timetable", "[2] https://example.org/topics/ports", "",
            "Printed from the Northern Shore Courier on 2 May 2025"]
    reasons = _reasons(page)
    assert reasons["Links:"] == "list marker"
    assert reasons["[1] https://www.example.org/ferries/2025/timetable"] == reasons["[2] https://example.org/topics/ports"]
    assert reasons["[2] https://example.org/topics/ports"] is not None
    assert reasons[RUSSIAN] is None and reasons[f"{PROSE} The new timetable [1] starts in May."] is None
    cleaned = clean("\n".join(page), "text")
    assert "example.org" not in cleaned.text and "Links" not in cleaned.text and PROSE in cleaned.text


def test_a_forwarded_posts_header_goes_and_its_bold_headline_is_the_title() -> None:
    headline = "**Паромы северного берега начнут ходить по новому расписанию: что изменится для пассажиров летом**"
    post = ["## ⛴ Северный берег", "12 400 подписчиков · t.me/severny_bereg", "", "---", "",
            "↪️ **Переслано из: Лорнские вести** (@lorna_vesti)", "", headline, "", f"⛴ {RUSSIAN}", "", RUSSIAN]
    reasons = _reasons(post, "markdown")
    assert reasons["↪️ **Переслано из: Лорнские вести** (@lorna_vesti)"] == "widget"
    assert reasons["## ⛴ Северный берег"] == "masthead"  # above the headline: the channel's name
    assert reasons[headline] is None and reasons[RUSSIAN] is None
    cleaned = clean("\n".join(post), "markdown")
    assert cleaned.title == headline.strip("*") and "Переслано" not in cleaned.text and "Северный берег" not in cleaned.text
    english = _reasons(["Forwarded from: Lorna News (@lorna_news)", "", PROSE])
    assert english["Forwarded from: Lorna News (@lorna_news)"] == "widget" and english[PROSE] is None


def test_the_heading_of_a_contact_block_goes_with_it() -> None:
    release = ["Министерство транспорта Вельдмарка", "", "Паромы выйдут на линию в мае", "", RUSSIAN, "", RUSSIAN, "",
               "Пресс-служба Министерства транспорта Вельдмарка", "", "Тел.: +7 (7172) 55-01-02", "",
               "E-mail: press@example.org"]
    reasons = _reasons(release)
    assert reasons["Пресс-служба Министерства транспорта Вельдмарка"] == "contact line"
    assert reasons["Тел.: +7 (7172) 55-01-02"] == "contact line" and reasons[RUSSIAN] is None
    # over prose, or a sentence of its own, such a line is the article's
    kept = _reasons(["Паромы выйдут на линию в мае", "", RUSSIAN, "", "Пресс-служба министерства сообщила об этом в среду.",
                     "", "Тел.: +7 (7172) 55-01-02", "", "Пресс-служба порта", "", RUSSIAN])
    assert kept["Пресс-служба министерства сообщила об этом в среду."] is None and kept["Пресс-служба порта"] is None


def test_the_wrapped_rest_of_a_disclaimer_goes_and_the_text_after_it_stays() -> None:
    cover = ["Ferries on the Northern Shore", "A report of the Lorna Institute", "",
             "The views expressed in this report are the author's own and do not necessarily",
             "reflect those of the Lorna Institute or its funders.", "", PROSE, "", PROSE]
    reasons = _reasons(cover)
    assert reasons["reflect those of the Lorna Institute or its funders."] == "copyright"
    assert reasons[PROSE] is None
    closed = _reasons(["Ferries on the Northern Shore", "", "© 2025 Lorna Institute. All rights reserved.",
                       "the ferries of the northern shore are a public service, the report says.", "", PROSE])
    assert closed["the ferries of the northern shore are a public service, the report says."] is None  # the line above ended
