"""A journal's two-column PDF, a slide deck, a forum thread and a blog's boxes, by form (cleaning 28).

- PDF: a title set on three lines is one headline; a two-column body under a wide abstract keeps its
  paragraphs whole; a numbered heading stands apart from the line of keywords above it; each bullet of a slide
  opens a paragraph; a running head set on one page only (an odd page's short title) goes when all its words are
  the title's or the authors'.
- Forum: each post's profile fields ("Posts: 1 234" on three posts or more, with values that differ), a reply's
  "Re: <topic>" subject, a pagination bar, a "Return to «forum»" link, and "Who is online" at the page's end.
- Blog: a signature, an author box and a "Cite this article" box, by the class names platforms give them.
- A journal's back matter run together in one paragraph, or in paragraphs parted by blank lines.
- A dash that says "is" in Russian («Доля зерна — 46%, металлов — 17%») is no menu; a speaker's line
  («А. В. Лорнов, заместитель министра …, Вельд, 4 декабря 2025 г.») is the authors'.

The texts are written for these tests; the forms follow eval/unseen20/, whose chrome lines tests/test_fresh_sets.py
checks over the whole pipeline.
"""

from __future__ import annotations

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

TITLE = "Berths before Ferries: Port Management among the Lorna States after the Veld Protocol"
COLUMN = ["The Veld Protocol was signed on", "16 October 2025 at the third", "session of the port council of",
          "the northern shore. It sets a joint", "quota of berths for each state and", "a register of ferries.",
          "The register will be kept in Veld", "and paid for by the three ports", "in equal parts from 2027 on."]


def test_a_two_column_page_keeps_its_paragraphs_and_its_title_and_headings_stand_apart() -> None:
    from assistant.ingest.formats.pdf import join_lines

    wide = ["In October 2025 the three states of the northern shore signed the Veld Protocol on",
            "berths and ferries, which this article reviews against the data of the port council",
            "and of the ferry lines themselves. We argue that the protocol is a modest gain for",
            "the ports of the shore but leaves the most important question, who pays for the new",
            "berths of the island, without an answer, and that its register of ferries will be",
            "hard to keep."]
    lines = ["Journal of Lorna Port Studies", "Berths before Ferries: Port", "Management among the Lorna States",
             "after the Veld Protocol", "Abstract", *wide,
             "Keywords: berths; ferries; Lorna; port councils; quotas; registers of ships and their owners",
             "1. Introduction", *COLUMN]
    paragraphs = join_lines(lines, TITLE).split("\n\n")
    assert TITLE in paragraphs  # three lines, one headline
    assert "1. Introduction" in paragraphs  # not glued to the keywords above it
    assert any(p.startswith("Keywords:") and "Introduction" not in p for p in paragraphs)
    body = " ".join(COLUMN[:6])
    assert body in paragraphs and " ".join(COLUMN[6:]) in paragraphs  # the column's two paragraphs, each whole
    assert " ".join(wide) in paragraphs  # the wide abstract ends where it ends


def test_each_bullet_of_a_slide_opens_a_paragraph_and_a_wrapped_bullet_stays_whole() -> None:
    from assistant.ingest.formats.pdf import join_lines

    lines = ["Паромные линии: основные параметры",
             "• Линия проходит от Вельда до Лорны через два порта северного берега и один остров",
             "в заливе", "• Протяжённость линии — около 240 км", "• Срок в пути сократился до 9 часов (в 2023 г. — 14)"]
    paragraphs = join_lines(lines).split("\n\n")
    assert "• Линия проходит от Вельда до Лорны через два порта северного берега и один остров в заливе" in paragraphs
    assert "• Протяжённость линии — около 240 км" in paragraphs
    assert "• Срок в пути сократился до 9 часов (в 2023 г. — 14)" in paragraphs


def test_a_running_head_on_one_page_goes_when_its_words_are_the_titles() -> None:
    from assistant.ingest.formats.pdf import _without_short_title

    meta = {"title": TITLE, "author": "Anna Veld, Tom Harl"}
    page = ["BERTHS BEFORE FERRIES AFTER THE VELD PROTOCOL", *COLUMN, "213"]
    assert _without_short_title(page, meta) == [*COLUMN, "213"]
    heading = ["The register and the ferries", *COLUMN]  # "register" is no word of the title: a heading, kept
    assert _without_short_title(heading, meta) == heading


def test_a_forums_profile_fields_subjects_pagination_and_links_go_and_the_posts_stay() -> None:
    posts = []
    for name, count, town in (("ivan_veld", "1 234", "Вельд"), ("anna_l", "38", "Лорна"), ("tom_h", "2 071", "Порт")):
        posts += [f"{name}: Завсегдатай", "", f"Сообщения: {count}", "", f"Откуда: {town}", "",
                  "Re: Паромы северного берега после закрытия линии", ""]
        posts += [RUSSIAN if name != "anna_l" else RUSSIAN_MORE, "", "Вернуться к началу", ""]
    page = ["# Паромы северного берега после закрытия линии", "", "Ответить", "",
            "17 сообщений • Страница 1 из 3 • 1, 2, 3 След.", "", *posts,
            "Вернуться в «Паромы и порты»", "", "Кто сейчас на конференции", "",
            "Сейчас этот форум просматривают: нет зарегистрированных пользователей и 7 гостей"]
    reasons = reasons_of(page, "markdown")
    for chrome in ("Сообщения: 1 234", "Сообщения: 38", "Откуда: Лорна", "Re: Паромы северного берега после закрытия линии",
                   "17 сообщений • Страница 1 из 3 • 1, 2, 3 След.", "Вернуться к началу", "Ответить",
                   "Вернуться в «Паромы и порты»", "Кто сейчас на конференции"):
        assert reasons[chrome] is not None, chrome
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None
    # one labelled line, or one label with the same value thrice (a heading repeated), is the article's
    kept = reasons_of(["# Паромы", "", "Откуда: из Вельда", "", RUSSIAN, "", "Итоги: паромы и причалы", "", RUSSIAN_MORE,
                       "", "Итоги: паромы и причалы", "", "Итоги: Паромы и причалы"], "markdown")
    assert kept["Откуда: из Вельда"] is None and kept["Итоги: паромы и причалы"] is None
    assert reasons_of(["# Lorna", "", PROSE, "", "Return to growth in the ferry trade", "", MORE],
                      "markdown")["Return to growth in the ferry trade"] is None  # no quoted forum: a heading


def test_a_posts_signature_an_author_box_and_a_cite_box_go_by_their_class() -> None:
    from assistant.ingest.cleaning import clean

    html = (f"<html><body><article><h1>Ferries of Lorna</h1><p>{PROSE}</p>"
            "<div class='signature'>Looking for berths in Veld? Write to me in private.</div>"
            f"<p>{MORE}</p>"
            "<div class='cite-box'><h4>Cite this article</h4><p>Veld, A. (2025). Ferries of Lorna. Lorna Institute.</p></div>"
            "<div class='site-single-author-box'><p class='author-bio'>Anna Veld is a fellow of the Lorna Institute.</p>"
            "<a href='/author/veld'>View all posts by Anna Veld</a></div>"
            "</article></body></html>")
    text = clean(html, "html").text
    assert PROSE in text and MORE in text
    for chrome in ("Looking for berths", "Cite this article", "Veld, A. (2025)", "Anna Veld is a fellow", "View all posts"):
        assert chrome not in text, chrome


def test_back_matter_run_together_or_parted_by_blank_lines_goes() -> None:
    together = ("Funding: The study was paid for by the Lorna Port Fund (grant LPF-08). Conflict of interest: The authors "
                "declare none.")
    reasons = reasons_of(["# Ferries of Lorna", "", PROSE, "", MORE, "", together], "markdown")
    assert reasons[together] == "back matter"
    thanks = "Acknowledgements: We thank the harbour masters who agreed to be interviewed."
    data = "Data availability: The counts are available from the authors on request."
    parted = reasons_of(["# Ferries of Lorna", "", PROSE, "", MORE, "", thanks, "", data], "markdown")
    assert parted[thanks] == parted[data] == "back matter"
    alone = "Funding: the port and the fund share the cost of the new berths equally."
    assert reasons_of(["# Ferries of Lorna", "", PROSE, "", alone, "", MORE], "markdown")[alone] is None


def test_a_dash_that_says_is_is_no_menu_and_a_speakers_line_is_the_authors() -> None:
    shares = "• Доля паромов в грузопотоке — 46%, барж — 17%, танкеров — 12%"
    crossings = "• Пристани: Вельд — Лорна (остров — берег) и Порт — Мыс"
    menu = "Главная — Новости — Порты — Паромы"
    speaker = "А. В. Лорнов, заместитель министра транспорта северного берега Вельд, 4 декабря 2025 г."
    reasons = reasons_of(["# Паромы северного берега", "", speaker, "", RUSSIAN, "", shares, "", crossings, "",
                          RUSSIAN_MORE, "", menu], "markdown")
    assert reasons[shares] is None and reasons[crossings] is None
    assert reasons[menu] is not None
    assert reasons[speaker] == "authors"
    said = "А. В. Лорнов, заместитель министра, сказал, что паромы пойдут в апреле."
    assert reasons_of(["# Паромы", "", RUSSIAN, "", said, "", RUSSIAN_MORE], "markdown")[said] is None


def test_a_sentence_left_open_at_a_pages_end_goes_on_overleaf_and_a_slides_bullets_do_not() -> None:
    from assistant.ingest.formats.pdf import _joined_across_pages

    open_end = "The survey of 2024 counted the ferries of the three ports at about 410 hulls,"
    pages = [f"{PROSE}\n\n{open_end}", f"against roughly 520 in 2019. {MORE}\n\n2. The berths"]
    joined = _joined_across_pages(pages)
    assert joined[0].endswith(f"{open_end} against roughly 520 in 2019. {MORE}") and joined[1] == "2. The berths"
    slides = ["• Линия проходит от Вельда до Лорны через два порта северного берега", "Причалы и терминалы\n\n• Два причала"]
    assert _joined_across_pages(slides) == slides  # a slide's last bullet, the next slide's title
    closed = [PROSE, MORE]
    assert _joined_across_pages(closed) == closed
