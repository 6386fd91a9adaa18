"""Two models in one index: each (question, passage) pair scored by its channel (fake embedders, fast)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pytest

from assistant.answer import Assistant
from assistant.build import build_index, check_index, index_documents
from assistant.encoders import COMPOSITE, E5_SMALL, MINILM
from assistant.encoders.composite import CompositeEmbedder
from assistant.records import Document
from assistant.search.channels import (
    ACROSS_ROWS,
    ENGLISH,
    MULTILINGUAL,
    OTHER_LANGUAGE_DEPTH,
    Channels,
    is_english,
)
from assistant.search.retrieval import Retriever
from assistant.sentences import chunk_vectors
from tests.conftest import FakeEmbedder

# a handful of Russian words the "multilingual" fake maps onto English ones (its whole vocabulary across languages)
GLOSSARY = {"газопровод": "pipeline", "газопровода": "pipeline", "китай": "china", "китая": "china",
            "туркменистан": "turkmenistan", "туркменистана": "turkmenistan", "мощность": "capacity",
            "мощности": "capacity", "кубометров": "cubic", "миллиардов": "billion"}


class EnglishFake(FakeEmbedder):
    """Hashed bag of words, English only (stands for all-MiniLM-L6-v2)."""

    def __init__(self) -> None:
        super().__init__(dim=32)
        self.model_id = MINILM


class MultilingualFake(FakeEmbedder):
    """Hashed bag of words after a small Russian -> English glossary (stands for multilingual-e5-small)."""

    def __init__(self) -> None:
        super().__init__(dim=48)
        self.model_id = E5_SMALL

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        glossed = [" ".join(GLOSSARY.get(w, w) for w in re.findall(r"\w+", t.lower())) + " shared" for t in texts]
        return super().encode(glossed, progress=progress)


def composite() -> CompositeEmbedder:
    return CompositeEmbedder(EnglishFake(), MultilingualFake(), model_id=COMPOSITE)


def doc(doc_id: str, text: str, language: str, title: str | None = None) -> Document:
    return Document(doc_id=doc_id, source=f"corpus/{doc_id}.txt", title=doc_id.title() if title is None else title,
                    text=text, raw_hash=doc_id, language=language)


ENGLISH_DOCS = [
    doc("pipeline", "The Central Asia China pipeline from Turkmenistan carries gas east. Its capacity is 55 billion "
        "cubic metres a year after the fourth line.\n\nTurkmenistan sells most of its gas to China.", "en"),
    doc("railway", "The railway from China through Kyrgyzstan to Uzbekistan will end in Andijan. Work began in "
        "2025 after years of talks.\n\nFinancing remains the main open question.", "en"),
    doc("summit", "The leaders met in Astana for a summit on water and energy. They signed a declaration on the "
        "Aral Sea.\n\nThe next summit will be held in Dushanbe.", "en"),
]
RUSSIAN_DOC = doc("gazoprovod", "Мощность газопровода из Туркменистана в Китай составит шестьдесят пять миллиардов "
                  "кубометров. Строительство четвёртой нитки продолжается.\n\nТуркменистан остаётся главным "
                  "поставщиком газа для Китая.", "ru")


def index_with(embedder, documents, settings):  # type: ignore[no-untyped-def]
    return index_documents(documents, settings.replace(model_id=embedder.model_id), embedder)


def candidates(embedder, documents, settings, question: str, k: int = 5):  # type: ignore[no-untyped-def]
    index = index_with(embedder, documents, settings)
    return Retriever(index, embedder, settings.replace(model_id=embedder.model_id)).search(question, k)


def test_composite_dimension_and_halves_come_from_the_models() -> None:
    emb = composite()
    assert emb.dim == 32 + 48 and emb.segments == (32, 48)
    vectors = emb.encode_passages(["Gas flows from Turkmenistan to China.", "Газопровод в Китай."])
    halves = vectors[:, :32], vectors[:, 32:]
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    for half in halves:  # each model's vector kept whole, at length 1/sqrt(2)
        assert np.allclose(np.linalg.norm(half, axis=1), 2 ** -0.5, atol=1e-5)
    assert np.allclose(halves[0][0] * 2 ** 0.5, EnglishFake().encode_passages(["Gas flows from Turkmenistan to China."])[0], atol=1e-6)
    assert "+" in emb.model_version


def test_chunk_vectors_normalise_each_half_apart() -> None:
    rng = np.random.default_rng(3)
    sentences = rng.normal(size=(5, 10)).astype(np.float32)
    out = chunk_vectors(sentences, np.array([0, 2, 5]), (4, 6))
    assert np.allclose(np.linalg.norm(out[:, :4], axis=1), 2 ** -0.5, atol=1e-5)
    assert np.allclose(np.linalg.norm(out[:, 4:], axis=1), 2 ** -0.5, atol=1e-5)
    plain = chunk_vectors(sentences, np.array([0, 2, 5]))
    assert np.allclose(np.linalg.norm(plain, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(plain[:, :4] / np.linalg.norm(plain[:, :4], axis=1, keepdims=True) * 2 ** -0.5, plain[:, :4])


def test_english_question_over_english_passages_is_scored_by_the_english_model_alone(settings) -> None:  # type: ignore[no-untyped-def]
    question = "What is the capacity of the pipeline from Turkmenistan to China?"
    got = candidates(composite(), ENGLISH_DOCS, settings, question)
    alone = candidates(EnglishFake(), ENGLISH_DOCS, settings, question)
    other = candidates(MultilingualFake(), ENGLISH_DOCS, settings, question)
    assert [c.row for c in got] == [c.row for c in alone]
    assert np.allclose([c.dense for c in got], [c.dense for c in alone], atol=1e-5)
    assert np.allclose([c.sentence for c in got], [c.sentence for c in alone], atol=1e-5)
    assert np.allclose([c.score for c in got], [c.score for c in alone], atol=1e-5)
    assert not np.allclose([c.dense for c in got], [c.dense for c in other][: len(got)], atol=1e-3)
    assert {c.channel for c in got} == {MINILM}


class CountingFake(MultilingualFake):
    """The multilingual fake, counting the questions it is asked to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.questions: list[str] = []

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.questions.extend(texts)
        return self.encode(texts)


def test_the_multilingual_model_encodes_a_question_only_when_a_pair_reads_it(settings) -> None:  # type: ignore[no-untyped-def]
    english_q = "What is the capacity of the pipeline from Turkmenistan to China?"
    russian_q = "Какова мощность газопровода из Туркменистана в Китай?"
    for documents, question, needed in [(ENGLISH_DOCS, english_q, False), (ENGLISH_DOCS, russian_q, True),
                                        ([*ENGLISH_DOCS, RUSSIAN_DOC], english_q, True)]:
        multilingual = CountingFake()
        emb = CompositeEmbedder(EnglishFake(), multilingual, model_id=COMPOSITE)
        index = index_with(emb, documents, settings)
        retriever = Retriever(index, emb, settings.replace(model_id=COMPOSITE))
        got = retriever.search(question, 5)
        assert (question in multilingual.questions) is needed, (question, len(documents))
        full = retriever.search(question, 5, query_vector=emb.encode_queries([question])[0])
        assert [(c.row, round(c.score, 6), round(c.sentence, 6)) for c in got] == \
            [(c.row, round(c.score, 6), round(c.sentence, 6)) for c in full]


def test_russian_question_is_scored_by_the_multilingual_model_alone(settings) -> None:  # type: ignore[no-untyped-def]
    settings = settings.replace(title_weight=0.0)  # the composite alone mixes titles in (test_titles_*)
    question = "Какова мощность газопровода из Туркменистана в Китай?"
    got = candidates(composite(), ENGLISH_DOCS, settings, question)
    alone = candidates(MultilingualFake(), ENGLISH_DOCS, settings, question)
    english = candidates(EnglishFake(), ENGLISH_DOCS, settings, question)
    assert [c.row for c in got] == [c.row for c in alone]
    assert np.allclose([c.dense for c in got], [c.dense for c in alone], atol=1e-5)
    assert np.allclose([c.sentence for c in got], [c.sentence for c in alone], atol=1e-5)
    assert not np.allclose([c.dense for c in got][: len(english)], [c.dense for c in english][: len(got)], atol=1e-3)
    assert {c.channel for c in got} == {E5_SMALL}


def test_mixed_pool_each_pair_by_its_channel(settings) -> None:  # type: ignore[no-untyped-def]
    settings = settings.replace(title_weight=0.0)  # the composite alone mixes titles in (test_titles_*)
    documents = [*ENGLISH_DOCS, RUSSIAN_DOC]
    question = "What is the capacity of the pipeline from Turkmenistan to China?"
    emb = composite()
    index = index_with(emb, documents, settings)
    got = Retriever(index, emb, settings.replace(model_id=COMPOSITE)).search(question, 6)
    by_doc = {index.chunks[c.row].doc_id: c for c in got}
    assert "gazoprovod" in by_doc  # found across languages, by the multilingual channel
    assert by_doc["gazoprovod"].channel == E5_SMALL
    assert all(c.channel == MINILM for d, c in by_doc.items() if d != "gazoprovod")
    # each cosine is the one its model gives alone
    english_alone = {index_with(EnglishFake(), ENGLISH_DOCS, settings).chunks[c.row].doc_id: c.dense
                     for c in candidates(EnglishFake(), ENGLISH_DOCS, settings, question, 6)}
    for d, c in by_doc.items():
        if d in english_alone:
            assert c.dense == pytest.approx(english_alone[d], abs=1e-5)
    ml = MultilingualFake()
    ml_index = index_with(ml, documents, settings)
    ml_alone = {ml_index.chunks[c.row].doc_id: c.dense for c in Retriever(ml_index, ml, settings).search(question, 6)}
    assert by_doc["gazoprovod"].dense == pytest.approx(ml_alone["gazoprovod"], abs=1e-5)


def test_english_pairs_of_a_mixed_pool_carry_the_channel_offset(settings) -> None:  # type: ignore[no-untyped-def]
    question = "What is the capacity of the pipeline from Turkmenistan to China?"
    emb = composite()
    index = index_with(emb, [*ENGLISH_DOCS, RUSSIAN_DOC], settings)

    def scores(offset: float) -> dict[int, tuple[float, str]]:
        got = Retriever(index, emb, settings.replace(model_id=COMPOSITE, channel_offset=offset)).search(question, 8)
        return {c.row: (c.score, c.channel) for c in got}

    plain, shifted = scores(0.0), scores(0.7)
    assert {ch for _, ch in plain.values()} == {MINILM, E5_SMALL}  # a mixed pool
    for row, (score, channel) in plain.items():  # only the English pairs move, by exactly the offset
        assert shifted[row][0] == pytest.approx(score + (0.7 if channel == MINILM else 0.0), abs=1e-9)
    # an English-only pool is scored as MiniLM alone would score it: no offset
    english = index_with(emb, ENGLISH_DOCS, settings)
    a, b = (Retriever(english, emb, settings.replace(model_id=COMPOSITE, channel_offset=o)).search(question, 5)
            for o in (0.0, 0.7))
    assert [c.score for c in a] == pytest.approx([c.score for c in b], abs=1e-9)


def test_undetected_latin_text_counts_as_english() -> None:
    assert is_english("en") and not is_english("ru")
    assert is_english("", "Tokayev Xi pipeline 2023")
    assert not is_english("", "Токаев Си газопровод")


def test_abstention_holds_each_pair_to_its_channels_floor(settings) -> None:  # type: ignore[no-untyped-def]
    from assistant.search.retrieval import Candidate

    bot = Assistant.__new__(Assistant)
    bot.settings = settings.replace(model_id=COMPOSITE, evidence_depth=2)
    bot.embedder = composite()

    def cand(row: int, sentence: float, channel: str) -> Candidate:
        return Candidate(row=row, score=1.0 - row, dense=sentence, lexical=0.0, sentence=sentence, channel=channel)

    # MiniLM's floor is 0.42, e5's 0.30 (assistant.encoders): 0.35 is far for MiniLM, near for e5
    assert bot._far([cand(0, 0.35, MINILM), cand(1, 0.20, E5_SMALL)])
    assert not bot._far([cand(0, 0.35, E5_SMALL), cand(1, 0.20, MINILM)])
    assert not bot._far([cand(0, 0.20, E5_SMALL), cand(1, 0.45, MINILM)])
    assert bot._floor_of_best([cand(0, 0.35, E5_SMALL), cand(1, 0.40, MINILM)]) == 0.42  # the best sentence is MiniLM's
    # one model in the index: its own floor for every passage, as before
    bot.settings, bot.embedder = settings.replace(evidence_depth=2), EnglishFake()
    assert bot._far([cand(0, 0.35, ""), cand(1, 0.20, "")]) == (0.35 < bot.cosine_floor)


def test_manifest_records_the_composite_and_a_model_change_reembeds(settings) -> None:  # type: ignore[no-untyped-def]
    emb = composite()
    composite_settings = settings.replace(model_id=COMPOSITE)
    build_index(composite_settings, emb)
    assert check_index(composite_settings, emb) == []
    from assistant.store.index import load_index

    manifest = load_index(settings.index_dir).manifest
    assert manifest.settings["model_id"] == COMPOSITE and manifest.settings["dim"] == 80
    assert manifest.settings["model_version"] == emb.model_version
    english = EnglishFake()
    differences = check_index(settings.replace(model_id=english.model_id), english)
    assert any("model_id" in d for d in differences) and any("dim" in d for d in differences)
    english.embedded.clear()
    build_index(settings.replace(model_id=english.model_id), english)
    assert english.embedded  # embedded again with the new model


def test_english_pairs_of_a_mixed_pool_share_the_multilingual_scale(settings) -> None:  # type: ignore[no-untyped-def]
    """shared_channel_weight mixes each English pair's e5 z-score into its semantic score (mixed pools only)."""
    question = "What is the capacity of the pipeline from Turkmenistan to China?"
    emb = composite()
    index = index_with(emb, [*ENGLISH_DOCS, RUSSIAN_DOC], settings)

    def scored(weight: float):  # type: ignore[no-untyped-def]
        retriever = Retriever(index, emb, settings.replace(model_id=COMPOSITE, shared_channel_weight=weight))
        return {c.row: c for c in retriever.search(question, 8)}

    plain, half, full = scored(0.0), scored(0.5), scored(1.0)
    assert {c.channel for c in plain.values()} == {MINILM, E5_SMALL}
    w = settings.dense_weight
    moved = False
    common = [row for row in plain if row in half and row in full]
    assert len(common) >= 3
    for row in common:
        c = plain[row]
        if c.channel == E5_SMALL:  # the other pairs keep their score
            assert half[row].score == pytest.approx(c.score, abs=1e-9)
            continue
        # the score is linear in the weight, and the cosines shown stay MiniLM's
        assert half[row].score == pytest.approx((c.score + full[row].score) / 2, abs=1e-9)
        assert half[row].dense == pytest.approx(c.dense, abs=1e-9)
        moved = moved or abs(full[row].score - c.score) > 1e-6 * w
    assert moved
    # an English-only pool is scored as MiniLM alone would score it, whatever the weight
    english = index_with(emb, ENGLISH_DOCS, settings)
    a, b = (Retriever(english, emb, settings.replace(model_id=COMPOSITE, shared_channel_weight=x)).search(question, 5)
            for x in (0.0, 1.0))
    assert [c.score for c in a] == pytest.approx([c.score for c in b], abs=1e-9)


def test_shared_channel_weight_outside_zero_to_one_is_refused() -> None:
    from assistant.errors import AssistantError
    from assistant.settings import Settings

    for bad in (-0.1, 1.5):
        with pytest.raises(AssistantError, match="shared_channel_weight"):
            Settings().replace(shared_channel_weight=bad).validated()


def test_an_english_question_gets_its_share_of_other_language_passages() -> None:
    """The multilingual search ranks every English passage above the Russian ones: the English question's
    pool still holds `ACROSS_ROWS` times `k` Russian passages (a passage answering across languages ranks lower in its
    channel), read from a deeper search, best first."""
    english_rows = np.array([True] * 12 + [False] * 8)
    channels = Channels([2, 2], english_rows)
    asked: list[tuple[int, int]] = []

    def search(vector: np.ndarray, n: int) -> list[int]:  # English rows first on the multilingual half
        channel = ENGLISH if vector[:2].any() else MULTILINGUAL
        asked.append((channel, n))
        return list(range(20))[:n]

    rows = channels.dense_rows(search, np.ones(4, dtype=np.float32), True, 5)
    other = [r for r in rows if not english_rows[r]]
    assert other == list(range(12, 12 + min(8, 5 * ACROSS_ROWS)))  # with only the first 5 multilingual rows, none
    assert [r for r in rows if english_rows[r]] == [0, 1, 2, 3, 4]
    assert (MULTILINGUAL, 5 * OTHER_LANGUAGE_DEPTH) in asked and (ENGLISH, 5) in asked


def test_a_russian_question_gets_its_share_of_english_passages() -> None:
    """For a Russian question the multilingual search ranks the Russian passages first: the pool still holds `k`
    Russian ones and `ACROSS_ROWS` times `k` English ones, read from a search `OTHER_LANGUAGE_DEPTH` times deeper, interleaved with its own language's. An
    index in one language is searched to the pool's depth, as before."""
    english_rows = np.array([True] * 12 + [False] * 8)
    asked: list[tuple[int, int]] = []

    def search(vector: np.ndarray, n: int) -> list[int]:  # the Russian rows first on the multilingual half
        asked.append((MULTILINGUAL if vector[2:].any() else ENGLISH, n))
        return (list(range(12, 20)) + list(range(12)))[:n]

    rows = Channels([2, 2], english_rows).dense_rows(search, np.ones(4, dtype=np.float32), False, 5)
    assert [r for r in rows if english_rows[r]] == list(range(5 * ACROSS_ROWS))  # with only the first 5 rows, none
    assert [r for r in rows if not english_rows[r]] == [12, 13, 14, 15, 16]
    assert rows[:2] == [12, 0]  # its own language's best first, then in turn
    assert asked == [(MULTILINGUAL, 5 * OTHER_LANGUAGE_DEPTH)]
    for one_language in (np.zeros(20, dtype=bool), np.ones(20, dtype=bool)):
        asked.clear()
        got = Channels([2, 2], one_language).dense_rows(search, np.ones(4, dtype=np.float32), False, 5)
        assert got == [12, 13, 14, 15, 16] and asked == [(MULTILINGUAL, 5)]


# two Russian articles whose passages leave their subject to the title
UNTITLED_SUBJECT = [
    doc("pipe", "Строительство четвёртой нитки продолжается.", "ru", "Газопровод в Китай"),
    doc("rail", "Строительство второй очереди продолжается.", "ru", "Железная дорога в Узбекистан"),
]


@pytest.mark.parametrize("weight", [0.3, 0.6, 1.0])
def test_titles_lift_a_passage_that_leaves_its_subject_to_its_article_s_title(settings, weight: float) -> None:  # type: ignore[no-untyped-def]
    question = "When will the pipeline to China be finished?"
    emb = composite()
    scores = {}
    for w in (0.0, weight):
        index = index_with(emb, UNTITLED_SUBJECT, settings.replace(title_weight=w))
        got = Retriever(index, emb, settings.replace(model_id=COMPOSITE, title_weight=w)).search(question, 2)
        scores[w] = {index.chunks[c.row].doc_id: c.dense for c in got}
    assert scores[0.0]["pipe"] == pytest.approx(scores[0.0]["rail"], abs=0.05)  # the passages alone: alike
    assert scores[weight]["pipe"] > scores[weight]["rail"] + 0.05  # read with their titles: the pipeline's
    assert scores[weight]["pipe"] > scores[0.0]["pipe"]


def test_titles_change_only_the_multilingual_half_and_keep_its_length(settings) -> None:  # type: ignore[no-untyped-def]
    emb = composite()
    plain = index_with(emb, UNTITLED_SUBJECT, settings.replace(title_weight=0.0))
    titled = index_with(emb, UNTITLED_SUBJECT, settings.replace(title_weight=0.6))
    split = emb.segments[0]
    assert np.allclose(plain.vectors[:, :split], titled.vectors[:, :split])
    assert not np.allclose(plain.vectors[:, split:], titled.vectors[:, split:])
    assert np.allclose(np.linalg.norm(titled.vectors[:, split:], axis=1), np.linalg.norm(plain.vectors[:, split:], axis=1))
    assert np.allclose(titled.sentences.vectors, plain.sentences.vectors)  # the best sentence is read as before


def test_an_article_without_a_title_keeps_its_passages_vectors(settings) -> None:  # type: ignore[no-untyped-def]
    emb = composite()
    untitled = [doc("pipe", "Строительство четвёртой нитки продолжается.", "ru", "")]
    plain = index_with(emb, untitled, settings.replace(title_weight=0.0))
    titled = index_with(emb, untitled, settings.replace(title_weight=0.6))
    assert np.allclose(plain.vectors, titled.vectors)


def test_a_title_weight_out_of_range_is_refused() -> None:
    from assistant.errors import AssistantError
    from assistant.settings import Settings

    with pytest.raises(AssistantError, match="title_weight"):
        Settings.from_env({"ASSISTANT_TITLE_WEIGHT": "-1"})
