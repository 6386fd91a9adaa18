"""Cleaning 76, for fresh dev sets 66 and 67: a form's signing blocks (the blank to sign on, the signer's post over it
and «Утверждаю» / "Approved by" over that, alone or in a table's rows), an author's full name with a patronymic and the
affiliation under it, a programme's time slots and talks, a marked headline beside a dateline, and a list's item that
opens on a widget's word. The texts are written for these tests."""

from __future__ import annotations

import io

from chrome_support import reasons_of
from docx import Document

from assistant.ingest.boilerplate_legal import is_sign_line
from assistant.ingest.cleaning import clean
from assistant.ingest.formats.docx import read_docx

ЗАДАНИЕ = """# УТВЕРЖДАЮ

Первый заместитель министра транспорта Лорнийской Республики

__________ / Вельдов А.П.

« 3 » марта 2025 г.

## 1. Общие сведения

Линия длиной 212 км соединит станцию Веттин с портом Браннок и пересечёт реку Лорну по мосту длиной 640 м.

## 2. Сроки

Консультант представит окончательный отчёт через 11 месяцев после подписания договора.

| Разработал: | Главный специалист | __________ О.Б. Брасин |
---|---|---
| Согласовано: | Директор | __________ Н.К. Лорнова |
"""


def test_a_forms_signing_blocks_go_and_its_text_stays() -> None:
    kept = clean(ЗАДАНИЕ, "markdown").text
    for prose in ("212 км", "640 м", "через 11 месяцев"):
        assert prose in kept, prose
    for chrome in ("Первый заместитель министра", "Вельдов", "Разработал", "Главный специалист", "Брасин",
                   "Согласовано", "Лорнова", "---"):
        assert chrome not in kept, chrome


def test_an_english_approval_block_goes() -> None:
    reasons = reasons_of(["Approved by:", "Head of the Lorna Port Authority", "____________ Anna Veld", "",
                          "The port will take ships of up to 12,000 tonnes from April 2026, twice the present limit."],
                         "markdown")
    assert reasons["Approved by:"] and reasons["Head of the Lorna Port Authority"]
    assert reasons["____________ Anna Veld"] == "signature"
    assert reasons["The port will take ships of up to 12,000 tonnes from April 2026, twice the present limit."] is None


def test_a_blank_in_a_sentence_is_no_signature() -> None:
    assert is_sign_line("__________ / Вельдов А.П.") and is_sign_line("| Разработал: | Директор | ______ О.Б. Брасин |")
    assert not is_sign_line("Договор о границе был подписан в ______ году в Веттине.")
    assert not is_sign_line("Fill in the name of the port: ________ (it opened in 2019).")
    assert not is_sign_line("| Разработал: | Отчёт принят заказчиком без замечаний. | ______ О.Б. Брасин |")


def test_the_post_over_a_blank_stays_when_it_is_a_sentence() -> None:
    reasons = reasons_of(["Отчёт принят заказчиком без замечаний.", "__________ / Вельдов А.П."], "markdown")
    assert reasons["Отчёт принят заказчиком без замечаний."] is None


def _docx(paragraphs: list[tuple[str, str | None]]) -> bytes:
    document = Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_forms_kind_under_its_approval_block_is_its_title() -> None:
    data = _docx([("УТВЕРЖДАЮ", "Title"), ("Директор Лорнийского порта", None), ("__________ / Вельдов А.П.", None),
                  ("ТЕХНИЧЕСКОЕ ЗАДАНИЕ", "Heading 1"),
                  ("на разработку проекта второго причала порта Браннок", None),
                  ("1. Общие сведения", "Heading 2"),
                  ("Причал длиной 310 м примет паромы Внутреннего моря, а работы продлятся 14 месяцев с даты договора.", None),
                  ("2. Сроки", "Heading 2"), ("Проект сдаётся в два этапа, первый через пять месяцев.", None),
                  ("3. Приёмка", "Heading 2"), ("Заказчик принимает этап в течение десяти рабочих дней.", None),
                  ("4. Оплата", "Heading 2"), ("Оплата идёт поэтапно, по 50 процентов за каждый этап.", None)])
    cleaned = read_docx(data).cleaned
    assert cleaned.title == "ТЕХНИЧЕСКОЕ ЗАДАНИЕ на разработку проекта второго причала порта Браннок", cleaned.title
    assert "310 м" in cleaned.text and "Вельдов" not in cleaned.text


ТЕЗИСЫ = """ПРОГРАММА КОНФЕРЕНЦИИ

20 ноября 2025 г., четверг

09:00–10:00 Регистрация участников (фойе)

10:00–12:00 Секция 1. Порты и паромы Модератор: Брасин О. Б.

Вельдова А. П. (Веттин). Паромы Внутреннего моря и новые маршруты Брасин О. Б. (Лорна). Порт Браннок после реконструкции

12:00–12:20 Кофе-брейк

ПАРОМЫ ВНУТРЕННЕГО МОРЯ И НОВЫЕ МАРШРУТЫ

Вельдова Анна Петровна

канд. экон. наук, доцент кафедры мировой экономики, Лорнийский университет, Веттин

За 2024 год паромы Внутреннего моря перевезли 41 тыс. грузовиков, а доля Браннока в перевозках выросла до 38 %.

Ключевые слова: паромы, Внутреннее море, Браннок.
"""


def test_a_programmes_slots_talks_and_authors_go_and_an_abstract_stays() -> None:
    kept = clean(ТЕЗИСЫ, "text").text
    assert "41 тыс. грузовиков" in kept and "38 %" in kept
    for chrome in ("09:00–10:00", "Секция 1", "(Веттин). Паромы", "Кофе-брейк", "Вельдова Анна Петровна",
                   "канд. экон. наук"):
        assert chrome not in kept, chrome


def test_a_time_slot_opening_a_sentence_stays() -> None:
    line = ("10:00–12:00 were the hours in which the ferry at Brannock stood idle on most days, the port's log shows, "
            "and the crews spent them repairing the ramp that the October storms had bent.")
    assert reasons_of([line])[" ".join(line.split())] is None


def test_a_full_name_in_a_sentence_stays() -> None:
    line = "Вельдова Анна Петровна возглавила кафедру мировой экономики в 2019 году."
    assert reasons_of([line])[line] is None


VACANCY = """<html><body><main>
<p>Vacancy Notice</p>
<h1>Ferry Cooperation Officer</h1>
<p>Posted on 4 December 2025</p>
<h2>Background</h2>
<p>The Lorna Office helps the ports of the Inland Sea to run 14 joint ferry lines, and it trained 380 harbour officers in 2025.</p>
<h2>Tasks</h2>
<ul>
<li>Follow the traffic on the ferry lines between Vettin and Brannock and prepare reports on its changes;</li>
<li>Organize the joint courses of the harbour officers.</li>
</ul>
</main></body></html>"""


def test_a_marked_headline_beside_a_dateline_is_the_title_and_a_list_item_on_follow_stays() -> None:
    cleaned = clean(VACANCY, "html")
    assert cleaned.title == "Ferry Cooperation Officer"
    assert "Follow the traffic on the ferry lines between Vettin and Brannock" in cleaned.text
    assert "380 harbour officers" in cleaned.text


def test_a_labels_line_ending_on_a_semicolon_stays_a_widget() -> None:
    """Cleaning 77: the item's semicolon keeps a line opening on a widget's word, not a label's line before its colon."""
    line = "Keywords: ferries; the Inland Sea; Vettin; Brannock;"
    assert reasons_of([line, "", "The ferries carried 41,000 lorries in 2024, a fifth more than a year before."])[line]


def test_a_titles_line_in_capitals_over_a_full_name_stays() -> None:
    """Cleaning 77: an author's full name makes no byline of the title's second line over it."""
    lines = ["# Сборник тезисов", "", "Первый доклад секции говорил о портах Лорны, где за год обработали 2,4 млн тонн зерна.", "",
             "ПАРОМЫ ВНУТРЕННЕГО МОРЯ:", "МАРШРУТЫ И ОГРАНИЧЕНИЯ", "Вельдова Анна Петровна",
             "канд. экон. наук, доцент, Лорнийский университет, Веттин", "",
             "За 2024 год паромы Внутреннего моря перевезли 41 тыс. грузовиков, на пятую часть больше, чем годом ранее."]
    reasons = reasons_of(lines)
    assert reasons["МАРШРУТЫ И ОГРАНИЧЕНИЯ"] is None
    assert reasons["Вельдова Анна Петровна"] and reasons["канд. экон. наук, доцент, Лорнийский университет, Веттин"]


def _page(og_title: str, headline: str) -> str:
    return (f'<html><head><title>{og_title} - Lorna Online</title><meta property="og:title" content="{og_title}"></head>'
            f"<body><main><p>Foreign travel advice</p><h1>{headline}</h1><h2>Safety and security</h2>"
            "<p>The border with Brasia is closed at 3 of its 9 crossings, and travel within 5 km of it needs a permit.</p>"
            "<p>The permit costs 40 lorns and is issued in 10 days by the border service in Vettin.</p></main></body></html>")


def test_a_short_headline_gives_way_to_the_stated_title_that_says_more(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Cleaning 78: a page's one- or two-word <h1> ("Vettin") under a caption is its subject; its og:title ("Vettin
    travel advice") says what the page is, when it opens on the headline. A site's name after a dash adds nothing, and a
    longer headline stays."""
    from assistant.ingest.corpus import load_corpus, scan_corpus

    (tmp_path / "advice.html").write_text(_page("Vettin travel advice", "Vettin"), encoding="utf-8")
    (tmp_path / "site.html").write_text(_page("Vettin — Lorna Daily", "Vettin"), encoding="utf-8")
    (tmp_path / "long.html").write_text(_page("Vettin border permits and crossings", "Vettin border permits"),
                                        encoding="utf-8")
    titles = {d.source.rsplit("/", 1)[-1]: d.title for d in load_corpus(scan_corpus(tmp_path))}
    assert titles == {"advice.html": "Vettin travel advice", "site.html": "Vettin", "long.html": "Vettin border permits"}
