"""The chat page's HTML: answers as escaped cards, the source viewer, the corpus panel, the status chip."""

import dataclasses
import html
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from ...records import Answer, Document, Passage

__all__ = [
    "ABSTAIN_MESSAGE",
    "LOADING_MESSAGE",
    "SORTS",
    "SOURCE_PLACEHOLDER",
    "SourceRef",
    "as_sentence",
    "conversation_file",
    "corpus_panel",
    "escape_text",
    "facet_choices",
    "filters_from_controls",
    "history_of",
    "parse_source_ref",
    "passages_wanted",
    "render_answer",
    "render_document",
    "render_error",
    "source_ref_key",
    "source_view",
    "status_line",
]

ABSTAIN_MESSAGE = "The articles do not seem to answer this."
LOADING_MESSAGE = "Loading the index…"


def _examples() -> tuple[str, ...]:
    """Example questions of the chat (package data: they name the seed corpus's places)."""
    import json
    from importlib import resources

    text = resources.files("assistant").joinpath("data", "examples.json").read_text(encoding="utf-8")
    return tuple(json.loads(text)["questions"])


EXAMPLES = _examples()

# Beyond html.escape: `$`, braces and backticks are inert in HTML but meaningful to the
# LaTeX, template and Markdown layers a page may put on top, so they become entities too.
_EXTRA_ENTITIES = str.maketrans({"$": "&#36;", "{": "&#123;", "}": "&#125;", "`": "&#96;"})


def escape_text(text: str | None) -> str:
    """Document or user text as inert HTML text (never markup, never a template)."""
    return html.escape(text or "", quote=True).translate(_EXTRA_ENTITIES)


# --------------------------------------------------------------------------- answers


def _marked(p: Passage) -> str:
    """The passage text with its answering sentence wrapped in <mark>."""
    h = p.highlight
    if h and p.start <= h.start < h.end <= p.end:
        a, b = h.start - p.start, h.end - p.start
        return (
            escape_text(p.text[:a])
            + f"<mark>{escape_text(p.text[a:b])}</mark>"
            + escape_text(p.text[b:])
        )
    return escape_text(p.text)


def _source_href(p: Passage) -> str:
    hl = p.highlight if p.highlight and p.start <= p.highlight.start < p.highlight.end <= p.end else None
    ref = SourceRef(p.doc_id, p.start, p.end, hl.start if hl else None, hl.end if hl else None)
    return "#source=" + source_ref_key(ref)


def _language_chip(p: Passage) -> str:
    """The passage's language as a short chip ("RU", with "Russian" on hover); "" when unknown."""
    from ...ingest.language import LANGUAGE_NAMES

    if not p.language:
        return ""
    name = LANGUAGE_NAMES.get(p.language, p.language)
    return f'<span class="ca-lang" title="{escape_text(name)}">{escape_text(p.language.upper())}</span>'


def _citation(p: Passage) -> str:
    parts = [f'<span class="ca-cite-title">{escape_text(p.title)}</span>']
    if p.language:
        parts.append(_language_chip(p))
    parts += [escape_text(x) for x in (p.publisher, p.date) if x]
    if p.section and p.section != p.title:
        parts.append(f"§ {escape_text(p.section)}")
    if p.page_label:
        parts.append(f'<span class="ca-page">{escape_text(p.page_label)}</span>')
    parts.append(f"{escape_text(p.source)}, characters {p.start:,}–{p.end:,}")
    link = f'<a class="ca-src" href="{escape_text(_source_href(p))}">view in article</a>'
    return " · ".join(parts) + f" · {link}"


def _card(p: Passage, *, expanded: bool) -> str:
    score = f'<span class="ca-score" title="retrieval score">{p.score:.2f}</span>'
    cite = f'<div class="ca-cite"><span class="ca-rank">[{p.rank}]</span> {_citation(p)} {score}</div>'
    lang = f' lang="{escape_text(p.language)}"' if p.language else ""
    body = f'<div class="ca-text"{lang}>{_marked(p)}</div>'
    if not expanded:
        h = p.highlight
        teaser = f"<mark>{escape_text(h.text)}</mark>" if h and h.text.strip() else escape_text(p.text[:220]) + "…"
        body = f'<details class="ca-more"><summary>{teaser}</summary>{body}</details>'
    return f'<div class="ca-card">{body}{cite}</div>'


def _summary_line(answer: Answer) -> str:
    best = answer.passages[0]
    extra = ", ".join(escape_text(x) for x in (best.publisher, best.date) if x)
    section = f", section “{escape_text(best.section)}”" if best.section and best.section != best.title else ""
    n = len(answer.passages) - 1
    more = f" {n} more passage{'s' if n > 1 else ''} below." if n else ""
    return (
        f'<p class="ca-summary">Best source: <b>{escape_text(best.title)}</b>'
        f"{f' ({extra})' if extra else ''}{section}.{more}</p>"
    )


def render_answer(answer: Answer) -> str:
    """HTML for one reply: a summary line naming the best source, then the passages as cards.

    When the assistant abstains, the reply says so plainly and folds the nearest passages away.
    Every piece of document or question text is escaped.
    """
    out: list[str] = ['<div class="ca-answer">']
    out += [f'<p class="ca-notice">{escape_text(n)}</p>' for n in answer.notices]
    if answer.searched_as:
        out.append(f'<p class="ca-notice">Searched as: “{escape_text(answer.searched_as)}”</p>')
    if not answer.passages and answer.notices:
        pass  # the notice says why there is nothing (e.g. no article passes the filters)
    elif answer.abstained or not answer.passages:
        out.append(f'<p class="ca-abstain">{ABSTAIN_MESSAGE}</p>')
        if answer.passages:
            cards = "".join(_card(p, expanded=True) for p in answer.passages)
            out.append(
                f'<details class="ca-nearest"><summary>Nearest passages ({len(answer.passages)})</summary>'
                f"{cards}</details>"
            )
    else:
        out.append(_summary_line(answer))
        out += [_card(p, expanded=p.rank == 1) for p in answer.passages]
    out.append(_export_block(answer))
    out.append("</div>")
    return "".join(out)


def _export_block(answer: Answer) -> str:
    """The answer as Markdown (hidden) and the link that copies it (see PAGE_JS)."""
    from ...export import answer_markdown

    return (
        f'<pre class="ca-md">{escape_text(answer_markdown(answer))}</pre>'
        '<p class="ca-export"><a class="ca-copy" href="#copy">Copy as Markdown</a></p>'
    )


def as_sentence(message: str) -> str:
    """An error message as one sentence for a person: capital first letter, final stop."""
    text = " ".join(str(message).split())
    if not text:
        return "Something went wrong."
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def render_error(message: str) -> str:
    return f'<p class="ca-error">{escape_text(as_sentence(message))}</p>'


# --------------------------------------------------------------------------- source viewer


@dataclasses.dataclass(frozen=True)
class SourceRef:
    """What a "view in article" link points at: a document and a span of its cleaned text."""

    doc_id: str
    start: int
    end: int
    hl_start: int | None = None
    hl_end: int | None = None


def parse_source_ref(value: str | None) -> SourceRef | None:
    """Parse `doc_id|start|end[|hl_start|hl_end][|nonce]` (as written by the page's links)."""
    if not value:
        return None
    text = value.strip()
    text = text.removeprefix("#source=")
    fields = text.split("|")
    doc_id = unquote(fields[0]).strip()
    numbers: list[int] = []
    for raw in fields[1:5]:
        try:
            numbers.append(int(raw))
        except ValueError:
            break
    if not doc_id or len(numbers) < 2:
        return None
    hl = numbers[2:4] if len(numbers) >= 4 else [None, None]
    return SourceRef(doc_id, numbers[0], numbers[1], hl[0], hl[1])


def source_ref_key(ref: SourceRef) -> str:
    """`doc_id|start|end[|hl_start|hl_end]`: what a "view in article" link carries, without a nonce."""
    parts = [quote(ref.doc_id, safe=""), str(ref.start), str(ref.end)]
    if ref.hl_start is not None and ref.hl_end is not None:
        parts += [str(ref.hl_start), str(ref.hl_end)]
    return "|".join(parts)


def source_view(ref: SourceRef, body: str) -> str:
    """The source panel's HTML for `ref`, tagged with the link it answers (`data-ca-ref`), so the page
    can tell that the click it is waiting for arrived, and ask again when it did not (page.js)."""
    return f'<div class="ca-source-view" data-ca-ref="{escape_text(source_ref_key(ref))}">{body}</div>'


SOURCE_PLACEHOLDER = (
    '<p class="ca-muted">Click “view in article” under a passage to read it in its article, '
    "highlighted.</p>"
)


def render_document(bot: Any, ref: SourceRef | None) -> str:
    """The cleaned article of `ref` with the passage highlighted; only documents of the index."""
    if ref is None:
        return SOURCE_PLACEHOLDER
    doc: Document | None = bot.document(ref.doc_id)
    if doc is None:
        return '<p class="ca-muted">That article is not part of the indexed corpus, so it cannot be shown.</p>'
    text = doc.text
    start, end = max(0, min(ref.start, len(text))), max(0, min(ref.end, len(text)))
    meta = " · ".join(escape_text(x) for x in (doc.publisher, doc.date, doc.source) if x)
    offset = 0
    pages = doc.pages_of(start, end) if end > start else None
    if pages:  # a paged document (PDF): show the page(s) the passage is on
        first, last = pages
        offset, page_end = doc.page_span(first)[0], doc.page_span(last)[1]
        text = text[offset:page_end]
        start, end = start - offset, min(end, page_end) - offset
        label = f"p. {first}" if first == last else f"pp. {first}-{last}"
        meta += f' · <span class="ca-doc-page">{label} of {len(doc.page_starts)}</span>'
    head = (
        f'<div class="ca-doc-head"><div class="ca-doc-title">{escape_text(doc.title)}</div>'
        f'<div class="ca-cite">{meta}</div></div>'
    )
    if start >= end:
        return f'<div class="ca-doc">{head}<div class="ca-doc-text">{escape_text(text)}</div></div>'
    passage = text[start:end]
    hs, he = ref.hl_start, ref.hl_end
    if hs is not None and he is not None:
        hs, he = hs - offset, he - offset
    if hs is not None and he is not None and start <= hs < he <= end:
        inner = (
            escape_text(text[start:hs])
            + f'<b class="ca-hit-sentence">{escape_text(text[hs:he])}</b>'
            + escape_text(text[he:end])
        )
    else:
        inner = escape_text(passage)
    body = escape_text(text[:start]) + f'<mark class="ca-hit" id="ca-hit">{inner}</mark>' + escape_text(text[end:])
    return f'<div class="ca-doc">{head}<div class="ca-doc-text">{body}</div></div>'


# --------------------------------------------------------------------------- corpus panel


def _built_at(stamp: str) -> str:
    try:
        return time.strftime("%Y-%m-%d %H:%M %Z", time.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z")).strip()
    except (TypeError, ValueError):
        return escape_text(stamp)


SORTS = {"title": "Title", "date": "Date, newest first"}


def corpus_panel(bot: Any, sort: str = "title") -> str:
    """A table of the indexed articles with their facets (sorted by title or by date), and the build time."""
    from ...ingest.facets import country_name

    counts = bot.passages_per_document()
    documents = list(bot.documents())
    if sort == "date":  # newest first; undated articles last, by title
        documents.sort(key=lambda d: d.title.lower())
        documents.sort(key=lambda d: d.date or "", reverse=True)
    rows = "".join(
        f"<tr><td>{escape_text(d.title)}</td><td>{escape_text(d.publisher or '—')}</td>"
        f"<td>{escape_text(d.date or '—')}</td><td>{escape_text(getattr(d, 'language', '') or '—')}</td>"
        f"<td>{escape_text(', '.join(country_name(c) for c in getattr(d, 'countries', ())) or '—')}</td>"
        f"<td class='ca-num'>{counts.get(d.doc_id, 0)}</td></tr>"
        for d in documents
    )
    manifest = bot.index.manifest
    return (
        '<table class="ca-corpus"><thead><tr><th>Article</th><th>Publisher</th><th>Date</th>'
        "<th>Language</th><th>Countries</th>"
        f"<th class='ca-num'>Passages</th></tr></thead><tbody>{rows}</tbody></table>"
        f'<p class="ca-muted">Index built {_built_at(manifest.built_at)} · {sum(counts.values())} passages.</p>'
    )


def facet_choices(bot: Any) -> dict[str, list[tuple[str, str]]]:
    """The values the filter controls offer: what the indexed articles actually carry."""
    from ...ingest.facets import country_name
    from ...ingest.language import LANGUAGE_NAMES

    docs = list(bot.documents())
    publishers = sorted({d.publisher for d in docs if d.publisher}, key=str.lower)
    languages = sorted({getattr(d, "language", "") for d in docs} - {""})
    countries = sorted({c for d in docs for c in getattr(d, "countries", ())}, key=country_name)
    return {
        "article": [(d.title, d.doc_id) for d in docs],
        "publisher": [(p, p) for p in publishers],
        "language": [(LANGUAGE_NAMES.get(c, c), c) for c in languages],
        "country": [(country_name(c), c) for c in countries],
    }


def filters_from_controls(
    doc_ids: Any = None, since: Any = None, until: Any = None, publishers: Any = None, languages: Any = None,
    countries: Any = None,
) -> Any:
    """The chat panel's values as Filters (None when nothing is filtered); FilterError if malformed."""
    from ...ingest.facets import Filters

    filters = Filters.parse(
        since=since or None, until=until or None, publishers=publishers or (), languages=languages or (),
        countries=countries or (), doc_ids=doc_ids or (),
    )
    return filters if filters.active else None


def passages_wanted(k: Any, most: int = 50) -> int:
    """The API's `k` as a whole number from 1 to `most`; AssistantError otherwise (0 used to mean
    the default 5 and 1000 to mean 50, both silently)."""
    from ...errors import AssistantError

    try:
        number = float(str(k).strip())
    except ValueError:
        number = float("nan")
    if isinstance(k, bool) or not number.is_integer() or not 1 <= number <= most:
        raise AssistantError(f"k must be a whole number of passages from 1 to {most}, not {str(k)[:40]!r}.")
    return int(number)


def conversation_file(turns: Sequence[dict[str, Any]], folder: Path) -> Path | None:
    """The conversation as a Markdown file in `folder` (None when nothing was answered yet)."""
    from ...export import answer_from_json, conversation_markdown

    answers = [answer_from_json(t["answer"]) for t in turns if t.get("answer")]
    if not answers:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"conversation-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}.md"
    path.write_text(conversation_markdown(answers), encoding="utf-8")
    return path


def status_line(bot: Any | None, error: str | None) -> str:
    if error:
        return f'<div class="ca-status ca-status-error">{escape_text(as_sentence(error))}</div>'
    if bot is None:
        return f'<div class="ca-status ca-status-loading">{LOADING_MESSAGE}</div>'
    n = len(bot.documents())
    return (
        f'<div class="ca-status ca-status-ready">Ready · {n} article{"s" if n != 1 else ""} indexed '
        f"{_built_at(bot.index.manifest.built_at)}</div>"
    )


def history_of(turns: Sequence[dict[str, Any]]) -> list[str]:
    """The earlier user questions of a conversation, oldest first."""
    return [t["question"] for t in turns if t.get("answer")]
