"""Questions across languages in the chat: a Russian question cites an English passage, and the reverse."""

from __future__ import annotations

import shutil

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.ingest.language import detect_language
from assistant.app.web import AssistantHolder
from tests.browser_support import CHROMIUM_ARGS, ServedApp, ensure_chromium
from tests.conftest import CORPUS

pytestmark = [pytest.mark.browser, pytest.mark.model]

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect
expect.set_options(timeout=120_000)  # a shared 2-core machine; these are waits, not timings

RU_FILE = "syrdarya-fond.txt"
RU_ARTICLE = """Совместный фонд для Сырдарьи

Министры водного хозяйства Казахстана и Узбекистана договорились создать общий фонд для ремонта каналов в бассейне Сырдарьи. Каждая сторона внесёт в фонд по 40 миллионов долларов в течение трёх лет.

Первым объектом станет Кызылкумский канал, где потери воды превышают треть забора. Работы начнутся весной, после окончания поливного сезона.

Эксперты считают, что соглашение снизит напряжённость летом, когда низовья реки страдают от нехватки воды.
"""
RU_QUESTION = "Где Путин отметил союз России и Казахстана?"  # answered by an English seed article
EN_QUESTION = "How much will each country put into the fund for the Syr Darya canals?"  # by the Russian one


@pytest.fixture(scope="module")
def lang_settings(tmp_path_factory: pytest.TempPathFactory, composite_embedder):  # type: ignore[no-untyped-def]
    """The seed articles plus one Russian article, indexed with minilm+e5 (multilingual across languages)."""
    from assistant.settings import Settings

    root = tmp_path_factory.mktemp("lang")
    shutil.copytree(CORPUS, root / "corpus")
    (root / "corpus" / RU_FILE).write_text(RU_ARTICLE, encoding="utf-8")
    settings = Settings().replace(model_id=composite_embedder.model_id, corpus_dir=root / "corpus", index_dir=root / "index")
    assert build_index(settings, composite_embedder).docs_added == 6
    return settings


@pytest.fixture(scope="module")
def lang_bot(lang_settings, composite_embedder):  # type: ignore[no-untyped-def]
    return Assistant.load(lang_settings, embedder=composite_embedder, rebuild=False)


@pytest.fixture(scope="module")
def lang_page(lang_settings, lang_bot):  # type: ignore[no-untyped-def]
    served = ServedApp(AssistantHolder(lang_settings, assistant=lang_bot), lang_settings)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=ensure_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(120_000)
        page.goto(served.url)
        expect(page.locator("#ca-status-box .ca-status-ready")).to_be_visible()
        yield page
        browser.close()
    served.close()


def _ask(page, question: str):  # type: ignore[no-untyped-def]
    replies = page.locator("#ca-chat .ca-answer, #ca-chat .ca-error")
    before = replies.count()
    page.locator("#ca-question textarea").fill(question)
    page.locator("#ca-question textarea").press("Enter")
    expect(replies).to_have_count(before + 1)
    return replies.last


@pytest.mark.parametrize(
    ("question", "language", "name", "needle", "source"),
    [
        (RU_QUESTION, "en", "English", "Astana", "corpus/putin-strengthens-ties-central-asia.txt"),
        (EN_QUESTION, "ru", "Russian", "40 миллионов", f"corpus/{RU_FILE}"),
    ],
)
def test_question_in_one_language_cites_a_passage_in_the_other(
    lang_page, lang_bot, question: str, language: str, name: str, needle: str, source: str
) -> None:  # type: ignore[no-untyped-def]
    top = lang_bot.ask(question, k=5).passages[0]
    assert top.source == source and top.language == language
    reply = _ask(lang_page, question)
    card = reply.locator(".ca-card").first
    chip = card.locator(".ca-cite .ca-lang")
    expect(chip).to_have_text(language.upper())
    expect(chip).to_have_attribute("title", name)
    expect(card.locator(f'.ca-text[lang="{language}"]')).to_contain_text(needle)  # shown as written
    mark = card.locator(".ca-text mark")
    expect(mark).to_be_visible()
    assert top.highlight and " ".join(mark.inner_text().split()) == " ".join(top.highlight.text.split())
    # the best sentence, chosen across languages: one of the passage's own, in its language
    assert top.highlight.text in top.text and detect_language(top.highlight.text) == language


def test_a_follow_up_on_a_new_subject_leaves_the_old_one_behind(lang_page) -> None:  # type: ignore[no-untyped-def]
    """«А Кызылкумский канал?» after a question about the fund: the canal is searched, not the fund again."""
    lang_page.locator("#ca-new").click()
    expect(lang_page.locator("#ca-chat .ca-answer")).to_have_count(0)
    first = _ask(lang_page, "Сколько внесёт каждая сторона в фонд для Сырдарьи?")
    expect(first.locator(".ca-card").first.locator(".ca-text")).to_contain_text("40 миллионов")
    reply = _ask(lang_page, "А Кызылкумский канал?")
    searched = reply.locator(".ca-notice", has_text="Searched as")
    expect(searched).to_contain_text("Кызылкумский канал")
    assert "фонд" not in searched.inner_text() and "Сырдарь" not in searched.inner_text()
    mark = reply.locator(".ca-card").first.locator(".ca-text mark")
    expect(mark).to_contain_text("Кызылкумский канал")
    assert "Совместный фонд" not in mark.inner_text()  # never the title line
