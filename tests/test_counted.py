"""What a "how many" question counts, what the count is said of, and what a price question asks (search/answer_types.py)."""

from __future__ import annotations

import pytest

from assistant.ingest.langdata import lang_data
from assistant.search.answer_types import counted_words, gives, said_of
from assistant.search.evidence import requirements


@pytest.mark.parametrize(("question", "lang", "counted", "said"), [
    ("Сколько отделений сейчас у банка «Лорна Кредит»?", "ru", ("отделений", "сейчас"), ("банка", "лорна", "кредит")),
    ("How many branches of Lorna Credit are open in the north?", "en", ("branches",), ("lorna", "credit", "open", "north")),
    ("How many Lornan border guards serve on the river?", "en", ("lornan", "border", "guards"), ()),
    ("How many flights a week connect Lorna and Veldt?", "en", ("flights", "week"), ()),  # "a" ends nothing
])
def test_what_a_count_counts_ends_where_what_it_is_said_of_begins(question: str, lang: str, counted: tuple, said: tuple) -> None:
    data = lang_data(lang)
    assert counted_words(question, data) == counted
    assert said_of(question, data) == said


def test_a_figure_counting_what_the_count_is_said_of_does_not_answer_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.search import crossterms

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)  # the question's own words only, no word model
    req = requirements("Сколько отделений у банка «Лорна Кредит»?")
    banks = "Из пяти банков под иностранным контролем остаётся один — «Лорна Кредит»."
    assert not gives("counted", banks, banks, req.terms, req.counted, req.said)
    branches = "У банка «Лорна Кредит» 14 отделений в трёх областях."
    assert gives("counted", branches, branches, req.terms, req.counted, req.said)


@pytest.mark.parametrize("question", [
    "За какую сумму холдинг купил банк «Лорна Кредит»?",
    "За сколько холдинг купил банк «Лорна Кредит»?",
    "For how much did the holding buy Lorna Credit?",
    "For what sum did the holding buy Lorna Credit?",
])
def test_asking_for_what_sum_asks_a_price(question: str) -> None:
    assert "money" in requirements(question).answer_types


def test_asking_in_how_many_years_asks_no_price() -> None:
    assert "money" not in requirements("За сколько лет построят второй переход?").answer_types
