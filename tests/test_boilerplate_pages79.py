"""Cleaning 79, for fresh dev sets 68 and 69: a title page's contents whose heading and entries in capitals were read as
its masthead and names, a contents' entry and a page number in Roman numerals, a paper's kind in capitals over its
subject in lower case as a PDF's title (and a headline so marked, however long, with the cover's lines above it going),
and a letter's signer whose name is set as a heading. The texts are written for these tests."""

from __future__ import annotations

from chrome_support import reasons_of

from assistant.ingest.boilerplate_lines import _DOT_LEADER
from assistant.ingest.cleaning import clean
from assistant.ingest.formats.pdf import drop_running_lines
from assistant.ingest.formats.pdf_layout import kind_title

КУРСОВАЯ = """## МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ ЛОРНИЙСКОЙ РЕСПУБЛИКИ

# «Веттинский государственный университет»

## КУРСОВАЯ РАБОТА

по дисциплине «Внешняя политика малых государств»

## Порт Браннок во внешней политике Лорны

Выполнила: студентка 2 курса

Веттин 2025

## СОДЕРЖАНИЕ

ВВЕДЕНИЕ 3

ГЛАВА 1. ПОРТ И ЕГО СОСЕДИ 4

1.1. Договор о транзите с Брасией 4

ГЛАВА 2. ПОРТ И ВНУТРЕННЕЕ МОРЕ 7

ЗАКЛЮЧЕНИЕ 9

## ВВЕДЕНИЕ

Порт Браннок принял в 2024 году 4,2 млн тонн грузов, из них почти половину составили транзитные грузы Брасии.

## ГЛАВА 1. ПОРТ И ЕГО СОСЕДИ

Договор о транзите, подписанный в 2019 году, закрепил за Брасией причал длиной 310 метров на двадцать лет.
"""


def test_a_title_pages_contents_go_though_its_heading_and_entries_in_capitals_read_as_masthead_and_names() -> None:
    reasons = reasons_of(КУРСОВАЯ.split("\n"), "markdown")
    for entry in ("## СОДЕРЖАНИЕ", "ВВЕДЕНИЕ 3", "ГЛАВА 1. ПОРТ И ЕГО СОСЕДИ 4", "1.1. Договор о транзите с Брасией 4",
                  "ГЛАВА 2. ПОРТ И ВНУТРЕННЕЕ МОРЕ 7", "ЗАКЛЮЧЕНИЕ 9"):
        assert reasons[entry] == "contents", entry
    assert reasons["## ВВЕДЕНИЕ"] is None and reasons["## ГЛАВА 1. ПОРТ И ЕГО СОСЕДИ"] is None
    kept = clean(КУРСОВАЯ, "markdown").text
    assert "почти половину составили транзитные грузы Брасии" in kept and "закрепил за Брасией причал" in kept
    assert "ЗАКЛЮЧЕНИЕ 9" not in kept and "ВВЕДЕНИЕ 3" not in kept


def test_entries_in_capitals_with_numbers_and_no_contents_heading_over_them_stay() -> None:
    lines = ["## ИТОГИ ГОДА", "", "ПОРТ БРАННОК 4", "", "ПОРТ ВЕТТИН 7", "", "ПОРТ ЛОРНА 9", "",
             "Три порта Лорны приняли в 2024 году 11,8 млн тонн грузов, на 6 процентов больше, чем годом ранее."]
    reasons = reasons_of(lines, "markdown")
    assert "contents" not in reasons.values()


def test_a_contents_entry_may_end_on_a_page_number_in_roman_numerals() -> None:
    assert _DOT_LEADER.match("Ministerial foreword .......................................... v")
    assert _DOT_LEADER.match("Summary ........ xii")
    assert not _DOT_LEADER.match("The port of Brannock handled cargo under Article v")  # no leader: a sentence's end
    assert not _DOT_LEADER.match("Ministerial foreword ........ Vettin")


def test_a_front_matters_page_number_in_roman_numerals_goes_at_a_pages_edge_only() -> None:
    words = ["grain", "cotton", "steel"]

    def body(n: int) -> list[str]:  # each page its own lines, none repeated where a running head stands
        w = words[n]
        return [f"The corridor through Brasia carried {w} by rail.", f"Its ferries took {w} across the Inland Sea.",
                "v", f"The port of Brannock stored the {w}.", f"Freight of {w} rose.", f"Vettin bought the {w}."]

    out = drop_running_lines([[*body(0), "ii"], ["iii", *body(1)], [*body(2), "iv"]])
    assert [page.count("ii") + page.count("iii") + page.count("iv") for page in out] == [0, 0, 0]
    assert all("v" in page for page in out)  # inside the page: not its number
    assert [len(page) for page in out] == [6, 6, 6]


def test_a_papers_kind_in_capitals_over_its_subject_in_lower_case_titles_a_pdf() -> None:
    lines = ["Вносится Правительством Лорнийской Республики", "Проект", "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА",
             "к проекту закона «О ратификации Соглашения между Лорнийской", "Республикой и Республикой Брасия о порте",
             "Браннок»", "Соглашение подписано в Веттине 14 марта 2025 года."]
    assert kind_title(lines) == ("ПОЯСНИТЕЛЬНАЯ ЗАПИСКА к проекту закона «О ратификации Соглашения между Лорнийской "
                                 "Республикой и Республикой Брасия о порте Браннок»")
    assert kind_title(["MEMORANDUM", "on the ferry services of the Inland Sea", "The ferries ran 212 times."]) == (
        "MEMORANDUM on the ferry services of the Inland Sea")


def test_no_kind_title_without_a_subject_going_on_in_lower_case_or_with_its_quotes_left_open() -> None:
    assert kind_title(["ПОЯСНИТЕЛЬНАЯ ЗАПИСКА", "Соглашение подписано в Веттине 14 марта 2025 года."]) is None
    assert kind_title(["LORNA WEEKLY", "independent news from the Inland Sea", "The ferries ran 212 times."]) is None
    assert kind_title(["ПОЯСНИТЕЛЬНАЯ ЗАПИСКА", "к проекту закона «О порте", "Браннок и", "его", "причалах", "и",
                       "складах", "Веттина"]) is None  # the quotes never close within the headline's lines


def test_a_marked_headline_of_many_words_is_the_headline_and_the_cover_lines_above_it_go() -> None:
    subject = ("ПОЯСНИТЕЛЬНАЯ ЗАПИСКА к проекту закона «О ратификации Соглашения между Лорнийской Республикой и "
               "Республикой Брасия о порте Браннок, его причалах, складах и подъездных путях, а также о порядке их "
               "совместного использования»")
    assert len(subject.split()) > 25
    lines = ["Вносится Правительством Лорнийской Республики", "", "Проект", "", f"# {subject}", "",
             "Соглашение подписано в Веттине 14 марта 2025 года и закрепляет за Брасией причал длиной 310 метров."]
    reasons = reasons_of(lines)
    assert reasons["Вносится Правительством Лорнийской Республики"] == "masthead" and reasons["Проект"] == "masthead"
    assert reasons[f"# {subject}"] is None


LETTER = """Dear Ms Marsh,

Thank you for your request of 6 November about the ferry services between Lorna and Brasia, which we have handled
under the Act.

The ministry paid 2.4 million for the winter crossings in 2024, against 1.9 million a year earlier.

Yours sincerely,

## Veldina Brask

Head, Inland Sea Team

Brannock Directorate
"""


def test_a_letters_signer_whose_name_is_set_as_a_heading_goes_with_the_closing() -> None:
    reasons = reasons_of(LETTER.split("\n"), "markdown")
    assert [reasons[line] for line in ("Yours sincerely,", "## Veldina Brask", "Head, Inland Sea Team",
                                       "Brannock Directorate")] == ["sign-off"] * 4
    assert "2.4 million for the winter crossings" in clean(LETTER, "markdown").text


def test_a_heading_under_a_closing_that_is_no_name_stays() -> None:
    text = LETTER.replace("## Veldina Brask\n\nHead, Inland Sea Team\n\nBrannock Directorate\n",
                          "## Annex on the winter crossings\n\nThe crossings ran 212 times in 2024.\n")
    reasons = reasons_of(text.split("\n"), "markdown")
    assert reasons["## Annex on the winter crossings"] is None


def test_a_letters_subject_over_its_salutation_titles_a_pdf() -> None:
    from assistant.ingest.formats.pdf_layout import cover_title, letter_subject

    lines = ["МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ ЛОРНИЙСКОЙ РЕСПУБЛИКИ", "исх. № 14-2/88 от 05.12.2025", "Гражданину Вельдову А. П.",
             "г. Веттин", "О возможности открытия консульства в Брасии", "Уважаемый Арман Петрович!",
             "Ваше обращение рассмотрено Департаментом консульской службы."]
    assert letter_subject(lines) == cover_title(lines) == "О возможности открытия консульства в Брасии"
    assert letter_subject(["Lorna Ministry of Ports", "Your request of 6 November on the ferries", "Dear Ms Marsh,",
                           "Thank you for your request."]) == "Your request of 6 November on the ferries"


def test_no_letter_subject_without_a_salutation_under_it_or_when_the_line_ends_a_sentence() -> None:
    from assistant.ingest.formats.pdf_layout import letter_subject

    assert letter_subject(["О возможности открытия консульства в Брасии", "Ваше обращение рассмотрено."]) is None
    assert letter_subject(["Ваше обращение рассмотрено в срок.", "Уважаемый Арман Петрович!"]) is None
    assert letter_subject(["Тема: консульство", "Уважаемый Арман Петрович!"]) is None  # a label's line
    assert letter_subject(["Lorna", "Dear Ms Marsh,"]) is None  # one word: a place, no subject
