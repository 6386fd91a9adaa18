"""Titles from the text when metadata.json has none: the headline after the chrome, shown in citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.cleaning import clean

BODY_EN = (
    "The reservoir authority opened the northern sluice gates three weeks early this spring, after a dry "
    "winter left farmers downstream short of water for the sowing season."
)
BODY_RU = (
    "Власти региона открыли северные шлюзы водохранилища на три недели раньше обычного, потому что после "
    "сухой зимы фермерам не хватало воды для посевной."
)


@pytest.mark.parametrize(
    ("raw", "fmt", "title"),
    [
        ("RIVER LEDGER\nHome | Politics | Economy | Energy\nHome / Energy / Water\n\n"
         "Sluice Gates Open Early as Dry Winter Bites\nBy Anna Berg | March 4, 2025\nShare | Tweet | Email\n\n" + BODY_EN,
         "text", "Sluice Gates Open Early as Dry Winter Bites"),
        ("Журнал водных исследований\nISSN 1234-5678\nУДК 627.8\n\nШЛЮЗЫ ОТКРЫЛИ РАНЬШЕ СРОКА:\nСУХАЯ ЗИМА И ПОСЕВНАЯ\n\n"
         "И. В. Петрова\nПоступила в редакцию 14.02.2025\n\n" + BODY_RU,
         "text", "ШЛЮЗЫ ОТКРЫЛИ РАНЬШЕ СРОКА: СУХАЯ ЗИМА И ПОСЕВНАЯ"),
        ("**RIVER POLICY FORUM** · Research on water and its neighbours\n\n[Home](/) · [Research](/r)\n\n"
         "# Sluice Gates Open Early as Dry Winter Bites\n\n*By Anna Berg · 2025-11-03 · 9 min read*\n\n" + BODY_EN,
         "markdown", "Sluice Gates Open Early as Dry Winter Bites"),
        ("<html><body><div class='cookie'><p>This website uses cookies to analyse traffic.</p><button>Accept all</button>"
         "<button>Manage settings</button></div><p>Речной вестник</p><p>Главная / Экономика / Вода</p>"
         "<h1>Шлюзы открыли раньше срока из-за сухой зимы</h1><p>Анна Берг</p><p>Опубликовано: 16.06.2025, 18:40</p>"
         f"<p>{BODY_RU}</p></body></html>",
         "html", "Шлюзы открыли раньше срока из-за сухой зимы"),
    ],
)
def test_headline_after_the_chrome_is_the_title(raw: str, fmt: str, title: str) -> None:
    assert clean(raw, fmt).title == title


def test_titles_from_text_are_shown_in_citations(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "10 river ledger sluice.txt").write_text(
        "RIVER LEDGER\nHome | Politics | Economy\n\nSluice Gates Open Early as Dry Winter Bites\n"
        "By Anna Berg | March 4, 2025\n\n" + BODY_EN, encoding="utf-8")
    (corpus / "Шлюзы.txt").write_text("Речной вестник — новости региона\nГлавная / Экономика\n\n"
                                      "Шлюзы открыли раньше срока из-за сухой зимы\n\n" + BODY_RU, encoding="utf-8")
    settings = Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    bot = Assistant.load(settings, embedder=fake_embedder)
    titles = {d.source: d.title for d in bot.documents()}
    assert titles == {
        "corpus/10 river ledger sluice.txt": "Sluice Gates Open Early as Dry Winter Bites",
        "corpus/Шлюзы.txt": "Шлюзы открыли раньше срока из-за сухой зимы",
    }
    top = bot.ask("When did the reservoir authority open the northern sluice gates?", k=1).passages[0]
    assert top.title == "Sluice Gates Open Early as Dry Winter Bites"  # not "10 river ledger sluice"


def test_file_name_is_the_last_resort(tmp_path: Path) -> None:
    from assistant.ingest.corpus import load_corpus, scan_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "water-notes.txt").write_text(BODY_EN, encoding="utf-8")  # no headline at all
    (doc,) = load_corpus(scan_corpus(corpus))
    assert doc.title == "Water notes"
