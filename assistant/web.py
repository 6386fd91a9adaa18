"""The chat page: builds the Gradio Blocks and renders Answers as HTML cards (text always escaped)."""

from __future__ import annotations

import html
import logging
import threading
from typing import Any

from .errors import AssistantError
from .records import Answer, Passage
from .settings import Settings

__all__ = ["render_answer", "build_app", "serve", "AssistantHolder"]

log = logging.getLogger(__name__)

ABSTAIN_MESSAGE = "The articles do not seem to answer this."


def _citation(p: Passage) -> str:
    parts = [f"<b>{html.escape(p.title)}</b>"]
    for extra in (p.publisher, p.date):
        if extra:
            parts.append(html.escape(extra))
    if p.section:
        parts.append(f"§ {html.escape(p.section)}")
    parts.append(f"{html.escape(p.source)} chars {p.start}–{p.end}")
    return " · ".join(parts)


def _card(p: Passage) -> str:
    body = html.escape(p.text)
    if p.highlight and p.highlight.start >= p.start and p.highlight.end <= p.end:
        a, b = p.highlight.start - p.start, p.highlight.end - p.start
        body = (
            html.escape(p.text[:a])
            + f"<mark>{html.escape(p.text[a:b])}</mark>"
            + html.escape(p.text[b:])
        )
    return (
        f'<div class="passage" data-doc="{html.escape(p.doc_id)}" data-start="{p.start}">'
        f'<div class="cite">[{p.rank}] {_citation(p)} <span class="score">score {p.score:.3f}</span></div>'
        f'<div class="text">{body}</div></div>'
    )


def render_answer(answer: Answer) -> str:
    """HTML for one reply: a summary line, then the passages as cards."""
    out: list[str] = [f"<p class='notice'>{html.escape(n)}</p>" for n in answer.notices]
    if not answer.passages:
        out.append(f"<p><b>{ABSTAIN_MESSAGE}</b></p>")
        return "\n".join(out)
    cards = "\n".join(_card(p) for p in answer.passages)
    if answer.abstained:
        out.append(f"<p><b>{ABSTAIN_MESSAGE}</b></p>")
        out.append(f"<details><summary>Nearest passages</summary>{cards}</details>")
    else:
        best = answer.passages[0]
        out.append(f"<p>Best source: <b>{html.escape(best.title)}</b>{' § ' + html.escape(best.section) if best.section else ''}</p>")
        out.append(cards)
    return "\n".join(out)


class AssistantHolder:
    """Loads the Assistant in the background so the page is served at once."""

    def __init__(self, settings: Settings, rebuild: bool = True) -> None:
        self.settings = settings
        self.rebuild = rebuild
        self.error: str | None = None
        self._bot: Any = None
        self._ready = threading.Event()
        threading.Thread(target=self._load, daemon=True).start()

    def _load(self) -> None:
        from .answer import Assistant

        try:
            self._bot = Assistant.load(self.settings, rebuild=self.rebuild, notify=lambda m: log.warning(m))
            self._bot.embedder.encode(["warm up"])
        except AssistantError as exc:
            self.error = str(exc)
        except Exception as exc:  # never a traceback in the page
            log.exception("loading the index failed")
            self.error = f"loading the index failed ({type(exc).__name__}: {exc})"
        finally:
            self._ready.set()

    def get(self, timeout: float | None = None) -> Any:
        self._ready.wait(timeout)
        if self.error:
            raise AssistantError(self.error)
        return self._bot


def build_app(holder: AssistantHolder):  # type: ignore[no-untyped-def]
    import gradio as gr

    def respond(message: str, history: list[dict[str, Any]]) -> str:
        try:
            bot = holder.get()
            previous = [h["content"] for h in history if h.get("role") == "user" and isinstance(h.get("content"), str)]
            return render_answer(bot.ask(message, history=previous))
        except AssistantError as exc:
            return html.escape(str(exc))

    with gr.Blocks(title="Central Asia foreign-policy assistant") as demo:
        gr.Markdown("## Central Asia foreign-policy assistant\nAsk a question; get the passages that answer it, with citations.")
        gr.ChatInterface(respond)
    return demo


def serve(host: str = "127.0.0.1", port: int = 7860, rebuild: bool = True) -> None:
    settings = Settings.from_env()
    holder = AssistantHolder(settings, rebuild=rebuild)
    demo = build_app(holder)
    demo.queue().launch(server_name=host, server_port=port, share=False, show_error=False)
