"""What a maintainer does to corpus/ between builds, with texts written for the tests.

metadata.json written by hand (numbers, entries that are not objects, entries naming a file
that was renamed), files of web pages saved under other names, Word files with text boxes and
footnotes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.build import build_index
from assistant.ingest.cleaning import clean
from assistant.ingest.corpus import load_corpus, scan_corpus

BRIDGE = ("A new road bridge across the Panj opened on Saturday, linking two districts that were cut off "
          "from each other every spring when the river rose.\n")
QUOTA = ("The agriculture ministry raised the wheat export quota for the season by a quarter, "
         "citing a harvest well above last year's.\n")


def write(root: Path, files: dict[str, str], metadata: object | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    if metadata is not None:
        (root / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    return root


def test_metadata_numbers_are_read_as_text_and_other_values_are_named(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"bridge.txt": BRIDGE, "quota.txt": QUOTA}, {
        "bridge.txt": {"title": "Bridge over the Panj", "date": 2025, "publisher": ["not", "text"]},
        "quota.txt": "Wheat quota raised",
    })
    scan = scan_corpus(corpus)
    docs = {d.source: d for d in load_corpus(scan)}
    bridge = docs["corpus/bridge.txt"]
    assert (bridge.title, bridge.date, bridge.publisher) == ("Bridge over the Panj", "2025", None)
    assert docs["corpus/quota.txt"].title == "Quota"  # the entry that is no object is not used, and both are named
    assert scan.warnings() == [
        "ignored the field 'publisher' of 'bridge.txt' in corpus/metadata.json: it is not text",
        "ignored the entry 'quota.txt' of corpus/metadata.json: it is not an object of fields such as \"title\"",
    ]


def test_a_metadata_entry_left_behind_by_a_rename_is_named_by_the_build(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    corpus = write(tmp_path / "corpus", {"bridge.txt": BRIDGE}, {"bridge.txt": {"title": "Bridge over the Panj"}})
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    assert build_index(settings, fake_embedder).skipped == ()
    (corpus / "bridge.txt").rename(corpus / "panj-bridge.txt")
    report = build_index(settings, fake_embedder)
    assert report.details["added"] == ["corpus/panj-bridge.txt"] and report.chunks_embedded == 0
    assert report.skipped == ("the entry 'bridge.txt' of corpus/metadata.json names no file of the corpus "
                              "(renamed or deleted?): it is not used",)


@pytest.mark.parametrize("content", ["[1, 2]", "{ broken", '"a string"'])
def test_metadata_that_is_no_object_is_ignored_in_one_warning(tmp_path: Path, content: str) -> None:
    corpus = write(tmp_path / "corpus", {"bridge.txt": BRIDGE})
    (corpus / "metadata.json").write_text(content, encoding="utf-8")
    scan = scan_corpus(corpus)
    (doc,) = load_corpus(scan)
    assert doc.title == "Bridge"
    assert scan.warnings() == ["ignored corpus/metadata.json: not a valid UTF-8 JSON object"]


def test_metadata_through_the_cli_build_is_warned_not_a_traceback(tmp_path: Path, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from assistant.app.cli import cli

    corpus = write(tmp_path / "corpus", {"bridge.txt": BRIDGE}, {"bridge.txt": {"title": 7, "date": 2025.0, "tags": ["a"]}})
    monkeypatch.setattr("assistant.answer.make_embedder", lambda settings: fake_embedder)
    result = CliRunner().invoke(cli, ["build", "--corpus", str(corpus), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0, result.output
    assert result.exception is None and "1 added" in result.output
    assert "warning: ignored the field 'tags' of 'bridge.txt' in corpus/metadata.json: it is not text" in result.output


WGET_PAGE = ("<!DOCTYPE html><html><head><title>Turkmen Gas Heads South | Desert Courier</title></head><body>"
             "<h1>Turkmen Gas Heads South</h1><p>Turkmenistan agreed to send more gas through Afghanistan to Pakistan, "
             "the foreign ministry said after talks in the capital.</p></body></html>")
XHTML_PAGE = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
              '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
              "<title>Caspian Ferry Tariffs</title></head><body><p>The ferry operator raised its tariffs for trucks by a "
              "tenth from the first of the month.</p></body></html>")


def test_pages_saved_as_xhtml_are_read_and_a_readme_is_not(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"page.xhtml": XHTML_PAGE, "story.XHT": WGET_PAGE, "README": "Notes on this folder.\n"})
    scan = scan_corpus(corpus)
    assert scan.warnings() == [] and len(scan.files) == 2
    docs = {d.source: d for d in load_corpus(scan)}
    assert docs["corpus/page.xhtml"].title == "Caspian Ferry Tariffs" and "<" not in docs["corpus/page.xhtml"].text
    assert docs["corpus/story.XHT"].title == "Turkmen Gas Heads South" and "<p>" not in docs["corpus/story.XHT"].text


def test_an_xhtml_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"page.txt": XHTML_PAGE})
    (doc,) = load_corpus(scan_corpus(corpus))
    assert doc.title == "Caspian Ferry Tariffs" and "DOCTYPE" not in doc.text and "xmlns" not in doc.text


def test_a_document_format_that_is_not_read_is_named_not_passed_over(tmp_path: Path, fake_embedder) -> None:
    from assistant.settings import Settings

    corpus = write(tmp_path / "corpus", {"bridge.txt": BRIDGE, "logo.png.svg": "<svg/>", "page_files/app.js": "x = 1"})
    (corpus / "old-memo.DOC").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (corpus / "brief.ppt").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 200)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    report = build_index(settings, fake_embedder)
    assert sorted(report.skipped) == [
        "skipped corpus/brief.ppt: PowerPoint 97-2003 presentation, a format that is not read: save it as .docx, .pdf, .html or .txt",
        "skipped corpus/old-memo.DOC: Word 97-2003 document, a format that is not read: save it as .docx, .pdf, .html or .txt",
    ]
    assert report.docs_added == 1
    assert build_index(settings, fake_embedder).up_to_date  # named again, but nothing to rebuild
    (corpus / "brief.ppt").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x01" * 200)
    assert not build_index(settings, fake_embedder).up_to_date


FERRY_V1 = """Turkmen Ferry Line to Baku Opens

A new container ferry line between Turkmenbashi and Baku opened on Monday, with two sailings a week run by a state shipping company.

What the operator expects

The operator expects the line to carry forty thousand containers in its first year, most of them bound for Georgian ports.

Freight forwarders welcomed the news.

Tariffs will be published by the end of the month, the company said in a statement to local media.
"""
FERRY_V2 = FERRY_V1.replace("Opens\n\n", "Opens\n\nUpdated 12 March 2026\n\n").replace("two sailings", "three sailings")
SITE_PAGE = """Caspian Business Desk Weekly

Caspian Freight Rates Fall

Freight rates on the Caspian fell for the third month in a row as new vessels entered service on the main routes.

Brokers expect rates to settle in the spring once the grain season ends and demand for ships eases.

Reporting from the ports of the inland sea
"""


def test_an_updated_version_beside_the_first_keeps_its_headline_and_short_lines(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"ferry-line.txt": FERRY_V1, "ferry-line-updated.txt": FERRY_V2,
                                         "freight-rates.txt": SITE_PAGE, "freight-rates-2.txt": SITE_PAGE.replace(
                                             "Caspian Freight Rates Fall", "Port Fees Rise in Aktau").replace(
                                             "Freight rates on the Caspian fell", "Port fees in Aktau rose").replace(
                                             "Brokers expect rates", "Shippers expect fees")})
    docs = {d.source: d for d in load_corpus(scan_corpus(corpus))}
    for name in ("corpus/ferry-line.txt", "corpus/ferry-line-updated.txt"):
        doc = docs[name]
        assert doc.title == "Turkmen Ferry Line to Baku Opens", name
        for line in ("Turkmen Ferry Line to Baku Opens", "What the operator expects", "Freight forwarders welcomed the news."):
            assert line in doc.text, (name, line)
    assert docs["corpus/ferry-line-updated.txt"].date == "2026-03-12" and "three sailings" in docs["corpus/ferry-line-updated.txt"].text
    # the chrome two different pages of one site share is still dropped (only its repetition shows it)
    assert "Caspian Business Desk Weekly" in clean(SITE_PAGE).text
    for name in ("corpus/freight-rates.txt", "corpus/freight-rates-2.txt"):
        assert "Caspian Business Desk" not in docs[name].text and "inland sea" not in docs[name].text, name
        assert "Brokers expect" in docs[name].text or "Shippers expect" in docs[name].text


GROWTH_MD = """# Growth Forecasts for the Region

The development bank published its spring forecasts for the five economies on Tuesday, raising most of them.

| Country | Growth 2025 |
|---|---|
| Kazakhstan | 4.8% |
| Tajikistan | 7.5% |

- Uzbekistan: 5.9 percent
- Kyrgyzstan: 6.1 percent

The bank said remittances and metal prices explain most of the change.
"""
INFLATION_MD = """# Inflation Slows Across the Region

Inflation slowed in all five economies in the first quarter, according to figures compiled by the central banks.

| Country | Inflation Q1 |
|---|---|
| Kazakhstan | 8.1% |
| Tajikistan | 3.4% |

- Uzbekistan: 9.6 percent
- Kyrgyzstan: 5.2 percent

Economists expect the trend to continue if food prices stay low this summer.
"""


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_two_articles_of_one_folder_keep_their_table_rows_and_figures(tmp_path: Path, suffix: str) -> None:
    corpus = write(tmp_path / "corpus", {f"growth{suffix}": GROWTH_MD, f"inflation{suffix}": INFLATION_MD})
    docs = {d.source: d.text for d in load_corpus(scan_corpus(corpus))}
    assert "Country: Tajikistan; Growth 2025: 7.5%." in docs[f"corpus/growth{suffix}"]
    assert "Country: Kazakhstan; Inflation Q1: 8.1%." in docs[f"corpus/inflation{suffix}"]
    assert "Kyrgyzstan: 6.1 percent" in docs[f"corpus/growth{suffix}"] and "Uzbekistan: 9.6 percent" in docs[f"corpus/inflation{suffix}"]


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [("\u2028", "\u2029"), ("\r", "\r\r"), ("\n", "\f"), ("\v", "\n\n")],
    ids=["unicode-separators", "old-mac", "form-feed", "vertical-tab"],
)
def test_every_kind_of_line_break_separates_lines(tmp_path: Path, line: str, paragraph: str) -> None:
    text = (f"Dam Finance Agreed{line}{paragraph}The Rogun dam received a new loan from a Gulf fund, the ministry said on Monday."
            f"{paragraph}The loan runs for twenty years{line}at a fixed rate, officials added.{line}")
    corpus = write(tmp_path / "corpus", {"dam.txt": text})
    (doc,) = load_corpus(scan_corpus(corpus))
    assert doc.title == "Dam Finance Agreed"
    assert doc.text == ("Dam Finance Agreed\n\nThe Rogun dam received a new loan from a Gulf fund, the ministry said on Monday.\n\n"
                        "The loan runs for twenty years at a fixed rate, officials added.")


def test_a_metadata_edit_is_reported_by_the_build(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.settings import Settings
    from assistant.store.index import read_manifest

    corpus = write(tmp_path / "corpus", {"bridge.txt": BRIDGE, "quota.txt": QUOTA})
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings, fake_embedder)
    (corpus / "metadata.json").write_text(json.dumps({"bridge.txt": {"title": "Bridge over the Panj", "date": "2025-06"}}))
    report = build_index(settings, fake_embedder)
    assert report.details["metadata"] == ["corpus/bridge.txt"] and report.docs_redescribed == 1
    assert report.chunks_embedded == 0 and report.docs_changed == 0
    assert "2 unchanged (1 with a new title, date or publisher)" in report.summary()
    assert read_manifest(settings.index_dir).documents["corpus/bridge.txt"]["title"] == "Bridge over the Panj"
    assert "metadata" not in build_index(settings, fake_embedder).details


def test_watch_goes_on_after_an_unforeseen_failure(tmp_path: Path, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    import assistant.app.watch as watch_module
    import assistant.build as build_module
    from assistant.app.cli import cli

    corpus = write(tmp_path / "corpus", {"bridge.txt": BRIDGE})
    monkeypatch.setattr("assistant.answer.make_embedder", lambda settings: fake_embedder)
    real_build = build_module.build_index
    outcomes = iter([None, TypeError("expected string or bytes-like object, got 'int'"), None])

    def flaky(*args, **kwargs):  # type: ignore[no-untyped-def]
        failure = next(outcomes)
        if failure is not None:
            raise failure
        return real_build(*args, **kwargs)

    def two_changes(root, rebuild, interval):  # type: ignore[no-untyped-def]
        (corpus / "quota.txt").write_text(QUOTA, encoding="utf-8")
        rebuild()  # fails
        return rebuild()  # works

    monkeypatch.setattr(build_module, "build_index", flaky)
    monkeypatch.setattr(watch_module, "watch_corpus", two_changes)
    result = CliRunner().invoke(cli, ["build", "--watch", "--corpus", str(corpus), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0 and result.exception is None, result.output
    assert "error: the rebuild failed (TypeError: expected string or bytes-like object, got 'int')" in result.output
    assert "documents: 1 added, 0 changed, 0 removed, 1 unchanged" in result.output


def test_a_file_that_vanishes_during_the_build_is_named_and_the_next_build_settles(tmp_path: Path, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import assistant.build as build_module
    from assistant.build import check_index
    from assistant.settings import Settings

    corpus = write(tmp_path / "corpus", {"bridge.txt": BRIDGE, "quota.txt": QUOTA})
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    real_load = build_module.load_corpus

    def moved_meanwhile(scan):  # type: ignore[no-untyped-def]
        (corpus / "quota.txt").rename(tmp_path / "quota.txt")  # after the scan, before it is read
        return real_load(scan)

    monkeypatch.setattr(build_module, "load_corpus", moved_meanwhile)
    report = build_index(settings, fake_embedder)
    assert report.skipped == ("skipped corpus/quota.txt: vanished during the build (moved or deleted?)",)
    monkeypatch.setattr(build_module, "load_corpus", real_load)
    assert check_index(settings, fake_embedder) == ["corpus/quota.txt was removed"]
    assert build_index(settings, fake_embedder).docs_unchanged == 1
    assert check_index(settings, fake_embedder) == []


OLD_STYLE_PAGE = """<html><head><title>Water Talks in Tashkent</title></head><body><font face=Arial>
<b>Water Talks in Tashkent</b><br><br>
Delegations from the five states met in Tashkent on Thursday to discuss<br>the summer release schedule for the Syr Darya reservoirs.<br><br>
The talks will resume in May, when the snowmelt forecast<br>is known, officials said.<br><br>
</font></body></html>"""


def test_a_page_laid_out_with_br_keeps_its_sentences_whole(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"water.html": OLD_STYLE_PAGE})
    (doc,) = load_corpus(scan_corpus(corpus))
    assert doc.title == "Water Talks in Tashkent"
    assert doc.text == (
        "Water Talks in Tashkent\n\n"
        "Delegations from the five states met in Tashkent on Thursday to discuss the summer release schedule "
        "for the Syr Darya reservoirs.\n\nThe talks will resume in May, when the snowmelt forecast is known, officials said."
    )


WRAPPED = """Summit in Astana

The foreign ministers of the five states met on Friday with
Chinese Foreign Minister Wang Yi to discuss the new railway and
Kyrgyzstan's share of its cost, which rose again this year.

Встреча министров прошла в пятницу в Астане, где обсуждали новую железную дорогу и
Казахстан, по словам участников, готов взять на себя половину расходов.
"""


def test_hard_wrapped_text_keeps_sentences_and_headline_when_a_line_starts_with_a_name(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"summit.txt": WRAPPED})
    (doc,) = load_corpus(scan_corpus(corpus))
    assert doc.title == "Summit in Astana"
    assert doc.text.split("\n\n") == [
        "Summit in Astana",
        "The foreign ministers of the five states met on Friday with Chinese Foreign Minister Wang Yi to discuss the "
        "new railway and Kyrgyzstan's share of its cost, which rose again this year.",
        "Встреча министров прошла в пятницу в Астане, где обсуждали новую железную дорогу и Казахстан, по словам "
        "участников, готов взять на себя половину расходов.",
    ]


REFERENCE_MD = """# Rail Corridor Talks

The ministers agreed on the [route][1] of the new railway and on the [financing plan][fin] for its first section.[^n1]

![Map of the route][map]

Construction should begin next spring, according to the [ministry][2] and [the bank][].

[1]: https://example.org/route "Route map"
[fin]: https://example.org/finance
[map]: https://example.org/map.png
[2]: <https://example.org/ministry>
[the bank]: https://example.org/bank (Bank)

[^n1]: The plan was first published in a briefing note in March.
"""


def test_markdown_reference_links_and_footnotes_read_as_their_text(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"rail.md": REFERENCE_MD})
    (doc,) = load_corpus(scan_corpus(corpus))
    assert doc.text.split("\n\n") == [
        "Rail Corridor Talks",
        "The ministers agreed on the route of the new railway and on the financing plan for its first section.",
        "Construction should begin next spring, according to the ministry and the bank.",
        "The plan was first published in a briefing note in March.",
    ]


LAYOUT_PAGE = """<html><head><title>Gas Deal Signed</title></head><body>
<table width="100%"><tr><td width="20%"><a href="/">Home</a><br><a href="/news">News</a></td>
<td><h1>Gas Deal Signed in Ashgabat</h1>
<p>Turkmenistan signed a new gas supply deal with China on Wednesday, raising deliveries by a fifth from next year.</p>
<p>The agreement also covers a fourth line of the pipeline, which has been delayed for a decade.</p>
<table border="1"><tr><th>Line</th><th>Capacity</th></tr><tr><td>A</td><td>15 bcm</td></tr><tr><td>D</td><td>30 bcm</td></tr></table>
</td></tr></table></body></html>"""


def test_a_page_laid_out_in_a_table_is_read_as_text_and_its_data_table_as_rows(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", {"gas.html": LAYOUT_PAGE})
    (doc,) = load_corpus(scan_corpus(corpus))
    assert doc.title == "Gas Deal Signed in Ashgabat"
    assert doc.text.split("\n\n") == [
        "Gas Deal Signed in Ashgabat",
        "Turkmenistan signed a new gas supply deal with China on Wednesday, raising deliveries by a fifth from next year.",
        "The agreement also covers a fourth line of the pipeline, which has been delayed for a decade.",
        "Line: A; Capacity: 15 bcm.\nLine: D; Capacity: 30 bcm.",
    ]


TIMELINE_HTML = ("<h1>Timeline of the Talks</h1><p>The negotiations went through several rounds over two years before "
                 "the deal was signed.</p><table><tr><th>Date</th><th>Event</th></tr><tr><td>3 March 2025</td>"
                 "<td>First round in Bishkek</td></tr><tr><td>12 June 2026</td><td>Deal signed in Dushanbe</td></tr></table>")


@pytest.mark.parametrize(("name", "text"), [
    ("timeline.html", TIMELINE_HTML),
    ("timeline.md", "# Timeline of the Talks\n\nThe negotiations went through several rounds over two years before the deal "
                    "was signed.\n\n| Date | Event |\n|---|---|\n| 3 March 2025 | First round in Bishkek |\n"
                    "| 12 June 2026 | Deal signed in Dushanbe |\n"),
])
def test_table_rows_holding_a_date_are_kept(tmp_path: Path, name: str, text: str) -> None:
    corpus = write(tmp_path / "corpus", {name: text})
    (doc,) = load_corpus(scan_corpus(corpus))
    assert "Date: 3 March 2025; Event: First round in Bishkek." in doc.text
    assert "Date: 12 June 2026; Event: Deal signed in Dushanbe." in doc.text


@pytest.mark.parametrize("end_tag", ["</dt>", ""])
def test_a_definition_list_keeps_each_term_with_its_definition(tmp_path: Path, end_tag: str) -> None:
    page = ("<h1>Water Quotas Announced</h1><p>The interstate commission published the quotas for the growing season on "
            f"Monday after a long meeting.</p><dl><dt>Upstream states{end_tag}<dd>4.2 cubic kilometres from the river</dd>"
            f"<dt>Downstream states{end_tag}<dd>10.6 cubic kilometres</dd></dl>")
    corpus = write(tmp_path / "corpus", {"quotas.html": page})
    (doc,) = load_corpus(scan_corpus(corpus))
    assert "Upstream states: 4.2 cubic kilometres from the river" in doc.text
    assert "Downstream states: 10.6 cubic kilometres" in doc.text


def test_the_resources_folder_of_a_saved_page_is_not_read(tmp_path: Path) -> None:
    frame = "<html><body><p>Advertisement: book your flights to the capital with our partner airline today.</p></body></html>"
    corpus = write(tmp_path / "corpus", {
        "gas.html": LAYOUT_PAGE, "gas_files/saved_resource.html": frame, "gas_files/ads/frame.htm": frame,
        "notes_files/kept.txt": BRIDGE,  # no notes.html beside it: an ordinary folder
    })
    scan = scan_corpus(corpus)
    assert [f.source for f in scan.files] == ["corpus/gas.html", "corpus/notes_files/kept.txt"]
    assert scan.warnings() == []
