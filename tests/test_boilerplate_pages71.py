"""Cleaning 71, for fresh dev sets 62 and 63: a meeting record's procedural sentences ("The meeting rose at …",
«Слово предоставляется …»), a members' list led by spaced dots, a commission's annex of its delegations (names with a
patronymic such as «… оглы» before an en dash) and a consent to the processing of personal data go. The texts are
written for these tests."""

from __future__ import annotations

from assistant.ingest.cleaning import clean

RECORD = """# The ferry dispute between Lorna and Vettin

President: Ms. Veld . . . . . . . . . . . . . . . . . . . . . . (Brasia)

Members: Lorna . . . . . . . . . . . . . . . . . . . . . . . . Mr. Hallam

Vettin . . . . . . . . . . . . . . . . . . . . . . . . Ms. Orrin

The meeting was called to order at 10.05 a.m.

Adoption of the agenda

The agenda was adopted.

Mr. Hallam (Lorna): The ferry line between our two ports carried 412,000 passengers in 2024, and the new fee of 25
dollars a lorry has cut the crossings by a fifth since January, which is why we ask the Council to hear both shores.

Ms. Orrin (Vettin): Vettin has offered to halve the fee for lorries carrying grain, and we expect the two port
authorities to sign the arrangement before the end of March 2026 if the shipping companies accept it.

The meeting rose at 12.40 p.m.
"""

СТЕНОГРАММА = """# Заседание Совета Лорны о паромной линии

Начало заседания в 10 часов 00 минут

Слово для доклада предоставляется министру транспорта Лорны Вельдову А. П.

Вельдов А. П. Паромная линия между Лорной и Веттином перевезла в 2024 году 412 тысяч пассажиров, а сбор в 25 долларов
за грузовик сократил число рейсов на пятую часть с января, поэтому правительство предлагает снизить его вдвое.

Слово предоставляется депутату Брасиной Анне Олеговне.

Брасина А. О. Снижение сбора обойдётся бюджету в 3,4 миллиона долларов в год, и комитет просит правительство назвать
источник этих средств до второго чтения законопроекта в марте 2026 года.

Заседание закрыто в 11 часов 05 минут.
"""

ПРОТОКОЛ = """# Протокол третьего заседания Комиссии Лорны и Веттина

Стороны отметили, что товарооборот между Лорной и Веттином в 2024 году составил 84,2 миллиона долларов, и договорились
довести его до 150 миллионов долларов к 2028 году, открыв вторую паромную линию через Внутреннее море.

Стороны поручили портовым администрациям до 1 марта 2026 года согласовать единый тариф на перевозку грузовиков и
представить его Комиссии на утверждение.

Приложение: список членов делегаций

Делегация Лорны:

Вельдов Анар Рауф оглы – министр транспорта Лорны, председатель лорнийской части Комиссии

Брасина Анна Олеговна – заместитель министра экономики Лорны

Делегация Веттина:

Халлам Тимур Азиз оглы – заместитель премьер-министра Веттина, председатель веттинской части Комиссии
"""

ОТЗЫВ = """# Отзыв официального оппонента на диссертацию о паромной дипломатии Лорны

Автор показывает, что с 2015 по 2024 год Лорна подписала с соседями по Внутреннему морю девять соглашений о паромном
сообщении, а их доля во внешней торговле страны выросла с 12 до 31 процента, и этот вывод хорошо обоснован.

Я, Брасин Олег Петрович, даю согласие на включение своих персональных данных в документы, связанные с работой
диссертационного совета.
"""


def test_a_meeting_records_procedure_and_members_list_go() -> None:
    kept = clean(RECORD, "markdown").text
    assert "412,000 passengers" in kept and "halve the fee" in kept
    for chrome in ("called to order", "Adoption of the agenda", "The agenda was adopted", "The meeting rose",
                   ". . . . .", "Members: Lorna"):
        assert chrome not in kept, chrome


def test_a_russian_stenograms_procedure_goes() -> None:
    kept = clean(СТЕНОГРАММА, "markdown").text
    assert "412 тысяч пассажиров" in kept and "3,4 миллиона долларов" in kept
    for chrome in ("Начало заседания", "Слово для доклада", "Слово предоставляется", "Заседание закрыто"):
        assert chrome not in kept, chrome


def test_a_commissions_annex_of_delegations_goes() -> None:
    kept = clean(ПРОТОКОЛ, "markdown").text
    assert "84,2 миллиона долларов" in kept and "единый тариф" in kept
    for chrome in ("Приложение: список членов делегаций", "Делегация Лорны", "Вельдов Анар Рауф оглы",
                   "Брасина Анна Олеговна", "Халлам Тимур Азиз оглы"):
        assert chrome not in kept, chrome


def test_a_consent_to_the_processing_of_personal_data_goes() -> None:
    kept = clean(ОТЗЫВ, "markdown").text
    assert "с 12 до 31 процента" in kept
    assert "даю согласие" not in kept


def test_a_sentence_that_reports_a_meeting_stays() -> None:
    text = RECORD.replace("The meeting rose at 12.40 p.m.\n",
                          "After the vote the two delegations met again, and the meeting rose at 12.40 p.m. with the "
                          "fee still in place on both shores of the Inland Sea.\n")
    assert "the meeting rose at 12.40 p.m. with the fee" in clean(text, "markdown").text
