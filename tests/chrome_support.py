"""Chrome lines of a manifest (eval/unseen*/chrome*.json) left in passages, and prose lines lost by cleaning."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path


def norm(text: str) -> str:
    """A line as compared: the visible text (markdown removed), spaces collapsed, lower case."""
    from assistant.ingest.boilerplate import _plain

    return " ".join(_plain(text).split()).lower()


def _chrome_blocks(blocks: Iterable[str], keys: set[str]) -> set[str]:
    """The chrome lines that a passage's line is made of and nothing else: a page's short items its reader joined into
    one line ("Lorna Weekly" + "318K subscribers" + "Subscribe"), each too short to be found inside the text alone."""
    found: set[str] = set()
    ordered = sorted((k for k in keys if k), key=len, reverse=True)
    for block in blocks:
        rest, used = block, set()
        for key in ordered:
            if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", rest):
                rest, used = re.sub(rf"(?<!\w){re.escape(key)}(?!\w)", " ", rest), used | {key}
        if used and not re.search(r"\w", rest):
            found |= used
    return found


_CLOCK = re.compile(r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(?=\S+(?:\s+\S+){0,3}:\s)")  # "00:01:59 " before "Name:"


def chrome_left(
    manifest: Mapping[str, Sequence[str]],
    passages: Mapping[str, Sequence[str]],
    labels: Mapping[str, Iterable[str]] | None = None,
    said: Mapping[str, str] | None = None,
) -> tuple[int, list[str]]:
    """(chrome lines checked, "file: line" of those found in a passage of their file).

    A line is found when it is a whole line of a passage, when four words or more of it run on inside
    the passages, or when it is one of the file's `labels` (its title and the section labels shown
    with its passages). With `said` (the text of each file's lines outside chrome), a line that its prose
    also says ("The Centre for X" as a masthead and "The Centre for X held ..." in a paragraph) is found only
    as a whole line or a label."""
    labels, said = labels or {}, said or {}
    found: list[str] = []
    checked = 0
    for name, chrome in manifest.items():
        texts = passages[name]
        blocks = {norm(block) for p in texts for block in re.split(r"\n+", p)}
        flat = norm(" ".join(texts))
        shown = {norm(label) for label in labels.get(name, ()) if label}
        joined = _chrome_blocks(blocks, {norm(line) for line in chrome})
        for line in chrome:
            checked += 1
            key = norm(_CLOCK.sub("", line))  # a transcript's turn is read without the clock time the cleaning drops
            image = line.lstrip().startswith("![")  # an image shows its alt text as a line of its own, or nothing:
            # "The Tian Shan Brief" said in a sentence is not the masthead's image left in
            inside = len(key.split()) >= 4 and key in flat and not image and key not in norm(said.get(name, ""))
            if key and (key in blocks or key in shown or inside or key in joined):
                found.append(f"{name}: {line}")
    return checked, found


_FOOTNOTE_MARK = re.compile(r"(?<=[^\d\s][.,;:!?»”\")])\d{1,2}(?=\s|$)")  # a note's number glued to the sentence it marks
# Word's web page writes a footnote reference as "[1]" after its word, Google Docs' export a comment's anchor as "[a]"
# after its word or the sentence's punctuation
_SPEAKER_MARK = re.compile(r"^\[([^\[\]]+)\]")  # ">> [Dr. Veld] Thank you" (the chevrons gone as a quote's)
_SOUND_MARK = re.compile(r"\[[^\W\d_]+(?: [^\W\d_]+)?\]")  # "[inaudible]", "[crosstalk]"
_BRACKET_MARK = re.compile(r"(?<=\w)\[\d{1,2}\]|(?<=[\w.,;:!?»”\")])\[[a-z]\]")
# an e-book's note reference, <sup><a href="notes.xhtml#n1">1</a></sup>, read as a digit glued to its word before the
# punctuation: "… 4,6 процента1. Изъятия …"
_GLUED_MARK = re.compile(r"(?<=[^\W\d_])\d{1,2}(?=[.,;:!?»”\")]*(?:\s|$))")


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def prose_lost(
    folder: Path,
    documents: Mapping[str, object],
    manifest: Mapping[str, Sequence[str]],
    read: Callable[[Path], list[str]] | None = None,
) -> tuple[int, list[str]]:
    """(source lines checked, "file: line" of those not in the cleaned text): every line of each file that
    is not listed as chrome, not a table row and holds a letter must be found in its cleaned text, as a substring
    of it with spaces collapsed (so the wrapped lines of a PDF's paragraph are found one by one). A Word file's
    source lines (its paragraphs and table cells, its tracked changes accepted), an OpenDocument text's (.odt: its
    paragraphs, headings, list items, table cells, footnotes, header and footer), a PDF's extracted lines, a
    subtitle file's cue lines (.vtt, .srt), a mail's (.eml) lines as its client shows them, a page saved as one
    file's (.mhtml), a Word web page's (.htm), an HTML page's in a legacy code page (not UTF-8; decoded by the
    charset it declares) and a plain text's in a legacy code page (a KOI8-R digest) lines, a Rich Text file's (.rtf) paragraphs and cells, an EPUB's (.epub) spine documents' lines,
    a PowerPoint deck's (.pptx) slide and notes paragraphs, a FictionBook's (.fb2) paragraphs, an Evernote export's
    (.enex) note content's lines, a Safari Web Archive's (.webarchive) page's lines and a zipped web page's (.zip) HTML
    member's lines are read with `read`, as a reader sees them, not as source_text gives the file's text."""
    from assistant.ingest.cleaning import source_text
    from assistant.ingest.corpus import SUFFIXES, decode

    lost = []
    checked = 0
    for name, doc in documents.items():
        path = folder / name
        chrome = {norm(c) for c in manifest.get(name, [])}
        chrome_words = {w for c in chrome for w in c.split()}
        text = norm(doc.text.replace("\n", " "))  # type: ignore[attr-defined]
        if read is not None and (path.suffix.lower() in (".docx", ".odt", ".pdf", ".vtt", ".srt", ".eml", ".mhtml", ".rtf", ".htm",
                                                                 ".epub", ".pptx", ".fb2", ".enex", ".webarchive", ".zip")
                                 or (path.suffix.lower() in (".html", ".txt") and not _is_utf8(path.read_bytes()))):
            source = read(path)
        else:
            source = source_text(decode(path.read_bytes()), SUFFIXES[path.suffix.lower()]).split("\n")
        for line in source:
            key = norm(line)
            if not key or key in chrome or not any(ch.isalpha() for ch in key):
                continue
            if {w for w in key.split() if any(ch.isalnum() for ch in w)} <= chrome_words:
                continue  # chrome items the html flattener put on one line ("Share Tweet Follow", "r/x • 2 days ago")
            if line.strip().startswith("|") or set(line.strip()) <= set("|-: "):
                continue  # table rows are rebuilt as "Header: cell" lines
            checked += 1
            if key.endswith("-") and key[-2:-1].isalpha():
                key = key[:-1]  # a word hyphenated at the line's end is joined: "state-" / "ments" -> "statements"
            # "… left open.3", "… года[1].", "… вопросов[a], …": a note's marker or a comment's anchor goes
            unmarked = (_FOOTNOTE_MARK.sub("", key), _BRACKET_MARK.sub("", key))
            if path.suffix.lower() in (".vtt", ".srt"):  # a speaker's name in brackets opening a cue's line is written
                # "Name: …", as a transcript's turn; a sound label inside a line ("… months. [inaudible] the …") goes
                unmarked += (_SPEAKER_MARK.sub(r"\1:", key), " ".join(_SOUND_MARK.sub(" ", key).split()))
            if path.suffix.lower() == ".epub":
                unmarked += (_GLUED_MARK.sub("", key),)  # "… are registered3 and …", "… процента1.": an e-book's noteref after a word
            if key not in text and all(k not in text for k in unmarked):
                lost.append(f"{name}: {line[:100]}")
    return checked, lost


# two paragraphs of prose, written for the tests of chrome by form (tests/test_boilerplate_*.py)
PROSE = (
    "The ferry operators of the northern shore agreed in March to share their berths with the new line, "
    "the port authority said after the meeting."
)
MORE = "Freight on the line grew by a fifth in the first half of the year, and two more ferries are due in June."
# and two in Russian
RUSSIAN = (
    "Паромщики северного берега договорились в марте делить причалы с новой линией, сообщили в управлении "
    "порта после встречи, и эта договорённость действует до конца навигации."
)
RUSSIAN_MORE = (
    "Грузооборот линии за первое полугодие вырос на пятую часть, ещё два парома придут в июне, а третий "
    "обещают к осени, если верфь в Лорне успеет закончить ремонт."
)


def reasons_of(lines: list[str], fmt: str = "text") -> dict[str, str | None]:
    """Each line's reason from `boilerplate.strip`, keyed by the line with its spaces collapsed."""
    from assistant.ingest.boilerplate import strip
    from assistant.ingest.cleaning import source_text

    return {" ".join(v.line.split()): v.reason for v in strip(source_text("\n".join(lines), fmt).split("\n")) if v.line.strip()}
