"""The served index: an immutable snapshot that a background watcher swaps when a build lands.

A question takes `IndexService.snapshot` once and answers from it to the end; it never loads,
checks or waits for anything. A watcher thread polls the manifest's identity (one `stat` per
interval) and, when a build has swapped a new generation in, loads it, derives everything the
questions and the page need (retriever, corpus names, article list, passage counts) and only
then replaces the snapshot in one assignment. A failed load keeps the old snapshot and says
why in `reload_error`.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from .embedding import Embedder
from .errors import CorruptIndexError, IndexNotFoundError, IndexUnavailableError
from .store.index import MANIFEST, LoadedIndex, load_index
from .search.names import CorpusNames, names_of_documents
from .records import Document
from .search.retrieval import Retriever
from .settings import Settings

__all__ = ["IndexService", "Snapshot", "make_snapshot", "manifest_stamp"]

log = logging.getLogger(__name__)

RELOAD_RETRY_SECONDS = 5.0  # after a passing failure to read a new index, wait this long before trying again

Stamp = tuple[int, int, int, int]


@dataclass(frozen=True)
class Snapshot:
    """One loaded index and everything derived from it; never changed once made."""

    index: LoadedIndex
    retriever: Retriever
    names: CorpusNames
    by_title: tuple[Document, ...]
    passage_counts: Mapping[str, int]
    stamp: Stamp | None = None

    @property
    def generation(self) -> str:
        return self.index.manifest.generation

    def documents(self) -> list[Document]:
        """The indexed articles, by title."""
        return list(self.by_title)

    def document(self, doc_id: str) -> Document | None:
        """A document of the index by id; never anything outside the corpus."""
        return self.index.documents.get(doc_id)

    def passages_per_document(self) -> dict[str, int]:
        return dict(self.passage_counts)


def make_snapshot(index: LoadedIndex, embedder: Embedder, settings: Settings, stamp: Stamp | None = None) -> Snapshot:
    """Everything a question or the page derives from `index`, computed once, up front."""
    counts: dict[str, int] = {}
    for chunk in index.chunks:
        counts[chunk.doc_id] = counts.get(chunk.doc_id, 0) + 1
    return Snapshot(
        index=index,
        retriever=Retriever(index, embedder, settings),
        names=names_of_documents(index.documents.values()),
        by_title=tuple(sorted(index.documents.values(), key=lambda d: d.title.lower())),
        passage_counts=MappingProxyType(counts),
        stamp=stamp,
    )


def manifest_stamp(index_dir: Path) -> Stamp | None:
    """Identity of the manifest file: a build replaces it (new inode, times, size)."""
    try:
        st = (Path(index_dir) / MANIFEST).stat()
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size)


class IndexService:
    """Holds the current `Snapshot`; `reload_if_changed` (or the watcher thread) swaps in a new one.

    `loader` reads an index folder (default `load_index`; tests pass a slow or failing one).
    """

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        index: LoadedIndex,
        *,
        loader: Callable[[Path], LoadedIndex] | None = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self._loader = loader
        self._snapshot = make_snapshot(index, embedder, settings, manifest_stamp(settings.index_dir))
        self._seen = self._snapshot.stamp  # the manifest already dealt with (served, or refused)
        self._reload_lock = threading.Lock()  # one reload at a time; questions never take it
        self.reload_error: str | None = None  # why the newest index is not served yet (passing trouble)
        self._retry_at = 0.0  # after a passing failure, the next attempt waits until then (monotonic)
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    @property
    def snapshot(self) -> Snapshot:
        """The snapshot to answer from (one attribute read: never waits)."""
        return self._snapshot

    # ------------------------------------------------------------------ reloading

    def reload_if_changed(self) -> bool:
        """Swap in a newly built index, if one was swapped in on disk; keep the current one on error.

        Runs on the watcher thread (or a caller that wants it now). Questions already running
        keep the snapshot they started with. If another build swaps in while this one is read
        (so its folder is collected), the newer one is read instead.
        """
        stamp = manifest_stamp(self.settings.index_dir)
        if stamp is None or stamp == self._seen or time.monotonic() < self._retry_at:
            return False
        with self._reload_lock:
            stamp = manifest_stamp(self.settings.index_dir)
            if stamp is None or stamp == self._seen:
                return False
            fresh = self._read(stamp)
            if fresh is None:
                return False
            index, stamp = fresh
            current = self._snapshot.index
            self._seen = stamp
            self.reload_error = None
            if index.manifest.generation == current.manifest.generation:
                return False
            built_with = (index.manifest.settings.get("model_id"), index.manifest.settings.get("dim"))
            if built_with != (self.embedder.model_id, self.embedder.dim):
                log.warning(
                    "kept the loaded index: the new one was built with model %s (dimension %s), "
                    "this process runs %s (dimension %s); restart to use it",
                    *built_with, self.embedder.model_id, self.embedder.dim,
                )
                return False
            self._snapshot = make_snapshot(index, self.embedder, self.settings, stamp)  # the swap
            log.info("now serving index generation %s", index.manifest.generation)
            return True

    def _read(self, stamp: Stamp) -> tuple[LoadedIndex, Stamp] | None:
        """The index the manifest names (retrying if builds swap meanwhile), or None after logging why not."""
        loader = self._loader or load_index
        for _attempt in range(5):
            try:
                return loader(self.settings.index_dir), stamp
            except (CorruptIndexError, IndexNotFoundError) as exc:
                now = manifest_stamp(self.settings.index_dir)
                if now is not None and now != stamp:
                    stamp = now  # swapped again while we read: try the newer one
                    continue
                log.warning("kept the loaded index: %s", exc)
                self._seen = stamp  # damaged for good: wait for the next build
                self.reload_error = None
                return None
            except Exception as exc:  # noqa: BLE001 - no memory, too many open files, anything: try again later
                reason = str(exc) if isinstance(exc, IndexUnavailableError) else f"{type(exc).__name__}: {exc}"
                self.reload_error = reason
                self._retry_at = time.monotonic() + RELOAD_RETRY_SECONDS
                log.warning("kept the loaded index for now: %s", reason)
                return None
        self._seen = stamp
        self.reload_error = None
        return None

    # ------------------------------------------------------------------ the watcher

    def watch(self, interval: float | None = None) -> None:
        """Start the background watcher (once): it reloads within `interval` seconds of a build."""
        if self._watcher is not None and self._watcher.is_alive():
            return
        every = float(interval if interval is not None else self.settings.reload_poll_seconds)
        self._stop.clear()
        # the thread holds the service weakly: an assistant nobody uses any more is collected, and its thread ends
        self._watcher = threading.Thread(
            target=_watch, args=(weakref.ref(self), self._stop, every), name="index-watcher", daemon=True
        )
        self._watcher.start()

    @property
    def watching(self) -> bool:
        return self._watcher is not None and self._watcher.is_alive()

    def stop(self) -> None:
        """Stop the watcher; returns once it has finished its current reload."""
        self._stop.set()
        watcher, self._watcher = self._watcher, None
        if watcher is not None and watcher is not threading.current_thread():
            watcher.join()


def _watch(ref: weakref.ref[IndexService], stop: threading.Event, every: float) -> None:
    while not stop.wait(every):
        service = ref()
        if service is None:
            return
        try:
            service.reload_if_changed()
        except Exception:  # never let the watcher die: the next tick tries again
            log.exception("reloading the index failed")
        del service
