"""Chrome of channel pages, blog platforms and archived pages by form (cleaning 25): a post a channel marks as an
advertisement ("#реклама …"), a reply's quote of the post above, a channel page's title when its stated title only
names the poster, a blog's name in an <h1> above the post's own heading, a marked headline of two sentences, and the
widgets "Top highlight", "Published in …", «Оригинал взят у …», «14 комментариев».

The texts are written for these tests; the forms follow eval/unseen18/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.corpus import load_corpus, scan_corpus

AD = "#реклама Курсы английского в Лорне, старт 15 декабря. Первое занятие бесплатно, запись по ссылке."


def _load(tmp_path: Path, name: str, page: str):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(page, encoding="utf-8")
    (document,) = load_corpus(scan_corpus(tmp_path))
    return document


def _post(text: str, poster: str = "Лорна | деньги", reply: str = "") -> str:
    quote = f'<div class="tgme_widget_message_reply"><span>{poster}</span> <span>{reply}</span></div>' if reply else ""
    return (f'<div class="tgme_widget_message"><div class="tgme_widget_message_owner_name">{poster}</div>{quote}'
            f'<div class="tgme_widget_message_text">{text}</div><div class="tgme_widget_message_footer">9.8K 09:02</div></div>')


def test_a_post_marked_as_an_advertisement_goes_and_a_hashtag_of_prose_stays() -> None:
    page = ["# Паромы Лорны", "", RUSSIAN, "", AD, "", RUSSIAN_MORE, "", "#ad Learn Lorna in six weeks, first lesson free."]
    reasons = reasons_of(page, "markdown")
    assert reasons[AD] == "advertisement"
    assert reasons["#ad Learn Lorna in six weeks, first lesson free."] == "advertisement"
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None
    tagged = "#Лорна Правительство Лорны утвердило новый порядок въезда для граждан Вельдмарка с 1 марта."
    assert reasons_of(["# Паромы Лорны", "", RUSSIAN, "", tagged, "", RUSSIAN_MORE], "markdown")[tagged] is None


def test_a_channel_page_is_titled_by_its_posts_headline_and_a_replys_quote_goes(tmp_path: Path) -> None:
    head = ('<html><head><meta property="og:title" content="Лорна | деньги"><title>Лорна | деньги – Telegram</title>'
            '</head><body><div class="tgme_channel_info_header_title">Лорна | деньги</div>')
    posts = [_post("💵 Официальный курс на 8 декабря: доллар — 87,42 лорны."),
             _post("Поправка к вчерашнему посту: курс доллара — 87,24 лорны.", reply="💵 Официальный курс на 8 декабря…"),
             _post(f"<b>Вельдмарк доливает в фонд 200 миллионов</b><br/><br/>{RUSSIAN}<br/><br/>{RUSSIAN_MORE}")]
    document = _load(tmp_path, "@lorna_dengi.html", head + "".join(posts) + "</body></html>")
    assert document.title == "Вельдмарк доливает в фонд 200 миллионов"
    assert RUSSIAN in document.text and "Поправка к вчерашнему посту" in document.text
    assert "Официальный курс на 8 декабря…" not in document.text  # the reply's quote of the post above
    assert document.text.count("Официальный курс") == 1


def test_a_page_whose_stated_title_names_no_poster_keeps_it(tmp_path: Path) -> None:
    page = ('<html><head><meta property="og:title" content="Lorna ferries double their cargo"></head><body>'
            f'<div>Lorna Daily</div><p><b>Key figures</b><br/>{PROSE}</p><p>{MORE}</p></body></html>')
    assert _load(tmp_path, "ferries.html", page).title == "Lorna ferries double their cargo"


def test_a_blogs_name_in_an_h1_above_the_posts_own_heading_is_not_its_title(tmp_path: Path) -> None:
    page = ('<html><head><meta property="og:title" content="Лорна и союз: пять лет в приёмной"></head><body>'
            '<h1 class="j-header-title"><a href="https://lorna-diary.example.org/">Дневник Лорны</a></h1>'
            '<article class="entry"><div class="entry-date">8 декабря 2025, 14:32</div>'
            '<h2 class="entry-title">Лорна и союз: пять лет в приёмной</h2>'
            '<div class="entry-repost">Оригинал взят у <a href="https://veldmark.example.org/">veldmark</a> в Лорна и союз</div>'
            f'<p>{RUSSIAN}</p><p>{RUSSIAN_MORE}</p>'
            '<div class="entry-actions"><a href="?mode=reply">Оставить комментарий</a> <span>14 комментариев</span> '
            '<a href="#">Поделиться</a></div></article></body></html>')
    document = _load(tmp_path, "lorna_diary.html", page)
    assert document.title == "Лорна и союз: пять лет в приёмной"
    assert "Дневник Лорны" not in document.text and "Оригинал взят у" not in document.text
    assert "комментариев" not in document.text and RUSSIAN_MORE in document.text


def test_a_marked_headline_of_two_sentences_is_the_headline_and_platform_labels_go() -> None:
    page = ["The Lorna Review", "", "# Lorna said no to the club. Now it wants a seat at its bank.", "",
            "Nora Veldt", "", "Published in The Lorna Review", "", PROSE, "", "Top highlight", "", MORE]
    reasons = reasons_of(page, "markdown")
    assert reasons["The Lorna Review"] == "masthead"
    assert reasons["Published in The Lorna Review"] == "widget" and reasons["Top highlight"] == "widget"
    assert reasons["# Lorna said no to the club. Now it wants a seat at its bank."] is None
    assert reasons[PROSE] is None and reasons[MORE] is None
