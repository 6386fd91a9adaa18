"""Word files with text boxes, footnotes, headers and footers (generated here from text written for the tests)."""

from __future__ import annotations

import io
import re
import zipfile

from assistant.ingest.formats import extract

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SIDEBAR = "Key figure: the Kuryk terminal shipped 655,000 tonnes of grain in 2024."
FOOTNOTE = "Figures from the port operator's annual statement, published in March."
ENDNOTE = "The author visited the terminal twice during the autumn season."


def _text_box(text: str) -> str:
    """A paragraph holding a text box as Word writes it: a DrawingML shape, and a VML copy as fallback."""
    content = f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'
    return (
        f'<w:p xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">'
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="2000000" cy="500000"/>'
        '<wp:docPr id="5" name="Text Box 5"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        f'</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r></w:p>'
    )


def _notes(tag: str, text: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag}s xmlns:w="{W}">'
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:id="1"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{tag}>'
        f'</w:{tag}s>'
    ).encode()


def ferry_docx(*, notes: bool = True) -> bytes:
    """A briefing with a header and footer, a table, a text box, a footnote and an endnote."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Caspian Freight Monitor - internal briefing"
    section.footer.paragraphs[0].text = "Do not circulate - page 1"
    document.add_heading("Grain Corridors Across the Caspian", level=0)
    document.add_paragraph("Kazakh grain now reaches Azerbaijan by ferry from Kuryk, a route that grew after 2022.")
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([["Year", "Tonnes shipped"], ["2023", "410,000"], ["2024", "655,000"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(_text_box(SIDEBAR)))
    document.add_paragraph("Forwarders expect volumes to grow again once a second berth opens next year.")
    out = io.BytesIO()
    document.save(out)
    if not notes:
        return out.getvalue()
    # footnotes and endnotes are parts of their own, which python-docx cannot write
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                    b'<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>'))
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b'<Relationship Id="rIdEn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>'))
            elif item.filename == "word/document.xml":  # the reference marks after the first paragraph's text
                data = re.sub(rb"(after 2022\.</w:t></w:r>)", rb'\1<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r>', data, count=1)
            dst.writestr(item, data)
        dst.writestr("word/footnotes.xml", _notes("footnote", FOOTNOTE))
        dst.writestr("word/endnotes.xml", _notes("endnote", ENDNOTE))
    return target.getvalue()


def test_a_text_box_is_read_once_after_its_paragraph() -> None:
    text = extract("docx", ferry_docx(notes=False)).cleaned.text
    assert text.count(SIDEBAR) == 1  # the VML fallback copy is not read again
    assert text.index("Tonnes shipped: 655,000") < text.index(SIDEBAR) < text.index("Forwarders expect")


def test_footnotes_and_endnotes_are_a_notes_section_and_headers_stay_out() -> None:
    extracted = extract("docx", ferry_docx())
    text = extracted.cleaned.text
    assert FOOTNOTE in text and ENDNOTE in text
    assert [s.heading for s in extracted.cleaned.sections][-1] == "Notes"
    assert text.rstrip().endswith(ENDNOTE) and text.index(FOOTNOTE) < text.index(ENDNOTE)
    assert "internal briefing" not in text and "Do not circulate" not in text  # running header and footer
    assert "after 2022." in text and "Year: 2024; Tonnes shipped: 655,000." in text


def test_damaged_footnotes_cost_the_notes_not_the_article() -> None:
    source = zipfile.ZipFile(io.BytesIO(ferry_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as damaged:
        for item in source.infolist():
            damaged.writestr(item, b"<w:footnotes><unclosed" if item.filename == "word/footnotes.xml" else source.read(item.filename))
    text = extract("docx", out.getvalue()).cleaned.text
    assert "Forwarders expect volumes" in text and FOOTNOTE not in text and text.rstrip().endswith(ENDNOTE)


def test_a_pdf_page_that_cannot_be_decoded_costs_that_page_only(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from assistant.ingest.corpus import load_corpus, scan_corpus
    from tests.test_new_shapes_docs import two_page_pdf

    data = two_page_pdf()
    second = data.index(b"/FlateDecode", data.index(b"/FlateDecode") + 1)
    damaged = data[:second] + b"/FlateDecodX" + data[second + len(b"/FlateDecode"):]  # same length: the xref holds
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "review.pdf").write_bytes(damaged)
    (doc,) = load_corpus(scan_corpus(tmp_path / "corpus"))
    assert "nine rounds of consultations" in doc.text and "grain certificates" not in doc.text
    assert "corpus/review.pdf: 1 of 2 pages could not be read (Unsupported filter /FlateDecodX)" in caplog.text


def test_a_pdf_whose_every_page_fails_is_unreadable_not_a_traceback() -> None:
    import pytest

    from assistant.ingest.formats import UnreadableDocument
    from tests.test_new_shapes_docs import two_page_pdf

    damaged = two_page_pdf().replace(b"/FlateDecode", b"/FlateDecodX")
    with pytest.raises(UnreadableDocument, match="damaged PDF"):
        extract("pdf", damaged)


def test_text_framed_in_a_word_table_is_read_and_a_data_table_stays_rows() -> None:
    import docx

    document = docx.Document()
    document.add_heading("Memo on Border Talks", level=0)
    frame = document.add_table(rows=1, cols=1).cell(0, 0)  # a boxed memo: one cell, two paragraphs
    frame.text = "The delegations met in Osh on Tuesday and agreed to open two more crossings before the harvest."
    frame.add_paragraph("Customs officers will be shared between the posts, the statement added.")
    data = document.add_table(rows=3, cols=2)
    for r, row in enumerate([["Crossing", "Opens"], ["Dostuk", "May 2026"], ["Kyzyl-Kiya", "June 2026"]]):
        for c, value in enumerate(row):
            data.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    assert extract("docx", out.getvalue()).cleaned.text.split("\n\n") == [
        "Memo on Border Talks",
        "The delegations met in Osh on Tuesday and agreed to open two more crossings before the harvest.",
        "Customs officers will be shared between the posts, the statement added.",
        "Crossing: Dostuk; Opens: May 2026.\nCrossing: Kyzyl-Kiya; Opens: June 2026.",
    ]


def test_pdf_text_is_normalised_like_other_text(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ligatures of a PDF set in LaTeX, a zero-width space and decomposed letters, as pypdf returns them."""
    import assistant.ingest.formats.pdf as pdf

    page = ("The oﬃcial ﬁgures show that ﬁnancial ﬂows to the region rose in 2024,\u200b the ministry said in its report "
            "on the cafe\u0301s of Almaty.")
    monkeypatch.setattr(pdf, "page_texts", lambda data, layouts=None: ([page], {}))  # no layouts: types unknown
    text = pdf.read_pdf(b"%PDF").cleaned.text
    assert text == ("The official figures show that financial flows to the region rose in 2024, the ministry said in its "
                    "report on the cafés of Almaty.")


def test_ligatures_in_a_text_file_are_letters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.ingest.corpus import load_corpus, scan_corpus

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "flows.txt").write_text("The oﬃcial ﬁgures show that ﬁnancial ﬂows to the region rose.\n", encoding="utf-8")
    (doc,) = load_corpus(scan_corpus(tmp_path / "corpus"))
    assert doc.text == "The official figures show that financial flows to the region rose."
