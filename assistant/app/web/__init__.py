"""The chat page: `serve` loads the index in the background and serves the Gradio page at once.

The parts: `render` (answers, source viewer and corpus panel as escaped HTML), `feedback`
(likes and dislikes to JSONL), `holder` (the Assistant loaded in the background), `page`
(the Gradio layout, its handlers, launching); the CSS and JS are files in assistant/static.
"""

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is ever imported

from ...errors import AssistantError  # noqa: E402
from ...settings import Settings  # noqa: E402
from .feedback import FEEDBACK_FILE, FeedbackLog, feedback_record  # noqa: E402
from .holder import AssistantHolder  # noqa: E402
from .page import CSS, PAGE_JS, SCROLL_JS, SHOW_REPLY_JS, STATUS_POLL_SECONDS, build_app  # noqa: E402
from .render import (  # noqa: E402
    ABSTAIN_MESSAGE,
    EXAMPLES,
    LOADING_MESSAGE,
    SORTS,
    SOURCE_PLACEHOLDER,
    SourceRef,
    as_sentence,
    conversation_file,
    corpus_panel,
    escape_text,
    facet_choices,
    filters_from_controls,
    history_of,
    parse_source_ref,
    render_answer,
    render_document,
    render_error,
    source_ref_key,
    source_view,
    status_line,
)
from .launching import launch  # noqa: E402

__all__ = [
    "ABSTAIN_MESSAGE",
    "CSS",
    "EXAMPLES",
    "FEEDBACK_FILE",
    "LOADING_MESSAGE",
    "PAGE_JS",
    "SCROLL_JS",
    "SHOW_REPLY_JS",
    "SORTS",
    "SOURCE_PLACEHOLDER",
    "STATUS_POLL_SECONDS",
    "AssistantHolder",
    "FeedbackLog",
    "SourceRef",
    "as_sentence",
    "build_app",
    "conversation_file",
    "corpus_panel",
    "escape_text",
    "exposure_warning",
    "facet_choices",
    "feedback_record",
    "filters_from_controls",
    "history_of",
    "launch",
    "parse_source_ref",
    "render_answer",
    "render_document",
    "render_error",
    "serve",
    "source_ref_key",
    "source_view",
    "status_line",
]


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
