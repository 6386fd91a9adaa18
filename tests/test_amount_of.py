"""What a sum or a weight is of, and sums asked in other words (the thirty-fifth pass).

- "What is the average export price of Lornan sunflower oil …?" asks a sum of sunflower oil: a window that never names
  it (a price of flaxseed) does not answer, one that does answers. A count keeps its own reading ("how many … of").
- The check needs the question's terms: a passage in another language is read without it.
- "What <up to four words> price …" asks a sum; «Какую зарплату …», «Какая стипендия …» too; «штраф» does not.
- "… has not named its capacity" withholds the capacity asked.

The questions and sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.search.evidence import requirements, window_satisfies


@pytest.mark.parametrize(("question", "said"), [
    ("What is the average export price of Lornan sunflower oil sold to Veldra?", ("sunflower", "oil")),
    ("How much did the state broadcaster pay for the rights to show the cup final?", ("rights",)),
    ("How many tonnes of soybeans did Lorna export to Veldra in 2025?", ("soybeans",)),
    ("How much does the new ferry cost?", ()),
])
def test_what_a_sum_or_a_weight_is_said_of(question: str, said: tuple[str, ...]) -> None:
    req = requirements(question)
    assert req.said == said and not req.counted


def test_a_window_that_never_names_what_the_price_is_of_does_not_answer() -> None:
    req = requirements("What is the average export price of Lornan sunflower oil sold to Veldra?")
    other = "The average declared export price of Lornan flaxseed to Veldra fell to 468 dollars a tonne in 2025."
    own = "The average declared export price of Lornan sunflower oil to Veldra rose to 912 dollars a tonne in 2025."
    assert not window_satisfies(req, other, "", [other])
    assert window_satisfies(req, own, "", [own])


def test_across_languages_the_thing_is_not_looked_for() -> None:
    from assistant.search.answer_types import amount_named

    req = requirements("What is the average export price of Lornan sunflower oil sold to Veldra?")
    russian = "Средняя экспортная цена льняного семени упала до 468 долларов за тонну."
    assert not amount_named(req.answer_types, req.terms, req.counted, req.said, russian)
    assert amount_named(req.answer_types, (), req.counted, req.said, russian)  # no terms: a passage of another language


@pytest.mark.parametrize(("question", "money"), [
    ("What farm-gate price do flax growers in the Lorna valley receive?", True),
    ("What is the average export price of Lornan sunflower oil?", True),
    ("What share of the price do the growers get?", False),
    ("Какую зарплату получают паромщики в Лорне?", True),
    ("Какая стипендия у студентов морской академии?", True),
    ("Сколько стипендий в год дают студентам морской академии?", False),  # a count of grants, not a sum
    ("Какой штраф грозит паромщику за опоздание?", False),
])
def test_sums_asked_in_other_words(question: str, money: bool) -> None:
    assert ("money" in requirements(question).answer_types) is money


def test_a_capacity_not_named_is_withheld() -> None:
    from assistant.ingest.langdata import lang_data
    from assistant.search.withheld import _says_withheld

    question = "What crushing capacity does the investor from Veldra plan for its plant in Lorna?"
    said = "A second investor, from Veldra, is studying a plant in Lorna but has not named its capacity."
    assert _says_withheld(lang_data("en"), said, requirements(question))
    assert not _says_withheld(lang_data("en"), "The investor has named its plant after the river.", requirements(question))


@pytest.mark.parametrize(("lang", "sentence", "withheld"), [
    ("ru", "Сколько паромов ходит без лицензии, не знает никто.", True),  # the subject after the verb
    ("ru", "Сводных данных об этом у министерства нет, такой учёт ведёт порт.", True),
    ("ru", "Данные о паромах министерство публикует каждый месяц.", False),
    ("en", "The ministry has no consolidated data on ferries taken back from their operators.", True),
    ("en", "How many ferries sail without a licence, nobody knows.", True),
    ("en", "The ministry publishes its ferry data every month.", False),
])
def test_data_nobody_has_is_withheld(lang: str, sentence: str, withheld: bool) -> None:
    from assistant.ingest.langdata import lang_data
    from assistant.search.withheld import _says_withheld

    assert _says_withheld(lang_data(lang), sentence, None) is withheld
