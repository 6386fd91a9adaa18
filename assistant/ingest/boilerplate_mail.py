"""Cleaning 36, by form: the parts of an e-mail around its letter, as a mailing list's archive or a mail client's
print keeps them (the letter's own text stays).

- **A rule with a label**: dashes, "=" or "_" around a few words ("---------- Forwarded message ---------",
  "-------------- next part --------------"): a mail client's or an archive's marker, never the letter's.
- **Headers**: two lines or more "Label: value" in a row (blank lines between them at most) whose labels are a mail's
  headers ("From:", "Date:", "Subject:", "To:"; `mail_headers` in data/lang): a forwarded letter's envelope (a table's
  row rebuilt as "Date: …; Stage: …" is data).
- **The forwarder's note**: above a rule whose next line is a header, what is kept from the top of the page down to the
  rule when it is short (NOTE_WORDS words in all at most): the forwarder's word on the letter, not the letter.
- **A subject line**: a line opening on "Re:", "Fwd:" or "Fw:" that ends no sentence.
- **A quoted reply**: "> …" lines right under a line of chrome ending on a colon (the attribution "On Fri Dec 12 2025,
  Helen Marsh wrote:"): the message answered.
- **A signature**: the lines under the delimiter "--" (the standard "-- "), down to the next blank line.
- **A salutation**: a paragraph of one line of up to SALUTATION_WORDS words opening on a greeting ("Dear Helen, dear
  all,", «Уважаемые коллеги,»; `salutations` in data/lang) and ending on a comma (a speech's «Уважаемые коллеги!» is
  the speech's).
- **Addressees**: a header's label alone on its line ("To:", «Кому:») over the short lines that end no sentence under
  it, up to ADDRESSEE_LINES, before the salutation or the first sentence (an open letter's "To:" over the presidents it
  writes to and "Copied to: …").
- **A signer**: a letter's closing alone on its line ("Yours sincerely,", «С уважением,»; `closings` in data/lang)
  and up to SIGNER_LINES short lines under it that end no sentence (the signer's name, post and organisation; the name
  may be set as a heading, as a Word letter's bold name is read).
- **A sender**: a line of up to SENDER_WORDS words that ends no sentence and holds an e-mail address, written out or
  hidden as archives hide it ("Rustam Kholmatov r.kholmatov at oasis-regional.uz", "Daniyar Seitkazin
  <d.seitkazin@gmail.com> Wed, Dec 10, 2025 at 3:58 PM").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from .boilerplate_lines import _LEAD, _SENTENCE_END, _is_name_line
from .clean_lines import _ROW_RE
from .langdata import all_lang_data

__all__ = ["MAIL_REASONS", "REPLY_WORDS", "drop_mail_parts", "is_mail_header"]

NOTE_WORDS = 40  # words of a forwarder's note at most
SALUTATION_WORDS = 8  # words of a salutation at most
SENDER_WORDS = 14  # words of a sender's line at most
SIGNATURE_LINES = 6  # lines under a signature's delimiter at most
ADDRESSEE_LINES = 8  # lines of addressees under their label at most
ADDRESSEE_WORDS = 12  # words of an addressee's line at most
SIGNER_LINES = 3  # lines of a signer under a letter's closing at most
SIGNER_WORDS = 8  # words of a signer's line at most
MAIL_REASONS = frozenset({"mail rule", "mail headers", "forward note", "quoted reply", "signature", "salutation", "sender",
                          "addressees", "sign-off"})
_LABELLED_RULE = regex.compile(r"^[-=_~*]{3,}\s*[^-=_~*\s][^\n]{0,60}?\s*[-=_~*]{3,}$")
_HEADER = regex.compile(r"^([\p{L}-]{2,12}):\s+\S")
REPLY_WORDS = r"(?:re|fwd?|aw)"  # what opens a reply's or a forward's subject, before its colon ("Re:", "Fwd:")
_MEMO_SUBJECT = regex.compile(r"^re:\s+\S.{10,}$", regex.IGNORECASE)  # a memo's "Re: …", a dozen characters at least
_SUBJECT = regex.compile(rf"^{REPLY_WORDS}(?:\[\d+\])?:\s", regex.IGNORECASE)
_ADDRESS = regex.compile(r"[\w.+-]+(?:@|\s+at\s+)[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}\b")
_HIDDEN = regex.compile(r"^[\w+-]+(?:\.[\w+-]+)+$|^[\w+-]*[\d_][\w+-]*$")  # a local part an address hides: "r.kholmatov"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    langs = all_lang_data()
    return (frozenset().union(*(ld.mail_headers for ld in langs)),
            tuple(sorted({s for ld in langs for s in ld.salutations}, key=len, reverse=True)),
            frozenset().union(*(ld.closings for ld in langs)))


def is_mail_header(plain: str) -> bool:
    """'From: CICA Watch <letter@…>', «Тема: …»: a line opening on a mail's header label."""
    match = _HEADER.match(plain)
    return bool(match) and match.group(1).lower() in _words()[0]


def _has_address(plain: str) -> bool:
    for match in _ADDRESS.finditer(plain):
        local = regex.split(r"@|\s+at\s+", match.group(0))[0]
        if "@" in match.group(0) or _HIDDEN.match(local):
            return True
    return False


def _greets(plain: str) -> bool:
    low = plain.lower()
    return any(low.startswith(s) and not low[len(s):len(s) + 1].isalnum() for s in _words()[1])


def _alone(plains: Sequence[str], i: int) -> bool:
    return (i == 0 or not plains[i - 1]) and (i + 1 == len(plains) or not plains[i + 1])


def drop_mail_parts(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None]) -> None:
    """Mark the parts of a mail around its letter (see the module); lines already chrome keep their reason."""
    shown = [i for i, plain in enumerate(plains) if plain]
    headers = {i for i in shown if is_mail_header(plains[i])}
    for k, i in enumerate(shown):
        plain, n = plains[i], len(plains[i].split())
        if reasons[i] is not None:
            continue
        if _LABELLED_RULE.match(plain) and regex.search(r"\p{L}", plain):
            reasons[i] = "mail rule"
        elif (i in headers and not _ROW_RE.match(plain) and any(j in headers for j in shown[max(0, k - 1):k + 2] if j != i)) \
                or (_SUBJECT.match(plain) and not _SENTENCE_END.search(plain)):  # headers in a row; "Fwd: <subject>"
            reasons[i] = "mail headers"
        elif n <= SALUTATION_WORDS and plain.endswith(",") and _greets(plain) and _alone(plains, i):
            reasons[i] = "salutation"
        elif n <= SENDER_WORDS and not _SENTENCE_END.search(plain) and _has_address(plain):
            reasons[i] = "sender"
    for i, line in enumerate(lines):
        if line.strip() == "--":  # the signature's delimiter, and the signature under it
            reasons[i] = "signature"
            for j in range(i + 1, min(i + 1 + SIGNATURE_LINES, len(lines))):
                if not plains[j]:
                    break
                reasons[j] = reasons[j] or "signature"
        elif line.lstrip().startswith(">") and i and reasons[i - 1] is not None and (
                plains[i - 1].endswith(":") or reasons[i - 1] == "quoted reply") and lines[i - 1].strip():
            reasons[i] = reasons[i] or "quoted reply"  # under its attribution ("On …, Helen Marsh wrote:")
    _drop_forward_note(plains, reasons, shown)
    _drop_addressees_and_signers(lines, plains, reasons, shown)
    for k, i in enumerate(shown[1:], 1):  # a memo's subject under its To/From/Date lines ("Re: the sale of …"): its
        if _MEMO_SUBJECT.match(plains[i]) and reasons[shown[k - 1]] in ("mail headers", "dateline"):  # headline, kept
            reasons[i] = None if reasons[i] in ("widget", "mail headers") else reasons[i]


def _is_short(plain: str, words: int) -> bool:
    return len(plain.split()) <= words and not _SENTENCE_END.search(plain)


def _drop_addressees_and_signers(lines: Sequence[str], plains: Sequence[str], reasons: list[str | None],
                                 shown: Sequence[int]) -> None:
    """"To:" alone over the letter's addressees, and a closing alone over its signer (see the module); a heading or a
    list's item ends them (the signatories' list under its heading is no signer)."""
    headers, _, closings = _words()
    for k, i in enumerate(shown):
        plain = plains[i]
        if reasons[i] not in (None, "widget"):
            continue
        label = plain.endswith(":") and plain[:-1].strip().lower() in headers
        closing = plain.rstrip(" ,.!").lower() in closings and (
            plain.endswith(",") or k + 1 == len(shown) or plains[shown[k + 1]][:1].isupper())  # "Regards," over "Anna"
        if not (label or closing):
            continue
        under = []
        for j in shown[k + 1 : k + 1 + (ADDRESSEE_LINES if label else SIGNER_LINES)]:
            named = closing and not under and lines[j].lstrip().startswith("#") and _is_name_line(plains[j])
            if reasons[j] is not None or _greets(plains[j]) or (_LEAD.match(lines[j].lstrip()) and not named) \
                    or not _is_short(plains[j], ADDRESSEE_WORDS if label else SIGNER_WORDS):  # a signer's name in bold
                break
            under.append(j)
        if under:
            for j in (i, *under):
                reasons[j] = "addressees" if label else "sign-off"


def _drop_forward_note(plains: Sequence[str], reasons: list[str | None], shown: Sequence[int]) -> None:
    """What is kept above the first rule opening a forwarded letter (headers under it), when it is short."""
    rule = next((k for k, i in enumerate(shown) if _LABELLED_RULE.match(plains[i]) and k + 1 < len(shown)
                 and is_mail_header(plains[shown[k + 1]])), None)
    if rule is None:
        return
    above = [i for i in shown[:rule] if reasons[i] is None]
    if above and sum(len(plains[i].split()) for i in above) <= NOTE_WORDS:
        for i in above:
            reasons[i] = "forward note"
