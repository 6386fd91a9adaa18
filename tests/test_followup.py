"""Follow-up resolution: entity carry-over, pronouns, complete questions left alone."""

from __future__ import annotations

import pytest

from assistant.followup import entities, is_elliptical, resolve_followup


@pytest.mark.parametrize(
    "history,question,expected",
    [
        (["What is Kazakhstan's projected GDP growth for 2025?"], "And Uzbekistan?",
         "What is Uzbekistan’s projected GDP growth for 2025?"),
        (["What is Kazakhstan's key ally according to Chatham House?"], "And Kyrgyzstan's?",
         "What is Kyrgyzstan’s key ally according to Chatham House?"),
        (["What are Kazakhstan's main exports?"], "What about Tajikistan?", "What are Tajikistan’s main exports?"),
        (["What did Tokayev propose for Central Asia's security?"], "What did he say about the GCC?",
         "What did Tokayev say about the GCC?"),
        (["What did Tokayev say about neutrality?"], "Who supported his proposal?", "Who supported Tokayev’s proposal?"),
        (["Who is Shavkat Mirziyoyev?", "When did he come to power?"], "What did he change?",
         "What did Shavkat Mirziyoyev change?"),
    ],
)
def test_followups_are_resolved(history: list[str], question: str, expected: str) -> None:
    assert resolve_followup(question, history) == expected


@pytest.mark.parametrize(
    "question",
    [
        "When did China overtake Russia as Central Asia's top trade partner?",
        "What is the average age of the population in Central Asia according to the Valdai article?",
        "Which Turkish president discussed transport cooperation?",
    ],
)
def test_complete_questions_are_unchanged(question: str) -> None:
    assert resolve_followup(question, ["What is the C5?"]) == question


def test_no_history_no_change() -> None:
    assert resolve_followup("And Uzbekistan?", []) == "And Uzbekistan?"
    assert resolve_followup("And Uzbekistan?", ["", "  "]) == "And Uzbekistan?"


def test_and_followed_by_a_full_question_drops_the_and() -> None:
    assert resolve_followup("And what does the SCO focus on?", ["What does the UN do?"]) == "What does the SCO focus on?"


def test_unresolvable_pronoun_keeps_the_earlier_topic() -> None:
    out = resolve_followup("What does it influence?", ["Which civic movement does Chatham House list?"])
    assert "What does it influence?" in out and "civic movement" in out


def test_entities_and_ellipsis() -> None:
    found = entities("Besides Russia, which powers does Kazakhstan engage with?")
    assert [(e.text, e.kind) for e in found] == [("Russia", "place"), ("Kazakhstan", "place")]
    assert [(e.text, e.kind) for e in entities("What did Tokayev tell the CSTO?")] == [("Tokayev", "person"), ("CSTO", "org")]
    assert is_elliptical("And Uzbekistan?") and is_elliptical("What about the opportunities?")
    assert not is_elliptical("Where did Putin celebrate the alliance?")


def test_context_is_searched_but_not_required() -> None:
    from assistant.followup import resolve

    out = resolve("What does he say about Azerbaijan?", ["Who wrote the Valdai article on Central Asia and Russia?"])
    assert "Valdai" in out.search  # the earlier turn helps retrieval ...
    assert out.focus == "What does he say about Azerbaijan?"  # ... but evidence is judged on the question itself
    person = resolve("What did he say about the GCC?", ["What did Tokayev propose?"])
    assert person.search == person.focus == "What did Tokayev say about the GCC?"
