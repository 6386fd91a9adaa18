"""E-books, slide decks and note exports (.epub, .fb2, .pptx, .enex): each is read, its own chrome left out.

Every file is built here from text written for the test: an EPUB 3 report (cover, contents, copyright page,
footnotes in asides), an EPUB 2 report whose endnotes are a page of their own, a Russian FictionBook brochure
with a notes body, a briefing deck whose prose is in the speaker notes, and an Evernote web clip. Bad files
(a zip that is no book, XML that is no FictionBook, an export without a note) are skipped with a reason.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistant.ingest.corpus import load_corpus, scan_corpus
from assistant.ingest.formats import UnreadableDocument, extract

CONTAINER = """<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"""


def xhtml(body: str, title: str = "x", body_type: str = "") -> str:
    kind = f' epub:type="{body_type}"' if body_type else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" '
            f'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{title}</title><link rel="stylesheet" href="s.css"/>'
            f"</head><body{kind}>{body}</body></html>")


def epub(pages: dict[str, str], opf_meta: str, guide: str = "", nav: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml", CONTAINER)
        items = "".join(f'<item id="p{k}" href="{name}" media-type="application/xhtml+xml"/>' for k, name in enumerate(pages))
        spine = "".join(f'<itemref idref="p{k}"/>' for k in range(len(pages)))
        if nav is not None:
            items += '<item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/>'
            z.writestr("OEBPS/nav.xhtml", nav)
        z.writestr("OEBPS/content.opf", f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
                   f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">{opf_meta}</metadata><manifest>{items}</manifest>'
                   f"<spine>{spine}</spine>{guide}</package>")
        for name, text in pages.items():
            z.writestr(f"OEBPS/{name}", text)
    return buffer.getvalue()


CHAPTER_ONE = xhtml(
    "<section epub:type=\"chapter\"><h1>1. Why the Vettin corridor matters</h1>"
    "<p>The Vettin corridor carried 4.2 million tonnes of cargo in 2024, up from 2.9 million tonnes a year earlier."
    '<a epub:type="noteref" href="#fn1"><sup>1</sup></a> Most of it was grain and fertiliser.</p>'
    "<h2>Who pays for the ferries</h2><p>The port authority of Lorna plans to buy three ferries by 2027, paid for by a "
    "loan from a regional development bank.</p>"
    "<table><caption>Table 1. Cargo on the corridor</caption><tr><th>Year</th><th>Cargo</th></tr><tr><td>2023</td><td>2.9 Mt</td></tr><tr><td>2024</td><td>4.2 Mt</td></tr></table>"
    '<aside epub:type="footnote" id="fn1"><p><a href="#r1">↩</a> Port authority figures, published in March 2025.</p></aside>'
    "</section>")
CHAPTER_TWO = xhtml(
    "<section><h1>2. What the report recommends</h1><p>The authors recommend that the two governments agree a single "
    "customs form before the ferries arrive, because inspections now take eleven hours on average.</p>"
    "<ul><li>Publish the tariff for each berth.</li><li>Share the inspection queue online.</li></ul></section>")
FINDINGS = xhtml("<h1>Key findings</h1><ul><li>Cargo up by a half in a year</li><li>Three ferries on order</li>"
                 "<li>Eleven hours at customs</li></ul>")  # a page of bullets without a sentence is the report's
COVER = xhtml('<div><img src="cover.jpg" alt="Cover"/></div>', body_type="cover")
TITLE_PAGE = xhtml("<h1>Across the Inland Sea</h1><p>Mira Talbot and Oskar Venn</p><p>Veldmark Institute</p>")
COPYRIGHT = xhtml("<p>© 2025 Veldmark Institute. All rights reserved.</p><p>ISBN 978-0-00-000000-0</p>"
                  "<p>This publication may be cited as: Talbot and Venn, Across the Inland Sea, 2025.</p>",
                  body_type="copyright-page")
ABOUT = xhtml("<h1>About the authors</h1><p>Mira Talbot is a fellow of the Veldmark Institute, where she has led the "
              "ports programme since 2019.</p><p>Oskar Venn teaches trade law in Lorna and writes on customs.</p>")
CONTENTS = xhtml('<h1>Contents</h1><p><a href="ch1.xhtml">1. Why the Vettin corridor matters</a></p>'
                 '<p><a href="ch2.xhtml">2. What the report recommends</a></p>')
NAV = xhtml('<nav epub:type="toc"><ol><li><a href="ch1.xhtml">Chapter one</a></li></ol></nav>')
META3 = ('<dc:title>Across the Inland Sea: Ferries and Customs on the Vettin Corridor</dc:title><dc:creator>Mira Talbot'
         "</dc:creator><dc:publisher>Veldmark Institute</dc:publisher><dc:date>2025-10-14</dc:date><dc:language>en</dc:language>")


def epub3() -> bytes:
    return epub({"cover.xhtml": COVER, "title.xhtml": TITLE_PAGE, "copyright.xhtml": COPYRIGHT, "contents.xhtml": CONTENTS,
                 "findings.xhtml": FINDINGS, "ch1.xhtml": CHAPTER_ONE, "ch2.xhtml": CHAPTER_TWO, "about.xhtml": ABOUT}, META3, nav=NAV)


def test_an_epub_report_reads_its_chapters_in_order_with_notes_last_and_no_front_matter() -> None:
    got = extract("epub", epub3())
    text = got.cleaned.text
    assert got.cleaned.title == "Across the Inland Sea: Ferries and Customs on the Vettin Corridor"
    assert got.meta["date"] == "2025-10-14" and got.meta["publisher"] == "Veldmark Institute" and got.meta["language"] == "en"
    assert "up from 2.9 million tonnes a year earlier. Most of it was grain" in text  # the note's mark left the sentence
    assert text.index("4.2 million tonnes") < text.index("three ferries") < text.index("single customs form")
    assert text.index("single customs form") < text.index("Port authority figures, published in March 2025.")
    assert "Publish the tariff for each berth." in text and "Year: 2024; Cargo: 4.2 Mt." in text
    assert text.index("Table 1. Cargo on the corridor") < text.index("Year: 2023")
    assert text.index("Three ferries on order") < text.index("4.2 million tonnes")
    for chrome in ("All rights reserved", "ISBN", "may be cited as", "Contents", "Chapter one", "Cover", "↩", "Oskar Venn",
                   "About the authors", "ports programme since 2019"):
        assert chrome not in text, chrome
    headings = [s.heading for s in got.cleaned.sections]
    assert headings.index("1. Why the Vettin corridor matters") + 1 == headings.index("Who pays for the ferries")


def test_an_epub2_book_takes_its_endnotes_from_the_notes_page_the_marks_point_to() -> None:
    chapter = xhtml('<h1>Transit fees</h1><p>The transit fee rose to 14 dollars a tonne in May.<sup><a href="notes.xhtml#n1">1'
                    "</a></sup> Carriers said the rise was the third in two years.</p>")
    notes = xhtml('<h1>Notes</h1><p id="n1"><a href="chapter.xhtml#r1">1</a>. Decree of the transport ministry, 2 May 2025.</p>')
    guide = '<guide><reference type="toc" title="Contents" href="contents.xhtml"/></guide>'
    contents = xhtml('<h1>Содержание</h1><p>Transit fees ... 3</p>')
    data = epub({"contents.xhtml": contents, "chapter.xhtml": chapter, "notes.xhtml": notes},
                "<dc:title>Transit Fees on the Northern Route</dc:title><dc:date>2025</dc:date>", guide)
    got = extract("epub", data)
    text = got.cleaned.text
    assert "14 dollars a tonne in May. Carriers said" in text
    assert text.rstrip().endswith("1. Decree of the transport ministry, 2 May 2025.")  # the note's number is its link back
    assert "Содержание" not in text and got.meta["date"] == "2025"


@pytest.mark.parametrize(("data", "reason"), [
    (b"PK\x03\x04" + b"\x00" * 100, "not an EPUB book (not a valid zip file)"),
    (b"just text", "not an EPUB book (not a valid zip file)"),
])
def test_a_file_that_is_no_epub_is_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableDocument, match=reason.replace("(", r"\(").replace(")", r"\)")):
        extract("epub", data)


def test_a_zip_without_a_package_or_of_another_kind_is_no_epub() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(UnreadableDocument, match="no package document"):
        extract("epub", buffer.getvalue())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(UnreadableDocument, match="mimetype is another"):
        extract("epub", buffer.getvalue())


FB2 = """<?xml version="1.0" encoding="utf-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
<description><title-info><genre>sci_politics</genre><author><first-name>Ирина</first-name><last-name>Веденеева</last-name></author>
<book-title>Лорнский транзит: итоги сезона</book-title><annotation><p>Брошюра о сезоне навигации.</p></annotation>
<date value="2025-09-30">2025</date><lang>ru</lang></title-info>
<document-info><program-used>FictionBook Editor 2.6</program-used><id>abc-1</id><version>1.0</version></document-info>
<publish-info><publisher>Издательство «Вельдмарк»</publisher><city>Лорна</city><year>2025</year><isbn>978-0-00-000001-7</isbn></publish-info>
</description>
<body><title><p>Ирина Веденеева</p><p>Лорнский транзит: итоги сезона</p></title>
<epigraph><p>Порт живёт, пока идут суда.</p><text-author>Поговорка лоцманов</text-author></epigraph>
<section><title><p>Глава 1. Грузы</p></title>
<p>За сезон через порт Лорна прошло <strong>3,1 млн тонн</strong> грузов<a l:href="#n1" type="note">[1]</a>, на 12% больше, чем годом ранее.</p>
<empty-line/><subtitle>Зерно</subtitle><p>Зерно дало почти половину оборота, а удобрения — около четверти.</p>
<table><tr><th>Груз</th><th>Доля</th></tr><tr><td>Зерно</td><td>48%</td></tr></table></section>
<section><title><p>Глава 2. Паромы</p></title><p>Два новых парома должны выйти на линию весной 2026 года.</p></section>
<section><p>Веденеева И. Лорнский транзит. — Лорна: Вельдмарк, 2025. — 24 с.</p><p>ISBN 978-0-00-000001-7</p>
<p>Подписано в печать 01.10.2025. Тираж 200 экз.</p></section>
</body>
<body name="notes"><title><p>Примечания</p></title><section id="n1"><title><p>1</p></title><p>Данные администрации порта за январь–октябрь.</p></section></body>
<binary id="cover.jpg" content-type="image/jpeg">/9j/4AAQSkZJRgABAQ==</binary>
</FictionBook>"""


def test_a_fictionbook_reads_its_sections_table_and_notes_without_annotation_epigraph_author_or_imprint() -> None:
    got = extract("fb2", FB2.encode("utf-8"))
    text = got.cleaned.text
    assert got.cleaned.title == "Лорнский транзит: итоги сезона"
    assert got.meta["date"] == "2025-09-30" and got.meta["language"] == "ru" and got.meta["author"] == "Ирина Веденеева"
    assert "прошло 3,1 млн тонн грузов, на 12% больше" in text
    assert "Груз: Зерно; Доля: 48%." in text and "весной 2026 года" in text
    assert text.rstrip().endswith("Данные администрации порта за январь–октябрь.")
    assert "Брошюра о сезоне" not in text and "/9j/" not in text and "[1]" not in text
    for chrome in ("Ирина Веденеева", "Порт живёт", "Поговорка лоцманов", "Подписано в печать", "24 с.", "ISBN"):
        assert chrome not in text, chrome
    assert {"Глава 1. Грузы", "Зерно", "Глава 2. Паромы"} <= {s.heading for s in got.cleaned.sections}


def test_a_windows_1251_fictionbook_and_a_file_that_is_none() -> None:
    data = FB2.replace('encoding="utf-8"', 'encoding="windows-1251"').encode("cp1251", errors="replace")
    assert "3,1 млн тонн" in extract("fb2", data).cleaned.text
    with pytest.raises(UnreadableDocument, match="no <FictionBook> XML"):
        extract("fb2", b"<html><body>not a book</body></html>")


def deck() -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.core_properties.title = "Lorna port briefing"
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = "Ferries for the Lorna Port: Options for 2026"
    slide.placeholders[1].text = "Mira Talbot, Veldmark Institute\n12 November 2025"
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Agenda"
    slide.placeholders[1].text = "Where the cargo goes\nWhat the ferries cost"
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Cargo is growing"
    body = slide.placeholders[1].text_frame
    body.text = "4.2 Mt in 2024"
    sub = body.add_paragraph()
    sub.text, sub.level = "grain and fertiliser lead", 1
    slide.notes_slide.notes_text_frame.text = ("Cargo through the port reached 4.2 million tonnes last year. "
                                               "The board expects five million tonnes by 2027 if the ferries arrive on time.")
    box = slide.shapes.add_textbox(Inches(0.5), Inches(6.8), Inches(4), Inches(0.4))
    box.text_frame.text = "Source: port authority"
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Costs"
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(6), Inches(1)).table
    for (r, c), value in {(0, 0): "Item", (0, 1): "Cost", (1, 0): "Two ferries", (1, 1): "$180 million"}.items():
        table.cell(r, c).text = value
    slide.notes_slide.notes_text_frame.text = "Two ferries would cost about 180 million dollars, paid by a bank loan."
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


def test_a_deck_reads_its_slides_in_order_with_their_notes_and_table() -> None:
    got = extract("pptx", deck())
    text = got.cleaned.text
    assert got.cleaned.title == "Ferries for the Lorna Port: Options for 2026"
    assert "The board expects five million tonnes by 2027 if the ferries arrive on time." in text
    assert text.index("4.2 Mt in 2024") < text.index("Cargo through the port") < text.index("180 million dollars")
    assert "Item: Two ferries; Cost: $180 million." in text and "4.2 Mt in 2024. Grain and fertiliser lead." in text
    assert "Mira Talbot" not in text and "Agenda" not in text and "Where the cargo goes" not in text
    assert got.meta["date"] == "2025-11-12"  # the title slide's date
    assert [s.heading for s in got.cleaned.sections][:2] == ["Cargo is growing", "Costs"]


def test_a_file_that_is_no_deck_is_refused_in_one_line() -> None:
    with pytest.raises(UnreadableDocument, match="not a PowerPoint deck"):
        extract("pptx", b"PK\x03\x04" + b"\x00" * 64)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    with pytest.raises(UnreadableDocument, match="not a PowerPoint deck"):
        extract("pptx", buffer.getvalue())


ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20251204T101500Z" application="Evernote" version="10.100">
<note><title>Lorna and Vettin sign a ferry pact | Veldmark Herald</title><created>20251203T091200Z</created>
<tag>ports</tag><note-attributes><author>reader</author><source>web.clip7</source>
<source-url>https://herald.example/ports/ferry-pact</source-url></note-attributes>
<content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div style="font-size:14px"><div>Veldmark Herald</div><div>Ports, trade and the sea since 1921</div>
<div>Home | Ports | Trade | Opinion</div>
<div style="font-size:28px;font-weight:bold">Lorna and Vettin sign a ferry pact</div><div>By Oskar Venn | 2 December 2025</div>
<en-media hash="a1b2c3" type="image/jpeg"/><div>Photo: Veldmark Herald</div>
<p>The two ports agreed on Tuesday to run a joint ferry line with four sailings a week from April 2026.</p>
<p>The line will carry trucks and containers, and the fare for a truck will be 310 dollars one way.</p>
<p>Neither side said how the cost of the new berths would be shared.</p>
<div>Share on X | Share on Facebook | Copy link</div></div></en-note>]]></content>
<resource><data encoding="base64">/9j/4AAQ</data><mime>image/jpeg</mime></resource></note></en-export>"""


def test_an_evernote_clip_is_read_as_the_page_it_clipped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "Ferry pact.enex").write_text(ENEX, encoding="utf-8")
    (corpus / "empty.enex").write_text('<?xml version="1.0"?><en-export><note><title>x</title></note></en-export>', encoding="utf-8")
    (doc,) = load_corpus(scan_corpus(corpus))
    assert doc.title == "Lorna and Vettin sign a ferry pact" and doc.url == "https://herald.example/ports/ferry-pact"
    assert "four sailings a week from April 2026" in doc.text and "310 dollars one way" in doc.text
    assert doc.text.startswith("Lorna and Vettin sign a ferry pact")  # the note's title marks the clip's headline
    for chrome in ("Share on X", "Home | Ports", "a1b2c3", "en-note", "CDATA", "since 1921"):
        assert chrome not in doc.text, chrome


def test_the_new_formats_build_and_are_cited(tmp_path: Path, fake_embedder) -> None:
    from assistant.settings import Settings
    from assistant.build import build_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "Across the Inland Sea.epub").write_bytes(epub3())
    (corpus / "лорна-транзит.fb2").write_text(FB2, encoding="utf-8")
    (corpus / "briefing.pptx").write_bytes(deck())
    (corpus / "broken.epub").write_bytes(b"PK\x03\x04 broken")
    report = build_index(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), fake_embedder)
    assert report.docs_added == 3
    assert list(report.skipped) == ["skipped corpus/broken.epub: not an EPUB book (not a valid zip file)"]
