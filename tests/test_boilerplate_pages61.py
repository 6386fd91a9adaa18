"""Cleaning 61, by form: a chronology's dated headings, a court decision's electronic-signature stamp and its judge's
signature, and a PDF whose metadata title is a document's symbol. The pages are written for these tests."""

from __future__ import annotations

from assistant.ingest.boilerplate import strip
from assistant.ingest.cleaning import clean_source
from assistant.ingest.corpus import _texts
from assistant.ingest.dates import byline_date
from assistant.ingest.formats.pdf_layout import is_document_title

ENTRIES = (
    ("14 февраля 2025 года", "В Лорне открылся торговый дом Веттина с выставочным залом на 400 квадратных метров и складом."),
    ("3 апреля 2025 года", "Из Веттина в Лорну ушёл первый контейнерный поезд с сельхозтехникой, 42 вагона за одну отправку."),
    ("19 июня 2025 года", "Стороны подписали соглашение о совместной школе водителей, первые 60 курсантов начнут учиться осенью."),
    ("8 октября 2025 года", "Товарооборот за девять месяцев вырос на 14 процентов, сообщило министерство экономики Лорны."),
)
CHRONOLOGY = "\n".join([
    "<html><head><title>Лорна и Веттин: хроника года — Вестник Лорны</title></head><body>",
    "<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav>",
    "<h1>Лорна и Веттин: хроника года</h1>",
    "<p>Обновлено 5 декабря 2025, 11:20</p>",
    "<p>Год выдался для связей двух соседей насыщенным: от нового торгового дома до первых поездов и общей школы.</p>",
    *[f"<h2>{day}</h2>\n<p>{entry}</p>" for day, entry in ENTRIES],
    "</body></html>",
])


def test_a_chronologys_dated_headings_are_kept_over_their_entries() -> None:
    read = _texts(CHRONOLOGY.encode("utf-8"), "html")
    cleaned = clean_source(read.source, read.kind)
    for day, entry in ENTRIES:
        assert day in cleaned.text and entry in cleaned.text
        assert cleaned.text.index(day) < cleaned.text.index(entry)
    assert [s.heading for s in cleaned.sections if s.heading in dict(ENTRIES)] == [day for day, _ in ENTRIES]
    assert "Обновлено 5 декабря 2025" not in cleaned.text  # the page's own dateline still goes


def test_a_chronology_is_dated_by_its_byline_not_by_its_first_heading() -> None:
    lead = "Год выдался для связей двух соседей насыщенным: от нового торгового дома до первых поездов и общей школы."
    body = "\n\n".join(f"{day}\n\n{entry}" for day, entry in ENTRIES)
    assert byline_date(f"Лорна и Веттин: хроника года\n\n{lead}\n\n{body}") is None
    assert byline_date(f"Лорна и Веттин: хроника года\n\n5 декабря 2025\n\n{lead}\n\n{body}") == "2025-12-05"


def test_a_list_of_dates_with_no_entry_under_each_stays_chrome() -> None:
    archive = "\n".join(["Архив", "", *[day for day, _ in ENTRIES]])
    text = f"{ENTRIES[0][1]} {ENTRIES[1][1]}\n\n{ENTRIES[2][1]}\n\n{archive}\n"
    kept = clean_source(text, "text").text
    assert ENTRIES[2][1] in kept and not any(day in kept for day, _ in ENTRIES)


def test_a_date_is_no_counter_but_two_counts_are() -> None:
    reasons = {v.line: v.reason for v in strip(["Первый абзац статьи о торговле Лорны и Веттина, длинный и с точкой в конце.",
                                                  "", "12 марта 2025 года", "", "1,2 тыс. 184 комментария"])}
    assert reasons["12 марта 2025 года"] != "counters"
    assert reasons["1,2 тыс. 184 комментария"] == "counters"


DECISION = """Решение Арбитражного суда Лорнской области по делу № А99-1234/2025

Общество «Веттинпласт» обратилось в суд с иском к обществу «Лорнахим» о взыскании 4 200 000 руб. предоплаты за непоставленный товар.

Суд установил, что ответчик поставил 300 тонн из 500, а остальное не поставил, сославшись на ремонт завода, о котором знал заранее.

Решение может быть обжаловано в апелляционный суд в течение месяца со дня его принятия.

Судья О.В. Веттина

Электронная подпись действительна.

Данные ЭП: Удостоверяющий центр Лорны

Кому выдана Веттина Ольга Викторовна

Сертификат 5c2e91ab07f3
"""


def test_a_decisions_signature_stamp_and_judge_go_and_its_text_stays() -> None:
    kept = clean_source(DECISION, "text").text
    for gone in ("Судья О.В. Веттина", "Электронная подпись действительна", "Данные ЭП", "Кому выдана", "Сертификат"):
        assert gone not in kept
    assert "Суд установил, что ответчик поставил 300 тонн из 500" in kept
    assert "Решение может быть обжаловано в апелляционный суд" in kept


def test_the_stamps_phrase_inside_the_text_stays() -> None:
    text = DECISION.replace("Суд установил", "Электронная подпись действительна.\n\nСуд установил")
    kept = clean_source(text, "text").text
    assert "Суд установил, что ответчик поставил 300 тонн из 500" in kept
    assert "Решение может быть обжаловано в апелляционный суд" in kept


def test_a_document_symbol_is_no_title_but_a_title_with_a_slash_is() -> None:
    assert not is_document_title("LORNA/MM3/2025/JS.1")
    assert not is_document_title("A/80/598")
    assert is_document_title("Lorna and Vettin: the 2025/26 transit outlook")
    assert is_document_title("Joint Statement of the Third Ministerial Meeting")


DIGEST = """Итоги сезона: шерсти больше, пряжи не хватает
Дана Вельд, Лорна

Сезон закончился, и можно подвести итоги. По данным ассоциации, в Лорне собрано 12 400 тонн шерсти против 11 900 годом раньше.

Покупатели из Веттина в Лорне
Тимур Рен, Веттин

С 18 по 20 ноября в Лорне работала делегация из 14 компаний Веттина, в основном ткачей и торговцев шерстью из столицы.
"""


def test_a_digests_item_bylines_go_and_its_headings_stay() -> None:
    kept = clean_source(DIGEST, "text")
    assert "Дана Вельд, Лорна" not in kept.text and "Тимур Рен, Веттин" not in kept.text
    assert "Покупатели из Веттина в Лорне" in kept.text
    assert "в Лорне собрано 12 400 тонн шерсти" in kept.text and "делегация из 14 компаний Веттина" in kept.text
    assert "Тимур Рен, Веттин" not in [s.heading for s in kept.sections]


def test_a_name_and_place_under_a_sentence_is_no_items_byline() -> None:
    text = DIGEST.replace("Покупатели из Веттина в Лорне\n", "Об этом рассказал глава ассоциации.\n")
    reasons = {v.line: v.reason for v in strip(text.split("\n"))}
    assert reasons["Тимур Рен, Веттин"] is None  # it may end the sentence's quotation, or begin a list of names
