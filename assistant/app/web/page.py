"""The chat page's Gradio Blocks layout and its event handlers, and launching it."""

# No `from __future__ import annotations` here: Gradio reads the event-data annotations
# (gr.LikeData) of the handlers defined inside `build_app` at run time.

import tempfile
import uuid
from pathlib import Path
from typing import Any

from ...errors import AssistantError, EmptyQuestionError
from ...settings import Settings
from .feedback import FeedbackLog, _verdict, feedback_record
from .holder import AssistantHolder
from .render import (
    EXAMPLES,
    LOADING_MESSAGE,
    SORTS,
    SOURCE_PLACEHOLDER,
    conversation_file,
    corpus_panel,
    escape_text,
    facet_choices,
    filters_from_controls,
    history_of,
    parse_source_ref,
    passages_wanted,
    render_answer,
    render_document,
    render_error,
    source_view,
    status_line,
)

__all__ = ["CSS", "PAGE_JS", "build_app"]

STATUS_POLL_SECONDS = 3.0  # how often an open page asks which index generation is served


# --------------------------------------------------------------------------- the page


def _static(name: str) -> str:
    """A file of the page (CSS or JS) shipped in assistant/static, read once at start."""
    from importlib import resources

    return resources.files("assistant").joinpath("static", name).read_text(encoding="utf-8")


CSS = _static("chat.css")

# Clicking "view in article" writes the link's reference (plus a nonce, so the same link
# works twice) into a hidden textbox whose change event renders the source viewer; the page
# asks again until the viewer shows that link (data-ca-ref), so no click is lost.
PAGE_JS = _static("page.js")

# When a question is asked and when its reply arrives, scroll the chat so that the question
# and the top of the reply (summary, best passage) are in view, not the reply's last card.
SHOW_REPLY_JS = _static("show_reply.js")

SCROLL_JS = _static("source_scroll.js")


def build_app(holder: AssistantHolder, settings: Settings | None = None) -> Any:
    """The Gradio Blocks of the chat page (not launched)."""
    import gradio as gr

    settings = settings or holder.settings
    feedback = FeedbackLog.for_settings(settings)

    def ask_api(
        question: str,
        k: int = 5,
        history: list[str] | None = None,
        doc_ids: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        publisher: list[str] | None = None,
        lang: list[str] | None = None,
        country: list[str] | None = None,
    ) -> dict[str, Any]:
        """Answer `question` from the articles; returns the JSON of `assistant ask --json`.

        since/until (YYYY, YYYY-MM or YYYY-MM-DD), publisher, lang and country filter the articles.
        """
        try:
            filters = filters_from_controls(doc_ids, since, until, publisher, lang, country)
            k = passages_wanted(k)
            bot = holder.get()
            return bot.ask(question, k=k, history=history, filters=filters).to_json()
        except AssistantError as exc:
            raise gr.Error(str(exc), print_exception=False) from None  # the caller's mistake: no traceback in the log

    def on_load() -> tuple[Any, ...]:
        try:
            bot = holder.get().snapshot  # one index for the chip, the filters and the list
        except AssistantError as exc:
            return (status_line(None, str(exc)), *(gr.update() for _ in range(6)))
        choices = facet_choices(bot)
        return (
            status_line(bot, None),
            gr.update(choices=choices["article"]),
            corpus_panel(bot),
            bot.generation,
            gr.update(choices=choices["publisher"]),
            gr.update(choices=choices["language"]),
            gr.update(choices=choices["country"]),
        )

    def on_tick(shown: str) -> Any:
        """The index generation now served, when it differs from the one the page shows."""
        bot = holder.peek()
        if bot is None:
            return gr.skip()
        generation = bot.snapshot.generation  # the watcher swaps rebuilt indexes in (service.py)
        return gr.skip() if generation == shown else generation

    def on_new_index(chosen: list[str] | None) -> tuple[Any, Any, Any]:
        """Follow a rebuild: the chip, the filter and the list describe the index now served."""
        bot = holder.peek()
        if bot is None:
            return gr.skip(), gr.skip(), gr.skip()
        bot = bot.snapshot  # one index for the chip, the filter and the list
        documents = bot.documents()
        ids = {d.doc_id for d in documents}
        choices = facet_choices(bot)["article"]
        kept = [doc_id for doc_id in chosen or [] if doc_id in ids]  # a deleted article leaves the filter
        return status_line(bot, None), gr.update(choices=choices, value=kept), corpus_panel(bot)

    def sort_corpus(sort: str) -> str:
        bot = holder.peek()
        if bot is None:
            return f'<p class="ca-muted">{LOADING_MESSAGE}</p>'
        return corpus_panel(bot.snapshot, "date" if sort == SORTS["date"] else "title")

    export_dir = Path(tempfile.gettempdir()) / "assistant-exports"

    def download(turns: list[dict[str, Any]]) -> Any:
        path = conversation_file(turns or [], export_dir)
        return gr.update(value=str(path) if path else None, interactive=path is not None)

    def submit(
        message: str, chat: list[Any], turns: list[dict[str, Any]], k: float, doc_ids: list[str] | None,
        since: str | None = None, until: str | None = None, publishers: list[str] | None = None,
        languages: list[str] | None = None, countries: list[str] | None = None,
    ):
        question = message or ""
        chat = list(chat or [])
        turns = list(turns or [])
        if not question.strip():
            gr.Warning("Please type a question first.")
            yield chat, message, turns
            return
        chat.append({"role": "user", "content": escape_text(question)})
        waiting = "Searching the articles…" if holder.ready else f"{LOADING_MESSAGE} Your question will be answered as soon as it is ready."
        chat.append({"role": "assistant", "content": f'<p class="ca-muted">{waiting}</p>'})
        yield chat, "", turns
        history = history_of(turns)
        try:
            filters = filters_from_controls(doc_ids, since, until, publishers, languages, countries)
            bot = holder.get()
            answer = bot.ask(question, k=int(k), history=history, filters=filters)
        except EmptyQuestionError as exc:
            chat[-1] = {"role": "assistant", "content": render_error(str(exc))}
            yield chat, gr.skip(), turns
            return
        except AssistantError as exc:
            chat[-1] = {"role": "assistant", "content": render_error(str(exc))}
            yield chat, gr.skip(), turns
            return
        chat[-1] = {"role": "assistant", "content": render_answer(answer)}
        turns.append(
            {
                "id": f"fb-{uuid.uuid4().hex[:12]}",
                "message_index": len(chat) - 1,
                "question": question,
                "history": history,
                "answer": answer.to_json(),
            }
        )
        yield chat, gr.skip(), turns  # the box was cleared when the question was sent; keep what was typed since

    def on_like(turns: list[dict[str, Any]], data: gr.LikeData) -> None:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turn = next((t for t in turns or [] if t.get("message_index") == index), None)
        if turn is None:  # a reply that is no answer (an error, a question still running) has nothing to rate
            gr.Warning("Only an answer can be rated; this reply has no passages to rate.")
            return
        feedback.append(feedback_record(turn, _verdict(data.liked)))
        gr.Info("Thank you: your feedback was saved.")

    def open_source(value: str) -> str:
        ref = parse_source_ref(value)
        if ref is None:
            return SOURCE_PLACEHOLDER
        try:
            body = render_document(holder.get(), ref)
        except AssistantError as exc:
            body = render_error(str(exc))
        return source_view(ref, body)

    def pick_example(data: gr.SelectData) -> str:
        value = data.value
        return str(value.get("text", "")) if isinstance(value, dict) else str(value)

    def new_conversation() -> tuple[list[Any], list[Any], str, str]:
        return [], [], "", SOURCE_PLACEHOLDER  # the source panel showed an article of the old conversation

    with gr.Blocks(title="Central Asia foreign-policy assistant", analytics_enabled=False) as demo:
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                gr.HTML(
                    "<h1>Central Asia foreign-policy assistant</h1>"
                    "<p>Ask about the articles; every answer is a passage you can check.</p>",
                    elem_id="ca-header",
                )
            with gr.Column(scale=2, min_width=240):
                status = gr.HTML(status_line(None, None), elem_id="ca-status-box")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                chatbot = gr.Chatbot(
                    elem_id="ca-chat",
                    height=660,
                    show_label=False,
                    render_markdown=False,  # our own escaped HTML; no Markdown pass over document text
                    sanitize_html=True,
                    latex_delimiters=[],
                    layout="panel",
                    buttons=[],
                    feedback_options=("Like", "Dislike"),
                    placeholder="<p class='ca-muted'>Ask a question, or pick an example.</p>",
                    examples=[{"text": q} for q in EXAMPLES],
                )
                with gr.Row():
                    msg = gr.Textbox(
                        placeholder="Ask a question about Central Asia's foreign policy…",
                        show_label=False,
                        scale=6,
                        container=False,
                        autofocus=True,
                        elem_id="ca-question",
                    )
                    send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ca-ask")
                    clear = gr.Button("New conversation", scale=1, min_width=170, elem_id="ca-new")
            with gr.Column(scale=2, min_width=320):
                with gr.Accordion("Source", open=True, elem_id="ca-source-panel"):
                    source_panel = gr.HTML(SOURCE_PLACEHOLDER, elem_id="ca-source", js_on_load=SCROLL_JS)
                with gr.Accordion("Search settings", open=False):
                    k = gr.Slider(1, 10, value=max(1, min(10, settings.k)), step=1, label="Passages to show")
                    doc_filter = gr.Dropdown(
                        choices=[],
                        value=[],
                        multiselect=True,
                        label="Only these articles",
                        info="Leave empty to search all articles.",
                        elem_id="ca-filter",
                    )
                    facet_controls = _facet_controls(gr)
                with gr.Accordion("Indexed articles", open=False, elem_id="ca-corpus-panel"):
                    corpus_sort = gr.Radio(
                        list(SORTS.values()), value=SORTS["title"], label="Sort by", elem_id="ca-corpus-sort"
                    )
                    corpus_html = gr.HTML(f'<p class="ca-muted">{LOADING_MESSAGE}</p>')
                download_button = gr.DownloadButton(
                    "Download conversation", value=None, interactive=False, size="sm", elem_id="ca-download"
                )
        source_ref = gr.Textbox(visible="hidden", elem_id="ca-source-ref")
        turns = gr.State([])
        shown_generation = gr.State("")  # the index generation the chip, filter and list describe
        status_timer = gr.Timer(STATUS_POLL_SECONDS)

        inputs = [msg, chatbot, turns, k, doc_filter, *facet_controls]
        outputs = [chatbot, msg, turns]
        private: dict[str, Any] = {"api_visibility": "private"}
        show_reply: dict[str, Any] = {"fn": None, "js": SHOW_REPLY_JS, **private}
        offer_download: dict[str, Any] = {"fn": download, "inputs": turns, "outputs": download_button, **private}
        for trigger in (msg.submit, send.click):
            # always_last: a question sent while the previous one is still finishing runs next, not dropped
            trigger(submit, inputs, outputs, show_progress="hidden", trigger_mode="always_last", **private).then(**show_reply).then(
                **offer_download
            )
            trigger(**show_reply)
        chatbot.example_select(pick_example, None, msg, **private).then(
            submit, inputs, outputs, show_progress="hidden", **private
        ).then(**show_reply).then(**offer_download)
        clear.click(new_conversation, None, [chatbot, turns, msg, source_panel], **private).then(**offer_download)
        corpus_sort.change(sort_corpus, corpus_sort, corpus_html, show_progress="hidden", **private)
        chatbot.clear(list, None, turns, **private)  # the chat's own bin icon
        chatbot.like(on_like, turns, None, **private)
        # multiple: a click is sent even while an earlier one is pending, so a request lost on its
        # way (page.js asks again when the panel does not show the clicked link) cannot hold the
        # later ones back; page.js also asks again when an earlier, slower reply lands last.
        source_ref.change(open_source, source_ref, source_panel, show_progress="hidden",
                          trigger_mode="multiple", **private)
        live = [status, doc_filter, corpus_html, shown_generation]
        demo.load(on_load, None, [*live, *facet_controls[2:]], concurrency_limit=None, **private)
        status_timer.tick(on_tick, shown_generation, shown_generation, show_progress="hidden",
                          concurrency_limit=None, **private)
        shown_generation.change(on_new_index, doc_filter, live[:3], show_progress="hidden",
                                concurrency_limit=None, **private)
        gr.api(ask_api, api_name="ask")
    _accept_short_ask_calls(demo, ask_api.__name__)
    return demo


def _accept_short_ask_calls(demo: Any, fn_name: str) -> None:
    """Let HTTP callers of `/ask` written before the filters send their four values; the filters
    they leave out take their defaults (Gradio itself refuses a call with fewer values than inputs)."""
    original = demo.preprocess_data

    async def preprocess_data(block_fn: Any, inputs: list[Any], state: Any, explicit_call: bool = False) -> Any:
        missing = len(block_fn.inputs) - len(inputs)
        if getattr(block_fn, "name", None) == fn_name and 0 < missing <= 5:
            inputs = [*inputs, *([None] * missing)]
        return await original(block_fn, inputs, state, explicit_call)

    demo.preprocess_data = preprocess_data


def _facet_controls(gr: Any) -> list[Any]:
    """The filter controls of the side panel: since, until, publisher, language, country (in that order)."""
    with gr.Row():
        since = gr.Textbox(label="Published since", placeholder="YYYY, YYYY-MM or YYYY-MM-DD", elem_id="ca-since")
        until = gr.Textbox(label="Published until", placeholder="YYYY, YYYY-MM or YYYY-MM-DD", elem_id="ca-until")
    publisher = gr.Dropdown(choices=[], value=[], multiselect=True, label="Publisher", elem_id="ca-publisher")
    language = gr.Dropdown(choices=[], value=[], multiselect=True, label="Language", elem_id="ca-language")
    country = gr.Dropdown(
        choices=[], value=[], multiselect=True, label="About country", elem_id="ca-country",
        info="Articles that name the country repeatedly or in the title.",
    )
    return [since, until, publisher, language, country]
