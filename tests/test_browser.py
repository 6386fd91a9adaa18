"""The chat as a person uses it: Debian's Chromium, driven by Playwright, against the real model."""

from __future__ import annotations

import json
import re
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.app.web import ABSTAIN_MESSAGE, LOADING_MESSAGE, AssistantHolder
from tests.browser_support import (
    CHROMIUM_ARGS,
    HOSTILE_DOC_ID,
    ForcedAbstention,
    ServedApp,
    add_hostile_article,
    ensure_chromium,
)

pytestmark = [pytest.mark.browser, pytest.mark.model]

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
expect.set_options(timeout=120_000)  # a shared 2-core machine; these are waits, not timings

PUTIN = "Where did Putin celebrate the alliance between Russia and Kazakhstan?"
TAJIK = "What is Tajikistan's main security concern?"
GDP = "What is Kazakhstan's projected GDP growth for 2025?"
FOLLOWUP = "And Uzbekistan?"
OFFTOPIC = "What is the best recipe for banana bread?"
FORCED = "What does the Valdai article say about new horizons for cooperation?"  # answerable; forced to abstain
HOSTILE_Q = "What does the hostile page about Kazakhstan hide?"


def squash(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium; the fixture installs it with apt-get when it is missing."""
    return ensure_chromium()


@pytest.fixture(scope="module")
def web_settings(tmp_path_factory: pytest.TempPathFactory, real_index, real_embedder):  # type: ignore[no-untyped-def]
    """A private copy of the real index plus one hostile article (only that article is embedded)."""
    root = tmp_path_factory.mktemp("web")
    shutil.copytree(real_index.corpus_dir, root / "corpus")
    shutil.copytree(real_index.index_dir, root / "index")
    (root / "index" / ".build.lock").unlink(missing_ok=True)
    add_hostile_article(root / "corpus")
    settings = real_index.replace(corpus_dir=root / "corpus", index_dir=root / "index")
    report = build_index(settings, real_embedder)
    assert report.docs_added == 1
    return settings


@pytest.fixture(scope="module")
def bot(web_settings, real_embedder):  # type: ignore[no-untyped-def]
    return Assistant.load(web_settings, embedder=real_embedder, rebuild=False)


@pytest.fixture(scope="module")
def app_url(web_settings, bot):  # type: ignore[no-untyped-def]
    holder = AssistantHolder(web_settings, assistant=ForcedAbstention(bot, {FORCED}))
    served = ServedApp(holder, web_settings)
    yield served.url
    served.close()


@pytest.fixture(scope="module")
def browser(chromium: str):  # type: ignore[no-untyped-def]
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def new_page(browser):  # type: ignore[no-untyped-def]
    """Pages at 1280x900, each in a fresh context (a fresh chat session); closed after the test."""
    contexts = []

    def make(url: str, *, ready: bool = True):  # type: ignore[no-untyped-def]
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        hosts: set[str] = set()
        context.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
        page = context.new_page()
        page.requested_hosts = hosts  # every host the page talked to (analytics, fonts, CDNs...)
        page.set_default_timeout(120_000)
        page.goto(url)
        if ready:
            expect(page.locator("#ca-status-box .ca-status-ready")).to_be_visible()
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page, app_url):  # type: ignore[no-untyped-def]
    return new_page(app_url)


def ask(page, question: str):  # type: ignore[no-untyped-def]
    """Type a question, press Enter, wait for its reply; return the reply's locator."""
    replies = page.locator("#ca-chat .ca-answer, #ca-chat .ca-error")
    before = replies.count()
    page.locator("#ca-question textarea").fill(question)
    page.locator("#ca-question textarea").press("Enter")
    expect(replies).to_have_count(before + 1)
    return replies.last


# --------------------------------------------------------------------------- tests


def test_answer_shows_cited_passage_with_highlight(page, bot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reply = ask(page, PUTIN)
    top = bot.ask(PUTIN, k=5).passages[0]
    expect(reply.locator(".ca-summary")).to_contain_text(f"Best source: {top.title}")
    card = reply.locator(".ca-card").first
    expect(card.locator(".ca-text")).to_contain_text("Astana")
    mark = card.locator(".ca-text mark")
    expect(mark).to_be_visible()
    assert top.highlight and squash(mark.inner_text()) == squash(top.highlight.text)
    cite = card.locator(".ca-cite")
    expect(cite).to_contain_text("Putin Strengthens Ties in Central Asia")
    expect(cite).to_contain_text(f"characters {top.start:,}–{top.end:,}")
    expect(cite.locator("a.ca-src")).to_have_text("view in article")
    expect(cite.locator(".ca-score")).to_have_text(f"{top.score:.2f}")
    expect(reply.locator(".ca-card")).to_have_count(5)
    assert page.requested_hosts == {urlsplit(page.url).netloc}  # nothing but our own server
    page.locator("#ca-question textarea").blur()
    # the chat scrolls back so that the question and the top of its reply are in view
    page.wait_for_function(
        """() => { const q = [...document.querySelectorAll('#ca-chat .user-row')].pop();
                   const chat = document.querySelector('#ca-chat').getBoundingClientRect();
                   const top = q.getBoundingClientRect().top;
                   return top >= chat.top - 2 && top < chat.top + 60; }"""
    )
    shot = tmp_path / "answer.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_followup_uses_the_conversation_and_new_conversation_clears_it(page, bot) -> None:  # type: ignore[no-untyped-def]
    ask(page, GDP)
    reply = ask(page, FOLLOWUP)
    expected = bot.ask(FOLLOWUP, k=5, history=[GDP])
    assert any("5.2%" in p.text for p in expected.passages), "follow-up resolution: 'And Uzbekistan?' after the GDP question"
    expect(reply.locator(".ca-card").filter(has_text="5.2%").first).to_be_attached()
    first = expected.passages[0]
    expect(reply.locator(".ca-card").first.locator(".ca-cite")).to_contain_text(f"characters {first.start:,}–{first.end:,}")

    page.locator("#ca-new").click()
    expect(page.locator("#ca-chat .ca-answer")).to_have_count(0)
    alone = bot.ask(FOLLOWUP, k=5, history=[])
    reply = ask(page, FOLLOWUP)
    top = alone.passages[0]
    expect(reply.locator(".ca-card").first.locator(".ca-cite")).to_contain_text(f"characters {top.start:,}–{top.end:,}")
    if alone.resolved_question == FOLLOWUP:
        expect(reply.locator(".ca-notice")).to_have_count(0)  # nothing carried over from the old chat


def test_offtopic_question_shows_what_the_assistant_decided(page, bot) -> None:  # type: ignore[no-untyped-def]
    answer = bot.ask(OFFTOPIC, k=5)
    reply = ask(page, OFFTOPIC)
    if answer.abstained:
        expect(reply.locator(".ca-abstain")).to_have_text(ABSTAIN_MESSAGE)
        expect(reply.locator(".ca-summary")).to_have_count(0)
        expect(reply.locator(".ca-card").first).to_be_hidden()
    else:  # abstention not calibrated for this question yet: the page must not claim it either
        expect(reply.locator(".ca-summary")).to_be_visible()
        expect(reply.locator(".ca-abstain")).to_have_count(0)


def test_abstention_folds_the_nearest_passages_away(page, bot) -> None:  # type: ignore[no-untyped-def]
    reply = ask(page, FORCED)  # the app's Assistant is told to abstain on this one
    expect(reply.locator(".ca-abstain")).to_have_text(ABSTAIN_MESSAGE)
    fold = reply.locator("details.ca-nearest")
    expect(fold.locator("summary")).to_have_text("Nearest passages (5)")
    expect(reply.locator(".ca-card").first).to_be_hidden()
    fold.locator("summary").click()
    expect(reply.locator(".ca-card").first).to_be_visible()
    top = bot.ask(FORCED, k=5).passages[0]
    expect(reply.locator(".ca-card").first.locator(".ca-cite")).to_contain_text(top.title)


SOURCE_CLICKS = 3  # clicks on a citation's source link at most before the viewer must show the passage


def test_source_viewer_shows_the_passage_in_its_article(page, bot) -> None:  # type: ignore[no-untyped-def]
    top = bot.ask(TAJIK, k=5).passages[0]
    reply = ask(page, TAJIK)
    hit = page.locator("#ca-source mark.ca-hit")
    for _ in range(SOURCE_CLICKS):  # a click the busy page took before its handler was ready is clicked again
        reply.locator(".ca-card").first.locator("a.ca-src").click()
        try:
            expect(hit).to_be_visible(timeout=40_000)
            break
        except AssertionError:
            continue
    expect(hit).to_be_visible()
    assert squash(hit.inner_text()) == squash(top.text)
    doc = bot.document(top.doc_id)
    expect(page.locator("#ca-source .ca-doc-title")).to_have_text(doc.title)
    assert squash(page.locator("#ca-source .ca-doc-text").inner_text()) == squash(doc.text)
    if top.highlight:
        expect(hit.locator("b.ca-hit-sentence")).to_have_text(top.highlight.text)
    # scrolled into view inside the panel (the passage is far down a long article)
    assert top.start > 5_000
    page.wait_for_function(
        """() => { const box = document.querySelector('#ca-source'); const hit = document.querySelector('#ca-hit');
                   if (!box || !hit) return false;
                   const b = box.getBoundingClientRect(), h = hit.getBoundingClientRect();
                   return box.scrollTop > 0 && h.top < b.bottom && h.bottom > b.top; }"""
    )
    # another citation replaces it
    second = reply.locator(".ca-card").nth(1)
    second.locator("summary").click()
    second.locator("a.ca-src").click()
    other = bot.ask(TAJIK, k=5).passages[1]
    expect(page.locator("#ca-source mark.ca-hit")).to_contain_text(squash(other.text)[:40])


def test_new_conversation_empties_the_source_panel(page, bot) -> None:  # type: ignore[no-untyped-def]
    reply = ask(page, TAJIK)
    reply.locator(".ca-card").first.locator("a.ca-src").click()
    expect(page.locator("#ca-source mark.ca-hit")).to_be_visible()
    page.locator("#ca-new").click()
    expect(page.locator("#ca-chat .ca-answer")).to_have_count(0)
    expect(page.locator("#ca-source")).to_contain_text("Click “view in article” under a passage")
    page.wait_for_timeout(3_000)  # page.js asks again for a link the panel does not show: not for the old one
    expect(page.locator("#ca-source mark.ca-hit")).to_have_count(0)


class SlowOnce:
    """A test double around a real Assistant: once `arm`ed, its next `document` call returns only after
    the call after it has returned, so the reply to an earlier click reaches the page after a later one."""

    def __init__(self, bot) -> None:  # type: ignore[no-untyped-def]
        self._bot = bot
        self._armed = threading.Event()
        self._later = threading.Event()
        self.slow_done = threading.Event()

    def arm(self) -> None:
        self._later.clear()
        self.slow_done.clear()
        self._armed.set()

    def document(self, doc_id: str):  # type: ignore[no-untyped-def]
        if self._armed.is_set():
            self._armed.clear()
            self._later.wait(60)
            time.sleep(0.3)  # let the later reply go out first
            try:
                return self._bot.document(doc_id)
            finally:
                self.slow_done.set()
        try:
            return self._bot.document(doc_id)
        finally:
            self._later.set()

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._bot, name)


# The page keeps, in order, every passage the source panel has shown (its highlighted text).
RECORD_PANEL_JS = """() => { window.__caShown = [];
  new MutationObserver(() => { const m = document.querySelector('#ca-source mark.ca-hit');
    const t = m ? m.innerText.replace(/\\s+/g, ' ').trim() : '';
    if (t && window.__caShown[window.__caShown.length - 1] !== t) window.__caShown.push(t); })
  .observe(document.querySelector('#ca-source'), { childList: true, subtree: true, characterData: true }); }"""


def test_citations_clicked_in_quick_succession_each_open_their_passage(new_page, web_settings, bot) -> None:  # type: ignore[no-untyped-def]
    """On a throttled page, a click whose request is lost on its way, clicks one right after another,
    and a slow reply that lands after a later click's: the panel ends on the passage last clicked."""
    slow = SlowOnce(bot)

    class SlowHolder(AssistantHolder):
        def _load(self) -> None:
            self._bot = slow
            self._ready.set()

    passages = bot.ask(TAJIK, k=5).passages
    texts = [squash(p.text) for p in passages]
    assert len(set(texts)) == 5
    served = ServedApp(SlowHolder(web_settings), web_settings)
    try:
        page = new_page(served.url)
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
        reply = ask(page, TAJIK)
        cards = reply.locator(".ca-card")
        for i in range(1, 5):
            cards.nth(i).locator("summary").click()
        page.evaluate(RECORD_PANEL_JS)
        hit = page.locator("#ca-source mark.ca-hit")

        def shows(i: int) -> None:
            expect(hit).to_have_count(1)
            page.wait_for_function("(t) => { const m = document.querySelector('#ca-source mark.ca-hit');"
                                   " return !!m && m.innerText.replace(/\\s+/g, ' ').trim() === t; }", arg=texts[i])

        # 1. the first request for the top passage is lost: the server never hears of it and the page
        #    waits for a reply that never comes (as when its event stream closed under it)
        first = (cards.first.locator("a.ca-src").get_attribute("href") or "").removeprefix("#source=")
        lost: list[str] = []

        def lose_once(route) -> None:  # type: ignore[no-untyped-def]
            if not lost and first in (route.request.post_data or ""):
                lost.append(route.request.url)
                route.fulfill(status=200, content_type="application/json", body=json.dumps({"event_id": "lost-0"}))
            else:
                route.continue_()

        page.route("**/queue/join*", lose_once)
        cards.first.locator("a.ca-src").click()
        shows(0)
        assert lost, "the test did not lose the click's request"
        page.unroute("**/queue/join*")
        # 2. two clicks back to back; the first one's reply is slow and lands last
        slow.arm()
        cards.nth(1).locator("a.ca-src").click()
        cards.nth(2).locator("a.ca-src").click()
        assert slow.slow_done.wait(120)
        page.wait_for_function("(t) => window.__caShown.includes(t)", arg=texts[1])  # it did land
        shows(2)
        # 3. each of the others in turn, the next clicked as soon as the panel shows the last
        for i in (3, 4, 0, 2):
            cards.nth(i).locator("a.ca-src").click()
            shows(i)
        assert squash(hit.inner_text()) == texts[2]
    finally:
        served.close()


def test_hostile_article_is_shown_as_text_and_runs_nothing(page, bot) -> None:  # type: ignore[no-untyped-def]
    page.get_by_text("Search settings").click()
    page.locator("#ca-filter input").click()
    page.get_by_role("option", name=re.compile("hostile page")).click()
    page.keyboard.press("Escape")
    reply = ask(page, HOSTILE_Q)
    cards = reply.locator(".ca-card")
    expect(cards.first.locator(".ca-text")).to_contain_text("<script>window.__pwned = 1</script>")
    expect(cards.first.locator(".ca-text")).to_contain_text('<img src=x onerror="window.__pwned=2">')
    expect(cards.first.locator(".ca-text")).to_contain_text("${window.__pwned=4}")
    expect(cards.first.locator(".ca-cite")).to_contain_text('A hostile page <img src=x onerror="window.__pwned=3">')
    for i in range(cards.count()):
        assert "hostile-page.txt" in cards.nth(i).locator(".ca-cite").inner_text()  # the filter held
    cards.first.locator("a.ca-src").click()
    expect(page.locator("#ca-source .ca-doc-title")).to_contain_text("A hostile page")
    page.get_by_text("Indexed articles").click()
    expect(page.locator("table.ca-corpus")).to_contain_text("A hostile page")
    page.wait_for_timeout(1_000)  # let any injected image fail to load and fire its handler
    assert page.evaluate("typeof window.__pwned") == "undefined"
    expect(page.locator("#ca-source .ca-doc-text")).to_contain_text("<script>window.__pwned = 1</script>")
    expect(page.locator("table.ca-corpus")).to_contain_text('A hostile page <img src=x onerror="window.__pwned=3">')
    assert page.locator('img[src="x"]').count() == 0
    assert page.evaluate("[...document.scripts].some(s => s.textContent.includes('__pwned'))") is False
    assert bot.document(HOSTILE_DOC_ID) is not None


def test_thumbs_write_feedback_lines(page, web_settings) -> None:  # type: ignore[no-untyped-def]
    path = Path(web_settings.index_dir) / "feedback.jsonl"
    before = len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0
    ask(page, GDP)
    reply = ask(page, FOLLOWUP)
    shown = [squash(t) for t in reply.locator(".ca-card .ca-cite").all_inner_texts()]
    _rate(page, "Like", "Liked")
    records = _wait_for_lines(path, before + 1, page)
    _rate(page, "Dislike", "Disliked")
    records = _wait_for_lines(path, before + 2, page)
    like, dislike = records[-2:]
    assert (like["verdict"], dislike["verdict"]) == ("like", "dislike")
    assert like["id"] == dislike["id"] and like["kind"] == "feedback" and like["answers"] == []
    assert like["question"] == FOLLOWUP and like["history"] == [GDP]
    assert len(like["passages"]) == len(shown) == 5
    for p, cite in zip(like["passages"], shown):
        assert f"characters {p['start']:,}–{p['end']:,}" in cite and p["text"]


def _rate(page, label: str, taken: str) -> None:  # type: ignore[no-untyped-def]
    """Click the last reply's `label` button until the page shows it taken (`taken`), as a reader clicks again when
    nothing changed: under load a click can be lost before it reaches the button (CI: the buttons read "Dislike",
    "Liked" after a click on "Dislike"), and then the page shows no verdict and nothing is owed to the log."""
    for _ in range(3):
        page.locator(f"#ca-chat button[aria-label='{label}']").last.click()
        try:
            expect(page.locator(f"#ca-chat button[aria-label='{taken}']")).to_have_count(1, timeout=15_000)
            return
        except AssertionError:
            continue
    raise AssertionError(f"three clicks on {label!r} never showed {taken!r}")


def _wait_for_lines(path: Path, n: int, page) -> list[dict]:  # type: ignore[no-untyped-def]
    """The file's records once it holds `n` whole lines (a line still being written has no newline yet).

    As long as the page's other waits (120 s: a shared 2-core machine). On failure it says what the page
    showed: whether the button took the click (its label turns to "Liked"/"Disliked") and any notice.
    """
    for _ in range(1200):
        if path.exists():
            lines = path.read_text(encoding="utf-8").split("\n")[:-1]
            if len(lines) >= n:
                return [json.loads(line) for line in lines]
        time.sleep(0.1)
    labels = page.locator("#ca-chat button[aria-label]").evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))")
    notices = page.locator(".toast-body").all_inner_texts()
    raise AssertionError(f"{path} never reached {n} lines; the chat's buttons: {labels}; notices: {notices}")


def test_page_is_served_while_loading_and_the_first_question_waits(new_page, web_settings, bot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()

    class SlowHolder(AssistantHolder):
        def _load(self) -> None:
            gate.wait(300)
            self._bot = bot
            self._ready.set()

    served = ServedApp(SlowHolder(web_settings), web_settings)
    try:
        page = new_page(served.url, ready=False)
        expect(page.locator("#ca-status-box .ca-status-loading")).to_have_text(LOADING_MESSAGE)
        page.locator("#ca-question textarea").fill(PUTIN)
        page.locator("#ca-question textarea").press("Enter")
        expect(page.locator("#ca-chat").get_by_text(LOADING_MESSAGE)).to_be_visible()
        gate.set()
        expect(page.locator("#ca-chat .ca-answer .ca-card").first).to_contain_text("Astana")
        expect(page.locator("#ca-status-box .ca-status-ready")).to_be_visible()
    finally:
        gate.set()
        served.close()


def test_a_question_sent_while_the_previous_one_runs_is_answered_next(new_page, web_settings, bot) -> None:  # type: ignore[no-untyped-def]
    """A reader who sends a follow-up before the first answer is in gets both, in order (not a dropped question)."""
    gate = threading.Event()

    class GatedBot:
        def ask(self, question: str, *args, **kwargs):  # type: ignore[no-untyped-def]
            if question == PUTIN:
                gate.wait(300)
            return bot.ask(question, *args, **kwargs)

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(bot, name)

    class GatedHolder(AssistantHolder):
        def _load(self) -> None:
            self._bot = GatedBot()
            self._ready.set()

    served = ServedApp(GatedHolder(web_settings), web_settings)
    try:
        page = new_page(served.url)
        box = page.locator("#ca-question textarea")
        box.fill(PUTIN)
        box.press("Enter")
        expect(page.locator("#ca-chat").get_by_text("Searching the articles")).to_be_visible()
        box.fill(GDP)
        box.press("Enter")
        gate.set()
        replies = page.locator("#ca-chat .ca-answer")
        expect(replies).to_have_count(2)
        expect(replies.first.locator(".ca-card").first).to_contain_text("Astana")
        asked = [squash(t) for t in page.locator("#ca-chat .user-row").all_inner_texts()]
        assert asked == [PUTIN, GDP]
    finally:
        gate.set()
        served.close()


def test_a_missing_corpus_is_one_sentence_in_the_page(new_page, tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    settings = Settings().replace(corpus_dir=tmp_path / "no-corpus", index_dir=tmp_path / "index")
    served = ServedApp(AssistantHolder(settings, embedder=fake_embedder), settings)
    try:
        page = new_page(served.url, ready=False)
        status = page.locator("#ca-status-box .ca-status-error")
        expect(status).to_contain_text("Corpus folder")
        expect(status).to_contain_text("does not exist")
        reply = ask(page, PUTIN)
        expect(reply).to_have_class("ca-error")
        assert "Traceback" not in page.content()
        page.locator("#ca-chat button[aria-label='Like']").last.click()  # an error has nothing to rate: it says so
        expect(page.locator(".toast-body")).to_contain_text("Only an answer can be rated")
        assert not (tmp_path / "index" / "feedback.jsonl").exists()
    finally:
        served.close()


def test_api_answers_like_the_cli(app_url, bot) -> None:  # type: ignore[no-untyped-def]
    from gradio_client import Client

    client = Client(app_url, verbose=False, analytics_enabled=False, download_files=False)
    got = client.predict(question=FOLLOWUP, k=3, history=[GDP], doc_ids=[], api_name="/ask")
    assert got == json.loads(json.dumps(bot.ask(FOLLOWUP, k=3, history=[GDP]).to_json()))
