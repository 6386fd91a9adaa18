"""A Q&A page's badges and a statement's mark are widgets (cleaning 41; the forms follow eval/unseen36/ and eval/unseen37/,
whose chrome lines tests/test_fresh_sets.py checks over the whole pipeline)."""

from __future__ import annotations

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of


def test_a_qa_pages_badges_and_a_statements_mark_go_and_the_prose_stays() -> None:
    """'Best answer' / «Лучший ответ» and 'Expert' / «Эксперт» over an answer, and a statement's 'Check against
    delivery' / «Проверять по факту выступления», alone on their lines, are widgets (data/lang)."""
    for badges, prose in ((["Check against delivery", "Best answer", "Expert"], [PROSE, MORE]),
                          (["Проверять по факту выступления", "Лучший ответ", "Эксперт"], [RUSSIAN, RUSSIAN_MORE])):
        lines = [badges[0], "", prose[0], "", badges[1], badges[2], "", prose[1]]
        reasons = reasons_of(lines)
        assert all(reasons[b] == "widget" for b in badges), reasons
        assert reasons[prose[0]] is None and reasons[prose[1]] is None
