"""What a "how many" question counts, what the count is said of, and what a price question asks (search/answer_types.py)."""

from __future__ import annotations

import pytest

from assistant.ingest.langdata import lang_data
from assistant.search.answer_types import counted_words, gives, said_of
from assistant.search.evidence import requirements


@pytest.mark.parametrize(("question", "lang", "counted", "said"), [
    ("Сколько отделений сейчас у банка «Лорна Кредит»?", "ru", ("отделений", "сейчас"), ("банка", "лорна", "кредит")),
    ("How many branches of Lorna Credit are open in the north?", "en", ("branches",), ("lorna", "credit", "open", "north")),
    ("How many Lornan border guards serve on the river?", "en", ("border", "guards", "serve"), ()),  # a name says whose
    ("How many of Lorna's river ports are open in winter?", "en", ("river", "ports"), ()),
    ("How many TEU did the dry port handle?", "en", ("teu",), ()),  # a unit in capitals is what is counted
    ("How many flights a week connect Lorna and Veldt?", "en", ("flights", "week"), ()),  # "a" ends nothing
    ("How many Luban Workshops are running in Lorna?", "en", ("workshops",), ()),  # the names are what is counted
    ("How many Veldmark Institutes operate in Lorna?", "en", ("institutes",), ()),
    ("How many Swiss banks work in Lorna?", "en", ("banks", "work"), ()),  # one name ending in "s" is whose
])
def test_what_a_count_counts_ends_where_what_it_is_said_of_begins(question: str, lang: str, counted: tuple, said: tuple) -> None:
    data = lang_data(lang)
    assert counted_words(question, data) == counted
    assert said_of(question, data) == said


def test_a_figure_counting_what_the_count_is_said_of_does_not_answer_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.search import crossterms

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)  # the question's own words only, no word model
    req = requirements("Сколько отделений у банка «Лорна Кредит»?")
    banks = "Из пяти банков под иностранным контролем остаётся один — «Лорна Кредит»."
    assert not gives("counted", banks, banks, req.terms, req.counted, req.said)
    branches = "У банка «Лорна Кредит» 14 отделений в трёх областях."
    assert gives("counted", branches, branches, req.terms, req.counted, req.said)


@pytest.mark.parametrize(("question", "other", "same"), [
    ("How many Lornan border guards were killed in the March incidents near Veldt?",
     "Border guards recorded three armed incidents in March near Veldt.",
     "Four border guards were killed near Veldt in March."),
    ("Сколько пограничников погибло в мартовских стычках у Вельта?",
     "В марте у Вельта пограничники зафиксировали три вооружённые стычки.",
     "В мартовских стычках у Вельта погибли четыре пограничника."),
])
def test_a_figure_counting_another_term_of_the_question_does_not_answer_it(monkeypatch: pytest.MonkeyPatch, question: str,
                                                                         other: str, same: str) -> None:
    from assistant.search import crossterms

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    req = requirements(question)
    assert not gives("counted", other, other, req.terms, req.counted, req.said)  # three incidents: no guards counted
    assert gives("counted", same, same, req.terms, req.counted, req.said)


@pytest.mark.parametrize("question", [
    "За какую сумму холдинг купил банк «Лорна Кредит»?",
    "За сколько холдинг купил банк «Лорна Кредит»?",
    "For how much did the holding buy Lorna Credit?",
    "For what sum did the holding buy Lorna Credit?",
])
def test_asking_for_what_sum_asks_a_price(question: str) -> None:
    assert "money" in requirements(question).answer_types


def test_asking_in_how_many_years_asks_no_price() -> None:
    assert "money" not in requirements("За сколько лет построят второй переход?").answer_types


def test_asking_how_much_time_asks_a_duration_not_a_sum() -> None:
    assert requirements("How much time do Lornan instructors spend training in Vettin?").answer_types == ("duration",)
    assert requirements("How much did Lorna spend on the bridge?").answer_types == ("money",)
    assert requirements("How much is Lorna Shipping paying for its three tankers?").answer_types == ("money",)
    assert requirements("How much has Lorna budgeted for dredging in 2026?").answer_types == ("money",)


def test_a_clock_time_left_answers_how_much_time_was_left() -> None:
    from assistant.search.evidence import window_satisfies

    question = "How much time was left in the match when Lorna took the score to 24-10?"
    said = "With 4:51 left in the match, Lorna took the score to 24-10 with a field goal."
    assert window_satisfies(requirements(question), said, "", [said])
    other = "At 4:51 in the afternoon, Lorna took the score to 24-10 with a field goal."
    assert not window_satisfies(requirements(question), other, "", [other])  # a time of day is no time left


@pytest.mark.parametrize(("question", "sentence", "answers"), [
    ("Сколько лорнских специалистов работало в Вельдмарке в 2024 году?",
     "Лорнские специалисты в стране: 21 тыс. в 2019 г., около 14 тыс. в 2024 г.", True),  # a slide's label over its figures
    ("Сколько лорнских специалистов работало в Вельдмарке в 2024 году?",
     "Лорнские компании в стране: 21 в 2019 г., около 14 в 2024 г.", False),  # the label shares the adjective only
    ("How many ferry berths does the port of Lorna have?", "Ferry berths at the port: 4 now, 6 by 2027.", True),
    ("How many ferry berths does the port of Lorna have?", "Cranes at the port: 4 in all, beside the new berths.", False),
])
def test_a_label_before_a_colon_names_what_the_figures_after_it_count(
        monkeypatch: pytest.MonkeyPatch, question: str, sentence: str, answers: bool) -> None:
    from assistant.search import crossterms

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    req = requirements(question)
    assert gives("counted", sentence, sentence, req.terms, req.counted, req.said) is answers


@pytest.mark.parametrize(("question", "sentence", "answers"), [
    ("How many scholarships does Lorna award to Vettin's students?",
     "Lorna's aid has fallen, and the number of scholarships awarded to Vettin's students is down to five.", True),
    ("How many scholarships does Lorna award to Vettin's students?",
     "Lorna's aid has fallen, and the number of visas issued to Vettin's students is down to five.", False),
    ("Сколько рейсов в неделю из Лорны в Веттин будет выполнять авиакомпания?",
     "С марта 2026 года авиакомпания увеличит число рейсов из Лорны в Веттин до трёх в неделю.", True),
    ("Сколько рейсов в неделю из Лорны в Веттин будет выполнять авиакомпания?",
     "Число рейсов выросло, и авиакомпания купила три новых самолёта.", False),  # a number after the clause's end
])
def test_the_number_of_what_the_question_counts_before_a_figure_counts_it(
        monkeypatch: pytest.MonkeyPatch, question: str, sentence: str, answers: bool) -> None:
    from assistant.search import crossterms

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    req = requirements(question)
    assert gives("counted", sentence, sentence, req.terms, req.counted, req.said) is answers


@pytest.mark.parametrize(("question", "whose"), [
    ("How many Lornan border guards serve on the river?", "lornan"),  # a name before what is counted
    ("How many citizens of Vettin visited Lorna in 2024?", "vettin"),  # "of" and a name after it
    ("Сколько граждан Лорны посетили Веттин в 2024 году?", "лорны"),  # a name in the genitive after it
    ("Сколько туристов из Веттина побывало в Лорне?", "веттина"),  # «из» and a name
    ("How many Luban Workshops are running in Lorna?", ""),  # the names are what is counted
    ("How many river ports are open in winter?", ""),  # nobody's
])
def test_the_name_beside_what_a_count_asks_says_whose_it_is(question: str, whose: str) -> None:
    assert requirements(question).whose == whose


@pytest.mark.parametrize(("sentence", "gives_it"), [
    ("В 2024 году Веттин посетили около 41 тысячи граждан Лорны.", True),
    ("В 2024 году Лорну посетили около 41 тысячи граждан Веттина.", False),  # the other country's citizens
    ("В 2024 году Веттин посетили около 41 тысячи граждан.", True),  # nobody's named: it may be theirs
    ("В 2024 году по визе E-8 в Веттин съездили около 41 тысячи лорнийцев.", True),  # the possessor's people
])
def test_a_count_of_another_countrys_citizens_answers_no_count_of_these(sentence: str, gives_it: bool) -> None:
    req = requirements("Сколько граждан Лорны посетили Веттин в 2024 году?")
    assert gives("counted", sentence, sentence, req.terms, req.counted, req.said, req.whose) is gives_it
    assert gives("counted", sentence, sentence, req.terms, req.counted, req.said) is (gives_it or "Веттина" in sentence)


def test_an_english_count_of_another_nations_citizens_answers_no_count_of_these() -> None:
    req = requirements("How many Lornan citizens visited Vettin in 2024?")
    other, own = "Some 41,000 Vettinese citizens visited Lorna in 2024.", "Some 41,000 Lornan citizens visited Vettin in 2024."
    assert not gives("counted", other, other, req.terms, req.counted, req.said, req.whose)
    assert gives("counted", own, own, req.terms, req.counted, req.said, req.whose)


def test_a_figure_with_a_unit_measures_what_the_question_counts_when_its_sentence_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.search import crossterms

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    req = requirements("Сколько лорнской говядины уже пришло в Веттин после согласования сертификата?")
    beef = "В августе стороны согласовали сертификат на говядину, и первые партии, около 1 200 тонн, уже пришли в Веттин."
    assert gives("counted", beef, beef, req.terms, req.counted, req.said)
    grain = "В августе стороны согласовали сертификат, и первые партии, около 1 200 тонн, уже пришли в Веттин."
    assert not gives("counted", grain, grain, req.terms, req.counted, req.said)  # the sentence names no beef


@pytest.mark.parametrize(("question", "money"), [
    ("Сколько бюджетных мест выделил Лорна для граждан Веттина?", False),  # places, counted
    ("Сколько новых рабочих мест создали в Лорне?", False),
    ("Сколько выделил бюджет Лорны на ремонт дороги?", True),  # a sum
    ("Сколько в 2025 году платили в Лорне за килограмм шерсти?", True),
    ("Сколько веттинских инвестиций вложат в завод в Лорне?", True),  # a sum of an adjective and a money noun
    ("Сколько стипендий Лорна выделила студентам из Веттина?", False),  # a plural noun right after «сколько»: counted
    ("Сколько грантов выделил фонд Лорны в 2025 году?", False),
    ("Сколько долларов выделила Лорна на паромы?", True),  # a currency is a sum
    ("Сколько миллионов долларов выделила Лорна на паромы?", True),
    ("Сколько Лорна выделила на паромы?", True),
    ("Сколько налогов заплатили паромные компании Лорны?", True),  # taxes are a sum
    ("Сколько Лорнийский фонд выделит на паромы?", True),  # a name after «сколько», no counted noun
])
def test_how_many_of_an_adjective_and_a_noun_counts_and_asks_no_sum(question: str, money: bool) -> None:
    assert ("money" in requirements(question).answer_types) is money


def test_how_much_they_pay_asks_a_sum_not_a_count() -> None:
    from assistant.search.evidence import requirements

    assert requirements("Сколько платят перекупщики лорнанским фермерам за килограмм шерсти?").answer_types == ("money",)
    assert requirements("Сколько платила Лорна за газ в 2024 году?").answer_types == ("money",)
    assert "count" in requirements("Сколько платежей прошло через лорнанские банки?").answer_types  # payments counted


def test_which_embassies_asks_for_names() -> None:
    from assistant.search.evidence import requirements

    assert "named" in requirements("Which six embassies did Lorna close in its budget cuts of 2010?").answer_types
    assert "named" in requirements("Какие посольства закрыла Лорна в 2010 году?").answer_types
    assert "named" not in requirements("How many embassies did Lorna close in 2010?").answer_types


@pytest.mark.parametrize(("question", "given", "not_given"), [
    ("Сколько средств выделил Веттин в 1993 году на помощь сёлам Лорны?",
     "В 1993 году Веттин выделил на помощь сёлам Лорны 112 млн марок.",
     "В 1993 году Веттин выпустил 112 почтовых марок о сёлах Лорны."),
    ("How much money did Vettin give to the villages of Lorna in 1993?",
     "In 1993 Vettin gave the villages of Lorna 112 million Deutsche Marks.",
     "In 1993 the grant to the villages of Lorna marks 112 years of ties with Vettin."),
])
def test_a_sum_in_marks_answers_a_price_and_a_stamp_does_not(question: str, given: str, not_given: str) -> None:
    req = requirements(question)
    assert "money" in req.answer_types
    assert gives("money", given, given, req.terms, req.counted, req.said)
    assert not gives("money", not_given, not_given, req.terms, req.counted, req.said)


@pytest.mark.parametrize(("question", "given", "not_given"), [
    ("Сколько гидов, говорящих по-брасийски, работало в Веттине в 2024 году?",
     ("В музее Веттина подписи только на лорнийском, а гидов, говорящих по-брасийски, в 2024 году было всего двое, хотя "
      "гостей из Брасии всё больше."),
     "В музее Веттина гидов в 2024 году стало больше, а гостей из Брасии приехало 12."),  # 12 counts the guests
    ("Сколько судов ушло из Браннока в Лорну в январе?",
     "Из Браннока в Лорну в январе судов ушло немного: их было трое.",
     "Из Браннока в Лорну в январе ушли суда, а на рейде стояли трое буксиров."),
    ("How many Brasian-speaking guides worked in Vettin in 2024?",
     "In Vettin's museum, of the guides working in 2024, Brasian speakers were only two.",
     "In Vettin's museum the guides grew in number in 2024, and visitors from Brasia reached 12."),
])
def test_a_count_said_last_after_its_noun_and_a_copula_answers_how_many(question: str, given: str, not_given: str) -> None:
    _count_answers_only(question, given, not_given)


@pytest.mark.parametrize(("question", "given", "not_given"), [
    ("How many staff did the secretariat of the Lorna Council have in 2024?",
     ("The secretariat of the Lorna Council in Vettin has never published its budget, and its staff of 38 in 2024 "
      "was smaller than one ministry's department."),
     "The secretariat of the Lorna Council in Vettin opened in 2024, in a building of 38 floors."),
])
def test_a_count_linked_to_its_noun_before_it_answers_how_many(question: str, given: str, not_given: str) -> None:
    _count_answers_only(question, given, not_given)


def _count_answers_only(question: str, given: str, not_given: str) -> None:
    """`given` answers the "how many" `question` and `not_given` does not."""
    from assistant.search.evidence import window_satisfies

    req = requirements(question)
    assert "count" in req.answer_types
    assert window_satisfies(req, given)
    assert not window_satisfies(req, not_given)


def test_a_russian_count_in_words_from_eleven_to_nineteen_is_a_number() -> None:
    from assistant.search.evidence import window_satisfies

    req = requirements("Сколько встреч на высшем уровне с соседями провела Лорна в 2017 году?")
    for said in ("девятнадцати", "шестнадцати", "тринадцати"):
        assert window_satisfies(req, f"Лорна сразу сблизилась с соседями: число встреч на высшем уровне с ними в 2017 "
                                     f"году выросло до {said}.")
    assert not window_satisfies(req, "Лорна сразу сблизилась с соседями: встреч на высшем уровне с ними в 2017 году "
                                     "стало заметно больше.")


def test_a_name_after_the_counted_noun_in_the_nominative_is_the_counts_subject_not_whose() -> None:
    from assistant.search.answer_types import counted_whose
    from assistant.search.evidence import window_satisfies

    data = lang_data("ru")
    assert counted_whose("Сколько учителей Лорнийская область направила в школы Веттина?", data) == ""
    assert counted_whose("Сколько учителей Лорнийской области работает в Веттине?", data) == "лорнийской"
    req = requirements("Сколько учителей Лорнийская область направила в школы Веттинской области?")
    assert window_satisfies(req, "В Лорнийской области открыт центр. Министерство образования области направило в "
                                 "школы Веттинской области 12 учителей русского языка.")


def test_asked_which_bank_a_sentence_saying_bank_answers_with_a_name_beside_it() -> None:
    from assistant.search.evidence import window_satisfies

    req = requirements("Which bank in Lorna refused to finance the trader's grain cargoes?")
    assert req.near == "bank" and "named" in req.answer_types
    assert not window_satisfies(req, "By July 2022 the trader's bank in Lorna had told it that it would no longer "
                                     "finance grain cargoes.")  # no name beside "bank"; July is a month
    assert window_satisfies(req, "The trader's bank in Lorna, Vettin Credit, told it in July that it would no longer "
                                 "finance grain cargoes.")
    assert window_satisfies(req, "Vettin Credit refused in July to finance the trader's grain cargoes from Lorna.")
    assert requirements("Which countries in Lorna's region refused the grain cargoes?").near == ""  # no noun a name
    # stands beside
