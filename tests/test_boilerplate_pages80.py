"""Cleaning 80, for fresh dev sets 69 to 71: a book's verso running head (word for word on every other page, less the
chapters' openings), a Creative Commons licence line, a court's hand-down notice and a page's customer or viewers'
reviews. The texts are written for these tests."""

from __future__ import annotations

from chrome_support import reasons_of

from assistant.ingest.cleaning import clean
from assistant.ingest.formats.pdf import drop_running_lines

VERSO = "Lorna and the Inland Sea – Foreign Policy Paper 2025"


def _pages() -> list[list[str]]:
    return [
        ["Lorna and the Inland Sea", "A paper for a connected coast", "Presented by the Minister, May 2025"],
        [VERSO, "Contents", "Chapter 1: Why the coast matters ........ 1", "vi"],
        ["Chapter 1", "Why the coast matters", "1.1 Lorna's trade with Brasia doubled between 2019 and 2024.", "1"],
        [VERSO, "Chapter 2", "Ports and ferries", "2.1 Brannock handled 4.2 million tonnes of freight in 2024.", "2"],
        ["Chapter 3", "Rail", "3.1 The railway to Vettin was finished in 2023 after six years of work.", "3"],
        [VERSO, "Chapter 4", "Our footprint", "4.1 An embassy in Vettin opens in the second half of 2026.", "4"],
        ["Annex", "Agreements", "A.1 The transit treaty of 2019 runs for twenty years from its signature.", "5"],
    ]


def test_a_verso_head_word_for_word_on_a_third_of_the_pages_goes_but_no_chapter_heading() -> None:
    kept = drop_running_lines(_pages())
    assert all(VERSO not in page for page in kept)
    for heading in ("Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4", "Contents", "Annex"):
        assert any(heading in page for page in kept), heading  # "Chapter N" is alike masked, but no word for word
    assert any("2.1 Brannock handled 4.2 million tonnes of freight in 2024." in page for page in kept)


def test_a_line_on_two_pages_of_seven_is_no_running_head() -> None:
    pages = _pages()
    pages[5][0] = "Lorna and the Inland Sea – a note on the sources"  # the verso head is on two pages only now
    kept = drop_running_lines(pages)
    assert sum(VERSO in page for page in kept) == 2


def test_a_creative_commons_licence_line_is_a_copyright_in_english_and_in_russian() -> None:
    reasons = reasons_of([
        "# Lorna and the Inland Sea",
        "",
        ("Except for the crest and where otherwise noted, this paper is licensed under a Creative Commons Attribution "
         "4.0 International licence."),
        "",
        "Lorna's trade with Brasia doubled between 2019 and 2024, and the port of Brannock handled most of it.",
        "",
        "Материалы доклада распространяются по лицензии Creative Commons Attribution 4.0.",
    ], "markdown")
    assert reasons["Except for the crest and where otherwise noted, this paper is licensed under a Creative Commons "
                   "Attribution 4.0 International licence."] == "copyright"
    assert reasons["Материалы доклада распространяются по лицензии Creative Commons Attribution 4.0."] == "copyright"
    assert reasons["Lorna's trade with Brasia doubled between 2019 and 2024, and the port of Brannock handled most of "
                   "it."] is None


def test_a_courts_hand_down_notice_goes_and_the_judgments_paragraphs_stay() -> None:
    notice = ("This judgment was handed down remotely at 10.30am on Friday 7 March 2025 by circulation to the parties "
              "by e-mail and by release to the archives.")
    paragraphs = [
        "# Brannock Ferries v Vettin Grain",
        notice,
        "1. This is a claim for freight on Lornish barley sent across the Inland Sea when the usual route closed.",
        "2. The ferry line carried 41,000 tonnes in 2024 and invoiced a surcharge of 12 per cent on every crossing.",
    ]
    text = clean("\n\n".join(paragraphs), "markdown").text
    assert "handed down remotely" not in text
    assert "carried 41,000 tonnes in 2024" in text and "This is a claim for freight" in text


def test_customer_reviews_and_viewers_reviews_end_the_page_with_what_follows() -> None:
    prose = [
        "The book follows Brasia's turn to the Inland Sea from the first ferry treaty of 2009 to the port deal of 2024.",
        "Its author spent six years in Vettin and Brannock and draws on 140 interviews with officials and traders.",
        "A chapter on the railway to Vettin shows how the line cut the time to the coast from nine days to four.",
        "The last chapter asks whether the coast's new partners will stay once the transit fees fall after 2027.",
    ]
    for heading, review in (("Customer reviews", "Great read, but the maps are too small to use on a train."),
                            ("Отзывы зрителей", "Смотрел с отцом: он сказал, что такого кино о реке ещё не было.")):
        text = clean("\n\n".join(["# The Inland Sea Turn", *prose, f"## {heading}", review, "See more reviews"]),
                     "markdown").text
        assert review not in text and "See more reviews" not in text and heading not in text
        assert all(line in text for line in prose)


def test_a_document_history_at_the_end_goes_and_the_same_heading_over_more_text_stays() -> None:
    prose = ["Brasia's ministry of foreign affairs accredits new staff within ten working days of their arrival.",
             "The border with Lorna has been open to diplomatic cars at all four crossings since the treaty of 2024."]
    history = ["Version: 3.0; Date: May 2024; Changes: Chapter rewritten after the treaty.",
               "Version: 3.1; Date: June 2025; Changes: New crossing at Vettin."]
    text = clean("\n\n".join(["# Post handbook: Brasia", *prose, "## Document history", *history]), "markdown").text
    assert all(line in text for line in prose) and not any(line in text for line in history)
    assert "Document history" not in text
    later = "The archive of the mission keeps the handbook's earlier versions since 2011 and lends them to researchers."
    after = "Its first version, of 2011, was written by the mission's only diplomat in six weeks."
    kept = clean("\n\n".join(["# Post handbook: Brasia", *prose, "## Document history", later, "## Since 2011", after]),
                 "markdown").text
    assert later in kept and after in kept


def test_a_lesson_plans_topic_line_titles_it_and_the_schools_lines_above_it_go() -> None:
    paragraphs = [
        "# Муниципальная школа № 12 города Веттина с углублённым изучением языков",
        "## Веттинский городской округ (МШ № 12 г. Веттина)",
        "## Тема урока: Лорна и её соседи: вода, границы и торговля",
        "Цели урока: познакомить учащихся с политикой Лорны в отношении соседних государств после 2016 года.",
        ("В 2016 году в Лорне сменился президент, и число встреч на высшем уровне с соседями в 2017 году выросло до "
         "девятнадцати."),
    ]
    source = "\n\n".join(paragraphs)
    cleaned = clean(source, "markdown")
    assert cleaned.title == "Лорна и её соседи: вода, границы и торговля"
    assert "Тема урока: Лорна и её соседи" in cleaned.text and "выросло до девятнадцати" in cleaned.text
    assert "Муниципальная школа" not in cleaned.text and "Веттинский городской округ" not in cleaned.text
    plain = clean(source.replace("## Тема урока: ", "## "), "markdown")  # no topic's label: the headline stays
    assert plain.title == "Муниципальная школа № 12 города Веттина с углублённым изучением языков"
