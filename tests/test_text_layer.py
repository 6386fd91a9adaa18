"""A document viewer's text layer saved with its page: placed lines read as paragraphs (ingest/text_layer.py)."""

from __future__ import annotations

from assistant.ingest.cleaning import clean
from assistant.ingest.text_layer import text_layer

LINES = [  # (top, class, font size, text) of one page of a viewer
    (18, "rh", 8, "LORNA FERRY REVIEW · No. 4 · WINTER"), (60, "hd", 24, "Who pays for the"),
    (92, "hd", 24, "winter crossings?"), (140, "tx", 11, "The ferry line between Port Lorna and Veld-"),
    (158, "tx", 11, "mark carried 41,000 lorries last year, a third"), (176, "tx", 11, "more than the year before."),
    (214, "tx", 11, "Fares for a loaded lorry rose by 12 percent in"), (232, "tx", 11, "January, and the operator has"),
    (250, "tx", 11, "not said what passengers will pay."), (288, "tx", 11, "• Two vessels serve the line today."),
    (306, "tx", 11, "• A third is due in April."),
]


def _page(lines: list[tuple[int, str, int, str]]) -> str:
    spans = "\n".join(f'<span class="{c}" style="left:40px;top:{t}px;font-size:{s}px">{x}</span>' for t, c, s, x in lines)
    return f"<html><body><div class=\"toolbar\">Download</div><div class=\"page\">\n{spans}\n</div></body></html>"


def test_a_viewers_placed_lines_read_as_paragraphs_with_the_largest_type_the_headline() -> None:
    html = text_layer(_page(LINES))
    assert "<h1>Who pays for the winter crossings?</h1>" in html
    assert ("<p>The ferry line between Port Lorna and Veldmark carried 41,000 lorries last year, a third more than the "
            "year before.</p>") in html  # "Veld-" over "mark" joined, the step to the next line opens a paragraph
    assert "<p>Fares for a loaded lorry rose by 12 percent in January, and the operator has not said what passengers will pay.</p>" in html
    assert "<p>• Two vessels serve the line today.</p>" in html and "<p>• A third is due in April.</p>" in html
    cleaned = clean(_page(LINES), "html")
    assert cleaned.title == "Who pays for the winter crossings?"
    assert "Veldmark carried 41,000 lorries" in cleaned.text and "Veld- mark" not in cleaned.text


def test_a_page_with_a_few_placed_elements_is_left_as_it_is() -> None:
    html = _page(LINES[:5])
    assert text_layer(html) == html
