"""Follow-up questions without an LLM: carry entities and topic over from earlier turns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Entity", "Resolved", "entities", "resolve", "resolve_followup", "is_elliptical"]

# Places this corpus talks about; anything else capitalised counts as a person or an organisation.
PLACES = {
    "afghanistan", "america", "armenia", "asia", "azerbaijan", "belarus", "britain", "caucasus",
    "central asia", "china", "eu", "eurasia", "europe", "european union", "fergana valley",
    "france", "georgia", "germany", "gulf", "india", "iran", "israel", "japan", "kazakhstan",
    "korea", "kyrgyzstan", "middle east", "mongolia", "moscow", "pakistan", "russia",
    "saudi arabia", "tajikistan", "turkey", "turkmenistan", "ukraine", "united states", "us",
    "usa", "uk", "uzbekistan", "washington", "west", "astana", "tashkent", "samarkand",
    "bishkek", "dushanbe", "ashgabat", "beijing", "ankara", "tehran", "qatar", "uae",
}
# Publishers and article sources: named in questions, but never what "it" or "he" stands for.
SOURCES = {"chatham house", "valdai", "valdai discussion club", "capital cities", "background"}
ORGS = {"chatham house", "sco", "eaeu", "gcc", "c5", "un", "osce", "nato", "cis", "unesco", "ecosystem", "valdai"}
QUESTION_WORDS = {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "is", "are", "was",
    "were", "do", "does", "did", "can", "could", "should", "would", "will", "and", "or", "but",
    "according", "in", "on", "for", "to", "of", "the", "a", "an", "tell", "list", "name", "give",
    "describe", "explain", "also", "same", "about",
}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
_LEAD = re.compile(
    r"^\s*(?:and|or|but|also|so)?\s*(?:what|how)\s+about\s+|^\s*(?:and|or|but|also)\s+(?:about\s+)?", re.I
)
_WH = re.compile(r"^(?:what|which|who|whom|whose|when|where|why|how)\b", re.I)
_ENTITY = re.compile(
    r"(?:[A-Z][\w\-’']*|[A-Z0-9]{2,})(?:\s+(?:[A-Z][\w\-’']*|of|the|and(?=\s+[A-Z][a-z]+\s+[A-Z])))*"
)
_POSSESSIVE = re.compile(r"[’']s$")


@dataclass(frozen=True)
class Resolved:
    """A question made self-contained: what to search, and what the answer must be about."""

    search: str  # may carry an earlier turn as context
    focus: str  # the question itself, with names carried over but no appended context


@dataclass(frozen=True)
class Entity:
    """A capitalised name in a question: its surface form (without 's) and a coarse type."""

    text: str
    kind: str  # "place", "org" or "person"
    start: int
    end: int  # end of the surface form, possessive included


def _kind(name: str) -> str:
    key = name.lower()
    if key in PLACES or key.endswith("stan"):
        return "place"
    if key in ORGS or name.isupper() or any(w.lower() in ORGS for w in name.split()):
        return "org"
    if any(w.lower() in PLACES for w in name.split()) and len(name.split()) <= 3:
        return "place"
    return "person"


def entities(question: str) -> list[Entity]:
    """Capitalised names of `question` other than its opening question word."""
    out: list[Entity] = []
    for match in _ENTITY.finditer(question):
        surface = match.group(0)
        words = surface.split()
        offset = match.start()
        while words and words[0].lower() in QUESTION_WORDS:  # "What", "And", "Which" ...
            offset += len(words[0]) + 1
            words = words[1:]
        at_start = not question[:offset].strip(" \"'“‘(")
        if words and at_start and _kind(_POSSESSIVE.sub("", words[0])) == "person" and words[0].lower() not in ORGS:
            offset += len(words[0]) + 1  # "Besides Russia, ...": a capital only because it opens the question
            words = words[1:]
        while words and words[-1].lower() in {"of", "the", "and"}:
            words = words[:-1]
        if not words:
            continue
        text = " ".join(words)
        end = offset + len(text)
        name = _POSSESSIVE.sub("", text)
        if name.lower() in PRONOUNS or not name:
            continue
        out.append(Entity(name, _kind(name), offset, end))
    return out


def is_elliptical(question: str) -> bool:
    """'And Uzbekistan?', 'What about the opportunities?', 'And its main concern?'."""
    words = re.findall(r"[\w’']+", question)
    if _LEAD.match(question):
        return True
    return len(words) <= 3 and not any(w.lower() in {"what", "which", "who", "when", "where", "why", "how"} for w in words[:1])


def _has_pronoun(question: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", question)} & PRONOUNS


def _substitute_pronouns(question: str, previous: str) -> str | None:
    """Replace he/his/it/its/they/their by the matching name of the previous question."""
    found = [e for e in entities(previous) if e.text.lower() not in SOURCES]
    people = [e for e in found if e.kind == "person"]
    things = [e for e in found if e.kind != "place"]
    places = [e for e in found if e.kind == "place"]

    def pick(pronoun: str) -> str | None:
        if pronoun in PERSON_PRONOUNS:
            chosen = people[:1]
        elif pronoun in THING_PRONOUNS:
            chosen = things[-1:]
        else:
            chosen = places or found
            if len(chosen) > 1:
                return " and ".join(e.text for e in chosen[:3])
        return chosen[0].text if chosen else None

    def replace(match: re.Match[str]) -> str:
        pronoun = match.group(0).lower()
        name = pick(pronoun)
        if name is None:
            return match.group(0)
        possessive = pronoun in {"his", "her", "its", "their", "hers", "theirs"}
        return f"{name}’s" if possessive else name

    rewritten = re.sub(r"\b(?:he|him|his|she|her|hers|it|its|they|them|their|theirs)\b", replace, question, flags=re.I)
    return None if rewritten == question else rewritten


def _merge_elliptical(question: str, previous: str) -> str:
    """'And Uzbekistan?' after 'What is Kazakhstan's GDP growth?' -> 'What is Uzbekistan's GDP growth?'."""
    rest = _LEAD.sub("", question).strip().rstrip("?").strip()
    new = entities(rest)
    old = entities(previous)
    if new and old:
        target = new[0]
        same = [e for e in old if e.kind == target.kind] or (old if len(new) == len(rest.split()) else [])
        if same:
            victim = same[0]
            surface = previous[victim.start : victim.end]
            replacement = target.text + ("’s" if _POSSESSIVE.search(surface) else "")
            merged = previous[: victim.start] + replacement + previous[victim.end :]
            leftover = (rest[: target.start] + " " + rest[target.end :]).strip()
            return merged if not leftover.strip() else f"{merged} {leftover}"
    if _has_pronoun(rest):
        rest = _substitute_pronouns(rest, previous) or rest
    return f"{previous} {rest}"


def resolve(question: str, history: Sequence[str]) -> Resolved:
    """Resolve `question` against the earlier questions of the conversation.

    A complete question is returned unchanged. An elliptical one borrows the previous
    question and swaps in its new entity; pronouns take the previous turn's names; a
    pronoun with nothing to stand for keeps the previous question beside it as context.
    """
    previous_turns = [h.strip() for h in history if h and h.strip()]
    if not previous_turns:
        return Resolved(question, question)
    resolved_previous = previous_turns[0]
    for turn in previous_turns[1:]:
        resolved_previous = _resolve_one(turn, resolved_previous).search
    return _resolve_one(question, resolved_previous)


def resolve_followup(question: str, history: Sequence[str]) -> str:
    """The text to search for `question` in its conversation (see `resolve`)."""
    return resolve(question, history).search


def _resolve_one(question: str, previous: str) -> Resolved:
    rest = _LEAD.sub("", question).strip()
    if rest != question.strip() and _WH.match(rest) and len(rest.split()) >= 4:
        question = rest[0].upper() + rest[1:]  # "And what does the SCO focus on?" is a question of its own
    elif is_elliptical(question):
        merged = _merge_elliptical(question, previous)
        return Resolved(merged, merged)
    if _has_pronoun(question):
        rewritten = _substitute_pronouns(question, previous)
        if rewritten is None:
            return Resolved(f"{question} ({previous})", question)
        return Resolved(rewritten, rewritten)
    return Resolved(question, question)
