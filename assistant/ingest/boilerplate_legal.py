"""Lines of legal and official documents that look like chrome and are not, or look like prose and are not.

An act's list items open on "(a)", "(b)", "(c)": the third is no copyright sign. A law portal heads an act's page with
the act's number ("Document 32025D2463"), no headline: the act's own title follows. A thesis's cover names its author in
the Russian manner ("ВЕЛДОВА Анна Петровна") and its supervisor and opponents by their degrees («доктор политических
наук, профессор …»), and its leading organisation under the label, no sentence of the thesis. A debate's record puts its chair in brackets ("[… in the Chair]").
A form is signed on a blank ("__________ / Лорнов Д.Н.") under the signer's post and a label ("Approved by",
«Утверждаю»; `sign_labels`), alone or in a table's row. A meeting's record states its procedure in sentences of their own ("The meeting rose at 12.40 p.m.", «Слово
предоставляется …»; `procedure_lines` in data/lang), a call's operator in lines whose every sentence is procedure or
courtesy ("Thank you. Our next question comes from … Please go ahead."; `procedure_turns`, `procedure_notices`,
`courtesies`) under his label ("Operator"; `procedure_labels`, with the call's headings), and a list of members or
speakers leads its names to their places with spaced dots ("Lorna . . . . . . Ms. Veld").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import regex

from .clean_tables import _PIPE_SEPARATOR_RE
from .langdata import all_lang_data

__all__ = ["drop_notice_values", "drop_signing_blocks", "is_copyright", "is_document_code", "is_sign_label", "is_sign_line",
           "notice_reason", "without_full_name"]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SHORT_NOTICE = 8  # words of a "(c) Lorna Media" line at most, with no year or rights phrase


def _copyright_c(plain: str, n: int, rights: Sequence[str]) -> bool:
    """A line of `n` words opening on "(c)" is a copyright ("(c) 2025 Lorna News", "(c) Lorna Media") unless it is the
    third item of a list ("(c) to support the region's connectivity …;"): a lower-case word after it, or a longer
    line with no year and none of the `rights` phrases."""
    low = plain.lower()
    if not low.startswith("(c) ") or plain[4:5].islower():
        return False
    return n <= SHORT_NOTICE or bool(_YEAR.search(plain)) or any(p in low for p in rights)


def is_copyright(plain: str, n: int, rights: tuple[str, ...]) -> bool:
    """A line of `n` words that is a copyright notice: opening on "©" or "Copyright", on "(c)" as a notice does, short
    or opening on one of the `rights` phrases and holding one, or a footer's links and address before its © (no
    sentence before it)."""
    low = plain.lower()
    return (low.startswith(("©", "copyright ")) or _copyright_c(plain, n, rights)
            or ((n <= 30 or low.startswith(rights)) and any(p in low for p in rights))
            or bool(re.match(r"[^.!?…]{0,400}©", plain)))


_DOCUMENT_CODE = re.compile(r"(?:#+\s*)?(?:document|doc\.|документ|dossier)\s+(?:no\.?\s*|№\s*)?([\w/.-]+)", re.IGNORECASE)
_PRODUCT_CODE = re.compile(r"[A-Z]{1,4}\d{4,}")  # a brief's product number alone on its line: "IF12847"


def is_document_code(plain: str) -> bool:
    """A line that is only a document's number, after the word for a document ("Document 32025D2463", «Документ
    № 1245-VII»: the number has four digits or more) or alone as a series prints it ("IF12847")."""
    line = plain.strip()
    found = _DOCUMENT_CODE.fullmatch(line)
    return (bool(found) and sum(c.isdigit() for c in found.group(1)) >= 4) or bool(_PRODUCT_CODE.fullmatch(line))


_IN_THE_CHAIR = re.compile(r"\[[^\[\]]{3,80}\bin the chair\]", re.IGNORECASE)  # a debate's "[Sir Lorn Veld in the Chair]"
# a holder of a Russian academic degree named in a line that ends no sentence: «Лорнова Анна Петровна, доктор
# политических наук, доцент, …;» under «Официальные оппоненты:»
_DEGREE = re.compile(r"\b(?:доктор|кандидат)\w*\s+[а-яё]+(?:\s+и\s+[а-яё]+)?\s+наук\b", re.IGNORECASE)
PATRONYMIC_ENDINGS = "вич|вна|ична|оглы|кызы"  # «Петрович», «Петровна», «Ильинична», «Алиевич оглы»
_PATRONYMIC = re.compile(rf"\b[А-ЯЁ][а-яё]+(?:{PATRONYMIC_ENDINGS})\b")
DEGREE_WORDS = 40  # words of such a line at most
PROCEDURE_WORDS = 20  # words of a procedural sentence at most
NOTICE_WORDS = 40  # words of a call's notice at most ("… are forward-looking statements that involve risks …")
_LEADERS = re.compile(r"(?:\.\s){5,}")  # ". . . . ." between a name and its place: a members' list, a speakers' list


@lru_cache(maxsize=1)
def _procedures() -> tuple[str, ...]:
    return tuple(sorted({p for ld in all_lang_data() for p in ld.procedure_lines}, key=len, reverse=True))


_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[\"«“]?[^\W\d_])")  # "… 10.05 a.m. Today's call …": a new sentence


def _opens(sentence: str, openings: Sequence[str]) -> bool:
    """`sentence` opens on one of `openings` as whole words ("operator" opens no "operators")."""
    return any(sentence.startswith(o) and not sentence[len(o):len(o) + 1].isalnum() for o in openings)


@lru_cache(maxsize=1)
def _call_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A call's procedure labels, turns, notices and courtesies in every language, as `_procedures` has its lines."""
    langs = all_lang_data()
    return (frozenset().union(*(ld.procedure_labels for ld in langs)),
            tuple(p for ld in langs for p in ld.procedure_turns),
            tuple(p for ld in langs for p in ld.procedure_notices),
            tuple(p for ld in langs for p in ld.courtesies))


def _procedural(plain: str) -> bool:
    """A call's procedure: its label or heading alone ("Operator", "Question-and-Answer Session"), or a line whose every
    sentence is procedure (`procedure_turns`, or saying one of `procedure_notices`) or courtesy, one at least procedure."""
    labels, turns, notices, courtesies = _call_words()
    low = plain.lower().strip()
    if low.rstrip(":") in labels:
        return True
    said = False
    for sentence in _SENTENCES.split(low):
        n = len(sentence.split())
        if (n <= PROCEDURE_WORDS and _opens(sentence, turns)) \
                or (n <= NOTICE_WORDS and any(p in sentence for p in notices)):
            said = True
        elif not (n <= PROCEDURE_WORDS and _opens(sentence, courtesies)):
            return False
    return said


def notice_reason(plain: str, n: int, rights: tuple[str, ...]) -> str | None:
    """Why a line of `n` words is a notice, no prose: a copyright, a document's number alone, a full name alone in the
    Russian manner, a debate's chair in brackets, a degree holder's line (a full name with a patronymic and a degree,
    ending on no full stop)."""
    if is_copyright(plain, n, rights):
        return "copyright"
    if is_document_code(plain):
        return "document code"
    if FULL_NAME.fullmatch(plain):
        return "byline"
    if _FULL_NAME_TITLED.fullmatch(plain):
        return "authors"  # no byline: a title's line in capitals over it is no author's name beside it
    if (n <= PROGRAMME_WORDS and _TIME_SLOT.match(plain) and not plain.endswith(("?", "!"))) or _TALKS.fullmatch(plain):
        return "programme"
    if _IN_THE_CHAIR.fullmatch(plain.strip()) or (n <= PROCEDURE_WORDS and plain.lower().startswith(_procedures())) \
            or _procedural(plain):
        return "procedure"
    if _LEADERS.search(plain):
        return "contents"
    if n <= DEGREE_WORDS and not plain.rstrip().endswith((".", "!", "?")) and _DEGREE.search(plain) \
            and _PATRONYMIC.search(plain):
        return "affiliation"
    return None


COVER_LINES = 12  # lines of a cover read for its author's full name
# a surname in capitals, a given name and a patronymic, «…улы» written as one word too
FULL_NAME = re.compile(rf"[А-ЯЁ]{{2,}}(?:-[А-ЯЁ]{{2,}})?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:{PATRONYMIC_ENDINGS}|улы)")


# «Вельдова Анна Петровна» alone on its line: an author's name over an abstract, as a programme or a collection prints it
_FULL_NAME_TITLED = re.compile(rf"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:{PATRONYMIC_ENDINGS})")
PROGRAMME_WORDS = 30  # words of a programme's line at most
_TIME_SLOT = re.compile(r"\d{1,2}[:.]\d{2}\s?[–—-]\s?\d{1,2}[:.]\d{2}\s+\S")  # "09:00–10:00 Registration"
# talks in a programme: each the speaker, the town in brackets and the title
# ("Veld A. (Lorna). The port and the lake"), one or several (a PDF joins a section's talks in one paragraph)
_TALKS = regex.compile(r"(?:(?:\p{Lu}[\p{Ll}'’-]+\s){1,3}(?:\p{Lu}\.\s?){0,2}\(\p{Lu}[\p{Ll}-]+\)\.\s+\p{Lu}[^.!?()]*)+")


def without_full_name(lines: list[str]) -> list[str]:
    """A cover's lines without the author's full name in the Russian manner, the surname in capitals ("ВЕЛДОВА Анна
    Петровна" above a thesis's title): set in the title's type, it would open the title."""
    return [line for i, line in enumerate(lines) if i >= COVER_LINES or not FULL_NAME.fullmatch(line)]


LABEL_WORDS = 4  # a notice's label before its colon at most («Ведущая организация:», "Supervisor:")
VALUE_WORDS = 20  # the value under it at most


def drop_notice_values(plains: Sequence[str], reasons: list[str | None]) -> None:
    """The line under a notice that is a label ending on a colon («Ведущая организация:» over «Институт … (г. Казань)»),
    when it ends no sentence: the value the label gives goes with it; so does an author's affiliation under his full
    name («Вельдова Анна Петровна» over «канд. полит. наук, доцент, Лорнский университет, Лорна»)."""
    for i, plain in enumerate(plains):
        named = reasons[i] in ("byline", "authors") and bool(_FULL_NAME_TITLED.fullmatch(plain) or FULL_NAME.fullmatch(plain))
        if not named and (reasons[i] != "copyright" or not plain.endswith(":") or len(plain.split()) > LABEL_WORDS):
            continue
        below = next((j for j in range(i + 1, len(plains)) if plains[j]), None)
        if below is not None and reasons[below] is None and len(plains[below].split()) <= VALUE_WORDS \
                and not plains[below].rstrip().endswith((".", "!", "?", ":")):
            reasons[below] = "affiliation" if named else "copyright"


_BLANK = re.compile(r"_{4,}")  # a blank to sign on
_SIGNER_WORD = regex.compile(r"(?:\p{Lu}\.){1,3}|\p{Lu}[\p{Ll}'’-]+|\((?:подпись|signature)\)")  # "Е.", "Д.Н.", "Veld"
SIGNER_WORDS = 4  # words of the signer's name beside the blank at most ("Е. В. Кольцова")
SIGN_CELL_WORDS = 8  # words of another cell of a signing row at most ("Главный специалист ГРП")
POST_WORDS = 12  # words of the signer's post over the blank at most


def is_sign_line(plain: str) -> bool:
    """A blank to sign on with at most the signer's name beside it ("__________ / Лорнов Д.Н.", "________ A. Veld"),
    alone or in a table's row whose other cells are short and end no sentence ("| Разработал: | Главный специалист |
    ______ Х.А. Вельдов |"). A blank in a sentence ("… signed in ____ in Vettin.") is an exercise's, no signature."""
    if not _BLANK.search(plain):
        return False
    for cell in (c.strip() for c in plain.strip().strip("|").split("|")):
        words = _BLANK.sub(" ", cell).replace("/", " ").split()
        if _BLANK.search(cell):
            if len(words) > SIGNER_WORDS or not all(_SIGNER_WORD.fullmatch(w) for w in words):
                return False
        elif len(words) > SIGN_CELL_WORDS or (cell.endswith((".", "!", "?")) and not _SIGNER_WORD.fullmatch(words[-1])):
            return False
    return True


@lru_cache(maxsize=1)
def _sign_labels() -> frozenset[str]:
    return frozenset().union(*(ld.sign_labels for ld in all_lang_data()))


def is_sign_label(text: str) -> bool:
    """A form's label over a signature ("Approved by:", «УТВЕРЖДАЮ»; `sign_labels`), no headline."""
    return text.lower().strip().rstrip(" :") in _sign_labels()


def drop_signing_blocks(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """A form's signing block: the blank to sign on (`is_sign_line`), the signer's post over it (a short line ending no
    sentence) and the form's label over that ("Approved by", «Утверждаю»: `sign_labels`), or the label right over the
    blank. The blank is read in the line (a plain line has lost it as Markdown's emphasis)."""
    for i, plain in enumerate(plains):
        if not plain or not is_sign_line(lines[i].strip()):
            continue
        reasons[i] = reasons[i] or "signature"
        for k, j in enumerate([j for j in range(i - 1, -1, -1) if plains[j]][:2]):
            above = plains[j]
            if is_sign_label(above):
                reasons[j] = reasons[j] or "signature"
            elif k == 0 and reasons[j] is None and len(above.split()) <= POST_WORDS and "|" not in above \
                    and not above.rstrip().endswith((".", "!", "?", ";", ",")):
                reasons[j] = "signature"  # the signer's post
                continue
            break
    for i in range(1, len(lines) - 1):  # a table's rule between two signing rows ("---|---|---")
        if _PIPE_SEPARATOR_RE.match(lines[i].strip()) and reasons[i - 1] == reasons[i + 1] == "signature":
            reasons[i] = "signature"
