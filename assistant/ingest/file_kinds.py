"""Which files of the corpus folder are documents, and how each is read (from its name)."""

from __future__ import annotations

from pathlib import Path

from .formats import FORMATS

__all__ = ["BINARY_HOLDERS", "PAGE_HOLDERS", "SUFFIXES", "UNSUPPORTED", "file_kind", "is_document_path"]

SUFFIXES = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xht": "html", ".eml": "mail", ".mhtml": "web archive", ".mht": "web archive", ".enex": "note export",
    ".webarchive": "safari archive", ".zip": "zipped page", ".vtt": "subtitles", ".srt": "subtitles", ".sbv": "subtitles",
    **FORMATS,
}
# a file that holds a web page (read as HTML) -> why it is skipped when it holds none
PAGE_HOLDERS = {"web archive": "a web archive without a web page in it (no HTML part)",
                "note export": "a note export without a note's content in it",
                "safari archive": "a Safari web archive without a web page in it",
                "zipped page": "a zip archive that is not one web page with its files (unpack it into the corpus folder)"}
BINARY_HOLDERS = frozenset({"safari archive", "zipped page"})  # binary files: not refused as binary text
# document formats that are not read: a file of one is named in a warning, never passed over in silence
UNSUPPORTED = {
    ".doc": "Word 97-2003 document", ".pages": "Pages document", ".ppt": "PowerPoint 97-2003 presentation",
    ".djvu": "DjVu document", ".mobi": "Kindle book", ".azw3": "Kindle book", ".key": "Keynote presentation",
}


def file_kind(path: Path) -> str | None:
    """How a file is read, from its suffix: a kind of `SUFFIXES`, "unsupported" for a format of
    `UNSUPPORTED`, None for anything else (images, scripts and styles of a saved page, a README)."""
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    return "unsupported" if suffix in UNSUPPORTED else None


def is_document_path(path: Path, root: Path) -> bool:
    """The scanner's filter: a file kind (`file_kind`), no hidden file or folder between `root` and
    it, and not inside the resources folder a browser saves beside a page (`_saved_page_resources`)."""
    try:
        parts = Path(path).relative_to(root).parts
    except ValueError:
        return False
    if file_kind(path) is None or any(part.startswith(".") for part in parts):
        return False
    return not _saved_page_resources(Path(root), parts[:-1])


def _saved_page_resources(root: Path, folders: tuple[str, ...]) -> bool:
    """Whether one of `folders` is "<page>_files" beside "<page>.html" or ".htm": what "Save page,
    complete" writes (the page's frames, ads and scripts, never its story)."""
    here = root
    for name in folders:
        if name.endswith("_files") and any((here / f"{name[:-6]}{suffix}").is_file() for suffix in (".html", ".htm")):
            return True
        here = here / name
    return False
