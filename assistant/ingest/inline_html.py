"""Raw HTML inside Markdown as the text a renderer shows (`strip_inline_html`); whole pages go through `clean_html`."""

from __future__ import annotations

import html
import re

from .clean_html import _HTML_BLOCKS, _HTML_HEADINGS, _HTML_SKIP

__all__ = ["strip_inline_html"]

_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo button cite code data del dfn em font i img input ins kbd label mark picture q s samp "
    "select option small source span strong sub sup time u var video audio wbr".split()
)
_RAW_BLOCK = re.compile(r"<(script|style|noscript|template|svg|iframe)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b(?:\s[^<>]*)?/?>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def strip_inline_html(text: str) -> str:
    """Raw HTML inside Markdown as the text a renderer shows: inline tags dropped, block tags
    ("<div>", "<figure>", "<br>") line breaks, scripts and comments gone; other '<' text is left."""
    if "<" not in text:
        return text
    text = _COMMENT.sub("", _RAW_BLOCK.sub("", text))

    def replace(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        if name in _INLINE_TAGS:
            return ""
        if name in _HTML_BLOCKS or name in _HTML_SKIP or name in _HTML_HEADINGS or name in _TABLE_TAGS or name == "li":
            return "\n"
        return match.group(0)

    text = _TAG.sub(replace, text)
    return html.unescape(text) if "&" in text else text


_TABLE_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})
