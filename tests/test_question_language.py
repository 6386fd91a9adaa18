"""A question in neither English nor Russian gets a notice naming the languages the assistant reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.settings import Settings
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
    from tests.conftest import FakeEmbedder

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "veltmark.txt").write_text(ARTICLE, encoding="utf-8")
    settings = Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    embedder = FakeEmbedder()
    build_index(settings, embedder)
    bot = Assistant.load(settings, embedder=embedder, rebuild=False)
    assert OTHER_LANGUAGE_NOTICE in bot.ask("Wie viel kostet der Windpark für Veltmark?").notices
    assert OTHER_LANGUAGE_NOTICE not in bot.ask("Who pays for the Veltmark wind farm?").notices
