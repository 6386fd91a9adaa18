"""Articles in shapes a maintainer drops into corpus/ that the other fixtures do not cover (texts written for the tests).

Markdown with YAML front matter or underlined headings, an HTML page whose title is only in its
head and whose publisher is only in JSON-LD, a "Read also" block of links on separate lines, a
file name written decomposed (macOS) beside an NFC key in metadata.json, a dateline opening the
first paragraph, web pages saved as .txt, stray Windows bytes in UTF-8, metadata dates and --doc by file name
(PDF and Word shapes: test_new_shapes_docs.py).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from assistant.ingest.cleaning import clean
from assistant.ingest.corpus import load_corpus, scan_corpus
from assistant.ingest.facets import byline_date
from assistant.records import Document

FERRIES_MD = """---
title: "Caspian Ferries and the Price of Speed"
date: 2025-08-19
source: Caspian Logistics Digest
lang: en
tags: [ports, ferries]
---

## Why ferries matter

Two new roll-on roll-off ferries entered service on the Caspian this summer, cutting the average crossing between Alat and Kuryk to fourteen hours.

## Who pays

Freight forwarders say tariffs rose by eleven percent after the new vessels arrived, because the operator passed the cost of leasing them on to shippers.
"""


GRAIN_MD = """Kazakh Grain Exports Reach a Record
===================================

Kazakhstan exported more grain this season than in any year since independence, the agriculture ministry said.

Where the Grain Went
--------------------

Most of the grain went to Afghanistan and China, with smaller volumes going to Iran by rail.
"""


FORUM_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<meta property="og:title" content="Алматы принимает форум по водной дипломатии">
<title>Алматы принимает форум по водной дипломатии - Новости</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-10-02T11:20:00+05:00",
"publisher":{"@type":"Organization","name":"Степь-Инфо"}}</script></head><body>
<div id="content"><p>Форум по водной дипломатии открылся в Алматы. В нём участвуют делегации пяти государств региона и представители международных банков.</p>
<p>Организаторы обещают подготовить общую декларацию о совместном управлении трансграничными реками к концу недели.</p></div>
<div class="read-also"><div>Читайте также:</div><a href="/a">Новый мост через Амударью</a><br><a href="/b">Цены на бензин в регионе</a><br><a href="/c">Экспорт хлопка растёт третий год</a></div>
</body></html>"""


def load(tmp_path: Path, files: dict[str, bytes | str], metadata: dict | None = None) -> dict[str, Document]:  # type: ignore[type-arg]
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for name, content in files.items():
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if metadata is not None:
        (corpus / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
    return {d.source.split("/", 1)[1]: d for d in load_corpus(scan_corpus(corpus))}


def test_markdown_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    doc = load(tmp_path, {"caspian-ferries.md": FERRIES_MD})["caspian-ferries.md"]
    assert (doc.title, doc.date, doc.publisher, doc.language) == (
        "Caspian Ferries and the Price of Speed", "2025-08-19", "Caspian Logistics Digest", "en")
    assert "title:" not in doc.text and "---" not in doc.text and "Logistics Digest" not in doc.text
    assert doc.text.startswith("Caspian Ferries and the Price of Speed\n\nWhy ferries matter\n\nTwo new")
    assert [s.heading for s in doc.sections] == ["Why ferries matter", "Who pays"]


HUGO_MD = """+++
title = "Ferries on the Lorna Sea: who pays for speed"
date = 2025-08-19T10:30:00+05:00
lastmod = 2025-08-20T09:00:00+05:00
draft = false
tags = ["ferries", "ports"]

[cover]
image = "/img/ferry.jpg"
+++

{{< figure src="/img/ferry.jpg" caption="A ferry at the Lorna quay. Photo: the author" >}}

Two new ferries will join the Lorna line next spring, and the port expects to handle twice as many lorries.

<!--more-->

{{< notice info "Note" >}}
The fares for lorries on the new ferries have not been published yet, the port says.
{{< /notice >}}

The port authority will widen the quay before the ferries arrive, at a cost it puts at four million euros.

{{< subscribe title="Weekly letters" button="Subscribe" >}}
"""


def test_hugo_toml_front_matter_is_metadata_and_its_template_tags_go(tmp_path: Path) -> None:
    doc = load(tmp_path, {"2025-08-19-ferries.md": HUGO_MD})["2025-08-19-ferries.md"]
    assert (doc.title, doc.date) == ("Ferries on the Lorna Sea: who pays for speed", "2025-08-19")
    assert "+++" not in doc.text and "lastmod" not in doc.text and "[cover]" not in doc.text
    assert "{{" not in doc.text and "Photo: the author" not in doc.text and "Weekly letters" not in doc.text
    # what a paired tag wraps is judged as any line is: this one is prose
    assert "The fares for lorries on the new ferries have not been published yet, the port says." in doc.text
    assert "Two new ferries will join the Lorna line" in doc.text and "four million euros" in doc.text


def test_a_toml_block_that_does_not_parse_stays_text() -> None:
    from assistant.ingest.front_matter import split_front_matter

    raw = "+++\ntitle = \"unclosed\n+++\n\nThe ferry line opens in May.\n"
    body, fields = split_front_matter(raw)
    assert fields == {} and body == raw


def test_metadata_json_still_comes_before_front_matter(tmp_path: Path) -> None:
    doc = load(tmp_path, {"f.md": FERRIES_MD}, {"f.md": {"title": "Ferries", "publisher": "Desk", "date": "2025-09-01"}})["f.md"]
    assert (doc.title, doc.publisher, doc.date) == ("Ferries", "Desk", "2025-09-01")


def test_a_rule_that_is_not_front_matter_stays_text() -> None:
    cleaned = clean("Intro line of the story here.\n\n---\n\nMore text of the story follows here.\n", "markdown")
    assert "Intro line of the story here." in cleaned.text and "More text of the story follows here." in cleaned.text


def test_underlined_markdown_headings_are_headings() -> None:
    cleaned = clean(GRAIN_MD, "markdown")
    assert cleaned.title == "Kazakh Grain Exports Reach a Record"
    assert [s.heading for s in cleaned.sections] == ["Where the Grain Went"]
    assert "===" not in cleaned.text and "---" not in cleaned.text


def test_html_title_from_the_head_and_publisher_from_json_ld(tmp_path: Path) -> None:
    doc = load(tmp_path, {"forum-cp1251.html": FORUM_HTML.encode("cp1251")})["forum-cp1251.html"]
    assert doc.title == "Алматы принимает форум по водной дипломатии"  # not "Forum cp1251"
    assert (doc.publisher, doc.date, doc.language) == ("Степь-Инфо", "2025-10-02", "ru")
    no_og = load(tmp_path, {"t.html": "<title>Border Talks Resume in Bishkek | Steppe Wire</title><p>"
                            "Negotiators from both states met again on Tuesday to discuss the disputed villages.</p>"})
    assert no_og["t.html"].title == "Border Talks Resume in Bishkek"


def test_read_also_links_on_separate_lines_are_dropped_and_prose_kept(tmp_path: Path) -> None:
    doc = load(tmp_path, {"forum.html": FORUM_HTML})["forum.html"]
    for chrome in ("Читайте также", "Новый мост через Амударью", "Цены на бензин в регионе", "Экспорт хлопка"):
        assert chrome not in doc.text
    assert "Форум по водной дипломатии открылся в Алматы." in doc.text
    assert doc.text.rstrip().endswith("к концу недели.")


def test_read_also_in_plain_text_keeps_the_heading_after_a_blank_line() -> None:
    raw = ("Ports Compete for Caspian Cargo\n\nThe two ports signed new contracts with three shipping lines this month.\n\n"
           "Read also:\nKuryk opens a second berth\nAktau dredging delayed\n\nOutlook for Next Year\n\n"
           "Both ports expect container traffic to grow again once the new ferries arrive next spring.\n")
    text = clean(raw).text
    assert "Kuryk opens a second berth" not in text and "Outlook for Next Year" in text


def test_metadata_json_matches_a_name_written_decomposed(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Отчёт о визите.txt")
    assert name != unicodedata.normalize("NFC", name)
    docs = load(tmp_path, {f"sub/{name}": "Президент провёл переговоры в столице. Стороны подписали восемь "
                           "соглашений о торговле и транспорте, включая протокол о новом мосте.\n"},
                {"sub/Отчёт о визите.txt": {"title": "Визит президента", "publisher": "Пресс-служба", "date": "2025-05-07"}})
    (doc,) = docs.values()
    assert (doc.title, doc.publisher, doc.date) == ("Визит президента", "Пресс-служба", "2025-05-07")
    assert doc.doc_id == "sub/отчёт-о-визите"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Душанбе, 5 мая 2025 года. Таджикистан начал поставки электроэнергии в Афганистан по новой линии "
          "мощностью пятьсот мегаватт, сообщили в энергетической компании."), "2025-05-05"),
        (("ALMATY, March 3, 2025 (Steppe Wire) - Kazakhstan said on Monday it would raise its oil output by a "
          "tenth next year, despite the quota its partners agreed in the spring."), "2025-03-03"),
        (("Kazakhstan, which joined the group in 2015, said on 3 March 2025 that it would raise its oil output "
          "by a tenth next year, despite the quota agreed in the spring."), None),
    ],
)
def test_a_dateline_opening_the_first_paragraph_dates_the_article(text: str, expected: str | None) -> None:
    assert byline_date("\n\n" + text) == expected


SIDEBAR_HTML = """<!doctype html><html><head><meta property="og:site_name" content="Oxus Daily"></head><body>
<div class="sidebar"><h3>Most read</h3>
<div class="teaser"><h4>Tajik Farmers Turn to Drip Irrigation</h4><p>Farmers in the Vakhsh valley are installing drip
lines with help from a foreign grant, cutting water use by a third.</p></div>
<article class="teaser"><h4>Why Bishkek Is Courting Gulf Investors</h4><p>Officials toured three capitals.</p></article></div>
<h1>Astana Hosts US &amp; EU Talks on &lt;Critical&gt; Minerals</h1>
<article class="story">
<p>Kazakhstan hosted a round of talks with American and European officials on rare earth deposits in the east of the country.</p>
<h2>A Joint Survey</h2>
<p>The officials discussed a joint survey of the deposits and a processing plant that could open by 2029.</p>
<p>Kazakh officials said the survey would start in the spring and cover four districts, with results due a year later.</p>
<p>The European side offered to train geologists, while the American delegation spoke of loans for the plant.</p>
<article class="embed"><p>A post embedded and nested in the story is part of it, as the page shows it.</p></article>
</article>
<div class="more"><h3>More from Oxus Daily</h3><p>A new gas field could supply China for two decades, engineers say after a survey of the site.</p></div>
</body></html>"""


def test_an_html_page_with_an_article_element_is_read_from_it(tmp_path: Path) -> None:
    doc = load(tmp_path, {"side.html": SIDEBAR_HTML})["side.html"]
    assert doc.title == "Astana Hosts US & EU Talks on <Critical> Minerals"  # the h1 above the <article>
    for other in ("Drip Irrigation", "Vakhsh", "Courting Gulf", "Most read", "More from", "gas field"):
        assert other not in doc.text
    assert "rare earth deposits" in doc.text and "processing plant" in doc.text and "nested in the story" in doc.text
    assert [s.heading for s in doc.sections] == ["A Joint Survey"]


def test_a_short_article_element_does_not_hide_the_story() -> None:
    page = ("<body><article><p>Teaser of another story.</p></article><h1>Border Talks Resume</h1><p>Negotiators from "
            "both states met again on Tuesday and agreed to demarcate twelve more kilometres of the border.</p></body>")
    text = clean(page, "html").text
    assert "Negotiators from both states met again" in text and "Border Talks Resume" in text


def test_utf8_with_a_stray_windows_byte_stays_utf8() -> None:
    from assistant.ingest.decoding import decode

    russian = "Стороны договорились о совместном управлении рекой. Соглашение рассчитано на десять лет".encode()
    assert decode(russian + b" \x96 " + "и может быть продлено.".encode()) == (
        "Стороны договорились о совместном управлении рекой. Соглашение рассчитано на десять лет – и может быть продлено.")
    english = "The crossing at Bakhty – the third link – opens in May. Officials called it ".encode()
    assert decode(english + b"\x93historic\x94.") == "The crossing at Bakhty – the third link – opens in May. Officials called it “historic”."
    # a whole file in a legacy code page is still read in it
    assert decode("Стороны договорились о совместном управлении рекой.".encode("cp1251")) == "Стороны договорились о совместном управлении рекой."
    assert decode("Le ministre a signé l'accord à Genève.".encode("cp1252")) == "Le ministre a signé l'accord à Genève."


@pytest.mark.parametrize("name", ["saved-page.txt", "SAVED PAGE.TXT"])
def test_a_web_page_saved_as_txt_is_read_as_html(tmp_path: Path, name: str) -> None:
    page = ("<!DOCTYPE html>\n<html><head><title>x</title><script>var tracking = 1;</script></head><body><nav>Home | News</nav>"
            "<h1>Dushanbe Opens a New Airport Terminal</h1><p>The terminal doubles the airport's capacity and was "
            "financed by a loan from a regional fund.</p></body></html>")
    doc = load(tmp_path, {name: page})[name]
    assert doc.title == "Dushanbe Opens a New Airport Terminal"
    assert "<" not in doc.text and "tracking" not in doc.text and "doubles the airport's capacity" in doc.text


def test_a_text_that_mentions_a_tag_stays_text(tmp_path: Path) -> None:
    text = "Web Standards in Ministries\n\nThe ministry's new site marks each story with an <article> tag, its developers said.\n"
    assert "<article> tag" in load(tmp_path, {"a.txt": text})["a.txt"].text


def test_metadata_dates_that_are_not_dates_are_named_and_partial_dates_filter_right(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    from assistant.ingest.facets import Filters

    story = "Kazakh Grain Exports Reach a Record\n\nAlmaty, 4 April 2025. Kazakhstan exported more grain than in any year since independence.\n"
    docs = load(tmp_path, {"a.txt": story, "b.txt": story.replace("grain", "wheat"), "c.txt": story.replace("grain", "flour")},
                {"a.txt": {"date": "Spring 2025"}, "b.txt": {"date": "2024-03"}, "c.txt": {"date": "2023"}})
    assert docs["a.txt"].date == "2025-04-04"  # the printed dateline, not "Spring 2025"
    assert "ignored the date 'Spring 2025' of corpus/a.txt in metadata.json" in caplog.text
    assert (docs["b.txt"].date, docs["c.txt"].date) == ("2024-03", "2023")
    def passing(**kw: str) -> list[str]:
        return sorted(n for n, d in docs.items() if Filters.parse(**kw).matches(d))

    assert passing(since="2030") == []  # "Spring 2025" no longer passes every since-filter
    assert passing(since="2024-03-20") == ["a.txt", "b.txt"]  # March 2024 overlaps
    assert passing(until="2024-02") == ["c.txt"]
    assert passing(since="2023-12", until="2023-12") == ["c.txt"]


def test_a_corpus_path_that_is_a_file_is_named_as_such(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from assistant.app.cli import cli

    article = tmp_path / "article.txt"
    article.write_text("One article given where the folder was expected.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--corpus", str(article), "--index", str(tmp_path / "index")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: corpus folder {article} is a file, not a folder: give the folder that holds the articles"]


def test_raw_html_inside_markdown_is_read_as_a_renderer_shows_it() -> None:
    md = ("# Turkmen Gas Heads East\n\n<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>\n\n"
          "Turkmenistan raised gas exports by a fifth this year. Prices rose &lt;5% and a < b; see <https://example.org/x>.\n\n"
          "<figure><img src=\"pipe.jpg\" alt=\"pipeline\"><figcaption>The pipeline near the border.</figcaption></figure>\n\n"
          "Engineers expect a fourth line to open <em>before 2030</em>, doubling capacity.\n<script>track(\"x\")</script>\n")
    text = clean(md, "markdown").text
    assert "<div" not in text and "<em>" not in text and "track(" not in text and "Share" not in text
    assert "Engineers expect a fourth line to open before 2030, doubling capacity." in text
    assert "The pipeline near the border." in text
    assert "Prices rose <5% and a < b; see <https://example.org/x>." in text


def test_teaser_cards_in_article_elements_do_not_replace_the_story() -> None:
    card = ("<article class='card'><h3>Teaser {n}</h3><p>" + "A summary of another story about regional trade and transport. " * 4
            + "</p></article>")
    story = ("<div class='story'><h1>Caspian Ports Sign New Contracts</h1>"
             + "<p>The two ports signed new contracts with three shipping lines this month, officials said.</p>" * 8 + "</div>")
    text = clean("<body>" + story + "".join(card.format(n=n) for n in range(3)) + "</body>", "html").text
    assert text.count("The two ports signed new contracts") >= 1 and "Caspian Ports Sign New Contracts" in text


def test_a_short_story_holding_the_headline_is_read_from_its_article() -> None:
    sidebar = "<div class='most-read'>" + "<h4>Another Story</h4><p>A teaser sentence about another story entirely.</p>" * 6 + "</div>"
    story = ("<article><h1>Astana Hosts Talks on Critical Minerals</h1><p>Kazakhstan hosted a round of talks with foreign "
             "officials on rare earth deposits in the east of the country.</p><p>They discussed a joint survey and a "
             "processing plant that could open by 2029.</p></article>")
    cleaned = clean("<body>" + sidebar + story + "</body>", "html")
    assert cleaned.title == "Astana Hosts Talks on Critical Minerals"
    assert "teaser sentence" not in cleaned.text and "processing plant" in cleaned.text


def test_doc_filter_takes_the_file_name_a_citation_shows(tmp_path: Path) -> None:
    from assistant.ingest.facets import Filters

    name = unicodedata.normalize("NFD", "Отчёт МИД 2026.txt")
    docs = load(tmp_path, {name: "Министерство провело девять раундов консультаций с соседними странами за квартал.\n",
                           "other.txt": "The commission met again and agreed nothing new about the reservoirs.\n"})
    (report,) = [d for d in docs.values() if d.doc_id != "other"]
    for value in (report.doc_id, "corpus/Отчёт МИД 2026.txt", "Отчёт МИД 2026.txt", "отчёт мид 2026.TXT"):
        assert [d.doc_id for d in docs.values() if Filters.parse(doc_ids=[value]).matches(d)] == [report.doc_id], value
    assert not any(Filters.parse(doc_ids=["Отчёт"]).matches(d) for d in docs.values())


@pytest.mark.parametrize(("line", "lang"), [("Просмотров: 1 245", "ru"), ("Views: 1,245", "en")])
def test_a_view_counter_is_not_a_section(line: str, lang: str) -> None:
    body = {"ru": "Министры пяти государств провели встречу и договорились о создании общего реестра проектов.",
            "en": "The ministers of five states met and agreed to set up a shared register of projects."}[lang]
    cleaned = clean(f"Ministers Meet on a Shared Register\n\n{body}\n\nTags: diplomacy\n{line}\n")
    assert line not in cleaned.text and cleaned.sections == () and body in cleaned.text


def test_front_matter_yaml_refuses_is_still_metadata_and_front_matter_alone_is_no_article(tmp_path: Path) -> None:
    docs = load(tmp_path, {
        "bad.md": "---\ntitle: Ports [draft\ndate: 2025-02-03\n---\n\nThe two ports signed new contracts with three shipping lines.\n",
        "crlf.md": "---\r\ntitle: Windows Line Endings Here\r\n---\r\n\r\nBody text of an article written on Windows about ports.\r\n",
        "empty.md": "---\ntitle: To be written\ndate: 2025-01-01\n---\n\n",
    })
    assert (docs["bad.md"].title, docs["bad.md"].date) == ("Ports [draft", "2025-02-03")
    assert "---" not in docs["bad.md"].text and "date:" not in docs["bad.md"].text
    assert docs["crlf.md"].title == "Windows Line Endings Here" and "---" not in docs["crlf.md"].text
    assert "empty.md" not in docs  # skipped: no article text
