"""Per-language knowledge (question words, pronouns, demonym rules, widget words) read from data files.

Nothing about any corpus lives here: only `assistant/data/lang/<code>.json`, one file per
language, and a guess of a text's language from its script (enough to pick the file).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

__all__ = ["LANGUAGES", "AnswerType", "LangData", "all_function_words", "all_lang_data", "ends_open", "is_agenda_heading", "is_contents_heading", "lang_data", "script_language"]

LANGUAGES = ("en", "ru")
DEFAULT = "en"


@dataclass(frozen=True)
class AnswerType:
    """A kind of answer a question asks for ("money": "how much will it cost?") and what shows one in
    a text of this language ("money": a currency). `default`: checked unless the settings say otherwise."""

    name: str
    cues: re.Pattern[str]  # in the question
    evidence: re.Pattern[str]  # in the evidence window
    default: bool = False
    counted: bool = False  # a figure must be followed by what the question counts (search/answer_types.py)
    later: bool = False  # asked of what is still to come: an answer dated only before the article is none
    named: bool = False  # asks which one ("Which company …?"): the answer names something the question does not
    kind: str = ""  # what kind of thing it asks: "amount", "time", "duration", "which" (search/withheld.py)


@dataclass(frozen=True)
class LangData:
    """The lists of one language file, as frozensets and compiled patterns."""

    code: str
    question_words: frozenset[str]
    function_words: frozenset[str]
    mail_headers: frozenset[str]  # a mail's header labels ("From", «Тема»), lower case
    salutations: tuple[str, ...]  # a letter's opening words ("Dear", «Уважаемые»), lower case, longest first
    closings: frozenset[str]  # a letter's closing words before its signer ("Yours sincerely", «С уважением»), lower case
    procedure_lines: tuple[str, ...]  # a meeting record's procedural sentences' openings ("The meeting rose at"), longest first
    procedure_turns: tuple[str, ...]  # a call's or a hearing's procedural sentences' openings ("Our next question comes from")
    procedure_labels: frozenset[str]  # a procedure's lines alone: its speaker and its headings ("Operator"), lower case
    sign_labels: frozenset[str]  # a form's label over a signature ("Approved by", «Утверждаю»), lower case
    procedure_notices: tuple[str, ...]  # what a procedural sentence says anywhere ("this call is being recorded")
    courtesies: tuple[str, ...]  # a courtesy's openings that may stand between procedural sentences ("Please go ahead")
    amount_markers: frozenset[str]  # "of", "for": what a sum or a weight the question asks is of or for
    free_ends: frozenset[str]  # function words a line may end on without going on ("the mailing list", «пожалуйста»)
    lead_phrases: tuple[str, ...]  # longest first
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    either_pronouns: frozenset[str]  # "он": a person or a thing
    possessive_pronouns: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    name_joiners: frozenset[str]
    place_prepositions: frozenset[str]
    person_cues_before: frozenset[str]
    person_cues_after: frozenset[str]
    org_heads: frozenset[str]
    place_suffixes: tuple[str, ...]
    demonym_suffixes: tuple[tuple[str, str], ...]
    metonyms: dict[str, str]
    name_prefixes: tuple[str, ...]  # «мин» of «Минпросвещения»: a compound name is also the name after its prefix
    legal_forms: frozenset[str]  # "AB" of "Energiprojekt AB", «ТОО»: a company's legal form, which articles drop
    defined_party: re.Pattern[str]  # "the Company" (a defined term, in capitals), «Компания» in mid-sentence
    when: re.Pattern[str]
    how_many: re.Pattern[str]
    date_words: frozenset[str]
    number_words: frozenset[str]
    widgets: frozenset[str]
    cookie_words: tuple[str, ...]
    byline_words: frozenset[str]
    dateline_words: frozenset[str]
    page_words: frozenset[str]
    section_markers: frozenset[str]
    months: frozenset[str]
    list_markers: frozenset[str]
    widget_prefixes: tuple[str, ...]  # longest first
    count_owners: frozenset[str]  # "of", «у»: after what a "how many" question counts, they open what it is said of
    count_origins: frozenset[str]  # "from", «из»: after what a count counts, they open where it is from
    clause_breaks: re.Pattern[str]  # where a sentence's clauses part (", but ", «, но »; not "; ", which joins a clause
    # to the one it explains)
    which_words: frozenset[str]  # "which", «какой»: a question word asking of the noun after it ("which dimension")
    calls: frozenset[str]  # widget prefixes that mark their line whatever follows: "Subscribe to …", "This story is republished from …"
    article_labels: frozenset[str]
    rights_phrases: tuple[str, ...]
    section_cues: frozenset[str] = frozenset()  # "section", "разделе": a quoted title next to one is a heading
    answer_types: tuple[AnswerType, ...] = ()  # question cue -> answer type the evidence window must hold
    numerals: dict[str, frozenset[str]] = field(default_factory=dict)  # "2" -> {"two"}: a small figure in words
    notes_heading: str = "Notes"  # the section a Word file's footnotes and endnotes are read into
    time_words: frozenset[str] = frozenset()  # words a dateline may hold besides its date ("gmt", "ago", "назад")
    note_labels: frozenset[str] = frozenset()  # "about the authors", "cite this": a run-in label opening a note (ingest/boilerplate_posts.py)
    photo_labels: frozenset[str] = frozenset()  # "photo", «фото»: a caption's credit (ingest/boilerplate_posts.py)
    contact_labels: frozenset[str] = frozenset()  # "Address: ...", "Телефон: ...": an imprint or contact line
    link_suffixes: tuple[str, ...] = ()  # "..., opens new tab": a link's label for screen readers
    reason: re.Pattern[str] = re.compile(r"(?!x)x")  # "why …?", «почему …?»: a question asking for a reason, not a fact
    withheld: re.Pattern[str] = re.compile(r"(?!x)x")  # "not disclosed", «сроки не определены»: a sentence saying the fact is not known (search/withheld.py)
    relative_years: tuple[tuple[re.Pattern[str], int], ...] = ()  # "last year": -1 from the article's own year
    month_patterns: tuple[re.Pattern[str], ...] = ()  # January..December, in order: "3 декабря", "in July 2025"
    bio_markers: frozenset[str] = frozenset()  # "About the authors" standing alone: the note after it is chrome
    list_marker_heads: frozenset[str] = frozenset()  # "Related ...", «Похожие ...»: a short label so begun can head a list
    back_matter_labels: frozenset[str] = frozenset()  # "Funding:", «Конфликт интересов:»: a journal article's back matter
    end_sections: frozenset[str] = frozenset()  # "Forward-looking statements", "Media contact": a heading of a page's end matter
    end_lists: frozenset[str] = frozenset()  # a thesis abstract's list of the author's publications: an end section of any length
    end_section_prefixes: frozenset[str] = frozenset()  # "About" (+ a name): so begun, such a heading (ingest/boilerplate_ends.py)
    contents_headings: frozenset[str] = frozenset()  # "Contents" over a contents' lines (ingest/boilerplate_ends.py)
    agenda_headings: frozenset[str] = frozenset()  # a deck's "Agenda" slide, «План доклада» (ingest/formats/pptx.py)
    expanders: frozenset[str] = frozenset()  # "Show more", «Показать ещё»: a script's button inside a post (ingest/clean_html.py)
    placeholder_titles: frozenset[str] = frozenset()  # "Exported Data", «Без названия»: a page title naming no article
    language_names: frozenset[str] = frozenset()  # "English", «русский»: a subtitle track's language in its file's name
    return_links: frozenset[str] = frozenset()  # "Return to" (+ a quoted forum or section): a link back up the site
    source_labels: frozenset[str] = frozenset()  # "Source:", «Источник:»: a table's or a record's credit
    comment_headings: frozenset[str] = frozenset()  # "Replies", «комментариев»: a page's comments below it
    publication_words: frozenset[str] = frozenset()  # "published online": in a record's history, the date it labels is the article's
    naming_words: frozenset[str] = frozenset()  # "named", «названия»: a withholding of a name (search/withheld.py)
    naming_negations: frozenset[str] = frozenset()  # "not", "declined", «не»: a name withheld, not one given ("did not name")
    identity_words: frozenset[str] = frozenset()  # "who", "which", «какие»: question words a withheld name answers
    ordinals: frozenset[str] = frozenset()  # "second", «втор»: the stems of ordinal numbers (search/withheld.py)
    time_nouns: frozenset[str] = frozenset()  # "timetable", «сроки»: a withheld time names itself so (search/withheld.py)
    when_words: frozenset[str] = frozenset()  # "when", «когда»: a withholding ending on one withholds a time ("has not said when")
    past: re.Pattern[str] = re.compile(r"(?!x)x")  # "When did …?", «Когда … подал …?»: a question asking of what has happened
    part_of: re.Pattern[str] = re.compile(r"(?!x)x")  # "how many of them", «сколько из них»: a count of part of what was counted
    sources: re.Pattern[str] = re.compile(r"(?!x)x")  # "according to the Lornan Institute", «по словам …»: whose word it is
    post_nouns: frozenset[str] = frozenset()  # "answers", «ответов»: after a count alone, a thread's counter ("2 answers")
    appeals: frozenset[str] = frozenset()  # "like and subscribe", «подпишитесь на канал»: a channel's appeal
    audience_words: frozenset[str] = frozenset()  # "subscribers", «подписчиков»: after a count, a channel's audience
    ad_tags: frozenset[str] = frozenset()  # "#ad", «#реклама»: a hashtag opening a post marks it an advertisement
    question_particles: frozenset[str] = frozenset()  # «ли»: the word opening a yes/no question before it is a verb
    continuation_openers: frozenset[str] = frozenset()  # "But", «Однако»: a sentence so opened goes on about the one before
    not_names: frozenset[str] = frozenset()  # "euros": words a window writes that name nothing, though spelt like a name ("europe")
    place_compound: re.Pattern[str] | None = None  # «узбекско-таджикской»: a lower-case compound adjective of places (search/places.py)
    asked_noun: re.Pattern[str] | None = None  # "What are the terms …?": the noun a question asks of (search/withheld.py)
    earlier_words: frozenset[str] = frozenset()  # "previous", «предыдущей»: a withholding of an earlier one (search/withheld.py)
    later_words: frozenset[str] = frozenset()  # "next", «следующего»: a withholding of the one to come (search/withheld.py)
    counted_adjective_endings: tuple[str, ...] = ()  # «турецких специалистов»: a counted thing's adjective (search/answer_types.py)
    place_nouns: frozenset[str] = frozenset()  # "Sea": a name ending in one is named by its first words ("the Aral"); not
    # "Basin" or "Valley", whose first words name another place ("the Amazon" is the river; docs/quality.md)
    subject_endings: tuple[str, ...] = ()  # «-ая», «-ый»: a name so ending after a count's noun is its subject, not whose
    count_links: frozenset[str] = frozenset()  # "of": a count after its noun and this word ("a staff of 38")
    topic_labels: frozenset[str] = frozenset()  # «Тема урока», "Topic": a label whose line names the document's subject
    named_nouns: frozenset[str] = frozenset()  # "bank", «компания»: a "which …?" asking one is answered by a name beside it
    count_copulas: frozenset[str] = frozenset()  # «было», "were", «всего»: a count said last («гидов было всего двое»)
    count_nouns: frozenset[str] = frozenset()  # "number", «число»: "the number of scholarships … is down to five" (answer_types.py)
    place_adjective: re.Pattern[str] = re.compile(r"(?!x)x")  # «лорнанских» in lower case: a place's adjective (search/answer_types.py)

    @property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.thing_pronouns | self.plural_pronouns | self.either_pronouns


def _patterns(items: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in items) or r"(?!x)x", re.IGNORECASE)


def _from_json(data: dict[str, Any]) -> LangData:
    words = lambda key: frozenset(str(w).lower() for w in data.get(key, []))
    pronouns = data.get("pronouns", {})
    return LangData(
        code=data["language"],
        question_words=words("question_words"),
        function_words=words("function_words"),
        free_ends=words("free_ends"),
        amount_markers=words("amount_markers"),
        mail_headers=words("mail_headers"),
        salutations=tuple(sorted((p.lower() for p in data.get("salutations", [])), key=len, reverse=True)),
        closings=words("closings"),
        procedure_lines=tuple(sorted((p.lower() for p in data.get("procedure_lines", [])), key=len, reverse=True)),
        procedure_turns=tuple(sorted((p.lower() for p in data.get("procedure_turns", [])), key=len, reverse=True)),
        procedure_labels=words("procedure_labels"),
        sign_labels=words("sign_labels"),
        procedure_notices=tuple(p.lower() for p in data.get("procedure_notices", [])),
        courtesies=tuple(sorted((p.lower() for p in data.get("courtesies", [])), key=len, reverse=True)),
        lead_phrases=tuple(sorted((p.lower() for p in data.get("lead_phrases", [])), key=len, reverse=True)),
        person_pronouns=frozenset(pronouns.get("person", [])),
        thing_pronouns=frozenset(pronouns.get("thing", [])),
        plural_pronouns=frozenset(pronouns.get("plural", [])),
        either_pronouns=frozenset(pronouns.get("either", [])),
        possessive_pronouns=words("possessive_pronouns"),
        possessive_suffixes=tuple(data.get("possessive_suffix", [])),
        name_joiners=words("name_joiners"),
        place_prepositions=words("place_prepositions"),
        person_cues_before=words("person_cues_before"),
        person_cues_after=words("person_cues_after"),
        org_heads=words("org_heads"),
        place_suffixes=tuple(data.get("place_suffixes", [])),
        demonym_suffixes=tuple((a, b) for a, b in data.get("demonym_suffixes", [])),
        metonyms={str(k).lower(): str(v).lower() for k, v in data.get("metonyms", {}).items()},
        name_prefixes=tuple(data.get("name_prefixes", [])),
        legal_forms=words("legal_forms"),
        defined_party=_patterns(data.get("defined_party_patterns", [])),
        when=_patterns(data.get("when_patterns", [])),
        reason=_patterns(data.get("reason_patterns", [])),
        how_many=_patterns(data.get("how_many_patterns", [])),
        date_words=words("date_words"),
        number_words=words("number_words"),
        widgets=words("widgets"),
        cookie_words=tuple(w.lower() for w in data.get("cookie_words", [])),
        byline_words=words("byline_words"),
        dateline_words=words("dateline_words"),
        page_words=words("page_words"),
        section_markers=words("section_markers"),
        months=words("months"),
        list_markers=words("list_markers"),
        widget_prefixes=tuple(sorted((p.lower() for p in data.get("widget_prefixes", [])), key=len, reverse=True)),
        calls=words("calls"),
        count_owners=words("count_owners"),
        count_origins=words("count_origins"),
        article_labels=words("article_labels"),
        rights_phrases=tuple(p.lower() for p in data.get("rights_phrases", [])),
        section_cues=words("section_cues"),
        numerals={str(k): frozenset(str(w).lower() for w in v) for k, v in data.get("numerals", {}).items()},
        notes_heading=str(data.get("notes_heading", "Notes")),
        time_words=words("time_words"),
        note_labels=words("note_labels"),
        photo_labels=words("photo_labels"),
        contact_labels=words("contact_labels"),
        link_suffixes=tuple(w.lower() for w in data.get("link_suffixes", [])),
        withheld=_patterns(data.get("withheld_patterns", [])),
        clause_breaks=_patterns(data.get("clause_breaks", [])),
        which_words=words("which_words"),
        when_words=words("when_words"),
        past=_patterns(data.get("past_patterns", [])),
        part_of=_patterns(data.get("part_of_patterns", [])),
        sources=_patterns(data.get("source_patterns", [])),
        relative_years=tuple((re.compile(k, re.IGNORECASE), int(v)) for k, v in data.get("relative_years", {}).items()),
        month_patterns=tuple(re.compile(p) for p in data.get("month_patterns", [])),
        bio_markers=words("bio_markers"),
        list_marker_heads=words("list_marker_heads"),
        back_matter_labels=words("back_matter_labels"),
        end_sections=words("end_sections"),
        end_lists=words("end_lists"),
        end_section_prefixes=words("end_section_prefixes"),
        contents_headings=words("contents_headings"),
        agenda_headings=words("agenda_headings"),
        expanders=words("expanders"),
        placeholder_titles=words("placeholder_titles"),
        language_names=words("language_names"),
        return_links=words("return_links"),
        source_labels=words("source_labels"),
        comment_headings=words("comment_headings"),
        post_nouns=words("post_nouns"),
        ordinals=words("ordinals"),
        time_nouns=words("time_nouns"),
        naming_words=words("naming_words"),
        naming_negations=words("naming_negations"),
        identity_words=words("identity_words"),
        publication_words=words("publication_words"),
        appeals=words("appeals"),
        audience_words=words("audience_words"),
        ad_tags=words("ad_tags"),
        question_particles=words("question_particles"),
        continuation_openers=words("continuation_openers"),
        not_names=words("not_names"),
        place_compound=re.compile(data["place_compound"]) if data.get("place_compound") else None,
        asked_noun=re.compile(data["asked_noun"], re.IGNORECASE) if data.get("asked_noun") else None,
        earlier_words=words("earlier_words"),
        later_words=words("later_words"),
        counted_adjective_endings=tuple(data.get("counted_adjective_endings", [])),
        place_nouns=words("place_nouns"),
        subject_endings=tuple(data.get("subject_endings", [])),
        count_links=words("count_links"),
        topic_labels=words("topic_labels"),
        named_nouns=words("named_nouns"),
        count_copulas=words("count_copulas"),
        count_nouns=words("count_nouns"),
        place_adjective=_patterns(data.get("place_adjective_patterns", [])),
        answer_types=_answer_types(data.get("answer_types", {})),
    )


def _answer_types(specs: dict[str, Any]) -> tuple[AnswerType, ...]:
    """The answer types of a language file; a type with `"like": "<other>"` reads its evidence, and its cues
    unless it has its own, from that type (the "counted" check is the count's, with one more condition; "later" the
    date's, asked of what is still to come), so they are kept once. `"like": [<a>, <b>]` reads the evidence of each:
    a fee is shown by a sum or a percentage."""
    out = []
    for name, spec in specs.items():
        like = spec.get("like", [])
        shared = [specs.get(other, {}) for other in ([like] if isinstance(like, str) else like)] or [spec]
        out.append(AnswerType(str(name), _patterns(spec.get("cues") or [c for s in shared for c in s.get("cues", [])]),
                              _patterns([e for s in shared for e in s.get("evidence", [])]), bool(spec.get("default", False)),
                              bool(spec.get("counted", False)), bool(spec.get("later", False)),
                              bool(spec.get("named", False)), str(spec.get("kind", ""))))
    return tuple(out)


@cache
def lang_data(code: str) -> LangData:
    """The data of language `code` (English for a language without a file)."""
    if code not in LANGUAGES:
        code = DEFAULT
    text = resources.files("assistant").joinpath("data", "lang", f"{code}.json").read_text(encoding="utf-8")
    return _from_json(json.loads(text))


def all_lang_data() -> tuple[LangData, ...]:
    return tuple(lang_data(code) for code in LANGUAGES)


@lru_cache(maxsize=1)
def all_function_words() -> frozenset[str]:
    """The function words of every language ("with", "the", "и", "в")."""
    return frozenset().union(*(ld.function_words for ld in all_lang_data()))


@lru_cache(maxsize=1)
def all_legal_forms() -> frozenset[str]:
    """A company's legal forms in every language ("plc", «тоо»): a name keeps its script in any."""
    return frozenset().union(*(ld.legal_forms for ld in all_lang_data()))


@lru_cache(maxsize=1)
def _open_ends() -> frozenset[str]:
    """The function words a line going on in the next may end on: not a question's verb ("list", «назовите»)."""
    return all_function_words() - frozenset().union(*(ld.free_ends for ld in all_lang_data()))


def is_contents_heading(text: str) -> bool:
    """"Contents", «Содержание» (`contents_headings`), as a line or a '#' heading, with a colon or without."""
    return " ".join(text.lstrip("#").lower().rstrip(" :").split()) in _contents_headings()


@lru_cache(maxsize=1)
def _contents_headings() -> frozenset[str]:
    return frozenset().union(*(ld.contents_headings for ld in all_lang_data()))


def is_agenda_heading(text: str) -> bool:
    """A slide's title that says it lists the talk's parts: "Agenda", «План доклада» (`agenda_headings`), or "Contents"."""
    key = " ".join(text.lower().rstrip(" :").split())
    return is_contents_heading(key) or any(key in ld.agenda_headings for ld in all_lang_data())


def ends_open(text: str) -> bool:
    """A line of six words or more ending on a comma or a function word ("...met on Friday with"):
    a hard-wrapped sentence going on in the next line, whatever that line starts with."""
    words = text.split()
    if len(words) < 6:
        return False
    return text.endswith(",") or (words[-1].islower() and words[-1] in _open_ends())


def script_language(text: str) -> str:
    """'ru' when Cyrillic letters outnumber Latin ones in `text`, else 'en'."""
    cyrillic = latin = 0
    for ch in text:
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    return "ru" if cyrillic > latin else "en"
