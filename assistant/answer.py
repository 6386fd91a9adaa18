"""The Assistant: questions in, cited passages out (highlights, abstention, follow-ups); reloads: service.py."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from .abstention import features as abstention_features
from .abstention import load_model
from .build import build_after_others, built_for_another_model, check_index
from .ingest.langdata import script_language
from .embedding import Embedder
from .search.crossscript import WrittenNames
from .search.crossterms import speaks_of
from .search.evidence import Requirements, answer_checks, passage_needs, requirements, sentence_test
from .search.unknown import UNKNOWN_SHARE, covers_terms, unknown_share
from .search.withheld import withholds
from .ingest.facets import Filters
from .ingest.language import detect_language
from .search.followup import resolve
from .search.names import CorpusNames, names_of_documents
from .search.reorder import evidence_first, holds_evidence
from .errors import AssistantError, CorruptIndexError, IndexNotFoundError, StaleIndexError
from .limits import fit_to_model, language_notices, limit_history, limit_search, normalize_question, printable
from .store.files_view import TermStatistics, files_view
from .store.index import REBUILD_HINT, LoadedIndex, load_index
from .records import Answer, Document, Highlight, Passage
from .search.retrieval import Candidate, Retriever
from .sentences import answering_highlight
from .service import IndexService, Snapshot
from .settings import Settings

__all__ = ["Assistant", "make_embedder"]

log = logging.getLogger(__name__)

def make_embedder(settings: Settings) -> Embedder:
    """The bundled model `settings.model_id` names (see assistant.encoders; loaded on first encode)."""
    from .encoders import make

    return make(settings)


def cosine_floor(settings: Settings, model_id: str) -> float:
    """`settings.abstain_threshold` if set explicitly, else the calibrated value of `model_id`."""
    from .encoders import MODELS

    default = Settings.__dataclass_fields__["abstain_threshold"].default
    spec = MODELS.get(model_id)
    if settings.abstain_threshold != default or spec is None:
        return settings.abstain_threshold
    return spec.abstain_threshold


class Assistant:
    """Answers questions from the index in `settings.index_dir`, reloading it when it is rebuilt."""

    def __init__(self, settings: Settings, embedder: Embedder, index: LoadedIndex) -> None:
        self.settings = settings
        self.embedder = embedder
        self.service = IndexService(settings, embedder, index)  # the snapshot questions answer from
        self._names_of: tuple[LoadedIndex | None, WrittenNames | None] = (None, None)

    @property
    def cosine_floor(self) -> float:
        """Best-sentence cosine below which a passage is far in meaning.

        Cosines mean different things per model: the default `abstain_threshold` stands for
        the model's own dev-calibrated value (assistant.encoders); a value set explicitly wins.
        """
        return cosine_floor(self.settings, self.embedder.model_id)

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
            build_after_others(settings, embedder, notify)
        except CorruptIndexError as exc:
            if not rebuild:
                raise
            notify(f"{str(exc).removesuffix(f': {REBUILD_HINT}')}: rebuilding it now")
            build_after_others(settings, embedder, notify, force=True)
        else:
            if differences:
                what = "; ".join(differences[:5]) + (f" (+{len(differences) - 5} more)" if len(differences) > 5 else "")
                if not rebuild:
                    raise StaleIndexError(
                        f"the index is stale ({what}): run `assistant build` to update it",
                        tuple(differences),
                    )
                notify(f"index is stale ({what}): rebuilding it now")
                other_model = built_for_another_model(settings, embedder)  # its vectors cannot stand in
                try:
                    build_after_others(settings, embedder, notify, wait=bool(other_model))
                except AssistantError as exc:  # failed, locked, or nothing readable left in the corpus
                    if other_model:
                        raise type(exc)(f"{exc}; the previous index cannot stand in: {other_model}") from None
                    try:  # the previous index is intact (builds swap atomically): serve it, say so
                        index = load_index(settings.index_dir)
                    except AssistantError:
                        raise exc from None
                    notify(f"{exc}; serving the previous index until a build succeeds")
        return cls(settings, embedder, index if index is not None else load_index(settings.index_dir))

    @property
    def snapshot(self) -> Snapshot:
        """The index now served, with all that is derived from it (swapped whole by a reload)."""
        return self.service.snapshot

    @property
    def index(self) -> LoadedIndex:
        return self.service.snapshot.index

    @property
    def _retriever(self) -> Retriever:
        return self.service.snapshot.retriever

    @property
    def reload_error(self) -> str | None:
        """Why the newest index is not served yet (passing trouble), or None."""
        return self.service.reload_error

    def reload_if_changed(self) -> bool:
        """Swap in a newly built index now (the watcher does this in the background; see service.py)."""
        return self.service.reload_if_changed()

    def watch(self, interval: float | None = None) -> None:
        """Follow rebuilds from a background thread, so that no question waits on a reload."""
        self.service.watch(interval)

    def stop_watching(self) -> None:
        self.service.stop()

    # ------------------------------------------------------------------ asking

    def ask(
        self,
        question: str,
        k: int | None = None,
        history: Sequence[str] = (),
        *,
        doc_ids: Collection[str] | None = None,
        filters: Filters | None = None,
    ) -> Answer:
        """The k passages that best answer `question`, best first, each with its citation.

        `filters` (and `doc_ids`, the article filter) restrict the search to the articles
        that pass them; when none does, the answer has no passages and a notice saying so.
        """
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
        notices = list(notices) + language_notices(text, self.embedder.model_id)
        snapshot = self.service.snapshot  # one index for the whole question, even if a reload swaps meanwhile
        reload_error = self.service.reload_error
        if reload_error:
            notices.append(f"A newer index could not be loaded yet, so this answer comes from the previous one ({reload_error}).")
        retriever, index, names = snapshot.retriever, snapshot.index, snapshot.names
        history, capped = limit_history(history, self.settings.max_history_turns, self.settings.max_history_chars)
        resolved = resolve(text, history, names)
        searched, cut = limit_search(resolved.search, self.settings.max_search_chars)
        notices = [*notices, *names.spelling_notices(text), *capped, *cut]
        timings: dict[str, float] = {"prepare": time.perf_counter() - started}  # clean, fit, resolve follow-up
        filters = _merged(filters, doc_ids)
        allowed = _allowed_documents(index, filters)
        notices += _undated_left_out(index, filters)
        notices += filters.unknown_names(index.documents.values()) if filters else []
        if allowed is not None and not allowed:
            what = filters.describe() if filters else ""
            return Answer(
                question=printable(question),
                passages=(),
                abstained=True,
                notices=(*notices, f"No indexed article matches the filters ({what})."),
                resolved_question=searched,
                timings={"total": time.perf_counter() - started},
            )
        found = retriever.search(searched, max(k, self.settings.evidence_order_depth), doc_ids=allowed, timings=timings)
        candidates, t = found[:k], time.perf_counter()  # the retrieval order, which the abstention reads
        req = requirements(resolved.focus, names, answer_checks(self.settings.answer_checks))
        asked_in = detect_language(resolved.focus)
        shown = evidence_first(index, found, req, asked_in, self._floor,
                               self.settings.evidence_bonus, self.settings.evidence_order_depth)[:k]
        timings["order"], t = time.perf_counter() - t, time.perf_counter()
        passages = tuple(self._passage(index, rank, cand, searched, req, asked_in) for rank, cand in enumerate(shown, 1))
        timings["highlight"] = time.perf_counter() - t
        t = time.perf_counter()
        confidence = None
        choice = self.settings.abstention_model  # "" shipped model, "rule", or a model file
        model = None if choice == "rule" else load_model(self.embedder.model_id, Path(choice) if choice else None)
        if model is not None:
            values = abstention_features(index, candidates, resolved.focus, names, self.settings.evidence_depth,
                                         cosine_floor=self._floor_of_best(candidates), doc_ids=allowed,
                                         lexicon=retriever.store)
            confidence = model.probability(values)
            abstained = confidence < model.threshold_for(script_language(resolved.focus))
        else:  # no model calibrated for this embedder: the rule
            abstained = self._abstain(index, candidates, resolved.focus, names, lexicon=retriever.store, req=req)
        timings["abstain"] = time.perf_counter() - t
        timings["total"] = time.perf_counter() - started
        return Answer(
            question=printable(question),
            passages=passages,
            abstained=abstained,
            notices=tuple(notices),
            resolved_question=searched,
            timings=timings,
            confidence=confidence if confidence is not None else self._confidence(candidates),
        )

    def names(self, index: LoadedIndex | None = None) -> CorpusNames:
        """The names of the indexed corpus (computed once per loaded index, when it is loaded)."""
        snapshot = self.service.snapshot
        if index is None or index is snapshot.index:
            return snapshot.names
        return names_of_documents(index.documents.values())

    def _abstain(self, index: LoadedIndex, candidates: list[Candidate], question: str, names: CorpusNames | None = None,
                 *, lexicon: TermStatistics | None = None, req: Requirements | None = None) -> bool:
        """Abstain when no passage is close enough, or none names what the question asks about.

        `lexicon` answers which terms the passages hold (the retriever's store view; None: the files);
        `req` the question's requirements when the caller has them (None: read from `question`).
        """
        if not candidates:
            return True
        depth = candidates[: max(1, self.settings.evidence_depth)]
        req = req if req is not None else requirements(question, names, answer_checks(self.settings.answer_checks))
        if self._far(candidates) and not any(
            covers_terms(index, c.row, req.terms) for c in depth
        ):
            return True  # far in meaning, and no passage holds every term of the question
        top_doc, asked_in = index.documents[index.chunks[candidates[0].row].doc_id], detect_language(question)
        if top_doc.language in (None, "", asked_in) and unknown_share(
            question, lambda term: (lexicon if lexicon is not None else files_view(index)).document_frequency(term) > 0
        ) >= UNKNOWN_SHARE:
            return True  # most of what it asks about occurs nowhere in the articles (in its language)
        if top_doc.language in (None, "", asked_in) and withholds(index, candidates[0], req, question, depth):
            return True  # the passage closest to it says what is asked was not disclosed or set
        if self.settings.evidence_depth <= 0:
            return False  # the evidence check is switched off
        terms = self.settings.cross_language_terms
        for rank, cand in enumerate(depth):
            doc = index.documents[index.chunks[cand.row].doc_id]
            across = rank and asked_in and doc.language not in (None, "", asked_in)  # lower, in another language
            if self.settings.cross_language_evidence:  # a lower one by the names its language writes, and
                # (cross_language_terms > 0) two words of the question said in it (search/crossterms.py)
                floor, written = self._floor(cand), self._written_names(index) if across else None
            else:  # only the first passage may vouch across languages: on the floor of the model that
                # scored it when a figure or an answer type can be checked there, else on the composite's
                floor, written = self._floor(cand) if req.checkable_across else self.cosine_floor, None
            needs = passage_needs(req, asked_in, doc.language, rank, float(cand.sentence), floor, written)
            if needs is not None and holds_evidence(index, cand, needs) and not (
                    across and terms > 0 and not speaks_of(index, cand, question, asked_in, req.names, terms)):
                return False
        return True

    def _written_names(self, index: LoadedIndex) -> WrittenNames:
        """The names each language of `index` writes (built once per index, when a lower passage is in another language)."""
        held, written = self._names_of
        if held is not index or written is None:
            written = WrittenNames((c.text, index.documents[c.doc_id].language) for c in index.chunks)
            self._names_of = (index, written)
        return written

    def _far(self, candidates: list[Candidate]) -> bool:
        """Every passage checked is below the cosine floor of the model that scored it."""
        depth = candidates[: max(1, self.settings.evidence_depth)]
        return all(c.sentence < self._floor(c) for c in depth)

    def _floor(self, cand: Candidate) -> float:
        """The cosine floor of the model that scored `cand` (with two models in the index, its channel's)."""
        return cosine_floor(self.settings, cand.channel) if cand.channel else self.cosine_floor

    def _floor_of_best(self, candidates: list[Candidate]) -> float:
        """The floor for the best-sentence cosine of the passages checked: that of its passage's channel."""
        depth = candidates[: max(1, self.settings.evidence_depth)]
        return self._floor(max(depth, key=lambda c: c.sentence)) if depth else self.cosine_floor

    def _confidence(self, candidates: list[Candidate]) -> float:
        """The score the rule's cosine floor cuts: the best-sentence cosine of the passages checked."""
        depth = candidates[: max(1, self.settings.evidence_depth)]
        return max((float(c.sentence) for c in depth), default=0.0)

    def _passage(self, index: LoadedIndex, rank: int, cand: Candidate, question: str, req: Requirements | None = None,
                 asked_in: str = "") -> Passage:
        chunk = index.chunks[cand.row]
        doc = index.documents[chunk.doc_id]
        gives = sentence_test(req, asked_in, doc.language) if req is not None else None
        pages = doc.pages_of(chunk.start, chunk.end)
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
            highlight=answering_highlight(doc.text, chunk.start, chunk.end, question, _highlight(index, cand), doc.title, gives),
            language=doc.language,
            page=pages[0] if pages else None,
            page_end=pages[1] if pages and pages[1] != pages[0] else None,
        )

    # ------------------------------------------------------------------ corpus views

    def documents(self) -> list[Document]:
        return self.service.snapshot.documents()

    def document(self, doc_id: str) -> Document | None:
        """A document of the index by id; never anything outside the corpus."""
        return self.service.snapshot.document(doc_id)

    def passages_per_document(self) -> dict[str, int]:
        return self.service.snapshot.passages_per_document()


def _merged(filters: Filters | None, doc_ids: Collection[str] | None) -> Filters | None:
    """The filters with the `doc_ids` argument (the article filter) added to theirs."""
    if not doc_ids:
        return filters
    base = filters or Filters()
    return dataclasses.replace(base, doc_ids=tuple(dict.fromkeys([*base.doc_ids, *doc_ids])))


def _allowed_documents(index: LoadedIndex, filters: Filters | None) -> set[str] | None:
    """Ids of the articles the filters let through; None when nothing is filtered."""
    if filters is None or not filters.active:
        return None
    return {doc_id for doc_id, doc in index.documents.items() if filters.matches(doc)}


def _undated_left_out(index: LoadedIndex, filters: Filters | None) -> list[str]:
    """A date filter leaves out every article without a date: say how many the other filters let through."""
    if filters is None or not (filters.since or filters.until):
        return []
    rest = dataclasses.replace(filters, since=None, until=None)
    n = sum(1 for d in index.documents.values() if not d.date and rest.matches(d))
    were = "articles without a publication date were" if n > 1 else "article without a publication date was"
    return [f"{n} {were} left out by the date filter."] if n else []


def _highlight(index: LoadedIndex, cand: Candidate) -> Highlight | None:
    """The passage's sentence closest to the question in meaning (found during ranking)."""
    if index.sentences is None or cand.sentence_row < 0:
        return None
    s, e = (int(x) for x in index.sentences.spans[cand.sentence_row])
    text = index.documents[index.chunks[cand.row].doc_id].text
    return Highlight(text=text[s:e], start=s, end=e)
