"""Cleaning 68, for fresh dev sets 60 and 61: a Word contents' entries with their pages read as "Title 7" go with their
heading; a letter's signatories and a meeting's list of participants at the end go however long; a letter's
salutation and closing; an obituary's caption credit, topics and reuse link; a donation banner. The texts are written
for these tests."""

from __future__ import annotations

from assistant.ingest.cleaning import clean

REPORT = """# ПАРОМНЫЕ ЛИНИИ СЕВЕРНОГО БЕРЕГА

## СОДЕРЖАНИЕ

Введение\t5

1 Грузы и линии\t7

1.1 Объём перевозок\t7

2 Порты и сборы\t19

Заключение\t41

## ВВЕДЕНИЕ

Настоящий отчёт подготовлен по итогам второго этапа работы: за четырнадцать лет число паромных линий между Лорной
и Веттином выросло с двух до девяти, а грузы — втрое.

## 1 Грузы и линии

Вторая линия открылась в 2014 году, когда порт Лорны получил второй причал и перестал закрываться на зиму.
"""


def test_a_word_contents_entries_with_their_pages_go_with_the_heading() -> None:
    kept = clean(REPORT, "markdown")
    assert "СОДЕРЖАНИЕ" not in kept.text and "Введение 5" not in kept.text and "Заключение 41" not in kept.text
    assert "число паромных линий между Лорной" in kept.text and "Вторая линия открылась в 2014 году" in kept.text
    assert "Заключение 41" not in {s.heading for s in kept.sections}


def test_numbered_lines_under_a_contents_heading_whose_numbers_fall_are_no_contents() -> None:
    text = REPORT.replace("Заключение\t41", "Заключение\t4").replace(  # the pages no longer in order: counts
        "## СОДЕРЖАНИЕ", "Отчёт написан по заказу портового управления Лорны, его разделы и их объём таковы.\n\n## СОДЕРЖАНИЕ")
    kept = clean(text, "markdown").text
    assert "Заключение 4" in kept and "2 Порты и сборы 19" in kept
    assert "Заключение 41" not in clean(text.replace("Заключение\t4", "Заключение\t41"), "markdown").text


LETTER = """# Open letter to the governments of the Inland Sea on ferry workers' papers

Published 4 November 2025

Your Excellencies,

We, the undersigned unions and legal clinics of the shore, write to ask that the ferry workers of Lorna, Vettin and
Brasia be given one seafarer's card that all three ports accept, as the ports agreed in principle in 2023.

At least 4,200 ferry workers now carry three sets of papers, and each set costs them a week's pay a year to renew.

Yours sincerely,

## Signatories

- Lorna Ferry Workers' Union (Lorna)
- Vettin Harbour Legal Clinic (Vettin)
- Brasia Seafarers' Aid Society (Brasia)
- Dr Anna Veld, lecturer in maritime law (Lorna)
- Olek Brannock, former harbour master (Vettin)
- Prof. Ida Marr, labour historian (Brasia)
- Veldmark Dockers' Association (Veldmark)
- Inland Sea Chaplaincy (Lorna)

## Add your organisation's signature

Press contact: Mira Holm, press@ferrypapers.example
"""


def test_a_letter_s_signatories_salutation_and_closing_go_and_its_text_stays() -> None:
    kept = clean(LETTER, "markdown").text
    assert "one seafarer's card that all three ports accept" in kept and "At least 4,200 ferry workers" in kept
    for chrome in ("Your Excellencies", "Yours sincerely", "Signatories", "Vettin Harbour Legal Clinic", "Ida Marr",
                   "Inland Sea Chaplaincy"):
        assert chrome not in kept, chrome


def test_a_list_under_signatories_that_goes_on_in_prose_stays() -> None:
    prose = [f"Signatory group {n} also asks the ports to publish, by 1 March each year, how many cards of each kind "
             f"they issued and refused, and on what grounds, so that the unions can follow the change." for n in range(1, 8)]
    text = LETTER.replace("- Inland Sea Chaplaincy (Lorna)\n", "- Inland Sea Chaplaincy (Lorna)\n\n" + "\n\n".join(prose) + "\n")
    kept = clean(text, "markdown").text
    assert "Vettin Harbour Legal Clinic" in kept and "Signatory group 7 also asks" in kept


PARTICIPANTS = """# РЕКОМЕНДАЦИИ участников круглого стола «Паромы северного берега»

Участники круглого стола рекомендуют правительствам Лорны и Веттина ввести единую карточку моряка к концу 2026 года
и опубликовать число выданных карточек.

Приложение. Список участников

Вельдова Анна Петровна — директор Института морской политики «Берег» (Лорна), модератор

Брасин Олег Иванович — советник, Министерство иностранных дел Веттина

Маррова Ида Сергеевна — доцент, Лорнский государственный университет, кафедра международного морского права

Холмова Мира Андреевна — координатор, общественный фонд «Паромщики» (Брасия)
"""


def test_a_meeting_s_list_of_participants_at_the_end_goes() -> None:
    kept = clean(PARTICIPANTS, "markdown").text
    assert "ввести единую карточку моряка к концу 2026 года" in kept
    for chrome in ("Список участников", "Вельдова Анна Петровна", "Маррова Ида Сергеевна", "Холмова Мира"):
        assert chrome not in kept, chrome


OBITUARY = """# Olek Brannock obituary

Harbour master who kept the Inland Sea ferries running through the hard winter of 1987

Olek Brannock on the north quay in 1987. Photograph: courtesy of the Brannock family

In the winter of 1987, when ice closed every port of the Inland Sea but one, Olek Brannock kept the north quay of
Lorna open for eleven weeks with two tugs and a borrowed icebreaker, and 31 ferries crossed to Vettin.

He later chaired the commission that drew up the first ferry treaty between Lorna and Vettin, signed in 1994.

Olek Brannock, harbour master, born 2 May 1938; died 18 November 2025

## Explore more on these topics

Lorna Vettin Shipping Obituaries

Reuse this content
"""


def test_an_obituary_s_caption_credit_topics_and_reuse_link_go() -> None:
    kept = clean(OBITUARY, "markdown").text
    assert "31 ferries crossed to Vettin" in kept and "signed in 1994" in kept
    for chrome in ("Photograph:", "Explore more on these topics", "Lorna Vettin Shipping Obituaries", "Reuse this content"):
        assert chrome not in kept, chrome


def test_a_donation_banner_goes_and_a_sentence_asking_support_of_a_plan_stays() -> None:
    text = ("# Что будет с паромами северного берега\n\nВ 2026 году порт Лорны откроет третий причал, и паромы смогут "
            "ходить круглый год, обещают в портовом управлении.\n\nНас заблокировали. Но мы продолжаем работать\n\n"
            "Поддержите «Берег»: даже небольшой ежемесячный взнос помогает нам оставаться независимыми.\n")
    kept = clean(text, "markdown").text
    assert "третий причал" in kept and "Нас заблокировали" not in kept and "ежемесячный взнос" not in kept
    said = text.replace("Поддержите «Берег»", "Министр призвал депутатов: «Поддержите план»")
    assert "Министр призвал депутатов" in clean(said, "markdown").text
