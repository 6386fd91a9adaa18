"""PDF pages, filters, export and the facet table in the chat, driven through Chromium (fake embedder)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.settings import Settings
from assistant.app.web import AssistantHolder
from tests.browser_support import CHROMIUM_ARGS, ServedApp, ensure_chromium
from tests.docs_support import make_docs_corpus
from tests.test_export import parse

pytestmark = [pytest.mark.browser]

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
expect.set_options(timeout=60_000)  # waits on a shared 2-core machine, not timings

KURYK = "How many vessels did the ferry terminal at Kuryk handle in the first quarter?"
OPEC = "Which partner gave a loan for the transmission line to Dushanbe?"
RAIL = "Who will finance the railway and build the tunnels?"


@pytest.fixture(scope="module")
def docs_bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    from tests.conftest import FakeEmbedder

    root = tmp_path_factory.mktemp("browser-docs")
    settings = Settings().replace(corpus_dir=make_docs_corpus(root / "corpus", bad=False), index_dir=root / "index")
    embedder = FakeEmbedder()
    build_index(settings, embedder)
    return Assistant.load(settings, embedder=embedder, rebuild=False)


@pytest.fixture(scope="module")
def url(docs_bot: Assistant):  # type: ignore[no-untyped-def]
    served = ServedApp(AssistantHolder(docs_bot.settings, assistant=docs_bot), docs_bot.settings)
    yield served.url
    served.close()


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    chromium = ensure_chromium()
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, url):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(url)
    expect(page.locator("#ca-status-box .ca-status-ready")).to_be_visible(timeout=60_000)
    yield page
    context.close()


def ask(page, question: str):  # type: ignore[no-untyped-def]
    replies = page.locator("#ca-chat .ca-answer, #ca-chat .ca-error")
    before = replies.count()
    page.locator("#ca-question textarea").fill(question)
    page.locator("#ca-question textarea").press("Enter")
    expect(replies).to_have_count(before + 1, timeout=60_000)
    return replies.last


def cited_files(reply) -> set[str]:  # type: ignore[no-untyped-def]
    cites = reply.locator(".ca-card .ca-cite")
    found = set()
    for i in range(cites.count()):
        match = re.search(r"corpus/([\w.-]+)", cites.nth(i).text_content() or "")
        assert match, cites.nth(i).text_content()
        found.add(match.group(1))
    return found


def choose(page, elem_id: str, option: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def test_pdf_answer_cites_its_page_and_the_viewer_opens_that_page(page, docs_bot: Assistant) -> None:  # type: ignore[no-untyped-def]
    reply = ask(page, KURYK)
    first = reply.locator(".ca-card").first
    expect(first.locator(".ca-cite .ca-page")).to_have_text("p. 3")
    first.locator("a.ca-src").click()
    try:
        expect(page.locator("#ca-source .ca-doc-page")).to_have_text("p. 3 of 5")
    except AssertionError as failed:  # seen once under load and not since: keep what the panel and the page showed
        panel = page.locator("#ca-source").inner_html()[:600]
        link = first.locator("a.ca-src").get_attribute("href")
        raise AssertionError(f"{failed}\nclicked {link!r}; the panel shows: {panel!r}") from None
    viewer = page.locator("#ca-source .ca-doc-text")
    expect(viewer).to_contain_text("forty-one vessels")
    expect(page.locator("#ca-source mark.ca-hit b.ca-hit-sentence")).to_contain_text("forty-one vessels")
    text = viewer.inner_text()
    assert "Chapter one describes" not in text and "Chapter three" not in text  # pages 2 and 4 are not shown


def test_every_filter_of_the_side_panel(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_text("Search settings").click()
    page.locator("#ca-since input, #ca-since textarea").first.fill("2025")
    assert cited_files(ask(page, RAIL)) == {"silk-rail.md"}
    page.locator("#ca-since input, #ca-since textarea").first.fill("")
    page.locator("#ca-until input, #ca-until textarea").first.fill("2022")
    assert cited_files(ask(page, RAIL)) == {"caspian-ferries.txt"}
    page.locator("#ca-until input, #ca-until textarea").first.fill("")
    choose(page, "ca-language", "Russian")
    assert cited_files(ask(page, RAIL)) == {"fergana-water.txt"}
    page.reload()
    expect(page.locator("#ca-status-box .ca-status-ready")).to_be_visible()
    page.get_by_text("Search settings").click()
    choose(page, "ca-publisher", "Caspian Monitor")
    assert cited_files(ask(page, RAIL)) <= {"caspian-ferries.txt", "silk-rail.md"}
    choose(page, "ca-country", "China")
    assert cited_files(ask(page, RAIL)) == {"silk-rail.md"}
    page.reload()
    expect(page.locator("#ca-status-box .ca-status-ready")).to_be_visible()
    page.get_by_text("Search settings").click()
    choose(page, "ca-filter", "Water and Power: A Briefing on the Rogun Dam")
    assert cited_files(ask(page, RAIL)) == {"briefing.docx"}
    page.locator("#ca-since input, #ca-since textarea").first.fill("2030")
    reply = ask(page, RAIL)
    expect(reply).to_contain_text("No indexed article matches the filters (published since 2030-01-01, among the chosen articles).")
    assert reply.locator(".ca-card").count() == 0
    page.locator("#ca-since input, #ca-since textarea").first.fill("soon")
    expect(ask(page, RAIL)).to_have_class(re.compile("ca-error"))


def test_copy_and_download_the_conversation_as_markdown(page, docs_bot: Assistant) -> None:  # type: ignore[no-untyped-def]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    ask(page, KURYK)
    reply = ask(page, OPEC)
    reply.locator("a.ca-copy").click()
    page.wait_for_function("() => typeof window.__caCopied === 'string' && window.__caCopied.length > 0")
    copied = page.evaluate("window.__caCopied")
    turns = parse(copied)
    assert [t["question"] for t in turns] == [OPEC]
    assert any("OPEC Fund" in " ".join(q["bold"]) for q in turns[0]["quotes"])
    assert page.evaluate("navigator.clipboard.readText()") == copied
    button = page.locator("#ca-download")
    expect(button).to_be_enabled()
    with page.expect_download() as info:
        button.click()
    saved = Path(info.value.path()).read_text(encoding="utf-8")
    turns = parse(saved)
    assert [t["question"] for t in turns] == [KURYK, OPEC]
    for turn, question in zip(turns, (KURYK, OPEC)):
        answer = docs_bot.ask(question, k=5)
        assert {c["file"] for c in turn["citations"].values()} == {p.source for p in answer.passages}
    assert any(c["rest"].endswith("p. 3") for c in turns[0]["citations"].values())


def test_indexed_articles_show_facets_and_sort_by_date(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_text("Indexed articles").click()
    table = page.locator("table.ca-corpus")
    expect(table).to_contain_text("Ферганский вестник")
    page.get_by_text("Date, newest first").click()
    expect(table.locator("tbody tr").first).to_contain_text("The new railway from China")
    expect(table.locator("tbody tr").first).to_contain_text("2025-02-10")
    expect(table.locator("tbody tr").last).to_contain_text("2022-06-01")
    expect(table.locator("tbody tr").first).to_contain_text("China")
