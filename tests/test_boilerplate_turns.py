"""A transcript's short turns after a speaker's label are its prose, not bylines (cleaning 27).

"Host: Welcome back." and «Ведущий: Добрый день, …» open on a byline word and a colon, as "Author: Mara Olsen"
does; what follows the label tells them apart: a speaker's words (a question, an exclamation, or a sentence that
does not open on a name) against a name and a role. The texts are written for these tests.
"""

from __future__ import annotations

from chrome_support import PROSE, RUSSIAN, reasons_of

TURNS_EN = [
    "Host: Welcome back to the harbour hour.",
    "Guest: Why did the ferries stop in March?",
    "Host: The berths were full until the spring thaw.",
]
TURNS_RU = [
    "Ведущий: Добрый день, сегодня говорим о паромах.",
    "Гость: Почему причалы пустуют до апреля?",
    "Ведущая: Зимой залив замерзает, и суда стоят в порту.",
]
BYLINES = ["Author: Mara Olsen", "Host: Mara Olsen, transport economist", "Автор: Анна Вельд, обозреватель",
           "Ведущий: Иван Лорнов."]


def test_short_turns_after_a_speakers_label_stay() -> None:
    for heading, turns, prose in (("# Lorna ferries, episode 12", TURNS_EN, PROSE),
                                  ("# Паромы Лорны, выпуск 12", TURNS_RU, RUSSIAN)):
        reasons = reasons_of([heading, "", *[line for turn in turns for line in (turn, "")], prose], "markdown")
        for turn in turns:
            assert reasons[turn] is None, (turn, reasons[turn])


def test_a_label_over_a_name_is_still_a_byline() -> None:
    from assistant.ingest.boilerplate_lines import _is_byline, _vocab

    for line in BYLINES:
        assert _is_byline(line, _vocab()), line
    for line in TURNS_EN + TURNS_RU:
        assert not _is_byline(line, _vocab()), line
