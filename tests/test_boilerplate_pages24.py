"""Chrome of newsletter platforms, community pages and personal notes by form (cleaning 24): a bar of reactions
("♡ 214 💬 31 ↻ Restack"), a platform's appeal to subscribe, a community's "more articles" block, a note's related-notes
list of wikilinks, and a dated item of a kept list (a note's sources) kept as the list's.

The texts are written for these tests; the forms follow eval/unseen17/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.cleaning import clean


def test_a_bar_of_reactions_and_an_appeal_to_subscribe_go_and_a_row_of_figures_stays() -> None:
    page = ["# Lorna wires its digital coin", "", PROSE, "", "♡ 214 💬 31 ↻ Restack", "", MORE, "",
            "Thanks for reading Lorna Notes! Subscribe for free to receive new posts and support my work."]
    reasons = reasons_of(page, "markdown")
    assert reasons["♡ 214 💬 31 ↻ Restack"] == "widget"
    assert reasons["Thanks for reading Lorna Notes! Subscribe for free to receive new posts and support my work."]
    assert reasons[PROSE] is None and reasons[MORE] is None
    table = ["# Lorna's ferries", "", PROSE, "", "| Year | Cargo | Ships |", "|---|---|---|", "| 2022 | 1.5 | 38 |",
             "| 2023 | 2.8 | 41 |", "", MORE]
    cleaned = clean("\n".join(table), "markdown").text
    assert "2022" in cleaned and "2023" in cleaned  # a table's rows of figures are no reactions


def test_a_communitys_more_articles_and_a_notes_related_notes_go() -> None:
    page = ["# Паромы Лорны", "", RUSSIAN, "", RUSSIAN_MORE, "",
            "Понравилась статья? Подпишитесь на сообщество, чтобы не пропустить новые разборы.", "",
            "Нравится 146 Поделиться 58", "", "Ещё статьи сообщества", "", "Вишня в Лорну: как подготовить сад",
            "", "Сухофрукты в Вельдмарк: какие нужны документы"]
    reasons = reasons_of(page, "markdown")
    for line in ("Понравилась статья? Подпишитесь на сообщество, чтобы не пропустить новые разборы.",
                 "Нравится 146 Поделиться 58", "Ещё статьи сообщества", "Вишня в Лорну: как подготовить сад"):
        assert reasons[line] is not None, line
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None
    note = ["# Лорна в формате", "", RUSSIAN, "", RUSSIAN_MORE, "", "## Связанные заметки", "", "- [[Средний коридор]]",
            "- [[Паромы Лорны]]"]
    text = clean("\n".join(note), "markdown").text
    assert "Средний коридор" not in text and "Связанные заметки" not in text and RUSSIAN_MORE in text


def test_a_dated_item_of_a_kept_list_is_the_lists_and_an_archive_of_dates_goes() -> None:
    sources = ["# Лорна в формате", "", RUSSIAN, "", RUSSIAN_MORE, "", "## Источники", "",
               "- Совместное заявление по итогам встречи в Лорне", "- Брифинг МИД Лорны, 17.11.2025",
               "- Таможенная статистика Лорны за 2024 год"]
    assert reasons_of(sources, "markdown")["- Брифинг МИД Лорны, 17.11.2025"] is None
    archive = ["# Lorna", "", PROSE, "", MORE, "", "Archives", "", "- May 2025 (1740)", "- April 2025 (2130)",
               "- March 2025 (5400)"]
    assert reasons_of(archive, "markdown")["- April 2025 (2130)"] == "dateline"
