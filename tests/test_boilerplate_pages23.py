"""Chrome of professional-network articles, notebook exports, blog platforms and shared drafts by form (cleaning 23): an
HTML page's comments box, an author's role between the lines of a byline, "More articles by <name>" at the page's end,
a confidentiality notice, a dotted dateline ending on an abbreviation («· 5 мин.»), a document's Title-style paragraph in
HTML, and a reviewer's comments with their markers in the text.

The texts are written for these tests; the forms follow eval/unseen16/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.cleaning import clean

LAST = ("The ministry said the first train of cherries would leave in June, once the orchards on the list were checked, "
        "and that more would follow each week of the season.")


def test_a_pages_comments_box_goes_and_its_text_stays() -> None:
    page = (f"<html><body><article><h1>Cherries to Lorna in seven days</h1><p>{PROSE}</p><p>{MORE}</p>"
            "<section class='comments' id='comments'><article class='comment'><a>Nora Veldt</a>"
            "<p>Very useful, thank you. Do you know whether apricots are next on the list this year?</p></article>"
            "<p>To view or add a comment, sign in</p></section><p>" + LAST + "</p></article></body></html>")
    text = clean(page, "html").text
    assert PROSE in text and MORE in text and LAST in text
    assert "apricots" not in text and "sign in" not in text
    inline = f"<html><body><h1>Lorna</h1><p>{PROSE}</p><p class='comment-count'>{MORE}</p></body></html>"
    assert MORE in clean(inline, "html").text  # a class that only names comments ("comment-count") is no comments box


def test_an_authors_role_between_byline_lines_and_more_articles_by_go() -> None:
    page = ["# Cherries to Lorna in seven days", "", "Nora Veldt", "",
            "Chief Operating Officer at Lorna Fresh Logistics | Cold chain for fruit", "", "Published Dec 11, 2025", "",
            PROSE, "", MORE, "", LAST, "", "## More articles by Nora Veldt", "",
            "Why our trucks wait four days at the border Jul 2, 2025 Pomegranates in February Feb 14, 2025"]
    reasons = reasons_of(page, "markdown")
    assert reasons["Chief Operating Officer at Lorna Fresh Logistics | Cold chain for fruit"] == "byline"
    assert reasons["## More articles by Nora Veldt"] is not None
    assert reasons["Why our trucks wait four days at the border Jul 2, 2025 Pomegranates in February Feb 14, 2025"]
    assert reasons["# Cherries to Lorna in seven days"] is None and reasons[PROSE] is None and reasons[LAST] is None
    # the headline between a dateline and a byline is no role
    head = ["Published Dec 11, 2025", "", "Cherries to Lorna in seven days and what the protocol changes", "", "Nora Veldt",
            "", PROSE, "", MORE]
    assert reasons_of(head, "text")["Cherries to Lorna in seven days and what the protocol changes"] is None


def test_a_confidentiality_notice_and_a_dotted_dateline_ending_on_an_abbreviation_go() -> None:
    page = ["# Lorna's software exports", "", "🔒 Internal research of Veld Partners. Not investment advice. Do not forward.",
            "", PROSE, "", MORE]
    assert reasons_of(page, "markdown")["🔒 Internal research of Veld Partners. Not investment advice. Do not forward."]
    russian = ["# Утильсбор догнал Лорну", "", "9 декабря 2025 · 3,8 тыс. прочитали · 5 мин.", "", RUSSIAN, "", RUSSIAN_MORE]
    assert reasons_of(russian, "markdown")["9 декабря 2025 · 3,8 тыс. прочитали · 5 мин."] == "dateline"
    assert reasons_of(russian, "markdown")[RUSSIAN] is None


def test_a_drafts_title_style_is_its_headline_and_its_reviewers_comments_go() -> None:
    page = ("<html><body><p class='c7 title'>Говядина Лорны в Вельдмарке: что даёт аккредитация</p>"
            "<p class='c7 subtitle'>Экспорт вырос вдвое, но внутренний рынок платит ценами</p>"
            "<h1>1. Что произошло</h1>"
            f"<p>{RUSSIAN}<sup><a href='#cmnt1' id='cmnt_ref1'>[a]</a></sup> И это только начало.</p>"
            f"<p>{RUSSIAN_MORE}</p>"
            "<div><p><a href='#cmnt_ref1' id='cmnt1'>[a]</a><span>Сверить с таможней: в версии 3 было меньше.</span></p></div>"
            "</body></html>")
    cleaned = clean(page, "html")
    assert cleaned.title == "Говядина Лорны в Вельдмарке: что даёт аккредитация"
    assert "Экспорт вырос вдвое" in cleaned.text  # the subtitle, the draft's dek, stays
    assert f"{RUSSIAN} И это только начало." in cleaned.text  # the comment's marker goes, its sentence runs on
    assert "[a]" not in cleaned.text and "Сверить с таможней" not in cleaned.text
    assert [s.heading for s in cleaned.sections][-1] == "1. Что произошло"
    footnoted = ["# Lorna", "", PROSE, "", MORE, "", "[1] Lorna statistics office, data of 25 November 2025."]
    assert reasons_of(footnoted, "markdown")["[1] Lorna statistics office, data of 25 November 2025."] is None  # numbered: a note
