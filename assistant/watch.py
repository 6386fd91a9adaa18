"""`assistant build --watch`: poll the corpus folder and rebuild when a document changes."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from .corpus import METADATA_FILE, SUFFIXES

__all__ = ["corpus_state", "watch_corpus"]

State = tuple[tuple[str, int, int, int], ...]


def _relevant(path: Path) -> bool:
    """A file the build reads: a document (not hidden) or the metadata file."""
    if path.name.startswith("."):
        return False
    return path.suffix.lower() in SUFFIXES or path.name == METADATA_FILE


def corpus_state(root: Path) -> State:
    """(path, size, mtime, inode) of every file the build reads: cheap, changes on any edit.

    Editor swap files, hidden files and other suffixes are ignored, so they trigger nothing.
    """
    out = []
    for path in sorted(Path(root).rglob("*")):
        if not _relevant(path):
            continue
        try:
            st = path.stat()
        except OSError:
            continue
        if path.is_file():
            out.append((path.as_posix(), st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(out)


def watch_corpus(
    root: Path,
    rebuild: Callable[[], bool | None],
    *,
    interval: float = 2.0,
    max_cycles: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Call `rebuild` once per change of the corpus, after it has been quiet for one interval.

    A change still being written when checked again waits for the next cycle, so a burst of
    edits causes one rebuild. When `rebuild` returns False (say, another build held the lock)
    the same change is tried again at the next cycle. Stops after `max_cycles` checks (never,
    by default) and returns the number of rebuilds.
    """
    last = corpus_state(root)
    cycles = rebuilds = 0
    while max_cycles is None or cycles < max_cycles:
        sleep(interval)
        cycles += 1
        state = corpus_state(root)
        if state == last:
            continue
        sleep(interval)  # let an editor or a copy finish writing
        settled = corpus_state(root)
        if settled != state:
            continue  # still changing: look again next cycle
        rebuilds += 1
        if rebuild() is not False:
            last = settled
    return rebuilds
