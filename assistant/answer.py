"""The Assistant: questions in, cited passages out (highlights, abstention, follow-ups, live reload)."""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from .build import BuildReport, build_index, check_index
from .embedding import Embedder, SentenceTransformerEmbedder
from .evidence import passage_has_evidence, requirements
from .followup import resolve
from .errors import (
    AssistantError,
    BuildFailedError,
    BuildLockedError,
    CorruptIndexError,
    EmptyQuestionError,
    IndexNotFoundError,
    StaleIndexError,
)
from .index import MANIFEST, REBUILD_HINT, LoadedIndex, load_index
from .records import Answer, Document, Highlight, Passage
from .retrieval import Candidate, Retriever
from .settings import Settings

__all__ = ["Assistant", "normalize_question", "make_embedder"]

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def make_embedder(settings: Settings) -> Embedder:
    """The bundled sentence-transformers model (loaded on first encode)."""
    return SentenceTransformerEmbedder(
        settings.resolved_model_path(),
        settings.model_id,
        max_seq_length=settings.max_seq_length,
        batch_size=settings.embed_batch_size,
        normalize=settings.normalize,
    )


def printable(text: str) -> str:
    """`text` with lone surrogates (undecodable bytes from a terminal) replaced by U+FFFD."""
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in str(text))


def fit_to_model(text: str, count_tokens: Callable[[str], int], max_tokens: int) -> str:
    """The longest prefix of `text`, cut at a word, that the model reads whole (max_tokens word pieces)."""
    if count_tokens(text) <= max_tokens:
        return text
    words = text.split(" ")
    if count_tokens(words[0]) > max_tokens:  # no spaces to cut at (Chinese, a URL): cut characters
        return _longest_prefix(len(text), lambda n: count_tokens(text[:n]) <= max_tokens, text)
    return _longest_prefix(len(words), lambda n: count_tokens(" ".join(words[:n])) <= max_tokens, words)


def _longest_prefix(size: int, fits: Callable[[int], bool], items: Sequence[str] | str) -> str:
    """Binary search for the longest prefix of `items` (at least one item) that `fits`."""
    lo, hi = 1, size
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return items[:lo] if isinstance(items, str) else " ".join(items[:lo])


def normalize_question(question: str, max_chars: int) -> tuple[str, list[str]]:
    """Strip control characters and mojibake, fold white space, cut to `max_chars`.

    Raises EmptyQuestionError when nothing searchable is left.
    """
    from .cleaning import fix_mojibake

    notices: list[str] = []
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", printable(question)))
    text = " ".join(fix_mojibake(text).split())
    if not any(ch.isalnum() for ch in text):
        raise EmptyQuestionError("Please type a question with at least one word or number.")
    if len(text) > max_chars:
        cut = text[:max_chars].rsplit(" ", 1)[0] or text[:max_chars]
        notices.append(
            f"Your question was {len(text):,} characters long; only its first {len(cut):,} were searched."
        )
        text = cut
    return text, notices


class Assistant:
    """Answers questions from the index in `settings.index_dir`, reloading it when it is rebuilt."""

    def __init__(self, settings: Settings, embedder: Embedder, index: LoadedIndex) -> None:
        self.settings = settings
        self.embedder = embedder
        self._index = index
        self._retriever = Retriever(index, embedder, settings)
        self._stamp = self._manifest_stamp()
        self._reload_lock = threading.Lock()

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls,
        settings: Settings | None = None,
        *,
        embedder: Embedder | None = None,
        rebuild: bool = True,
        notify: Callable[[str], None] | None = None,
    ) -> "Assistant":
        """Open the index; rebuild it first when missing or stale (or refuse, with rebuild=False)."""
        settings = settings or Settings.from_env()
        embedder = embedder or make_embedder(settings)
        notify = notify or (lambda message: log.warning(message))
        index: LoadedIndex | None = None
        try:
            differences = check_index(settings, embedder)
            if not differences:
                index = load_index(settings.index_dir)  # sizes and checksums: may be corrupt
        except IndexNotFoundError:
            if not rebuild:
                raise
            notify(f"no index in {settings.index_dir} yet: building it now")
            cls._rebuild(settings, embedder, notify)
        except CorruptIndexError as exc:
            if not rebuild:
                raise
            notify(f"{str(exc).removesuffix(f': {REBUILD_HINT}')}: rebuilding it now")
            cls._rebuild(settings, embedder, notify, force=True)
        else:
            if differences:
                what = "; ".join(differences[:5]) + (f" (+{len(differences) - 5} more)" if len(differences) > 5 else "")
                if not rebuild:
                    raise StaleIndexError(
                        f"the index is stale ({what}): run `assistant build` to update it",
                        tuple(differences),
                    )
                notify(f"index is stale ({what}): rebuilding it now")
                try:
                    cls._rebuild(settings, embedder, notify)
                except (BuildFailedError, BuildLockedError) as exc:
                    try:  # the previous index is intact (builds swap atomically): serve it, say so
                        index = load_index(settings.index_dir)
                    except AssistantError:
                        raise exc from None
                    notify(f"{exc}; serving the previous index until a build succeeds")
        return cls(settings, embedder, index if index is not None else load_index(settings.index_dir))

    @staticmethod
    def _rebuild(settings: Settings, embedder: Embedder, notify: Callable[[str], None], force: bool = False) -> BuildReport:
        """Build under the lock; the caller has already said why, in one line."""
        report = build_index(settings, embedder, force=force)
        log.info("%s", report.summary())
        return report

    @property
    def index(self) -> LoadedIndex:
        return self._index

    def _manifest_stamp(self) -> tuple[int, ...] | None:
        """Identity of the manifest file: a build replaces it (new inode, times, size)."""
        try:
            st = (Path(self.settings.index_dir) / MANIFEST).stat()
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size)

    def reload_if_changed(self) -> bool:
        """Switch to a newly built index, if one was swapped in; keep the current one on error.

        Questions already running keep the index they started with. If another build swaps
        in while this one is read (so its folder is collected), the newer one is read instead.
        """
        stamp = self._manifest_stamp()
        if stamp is None or stamp == self._stamp:
            return False
        with self._reload_lock:
            if stamp == self._stamp:
                return False
            for _attempt in range(5):
                try:
                    fresh = load_index(self.settings.index_dir)
                    break
                except (CorruptIndexError, IndexNotFoundError) as exc:
                    now = self._manifest_stamp()
                    if now is not None and now != stamp:
                        stamp = now  # swapped again while we read: try the newer one
                        continue
                    log.warning("kept the loaded index: %s", exc)
                    self._stamp = stamp
                    return False
            else:
                self._stamp = stamp
                return False
            if fresh.manifest.generation == self._index.manifest.generation:
                self._stamp = stamp
                return False
            built_with = (fresh.manifest.settings.get("model_id"), fresh.manifest.settings.get("dim"))
            if built_with != (self.embedder.model_id, self.embedder.dim):
                log.warning(
                    "kept the loaded index: the new one was built with model %s (dimension %s), "
                    "this process runs %s (dimension %s); restart to use it",
                    *built_with, self.embedder.model_id, self.embedder.dim,
                )
                self._stamp = stamp
                return False
            self._retriever = Retriever(fresh, self.embedder, self.settings)
            self._index = fresh
            self._stamp = stamp
            log.info("now serving index generation %s", fresh.manifest.generation)
            return True

    # ------------------------------------------------------------------ asking

    def ask(
        self,
        question: str,
        k: int | None = None,
        history: Sequence[str] = (),
        *,
        doc_ids: Collection[str] | None = None,
    ) -> Answer:
        """The k passages that best answer `question`, best first, each with its citation."""
        started = time.perf_counter()
        k = max(1, min(int(k or self.settings.k), 50))
        text, notices = normalize_question(question, self.settings.max_question_chars)
        fitted = fit_to_model(text, self.embedder.count_tokens, self.settings.max_seq_length - 2)
        if fitted != text:
            notices = [
                f"Your question was {len(printable(question)):,} characters long; only its first "
                f"{len(fitted.split()):,} words were searched (the model reads {self.settings.max_seq_length} word pieces)."
            ]
            text = fitted
        self.reload_if_changed()
        retriever = self._retriever  # one index for the whole question, even if a reload happens
        index = retriever.index
        resolved = resolve(text, history)
        searched = resolved.search
        timings: dict[str, float] = {}
        candidates = retriever.search(searched, k, doc_ids=doc_ids, timings=timings)
        t = time.perf_counter()
        passages = tuple(
            self._passage(index, rank, cand, searched) for rank, cand in enumerate(candidates, 1)
        )
        timings["highlight"] = time.perf_counter() - t
        abstained = self._abstain(index, candidates, resolved.focus)
        timings["total"] = time.perf_counter() - started
        return Answer(
            question=printable(question),
            passages=passages,
            abstained=abstained,
            notices=tuple(notices),
            resolved_question=searched,
            timings=timings,
            confidence=self._confidence(candidates),
        )

    def _abstain(self, index: LoadedIndex, candidates: list[Candidate], question: str) -> bool:
        """Abstain when no passage is close enough, or none names what the question asks about."""
        if not candidates:
            return True
        depth = candidates[: max(1, self.settings.evidence_depth)]
        if max(c.sentence for c in depth) < self.settings.abstain_threshold and not any(
            _covers_terms(index, c.row, question) for c in depth
        ):
            return True  # far in meaning, and no passage holds every term of the question
        if self.settings.evidence_depth <= 0:
            return False  # the evidence check is switched off
        req = requirements(question)
        for cand in depth:
            chunk = index.chunks[cand.row]
            doc = index.documents[chunk.doc_id]
            context = " ".join(x for x in (doc.title, doc.publisher, chunk.section) if x)
            if passage_has_evidence(req, _sentences_of(index, cand.row), context):
                return False
        return True

    def _confidence(self, candidates: list[Candidate]) -> float:
        """The score `abstain_threshold` cuts: the best-sentence cosine of the passages checked."""
        depth = candidates[: max(1, self.settings.evidence_depth)]
        return max((float(c.sentence) for c in depth), default=0.0)

    def _passage(self, index: LoadedIndex, rank: int, cand: Candidate, question: str) -> Passage:
        chunk = index.chunks[cand.row]
        doc = index.documents[chunk.doc_id]
        return Passage(
            rank=rank,
            score=cand.score,
            text=chunk.text,
            doc_id=chunk.doc_id,
            title=doc.title,
            source=doc.source,
            section=chunk.section,
            start=chunk.start,
            end=chunk.end,
            publisher=doc.publisher,
            date=doc.date,
            chunk_id=chunk.chunk_id,
            highlight=_highlight(index, cand) or best_sentence(doc.text, chunk.start, chunk.end, question),
        )

    # ------------------------------------------------------------------ corpus views

    def documents(self) -> list[Document]:
        return sorted(self._index.documents.values(), key=lambda d: d.title.lower())

    def document(self, doc_id: str) -> Document | None:
        """A document of the index by id; never anything outside the corpus."""
        return self._index.documents.get(doc_id)

    def passages_per_document(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for chunk in self._index.chunks:
            counts[chunk.doc_id] = counts.get(chunk.doc_id, 0) + 1
        return counts


def _covers_terms(index: LoadedIndex, row: int, question: str) -> bool:
    """Every content term of the question occurs in the passage (with its title and section)."""
    from .chunking import lexical_text
    from .lexical import tokenize

    terms = set(tokenize(question))
    if not terms:
        return False
    chunk = index.chunks[row]
    doc = index.documents[chunk.doc_id]
    return terms <= set(tokenize(lexical_text(doc.title, chunk.section, chunk.text)))


def _sentences_of(index: LoadedIndex, row: int) -> list[str]:
    chunk = index.chunks[row]
    if index.sentences is None:
        return [chunk.text]
    text = index.documents[chunk.doc_id].text
    return [text[int(s) : int(e)] for s, e in (index.sentences.spans[j] for j in index.sentences.chunk_sentences(row))]


def _highlight(index: LoadedIndex, cand: Candidate) -> Highlight | None:
    """The passage's sentence closest to the question in meaning (found during ranking)."""
    if index.sentences is None or cand.sentence_row < 0:
        return None
    s, e = (int(x) for x in index.sentences.spans[cand.sentence_row])
    text = index.documents[index.chunks[cand.row].doc_id].text
    return Highlight(text=text[s:e], start=s, end=e)


def best_sentence(text: str, start: int, end: int, question: str) -> Highlight | None:
    """The sentence of text[start:end] sharing the most question terms (offsets in `text`)."""
    from .chunking import sentence_spans
    from .lexical import tokenize

    terms = set(tokenize(question))
    best: tuple[float, int, int] | None = None
    for s, e in sentence_spans(text[start:end], offset=start):
        words = tokenize(text[s:e])
        if not words:
            continue
        overlap = len(terms.intersection(words))
        score = overlap + overlap / (len(set(words)) ** 0.5)
        if best is None or score > best[0]:
            best = (score, s, e)
    if best is None:
        return None
    _, s, e = best
    return Highlight(text=text[s:e], start=s, end=e)
