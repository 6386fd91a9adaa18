"""Chrome of journal PDFs and agency pages by form (cleaning 12): footers whose bare page number changes
side, running heads beside them, back matter, author boxes and bios, inline "read also" links.

The texts are written for these tests; the forms follow eval/unseen6/, whose 90 chrome lines
tests/test_fresh_sets.py checks over the whole pipeline.
"""

from __future__ import annotations

from assistant.ingest.boilerplate import strip
from assistant.ingest.cleaning import clean, fix_mojibake

PROSE = (
    "The ferry operators of the northern shore agreed in March to share their berths with the new line, "
    "the port authority said after the meeting."
)
WRAPPED = [
    "The port on the northern shore was rebuilt in 1998 and has served the ferry line ever since, although",
    "its breakwater has needed repairs every few years and the town council has long",
]

# two pages of a journal article converted to text: the footer's bare number stands on the outer side
# of each page, the running head is the authors' names on odd pages and a short title on even ones
JOURNAL = [
    "NORTHERN SHORE STUDIES",
    "",
    "Ferries, Berths and Breakwaters: Sharing a Small Port on the Northern Shore",
    "",
    "Ana Morel¹ and Jonas Veld²",
    "¹ Institute of Coastal Policy, Lorna",
    "² Harbour Research Centre, Veldmark",
    "",
    "Keywords: ferries; berths; breakwaters; port governance",
    "",
    "1. Introduction",
    "",
    PROSE,
    "",
    *WRAPPED,
    "",
    "Northern Shore Studies 3(2), 2025                                      41",
    "\fA. MOREL AND J. VELD",
    "",
    "asked the state to pay for them.",
    "",
    PROSE,
    "",
    "42                                      Northern Shore Studies 3(2), 2025",
    "\fSHARING A SMALL PORT",
    "",
    "2. The berths",
    "",
    PROSE,
    "",
    "Funding: The fieldwork was paid for by a grant of the Harbour Research Centre.",
    "Conflict of interest: The authors declare none.",
    "© 2025 The Authors.",
    "",
    "Northern Shore Studies 3(2), 2025                                      43",
]


def _reasons(lines: list[str]) -> dict[str, str | None]:
    """The line rules' verdicts on the text as read, before a page's head that cuts a sentence is taken out
    (ingest/text_pages.py): what they find of running heads beside the footers."""
    return {v.line.strip("\f"): v.reason for v in strip(fix_mojibake("\n".join(lines)).split("\n")) if v.line}


def test_a_journal_footer_whose_bare_number_changes_side_goes_with_the_running_heads_beside_it() -> None:
    reasons = _reasons(JOURNAL)
    footers = [line for line in reasons if "Northern Shore Studies 3(2)" in line]
    assert len(footers) == 3 and all(reasons[f] == "page number" for f in footers)
    assert reasons["A. MOREL AND J. VELD"] == reasons["SHARING A SMALL PORT"] == "running head"
    assert reasons["Ana Morel¹ and Jonas Veld²"] == "authors"
    assert reasons["Keywords: ferries; berths; breakwaters; port governance"] == "widget"
    assert reasons["Funding: The fieldwork was paid for by a grant of the Harbour Research Centre."] == "back matter"
    assert reasons["Conflict of interest: The authors declare none."] == "back matter"
    assert reasons[PROSE] is None and reasons["1. Introduction"] is None and reasons["2. The berths"] is None
    cleaned = clean("\n".join(JOURNAL), "text")
    assert cleaned.title == JOURNAL[2]
    assert "the town council has long asked the state to pay for them." in cleaned.text  # the page break mended
    assert "Northern Shore" not in cleaned.text.replace(JOURNAL[2], "") and "MOREL" not in cleaned.text
    assert [s.heading for s in cleaned.sections] == ["1. Introduction", "2. The berths"]  # numbered headings


def test_a_numbered_line_standing_alone_is_a_heading_and_a_numbered_list_stays_a_list() -> None:
    listed = clean(f"Report on the ferries\n\n{PROSE}\n\n1. Ferries to the islands\n2. Ferries to the mainland\n\n{PROSE}", "text")
    assert not listed.sections and "1. Ferries to the islands\n2. Ferries to the mainland" in listed.text
    sentence = clean(f"Report on the ferries\n\n{PROSE}\n\n1. The berths will open in May.\n\n{PROSE}", "text")
    assert not sentence.sections and "1. The berths will open in May." in sentence.text
    headed = clean(f"Report on the ferries\n\n{PROSE}\n\n2. The berths and the breakwater\n\n{PROSE}", "text")
    assert [s.heading for s in headed.sections] == ["2. The berths and the breakwater"]


def test_a_heading_in_capitals_opening_a_page_is_no_running_head() -> None:
    pages = [*JOURNAL[:-1], "", "\fCONCLUSIONS", "", PROSE, "", "Northern Shore Studies 3(2), 2025                 44"]
    reasons = _reasons(pages)
    assert reasons["CONCLUSIONS"] is None  # beside a footer, but neither the title's words nor the authors'
    assert reasons["SHARING A SMALL PORT"] == reasons["A. MOREL AND J. VELD"] == "running head"


def test_a_bare_number_beside_a_line_is_a_page_number_only_when_it_grows_beside_the_same_three_words() -> None:
    headings = ["Report on the ferries", "", PROSE, "", "Phase 1", "", PROSE, "", "Phase 2", "", PROSE]
    falling = ["Report on the ferries", "", PROSE, "", "Ferry line timetable summer 12", "", PROSE,
               "", "Ferry line timetable summer 9", "", PROSE]
    once = ["Report on the ferries", "", PROSE, "", "Northern Shore Studies 3(2), 2025 41", "", PROSE]
    assert _reasons(headings)["Phase 1"] is _reasons(headings)["Phase 2"] is None  # one word beside the number
    assert _reasons(falling)["Ferry line timetable summer 12"] is None  # a page number never falls
    assert _reasons(once)["Northern Shore Studies 3(2), 2025 41"] is None  # nothing recurs


def test_one_back_matter_label_alone_is_the_articles_own() -> None:
    fact_box = ["Report on the ferries", "", PROSE, "", "Funding: the port authority and two ferry firms", "", PROSE]
    assert _reasons(fact_box)["Funding: the port authority and two ferry firms"] is None


def test_agency_page_widgets_and_the_author_under_the_headline() -> None:
    page = [
        "Ferry Line to Reopen in Spring, Port Authority Says",
        "",
        "Ana Morel",
        "Photo: port authority press office",
        "",
        PROSE,
        "",
        "Read also: Storm closes the northern ferry line for a week",
        "",
        PROSE,
        "",
        "If you found a mistake in the text, select it and press Ctrl+Enter",
    ]
    reasons = _reasons(page)
    assert reasons["Ana Morel"] == "byline"
    assert reasons["Read also: Storm closes the northern ferry line for a week"] == "link list"
    assert reasons["If you found a mistake in the text, select it and press Ctrl+Enter"] == "widget"
    assert reasons[PROSE] is None
    russian = ["Паромная линия откроется весной", "", "Анна Морель", "", PROSE,
               "", "Читайте также: Шторм закрыл паромную линию на неделю", "", PROSE,
               "", "Если вы нашли ошибку в тексте, выделите её мышью и нажмите Ctrl+Enter",
               "Свидетельство о постановке на учёт СМИ № 1234-ИА выдано министерством информации"]
    reasons = _reasons(russian)
    assert reasons["Анна Морель"] == "byline"
    assert reasons["Читайте также: Шторм закрыл паромную линию на неделю"] == "link list"
    assert reasons[russian[-2]] == "widget" and reasons[russian[-1]] == "copyright"


def test_a_sentence_of_the_text_after_read_also_or_naming_a_person_stays() -> None:
    lines = ["Ferry Line to Reopen in Spring", "", PROSE, "",
             "Read also: the port authority's report, which says the berths will be ready by May.", "",
             "Ana Morel, the harbour master, said the line would run twice a week.", "", PROSE]
    reasons = _reasons(lines)
    assert reasons[lines[4]] is None and reasons[lines[6]] is None


def test_an_author_box_in_bold_and_a_bio_of_the_bylines_authors_go() -> None:
    markdown = ["# Ferries on the Northern Shore", "", PROSE, "", "---", "",
                "> **Анна Морель** — гидролог, научный сотрудник Института прибрежной политики. Пишет о портах.", "",
                "**Dana Roe**, the harbour master, said the berths would be ready by May."]
    reasons = _reasons(markdown)
    assert reasons[markdown[6]] == "author note"
    assert reasons[markdown[8]] is None  # a name in bold opening a sentence
    page = ["Ferry Line to Reopen in Spring", "", "By Ana Morel in Lorna and Jonas Veld in Veldmark", "", PROSE, "",
            "Jonas Veld said the berths were safe.", "", PROSE, "",
            "Ana Morel covers ports and shipping from Lorna. Jonas Veld is our correspondent in Veldmark."]
    reasons = _reasons(page)
    assert reasons[page[2]] == "byline" and reasons[page[-1]] == "author note"
    assert reasons[page[6]] is None  # begun by an author's name, but the article goes on after it


def test_a_short_line_in_sentence_case_heading_a_paragraph_is_a_heading() -> None:
    russian = (
        "Паромная линия откроется весной\n\nПаромщики северного берега договорились делить причалы с новой линией, "
        "сообщили в портовом управлении после встречи в четверг.\n\nПрагматизм вместо споров\n\nПортовое управление "
        "и городской совет согласились поровну оплатить ремонт старого волнореза, который не ремонтировали больше двадцати "
        "лет, и начать работы уже этой осенью.\n\n"
        "Карта причалов\n\nСм. ниже."
    )
    cleaned = clean(russian, "text")
    assert [s.heading for s in cleaned.sections] == ["Прагматизм вместо споров"]  # the caption heads no prose
    english = f"Ferries on the Northern Shore\n\n{PROSE}\n\nWhy the detour matters\n\n{PROSE}\n\nIt did.\n\n{PROSE}"
    assert [s.heading for s in clean(english, "text").sections] == ["Why the detour matters"]  # "It did." ends a sentence
