"""Files that hold one web page with its resources: Safari's web archive and a zipped page.

- Safari saves a page as a Web Archive (`.webarchive`): a binary property list whose `WebMainResource` holds
  the page's bytes, their MIME type, text encoding and address, and whose `WebSubresources` hold its pictures,
  styles and scripts. The main resource is the page, read as any saved HTML page.
- A page comes zipped with its pictures: a word processor's "web page (HTML, zipped)" download, or a saved page
  and its files folder packed to send. Such an archive is read as its one HTML page. An archive of several
  pages or of other documents is no page: the maintainer unpacks it into the corpus folder, and the skip says so.

Both give a `MailBody` ("html" and what the file states: its address), as a `.mhtml` web archive does
(`mail.read_web_archive`), and the cleaner removes the page's chrome as it does a saved page's.
"""

from __future__ import annotations

import io
import plistlib
import zipfile
from pathlib import PurePosixPath

from .decoding import decode
from .file_kinds import SUFFIXES, file_kind
from .mail import MailBody

__all__ = ["MAX_PAGE_BYTES", "read_held_page", "read_safari_archive", "read_zipped_page"]

MAX_PAGE_BYTES = 20 * 1024 * 1024  # a page of an archive larger than this, unpacked, is not read (a zip bomb)


def _text(payload: bytes, charset: str | None) -> str:
    """A page's bytes as text in the encoding its archive names; any page's decoding where none or a wrong one is."""
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload)


def _with_address(text: str, url: object) -> MailBody:
    where = str(url or "").strip()
    return MailBody(text, "html", {"url": where} if where.startswith(("http://", "https://")) else {})


def read_safari_archive(data: bytes) -> MailBody | None:
    """The page of a Safari web archive; None when the file is no property list or its main resource no page."""
    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, IndexError, OverflowError):
        return None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict):
        return None
    payload, mime = main.get("WebResourceData"), str(main.get("WebResourceMIMEType") or "text/html").lower()
    if not isinstance(payload, bytes) or not payload.strip() or not ("html" in mime or mime.startswith("text/")):
        return None
    return _with_address(_text(payload, main.get("WebResourceTextEncodingName")), main.get("WebResourceURL"))


def _documents(names: list[str]) -> list[str]:
    """The archive's members that are documents of a kind the corpus knows (`file_kinds.file_kind`): no folder entry,
    no hidden or macOS resource-fork file."""
    return [name for name in names if not name.endswith("/") and file_kind(PurePosixPath(name)) is not None
            and not any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(name).parts)]


def read_zipped_page(data: bytes) -> MailBody | None:
    """The one HTML page of a zip archive (beside its pictures and styles); None when the archive is unreadable,
    holds no page, more than one document, or a page too large to unpack."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            documents = _documents(archive.namelist())
            if len(documents) != 1 or SUFFIXES.get(PurePosixPath(documents[0]).suffix.lower()) != "html":
                return None
            info = archive.getinfo(documents[0])
            if info.file_size > MAX_PAGE_BYTES:
                return None
            payload = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, NotImplementedError, EOFError):
        return None  # not a zip, a damaged one, an encrypted member, a compression this Python does not read
    return MailBody(_text(payload, None), "html", {}) if payload.strip() else None


def read_held_page(kind: str, data: bytes) -> MailBody | None:
    """The page a file of a `file_kinds.PAGE_HOLDERS` kind holds (None when it holds none); None for any other kind."""
    from .mail import read_web_archive
    from .note_export import read_note_export

    readers = {"web archive": read_web_archive, "note export": read_note_export,
               "safari archive": read_safari_archive, "zipped page": read_zipped_page}
    return readers[kind](data) if kind in readers else None
