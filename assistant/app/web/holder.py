"""The Assistant loaded in the background, so that the page is served at once."""

import logging
import threading
from typing import Any

from ...errors import AssistantError
from ...settings import Settings

__all__ = ["AssistantHolder"]

log = logging.getLogger(__name__)


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
            _follow_rebuilds(assistant)
            self._ready.set()
        elif start:
            self.start()

    def start(self) -> None:
        """Begin loading in a background thread (once)."""
        if not self._started:
            self._started = True
            threading.Thread(target=self._load, name="assistant-loader", daemon=True).start()

    def _load(self) -> None:
        from ...answer import Assistant
        from ...embedding import encode_queries

        try:
            bot = Assistant.load(
                self.settings, embedder=self._embedder, rebuild=self.rebuild, notify=lambda m: log.warning(m)
            )
            encode_queries(bot.embedder, ["warm up"])  # the question encoder only: no torch
            _follow_rebuilds(bot)
            self._bot = bot
            if bot.settings.cross_language_terms > 0 and (bot.settings.cross_language_evidence
                                                          or bot.settings.cross_terms_weight > 0):
                # the cross-language word model, and the vectors of the corpus's words, in the background
                threading.Thread(target=_warm_words, args=(bot,), name="word-model-loader", daemon=True).start()
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


def _follow_rebuilds(bot: Any) -> None:
    """Start the assistant's index watcher: rebuilds are swapped in off the request path (service.py)."""
    watch = getattr(bot, "watch", None)
    if callable(watch):
        watch()


def _warm_words(bot: Any) -> None:
    """Load the cross-language word model, then the vectors of the indexed passages' words (search/crossterms.py)."""
    from ...search.crossterms import warm

    try:
        if warm():
            bot.service.snapshot.retriever.warm_words()
    except Exception:  # a cold cache only costs time on the first questions
        log.exception("warming the word model failed")
