"""Cleaning 62, by form: a page's tool buttons on one line and its link back, a market notice's inside-information
line, a stenogram page's remarks in brackets, and a justified line of prose spread wide. The pages are written for
these tests."""

from __future__ import annotations

from assistant.ingest.cleaning import clean_source
from assistant.ingest.corpus import _texts
from assistant.records import Cleaned

LEAD = ("Lornan Minerals PLC, the fluorspar producer focused on Vettin, gives an operational update for the third "
        "quarter and announces a binding offtake agreement with a chemicals group in Brasia.")
BODY = ("Ore mined at the Veldmark pit rose to 61,400 tonnes in the quarter, and the plant ran at 88 per cent of its "
        "nameplate capacity in September after the second cell line was commissioned.")


def _announcement(tools: str, back: str = "Back to news explorer") -> str:
    return "\n".join([
        "<html><head><title>Q3 Operational Update - LRN News article | Exchange</title></head><body>",
        f"<div class='news-header'><a href='/news'>{back}</a>",
        "<div>Lornan Minerals PLC (LRN)</div><div>Regulatory Story</div>",
        f"<div class='tools'>{tools}</div></div>",
        "<main><p>Released 07:00:12 04 December 2025</p>",
        ("<p>This announcement contains inside information for the purposes of Article 7 of Regulation (EU) No "
         "596/2014 as it forms part of domestic law.</p>"),
        "<h1>Q3 Operational Update and Brasian Offtake</h1>",
        f"<p>{LEAD}</p>", f"<p>{BODY}</p>", "</main></body></html>",
    ])


def _clean(html: str) -> Cleaned:
    read = _texts(html.encode("utf-8"), "html")
    return clean_source(read.source, read.kind)


def test_a_notices_tool_buttons_link_back_and_inside_information_line_go_and_its_headline_titles_it() -> None:
    tools = "<a href='#print'>Print</a>\n<a href='#share'>Share</a>\n<a href='/stock/LRN'>Go to LRN market data</a>"
    cleaned = _clean(_announcement(tools))
    assert cleaned.title == "Q3 Operational Update and Brasian Offtake"
    for chrome in ("Go to LRN market data", "Back to news explorer", "inside information"):
        assert chrome not in cleaned.text
    assert LEAD in cleaned.text and BODY in cleaned.text


def test_a_link_back_to_a_named_page_or_a_headline_opening_on_back_to_stays() -> None:
    """"Back to Basics: …" is a headline (its words after "back to" in capitals), not a link back."""
    page = "\n".join([
        "<html><body><h1>Back to Basics for Lornan Miners</h1>", f"<p>{LEAD}</p>", f"<p>{BODY}</p>", "</body></html>",
    ])
    cleaned = _clean(page)
    assert cleaned.title == "Back to Basics for Lornan Miners" and LEAD in cleaned.text


SPEECHES = [
    ("Председательствующий.", "Уважаемые депутаты! Кворум имеется. Переходим к вопросу о ратификации соглашения с Лорной."),
    ("Веттинов А.Б., вице-министр.", "Соглашение открывает нашим университетам программы Лорны на равных правах с её собственными."),
    ("Председательствующий.", "Слово предоставляется депутату Брасову Игорю Петровичу."),
    ("Брасов И.П.", "Взнос составит девять миллионов в год. Кто гарантирует, что деньги вернутся к нашим учёным?"),
    ("Веттинов А.Б.", "Деньги получает тот, кто выиграл конкурс, и наши группы выигрывали в среднем сорок проектов за цикл."),
    ("Председательствующий.", "Слово предоставляется депутату Лорновой Елене Сергеевне."),
    ("Лорнова Е.С.", "Я поддерживаю ратификацию, но прошу министерство отчитываться о грантах каждый год."),
    ("Веттинов А.Б.", "Министерство согласно и будет публиковать отчёт к первому марта каждого года."),
    ("Председательствующий.", "Вопросы исчерпаны. Прошу голосовать."),
    ("Председательствующий.", "Закон принят и направляется в Сенат."),
]


def test_a_stenogram_pages_remarks_in_brackets_go_and_its_speeches_stay() -> None:
    remarks = ["(Звучит Государственный гимн)", "(Шум в зале)", "(Аплодисменты)", "(Идёт голосование)"]
    paragraphs = [f"<p>{who} {said}</p>" for who, said in SPEECHES]
    for at, remark in zip((1, 4, 8, 9), remarks):
        paragraphs.insert(at + remarks.index(remark), f"<p>{remark}</p>")
    page = "\n".join(["<html><body><h1>Стенограмма пленарного заседания 3 декабря 2025 года</h1>", *paragraphs,
                      "</body></html>"])
    cleaned = _clean(page)
    assert not any(remark in cleaned.text for remark in remarks)
    assert not any(s.heading in remarks for s in cleaned.sections)
    for _, said in SPEECHES[1:]:
        assert said in cleaned.text


def test_an_articles_paragraph_in_brackets_stays() -> None:
    """A remark in brackets stays where no speakers speak again and again: an article's aside, an editor's note."""
    note = "(Статья обновлена: министерство уточнило сумму взноса Лорны и сроки первых конкурсов.)"
    page = "\n".join(["<html><body><h1>Лорна вступает в научную программу</h1>", f"<p>{SPEECHES[1][1]}</p>",
                      f"<p>{note}</p>", f"<p>{SPEECHES[4][1]}</p>", "</body></html>"])
    assert note in _clean(page).text
