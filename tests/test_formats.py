"""PDF and DOCX ingest: pages, running heads, hyphenation, tables, bad files; page citations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.ingest.formats import UnreadableDocument, extract
from assistant.ingest.formats.pdf import drop_running_lines, join_lines
from assistant.records import Document
from assistant.settings import Settings
from tests.docs_support import BAD, FIXTURES, make_docs_corpus

KURYK = "How many vessels did the ferry terminal at Kuryk handle in the first quarter?"
OPEC = "Which partner gave a loan for the transmission line to Dushanbe?"


@pytest.fixture
def docs_settings(tmp_path: Path) -> Settings:
    corpus = make_docs_corpus(tmp_path / "corpus")
    return Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")


@pytest.fixture
def docs_bot(docs_settings: Settings, fake_embedder) -> Assistant:  # type: ignore[no-untyped-def]
    build_index(docs_settings, fake_embedder)
    return Assistant.load(docs_settings, embedder=fake_embedder, rebuild=False)


def test_pdf_pages_without_running_heads_with_hyphenation_joined() -> None:
    got = extract("pdf", (FIXTURES / "report.pdf").read_bytes())
    text = got.cleaned.text
    assert len(got.page_starts) == 5 and got.page_starts[0] == 0
    assert list(got.page_starts) == sorted(got.page_starts)
    assert "Occasional Paper 7" not in text  # the running header
    assert "Page 2 of 5" not in text and "of 5" not in text  # the page numbers
    assert "limited capacity" in text and "without warning from" in text  # "ca-/pacity", "warn-/ing"
    assert "China-Kyrgyzstan-Uzbekistan railway" in text  # a compound split at a line end keeps its hyphen
    # the two-column page reads the left column, then the right one
    assert text.index("Funding remains uncertain.") < text.index("The China-Kyrgyzstan")
    # page 3 holds the Kuryk paragraph and nothing of page 2
    doc = Document("r", "corpus/r.pdf", "R", text, "h", page_starts=got.page_starts)
    s, e = doc.page_span(3)
    assert text[s:e].startswith("Chapter two turns to the ports") and "Chapter one" not in text[s:e]
    assert got.cleaned.title == "Steppe Corridors: Transport Diplomacy in Central Asia"
    assert got.meta["created"] == "2024-05-06"  # the PDF's creation date (the printed date comes first)


def test_running_lines_are_found_by_repetition_not_by_wording() -> None:
    bodies = [
        ["The talks went on for two days.", "Another body line.", "No agreement was signed."],
        ["Prices of grain rose in spring.", "Another body line.", "Exports fell."],
        ["The border reopened in May.", "Trucks waited for hours.", "Another body line."],
        ["A new envoy was named.", "Another body line.", "He starts in June."],
    ]
    pages = [[f"Quarterly Digest {n}", *body, f"- {n} -"] for n, body in enumerate(bodies, 1)]
    kept = drop_running_lines(pages)
    assert kept == bodies  # a line repeated inside the pages stays; the header and page numbers go
    one = drop_running_lines([["Only page", "12"]])
    assert one == [["Only page"]]


def test_join_lines_makes_paragraphs_and_joins_hyphenated_words() -> None:
    lines = [
        "A long line of a paragraph that fills the whole width of the col-",
        "umn and goes on to the next line of the same paragraph until it",
        "ends.",
        "Another paragraph starts here and it also fills the width of a line",
        "before it ends.",
    ]
    assert join_lines(lines) == (
        "A long line of a paragraph that fills the whole width of the column and goes on to the next "
        "line of the same paragraph until it ends.\n\nAnother paragraph starts here and it also fills "
        "the width of a line before it ends."
    )


@pytest.mark.parametrize(("name", "reason"), sorted(BAD.items()))
def test_bad_files_raise_a_short_reason(name: str, reason: str) -> None:
    with pytest.raises(UnreadableDocument, match=f"^{re.escape(reason)}"):
        extract(name.rsplit(".", 1)[1], (FIXTURES / name).read_bytes())


def test_docx_headings_become_sections_and_table_rows_keep_their_header() -> None:
    got = extract("docx", (FIXTURES / "briefing.docx").read_bytes())
    text = got.cleaned.text
    assert got.cleaned.title == "Water and Power: A Briefing on the Rogun Dam"
    assert [s.heading for s in got.cleaned.sections] == ["Timeline of the dispute", "Financing partners"]
    row = "Partner: OPEC Fund; Contribution: Loan for the transmission line to Dushanbe; Year announced: 2019."
    assert row in text
    assert got.meta["created"] == "2023-10-02"


def test_build_skips_bad_files_naming_them_and_goes_on(docs_settings: Settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    report = build_index(docs_settings, fake_embedder)
    for name, reason in BAD.items():
        assert any(w.startswith(f"skipped corpus/{name}: {reason}") for w in report.skipped), report.skipped
    assert report.docs_added == 5  # the PDF, the DOCX and three text articles
    from assistant.store.index import read_manifest

    manifest = read_manifest(docs_settings.index_dir)
    assert set(manifest.skipped) == {f"corpus/{n}" for n in BAD}
    assert manifest.documents["corpus/report.pdf"]["pages"] == 5


def test_question_answered_from_page_3_cites_p3(docs_bot: Assistant) -> None:
    best = docs_bot.ask(KURYK, k=3).passages[0]
    assert best.source == "corpus/report.pdf"
    assert (best.page, best.page_end, best.page_label) == (3, None, "p. 3")
    assert "forty-one vessels" in best.text
    assert docs_bot.ask(KURYK, k=1).to_json()["passages"][0]["page"] == 3


def test_passage_over_two_pages_cites_a_page_range() -> None:
    doc = Document("d", "corpus/d.pdf", "D", "aaaa\n\nbbbb\n\ncccc", "h", page_starts=(0, 6, 12))
    assert doc.pages_of(0, 4) == (1, 1)
    assert doc.pages_of(2, 9) == (1, 2)
    assert doc.pages_of(12, 16) == (3, 3)
    assert Document("t", "corpus/t.txt", "T", "text", "h").pages_of(0, 4) is None


def test_docx_table_row_found_by_a_question_about_one_cell(docs_bot: Assistant) -> None:
    best = docs_bot.ask(OPEC, k=3).passages[0]
    assert best.source == "corpus/briefing.docx"
    assert best.section == "Financing partners"
    assert best.highlight is not None
    assert best.highlight.text == (
        "Partner: OPEC Fund; Contribution: Loan for the transmission line to Dushanbe; Year announced: 2019."
    )
    assert best.page is None


def test_cli_cites_the_page_and_warns_about_bad_files(runner_env, settings) -> None:  # type: ignore[no-untyped-def]
    from assistant.app.cli import cli

    make_docs_corpus(settings.corpus_dir)
    built = runner_env.invoke(cli, ["build"])
    assert built.exit_code == 0, built.output
    for name, reason in BAD.items():
        assert f"warning: skipped corpus/{name}: {reason}" in built.stderr
    result = runner_env.invoke(cli, ["ask", KURYK, "-k", "1"])
    assert result.exit_code == 0, result.output
    assert "p. 3, corpus/report.pdf" in result.stdout
