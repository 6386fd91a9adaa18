"""Boilerplate removal by form (boilerplate.py), on lines of the unseen-articles set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from chrome_support import chrome_left, prose_lost

from assistant.ingest.boilerplate import line_key, repeated_lines, strip
from assistant.ingest.cleaning import clean

UNSEEN = Path(__file__).resolve().parent.parent / "eval" / "unseen"


def _reasons(lines: list[str], repeated: frozenset[str] = frozenset()) -> dict[str, str | None]:
    return {v.line: v.reason for v in strip(lines, repeated)}


PROSE_EN = (
    "Defence and foreign ministers agreed in Moscow on 13 November to finance a three-year programme "
    "to strengthen the border, the ministry said on Friday."
)
PROSE_RU = (
    "Таджикистан завершает первый этап программы по укреплению границы, сообщил на брифинге в Душанбе "
    "командующий пограничными войсками республики."
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share | Tweet | Email | Print", "widget"),
        ("Print version | Font size: A A A", "widget"),
        ("Short Url: ewire.news/a/48213", "widget"),
        ("Share Tweet Short Url Follow", "widget"),
        ("Accept all Manage settings", "widget"),
        ("Поделиться", "widget"),
        ("ВКонтакте", "widget"),
        ("Короткая ссылка: cpress.kg/a/48213", "widget"),
        ("Время чтения: 6 минут", "widget"),
        ("Comments (31)", "widget"),
        ("Комментарии (12)", "widget"),
        ("Follow Eurasia Wire on Telegram", "widget"),
        ("Подписывайтесь на наш канал в Telegram — уже 48 тысяч читателей", "widget"),
        ("> Subscribe to *The Oxus Weekly*, our free newsletter read by 22,000 policy makers and analysts.", "widget"),
        ("Newsletter: join 48,000 readers of The Steppe Brief every Monday", "widget"),
        ("Tags: Tajikistan, CSTO, Afghanistan, Border security", "widget"),
        ("Чтобы оставить комментарий, войдите через ВКонтакте или Telegram.", "widget"),
        ("About the author: Aibek Toktogulov reports on energy and infrastructure from Bishkek.", "widget"),
        ("**About the authors.** Kerem Aydın is a senior fellow at the Oxus Policy Forum in Tbilisi.", "widget"),
        ("[Share on X](https://x.com/intent/tweet?url=oxusforum.org/c/412) · [Copy link](https://oxusforum.org/c/412)", "widget"),
        ("We use cookies to improve your experience. By continuing to browse you accept our cookie policy.", "cookie notice"),
        ("Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", "cookie notice"),
        ("© 2025 Steppe Ledger Media. All rights reserved.", "copyright"),
        ("© 2012–2026 ИА «Центразия-Пресс». При цитировании ссылка обязательна. 18+", "copyright"),
        ("Home | Politics | Economy | Energy | Opinion | Podcasts", "menu"),
        ("Home / Asia and Pacific / Central Asia", "menu"),
        ("Главная / Политика / Безопасность", "menu"),
        ("Commentary › Connectivity › Middle Corridor", "menu"),
        ("Security | Tajikistan", "menu"),
        ("About us | Contact | Advertise | Privacy policy", "widget"),
        ("By Dilnoza Karimova | March 4, 2025", "byline"),
        ("*By Kerem Aydın and Saule Bekova · 2025-11-03 · 9 min read*", "byline"),
        ("*Автор: Мерген Аширов · 2025-10-08 10:00 МСК*", "byline"),
        ("DUSHANBE, 14 November 2025 / Eurasia Wire /", "dateline"),
        ("14 марта 2025, 11:20", "dateline"),
        ("19 апреля 2025, 09:42 | Обновлено 19 апреля 2025, 13:10", "dateline"),
        ("БИШКЕК, 19 апр — Центразия-Пресс.", "dateline"),
        ("Поступила в редакцию 14.02.2025; принята к печати 02.04.2025", "dateline"),
        ("Received: 14 January 2025; Accepted: 2 April 2025; Published: 20 May 2025", "dateline"),
        ("336 | P a g e", "page number"),
        ("— 47 —", "page number"),
        ("Volume 2, Issue 5, May 2025 ISSN: 2345-6789", "journal header"),
        ("ISSN 2345-1234", "journal header"),
        ("УДК 327(575)", "journal header"),
        ("www.jeps-journal.org", "web address"),
        ("Corresponding author: h.whitcombe@northgate.ac.uk", "contact line"),
        ("А. Р. Сейткалиева", "authors"),
        ("Research Article", "article label"),
        # breadcrumbs joined by arrows or chevrons, with or without a label
        ("You are here: Home → Markets → Energy", "breadcrumbs"),
        ("Вы здесь: Главная → Новости", "breadcrumbs"),
        ("Analysis ⇒ South Asia ⇒ Ports", "breadcrumbs"),
        ("Новости ❯ Регионы ❯ Средняя Азия", "breadcrumbs"),
        # a date, a clock time and time words, no sentence
        ("Friday 14 March 2025, 09:15 local time · Updated 12:40", "dateline"),
        ("пятница, 14 марта 2025, 09:15 по местному времени · Обновлено в 12:40", "dateline"),
        # a label of tags, a citation to copy, a typo-report widget (its prefix a question of its own)
        ("Tagged: Tajikistan, hydropower, Rogun, World Bank", "widget"),
        ("Метки: Туркменистан, газ, Каспий", "widget"),
        ("Suggested citation: Orazov, M. (2024). Gas and Neutrality. Caspian Papers No. 4. Ashgabat.", "widget"),
        ("How to cite: Whitcombe, H. (2025). Ferries on the Caspian. Northgate: Steppe Press.", "widget"),
        ("Для цитирования: Аширов М. Газ и нейтралитет // Каспийский вестник. 2024. № 2. С. 5–19.", "widget"),
        ("Found a typo? Select the text and press Ctrl+Enter.", "widget"),
        ("Заметили опечатку? Выделите фрагмент и нажмите Ctrl+Enter", "widget"),
    ],
)
def test_chrome_lines_are_dropped_by_form(line: str, reason: str) -> None:
    assert _reasons([line, "", PROSE_EN])[line] == reason


@pytest.mark.parametrize(
    "line",
    [
        PROSE_EN,
        PROSE_RU,
        "Drugs and militants",  # a section heading
        "Китайский фактор",
        "What the plant will do",
        "| 2022 | 1.5 | 33,600 | 38 |",  # table rows keep their short cells
        "| Параметр | АЭС-1 | АЭС-2 |",
        "Country | Key Strategy | Primary Focus |",
        "*Source: Trans-Caspian International Transport Route association; authors' calculations.*",
        "Follow-up talks are planned in Astana for the spring, officials said.",
        "Comments from Moscow were muted, and the ministry declined to say more.",
        "The talks ended on 12 May 2025 without a joint statement.",
        "Iran have long argued that any pipeline across the Caspian requires the consent of",
        "- Route: Almaty → Tashkent → Termez → Kabul",  # a list item of the article, not a trail
        "road → rail → sea",  # arrows between lower-case words
        "The corridor runs Almaty → Tashkent → Termez, then south to Kabul.",
        "Tariffs fell from 12 → 8 percent",
        "Kazakhstan, Uzbekistan and Kyrgyzstan",  # names joined by "and" are no byline
        "The Quiet Summit, Again",  # a title-cased deck holding a function word
        "Fell at 09:15 on 14 March 2025 as traders sold the currency in local time",
        "Tagged as a risk by the lenders, the northern section was left out of the first stage.",
        "How to cite a treaty that was never published is a question the court left open.",
        "Нашли ошибку в расчётах аудиторы Счётной палаты, а не министерство.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert _reasons(["Headline of the piece", "", line, "", PROSE_EN])[line] is None


def test_head_region_mastheads_and_authors() -> None:
    lines = [
        "STEPPE LEDGER",
        "ЦЕНТРАЗИЯ-ПРЕСС | Информационное агентство",
        "**OXUS POLICY FORUM** · Research on Central Asia, the Caucasus and their neighbours",
        "Permanent Neutrality as Pipeline Policy: Gas Diplomacy Between Three Capitals",
        "Merdan Orazov 1, Helen Whitcombe 2",
        "1 Institute of International Relations, Ashgabat, Turkmenistan",
        "Евразийский институт международных отношений, Алматы",
        "",
        PROSE_EN,
        "STEPPE LEDGER",  # after the first paragraph an all-caps line is not a masthead by place
    ]
    reasons = [v.reason for v in strip(lines)]
    assert reasons[0] == "masthead" and reasons[1] in {"masthead", "menu"} and reasons[2] == "masthead"
    assert reasons[3] is None  # the headline
    assert reasons[4:7] == ["authors", "authors", "authors"]
    assert reasons[8] is None and reasons[9] is None


def test_name_beside_a_dateline_is_a_byline() -> None:
    lines = ["Headline of the piece", "", "Фарход Назаров", "3 сентября 2025, 08:15", "", PROSE_RU, "", "Фарход Назаров"]
    reasons = [v.reason for v in strip(lines)]
    assert reasons[2] == "byline" and reasons[3] == "dateline"
    assert reasons[7] is None  # the same name elsewhere, far from a dateline, stays


@pytest.mark.parametrize(
    ("headline", "byline", "prose"),
    [
        ("# Lenders Meet Again in the Mountain Capital", "Helen Whitcombe, London", PROSE_EN),
        ("Кредиторы снова собрались в горной столице", "Фарход Назаров, Душанбе", PROSE_RU),
        ("Lenders Meet Again in the Mountain Capital", "Aliya Serikova, Ust-Kamenogorsk", PROSE_EN),
    ],
)
def test_a_name_with_the_place_filed_from_under_the_headline_is_a_byline(headline: str, byline: str, prose: str) -> None:
    lines = [headline, byline, "", prose, "", byline, "", prose]
    reasons = [v.reason for v in strip(lines)]
    assert reasons == [None, "byline", None, None, None, None, None, None]  # after the first paragraph it stays


def test_a_name_with_a_place_beside_a_dateline_is_a_byline() -> None:
    lines = ["Aliya Serikova, Ust-Kamenogorsk", "14 March 2025, 09:15 local time", "", PROSE_EN, "", "Helen Whitcombe, London", "", PROSE_EN]
    reasons = [v.reason for v in strip(lines)]
    assert reasons[:2] == ["byline", "dateline"] and reasons[5] is None


def test_read_also_list_goes_and_the_next_section_stays() -> None:
    lines = [
        PROSE_EN, "", "Read also:",
        "Gulf sovereign funds make Uzbekistan their biggest Central Asian bet",
        "Almaty's coal plants get a gas deadline",
        "", "What the plant will do", "", PROSE_EN,
        "", "**Читайте также:**",
        "- [Казахстан и Россия договорились о транзите зерна через Каспий](/region/1)",
        "- [Азербайджан и Туркменистан обсудили паромную линию](/region/2)",
        "", "Самое читаемое", "Курс тенге на следующей неделе: прогноз аналитиков",
    ]
    reasons = [v.reason for v in strip(lines)]
    assert reasons[2] in {"list marker", "widget"} and reasons[3] == reasons[4] == "link list"
    assert reasons[6] is None and reasons[8] is None
    assert reasons[10] in {"list marker", "widget"} and reasons[11] == reasons[12] == "link list"
    assert reasons[14] in {"list marker", "widget"} and reasons[15] == "link list"


def test_running_heads_of_a_converted_pdf() -> None:
    lines = [
        "Journal of Eurasian Policy Studies", "Volume 2, Issue 5, May 2025 ISSN: 2345-6789", "",
        PROSE_EN, "most of its independent history it has struggled to sell that gas on its own terms in",
        "336 | P a g e", "www.jeps-journal.org", "Journal of Eurasian Policy Studies",
        "Volume 2, Issue 5, May 2025 ISSN: 2345-6789", "2024 China bought about 80 percent of the exports.",
        "рост товарооборота, который в прошлом", "— 47 —", "А. Р. Сейткалиева. Тюркский вектор",
        "партнёром региона после Китая и России.",
    ]
    reasons = [v.reason for v in strip(lines)]
    assert reasons[0] == reasons[7] == "running head"
    assert reasons[5] == "page number" and reasons[6] == "web address" and reasons[12] == "running head"
    assert reasons[4] is None and reasons[9] is None and reasons[10] is None and reasons[13] is None


def test_lines_repeated_across_a_site_but_not_listed_headlines() -> None:
    site = [
        ["Business and politics from Almaty to Ashgabat", "Gulf Sovereign Funds Make Uzbekistan Their Biggest Central Asian Bet", PROSE_EN],
        ["Business and politics from Almaty to Ashgabat", PROSE_RU, "Read also:", "Gulf Sovereign Funds Make Uzbekistan Their Biggest Central Asian Bet"],
        ["Registered in Baku as an independent media outlet.", "Introduction", PROSE_EN],
        ["Registered in Baku as an independent media outlet.", "Introduction", PROSE_RU],
    ]
    repeated = repeated_lines(site)
    assert line_key("Business and politics from Almaty to Ashgabat") in repeated
    assert line_key("Registered in Baku as an independent media outlet.") in repeated
    assert line_key("Gulf Sovereign Funds Make Uzbekistan Their Biggest Central Asian Bet") not in repeated
    assert line_key("Introduction") not in repeated  # section words are never chrome
    assert line_key(PROSE_EN) not in repeated
    verdicts = strip(site[0], repeated)
    assert [v.reason for v in verdicts] == ["repeated across the site", None, None]


def test_cleaner_uses_the_general_rules_and_keeps_the_paragraph_across_a_page_break() -> None:
    raw = "\n".join([
        "EURASIA WIRE", "News | Politics | Security | Economy", "",
        "CSTO Agrees to Fund Border Fortification as Frontier Tensions Rise",
        "DUSHANBE, 14 November 2025 / Eurasia Wire /", "Short Url: ewire.news/a/48213", "",
        "The ministers agreed to finance a three-year programme to strengthen the border with",
        "336 | P a g e",
        "its southern neighbour, the ministry said on Friday after the meeting in the capital.",
    ])
    cleaned = clean(raw, "text")
    assert cleaned.title == "CSTO Agrees to Fund Border Fortification as Frontier Tensions Rise"
    assert "border with its southern neighbour" in cleaned.text
    for chrome in ("EURASIA WIRE", "News | Politics", "DUSHANBE", "Short Url", "P a g e"):
        assert chrome not in cleaned.text


# --------------------------------------------------------------------------- the unseen set


def _manifest() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UNSEEN.glob("chrome-*.json")):
        found.update(json.loads(path.read_text(encoding="utf-8")))
    return found


needs_unseen = pytest.mark.skipif(not list(UNSEEN.glob("chrome-*.json")), reason="eval/unseen not on this branch yet")


@pytest.fixture(scope="module")
def unseen_documents():  # type: ignore[no-untyped-def]
    from assistant.ingest.corpus import load_corpus, scan_corpus

    return {Path(d.source).name: d for d in load_corpus(scan_corpus(UNSEEN))}


@needs_unseen
def test_no_listed_chrome_line_survives_into_a_passage(unseen_documents) -> None:  # type: ignore[no-untyped-def]
    from assistant.chunking import ChunkConfig, chunk_document

    manifest = _manifest()
    assert set(manifest) <= set(unseen_documents), set(manifest) - set(unseen_documents)
    chunks = {name: chunk_document(unseen_documents[name], ChunkConfig()) for name in manifest}
    passages = {name: [c.text for c in found] for name, found in chunks.items()}
    labels = {name: {unseen_documents[name].title, *(c.section for c in found if c.section)} for name, found in chunks.items()}
    checked, survivors = chrome_left(manifest, passages, labels)
    assert checked >= 100
    assert not survivors, survivors


@needs_unseen
def test_no_line_of_real_prose_is_lost(unseen_documents) -> None:  # type: ignore[no-untyped-def]
    checked, lost = prose_lost(UNSEEN, unseen_documents, _manifest())
    assert checked >= 200
    assert not lost, lost


# --------------------------------------------------------------------------- "related" labels and taglines (cleaning 9)


def test_a_related_label_heading_a_list_at_the_end_goes_with_its_list() -> None:
    en = [
        PROSE_EN, "", "**Related from the Caspian Desk**", "",
        "- [Ferry queues at Alat port grow again](/ports/alat)",
        "- [What a wider Baku port means for grain](/ports/grain)",
        "", "**The Desk Weekly** — one email on ports, ferries and rail. [Sign up](/weekly)",
    ]
    reasons = [v.reason for v in strip(en)]
    assert reasons[0] is None and reasons[2] == "list marker" and reasons[4] and reasons[5]
    ru = [PROSE_RU, "", "Похожие статьи", "Паромы через Каспий: новый график на зиму",
          "Порт Актау расширяет контейнерный терминал", "Подписаться на рассылку"]
    reasons = [v.reason for v in strip(ru)]
    assert reasons[0] is None and reasons[2] == "list marker" and reasons[3] == reasons[4] == "link list"


def test_a_related_heading_followed_by_prose_or_with_prose_after_its_list_is_kept() -> None:
    lines = [
        "Related costs for the exporters", PROSE_EN, "",
        "Другие маршруты", "Через Иран", "Через Афганистан", "", PROSE_RU,
    ]
    reasons = [v.reason for v in strip(lines)]
    assert reasons == [None] * 3 + [None, None, None, None, None]


@pytest.mark.parametrize(
    ("masthead", "tagline", "headline", "prose"),
    [
        ("CASPIAN FREIGHT", "independent reporting on ports, ferries and rail", "Alat Port Opens a Second Ferry Berth", PROSE_EN),
        ("ПОРТОВЫЙ ВЕСТНИК", "отраслевое издание о портах, паромах и железных дорогах", "Порт Алят открыл второй паромный причал", PROSE_RU),
    ],
)
def test_a_lower_case_tagline_under_the_masthead_is_neither_title_nor_text(masthead: str, tagline: str, headline: str, prose: str) -> None:
    cleaned = clean(f"{masthead}\n{tagline}\n\n{headline}\n\n{prose}", "text")
    assert cleaned.title == headline
    assert tagline not in cleaned.text and prose in cleaned.text


@pytest.mark.parametrize(
    ("menu", "headline", "prose"),
    [
        ("Home   World   Energy   Trade Routes   Opinion   Podcasts", "Baku Port Adds a Night Shift for Ferries", PROSE_EN),
        ("Лента новостей\tЭкономика\tРегионы\tВ мире\tМнения", "Порт Алят открыл второй паромный причал", PROSE_RU),
        ("Новости\u00a0\u00a0 Аналитика\u00a0\u00a0 Банки\u00a0\u00a0 Валюта", "Порт Алят открыл второй паромный причал", PROSE_RU),
    ],
)
def test_a_menu_laid_out_with_wide_gaps_is_neither_title_nor_text(menu: str, headline: str, prose: str) -> None:
    cleaned = clean(f"CASPIAN FREIGHT\n{menu}\n\n{headline}\n\n{prose}", "text")
    assert cleaned.title == headline
    assert "Podcasts" not in cleaned.text and "Мнения" not in cleaned.text and "Валюта" not in cleaned.text
    assert prose in cleaned.text


def test_rows_aligned_with_spaces_and_gapped_prose_stay_text() -> None:
    table = ["Port     Berths     Ferries", "Alat     4     12", "Aktau     3     9", "Kuryk     2     5"]
    cleaned = clean("\n".join([PROSE_EN, "", "Ferries on the Caspian in figures", "", *table, "", PROSE_RU]), "text")
    assert "Port Berths Ferries" in cleaned.text and "Alat 4 12" in cleaned.text and "|" not in cleaned.text
    # a justified line of a converted page keeps its words (wide gaps, but items too long for a menu)
    gapped = "The ferry  operators  of  both  coasts  agreed  on  a  winter  timetable  for  the  crossing."
    assert "The ferry operators of both coasts agreed on a winter timetable for the crossing." in clean(gapped, "text").text
    # ... and so does a justified line of short words that ends mid-sentence, its words in lower case after the first
    spread = "Основу  поставок  в  этот  регион  составляют  паромные\nперевозки зерна и удобрений через Алят."
    cleaned = clean(f"{PROSE_RU}\n\n{spread}\n\n{PROSE_RU}", "text")
    assert "Основу поставок в этот регион составляют паромные" in cleaned.text and "|" not in cleaned.text


def test_the_bars_of_a_menu_are_not_counted_as_words_of_prose() -> None:
    from assistant.ingest.boilerplate_lines import _is_prose

    assert not _is_prose("Главная | Новости | Порты | Железные дороги | Грузы | Колонки | Контакты")
    assert _is_prose(PROSE_RU)


# --------------------------------------------------------------------------- pages of a converted PDF

_PAGED = [
    "Ferries on the Caspian: Who Pays for the New Berths at Alat and Kuryk?", "",
    "The two ports agreed in March to share the cost of dredging the approach channels, and",
    "the ministries of transport will meet again in the autumn to divide the bill for the",
    "", "caspianpapers.org                                   Page 1 of 2",
    "\fCaspian Papers No. 4 — Ferries and Ports of the Caspian Sea", "",
    "breakwater, which the engineers put at about 140 million dollars over five years.", "",
    "Chapter 1", "", "The first berth opened in 2023 and handled twelve ferries a week in its first year.",
    "", "caspianpapers.org                                   Page 2 of 2",
    "\fCaspian Papers No. 4 — Ferries and Ports of the Caspian Sea", "",
    "Chapter 2", "", "Details of the dredging contract are set out on page 2 of the annex to the agreement.",
]


def test_a_footer_recurring_with_its_page_number_changing_goes_with_the_running_head_beside_it() -> None:
    from assistant.ingest.cleaning import source_text

    verdicts = strip([" ".join(x.split()) for x in "\n".join(_PAGED).replace("\f", "\n").split("\n")])  # as a PDF's page
    reasons = {v.line: v.reason for v in verdicts if v.line}  # reader gives them, or a text without form feeds
    # in a text parted by form feeds they cut a sentence, so they go before the line rules, at every page break
    read = source_text("\n".join(_PAGED))
    assert "Page 1 of 2" not in read and "Page 2 of 2" not in read and "Caspian Papers No. 4" not in read
    assert reasons["caspianpapers.org Page 1 of 2"] == reasons["caspianpapers.org Page 2 of 2"] == "page number"
    assert reasons["Caspian Papers No. 4 — Ferries and Ports of the Caspian Sea"] == "running head"
    # headings numbered alike and a sentence naming a page are the article's
    assert reasons["Chapter 1"] is reasons["Chapter 2"] is reasons[_PAGED[-1]] is None


def test_a_footer_is_a_page_number_only_when_it_recurs_with_its_number_changing() -> None:
    once = ["Headline of the piece", "", PROSE_EN, "", "Annex tables, page 12", "", PROSE_EN]
    same = ["Headline of the piece", "", "Annex tables, page 12", "", PROSE_EN, "", "Annex tables, page 12", "", PROSE_EN]
    rows = ["| Year | Ferries |", "| 2023 | 12 |", "| 2024 | 15 |", "", PROSE_EN]
    assert _reasons(once)["Annex tables, page 12"] is None
    assert _reasons(same)["Annex tables, page 12"] is None
    assert all(_reasons(rows)[row] is None for row in rows[1:3])


def test_a_paragraph_broken_by_a_page_break_is_one_paragraph_again() -> None:
    cleaned = clean("\n".join(_PAGED), "text")
    assert cleaned.title == _PAGED[0]
    assert "divide the bill for the breakwater, which the engineers" in cleaned.text
    assert "Page 1" not in cleaned.text and "Caspian Papers No. 4" not in cleaned.text
    # a page break after a finished sentence still ends its paragraph
    assert "in its first year.\n\nChapter 2" in cleaned.text
    # a web address alone is no page break: the paragraph after it stays apart
    linked = clean(f"{PROSE_EN}\n\nThe full text of the protocol is published on the website of\nwww.example.org\n\n{PROSE_EN}", "text")
    assert f"published on the website of\n\n{PROSE_EN}" in linked.text


@pytest.mark.parametrize(
    ("masthead", "headline", "authors", "prose"),
    [
        ("CASPIAN CENTRE FOR TRANSPORT RESEARCH", "Ferries or Pipelines: Which Will Carry Kazakh Oil West?",
         "Saule Bekova and Helen Whitcombe", PROSE_EN),
        ("NORTHGATE INSTITUTE OF EURASIAN AFFAIRS", "Can the Middle Corridor Pay Its Way Without Russian Transit?",
         "Merdan Orazov, Saule Bekova and Helen Whitcombe", PROSE_EN),
    ],
)
def test_an_institute_masthead_above_a_headline_asking_a_question_is_not_the_title(
    masthead: str, headline: str, authors: str, prose: str
) -> None:
    cleaned = clean(f"{masthead}\n\n{headline}\n\n{authors}\n\n{prose}", "text")
    assert cleaned.title == headline
    assert masthead not in cleaned.text and authors not in cleaned.text
    assert prose in cleaned.text and not cleaned.sections


def test_a_question_of_the_text_opens_the_article_and_a_titled_question_after_it_is_a_heading() -> None:
    question = "Who will pay for the berths, and why did the lenders wait so long before they said it?"
    cleaned = clean(f"Ferries on the Caspian\n\n{question}\n\n{PROSE_EN}\n\nWho Pays for the Berths?\n\n{PROSE_EN}", "text")
    assert cleaned.title == "Ferries on the Caspian"
    assert question in cleaned.text and [s.heading for s in cleaned.sections] == ["Who Pays for the Berths?"]


@pytest.mark.parametrize(
    ("name", "role", "prose"),
    [
        ("Helen Whitcombe", "senior fellow, Northgate Institute of Eurasian Affairs", PROSE_EN),
        ("Мерген Аширов", "политолог, научный сотрудник Каспийского центра", PROSE_RU),
    ],
)
def test_a_name_with_the_authors_role_under_it_is_an_author_box(name: str, role: str, prose: str) -> None:
    lines = ["Lenders Meet Again in the Mountain Capital", "", prose, "", name, role, "Share | Tweet | Email", "", prose]
    reasons = [v.reason for v in strip(lines)]
    assert reasons[4] == reasons[5] == "byline"
    assert reasons[2] is None and reasons[8] is None
    cleaned = clean("\n".join(lines), "text")
    assert name not in cleaned.text and role not in cleaned.text and not cleaned.sections


def test_a_name_inside_a_paragraph_or_heading_a_section_stays() -> None:
    wrapped = [
        "Headline of the piece", "", PROSE_EN,
        "The talks in the capital were chaired by", "Helen Whitcombe", "and two deputies of the transport ministry",
        "who signed the protocol on the same day.", "", "Saule Bekova", "", "political economist at the", PROSE_EN,
    ]
    reasons = [v.reason for v in strip(wrapped)]
    assert reasons[4] is None and reasons[5] is None  # text around it: a name in a sentence
    assert reasons[8] is None and reasons[10] is None  # a blank between: the name is no box with the line below
