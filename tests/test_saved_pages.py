"""Pages saved with their resources in one file: Safari's `.webarchive` and a zipped page (`.zip`).

Every file is built here from text written for the test: a magazine page archived by Safari (a binary property
list, with pictures, a style sheet and a script beside the page), the same kind of page in a Russian code page
named by the archive, and a word processor's "web page, zipped" download (one HTML file and its pictures). Bad
files (a property list without a page, a zip of several documents, a zip of pictures, a broken zip) are skipped
with a reason that says what to do, and never end the build.
"""

from __future__ import annotations

import io
import plistlib
import zipfile
from pathlib import Path

from assistant.ingest.corpus import load_corpus, scan_corpus
from assistant.ingest.saved_pages import read_held_page, read_safari_archive, read_zipped_page

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vettin's grain quay opens | Veldmark Weekly</title>
<meta property="og:title" content="Vettin's grain quay opens"><script>window.dataLayer = [];</script></head><body>
<header><div class="logo">Veldmark Weekly</div><nav><a href="/">Home</a> <a href="/trade">Trade</a> <a href="/ports">Ports</a></nav></header>
<main><article><h1>Vettin's grain quay opens</h1><p class="byline">By Ilse Marrow, 3 December 2025</p>
<p>The new grain quay at Vettin handled its first ship on Monday, a bulk carrier loaded with 28,000 tonnes of wheat.</p>
<p>The port authority said the quay can take 2.4 million tonnes a year once its second silo is finished in 2027.</p>
<p>How much the builders were paid has not been disclosed.</p>
<div class="share">Share on X Share on Facebook Copy link</div></article></main>
<footer>© 2025 Veldmark Weekly. All rights reserved.</footer></body></html>"""


def webarchive(html: bytes, encoding: str = "UTF-8", mime: str = "text/html") -> bytes:
    resource = {"WebResourceData": html, "WebResourceMIMEType": mime, "WebResourceTextEncodingName": encoding,
                "WebResourceURL": "https://weekly.example/trade/vettin-grain-quay", "WebResourceFrameName": ""}
    subresources = [
        {"WebResourceData": b"\x89PNG\r\n\x1a\n0000", "WebResourceMIMEType": "image/png",
         "WebResourceURL": "https://weekly.example/img/quay.png"},
        {"WebResourceData": b"body{margin:0}", "WebResourceMIMEType": "text/css",
         "WebResourceURL": "https://weekly.example/site.css"},
        {"WebResourceData": b"console.log('menu')", "WebResourceMIMEType": "application/javascript",
         "WebResourceURL": "https://weekly.example/site.js"},
    ]
    return plistlib.dumps({"WebMainResource": resource, "WebSubresources": subresources}, fmt=plistlib.FMT_BINARY)


DOC_EXPORT = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">
.c1{margin-left:36pt}.c3{font-weight:400;font-family:"Arial"}.title{font-size:26pt}</style></head>
<body class="c12 doc-content"><p class="c1"><span class="c3">Для внутреннего пользования</span></p>
<p class="title"><span class="c3">Паромная линия Лорна — Веттин: итоги первого года</span></p>
<h1 id="h.k2j4x"><span class="c3">Грузопоток</span></h1>
<p class="c1"><span class="c3">За первый год паромы перевезли 41 тысячу грузовиков</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span class="c3">, что на треть больше плана.</span></p>
<p class="c1"><span class="c3">Стоимость строительства второго причала стороны не раскрывают.</span></p>
<p class="c1"><span class="c2"></span></p><p class="c1"><img src="images/image1.png"></p>
<div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c3"> По данным портовой администрации Веттина.</span></p></div>
</body></html>"""


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_safari_archive_is_read_as_its_page_with_its_address() -> None:
    page = read_safari_archive(webarchive(PAGE.encode("utf-8")))
    assert page is not None and page.kind == "html"
    assert "28,000 tonnes of wheat" in page.text and page.declared == {"url": "https://weekly.example/trade/vettin-grain-quay"}
    assert "console.log" not in page.text and "margin:0" not in page.text  # the resources beside the page are not read


def test_a_safari_archive_page_is_decoded_in_the_encoding_it_names() -> None:
    russian = "<html><head><title>Паром</title></head><body><p>Паром ходит четыре раза в неделю.</p></body></html>"
    page = read_safari_archive(webarchive(russian.encode("cp1251"), encoding="windows-1251"))
    assert page is not None and "Паром ходит четыре раза в неделю." in page.text
    wrong = read_safari_archive(webarchive(russian.encode("cp1251"), encoding="no-such-charset"))
    assert wrong is not None and "Паром ходит" in wrong.text  # an unknown name: decoded as any page is


def test_a_safari_archive_without_a_page_is_none() -> None:
    assert read_safari_archive(b"not a property list") is None
    assert read_safari_archive(plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY)) is None
    assert read_safari_archive(plistlib.dumps(["a", "list"], fmt=plistlib.FMT_BINARY)) is None
    assert read_safari_archive(webarchive(b"%PDF-1.7 ...", mime="application/pdf")) is None
    assert read_safari_archive(webarchive(b"  ")) is None


def test_a_zipped_page_is_read_as_its_one_page() -> None:
    data = zipped({"Паромная линия.html": DOC_EXPORT.encode("utf-8"), "images/image1.png": b"\x89PNG0000",
                   "__MACOSX/._Паромная линия.html": b"\x00\x05\x16\x07", ".DS_Store": b"\x00"})
    page = read_zipped_page(data)
    assert page is not None and page.kind == "html" and "41 тысячу грузовиков" in page.text


def test_a_zip_that_is_not_one_page_is_none() -> None:
    two_pages = zipped({"a.html": b"<p>One page.</p>", "b.html": b"<p>Another page.</p>"})
    page_and_pdf = zipped({"a.html": b"<p>One page.</p>", "report.pdf": b"%PDF-1.7"})
    pictures = zipped({"images/image1.png": b"\x89PNG0000"})
    only_a_pdf = zipped({"report.pdf": b"%PDF-1.7"})
    only_an_old_word_file = zipped({"report.doc": b"\xd0\xcf\x11\xe0"})  # a format that is not read
    empty_page = zipped({"a.html": b"   "})
    for data in (two_pages, page_and_pdf, pictures, only_a_pdf, only_an_old_word_file, empty_page, b"PK\x03\x04 broken",
                 b"plain text"):
        assert read_zipped_page(data) is None


def test_only_page_holders_are_read_by_read_held_page() -> None:
    assert read_held_page("zipped page", zipped({"a.html": b"<p>One page.</p>"})) is not None
    assert read_held_page("safari archive", webarchive(PAGE.encode())) is not None
    assert read_held_page("html", PAGE.encode()) is None


def test_saved_pages_build_cleaned_titled_and_skipped_with_reasons(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "Vettin's grain quay opens.webarchive").write_bytes(webarchive(PAGE.encode("utf-8")))
    (corpus / "Паромная линия — итоги.zip").write_bytes(zipped({"Паромная линия.html": DOC_EXPORT.encode("utf-8"),
                                                                 "images/image1.png": b"\x89PNG0000"}))
    (corpus / "several.zip").write_bytes(zipped({"a.html": b"<p>One.</p>", "b.html": b"<p>Two.</p>"}))
    (corpus / "no page.webarchive").write_bytes(plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY))
    scan = scan_corpus(corpus)
    docs = {doc.source.split("/")[-1]: doc for doc in load_corpus(scan)}
    assert sorted(docs) == ["Vettin's grain quay opens.webarchive", "Паромная линия — итоги.zip"]
    quay = docs["Vettin's grain quay opens.webarchive"]
    assert quay.title == "Vettin's grain quay opens" and quay.url == "https://weekly.example/trade/vettin-grain-quay"
    assert "2.4 million tonnes a year" in quay.text and quay.language == "en"
    for chrome in ("Share on X", "All rights reserved", "dataLayer", "Home Trade Ports"):
        assert chrome not in quay.text, chrome
    memo = docs["Паромная линия — итоги.zip"]
    assert "41 тысячу грузовиков" in memo.text and "второго причала" in memo.text and memo.language == "ru"
    assert "margin-left" not in memo.text and "image1.png" not in memo.text


def test_a_build_names_each_saved_page_it_skips(tmp_path: Path, fake_embedder) -> None:
    from assistant.build import build_index
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "Vettin's grain quay opens.webarchive").write_bytes(webarchive(PAGE.encode("utf-8")))
    (corpus / "several.zip").write_bytes(zipped({"a.html": b"<p>One.</p>", "b.html": b"<p>Two.</p>"}))
    (corpus / "no page.webarchive").write_bytes(plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY))
    report = build_index(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"), fake_embedder)
    assert report.docs_added == 1
    assert sorted(report.skipped) == [
        "skipped corpus/no page.webarchive: a Safari web archive without a web page in it",
        "skipped corpus/several.zip: a zip archive that is not one web page with its files (unpack it into the corpus folder)",
    ]
