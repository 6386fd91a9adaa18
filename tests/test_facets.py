"""Facets (dates, publisher, language, countries) and the filters answered from them: library, CLI, API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.ingest.facets import (
    FilterError,
    Filters,
    byline_date,
    countries_in,
    country_code,
    document_facets,
    html_meta,
)
from assistant.settings import Settings
from tests.docs_support import make_docs_corpus

RAIL = "Who will finance the railway and build the tunnels?"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ports of the Caspian\nBy Aliya Sarsen | March 4, 2025\n\nThe story.", "2025-03-04"),
        ("Ports\n4 March 2025\nThe story.", "2025-03-04"),
        ("Порты Каспия\nАвтор: Иван Петров, 12 марта 2025 г.\nТекст.", "2025-03-12"),
        ("Порты\n03.11.2025\nТекст.", "2025-11-03"),
        ("Ports\nUpdated 2024-12-30 14:05\nThe story.", "2024-12-30"),
        ("No date here at all.\nJust words.", None),
    ],
)
def test_byline_dates_in_english_and_russian(text: str, expected: str | None) -> None:
    assert byline_date(text) == expected


def test_a_date_inside_a_long_sentence_is_not_a_byline() -> None:
    story = "Title\n\n" + "The summit that opened on March 4, 2025 in Astana brought together " * 3 + "many ministers."
    assert byline_date(story) is None


def test_html_meta_tags_give_date_and_site_name() -> None:
    raw = (
        '<html><head><meta property="og:site_name" content="Steppe Review">'
        "<meta name='article:published_time' content='2023-07-09T10:00:00+05:00'></head><body>x</body></html>"
    )
    assert html_meta(raw) == {"date": "2023-07-09", "publisher": "Steppe Review"}
    assert html_meta('<time datetime="2022-01-31">31 Jan</time>') == {"date": "2022-01-31"}


def test_metadata_json_comes_first_then_embedded_metadata_then_the_byline() -> None:
    text = "Title\n12 марта 2024\nКазахстан и Казахстан."
    assert document_facets(text, "T", {"date": "2020-01-02"}, {"date": "2021-05-05"}).date == "2020-01-02"
    assert document_facets(text, "T", {}, {"date": "2021-05-05"}).date == "2021-05-05"
    assert document_facets(text, "T", {}, {}).date == "2024-03-12"
    html = '<meta property="og:site_name" content="Site A">'
    assert document_facets(text, "T", {}, {}, html).publisher == "Site A"
    assert document_facets(text, "T", {"publisher": "Metadata"}, {}, html).publisher == "Metadata"
    assert document_facets(text, "T", {}, {}).publisher is None


def test_countries_come_from_the_gazetteer_in_both_languages() -> None:
    text = "Kazakhstan and the Kazakh government met Chinese envoys. China agreed. The US was absent, thus."
    assert countries_in(text) == ("CN", "KZ")  # US once (and "thus" is no mention): below the threshold
    assert countries_in(text, title="A US view") == ("CN", "KZ", "US")
    assert countries_in("Узбекистан и узбекские власти; Киргизия.") == ("UZ",)
    busy = "Kazakhstan signed. " * 10 + "Russia and Russian firms watched."
    assert countries_in(busy) == ("KZ",)  # two mentions beside ten: a neighbour in passing
    assert countries_in(busy, title="Russia's view") == ("KZ", "RU")
    assert country_code("Казахстан") == "KZ" and country_code("kg") == "KG" and country_code("Uzbek") == "UZ"
    assert country_code("Atlantis") is None


def test_filter_values_are_checked_in_one_sentence() -> None:
    f = Filters.parse(since="2024", until="2024-02", countries=["Kazakhstan"], languages=["Russian"])
    assert (f.since, f.until, f.countries, f.languages) == ("2024-01-01", "2024-02-29", ("KZ",), ("ru",))
    with pytest.raises(FilterError, match="not a date"):
        Filters.parse(since="last year")
    written = Filters.parse(since="1 марта 2025", until="01.04.2025")  # a day as a reader writes it
    assert (written.since, written.until) == ("2025-03-01", "2025-04-01")
    assert Filters.parse(since="March 4, 2025").since == "2025-03-04"
    with pytest.raises(FilterError, match="not a date"):
        Filters.parse(until="yesterday")  # no year: not guessed from today's date
    with pytest.raises(FilterError, match="after the until date"):
        Filters.parse(since="2025", until="2024")
    with pytest.raises(FilterError, match="unknown country 'Atlantis'"):
        Filters.parse(countries=["Atlantis"])
    assert not Filters.parse(publishers=["  "]).active
    from assistant.ingest.facets import _publisher_named

    assert _publisher_named("chatham house", "Capital Cities (after Chatham House)")
    assert _publisher_named("Valdai", "Valdai Discussion Club") and not _publisher_named("Val", "Valdai Discussion Club")
    assert not _publisher_named("House Chatham", "Capital Cities (after Chatham House)")
    assert Filters.parse(languages=["EN", "russian", "ru-RU"]).languages == ("en", "ru", "ru")
    with pytest.raises(FilterError, match=r"unknown language 'xx': use one of the codes en \(English\), ru \(Russian\)"):
        Filters.parse(languages=["ru", "xx"])


@pytest.fixture(scope="module")
def docs_bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    from tests.conftest import FakeEmbedder

    root = tmp_path_factory.mktemp("facets")
    settings = Settings().replace(corpus_dir=make_docs_corpus(root / "corpus"), index_dir=root / "index")
    embedder = FakeEmbedder()
    build_index(settings, embedder)
    return Assistant.load(settings, embedder=embedder, rebuild=False)


def sources(answer) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.source.rsplit("/", 1)[1] for p in answer.passages}


def test_every_document_carries_its_facets(docs_bot: Assistant) -> None:
    docs = {d.source.rsplit("/", 1)[1]: d for d in docs_bot.documents()}
    assert docs["fergana-water.txt"].date == "2024-03-12"  # from the Russian byline
    assert docs["fergana-water.txt"].language == "ru" and docs["silk-rail.md"].language == "en"
    assert set(docs["fergana-water.txt"].countries) == {"UZ", "KG"}
    assert docs["silk-rail.md"].countries[0] == "CN"
    # report.pdf: "Published 14 March 2024" on its first page, made 2024-05-06
    assert docs["report.pdf"].date == "2024-03-14" and docs["briefing.docx"].date == "2023-10-02"
    assert docs["caspian-ferries.txt"].publisher == "Caspian Monitor"
    manifest = docs_bot.index.manifest.documents["corpus/silk-rail.md"]
    assert manifest["date"] == "2025-02-10" and manifest["publisher"] == "Caspian Monitor"
    assert manifest["language"] == "en" and manifest["countries"][0] == "CN"


def test_each_filter_restricts_the_articles_searched(docs_bot: Assistant) -> None:
    everything = sources(docs_bot.ask(RAIL, k=10))
    assert len(everything) >= 4
    cases = {
        Filters.parse(since="2025"): {"silk-rail.md"},
        Filters.parse(until="2023"): {"caspian-ferries.txt", "briefing.docx"},
        Filters.parse(since="2024-01", until="2024-12"): {"fergana-water.txt", "report.pdf"},
        Filters.parse(publishers=["caspian monitor"]): {"caspian-ferries.txt", "silk-rail.md"},
        Filters.parse(publishers=["  CASPIAN   monitor "]): {"caspian-ferries.txt", "silk-rail.md"},
        Filters.parse(publishers=["Caspian"]): {"caspian-ferries.txt", "silk-rail.md"},  # a word of the name
        Filters.parse(publishers=["ферганский"]): {"fergana-water.txt"},
        Filters.parse(languages=["ru"]): {"fergana-water.txt"},
        Filters.parse(countries=["China"]): {"silk-rail.md", "report.pdf"},
        Filters.parse(countries=["Kyrgyzstan"], languages=["en"]): {"report.pdf"},
    }
    for filters, allowed in cases.items():
        got = sources(docs_bot.ask(RAIL, k=10, filters=filters))
        assert got and got <= allowed, (filters, got)


def test_a_filter_that_matches_nothing_says_so_in_one_sentence(docs_bot: Assistant) -> None:
    answer = docs_bot.ask(RAIL, filters=Filters.parse(since="2030"))
    assert answer.passages == () and answer.abstained
    assert answer.notices == ("No indexed article matches the filters (published since 2030-01-01).",)


def test_the_newest_passage_wins_a_tie(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The customs union will let trucks cross the border without stopping for inspections, "
        "which traders have asked for since the border reopened after the long dispute.\n\n"
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(body + "## Later\n\nThe first file ends with its own remark.\n", encoding="utf-8")
    (corpus / "b.md").write_text(body + "## Later\n\nThe second file ends differently.\n", encoding="utf-8")
    settings = Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    question = "Will trucks cross the border without stopping for inspections?"
    for newer in ("a.md", "b.md"):
        older = "b.md" if newer == "a.md" else "a.md"
        meta = {newer: {"title": "Same", "date": "2025-01-02"}, older: {"title": "Same", "date": "2019-05-06"}}
        (corpus / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
        build_index(settings, fake_embedder)
        bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
        passages = bot.ask(question, k=4).passages
        first = passages[0]
        twin = next(p for p in passages[1:] if p.text == first.text)
        assert twin.score == first.score  # a true tie ...
        assert (first.source, twin.source) == (f"corpus/{newer}", f"corpus/{older}")  # ... won by the newest


def test_cli_filters(runner_env, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.app.cli import cli

    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(make_docs_corpus(tmp_path / "docs")))
    assert runner_env.invoke(cli, ["build"]).exit_code == 0

    def ask(*flags: str) -> set[str]:
        result = runner_env.invoke(cli, ["ask", RAIL, "-k", "10", "--json", *flags])
        assert result.exit_code == 0, result.output
        return {p["source"].rsplit("/", 1)[1] for p in json.loads(result.stdout)["passages"]}

    assert ask("--since", "2025") == {"silk-rail.md"}
    assert ask("--until", "2022-12-31") == {"caspian-ferries.txt"}
    assert ask("--publisher", "Ферганский вестник") == {"fergana-water.txt"}
    assert ask("--lang", "ru") == {"fergana-water.txt"}
    assert ask("--country", "KZ", "--country", "Uzbekistan") <= {
        "caspian-ferries.txt", "fergana-water.txt", "report.pdf", "briefing.docx"
    }
    assert "silk-rail.md" in ask()
    assert ask("--doc", "silk-rail", "--since", "2020") == {"silk-rail.md"}
    for code in ("de", "xx"):  # a language the assistant does not know is a mistake, not an empty result
        unknown = runner_env.invoke(cli, ["ask", RAIL, "--lang", code])
        assert unknown.exit_code == 1 and "Traceback" not in unknown.output
        assert unknown.stderr.strip() == f"error: unknown language '{code}': use one of the codes en (English), ru (Russian)"
    none = runner_env.invoke(cli, ["ask", RAIL, "--publisher", "Nobody Weekly"])
    assert none.exit_code == 0
    assert none.stdout.count("No indexed article matches the filters (from Nobody Weekly).") + none.stderr.count(
        "No indexed article matches the filters (from Nobody Weekly)."
    ) == 1
    bad = runner_env.invoke(cli, ["ask", RAIL, "--since", "yesterday"])
    assert bad.exit_code == 1 and "not a date" in bad.stderr and "Traceback" not in bad.output


def test_api_filters(docs_bot: Assistant, capfd: pytest.CaptureFixture[str]) -> None:
    from gradio_client import Client

    from assistant.app.web import AssistantHolder
    from tests.browser_support import ServedApp

    served = ServedApp(AssistantHolder(docs_bot.settings, assistant=docs_bot), docs_bot.settings)
    try:
        client = Client(served.url, verbose=False, analytics_enabled=False, download_files=False)
        plain = client.predict(question=RAIL, k=3, history=[], doc_ids=[], api_name="/ask")  # old callers
        assert plain == json.loads(json.dumps(docs_bot.ask(RAIL, k=3).to_json()))

        def ask(**kw) -> set[str]:  # type: ignore[no-untyped-def]
            got = client.predict(question=RAIL, k=10, api_name="/ask", **kw)
            return {p["source"].rsplit("/", 1)[1] for p in got["passages"]}

        assert ask(since="2025") == {"silk-rail.md"}
        assert ask(until="2023") <= {"caspian-ferries.txt", "briefing.docx"}
        assert ask(publisher=["Caspian Monitor"]) <= {"caspian-ferries.txt", "silk-rail.md"}
        assert ask(lang=["ru"]) == {"fergana-water.txt"}
        assert ask(country=["Kyrgyzstan"], lang=["en"]) == {"report.pdf"}
        empty = client.predict(question=RAIL, since="2031", api_name="/ask")
        assert empty["passages"] == [] and empty["notices"] == [
            "No indexed article matches the filters (published since 2031-01-01)."
        ]
        capfd.readouterr()
        with pytest.raises(Exception, match="not a date"):
            client.predict(question=RAIL, since="soon", api_name="/ask")
        with pytest.raises(Exception, match="unknown language 'xx'"):
            client.predict(question=RAIL, lang=["xx"], api_name="/ask")
        assert "Traceback" not in capfd.readouterr().err  # a caller's mistake, not the server's: no traceback in its log
        # a caller written before the filters, over plain HTTP with the four old values
        import httpx

        with httpx.Client(base_url=served.url, timeout=60) as http:
            event = http.post("/gradio_api/call/ask", json={"data": [RAIL, 3, [], []]}).json()["event_id"]
            lines = http.get(f"/gradio_api/call/ask/{event}").text.splitlines()
        assert "event: complete" in lines, lines
        data = json.loads(lines[lines.index("event: complete") + 1].removeprefix("data: "))
        assert data == [plain]
    finally:
        served.close()


def test_a_date_filter_says_how_many_undated_articles_it_left_out(tmp_path: Path) -> None:
    import json as _json

    from tests.conftest import FakeEmbedder

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dated.txt").write_text("Veltmark opened a rail link to Norland. Trains run twice a week.\n", encoding="utf-8")
    (corpus / "undated.txt").write_text("Veltmark plans a second rail link to Ostra. Work has not begun.\n", encoding="utf-8")
    (corpus / "undated-too.txt").write_text("Norland builds a ferry pier. The pier opens in spring.\n", encoding="utf-8")
    (corpus / "metadata.json").write_text(_json.dumps({"dated.txt": {"date": "2025-05-02", "publisher": "Harbour Daily"}}))
    settings = Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    embedder = FakeEmbedder()
    build_index(settings, embedder)
    bot = Assistant.load(settings, embedder=embedder, rebuild=False)
    since = bot.ask("Which rail link opened?", filters=Filters.parse(since="2024"))
    assert "2 articles without a publication date were left out by the date filter." in since.notices
    assert {p.source for p in since.passages} == {"corpus/dated.txt"}
    one = bot.ask("Which rail link opened?", filters=Filters.parse(until="2026", doc_ids=["undated", "dated"]))
    assert "1 article without a publication date was left out by the date filter." in one.notices
    assert not any("without a publication date" in n for n in bot.ask("Which rail link opened?").notices)
    publisher_only = bot.ask("Which rail link opened?", filters=Filters.parse(publishers=["Harbour Daily"]))
    assert not any("without a publication date" in n for n in publisher_only.notices)
