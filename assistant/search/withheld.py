"""Does the passage say that what the question asks is not known? ("the fee was not disclosed")

An article often says outright that a figure or a date has not been given: «размер которой стороны
не раскрывают», "no date was set", «сроки пока не определены». When the sentence of the first
passage closest to the question, or one beside it, says so, or another sentence of the passage says it
in the question's own words, or the best sentence of a lower passage of the same article, closer to the
question than the first's, says so outright, or a sentence of the passage withholds the very kind of thing asked
("has not said how many were resolved"), the articles do not answer the question, however well the rest of
the first passage matches it. What says so is language data (`withheld_patterns`
in `data/lang/*.json`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..ingest.langdata import LangData, lang_data, script_language
from ..store.index import LoadedIndex
from ..store.lexical import tokenize
from .answer_types import begins_alike, counted_nouns, kind
from .evidence import Requirements, requirements, window_satisfies
from .numbering import numbered_otherwise
from .retrieval import Candidate
from .windows import article_date, article_rows, context, sentences_around

__all__ = ["withholds"]


ASKED_SHARE = 0.5  # of the question's terms other than its names, a withholding sentence anywhere in the passage
ASKED_TERMS = 2  # must hold at least this share and this many to say it of what is asked (dev-calibrated, docs/quality.md)


def withholds(index: LoadedIndex, cand: Candidate, req: Requirements | None = None, question: str = "",
              checked: Sequence[Candidate] = ()) -> bool:
    """What is asked has not been disclosed or set, by the patterns of the passage's language: said beside the best
    sentence of `cand`'s passage (`_beside_best`), or anywhere in it by a sentence holding half the question's own
    terms or more, its names aside ("The ministry would not say how many German employers have applied" for "How many
    German employers have applied …?", two sentences after the best one), or by the best sentence of a passage of the
    same article among the `checked` ones that is closer to the question than `cand`'s (`_closer_in_article`), or, asked
    who, by a name withheld beside the best sentence (`_name_beside`). A
    `question` asking why (`reason_patterns`) asks for a reason, which no undisclosed figure or date withholds ("its
    size is not yet set" beside the quota asked about)."""
    if question and lang_data(script_language(question)).reason.search(question):
        return False
    return (_beside_best(index, cand, req) or (req is not None and _of_what_is_asked(index, cand, req, question))
            or _closer_in_article(index, cand, checked, req) or (req is not None and _withholds_its_focus(index, cand, req, question))
            or (bool(question) and _name_beside(index, cand, question)))


ASKED_NOUNS = 2  # words after "which" read as what it asks of: the noun, or an adjective and the noun
FOCUS_WORDS = 8  # words after a withholding pattern's question word, read as what it withholds
TIME_TERMS = 2  # terms of the question a sentence withholding a time must hold
FRONT_TERMS = 2  # ... and the words between the question word and a pattern after them («Сколько …, не сказали»)


def _withholds_its_focus(index: LoadedIndex, cand: Candidate, req: Requirements, question: str) -> bool:
    """A sentence of `cand`'s article withholds the very kind of thing asked, of a term of the question: its pattern
    ends on the question's own question word and the words after it hold a term of the question ("it has not said how
    many were resolved" for "How many of the cases … were resolved?"; "how many German employers have applied" counts
    employers, not the nurses asked about; before the pattern, two words of the question, or in `cand`'s passage the
    noun a "which" question asks of: "Which deposits are meant, the ministry has not said"), or a sentence of `cand`'s
    passage, the question asking when, names a time («сроки», "timetable") with two terms of the question («Сроки
    созыва Десятой конференции … пока не определены» for «Когда состоится Десятая конференция …?»), or, the question
    asking who or which, a name is withheld with two of its terms ("a Turkish company that the government did not
    name"; `naming_words`, `identity_words` in data/lang)."""
    if not question:
        return False
    data = lang_data(index.documents[index.chunks[cand.row].doc_id].language or "en")
    asked = lang_data(script_language(question))
    word = _question_word(question, asked)
    if word is None:
        return False
    terms = set(req.terms)
    heads = _asked_nouns(question, word, asked)
    own = set(index.passage_sentences(cand.row))
    for sentence in article_sentences(index, cand.row):
        matches = list(data.withheld.finditer(sentence))
        if not matches:
            continue  # the article's other sentences withhold nothing
        for match in matches:
            focus, ahead = _focus(sentence, match, word)
            held = set(tokenize(" ".join(focus)))
            # ahead of the pattern two words of the question, or in the passage the noun a "which" question asks of
            needed = 1 if not ahead or (heads & held and sentence in own) else FRONT_TERMS
            if focus and _words_holding(focus, terms) >= needed and not _of_another(focus, req) \
                    and not numbered_otherwise(" ".join(focus), req, data) \
                    and not _counts_another(focus, ahead, word, req, data, _counted_after(question, word)) \
                    and (not heads or heads & held):
                return True
        shared = _words_holding(sentence.split(), terms)
        if word in asked.identity_words and not _kinds(req) & {"amount", "time", "duration"} \
                and _name_withheld(sentence, data) and shared >= FRONT_TERMS:
            return True  # asked who or which (no amount, time or duration), a name withheld with two terms of the question
        if sentence in own and req.wants_date and data.time_nouns & set(sentence.lower().split()) and shared >= TIME_TERMS \
                and not numbered_otherwise(sentence, req, data):  # «дата следующего заседания» for «двенадцатое»
            return True
    return False


def _words_holding(words: Sequence[str], terms: set[str]) -> int:
    """How many of `words` hold a term of the question: a word once, though it gives several of its forms
    («лицензий» gives «лиценз» and «лицензи»), so that two terms are two words of the question."""
    return sum(1 for w in words if terms & set(tokenize(w)))


def _name_withheld(sentence: str, data: LangData) -> bool:
    """A naming word with a negation among the three words before it ("did not name", «отказались назвать»): a name
    withheld, where «… не сообщает, а экспортёры называют разные цифры» withholds a share and names no one."""
    words = re.findall(r"\w+", sentence.lower().replace("n't", " not").replace("n’t", " not"))  # "didn't name"
    return any(w in data.naming_words and data.naming_negations & set(words[max(0, k - 3) : k]) for k, w in enumerate(words))


def _of_another(focus: list[str], req: Requirements) -> bool:
    """The withheld words name a party the question does not ("Какую комиссию UnionPay берёт с банков …, не
    раскрывают" withholds no fee a sender pays): a capitalised word none of the question's names begins like."""
    named = [w.strip(",.;:«»\"'()").lower() for w in focus[1:] if w[:1].isupper()]
    return any(not any(begins_alike(n, w) for n in req.names) for w in named if len(w) > 1)


def _counts_another(focus: list[str], ahead: bool, word: str, req: Requirements, data: LangData, asked_head: str = "") -> bool:
    """The withheld words count another thing than the question does: "how many German employers …" after the pattern
    (its first words, unless a function word elides what is counted: "how many were resolved"; with no counted noun
    read, the question's own word after its "how many", `asked_head`: "how many times … entered" is not "how many Lornan
    citizens work …"), or, before it, the things an embedded question counts («сколько будет стоить вторая очередь»
    counts no schools; «сколько водителей получили отказ» withholds no price)."""
    if ahead:
        embedded = requirements(f"{word} {' '.join(focus)}?")
        if req.counted and embedded.answer_types and not embedded.counted:
            return True  # a count asked, a price withheld («сколько будет стоить вторая очередь»)
        if _kinds(req) and _kinds(embedded) and _kinds(req).isdisjoint(_kinds(embedded)):
            return True  # a duration asked («Сколько дней …»), a number of things withheld («Сколько лошадей продано …»)
        asked = req.counted or req.terms  # what the question counts, or (a price asked) what it is about
        return bool(embedded.counted) and not counted_nouns(embedded.counted) & counted_nouns(asked)
    stems = set(tokenize(req.counted[0] if req.counted else asked_head))
    if not req.counted and (not stems or asked_head in data.function_words):
        return False  # no counted noun read, and no word of the question's own after its "how many"
    head = focus[0].lower().strip(",.;:")
    return head not in data.function_words and not set(tokenize(" ".join(focus[:2]))) & stems


def _asked_nouns(question: str, word: str, asked: LangData) -> set[str]:
    """The stems of the first two words after a "which" question's question word, one of which is the noun it asks of
    ("In which dimension of the catalogue …"; «Какая государственная компания …», an adjective first; a name says whose:
    "Which Chinese bank …"): what a withholding names after its own "which" must hold one ("does not say which three
    members asked for more time" withholds no dimension); empty for another question word."""
    after = re.split(rf"(?<!\w){re.escape(word)}(?!\w)", question, maxsplit=1, flags=re.IGNORECASE)
    if word not in asked.which_words or len(after) < 2:
        return set()
    words = [w.lower() for w in re.findall(r"\w+", after[1]) if not w[0].isupper() and not w.isdigit()]
    return set(tokenize(" ".join([w for w in words if w not in asked.function_words][:ASKED_NOUNS])))


def _question_word(question: str, asked: LangData) -> str | None:
    """What the question asks by: its "how many" or "when" phrase, its "what" with the noun after it ("At what price
    …?" -> "what price"), else its first question word ("who", «кто»)."""
    found = asked.how_many.search(question) or asked.when.search(question)
    if found:
        return " ".join(found.group(0).lower().split())
    words = re.findall(r"\w+", question.lower())
    first = next((k for k, w in enumerate(words) if w in asked.question_words), None)
    if first is not None and words[first] in _ASKS_A_NOUN and first + 1 < len(words) and words[first + 1] not in asked.function_words \
            and words[first + 1] not in asked.question_words:
        return f"{words[first]} {words[first + 1]}"  # "what price", "what share": what is asked, as a withholding says it
    return next((w for w in words if w in asked.question_words and w not in _BARE), None)


def _counted_after(question: str, word: str) -> str:
    """The question's word right after its "how many" phrase `word` ("times" of "How many times did …"), "" for none."""
    found = re.search(rf"\b{re.escape(word)}\s+(\w+)", question, re.IGNORECASE) if word else None
    return found.group(1).lower() if found else ""


_BARE = frozenset({"how", "как", "what", "что", "ли"})  # too general to say what is withheld ("how it works")
_ASKS_A_NOUN = frozenset({"what"})  # "what price", where «что» is followed by a verb («что построили»)


def _focus(sentence: str, match: re.Match[str], word: str) -> tuple[list[str], bool]:
    """The words a withholding says it withholds, when it names them with the question's `word`: after a pattern ending
    on it ("has not said who maintains the equipment"), or between it and the pattern, as Russian sets them
    («Сколько будет стоить вторая очередь, нам не сказали»), less the name of who withholds right before the pattern
    ("How many … go home Ankara does not publish") or after the comma closing them («завод» in «Сколько реально собрали,
    завод пока не сообщал»), with whether they stand before it; [] otherwise."""
    if " ".join(match.group(0).lower().split()).endswith(word):
        return sentence[match.end():].split()[:FOCUS_WORDS], False
    before = sentence[: match.start()].lower()
    at = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", before)]
    if not at:
        return [], False
    span, comma, after = sentence[at[-1] : match.start()].rpartition(",")
    focus = (span if comma and after.strip() else span + comma + after).split()  # «Сколько собрали, завод не сообщал»
    while focus and focus[-1][:1].isupper() and focus[-1][-1:].isalnum():
        focus.pop()  # the pattern's own subject, right before it: "… go home afterwards Ankara does not publish"
    return focus[:FOCUS_WORDS], True


def _closer_in_article(index: LoadedIndex, cand: Candidate, checked: Sequence[Candidate],
                       req: Requirements | None = None) -> bool:
    """Of the `checked` passages, the one whose best sentence is closest to the question is another passage of
    `cand`'s article, closer than `cand`'s own best sentence, and that sentence says outright what is asked was not
    disclosed: «Какие банки станут агентами по новым кредитам, фонд пока не сообщил» in a lower passage
    of the article, while the first, ranked above it, tells of the loans."""
    closest = max(checked, key=lambda c: float(c.sentence), default=cand)
    doc_id = index.chunks[cand.row].doc_id
    if float(closest.sentence) <= float(cand.sentence) or index.chunks[closest.row].doc_id != doc_id:
        return False
    said, at = sentences_around(index, closest.row, closest.sentence_row)
    return bool(said) and _says_withheld(lang_data(index.documents[doc_id].language or "en"), said[at], req)


def _says_withheld(data: LangData, sentence: str, req: Requirements | None) -> bool:
    """`sentence` says something is not known, by the patterns of `data`'s language; a time withheld ("no date has yet
    been set", «дата … не согласована», "has not said when": a time noun in what the pattern matched, or a "when" ending
    it) withholds only a question asking when ("…to resume its flights to Doha, though no date has yet been set" withholds
    no number of flights), and of what is still to come: "no date has been set for that vote" withholds no day
    "When did the country apply …?" asks of."""
    if req is not None and not req.part_of and data.part_of.search(sentence):
        return False  # a part of what it counts is withheld: "… at about 4,300 nurses; they did not say how many of those
        # posts are in the two closed regions" answers how large the shortage is
    matches = list(data.withheld.finditer(sentence))
    if not matches or (req is not None and numbered_otherwise(" ".join(_withholding_clauses(data, sentence)), req, data)):
        return False  # "how many women served in the first rotation" withholds nothing of the second
    return any((req is None or (req.wants_date and not req.past) or not _of_time(m.group(0), data))
               and not (req is not None and _asks_another_kind(sentence, m, req))
               for m in matches)


_EMBEDDED_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+((?:how|what|when|which|who|where|whether)\b.*)", re.IGNORECASE)


def _kinds(req: Requirements) -> set[str]:
    """What kind of thing `req` asks: an amount, a time, a duration, which one (none known: empty)."""
    return (({kind(t) for t in req.answer_types} - {""}) | ({"time"} if req.wants_date else set())
            | ({"amount"} if req.wants_number and not req.answer_types else set()))


def _asks_another_kind(sentence: str, match: re.Match[str], req: Requirements) -> bool:
    """The withholding names what it withholds by a question of its own, of another kind than the question's: «Какие
    именно товары войдут, стороны пока не согласовали» withholds no count of a road map's points, "Neither side has
    published an estimate of how much trade it should add" no time a panel has; the sentence's own question is the
    clause opening it with a question word, or the one a question word opens just after the pattern."""
    data = lang_data(script_language(sentence))
    before = _clause_before(sentence, match, data).strip(" ,;:—-")
    after = _EMBEDDED_AFTER.match(sentence[match.end():]) or _EMBEDDED_AFTER.match(" " + sentence[: match.end()].split()[-1] + sentence[match.end():])
    embedded = before if before and _opens_with_question_word(before) else (after.group(1) if after else "")
    if not embedded:  # «Имя покупателя … не раскрывают» withholds who bought, not the price asked
        return _name_by_noun(before, data) and bool(_kinds(req)) and "which" not in _kinds(req)
    own, asked = _kinds(requirements(embedded + "?")), _kinds(req)
    if not own and _opening_word(embedded) in lang_data(script_language(embedded)).identity_words:
        own = {"which"}  # «Какие именно товары войдут …»: which ones
    return bool(own and asked) and own.isdisjoint(asked)


def _clause_before(sentence: str, match: re.Match[str], data: LangData) -> str:
    """The clause of `sentence` before the withholding pattern `match` (after the last of `data`'s clause breaks)."""
    return data.clause_breaks.split(sentence[: match.start()])[-1]


def _name_by_noun(before: str, data: LangData) -> bool:
    """The clause before a withholding pattern names what it withholds as a name («Имя покупателя организаторы …»,
    "The names of the two firms …"; `naming_words` in data/lang)."""
    return bool(data.naming_words & set(re.findall(r"\w+", before.lower())))


def _name_beside(index: LoadedIndex, cand: Candidate, question: str) -> bool:
    """Asked who («Кто купил жеребца …?»), the best sentence of `cand`'s passage or one beside it withholds a name: by
    its noun before the pattern («Имя покупателя организаторы не раскрывают») or by a negated naming verb ("did not
    name the buyer"). What the best sentence tells (the sale, its price) names no one the question asks for."""
    asked = lang_data(script_language(question))
    word = _question_word(question, asked)
    if word is None or word not in asked.identity_words or word in asked.which_words:
        return False
    said, at = sentences_around(index, cand.row, cand.sentence_row)
    data = lang_data(index.documents[index.chunks[cand.row].doc_id].language or "en")
    for text in said[max(0, at - 1) : at + 2]:
        matches = list(data.withheld.finditer(text))
        if matches and (_name_withheld(text, data) or any(_name_by_noun(_clause_before(text, m, data), data) for m in matches)):
            return True
    return False


def _opening_word(text: str) -> str:
    """The word `text` opens with, past a preposition before a question word («по каким критериям …» -> «каким»)."""
    data = lang_data(script_language(text))
    words = re.findall(r"\w+", text.lower())[:2]
    if len(words) == 2 and words[0] in data.function_words and words[1] in data.question_words:
        return words[1]
    return words[0] if words else ""


def _opens_with_question_word(text: str) -> bool:
    """`text` opens with a question word, after a preposition or not («по каким критериям …», "on what terms …")."""
    data = lang_data(script_language(text))
    return _opening_word(text) in data.question_words or bool(data.how_many.match(text.strip()))


def _of_time(matched: str, data: LangData) -> bool:
    """What a withholding pattern matched withholds a time: it names one («сроки») or ends on "when"."""
    words = matched.lower().split()
    return bool(data.time_nouns & set(words)) or bool(words and words[-1] in data.when_words)


def article_sentences(index: LoadedIndex, row: int) -> list[str]:
    """The sentences of every passage of row `row`'s article, in order (`windows.article_rows`)."""
    return [sentence for r in article_rows(index, row) for sentence in index.passage_sentences(r)]


def _of_what_is_asked(index: LoadedIndex, cand: Candidate, req: Requirements, question: str = "") -> bool:
    """A sentence of the passage withholds, in its withholding clauses, half the question's own terms or more; or, the
    question asking of a noun without a typed answer ("What are the terms of …?", `asked_noun` in data/lang), a
    withholding clause holds that noun and the sentence as many of its terms ("… announced a settlement on 12
    November, but its terms have not been published")."""
    data = lang_data(index.documents[index.chunks[cand.row].doc_id].language or "en")
    names = set(tokenize(" ".join(req.names)))
    own = [t for t in dict.fromkeys(req.terms) if t not in names]
    if len(own) < ASKED_TERMS:
        return False
    enough = lambda shared: shared >= ASKED_TERMS and shared >= ASKED_SHARE * len(own)
    noun = _asked_noun(question, req)
    where, day = context(index, cand.row), article_date(index, cand.row)
    for sentence in index.passage_sentences(cand.row):
        if _says_withheld(data, sentence, req) and not (req.answer_types and window_satisfies(
                req, sentence, where, [sentence], article_date=day)):  # "has never published its budget, and its
            # staff of 38 …" answers "how many staff": what it withholds is something else
            held = set(tokenize(" ".join(_withholding_clauses(data, sentence))))
            if enough(sum(t in held for t in own)):
                return True
            if noun and noun in held and enough(sum(t in set(tokenize(sentence)) for t in own)):
                return True
    return False


def _asked_noun(question: str, req: Requirements) -> str | None:
    """The stem of the noun an untyped question asks of ("terms" of "What are the terms of the settlement?",
    «условия» of «Каковы условия …?»); None for a question asking a number, a date or a typed answer."""
    pattern = lang_data(req.lang).asked_noun
    if not question or pattern is None or req.answer_types or req.wants_number or req.wants_date:
        return None
    found = pattern.search(question)
    stems = tokenize(found.group(1)) if found else []
    return stems[0] if stems else None


def _withholding_clauses(data: LangData, sentence: str) -> list[str]:
    """The clauses of `sentence` that hold a withholding pattern: in "The first meeting of the commission set a goal …,
    but the list of goods has not yet been agreed" only the list is withheld, not who headed the meeting."""
    clauses = data.clause_breaks.split(sentence)
    return [c for c in clauses if data.withheld.search(c)] or [sentence]


def _beside_best(index: LoadedIndex, cand: Candidate, req: Requirements | None = None) -> bool:
    """The best sentence of `cand`'s passage, or a sentence beside it in the passage, says that what
    is asked has not been disclosed or set (by the patterns of the passage's language). With the
    question's `req`, a sentence beside it does not speak for the question when the best sentence
    itself answers it: "the cost of the second phase has not been disclosed" just before "the dry port
    handled 438,000 TEU in 2024" withholds no traffic figure. When the best "sentence" is the passage's heading
    ("Drop zone: farmers to be compensated this week"), the section under it is what matched: every sentence of
    the passage is read, and any that answers (with its neighbours, none of them withholding) speaks for the question."""
    said, at = sentences_around(index, cand.row, cand.sentence_row)
    if not said:
        return False
    chunk = index.chunks[cand.row]
    data = lang_data(index.documents[chunk.doc_id].language or "en")
    if _says_withheld(data, said[at], req):
        return req is None or not _dated_beside(index, cand, data, said[at], req)
    heading = bool(chunk.section) and said[at].strip() == chunk.section.strip()  # the closest "sentence" is the
    if heading:  # heading: the section under it matched, and every sentence of it is read
        said = index.passage_sentences(cand.row)
    quiet = [not _says_withheld(data, text, req) for text in said]
    # what may answer: the best sentence; under a heading each sentence that withholds nothing, with its neighbours
    # that withhold nothing
    windows = [[said[j] for j in range(max(0, k - 1), min(k + 2, len(said))) if quiet[j]] for k in range(len(said))
               if quiet[k]] if heading else [said[at : at + 1]]
    if req is not None:  # for a typed answer ("about 45 days"), the best sentence's neighbours that withhold nothing
        # name with the title what it is about
        near = "" if heading or not req.answer_types else " ".join(said[j] for j in range(max(0, at - 1), min(at + 2, len(said))) if j != at and quiet[j])
        where, day = f"{context(index, cand.row)} {near}", article_date(index, cand.row)
        if any(window_satisfies(req, " ".join(w), where, w, article_date=day) for w in windows):
            return False  # the best sentence gives the answer: what a neighbour withholds is something else
    return not all(quiet)


def _dated_beside(index: LoadedIndex, cand: Candidate, data: LangData, sentence: str, req: Requirements) -> bool:
    """A question asking when, and the best `sentence` gives the date in a clause of its own, beside a clause that
    withholds no time: "… signed a memorandum on 17 September 2025, but … its text has not been published" answers
    when it was signed; "…signed on 17 September, but no date has been set for its entry into force" does not."""
    if not req.wants_date or any(_of_time(m.group(0), data) for m in data.withheld.finditer(sentence)):
        return False
    told = [c for c in data.clause_breaks.split(sentence) if not data.withheld.search(c)]
    return bool(told) and window_satisfies(req, " ".join(told), context(index, cand.row), told,
                                           article_date=article_date(index, cand.row))
