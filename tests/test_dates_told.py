"""A question about what is still to come is not answered by a day or month before the article (search/years.py), and
a date withheld withholds only a question asking when (search/withheld.py). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assistant_over
from test_withheld import EN, _candidates

from assistant.ingest.langdata import lang_data
from assistant.search.evidence import requirements, window_satisfies
from assistant.search.withheld import withholds
from assistant.search.years import another_year, dates_told


@pytest.mark.parametrize(("sentence", "article", "told"), [
    ("3 декабря в Тарнове прошло заседание комиссии.", "2025-12-10", [(2025, 12, 3)]),
    ("В ноябре в Тарнове прошло очередное заседание.", "2025-12-10", [(2025, 11)]),
    ("В ноябре в Тарнове прошло очередное заседание.", "2026-01-20", [(2025, 11)]),  # the November just past
    ("Торги назначены на 15 января.", "2025-12-10", [(2026, 1, 15)]),  # a January long before December: the coming one
    ("It was presented on July 15, 2025, in Tarnow.", "2025-12-10", [(2025, 7, 15)]),
    ("The talks took place on 18–19 November 2025 and set quotas for 2026.", "2025-12-10", [(2025, 11, 19), (2026,)]),
    ("Both sides want to finish by the end of next year.", "2025-12-10", [(2026,)]),
    ("Officials may decide soon.", "2025-12-10", []),  # "may" the verb is no month
    ("The plant opened in 2019.", "2025", [(2019,)]),
    ("В ноябре прошло заседание.", "", []),  # an article without a date reads no day
])
def test_the_dates_a_sentence_tells_as_far_as_it_tells_them(sentence: str, article: str, told: list) -> None:
    assert dates_told(sentence, article) == told


@pytest.mark.parametrize(("sentence", "article", "past"), [
    ("3 декабря в Тарнове прошло заседание комиссии.", "2025-12-10", True),
    ("3 декабря в Тарнове пройдёт заседание комиссии.", "2025-12-01", False),  # after the article: still to come
    ("В ноябре в Тарнове прошло очередное заседание.", "2025-12-10", True),
    ("В декабре комиссия соберётся снова.", "2025-12-10", False),  # the article's own month is no month before it
    ("Торги назначены на 15 января.", "2025-12-10", False),
    ("The study was presented on 15 July 2025 and says work would start in 2027.", "2025-12-10", False),
    ("EU governments gave the Commission a mandate in July 2025.", "2025-12-10", True),
])
def test_a_question_about_what_is_to_come_is_not_answered_by_a_day_before_the_article(sentence: str, article: str,
                                                                                       past: bool) -> None:
    assert another_year(set(), [], "later", int(article[:4]), sentence, article) is past
    assert another_year(set(), [], "date", int(article[:4]), sentence, article) is False  # "when did …?" may be


def test_the_evidence_check_reads_the_day_against_the_articles_date() -> None:
    asked = requirements("When will the Tarnow water commission meet next?")
    assert "later" in asked.answer_types
    met = "The Tarnow water commission met in Velgrad on 3 December."
    meets = "The Tarnow water commission will meet again in Velgrad on 15 January."
    assert not window_satisfies(asked, met, "", [met], 2025, "2025-12-10")
    assert window_satisfies(asked, met, "", [met], 2025, "2025-11-20")  # 3 December was still to come
    assert window_satisfies(asked, met, "", [met], 2025)  # without the day, the year alone decides, as before
    assert window_satisfies(asked, meets, "", [meets], 2025, "2025-12-10")


def test_a_date_withheld_beside_the_best_sentence_withholds_a_question_asking_when_but_no_count(tmp_path: Path) -> None:
    index = assistant_over(tmp_path, {"en.txt": EN}).service.snapshot.index
    beside, _, _ = _candidates(index, "Officials expect the first berth")  # "No date has been set …" just before it
    assert withholds(index, beside, requirements("When will construction of the second port start?"))
    assert not withholds(index, beside, requirements("How many workers will build the second port?"))
    assert withholds(index, beside)  # read without a question, it still says something is not known


def test_a_date_withheld_with_words_between_is_read_and_asking_for_the_day_asks_when() -> None:
    for sentence in ("Дата следующего заседания комиссии пока не согласована.", "Сроки начала строительства не определены.",
                     "Следующее заседание пройдёт в Тарнове, но сроки его пока не определены."):
        assert lang_data("ru").withheld.search(sentence), sentence
    assert lang_data("en").withheld.search("The airline plans to resume the route, though no date has yet been set.")
    for sentence in ("Сроки начала строительства определены правительством.", "Дата заседания назначена на 3 марта."):
        assert not lang_data("ru").withheld.search(sentence), sentence
    assert requirements("На какое число назначено мартовское заседание комиссии в Тарнове?").wants_date


@pytest.mark.parametrize(("question", "past"), [
    ("When did Veldrania choose a builder for its second port?", True),
    ("In which year was the old port opened?", True),
    ("When were the first ships unloaded?", True),
    ("When will construction of the second port start?", False),
    ("When was the second berth expected to open?", False),  # a time still to come, seen from the past
    ("Когда Вельдрания подала заявку на вступление?", True),
    ("Когда стороны подписали соглашение о пункте пропуска?", True),
    ("В каком году Молдария вышла из союза?", True),
    ("В каком году Вельдрания вышел из договора?", True),
    ("Когда был открыт старый пункт пропуска?", True),
    ("Когда откроется новый канал?", False),  # a noun ending like a verb in the past: «канал», «недели», «цели»
    ("Когда начнутся поставки в течение недели?", False),
    ("Когда будет подписано соглашение?", False),
    ("Когда был должен открыться пункт пропуска?", False),
])
def test_a_question_asking_of_what_has_happened_is_told_from_one_of_what_is_to_come(question: str, past: bool) -> None:
    assert requirements(question).past is past


def test_a_time_still_to_be_set_withholds_no_day_of_what_has_happened(tmp_path: Path) -> None:
    index = assistant_over(tmp_path, {"en.txt": EN}).service.snapshot.index
    beside, _, _ = _candidates(index, "Officials expect the first berth")  # "No date has been set …" just before it
    assert withholds(index, beside, requirements("When will construction of the second port start?"))
    assert not withholds(index, beside, requirements("When did Veldrania choose a consortium for its second port?"))


def test_a_withholding_ending_on_when_withholds_a_time_only(tmp_path: Path) -> None:
    text = EN.replace("No date has been set for the start of construction.",
                      "The harbour authority has not said when construction will start.")
    index = assistant_over(tmp_path, {"en.txt": text}).service.snapshot.index
    beside, _, _ = _candidates(index, "Officials expect the first berth")
    assert withholds(index, beside, requirements("When will construction of the second port start?"))
    assert not withholds(index, beside, requirements("How many workers will the harbour authority hire?"))
    assert not withholds(index, beside, requirements("When did Veldrania choose a consortium for its second port?"))
    assert withholds(index, beside)  # read without a question, it still says something is not known
