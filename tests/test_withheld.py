"""A passage that says what is asked was not disclosed or set does not answer (search/withheld.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assistant_over

from assistant.search.retrieval import Candidate
from assistant.search.windows import context, sentences_around
from assistant.search.withheld import withholds

RU = (
    "Вельдрания и Молдария открывают общий пункт пропуска\n\n"
    "Правительства Вельдрании и Молдарии подписали в столице соглашение о новом пункте пропуска на границе двух стран. "
    "Строительство начнётся весной, подрядчик уже выбран по итогам открытого конкурса. "
    "Стоимость работ стороны не раскрывают. "
    "Через пункт смогут проходить до восьмисот грузовиков в сутки. "
    "Ранее грузовики ждали на границе до трёх суток, а очередь растягивалась на десять километров. "
    "Местные перевозчики называют новый пункт пропуска главным событием года для региона.\n"
)
EN = (
    "Veldrania Picks a Builder for Its Second Port\n\n"
    "Veldrania has chosen a consortium of two local firms to build its second deep-water port on the northern coast. "
    "The port is meant to handle grain and fertiliser bound for the southern markets. "
    "No date has been set for the start of construction. "
    "Officials expect the first berth to take ships of up to forty thousand tonnes. "
    "The harbour authority will hire several hundred workers once the berth opens. "
    "The old port will keep its ferry service to the islands.\n"
)


def _candidates(index, marker: str) -> tuple[Candidate, Candidate, Candidate]:  # type: ignore[no-untyped-def]
    """A candidate whose best sentence is the marker sentence, one beside it, and one two sentences away."""
    table = index.sentences
    for row, chunk in enumerate(index.chunks):
        text = index.documents[chunk.doc_id].text
        rows = list(table.chunk_sentences(row))
        for k, j in enumerate(rows):
            if marker in text[int(table.spans[j][0]) : int(table.spans[j][1])] and 2 <= k < len(rows) - 2:
                far = rows[k + 3] if k + 3 < len(rows) else rows[k - 2]
                return tuple(Candidate(row=row, score=1.0, dense=0.5, lexical=1.0, sentence=0.6, sentence_row=i)
                             for i in (j, rows[k + 1], far))  # type: ignore[return-value]
    raise AssertionError(f"no passage holds {marker!r} with two sentences on each side")


def _en_with(folder: Path, sentence: str):  # type: ignore[no-untyped-def]
    """The English article without its own withholding sentence, with `sentence` before its last one: (index, the
    candidate whose best sentence is "The port is meant …", three sentences from `sentence`)."""
    text = EN.replace("No date has been set for the start of construction. ", "").replace(
        "The old port will keep its ferry service to the islands.",
        f"{sentence} The old port will keep its ferry service to the islands.")
    index = assistant_over(folder, {"en.txt": text}).service.snapshot.index
    return index, _candidates(index, "The port is meant")[0]


def _ru_with(folder: Path, sentence: str):  # type: ignore[no-untyped-def]
    """The Russian article with its cost said, not withheld, and `sentence` in place of the one on the queue: (index,
    the candidate whose best sentence is «Строительство начнётся …», three sentences from `sentence`)."""
    text = RU.replace("Стоимость работ стороны не раскрывают. ", "Работы обойдутся в 12 млн долларов. ").replace(
        "Ранее грузовики ждали на границе до трёх суток, а очередь растягивалась на десять километров.", sentence)
    index = assistant_over(folder, {"ru.txt": text}).service.snapshot.index
    return index, _candidates(index, "Строительство начнётся")[0]


@pytest.mark.parametrize(("name", "text", "marker"), [("ru.txt", RU, "не раскрывают"), ("en.txt", EN, "No date has been set")])
def test_the_best_sentence_or_one_beside_it_saying_it_was_not_disclosed_withholds(
    tmp_path: Path, name: str, text: str, marker: str
) -> None:
    bot = assistant_over(tmp_path, {name: text})
    index = bot.service.snapshot.index
    best, beside, far = _candidates(index, marker)
    assert withholds(index, best)
    assert withholds(index, beside)
    assert not withholds(index, far)


def test_a_passage_without_such_a_sentence_or_without_a_sentence_table_does_not_withhold(tmp_path: Path) -> None:
    bot = assistant_over(tmp_path, {"ru.txt": RU.replace("Стоимость работ стороны не раскрывают. ", "Работы обойдутся в 12 млн долларов. ")})
    index = bot.service.snapshot.index
    assert not any(withholds(index, Candidate(row=r, score=1, dense=0.5, lexical=1, sentence_row=j))
                   for r in range(len(index.chunks)) for j in index.sentences.chunk_sentences(r))
    assert not withholds(index, Candidate(row=0, score=1, dense=0.5, lexical=1))  # no best sentence


def test_the_assistant_abstains_when_the_passage_closest_to_the_question_withholds_it(tmp_path: Path) -> None:
    question = "Во сколько обойдутся работы на пункте пропуска Вельдрании и Молдарии?"
    said = RU.replace("Стоимость работ стороны не раскрывают. ", "Работы обойдутся в 12 млн долларов. ")
    for folder, text, marker, abstains in ((tmp_path / "a", RU, "не раскрывают", True), (tmp_path / "b", said, "12 млн", False)):
        folder.mkdir()
        bot = assistant_over(folder, {"ru.txt": text})
        index = bot.service.snapshot.index
        best, _, _ = _candidates(index, marker)
        assert bot._abstain(index, [best], question) is abstains


def test_a_withheld_neighbour_does_not_speak_for_a_question_the_best_sentence_answers(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    text = EN.replace("No date has been set for the start of construction. ",
                      "The cost of the second berth has not been disclosed. "
                      "The old port handled 2,400 ships in 2024, its harbour master said. ")
    bot = assistant_over(tmp_path, {"en.txt": text})
    index = bot.service.snapshot.index
    answering, _, _ = _candidates(index, "2,400 ships")
    asked = requirements("How many ships did the old port handle in 2024?")
    assert withholds(index, answering)  # without the question: the sentence before says "not disclosed"
    assert not withholds(index, answering, asked)  # the best sentence answers; the withheld figure is another
    assert withholds(index, answering, requirements("How many ships did the old port handle in 2019?"))  # it does not
    withheld, _, _ = _candidates(index, "has not been disclosed")
    assert withholds(index, withheld, requirements("How much will the second berth cost?"))


def test_a_date_in_the_best_sentences_own_clause_answers_beside_a_clause_withholding_no_time(tmp_path: Path) -> None:
    """"… signed a lease on 14 March 2025, but its terms have not been published" says when the lease was signed;
    "… signed on 14 March 2025, but no date has been set for the first ship" withholds when the first ship comes."""
    from assistant.search.evidence import requirements

    def signed(folder: str, withheld: str):  # type: ignore[no-untyped-def]
        text = EN.replace("No date has been set for the start of construction. ",
                          f"The harbour authority signed a lease with the consortium on 14 March 2025, but {withheld}. ")
        (tmp_path / folder).mkdir()
        index = assistant_over(tmp_path / folder, {"en.txt": text}).service.snapshot.index
        return index, _candidates(index, "signed a lease")[0]

    index, best = signed("terms", "its terms have not been published")
    assert not withholds(index, best, requirements("When did the harbour authority sign the lease with the consortium?"))
    assert withholds(index, best, requirements("What are the terms of the lease?"))
    assert withholds(index, best)  # without the question: the sentence says "not published"
    index, best = signed("ship", "no date has been set for the first ship")
    assert withholds(index, best, requirements("When will the first ship call at the consortium's berth?"))


def test_a_name_the_best_sentence_leaves_to_its_neighbour_does_not_let_another_withholding_speak(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    text = EN.replace("No date has been set for the start of construction. ",
                      "Grain from Lorna will go by rail to the northern coast and on by sea to Vettin. "
                      "The company says a shipment will take about 40 days. "
                      "It has not said how much more the new route costs. ")
    bot = assistant_over(tmp_path, {"en.txt": text})
    index = bot.service.snapshot.index
    answering, _, _ = _candidates(index, "about 40 days")
    asked = requirements("How long will a grain shipment from Lorna to Vettin take?")
    assert not withholds(index, answering, asked)  # Lorna and Vettin are named by the sentence before it
    assert withholds(index, answering, requirements("How much more does the new route from Lorna to Vettin cost?"))


def test_a_closer_passage_of_the_same_article_saying_it_was_not_disclosed_withholds(tmp_path: Path) -> None:
    import dataclasses

    other = EN.replace("Veldrania Picks a Builder for Its Second Port", "Lornia Opens a Ferry Line").replace(
        "Veldrania", "Lornia")
    bot = assistant_over(tmp_path, {"en.txt": EN, "other.txt": other})
    index = bot.service.snapshot.index
    found = [c for c in _all_candidates(index, "No date has been set")]
    mine = next(c for c in found if index.chunks[c.row].doc_id.startswith("en"))
    theirs = next(c for c in found if index.chunks[c.row].doc_id.startswith("other"))
    rows = list(index.sentences.chunk_sentences(mine.row))
    first = dataclasses.replace(mine, sentence=0.5, sentence_row=rows[1])  # "Veldrania has chosen …", far from it
    assert not withholds(index, first)
    closer = dataclasses.replace(mine, sentence=0.6)
    assert withholds(index, first, None, "", [first, closer])
    assert not withholds(index, first, None, "", [first, dataclasses.replace(closer, sentence=0.4)])  # not closer
    assert not withholds(index, first, None, "", [first, dataclasses.replace(theirs, sentence=0.6)])  # another article
    assert not withholds(index, first, None, "Why has no date been set?", [first, closer])  # a reason is asked


def _all_candidates(index, marker: str) -> list[Candidate]:  # type: ignore[no-untyped-def]
    """A candidate for every sentence of the index holding `marker`, whatever passage it is in."""
    table, found = index.sentences, []
    for row, chunk in enumerate(index.chunks):
        text = index.documents[chunk.doc_id].text
        found += [Candidate(row=row, score=1.0, dense=0.5, lexical=1.0, sentence=0.6, sentence_row=j)
                  for j in table.chunk_sentences(row) if marker in text[int(table.spans[j][0]) : int(table.spans[j][1])]]
    return found


def test_a_best_sentence_saying_last_year_answers_for_the_year_before_the_article(tmp_path: Path) -> None:
    """The year the article is dated reads "last year" in the withheld check too, as in the evidence check."""
    import json

    from assistant.search.evidence import requirements

    text = EN.replace("No date has been set for the start of construction. ",
                      "The cost of the second berth has not been disclosed. "
                      "The old port handled 2,400 ships last year, its harbour master said. ")
    for name, date, withheld in (("dated", "2025-03-14", False), ("undated", None, True), ("later", "2027-03-14", True)):
        (tmp_path / name).mkdir()
        meta = {"metadata.json": json.dumps({"en.txt": {"date": date}})} if date else {}
        index = assistant_over(tmp_path / name, {"en.txt": text, **meta}).service.snapshot.index
        answering, _, _ = _candidates(index, "2,400 ships")
        asked = requirements("How many ships did the old port handle in 2024?")
        assert withholds(index, answering, asked) is withheld, (date, withheld)


def test_sentences_around_a_best_sentence_stay_inside_its_passage(tmp_path: Path) -> None:
    bot = assistant_over(tmp_path, {"en.txt": EN})
    index = bot.service.snapshot.index
    best, _, _ = _candidates(index, "No date has been set")
    window, at = sentences_around(index, best.row, best.sentence_row)
    rows = index.sentences.chunk_sentences(best.row)
    assert len(window) == 3 and "No date has been set" in window[at] and at == 1
    assert window == index.passage_sentences(best.row)[best.sentence_row - rows.start - 1 : best.sentence_row - rows.start + 2]
    first, at = sentences_around(index, best.row, rows.start)
    assert at == 0 and first == index.passage_sentences(best.row)[:2]  # no sentence before the passage's first
    assert sentences_around(index, best.row, rows.stop) == ([], -1)  # a sentence of another passage, or none
    assert context(index, best.row).startswith("Veldrania Picks a Builder")


@pytest.mark.parametrize(("code", "sentence", "expected"), [
    ("ru", "Генеральный подрядчик выбран, а поставщик турбин пока не определён.", True),
    ("ru", "Тариф на летние поставки в открытых источниках не приводится.", True),
    ("ru", "Покупатель ещё не выбран, торги пройдут весной.", True),
    ("ru", "Генеральным подрядчиком выбрана лорнская компания, турбины поставит Вельдмарк.", False),
    ("ru", "Министр приводит в пример соседнюю станцию.", False),
    ("en", "The contractor has been named, but the turbine supplier has not yet been chosen.", True),
    ("en", "The summer tariff is not given in public sources.", True),
    ("en", "The turbine supplier was chosen in March after a tender.", False),
    ("en", "The minister would not say how much the sale had raised.", True),
    ("en", "We could not estimate the local share from the data available.", True),
    ("en", "The carmaker does not publish its output by plant.", True),
    ("en", "We can estimate the local share from the customs data.", False),
    ("en", "The minister would say only that the sale went well.", False),
    ("ru", "Позицию отдельных членов Совета мы не комментируем.", True),
    ("ru", "Тему дебатов обсуждаем, но объявлять её пока рано.", True),
    ("ru", "Министр прокомментировал итоги торгов в пятницу.", False),
    ("ru", "Работы начались рано утром.", False),
    ("ru", "Будут ли страны делить сбор и по какой формуле, пока неизвестно.", True),
    ("ru", "Сколько паромов придёт весной, в управлении порта не уточнили.", True),
    ("ru", "Чего мы так и не узнали: сколько билетов продано.", True),
    ("ru", "Порядок расчётов в настоящее время прорабатывается.", True),
    ("ru", "Неизвестный паром зашёл в порт, капитан уточнил время прихода.", False),
    ("ru", "Комиссия рассмотрит жалобу, но дату заседания пока не назначила.", True),
    ("ru", "Министр назначил заседание на пятницу.", False),
    ("en", "The hearing has not yet been scheduled.", True),
    ("en", "The hearing was scheduled for Friday.", False),
    ("en", "Neither central bank has said what the link costs to build.", True),
    ("en", "Neither side said the talks had failed.", False),
    ("en", "The other two banks will be chosen by February.", True),
    ("en", "The two banks were chosen by the ministry.", False),
    ("ru", "Во сколько экспортёрам обошлись задержки, союз пока не считал.", True),
    ("ru", "Союз считал убытки каждый месяц.", False),
    ("en", "Nor has the ministry in Veldra said whether it will seek a seat on the board.", True),
    ("en", "Nor has the port grown as fast as its rivals.", False),
    ("en", "The Lorne foreign ministry had not commented by Tuesday night.", True),
    ("en", "The airline declined to comment on the route.", True),
    ("en", "The minister commented on the vote on Tuesday.", False),
    ("ru", "Какие банки станут агентами фонда, в правлении пока не сообщили.", True),
    ("ru", "Фонд сообщил о новых кредитах в пятницу.", False),
    ("ru", "Дата и место саммита пока не объявлены.", True),
    ("ru", "Министр объявил дату саммита.", False),
    ("ru", "Сколько будет в следующем транше, никто из чиновников не говорит.", True),
    ("ru", "Никто не сомневается, что транш придёт весной.", False),
    ("ru", "Посольство Лорнии не стало комментировать решение.", True),
    ("ru", "Посол не прокомментировал итоги встречи.", True),
    ("en", "How many of the nine carriers would pass an audit, nobody in Veldra will say.", True),
    ("en", "How many would pass, perhaps nobody yet knows.", True),
    ("en", "Nobody in Veldra will miss the old terminal.", False),
    ("en", "The ministry told us it has no estimate of how many Lornans work there without a permit.", True),
    ("en", "Nor does any agency publish how many permit holders are in the country on a given day.", True),
    ("en", "The ministry has no doubt that the permits are valid.", False),
    ("ru", "Наименование продавца и цена закупки в материалы дела не представлены.", True),
    ("ru", "Цена закупки указана в контракте, представленном истцом.", False),
])
def test_what_a_sentence_says_is_not_yet_chosen_not_said_or_not_commented_is_withheld(
    code: str, sentence: str, expected: bool
) -> None:
    from assistant.ingest.langdata import lang_data

    assert bool(lang_data(code).withheld.search(sentence)) is expected


def test_under_a_heading_closest_to_the_question_any_sentence_of_the_section_withholds_or_answers(tmp_path: Path) -> None:
    """The heading of a live blog's post is its best "sentence" for a short question; the post under it is what
    matched, so a sentence of it saying the sum was not divided withholds, and one giving the count answers."""
    from assistant.search.evidence import requirements

    text = ("# Lorna launches its first rocket\n\nThe first rocket left the Lorna pad on Friday, three years late, "
            "and its payload reached orbit forty minutes later.\n\n## Drop zone: farmers to be paid this week\n\n"
            "The first stage came down as planned in the Veld district, and a team reached it before dusk. Officials say "
            "27 farming households were moved out of the zone for the day. Compensation, 96 million euros in all, "
            "will be paid next week; the council has not said how it will be divided among the households.\n")
    index = assistant_over(tmp_path, {"en.md": text}).service.snapshot.index
    row = next(r for r, c in enumerate(index.chunks) if c.section == "Drop zone: farmers to be paid this week")
    first = index.sentences.chunk_sentences(row).start
    assert index.passage_sentences(row)[0] == "Drop zone: farmers to be paid this week"
    heading = Candidate(row=row, score=1.0, dense=0.5, lexical=1.0, sentence=0.6, sentence_row=first)
    assert withholds(index, heading, requirements("How much compensation will each farming household in the Veld district get?"))
    assert not withholds(index, heading, requirements("How many farming households in the Veld district were moved out?"))


def test_a_sentence_anywhere_in_the_passage_withholding_what_is_asked_in_its_words_withholds(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    text = EN.replace("No date has been set for the start of construction. ", "").replace(
        "The old port will keep its ferry service to the islands.",
        "The ministry would not say how many foreign shipping lines have applied for berths. "
        "The old port will keep its ferry service to the islands.")
    bot = assistant_over(tmp_path, {"en.txt": text})
    index = bot.service.snapshot.index
    best, _, _ = _candidates(index, "The port is meant")  # three sentences from the withholding one
    asked = requirements("How many foreign shipping lines have applied for berths at Veldrania's second port?")
    assert withholds(index, best, asked)  # "foreign", "shipping", "lines", "applied", "berths": said withheld
    other = requirements("How many workers will the harbour authority of Veldrania hire?")
    assert not withholds(index, best, other)  # the withholding sentence says nothing of workers
    assert not withholds(index, best)  # without the question, only the sentences beside the best one count


def test_a_question_asking_why_is_not_withheld_by_an_undisclosed_figure(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    bot = assistant_over(tmp_path, {"ru.txt": RU})
    index = bot.service.snapshot.index
    best, _, _ = _candidates(index, "не раскрывают")
    fact = "Во сколько обойдутся работы на пункте пропуска?"
    why = "Почему перевозчики называют новый пункт пропуска главным событием года?"
    assert withholds(index, best, requirements(fact), fact)
    assert not withholds(index, best, requirements(why), why)  # a reason is asked, not the sum the sentence withholds
    assert not withholds(index, best, requirements("Why is the new checkpoint the event of the year?"),
                         "Why is the new checkpoint the event of the year?")


def test_more_ways_of_saying_a_fact_is_not_given_are_read() -> None:
    """'does not say whether', 'did not name', 'has published none', «в стадии согласования», «уточняется» (from the
    twentieth fresh set's unanswerable questions; the sentences are written for this test)."""
    from assistant.ingest.langdata import lang_data

    said = {
        "en": ["The law does not say whether the crews of the ferries qualify.",
               "The berths went to a shipyard that the port council did not name.",
               "For the island line the council has published none since 2019."],
        "ru": ["Ставка для паромов находится в стадии согласования.", "Объём инвестиций в причал уточняется."],
    }
    for lang, sentences in said.items():
        for sentence in sentences:
            assert lang_data(lang).withheld.search(sentence), sentence
    for sentence in ("The law says that the crews of the ferries qualify.", "The council named the shipyard in May.",
                     "The council has published its figures since 2019."):
        assert not lang_data("en").withheld.search(sentence), sentence
    assert not lang_data("ru").withheld.search("Ставку для паромов согласовали в мае.")


def test_a_sentence_withholding_the_very_kind_of_thing_asked_of_a_term_of_the_question_withholds(tmp_path: Path) -> None:
    """Two sentences from the best one, with too few of the question's words to say it "in its own words", but its
    pattern ends on the question's own question word and what follows holds a term of the question."""
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "A committee on berth fees was formed in May, but it has not said when it will "
                                     "report.")
    asked = "When will the panel set up to review what grain ships pay at the northern quays report back?"
    assert withholds(index, best, requirements(asked), asked)
    other = "When will the panel set up to review what grain ships pay at the northern quays meet?"
    assert not withholds(index, best, requirements(other), other)  # no term of it follows "when"
    many = "How many grain ships will the panel set up to review the northern quays report on?"
    assert not withholds(index, best, requirements(many), many)  # it withholds a time, not a count


def test_a_withheld_count_of_another_thing_does_not_withhold_the_count_asked(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The ministry has had requests from foreign shipping lines but would not say "
                                     "how many were approved.")
    elided = "How many of the bids for grain quays sent by carriers from abroad during the spring season were approved?"
    assert withholds(index, best, requirements(elided), elided)  # "how many [of them] were approved"
    (tmp_path / "b").mkdir()
    index, best = _en_with(tmp_path / "b", "The ministry has had requests from foreign shipping lines but would not say how "
                                           "many foreign shipping lines applied.")
    workers = "How many dockers will the carriers from abroad have applied to hire at the new quays in spring?"
    assert not withholds(index, best, requirements(workers), workers)  # it counts lines, the question counts dockers


def test_a_withheld_timetable_withholds_a_question_asking_when_with_two_of_its_terms(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    index, best = _ru_with(tmp_path, "Сроки открытия второго перехода для автобусов пока не определены.")
    asked = "Когда пассажирские автобусы начнут ездить через второй переход на границе, построенный вместе с грузовым?"
    assert withholds(index, best, requirements(asked), asked)
    once = "Когда пассажирские автобусы начнут ездить через границу, построенную ещё при старом правительстве?"
    assert not withholds(index, best, requirements(once), once)  # one term of it only in the withheld timetable


def test_the_very_kind_of_thing_asked_is_withheld_anywhere_in_the_article_but_a_timetable_only_in_the_passage(
        tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    more = ("The harbour authority published its plans for the quays in a long report this spring. "
            "It lists the cranes, the rail sidings and the grain silos that the port will need in its first decade. "
            "The report also describes the dredging of the approach channel to a depth of fourteen metres. "
            "Two breakwaters will shelter the basin from the winter storms that close the old port for weeks. "
            "The rail line to the border will be doubled, so that grain trains can reach the silos without waiting. "
            "Fertiliser will be stored in sheds at the eastern end of the quays, away from the grain.\n\n"
            "A committee on berth fees was formed in May, but it has not said when it will report. "
            "No timetable has been set for the committee's hearings on the grain quays either. "
            "Shipping lines from the south have asked to see the draft tariff before the hearings begin.\n")
    bot = assistant_over(tmp_path, {"en.txt": EN.replace("No date has been set for the start of construction. ", "") + "\n" + more})
    index = bot.service.snapshot.index
    best, _, _ = _candidates(index, "The port is meant")
    assert "committee" not in " ".join(index.passage_sentences(best.row))  # the withholding is in another passage
    asked = "When will the panel set up to review what grain ships pay at the northern quays report back?"
    assert withholds(index, best, requirements(asked), asked)
    hearings = "When will the hearings of the committee on the grain quays and their fees begin, and where?"
    assert not withholds(index, best, requirements(hearings), hearings)  # a timetable withheld in another passage


def test_a_question_word_after_the_pattern_or_before_it_names_what_is_withheld(tmp_path: Path) -> None:
    """"has not said who maintains …" for a question asking who; «Сколько будет стоить …, нам не сказали» for one
    asking how much, with two of its terms between the question word and the pattern; an embedded question counting
    another thing («сколько будет стоить» counts no schools) withholds nothing the question asks."""
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The authority has not said who maintains the cranes or whether the berths are "
                                     "insured.")
    who = "Who maintains the grain cranes of the consortium at Veldrania's new northern port and its quays?"
    assert withholds(index, best, requirements(who), who)
    how = "How are the grain cranes of the consortium at Veldrania's new northern port and its quays powered?"
    assert not withholds(index, best, requirements(how), how)  # "how" alone says nothing of what is withheld

    (tmp_path / "ru").mkdir()
    index, best = _ru_with(tmp_path / "ru", "Сколько будет стоить вторая очередь пункта, нам не сказали.")
    cost = "Во сколько обойдётся строительство второй очереди пункта пропуска на границе Вельдрании и Молдарии?"
    assert withholds(index, best, requirements(cost), cost)
    lanes = "Сколько полос для грузовиков будет во второй очереди пункта пропуска на границе Вельдрании и Молдарии?"
    assert not withholds(index, best, requirements(lanes), lanes)  # the cost is withheld, not the lanes counted


def test_who_withholds_named_right_before_a_fronted_pattern_is_no_other_party_of_the_withheld() -> None:
    """"How many of the dock workers stay on Veldrania does not publish": Veldrania withholds the count, it is not a
    party the withheld words name; a name the clause ends on before its comma is one («… до Лорны, не сообщили»)."""
    from assistant.ingest.langdata import lang_data
    from assistant.search.withheld import _focus

    def focus(sentence: str, lang: str, word: str) -> list[str]:
        match = lang_data(lang).withheld.search(sentence)
        assert match is not None, sentence
        words, ahead = _focus(sentence, match, word)
        assert ahead
        return words

    assert focus("How many of the dock workers stay on Veldrania does not publish, which is a pity.", "en", "how many") \
        == ["of", "the", "dock", "workers", "stay", "on"]
    assert focus("Сколько будет стоить участок до Лорны, не сообщили.", "ru", "сколько") == \
        ["будет", "стоить", "участок", "до", "Лорны,"]


def test_a_withholding_clause_holding_the_noun_an_untyped_question_asks_of_withholds(tmp_path: Path) -> None:
    """"What are the terms of …?" asks of terms: "… signed a lease on the berths, but its terms have not been
    published" withholds them, though its withholding clause holds no other term of the question."""
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The consortium signed a lease on the northern berths, but its terms have not "
                                     "been published.")
    terms = "What are the terms of the consortium's lease on the northern berths of Veldrania's new port?"
    assert withholds(index, best, requirements(terms), terms)
    who = "Who signed the lease on the northern berths of Veldrania's new port with the consortium?"
    assert not withholds(index, best, requirements(who), who)  # the terms are withheld, not the signatory
    many = "How many berths of Veldrania's new northern port does the consortium's lease cover?"
    assert not withholds(index, best, requirements(many), many)  # a typed question: the rule reads none


def test_a_withholding_of_an_earlier_one_withholds_nothing_of_the_one_asked(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "How much of the grants promised for the previous port has been paid, the ministry "
                                     "did not report.")
    now = "How much of the grants promised for Veldrania's second deep-water port on the northern coast has been paid?"
    assert not withholds(index, best, requirements(now), now)
    before = "How much of the grants promised for Veldrania's previous deep-water port on the northern coast has been paid?"
    assert withholds(index, best, requirements(before), before)


def test_an_embedded_count_of_other_things_with_the_same_adjective_withholds_no_count(tmp_path: Path) -> None:
    """«Сколько вельдранских перевозчиков ушло с рынка, таможня таких данных не публикует» counts carriers: a question counting
    «вельдранских водителей» shares the adjective only, and is not withheld by it; one counting the carriers is."""
    from assistant.search.evidence import requirements

    index, best = _ru_with(tmp_path, "Сколько вельдранских перевозчиков ушло с рынка за эти годы, таможня таких данных "
                                     "не публикует.")
    drivers = "Сколько вельдранских водителей будет работать на новом пункте пропуска на границе Вельдрании и Молдарии?"
    assert not withholds(index, best, requirements(drivers), drivers)
    carriers = "Сколько вельдранских перевозчиков ушло с рынка до открытия пункта пропуска на границе Вельдрании и Молдарии?"
    assert withholds(index, best, requirements(carriers), carriers)


def test_asked_who_or_which_a_name_withheld_with_two_terms_of_the_question_withholds(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The cranes will come from a foreign maker that the authority did not name.")
    which = "Which foreign maker will supply the cranes for the consortium building Veldrania's new northern port?"
    assert withholds(index, best, requirements(which), which)
    many = "How many cranes will the foreign maker supply for the consortium building Veldrania's new northern port?"
    assert not withholds(index, best, requirements(many), many)  # a name is withheld, not a count
    other = "Which bank will lend to the consortium building Veldrania's new northern port and its silos?"
    assert not withholds(index, best, requirements(other), other)  # the name withheld is of no bank


def test_a_name_withheld_does_not_withhold_an_amount_asked_with_a_which_word(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    index, best = _ru_with(tmp_path, "Сроки открытия пункта пропуска на границе стороны пока не называют.")
    amount = "Каким будет товарооборот через новый пункт пропуска на границе Вельдрании и Молдарии?"
    assert "money" in requirements(amount).answer_types
    assert not withholds(index, best, requirements(amount), amount)  # «каким» asks a sum here, no name
    (tmp_path / "who").mkdir()
    index, best = _ru_with(tmp_path / "who", "Подрядчика, который построит пункт пропуска на границе, стороны не называют.")
    who = "Какой подрядчик построит новый пункт пропуска на границе Вельдрании и Молдарии?"
    assert withholds(index, best, requirements(who), who)


def test_the_next_ones_date_withheld_does_not_withhold_one_the_question_numbers(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    said = "Двенадцатое заседание комиссии по пункту пропуска прошло в столице в марте; дата следующего заседания не определена."
    index, best = _ru_with(tmp_path, said)
    numbered = "Когда прошло двенадцатое заседание комиссии по пункту пропуска Вельдрании и Молдарии?"
    assert not withholds(index, best, requirements(numbered), numbered)  # the twelfth was in March
    following = "Когда пройдёт следующее заседание комиссии по пункту пропуска Вельдрании и Молдарии?"
    assert withholds(index, best, requirements(following), following)
    (tmp_path / "en").mkdir()
    index, best = _en_with(tmp_path / "en", "The port council held its twelfth meeting in March; the date of the next "
                                            "meeting of the port council has not been set.")
    asked = "When did the port council hold its twelfth meeting on Veldrania's new northern port?"
    assert not withholds(index, best, requirements(asked), asked)
    again = "When will the port council hold its next meeting on Veldrania's new northern port?"
    assert withholds(index, best, requirements(again), again)
    (tmp_path / "week").mkdir()
    index, best = _en_with(tmp_path / "week", "The port council will pay the twelfth instalment next week; how much each "
                                              "builder of the port council receives it has not said.")
    paid = "How much will each builder receive from the port council's twelfth instalment for Veldrania's new port?"
    assert withholds(index, best, requirements(paid), paid)  # "next week" is no next instalment


def test_a_naming_word_without_a_negation_before_it_withholds_no_name(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    said = "How many cranes the foreign maker will deliver the authority does not say, and the builders name different figures."
    index, best = _en_with(tmp_path, said)
    which = "Which foreign maker will supply the cranes for the consortium building Veldrania's new northern port?"
    assert not withholds(index, best, requirements(which), which)  # a count withheld; "name" gives figures


def test_a_contracted_negation_withholds_a_name_too(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The cranes will come from a foreign maker that the authority didn't name.")
    which = "Which foreign maker will supply the cranes for the consortium building Veldrania's new northern port?"
    assert withholds(index, best, requirements(which), which)


@pytest.mark.parametrize(("lang", "sentence", "withheld"), [
    ("en", "The minimum wage is not fixed in the agreement's text.", True),
    ("en", "The share of women among the workers could not be established from the published data.", True),
    ("en", "The share of women was established from the survey.", False),
    ("en", "The ministry does not report the fees by country.", True),
    ("en", "Growers we spoke to would not give figures.", True),
    ("en", "Growers gave figures for each farm.", False),
    ("ru", "Цену закупки стороны держат в секрете.", True),
    ("ru", "Цену закупки стороны раскрыли в пресс-релизе.", False),
    ("ru", "Данных о реэкспорте лорнских товаров в Вельдмарк через порт нет.", True),
    ("en", "The border line is fixed in the treaty's annex.", False),
    ("ru", "Сколько человек проходит через пункт за сутки, мне не сказали.", True),
    ("ru", "Мне сказали, что пункт пропускает до тысячи человек в сутки.", False),
    ("ru", "Ток пойдёт по сетям Молдарии, но плату за транзит стороны пока не согласовали.", True),
    ("ru", "Плату за транзит стороны согласовали ещё весной.", False),
    ("ru", "Заседание обещали провести в феврале, но точной даты заседания пока нет.", True),
    ("ru", "Дата заседания есть в повестке.", False),
    ("en", "The two governments have yet to agree on the transit fee.", True),
    ("en", "There is no date yet for the vote.", True),
    ("en", "The date of the vote was set in May.", False),
    ("en", "The fee at the Veldt branch has not yet been set; it will be approved with the licence.", True),
    ("en", "The fee was not fixed.", True),
    ("en", "The branch is not set to open before 2028.", False),
    ("en", "The rules have not been set up yet.", False),
    ("en", "I asked two banks whether they would freeze such accounts, and neither could say.", True),
    ("en", "Both banks could say at once how long a freeze lasts.", False),
    ("ru", "Я спросил в двух банках, и ни один не смог ответить.", True),
    ("ru", "В банке смогли ответить сразу.", False),
    ("en", "The ministry gave no figure for the return on the bonds.", True),
    ("en", "The ministry gave a figure for the return on the bonds.", False),
    ("en", "No figures were presented on how many graduates found work.", True),
    ("en", "No decision on the stake was announced.", True),
    ("en", "The sum of the grant has not been announced.", True),
    ("en", "The sum of the grant was announced in May.", False),
    ("ru", "Фонд обсуждают, но его параметры пока не согласованы.", True),
    ("ru", "Параметры фонда согласовали в мае.", False),
    ("ru", "О загрузке этих каналов публично не известно почти ничего.", True),
    ("ru", "Данных о выплатах суд пока не публиковал.", True),
    ("ru", "Как изменятся тарифы, пока неясно.", True),
    ("ru", "Суд ясно сказал, как изменятся тарифы.", False),
    ("en", "Its defence ministry has never said how many officers study abroad.", True),
    ("en", "The company did not disclose the lessor.", True),
    ("en", "Neither side has published an estimate of the trade it should add.", True),
    ("en", "Whether Lorna will add money of its own, the agreement does not say.", True),
    ("en", "The agreement does not say that duties fall.", False),
    ("en", "The Treasury has not said in public whether a waiver is needed.", True),
    ("en", "How much has been paid in, the fund has not yet reported.", True),
    ("ru", "Стоимость хранения определена соглашением сторон и раскрытию не подлежит.", True),
    ("ru", "Размер капитала по-прежнему не согласован.", True),
    ("ru", "Какая система займёт её место, Нацбанк не говорит.", True),
    ("ru", "Управляющий не говорит по-английски.", False),
    ("ru", "Неизвестно, обращался ли Вельт к суду.", True),
    ("ru", "Насколько это надолго, никто не берётся сказать.", True),
    ("ru", "Когда сторона будет готова, в протоколе не сказано.", True),
    ("ru", "В министерстве обещают сдержать рост, но конкретных цифр не приводят.", True),
    ("ru", "Сколько садов поливает канал, в районе назвать не смогли.", True),
    ("ru", "Точную сумму в посольстве назвать затруднились.", True),
    ("ru", "Затруднения с поставками в посольстве сняли в мае.", False),
    ("ru", "Точную сумму в посольстве затруднились назвать.", True),
    ("ru", "Назвать поставщиков сразу смогли в обоих министерствах.", False),
    ("ru", "Как долго продлится ремонт, в управлении затруднились с ответом.", True),
    ("en", "Nor has anyone published how much the new berth saves the ferry line.", True),
    ("en", "Neither has the port said when the second berth opens.", True),
    ("en", "Nor has the ferry line grown since the spring.", False),
    ("en", "The port has talked to two buyers, which I cannot name.", True),
    ("en", "The ministry would not identify the lender.", True),
    ("en", "The ministry named the lender in March.", False),
    ("ru", "Сколько хозяйств отказались от фасоли, в министерстве не подсчитывали.", True),
    ("ru", "Потери от засухи пока никто не посчитал.", True),
    ("ru", "В министерстве не считали это проблемой.", False),
    ("en", "The ministry has not counted how many farms gave up beans.", True),
    ("en", "That grant does not count as a loan.", False),
    ("en", "The second branch will open abroad; neither the university nor the city has been named.", True),
    ("en", "Neither side has been named in the report as the one at fault.", False),
    ("ru", "Сколько из них остались без работы, ассоциация не считала, но треть мест пустует.", True),
    ("ru", "Сколько их работает в Лорне, никто не считал — по крайней мере публично.", True),
    ("ru", "Сколько лорнцев учатся в Веттине самостоятельно, в комитете не знают: на учёт они не встают.", True),
    ("ru", "Сколько из нарушителей работали без разрешения, миграционная служба не установила.", True),
    ("ru", "Лорна обсуждает вступление, но размер её взноса в бюджет центра не определён.", True),
    ("ru", "Рабочие не установили оборудование вовремя, и запуск сдвинулся.", False),
    ("ru", "Управляющий не знает английского языка.", False),
    ("ru", "Размер пошлины, как сообщили в министерстве, составит 5%.", False),
    ("en", "How many students leave before graduating is recorded neither by the universities nor by the ministry.", True),
    ("en", "How much has been paid, neither the Lornan ministry nor the secretariat has disclosed.", True),
    ("en", "Neither the operator nor Lorna's energy ministry has published the terms of the contract.", True),
    ("en", "No number of helicopters based at the airfield was ever officially confirmed.", True),
    ("en", "The metal enters at a reduced duty; she did not state the rate.", True),
    ("en", "Lorna provides the building free of charge, but its value does not appear in the published accounts.", True),
    ("en", "What the workshops do not record is as telling as what they do.", True),
    ("en", "Neither the port nor the railway has grown since the spring.", False),
    ("en", "The minister did not state the obvious.", False),
    ("en", "The results were recorded by the ministry in March.", False),
    ("en", "The name does not appear in the list of winners.", False),
    ("en", "How many of them stayed for a second season, the resort does not track.", True),
    ("en", "The ministry does not keep track of such trips.", True),
    ("en", "The resort tracks every lift pass it sells.", False),
    ("ru", "По соседним странам ассоциация отдельной статистики не ведёт.", True),
    ("ru", "Министерство не ведёт учёта таких поездок.", True),
    ("ru", "Учёт таких сделок никто не ведёт.", True),
    ("ru", "Сколько из них остались на второй сезон, курорт не отслеживает.", True),
    ("ru", "Министр ведёт переговоры и не ведёт блог.", False),
    ("ru", "Курорт отслеживает каждый проданный абонемент.", False),
])
def test_a_fact_not_fixed_in_a_text_or_not_told_to_the_author_is_withheld(lang: str, sentence: str, withheld: bool) -> None:
    from assistant.ingest.langdata import lang_data

    assert bool(lang_data(lang).withheld.search(sentence)) is withheld


def test_a_count_withheld_before_the_pattern_does_not_withhold_a_price(tmp_path: Path) -> None:
    """«сколько водителей получили отказ …, консульства не сообщают» withholds a count of drivers: a question asking
    what a permit cost in the same year is not withheld by it, however many terms they share."""
    from assistant.search.evidence import requirements

    index, best = _ru_with(tmp_path, "Сколько водителей получили отказ на границе в 2025 году, пограничники не сообщают.")
    price = "Сколько стоил пропуск для грузовика на границе в 2025 году?"
    assert not withholds(index, best, requirements(price), price)
    drivers = "Сколько водителей получили отказ на границе Вельдрании в 2025 году?"
    assert withholds(index, best, requirements(drivers), drivers)  # the very count asked


def test_who_withholds_after_the_comma_closing_a_fronted_question_is_not_what_is_withheld(tmp_path: Path) -> None:
    """«Сколько реально построили, подрядчик пока не сообщал»: the contractor withholds, what was built is withheld; it
    shares one word with a question on what the contractor built, not two."""
    from assistant.search.evidence import requirements

    index, best = _ru_with(tmp_path, "Сколько реально построили, подрядчик пока не сообщал.")
    sheds = "Сколько навесов построил подрядчик на новом пункте пропуска Вельдрании и Молдарии?"
    assert not withholds(index, best, requirements(sheds), sheds)  # «подрядчик» is who does not say
    (tmp_path / "named").mkdir()
    index, best = _ru_with(tmp_path / "named", "Сколько навесов построил подрядчик, в министерстве не сообщают.")
    assert withholds(index, best, requirements(sheds), sheds)  # the very count asked, with its builder


def test_a_part_withheld_of_a_count_given_withholds_only_a_question_asking_a_part(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    text = EN.replace("No date has been set for the start of construction.",
                      "Officials put the port's shortage of crane operators at about 300; they did not say how many of "
                      "those posts are on the northern quay.")
    index = assistant_over(tmp_path, {"en.txt": text}).service.snapshot.index
    best, _, _ = _candidates(index, "shortage of crane operators")
    assert not withholds(index, best, requirements("How large is the port's shortage of crane operators?"))
    assert withholds(index, best, requirements("How many of the crane operator posts are on the northern quay?"))
    ru = RU.replace("Стоимость работ стороны не раскрывают.",
                    "Сейчас на пункте служат около 120 таможенников, но сколько из них прошли обучение, ведомство не раскрывает.")
    (tmp_path / "ru").mkdir()
    index = assistant_over(tmp_path / "ru", {"ru.txt": ru}).service.snapshot.index
    best, _, _ = _candidates(index, "около 120 таможенников")
    assert not withholds(index, best, requirements("Сколько таможенников служит на пункте пропуска?"))
    assert withholds(index, best, requirements("Сколько из таможенников пункта прошли обучение?"))


@pytest.mark.parametrize(("lang", "sentence", "question", "withheld"), [
    ("en", "Neither side has published an estimate of how much trade the deal should add.",
     "How long does a panel have to settle a dispute under the deal?", False),  # an amount withheld, a time asked
    ("en", "Neither side has published an estimate of how much trade the deal should add.",
     "How much trade should the deal add?", True),
    ("ru", "Какие именно товары войдут в перечень, стороны пока не согласовали.", "Сколько пунктов в дорожной карте?", False),
    ("ru", "Какие именно товары войдут в перечень, стороны пока не согласовали.", "Какие товары войдут в перечень?", True),
    ("ru", "Когда сторона будет готова к переходу, в протоколе не сказано.", "Сколько стоит новый бланк?", False),
    ("ru", "Когда сторона будет готова к переходу, в протоколе не сказано.", "Когда сторона перейдёт на новые бланки?", True),
    ("ru", "Стоимость бланка стороны пока не согласовали.", "Когда сторона перейдёт на новые бланки?", True),  # no question
    # of its own: what it withholds is read as before
    # the clause before the pattern asks its own question, after a preposition: the count given before it stands
    ("ru", "Управление обещало новые краны для 30 причалов, но по каким критериям их будут отбирать, пока не определено.",
     "Для скольких причалов управление обещало новые краны?", False),
    ("ru", "Управление обещало новые краны для 30 причалов, но по каким критериям их будут отбирать, пока не определено.",
     "По каким критериям будут отбирать причалы?", True),
    ("en", "The port promised new cranes for 30 berths, but on which terms they will be chosen has not been decided.",
     "For how many berths did the port promise new cranes?", False),
])
def test_a_withholding_that_asks_its_own_question_withholds_only_a_question_of_that_kind(
        lang: str, sentence: str, question: str, withheld: bool) -> None:
    from assistant.ingest.langdata import lang_data
    from assistant.search.evidence import requirements
    from assistant.search.withheld import _says_withheld

    assert _says_withheld(lang_data(lang), sentence, requirements(question)) is withheld


def test_only_the_clause_holding_the_withholding_speaks_for_the_question(tmp_path: Path) -> None:
    """"The first meeting … set a goal …, but the list of goods has not yet been agreed" withholds the list, not who led
    the meeting: only the clause after "but" is read for the question's words."""
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The first meeting of the port commission set a goal of one million tonnes, but "
                                     "the list of goods has not yet been agreed.")
    who = "Who chaired the first meeting of the port commission?"
    assert not withholds(index, best, requirements(who), who)
    goods = "Which goods are on the list of goods agreed by the port commission?"
    assert withholds(index, best, requirements(goods), goods)  # the withheld clause holds its words


def test_a_which_question_is_withheld_only_of_the_noun_it_asks_of(tmp_path: Path) -> None:
    """"does not say which three members asked for more time" withholds which members, not which dimension."""
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The final communiqué does not say which three members asked for more time.")
    dimension = "In which dimension of the catalogue did members report the most activities?"
    assert not withholds(index, best, requirements(dimension), dimension)
    members = "Which members of the port board asked for more time?"
    assert withholds(index, best, requirements(members), members)
    (tmp_path / "b").mkdir()
    index, best = _en_with(tmp_path / "b", "The port authority has not said which bank will lend the money for the quays.")
    bank = "Which Veldran bank will lend the money for the new quays of the port?"
    assert withholds(index, best, requirements(bank), bank)  # "Veldran" says whose bank, not what is asked


def test_a_fee_withheld_of_another_party_does_not_withhold_the_fee_asked(tmp_path: Path) -> None:
    """«Какую комиссию Лорнапэй берёт с банков …, стороны не раскрывают» withholds what a card network charges banks,
    not what a sender pays; the same sentence without the network's name withholds the fee asked."""
    from assistant.search.evidence import requirements

    asked = "Какую комиссию платит отправитель за перевод по номеру телефона на карту Вельдрании?"
    for withheld, expected in (("Какую комиссию Лорнапэй берёт с банков за такие переводы на карту, стороны не раскрывают.", False),
                               ("Какую комиссию берут за такие переводы на карту, стороны не раскрывают.", True)):
        folder = tmp_path / str(expected)
        folder.mkdir()
        text = RU.replace("Стоимость работ стороны не раскрывают. ", "").replace(
            "Местные перевозчики называют", f"{withheld} Местные перевозчики называют")
        index = assistant_over(folder, {"ru.txt": text}).service.snapshot.index
        best = _candidates(index, "Строительство начнётся весной")[0]
        assert withholds(index, best, requirements(asked), asked) is expected, withheld


@pytest.mark.parametrize(("lang", "withheld", "asked"), [
    ("en", "The harbour authority has not said how many berths the first phase of the port will have.",
     "How many berths will the second phase of the port on the northern coast have?"),
    ("ru", "Сколько грузовиков пропустит первая очередь пункта, стороны не раскрывают.",
     "Сколько грузовиков в сутки пропустит вторая очередь нового пункта пропуска на границе?"),
])
def test_a_count_withheld_of_another_ordinal_does_not_withhold_the_one_asked(
        tmp_path: Path, lang: str, withheld: str, asked: str) -> None:
    """"how many … the first phase" withholds nothing of "the second phase"; asked of the first phase, it withholds."""
    from assistant.search.evidence import requirements

    if lang == "en":
        index, best = _en_with(tmp_path, withheld)
        same = asked.replace("second", "first")
    else:
        text = RU.replace("Стоимость работ стороны не раскрывают. ", "").replace(
            "Местные перевозчики называют", f"{withheld} Местные перевозчики называют")
        index = assistant_over(tmp_path, {"ru.txt": text}).service.snapshot.index
        best = _candidates(index, "Строительство начнётся весной")[0]
        same = asked.replace("вторая", "первая")
    assert not withholds(index, best, requirements(asked), asked), asked
    assert withholds(index, best, requirements(same), same), same


def test_a_figure_withheld_of_another_year_does_not_withhold_the_year_asked(tmp_path: Path) -> None:
    """"how many berths … in 2027" withholds nothing of 2026; asked of 2027 (or of no year), it withholds."""
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The harbour authority has not said how many berths the port will have in 2027.")
    other = "How many berths will the port on the northern coast have in 2026?"
    assert not withholds(index, best, requirements(other), other)
    for asked in ("How many berths will the port on the northern coast have in 2027?",
                  "How many berths will the port on the northern coast have?"):
        assert withholds(index, best, requirements(asked), asked), asked


def test_what_with_its_noun_is_what_a_fronted_withholding_names() -> None:
    from assistant.ingest.langdata import lang_data
    from assistant.search.withheld import _focus, _question_word

    en = lang_data("en")
    word = _question_word("At what price will the consortium sell the grain berths?", en)
    assert word == "what price" and _question_word("What did the minister say?", en) is None
    assert _question_word("Что построили в порту?", lang_data("ru")) is None  # «что» takes a verb, not a noun
    sentence = "At what price the consortium will sell its grain berths has not been disclosed."
    match = en.withheld.search(sentence)
    assert match is not None
    focus, ahead = _focus(sentence, match, word)
    assert ahead and focus[:7] == ["the", "consortium", "will", "sell", "its", "grain", "berths"]


def test_a_fronted_withholding_shares_two_words_of_the_question_not_two_forms_of_one(tmp_path: Path) -> None:
    """«Сколько из этих разрешений получили перевозчики зерна, …» shares one word with a question on how many permits the
    crossing will issue a month («разрешений», which gives two forms): it withholds nothing of it. The same count fronted
    in the question's own words withholds."""
    from assistant.search.evidence import requirements

    asked = "Сколько разрешений в месяц будет выдавать новый переход?"
    for withheld, expected in (("Сколько из этих разрешений получили перевозчики зерна, стороны не раскрывают.", False),
                               ("Сколько разрешений в месяц будет выдавать новый переход, стороны не раскрывают.", True)):
        folder = tmp_path / str(expected)
        folder.mkdir()
        index, best = _ru_with(folder, withheld)
        assert withholds(index, best, requirements(asked), asked) is expected, withheld


def test_a_count_of_things_withheld_does_not_withhold_a_duration_asked(tmp_path: Path) -> None:
    """«Сколько грузовиков прошло через старый пункт …, не раскрывают» withholds a number of trucks, not how many days
    they waited at it; asked how many trucks, it withholds."""
    from assistant.search.evidence import requirements

    index, best = _ru_with(tmp_path, "Сколько грузовиков прошло через старый пункт в 2024 году, стороны не раскрывают.")
    days = "Сколько дней грузовики ждали на старом пункте в 2024 году?"
    trucks = "Сколько грузовиков прошло через старый пункт в 2024 году?"
    assert requirements(days).answer_types == ("duration",)
    assert not withholds(index, best, requirements(days), days)
    assert withholds(index, best, requirements(trucks), trucks)


@pytest.mark.parametrize(("name", "text", "withheld", "best", "amount", "which"), [
    ("ru.txt", RU, "Имя подрядчика стороны не раскрывают. ", "Строительство начнётся",
     "Во сколько обойдутся работы на новом пункте пропуска?", "Какая компания построит новый пункт пропуска?"),
    ("en.txt", EN, "The names of the two firms have not been disclosed. ", "The port is meant",
     "How much will the second deep-water port on the northern coast cost?",
     "Which company will build the second deep-water port on the northern coast?"),
])
def test_a_name_withheld_beside_the_best_sentence_withholds_no_amount(
        tmp_path: Path, name: str, text: str, withheld: str, best: str, amount: str, which: str) -> None:
    """«Имя подрядчика стороны не раскрывают» beside the best sentence withholds who builds, not what it costs."""
    from assistant.search.evidence import requirements

    marker = "Стоимость работ стороны не раскрывают. " if name == "ru.txt" else "No date has been set for the start of construction. "
    index = assistant_over(tmp_path, {name: text.replace(marker, withheld)}).service.snapshot.index
    cand = _candidates(index, best)[0]
    assert not withholds(index, cand, requirements(amount), amount)
    assert withholds(index, cand, requirements(which), which)


def test_a_fronted_which_withholding_names_the_noun_asked_of(tmp_path: Path) -> None:
    """"Which berths are meant, the authority has not said" withholds the berths a "which berths" question asks of,
    though it shares one word with it; it withholds no count of berths."""
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "Which berths are meant, the harbour authority has not said.")
    which = "Which berths will the consortium lease to grain traders?"
    assert withholds(index, best, requirements(which), which)
    count = "How many deep-water berths will the consortium lease to grain traders?"
    assert not withholds(index, best, requirements(count), count)


@pytest.mark.parametrize(("name", "text", "withheld", "best", "who", "what"), [
    ("ru.txt", RU, "Имя подрядчика стороны не раскрывают. ", "Строительство начнётся",
     "Кто построит новый пункт пропуска на границе?", "Когда начнётся строительство нового пункта пропуска?"),
    ("en.txt", EN, "The consortium declined to name its lead partner. ", "The port is meant",
     "Who will lead the consortium building the second port?", "What will the second port handle?"),
])
def test_a_name_withheld_beside_the_best_sentence_withholds_who(
        tmp_path: Path, name: str, text: str, withheld: str, best: str, who: str, what: str) -> None:
    """Asked who, a name withheld beside the best sentence («Имя подрядчика … не раскрывают», "declined to name") says
    the articles do not answer; a question asking something else is not withheld by it."""
    from assistant.search.evidence import requirements

    marker = "Стоимость работ стороны не раскрывают. " if name == "ru.txt" else "No date has been set for the start of construction. "
    index = assistant_over(tmp_path, {name: text.replace(marker, withheld)}).service.snapshot.index
    cand = _candidates(index, best)[0]
    assert withholds(index, cand, requirements(who), who)
    assert not withholds(index, cand, requirements(what), what)


def test_a_passage_on_the_company_is_read_with_the_company_the_article_first_names(tmp_path: Path) -> None:
    """"The Company sold …" (a defined term, in capitals) speaks of the company the article first names with its legal
    form, "Lornan Minerals PLC"; a passage that never says "the Company" is read without it, as is one whose
    article names no company so."""
    lead = ("Lornan Minerals PLC (AIM: LRN), the fluorspar producer focused on Vettin, gives an operational update for "
            "the third quarter and announces an offtake agreement with Veldmark Chemie GmbH of Brasia.")
    sales = ("The Company sold 12,900 tonnes of acid-grade fluorspar in the quarter at an average realised price of "
             "US$418 per tonne, delivered to buyers in Brasia by rail and ferry.")
    other = ("The pit reached the wider part of the main vein in August, and the plant ran at 88 per cent of its "
             "nameplate capacity in September after a second cell line was commissioned.")
    text = f"Q3 Operational Update\n\n{lead}\n\n## Operations\n\n{other}\n\n## Sales\n\n{sales}"
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    index = assistant_over(tmp_path / "a", {"update.md": text}).service.snapshot.index
    rows = {marker: next(r for r, c in enumerate(index.chunks) if marker in c.text) for marker in ("US$418", "88 per cent")}
    assert "Lornan Minerals" in context(index, rows["US$418"])
    assert "Lornan Minerals" not in context(index, rows["88 per cent"])
    plain = assistant_over(tmp_path / "b", {"update.md": text.replace("Lornan Minerals PLC", "Lornan Minerals")})
    index = plain.service.snapshot.index
    assert "Lornan Minerals" not in context(index, next(r for r, c in enumerate(index.chunks) if "US$418" in c.text))


def test_how_many_times_is_not_withheld_by_how_many_people_are_not_counted(tmp_path: Path) -> None:
    """"How many times did Lornan citizens enter Vettin …?" is not withheld by "no estimate of how many Lornan citizens
    work in Vettin without a permit": the question counts times, the withholding people; "How many Lornan citizens
    work …" is."""
    from assistant.search.evidence import requirements

    text = ("Lornans in Vettin\n\nVettin issued 11,380 work permits to Lornan citizens this year. "
            "Most of them went to building firms in the capital. "
            "Vettin's border service recorded 103,400 entries by Lornan citizens in 2024. "
            "Many of them were traders and tourists who stayed a few days. "
            "The ministry told us it has no estimate of how many Lornan citizens work in Vettin without a permit. "
            "Its inspections cover only a sample of employers.")
    index = assistant_over(tmp_path, {"en.txt": text}).service.snapshot.index
    best, _, _ = _candidates(index, "103,400")
    times = "How many times did Lornan citizens enter Vettin in 2024?"
    assert not withholds(index, best, requirements(times), times)
    work = "How many Lornan citizens work in Vettin without a permit?"
    assert withholds(index, best, requirements(work), work)


def test_a_sum_to_be_set_later_and_a_name_not_allowed_withhold(tmp_path: Path) -> None:
    """"The total cost … will be determined once the contract has been awarded" withholds the total; «… нам называть не
    разрешили» is a withholding."""
    from assistant.ingest.langdata import lang_data
    from assistant.search.evidence import requirements

    text = ("Lorna Zinc\n\nLorna Zinc mines zinc and lead in the hills above the port. Most of its concentrate goes to "
            "smelters in Vettin. Lorna Zinc will spend about 150 million dollars on the first stage of a refinery at the north "
            "quay. The total cost of the refinery will be determined once the construction contract has been awarded. "
            "The company expects to award it next spring.")
    (tmp_path / "en").mkdir()
    index = assistant_over(tmp_path / "en", {"en.txt": text}).service.snapshot.index
    best, _, _ = _candidates(index, "150 million")
    question = "What will Lorna Zinc's refinery at the north quay cost to build in total?"
    assert withholds(index, best, requirements(question), question)
    name = "Какая компания из Брасии покупает пух, нам называть не разрешили."
    assert any("называть не разрешили" in m.group(0) for m in lang_data("ru").withheld.finditer(name))


def test_a_partner_still_sought_is_withheld_and_other_searches_are_not() -> None:
    """«инвестора для него … ещё ищут», "the port is still looking for an investor": who it will be is not known; people
    who look for work, or officials still looking for ways to cut costs, withhold nothing."""
    from assistant.ingest.langdata import lang_data

    ru, en = lang_data("ru").withheld, lang_data("en").withheld
    assert ru.search("Под склад зарезервировали 40 гектаров; инвестора для него, по словам акимата, ещё ищут.")
    assert ru.search("Порт пока ищет партнёра для второй очереди терминала.")
    assert not ru.search("Тысячи жителей Лорны ищут работу в Веттине.")
    assert en.search("The port authority is still looking for an investor for the grain terminal.")
    assert en.search("A buyer is still being sought for the state's stake.")
    assert not en.search("Officials are still looking for ways to cut the cost of the crossing.")


def test_a_minister_who_will_not_pre_empt_a_decision_withholds_it() -> None:
    """"I will not pre-empt it today", «не буду забегать вперёд»: what is asked is not said; a central bank's
    "pre-emptive right" or a past «забегали вперёд» withholds nothing."""
    from assistant.ingest.langdata import lang_data

    ru, en = lang_data("ru").withheld, lang_data("en").withheld
    assert en.search("The ferry subsidy for 2027 will be set in the next review, and I will not pre-empt it today.")
    assert en.search("I won't pre-empt the board's decision on the second berth.")
    assert not en.search("The central bank buys the port's gold under its pre-emptive right.")
    assert ru.search("Сумму субсидии я называть не стану, не буду забегать вперёд.")
    assert not ru.search("Паромщики забегали вперёд и продавали билеты на весну.")


def test_a_body_that_has_published_no_figure_withholds_it() -> None:
    """"Vettin has published no figure since 2021" (from the sixty-first fresh set's unanswerable questions; the
    sentences are written for this test), not "Vettin has published no new rules since 2021"."""
    from assistant.ingest.langdata import lang_data

    for sentence in ("The true count is higher: Vettin has published no figure since 2021.",
                     "The ferry board had released no data on the crossings by December."):
        assert lang_data("en").withheld.search(sentence), sentence
    for sentence in ("Vettin has published no new rules since 2021.", "Vettin has published figures every year."):
        assert not lang_data("en").withheld.search(sentence), sentence


def test_a_sentence_withholding_one_thing_and_giving_the_count_asked_does_not_withhold_it(tmp_path: Path) -> None:
    from assistant.search.evidence import requirements

    index, best = _en_with(tmp_path, "The harbour authority of Veldrania has never published its budget, and its staff "
                                     "of 38 in 2024 was smaller than the customs office's.")
    asked = requirements("How many staff did the harbour authority of Veldrania have in 2024?")
    assert not withholds(index, best, asked)  # the sentence gives the staff: the budget is what it withholds
    budget = requirements("How large is the budget of the harbour authority of Veldrania in 2024?")
    assert withholds(index, best, budget)
