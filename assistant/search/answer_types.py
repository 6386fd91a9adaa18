"""The kinds of answer a question asks for, and whether a sentence gives one.

The types, their cues in questions and what shows them in a text are language data
(`answer_types` in `data/lang/*.json`): "how much will it cost?" asks for money, shown by a
currency; "how many ...?" for a count, shown by a figure that is not a year. A counted type
(`"counted": true`, the type "counted", which reads the count's cues and evidence through `"like"`;
on by default, `ASSISTANT_ANSWER_CHECKS=count,...` without it leaves it out) also asks that a figure be followed, within `COUNTED_WITHIN` words, by what the question counts:
"3,200 workers" answers "how many workers", "49 percent" and "three incidents" do not. A word there
also counts when USE multilingual's word vectors put it near a word the question counts (at least
`COUNTED_SIMILAR`: "two NFL franchises" for "how many teams", «12 судов» for «сколько паромов»). Where the question
names whose it counts beside its noun ("Lornan citizens", «граждан Лорны»: `counted_whose`), the noun after a figure
with another name beside it counts someone else's ("41,000 Vettinese citizens", «41 тысячи граждан Веттина»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import regex

from ..ingest.langdata import AnswerType, LangData, all_lang_data, lang_data, script_language
from ..store.lexical import tokenize

__all__ = ["ANSWER_TYPES", "COUNTED_SIMILAR", "COUNTED_WITHIN", "amount_named", "amount_of", "answer_checks", "begins_alike", "counted_and_said_of", "counted_nouns", "counted_whose", "counted_words", "gives", "named_noun", "in_any_language", "kind", "later", "named",
           "numerals"]

ANSWER_TYPES = tuple(dict.fromkeys(t.name for lang in all_lang_data() for t in lang.answer_types))
COUNTED_WITHIN = 3  # words after a figure where what is counted must stand (dev-calibrated, docs/quality.md)
LABEL_WORDS = 6  # words of a label before its colon that may name what its figures count
COUNTED_BEFORE = 10  # words before a figure that ends its clause where what is counted may stand («гидов … было двое»)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
LABELLED_WITHIN = 12  # words after the label's colon where a figure it counts may stand
MEASURES = ("weight", "length", "area", "power")  # the answer types whose evidence is a unit of measure
COUNTED_SIMILAR = 0.45  # USE word cosine at which a word after a figure names what is counted (dev-calibrated)
_LETTERS = regex.compile(r"\p{L}[\p{L}-]+")


def answer_checks(spec: str) -> frozenset[str] | None:
    """The answer types to check for a `Settings.answer_checks` value: "" the language files' defaults
    (None), "none", "all", or names separated by commas ("money,percent"); ValueError on an unknown name."""
    spec = spec.strip().lower()
    if spec in ("", "default"):
        return None
    if spec == "none":
        return frozenset()
    if spec == "all":
        return frozenset(ANSWER_TYPES)
    chosen = frozenset(x.strip() for x in spec.split(",") if x.strip())
    unknown = sorted(chosen - set(ANSWER_TYPES))
    if unknown:
        raise ValueError(f"unknown answer check {', '.join(unknown)} (known: {', '.join(ANSWER_TYPES)}, all, none)")
    return chosen


@cache
def _types(name: str) -> tuple[AnswerType, ...]:
    """The type `name` in every language (a passage may be in another language than the question)."""
    return tuple(t for lang in all_lang_data() for t in lang.answer_types if t.name == name)


@cache
def numerals() -> dict[str, frozenset[str]]:
    """Small figures in words, in every language (a passage may be in another): "2" -> two, два, двух..."""
    pairs = [(figure, words) for lang in all_lang_data() for figure, words in lang.numerals.items()]
    return {figure: frozenset().union(*(w for f, w in pairs if f == figure)) for figure in dict(pairs)}


@cache
def in_any_language(field: str) -> frozenset[str]:
    """The words of a language-data field ("number_words", "date_words") in every language, small figures in words with
    the number words (a passage may be in another language than the question: «трёх месяцев»)."""
    words = frozenset().union(*(getattr(lang, field) for lang in all_lang_data()))
    return words | frozenset().union(*numerals().values()) if field == "number_words" else words


def named(answer_type: str) -> bool:
    """`answer_type` asks which one ("Which company …?"): the answer writes a name the question does not."""
    return any(t.named for t in _types(answer_type))


def kind(answer_type: str) -> str:
    """What kind of thing `answer_type` asks ("amount", "time", "duration", "which"; `"kind"` in data/lang), "" if none."""
    return next((t.kind for t in _types(answer_type) if t.kind), "")


def later(answer_type: str) -> bool:
    """`answer_type` is asked of what is still to come ("when will…?"): an answer dated only before the article is none."""
    return any(t.later for t in _types(answer_type))


def counted_words(question: str, lang: LangData) -> tuple[str, ...]:
    """The words a "how many" question counts: of the first `COUNTED_WITHIN` words after its count cue that are not
    names (capitalised, not all capitals: they say whose), those that are not function words, up to a word that opens what
    they are said of ("How many Lornan border guards serve…" -> border, guards, serve; «Сколько отделений у банка …» ->
    отделений); the last of the names right after the cue when they end before a function word, or on a plural after
    another name ("How many Luban Workshops are running" -> workshops; "How many Swiss banks …" counts banks); () without
    a cue."""
    return counted_and_said_of(question, lang)[0]


def said_of(question: str, lang: LangData) -> tuple[str, ...]:
    """The words of a "how many" question after a word that ends what it counts (`count_owners` in data/lang: "of",
    «у»): what the count is said of («Сколько отделений у банка ВТБ?» -> банка, втб), which a figure counting them does
    not answer ("five banks")."""
    return counted_and_said_of(question, lang)[1]


_WRITTEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # a word of letters, hyphenated or with an apostrophe


def _written_after(question: str, cue: re.Match[str]) -> list[str]:
    """The words of `question` after its type's cue."""
    return _WRITTEN.findall(question[cue.end():])


NAME_STEM = 4  # letters two forms of one name begin with alike ("Lornan", "Lorna"; «Лорна», «Лорны»)


def begins_alike(a: str, b: str) -> bool:
    """`a` and `b` may be one name in two forms: their first `NAME_STEM` letters are the same, case aside."""
    return a.lower()[:NAME_STEM] == b.lower()[:NAME_STEM]


def _is_name(word: str) -> bool:
    """Capitalised, not all in capitals: a name ("Lornan"), where "TEU" may be what is asked."""
    return word[0].isupper() and not word.isupper()


def _count_head(question: str, lang: LangData) -> tuple[list[str], int] | None:
    """The words after the question's count cue and the place of the first that is no name (what is counted begins
    there, a name before it says whose: "Lornan border guards"); None without a count."""
    cue = next((m for t in lang.answer_types if t.counted and (m := t.cues.search(question))), None)
    if cue is None:
        return None
    written = _written_after(question, cue)
    return written, next((k for k, w in enumerate(written) if not _is_name(w)), len(written))


def _names_counted(written: Sequence[str], first: int, skip: frozenset[str]) -> bool:
    """The names before `first` are the whole of what is counted: "How many Luban Workshops are running"."""
    return 0 < first < len(written) and (written[first].lower() in skip or (first >= 2 and written[first - 1].endswith("s")))


def counted_and_said_of(question: str, lang: LangData) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Both at once, from one reading of the question: (`counted_words`, `said_of`); without a count, what an amount
    is said of (`amount_of`)."""
    head = _count_head(question, lang)
    skip = lang.question_words | lang.function_words
    if head is None:
        return (), amount_of(question, lang, skip)
    written, first = head
    words = [w.lower() for w in written]
    if _names_counted(written, first, skip):
        return (words[first - 1],), ()
    counted: list[str] = []
    for k in [k for k in range(len(words)) if not _is_name(written[k])][:COUNTED_WITHIN]:  # "TEU" in capitals may be what
        if words[k] in lang.count_owners and counted:  # what is counted ends where "of" or «у» opens what it is said of
            return tuple(counted), tuple(w for w in words[k:] if w not in skip)
        if words[k] not in skip:
            counted.append(words[k])
    return tuple(counted), ()


def counted_whose(question: str, lang: LangData) -> str:
    """Whose is what a count asks, by the name beside its counted noun: "How many Lornan border guards …" -> lornan,
    «Сколько граждан Лорны …» -> лорны, «туристов из Веттина» -> веттина, "citizens of Vettin" -> vettin; ""."""
    head = _count_head(question, lang)
    if head is None or head[1] == len(head[0]) or _names_counted(*head, lang.question_words | lang.function_words):
        return ""  # no counted noun, or the names are what is counted
    written, first = head
    if first and _is_name(written[first - 1]):
        return written[first - 1].lower()
    after = written[first + 1: first + 3]
    if after and _is_name(after[0]) and not after[0].lower().endswith(lang.subject_endings):  # «Лорнийская область
        return after[0].lower()  # направила»: the name after the noun is the count's subject, whose in no case
    opens = lang.count_owners | lang.count_origins  # "of", «у», «в»; "from", «из»
    return after[1].lower() if len(after) == 2 and after[0].lower() in opens and _is_name(after[1]) else ""


OF_WHAT = frozenset({"money", "charge", "weight"})  # the types whose amount is said of a thing the question names
OF_WHAT_WORDS = 2  # words of that thing read at most, after the marker, skipping names and function words
OF_WHAT_AFTER = 3  # words between the type's cue and the marker ("of", "for") at most


def amount_of(question: str, lang: LangData, skip: frozenset[str]) -> tuple[str, ...]:
    """What a sum or a weight the question asks is of or for (`amount_markers` in data/lang): the first words after the
    marker that follows its cue, names and function words left out ("the average export price of Lornan sunflower
    oil" -> sunflower, oil; "how much did the broadcaster pay for the rights" -> rights); () without one."""
    cue = next((m for t in lang.answer_types if t.name in OF_WHAT and (m := t.cues.search(question))), None)
    if cue is None or not lang.amount_markers:
        return ()
    written = _written_after(question, cue)
    at = next((k for k, w in enumerate(written[: OF_WHAT_AFTER + 1]) if w.lower() in lang.amount_markers), None)
    if at is None:
        return ()
    words: list[str] = []
    for word in written[at + 1:]:  # its words in a row, after the names and function words before them
        if _is_name(word) or word.lower() in skip:
            if words:
                break
            continue
        words.append(word.lower())
    return tuple(words[:OF_WHAT_WORDS])


def amount_named(types: Sequence[str], terms: Sequence[str], counted: Sequence[str], said: Sequence[str], text: str) -> bool:
    """False when the question asks a sum or a weight of a thing (`amount_of`) that `text` (a window and its context)
    never names: a price of flaxseed answers none of sunflower oil, a federation's spending none paid for broadcast rights.
    Only with the question's `terms` (a passage in its language) and without a count (whose `said` is its owner)."""
    return not (said and terms and not counted and OF_WHAT & set(types)) or not set(tokenize(" ".join(said))).isdisjoint(tokenize(text))


def gives(answer_type: str, sentence: str, about: str, terms: Sequence[str], counted: Sequence[str] = (),
          said: Sequence[str] = (), whose: str = "", near: str = "") -> bool:
    """`sentence` holds an answer of `answer_type`, and `about` (the sentence, with the one before
    when it goes on from there) one of the question's `terms` (when given): a price or a year said of
    another subject does not answer. "The total cost is put at $2 billion" answers no question about
    what someone paid for imports; "It will cost $2 billion" after "The plant at Lakeside…" answers
    one about the Lakeside plant. For a counted type, one of the terms (or a word near one of `counted`,
    the words the question counts) must follow the figure, not one of what the count is said of (`said`): "five
    banks" counts no branches of a bank. Of the terms, one of those the question counts when any is: "three armed
    incidents" counts no border guards killed in them."""
    types = _types(answer_type)
    found = [m for t in types for m in t.evidence.finditer(sentence)]
    if not found:
        return False
    wanted = set(terms)
    if any(t.named for t in types):  # a name the question does not write ("… built by Kalyon", «компания «Синохайдро»»)
        beside = bool(near) and near in tokenize(sentence)  # asked "which bank" of a sentence saying "bank": a name
        found = [m for m in found if not set(tokenize(m.group(0))) <= wanted and (not beside or _beside(sentence, m, near))]
        if not found:  # beside the word ("its bank, Lorna Credit", «банк «Веттин»»), not one anywhere ("its bank in July")
            return False
    owners = set(tokenize(" ".join(said)))  # stems, where the question's terms hold word forms too ("кредит", "кред")
    counts = {t for t in wanted if not any(t.startswith(o) or o.startswith(t) for o in owners)} or wanted
    if counted:  # what follows the figure is what the question counts: "three armed incidents" counts no guards
        counts = (counts & set(tokenize(" ".join(counted)))) or counts
    if wanted and any(t.counted for t in types) and not any(_counts(sentence, m, counts, counted, owners, whose) for m in found):
        return False
    return not wanted or not wanted.isdisjoint(tokenize(about))


def _counts(sentence: str, figure: re.Match[str], terms: set[str], counted: Sequence[str] = (),
            owners: set[str] | frozenset[str] = frozenset(), whose: str = "") -> bool:
    """One of `terms` within `COUNTED_WITHIN` words after `figure` ("3 200 граждан", "12 new outposts"); or what is
    counted in the label whose colon the figure follows ("Турецкие специалисты в стране: … около 14 тыс.", a slide's
    or a table row's "Visas: 10,720"); or after the figure a word USE puts near one of `counted` ("two NFL franchises"
    for "teams") and no stem of what the count is said of (`owners`: "five banks" is no count of a bank's branches)."""
    following = sentence[figure.end():].split()
    after = following[:COUNTED_WITHIN]
    if whose and _elided(following[:1], whose) and not counted_nouns(counted).isdisjoint(tokenize(sentence[:figure.start()])):
        return True  # «восемь лорнанских банков и 14 брасийских.»: the noun said once, before the figure
    if not terms.isdisjoint(tokenize(" ".join(after))):
        noun = set(tokenize(counted[1] if counted[0] == whose and len(counted) > 1 else counted[0])) if counted else terms
        # the counted noun, which the possessor stands beside (after «брасийских», the adjective saying whose)
        return not (whose and _another_whose(following[:COUNTED_WITHIN + 2], noun, whose))
    head = sentence[: figure.start()]
    colon = head.rfind(":")  # a label over its figures: "Турецкие специалисты в стране: 21 тыс. в 2019 г., около 14 тыс."
    if colon >= 0 and ";" not in head[colon:] and len(head[colon:].split()) <= LABELLED_WITHIN:
        label = re.split(r"[;:!?]", head[:colon])[-1].split()[-LABEL_WORDS:]
        if not (counted_nouns(counted) if counted else terms).isdisjoint(tokenize(" ".join(label))):
            return True
    if counted and _measured(" ".join(after[:2]), sentence, counted):
        return True
    if counted and _numbered(head, counted):
        return True
    if counted and _said_last(head, sentence[figure.end():], counted):
        return True
    if counted and _linked(head, counted):
        return True
    words = [w.lower() for w in _LETTERS.findall(" ".join(after)) if owners.isdisjoint(tokenize(w))]
    return bool(counted and words) and _near(counted, words)


NEAR_WORDS = 3  # words between a name and the noun a "which …?" question asks of at most


def _beside(sentence: str, name: re.Match[str], noun: str) -> bool:
    """The noun's stem within `NEAR_WORDS` words before or after the name `name` matched in `sentence`, which is no
    month ("by July 2022 its bank")."""
    if name.group(0).lower() in lang_data(script_language(sentence)).months:
        return False
    around = sentence[: name.start()].split()[-NEAR_WORDS:] + sentence[name.end():].split()[:NEAR_WORDS + 1]
    return noun in tokenize(" ".join(around))


def named_noun(question: str, lang: LangData) -> str:
    """The stem of the noun a "which …?" question asks a name of, when it is one a name stands beside (`named_nouns`
    in data/lang: "Which bank in Lorna …" -> bank); "" otherwise."""
    cue = next((m for t in lang.answer_types if t.named and (m := t.cues.search(question))), None)
    last = cue.group(0).split()[-1].lower() if cue else ""
    stems = tokenize(last) if last in lang.named_nouns else []
    return stems[0] if stems else ""


def _said_last(head: str, rest: str, counted: Sequence[str]) -> bool:
    """The figure ends its clause and what the question counts stands before it in the clause, its noun said first
    and the count last: «гидов, говорящих по-китайски, в 2024 году было всего двое, хотя …», "of guides there were
    only two."."""
    before = re.split(r"[;:!?]|[.]\s", head)[-1].split()[-COUNTED_BEFORE:]
    copulas = lang_data(script_language(head)).count_copulas  # the words between them say that it is a count
    return bool(before) and before[-1].lower() in copulas and bool(_CLAUSE_END.match(rest)) \
        and not counted_nouns(counted).isdisjoint(tokenize(" ".join(before)))


def _linked(head: str, counted: Sequence[str]) -> bool:
    """What the question counts right before the figure, joined to it by a link word (`count_links` of its language):
    "its staff of 38 in 2024", «команда из пяти человек»."""
    before = head.split()[-2:]
    links = lang_data(script_language(head)).count_links
    return len(before) == 2 and before[1].lower() in links and not counted_nouns(counted).isdisjoint(tokenize(before[0]))


def _numbered(head: str, counted: Sequence[str]) -> bool:
    """The words before a figure, in its clause, name the number of what the question counts, the noun of a number
    (`count_nouns` of the words' language) before it: "the number of Chevening scholarships awarded is down to five",
    «увеличит число рейсов Лорна – Веттин до трёх в неделю»."""
    clause = re.split(r"[;:!?]|[.,]\s", head)[-1].split()[-LABELLED_WITHIN:]
    nouns = lang_data(script_language(" ".join(counted))).count_nouns
    at = next((k for k, w in enumerate(clause) if w.lower() in nouns), None)
    return at is not None and not counted_nouns(counted).isdisjoint(tokenize(" ".join(clause[at + 1 : at + 1 + LABEL_WORDS])))


def _measured(unit: str, sentence: str, counted: Sequence[str]) -> bool:
    """A figure followed by a unit measures what the question counts when the sentence names it: «сколько говядины»
    is answered by «сертификат на говядину, и первые партии, около 1 200 тонн, уже пришли»."""
    return any(t.evidence.match(unit.lower()) for name in MEASURES for t in _types(name)) \
        and not counted_nouns(counted).isdisjoint(tokenize(sentence))


def counted_nouns(counted: Sequence[str]) -> set[str]:
    """The stems of what is counted without its adjectives (`counted_adjective_endings` of the words' language): «сколько
    турецких компаний» counts companies, not the specialists of «сколько турецких специалистов», and a label «Турецкие
    компании» counts none of them; all the words when only adjectives are."""
    ends = lang_data(script_language(" ".join(counted))).counted_adjective_endings
    nouns = [w for w in counted if not (ends and w.lower().endswith(ends))]
    return set(tokenize(" ".join(nouns or counted)))


def _near(counted: Sequence[str], words: Sequence[str]) -> bool:
    """Some word of `words` is within `COUNTED_SIMILAR` of some word of `counted` by USE (False without it)."""
    from . import crossterms  # looked up on the module: tests put a fake word model there

    vectors = crossterms.word_vectors()
    if vectors is None:
        return False
    return float((vectors(list(counted)) @ vectors(list(words)).T).max()) >= COUNTED_SIMILAR


def _place_adjective(word: str, whose: str) -> bool:
    """`word` is an adjective of a place in lower case, by the patterns of `whose`'s language (`place_adjective_patterns`
    in data/lang: «лорнанских», «турецких», not «дипломатических»): whose, when the question's own possessor is one
    («Сколько брасийских студентов …» is not answered by «47 лорнанских студентов»)."""
    return bool(lang_data(script_language(whose)).place_adjective.search(word))


def _elided(first: Sequence[str], whose: str) -> bool:
    """The figure's next word is the possessor's own place adjective ending its clause: «… и 14 брасийских.»."""
    word = first[0] if first else ""
    return word[-1:] in ".,;)" and begins_alike(word, whose) and _place_adjective(word.rstrip(".,;)"), whose)


def _another_whose(words: Sequence[str], terms: set[str], whose: str) -> bool:
    """The counted word after a figure has a name beside it (before it, or after it) that is not the question's
    possessor: "41,000 Vettinese citizens" or «41 тысячи граждан Веттина» count no citizens of Lorna; with a possessor
    written as a place's adjective, another place's adjective («лорнанских» for «брасийских»)."""
    for k, word in enumerate(words):
        if terms.isdisjoint(tokenize(word)):
            continue
        if begins_alike(word, whose):
            return False  # the possessor's people themselves: «около 5 200 лорнийцев»
        near = [w.strip(".,;:()«»\"") for w in words[max(0, k - 1): k] + words[k + 1: k + 2]]
        names = [w for w in near if w and (_is_name(w) or (not _is_name(whose) and _place_adjective(w, whose)))]
        return bool(names) and not any(begins_alike(n, whose) for n in names)
    return False
