"""A notes app's Markdown (ingest/cleaning.py, `_note_furniture`): its workings go, its prose stays."""

from __future__ import annotations

from assistant.ingest.cleaning import clean


def test_a_notes_app_s_query_blocks_tasks_and_embedded_files_go_from_markdown() -> None:
    """A note's dataview block, its task list and an embedded chart are its workings: they go, its prose and an
    ordinary code-free list stay."""
    note = (
        "# Ferries to Vettin\n\nThe line now runs nine crossings a week, up from six in the spring.\n\n"
        "![[crossings-chart.png]]\n\n- The port wants twelve crossings by next spring.\n\n## Tasks\n\n"
        "- [ ] check the harbour's figures for May\n- [x] ask the ferry line about fares\n\n"
        "```dataview\nTABLE status FROM #ports\nSORT created DESC\n```\n\n## Sources\n\nThe harbour authority's report.\n"
    )
    text = clean(note, "markdown").text
    assert "nine crossings a week" in text and "twelve crossings by next spring" in text
    for gone in ("crossings-chart", "check the harbour", "ask the ferry line", "TABLE status", "SORT created"):
        assert gone not in text, gone
