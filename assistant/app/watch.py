"""`assistant build --watch`: rebuild when a corpus file changes (file-system events via watchfiles)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from ..ingest.corpus import METADATA_FILE, is_document_path

__all__ = ["CorpusFilter", "watch_corpus"]


class CorpusFilter:
    """Which file-system events can change what the build reads: the scanner's own filter.

    A document the scanner would read (its suffix, no hidden file or folder on the way), the
    metadata file, or a visible sub-folder (created, renamed or deleted with its documents).
    Editor swap files, hidden folders such as `.git/` and other suffixes trigger nothing.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self.folders = {p for p in self.root.rglob("*") if p.is_dir() and self._visible(p)}

    def _visible(self, path: Path) -> bool:
        try:
            parts = path.relative_to(self.root).parts
        except ValueError:
            return False
        return bool(parts) and not any(part.startswith(".") for part in parts)

    def __call__(self, change: object, raw_path: str) -> bool:
        path = Path(raw_path)
        if path == self.root / METADATA_FILE or is_document_path(path, self.root):
            return True
        if path in self.folders:  # a known folder changed or went away
            if not path.is_dir():
                self.folders.discard(path)
            return True
        if self._visible(path) and path.is_dir():  # a new folder (its files may come as one event)
            self.folders.add(path)
            return True
        return False


def watch_corpus(
    root: Path,
    rebuild: Callable[[], bool | None],
    *,
    interval: float = 2.0,
    stop: threading.Event | None = None,
    max_rebuilds: int | None = None,
) -> int:
    """Call `rebuild` once per change of the corpus, after it has been quiet for `interval` seconds.

    A burst of edits (an editor saving, a copy in progress) causes one rebuild. When `rebuild`
    returns False (say, another build held the lock) the change is tried again after the next
    quiet interval. Stops when `stop` is set, or after `max_rebuilds`; returns the number of
    rebuilds started.
    """
    from watchfiles import watch

    quiet_ms = max(1, int(interval * 1000))
    pending = False
    rebuilds = 0
    for changes in watch(
        root,
        watch_filter=CorpusFilter(root),
        step=quiet_ms,  # a change is acted on once nothing else changed for this long
        debounce=max(10_000, 5 * quiet_ms),  # ...or at the latest after this long
        rust_timeout=quiet_ms,
        yield_on_timeout=True,  # wake up to retry a refused rebuild
        stop_event=stop,
        raise_interrupt=False,
    ):
        if changes:
            pending = True
        if not pending:
            continue
        rebuilds += 1
        if rebuild() is not False:
            pending = False
        if max_rebuilds is not None and rebuilds >= max_rebuilds:
            break
    return rebuilds
