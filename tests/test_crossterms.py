"""The subject check across languages (search/crossterms.py): a lower passage in another language vouches
only if it says two of the question's words, by a multilingual word model's cosine."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.search import crossterms
from assistant.search.crossterms import WordVectors, asked_words, content_words, says_terms
from assistant.store.lexical import tokenize

# a fake word model: each meaning is one axis; a word and its translation share it
MEANINGS = {
    "commission": 0, "комиссии": 0, "people": 1, "человек": 1, "headworks": 2, "водозабор": 2,
    "river": 3, "реке": 3, "management": 4, "управление": 4,
}


def fake_vectors() -> WordVectors:
    axes = dict(MEANINGS)  # every other word gets an axis of its own

    def encode(words: list[str]) -> np.ndarray:
        out = np.zeros((len(words), 256), dtype=np.float32)
        for i, word in enumerate(words):
            out[i, axes.setdefault(word, len(set(axes.values())))] = 1.0
        return out

    return WordVectors(encode)


def test_content_words_leave_out_question_words_function_words_and_names() -> None:
    assert content_words("How many people will sit on the Isfara commission?", "en", ["isfara"]) == \
        ["people", "sit", "commission"]
    assert "сколько" not in content_words("Сколько человек войдёт в комиссию?", "ru")


def test_the_noun_a_what_or_which_question_asks_for_is_no_word_the_passage_must_say() -> None:
    """"From what date …" is answered by a date («с 29 марта»): the time noun asked for is left out of the words checked
    across languages; the rest stay, and so does a noun that is no time ("What revenue …", «Какой порт …»)."""
    assert asked_words("From what date will Lorna Air fly directly to Vettin?", "en", ["lorna", "air", "vettin"]) == \
        ["fly", "directly"]
    russian = asked_words("С какой даты лорнанское зерно пойдёт через порт?", "ru")
    assert "даты" not in russian and "зерно" in russian and "порт" in asked_words("Через какой порт идёт зерно?", "ru")
    assert "revenue" in asked_words("What revenue did Lorna Air earn?", "en", ["lorna", "air"])
    assert "people" in asked_words("How many people will sit on the commission?", "en")


def test_an_english_adverb_is_also_read_by_its_adjective() -> None:
    """"directly" reads far from «прямой» in the word model, "direct" near: a word in "-ly" counts by the nearer of the
    two; a short one ("supply") keeps its one form."""
    axes = {"direct": 0, "прямой": 0, "supp": 1, "снабжение": 1}

    def encode(words: list[str]) -> np.ndarray:
        out = np.zeros((len(words), 16))
        for i, word in enumerate(words):
            out[i, axes.setdefault(word, len(set(axes.values())))] = 1.0
        return out

    vectors = WordVectors(encode)
    assert says_terms(["directly"], ["прямой", "рейс"], vectors, 0.65)
    assert not says_terms(["supply"], ["снабжение"], vectors, 0.65)


@pytest.mark.parametrize(("asked", "said", "expected"), [
    (["people", "commission", "headworks"], ["комиссии", "человек"], True),  # two of the question's words said
    (["people", "commission", "headworks"], ["комиссии", "вахш"], False),  # one is not enough
    (["commission"], ["комиссии", "вахш"], True),  # a question of one word needs that one
    (["people", "commission"], [], False),
    ([], ["комиссии"], True),  # nothing to check
])
def test_says_terms_needs_two_of_the_question_s_words(asked: list[str], said: list[str], expected: bool) -> None:
    assert says_terms(asked, said, fake_vectors(), 0.65) is expected


def test_a_russian_word_is_also_read_by_its_stem() -> None:
    """«лорнскую» (an inflected adjective) is far from "Lornan" in the word model, its stem «лорнск» is not:
    each Russian word counts by the nearer of its two forms, on either side."""
    stem = tokenize("лорнскую")[0]
    axes = {"lornan": 0, stem: 0}  # every other word has an axis of its own

    def encode(words: list[str]) -> np.ndarray:
        out = np.zeros((len(words), 16))
        for i, word in enumerate(words):
            out[i, axes.setdefault(word, len(axes))] = 1.0
        return out

    vectors = WordVectors(encode)
    assert stem != "лорнскую" and says_terms(["лорнскую"], ["lornan", "ferry"], vectors, 0.65)
    assert says_terms(["lornan"], ["лорнскую", "паром"], vectors, 0.65)
    assert not says_terms(["лорнскую"], ["ferry"], vectors, 0.65)


@pytest.mark.model
def test_use_reads_an_inflected_russian_adjective_by_its_stem() -> None:
    vectors = crossterms.word_vectors()
    assert vectors is not None
    assert float((vectors(["узбекскую"]) @ vectors(["uzbek"]).T)[0, 0]) < 0.65  # the inflected form alone: too far
    assert says_terms(["узбекскую"], ["the", "uzbek", "delegation"], vectors, 0.65)


def test_word_vectors_are_unit_length_and_cached() -> None:
    calls: list[list[str]] = []

    def encode(words: list[str]) -> np.ndarray:
        calls.append(list(words))
        return np.full((len(words), 4), 3.0, dtype=np.float32)

    vectors = WordVectors(encode)
    first = vectors(["gas", "oil", "gas"])
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0) and first.shape == (3, 4)
    vectors(["gas", "coal"])
    assert calls == [["gas", "oil"], ["coal"]]


def test_a_lower_passage_in_another_language_vouches_only_if_it_says_the_question_s_words(settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.encoders import COMPOSITE, E5_SMALL, MINILM
    from assistant.search.retrieval import Candidate
    from tests.test_channels import ENGLISH_DOCS, composite, doc, index_with

    monkeypatch.setattr(crossterms, "word_vectors", fake_vectors)
    emb = composite()
    russian = [doc("isfara", "Головной водозабор на реке Исфара перейдёт под управление совместной комиссии из 12 человек.", "ru"),
               doc("isfara-road", "Дорога вдоль реки Исфара будет отремонтирована за 12 месяцев.", "ru")]
    index = index_with(emb, [*ENGLISH_DOCS, *russian], settings)
    bot = Assistant(settings.replace(model_id=COMPOSITE, abstention_model="rule"), emb, index)  # the defaults
    assert bot.settings.cross_language_evidence and bot.settings.cross_language_terms > 0
    row = {index.chunks[r].doc_id: r for r in range(len(index.chunks))}
    question = "How many people will sit on the commission that runs the Isfara headworks?"

    def abstains(second: str) -> bool:
        english = Candidate(row=row["pipeline"], score=1.0, dense=0.6, lexical=0.0, sentence=0.6, channel=MINILM)
        r = row[second]
        other = Candidate(row=r, score=0.9, dense=0.5, lexical=0.0, sentence=0.5, channel=E5_SMALL,
                          sentence_row=index.sentences.chunk_sentences(r).start)
        return bot._abstain(index, [english, other], question)

    assert not abstains("isfara")  # names Isfara, holds a count, says "headworks", "commission", "people"
    assert abstains("isfara-road")  # names Isfara and holds a figure, but of a road's repair
    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    assert abstains("isfara")  # no word model: a lower passage in another language cannot vouch
    off = Assistant(bot.settings.replace(cross_language_terms=0), emb, index)
    assert not off._abstain(index, [Candidate(row=row["pipeline"], score=1.0, dense=0.6, lexical=0.0, sentence=0.6,
                                              channel=MINILM),
                                    Candidate(row=row["isfara-road"], score=0.9, dense=0.5, lexical=0.0, sentence=0.5,
                                              channel=E5_SMALL)], question)  # names and a figure were enough


@pytest.mark.model
def test_use_gives_a_word_and_its_translation_a_high_cosine() -> None:
    vectors = crossterms.word_vectors()
    assert vectors is not None
    pairs = [("reservoir", "водохранилища"), ("loan", "кредит"), ("gas", "газа"), ("commission", "комиссии")]
    same = vectors([a for a, _ in pairs]) @ vectors([b for _, b in pairs]).T
    assert all(same[i, i] >= 0.65 for i in range(len(pairs)))
    assert all(same[i, i] > np.delete(same[i], i).max() for i in range(len(pairs)))
    assert says_terms(["reservoir", "filling"], content_words("Заполнение водохранилища начнётся весной.", "ru"), vectors, 0.65)
    assert not says_terms(["reservoir", "filling"], content_words("Соглашение подписали в Москве.", "ru"), vectors, 0.65)


def test_a_question_of_no_detected_language_reads_every_passage_as_its_own(settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A terse question whose language is not detected is checked on every passage as one in its language:
    no passage of it is "in another language", so the word check never applies (it refused XQuAD's
    "Where did British settlers live?" when it did)."""
    from assistant.answer import Assistant
    from assistant.encoders import COMPOSITE, MINILM
    from assistant.ingest.language import detect_language
    from assistant.search.retrieval import Candidate
    from tests.test_channels import ENGLISH_DOCS, composite, index_with

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)  # were the check consulted, it would refuse
    question = "When did railway work begin?"
    assert detect_language(question) == ""
    emb = composite()
    index = index_with(emb, ENGLISH_DOCS, settings)
    bot = Assistant(settings.replace(model_id=COMPOSITE, abstention_model="rule"), emb, index)
    row = {index.chunks[r].doc_id: r for r in range(len(index.chunks))}
    cands = [Candidate(row=row[d], score=1.0 - i / 10, dense=0.6, lexical=0.0, sentence=0.6, channel=MINILM,
                       sentence_row=index.sentences.chunk_sentences(row[d]).start)
             for i, d in enumerate(("summit", "railway"))]
    assert not bot._abstain(index, cands, question)  # the second passage, "Work began in 2025", answers it


def test_warm_loads_the_word_model_once_when_there_is_one(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[list[str]] = []
    vectors = WordVectors(lambda words: seen.append(list(words)) or np.ones((len(words), 4), dtype=np.float32))
    monkeypatch.setattr(crossterms, "word_vectors", lambda: vectors)
    assert crossterms.warm() and seen == [["warm"]]
    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    assert not crossterms.warm()


def test_term_shares_count_the_question_s_words_each_passage_says() -> None:
    asked = ["people", "commission", "headworks", "river"]
    passages = [["комиссии", "человек", "реке"], ["дорога", "реке"], []]
    shares = crossterms.term_shares(asked, passages, fake_vectors(), 0.65)
    assert shares.tolist() == pytest.approx([0.75, 0.25, 0.0])
    weighted = crossterms.term_shares(asked, passages, fake_vectors(), 0.65, np.array([1.0, 1.0, 1.0, 5.0]))
    assert weighted.tolist() == pytest.approx([7 / 8, 5 / 8, 0.0])  # "river" weighs 5 of 8
    assert crossterms.term_shares([], [["комиссии"]], fake_vectors(), 0.65).tolist() == [0.0]


def test_a_russian_passage_saying_the_question_s_words_gains_in_a_mixed_pool(settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """cross_terms_weight adds its share of the question's words, said in its language, to an
    other-language passage's lexical term, as BM25 does for shared words in one language; no
    passage in the question's language moves, and at 0 nothing does."""
    from assistant.encoders import COMPOSITE
    from assistant.search.retrieval import Retriever
    from tests.test_channels import ENGLISH_DOCS, composite, doc, index_with

    monkeypatch.setattr(crossterms, "word_vectors", fake_vectors)
    emb = composite()
    russian = [doc("isfara", "Головной водозабор на реке перейдёт под управление совместной комиссии из 12 человек.", "ru"),
               doc("road", "Дорогу в долине отремонтируют за 12 месяцев, сообщили в министерстве.", "ru")]
    index = index_with(emb, [*ENGLISH_DOCS, *russian], settings)
    question = "How many people will sit on the commission that runs the river headworks?"

    def scored(weight: float, **more: float) -> dict[str, float]:
        got = Retriever(index, emb, settings.replace(model_id=COMPOSITE, cross_terms_weight=weight, **more)).search(question, 8)
        return {index.chunks[c.row].doc_id: c.score for c in got}

    plain, weighted = scored(0.0), scored(2.0)
    lexical_share = 1 - settings.dense_weight
    # people, commission, river, headworks ("водозабор") are said; "runs" ("управление") is not: each
    # word counts by its idf
    words = crossterms.content_words(question, "en")
    store = Retriever(index, emb, settings.replace(model_id=COMPOSITE)).store
    idf = np.array([max((store.idf(t) for t in tokenize(w)), default=0.0) for w in words])
    said = crossterms.term_shares(words, [crossterms.content_words(russian[0].text, "ru")], fake_vectors(), 0.65, idf)[0]
    assert 0.5 <= said < 1
    assert weighted["isfara"] == pytest.approx(plain["isfara"] + lexical_share * 2.0 * said, abs=1e-9)
    assert weighted["road"] == pytest.approx(plain["road"], abs=1e-9)  # says none of them
    for doc_id in plain.keys() - {"isfara", "road"}:  # the English passages keep their scores
        assert weighted[doc_id] == pytest.approx(plain[doc_id], abs=1e-9)
    assert scored(2.0, cross_language_terms=0.0) == pytest.approx(plain)  # no word check: no feature either
    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    assert scored(2.0) == pytest.approx(plain)  # no word model: the feature is left out


def test_cross_terms_leave_a_pool_in_one_language_untouched(settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.encoders import COMPOSITE
    from assistant.search.retrieval import Retriever
    from tests.test_channels import ENGLISH_DOCS, composite, index_with

    calls: list[int] = []

    def counting() -> WordVectors:
        calls.append(1)
        return fake_vectors()

    monkeypatch.setattr(crossterms, "word_vectors", counting)
    emb = composite()
    english = index_with(emb, ENGLISH_DOCS, settings)
    question = "What is the capacity of the pipeline from Turkmenistan to China?"
    runs = [[(c.row, c.score) for c in Retriever(english, emb, settings.replace(model_id=COMPOSITE, cross_terms_weight=w))
             .search(question, 5)] for w in (0.0, 2.0)]
    assert runs[0] == runs[1] and not calls  # bit-identical, and the word model never asked


def test_warm_words_fills_the_cache_for_a_mixed_index_only(settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.encoders import COMPOSITE
    from assistant.search.retrieval import Retriever
    from tests.test_channels import ENGLISH_DOCS, composite, doc, index_with

    asked: list[str] = []
    vectors = fake_vectors()
    encode = vectors._encode
    vectors._encode = lambda words: (asked.extend(words), encode(words))[1]  # type: ignore[method-assign]
    monkeypatch.setattr(crossterms, "word_vectors", lambda: vectors)
    emb = composite()
    mixed = index_with(emb, [*ENGLISH_DOCS, doc("isfara", "Водозабор на реке перейдёт под управление комиссии.", "ru")],
                       settings)
    retriever = Retriever(mixed, emb, settings.replace(model_id=COMPOSITE))
    assert retriever.warm_words() == len(set(asked)) > 0
    assert {"водозабор", "комиссии", "pipeline"} <= set(asked)  # both languages' words
    assert Retriever(mixed, emb, settings.replace(model_id=COMPOSITE, cross_terms_weight=0)).warm_words() == 0
    english = index_with(emb, ENGLISH_DOCS, settings)
    assert Retriever(english, emb, settings.replace(model_id=COMPOSITE)).warm_words() == 0


def test_the_lift_never_takes_a_passage_past_the_best_one_in_the_question_s_language() -> None:
    fused = np.array([2.0, 1.0, 1.5, 0.5, 2.5])
    same = np.array([True, True, False, False, False])
    lift = np.array([0.0, 0.0, 1.0, 0.8, 0.2])
    got = crossterms.lift_behind(fused, lift, same)
    assert got[2] < 2.0 and got[2] == pytest.approx(2.0)  # 2.5 capped just below the best same-language 2.0
    assert got[3] == pytest.approx(1.3)  # the full lift, past the lower same-language passage (1.0)
    assert got[4] == pytest.approx(2.7)  # already ahead of it without the lift: lifted in full
    assert got[:2].tolist() == [2.0, 1.0]  # same-language passages never move
    assert crossterms.lift_behind(fused, lift, np.zeros(5, dtype=bool)).tolist() == pytest.approx((fused + lift).tolist())


def test_the_word_cache_starts_again_past_its_size() -> None:
    calls: list[list[str]] = []

    def encode(words: list[str]) -> np.ndarray:
        calls.append(list(words))
        return np.ones((len(words), 4), dtype=np.float32)

    vectors = WordVectors(encode, keep=3)
    vectors(["gas", "oil", "coal"])
    vectors(["gas", "uranium"])  # a fourth word: only this call's words are kept, then it is added
    vectors(["gas", "oil"])  # "oil" was dropped: encoded again; "gas" was kept
    assert calls == [["gas", "oil", "coal"], ["uranium"], ["oil"]]


def test_warm_words_stops_at_its_limit_and_row_words_are_bounded(settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.encoders import COMPOSITE
    from assistant.search import retrieval
    from assistant.search.retrieval import Retriever
    from tests.test_channels import ENGLISH_DOCS, composite, doc, index_with

    monkeypatch.setattr(crossterms, "word_vectors", fake_vectors)
    emb = composite()
    mixed = index_with(emb, [*ENGLISH_DOCS, doc("isfara", "Водозабор на реке перейдёт под управление комиссии.", "ru")],
                       settings)
    retriever = Retriever(mixed, emb, settings.replace(model_id=COMPOSITE))
    assert retriever.warm_words(limit=4) == 4
    monkeypatch.setattr(retrieval, "ROWS_KEPT", 2)
    fresh = Retriever(mixed, emb, settings.replace(model_id=COMPOSITE))
    for row in range(len(mixed.chunks)):
        assert fresh._words(row) == crossterms.content_words(mixed.chunks[row].text,
                                                             mixed.documents[mixed.chunks[row].doc_id].language or "en")
        assert len(fresh._row_words) <= 2


def test_the_question_s_closeness_to_each_best_sentence_moves_a_mixed_pool(settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """sentence_use_weight adds the z-scored cosine (by the multilingual model) between the question and each
    passage's best sentence to its fused score, in a pool that mixes languages; at 0, or without the model,
    nothing moves."""
    from assistant.encoders import COMPOSITE
    from assistant.search.retrieval import Retriever, zscore
    from tests.test_channels import ENGLISH_DOCS, composite, doc, index_with

    question = "How many people will sit on the commission that runs the river headworks?"

    def encode(texts: list[str]) -> np.ndarray:  # the question and the headworks sentence share an axis
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i, 0 if text == question or "водозабор" in text.lower() else 1 + i % 3] = 1.0
        return out

    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)  # the word feature off: only the sentences move
    emb = composite()
    russian = [doc("isfara", "Головной водозабор на реке перейдёт под управление совместной комиссии из 12 человек.", "ru"),
               doc("road", "Дорогу в долине отремонтируют за 12 месяцев, сообщили в министерстве.", "ru")]
    index = index_with(emb, [*ENGLISH_DOCS, *russian], settings)

    def scored(weight: float) -> dict[int, float]:
        found = Retriever(index, emb, settings.replace(model_id=COMPOSITE, sentence_use_weight=weight)).search(question, 8)
        return {c.row: c.score for c in found}

    plain = scored(0.0)
    assert scored(0.5) == pytest.approx(plain)  # no model: no feature
    fake = WordVectors(encode)
    monkeypatch.setattr(crossterms, "sentence_vectors", lambda: fake)
    weighted = scored(0.5)
    assert scored(0.0) == pytest.approx(plain)
    isfara = next(r for r in plain if index.chunks[r].doc_id == "isfara")
    road = next(r for r in plain if index.chunks[r].doc_id == "road")
    assert weighted[isfara] - plain[isfara] > 0.5 and weighted[road] < plain[road] + 1e-9
    shifts = np.array([weighted[r] - plain[r] for r in plain])
    assert np.allclose(zscore(shifts / 0.5), shifts / 0.5, atol=1e-6)  # one z-scored feature, times the weight


def test_the_sentence_cache_follows_the_word_model(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first, second = fake_vectors(), fake_vectors()
    monkeypatch.setattr(crossterms, "word_vectors", lambda: first)
    held = crossterms.sentence_vectors()
    assert held is not None and crossterms.sentence_vectors() is held and held is not first
    monkeypatch.setattr(crossterms, "word_vectors", lambda: second)
    assert crossterms.sentence_vectors() is not held
    monkeypatch.setattr(crossterms, "word_vectors", lambda: None)
    assert crossterms.sentence_vectors() is None
