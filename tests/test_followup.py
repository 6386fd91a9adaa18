"""Follow-up resolution: entity carry-over, pronouns, complete questions left alone."""

from __future__ import annotations

import pytest

from assistant.search.followup import entities, is_elliptical, resolve_followup
from assistant.search.names import CorpusNames, names_of_documents


@pytest.fixture(scope="module")
def seed_names() -> CorpusNames:
    """Names of the seed corpus, as the assistant computes them when it loads an index."""
    from assistant.ingest.corpus import load_corpus, scan_corpus
    from tests.conftest import CORPUS

    return names_of_documents(load_corpus(scan_corpus(CORPUS)))


@pytest.mark.parametrize(
    "history,question,expected",
    [
        (["What is Kazakhstan's projected GDP growth for 2025?"], "And Uzbekistan?",
         "What is Uzbekistan’s projected GDP growth for 2025?"),
        (["What is Kazakhstan's key ally according to Chatham House?"], "And Kyrgyzstan's?",
         "What is Kyrgyzstan’s key ally according to Chatham House?"),
        (["What are Kazakhstan's main exports?"], "What about Tajikistan?", "What are Tajikistan’s main exports?"),
        (["What did Tokayev propose for Central Asia's security?"], "What did he say about the GCC?",
         "What did Tokayev say about the GCC?"),
        (["What did Tokayev say about neutrality?"], "Who supported his proposal?", "Who supported Tokayev’s proposal?"),
        (["Who is Shavkat Mirziyoyev?", "When did he come to power?"], "What did he change?",
         "What did Shavkat Mirziyoyev change?"),
    ],
)
def test_followups_are_resolved(history: list[str], question: str, expected: str, seed_names: CorpusNames) -> None:
    assert resolve_followup(question, history, seed_names) == expected


@pytest.mark.parametrize(
    "question",
    [
        "When did China overtake Russia as Central Asia's top trade partner?",
        "What is the average age of the population in Central Asia according to the Valdai article?",
        "Which Turkish president discussed transport cooperation?",
    ],
)
def test_complete_questions_are_unchanged(question: str, seed_names: CorpusNames) -> None:
    assert resolve_followup(question, ["What is the C5?"], seed_names) == question


def test_no_history_no_change() -> None:
    assert resolve_followup("And Uzbekistan?", []) == "And Uzbekistan?"
    assert resolve_followup("And Uzbekistan?", ["", "  "]) == "And Uzbekistan?"


def test_and_followed_by_a_full_question_drops_the_and() -> None:
    assert resolve_followup("And what does the SCO focus on?", ["What does the UN do?"]) == "What does the SCO focus on?"


def test_unresolvable_pronoun_keeps_the_earlier_topic(seed_names: CorpusNames) -> None:
    out = resolve_followup("What does it influence?", ["Which civic movement does Chatham House list?"], seed_names)
    assert "What does it influence?" in out and "civic movement" in out


def test_entities_and_ellipsis(seed_names: CorpusNames) -> None:
    found = entities("Besides Russia, which powers does Kazakhstan engage with?", seed_names)
    assert [(e.text, e.kind) for e in found] == [("Russia", "place"), ("Kazakhstan", "place")]
    assert [(e.text, e.kind) for e in entities("What did Tokayev tell the CSTO?", seed_names)] == [("Tokayev", "person"), ("CSTO", "org")]
    assert is_elliptical("And Uzbekistan?") and is_elliptical("What about the opportunities?")
    assert not is_elliptical("Where did Putin celebrate the alliance?")


def test_context_is_searched_but_not_required(seed_names: CorpusNames) -> None:
    from assistant.search.followup import resolve

    out = resolve("What does he say about Azerbaijan?", ["Who wrote the Valdai article on Central Asia and Russia?"], seed_names)
    assert "Valdai" in out.search  # the earlier turn helps retrieval ...
    assert out.focus == "What does he say about Azerbaijan?"  # ... but evidence is judged on the question itself
    person = resolve("What did he say about the GCC?", ["What did Tokayev propose?"], seed_names)
    assert person.search == person.focus == "What did Tokayev say about the GCC?"


def test_kinds_come_from_how_the_corpus_writes_a_name() -> None:
    from assistant.search.names import corpus_names

    text = (
        "Delegates met in Veltmark last spring. Trade with Veltmark rose. "
        "President Orlan Brask said the talks went well. Brask told reporters the deal was near. "
        "The Northgate Trade Council approved it."
    )
    names = corpus_names([("d", text, "Harbour Daily")])
    assert names.kind("Veltmark") == "place"
    assert names.kind("Brask") == "person" and names.kind("Orlan Brask") == "person"
    assert names.kind("Northgate Trade Council") == "org" and names.kind("NTC") == "org"
    assert names.kind("Harbour Daily") == "source" and names.kind("Harbour") == "source"
    out = resolve_followup("And Brask?", ["What did Orlan Brask say about Veltmark?"], names)
    assert out == "What did Brask say about Veltmark?"


@pytest.mark.parametrize(
    "history,question,expected",
    [
        (["Какой прогноз роста ВВП у Казахстана?"], "А Узбекистан?", "Какой прогноз роста ВВП у Узбекистан?"),
        (["Как Казахстан развивает отношения с Россией?"], "А что Китай?", "Как Китай развивает отношения с Россией?"),
        (["Что предложил Токаев на саммите?"], "Что он сказал о воде?", "Что Токаев сказал о воде?"),
    ],
)
def test_russian_followups(history: list[str], question: str, expected: str) -> None:
    from assistant.search.names import corpus_names

    names = corpus_names([("r", "Визит в Казахстан и в Китай. Президент Токаев заявил о планах. "
                                "Поставки в Россию и в Узбекистан выросли.", None)])
    assert is_elliptical(question) or "он" in question
    assert resolve_followup(question, history, names) == expected


def test_a_russian_verb_opening_a_question_in_another_form_is_no_name() -> None:
    """"Подписала ли ..." opens a question with a capital; the corpus writes the verb in lower case,
    only in other forms ("подписал", "подписали"), so it is no name the evidence must find."""
    from assistant.search.evidence import requirements
    from assistant.search.names import corpus_names

    text = ("Министр подписал соглашение о поставках зерна. Делегации подписали протокол в среду. "
            "Норвегия поддержала проект, а Исландия подписал бы его позже. Стороны подписали план.")
    names = corpus_names([("r", text, None), ("s", "Парламент подписал закон о бюджете.", None)])
    found = [e.text for e in entities("Подписала ли Норвегия соглашение о зерне?", names)]
    assert found == ["Норвегия"]
    assert requirements("Подписала ли Норвегия соглашение о зерне?", names).names == ("норвегия",)
    # a name the corpus knows keeps its capital even where a lower-case word shares its stem
    assert names.is_common_word("Норвегия") is False



def test_a_verb_opening_a_yes_no_question_is_no_name_even_when_the_corpus_never_writes_it() -> None:
    """«Вступила ли …?»: the word before «ли» that opens the question is its verb, though no article writes any
    form of it; a name the articles write keeps its capital there («Норвегия ли …?»)."""
    from assistant.search.evidence import requirements
    from assistant.search.names import corpus_names

    names = corpus_names([("r", "В 1972 году Норвегия провела референдум о членстве в союзе, а Исландия подала заявку позже.", None)])
    assert requirements("Вступила ли Норвегия в союз в 1972 году?", names).names == ("норвегия",)
    assert requirements("Норвегия ли провела референдум?", names).names == ("норвегия",)


@pytest.fixture(scope="module")
def invented_names() -> CorpusNames:
    """Names of two invented articles, one English and one Russian."""
    from assistant.search.names import corpus_names

    english = (
        "Investors met in Veltmark and in Norland last spring. The wind farm in Veltmark will cost 2 billion. "
        "Growth in Norland is projected at 4 percent. A solar plant is planned by Solvik Energy near Ostra. "
        "President Orlan Brask said the talks went well. The VELKO consortium builds the line."
    )
    russian = (
        "Инвесторы встретились в Велтмарке и в Норланде. Ветровая станция в Велтмарке обойдётся в 2 млрд. "
        "Солнечную станцию строит Solvik. Президент Браск заявил, что переговоры прошли хорошо. "
        "Рост в Норланде составит 4 процента. Линию строит консорциум ВЕЛКО."
    )
    return corpus_names([("en", english, None), ("ru", russian, None)])


@pytest.mark.parametrize(
    "history,question,kept,dropped",
    [
        (["How much will the wind farm in Veltmark cost?"], "And the Solvik solar plant?", "Solvik", "Veltmark"),
        (["Сколько будет стоить ветровая станция в Велтмарке?"], "А солнечная станция Solvik?", "Solvik", "Велтмарк"),
        (["What is Norland's projected growth?"], "What about the railway to Veltmark?", "railway", "growth"),
    ],
)
def test_a_follow_up_on_a_new_subject_carries_no_old_name(
    history: list[str], question: str, kept: str, dropped: str, invented_names: CorpusNames
) -> None:
    from assistant.search.followup import resolve

    out = resolve(question, history, invented_names)
    assert kept in out.search and kept in out.focus
    assert dropped not in out.search and dropped not in out.focus


@pytest.mark.parametrize(
    "history,question,expected",
    [
        (["What is Norland's projected growth?"], "and veltmark?", "What is Veltmark’s projected growth?"),
        (["Какой прогноз роста у Норланда?"], "и велтмарке?", "Какой прогноз роста у Велтмарке?"),
        (["Что предложил Браск на саммите?"], "а что он сказал?", "Что Браск сказал?"),
        (["Кто строит станцию НГК в Велтмарке?"], "Сколько она будет стоить?", "Сколько НГК будет стоить?"),  # «она»: a thing too
        (["When will VELKO finish the line?"], "Сколько он стоит?", "Сколько ВЕЛКО стоит?"),  # as the Russian text writes it
        (["Что предложил Браск на саммите?", "а что он сказал?"], "А Норланд?", "Что Норланд сказал?"),
        (["What is Norland's projected growth?"], "А Велтмарк?", "What is Veltmark’s projected growth?"),
        (["Какой прогноз роста у Норланда?"], "And Veltmark?", "Какой прогноз роста у Велтмарке?"),
        (["What is Norland's projected growth?"], "А Зембла?", "What is Зембла’s projected growth?"),  # no other spelling
        (["What are Norland's main exports?"], "And Veltmark's exports?", "What are Veltmark’s main exports? exports"),
        (["What did Orlan Brask say about Norland?"], "What about his visit to Veltmark?", "Orlan Brask’s visit to Veltmark"),
        (["How much does Norland pay?"], "And in Veltmark?", "How much does Veltmark pay?"),
        (["Who heads the Northgate Trade Council?", "What did he say about Veltmark?"], "And about the Harbour Council?",
         "What did he say about Harbour Council? (Who heads the Northgate Trade Council?)"),
    ],
)
def test_lower_case_short_russian_and_cross_language_follow_ups(
    history: list[str], question: str, expected: str, invented_names: CorpusNames
) -> None:
    assert resolve_followup(question, history, invented_names) == expected


@pytest.mark.parametrize(
    "history,question,expected",
    [
        # a follow-up that narrows with a year swaps the previous question's year, in either language
        (["What is Norland's projected growth for 2025?"], "And in 2024?", "What is Norland's projected growth for 2024?"),
        (["What is Norland's projected growth for 2025?"], "and 2027?", "What is Norland's projected growth for 2027?"),
        (["Какой прогноз роста у Норланда на 2025 год?"], "А в 2023 году?", "Какой прогноз роста у Норланда на 2023 год?"),
        (["What is Norland's projected growth for 2025?"], "And Veltmark in 2024?",
         "What is Veltmark’s projected growth for 2024?"),
        # a chain that alternates languages keeps the latest year and name
        (["What is Norland's projected growth for 2025?", "А Велтмарк?", "And in 2026?"], "А в 2027 году?",
         "What is Veltmark’s projected growth for 2027?"),
        # the words that framed the year go with it; a question word with a year asks the previous question
        (["Какой прогноз роста у Норланда на 2025 год?"], "А у Велтмарка в 2023 году?",
         "Какой прогноз роста у Велтмарка на 2023 год?"),
        (["How much did Norland invest in Veltmark in 2025?"], "How much in 2026?",
         "How much did Norland invest in Veltmark in 2026?"),
        # a new subject keeps its year
        (["What is Norland's projected growth for 2025?"], "And Veltmark's 2030 wind target?", "Veltmark's 2030 wind target"),
        # four figures before a unit are no year
        (["Does the Veltmark line carry 2000 tonnes a day?"], "And in 2024?",
         "Does the Veltmark line carry 2000 tonnes a day? in 2024"),
        # no year in the previous question: the year stays beside it as before
        (["What did Orlan Brask say about Norland?"], "And in 2024?", "What did Orlan Brask say about Norland? in 2024"),
    ],
)
def test_a_follow_up_with_a_year_swaps_the_year(
    history: list[str], question: str, expected: str, invented_names: CorpusNames
) -> None:
    assert resolve_followup(question, history, invented_names) == expected


@pytest.mark.parametrize("question", ["When?", "Why?", "How much?", "Почему?"])
def test_a_question_word_alone_asks_about_the_previous_subject(question: str, invented_names: CorpusNames) -> None:
    from assistant.search.followup import resolve

    out = resolve(question, ["Where did Orlan Brask open the Veltmark wind farm?"], invented_names)
    assert "Veltmark" in out.search and "Orlan Brask" in out.search
    assert out.focus == question


@pytest.mark.parametrize("question", ["What is the C5?", "What is NGK?", "Что такое ЕС?", "Who is Brask?"])
def test_a_short_complete_question_is_not_taken_for_a_question_word_alone(question: str, invented_names: CorpusNames) -> None:
    # a name of two letters is still a subject: the question is complete and searched as asked
    assert resolve_followup(question, ["What is Norland's projected growth for 2025?"], invented_names) == question


def test_it_never_stands_for_a_person(invented_names: CorpusNames) -> None:
    out = resolve_followup("Why did he propose it?", ["What did Orlan Brask propose?"], invented_names)
    assert out.count("Orlan Brask") == 1 and "propose it" in out
    # a thing named in the previous question is still what "it" stands for
    assert resolve_followup("When will it finish the line?", ["Who owns VELKO?"], invented_names) == (
        "When will VELKO finish the line?"
    )


def test_a_question_word_of_the_other_language_is_never_taken_for_a_name(invented_names: CorpusNames) -> None:
    from assistant.search.followup import resolve

    # the Russian turn keeps the English question as context; the next English turn reads both
    history = ["Who will build the wind farm in Veltmark?", "А сколько она будет стоить?"]
    out = resolve("And when will it open?", history, invented_names)
    assert "Сколько" not in out.focus and "Veltmark" in out.search
    assert [e.text for e in entities("Сколько она будет стоить? (Who will build the farm in Veltmark?)", invented_names)] == [
        "Veltmark"
    ]
