"""Document facets (date, publisher, language, countries) and the filters answered from them."""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import AssistantError
from .dates import HEAD_LINES, _iso, byline_date, trailing_date
from .inline_html import strip_inline_html
from .language import LANGUAGE_NAMES, detect_language
from .publisher import company_author, copyright_holder

__all__ = [
    "FACETS_VERSION",
    "Facets",
    "FilterError",
    "Filters",
    "NoMatchingArticleError",
    "byline_date",
    "countries_in",
    "country_name",
    "document_facets",
    "gazetteer",
    "html_meta",
]

FACETS_VERSION = "6"  # bump whenever the facets found for a document change (2: JSON-LD publisher; a byline, also a PDF's, beats a file's creation date; 3: the copyright line's publisher; 4: the byline only above the text, a report's month, a date under a post, a Word file's printed cover date and copyright line; 5: a report's cover month after its place, «Лорна, декабрь 2025», and no date of the text under it; 6: a file's author naming a company by its legal form is its publisher)
GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer.json"


class FilterError(AssistantError):
    """A filter value that cannot be understood (a malformed date, an unknown country)."""


class NoMatchingArticleError(AssistantError):
    """No indexed article passes the filters: nothing can be searched."""


@dataclass(frozen=True)
class Facets:
    date: str | None = None
    publisher: str | None = None
    language: str = ""
    countries: tuple[str, ...] = ()


# --------------------------------------------------------------------------- html meta tags

_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.created", "pubdate", "publishdate", "publish-date", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "citation_date",
)
_SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "citation_publisher")
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_JSON_LD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"')


def html_meta(raw: str) -> dict[str, str]:
    """Date and site name from an HTML page's meta tags (then JSON-LD, <time datetime>)."""
    tags: dict[str, str] = {}
    for tag in _META_TAG.findall(raw[:200_000]):
        attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        if key and attrs.get("content", "").strip():
            tags.setdefault(key, attrs["content"].strip())
    out: dict[str, str] = {}
    for key in _DATE_KEYS:
        found = _iso(tags.get(key))
        if found:
            out["date"] = found
            break
    if "date" not in out:
        for pattern in (_JSON_LD_DATE, _TIME_TAG):
            match = pattern.search(raw[:200_000])
            found = _iso(match.group(1)) if match else None
            if found:
                out["date"] = found
                break
    for key in _SITE_KEYS:
        if tags.get(key):
            out["publisher"] = " ".join(tags[key].split())
            break
    if "publisher" not in out:
        match = _JSON_LD_PUBLISHER.search(raw[:200_000])
        if match and match.group(1).strip():
            out["publisher"] = " ".join(match.group(1).split())
    return out


# --------------------------------------------------------------------------- countries


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Any]:
    """The gazetteer data file: {"countries": {code: {name, prefixes, exact}}, "min_mentions": n}."""
    return json.loads(GAZETTEER.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _country_patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    out = []
    for code, entry in gazetteer()["countries"].items():
        prefixes = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in entry.get("prefixes", []))
        exact = "|".join(re.escape(e) for e in entry.get("exact", []))
        loose = re.compile(rf"(?<!\w)(?:{prefixes})", re.IGNORECASE)
        strict = re.compile(rf"(?<![\w.])(?:{exact})(?![\w])") if exact else None
        out.append((code, loose, strict))
    return tuple(out)


def countries_in(text: str, title: str = "") -> tuple[str, ...]:
    """Codes of the countries an article is about, most named first.

    A country counts when named at least `min_mentions` times and at least `min_share` times as
    often as the most named one (a passing mention of a neighbour does not), or in the title.
    """
    need = int(gazetteer().get("min_mentions", 2))
    share = float(gazetteer().get("min_share", 0.0))
    counts: dict[str, int] = {}
    in_title: set[str] = set()
    for code, loose, strict in _country_patterns():
        counts[code] = len(loose.findall(text)) + (len(strict.findall(text)) if strict else 0)
        if loose.search(title) or (strict and strict.search(title)):
            in_title.add(code)
    top = max(counts.values(), default=0)
    chosen = [c for c, n in counts.items() if (n >= need and n >= share * top) or c in in_title]
    return tuple(sorted(chosen, key=lambda c: (-counts[c], c)))


def country_name(code: str) -> str:
    entry = gazetteer()["countries"].get(code)
    return str(entry["name"]) if entry else code


def country_code(value: str) -> str | None:
    """A country code from a code ("kz"), a name or any form the gazetteer knows."""
    value = " ".join(value.split())
    if not value:
        return None
    if value.upper() in gazetteer()["countries"]:
        return value.upper()
    for code, loose, strict in _country_patterns():
        if loose.match(value) or (strict and strict.fullmatch(value)):
            return code
        if country_name(code).lower() == value.lower():
            return code
    return None


# --------------------------------------------------------------------------- language


def language_code(value: str) -> str:
    value = value.strip().lower()
    names = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
    return names.get(value, value.split("-")[0].split("_")[0])


# --------------------------------------------------------------------------- one document


def document_facets(
    text: str,
    title: str,
    meta: dict[str, str],
    embedded: dict[str, str] | None = None,
    raw_html: str | None = None,
    raw_text: str | None = None,
) -> Facets:
    """Facets of one document: metadata.json first, then the file's own metadata, then its text.

    The date: metadata.json, a page's declared publication date (HTML meta tags, Markdown front
    matter), a byline date in the text, and last a PDF's or Word file's creation date.
    """
    embedded = dict(embedded or {})
    if raw_html:
        for key, value in html_meta(raw_html).items():
            embedded.setdefault(key, value)
    date = metadata_date(meta.get("date")) or metadata_date(embedded.get("date")) or byline_date(text)
    if not date and raw_text:
        date = byline_date(raw_text, 4 * HEAD_LINES) or trailing_date(raw_text)  # chrome lines come first in a raw page
    # a PDF's or Word file's creation date is when the file was made (python-docx stamps its template's
    # 2013 date on every file it writes): a date printed in the article's head is its publication
    date = date or _iso(embedded.get("created"))
    publisher = meta.get("publisher") or embedded.get("publisher") or copyright_holder(raw_text) \
        or copyright_holder(strip_inline_html(raw_html or "")) or company_author(embedded.get("author")) or None
    language = language_code(meta.get("language") or meta.get("lang") or embedded.get("language") or "")
    if not language:
        language = detect_language(text)
    return Facets(date=date, publisher=publisher, language=language, countries=countries_in(text, title))


# --------------------------------------------------------------------------- filters


def _bound(value: str | None, which: str) -> str | None:
    """"2024" / "2024-03" / "2024-03-05" -> the first (since) or last (until) day it covers."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    try:
        if not match:
            written = _iso(text) if re.search(r"\b\d{4}\b", text) else None  # "1 марта 2025", "01.03.2025"
            if written:
                return written
            raise ValueError
        year = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else None
        day = int(match.group(3)) if match.group(3) else None
        if month is None:
            return Date(year, 1, 1).isoformat() if which == "since" else Date(year, 12, 31).isoformat()
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return Date(year, month, 1 if which == "since" else last).isoformat()
        return Date(year, month, day).isoformat()
    except ValueError:
        raise FilterError(
            f"the {which} date {text!r} is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None


def _names(wanted: tuple[str, ...], doc: Any) -> bool:
    """Whether one of `wanted` names the document: its id, or its file as cited ("corpus/a b.txt",
    "a b.txt"), compared NFC and case-insensitively."""
    source = str(getattr(doc, "source", "") or "")
    names = {doc.doc_id, source, source.split("/", 1)[-1], source.rsplit("/", 1)[-1]}
    keys = {unicodedata.normalize("NFC", n).casefold() for n in names if n}
    return any(unicodedata.normalize("NFC", w).casefold() in keys for w in wanted)


def _publisher_named(wanted: str, publisher: str) -> bool:
    """Whether `wanted` names `publisher`: the whole name, or a run of its words, ignoring case,
    spaces and punctuation ("harbour" and "Northgate Review" name "Harbour Daily (after Northgate Review)")."""
    want = re.findall(r"\w+", wanted.casefold())
    words = re.findall(r"\w+", publisher.casefold())
    return bool(want) and any(words[i : i + len(want)] == want for i in range(len(words) - len(want) + 1))


def metadata_date(value: str | None) -> str | None:
    """A date written in metadata.json: a full date as "YYYY-MM-DD" ("2025-03-04", "4 March 2025"),
    a month or a year as "YYYY-MM" or "YYYY"; None when it is none of these ("Spring 2025")."""
    if not value or not str(value).strip():
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}(?:-\d{2})?", text):
        try:
            _bound(text, "since")
        except FilterError:
            return None
        return text
    return _iso(text)


def _last_day(date: str) -> str:
    """The last day a date covers: "2025" -> "2025-12-31", "2025-03" -> "2025-03-31", a day itself."""
    if len(date) >= 10:
        return date[:10]
    try:
        return _bound(date, "until") or date
    except FilterError:
        return date


@dataclass(frozen=True)
class Filters:
    """Which articles may answer: by date range, publisher, language, country and article id."""

    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    publishers: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO codes
    doc_ids: tuple[str, ...] = ()

    @classmethod
    def parse(
        cls,
        *,
        since: str | None = None,
        until: str | None = None,
        publishers: Any = (),
        languages: Any = (),
        countries: Any = (),
        doc_ids: Any = (),
    ) -> Filters:
        """Filters from user input (CLI flags, chat controls, API parameters); FilterError if malformed."""

        def many(value: Any) -> tuple[str, ...]:
            if value is None:
                return ()
            if isinstance(value, str):
                value = [value]
            return tuple(dict.fromkeys(" ".join(str(v).split()) for v in value if str(v).strip()))

        lo, hi = _bound(since, "since"), _bound(until, "until")
        if lo and hi and lo > hi:
            raise FilterError(f"the since date {lo} is after the until date {hi}: nothing can match")
        codes: list[str] = []
        for value in many(countries):
            code = country_code(value)
            if code is None:
                known = ", ".join(sorted(gazetteer()["countries"]))
                raise FilterError(f"unknown country {value!r}: use a name or one of the codes {known}")
            codes.append(code)
        raw_languages = many(languages)
        languages = tuple(language_code(v) for v in raw_languages)
        for value, code in zip(raw_languages, languages):
            if code not in LANGUAGE_NAMES:  # "xx" would match no article and say only that
                known = ", ".join(f"{c} ({name})" for c, name in LANGUAGE_NAMES.items())
                raise FilterError(f"unknown language {value!r}: use one of the codes {known}")
        return cls(
            since=lo,
            until=hi,
            publishers=many(publishers),
            languages=languages,
            countries=tuple(dict.fromkeys(codes)),
            doc_ids=many(doc_ids),
        )

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.publishers or self.languages or self.countries or self.doc_ids)

    def matches(self, doc: Any) -> bool:
        """Whether a Document passes every filter (an undated one fails any date bound)."""
        if self.doc_ids and not _names(self.doc_ids, doc):
            return False
        if (self.since or self.until) and not doc.date:
            return False
        if self.since and _last_day(doc.date) < self.since:
            return False
        if self.until and doc.date[:10] > self.until:
            return False
        if self.publishers and not any(_publisher_named(p, doc.publisher or "") for p in self.publishers):
            return False
        if self.languages and (getattr(doc, "language", "") or "") not in self.languages:
            return False
        if self.countries and not set(self.countries) & set(getattr(doc, "countries", ()) or ()):
            return False
        return True

    def describe(self) -> str:
        """The filters in words: "published 2024-01-01 to 2024-12-31, in Russian, about KZ"."""
        parts: list[str] = []
        if self.since and self.until:
            parts.append(f"published {self.since} to {self.until}")
        elif self.since:
            parts.append(f"published since {self.since}")
        elif self.until:
            parts.append(f"published until {self.until}")
        if self.publishers:
            parts.append("from " + " or ".join(self.publishers))
        if self.languages:
            parts.append("in " + " or ".join(LANGUAGE_NAMES.get(c, c) for c in self.languages))
        if self.countries:
            parts.append("about " + " or ".join(country_name(c) for c in self.countries))
        if self.doc_ids:
            parts.append("among the chosen articles")
        return ", ".join(parts)

    def unknown_names(self, documents: Any) -> list[str]:
        """A notice for each article or publisher of the filters that names no indexed document (a
        typo, a deleted file): beside others that do name one, it would be dropped without a word."""
        docs = list(documents)
        missing = [f"No indexed article is “{w}”" for w in self.doc_ids if not any(_names((w,), d) for d in docs)]
        missing += [f"No indexed article is from “{w}”" for w in self.publishers
                    if not any(d.publisher and _publisher_named(w, d.publisher) for d in docs)]
        return [f"{m}: it was left out of the filters." for m in missing]

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v}
