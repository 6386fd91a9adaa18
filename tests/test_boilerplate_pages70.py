"""Cleaning 70, for fresh dev set 61's open letter: a header's label alone ("To:", «Кому:») over the short lines of the
letter's addressees goes with them, and so does a letter's closing ("Yours sincerely,", «С уважением,») with its signer's
short lines. The texts are written for these tests."""

from __future__ import annotations

from assistant.ingest.cleaning import clean

LETTER = """# Open letter to the ministers of Lorna and Vettin on the ferry workers' papers

To:

The Minister of Foreign Affairs of Lorna

The Minister of the Interior of Vettin

Copied to: the Inland Sea Ferry Commission

Dear Ministers,

We write on behalf of 2,140 ferry workers who have crossed the Inland Sea between Lorna and Vettin for a decade
without a residence card on either shore, and we ask you to agree a common card before the 2026 season.

The commission has counted the workers and has offered to issue the cards at its own cost, which it puts at 38,000
dollars, if both ministries accept a single form before 1 March 2026.

Yours sincerely,

The undersigned

Signatories

Inland Sea Ferry Workers' Union (Lorna)

Brannock Legal Aid Clinic (Vettin)
"""

ПИСЬМО = """# Письмо о паромных сборах

Кому:

Министерству транспорта Лорны

Уважаемые коллеги,

Ассоциация перевозчиков просит снизить паромный сбор на линии Лорна — Веттин с 40 до 25 долларов за грузовик с
1 января 2026 года: за девять месяцев 2025 года число рейсов упало на 18 процентов.

С уважением,

Анна Вельдова

председатель ассоциации
"""


def test_the_addressees_and_the_signer_of_a_letter_go() -> None:
    kept = clean(LETTER, "markdown").text
    assert "2,140 ferry workers" in kept and "38,000" in kept
    for chrome in ("To:", "The Minister of Foreign Affairs of Lorna", "The Minister of the Interior of Vettin",
                   "Copied to:", "Yours sincerely", "The undersigned"):
        assert chrome not in kept, chrome


def test_a_russian_letter_loses_its_addressee_and_signer() -> None:
    kept = clean(ПИСЬМО, "markdown").text
    assert "с 40 до 25 долларов" in kept
    for chrome in ("Кому:", "Министерству транспорта Лорны", "С уважением", "Анна Вельдова", "председатель ассоциации"):
        assert chrome not in kept, chrome


def test_a_label_over_a_sentence_and_a_closing_over_prose_stay() -> None:
    text = LETTER.replace("The Minister of Foreign Affairs of Lorna\n\nThe Minister of the Interior of Vettin\n\n"
                          "Copied to: the Inland Sea Ferry Commission\n\n", "").replace(
        "To:\n\n", "To:\n\nThe ministers of both shores have received this letter twice before and answered neither "
                   "time, so we now write to them in public.\n\n").replace(
        "The undersigned\n\n", "The letter was delivered to both ministries on 4 November 2025 by hand.\n\n")
    kept = clean(text, "markdown").text
    assert "answered neither time" in kept
    assert "delivered to both ministries" in kept
