"""Chrome of fact-check pages, parliamentary answers, forum threads and encyclopaedia pages by form
(cleaning 16): a cookie banner above the headline is no paragraph, a site's name with its tagline above a
marked headline, a long byline of facts parted by dots, a legend line, a related list followed by a note in
italics, an ARIA navigation box, an infobox, a menu's label at the end of the page, page notices, a forum's
signature and advert, and a forum user's name between posts (kept: it says who wrote the post).

The texts are written for these tests; the forms follow eval/unseen10/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.boilerplate_lines import _URL
from assistant.ingest.clean_html import _html_to_markdown
from assistant.ingest.cleaning import clean

_reasons = reasons_of


def test_a_fact_checks_masthead_byline_legend_related_list_and_closing_note_go() -> None:
    masthead = "**Lorna Checks** | independent fact-checking for the northern shore and its neighbours"
    byline = "*By Anna Veld and Tom Harl · Published 4 March 2026, 09:15 (Lorna) · Updated 5 March 2026, 18:40*"
    legend = "**How we rate claims:** True · Mostly true · Misleading · False · Unproven. [Our method](https://example.org/m)"
    note = "*Lorna Checks is paid for by its readers and by two foundations named on our site. Nobody reads our work before it is out.*"
    page = ["[Skip to content](#content)", "", masthead, "",
            "> We use cookies to count visits and nothing more. [OK](#) · [Cookie settings](https://example.org/cookies)", "",
            "# Fact check: the new ferry line does not yet run every day", "", byline, "", "---", "", PROSE, "", MORE, "",
            legend, "", "**More fact checks**", "", "- [No, the port has not closed for winter](https://example.org/1)",
            "- [A photo of a flooded quay is from 2019, not this week](https://example.org/2)", "", note]
    reasons = _reasons(page, "markdown")
    assert reasons[masthead] == "masthead"
    assert reasons[byline] == "dateline"
    assert reasons[legend] == "menu"
    assert reasons["**More fact checks**"] == "list marker"
    assert reasons[note] == "footer"
    assert reasons[PROSE] is None and reasons[MORE] is None
    cleaned = clean("\n".join(page), "markdown")
    assert cleaned.title == "Fact check: the new ferry line does not yet run every day"
    for gone in ("independent fact-checking", "Anna Veld", "How we rate", "More fact checks", "paid for by its readers"):
        assert gone not in cleaned.text
    assert PROSE in cleaned.text and MORE in cleaned.text


def test_a_note_in_italics_stays_when_the_article_goes_on_after_the_related_list() -> None:
    note = "*The ferry line was first proposed in 2019, and the port authority has rejected it twice since.*"
    page = ["# Ferries share the Lorna berths", "", PROSE, "", "**More on the ferries**", "",
            "- [The first ferry arrives](https://example.org/1)", "- [Berths to be widened](https://example.org/2)", "",
            note, "", MORE]
    reasons = _reasons(page, "markdown")
    assert reasons[note] is None and reasons[MORE] is None


def test_a_parliamentary_answer_page_keeps_its_headline_as_title_past_a_cookie_banner() -> None:
    page = """<html><body>
<div class="banner"><p>We use some essential cookies to make this service work. We would also like to use analytics cookies.</p>
<button>Accept analytics cookies</button></div>
<main>
<div>Home › Questions › HL0001</div>
<div>Question for Department for Ports and Shipping</div>
<div>UIN HL0001, tabled on 3 March 2026</div>
<h1>Ferry Services: Lorna</h1>
<p>Asked by Lord Veldmark</p>
<p>To ask His Majesty's Government what support they have given to the ferry line between Lorna and the northern shore.</p>
<div>This question was grouped with the following question and answered together:</div>
<p>""" + PROSE + """</p>
<p>""" + MORE + """</p>
<div>This answer was given jointly with HL0002.</div>
<ul><li><a href="/print">Print this page</a></li><li><a href="mailto:?subject=x">Email this page</a></li></ul>
</main></body></html>"""
    cleaned = clean(page, "html")
    assert cleaned.title == "Ferry Services: Lorna"
    for gone in ("Question for Department", "grouped with", "given jointly", "Email this page", "cookies"):
        assert gone not in cleaned.text
    assert "Asked by Lord Veldmark" in cleaned.text and PROSE in cleaned.text and MORE in cleaned.text


def test_an_encyclopaedia_page_loses_its_notices_contents_and_navbox_and_keeps_its_infobox() -> None:
    page = """<html><body>
<a href="#content">Перейти к содержанию</a>
<main>
<h1>Лорнская ГЭС</h1>
<div>Текущая версия страницы пока не проверялась опытными участниками и может отличаться от проверенной.</div>
<div>Эта статья описывает строящийся объект. Сведения о нём могут быстро устаревать.</div>
<table><tr><th>Страна</th><td>Вельдмарк</td></tr><tr><th>Мощность</th><td>90 МВт</td></tr></table>
<p>""" + RUSSIAN + """</p>
<div role="navigation"><div>Содержание</div><ul><li>1 История</li><li>2 Стройка</li></ul></div>
<h2>История</h2>
<p>""" + RUSSIAN_MORE + """</p>
<div>Гидроэлектростанции Вельдмарка</div>
<div>Лорнская · Северная · Нижняя · Верхняя · Озёрная</div>
</main></body></html>"""
    markdown = _html_to_markdown(page)
    assert "Содержание" not in markdown and "1 История" not in markdown  # the ARIA navigation box
    assert "Страна: Вельдмарк; Мощность: 90 МВт." in markdown  # an infobox has no header row
    cleaned = clean(page, "html")
    assert cleaned.title == "Лорнская ГЭС"
    for gone in ("Перейти", "Текущая версия", "быстро устаревать", "Гидроэлектростанции Вельдмарка", "Северная"):
        assert gone not in cleaned.text
    assert "Страна: Вельдмарк; Мощность: 90 МВт." in cleaned.text
    assert RUSSIAN in cleaned.text and RUSSIAN_MORE in cleaned.text


def test_a_forum_keeps_who_wrote_each_post_and_drops_signature_advert_and_comment_handles() -> None:
    thread = ["Паромы Лорны: расписание на лето", "", "#1 · 02.03.2026, 10:15", "anna_veld",
              "Сообщений: 120 · Регистрация: май 2021", "", RUSSIAN, "",
              "Подпись: Билеты у перекупщиков не берите.", "", "#2 · 02.03.2026, 11:40", "tom.h",
              "Сообщений: 8 · Регистрация: январь 2026", "", RUSSIAN_MORE, "",
              "Реклама: Грузовые перевозки по всему побережью — звоните.", "",
              "Комментарии (2)", "old_ferryman", "03.03.2026, 08:00", "Спасибо!"]
    reasons = _reasons(thread)
    assert reasons["anna_veld"] is None and reasons["tom.h"] is None  # the authors of the posts below them
    assert reasons["Подпись: Билеты у перекупщиков не берите."] == "widget"
    assert reasons["Реклама: Грузовые перевозки по всему побережью — звоните."] == "widget"
    assert reasons["old_ferryman"] == "handle"  # after the last post: a comment's author
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None


def test_a_name_with_a_dot_is_no_web_address_but_a_domain_is() -> None:
    assert _URL.match("tom.h") is None and _URL.match("v2.1") is None
    assert _URL.match("example.org") and _URL.match("https://example.org/a") and _URL.match("сайт.рф")
