"""Sentence vectors: what the build embeds; chunk vectors are their normalised mean.

Embedding each sentence once (instead of each ~200-token chunk) is cheaper for the model,
and a chunk scored by its best sentence finds short answers (a table row, one sentence)
that a whole-chunk vector dilutes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .chunking import sentence_spans, text_hash
from .records import Chunk, Document, Highlight

__all__ = ["SentenceTable", "answering_highlight", "best_per_chunk", "best_sentence", "is_heading", "split_chunks", "embed_sentences", "chunk_vectors", "title_vectors", "titled", "with_titles"]


@dataclass(frozen=True)
class SentenceTable:
    """All sentences of all chunks: vectors, (start, end) in the document, chunk boundaries.

    Sentences of chunk i are rows ptr[i]:ptr[i + 1]; overlapping chunks repeat a sentence.
    """

    vectors: np.ndarray  # (n_sentences, dim) float32, L2-normalised
    spans: np.ndarray  # (n_sentences, 2) int64 offsets in the chunk's document text
    ptr: np.ndarray  # (n_chunks + 1,) int64

    def best_per_chunk(self, rows: Sequence[int], query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each chunk row: the best sentence cosine, and that sentence's table index."""
        return best_per_chunk(self.ptr, self.vectors.__getitem__, rows, query)

    def chunk_sentences(self, row: int) -> range:
        return range(int(self.ptr[row]), int(self.ptr[row + 1]))

    def save(self, folder: Path) -> None:
        np.save(folder / "sentence_vectors.npy", np.ascontiguousarray(self.vectors, dtype=np.float32))
        np.save(folder / "sentence_spans.npy", np.ascontiguousarray(self.spans, dtype=np.int64))
        np.save(folder / "sentence_ptr.npy", np.ascontiguousarray(self.ptr, dtype=np.int64))

    @classmethod
    def load(cls, folder: Path, *, mmap: bool = False) -> "SentenceTable":
        mode = "r" if mmap else None
        return cls(
            vectors=np.load(folder / "sentence_vectors.npy", mmap_mode=mode, allow_pickle=False),
            spans=np.load(folder / "sentence_spans.npy", allow_pickle=False),
            ptr=np.load(folder / "sentence_ptr.npy", allow_pickle=False),
        )


def best_per_chunk(
    ptr: np.ndarray, gather: Callable[[np.ndarray], np.ndarray], rows: Sequence[int], query: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For each chunk row: the best sentence cosine, and that sentence's index in the table.

    Sentences of chunk i are ptr[i]:ptr[i + 1]; `gather(indices)` returns their vectors (the
    table's arrays, or vectors fetched by id from a store). One gather and one product for all
    the rows' sentences, then a maximum per chunk (ties: the first sentence).
    """
    rows_arr = np.asarray(rows, dtype=np.int64)
    best = np.full(len(rows_arr), -1.0, dtype=np.float32)
    where = np.full(len(rows_arr), -1, dtype=np.int64)
    if not len(rows_arr):
        return best, where
    starts = ptr[rows_arr]
    counts = ptr[rows_arr + 1] - starts
    total = int(counts.sum())
    if total == 0:
        return best, where
    first = np.cumsum(counts) - counts  # where each chunk's sentences begin in the gathered block
    sentence = np.repeat(starts - first, counts) + np.arange(total)  # table index of each gathered row
    sims = np.asarray(gather(sentence) @ query, dtype=np.float32)
    chunk = np.repeat(np.arange(len(rows_arr)), counts)
    order = np.lexsort((np.arange(total), -sims, chunk))  # per chunk: best first, then the earlier sentence
    nonempty = counts > 0
    top = order[first[nonempty]]
    best[nonempty] = sims[top]
    where[nonempty] = sentence[top]
    return best, where


def split_chunks(documents: dict[str, Document], chunks: Sequence[Chunk]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Sentence texts, spans and chunk pointer for `chunks` (no embedding yet)."""
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    ptr = [0]
    for chunk in chunks:
        doc_text = documents[chunk.doc_id].text
        for s, e in sentence_spans(chunk.text, offset=chunk.start):
            texts.append(doc_text[s:e])
            spans.append((s, e))
        ptr.append(len(texts))
    return texts, np.asarray(spans, dtype=np.int64).reshape(-1, 2), np.asarray(ptr, dtype=np.int64)


def embed_sentences(
    texts: Sequence[str],
    encode: Callable[[list[str]], np.ndarray],
    dim: int,
    reusable: dict[str, np.ndarray],
) -> tuple[np.ndarray, list[str]]:
    """Vectors for `texts`, embedding each distinct new sentence once; returns (vectors, new hashes)."""
    hashes = [text_hash(t) for t in texts]
    todo: dict[str, str] = {}
    for h, t in zip(hashes, texts):
        if h not in reusable and h not in todo:
            todo[h] = t
    fresh = encode(list(todo.values())) if todo else np.zeros((0, dim), np.float32)
    known = dict(reusable)
    known.update(zip(todo.keys(), fresh))
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    for i, h in enumerate(hashes):
        vectors[i] = known[h]
    return vectors, list(todo)


def chunk_vectors(sentence_vectors: np.ndarray, ptr: np.ndarray, segments: Sequence[int] = ()) -> np.ndarray:
    """Each chunk's vector: the L2-normalised mean of its sentence vectors.

    With `segments` (two models' vectors side by side, assistant/encoders/composite.py) each
    segment is normalised apart, to length 1/sqrt(len(segments)), as in the sentence vectors.
    """
    n = len(ptr) - 1
    dim = sentence_vectors.shape[1] if sentence_vectors.ndim == 2 else 0
    out = np.zeros((n, dim), dtype=np.float32)
    counts = np.diff(ptr)
    nonempty = counts > 0
    if n and len(sentence_vectors):
        sums = np.add.reduceat(sentence_vectors, np.minimum(ptr[:-1], len(sentence_vectors) - 1), axis=0)
        out[nonempty] = sums[nonempty]
    bounds = np.cumsum([0, *segments]) if segments and sum(segments) == dim else np.array([0, dim])
    scale = np.float32(1.0 / np.sqrt(len(bounds) - 1))
    for lo, hi in itertools.pairwise(bounds):
        part = out[:, lo:hi]
        norms = np.linalg.norm(part, axis=1, keepdims=True) / scale
        np.divide(part, norms, out=part, where=norms > 0)
    return out


def titled(vectors: np.ndarray, titles: Sequence[str], sentence_texts: Sequence[str], sentence_vectors: np.ndarray,
           reusable: dict[str, np.ndarray], embedder: Any, weight: float) -> np.ndarray:
    """`vectors` (one row per chunk, `titles` its article's title) with the multilingual half of a two-model
    embedder's (`embedding.segments_of`) read with the title (`with_titles`); as they are for one model or a weight of 0."""
    from .embedding import segments_of

    segments = segments_of(embedder)
    if not segments or weight <= 0:
        return vectors
    found, rows = title_vectors(titles, sentence_texts, sentence_vectors, reusable, embedder.encode_passages, embedder.dim)
    return with_titles(vectors, found, rows, weight, slice(segments[0], sum(segments)))


def title_vectors(titles: Sequence[str], sentence_texts: Sequence[str], sentence_vectors: np.ndarray,
                  reusable: dict[str, np.ndarray], encode: Callable[[list[str]], np.ndarray],
                  dim: int) -> tuple[np.ndarray, np.ndarray]:
    """The vectors of the distinct titles among `titles`, and for each entry its row among them (-1: no title).
    A title a sentence of this build says takes that sentence's vector, else an earlier build's (`reusable`, by text
    hash), else it is embedded."""
    wanted = [t for t in dict.fromkeys(t.strip() for t in titles) if t]
    position = {t: k for k, t in enumerate(wanted)}
    by_title = {t: sentence_vectors[j] for j, t in enumerate(sentence_texts) if t in position}
    rest = [t for t in wanted if t not in by_title]
    if rest:
        by_title.update(zip(rest, embed_sentences(rest, encode, dim, reusable)[0]))
    found = np.stack([by_title[t] for t in wanted]) if wanted else np.zeros((0, dim), np.float32)
    return found, np.array([position.get(t.strip(), -1) for t in titles], dtype=np.int64)


def with_titles(vectors: np.ndarray, title_vectors: np.ndarray, rows: np.ndarray, weight: float, segment: slice) -> np.ndarray:
    """`vectors` (one row per chunk) with `weight` times their article's title vector (`title_vectors[rows[i]]`; -1:
    none) added to the `segment` part, which is normalised back to its length.

    A passage often leaves its subject to the article's title: a slide's bullets, a table's rows, a
    paragraph that says "the plant" or «кредит» of the headline's plant or loan. The multilingual model
    then scores it against a question naming that subject in another language as about nothing in
    particular; with its title mixed in, the passage is about what its article is about
    (docs/quality.md, "Twenty-eighth pass").
    """
    if weight <= 0 or not len(vectors):
        return vectors
    heads = np.asarray(title_vectors, dtype=np.float32)[:, segment]
    lengths = np.linalg.norm(heads, axis=1, keepdims=True)
    heads = heads / np.maximum(lengths, 1e-12)
    rows = np.asarray(rows, dtype=np.int64)
    titled = rows >= 0
    titled[titled] = lengths[rows[titled], 0] > 0  # an article without a title keeps its passages' own vectors
    out = np.array(vectors, dtype=np.float32, copy=True)
    part = out[titled, segment]
    length = np.linalg.norm(part, axis=1, keepdims=True)
    mixed = part + np.float32(weight) * heads[rows[titled]] * length
    norms = np.linalg.norm(mixed, axis=1, keepdims=True)
    out[titled, segment] = np.divide(mixed * length, norms, out=np.zeros_like(mixed), where=norms > 0)
    return out


def is_heading(text: str, start: int, end: int, title: str = "") -> bool:
    """Whether text[start:end] is a title or section heading, not a sentence that can answer:
    the document's title, or a paragraph of its own (blank lines around it) of at most 15 words
    without sentence punctuation ("What the plant will do")."""
    span = text[start:end].strip()
    if not span:
        return False
    if title and " ".join(span.split()) == " ".join(title.split()):
        return True
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    alone = (start == 0 or before.endswith("\n\n") or not text[:start].strip()) and (
        end >= len(text.rstrip()) or after.startswith("\n\n")
    )
    body = span.rstrip(" \"'»”’)]")
    return alone and len(span.split()) <= 15 and not body.endswith((".", "!", "?", "…", ":", ";"))


def answering_highlight(
    text: str, start: int, end: int, question: str, found: Highlight | None, title: str = "",
    gives: Callable[[str], bool] | None = None,
) -> Highlight | None:
    """The highlight of text[start:end]: the sentence ranking `found`, unless it is the title or a
    heading; then the passage's other sentence sharing the most question terms (the first on a tie).
    With `gives` (does a sentence give the asked kind of value: a price for "how much", a year for
    "when"), the first sentence that does, when `found` does not ("It will cost $2 billion", not the
    sentence on the plant's capacity that is closer in meaning)."""
    def unusable(s: int, e: int) -> bool:  # a heading, or a list number split off its item ("1." of "1. Introduction")
        return is_heading(text, s, e, title) or not any(ch.isalpha() for ch in text[s:e])

    if gives is not None and (found is None or not gives(found.text)):
        for s, e in sentence_spans(text[start:end], offset=start):
            if not unusable(s, e) and gives(text[s:e]):
                return Highlight(text=text[s:e], start=s, end=e)
    if found is not None and not unusable(found.start, found.end):
        return found
    other = best_sentence(text, start, end, question, skip=unusable)
    return other or found or best_sentence(text, start, end, question)


def best_sentence(
    text: str, start: int, end: int, question: str, skip: Callable[[int, int], bool] | None = None
) -> Highlight | None:
    """The sentence of text[start:end] sharing the most question terms (offsets in `text`): the
    highlight when the index has no sentence vectors. `skip(s, e)` leaves sentences out."""
    from .store.lexical import tokenize

    terms = set(tokenize(question))
    best: tuple[float, int, int] | None = None
    for s, e in sentence_spans(text[start:end], offset=start):
        if skip is not None and skip(s, e):
            continue
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
