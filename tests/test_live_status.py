"""The open page follows a rebuild: status chip, article filter and article list, without a page reload."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.app.web import AssistantHolder
from tests.browser_support import CHROMIUM_ARGS, ServedApp, ensure_chromium

pytestmark = [pytest.mark.browser]

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

NEW_FILE = "caspian-ferry.md"
NEW_TITLE = "Caspian ferry line"
NEW_ARTICLE = (
    f"# {NEW_TITLE}\n\n"
    "In 2026 Turkmenistan and Azerbaijan opened the Turkmenbashi-Alat ferry line for container freight.\n\n"
    "The ferry line carries containers across the Caspian Sea twice a week.\n"
)
GONE = "putin-strengthens-ties-central-asia"


@pytest.fixture
def served(settings, fake_embedder):  # type: ignore[no-untyped-def]
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    app = ServedApp(AssistantHolder(settings, assistant=bot), settings)
    yield app, bot
    app.close()


@pytest.fixture
def page(served):  # type: ignore[no-untyped-def]
    chromium = ensure_chromium()
    app, _ = served
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        hosts: set[str] = set()
        context.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(app.url)
        yield page
        assert hosts <= {urlsplit(app.url).netloc}  # the polling stays on the page's own server
        browser.close()


def _filter_options(page) -> list[str]:  # type: ignore[no-untyped-def]
    page.locator("#ca-filter input").click()
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    names = [options.nth(i).inner_text().strip() for i in range(options.count())]
    page.keyboard.press("Escape")
    page.locator("#ca-header").click()  # blur the filter, so the next click opens it again
    return names


def test_chip_list_and_filter_follow_a_rebuild(page, served, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    _, bot = served
    chip = page.locator("#ca-status-box .ca-status-ready")
    expect(chip).to_contain_text("Ready · 5 articles indexed", timeout=60_000)
    page.get_by_text("Indexed articles").click()
    rows = page.locator("table.ca-corpus tbody tr")
    expect(rows).to_have_count(5)
    page.get_by_text("Search settings").click()
    before = _filter_options(page)
    assert len(before) == 5 and NEW_TITLE not in before
    gone_title = bot.document(GONE).title
    # pick the article that will be deleted: the filter must drop it after the rebuild
    page.locator("#ca-filter input").click()
    page.get_by_role("option", name=gone_title).click()
    page.keyboard.press("Escape")
    page.locator("#ca-header").click()
    expect(page.locator("#ca-filter")).to_contain_text(gone_title)

    # add an article and rebuild, while the page stays open
    (settings.corpus_dir / NEW_FILE).write_text(NEW_ARTICLE, encoding="utf-8")
    build_index(settings, fake_embedder)
    expect(chip).to_contain_text("Ready · 6 articles indexed", timeout=60_000)
    expect(rows).to_have_count(6)
    expect(page.locator("table.ca-corpus")).to_contain_text(NEW_TITLE)
    assert NEW_TITLE in _filter_options(page)

    # delete one and rebuild
    (settings.corpus_dir / f"{GONE}.txt").unlink()
    build_index(settings, fake_embedder)
    expect(chip).to_contain_text("Ready · 5 articles indexed", timeout=60_000)
    expect(rows).to_have_count(5)
    expect(page.locator("table.ca-corpus")).not_to_contain_text(gone_title)
    after = _filter_options(page)
    assert gone_title not in after and NEW_TITLE in after and len(after) == 5
    expect(page.locator("#ca-filter")).not_to_contain_text(gone_title)  # the stale choice was dropped
    assert re.search(r"Index built \d{4}-\d\d-\d\d", page.locator("#ca-corpus-panel").inner_text())
