"""eval/check_seeds.py: the seed question sets agree with eval/README.md and with the raw articles."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
CHECKER = REPO / "eval" / "check_seeds.py"


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_seeds", CHECKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_seed_question_files_pass_their_checker() -> None:
    """dev, test and follow-up: ids, kinds, answers inside the articles, counts as the README states them."""
    run = subprocess.run([sys.executable, str(CHECKER)], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "all checks passed (202 questions)" in run.stdout


# An article of our own: a plain line, a list whose items are separated by a blank line, a noisy line.
ARTICLE = """Harbour towns of the Pelican Coast
The ferry from Oldport to Saltmere carries 4,000 passengers a week across the bay.
  • Fishing: Mackerel and herring are landed at dawn.

  • Tourism: Summer visitors fill the guest houses of Saltmere.
The lighthouse keeper\u2819 repaired the lamp in the storm of 1911.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[ModuleType, dict[str, list[list[str]]], list[tuple[str, str]]]:
    checker = _checker()
    path = tmp_path / "pelican-coast.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    paragraphs = {path.name: checker.paragraphs(path)}
    flat = [(name, checker.harness_norm(" ".join(p))) for name, ps in paragraphs.items() for p in ps]
    return checker, paragraphs, flat


def _problems(corpus, **fields) -> list[str]:  # type: ignore[no-untyped-def]
    checker, paragraphs, flat = corpus
    question = {"id": "t001", "question": "Something?", "answers": [], "history": [], "kind": "prose", **fields}
    problems: list[str] = []
    checker.check_question("set:t001", question, "test", paragraphs, flat, Counter(), problems)
    return problems


def test_a_list_is_one_paragraph_and_good_answers_pass(corpus) -> None:  # type: ignore[no-untyped-def]
    _, paragraphs, _ = corpus
    assert [len(p) for p in paragraphs["pelican-coast.txt"]] == [1, 1, 2, 1]
    assert _problems(corpus, answers=[["Oldport", "4,000 passengers"]]) == []
    assert _problems(corpus, answers=[["Mackerel", "guest houses"]], kind="section") == []  # one list


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "prosee", "answers": [["Oldport"]]}, "unknown kind 'prosee'"),
        ({"kind": "unanswerable-absent", "answers": [["Oldport"]]}, "kind unanswerable-absent but has answers"),
        ({"kind": "table"}, "kind table without answers"),
        ({"kind": "followup", "answers": [["Oldport"]]}, "a history is needed exactly for follow-ups"),
        ({"history": ["Earlier?"], "answers": [["Oldport"]]}, "a history is needed exactly for follow-ups"),
        ({"answers": [["Harbour towns of the Pelican Coast"]]}, "is not 1-5 words"),
        ({"answers": [["a", "b", "c", "d"]]}, "needs 1-3 phrases"),
        ({"answers": [["Oldport", "Mackerel"]]}, "not inside one paragraph (line) or list"),  # two paragraphs
        ({"answers": [["keeper repaired"]]}, "between noise characters"),  # spans the noise character
        ({"answers": [["Tallinn"]]}, "not inside one paragraph"),
        ({"answers": "Oldport"}, "answers must be a list"),
        ({"extra": 1, "answers": [["Oldport"]]}, "fields ['extra'] missing or extra"),
    ],
)
def test_the_checker_catches(corpus, fields, message) -> None:  # type: ignore[no-untyped-def]
    problems = _problems(corpus, **fields)
    assert any(message in p for p in problems), problems


def test_answers_shared_by_too_many_paragraphs_are_caught(tmp_path: Path) -> None:
    checker = _checker()
    path = tmp_path / "repeats.txt"
    path.write_text("Saltmere herring.\nHerring of Saltmere again.\nSaltmere: herring once more.\n", encoding="utf-8")
    paragraphs = {path.name: checker.paragraphs(path)}
    flat = [(path.name, checker.harness_norm(" ".join(p))) for p in paragraphs[path.name]]
    problems: list[str] = []
    checker.check_alternative("x", "prose", ["Saltmere", "herring"], paragraphs, flat, problems)
    assert problems and "co-occur in 3 paragraphs" in problems[0]
