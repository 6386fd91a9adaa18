"""The chat page: the Gradio Blocks layout, and Answers rendered as escaped HTML cards."""

# No `from __future__ import annotations` here: Gradio reads the event-data annotations
# (gr.LikeData) of the handlers defined inside `build_app` at run time.

import dataclasses
import html
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from .errors import AssistantError, EmptyQuestionError
from .records import Answer, Document, Passage
from .settings import Settings

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is ever imported

__all__ = [
    "ABSTAIN_MESSAGE",
    "LOADING_MESSAGE",
    "AssistantHolder",
    "FeedbackLog",
    "SourceRef",
    "build_app",
    "corpus_panel",
    "escape_text",
    "feedback_record",
    "launch",
    "parse_source_ref",
    "render_answer",
    "render_document",
    "serve",
]

log = logging.getLogger(__name__)

ABSTAIN_MESSAGE = "The articles do not seem to answer this."
LOADING_MESSAGE = "Loading the index…"
FEEDBACK_FILE = "feedback.jsonl"


def _examples() -> tuple[str, ...]:
    """Example questions of the chat (package data: they name the seed corpus's places)."""
    import json
    from importlib import resources

    text = resources.files("assistant").joinpath("data", "examples.json").read_text(encoding="utf-8")
    return tuple(json.loads(text)["questions"])


EXAMPLES = _examples()

# Beyond html.escape: `$`, braces and backticks are inert in HTML but meaningful to the
# LaTeX, template and Markdown layers a page may put on top, so they become entities too.
_EXTRA_ENTITIES = str.maketrans({"$": "&#36;", "{": "&#123;", "}": "&#125;", "`": "&#96;"})


def escape_text(text: str | None) -> str:
    """Document or user text as inert HTML text (never markup, never a template)."""
    return html.escape(text or "", quote=True).translate(_EXTRA_ENTITIES)


# --------------------------------------------------------------------------- answers


def _marked(p: Passage) -> str:
    """The passage text with its answering sentence wrapped in <mark>."""
    h = p.highlight
    if h and p.start <= h.start < h.end <= p.end:
        a, b = h.start - p.start, h.end - p.start
        return (
            escape_text(p.text[:a])
            + f"<mark>{escape_text(p.text[a:b])}</mark>"
            + escape_text(p.text[b:])
        )
    return escape_text(p.text)


def _source_href(p: Passage) -> str:
    hl = p.highlight if p.highlight and p.start <= p.highlight.start < p.highlight.end <= p.end else None
    parts = [quote(p.doc_id, safe=""), str(p.start), str(p.end)]
    if hl:
        parts += [str(hl.start), str(hl.end)]
    return "#source=" + "|".join(parts)


def _citation(p: Passage) -> str:
    parts = [f'<span class="ca-cite-title">{escape_text(p.title)}</span>']
    parts += [escape_text(x) for x in (p.publisher, p.date) if x]
    if p.section and p.section != p.title:
        parts.append(f"§ {escape_text(p.section)}")
    parts.append(f"{escape_text(p.source)}, characters {p.start:,}–{p.end:,}")
    link = f'<a class="ca-src" href="{escape_text(_source_href(p))}">view in article</a>'
    return " · ".join(parts) + f" · {link}"


def _card(p: Passage, *, expanded: bool) -> str:
    score = f'<span class="ca-score" title="retrieval score">{p.score:.2f}</span>'
    cite = f'<div class="ca-cite"><span class="ca-rank">[{p.rank}]</span> {_citation(p)} {score}</div>'
    body = f'<div class="ca-text">{_marked(p)}</div>'
    if not expanded:
        h = p.highlight
        teaser = f"<mark>{escape_text(h.text)}</mark>" if h and h.text.strip() else escape_text(p.text[:220]) + "…"
        body = f'<details class="ca-more"><summary>{teaser}</summary>{body}</details>'
    return f'<div class="ca-card">{body}{cite}</div>'


def _summary_line(answer: Answer) -> str:
    best = answer.passages[0]
    extra = ", ".join(escape_text(x) for x in (best.publisher, best.date) if x)
    section = f", section “{escape_text(best.section)}”" if best.section and best.section != best.title else ""
    n = len(answer.passages) - 1
    more = f" {n} more passage{'s' if n > 1 else ''} below." if n else ""
    return (
        f'<p class="ca-summary">Best source: <b>{escape_text(best.title)}</b>'
        f"{f' ({extra})' if extra else ''}{section}.{more}</p>"
    )


def render_answer(answer: Answer) -> str:
    """HTML for one reply: a summary line naming the best source, then the passages as cards.

    When the assistant abstains, the reply says so plainly and folds the nearest passages away.
    Every piece of document or question text is escaped.
    """
    out: list[str] = ['<div class="ca-answer">']
    out += [f'<p class="ca-notice">{escape_text(n)}</p>' for n in answer.notices]
    if answer.resolved_question and answer.resolved_question != answer.question:
        out.append(f'<p class="ca-notice">Searched as: “{escape_text(answer.resolved_question)}”</p>')
    if answer.abstained or not answer.passages:
        out.append(f'<p class="ca-abstain">{ABSTAIN_MESSAGE}</p>')
        if answer.passages:
            cards = "".join(_card(p, expanded=True) for p in answer.passages)
            out.append(
                f'<details class="ca-nearest"><summary>Nearest passages ({len(answer.passages)})</summary>'
                f"{cards}</details>"
            )
    else:
        out.append(_summary_line(answer))
        out += [_card(p, expanded=p.rank == 1) for p in answer.passages]
    out.append("</div>")
    return "".join(out)


def as_sentence(message: str) -> str:
    """An error message as one sentence for a person: capital first letter, final stop."""
    text = " ".join(str(message).split())
    if not text:
        return "Something went wrong."
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def render_error(message: str) -> str:
    return f'<p class="ca-error">{escape_text(as_sentence(message))}</p>'


# --------------------------------------------------------------------------- source viewer


@dataclasses.dataclass(frozen=True)
class SourceRef:
    """What a "view in article" link points at: a document and a span of its cleaned text."""

    doc_id: str
    start: int
    end: int
    hl_start: int | None = None
    hl_end: int | None = None


def parse_source_ref(value: str | None) -> SourceRef | None:
    """Parse `doc_id|start|end[|hl_start|hl_end][|nonce]` (as written by the page's links)."""
    if not value:
        return None
    text = value.strip()
    text = text.removeprefix("#source=")
    fields = text.split("|")
    doc_id = unquote(fields[0]).strip()
    numbers: list[int] = []
    for raw in fields[1:5]:
        try:
            numbers.append(int(raw))
        except ValueError:
            break
    if not doc_id or len(numbers) < 2:
        return None
    hl = numbers[2:4] if len(numbers) >= 4 else [None, None]
    return SourceRef(doc_id, numbers[0], numbers[1], hl[0], hl[1])


SOURCE_PLACEHOLDER = (
    '<p class="ca-muted">Click “view in article” under a passage to read it in its article, '
    "highlighted.</p>"
)


def render_document(bot: Any, ref: SourceRef | None) -> str:
    """The cleaned article of `ref` with the passage highlighted; only documents of the index."""
    if ref is None:
        return SOURCE_PLACEHOLDER
    doc: Document | None = bot.document(ref.doc_id)
    if doc is None:
        return '<p class="ca-muted">That article is not part of the indexed corpus, so it cannot be shown.</p>'
    text = doc.text
    start, end = max(0, min(ref.start, len(text))), max(0, min(ref.end, len(text)))
    meta = " · ".join(escape_text(x) for x in (doc.publisher, doc.date, doc.source) if x)
    head = (
        f'<div class="ca-doc-head"><div class="ca-doc-title">{escape_text(doc.title)}</div>'
        f'<div class="ca-cite">{meta}</div></div>'
    )
    if start >= end:
        return f'<div class="ca-doc">{head}<div class="ca-doc-text">{escape_text(text)}</div></div>'
    passage = text[start:end]
    hs, he = ref.hl_start, ref.hl_end
    if hs is not None and he is not None and start <= hs < he <= end:
        inner = (
            escape_text(text[start:hs])
            + f'<b class="ca-hit-sentence">{escape_text(text[hs:he])}</b>'
            + escape_text(text[he:end])
        )
    else:
        inner = escape_text(passage)
    body = escape_text(text[:start]) + f'<mark class="ca-hit" id="ca-hit">{inner}</mark>' + escape_text(text[end:])
    return f'<div class="ca-doc">{head}<div class="ca-doc-text">{body}</div></div>'


# --------------------------------------------------------------------------- corpus panel


def _built_at(stamp: str) -> str:
    try:
        return time.strftime("%Y-%m-%d %H:%M %Z", time.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z")).strip()
    except (TypeError, ValueError):
        return escape_text(stamp)


def corpus_panel(bot: Any) -> str:
    """A small table of the indexed articles, and when the index was built."""
    counts = bot.passages_per_document()
    rows = "".join(
        f"<tr><td>{escape_text(d.title)}</td><td>{escape_text(d.publisher or '—')}</td>"
        f"<td>{escape_text(d.date or '—')}</td><td class='ca-num'>{counts.get(d.doc_id, 0)}</td></tr>"
        for d in bot.documents()
    )
    manifest = bot.index.manifest
    return (
        '<table class="ca-corpus"><thead><tr><th>Article</th><th>Publisher</th><th>Date</th>'
        f"<th class='ca-num'>Passages</th></tr></thead><tbody>{rows}</tbody></table>"
        f'<p class="ca-muted">Index built {_built_at(manifest.built_at)} · {sum(counts.values())} passages.</p>'
    )


def status_line(bot: Any | None, error: str | None) -> str:
    if error:
        return f'<div class="ca-status ca-status-error">{escape_text(as_sentence(error))}</div>'
    if bot is None:
        return f'<div class="ca-status ca-status-loading">{LOADING_MESSAGE}</div>'
    n = len(bot.documents())
    return (
        f'<div class="ca-status ca-status-ready">Ready · {n} article{"s" if n != 1 else ""} indexed '
        f"{_built_at(bot.index.manifest.built_at)}</div>"
    )


# --------------------------------------------------------------------------- feedback


def feedback_record(turn: dict[str, Any], verdict: str, *, now: float | None = None) -> dict[str, Any]:
    """One feedback line, shaped like the question sets (eval/*.jsonl) so it can become a question."""
    answer = turn.get("answer") or {}
    return {
        "id": turn.get("id") or f"fb-{uuid.uuid4().hex[:12]}",
        "question": turn.get("question", ""),
        "answers": [],  # to be filled in by an evaluator who turns this into a test question
        "history": list(turn.get("history") or []),
        "kind": "feedback",
        "verdict": verdict,
        "abstained": bool(answer.get("abstained", False)),
        "resolved_question": answer.get("resolved_question"),
        "passages": [
            {k: p.get(k) for k in ("rank", "doc_id", "start", "end", "score", "text")}
            for p in answer.get("passages", [])
        ],
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(now)),
    }


class FeedbackLog:
    """Appends feedback records to a JSONL file, one whole line per write."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)


def _verdict(liked: Any) -> str:
    if liked is True:
        return "like"
    if liked is False:
        return "dislike"
    return str(liked) if liked else "cleared"


# --------------------------------------------------------------------------- loading


class AssistantHolder:
    """Loads the Assistant in the background so the page is served at once.

    Pass `assistant=` to serve an already loaded one (tests), or `embedder=` to load with it.
    """

    def __init__(
        self,
        settings: Settings,
        rebuild: bool = True,
        *,
        assistant: Any = None,
        embedder: Any = None,
        start: bool = True,
    ) -> None:
        self.settings = settings
        self.rebuild = rebuild
        self.error: str | None = None
        self._bot: Any = assistant
        self._embedder = embedder
        self._ready = threading.Event()
        self._started = False
        if assistant is not None:
            self._started = True
            self._ready.set()
        elif start:
            self.start()

    def start(self) -> None:
        """Begin loading in a background thread (once)."""
        if not self._started:
            self._started = True
            threading.Thread(target=self._load, name="assistant-loader", daemon=True).start()

    def _load(self) -> None:
        from .answer import Assistant

        try:
            bot = Assistant.load(
                self.settings, embedder=self._embedder, rebuild=self.rebuild, notify=lambda m: log.warning(m)
            )
            bot.embedder.encode(["warm up"])
            self._bot = bot
        except AssistantError as exc:
            self.error = str(exc)
        except Exception as exc:  # never a traceback in the page
            log.exception("loading the index failed")
            self.error = f"Loading the index failed ({type(exc).__name__}: {exc})."
        finally:
            self._ready.set()

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def peek(self) -> Any | None:
        """The Assistant if loaded, else None (never waits)."""
        return self._bot if self.ready and not self.error else None

    def get(self, timeout: float | None = None) -> Any:
        """The Assistant, waiting for it to load; AssistantError with one sentence on failure."""
        if not self._ready.wait(timeout):
            raise AssistantError("The index is still loading; please try again in a moment.")
        if self.error:
            raise AssistantError(self.error)
        return self._bot


# --------------------------------------------------------------------------- the page

CSS = """
.gradio-container { max-width: 1400px !important; }
#ca-header h1 { font-size: 1.45rem; margin: 0 0 .1rem 0; }
#ca-header p { margin: 0; color: var(--body-text-color-subdued); }
.ca-status { font-size: .85rem; padding: .35rem .7rem; border-radius: 6px; display: inline-block; }
.ca-status-loading { background: #fff7e0; color: #7a5b00; }
.ca-status-ready { background: #eef6ee; color: #2f5d34; }
.ca-status-error { background: #fdecec; color: #8a1c1c; font-weight: 600; }
.ca-answer { font-size: .95rem; line-height: 1.55; }
.ca-summary { margin: 0 0 .6rem 0; }
.ca-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .65rem .8rem;
           margin: .55rem 0; background: var(--background-fill-primary); }
.ca-text { white-space: pre-wrap; }
.ca-answer mark, .ca-doc mark b.ca-hit-sentence { background: #fde68a; color: inherit; padding: 0 .1em;
           border-radius: 2px; }
.ca-cite { margin-top: .45rem; font-size: .78rem; color: var(--body-text-color-subdued); line-height: 1.4; }
.ca-cite-title { font-weight: 600; color: var(--body-text-color); }
.ca-rank { font-weight: 600; }
.ca-score { float: right; font-size: .72rem; opacity: .55; font-variant-numeric: tabular-nums; }
.ca-src { color: var(--link-text-color) !important; text-decoration: none; white-space: nowrap; }
.ca-src:hover { text-decoration: underline; }
.ca-more > summary { cursor: pointer; list-style-position: outside; }
.ca-more[open] > summary { display: none; }
.ca-notice { font-size: .8rem; color: var(--body-text-color-subdued); margin: 0 0 .3rem 0; }
.ca-abstain { font-weight: 600; margin: 0 0 .4rem 0; }
.ca-nearest > summary { cursor: pointer; color: var(--body-text-color-subdued); font-size: .85rem; }
.ca-error { color: #8a1c1c; font-weight: 600; margin: 0; }
.ca-muted { color: var(--body-text-color-subdued); font-size: .85rem; }
#ca-source { max-height: 540px !important; overflow-y: auto !important; padding: 0 .4rem .4rem .4rem; }
.ca-doc-head { position: sticky; top: 0; z-index: 1; background: var(--block-background-fill);
           padding: .35rem 0 .35rem 0; border-bottom: 1px solid var(--border-color-primary); }
.ca-doc-title { font-weight: 600; font-size: 1rem; }
.ca-doc-text { white-space: pre-wrap; font-size: .88rem; line-height: 1.55; margin-top: .5rem; }
.ca-doc mark.ca-hit { background: #fef3c7; color: inherit; border-radius: 2px; scroll-margin-top: 6rem; }
.ca-doc mark b.ca-hit-sentence { font-weight: inherit; background: #fcd34d; }
table.ca-corpus { width: 100%; font-size: .8rem; border-collapse: collapse; }
table.ca-corpus th, table.ca-corpus td { text-align: left; padding: .3rem .4rem; border: none !important;
           border-bottom: 1px solid var(--border-color-primary) !important; vertical-align: top;
           background: transparent !important; }
table.ca-corpus th { font-weight: 600; color: var(--body-text-color-subdued); }
table.ca-corpus td:nth-child(3) { white-space: nowrap; }
.ca-num { text-align: right !important; font-variant-numeric: tabular-nums; }
#ca-new { white-space: nowrap; }
#ca-chat .user-row { padding: 12px 16px 10px 16px !important; }
#ca-chat .user-row .message { font-weight: 600; }
footer { display: none !important; }
"""

# Clicking "view in article" writes the link's reference (plus a nonce, so the same link
# works twice) into a hidden textbox whose change event renders the source viewer.
PAGE_JS = """
() => {
  document.addEventListener('click', (event) => {
    const link = event.target && event.target.closest ? event.target.closest('a.ca-src') : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const box = document.querySelector('#ca-source-ref textarea, #ca-source-ref input');
    if (!box) return;
    const ref = (link.getAttribute('href') || '').replace(/^#source=/, '');
    box.value = ref + '|' + Date.now();
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, true);
}
"""

# When a question is asked and when its reply arrives, scroll the chat so that the question
# and the top of the reply (summary, best passage) are in view, not the reply's last card.
SHOW_REPLY_JS = """
() => {
  const show = () => {
    const asked = document.querySelectorAll('#ca-chat .user-row');
    const target = asked[asked.length - 1];
    if (!target) return;
    let box = target.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight + 4 && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
      box = box.parentElement;
    }
    if (!box) return;
    box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  };
  // Gradio's own autoscroll runs about 300 ms after an update; go after it.
  for (const delay of [150, 450, 900, 1500]) setTimeout(show, delay);
}
"""

SCROLL_JS = """
watch('value', () => {
  const hit = element.querySelector('#ca-hit');
  if (!hit) return;
  const box = element.closest('#ca-source') || element;
  const fits = hit.getBoundingClientRect().height < box.getBoundingClientRect().height * 0.6;
  hit.scrollIntoView({ block: fits ? 'center' : 'start', behavior: 'instant' });
});
"""


def _theme() -> Any:
    import gradio as gr

    system = ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]
    return gr.themes.Soft(primary_hue="blue", neutral_hue="slate", font=system, font_mono=mono)


def build_app(holder: AssistantHolder, settings: Settings | None = None) -> Any:
    """The Gradio Blocks of the chat page (not launched)."""
    import gradio as gr

    settings = settings or holder.settings
    feedback = FeedbackLog(Path(settings.index_dir) / FEEDBACK_FILE)

    def ask_api(
        question: str, k: int = 5, history: list[str] | None = None, doc_ids: list[str] | None = None
    ) -> dict[str, Any]:
        """Answer `question` from the articles; returns the JSON of `assistant ask --json`."""
        try:
            bot = holder.get()
            return bot.ask(question, k=k, history=list(history or []), doc_ids=doc_ids or None).to_json()
        except AssistantError as exc:
            raise gr.Error(str(exc)) from None

    def on_load() -> tuple[Any, Any, Any]:
        try:
            bot = holder.get()
        except AssistantError as exc:
            return status_line(None, str(exc)), gr.update(), gr.update()
        choices = [(d.title, d.doc_id) for d in bot.documents()]
        return status_line(bot, None), gr.update(choices=choices), corpus_panel(bot)

    def submit(message: str, chat: list[Any], turns: list[dict[str, Any]], k: float, doc_ids: list[str] | None):
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
            bot = holder.get()
            answer = bot.ask(question, k=int(k), history=history, doc_ids=doc_ids or None)
        except EmptyQuestionError as exc:
            chat[-1] = {"role": "assistant", "content": render_error(str(exc))}
            yield chat, "", turns
            return
        except AssistantError as exc:
            chat[-1] = {"role": "assistant", "content": render_error(str(exc))}
            yield chat, "", turns
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
        yield chat, "", turns

    def on_like(turns: list[dict[str, Any]], data: gr.LikeData) -> None:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turn = next((t for t in turns or [] if t.get("message_index") == index), None)
        if turn is None:
            return
        feedback.append(feedback_record(turn, _verdict(data.liked)))
        gr.Info("Thank you: your feedback was saved.")

    def open_source(value: str) -> str:
        ref = parse_source_ref(value)
        if ref is None:
            return SOURCE_PLACEHOLDER
        try:
            return render_document(holder.get(), ref)
        except AssistantError as exc:
            return render_error(str(exc))

    def pick_example(data: gr.SelectData) -> str:
        value = data.value
        return str(value.get("text", "")) if isinstance(value, dict) else str(value)

    def new_conversation() -> tuple[list[Any], list[Any], str]:
        return [], [], ""

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
                    source_view = gr.HTML(SOURCE_PLACEHOLDER, elem_id="ca-source", js_on_load=SCROLL_JS)
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
                with gr.Accordion("Indexed articles", open=False, elem_id="ca-corpus-panel"):
                    corpus_html = gr.HTML(f'<p class="ca-muted">{LOADING_MESSAGE}</p>')
        source_ref = gr.Textbox(visible="hidden", elem_id="ca-source-ref")
        turns = gr.State([])

        inputs = [msg, chatbot, turns, k, doc_filter]
        outputs = [chatbot, msg, turns]
        private: dict[str, Any] = {"api_visibility": "private"}
        show_reply: dict[str, Any] = {"fn": None, "js": SHOW_REPLY_JS, **private}
        for trigger in (msg.submit, send.click):
            trigger(submit, inputs, outputs, show_progress="hidden", **private).then(**show_reply)
            trigger(**show_reply)
        chatbot.example_select(pick_example, None, msg, **private).then(
            submit, inputs, outputs, show_progress="hidden", **private
        ).then(**show_reply)
        clear.click(new_conversation, None, [chatbot, turns, msg], **private)
        chatbot.clear(list, None, turns, **private)  # the chat's own bin icon
        chatbot.like(on_like, turns, None, **private)
        source_ref.change(open_source, source_ref, source_view, show_progress="hidden", **private)
        demo.load(on_load, None, [status, doc_filter, corpus_html], concurrency_limit=None, **private)
        gr.api(ask_api, api_name="ask")
    return demo


def _auth_from_env(environ: dict[str, str] | None = None) -> tuple[str, str] | None:
    env = os.environ if environ is None else environ
    user, password = env.get("ASSISTANT_USERNAME", ""), env.get("ASSISTANT_PASSWORD", "")
    if bool(user) != bool(password):
        raise AssistantError("Set both ASSISTANT_USERNAME and ASSISTANT_PASSWORD, or neither.")
    return (user, password) if user else None


def launch(
    demo: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
    block: bool = True,
    quiet: bool = False,
) -> Any:
    """Serve `demo` (never a share link); returns the launch result when `block` is False."""
    return demo.queue(default_concurrency_limit=2).launch(
        server_name=host,
        server_port=port,
        share=False,
        show_error=False,
        auth=auth,
        auth_message="Sign in to use the assistant." if auth else None,
        prevent_thread_lock=not block,
        quiet=quiet,
        mcp_server=False,
        pwa=False,
        ssr_mode=False,
        theme=_theme(),
        css=CSS,
        js=PAGE_JS,
    )


def serve(
    host: str = "127.0.0.1",
    port: int = 7860,
    rebuild: bool = True,
    settings: Settings | None = None,
) -> None:
    """Start loading the index in the background and serve the page at once."""
    settings = settings or Settings.from_env()
    auth = _auth_from_env()
    holder = AssistantHolder(settings, rebuild=rebuild, start=False)
    demo = build_app(holder, settings)
    launch(demo, host=host, port=port, auth=auth, block=False)
    holder.start()  # once the page is served: loading the model meanwhile would delay it
    demo.block_thread()


def history_of(turns: Sequence[dict[str, Any]]) -> list[str]:
    """The earlier user questions of a conversation, oldest first."""
    return [t["question"] for t in turns if t.get("answer")]
