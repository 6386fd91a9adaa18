"""Names the indexed corpus itself uses: capitalised n-grams with their document frequency and kind.

Follow-ups and the evidence check need to know that "Norway" is a place, "Solberg" a
person, "CSTO" an organisation and a publisher's name a source. Nothing of that is listed in
code: the kind is read from how the corpus writes the name (after "in"/"from" -> place,
after "President" or before "said" -> person, an acronym or an organisation head word ->
organisation; the cue words are language data), and publishers come from the documents'
metadata. Computed when an index is loaded (a fraction of a second for thousands of articles).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex

from ..ingest.langdata import LangData, all_lang_data, lang_data, script_language
from ..store.lexical import is_cyrillic, russian_noun_stem

__all__ = ["CorpusNames", "NAME_RE", "corpus_names", "names_of_documents", "guess_kind", "strip_possessive"]

_CAP = r"(?:\p{Lu}[\p{L}\p{M}\p{Nd}\-’']*)"
NAME_RE = regex.compile(rf"{_CAP}(?:\s+(?:(?:of|the|for|de|al)\s+)*{_CAP})*")
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{Nd}\-’']+")
_SENTENCE_START = regex.compile(r"(?:^|[.!?…:;\n«\"“(]\s*)$")


def strip_possessive(text: str, lang: LangData) -> str:
    for suffix in lang.possessive_suffixes:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def _is_acronym(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return len(name) >= 2 and " " not in name and bool(letters) and all(ch.isupper() for ch in letters)


def guess_kind(name: str, lang: LangData) -> str:
    """Kind of a name from its form alone: 'org' (acronym, organisation head word), 'place' (place suffix), else 'person'."""
    words = name.lower().split()
    if _is_acronym(name) or any(w in lang.org_heads for w in words):
        return "org"
    if len(words) == 1 and any(words[0].endswith(s) for s in lang.place_suffixes):
        return "place"
    return "person"


@dataclass
class _Stats:
    count: int = 0
    docs: set[str] = field(default_factory=set)
    place: int = 0
    person: int = 0


@dataclass(frozen=True)
class CorpusNames:
    """Every capitalised name of a corpus (lower-cased) with its document frequency and kind."""

    kinds: dict[str, str]
    df: dict[str, int]
    sources: frozenset[str]  # publishers: named in questions, but never what "it" stands for
    common: frozenset[str]  # words the corpus writes mostly in lower case ("besides", "which")
    n_docs: int = 0

    def kind(self, name: str, lang: LangData | None = None) -> str:
        lang = lang or lang_data(script_language(name))
        key = name.lower()
        if key in self.sources:
            return "source"
        if _is_acronym(name):
            return "org"
        if key in self.kinds:
            return self.kinds[key]
        if _is_acronym(name) or any(w in lang.org_heads for w in key.split()):
            return "org"
        words = key.split()
        if 1 < len(words) <= 3 and any(self.kinds.get(w) == "place" for w in words):
            return "place"  # "Loire Valley"
        return guess_kind(name, lang)

    def is_common_word(self, word: str) -> bool:
        """The corpus writes `word` mostly in lower case; a Russian word also in another form
        ("Вступила" opening a question, "вступил" in the text), unless the corpus knows it as a name."""
        key = word.lower()
        if key in self.common:
            return True
        return is_cyrillic(key) and key not in self.df and russian_noun_stem(key) in self._common_stems

    def knows_name(self, word: str) -> bool:
        """The corpus writes `word` as a name (a Russian one in any of its forms)."""
        key = word.lower()
        return key in self.df or (is_cyrillic(key) and russian_noun_stem(key) in self._name_stems)

    def spelling_notices(self, question: str) -> list[str]:
        """'Kazahkstan': a capitalised word of the question that no article writes, but one name of
        the corpus is spelt almost like it (difflib ratio >= 0.85): a notice naming that name."""
        if not self.df:
            return []
        lang = lang_data(script_language(question))
        skip = lang.question_words | lang.function_words | lang.pronouns
        out: list[str] = []
        for match in _WORD_RE.finditer(question):
            word = strip_possessive(match.group(0), lang).strip("-’'")
            if not word[:1].isupper() or word.lower() in skip or not (close := self.spelt_as(word)):
                continue
            spelt = close.upper() if word.isupper() else close[:1].upper() + close[1:]
            out.append(f"No article writes “{word}”; did you mean “{spelt}”?")
        return out

    def spelt_as(self, word: str) -> str | None:
        """The name of the corpus `word` (5 letters or more, written by no article) is a misspelling of: the
        one spelt most like it (difflib ratio >= 0.85), unless `word` is merely another form of a name spelt
        nearly as alike. None otherwise."""
        import difflib

        key = word.lower()
        if len(key) < 5 or not key.isalpha() or not self.df or self._known(key) or key in self._name_words:
            return None
        close = difflib.get_close_matches(key, self._name_words, n=3, cutoff=0.85)  # ties go by the word
        return close[0] if close and not any(_word_forms(key, c) for c in close) else None  # "Merits": "Merit's"

    def _known(self, key: str) -> bool:
        """A word the corpus writes: a name, a common word, or a Russian form of a name it writes."""
        return key in self.common or key in self.sources or self.knows_name(key)

    @cached_property
    def places(self) -> tuple[str, ...]:
        """The names the corpus writes as places ("in Lorna")."""
        return tuple(name for name, kind in self.kinds.items() if kind == "place")

    @cached_property
    def _single_names(self) -> list[str]:
        return sorted(k for k in self.df if " " not in k)

    @cached_property
    def _name_words(self) -> frozenset[str]:  # "setanta" of "Setanta Sports"
        return frozenset(w for k in self.df for w in k.split() if len(w) >= 5)

    @cached_property
    def _name_stems(self) -> frozenset[str]:
        return frozenset(russian_noun_stem(k) for k in self._single_names if is_cyrillic(k))

    @cached_property
    def _common_stems(self) -> frozenset[str]:
        return frozenset(russian_noun_stem(w) for w in self.common if is_cyrillic(w))


EMPTY = CorpusNames({}, {}, frozenset(), frozenset())


def corpus_names(documents: Iterable[tuple[str, str, str | None]]) -> CorpusNames:
    """Names of documents given as (doc_id, title and text, publisher)."""
    stats: dict[str, _Stats] = {}
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    sources: set[str] = set()
    n_docs = 0
    for doc_id, text, publisher in documents:
        n_docs += 1
        if publisher:
            sources.add(publisher.lower())
            for run in NAME_RE.finditer(publisher):  # "Harbour Daily (after Northgate Review)"
                words = run.group(0).lower().split()
                sources.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
        lang = lang_data(script_language(text[:2000]))
        for word in _WORD_RE.findall(text):
            (upper if word[:1].isupper() else lower)[word.lower()] += 1
        for match in NAME_RE.finditer(text):
            name = strip_possessive(match.group(0), lang)
            before = text[max(0, match.start() - 40) : match.start()]
            if _SENTENCE_START.search(before) and " " not in name and not _is_acronym(name):
                continue  # a capital only because the sentence starts here
            key = name.lower()
            st = stats.setdefault(key, _Stats())
            st.count += 1
            st.docs.add(doc_id)
            prev = _WORD_RE.findall(before)[-1:]
            nxt = _WORD_RE.findall(text[match.end() : match.end() + 30])[:1]
            prev_word = prev[0].lower() if prev else ""
            if prev_word in lang.place_prepositions:
                st.place += 1
            if prev_word in lang.person_cues_before or (nxt and nxt[0].lower() in lang.person_cues_after):
                st.person += 1
    kinds: dict[str, str] = {}
    heads = frozenset().union(*(ld.org_heads for ld in all_lang_data()))
    for key, st in stats.items():
        words = key.split()
        if any(w in heads for w in words):
            kinds[key] = "org"
        elif st.person > st.place and st.person > 0:
            kinds[key] = "person"
        elif st.place >= max(1, 0.15 * st.count):
            kinds[key] = "place"
    common = frozenset(w for w, n in lower.items() if n >= 2 and n > upper.get(w, 0))
    df = {k: len(st.docs) for k, st in stats.items()}
    return CorpusNames(kinds, df, frozenset(sources), common, n_docs)


def names_of_documents(documents: Iterable[Any]) -> CorpusNames:
    """`corpus_names` of `Document` records (title, text and publisher of each)."""
    return corpus_names((d.doc_id, f"{d.title}\n\n{d.text}", d.publisher) for d in documents)


def _word_forms(a: str, b: str) -> bool:
    """Two forms of one word rather than a misspelling: one extends the other ("korea", "korean";
    "organization", "organizations"), or, in Russian, only their last three letters differ."""
    import os.path

    if a.startswith(b) or b.startswith(a):
        return True
    stem = len(os.path.commonprefix([a, b]))
    return is_cyrillic(a) and stem >= 4 and max(len(a), len(b)) - stem <= 3
