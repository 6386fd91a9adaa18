"""A page saved as PDF, a poster, a syndicated copy and a read-later export (cleaning 34).

- A page a browser saved as PDF keeps its <title> as metadata, the headline's opening words and the site's name after
  a bar: the headline printed in the largest type titles it, and its first line is no running head. A slide program's
  placeholder ("PowerPoint Presentation") titles nothing.
- A superscript note mark in a correctly decoded Russian text stays a mark («¹ Институт …» is no «№ Институт …»).
- Authors with note marks under the headline ("А. Б. Петрова¹, В. Г. Сидоров²") and the affiliations those marks
  open go; an end mark ("– ENDS –") and an organisers' or sponsors' line go.
- A syndicated copy's notes ("Read the original at …", "This story is republished from …", "Report an issue with
  this story") and its row of buttons go.
- A read-later export's record ("Site: …" among its source, author, date and tags), the reader's own notes and the
  export line go; an infobox's long row of fields among chrome stays.
- Links side by side with nothing else between them are a list, one a line: under "Read also" they go.
- A credit right under the last paragraph ("Source: press service of the ministry") goes; under a table it stays.
- By their HTML class, a bar of reactions, a login box and a newsletter's sign-up box go; a post's bar of actions stays
  for the text rules, as its count of comments opens the comments. A bar «Класс! 214 Поделиться 52» goes.

The texts are written for these tests; the forms follow eval/unseen25/ to eval/unseen27/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

HEADLINE = ["Ferries of the northern shore:", "the board shares its berths with", "the new Lorna line"]
TITLED = "Ferries of the northern shore: the board shares its berths with the new Lorna line"


def _saved_page(path: Path, title: str | None) -> None:
    """A page as a browser prints it to PDF: its print header, the site's name and tagline, the headline in 24 points
    on three lines, a lead and the text in 10."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_auto_page_break(False)

    def put(y: float, size: float, text: str, style: str = "") -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.text(15, y, text)

    put(8, 7, f"12/12/25, 09:41 {title if title and title.isascii() else 'Lorna Weekly'}")  # the core font has no Cyrillic
    put(20, 14, "LORNA WEEKLY", "B")
    put(27, 9, "Independent reporting on the ports of the northern shore")
    for k, line in enumerate(HEADLINE):
        put(42 + 10 * k, 24, line, "B")
    lines = ["The ferry operators of the northern shore agreed in March to share their berths with",
             "the new line, the port authority said after the meeting.",
             "Freight on the line grew by a fifth in the first half of the year, and two more ferries",
             "are due in June, when the winter timetable ends and the new berth opens."]
    for k, line in enumerate(lines):
        put(80 + 5 * k, 10, line)
    pdf.output(str(path))


@pytest.mark.parametrize("stated", ["Ferries of the northern shore | Lorna Weekly", "PowerPoint Presentation", "Презентация PowerPoint"])
def test_a_page_saved_as_pdf_is_titled_by_its_headline(tmp_path: Path, stated: str) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _saved_page(tmp_path / "page.pdf", stated)
    cleaned = read_pdf((tmp_path / "page.pdf").read_bytes()).cleaned
    assert cleaned.title == TITLED
    assert cleaned.text.split("\n\n")[0] == TITLED  # the headline's first line is no running head
    assert "Independent reporting" not in cleaned.text  # the site's tagline above the headline: its masthead
    assert "berths with the new line, the port authority said" in cleaned.text


def test_a_metadata_title_that_is_no_start_of_the_headline_stays(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf
    from assistant.ingest.formats.pdf_layout import headline_first, is_document_title

    _saved_page(tmp_path / "page.pdf", "Northern berths | Lorna Weekly")
    assert read_pdf((tmp_path / "page.pdf").read_bytes()).cleaned.title == "Northern berths | Lorna Weekly"
    assert not headline_first("Ferries | Lorna Weekly", TITLED)  # one word is no headline's start
    assert is_document_title("Ferries of the northern shore") and is_document_title("Презентация нового парома")
    assert not is_document_title("Presentation1") and not is_document_title("Slide 3")


def test_a_note_mark_in_a_correct_russian_text_stays_a_mark() -> None:
    from assistant.ingest.cleaning import fix_mojibake

    assert fix_mojibake("¹ Институт морских исследований (Лорна), отдел паромов") == (
        "¹ Институт морских исследований (Лорна), отдел паромов")
    # in a text read in the wrong code page the same byte is the number sign, as the words around it show
    assert fix_mojibake("Ïðèêàç ¹ 5 î ïàðîìàõ") == "Приказ № 5 о паромах"


def test_authors_with_note_marks_their_affiliations_an_end_mark_and_the_organisers_go() -> None:
    for lines in (["# Причалы северного берега: что сделано за десять лет", "А. Б. Петрова¹, В. Г. Сидоров²",
                   "¹ Институт морских исследований (Лорна), отдел паромов", "² Независимый эксперт, бывший капитан порта",
                   "", RUSSIAN, "", RUSSIAN_MORE, "", "Организаторы: Институт морских исследований · при поддержке порта"],
                  ["# Berths of the northern shore: what ten years changed", "A. Veld¹, T. Harl²",
                   "¹ Institute of Maritime Studies (Lorna), ferries department", "² Independent expert, a former harbour master",
                   "", PROSE, "", MORE, "", "– ENDS –", "", "Sponsors: the Lorna port authority · the ferry owners' guild"]):
        reasons = reasons_of(lines)
        chrome = [line for line in lines[1:4] + lines[-1:] if line]
        assert all(reasons[line] for line in chrome), {line: reasons[line] for line in chrome}
        assert all(reasons[" ".join(line.split())] is None for line in lines[5:8] if line)
    assert reasons_of(["# Berths", PROSE, "", "The organisers said the fair would return in May, with more berths."])[
        "The organisers said the fair would return in May, with more berths."] is None


def _clean(text: str, fmt: str) -> str:
    from assistant.ingest.cleaning import clean

    return clean(text, fmt).text


def _assert_story_without(inner: str, chrome: tuple[str, ...]) -> None:
    """An article page holding the two paragraphs and `inner` keeps the paragraphs and none of `chrome`."""
    text = _clean("<html><body><main><article><h1>Ferries of the northern shore share their berths</h1>"
                  f"{inner}</article></main></body></html>", "html")
    assert PROSE in text and MORE in text
    for line in chrome:
        assert line not in text, line


def test_a_syndicated_copys_notes_and_buttons_go() -> None:
    _assert_story_without(
        "<div>By Anna Veld · 8 Dec 2025, 09:12 · 5 min read</div>"
        "<div><a href='https://lornaweekly.example/ferries'>Read the original at lornaweekly.example</a></div>"
        "<div><a href='#'>Share</a> <a href='#'>Copy link</a> <a href='#'>Save for later</a></div>"
        f"<p>{PROSE}</p><p>{MORE}</p>"
        "<div>This story is republished from The Lorna Weekly under a content partnership. The site has not "
        "edited it.</div><div><a href='/report'>Report an issue with this story</a></div>",
        ("Read the original", "Copy link", "Save for later", "republished", "Report an issue"))


def test_a_read_later_exports_record_notes_and_export_line_go() -> None:
    md = ("# Ferries of the northern shore share their berths\n\n"
          "**Source:** [lornaweekly.example/ferries](https://lornaweekly.example/ferries)\n**Site:** Lorna Weekly\n"
          "**Author:** Anna Veld\n**Published:** 2025-12-05\n**Saved:** 2025-12-08 21:14\n**Reading time:** 4 min\n\n---\n\n"
          f"{PROSE}\n\n## The slots\n\n{MORE}\n\n---\n\n## My notes\n\n- Ask the port about the evening slots\n"
          "- Compare with last year's timetable\n\n*Exported from Readlater on 2025-12-08 · 2 highlights not included*\n")
    text = _clean(md, "markdown")
    assert PROSE in text and MORE in text and "The slots" in text
    for chrome in ("Site:", "Lorna Weekly", "My notes", "Ask the port", "Compare with", "Exported from"):
        assert chrome not in text, chrome
    # an infobox's row of fields is no record's field, whatever chrome stands round it
    row = "Country: Northland; River: Lorna; Owner: Lorna Ferries; Status: building; Capacity: 140 MW."
    box = ("# Lorna ferry terminal\n\n**Source:** [a](https://lornaweekly.example/a)\n**Author:** Anna Veld\n"
           f"**Published:** 2025-12-05\n\n{row}\n\n{PROSE}\n\n{MORE}\n")
    assert row in _clean(box, "markdown")


def test_links_side_by_side_are_a_list_and_go_under_read_also() -> None:
    related = ["Ice on the northern quay: what the port board decided", "Two more ferries for the Lorna line in June"]
    html = ("<html><body><main><h1>Ferries of the northern shore share their berths</h1>"
            f"<p>{PROSE}</p><p>The board's <a href='/a'>decision of March</a> and <a href='/b'>its timetable</a> "
            f"stand.</p><p>{MORE}</p><div><div>Read also</div>"
            + "".join(f"<a href='/{k}'>{t}</a>\n" for k, t in enumerate(related)) + "</div></main></body></html>")
    text = _clean(html, "html")
    assert PROSE in text and "The board's decision of March and its timetable stand." in text
    for title in related:
        assert title not in text, title


def test_a_credit_under_the_last_paragraph_goes_and_a_tables_source_stays() -> None:
    reasons = reasons_of(["# Ferries of the northern shore share their berths", "", PROSE, "", MORE, "",
                          "Source: press service of the Lorna port authority", "", "Share: Telegram Facebook"])
    assert reasons["Source: press service of the Lorna port authority"] == "source"
    table = ["# Ferries of the northern shore share their berths", "", PROSE, "", "Freight by berth, thousand tonnes", "",
             "| Berth | 2024 | 2025 |", "| --- | --- | --- |", "| North | 3.3 | 4.1 |", "| South | 2.9 | 3.6 |", "",
             "Source: data of the Lorna port authority and the ferry owners", "", "## Tariffs", "", "- One rate from January"]
    assert reasons_of(table, "markdown")["Source: data of the Lorna port authority and the ferry owners"] is None


def test_boxes_of_reactions_login_and_newsletter_go_and_a_likes_bar_goes() -> None:
    _assert_story_without(
        f"<p>{PROSE}</p><p>{MORE}</p><div class='entry__reactions'>Reactions: 58</div>"
        "<div class='login-box'><div>Talk to your friends on Lornabook</div><a href='/in'>Enter</a></div>"
        "<section class='newsletter'><h3>The Lorna morning letter</h3><p>Five stories from the shore in your "
        "inbox every weekday at 8:00.</p></section>",
        ("Reactions", "Lornabook", "Enter", "morning letter", "Five stories"))
    assert reasons_of(["# Паромы северного берега", "", RUSSIAN, "", RUSSIAN_MORE, "", "Класс! 214 Поделиться 52"])[
        "Класс! 214 Поделиться 52"] == "widget"
