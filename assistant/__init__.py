"""Offline question answering over a corpus of articles, answering with cited passages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Assistant", "Answer", "Passage", "Highlight", "Settings", "AssistantError", "__version__"]

if TYPE_CHECKING:
    from .answer import Assistant
    from .errors import AssistantError
    from .records import Answer, Highlight, Passage
    from .settings import Settings


def __getattr__(name: str) -> Any:
    """Import the public API lazily, so `import assistant` stays cheap."""
    if name == "Assistant":
        from .answer import Assistant

        return Assistant
    if name in {"Answer", "Passage", "Highlight"}:
        from . import records

        return getattr(records, name)
    if name == "Settings":
        from .settings import Settings

        return Settings
    if name == "AssistantError":
        from .errors import AssistantError

        return AssistantError
    raise AttributeError(name)
