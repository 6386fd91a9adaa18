"""Documents saved as Rich Text (.rtf), OpenDocument text (.odt), a web page saved whole as one file (.mhtml) and a
Word draft with tracked changes are read as their reader sees them (ingest/formats/rtf.py, odt.py, docx.py, mail.py).

Every file here is built by the test from text written for it: a Russian press release in RTF with cp1251 escapes, a
conference paper in ODT, a commentary page as Chrome's MHTML with a quoted-printable body, a brief with a reviewer's
insertions, deletions and comments.
"""

from __future__ import annotations

import base64
import io
import quopri
import zipfile
from pathlib import Path

import pytest

from assistant.ingest.corpus import load_corpus, scan_corpus
from assistant.ingest.formats import UnreadableDocument, extract


def _rtf_escape(text: str) -> str:
    """Text as Word writes it into an RTF of code page 1251: Cyrillic as \\'xx, anything else outside it as \\uN?."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
            continue
        try:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp1251")))
        except UnicodeEncodeError:
            out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def press_release_rtf() -> bytes:
    paras = [
        "МИНИСТЕРСТВО ВОДНЫХ ПУТЕЙ ВЕЛДМАРКА",
        "720017, г. Веттин, ул. Портовая, 42 • 720017, Веттин ш., Портовая көч., 42",
        "ПРЕСС-РЕЛИЗ",
        "Паромная линия Лорна — Веттин начнёт работу в марте",
        ("Министерство водных путей сообщает, что паромная линия между портами Лорна и Веттин откроется 15 марта. "
         "Два судна будут выполнять по четыре рейса в неделю, а вместимость каждого составит 48 грузовиков."),
        "Стоимость перевозки одного грузовика пока не раскрывается: тариф утвердит комиссия в феврале.",
    ]
    body = "".join(f"\\pard\\plain\\f0\\fs24 {_rtf_escape(p)}\\par\n" for p in paras)
    table = (
        "\\trowd\\cellx3000\\cellx6000 " + _rtf_escape("Порт") + "\\cell " + _rtf_escape("Рейсов в неделю") + "\\cell \\row\n"
        "\\trowd\\cellx3000\\cellx6000 " + _rtf_escape("Лорна") + "\\cell 4\\cell \\row\n"
        "\\trowd\\cellx3000\\cellx6000 " + _rtf_escape("Веттин") + "\\cell 4\\cell \\row\n\\pard\n"
    )
    tail = f"\\pard {_rtf_escape('Пресс-служба министерства, тел. +7 000 111 22 33')}\\par\n"
    head = (
        "{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1049{\\fonttbl{\\f0\\froman\\fcharset204 Times New Roman;}}\n"
        "{\\colortbl;\\red0\\green0\\blue0;}\n"
        "{\\info{\\title " + _rtf_escape("Паромная линия Лорна — Веттин") + "}{\\author press}"
        "{\\creatim\\yr2025\\mo12\\dy3\\hr10\\min5}}\n"
        "{\\header \\pard " + _rtf_escape("Официальное сообщение — страница") + " \\chpgn\\par}\n"
    )
    return (head + body + table + tail + "}").encode("ascii")


def test_a_press_release_in_rtf_reads_its_cyrillic_table_and_properties() -> None:
    extracted = extract("rtf", press_release_rtf())
    text = extracted.cleaned.text
    assert "откроется 15 марта" in text and "вместимость каждого составит 48 грузовиков" in text
    assert "Лорна — Веттин" in text  # a character outside the code page, written as \uN?
    assert "Порт: Лорна; Рейсов в неделю: 4" in text  # a table row with its header
    assert "Официальное сообщение" not in text and "\\" not in text and "Times New Roman" not in text
    assert "720017" not in text and extracted.cleaned.title == "Паромная линия Лорна — Веттин начнёт работу в марте"
    assert extracted.meta["created"] == "2025-12-03"
    assert extracted.meta["title"] == "Паромная линия Лорна — Веттин"


def test_a_file_named_rtf_that_is_not_one_is_unreadable_with_a_reason() -> None:
    with pytest.raises(UnreadableDocument, match="not an RTF document"):
        extract("rtf", b"PK\x03\x04 a zip under the wrong name")


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def conference_paper_odt(*, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {_ODT_NS} office:version="1.3">
<office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
<style:style style:name="T1" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style></office:automatic-styles>
<office:body><office:text>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<text:p text:style-name="P1">Grain corridors of the Lorna basin</text:p>
<text:p>Mira Ostrow<text:span text:style-name="T1">1</text:span> and Tomas Veld<text:span text:style-name="T1">2</text:span></text:p>
<text:p><text:span text:style-name="T1">1</text:span> Institute of Lake Transport, Vettin, Veldmark<text:line-break/><text:span text:style-name="T1">2</text:span> Lorna Grain Research Centre, Lorna, Veldmark</text:p>
<text:table-of-content><text:index-body><text:p>1 Routes<text:tab/>2</text:p></text:index-body></text:table-of-content>
<text:h text:outline-level="1">1 Routes</text:h>
<text:p text:style-name="Text_20_body">The northern route carried <text:span>2.3 million tonnes</text:span> of wheat in 2024,<text:s text:c="2"/>up
from 1.9 million a year earlier.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Port authority of Lorna, annual return.</text:p></text:note-body></text:note> Rail took most of it.</text:p>
<text:list><text:list-item><text:p>Vettin dry port</text:p></text:list-item><text:list-item><text:p>Lorna river terminal</text:p></text:list-item></text:list>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>
<table:table-header-rows><table:table-row><table:table-cell><text:p>Route</text:p></table:table-cell><table:table-cell><text:p>Share</text:p></table:table-cell></table:table-row></table:table-header-rows>
<table:table-row><table:table-cell><text:p>Northern</text:p></table:table-cell><table:table-cell><text:p>61 percent</text:p></table:table-cell></table:table-row>
</table:table>
<text:h text:outline-level="1">2 Prices</text:h>
<text:p>The freight rate on the northern route has not been published. Its silos cover 40 km<text:span text:style-name="T1">2</text:span>.</text:p>
</office:text></office:body></office:document-content>"""
    meta = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {_ODT_NS}><office:meta><dc:title>Grain corridors of the Lorna basin</dc:title>
<meta:initial-creator>A. Reviewer</meta:initial-creator><meta:creation-date>2025-11-20T09:15:00</meta:creation-date>
<dc:language>en-GB</dc:language></office:meta></office:document-meta>"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("styles.xml", f'<office:document-styles {_ODT_NS}/>', compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_an_odt_paper_reads_headings_lists_tables_and_notes_in_order() -> None:
    extracted = extract("odt", conference_paper_odt())
    text, sections = extracted.cleaned.text, extracted.cleaned.sections
    assert extracted.cleaned.title == "Grain corridors of the Lorna basin"
    assert "carried 2.3 million tonnes of wheat in 2024, up from 1.9 million a year earlier. Rail took most of it." in text
    assert "Vettin dry port" in text and "Route: Northern; Share: 61 percent" in text
    assert text.index("2.3 million") < text.index("Port authority of Lorna, annual return.")  # the note at the end
    assert "Routes 2" not in text  # the index of contents is the headings again
    assert "Ostrow" not in text and "Institute of Lake Transport" not in text and "Grain Research Centre" not in text
    assert "Its silos cover 40 km2." in text  # an exponent after a lower-case word stays
    assert [s.heading for s in sections][:2] == ["1 Routes", "2 Prices"]
    assert extracted.meta["created"] == "2025-11-20" and extracted.meta["language"] == "en"


def test_an_odt_that_is_a_spreadsheet_or_broken_is_unreadable_with_a_reason() -> None:
    with pytest.raises(UnreadableDocument, match="OpenDocument spreadsheet"):
        extract("odt", conference_paper_odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"))
    with pytest.raises(UnreadableDocument, match="not a valid zip"):
        extract("odt", b"plain text under the wrong name")


COMMENTARY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why Lorna's ferries matter – Veldmark Forum</title></head>
<body><div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<nav><a href="/">Home</a> <a href="/commentary">Commentary</a> <a href="/about">About</a></nav>
<article><h1>Why Lorna’s ferries matter</h1>
<p>The Lorna ferry line will carry forty-eight trucks per sailing from March, the ministry said, and its four weekly
sailings make it the busiest crossing on the lake.</p>
<p>Its tariff is still secret: the commission meets in February and has not said when it will publish a figure.</p></article>
<footer>© 2025 Veldmark Forum. All rights reserved.</footer></body></html>"""


def commentary_mhtml(html: str = COMMENTARY) -> bytes:
    boundary = "----MultipartBoundary--Lq2ZbX9kTeW3pNvR0aYc8uHs5dFgJ7mK1oIt----"
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    image = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://veldmark.example/commentary/lorna-ferries\r\n"
        "Subject: =?utf-8?Q?Why_Lorna=E2=80=99s_ferries_matter_=E2=80=93_Veldmark_Forum?=\r\n"
        "Date: Wed, 3 Dec 2025 10:12:44 -0000\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://veldmark.example/commentary/lorna-ferries\r\n\r\n"
        f"{body}\r\n\r\n--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://veldmark.example/site.css\r\n\r\nbody { margin: 0; }\r\n\r\n"
        f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: https://veldmark.example/logo.png\r\n\r\n{image}\r\n--{boundary}--\r\n"
    ).encode("ascii")


def tracked_brief_docx() -> bytes:
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_heading("Ferry tariffs on Lake Lorna", level=0)
    paragraph = document.add_paragraph("The line will run ")
    paragraph._p.append(parse_xml(
        f'<w:del {w} w:id="1" w:author="K. Amsel" w:date="2025-12-01T10:00:00Z"><w:r><w:delText>three</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {w} w:id="2" w:author="K. Amsel" w:date="2025-12-01T10:00:00Z"><w:r><w:t>four</w:t></w:r></w:ins>'))
    paragraph.add_run(" sailings a week from the port of Vettin, each with room for 48 trucks.")
    moved = document.add_paragraph("A tariff is ")
    moved._p.append(parse_xml(
        f'<w:ins {w} w:id="3" w:author="J. Ostrow" w:date="2025-12-02T09:00:00Z"><w:r><w:t>not yet </w:t></w:r></w:ins>'))
    moved.add_run("set by the commission.")
    document.add_comment(paragraph.runs[0], text="Check this figure against the ministry's release", author="J. Ostrow")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_draft_reads_as_with_its_tracked_changes_accepted_and_no_comments() -> None:
    text = extract("docx", tracked_brief_docx()).cleaned.text
    assert "The line will run four sailings a week from the port of Vettin, each with room for 48 trucks." in text
    assert "three" not in text and "A tariff is not yet set by the commission." in text
    assert "Check this figure" not in text


def test_rtf_odt_mhtml_and_a_tracked_draft_are_indexed_found_and_cited(tmp_path: Path) -> None:
    from conftest import assistant_over

    files: dict[str, str | bytes] = {
        "Паромная линия.rtf": press_release_rtf(), "grain-corridors_final.odt": conference_paper_odt(),
        "Why Lorna's ferries matter – Veldmark Forum.mhtml": commentary_mhtml(), "brief_v3_TC.docx": tracked_brief_docx(),
    }
    bot = assistant_over(tmp_path, files)
    docs = {Path(d.source).name: d for d in load_corpus(scan_corpus(tmp_path / "corpus"))}
    page = docs["Why Lorna's ferries matter – Veldmark Forum.mhtml"]
    assert page.title == "Why Lorna’s ferries matter" and page.url == "https://veldmark.example/commentary/lorna-ferries"
    assert "forty-eight trucks per sailing" in page.text and "cookies" not in page.text and "All rights reserved" not in page.text
    assert page.date is None  # the day the page was saved is not the day it was written
    assert docs["Паромная линия.rtf"].language == "ru" and docs["Паромная линия.rtf"].date == "2025-12-03"
    top = bot.ask("How much wheat did the northern route carry in 2024?", k=2).passages[0]
    assert top.source == "corpus/grain-corridors_final.odt" and top.highlight is not None
    assert bot.document(top.doc_id).text[top.highlight.start : top.highlight.end] == top.highlight.text


def test_a_web_archive_without_a_page_is_skipped_with_a_reason(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "saved.mhtml").write_bytes(b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\n\x89PNG")
    (folder / "page.mhtml").write_bytes(commentary_mhtml())
    scan = scan_corpus(folder)
    docs = load_corpus(scan)
    assert [Path(d.source).name for d in docs] == ["page.mhtml"]
    assert any("saved.mhtml" in line and "no HTML part" in line for line in scan.warnings())


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251"><meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Информация о работе порта</title><style><!-- p.MsoNormal {margin:0cm;} --></style>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>user</o:Author></o:DocumentProperties></xml><![endif]-->
</head><body lang=RU><div class=WordSection1>
<p class=MsoTitle align=center><b><span style='font-size:14.0pt'>Информация о работе порта Лорна в 2025 году<o:p></o:p></span></b></p>
<p class=MsoNormal><span style='mso-tab-count:1'>        </span>Порт Лорна принял в 2025 году 412 судов, на 12 процентов
больше, чем годом ранее<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span
style='font-size:14.0pt;line-height:115%;font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman"'><span
style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span
style='font-size:14.0pt;line-height:115%;font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman";
mso-ansi-language:RU;mso-fareast-language:RU;mso-bidi-language:AR-SA'>[1]</span></span><![endif]></span></span></span></a>. Площадь
причалов — 40 км<sup>2</sup>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>зерно — 1,2 млн тонн;<o:p></o:p></p>
<p class=MsoNormal>Стоимость модернизации причалов не раскрывается.</p></div>
<div><hr align=left size=1 width="33%"><div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title="">[1]</a> По данным капитана порта.</p></div></div>
</body></html>"""


def test_a_word_page_saved_as_filtered_html_in_cp1251_loses_its_note_marks_not_its_figures(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "Информация о работе порта.htm").write_bytes(WORD_PAGE.encode("cp1251"))
    (doc,) = load_corpus(scan_corpus(folder))
    assert doc.title == "Информация о работе порта Лорна в 2025 году" and doc.language == "ru"
    assert "больше, чем годом ранее. Площадь причалов — 40 км2." in doc.text  # Word's note link goes, a superscript stays
    assert "зерно — 1,2 млн тонн;" in doc.text and "supportLists" not in doc.text and "Symbol" not in doc.text
    assert doc.text.rstrip().endswith("По данным капитана порта.")
