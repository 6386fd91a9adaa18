"""A report's cover, contents and back page, and a podcast's credits, by form (cleaning 26): a title a PDF's cover
sets on two lines, the dotted lines of a contents page and its "Contents" heading, "About the Institute" closing the
report, and a line of credits («Ведущий: … · Гости: …»).

The texts are written for these tests; the forms follow eval/unseen19/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

CONTENTS = ["Summary ............................................................ 2",
            "1. Why the ferries came to Lorna ..................................... 2",
            "2. Who pays for the berths ............................................ 3"]


def _report(path: Path) -> None:
    """A two-page report: a cover with its title on two lines, a contents page, prose, and "About the Institute"."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Ferries on Credit: Lorna's Northern Berths")
    pdf.set_font("Helvetica", size=11)
    for lines in (["LORNA INSTITUTE FOR TRANSPORT POLICY", "Veld", "Research Report No. 3 - Ports Programme", "",
                   "Ferries on Credit:", "", "Lorna's Northern Berths", "", "Contents", "", *CONTENTS, "", PROSE],
                  [MORE, "", "About the Institute", "",
                   "The Lorna Institute for Transport Policy is an independent research centre founded in Veld in 2017."]):
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT") if line else pdf.ln(6)
    pdf.output(str(path))


def test_a_reports_cover_contents_and_back_page_go(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _report(tmp_path / "report.pdf")
    cleaned = read_pdf((tmp_path / "report.pdf").read_bytes()).cleaned
    assert cleaned.title == "Ferries on Credit: Lorna's Northern Berths"
    assert "Ferries on Credit: Lorna's Northern Berths" in cleaned.text  # the cover's two lines, as one headline
    assert PROSE in cleaned.text and MORE in cleaned.text
    for chrome in ("LORNA INSTITUTE", "Research Report No. 3", "Contents", "Who pays for the berths", "....",
                   "About the Institute", "independent research centre"):
        assert chrome not in cleaned.text, chrome


def test_a_contents_heading_goes_only_over_dotted_lines() -> None:
    page = ["# Ferries of Lorna", "", "Contents", "", *CONTENTS, "", PROSE, "", MORE]
    reasons = reasons_of(page, "markdown")
    assert all(reasons[line] == "contents" for line in ["Contents", *CONTENTS])
    assert reasons[PROSE] is None and reasons[MORE] is None
    kept = reasons_of(["# Ferries of Lorna", "", PROSE, "", "Contents", "", MORE], "markdown")
    assert kept["Contents"] != "contents"  # over prose it is no contents page's heading
    ru = reasons_of(["# Паромы Лорны", "", "Содержание", "", "1. Зачем Лорне паромы .............. 2", "", RUSSIAN],
                    "markdown")
    assert ru["Содержание"] == "contents" and ru[RUSSIAN] is None


def test_an_about_the_heading_at_the_end_goes_and_about_the_deal_stays() -> None:
    about = "The Lorna Institute for Transport Policy is an independent research centre founded in Veld in 2017."
    reasons = reasons_of(["# Ferries of Lorna", "", PROSE, "", MORE, "", "About the Institute", "", about], "markdown")
    assert reasons["About the Institute"] == "end matter" and reasons[about] == "end matter"
    deal = "About the deal"
    kept = reasons_of(["# Ferries of Lorna", "", PROSE, "", deal, "", MORE], "markdown")
    assert kept[deal] is None or kept[deal] != "end matter"


def test_a_line_of_credits_goes_and_a_sentence_with_a_role_stays() -> None:
    credits = ("**Ведущий:** Иван Лорнов · **Гости:** Анна Вельд, экономист морского транспорта; Том Харл, капитан "
               "парома, член совета ассоциации судовладельцев северного берега Лорны")  # longer than a byline
    page = ["# Паромы Лорны, выпуск 12", "", credits, "", RUSSIAN, "", RUSSIAN_MORE]
    reasons = reasons_of(page, "markdown")
    assert reasons[credits] is not None
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None
    english = ("Host: Anna Veld, transport economist at the Lorna Institute | Producer: Tom Harl, "
               "former ferry captain and adviser to the northern shore shipowners")
    assert reasons_of(["# Lorna ferries, episode 12", "", english, "", PROSE], "markdown")[english] is not None
    from assistant.ingest.boilerplate_ends import _is_credits

    assert _is_credits("Ведущий: Иван Лорнов · Гости: Анна Вельд, экономист")
    assert not _is_credits("Ведущий: а почему паромы ходят только летом? · Гость: потому что зимой залив замерзает, "
                           "и в порт Лорны с декабря по март не заходит ни одно судно, кроме ледокола и двух буксиров, "
                           "которые держат проход к нефтяному причалу.")  # turns of speech: more than a line of credits
    assert not _is_credits("Ведущий: Иван Лорнов")  # one role: a byline's business, not a line of credits
