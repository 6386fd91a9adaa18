"""The names an article's head gives and the cleaner drops are kept as its credits (ingest/credits.py), and the
evidence checks read them with its title (search/windows.context)."""

from __future__ import annotations

from pathlib import Path

from conftest import assistant_over

from assistant.ingest.boilerplate_lines import Verdict
from assistant.ingest.cleaning import clean
from assistant.ingest.credits import CREDIT_WORDS, head_credits
from assistant.search.windows import context

NOTE = """## CONCEPT NOTE

Harbour Links Facility · Call for proposals 2025/4 · Lot 2: Ferry services

# Ferry Desks: Faster Crossings on the Inland Sea

Project title: Ferry Desks – help for small traders on the Inland Sea

Applicant: Vettin Harbour Traders Foundation, Lorna Port

Partners: Brasia Women Merchants' Circle; Veldmark Ferry Users' Union

Countries: Lorna, Brasia, Veldmark

Total budget: EUR 820,000

## 1. Background

In a survey of 430 small traders carried out by the applicant at the two ferry terminals in 2025, most said the
queue for papers took longer than the crossing itself.

The project builds on an information desk that the applicant ran at the Lorna Port market in 2024.
"""
QUESTION = "How many small traders did the Vettin Harbour Traders Foundation survey at the ferry terminals?"


def test_a_concept_notes_record_details_and_masthead_are_its_credits_not_its_text() -> None:
    cleaned = clean(NOTE, "markdown")
    assert "Applicant: Vettin Harbour Traders Foundation, Lorna Port" in cleaned.credits
    assert "CONCEPT NOTE" in cleaned.credits and "Total budget: EUR" in cleaned.credits
    assert "820,000" not in cleaned.credits and "2025/4" not in cleaned.credits  # no figure of the head answers
    assert "Vettin Harbour Traders Foundation" not in cleaned.text and "survey of 430 small traders" in cleaned.text
    assert "survey" not in cleaned.credits and "Ferry Desks: Faster" not in cleaned.credits  # no prose, no headline


def test_credits_end_at_the_first_line_of_prose_and_skip_a_menu_of_short_masthead_lines() -> None:
    prose = "The ministry said on Monday that the new ferry line would carry forty thousand lorries a year."
    verdicts = [Verdict("LORNA DAILY", "masthead"), Verdict("", None), *(Verdict(x, "masthead") for x in ("AFRICA", "ASIA", "EUROPE")),
                Verdict("# A Headline of Well Over Twelve Words About the Ferry Line Across the Inland Sea", None),
                Verdict("By Anna Veld", "byline"), Verdict(prose, None), Verdict("By Someone Else", "byline")]
    assert head_credits(verdicts) == "LORNA DAILY · By Anna Veld"
    two = [Verdict("LORNA DAILY", "masthead"), Verdict("EUROPE", "masthead"), Verdict(prose, None)]
    assert head_credits(two) == "LORNA DAILY · EUROPE"  # two short lines are a masthead, not yet a menu


def test_a_byline_s_date_is_no_credit() -> None:
    prose = "The ministry said on Monday that the new ferry line would carry forty thousand lorries a year."
    verdicts = [Verdict("By Anna Veld | October 21, 2025 | 6 min read", "byline"), Verdict(prose, None)]
    assert head_credits(verdicts) == "By Anna Veld | | min read"


def test_credits_stop_before_the_line_that_would_pass_their_length() -> None:
    names = [Verdict(f"Reviewer {i}: Anna Veld, Professor of Politics, University of Lorna", "authors") for i in range(20)]
    credits = head_credits(names)
    assert credits and len(credits.split()) <= CREDIT_WORDS + 2 * credits.count(" · ")
    assert len(head_credits(names[:2]).split(" · ")) == 2


def test_a_name_only_in_the_credits_counts_as_present_for_the_evidence_checks(tmp_path: Path) -> None:
    bot = assistant_over(tmp_path, {"note.md": NOTE})
    index = bot.service.snapshot.index
    row = next(r for r, c in enumerate(index.chunks) if "survey of 430" in c.text)
    assert "Vettin Harbour Traders Foundation" in context(index, row)
    assert "Vettin Harbour Traders Foundation" in index.documents[index.chunks[row].doc_id].credits
    answer = bot.ask(QUESTION)
    assert not answer.abstained and "430" in answer.passages[0].text
    assert bot.ask("How many small traders did the Brannock Shipping Guild survey at the ferry terminals?").abstained
