"""Evidence checks behind abstention, on real lines of the corpus."""

from __future__ import annotations

import pytest

from assistant.search.evidence import passage_has_evidence, requirements, window_satisfies

GDP_ROWS = [
    "Country: Kazakhstan; projected GDP Growth (2025): 4.0%; Key Sector to Expand: Renewable Energy.",
    "Country: Uzbekistan; projected GDP Growth (2025): 5.2%; Key Sector to Expand: Technology.",
    "Country: Kyrgyzstan; projected GDP Growth (2025): 3.5%; Key Sector to Expand: tourism.",
]


@pytest.mark.parametrize(
    "question,sentences,expected",
    [
        ("What is Uzbekistan's projected GDP growth for 2025?", GDP_ROWS, True),
        ("What is Turkmenistan's GDP growth forecast for 2025?", GDP_ROWS, False),
        ("What was Kazakhstan's GDP growth in 2031?", GDP_ROWS, False),
        ("On what date did Putin arrive in Astana?",
         ["Speaking in Astana, Kazakhstan’s capital, Putin celebrated the nations’ alliance."], False),
        ("Since when have the former Soviet states been independent?",
         ["These former Soviet states, independent since 1991, pursue varied alliances."], True),
        ("How many Central Asian migrants live in Russia?",
         ["Negative perceptions of migrants from Central Asia often emerge in Russia."], False),
        ("What reaction from Moscow could follow?",
         ["Aligning too closely with Western interests may provoke hostility from Russia."], True),
        ("What did the Turkish president discuss?",
         ["Turkey's president Erdogan discussed humanitarian cooperation."], True),
        ("Каков статус газопровода из Центральной Азии в Китай?",
         ["Газопровод Центральная Азия — Китай: нитка D строится."], True),
        ("Какие поставки получает Иран?", ["Ирак получает поставки зерна."], False),
    ],
)
def test_evidence(question: str, sentences: list[str], expected: bool) -> None:
    assert passage_has_evidence(requirements(question), sentences) is expected


def test_context_counts_for_names() -> None:
    req = requirements("What does the Chatham House table say about Tajikistan's main concern?")
    row = "Country: Tajikistan; Key Security Strategy: Neutral diplomacy; Main Concern: Border conflicts."
    assert not window_satisfies(req, row)
    assert window_satisfies(req, row, context="Playing both sides (Chatham House)")


def test_neighbouring_sentences_form_the_window() -> None:
    req = requirements("With which Gulf group did the C5 establish cooperation?")
    sentences = ["Such as the Gulf Cooperation Council (GCC) nations.", "The C5 established strategic cooperation with the GCC."]
    assert passage_has_evidence(req, sentences)
    assert not passage_has_evidence(req, sentences, span=0)
