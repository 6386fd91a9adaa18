"""Does a passage hold evidence for a question? The checks behind honest abstention.

- coverage: some window of sentences (a sentence and its neighbours, or a table row) must name every entity and
  figure of the question, and hold a date or number when the question asks "when" or "how many", and an answer
  of the type the question asks for (answer types: "how much will it cost?" needs a currency, "what share?" a
  percentage, "in what year?" a year; cues and evidence per type in the language files, each type switched on by
  its `default` flag or `Settings.answer_checks`). Names in the article's title, publisher or the passage's
  section heading count as present. A name matches its demonym or inflected form by the language's rules
  (Turkish ~ Turkey, китайский ~ Китай, Норвегии ~ Норвегия), an acronym also its words (АЦЭП ~ «Алматинский центр
  энергетической политики»). `name_coverage`: the share of names found, a soft feature for `abstention.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import regex

from ..ingest.langdata import LangData, lang_data, script_language
from ..store.lexical import is_cyrillic, tokenize
from .answer_types import (
    ANSWER_TYPES,
    amount_named,
    answer_checks,
    counted_and_said_of,
    counted_whose,
    in_any_language,
    named,
    named_noun,
    numerals,
)
from .answer_types import gives as _gives
from .crossscript import WrittenNames, keys_present
from .followup import entities
from .name_forms import name_present, word_forms
from .names import CorpusNames
from .phrases import (
    abbreviated,
    numbered_names,
    phrase_names,
    said_phrases,
    spelled_out,
    without_legal_forms,
    writes_bare,
)
from .places import another_place, compound_places, place_adjectives
from .years import (
    YEAR,
    another_year,
    month_in_span,
    names_a_century,
    roman_value,
    says_century,
    span_ends,
    year_of,
    years_said,
)

__all__ = ["Requirements", "answer_checks", "ANSWER_TYPES", "by_last_word", "requirements", "window_satisfies", "passage_has_evidence", "name_coverage", "passage_needs", "names_in"]

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*%?")
_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}’'.-]+")
_LATIN_HEAD = regex.compile(r"([a-z\d]+)-[а-яё]+")  # "HD-качестве", "IT-компании": the name is the Latin part
_NAME_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}-]+(?:'[\p{L}\p{M}\p{Nd}-]{2,})*")  # "Xi'an" one word, "Lorna's" "lorna"


@dataclass(frozen=True)
class Requirements:
    """What a window of text must contain to count as evidence for a question."""

    names: tuple[str, ...]  # lower-cased entity words; each must match some word of the window
    figures: tuple[str, ...]  # numbers written in the question
    wants_date: bool
    wants_number: bool
    lang: str = "en"
    answer_types: tuple[str, ...] = ()  # kinds of answer the window must hold ("money", "percent", "year")
    spelled: tuple[str, ...] = ()  # lone figures ("a 2 volume work", not "Kambarata-2"), which a window may write in words
    terms: tuple[str, ...] = ()  # the question's terms (BM25 tokens): one shares the answer's sentence (no price of another)
    counted: tuple[str, ...] = ()  # the words a "how many" question counts (search/answer_types.py)
    said: tuple[str, ...] = ()  # what the count is said of («у банка ВТБ»), or a sum or weight ("the price of oil")
    whose: str = ""  # the name beside what a count asks ("Lornan border guards", «граждан Лорны»)
    near: str = ""  # the noun a "which …?" asks a name of, which stands beside it ("which bank": "bank")
    keys: tuple[tuple[str, ...], ...] = ()  # names in another script, each as its Latin keys (search/crossscript.py)
    acronyms: tuple[str, ...] = ()  # names the question writes in capitals ("EBRD", «АЦЭП»): also found spelled out
    numbered: tuple[tuple[str, str], ...] = ()  # (number, name) of a name ending in a number ("Super Bowl 50")
    places: tuple[str, ...] = ()  # stems of the places a lower-case compound adjective names («узбекско-таджикской»)
    centuries: tuple[int, ...] = ()  # centuries the question names in Roman numerals («XV века»): a window says them
    # by the numeral, by the number ("15th", «15-го») or by a year within them
    full_names: tuple[tuple[str, ...], ...] = ()  # the words of each name of several ("James Hutton"): where the
    # passage writes it in full, a window naming its last word ("Hutton published …") names it
    past: bool = False  # it asks of what has happened ("When did …?"): a time still to be set withholds nothing of it
    sources: tuple[str, ...] = ()  # names of whose word the answer is ("according to the Lornan Institute"): named
    # all in one passage of the article or its title, they need not be in the window (search/reorder.py)
    part_of: bool = False  # it asks a part of what is counted ("how many of them …"): only then is "how many of those
    # posts … they did not say" its withholding

    @property
    def checkable_across(self) -> bool:
        """Something of the question is checkable in another language without names: a figure, date, number or answer type."""
        return bool(self.figures or self.wants_date or self.wants_number
                    or any(not named(t) for t in self.answer_types))  # any capital of another language is a name

    def across_languages(self, written: WrittenNames | None = None, language: str | None = None) -> Requirements:
        """What can be checked in a passage of another language, `language`: figures, dates, numbers,
        answer types (anywhere in the window: the question's words are in another language), and with
        `written` (the names each language writes) the question's names: one written in the passage's script ("Qatar"
        in a Russian question, for an English passage) as in its own language, one in another script by its Latin keys
        ("Berlin's" ~ «Берлина») if the passage's language writes it somewhere. A name it translates is left out."""
        if written is None:
            return replace(self, names=(), terms=(), keys=(), places=())
        own = tuple(n for n in self.names if written.in_own_script(language, n))
        keys = tuple(tuple(sorted(k)) for n in self.names if n not in own and (k := written.writes(language, n)))
        return replace(self, names=own, terms=(), keys=keys, places=())


def requirements(question: str, names: CorpusNames | None = None, checks: frozenset[str] | None = None) -> Requirements:
    """What an evidence window must hold for `question`; `checks` the answer types to check (None: the defaults)."""
    lang = lang_data(script_language(question))
    ignored = _ignored(names) | _heading_words(question, lang)
    found: list[str] = []
    full: list[tuple[str, ...]] = []
    centuries: list[int] = []
    spans = [m.span() for m in lang.sources.finditer(question)]
    sources: set[str] = set()
    for entity in entities(question, names):
        key = entity.text.lower()
        if names_a_century(key, next(iter(_WORD.findall(question[entity.end:])), ""), lang):
            centuries.append(roman_value(key))
            continue
        if key in ignored:
            continue
        phrases, key = phrase_names(key, lang)  # "United States" one name (search/phrases.py)
        key = _LATIN_HEAD.sub(r"\1", key)
        words = [w for w in _NAME_WORD.findall(key.replace("’", "'"))
                 if w not in ignored and w not in lang.name_joiners and len(w) > 1]  # "for" in "Manager for the Broncos"
        if len(words) > 1 and words[-1] in lang.place_nouns and not phrases:
            words = words[:-1]  # "Lorna Sea": a text names it "the Lorna"
        found.extend([*phrases, *words])
        if any(a <= entity.start and entity.end <= b for a, b in spans):
            sources.update(names.spelt_as(w) or w if names is not None else w for w in [*phrases, *words])
        if 1 < len(words) <= 3 and not phrases and " ".join(words) == key and not (names and names.is_common_word(words[-1])):
            full.append(tuple(words))  # "James Hutton", not "Ridgeline Metals" (a word the corpus writes in lower case)
    adjectives = place_adjectives(question, lang, names) if names is not None else []
    if names is not None:  # "Sentanta" no article writes, for the "Setanta" one does (its notice says so); «российская»
        found = [*(names.spelt_as(w) or w for w in found), *adjectives]
    counted, said = counted_and_said_of(question, lang)
    whose = counted_whose(question, lang) or next((w for w in counted[:1] if w in adjectives), "")  # «брасийских студентов»
    return Requirements(
        names=(kept := tuple(dict.fromkeys(without_legal_forms(found)))),
        acronyms=tuple(w for w in kept if 2 <= len(w) <= 6 and regex.search(rf"\b{regex.escape(w.upper())}\b", question)),
        figures=(figures := tuple(dict.fromkeys(_FIGURE.findall(question)))),
        spelled=tuple(f for f in figures if f in numerals() and regex.search(rf"(?<![\w.,-]){f}(?![\w.,%-])", question)),
        wants_date=bool(lang.when.search(question)),
        past=bool(lang.past.search(question)),
        part_of=bool(lang.part_of.search(question)),
        wants_number=bool(lang.how_many.search(question)),
        lang=lang.code,
        answer_types=tuple(
            t.name for t in lang.answer_types
            if (t.default if checks is None else t.name in checks) and t.cues.search(question)
        ),
        terms=_terms(question, lang), counted=counted, said=said, whose=whose, near=named_noun(question, lang), centuries=tuple(dict.fromkeys(centuries)), numbered=numbered_names(question),
        places=compound_places(question, lang), full_names=tuple(full), sources=tuple(n for n in kept if n in sources),
    )


def _has_figure(fig: str, req: Requirements, window: str, words: set[str], context: str) -> bool:
    """`fig` of the question is in the window or its context (a year also as the cut end of a span, "1620–21"), or
    (standing alone in the question) in words, or (ending a name: "Super Bowl 50") by the name written bare."""
    return (fig in window or fig in context or (fig in req.spelled and not words.isdisjoint(numerals()[fig]))
            or fig in span_ends(f"{window} {context}") or any(f == fig and writes_bare(n, f"{window} {context}") for f, n in req.numbered))


def _terms(question: str, lang: LangData) -> tuple[str, ...]:
    """The question's terms as BM25 stems them, without its question and function words ("when",
    "how", "much": they say what is asked, not about what)."""
    skip = lang.question_words | lang.function_words
    return tuple(dict.fromkeys(tokenize(" ".join(w for w in _WORD.findall(question) if w.lower() not in skip))))


_QUOTED = regex.compile(r"«([^»]+)»|“([^”]+)”|\"([^\"]+)\"|(?<![\p{L}])'([^']+)'(?![\p{L}])")


def _heading_words(question: str, lang: LangData) -> frozenset[str]:
    """Words of a quoted section title ("the 'Who pays' section", "в разделе «Цена вопроса»"): the
    question names where to look, not what the passage must name (a heading may be the chunk's
    section, or a line of an earlier passage)."""
    out: set[str] = set()
    for match in _QUOTED.finditer(question):
        title = next(g for g in match.groups() if g)
        before = _words(question[max(0, match.start() - 30) : match.start()])
        after = question[match.end() : match.end() + 20].lower().split()[:2]
        if before & lang.section_cues or any(w.strip(",.?!:;") in lang.section_cues for w in after):
            out |= {w for w in _words(title) if w}
    return frozenset(out)


def _ignored(names: CorpusNames | None) -> frozenset[str]:
    """Names in (nearly) every document of a corpus of several say nothing about one passage."""
    if names is None or names.n_docs < 4:
        return frozenset()
    cutoff = 0.8 * names.n_docs
    return frozenset(name for name, df in names.df.items() if df >= cutoff)


def _words(text: str) -> set[str]:
    """Lower-cased words of `text`, the parts of a hyphenated one ("six-time" also gives "six", «Лос-Анджелес-
    Клипперс» also «клипперс») and a possessive without "'s" ("KMG's": too short a name for a shared stem)."""
    out = {w.lower().strip("’'.-").replace("’", "'") for w in _WORD.findall(text)}
    out |= {w[:-2] for w in out if len(w) > 3 and w.endswith(("'s", "’s"))}
    return out | {part for w in out if "-" in w for part in w.split("-") if part}


def names_in(names: Sequence[str], text: str, lang: str) -> set[str]:
    """Those of `names` that `text` names, in any of their forms (a case, a demonym, a shared stem)."""
    words = _words(text)
    forms = word_forms(words, lang)
    return {name for name in names if name_present(name, words, lang_data(lang), forms)}


def _has_date(window: str) -> bool:  # a date in words of any language: the passage may be in another
    return bool(YEAR.search(window)) or not _words(window).isdisjoint(in_any_language("date_words"))


def _has_number(window: str) -> bool:  # «в течение трёх месяцев» answers "how long" asked in English
    return any(ch.isdigit() for ch in window) or not _words(window).isdisjoint(in_any_language("number_words"))


def passage_needs(req: Requirements, asked_in: str, doc_language: str | None, rank: int, cosine: float,
                  floor: float, written: WrittenNames | None = None) -> Requirements | None:
    """What passage number `rank` (0 = first) must hold to vouch for the question, or None when it
    cannot. A passage in the question's language is checked on everything. One in another language
    vouches only with a best-sentence cosine of at least `floor` (that of the model that scored it),
    on what crosses languages: figures, dates, numbers, answer types (`Requirements.across_languages`).
    Below the first passage it must also name what the question names, as far as its language writes
    it (`written`, see `Requirements.across_languages`): a lower passage that merely holds some number
    is how a near-miss slipped through, so one with no name to check cannot vouch."""
    if not asked_in or asked_in == (doc_language or asked_in):
        return req
    if cosine < floor:
        return None
    if rank == 0:
        return req.across_languages()
    if written is None:
        return None
    needs = req.across_languages(written, doc_language)
    return needs if needs.names or needs.keys else None


_HYPHEN_BREAK = regex.compile(r"(\p{Ll})- (\p{Ll})")
def window_satisfies(req: Requirements, window: str, context: str = "", sentences: Sequence[str] = (),
                     article_year: int | None = None, article_date: str | None = None) -> bool:
    """True when `window` (with `context`: title, publisher, section) covers every requirement.
    `sentences`: the window's sentences (default: the window is one), where an answer of the asked
    type must stand beside one of the question's terms, and after a year the question names (in
    its sentence or one before it, or the context): "3.1 billion kilowatt-hours last year" does not
    answer "how much … in 2019?" because the window mentions 2019 further on. With `article_year` (the
    year the article is dated), "last year" / «в прошлом году» says the year before it; with `article_date` (its date),
    a date a "when will…?" question is answered by is not one before it (`years.another_year`); the year is the date's
    when only the date is given."""
    article_year = article_year or year_of(article_date)
    lang = lang_data(req.lang)
    window = _HYPHEN_BREAK.sub(r"\1\2", window)  # a word split at a line end: "Тур- ции", "finan- cing"
    words = _words(window) | _words(context) | (said_phrases(f"{window} {context}", lang) if req.names else set())  # "EU"
    forms = word_forms(words, lang.code) if req.names else {}
    absent = {name for name in req.names if not (name_present(name, words, lang, forms) or month_in_span(name, window, lang)
                                                 or (name in req.acronyms and spelled_out(name, f"{window} {context}")))}
    if absent and not absent <= abbreviated(req.names, f"{window} {context}"):  # read only when a name is missing
        return False
    if req.keys and not keys_present(req.keys, f"{window} {context}"):
        return False
    missing = {fig for fig in req.figures if not _has_figure(fig, req, window, words, context)}
    if missing and not (article_year and missing <= years_said(window, article_year)):  # "last year" says one
        return False
    if not all(says_century(c, f"{window} {context}") for c in req.centuries):
        return False
    if (req.wants_date and not _has_date(window)) or (req.wants_number and not _has_number(window)):
        return False
    if not req.answer_types:
        return True
    if not amount_named(req.answer_types, req.terms, req.counted, req.said, f"{window} {context}"):
        return False
    parts = [_HYPHEN_BREAK.sub(r"\1\2", x) for x in sentences] if sentences else [window]
    about = [part if k == 0 or not _continues(part, parts[k - 1], lang) else parts[k - 1] + " " + part
             for k, part in enumerate(parts)]
    years = [fig for fig in req.figures if YEAR.fullmatch(fig) and fig not in context]  # 2019 (figures are digits only)
    told = [years_said(part, article_year) for part in parts]
    said = [all(any(year in t for t in told[: k + 1]) for year in years) for k in range(len(parts))]  # by sentence k
    return all(any(said[k] and not another_year(told[k], years, name, article_year, part, article_date) and _gives(name, part, text, req.terms, req.counted, req.said, req.whose, req.near)
                   and not _another_place(req, text, context, lang)
                   for k, (part, text) in enumerate(zip(parts, about))) for name in req.answer_types)


def by_last_word(req: Requirements, passage: str, *, inverted_only: bool = False) -> Requirements:
    """`req` without the first words of each full name `passage` writes whole, or surname first before a comma as a
    reference lists a person ("Hutton, James"; with `inverted_only` that form alone, which names no "White House"): a
    window then names it by its last."""
    cut = lambda w: regex.escape(w[: max(4, len(w) - 2)]) + r"\w*" if is_cyrillic(w) else regex.escape(w)  # «Хаттона»
    whole = lambda group: r"\b" + r"[\s-]+".join(map(cut, group)) + r"\b"
    inverted = lambda group: rf"\b{cut(group[-1])},\s+" + r"[\s-]+".join(map(cut, group[:-1])) + r"\b"
    dropped = {w for group in req.full_names if set(group) <= set(req.names) and (
               (not inverted_only and regex.search(whole(group), passage, regex.IGNORECASE))
               or regex.search(inverted(group), passage, regex.IGNORECASE)) for w in group[:-1]}
    return replace(req, names=tuple(n for n in req.names if n not in dropped)) if dropped else req


def _another_place(req: Requirements, about: str, context: str, lang: LangData) -> bool:
    """The sentence giving the answer is about another place than the question's (search/places.py)."""
    words = _words(about) | _words(context)
    forms = word_forms(words, lang.code)
    present = lambda name, among: name_present(name, among, lang, forms if among is words else None)
    return another_place(req.names, req.places, about, words, lang, present)


def _continues(sentence: str, before: str, lang: LangData) -> bool:
    """`sentence` goes on about what `before` named: it opens with a pronoun ("It will cost…",
    «Она обойдётся…»), a conjunction ("But only 9 percent of them…", «Однако …»), a figure or a
    lower-case word, or `before` ends with a colon."""
    head = sentence.lstrip(" \t\"'«“([-–—")
    first = _WORD.match(head)
    opener = first.group(0).lower() if first is not None else ""
    return (before.rstrip().endswith(":") or not head or not head[0].isalpha() or head[0].islower()
            or opener in lang.pronouns | lang.possessive_pronouns | lang.continuation_openers)


def sentence_test(req: Requirements, asked_in: str, doc_language: str | None) -> Callable[[str], bool] | None:
    """For the highlight: a test that one sentence gives every answer type the question asks, beside
    one of its terms; None when it asks for none, or the passage is in another language (where no
    term can be checked, and a value of the asked kind alone says too little: "how long" may be a
    length or a time)."""
    if not req.answer_types or (asked_in and doc_language and asked_in != doc_language):
        return None

    def gives(sentence: str) -> bool:
        part = _HYPHEN_BREAK.sub(r"\1\2", sentence)
        return all(_gives(name, part, part, req.terms, req.counted, req.said) for name in req.answer_types)

    return gives


def name_coverage(req: Requirements, window: str, context: str = "") -> float:
    """Share of the question's names and figures found in `window` (1.0 when it has none)."""
    lang = lang_data(req.lang)
    words = _words(window) | _words(context)
    wanted = len(req.names) + len(req.figures)
    if not wanted:
        return 1.0
    found = sum(name_present(n, words, lang) for n in req.names)
    found += sum(_has_figure(fig, req, window, words, context) for fig in req.figures)
    return found / wanted


def passage_has_evidence(req: Requirements, sentences: Sequence[str], context: str = "", span: int = 1,
                         *, lead: Sequence[str] = (), tail: Sequence[str] = (), article_year: int | None = None,
                         article_date: str | None = None) -> bool:
    """Some sentence with `span` neighbours on each side satisfies `req`. `lead` / `tail`: the article's
    sentences just before / after the passage, neighbours of its first / last sentence (a chunk may
    start at "Its share is lower: 17 percent" after the sentence naming what is shared); `article_year`:
    the year the article is dated, for "last year", and `article_date` its date (`window_satisfies`)."""
    if not sentences:
        return False
    before = list(lead[-span:]) if span else []
    full = [*before, *sentences, *tail[:span]]
    first = len(before)
    req = by_last_word(req, " ".join(full))
    for i in range(first, first + len(sentences)):
        parts = full[max(0, i - span) : i + span + 1]
        if window_satisfies(req, " ".join(parts), context, parts, article_year, article_date):
            return True
    return False
