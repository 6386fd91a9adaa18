"""Questions a reader may mistype: another language than English or Russian, a misspelt name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over
from tests.test_highlight import ARTICLE


@pytest.mark.parametrize(
    "question,other",
    [
        ("Wie viel kostet der Windpark für Veltmark?", True),
        ("Велтмарктағы жел электр станциясын кім қаржыландырады?", True),
        ("谁为风电场提供资金？", True),
        ("¿Quién paga la línea eléctrica de Ostra?", True),
        ("Who pays for the Veltmark wind farm?", False),
        ("Кто платит за ветровую станцию в Велтмарке?", False),
        ("Veltmark wind farm cost", False),
        ("What did Erdoğan say about Türkiye?", False),
        ("Что сказал Қасым-Жомарт Токаев?", False),
    ],
)
def test_a_question_in_another_language_says_which_languages_are_read(
    question: str, other: bool, tmp_path: Path
) -> None:
    from assistant.limits import OTHER_LANGUAGE_NOTICE, other_language_notice

    assert (other_language_notice(question) == OTHER_LANGUAGE_NOTICE) is other
    if other:
        assert "English and Russian" in OTHER_LANGUAGE_NOTICE


def test_the_answer_carries_the_other_language_notice(tmp_path: Path) -> None:
    from assistant.limits import OTHER_LANGUAGE_NOTICE
    bot = assistant_over(tmp_path, {"veltmark.txt": ARTICLE})
    assert OTHER_LANGUAGE_NOTICE in bot.ask("Wie viel kostet der Windpark für Veltmark?").notices
    assert OTHER_LANGUAGE_NOTICE not in bot.ask("Who pays for the Veltmark wind farm?").notices


@pytest.mark.parametrize(
    "question,suggested",
    [
        ("Who pays for the wind farm in Veltmrak?", "Veltmark"),
        ("Does Norlend pay for the lines?", "Norland"),
        ("Кто строит станцию в Велтмрке?", "Велтмарке"),
        ("Who pays for the wind farm in Veltmark?", None),
        ("What did Brask's government say?", None),
        ("Кто строит станцию в Велтмарком?", None),  # another form of a name the corpus writes
        ("Does Norland's operator pay?", None),
        ("What did the Norlanders pay?", None),  # a longer form, not a misspelling
        ("Who pays in Zembla?", None),  # no name of the corpus is near
    ],
)
def test_a_misspelt_name_gets_the_corpus_spelling(question: str, suggested: str | None) -> None:
    from assistant.search.names import corpus_names

    english = ("The wind farm in Veltmark is paid by Norland. President Orlan Brask said so. "
               "In Veltmark the operator of Norland pays for the lines.")
    russian = "Станцию в Велтмарке строит оператор из Норланда. В Велтмарке ждут решения."
    names = corpus_names([("en", english, None), ("ru", russian, None)])
    notices = names.spelling_notices(question)
    if suggested is None:
        assert notices == []
    else:
        assert len(notices) == 1 and f"did you mean “{suggested}”?" in notices[0]


def test_a_misspelt_name_is_checked_by_the_corpus_spelling() -> None:
    """The evidence check looks for the name the notice suggests, also a word of a longer name ("Setanta" of
    "Setanta Sports"), and leaves a name the corpus writes, or one with no near spelling, as asked."""
    from assistant.search.evidence import requirements
    from assistant.search.names import corpus_names

    names = corpus_names([("en", "Orsk Telecom Holdings will launch in March. The farm in Veltmark pays, and Veltmark waits. "
                           "The office of Tarin met the Tarkins.", None),
                          ("ru", "Ферма в Велтмарке платит, а Велтмарк ждёт.", None)])
    assert names.spelt_as("Telekom") == "telecom" and names.spelling_notices("Did Telekom launch?")
    assert requirements("When will Orsk Telekom Holdings launch?", names).names == ("orsk", "telecom", "holdings")
    assert requirements("Who pays for Veltmrak?", names).names == ("veltmark",)
    assert requirements("Who pays for Veltmark?", names).names == ("veltmark",)
    assert requirements("Who pays for Zembla?", names).names == ("zembla",)
    assert requirements("Who met the Tarins?", names).names == ("tarins",)  # a form of "Tarin", not "Tarkins" misspelt
    assert requirements("Кто платит за Вялтмарк?", names).names == ("велтмарк",)


def test_the_answer_names_the_corpus_spelling(tmp_path: Path) -> None:
    bot = assistant_over(tmp_path, {"veltmark.txt": ARTICLE})
    assert "No article writes “Veltmrak”; did you mean “Veltmark”?" in bot.ask("Who pays for Veltmrak?").notices
    assert not any("did you mean" in n for n in bot.ask("Who pays for Veltmark?").notices)
