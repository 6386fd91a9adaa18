"""The chat page: the Gradio Blocks layout, and Answers rendered as escaped HTML cards."""

# No `from __future__ import annotations` here: Gradio reads the event-data annotations
# (gr.LikeData) of the handlers defined inside `build_app` at run time.

import dataclasses
import html
import json
import logging
import os
import tempfile
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
STATUS_POLL_SECONDS = 3.0  # how often an open page checks for a rebuilt index (one stat per tick)


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


def _language_chip(p: Passage) -> str:
    """The passage's language as a short chip ("RU", with "Russian" on hover); "" when unknown."""
    from .language import LANGUAGE_NAMES

    if not p.language:
        return ""
    name = LANGUAGE_NAMES.get(p.language, p.language)
    return f'<span class="ca-lang" title="{escape_text(name)}">{escape_text(p.language.upper())}</span>'


def _citation(p: Passage) -> str:
    parts = [f'<span class="ca-cite-title">{escape_text(p.title)}</span>']
    if p.language:
        parts.append(_language_chip(p))
    parts += [escape_text(x) for x in (p.publisher, p.date) if x]
    if p.section and p.section != p.title:
        parts.append(f"§ {escape_text(p.section)}")
    if p.page_label:
        parts.append(f'<span class="ca-page">{escape_text(p.page_label)}</span>')
    parts.append(f"{escape_text(p.source)}, characters {p.start:,}–{p.end:,}")
    link = f'<a class="ca-src" href="{escape_text(_source_href(p))}">view in article</a>'
    return " · ".join(parts) + f" · {link}"


def _card(p: Passage, *, expanded: bool) -> str:
    score = f'<span class="ca-score" title="retrieval score">{p.score:.2f}</span>'
    cite = f'<div class="ca-cite"><span class="ca-rank">[{p.rank}]</span> {_citation(p)} {score}</div>'
    lang = f' lang="{escape_text(p.language)}"' if p.language else ""
    body = f'<div class="ca-text"{lang}>{_marked(p)}</div>'
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
    if not answer.passages and answer.notices:
        pass  # the notice says why there is nothing (e.g. no article passes the filters)
    elif answer.abstained or not answer.passages:
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
    out.append(_export_block(answer))
    out.append("</div>")
    return "".join(out)


def _export_block(answer: Answer) -> str:
    """The answer as Markdown (hidden) and the link that copies it (see PAGE_JS)."""
    from .export import answer_markdown

    return (
        f'<pre class="ca-md">{escape_text(answer_markdown(answer))}</pre>'
        '<p class="ca-export"><a class="ca-copy" href="#copy">Copy as Markdown</a></p>'
    )


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
    offset = 0
    pages = doc.pages_of(start, end) if end > start else None
    if pages:  # a paged document (PDF): show the page(s) the passage is on
        first, last = pages
        offset, page_end = doc.page_span(first)[0], doc.page_span(last)[1]
        text = text[offset:page_end]
        start, end = start - offset, min(end, page_end) - offset
        label = f"p. {first}" if first == last else f"pp. {first}-{last}"
        meta += f' · <span class="ca-doc-page">{label} of {len(doc.page_starts)}</span>'
    head = (
        f'<div class="ca-doc-head"><div class="ca-doc-title">{escape_text(doc.title)}</div>'
        f'<div class="ca-cite">{meta}</div></div>'
    )
    if start >= end:
        return f'<div class="ca-doc">{head}<div class="ca-doc-text">{escape_text(text)}</div></div>'
    passage = text[start:end]
    hs, he = ref.hl_start, ref.hl_end
    if hs is not None and he is not None:
        hs, he = hs - offset, he - offset
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


SORTS = {"title": "Title", "date": "Date, newest first"}


def corpus_panel(bot: Any, sort: str = "title") -> str:
    """A table of the indexed articles with their facets (sorted by title or by date), and the build time."""
    from .facets import country_name

    counts = bot.passages_per_document()
    documents = list(bot.documents())
    if sort == "date":  # newest first; undated articles last, by title
        documents.sort(key=lambda d: d.title.lower())
        documents.sort(key=lambda d: d.date or "", reverse=True)
    rows = "".join(
        f"<tr><td>{escape_text(d.title)}</td><td>{escape_text(d.publisher or '—')}</td>"
        f"<td>{escape_text(d.date or '—')}</td><td>{escape_text(getattr(d, 'language', '') or '—')}</td>"
        f"<td>{escape_text(', '.join(country_name(c) for c in getattr(d, 'countries', ())) or '—')}</td>"
        f"<td class='ca-num'>{counts.get(d.doc_id, 0)}</td></tr>"
        for d in documents
    )
    manifest = bot.index.manifest
    return (
        '<table class="ca-corpus"><thead><tr><th>Article</th><th>Publisher</th><th>Date</th>'
        "<th>Language</th><th>Countries</th>"
        f"<th class='ca-num'>Passages</th></tr></thead><tbody>{rows}</tbody></table>"
        f'<p class="ca-muted">Index built {_built_at(manifest.built_at)} · {sum(counts.values())} passages.</p>'
    )


def facet_choices(bot: Any) -> dict[str, list[tuple[str, str]]]:
    """The values the filter controls offer: what the indexed articles actually carry."""
    from .facets import country_name
    from .language import LANGUAGE_NAMES

    docs = list(bot.documents())
    publishers = sorted({d.publisher for d in docs if d.publisher}, key=str.lower)
    languages = sorted({getattr(d, "language", "") for d in docs} - {""})
    countries = sorted({c for d in docs for c in getattr(d, "countries", ())}, key=country_name)
    return {
        "article": [(d.title, d.doc_id) for d in docs],
        "publisher": [(p, p) for p in publishers],
        "language": [(LANGUAGE_NAMES.get(c, c), c) for c in languages],
        "country": [(country_name(c), c) for c in countries],
    }


def filters_from_controls(
    doc_ids: Any = None, since: Any = None, until: Any = None, publishers: Any = None, languages: Any = None,
    countries: Any = None,
) -> Any:
    """The chat panel's values as Filters (None when nothing is filtered); FilterError if malformed."""
    from .facets import Filters

    filters = Filters.parse(
        since=since or None, until=until or None, publishers=publishers or (), languages=languages or (),
        countries=countries or (), doc_ids=doc_ids or (),
    )
    return filters if filters.active else None


def conversation_file(turns: Sequence[dict[str, Any]], folder: Path) -> Path | None:
    """The conversation as a Markdown file in `folder` (None when nothing was answered yet)."""
    from .export import answer_from_json, conversation_markdown

    answers = [answer_from_json(t["answer"]) for t in turns if t.get("answer")]
    if not answers:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"conversation-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}.md"
    path.write_text(conversation_markdown(answers), encoding="utf-8")
    return path


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
    """Appends feedback records to a JSONL file, one whole line per write.

    Past `max_bytes` the file is renamed to a dated one (`feedback-YYYYMMDD-HHMMSS-micro.jsonl`)
    and a new one is begun; only the `keep` newest dated files are kept, so the log never
    holds more than about (keep + 1) * max_bytes.
    """

    def __init__(self, path: Path, max_bytes: int = 10_000_000, keep: int = 10) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.keep = keep
        self._lock = threading.Lock()

    @classmethod
    def for_settings(cls, settings: Settings) -> "FeedbackLog":
        folder = Path(settings.feedback_dir) if settings.feedback_dir else Path(settings.index_dir)
        return cls(folder / FEEDBACK_FILE, settings.feedback_max_bytes, settings.feedback_keep)

    def rotated(self) -> list[Path]:
        """The dated files, oldest first."""
        return sorted(self.path.parent.glob(f"{self.path.stem}-*{self.path.suffix}"))

    def append(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        if len(line) > self.max_bytes // 2:  # a monster record keeps its verdict, not its bulk
            small = {key: record.get(key) for key in ("id", "kind", "verdict", "time")}
            small.update(question=str(record.get("question", ""))[:500], answers=[], history=[], truncated=True)
            line = (json.dumps(small, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                size = self.path.stat().st_size
            except FileNotFoundError:
                size = 0
            if size and size + len(line) > self.max_bytes:
                self._rotate()
            with self.path.open("ab") as fh:
                fh.write(line)

    def _rotate(self) -> None:
        now = time.time()
        micro = int(now * 1_000_000) % 1_000_000
        while True:
            stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now)) + f"-{micro:06d}"
            target = self.path.with_name(f"{self.path.stem}-{stamp}{self.path.suffix}")
            if not target.exists():
                break
            micro += 1
            if micro == 1_000_000:
                now, micro = now + 1, 0
        os.replace(self.path, target)
        for old in self.rotated()[: -self.keep]:
            old.unlink(missing_ok=True)


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
        from .embedding import encode_queries

        try:
            bot = Assistant.load(
                self.settings, embedder=self._embedder, rebuild=self.rebuild, notify=lambda m: log.warning(m)
            )
            encode_queries(bot.embedder, ["warm up"])  # the question encoder only: no torch
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


def _static(name: str) -> str:
    """A file of the page (CSS or JS) shipped in assistant/static, read once at start."""
    from importlib import resources

    return resources.files("assistant").joinpath("static", name).read_text(encoding="utf-8")


CSS = _static("chat.css")

# Clicking "view in article" writes the link's reference (plus a nonce, so the same link
# works twice) into a hidden textbox whose change event renders the source viewer.
PAGE_JS = _static("page.js")

# When a question is asked and when its reply arrives, scroll the chat so that the question
# and the top of the reply (summary, best passage) are in view, not the reply's last card.
SHOW_REPLY_JS = _static("show_reply.js")

SCROLL_JS = _static("source_scroll.js")


def _theme() -> Any:
    import gradio as gr

    system = ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]
    return gr.themes.Soft(primary_hue="blue", neutral_hue="slate", font=system, font_mono=mono)


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
            bot = holder.get()
            return bot.ask(question, k=k, history=history, filters=filters).to_json()
        except AssistantError as exc:
            raise gr.Error(str(exc)) from None

    def on_load() -> tuple[Any, ...]:
        try:
            bot = holder.get()
        except AssistantError as exc:
            return (status_line(None, str(exc)), *(gr.update() for _ in range(6)))
        choices = facet_choices(bot)
        return (
            status_line(bot, None),
            gr.update(choices=choices["article"]),
            corpus_panel(bot),
            bot.index.manifest.generation,
            gr.update(choices=choices["publisher"]),
            gr.update(choices=choices["language"]),
            gr.update(choices=choices["country"]),
        )

    def on_tick(shown: str) -> Any:
        """The index generation now served, when it differs from the one the page shows."""
        bot = holder.peek()
        if bot is None:
            return gr.skip()
        bot.reload_if_changed()  # a stat of the manifest unless a build swapped one in
        generation = bot.index.manifest.generation
        return gr.skip() if generation == shown else generation

    def on_new_index(chosen: list[str] | None) -> tuple[Any, Any, Any]:
        """Follow a rebuild: the chip, the filter and the list describe the index now served."""
        bot = holder.peek()
        if bot is None:
            return gr.skip(), gr.skip(), gr.skip()
        documents = bot.documents()
        ids = {d.doc_id for d in documents}
        choices = facet_choices(bot)["article"]
        kept = [doc_id for doc_id in chosen or [] if doc_id in ids]  # a deleted article leaves the filter
        return status_line(bot, None), gr.update(choices=choices, value=kept), corpus_panel(bot)

    def sort_corpus(sort: str) -> str:
        bot = holder.peek()
        if bot is None:
            return f'<p class="ca-muted">{LOADING_MESSAGE}</p>'
        return corpus_panel(bot, "date" if sort == SORTS["date"] else "title")

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
            trigger(submit, inputs, outputs, show_progress="hidden", **private).then(**show_reply).then(
                **offer_download
            )
            trigger(**show_reply)
        chatbot.example_select(pick_example, None, msg, **private).then(
            submit, inputs, outputs, show_progress="hidden", **private
        ).then(**show_reply).then(**offer_download)
        clear.click(new_conversation, None, [chatbot, turns, msg], **private).then(**offer_download)
        corpus_sort.change(sort_corpus, corpus_sort, corpus_html, show_progress="hidden", **private)
        chatbot.clear(list, None, turns, **private)  # the chat's own bin icon
        chatbot.like(on_like, turns, None, **private)
        source_ref.change(open_source, source_ref, source_view, show_progress="hidden", **private)
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


def _auth_from_env(environ: dict[str, str] | None = None) -> tuple[str, str] | None:
    env = os.environ if environ is None else environ
    user, password = env.get("ASSISTANT_USERNAME", ""), env.get("ASSISTANT_PASSWORD", "")
    if bool(user) != bool(password):
        raise AssistantError("Set both ASSISTANT_USERNAME and ASSISTANT_PASSWORD, or neither.")
    return (user, password) if user else None


def exposure_warning(host: str, auth: tuple[str, str] | None, require_auth: bool = False) -> str | None:
    """A one-line warning when the chat would be reachable from the network without a password.

    With `require_auth` a missing password is an AssistantError instead (the app refuses to start).
    """
    import ipaddress

    if auth:
        return None
    if require_auth:
        raise AssistantError(
            "--require-auth is set but ASSISTANT_USERNAME and ASSISTANT_PASSWORD are not: set both to start the chat."
        )
    name = host.strip().strip("[]").lower()
    try:
        loopback = ipaddress.ip_address(name).is_loopback
    except ValueError:
        loopback = name == "localhost"
    if loopback:
        return None
    return (
        f"warning: serving on {host} without a password: anyone who can reach this address can use the chat "
        "(set ASSISTANT_USERNAME and ASSISTANT_PASSWORD, or bind to 127.0.0.1)"
    )


def launch(
    demo: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
    block: bool = True,
    quiet: bool = False,
    max_sessions: int = 1000,
) -> Any:
    """Serve `demo` (never a share link); returns the launch result when `block` is False.

    Gradio keeps the state of every session (each API call without a session is one) until
    `max_sessions` are held, then drops the oldest: this bounds the server's memory.
    """
    return demo.queue(default_concurrency_limit=2).launch(
        state_session_capacity=max_sessions,
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
    require_auth: bool = False,
) -> None:
    """Start loading the index in the background and serve the page at once."""
    import sys

    settings = settings or Settings.from_env()
    auth = _auth_from_env()
    warning = exposure_warning(host, auth, require_auth or settings.require_auth)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    holder = AssistantHolder(settings, rebuild=rebuild, start=False)
    demo = build_app(holder, settings)
    launch(demo, host=host, port=port, auth=auth, block=False, max_sessions=settings.max_sessions)
    holder.start()  # once the page is served: loading the model meanwhile would delay it
    demo.block_thread()


def history_of(turns: Sequence[dict[str, Any]]) -> list[str]:
    """The earlier user questions of a conversation, oldest first."""
    return [t["question"] for t in turns if t.get("answer")]
