"""The chat page without a browser: escaping, abstention, source viewer, feedback, start-up, API."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index
from assistant.errors import AssistantError
from assistant.records import Answer, Highlight, Passage
from assistant.app.web import (
    ABSTAIN_MESSAGE,
    LOADING_MESSAGE,
    AssistantHolder,
    FeedbackLog,
    SourceRef,
    _auth_from_env,
    corpus_panel,
    escape_text,
    feedback_record,
    parse_source_ref,
    render_answer,
    render_document,
    source_ref_key,
    source_view,
    status_line,
)
from tests.browser_support import HOSTILE_DOC_ID, HOSTILE_TEXT, HOSTILE_TITLE, add_hostile_article

HOSTILE = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "${window.__pwned=4}",
    "{{constructor.constructor('x')()}}",
    "$$x^2$$",
    "[a link](javascript:alert(1))",
    "`code` & \"quotes\" 'single'",
]
# Markup that must never reach the page as markup (entities are fine).
LIVE_MARKUP = re.compile(r"<\s*(script|img|iframe|svg|object)\b|\bon\w+\s*=\s*\"|href\s*=\s*[\"']?\s*javascript|\$\{|\{\{|\$\$|`", re.IGNORECASE)


def passage(text: str, rank: int = 1, *, title: str = "Title", hl: tuple[int, int] | None = None, **kw) -> Passage:  # type: ignore[no-untyped-def]
    start = kw.pop("start", 100)
    highlight = None
    if hl:
        highlight = Highlight(text=text[hl[0] : hl[1]], start=start + hl[0], end=start + hl[1])
    return Passage(
        rank=rank,
        score=kw.pop("score", 0.5),
        text=text,
        doc_id=kw.pop("doc_id", "doc-a"),
        title=title,
        source=kw.pop("source", "corpus/doc-a.txt"),
        section=kw.pop("section", None),
        start=start,
        end=start + len(text),
        highlight=highlight,
        **kw,
    )


@pytest.mark.parametrize("payload", HOSTILE)
def test_escape_text_leaves_no_markup(payload: str) -> None:
    out = escape_text(payload)
    assert not LIVE_MARKUP.search(out)
    assert "<" not in out and ">" not in out


@pytest.mark.parametrize("payload", HOSTILE)
@pytest.mark.parametrize("where", ["text", "title", "section", "publisher"])
def test_hostile_document_text_is_escaped_everywhere(payload: str, where: str) -> None:
    text = f"Before. {payload} After the payload comes the answer."
    fields = {"title": "Title", "section": "Section", "publisher": "Pub"}
    if where != "text":
        fields[where] = payload
    p = passage(text if where == "text" else "Plain text. The answer.", hl=(0, 7), **fields)
    for abstained in (False, True):
        out = render_answer(Answer(question=payload, passages=(p,), abstained=abstained))
        assert not LIVE_MARKUP.search(out), out
        assert escape_text(payload) in out


def test_answer_card_has_highlight_citation_and_discreet_score() -> None:
    text = "Putin arrived in Astana. Speaking in Astana, he celebrated the alliance. Then he left."
    s = text.index("Speaking")
    e = text.index("Then")
    best = passage(text, hl=(s, e - 1), title="Putin Strengthens Ties", section="Background",
                   publisher="Capital Cities", date="2025-03-29", score=0.7123, start=1422)
    other = passage("Another passage. With a sentence.", rank=2, hl=(0, 16), title="Other", start=50)
    out = render_answer(Answer(question="Where?", passages=(best, other)))
    assert out.index("Best source: <b>Putin Strengthens Ties</b>") < out.index('class="ca-card"')
    assert "<mark>Speaking in Astana, he celebrated the alliance.</mark>" in out
    assert "Capital Cities · 2025-03-29 · § Background" in out
    assert f"characters 1,422–{1422 + len(text):,}" in out
    assert '<span class="ca-score" title="retrieval score">0.71</span>' in out
    assert 'href="#source=doc-a|1422|' in out  # the "view in article" link
    assert "1 more passage below" in out
    # the second card is folded to its answering sentence
    assert '<details class="ca-more"><summary><mark>Another passage.</mark></summary>' in out
    assert ABSTAIN_MESSAGE not in out


def test_abstention_says_so_and_folds_the_nearest_passages() -> None:
    near = passage("Bananas are not in the corpus.", hl=(0, 10))
    out = render_answer(Answer(question="Banana bread?", passages=(near,), abstained=True))
    assert out.index(ABSTAIN_MESSAGE) < out.index("<details")
    assert '<details class="ca-nearest"><summary>Nearest passages (1)</summary>' in out
    assert "<details class=\"ca-nearest\" open" not in out
    assert "Best source" not in out
    empty = render_answer(Answer(question="x", passages=(), abstained=False))
    assert ABSTAIN_MESSAGE in empty and "<details" not in empty


def test_notices_and_resolved_followup_are_shown_escaped() -> None:
    answer = Answer(
        question="And <b>Uzbekistan</b>?",
        passages=(passage("Uzbekistan: 5.2%.", hl=(0, 16)),),
        notices=("Your question was <long>.",),
        resolved_question="What is <b>Uzbekistan</b>'s growth?",
    )
    out = render_answer(answer)
    assert "Your question was &lt;long&gt;." in out
    assert "Searched as: “What is &lt;b&gt;Uzbekistan&lt;/b&gt;&#x27;s growth?”" in out


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("doc-a|10|20", SourceRef("doc-a", 10, 20)),
        ("#source=doc-a|10|20|12|18", SourceRef("doc-a", 10, 20, 12, 18)),
        ("doc-a|10|20|12|18|1712345678", SourceRef("doc-a", 10, 20, 12, 18)),
        ("doc-a|10|20|1712345678", SourceRef("doc-a", 10, 20)),
        ("sub%2Fdoc%7Cx|1|2", SourceRef("sub/doc|x", 1, 2)),
        ("", None),
        ("doc-a", None),
        ("doc-a|x|y", None),
        ("|1|2", None),
    ],
)
def test_parse_source_ref(value: str, expected: SourceRef | None) -> None:
    assert parse_source_ref(value) == expected


@pytest.fixture
def web_settings(settings, fake_embedder):  # type: ignore[no-untyped-def]
    """The real corpus plus the hostile article, indexed with the fake embedder."""
    add_hostile_article(settings.corpus_dir)
    build_index(settings, fake_embedder)
    return settings


@pytest.fixture
def bot(web_settings, fake_embedder):  # type: ignore[no-untyped-def]
    return Assistant.load(web_settings, embedder=fake_embedder, rebuild=False)


def test_source_viewer_shows_the_article_with_the_passage_marked(bot) -> None:  # type: ignore[no-untyped-def]
    top = bot.ask("Where did Putin celebrate the alliance between Russia and Kazakhstan?", k=1).passages[0]
    hl = top.highlight
    ref = SourceRef(top.doc_id, top.start, top.end, hl.start if hl else None, hl.end if hl else None)
    out = render_document(bot, ref)
    doc = bot.document(top.doc_id)
    assert escape_text(doc.title) in out
    marked = re.search(r'<mark class="ca-hit" id="ca-hit">(.*?)</mark>', out, re.DOTALL)
    assert marked and re.sub(r"<[^>]+>", "", marked.group(1)) == escape_text(top.text)
    if hl:
        assert f'<b class="ca-hit-sentence">{escape_text(hl.text)}</b>' in out
    # the whole article is there, around the passage
    assert escape_text(doc.text) in re.sub(r"<[^>]+>", "", out)


def test_source_view_names_the_link_it_answers(bot) -> None:  # type: ignore[no-untyped-def]
    """The panel carries the clicked link's reference; page.js asks again until the two match."""
    answer = bot.ask("Where did Putin celebrate the alliance between Russia and Kazakhstan?", k=5)
    links = [html.unescape(h) for h in re.findall(r'<a class="ca-src" href="#source=([^"]+)"', render_answer(answer))]
    assert len(links) == len(answer.passages) == 5
    for link in links:
        ref = parse_source_ref(f"{link}|17123456781")  # as page.js sends it, with a nonce
        assert ref is not None and source_ref_key(ref) == link
        view = source_view(ref, render_document(bot, ref))
        assert view.startswith(f'<div class="ca-source-view" data-ca-ref="{escape_text(link)}"><div class="ca-doc">')
    odd = SourceRef('a"b<c>|d', 1, 2)
    assert source_ref_key(odd) == "a%22b%3Cc%3E%7Cd|1|2"
    assert parse_source_ref(source_ref_key(odd)) == odd


@pytest.mark.parametrize("doc_id", ["no-such-article", "../../etc/passwd", "/etc/passwd", "corpus/metadata.json"])
def test_source_viewer_refuses_documents_outside_the_index(bot, doc_id: str) -> None:  # type: ignore[no-untyped-def]
    out = render_document(bot, SourceRef(doc_id, 0, 10))
    assert "not part of the indexed corpus" in out
    assert "root:" not in out


def test_source_viewer_escapes_a_hostile_article_and_clamps_offsets(bot) -> None:  # type: ignore[no-untyped-def]
    doc = bot.document(HOSTILE_DOC_ID)
    assert doc is not None and "<script>" in doc.text
    out = render_document(bot, SourceRef(HOSTILE_DOC_ID, 5, 10**9, 3, 2))
    assert not LIVE_MARKUP.search(out), out
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in out
    assert escape_text(HOSTILE_TITLE) in out
    assert '<mark class="ca-hit" id="ca-hit">' in out


def test_corpus_panel_lists_articles_with_passage_counts_and_build_time(bot) -> None:  # type: ignore[no-untyped-def]
    out = corpus_panel(bot)
    counts = bot.passages_per_document()
    assert len(counts) == 6
    for doc in bot.documents():
        assert f"<td>{escape_text(doc.title)}</td>" in out
        assert f"<td class='ca-num'>{counts[doc.doc_id]}</td>" in out
    assert "Playing both sides" in out and "2025-03-29" in out and "Valdai Discussion Club" in out
    assert re.search(r"Index built \d{4}-\d\d-\d\d \d\d:\d\d", out)
    assert not LIVE_MARKUP.search(out)


def test_feedback_is_appended_as_question_set_lines(tmp_path: Path) -> None:
    log = FeedbackLog(tmp_path / "index" / "feedback.jsonl")
    answer = Answer(question="And Uzbekistan?", passages=(passage("Uzbekistan: 5.2%.", hl=(0, 10)),),
                    resolved_question="What is Uzbekistan's GDP growth?")
    turn = {"id": "fb-1", "question": "And Uzbekistan?", "history": ["What is Kazakhstan's GDP growth?"],
            "answer": answer.to_json()}
    log.append(feedback_record(turn, "like", now=0))
    log.append(feedback_record(turn, "dislike"))
    lines = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert [r["verdict"] for r in lines] == ["like", "dislike"]
    first = lines[0]
    assert {"id", "question", "answers", "history", "kind"} <= first.keys()  # eval/*.jsonl fields
    assert first["id"] == "fb-1" and first["kind"] == "feedback" and first["answers"] == []
    assert first["history"] == ["What is Kazakhstan's GDP growth?"]
    assert first["passages"] == [
        {"rank": 1, "doc_id": "doc-a", "start": 100, "end": 117, "score": 0.5, "text": "Uzbekistan: 5.2%."}
    ]
    assert first["resolved_question"] == "What is Uzbekistan's GDP growth?"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", first["time"])


def test_holder_reports_a_missing_corpus_as_one_sentence(tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    settings = Settings().replace(corpus_dir=tmp_path / "nowhere", index_dir=tmp_path / "index")
    holder = AssistantHolder(settings, embedder=fake_embedder)
    with pytest.raises(AssistantError, match="corpus folder .* does not exist"):
        holder.get(timeout=60)
    line = status_line(None, holder.error)
    assert "ca-status-error" in line and "Corpus folder" in line and "Traceback" not in line
    assert LOADING_MESSAGE in status_line(None, None)


def test_holder_serves_an_injected_assistant_at_once(bot, web_settings) -> None:  # type: ignore[no-untyped-def]
    holder = AssistantHolder(web_settings, assistant=bot)
    assert holder.ready and holder.get(timeout=0) is bot and holder.peek() is bot


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"ASSISTANT_USERNAME": "ann", "ASSISTANT_PASSWORD": "s3cret"}, ("ann", "s3cret")),
        ({"ASSISTANT_USERNAME": "ann"}, AssistantError),
        ({"ASSISTANT_PASSWORD": "s3cret"}, AssistantError),
    ],
)
def test_auth_from_environment(env: dict[str, str], expected) -> None:  # type: ignore[no-untyped-def]
    if expected is AssistantError:
        with pytest.raises(AssistantError, match="both"):
            _auth_from_env(env)
    else:
        assert _auth_from_env(env) == expected


@pytest.mark.parametrize(
    ("argv", "env", "host", "port"),
    [
        ([], {}, "127.0.0.1", 7860),
        (["--host", "0.0.0.0", "--port", "8000"], {}, "0.0.0.0", 8000),
        ([], {"GRADIO_SERVER_NAME": "10.0.0.5", "GRADIO_SERVER_PORT": "9000"}, "10.0.0.5", 9000),
    ],
)
def test_app_binds_loopback_unless_told(monkeypatch, argv, env, host, port) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    import assistant.app.web

    for key in ("GRADIO_SERVER_NAME", "GRADIO_SERVER_PORT"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "True")
    calls: list[dict] = []
    monkeypatch.setattr(assistant.app.web, "serve", lambda **kw: calls.append(kw))
    spec = importlib.util.spec_from_file_location("app", Path(__file__).resolve().parent.parent / "app.py")
    app = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(app)
    app.main(argv)
    assert calls == [{"host": host, "port": port, "rebuild": True, "require_auth": False}]
    import os

    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"


def test_api_endpoint_returns_the_cli_json(bot, web_settings) -> None:  # type: ignore[no-untyped-def]
    """The named `ask` endpoint through gradio_client, served with the fake embedder."""
    from gradio_client import Client

    from tests.browser_support import ServedApp

    served = ServedApp(AssistantHolder(web_settings, assistant=bot), web_settings)
    try:
        client = Client(served.url, verbose=False, analytics_enabled=False, download_files=False)
        question = "What is Tajikistan's main security concern?"
        got = client.predict(question=question, k=3, history=[], doc_ids=[], api_name="/ask")
        assert got == json.loads(json.dumps(bot.ask(question, k=3).to_json()))
        assert len(got["passages"]) == 3 and {"rank", "score", "text", "doc_id", "start", "end"} <= got["passages"][0].keys()
        only = client.predict(question=question, k=2, history=[], doc_ids=[HOSTILE_DOC_ID], api_name="/ask")
        assert {p["doc_id"] for p in only["passages"]} == {HOSTILE_DOC_ID}
        with pytest.raises(Exception, match="(?i)question"):
            client.predict(question="   ", k=3, history=[], doc_ids=[], api_name="/ask")
        for bad in (0, 1000, -2, 2.5):  # never silently 5 or 50 passages
            with pytest.raises(Exception, match="k must be a whole number of passages from 1 to 50"):
                client.predict(question=question, k=bad, api_name="/ask")
        assert len(client.predict(question=question, k=50, api_name="/ask")["passages"]) >= 3
        api = client.view_api(print_info=False, return_format="dict")
        assert "/ask" in api["named_endpoints"]
        assert set(api["named_endpoints"]) == {"/ask"}  # the page's own events stay private
    finally:
        served.close()


def test_queue_keeps_no_per_event_analytics(bot, web_settings) -> None:  # type: ignore[no-untyped-def]
    """Gradio's queue would keep 10 000 events and summarise them all in a DataFrame after each one
    (RSS grew with every question, bench/memory_probe.py): the chat keeps 100 and never summarises."""
    import requests
    from gradio_client import Client

    from tests.browser_support import ServedApp

    served = ServedApp(AssistantHolder(web_settings, assistant=bot), web_settings)
    try:
        client = Client(served.url, verbose=False, analytics_enabled=False, download_files=False)
        for _ in range(3):
            assert client.predict(question="What is Tajikistan's main security concern?", k=1, api_name="/ask")["passages"]
        queue = served.demo._queue
        assert queue.events_recorded >= 3 and len(queue.event_analytics) <= 100
        assert queue.ANALYTICS_MAX_EVENTS == 100
        assert queue.cached_event_analytics_summary == {"functions": {}}  # never summarised
        assert requests.get(served.url + "monitoring/summary", timeout=30).status_code == 403
    finally:
        served.close()


def test_password_protects_page_and_api(bot, web_settings) -> None:  # type: ignore[no-untyped-def]
    import requests
    from gradio_client import Client
    from gradio_client.exceptions import AuthenticationError

    from tests.browser_support import ServedApp

    served = ServedApp(AssistantHolder(web_settings, assistant=bot), web_settings, auth=("ann", "s3cret"))
    try:
        assert requests.get(served.url + "config", timeout=30).status_code == 401
        with pytest.raises(AuthenticationError, match="credentials were not provided"):
            Client(served.url, verbose=False, analytics_enabled=False, download_files=False)
        with pytest.raises((AuthenticationError, ValueError), match="Could not login"):
            Client(served.url, auth=("ann", "wrong"), verbose=False, analytics_enabled=False, download_files=False)
        client = Client(served.url, auth=("ann", "s3cret"), verbose=False, analytics_enabled=False, download_files=False)
        got = client.predict(question="What is Tajikistan's main security concern?", k=1, api_name="/ask")
        assert len(got["passages"]) == 1
    finally:
        served.close()


def test_hostile_text_constant_is_hostile() -> None:
    assert "<script>" in HOSTILE_TEXT and "onerror" in HOSTILE_TEXT and "onerror" in HOSTILE_TITLE


def test_page_css_and_js_are_static_files_shipped_as_package_data() -> None:
    import fnmatch
    import tomllib

    import assistant.app.web

    import assistant

    package = Path(assistant.__file__).resolve().parent
    config = tomllib.loads((package.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["assistant"]
    files = sorted((package / "static").iterdir())
    assert {f.suffix for f in files} == {".css", ".js"}
    for file in files:  # every file ships, and the page uses what the file holds
        assert any(fnmatch.fnmatch(f"static/{file.name}", p) for p in patterns), file.name
    assert assistant.app.web.CSS == (package / "static" / "chat.css").read_text(encoding="utf-8")
    assert ".ca-card" in assistant.app.web.CSS and "ca-source-ref" in assistant.app.web.PAGE_JS


def test_a_port_in_use_is_one_sentence_not_a_traceback(bot, web_settings) -> None:  # type: ignore[no-untyped-def]
    import socket

    from assistant.app.web import build_app, launch
    from assistant.errors import AssistantError

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))
        held.listen(1)
        port = held.getsockname()[1]
        demo = build_app(AssistantHolder(web_settings, assistant=bot), web_settings)
        with pytest.raises(AssistantError) as caught:
            launch(demo, host="127.0.0.1", port=port, block=False, quiet=True)
    message = str(caught.value)
    assert message.startswith(f"cannot serve the chat on 127.0.0.1:{port} (") and "--port" in message
    assert "\n" not in message and "Traceback" not in message


def test_a_slow_start_up_probe_does_not_stop_the_chat(bot, web_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Gradio's own probe gives the new server one 3-second request; on a loaded machine it fails
    and Gradio refused to start ("a shareable link must be created"). The chat waits longer instead."""
    import socket

    import gradio.networking
    import httpx

    from assistant.app.web import build_app, launch

    monkeypatch.setattr(gradio.networking, "url_ok", lambda url: False)  # its request timed out
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    demo = build_app(AssistantHolder(web_settings, assistant=bot), web_settings)
    try:
        launch(demo, host="127.0.0.1", port=port, block=False, quiet=True)
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=30)
        assert page.status_code == 200 and "<html" in page.text.lower()
    finally:
        demo.close()


def test_a_server_that_never_answers_is_one_sentence(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import socket

    from assistant.app.web import launching
    from assistant.errors import AssistantError

    closed: list[bool] = []

    class Demo:
        def close(self) -> None:
            closed.append(True)

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]  # nothing listens there once the socket is closed
    with pytest.raises(AssistantError) as caught:
        launching._wait_until_served(Demo(), f"http://127.0.0.1:{port}/", seconds=1.0)
    message = str(caught.value)
    assert f"http://127.0.0.1:{port}/ did not answer within 1 s" in message and "\n" not in message
    assert closed == [True]  # the half-started server is not left running


@pytest.mark.parametrize("k,expected", [(1, 1), (50, 50), ("7", 7), (3.0, 3), (0, None), (51, None),
                                        (-1, None), (2.5, None), ("many", None), (True, None), (None, None)])
def test_the_api_k_is_checked_not_clamped(k, expected) -> None:  # type: ignore[no-untyped-def]
    from assistant.app.web.render import passages_wanted
    from assistant.errors import AssistantError

    if expected is None:
        with pytest.raises(AssistantError, match="from 1 to 50"):
            passages_wanted(k)
    else:
        assert passages_wanted(k) == expected
