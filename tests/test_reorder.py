"""Evidence first (search/reorder.py): the passage holding the asked value is shown before closer-worded ones."""

from __future__ import annotations

from pathlib import Path

from assistant.answer import Assistant
from assistant.search.evidence import requirements
from assistant.search.reorder import evidence_first

# written for this test: the first article repeats the question's words, the second holds the price
WORDY = ("Harbour Gate terminal\n\nHow much the Harbour Gate terminal will cost is the question every council "
         "member asks. The Harbour Gate terminal cost debate has filled three council sessions, and the terminal "
         "will cost the town its quiet harbour front, residents say.\n")
PRICED = ("Port works in Veltmark\n\nBuilders started on the new container quay in March. The contract for the "
          "Harbour Gate works is put at $340 million, paid over six years.\n")
QUESTION = "How much will the Harbour Gate terminal cost?"


def _bot(settings, fake_embedder, tmp_path: Path, **changes):  # type: ignore[no-untyped-def]
    corpus = tmp_path / "own-corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "harbour-debate.txt").write_text(WORDY, encoding="utf-8")
    (corpus / "port-works.txt").write_text(PRICED, encoding="utf-8")
    own = settings.replace(corpus_dir=corpus, index_dir=tmp_path / "own-index", abstention_model="rule", **changes)
    return Assistant.load(own, embedder=fake_embedder)


def test_the_passage_with_the_asked_value_is_shown_first(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plain = _bot(settings, fake_embedder, tmp_path, evidence_bonus=0.0).ask(QUESTION, k=2)
    assert "Harbour Gate terminal cost debate" in plain.passages[0].text  # closest in words, no price
    ordered = _bot(settings, fake_embedder, tmp_path, evidence_bonus=5.0).ask(QUESTION, k=2)
    assert "$340 million" in ordered.passages[0].text
    assert [p.rank for p in ordered.passages] == [1, 2]
    # only the order shown changes: the abstention reads the retrieval order, as calibrated
    assert ordered.abstained == plain.abstained
    assert {p.text for p in ordered.passages} == {p.text for p in plain.passages}


def test_a_question_asking_for_nothing_checkable_keeps_the_retrieval_order(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bot = _bot(settings, fake_embedder, tmp_path, evidence_bonus=5.0)
    question = "what do residents say about the quiet harbour front"
    req = requirements(question, bot.names())
    assert not (req.names or req.figures or req.answer_types or req.wants_date or req.wants_number)
    found = bot._retriever.search(question, 4)
    assert evidence_first(bot.index, found, req, "en", bot.cosine_floor, 5.0, 10) == found


def test_only_the_first_depth_candidates_move(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bot = _bot(settings, fake_embedder, tmp_path)
    req = requirements(QUESTION, bot.names())
    found = bot._retriever.search(QUESTION, 4)
    assert len(found) >= 2
    moved = evidence_first(bot.index, found, req, "en", bot.cosine_floor, 5.0, 10)
    assert sorted(c.row for c in moved) == sorted(c.row for c in found)
    assert evidence_first(bot.index, found, req, "en", bot.cosine_floor, 5.0, 1) == found  # depth 1: nothing to sort
    assert evidence_first(bot.index, found, req, "en", bot.cosine_floor, 0.0, 10) == found  # no bonus: as retrieved


# written for this test: a Russian report of the same works, holding the price in roubles and dollars
PRICED_RU = ("Работы в порту Вельтмарк\n\nСтроители в марте начали работы у нового причала. Контракт на работы "
             "Harbour Gate оценён в 340 миллионов долларов и будет оплачен за шесть лет.\n")


def test_a_passage_in_another_language_is_held_to_its_own_model_s_floor(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """With two models in the index, an English question meets a Russian passage on e5's scale, whose
    floor is lower than MiniLM's: the order must read each candidate's own floor, not one for all."""
    from dataclasses import replace

    corpus = tmp_path / "own-corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "harbour-debate.txt").write_text(WORDY, encoding="utf-8")
    (corpus / "port-works-ru.txt").write_text(PRICED_RU, encoding="utf-8")
    bot = Assistant.load(settings.replace(corpus_dir=corpus, index_dir=tmp_path / "own-index", abstention_model="rule"),
                         embedder=fake_embedder)
    found = bot._retriever.search(QUESTION, 4)
    russian = [c for c in found if bot.index.documents[bot.index.chunks[c.row].doc_id].language == "ru"]
    assert russian and found[0] not in russian
    # the Russian passage scored by the multilingual model, between its floor (0.30) and MiniLM's (0.42)
    found = [replace(c, sentence=0.35, channel="e5") if c in russian else replace(c, sentence=0.9) for c in found]
    req = requirements(QUESTION, bot.names())
    own_floor = lambda c: 0.30 if c.channel == "e5" else 0.42  # noqa: E731
    moved = evidence_first(bot.index, found, req, "en", own_floor, 5.0, 10)
    assert moved[0].channel == "e5"
    assert evidence_first(bot.index, found, req, "en", 0.42, 5.0, 10)[0].channel == ""  # one floor for all: stays down


def test_ask_orders_by_each_candidate_s_own_floor(settings, fake_embedder, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import assistant.answer as answer_module

    seen = []
    real = answer_module.evidence_first
    monkeypatch.setattr(answer_module, "evidence_first", lambda *a, **k: seen.append(a[4]) or real(*a, **k))
    bot = _bot(settings, fake_embedder, tmp_path)
    bot.ask(QUESTION, k=2)
    assert seen and callable(seen[0])
    assert seen[0](bot._retriever.search(QUESTION, 1)[0]) == bot.cosine_floor  # the embedder's own floor here


# written for this test: a roundtable summary whose host is named only at its head
ROUNDTABLE = ("Brannock Institute\n\nRoundtable summary: insuring the ferry crossing\n\n"
              "The Brannock Institute held its third closed roundtable on marine cargo cover in Vettin in November. "
              "Twenty underwriters, brokers and shippers took part under the usual rule of no attribution.\n\n"
              "Session one looked at war risk at sea. Participants agreed that cargo volumes on the ferries had grown "
              "faster than the capacity of local insurers to cover them, and that reinsurers had become cautious.\n\n"
              "One underwriter said that premiums for cargo crossing the inland sea by ferry averaged 0.18 per cent of "
              "the insured value in 2025, against 0.11 per cent two years earlier.\n")


def _source_bot(settings, fake_embedder, tmp_path: Path, text: str = ROUNDTABLE):  # type: ignore[no-untyped-def]
    corpus = tmp_path / "roundtable-corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "roundtable.txt").write_text(text, encoding="utf-8")
    own = settings.replace(corpus_dir=corpus, index_dir=tmp_path / "roundtable-index", abstention_model="rule",
                           chunk_tokens=30, chunk_max_tokens=40)
    return Assistant.load(own, embedder=fake_embedder)


def test_the_source_a_question_quotes_may_be_named_anywhere_in_the_article(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from assistant.search.reorder import holds_evidence

    # the host is named only in the article's first paragraph, not in its head (whose names are its credits, below)
    bot = _source_bot(settings, fake_embedder, tmp_path, ROUNDTABLE.replace("Brannock Institute\n\n", "Vettin Marine Review\n\n", 1))
    question = "What premium did insurers charge in 2025 for ferry cargo, according to the Brannock Institute roundtable?"
    req = requirements(question, bot.names())
    assert set(req.sources) == {"brannock", "institute"} and set(req.sources) <= set(req.names)
    found = bot._retriever.search(question, 10)
    cand = next(c for c in found if "0.18 per cent" in bot.index.chunks[c.row].text)
    assert "Brannock" not in bot.index.chunks[cand.row].text
    assert holds_evidence(bot.index, cand, req)
    assert not holds_evidence(bot.index, cand, replace(req, sources=()))  # as a name the window must say, it is absent
    other = requirements(question.replace("Brannock Institute", "Quarry Foundation"), bot.names())
    assert not holds_evidence(bot.index, cand, other)  # a source the article never names is still asked of it


def test_a_host_named_in_the_article_s_head_is_present_as_its_credit(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from assistant.search.reorder import holds_evidence

    bot = _source_bot(settings, fake_embedder, tmp_path)  # "Brannock Institute" over the headline: a masthead
    question = "What premium did insurers charge in 2025 for ferry cargo, according to the Brannock Institute roundtable?"
    req = requirements(question, bot.names())
    cand = next(c for c in bot._retriever.search(question, 10) if "0.18 per cent" in bot.index.chunks[c.row].text)
    assert "Brannock Institute" in bot.index.documents[bot.index.chunks[cand.row].doc_id].credits
    assert holds_evidence(bot.index, cand, replace(req, sources=()))  # no source's rule needed: the context names it


def test_only_the_names_of_the_attribution_are_sources() -> None:
    req = requirements("How much did Lorna pay for the ferries, according to the Brannock Institute?")
    assert "lorna" in req.names and "lorna" not in req.sources and "brannock" in req.sources
    ru = requirements("Сколько заплатила Лорна за паромы, по словам Ивана Велтова?")
    assert "лорна" in ru.names and "лорна" not in ru.sources and {"ивана", "велтова"} <= set(ru.sources)
    assert not requirements("How much did Lorna pay the Brannock Institute?").sources


def test_a_source_s_words_scattered_over_the_article_do_not_name_it(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.search.reorder import holds_evidence

    scattered = (ROUNDTABLE.replace("Brannock Institute\n\n", "Brannock\n\n").replace("The Brannock Institute held", "Brannock held")
                 + "\nThe Institute of Marine Cover will publish its own figures for the crossing in the spring.\n")
    bot = _source_bot(settings, fake_embedder, tmp_path, scattered)
    question = "What premium did insurers charge in 2025 for ferry cargo, according to the Brannock Institute roundtable?"
    req = requirements(question, bot.names())
    cand = next(c for c in bot._retriever.search(question, 10) if "0.18 per cent" in bot.index.chunks[c.row].text)
    texts = [c.text for c in bot.index.chunks]
    assert any("Brannock" in t for t in texts) and any("Institute" in t for t in texts)
    assert not any("Brannock" in t and "Institute" in t for t in texts)  # each word somewhere, never together
    assert not holds_evidence(bot.index, cand, req)


def test_an_estimate_the_question_credits_to_someone_is_a_source() -> None:
    req = requirements("How much did Lorna earn from gas in 2024, by the Brannock Institute's estimate?")
    assert {"brannock", "institute"} <= set(req.sources) and "lorna" not in req.sources


# written for this test: a reading list whose entry gives the author surname first, and its annotation further on
READING = ("Reading list: the Lorna field\n\nKey books\n\nVeldina, Dana. The Lorna Field: Forty Years Offshore. Vettin: "
           "Brannock Press, 2024.\n\n" + "".join(f"Entry {n} describes another book on the ports of the Inland Sea and "
                                                  f"their ferries, in its chapter {n}.\n\n" for n in range(1, 40))
           + "A history of the Lorna field since its discovery. Veldina puts its output at about 39,500 barrels a day "
             "in 2024.\n")


def test_a_name_its_article_writes_in_full_is_named_by_its_last_word_in_any_passage(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.search.reorder import holds_evidence

    corpus = tmp_path / "reading"
    corpus.mkdir()
    (corpus / "reading-list.txt").write_text(READING, encoding="utf-8")
    bot = Assistant.load(settings.replace(corpus_dir=corpus, index_dir=tmp_path / "reading-index"), embedder=fake_embedder)
    question = "What output does Dana Veldina's book on the Lorna field give for 2024?"
    req = requirements(question, bot.names())
    assert ("dana", "veldina") in req.full_names
    found = next(c for c in bot._retriever.search(question, 10) if "39,500" in bot.index.chunks[c.row].text)
    assert "Veldina, Dana" not in bot.index.chunks[found.row].text  # the entry is in another passage of the article
    assert holds_evidence(bot.index, found, req)
    other = READING.replace("Veldina, Dana.", "Veldina, Marat.")  # another Veldina: Dana is not named
    (corpus / "reading-list.txt").write_text(other, encoding="utf-8")
    bot = Assistant.load(settings.replace(corpus_dir=corpus, index_dir=tmp_path / "reading-index-2"), embedder=fake_embedder)
    found = next(c for c in bot._retriever.search(question, 10) if "39,500" in bot.index.chunks[c.row].text)
    assert not holds_evidence(bot.index, found, requirements(question, bot.names()))


def test_a_name_its_article_writes_whole_elsewhere_is_not_named_by_its_last_word(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.search.reorder import holds_evidence

    corpus = tmp_path / "house"
    corpus.mkdir()
    text = ("Lorna trade bill\n\nThe Veldmark White House said in March that it backs the trade bill.\n\n"
            + "".join(f"Paragraph {n} is about the ferries of the Inland Sea and their timetables in {n} ports.\n\n"
                      for n in range(1, 40))
            + "The House voted 412 to 2 for the bill on 14 November, and it will cost 40 million a year.\n")
    (corpus / "house.txt").write_text(text, encoding="utf-8")
    bot = Assistant.load(settings.replace(corpus_dir=corpus, index_dir=tmp_path / "house-index"), embedder=fake_embedder)
    question = "How much will the bill the White House backs cost?"
    req = requirements(question, bot.names())
    assert ("white", "house") in req.full_names
    found = next(c for c in bot._retriever.search(question, 10) if "412 to 2" in bot.index.chunks[c.row].text)
    assert "White House" not in bot.index.chunks[found.row].text
    assert not holds_evidence(bot.index, found, req)  # "the House" is another: only a person listed surname first


# written for this test: an article about Uzbekistan whose later paragraph gives a count without naming the country
SILK = ("Silk farms and their auctions\n\nUzbekistan has raised its silk output for five years, and Uzbekistan's growers now sell "
        "cocoons at auction. Uzbekistan plans a second auction house in the spring, and Kyrgyzstan has asked to join.\n\n"
        "The farms are small, and most of them sit in the valley. Their owners sell spun thread at the town market. The "
        "growers' union counted 412 cooperatives at the last auction.\n")


def test_the_country_an_article_is_most_about_is_named_by_its_article(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.search.reorder import holds_evidence

    bot = _source_bot(settings, fake_embedder, tmp_path, SILK)  # the same small passages, another article
    question = "How many cooperatives did the growers' union count in Uzbekistan at the last auction?"
    cand = next(c for c in bot._retriever.search(question, 10) if "412 cooperatives" in bot.index.chunks[c.row].text)
    doc = bot.index.documents[bot.index.chunks[cand.row].doc_id]
    assert doc.countries[:1] == ("UZ",)  # Kyrgyzstan, named once, is not its first country
    assert holds_evidence(bot.index, cand, requirements(question, bot.names()))
    # a country the article names in passing is no subject of it: the passage must name it
    assert not holds_evidence(bot.index, cand, requirements(question.replace("Uzbekistan", "Kyrgyzstan"), bot.names()))
    # the article's country stands in for itself only: another name of the question is still asked of the passage
    assert not holds_evidence(bot.index, cand, requirements(question.replace("in Uzbekistan", "in Uzbekistan's Fergana"),
                                                            bot.names()))
