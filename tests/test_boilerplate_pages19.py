"""Chrome of press releases, client briefings, channel pages and legal texts by form (cleaning 19): the end matter
under its heading ("Forward-looking statements", "About <company>", "Media contact:", "Disclaimer", «Связанные
документы:»), a channel's counters and its description ending on a contact, link cards (a link preview, a reply's
quote), a bold heading opening a post, a legal text's record details and source line above its first paragraph, a
long headline standing alone, and a Word briefing whose sender's name is bold above its Title-style headline.

The texts are written for these tests; the forms follow eval/unseen13/, whose chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

from chrome_support import MORE, PROSE, RUSSIAN, RUSSIAN_MORE, reasons_of

from assistant.ingest.cleaning import clean

RELEASE = ("LORNA, Veldmark, Dec. 2, 2025 /Lorna Wire/ -- Lorna Air, the Lorna-based carrier, today announced a daily "
           "service to Veldmark from March, the first direct flight between the two capitals.")


def test_a_press_releases_end_matter_goes_under_its_headings() -> None:
    page = ["# Lorna Air to fly daily to Veldmark from March", "", RELEASE, "", PROSE, "", MORE, "",
            "Forward-looking statements", "", ("This press release contains forward-looking statements about route launches; "
            "actual results may differ materially."), "", "About Lorna Air", "",
            "Lorna Air JSC is a scheduled airline based in Lorna. It flies 24 aircraft to 40 destinations.", "",
            "Media contact:", "", "Anna Veld, Head of Communications", "", "press@lorna-air.example"]
    reasons = reasons_of(page, "markdown")
    for line in ("Forward-looking statements", "About Lorna Air", "Media contact:", "Anna Veld, Head of Communications",
                 "Lorna Air JSC is a scheduled airline based in Lorna. It flies 24 aircraft to 40 destinations."):
        assert reasons[line] is not None, line
    assert reasons[RELEASE] is None and reasons[PROSE] is None and reasons[MORE] is None
    cleaned = clean("\n".join(page), "markdown")
    assert "first direct flight" in cleaned.text and "forward-looking" not in cleaned.text and "24 aircraft" not in cleaned.text


def test_an_end_heading_with_article_text_after_it_stays() -> None:
    # "About Veldmark" heads a section of the article: more of the article follows it, so it is no end matter
    page = ["# Lorna Air to fly daily to Veldmark", "", PROSE, "", "About Veldmark", "", MORE, "", "## The route", "", RELEASE]
    reasons = reasons_of(page, "markdown")
    assert reasons["About Veldmark"] is None and reasons[MORE] is None
    # and "About the deal" is no "About" + a name
    tail = ["# Lorna Air to fly daily to Veldmark", "", PROSE, "", "About the deal", "", MORE]
    assert reasons_of(tail, "markdown")["About the deal"] is None


def test_a_channels_counters_and_its_description_ending_on_a_contact_go() -> None:
    page = ["Паромы Лорны", "", "48,7K подписчиков 1,3K фото 286 ссылок", "",
            "Паромы, причалы и расписание северного берега. Без рекламы. Для связи: @lorna_ferry_editor", "",
            "**Паромная линия получила дату запуска**", "", RUSSIAN, "", "12,3K просмотров 48 репостов", "", RUSSIAN_MORE]
    reasons = reasons_of(page, "markdown")
    assert reasons["48,7K подписчиков 1,3K фото 286 ссылок"] is not None  # above the headline: the masthead's
    assert reasons["12,3K просмотров 48 репостов"] == "counters"
    assert reasons["Паромы, причалы и расписание северного берега. Без рекламы. Для связи: @lorna_ferry_editor"] == "contact line"
    assert reasons[RUSSIAN] is None and reasons[RUSSIAN_MORE] is None
    assert reasons_of(["# Паромы", "", "За 2025 год линия перевезла 48 тысяч пассажиров и 12 тысяч машин.", "", RUSSIAN],
                      "markdown")["За 2025 год линия перевезла 48 тысяч пассажиров и 12 тысяч машин."] is None


POST = ('<div class="post"><div class="text"><b>Паромная линия получила дату запуска</b><br>{}<br>{}</div>'
        '<a class="reply" href="https://t.me/lorna/1"><span>Паромы Лорны</span><div>Паромная линия получила дату запуска '
        'Паромщики северного берега договорились…</div></a>'
        '<a class="preview" href="https://lorna-news.example/ferry"><div>Лорна Ньюс</div><div>Паромы пойдут в марте</div>'
        '<div>Управление порта рассказало о новой линии.</div></a>'
        '<a href="https://lorna-news.example/b"><h2>Паромы и причалы: как устроена линия</h2></a>'
        '<p>Новость <a href="https://lorna-news.example/a">в Лорна Ньюс</a> вышла утром, и её перепечатали все.</p></div>')


def test_link_cards_go_a_link_in_a_line_and_a_linked_headline_stay_and_a_bold_opening_heads_the_post() -> None:
    page = f"<html><body>{POST.format(RUSSIAN, RUSSIAN_MORE)}</body></html>"
    cleaned = clean(page, "html")
    assert cleaned.title == "Паромная линия получила дату запуска"
    assert RUSSIAN in cleaned.text and RUSSIAN_MORE in cleaned.text
    assert "Лорна Ньюс\n" not in cleaned.text and "Паромы пойдут в марте" not in cleaned.text
    assert "договорились…" not in cleaned.text  # the reply's cut quote
    assert "Новость в Лорна Ньюс вышла утром, и её перепечатали все." in cleaned.text
    assert "Паромы и причалы: как устроена линия" in cleaned.text


AGREEMENT = [
    "ЛОРНА-ПРАВО", "Информационная система «Договоры Лорны»", "Главная | Кодексы | Договоры | Судебная практика", "",
    "Соглашение между Правительством Лорны и Правительством Вельдмарка о сотрудничестве в области паромного сообщения",
    "", "Документ действует", "Редакция от 14.11.2025", "Дата вступления в силу: 14.11.2025",
    "Утверждено постановлением Правительства Лорны от 29 сентября 2025 года № 812",
    "Источник: Бюллетень договоров Лорны, 2025 г., № 11, ст. 94", "",
    ("Правительство Лорны и Правительство Вельдмарка, далее именуемые Сторонами, стремясь развивать паромное сообщение "
     "между портами двух государств, согласились о нижеследующем:"), "",
    "Статья 1. Паромная линия", "1. Стороны открывают паромную линию между портами Лорна и Вельд не позднее 1 марта 2026 года.",
    "", "Совершено в городе Вельд 3 октября 2025 года в двух подлинных экземплярах.", "", "Связанные документы:",
    ("— Постановление Правительства Лорны от 29 сентября 2025 года № 812 «Об утверждении Соглашения между Правительством "
     "Лорны и Правительством Вельдмарка о сотрудничестве в области паромного сообщения»"),
    "— Закон Лорны от 11 апреля 2014 года № 188 «О морском транспорте и портах, открытых для иностранных судов»",
    "© 2025 ТОО «Лорна-Право»"]


def test_a_legal_texts_headline_record_details_and_related_documents() -> None:
    reasons = reasons_of(AGREEMENT)
    headline = AGREEMENT[4]
    assert reasons[headline] is None
    for line in ("Документ действует", "Утверждено постановлением Правительства Лорны от 29 сентября 2025 года № 812",
                 "Источник: Бюллетень договоров Лорны, 2025 г., № 11, ст. 94", "Дата вступления в силу: 14.11.2025",
                 "Связанные документы:", AGREEMENT[-2], AGREEMENT[-3]):
        assert reasons[" ".join(line.split())] is not None, line
    cleaned = clean("\n".join(AGREEMENT), "text")
    assert cleaned.title == headline
    assert "не позднее 1 марта 2026 года" in cleaned.text and "Совершено в городе Вельд" in cleaned.text
    assert "Информационная система" not in cleaned.text and "№ 188" not in cleaned.text


def test_a_head_in_several_blocks_is_no_record() -> None:
    # a hearing's contents and its witnesses stand in blocks of their own: the heading over its first paragraph stays
    page = ["# Lorna ferries at the committee", "", "Witnesses:", "- Dr Anna Veld, Lorna Institute", "",
            "A. PURPOSE OF THE HEARING", "", "1. " + PROSE]
    assert reasons_of(page, "markdown")["A. PURPOSE OF THE HEARING"] is None


def test_a_word_briefings_bold_sender_is_no_headline_when_a_title_style_follows(tmp_path: Path) -> None:
    import docx

    from assistant.ingest.formats.docx import read_docx

    document = docx.Document()
    sender = document.add_paragraph()
    sender.add_run("Lorna Business Council").bold = True
    document.add_paragraph("Briefing note No. 4/2025")
    document.add_paragraph("Ferries to Veldmark: what the new line changes for members", style="Title")
    document.add_paragraph(PROSE)
    document.add_heading("Disclaimer", level=2)
    document.add_paragraph("This note is provided to members for information only and is not legal advice.")
    path = tmp_path / "note.docx"
    document.save(path)
    extracted = read_docx(path.read_bytes())
    assert extracted.cleaned.title == "Ferries to Veldmark: what the new line changes for members"
    assert "Lorna Business Council" not in extracted.cleaned.text and "legal advice" not in extracted.cleaned.text
    assert PROSE in extracted.cleaned.text


def test_a_short_line_in_sentence_case_over_a_long_numbered_paragraph_is_a_heading() -> None:
    # a treaty's articles: «Статья 4. …» in sentence case, its points numbered «1. …»; title case is no test in Russian
    point = ("1. Перечень причалов, открытых для паромов обеих Сторон, утверждается Комиссией и пересматривается "
             "ежегодно по представлению портовых властей Лорны и Вельдмарка.")
    lines = ["Соглашение о паромном сообщении между Лорной и Вельдмарком", "", PROSE, "",
             "Статья 4. Совместное использование причалов северного берега", "", point, "",
             "Порядок работы причалов северного берега", "", "2. Коротко о порядке."]
    text = "\n".join(lines)
    cleaned = clean(text, "text")
    headings = [s.heading for s in cleaned.sections]
    assert "Статья 4. Совместное использование причалов северного берега" in headings
    assert "Порядок работы причалов северного берега" not in headings  # over a short numbered line it stays text


def _paper(path: Path) -> None:
    """A two-page policy paper: a cover above its title, prose, and an author note with © at the end."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Ferries of the Northern Shore: A Quiet Shift")
    pdf.set_font("Helvetica", size=11)
    for page, lines in enumerate([
        ["LORNA INSTITUTE FOR POLICY RESEARCH", "Veld", "Policy Paper No. 7 - Transport and Trade Programme", "",
         "Ferries of the Northern Shore: A Quiet Shift", "", "Anna Veld and Tom Harl", "", PROSE, MORE],
        [MORE.replace("Freight", "Traffic"), ("The port will tell in spring whether the berths were worth what they "
                                               "cost, and the line will need to use it."), "About the authors",
         "Anna Veld is a senior fellow at the Lorna Institute, where she leads its transport programme.",
         "(c) 2025 Lorna Institute for Policy Research. The views expressed are those of the authors."]]):
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT") if line else pdf.ln(6)
    pdf.output(str(path))


def test_a_pdfs_cover_and_author_note_go_as_a_texts_would(tmp_path: Path) -> None:
    from assistant.ingest.formats.pdf import read_pdf

    _paper(tmp_path / "paper.pdf")
    cleaned = read_pdf((tmp_path / "paper.pdf").read_bytes()).cleaned
    assert cleaned.title == "Ferries of the Northern Shore: A Quiet Shift"
    assert "Ferries of the Northern Shore: A Quiet Shift" in cleaned.text and PROSE in cleaned.text
    for chrome in ("LORNA INSTITUTE", "Policy Paper No. 7", "senior fellow", "About the authors", "(c) 2025"):
        assert chrome not in cleaned.text, chrome
    assert "worth what they cost" in cleaned.text


def test_a_letterhead_a_pull_quote_and_a_headline_of_two_sentences() -> None:
    address = "Lorna, 4 Quay Street · tel.: +44 20 7946 0018 · www.lorna-ports.example"
    quote = "Lorna has the berths of a hub and the traffic of a terminus."
    page = ["# A Ferry Line Wants Lorna. Veldmark Is Tempted.", "", address, "", f"{quote} {PROSE}", "", quote, "", MORE,
            "", "Is the line worth it?", "", f"Is the line worth it? {MORE}"]
    reasons = reasons_of(page, "markdown")
    assert reasons[address] == "contact line" and reasons[quote] == "pull quote"
    assert reasons["Is the line worth it?"] is None  # a question asked again, as a forum's reply quotes it
    assert reasons_of(["# Ferries", "", "The port office is at 4 Quay Street, tel. +44 20 7946 0018.", "", PROSE],
                      "markdown")["The port office is at 4 Quay Street, tel. +44 20 7946 0018."] is None
    cleaned = clean("\n".join(page), "markdown")
    assert cleaned.title == "A Ferry Line Wants Lorna. Veldmark Is Tempted."
