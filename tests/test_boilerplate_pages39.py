"""A scanned cable, a Word memo's contents, a community's post and a blog's hubs (cleaning 39).

- In a text parted by form feeds, a page's foot and the recurring heads over the next page (a stamp "UNCLASSIFIED", a
  running head "FILE-0412   -2-   09 DEC 2025") that cut a sentence go at every page break, and the sentence reads on.
- A numbered paragraph's hard-wrapped lines join as a plain paragraph's do ("… rail exports of" / "9.5 million …").
- A comments heading over the article's numbered paragraphs going on ("COMMENT" over "12.", after "11.") is the
  article's own section: kept, with its paragraphs.
- A routing block of labelled lines in capitals is not joined as a headline set over several lines; a "SUBJECT:"
  line titles the text without its label, and a word in capitals over the first paragraph under it heads a section.
- After the last paragraph, three labelled lines or more in a row ("Drafted: …", "Cleared: …", "Approved: …") go; a
  signer's title over the initials and surname goes, and so does «Исп.: …».
- A Word table of contents (paragraphs in its TOC styles) goes with the «Содержание» above it.
- A heading parted by a dash between two paragraphs («Пять стран — пять шифров») is kept; a tagline of that form
  under the headline is still a menu.
- "Hubs:" / «Хабы:» lines go; a script's "Show more" button inside a post goes, the post's text stays; a community's
  post page with no <h1> is titled by the line its page describes itself by.

The texts are written for these tests; the forms follow eval/unseen34/ and eval/unseen35/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

import io

from chrome_support import MORE, PROSE, RUSSIAN, reasons_of

from assistant.ingest.cleaning import clean

STAMP = "UNCLASSIFIED"


def _cable() -> str:
    """A cable as OCR gives it: hard-wrapped at 60 characters or so (no line of twenty words), pages parted by form feeds."""
    head = lambda n: f"{STAMP}\n\nLRN-0077    -{n}-    04 MAR 2026\n\n"
    foot = lambda n: f"\nPage {n} of 3\n{STAMP}\n"
    return (f"{STAMP}\n\nEMBASSY OF VELDMARK\n\n"
            "MESSAGE                         OUR FILE: 20-4-LRN/PORT\n"
            "FM: LRNPT                       DATE: 04 MAR 2026\n"
            "TO: MFA VELDMARK / TRADE\nINFO: ORSK, VELPORT\nPRECEDENCE: ROUTINE\n\n"
            "SUBJECT: Ferry tariffs on the northern shore: who pays for\nthe new breakwater\n\nSUMMARY\n\n"
            "1. The port authority of Lorna raised the berth fee for\n"
            "ferries by a fifth in February, and the operators say they\n"
            "will pass the rise on to lorry drivers before the spring\n"
            "season opens. The\n"
            f"{foot(1)}\f{head(2)}"
            "ministry has not said whether it will cap the rise, and\n"
            "traders expect a ruling only in May.\n\n"
            "2. Ferry traffic across the strait reached about 1.2 million\n"
            "tonnes last year, a quarter of it grain. A deputy minister\n"
            "told the Embassy that rail exports of\n"
            "9.5 million tonnes remain the target for the season.\n\n"
            "11. The operators have asked for a meeting with the ministry,\n"
            "which has not yet set a date for it.\n"
            f"{foot(2)}\f{head(3)}"
            "COMMENT\n\n"
            "12. The rise is less about costs than about who earns the\n"
            "margin on the crossing, and the port wants the operators to\n"
            "pay for the new breakwater out of their own fares.\n\n"
            "Drafted: O. Harl, Second Secretary (Trade)\nCleared: POL/ECON\nApproved: HOM\n"
            f"{foot(3)}")


def test_a_cables_stamps_and_running_heads_go_and_its_sentences_read_on_across_the_pages() -> None:
    cleaned = clean(_cable(), "text")
    text = cleaned.text
    assert STAMP not in text and "LRN-0077" not in text and "Page 1 of 3" not in text
    assert "before the spring season opens. The ministry has not said whether it will cap the rise" in text
    assert "rail exports of 9.5 million tonnes remain the target" in text  # a numbered paragraph's lines joined
    assert "\n\nCOMMENT\n\n12. The rise is less about costs" in text  # the cable's own section, not a page's comments
    assert "Drafted:" not in text and "Cleared:" not in text and "Approved:" not in text
    # its routing block is fields, not a headline in capitals; its subject is the title; "SUMMARY" heads the text
    assert "FM:" not in text and "PRECEDENCE" not in text and "OUR FILE" not in text
    assert cleaned.title == "Ferry tariffs on the northern shore: who pays for the new breakwater"
    assert "\n\nSUMMARY\n\n1. The port authority" in text


def test_a_comments_heading_at_a_pages_end_still_drops_the_comments() -> None:
    page = f"{PROSE}\n\n{MORE}\n\nComments\n\nOla Harl: Great piece, thanks.\n\nIna Veld: Which port is next?"
    text = clean(page, "text").text
    assert MORE in text and "Great piece" not in text and "Comments" not in text


def test_a_signers_title_over_the_initials_and_the_executor_line_go() -> None:
    page = (f"{RUSSIAN}\n\nРуководитель управления\n\nН. Т. Вельдов\n\nИсп.: Харлова Д. К.\n"
            "тел.: 8 (7272) 41-18-36\n")
    text = clean(page, "text").text
    assert RUSSIAN in text
    assert "Руководитель управления" not in text and "Исп." not in text and "Вельдов" not in text


def _memo_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Паромы северного берега: кто платит за причалы", level=0)
    document.add_paragraph("Содержание")
    for entry in ("1. Тарифы\t1", "2. Предложения\t2"):
        document.add_paragraph(entry, style=document.styles.add_style("TOC 1", 1) if "TOC 1" not in
                               [s.name for s in document.styles] else "TOC 1")
    document.add_heading("1. Тарифы", level=1)
    document.add_paragraph(RUSSIAN)
    document.add_heading("2. Предложения", level=1)
    document.add_paragraph("Управление предлагает согласовать новый тариф с перевозчиками до начала весеннего сезона "
                           "и опубликовать его на сайте порта.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_table_of_contents_goes_with_its_heading() -> None:
    from assistant.ingest.formats import extract

    extracted = extract("docx", _memo_docx()).cleaned
    assert "Содержание" not in extracted.text and "Тарифы 1" not in extracted.text and "Тарифы\t1" not in extracted.text
    assert RUSSIAN in extracted.text
    assert [s.heading for s in extracted.sections] == ["1. Тарифы", "2. Предложения"]


def test_a_heading_parted_by_a_dash_between_paragraphs_is_kept_and_a_tagline_of_that_form_is_not() -> None:
    page = f"# Паромы северного берега\n\n{RUSSIAN}\n\n## Пять причалов — пять тарифов\n\n{RUSSIAN.replace('Лорн', 'Вельд')}\n"
    cleaned = clean(page, "markdown")
    assert "Пять причалов — пять тарифов" in cleaned.text
    reasons = reasons_of(["Вельдпедия", "", "Материал из Вельдпедии — свободной энциклопедии", "", PROSE, "", MORE])
    assert reasons["Материал из Вельдпедии — свободной энциклопедии"] == "menu"


def test_a_blogs_hubs_line_goes() -> None:
    reasons = reasons_of([PROSE, "", "Хабы: Блог компании Лорна Телеком Криптография Электронное правительство", "",
                          "Hubs: Lorna Telecom blog Cryptography", "", MORE])
    assert reasons["Хабы: Блог компании Лорна Телеком Криптография Электронное правительство"] == "widget"
    assert reasons["Hubs: Lorna Telecom blog Cryptography"] == "widget"


def _post_page(with_h1: bool = False) -> str:
    heading = "<h1>Лорнские птицы</h1>" if with_h1 else ""
    return ('<html><head><title>Лорнские птицы | Сеть</title><meta property="og:title" content="Лорнские птицы">'
            '<meta property="og:description" content="Шесть цапель и два баклана: итоги первого учёта на острове">'
            '</head><body><div class="page_name">Лорнские птицы</div><div class="status">Считаем птиц на островах 🐦</div>'
            f'{heading}<div class="post">Шесть цапель и два баклана: итоги первого учёта на острове<br><br>'
            f'{RUSSIAN} <a class="more" href="#" onclick="return show(this)">Показать ещё</a>'
            f'<span class="rest">Как считали<br><br>{RUSSIAN.replace("Лорн", "Вельд")}</span></div></body></html>')


def test_a_communitys_post_is_titled_by_the_line_its_page_describes_and_its_show_more_button_goes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.ingest.corpus import load_corpus, scan_corpus

    (tmp_path / "wall-1907.html").write_text(_post_page(), encoding="utf-8")
    (tmp_path / "wall-1908.html").write_text(_post_page(with_h1=True), encoding="utf-8")
    docs = {d.source.rsplit("/", 1)[-1]: d for d in load_corpus(scan_corpus(tmp_path))}
    post = docs["wall-1907.html"]
    assert post.title == "Шесть цапель и два баклана: итоги первого учёта на острове"
    assert "Показать ещё" not in post.text and "Как считали" in post.text and RUSSIAN in post.text
    assert "Считаем птиц" not in post.text
    assert docs["wall-1908.html"].title == "Лорнские птицы"  # a page with its own <h1> keeps it


def test_an_end_of_message_line_goes() -> None:
    reasons = reasons_of([PROSE, "", MORE, "", "END OF MESSAGE"])
    assert reasons["END OF MESSAGE"] == "widget"
