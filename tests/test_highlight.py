"""The highlight marks a sentence that can answer, never the article's title or a section heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.records import Highlight
from assistant.sentences import answering_highlight, is_heading
from tests.conftest import assistant_over

ARTICLE = (
    "Veltmark Wind Farm Financing Agreed\n\n"
    "Ministers of three countries agreed in March how to pay for the Veltmark wind farm. "
    "The development bank of Norland will lend most of the money over twenty years.\n\n"
    "Who pays for the grid\n\n"
    "The transmission lines will be paid by the grid operator of Ostra. "
    "Work on them starts next spring.\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def test_titles_and_headings_are_told_from_sentences() -> None:
    title = "Veltmark Wind Farm Financing Agreed"
    assert is_heading(ARTICLE, *_span(ARTICLE, title), title)
    assert is_heading(ARTICLE, *_span(ARTICLE, "Who pays for the grid"))
    assert not is_heading(ARTICLE, *_span(ARTICLE, "Work on them starts next spring."))
    list_item = "Partners:\n- the development bank\n- the grid operator\n\nThe end."
    assert not is_heading(list_item, *_span(list_item, "- the development bank"))


@pytest.mark.parametrize("heading", ["Veltmark Wind Farm Financing Agreed", "Who pays for the grid"])
def test_a_heading_chosen_by_ranking_gives_way_to_the_passage_sentence(heading: str) -> None:
    found = Highlight(heading, *_span(ARTICLE, heading))
    out = answering_highlight(ARTICLE, 0, len(ARTICLE), "Who pays for the grid lines?", found, ARTICLE.split("\n")[0])
    assert out is not None and out.text == "The transmission lines will be paid by the grid operator of Ostra."
    assert ARTICLE[out.start : out.end] == out.text


def test_the_answer_never_highlights_the_title(tmp_path: Path) -> None:
    bot = assistant_over(tmp_path, {"veltmark.txt": ARTICLE})
    for question in ("Veltmark Wind Farm Financing Agreed", "Who pays for the grid"):
        answer = bot.ask(question, k=3)
        assert answer.passages
        for p in answer.passages:
            assert p.highlight is not None
            assert p.highlight.text not in {"Veltmark Wind Farm Financing Agreed", "Who pays for the grid"}
            assert p.start <= p.highlight.start < p.highlight.end <= p.end



def test_a_question_asking_a_price_highlights_the_sentence_that_gives_it() -> None:
    from assistant.search.evidence import requirements, sentence_test
    from assistant.sentences import answering_highlight

    # written for this test: the capacity sentence is closer in words, the price sentence answers
    text = ("Harbour Gate terminal\n\nThe Harbour Gate terminal is designed to handle 400,000 containers a year. "
            "Its total cost is put at $340 million, paid over six years. Work starts in May.")
    question = "How much will the Harbour Gate terminal cost?"
    s = text.index("The Harbour Gate terminal is")
    closer = Highlight(text=text[s:text.index(" Its total")], start=s, end=text.index(" Its total"))
    gives = sentence_test(requirements(question), "en", "en")
    assert gives is not None
    got = answering_highlight(text, 0, len(text), question, closer, "Harbour Gate terminal", gives)
    assert got is not None and got.text.startswith("Its total cost is put at $340 million")
    assert text[got.start:got.end] == got.text  # exact offsets
    # without the test, or when the sentence found already gives the value, the sentence found stays
    assert answering_highlight(text, 0, len(text), question, closer, "Harbour Gate terminal") == closer
    assert answering_highlight(text, 0, len(text), question, got, "Harbour Gate terminal", gives) == got
    # nothing asked for, or a passage in another language: no test
    assert sentence_test(requirements("Who runs the Harbour Gate terminal?"), "en", "en") is None
    assert sentence_test(requirements(question), "en", "ru") is None


def test_a_list_number_split_off_its_heading_is_never_the_highlight() -> None:
    from assistant.search.evidence import requirements, sentence_test

    # written for this test: "1. Introduction" is split into "1." and "Introduction"
    text = "We study the ferries on the lake.\n\n1. Introduction\n\nThe Monday newsletter has 4,000 readers. It began in 2019."
    number = Highlight("1.", *_span(text, "1."))
    question = "How many readers does the Monday newsletter have?"
    got = answering_highlight(text, 0, len(text), question, number)
    assert got is not None and got.text == "The Monday newsletter has 4,000 readers."
    gives = sentence_test(requirements(question), "en", "en")  # "how many": the first sentence giving a figure
    assert gives is not None
    found = Highlight("We study the ferries on the lake.", *_span(text, "We study the ferries on the lake."))
    got = answering_highlight(text, 0, len(text), question, found, "", gives)
    assert got is not None and got.text == "The Monday newsletter has 4,000 readers."
