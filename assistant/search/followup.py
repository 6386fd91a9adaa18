"""Follow-up questions without an LLM: carry entities and topic over from earlier turns.

Language knowledge (question words, pronouns, lead-ins such as "And ..."/"А ...") comes from
`assistant/data/lang/*.json`; whether a name is a place, a person, an organisation or a
publisher comes from the indexed corpus (`names.CorpusNames`), or from the name's form alone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..ingest.langdata import LangData, all_lang_data, lang_data, script_language
from .crossscript import latin_keys, same_name
from .names import EMPTY, NAME_RE, CorpusNames, strip_possessive

__all__ = ["Entity", "Resolved", "entities", "resolve", "resolve_followup", "is_elliptical"]

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{Nd}’']+")
_YEAR = regex.compile(r"(?<![\p{L}\p{Nd},.])(?:19|20)\d\d(?![\p{L}\p{Nd}]|[,.]\d)")


@dataclass(frozen=True)
class Resolved:
    """A question made self-contained: what to search, and what the answer must be about."""

    search: str  # may carry an earlier turn as context
    focus: str  # the question itself, with names carried over but no appended context


@dataclass(frozen=True)
class Entity:
    """A capitalised name in a question: its surface form (without 's) and a coarse type."""

    text: str
    kind: str  # "place", "org", "person" or "source" (a publisher)
    start: int
    end: int  # end of the surface form, possessive included


def _lang(text: str) -> LangData:
    return lang_data(script_language(text))


def _lead(lang: LangData) -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in lang.lead_phrases)
    return re.compile(rf"^\s*(?:{phrases})\s+" if phrases else r"(?!x)x", re.IGNORECASE)


def _conjunction_dropped(question: str, lang: LangData) -> str:
    """`question` without an opening one-word lead-in ("And", "А", "И")."""
    words = [re.escape(p) for p in lang.lead_phrases if " " not in p]
    match = re.match(rf"^\s*(?:{'|'.join(words)})\s+", question, re.IGNORECASE) if words else None
    return question[match.end() :].strip() if match else question.strip()


def _starts_with_question_word(text: str, lang: LangData) -> bool:
    words = _TOKEN.findall(text)
    return bool(words) and words[0].lower() in lang.question_words


@cache
def _not_names() -> frozenset[str]:
    """Question words, function words and pronouns of every language: capitalised, still no names."""
    return frozenset().union(*(ld.question_words | ld.function_words | ld.pronouns for ld in all_lang_data()))


def entities(question: str, names: CorpusNames | None = None) -> list[Entity]:
    """Capitalised names of `question` other than its opening question word."""
    names = names or EMPTY
    lang = _lang(question)
    skip = _not_names()  # of every language: a follow-up's merged text may hold two ("Сколько ...? (Which ...?)")
    out: list[Entity] = []
    for match in NAME_RE.finditer(question):
        words = match.group(0).split()
        offset = match.start()
        while words and words[0].lower() in skip:  # "What", "And", "Which", "Besides" ...
            offset += len(words[0]) + 1
            words = words[1:]
        at_start = not question[:offset].strip(" \"'“‘(«")
        after = question[match.end():].split()[:1]
        asks = (len(words) == 1 and bool(after) and after[0].strip(",").lower() in lang.question_particles  # «Вступила ли»:
                and not names.knows_name(words[0]))  # a verb; «Норвегия ли …?»: a name the articles write
        if words and at_start and (asks or names.is_common_word(strip_possessive(words[0], lang))):
            offset += len(words[0]) + 1  # a capital only because it opens the question
            words = words[1:]
        while words and words[-1].lower() in lang.name_joiners:
            words = words[:-1]
        if not words:
            continue
        text = " ".join(words)
        end = offset + len(text)
        name = strip_possessive(text, lang)
        if not name or name.lower() in lang.pronouns:
            continue
        out.append(Entity(name, names.kind(name, lang), offset, end))
    return out


def is_elliptical(question: str) -> bool:
    """'And Norway?', 'What about the opportunities?', 'А Норвегия?', 'And its main concern?'."""
    lang = _lang(question)
    if _lead(lang).match(question):
        return True
    words = _TOKEN.findall(question)
    return len(words) <= 3 and not any(w.lower() in lang.question_words for w in words[:1])


def _pronouns_in(question: str, lang: LangData) -> set[str]:
    return {w.lower() for w in _TOKEN.findall(question)} & lang.pronouns


def _substitute_pronouns(question: str, previous: str, names: CorpusNames) -> str | None:
    """Replace he/his/it/its/they/their (он/его/они/их) by the matching name of the previous question."""
    lang = _lang(question)
    found = [e for e in entities(previous, names) if e.kind != "source"]
    people = [e for e in found if e.kind == "person"]
    things = [e for e in found if e.kind != "place"]
    taken: set[str] = set()  # a name stands for one pronoun of the question ("Why did he propose it?")
    places = [e for e in found if e.kind == "place"]

    def pick(pronoun: str) -> str | None:
        if pronoun in lang.person_pronouns:
            chosen = people[:1]
        elif pronoun in lang.thing_pronouns:  # a name known as a person's only when nothing else is left
            chosen = ([e for e in things if e.kind != "person" and e.text not in taken]
                      or [e for e in things if e.text not in taken])[-1:]
        elif pronoun in lang.either_pronouns:
            chosen = people[:1] or things[-1:]
        else:
            chosen = places or found
            if len(chosen) > 1:
                return " и ".join(e.text for e in chosen[:3]) if lang.code == "ru" else " and ".join(e.text for e in chosen[:3])
        return chosen[0].text if chosen else None

    def replace(match: regex.Match[str]) -> str:
        word = match.group(0)
        pronoun = word.lower()
        if pronoun not in lang.pronouns:
            return word
        name = pick(pronoun)
        if name is None:
            return word
        taken.add(name)
        name = _spelt_in(name, lang.code, names)  # «Когда он приехал?» after an English question
        suffix = lang.possessive_suffixes[0] if lang.possessive_suffixes else ""
        return f"{name}{suffix}" if pronoun in lang.possessive_pronouns and suffix else name

    rewritten = _TOKEN.sub(replace, question)
    return None if rewritten == question else rewritten


def _lower_case_names(text: str, names: CorpusNames) -> list[Entity]:
    """Names typed in lower case ("and norway?", «и норвегия?») that the corpus writes capitalised."""
    out: list[Entity] = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if word.islower() and word in names.df and not names.is_common_word(word):
            name = word[0].upper() + word[1:]
            out.append(Entity(name, names.kind(name), match.start(), match.end()))
    return out


def _only_question_words(text: str, lang: LangData) -> bool:
    """'When?', 'How much?', «Почему же?»: question and function words only, no subject at all."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    return bool(words) and words[0] in lang.question_words and all(
        w in lang.question_words or w in lang.function_words for w in words
    )


def _content_words(text: str, lang: LangData) -> list[str]:
    """Words of `text` that carry a subject: not question, function or lead words, nor pronouns."""
    skip = lang.question_words | lang.function_words | lang.pronouns | set(lang.name_joiners)
    skip |= {w for phrase in lang.lead_phrases for w in phrase.split()}
    return [w for w in _TOKEN.findall(text.lower()) if len(w) > 2 and w not in skip and not w.isdigit()]


def _new_subject(rest: str, target: Entity, previous: str, lang: LangData) -> bool:
    """'And the Solvik solar plant?', «А солнечная станция Solvik?»: besides its name, the follow-up
    brings words the previous question does not have (compared by their first five letters, so
    that word forms match), so it asks about something else and carries nothing over."""
    leftover = rest[: target.start] + " " + rest[target.end :]
    before = {w[:5] for w in _content_words(previous, _lang(previous))}
    return any(w[:5] not in before for w in _content_words(leftover, lang))


def _spelt_like_previous(entity: Entity, previous: str, names: CorpusNames) -> Entity:
    """«А Норвегия?» after an English question: the name as the corpus writes it in the previous
    question's script ("Norway"), so that the merged question is in one language."""
    return dataclasses.replace(entity, text=_spelt_in(entity.text, script_language(previous), names))


def _spelt_in(name: str, want: str, names: CorpusNames) -> str:
    """`name` as the corpus writes it in the script of language `want` (the form it writes most
    often); `name` itself when it is in that script already or the corpus writes no such name."""
    keys = latin_keys(name)
    if script_language(name) == want or " " in name or len(keys) != 1:
        return name
    key = next(iter(keys))
    spelt = [
        k for k in names.df
        if " " not in k and script_language(k) == want and any(same_name(key, c) for c in latin_keys(k))
    ]
    if not spelt:
        return name
    best = max(spelt, key=lambda k: (names.df[k], -len(k)))
    return best.upper() if name.isupper() else best[:1].upper() + best[1:]  # an acronym stays one


def _years(text: str, lang: LangData) -> list[regex.Match[str]]:
    """The years of `text`: four figures from 1900 to 2099 not followed by a unit or a noun
    ("2025", "в 2024 году", "the 2023 Ostra summit"; not "1,900 km" nor "2000 tonnes")."""
    out = []
    for match in _YEAR.finditer(text):
        after = _TOKEN.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " else None
        word = after.group(0) if after else ""
        if not word or not word[0].islower() or word in lang.function_words or word in lang.date_words:
            out.append(match)
    return out


def _swap_year(rest: str, previous: str, lang: LangData) -> tuple[str, str]:
    """'And in 2024?' after a question about 2025: the previous question asks about 2024 instead, and
    the follow-up loses the year with the words that only framed it ("in", «в ... году»)."""
    new = [m.group(0) for m in _years(rest, lang)]
    old = _years(previous, _lang(previous))
    if len(set(new)) != 1 or len(old) != 1:
        return rest, previous  # no year, or several: nothing to swap unambiguously
    previous = previous[: old[0].start()] + new[0] + previous[old[0].end() :]
    words = list(_TOKEN.finditer(rest))
    drop: set[int] = set()
    for i, word in enumerate(words):  # the year with the preposition before it and "году" after it
        if _YEAR.fullmatch(word.group(0)):
            drop.add(i)
            if i > 0 and words[i - 1].group(0).lower() in lang.function_words:
                drop.add(i - 1)
            if i + 1 < len(words) and words[i + 1].group(0).lower() in lang.date_words:
                drop.add(i + 1)
    for i in sorted(drop, reverse=True):
        rest = rest[: words[i].start()] + rest[words[i].end() :]
    rest = " ".join(rest.split())
    if all(w.lower() in lang.function_words | lang.date_words for w in _TOKEN.findall(rest)):
        rest = ""
    return rest, previous


def _merge_elliptical(question: str, previous: str, names: CorpusNames) -> str:
    """'And Norway?' after 'What is Sweden's GDP growth?' -> 'What is Norway's GDP growth?'."""
    lang = _lang(question)
    rest = _lead(lang).sub("", question).strip().rstrip("?").strip()
    whole = rest  # with its year: what a follow-up on a new subject is searched as
    rest, previous = _swap_year(rest, previous, lang)
    if not rest:
        return previous
    new = entities(rest, names) or _lower_case_names(rest, names)
    old = entities(previous, names)
    context = previous.find(" (") if previous.endswith(")") else -1  # "Question? (earlier question)"
    asked = [e for e in old if context < 0 or e.end <= context]
    old = asked if any(e.kind != "source" for e in asked) else old  # swap a name of the question, not of its context
    if new and _new_subject(rest, new[0], previous, lang):
        # a new subject: the previous question's names would steer the search away from it
        rest = whole
        if _pronouns_in(rest, lang):  # "What about his visit to ...?": only the pronoun is resolved
            return _substitute_pronouns(rest, previous, names) or rest
        return rest
    if new and old:
        target = _spelt_like_previous(new[0], previous, names)
        same = [e for e in old if e.kind == target.kind and e.kind != "source"] or (
            [e for e in old if e.kind != "source"]
            if not _content_words(rest[: new[0].start] + " " + rest[new[0].end :], lang) else []
        )  # a name of another kind replaces one only when the follow-up is that name alone ("And Brask?")
        if same:
            victim = same[0]
            surface = previous[victim.start : victim.end]
            suffixes = _lang(previous).possessive_suffixes  # the previous question's grammar, in any language
            possessive = surface != victim.text and suffixes
            replacement = target.text + (suffixes[0] if possessive else "")
            merged = previous[: victim.start] + replacement + previous[victim.end :]
            leftover = (rest[: target.start] + " " + rest[target.end :]).strip()
            leftover = strip_possessive(leftover, lang) if leftover in lang.possessive_suffixes else leftover
            if all(w.lower() in lang.function_words for w in _TOKEN.findall(leftover)):
                leftover = ""  # "And the Northern Corridor?": no stray "the" after the question
            return merged if not leftover.strip(" ’'") else f"{merged} {leftover}"
    if _pronouns_in(rest, lang):
        rest = _substitute_pronouns(rest, previous, names) or rest
    return f"{previous} {rest}"


def resolve(question: str, history: Sequence[str], names: CorpusNames | None = None) -> Resolved:
    """Resolve `question` against the earlier questions of the conversation.

    A complete question is returned unchanged. An elliptical one borrows the previous
    question and swaps in its new entity; pronouns take the previous turn's names; a
    pronoun with nothing to stand for keeps the previous question beside it as context.
    `names` (the corpus's names) tells places, people and organisations apart.
    """
    names = names or EMPTY
    previous_turns = [h.strip() for h in history if h and h.strip()]
    if not previous_turns:
        return Resolved(question, question)
    resolved_previous = previous_turns[0]
    for turn in previous_turns[1:]:
        resolved_previous = _resolve_one(turn, resolved_previous, names).search
    return _resolve_one(question, resolved_previous, names)


def resolve_followup(question: str, history: Sequence[str], names: CorpusNames | None = None) -> str:
    """The text to search for `question` in its conversation (see `resolve`)."""
    return resolve(question, history, names).search


def _resolve_one(question: str, previous: str, names: CorpusNames) -> Resolved:
    lang = _lang(question)
    rest = _lead(lang).sub("", question).strip()
    bare = _conjunction_dropped(question, lang)
    if rest != question.strip() and _starts_with_question_word(rest, lang) and (
        len(rest.split()) >= 4 or _pronouns_in(rest, lang)
    ):  # "And what does the SCO focus on?", "And who is he?" are questions of their own
        question = rest[0].upper() + rest[1:]
    elif bare != question.strip() and _starts_with_question_word(bare, lang) and _pronouns_in(bare, lang):
        question = bare[0].upper() + bare[1:]  # «А что он сказал?»: "а что" is no lead-in here
    elif is_elliptical(question):
        merged = _merge_elliptical(question, previous, names)
        return Resolved(merged, merged)
    elif _only_question_words(_YEAR.sub(" ", question), lang):
        # "When?", "Why?", «Почему?»: a question word alone asks it of the previous question's subject;
        # "How much in 2026?": the previous question about that year
        _, swapped = _swap_year(question, previous, lang)
        if swapped != previous:
            return Resolved(swapped, swapped)
        return Resolved(f"{question} ({previous})", question)
    if _pronouns_in(question, lang):
        rewritten = _substitute_pronouns(question, previous, names)
        if rewritten is None:
            return Resolved(f"{question} ({previous})", question)
        return Resolved(rewritten, rewritten)
    return Resolved(question, question)
