"""`assistant build --watch`: poll the corpus folder and rebuild when a file changes."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["corpus_state", "watch_corpus"]


def corpus_state(root: Path) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime) of every file below root: cheap to take, changes on any edit."""
    out = []
    for path in sorted(Path(root).rglob("*")):
        try:
            st = path.stat()
        except OSError:
            continue
        if path.is_file():
            out.append((path.as_posix(), st.st_size, st.st_mtime_ns))
    return tuple(out)


def watch_corpus(
    root: Path, rebuild: Callable[[], None], *, interval: float = 2.0, max_cycles: int | None = None
) -> None:
    """Call `rebuild` each time the corpus changes (after it has been quiet for one interval)."""
    last = corpus_state(root)
    cycles = 0
    while max_cycles is None or cycles < max_cycles:
        time.sleep(interval)
        cycles += 1
        state = corpus_state(root)
        if state == last:
            continue
        time.sleep(interval)  # let an editor finish writing
        settled = corpus_state(root)
        if settled != state:
            continue
        last = settled
        rebuild()
