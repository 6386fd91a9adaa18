"""Serving the chat: Gradio's launch with the project's theme, bounded memory and a patient start-up check."""

import inspect
import os
import time
from typing import Any

from ...errors import AssistantError
from .page import CSS, PAGE_JS

__all__ = ["GRADIO_QUEUE_ENV", "SERVED_WAIT_SECONDS", "launch"]


def _theme() -> Any:
    import gradio as gr

    system = ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]
    return gr.themes.Soft(primary_hue="blue", neutral_hue="slate", font=system, font_mono=mono)


# Gradio's queue records every event for its /monitoring page (10 000 by default) and, after
# each one, summarises all of them in a pandas DataFrame (pyarrow strings in mimalloc's arenas):
# the server's RSS grew with every question up to that cap (bench/memory_probe.py). The chat
# serves no monitoring page: keep few events and never summarise them.
GRADIO_QUEUE_ENV = {"GRADIO_ANALYTICS_MAX_EVENTS": "100", "GRADIO_ANALYTICS_CACHE_FREQUENCY": str(10**9)}


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
    for name, value in GRADIO_QUEUE_ENV.items():  # read when the queue is made; the operator's value wins
        os.environ.setdefault(name, value)
    try:
        return _launch(demo, host=host, port=port, auth=auth, block=block, quiet=quiet, max_sessions=max_sessions)
    except OSError as exc:  # Gradio: "Cannot find empty port in range", or an address it cannot bind
        raise AssistantError(
            f"cannot serve the chat on {host}:{port} ({' '.join(str(exc).split('.')[0].split())}): another server may "
            "hold that port; stop it or choose another with --port (or GRADIO_SERVER_PORT)"
        ) from None


SERVED_WAIT_SECONDS = 60.0  # how long a busy machine may take to answer the server's first request


def _launch(demo: Any, *, host: str, port: int, auth: tuple[str, str] | None, block: bool, quiet: bool,
            max_sessions: int) -> Any:
    """Start the server, then wait until it answers (patiently), then block if asked.

    Gradio's own start-up probe gives the new server one 3-second request: on a loaded machine
    (a first build running on every core) it times out and Gradio refuses to start, asking for a
    share link. Here that probe is off (`_frontend=False`, where this Gradio has it) and
    `_wait_until_served` asks for up to SERVED_WAIT_SECONDS instead.
    """
    demo = demo.queue(default_concurrency_limit=2)
    patient = "_frontend" in inspect.signature(demo.launch).parameters
    result = demo.launch(
        state_session_capacity=max_sessions,
        enable_monitoring=False,
        server_name=host,
        server_port=port,
        share=False,
        show_error=False,
        auth=auth,
        auth_message="Sign in to use the assistant." if auth else None,
        prevent_thread_lock=patient or not block,
        quiet=quiet,
        mcp_server=False,
        pwa=False,
        ssr_mode=False,
        theme=_theme(),
        css=CSS,
        js=PAGE_JS,
        **({"_frontend": False} if patient else {}),
    )
    if patient:
        _wait_until_served(demo, str(demo.local_url))
        if block:
            demo.block_thread()
    return result


def _wait_until_served(demo: Any, url: str, seconds: float | None = None) -> None:
    """Return once `url` answers; close the server and say so in one sentence if it never does."""
    import httpx

    deadline = time.monotonic() + (SERVED_WAIT_SECONDS if seconds is None else seconds)
    while True:
        try:
            if httpx.head(url, timeout=5.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() >= deadline:
            demo.close()
            raise AssistantError(f"the chat server started but {url} did not answer within "
                                 f"{SERVED_WAIT_SECONDS if seconds is None else seconds:.0f} s: check a proxy "
                                 "setting (NO_PROXY=127.0.0.1) or the machine's load, and start it again")
        time.sleep(0.5)
