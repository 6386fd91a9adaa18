"""Chrome of wire story threads, academic blog posts and photo essays by form (cleaning 18): a wire's story codes and
its credits in brackets, a thread's sort and alert bar, a flash headline with no text under it (kept), a BibTeX
citation box and its label, an author note that is the last long paragraph, a credit before a colon («Текст и фото:
…») and a full-screen link.

The texts are written for these tests; the forms follow eval/unseen12/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.cleaning import clean


def test_a_wire_threads_codes_credits_and_bar_go_and_its_flash_headline_stays() -> None:
    flash = "## URGENT-Lorna's ferry operator says berths fully booked until March - port authority"
    page = ["# The Lorna ferry line: a story thread", "", "Newest first | Oldest first · Alert me on this story · Export thread (PDF)",
            "", "BC-LORNA-FERRIES/PORT (UPDATE 1)", "", "## UPDATE 1-Lorna ferry operator books every berth", "", PROSE, "",
            MORE, "", "(Reporting by Anna Veld; Editing by Tom Harl)", "", "BC-LORNA-FERRIES/URGENT", "", flash]
    reasons = reasons_of(page, "markdown")
    assert reasons["Newest first | Oldest first · Alert me on this story · Export thread (PDF)"] is not None
    assert reasons["BC-LORNA-FERRIES/PORT (UPDATE 1)"] is not None and reasons["BC-LORNA-FERRIES/URGENT"] == "citation"
    assert reasons["(Reporting by Anna Veld; Editing by Tom Harl)"] == "byline"
    assert reasons[flash] is None and reasons[PROSE] is None and reasons[MORE] is None
    cleaned = clean("\n".join(page), "markdown")
    assert "fully booked until March" in cleaned.text and "BC-LORNA" not in cleaned.text and "Reporting by" not in cleaned.text


def test_a_blog_posts_bibtex_box_and_the_authors_note_as_its_last_long_paragraph_go() -> None:
    bio = ("*Anna Veld is a research fellow at the Lorna Institute. Tom Harl is an economist at a bank in Veldmark and "
           "a visiting fellow at the institute this year.*")
    page = ["# Ferries and freight on the northern shore", "", "Anna Veld and Tom Harl | 8 December 2025 | 12 min read", "",
            PROSE + " " + MORE, "", "The line's second year will tell whether the berths were worth what the port paid for them, "
            "and the authors will come back to it when the figures for the winter are out.", "", "**Cite this post**", "",
            "```bibtex", "@misc{veld2025ferries,", "  author       = {Veld, Anna and Harl, Tom},",
            "  title        = {Ferries and freight on the northern shore},", "  month        = dec,", "}", "```", "", bio]
    reasons = reasons_of(page, "markdown")
    assert reasons["**Cite this post**"] == "article label"
    for line in ("@misc{veld2025ferries,", "author = {Veld, Anna and Harl, Tom},", "month = dec,"):
        assert reasons[line] == "citation", line
    assert reasons[bio] == "author note"
    assert reasons[PROSE + " " + MORE] is None
    cleaned = clean("\n".join(page), "markdown")
    assert "research fellow" not in cleaned.text and "@misc" not in cleaned.text and "worth what the port paid" in cleaned.text


def test_a_credit_before_a_colon_and_a_full_screen_link_go() -> None:
    page = ["# Море возвращается к Лорне", "", "Текст и фото: Анна Вельд", "", RUSSIAN, "", "Смотреть в полноэкранном режиме",
            "", RUSSIAN_MORE]
    reasons = reasons_of(page, "markdown")
    assert reasons["Текст и фото: Анна Вельд"] == "byline"
    assert reasons["Смотреть в полноэкранном режиме"] == "widget"
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None


def test_a_credit_phrase_in_brackets_inside_a_sentence_stays() -> None:
    line = "The port authority (reporting by its own inspectors) found the berths full by March, and said so in May."
    reasons = reasons_of(["# Ferries share the Lorna berths", "", PROSE, "", line, "", MORE], "markdown")
    assert reasons[line] is None
