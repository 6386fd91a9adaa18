"""A notes app's Markdown and a forum's page: their workings and furniture go, their prose stays (ingest/cleaning.py, clean_html.py)."""

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


def test_a_forum_post_s_poster_and_the_thread_s_page_bar_go_by_their_class() -> None:
    """A forum page's poster box ("post-user": nickname, rank), its thanks line, the thread's line of facts and page
    bar go; the posts' text stays."""
    page = (
        '<html><body><h1 class="thread-title">Ferries to Vettin this winter</h1>'
        '<div class="thread-meta">Topic in «Shipping», started by Portwatcher, 03.12.2025.</div>'
        '<div class="pagenav">Page 1 of 2 Next ›</div>'
        '<div class="post"><div class="post-user"><span class="nick">Portwatcher</span><span class="rank">Old hand</span></div>'
        '<div class="post-text"><p>The line runs nine crossings a week since May, up from six in the spring.</p>'
        '<p>The port wants twelve crossings by next spring, and a second berth is planned.</p></div>'
        '<div class="post-thanks">Thanked by: Harbourfan, Lornasea</div></div>'
        '<div class="post"><div class="post-user"><span class="nick">Harbourfan</span></div>'
        '<div class="post-text"><p>The fares rose by a tenth in October, the ferry line told its agents.</p></div></div>'
        "</body></html>"
    )
    text = clean(page, "html").text
    assert "nine crossings a week" in text and "fares rose by a tenth" in text
    for gone in ("Old hand", "Thanked by", "Page 1 of 2", "started by Portwatcher"):
        assert gone not in text, gone
    assert "Portwatcher\n" not in text and "Harbourfan\n" not in text



def test_a_slide_s_bullets_are_neither_authors_nor_a_menu() -> None:
    """A deck's bullets, as a PDF's lines reach the line verdicts, end no sentence: «• 27 предприятий аккредитованы в
    Лорне, 11 — в Веттине» is no author line with affiliation marks, «• Нехватка контейнеров зимой — главное узкое
    место» no menu parted by a dash; a bar of items parted by bullets is still chrome."""
    from assistant.ingest.boilerplate import strip

    paragraphs = ["# Экспорт в Лорну: итоги года", "Ассоциация экспортёров",
                  "• 27 предприятий аккредитованы в Лорне, 11 — в Веттине",
                  "• Нехватка контейнеров зимой — главное узкое место маршрута",
                  "Главная • Новости • Экспорт • Контакты",
                  "Экспорт за десять месяцев вырос до 212 млн долларов, из них на Лорну пришлось 61 процент."]
    lines = [line for para in paragraphs for line in (para, "")]
    reasons = {v.line: v.reason for v in strip(lines)}
    assert reasons["• 27 предприятий аккредитованы в Лорне, 11 — в Веттине"] is None
    assert reasons["• Нехватка контейнеров зимой — главное узкое место маршрута"] is None
    assert reasons["Главная • Новости • Экспорт • Контакты"] is not None  # a bar of links: chrome
