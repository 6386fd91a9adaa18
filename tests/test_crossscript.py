"""Names shared across scripts (search/crossscript.py) and their place in the fusion of a mixed pool."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.encoders import COMPOSITE
from assistant.search.crossscript import (
    CrossScriptIndex,
    WrittenNames,
    keys_match,
    latin_keys,
    name_keys,
    same_name,
)
from assistant.search.retrieval import Retriever, lexical_feature, zscore
from tests.test_channels import ENGLISH_DOCS, composite, doc, index_with


def matches(a: str, b: str) -> bool:
    return any(keys_match(x, y) for x in latin_keys(a) for y in latin_keys(b))


@pytest.mark.parametrize("latin, cyrillic", [
    ("Isfara", "Исфара"), ("Balkhash's", "Балхаша"), ("Tajikistan", "Таджикистана"), ("Kuryk", "Курыке"),
    ("Ankara", "Анкарой"), ("Qatar", "Катаром"), ("Kyrgyzstan", "Кыргызстане"), ("Turkmengaz", "«Туркменгазу»"),
])
def test_a_name_matches_its_inflected_form_in_the_other_script(latin: str, cyrillic: str) -> None:
    assert matches(latin, cyrillic)


@pytest.mark.parametrize("a, b", [("nuclear", "ядерной"), ("Kuryk", "курорт"), ("Balkhash", "баланс"), ("river", "реке")])
def test_different_words_do_not_match(a: str, b: str) -> None:
    assert not matches(a, b)


@pytest.mark.parametrize("a, b, same", [
    ("Balkhash", "Балхаша", True), ("Kyrgyzstan", "Кыргызстаном", True), ("Turkey", "Турции", True),
    ("Turkey", "Туркменистан", False), ("Samarkand", "Самаркандской", False), ("Riyadh", "Эр-Рияде", True),
])
def test_a_name_for_the_evidence_check_leaves_at_most_two_letters_on_each_side(a: str, b: str, same: bool) -> None:
    assert any(same_name(x, y) for x in latin_keys(a) for y in latin_keys(b)) is same
    assert matches(a, b) or not same  # stricter than the retrieval's match


def test_written_names_are_those_a_language_writes_in_its_own_script() -> None:
    written = WrittenNames([("Водозабор на реке Исфара и доклад «Central Asia Water Outlook» в Душанбе.", "ru"),
                            ("Головной водозабор перейдёт под управление комиссии.", "ru"),
                            ("The Isfara headworks and Dushanbe.", "en"), ("Водозабор", None)])
    assert written.writes("ru", "Isfara") == {"isfara"} and written.writes("ru", "Dushanbe's") == {"dushanbe"}
    assert written.writes("ru", "Outlook") == frozenset()  # quoted in Latin letters only
    assert written.writes("en", "Исфары") == {"isfari"} and written.writes("en", "Бухары") == frozenset()
    assert written.in_own_script("en", "qatar") and not written.in_own_script("ru", "qatar")
    assert written.writes("de", "Isfara") == frozenset()  # no passage in that language


@pytest.mark.parametrize("latin, cyrillic", [
    ("Ekibastuz", "Экибастузской"), ("Uzbek", "узбекских"), ("Caspian", "Каспийское"), ("Samarkand", "Самаркандской"),
    ("Andijan", "Андижанскую"), ("Tajik", "таджикском"),
])
def test_an_adjective_made_from_a_name_names_it_for_the_evidence_check_only(latin: str, cyrillic: str) -> None:
    assert any(same_name(x, y) for x in latin_keys(latin) for y in name_keys(cyrillic))
    assert not any(same_name(x, y) for x in latin_keys(latin) for y in latin_keys(cyrillic))  # the ranking's keys: unchanged
    assert latin_keys(cyrillic) <= name_keys(cyrillic)


@pytest.mark.parametrize("a, b, same", [
    ("Zarak", "Заракстане", True), ("Velmen", "Вельменистана", True), ("Zarakstan", "заракских", True),
    ("Zarak", "заракстанской", True), ("Velmenistan's", "вельменов", False),  # a plural is no adjective
    ("Zarak", "Заракостан", False), ("Zarak", "Заракстанами", False), ("Turkey", "Туркменистан", False),
])
def test_a_people_and_its_place_are_one_name_for_the_evidence_check(a: str, b: str, same: bool) -> None:
    assert any(same_name(x, y) for x in name_keys(a) for y in name_keys(b)) is same


@pytest.mark.parametrize("word", ["доской", "плоские", "Москвой", "Европой"])
def test_a_word_that_is_no_adjective_of_four_letters_or_more_gives_no_other_key(word: str) -> None:
    assert name_keys(word) == latin_keys(word)


def test_a_hyphenated_latin_name_also_reads_as_the_one_word_russian_writes() -> None:
    written = WrittenNames([("The Trans-Afghan railway would cross Afghanistan to Peshawar.", "en")])
    assert written.writes("en", "Трансафганской") == {"transafgan"}  # "gh" is written "г"
    assert written.writes("en", "Афганистана") == {"afganistana"}
    assert "transafgan" in name_keys("the Trans-Afghan line") and "transafgan" not in latin_keys("the Trans-Afghan line")
    assert written.writes("en", "Транскаспийский") == frozenset()  # not written there


def test_short_words_and_numbers_make_no_key() -> None:
    assert latin_keys("On 6 June 2024 the 201st unit of EU and ЕС met") == frozenset({"june", "unit"})


def test_a_passage_scores_the_idf_share_of_the_question_keys_it_holds() -> None:
    texts = ["Kazakhstan and the Isfara river headworks", "Kazakhstan, the river and its headworks",
             "Kazakhstan signed a deal", "Водозабор на реке Исфара", "Казахстан подписал договор"]
    index = CrossScriptIndex(texts)
    found = index.scores("Who in Kazakhstan runs the headworks on the Isfara river?", [3, 4])
    idf = {n: np.log(1 + (5 - n + 0.5) / (n + 0.5)) for n in (2, 4)}  # Isfara in 2 rows; Kazakhstan in 4
    total = 2 * idf[2] + idf[2] + idf[4]  # "river" and "headworks" (2 rows each) count in the total too
    assert found[3] == pytest.approx(idf[2] / total)  # the rare name
    assert found[4] == pytest.approx(idf[4] / total)  # the common one: less
    assert found[3] > 2 * found[4]
    assert index.scores("Who runs the dam?", [3, 4]) == {}  # no question key held anywhere


def test_lexical_feature_adds_the_cross_script_share_to_other_language_passages_only() -> None:
    bm25 = np.array([9.0, 5.0, 1.0, 0.0, 0.0])
    semantic = np.array([0.9, 0.3, -1.0, 0.6, -0.8])
    same = np.array([True, True, True, False, False])
    cross = np.array([0.7, 0.7, 0.0, 1.5, 0.0])  # whatever it says for same-language rows is ignored
    out = lexical_feature(bm25, semantic, same, cross)
    assert np.allclose(out[same], zscore(bm25[same]))
    assert np.allclose(out[~same], semantic[~same] + cross[~same])
    assert np.allclose(lexical_feature(bm25, semantic, np.ones(5, bool), cross), zscore(bm25))  # one language


RUSSIAN_DOCS = [
    doc("isfara", "Головной водозабор на реке Исфара перейдёт под управление совместной комиссии.", "ru"),
    doc("vakhsh", "Головной водозабор на реке Вахш перейдёт под управление областной комиссии.", "ru"),
]


def test_a_russian_passage_holding_the_questions_name_gains_in_a_mixed_pool(settings) -> None:  # type: ignore[no-untyped-def]
    question = "Who will manage the water intake on the Isfara river?"
    emb = composite()
    index = index_with(emb, [*ENGLISH_DOCS, *RUSSIAN_DOCS], settings)

    def scored(weight: float) -> dict[str, float]:
        got = Retriever(index, emb, settings.replace(model_id=COMPOSITE, cross_script_weight=weight)).search(question, 8)
        return {index.chunks[c.row].doc_id: c.score for c in got}

    plain, weighted = scored(0.0), scored(2.0)
    row = next(r for r, c in enumerate(index.chunks) if c.doc_id == "isfara")
    share = CrossScriptIndex([c.text for c in index.chunks]).scores(question, [row])[row]
    assert share > 0.2
    lexical_share = 1 - settings.dense_weight
    assert weighted["isfara"] == pytest.approx(plain["isfara"] + lexical_share * 2.0 * share, abs=1e-9)  # the name
    for doc_id in plain.keys() - {"isfara"}:  # no other passage moves
        assert weighted[doc_id] == pytest.approx(plain[doc_id], abs=1e-9)
    assert weighted["isfara"] > weighted["vakhsh"]


def test_an_english_only_pool_is_untouched(settings) -> None:  # type: ignore[no-untyped-def]
    question = "What is the capacity of the pipeline from Turkmenistan to China?"
    emb = composite()
    english = index_with(emb, ENGLISH_DOCS, settings)
    runs = []
    for weight in (0.0, 2.0):
        retriever = Retriever(english, emb, settings.replace(model_id=COMPOSITE, cross_script_weight=weight))
        runs.append([(c.row, c.score) for c in retriever.search(question, 5)])
        assert retriever._cross_script is None  # never built for a pool in one language
    assert runs[0] == runs[1]  # bit-identical


def test_passages_of_another_language_naming_a_rare_name_of_the_question_are_candidates() -> None:
    from assistant.search.crossscript import NAMED_SHARE, CrossScriptIndex

    filler = [f"Ferries cross the northern sea to Lornaport every week, report number {n}." for n in range(300)]
    texts = [*filler, "The desalination plant at Veldkuryk will cost 300 million dollars.",
             "Опреснительный завод в Вельдкурыке обойдётся в 300 миллионов долларов."]
    index = CrossScriptIndex(texts)
    english = [True] * (len(texts) - 1) + [False]  # the rows of another language than the question's
    question = "Во сколько обойдётся опреснительный завод в Вельдкурыке?"
    assert index.naming(question, english, 20, NAMED_SHARE) == [300]
    common = "Сколько паромов в неделю ходит в Лорнапорт?"  # a name every passage holds brings none
    assert index.naming(common, english, 20, NAMED_SHARE) == []
