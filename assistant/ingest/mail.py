"""An e-mail saved as a file (`.eml`, or text that opens with mail headers): its body apart from the headers.

A newsletter forwarded or saved from a mail client keeps its headers ("From:", "Subject:", "Date:",
"Content-Type: …") above the letter; they are the message's envelope, not its text. Python's `email`
package reads them as a mail client does: headers folded over lines, encoded words in the subject, a
quoted-printable or base64 body in its declared charset, the text part of a multipart message (its HTML
part when there is no plain one). The header's date and sender are what the file states about itself.
"""

from __future__ import annotations

import email.policy
import email.utils
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesParser

__all__ = ["MailBody", "looks_like_mail", "read_mail", "read_web_archive"]

_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]?\S|^[ \t]+\S")  # "Subject: …", or a folded line
MAIL_HEADERS = 3  # headers at the very top, before the first blank line, that make a file a mail
_NEEDED = (b"from", b"date", b"subject")  # a mail's envelope names its sender, and its date or its subject


@dataclass(frozen=True)
class MailBody:
    """A mail's text (`kind`: "text" or "html", the part read) and what its headers state (date, publisher, title)."""

    text: str
    kind: str
    declared: dict[str, str]


def looks_like_mail(data: bytes) -> bool:
    """The file opens with a block of mail headers (three or more, among them "From:" and "Date:" or "Subject:")."""
    head = data.lstrip(b"\xef\xbb\xbf")[:8192].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n")
    if len(head) < MAIL_HEADERS or not all(_HEADER.match(line) for line in head):
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in head if not line[:1].isspace()}
    return b"from" in names and (b"date" in names or b"subject" in names) and len(names) >= MAIL_HEADERS


def read_mail(data: bytes) -> MailBody | None:
    """The body of the mail in `data` with its stated date (ISO), sender's name (the publisher of a newsletter) and
    subject (a title only where the letter shows no headline); None when no text part can be read."""
    message = BytesParser(policy=email.policy.default).parsebytes(data.lstrip(b"\xef\xbb\xbf"))
    if not isinstance(message, EmailMessage):
        return None
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return None
    try:
        text = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken transfer encoding
        return None
    if not isinstance(text, str):
        return None
    declared: dict[str, str] = {}
    try:
        when = email.utils.parsedate_to_datetime(str(message.get("date", "")))
    except (TypeError, ValueError, IndexError):
        when = None
    if when is not None:
        declared["date"] = when.date().isoformat()
    sender = email.utils.parseaddr(str(message.get("from", "")))[0].strip()
    if sender:
        declared["publisher"] = sender
    subject = " ".join(str(message.get("subject", "")).split())
    if subject:
        declared["title"] = subject
    return MailBody(text, "html" if part.get_content_type() == "text/html" else "text", declared)


def read_web_archive(data: bytes) -> MailBody | None:
    """The page of a web archive saved as one file (.mhtml, .mht: "Webpage, Single File"), a MIME message
    whose first HTML part is the page and the rest its styles, pictures and frames; its snapshot's address is
    the page's URL. The message's date is when the page was saved, not written, and its sender the browser
    ("<Saved by Blink>"): neither is the article's. None when there is no HTML part to read."""
    from .decoding import decode

    message = BytesParser(policy=email.policy.default).parsebytes(data.lstrip(b"\xef\xbb\xbf"))
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        return None
    try:
        payload = page.get_payload(decode=True)
    except (LookupError, ValueError):
        return None
    if not isinstance(payload, bytes) or not payload.strip():
        return None
    charset = page.get_content_charset()
    try:
        text = payload.decode(charset) if charset else decode(payload)
    except (LookupError, UnicodeDecodeError):
        text = decode(payload)  # a wrong or unknown declared charset: read it as any page whose code page is unknown
    declared: dict[str, str] = {}
    where = str(message.get("snapshot-content-location", "") or page.get("content-location", "")).strip()
    if where.startswith(("http://", "https://")):
        declared["url"] = where
    subject = " ".join(str(message.get("subject", "")).split())
    if subject:
        declared["title"] = subject
    return MailBody(text, "html", declared)
