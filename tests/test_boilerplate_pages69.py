"""Cleaning 69, for fresh dev set 60's law firm review: a bare name next to a contact line is a contact person's line
and goes with it, as one next to a byline or a dateline does. The texts are written for these tests."""

from __future__ import annotations

from assistant.ingest.cleaning import clean

REVIEW = """# Обзор законодательства Лорны: ноябрь 2025

Указ о паромных сборах снижает сбор за грузовик на линии Лорна — Веттин с 40 до 25 долларов с 1 января 2026 года, а
перевозчики, работающие по долгосрочным договорам, освобождаются от него до конца 2026 года.

Контакты

Анна Вельдова

Управляющий партнёр +7 700 000-00-17 a.veldova@ferrylaw.example

Олег Брасин

Партнёр, практика ВЭД +7 700 000-00-22 o.brasin@ferrylaw.example

Настоящий обзор носит информационный характер и не заменяет консультацию юриста по конкретному делу о паромных сборах,
а фирма не отвечает за решения, принятые на его основании без такой консультации.
"""


def test_a_bare_name_beside_a_contact_line_goes_with_it() -> None:
    kept = clean(REVIEW, "markdown").text
    assert "снижает сбор за грузовик" in kept
    for chrome in ("Анна Вельдова", "Олег Брасин", "a.veldova@ferrylaw.example"):
        assert chrome not in kept, chrome


def test_a_bare_name_beside_prose_stays() -> None:
    text = REVIEW.replace("\nКонтакты\n", "\n## Кто готовил обзор\n").replace(
        "Управляющий партнёр +7 700 000-00-17 a.veldova@ferrylaw.example",
        "Она двадцать лет ведёт споры паромных компаний Лорны и Веттина в арбитраже и написала разделы об указе.")
    assert "Анна Вельдова" in clean(text, "markdown").text
