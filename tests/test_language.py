"""Russian as a first-class language: detection, mojibake repair, sentences, BM25 analysis, display."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.chunking import sentence_spans
from assistant.ingest.language import detect_language, fix_russian_spans
from assistant.store.lexical import BM25Index, tokenize
from assistant.ingest.mojibake import repair_cyrillic

RU_ARTICLE = (
    "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с председателем КНР в Астане. "
    "Стороны обсудили строительство железной дороги через Кыргызстан и поставки газа. "
    "По словам министра, товарооборот между странами вырос на 12% за год."
)
EN_ARTICLE = (
    "Kazakhstan's president held talks with China's leader in Astana on Tuesday. "
    "The sides discussed a railway through Kyrgyzstan and gas supplies to the east."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RU_ARTICLE, "ru"),
        (EN_ARTICLE, "en"),
        ("Какова роль Китая?", "ru"),
        ("What is China's role?", "en"),
        ("Қазақстан Республикасының Президенті мемлекеттік сапармен келді және келіссөздер жүргізді", ""),
        ("La politique étrangère du Kazakhstan est multivectorielle depuis longtemps, dit le ministre.", ""),
        ("2024 — 12% — 5.2", ""),
    ],
)
def test_language_is_detected(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(("encoding", "wrong"), [("cp1251", "cp1252"), ("cp1251", "latin-1"), ("utf-8", "cp1251"), ("utf-8", "latin-1")])
def test_cyrillic_mojibake_is_repaired(encoding: str, wrong: str) -> None:
    garbled = RU_ARTICLE.encode(encoding).decode(wrong)
    assert garbled != RU_ARTICLE
    assert repair_cyrillic(garbled) == RU_ARTICLE


def test_mojibake_example_from_the_issue() -> None:
    assert repair_cyrillic("Ïðåçèäåíò") == "Президент"


@pytest.mark.parametrize(
    "text",
    ["Café au lait in Zürich, été", "Müller said Ångström «Ça va»", "naïve résumé déjà vu", "Москва и Рим, РСФСР и СССР", EN_ARTICLE],
)
def test_correct_text_is_left_alone(text: str) -> None:
    assert repair_cyrillic(text) == text


def test_cleaning_repairs_mojibake_before_anything_else() -> None:
    from assistant.ingest.cleaning import clean

    garbled = RU_ARTICLE.encode("utf-8").decode("cp1251")
    assert clean(garbled, "text").text == RU_ARTICLE


def test_russian_sentences_keep_initials_titles_and_abbreviations() -> None:
    text = (
        "Президент В. В. Путин прибыл в Астану 5 окт. 2023 г. и встретился с К.-Ж. Токаевым. "
        "Обсудили ок. 20 соглашений, т.е. торговлю, транзит и т. д. Затем выступил проф. Иванов. "
        "«Это важно», — сказал он."
    )
    spans = sentence_spans(text, offset=7)
    sentences = [text[s - 7 : e - 7] for s, e in spans]
    assert sentences == [
        "Президент В. В. Путин прибыл в Астану 5 окт. 2023 г. и встретился с К.-Ж. Токаевым.",
        "Обсудили ок. 20 соглашений, т.е. торговлю, транзит и т. д.",
        "Затем выступил проф. Иванов.",
        "«Это важно», — сказал он.",
    ]


def test_a_unit_after_thousands_ends_a_russian_sentence_before_a_capital_word() -> None:
    text = ("За год завод отправил за границу 2,1 тыс. тонн. Цену контрактов не раскрывают. "
            "Долг составил 63,8 тыс. евро. Данных о погашении нет. Фонд дал 5 тыс. долл. США на ремонт.")
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == [
        "За год завод отправил за границу 2,1 тыс. тонн.",
        "Цену контрактов не раскрывают.",
        "Долг составил 63,8 тыс. евро.",
        "Данных о погашении нет.",
        "Фонд дал 5 тыс. долл. США на ремонт.",  # an acronym after the unit: the sentence goes on
    ]


def test_english_sentences_are_untouched() -> None:
    text = "Mr. A. B. Smith went to Astana. He met the minister."
    spans = [(0, 31), (32, 52)]
    assert fix_russian_spans(text, spans) == spans


def test_russian_words_get_the_russian_stemmer_and_stopwords() -> None:
    terms = tokenize("Какова роль Китая в Центральной Азии? China's role in Central Asia")
    assert "какова" not in terms and "в" not in terms  # Russian stopwords
    assert tokenize("роли") == tokenize("роль")  # one Russian stem
    assert set(tokenize("Китай")) <= set(tokenize("Китая"))  # names match across cases
    assert set(tokenize("Казахстаном")) <= set(tokenize("Казахстана"))
    assert tokenize("ещё") == tokenize("еще") == []  # ё folded, then a stopword
    assert tokenize("roles") == tokenize("role")  # English still stemmed as before
    assert {"central", "asia"} <= set(terms)


def test_mixed_corpus_scores_russian_inflections() -> None:
    texts = [
        "Роль Китая в регионе растёт: Пекин строит дороги.",
        "Россия и Казахстан подписали договор о газе.",
        "China builds roads in the region.",
    ]
    bm25 = BM25Index.build(texts)
    scores = bm25.scores("какую роль играет Китай")
    assert scores.argmax() == 0 and scores[1] == 0  # "Китай" matches "Китая"; stopwords match nothing


def test_document_language_is_detected_at_ingest_and_recorded(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.build import build_index
    from assistant.store.index import load_index
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ru.txt").write_text(RU_ARTICLE, encoding="utf-8")
    (corpus / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (corpus / "ru-cp1251.txt").write_bytes((RU_ARTICLE + " Вторая версия.").encode("cp1251"))
    settings = Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings, fake_embedder)
    index = load_index(settings.index_dir)
    languages = {d.source: d.language for d in index.documents.values()}
    assert languages == {"corpus/ru.txt": "ru", "corpus/en.txt": "en", "corpus/ru-cp1251.txt": "ru"}
    manifest = json.loads((settings.index_dir / "manifest.json").read_text(encoding="utf-8"))
    assert {s: d["language"] for s, d in manifest["documents"].items()} == languages


def test_passages_carry_their_language(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.app.cli import format_answer
    from assistant.settings import Settings
    from assistant.app.web import render_answer

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ru.txt").write_text(RU_ARTICLE, encoding="utf-8")
    (corpus / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    settings = Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    bot = Assistant.load(settings, embedder=fake_embedder)
    answer = bot.ask("Токаев железная дорога Кыргызстан", k=2)
    by_source = {p.source: p for p in answer.passages}
    assert by_source["corpus/ru.txt"].language == "ru" and by_source["corpus/en.txt"].language == "en"
    assert {p["source"]: p["language"] for p in answer.to_json()["passages"]} == {"corpus/ru.txt": "ru", "corpus/en.txt": "en"}
    text = format_answer(answer)
    assert "language ru" in text and "language en" in text
    html = render_answer(answer)
    assert 'title="Russian">RU</span>' in html and 'lang="ru"' in html and 'title="English">EN</span>' in html


def test_a_russian_question_over_an_english_only_model_says_so(tmp_path: Path, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.encoders import COMPOSITE, E5_SMALL, MINILM
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    bot = Assistant.load(Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index"), embedder=fake_embedder)
    monkeypatch.setattr(fake_embedder, "model_id", MINILM)
    russian = bot.ask("Какую железную дорогу обсудили стороны?")
    assert any("English-only model" in n and COMPOSITE in n for n in russian.notices)
    assert not any("English-only" in n for n in bot.ask("Which railway did the sides discuss?").notices)
    monkeypatch.setattr(fake_embedder, "model_id", E5_SMALL)
    assert not any("English-only" in n for n in bot.ask("Какую железную дорогу обсудили стороны?").notices)


def test_the_unseen_sets_mojibake_paragraph_is_repaired() -> None:
    from assistant.ingest.corpus import decode
    from assistant.ingest.cleaning import clean

    raw = (Path(__file__).resolve().parent.parent / "eval" / "unseen" / "kyrgyzstan-tadzhikistan-granica.txt").read_bytes()
    assert "Ïðåçèäåíò Êûðãûçñòàíà".encode() in raw  # the file holds cp1251 read as Latin-1
    text = clean(decode(raw), "text").text
    assert "Президент Кыргызстана назвал подписание договора историческим днём" in text
    assert "Ïðå" not in text and detect_language(text) == "ru"
