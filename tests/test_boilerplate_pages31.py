"""A tender notice, a feed, a social post and a letter circulated as a PDF (cleaning 31).

- A section that lists files to download, its heading and its notes; a button ending on an arrow or a menu's caret;
  one lower-case word between two chrome lines ("or" in a login box).
- Counters after reaction symbols and with abbreviated words, and the comments they count opening the page's end.
- A signature ("(Signed) Name") and the signer's title under it.
- A PDF whose metadata title is a code or a placeholder is titled by its headline: the largest type that no other line
  has and that holds three words or more (an organ's name of two words in larger type is passed over); a page's foot
  set in small type goes, a note and a source in the same type stay.

The texts are written for these tests; the forms follow eval/unseen22/, whose chrome lines tests/test_fresh_sets.py
checks over the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of


def test_a_section_of_files_to_download_goes_with_its_heading_and_notes() -> None:
    lines = ["# Ferry terminal at Lorna: call for proposals", "", PROSE, "", MORE, "", "## Documents", "",
             "- Lorna_terminal_terms.pdf (2.2 MB)", "- Lorna_terminal_site.dwg (8.1 MB)", "- Lorna_terminal_forms.docx (120 KB)",
             "", "Documents are free. Bidders register before they submit."]
    reasons = reasons_of(lines, "markdown")
    for line in lines[6:]:
        if line:
            assert reasons[line] is not None, line
    assert reasons[PROSE] is None and reasons[MORE] is None


def test_a_heading_over_one_file_and_its_prose_stays() -> None:
    lines = ["# Ferry terminal at Lorna", "", PROSE, "", "## The terms", "", "- Lorna_terminal_terms.pdf (2.2 MB)", "", MORE,
             "", "The board will publish the shortlist in May, after it has read every proposal."]
    reasons = reasons_of(lines, "markdown")
    assert reasons["## The terms"] is None and reasons[MORE] is None
    assert reasons["- Lorna_terminal_terms.pdf (2.2 MB)"] == "download"


def test_buttons_by_their_arrow_or_caret_and_a_word_between_chrome_lines() -> None:
    reasons = reasons_of(["# Ferries", "", PROSE, "", "Read on the website →", "", "Самые актуальные ▾", "", MORE, "",
                          "Log in to reply", "", "or", "", "Sign up"])
    assert reasons["Read on the website →"] == "widget" and reasons["Самые актуальные ▾"] == "widget"
    assert reasons["or"] is not None
    kept = reasons_of(["# Ferries", "", PROSE, "", "Next: the berths →", "", "The port → the town → the pass", "", MORE])
    assert kept["The port → the town → the pass"] is None  # a route, no button: it ends on a place
    assert reasons_of(["# Ferries", "", PROSE, "", "however", "", MORE])["however"] is None


def test_counters_after_reactions_open_the_comments_they_count() -> None:
    lines = ["# Союзники на пароме", "", RUSSIAN, "", RUSSIAN_MORE, "", "👍❤️ 1,4 тыс. 212 комментариев 40 репостов", "",
             "Нравится Комментировать Поделиться", "", "Анна Вельдова", "",
             "Спасибо, очень ясно, только про осенний рейс вы ничего не сказали, а он важнее летнего."]
    reasons = reasons_of(lines)
    assert reasons["👍❤️ 1,4 тыс. 212 комментариев 40 репостов"] == "counters"
    assert reasons["Нравится Комментировать Поделиться"] is not None
    assert reasons["Анна Вельдова"] is not None
    assert reasons["Спасибо, очень ясно, только про осенний рейс вы ничего не сказали, а он важнее летнего."] is not None
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None


def test_a_signature_and_the_signers_title_go() -> None:
    lines = ["# Letter on the northern berths", "", PROSE, "", MORE, "", "(Signed) Anna Veld", "",
             "Chair of the Lorna Port Board", "", "Annex", "", "The board's terms are set out below in full, as agreed."]
    reasons = reasons_of(lines, "markdown")
    assert reasons["(Signed) Anna Veld"] == "signature" and reasons["Chair of the Lorna Port Board"] == "signature"
    assert reasons["The board's terms are set out below in full, as agreed."] is None


def _letter(path: Path, title: str | None) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_auto_page_break(False)
    pdf.add_page()

    def put(y: float, size: float, text: str, style: str = "") -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.text(20, y, text)

    put(20, 20, "Port Board", "B")
    put(34, 10, "Item 4 of the agenda")
    put(46, 12.5, "Letter from the Chair of the Lorna Port Board", "B")
    put(52, 12.5, "on the northern berths", "B")
    for k, line in enumerate(["The ferry operators of the northern shore agreed in March to share their berths",
                              "with the new line, the port authority said after the meeting.",
                              "Freight on the line grew by a fifth in the first half of the year, and two more",
                              "ferries are due in June."]):
        put(64 + 6 * k, 10.5, line)
    put(270, 8, "Source: port authority, figures for January to June")
    put(276, 8, "1 The figures are provisional.")
    put(284, 8, "25-04417 (E)    120325")
    put(289, 7, "Please recycle *2504417*")
    pdf.output(str(path))


def test_a_pdf_titled_by_a_code_is_titled_by_its_headline_and_loses_its_foot(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    for title in ("PB/25/4", "Microsoft Word - letter_v3.docx", None):
        _letter(tmp_path / "letter.pdf", title)
        cleaned = read_pdf((tmp_path / "letter.pdf").read_bytes()).cleaned
        assert cleaned.title == "Letter from the Chair of the Lorna Port Board on the northern berths", title
        assert "25-04417" not in cleaned.text and "Please recycle" not in cleaned.text
        assert "Source: port authority, figures for January to June" in cleaned.text
        assert "1 The figures are provisional." in cleaned.text
    _letter(tmp_path / "letter.pdf", "Northern berths: the Chair's letter")
    assert read_pdf((tmp_path / "letter.pdf").read_bytes()).cleaned.title == "Northern berths: the Chair's letter"
