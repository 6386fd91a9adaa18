"""A text hard-wrapped at a fixed width (a journal PDF turned to text): a sentence broken before a
capitalised word is one sentence again, while headings, page headers and unwrapped pages keep their lines."""

from __future__ import annotations

from assistant.chunking import sentence_spans
from assistant.ingest.clean_lines import _to_lines, runs_on, wrap_width
from assistant.ingest.cleaning import clean

WRAPPED = """\
Harbour Policy Review, Vol. 4, Issue 2

Ferries, Quotas and the Eastern Shore

1. Introduction

The ministry of transport has argued for a decade that the eastern shore needs
more ferries, and the council agreed in principle in 2019. Two years later the minister visited
Westhaven on 4 March 2021 and told the bidders that each new vessel must carry
at least forty wagons on every crossing of the bay. Critics said the tender favoured
Northern Fleet Company and Coastal Shipping Union, which together hold most
of the routes. The council answered that the rules were the same for everyone.
12 | P a g e
Harbour Policy Review, Vol. 4, Issue 2
2. What the figures show

Traffic across the bay rose by a third between 2019 and 2023, according to the
figures of the port authority, while the number of ferries stayed at six. The
waiting time for a loaded lorry grew from one day to almost four in the summer
months of 2023.
"""

PAGE = """\
Ferry tender opens in Westhaven

The Port Authority of Westhaven opened its ferry tender on Monday after long delays
Bidders have until June to apply.
"""


def _paragraphs(text: str) -> list[str]:
    return [p for p in clean(text, "text").text.split("\n\n") if p]


def test_a_sentence_broken_before_a_capital_is_one_sentence() -> None:
    text = clean(WRAPPED, "text").text
    sentence = ("Two years later the minister visited Westhaven on 4 March 2021 and told the bidders that each "
                "new vessel must carry at least forty wagons on every crossing of the bay.")
    assert sentence in text
    held = {text[s:e] for s, e in sentence_spans(text)}
    assert sentence in held
    assert ("Critics said the tender favoured Northern Fleet Company and Coastal Shipping Union, which "
            "together hold most of the routes.") in held


def test_headings_and_page_headers_are_not_taken_into_the_sentence() -> None:
    paragraphs = _paragraphs(WRAPPED)
    assert "2. What the figures show" in paragraphs
    assert not any("P a g e" in p or "Vol. 4" in p for p in paragraphs if "council" in p)
    assert any(p.startswith("Traffic across the bay rose by a third") for p in paragraphs)


def test_a_page_that_is_not_wrapped_keeps_its_lines() -> None:
    # one paragraph per line: a line without a full stop is not run on into the next
    assert wrap_width(_to_lines(PAGE, False)) == 0
    text = clean(PAGE, "text").text
    assert "after long delays Bidders" not in text


def test_wrap_width_and_runs_on() -> None:
    lines = _to_lines(WRAPPED, False)
    width = wrap_width(lines)
    assert 75 <= width <= 82
    assert runs_on("at least forty wagons on every crossing of the bay. Critics said the tender favoured",
                   "Northern Fleet Company and Coastal Shipping Union, which together hold most", width)
    assert not runs_on("of the routes. The council answered that the rules were the same for everyone", "12 | P a g e", width)
    assert not runs_on("1. Introduction", "The ministry of transport has argued for a decade that", width)
    assert not runs_on("a long line of prose that ends on a word without any stop at all here", "Next line here", 0)


COLON = """\
Grain Routes Across the Inland Sea

The survey asked farmers in both provinces whether they would ship their grain
by the new ferry rather than by rail, and the answers differed by region and
by the size of the farm. Large farms mostly said they would wait for lower tariffs,
while small ones said they had no choice but to use whatever was cheapest this
year. The share of those who would switch to the ferry at once is lower still:
— 7 —
Inland Sea Studies. 2026. Vol. 1, No. 3
12 percent in the northern province and 19 percent in the southern one, according
to the authors, who also found that most farmers had never used the port before.
— 8 —
Inland Sea Studies. 2026. Vol. 1, No. 3
The ministry plans a second survey next spring, after the first season of sailings
has shown what the crossing really costs and how long a load waits at the quay.
"""


def test_a_line_ending_on_a_colon_goes_on_after_a_page_break() -> None:
    text = clean(COLON, "text").text
    assert "is lower still: 12 percent in the northern province and 19 percent in the southern one" in text
    assert "Inland Sea Studies" not in text and "— 7 —" not in text
