"""A repository's record page, a Q&A page and a scholarly library's article page: boxes by their HTML class
(cleaning 29).

- An answer's signature ("post-signature"), a licence line, lists of similar or related items ("similar-top",
  "related-items", "sidebar-linked"), a sort bar's label, buttons ("btn", "ask-button") and "Add a comment" links.
- A heading that labels the block under it ("abstract-label", "fulltext-label") goes and the block stays; a label
  that is no heading ("event-people__label": «Спикеры:» over a list of speakers) is left to the rules of its lines.

The texts are written for these tests; the forms follow eval/unseen21/, whose chrome lines tests/test_fresh_sets.py
checks over the whole pipeline.
"""

from __future__ import annotations

import pytest
from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE


def _clean(html: str) -> str:
    from assistant.ingest.cleaning import clean

    return clean(html, "html").text


def test_a_scholarly_librarys_licence_labels_similar_topics_and_cite_block_go_and_the_article_stays() -> None:
    text = _clean("<html><body><main><h1>Лорна и Вельдский протокол: обязательства сторон</h1>"
                  "<div class='license'>Лицензия: CC BY 4.0</div>"
                  "<h2 class='abstract-label'>Аннотация</h2>"
                  f"<p class='abstract'>{RUSSIAN}</p>"
                  "<div class='similar-top'><h3>Похожие темы научных работ по праву</h3><ul>"
                  "<li><a href='/a/1'>Порты Лорны и их советы</a></li><li><a href='/a/2'>Паромы Вельда в 2024 году</a></li>"
                  "</ul></div>"
                  "<h2 class='fulltext-label'>Текст научной работы</h2>"
                  f"<div class='ocr'><h3>Введение</h3><p>{RUSSIAN_MORE}</p></div>"
                  "<div class='cite-block'><h3>Для цитирования</h3><p>Лорнов А. В. Лорна и Вельдский протокол // "
                  "Вестник Лорны. 2025. № 4. С. 10–19.</p></div>"
                  "</main></body></html>")
    assert RUSSIAN in text and RUSSIAN_MORE in text and "Введение" in text
    for chrome in ("Лицензия", "Аннотация", "Похожие темы", "Порты Лорны и их советы", "Текст научной работы",
                   "Для цитирования", "Вестник Лорны. 2025"):
        assert chrome not in text, chrome


def test_a_qa_pages_signatures_sort_label_buttons_comment_links_and_sidebar_go_and_the_answers_stay() -> None:
    text = _clean("<html><body><a class='ask-button' href='/ask'>Post a question</a>"
                  "<div class='question-page'><h1>What does Lorna gain from the Veld accords?</h1>"
                  f"<div class='s-prose'><p>{PROSE}</p></div>"
                  "<div class='post-signature owner'>asked 3 Dec 2025 by veld_watcher · 1,204 reputation</div>"
                  "<a class='js-add-link comments-link' href='#'>Add a comment</a>"
                  "<span class='sort-label'>Order: most useful first</span>"
                  f"<div class='answer'><div class='s-prose'><p>{MORE}</p></div>"
                  "<div class='post-signature'>answered 4 Dec 2025 by anna.v · 310 reputation</div></div>"
                  "<div class='module sidebar-linked'><h4>Linked</h4><ul><li><a href='/q/1'>Score 4 · Ferries of Veld?</a></li>"
                  "</ul></div></div></body></html>")
    assert PROSE in text and MORE in text
    for chrome in ("Post a question", "asked 3 Dec", "answered 4 Dec", "Add a comment", "Order: most useful",
                   "Linked", "Ferries of Veld?"):
        assert chrome not in text, chrome


def test_a_repository_pages_buttons_and_related_items_go() -> None:
    text = _clean("<html><body><main><div class='item-page'><h1>Ports of Lorna after the Veld Protocol</h1>"
                  f"<div class='item-page-field abstract'><p>{PROSE}</p><p>{MORE}</p></div>"
                  "<a class='btn btn-outline-primary' href='/full'>Show every metadata field</a>"
                  "<section class='related-items'><h2>Theses on related subjects</h2><ul>"
                  "<li><a href='/i/1'>Ferries of the northern shore</a></li></ul></section>"
                  "</div></main></body></html>")
    assert PROSE in text and MORE in text
    for chrome in ("Show every metadata field", "Theses on related subjects", "Ferries of the northern shore"):
        assert chrome not in text, chrome


@pytest.mark.parametrize("cls", ["event-people__label", "field-label"])
def test_a_label_that_is_no_heading_stays_for_the_rules_of_its_lines(cls: str) -> None:
    text = _clean(f"<html><body><article><h1>Круглый стол о порте Вельда</h1><p>{RUSSIAN}</p>"
                  f"<div class='{cls}'>Итог обсуждения</div><p>{RUSSIAN_MORE}</p></article></body></html>")
    assert "Итог обсуждения" in text and RUSSIAN in text and RUSSIAN_MORE in text
