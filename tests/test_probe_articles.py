"""Articles from kinds of sites not in eval/unseen (tests/fixtures/probe): chrome removed by form, no prose lost.

Six pages written for this probe: an agency wire item, a newsletter fetched through a reader tool,
a think-tank report converted from PDF, a Telegram channel post, a ministry's press release (HTML)
and a Russian news aggregator. `expected.json` lists each page's chrome lines and the title, date,
publisher and language the loader must find; every other line is article text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.ingest.boilerplate import strip
from assistant.ingest.cleaning import clean
from assistant.ingest.dates import byline_date
from assistant.ingest.front_matter import split_front_matter

from probe_support import expected, load_probe, squeeze

PROSE_EN = (
    "Kazakhstan will cut rail transit fees for Afghan-bound grain by 18% from April 1, the transport "
    "ministry said on Tuesday, in a move analysts see as an attempt to win back cargo."
)
PROSE_RU = (
    "Ашхабад впервые за три года согласился увеличить поставки газа в Азербайджан по схеме обмена "
    "через Иран, сообщил источник в министерстве."
)


@pytest.fixture(scope="module")
def probe():  # type: ignore[no-untyped-def]
    return load_probe()


# --------------------------------------------------------------------------- the six pages


def test_no_chrome_line_of_the_probe_is_left_in_a_passage(probe) -> None:  # type: ignore[no-untyped-def]
    assert sum(len(spec["chrome"]) for spec in expected().values()) >= 150
    assert probe.chrome_left() == []


def test_no_sentence_of_the_probe_articles_is_lost(probe) -> None:  # type: ignore[no-untyped-def]
    sentences = probe.prose_sentences()
    assert set(sentences) == set(expected()) and sum(map(len, sentences.values())) >= 100
    assert probe.prose_lost() == []


def test_each_sentence_of_the_probe_articles_is_in_the_text_once(probe) -> None:  # type: ignore[no-untyped-def]
    twice = []
    for name, found in probe.prose_sentences().items():
        text = squeeze(probe.documents[name].text)
        twice += [f"{name}: {s}" for s in found if len(squeeze(s)) > 30 and text.count(squeeze(s)) > 1]
    assert twice == []


@pytest.mark.parametrize("name", sorted(expected()))
def test_title_date_publisher_and_language_of_a_probe_article(probe, name: str) -> None:  # type: ignore[no-untyped-def]
    spec, doc = expected()[name], probe.documents[name]
    assert (doc.title, doc.date, doc.language) == (spec["title"], spec["date"], spec["language"])
    if spec["publisher"] is not None:
        assert doc.publisher == spec["publisher"]


# --------------------------------------------------------------------------- the rules, line by line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Reporting by Ruslan Abenov in Almaty and Clare Whitby in London; Editing by Thomas Hale", "byline"),
        ("March 3, 2026 4:12 PM GMT+5 Updated 2 hours ago", "dateline"),
        ("Our Standards: The Meridian Wire Trust Principles.", "widget"),
        ("Purchase Licensing Rights, opens new tab", "widget"),
        ("Notes ............................................................... 4", "contents"),
        ("2. What Astana wants from it ....................................... 3", "contents"),
        ("The views expressed are those of the authors alone.", "copyright"),
        ("#Туркменистан #газ #Иран #Азербайджан", "tags"),
        ("👁 12,4K  ✏️ изменено  14:32", "widget"),
        ("❤️ 214  🔥 35  👍 18  🤔 7", "widget"),
        ("💬 Комментарии: 23", "widget"),
        ("↗️ Поделиться", "widget"),
        ("Предложить новость: @steppe_diplomat_bot", "contact line"),
        ("Реклама в канале: @steppe_ads", "widget"),  # an advert's label (cleaning 16), once its contact line
        ("Версия для слабовидящих Рус | Кыр | Eng Телефон доверия: +996 (312) 62-05-45", "contact line"),
        ("Приёмная: +996 (312) 62-05-45, факс: +996 (312) 66-05-01", "contact line"),
        ("Режим работы: пн–пт, 9:00–18:00, перерыв 12:30–13:30", "contact line"),
        ("Адрес редакции: 125009, Москва, ул. Тверская, д. 7, оф. 12", "contact line"),
        ("Главный редактор: Смирнова О. П.", "contact line"),
        ("Телефон: +7 (495) 123-45-67", "contact line"),
        ("Сетевое издание «Евразия Обзор». Свидетельство о регистрации СМИ Эл № ФС77-81234 от 12.05.2021.", "copyright"),
        ("[![Marta Kovalenko's avatar](https://substackcdn.com/image/fetch/avatar.jpg)](https://substack.com/@martakovalenko)", "link list"),
        ("[](https://drysteppe.substack.com/p/the-syr-darya-bargain/comments)", "link list"),
        ("3 Restacks", "widget"),
        ("CommentsRestacks", "widget"),
    ],
)
def test_probe_chrome_lines_are_dropped_by_form(line: str, reason: str) -> None:
    assert {v.line: v.reason for v in strip([line, "", PROSE_EN])}[line] == reason


@pytest.mark.parametrize(
    "line",
    [
        "3 Interviews in Astana, October and November 2025.",  # a footnote, not a dateline
        "2 Declaration of the Eighth Summit, Istanbul, 12 November 2021.",
        "The ministry did not say how much revenue the railway operator would lose, officials said on 3 March 2026.",
        "Call the embassy at +996 312 62 05 45 for the schedule, a spokesman said.",
        "Кыргызская сторона подтвердила готовность принять в 2026 г. заседание министров.",
        "#1 Priority: border security",
    ],
)
def test_probe_article_lines_are_kept(line: str) -> None:
    assert {v.line: v.reason for v in strip(["Headline of the piece", "", line, "", PROSE_EN])}[line] is None


def test_names_joined_by_and_above_the_text_are_the_authors() -> None:
    lines = ["Hedging in Practice: The Organization of Turkic States", "", "Aliya Dzhaksybekova and Peter Lindqvist", "", PROSE_EN]
    assert [v.reason for v in strip(lines)][2] == "authors"


def test_a_note_under_about_the_authors_goes_with_it() -> None:
    lines = [
        PROSE_EN, "", "About the authors",
        "Aliya Dzhaksybekova is a senior fellow at the Inland Asia Policy Institute. Peter",
        "Lindqvist is a visiting researcher.", "", PROSE_RU,
    ]
    assert [v.reason for v in strip(lines)] == [None, None, "widget", "author note", "author note", None, None]


def test_the_page_footer_after_the_last_paragraph_goes_and_the_article_end_stays() -> None:
    lines = [
        PROSE_EN, "", "The talks resume in May.", "",
        "Reporting by Ruslan Abenov; Editing by Thomas Hale", "", "Our Standards: The Meridian Wire Trust Principles.", "",
        "Ruslan Abenov", "Thomson Meridian", "Ruslan covers Central Asian economies and politics from Almaty.", "",
        "Site Index", "Careers", "All quotes delayed a minimum of 15 minutes.", "© 2026 Meridian Wire. All rights reserved",
    ]
    reasons = [v.reason for v in strip(lines)]
    assert reasons[2] is None  # before the first chrome line: the article's last short paragraph
    assert all(reasons[i] is not None for i in (4, 6, 8, 9, 10, 12, 13, 14, 15)), reasons


def test_a_notes_section_after_the_footer_chrome_stays() -> None:
    lines = [
        PROSE_EN, "", "Page 3 of 4", "Hedging in Practice | Inland Asia Policy Institute", "Share | Print", "",
        "Notes", "", "1 On the multi-vector doctrine see the Foreign Policy Concept adopted in 2020.",
        "2 Authors' calculations from national customs data.",
    ]
    reasons = [v.reason for v in strip(lines)]
    assert reasons[6] is None and reasons[8] is None and reasons[9] is None


# --------------------------------------------------------------------------- titles, dates, text


def test_a_reader_tools_header_is_read_like_front_matter() -> None:
    from assistant.ingest.front_matter import reader_header

    raw = (
        "Title: The Syr Darya bargain nobody wants to sign\n\nURL Source: https://example.org/p/bargain\n\n"
        "Published Time: 2026-02-17T07:30:11+00:00\n\nMarkdown Content:\nHello again.\n"
    )
    body, fields = split_front_matter(raw)
    assert fields == {"title": "The Syr Darya bargain nobody wants to sign", "url": "https://example.org/p/bargain", "date": "2026-02-17T07:30:11+00:00"}
    assert body.startswith("# The Syr Darya bargain nobody wants to sign\n") and "Markdown Content" not in body
    assert reader_header(raw, "")[0].startswith("The Syr Darya bargain nobody wants to sign\n")
    assert reader_header("Title: a line of a story\n\nMore text.\n") == ("Title: a line of a story\n\nMore text.\n", {})


def test_a_headline_broken_after_its_colon_is_one_title() -> None:
    raw = "INLAND ASIA POLICY INSTITUTE\n\nHedging in Practice:\nKazakhstan and the Organization of Turkic States\n\n" + PROSE_EN
    assert clean(raw, "text").title == "Hedging in Practice: Kazakhstan and the Organization of Turkic States"
    listed = clean("Read also:\nKazakhstan opens a consulate in Herat\n\n" + PROSE_EN, "text")
    assert "Read also: Kazakhstan" not in (listed.title or "") + listed.text


def test_the_byline_date_is_read_above_the_text_only() -> None:
    text = "\n\n".join([
        "Узбекистан и Россия подписали соглашение о поставках газа", PROSE_RU, PROSE_RU, PROSE_RU,
        "Сетевое издание. Свидетельство о регистрации СМИ от 12.05.2021.",
    ])
    assert byline_date(text) is None
    assert byline_date("INSTITUTE\nPolicy Report No. 14 | January 2026\n\n" + PROSE_EN) == "2026-01"
    assert byline_date("Policy Report No. 14 | 3 January 2026\n\n" + PROSE_EN) == "2026-01-03"
    assert byline_date("What changed in March 2025\n\n" + PROSE_EN) is None  # a heading, not a cover line


def test_a_date_standing_alone_under_a_post() -> None:
    from assistant.ingest.dates import trailing_date

    assert trailing_date(PROSE_RU + "\n\n❤️ 214\n\n24.01.2026\n") == "2026-01-24"
    assert trailing_date(PROSE_RU + "\n\nМарт 2026: подписан договор от 24.01.2026\n") is None


def test_words_hyphenated_at_a_line_end_are_joined() -> None:
    raw = (
        "Drawing on official state-\nments and interviews conducted in Ashga-\nbat in 2024, we argue that neutrality\n"
        "works as a bargaining position in the Central Asia-\nChina gas trade with Russia or China. Since\n"
        "2021 the country has sold most of its gas to one buyer.\n"
    )
    text = clean(raw, "text").text
    assert "official statements and interviews conducted in Ashgabat in 2024" in text
    assert "Central Asia-China gas trade" in text
    assert "China. Since 2021 the country" in text


@pytest.mark.parametrize(
    "sentence",
    [
        "11 февраля 2026 года в г. Бишкек состоялись очередные политические консультации.",
        "По итогам 2025 года товарооборот составил 22,7 млрд долл. США, т.е. вырос на 12% по сравнению с предыдущим годом.",
        "Документ подписан 4 марта в Кремле, где участвовали В. В. Путин и Ш. М. Мирзиёев.",
        "Объём свопа вырастет с 1,5 млрд до 2,5 млрд кубометров, т. е. почти вдвое.",
    ],
)
def test_russian_sentences_of_the_probe_stay_whole(sentence: str) -> None:
    from assistant.chunking import sentence_spans

    text = f"{sentence} Следующий раунд пройдёт в Пекине."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [sentence, "Следующий раунд пройдёт в Пекине."]


def test_a_year_abbreviation_still_ends_a_sentence() -> None:
    from assistant.chunking import sentence_spans

    text = "Своп уже приостанавливали в 2023 г. Поставки возобновили весной."
    assert len(sentence_spans(text)) == 2


def test_probe_fixtures_hold_no_file_outside_the_manifest() -> None:
    folder = Path(__file__).resolve().parent / "fixtures" / "probe"
    files = {p.name for p in folder.iterdir() if p.name != "expected.json"}
    assert files == set(expected())
    assert all(re.search(r"\S", (folder / n).read_text(encoding="utf-8")) for n in files)


# --------------------------------------------------------------------------- a Word policy brief


def _brief_docx() -> bytes:
    """A think-tank policy brief as Word writes it: cover line, authors, key points, the institute's chrome."""
    import io

    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Caspian Policy Lab | Policy Brief 5"
    section.footer.paragraphs[0].text = "www.caspianpolicylab.example | Page 1 of 2"
    document.add_paragraph("CASPIAN POLICY LAB")
    document.add_paragraph("POLICY BRIEF No. 5 | April 2026")
    document.add_heading("Kyrgyzstan's Hydropower Diplomacy After Kambarata-1", level=0)
    document.add_paragraph("By Nurlan Osmonov and Hanna Berg")
    document.add_heading("Key points", level=1)
    for point in BRIEF_POINTS:
        document.add_paragraph(point, style="List Bullet")
    document.add_heading("A dam as a foreign policy tool", level=1)
    for paragraph in BRIEF_PROSE:
        document.add_paragraph(paragraph)
    for chrome in BRIEF_CHROME:
        document.add_paragraph(chrome)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


BRIEF_POINTS = (
    "Kyrgyzstan has used the Kambarata-1 project to win financing from all three of its downstream neighbours.",
    "The World Bank's guarantee of $400 million made the project bankable for Gulf and Asian lenders.",
    "Water sharing rules remain annual, which leaves the 2030s exposed to drought.",
)
BRIEF_PROSE = (
    "For three decades the upstream state had water but no money to store it. The agreement signed in June 2025 "
    "between Kyrgyzstan, Kazakhstan and Uzbekistan changed that: each partner takes a share of the 1,860-megawatt "
    "plant's output, and together they carry most of the $4.5 billion cost.",
    "Bishkek presented the deal as proof that regional cooperation can replace Russian arbitration. Officials we "
    "spoke to in Tashkent were more cautious and described it as a commercial bet that still depends on how much "
    "snow falls in the Tian Shan.",
)
BRIEF_CHROME = (
    "Download the full report (PDF, 1.2 MB)",
    "Follow us: @caspianpolicylab",
    "The views expressed in this brief are those of the authors alone.",
    "© 2026 Caspian Policy Lab. All rights reserved.",
)


def test_a_word_policy_brief_keeps_its_text_and_prints_its_facets(tmp_path: Path) -> None:
    from assistant.chunking import ChunkConfig, chunk_document
    from assistant.ingest.corpus import load_corpus, scan_corpus

    (tmp_path / "policy-brief-kambarata.docx").write_bytes(_brief_docx())
    (doc,) = load_corpus(scan_corpus(tmp_path))
    passages = squeeze(" ".join(c.text for c in chunk_document(doc, ChunkConfig())))
    assert doc.title == "Kyrgyzstan's Hydropower Diplomacy After Kambarata-1"
    assert (doc.date, doc.publisher, doc.language) == ("2026-04", "Caspian Policy Lab", "en")
    for sentence in BRIEF_POINTS + BRIEF_PROSE:
        assert squeeze(sentence) in passages
    for chrome in BRIEF_CHROME + ("CASPIAN POLICY LAB", "POLICY BRIEF No. 5 | April 2026", "By Nurlan Osmonov and Hanna Berg"):
        assert squeeze(chrome) not in passages, chrome


def test_footnote_marks_glued_to_a_sentence_end_are_dropped() -> None:
    from assistant.chunking import sentence_spans

    raw = (
        "The forum is one more channel, not an alternative to its ties with Russia or China.1 Since 2021 the "
        "capital has used it to promote transport links. The council renamed itself in November 2021.2 Within "
        "four years it set up a fund of $500 million, and its share rose to 26.5 per cent in 2025.\n"
    )
    text = clean(raw, "text").text
    assert "or China. Since 2021" in text and "in November 2021. Within" in text and "26.5 per cent" in text
    assert len(sentence_spans(text)) == 4


def test_names_joined_by_and_count_as_authors_only_under_the_headline() -> None:
    lines = ["Central Asia and South Korea", "", PROSE_EN]
    assert [v.reason for v in strip(lines)][0] is None  # a headline of two names is kept


RU_PAGE = (
    "Узбекистан и Россия подписали соглашение о поставках газа до 2035 года\n\n"
    "Поставки идут по газопроводу «Средняя Азия – Центр», который в 2023 г. перевели на реверс. "
    "«Москва получает рычаг влияния на Ташкент», – считает политолог Н. К. Гаврилова.\n"
)


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("cp1251.txt", lambda t: t.encode("cp1251")),  # a page saved in the Windows code page
        ("cp1251-read-as-latin1.txt", lambda t: t.encode("cp1251").decode("latin-1").encode("utf-8")),
        ("utf8-read-as-cp1251.txt", lambda t: t.encode("utf-8").decode("cp1251").encode("utf-8")),
    ],
)
def test_a_russian_page_in_the_wrong_code_page_reads_as_written(tmp_path: Path, name: str, encode) -> None:  # type: ignore[no-untyped-def]
    from assistant.ingest.corpus import load_corpus, scan_corpus

    (tmp_path / name).write_bytes(encode(RU_PAGE))
    (doc,) = load_corpus(scan_corpus(tmp_path))
    assert doc.title == RU_PAGE.split("\n")[0] and doc.language == "ru"
    assert doc.text.split("\n\n")[1] == RU_PAGE.split("\n\n")[1].strip()  # dashes and quotes too
