"""Language knowledge is data, names come from the corpus: no place or publisher named in code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.ingest.langdata import LANGUAGES, lang_data, script_language

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"

# Central Asian places, neighbours and publishers of this subject: none may appear in library code.
FORBIDDEN = [
    "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Afghanistan", "Astana",
    "Almaty", "Tashkent", "Samarkand", "Bishkek", "Dushanbe", "Ashgabat", "Fergana", "Caspian",
    "Kazakh", "Uzbek", "Kyrgyz", "Tajik", "Turkmen", "Tokayev", "Mirziyoyev", "Putin", "Kremlin",
    "Chatham House", "Valdai", "Capital Cities", "Eurasianet", "Akorda", "Kun.uz", "Azattyq",
    "Казахстан", "Узбекистан", "Кыргызстан", "Киргизия", "Таджикистан", "Туркменистан", "Астана",
    "Ташкент", "Бишкек", "Душанбе", "Ашхабад", "Токаев", "Мирзиёев", "Валдай", "Фергана",
]


def test_no_place_or_publisher_name_in_library_code() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for name in FORBIDDEN:
            if re.search(rf"(?i)(?<![\w]){re.escape(name)}", text):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}: {name}")
    assert not offenders, offenders


def test_the_grep_would_catch_a_name() -> None:
    sample = "PLACES = {'uzbekistan', 'astana'}"
    assert any(re.search(rf"(?i)(?<![\w]){re.escape(n)}", sample) for n in FORBIDDEN)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_file_has_the_lists_the_code_reads(code: str) -> None:
    data = lang_data(code)
    assert data.code == code
    assert data.question_words and data.function_words and data.lead_phrases and data.pronouns
    assert data.widgets and data.when.pattern and data.how_many.pattern
    assert all(p == p.lower() for p in data.lead_phrases)


def test_language_files_ship_as_package_data() -> None:
    import tomllib

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]["assistant"]
    assert "data/lang/*.json" in package_data and "data/*.json" in package_data


@pytest.mark.parametrize(
    ("text", "code"),
    [("What did the minister say?", "en"), ("Что сказал министр?", "ru"), ("Что сказал NATO?", "ru"), ("", "en")],
)
def test_script_language(text: str, code: str) -> None:
    assert script_language(text) == code


def test_unknown_language_falls_back_to_english() -> None:
    assert lang_data("xx").code == "en"


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_type_like_another_reads_its_cues_and_evidence(code: str) -> None:
    types = {t.name: t for t in lang_data(code).answer_types}
    counted, count = types["counted"], types["count"]
    assert counted.cues.pattern == count.cues.pattern and counted.evidence.pattern == count.evidence.pattern
    assert counted.counted and not count.counted and count.default and counted.default


def test_an_answer_type_asks_the_same_kind_of_thing_in_every_language() -> None:
    from assistant.ingest.langdata import all_lang_data

    kinds: dict[str, set[str]] = {}
    for lang in all_lang_data():
        for t in lang.answer_types:
            kinds.setdefault(t.name, set()).add(t.kind)
    assert all(len(k) == 1 for k in kinds.values()), kinds
    assert set().union(*kinds.values()) <= {"amount", "time", "duration", "which", ""}
    assert kinds["money"] == {"amount"} and kinds["later"] == {"time"}
