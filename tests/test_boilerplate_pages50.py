"""Cleaning 50, by form: an article's own <header> is read (its headline and dek), a word processor's page whose <title>
is one of its lines is headed by that line (a letterhead above it goes), an official's signature ending a report goes,
a pull quote goes by its class, and an old site's layout reads as lines: its banner in capitals that the <title> names,
its one-column boxes of links and its visitor counter go. The pages are written for these tests."""

from __future__ import annotations

from assistant.ingest.cleaning import clean_source
from assistant.ingest.corpus import _texts

ARTICLE_HEADER = """<!DOCTYPE html><html><head><title>Why the Lorna ferry matters | Veldmark Forum</title></head><body>
<header class="site"><a href="/">Veldmark Forum</a> <a href="/research">Research</a> <a href="/events">Events</a></header>
<article><header class="post__header"><p class="kicker">Commentary · Transport</p>
<h1>Why the Lorna ferry matters</h1>
<p class="dek">A second crossing on the lake would halve the wait at Vettin, and the ministry has promised one by spring.</p>
<div class="meta"><a class="byline" href="/experts/ostrow">By Jana Ostrow</a> <time>3 December 2025</time></div>
</header>
<p>Trucks wait two days at Vettin for a place on the only ferry across the lake. The queue grew by a third this autumn as grain
exports rose, the port authority said in its monthly report.</p>
<blockquote>Trucks wait two days at Vettin for a place on the only ferry across the lake.</blockquote>
<p>The ministry has promised a second ferry by spring, and says it will carry forty-eight trucks on each sailing between the two
ports of the lake, twice what the old boat takes.</p>
<p>Nobody has said what a crossing will cost, and the port authority has not published a tariff for the new line either.</p>
</article><footer>© 2025 Veldmark Forum</footer></body></html>"""

PULL_QUOTE_FIRST = """<html><body><article><h1>Ferries and grain on the lake</h1>
<p>The ministry has promised a second ferry by spring, and says it will carry forty-eight trucks on each sailing.</p>
<blockquote class="pull-quote">Trucks wait two days at Vettin for a place on the ferry.</blockquote>
<p>Trucks wait two days at Vettin for a place on the ferry, and the queue grew by a third this autumn as grain exports rose,
the port authority said in its monthly report on the lake's traffic.</p></article></body></html>"""

LETTERHEAD_REPORT = """<html><head><meta charset="utf-8"><meta name=Generator content="Microsoft Word 15 (filtered)"><title>Информация о работе порта Веттин за 9 месяцев 2025 года</title></head>
<body><div class=WordSection1>
<p class=MsoNormal>Управление транспорта и коммуникаций</p>
<p class=MsoNormal>акимата Лорнинской области</p>
<p class=MsoNormal>№ 04-11/517 от 02.10.2025 г.</p>
<p class=MsoNormal>Информация о работе порта Веттин за 9 месяцев 2025 года</p>
<p class=MsoNormal>За девять месяцев 2025 года порт Веттин принял 412 судов и обработал 3,4 млн тонн грузов, что на 12 процентов
больше, чем годом ранее, сообщает управление транспорта.</p>
<p class=MsoNormal>Стоимость модернизации причалов управление не раскрывает, а сроки работ будут определены после экспертизы.</p>
<p class=MsoNormal>Руководитель управления К. Амсель</p>
<p class=MsoNormal>[1] По данным капитана порта.</p>
</div></body></html>"""


def _clean(page: str):  # type: ignore[no-untyped-def]
    read = _texts(page.encode("utf-8"), "html")
    return clean_source(read.source, read.kind)


def test_an_articles_own_header_gives_its_headline_and_dek_not_its_byline_or_kicker() -> None:
    text = _clean(ARTICLE_HEADER).text
    assert text.startswith("Why the Lorna ferry matters\n\nA second crossing on the lake would halve the wait at Vettin")
    for chrome in ("By Jana Ostrow", "Commentary · Transport", "Research", "© 2025"):
        assert chrome not in text


def test_a_pull_quote_goes_by_its_class_or_when_the_paragraph_above_says_it() -> None:
    assert _clean(ARTICLE_HEADER).text.count("for a place on the only ferry") == 1  # said above it
    assert _clean(PULL_QUOTE_FIRST).text.count("Trucks wait two days at Vettin for a place on the ferry") == 1  # its class


def test_the_line_a_pages_title_repeats_is_its_headline_and_the_letterhead_and_signature_go() -> None:
    cleaned = _clean(LETTERHEAD_REPORT)
    assert cleaned.title == "Информация о работе порта Веттин за 9 месяцев 2025 года"
    assert cleaned.text.startswith("Информация о работе порта Веттин")
    for chrome in ("Управление транспорта и коммуникаций", "акимата Лорнинской области", "№ 04-11/517", "Руководитель управления"):
        assert chrome not in cleaned.text
    assert "412 судов" in cleaned.text and cleaned.text.rstrip().endswith("По данным капитана порта.")


def test_a_signature_inside_the_text_or_a_heading_naming_someone_stays() -> None:
    page = LETTERHEAD_REPORT.replace("<p class=MsoNormal>Руководитель управления К. Амсель</p>\n<p class=MsoNormal>[1] По",
                                     "<p class=MsoNormal>Руководитель управления К. Амсель</p>\n<p class=MsoNormal>Порт будет"
                                     " работать круглый год, если позволит погода, сообщил руководитель управления.</p>"
                                     "\n<p class=MsoNormal>[1] По")
    assert "Руководитель управления К. Амсель" in _clean(page).text  # prose after it: no signature ending the report


OLD_SITE = """<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>Государственный комитет по паромам Веттина - Новости</TITLE></HEAD><BODY>
<table width=100%><tr><td><img src="gerb.gif"></td><td><font size=3><b>ГОСУДАРСТВЕННЫЙ КОМИТЕТ ПО ПАРОМАМ ВЕТТИНА</b></font></td></tr></table>
<table width=100%><tr><td width=200 valign=top>
<table><tr><td><b>Меню</b></td></tr><tr><td><a href="/a">О комитете</a></td></tr><tr><td><a href="/b">Руководство</a></td></tr>
<tr><td><a href="/c">Пресс-центр</a></td></tr></table>
<table><tr><td><b>Счётчик посещений</b></td></tr><tr><td>Сегодня: <b>41</b><br>Вчера: <b>1 038</b><br>Всего: <b>90 337</b></td></tr></table>
</td><td valign=top>
<table><tr><td><font size=3><b>Паром «Лорна» вышел на новую линию</b></font></td><td><a href="?print=1"><img src="print.gif"></a></td></tr></table>
<font size=2>12 марта паром «Лорна» совершил первый рейс из Веттина в порт Северный. На борту было 48 грузовиков и 120 пассажиров,
сообщил комитет.<br><br>Рейсы будут выполняться три раза в неделю, а стоимость билета комитет пока не раскрывает.<br><br>
Данные о загрузке парома за первый месяц работы комитет обещает опубликовать в апреле.</font>
</td></tr></table>
<table><tr><td>Порт</td><td>Рейсов</td></tr><tr><td>Веттин</td><td>3</td></tr></table></BODY></HTML>"""


def test_an_old_sites_banner_boxes_and_counter_go_and_its_bold_headline_titles_it() -> None:
    cleaned = _clean(OLD_SITE)
    assert cleaned.title == "Паром «Лорна» вышел на новую линию"
    assert cleaned.text.startswith("Паром «Лорна» вышел на новую линию\n\n12 марта паром «Лорна» совершил первый рейс")
    for chrome in ("ГОСУДАРСТВЕННЫЙ КОМИТЕТ", "Меню", "О комитете", "Пресс-центр", "Сегодня: 41", "Всего: 90 337"):
        assert chrome not in cleaned.text
    assert "Порт: Веттин; Рейсов: 3" in cleaned.text  # a table of two columns is still data
