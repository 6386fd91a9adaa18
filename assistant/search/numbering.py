"""Whether a withholding numbers, or dates, its thing otherwise than the question does (search/withheld.py): "the
first rotation" for a question on the second, "the previous round" or «следующее заседание» for one it does not ask of,
a budget «на 2026 год» for a question on 2025."""

from __future__ import annotations

import re

from ..ingest.langdata import LangData
from ..store.lexical import tokenize
from .evidence import Requirements
from .years import YEAR

__all__ = ["numbered_otherwise"]


def numbered_otherwise(withheld: str, req: Requirements, data: LangData) -> bool:
    """The withheld words number their thing by an ordinal the question does not: "the first rotation" when it asks of
    "the second" (`ordinals` in data/lang; the question's terms are stems, as are the withheld words' tokens), or an
    earlier one ("the previous round", «на предыдущей встрече»; `earlier_words`) when it asks of none, or the next one
    (`later_words`) when it asks of one by its ordinal («дата следующего заседания» for «двенадцатое заседание»), or date
    it by a year it does not name: «бюджет субсидий на 2026 год пока не утверждён» when it asks of 2025."""
    terms = set(req.terms)
    said = data.ordinals & set(tokenize(withheld))
    asked = data.ordinals & terms
    words = re.findall(r"\w+", withheld.lower())
    if data.earlier_words & set(words) and not set(tokenize(" ".join(data.earlier_words))) & terms:
        return True  # "how much of the pledges made at the previous round …" when the question asks of no earlier one
    later = any(w in data.later_words and set(tokenize(" ".join(words[k + 1 : k + 2]))) & terms for k, w in enumerate(words))
    if asked and later and not set(tokenize(" ".join(data.later_words))) & terms:
        return True  # «дата следующего заседания» (the next one of the thing asked, no "next week") for «двенадцатое»
    years_said = {m.group(0)[:4] for m in YEAR.finditer(withheld)}
    years_asked = {fig for fig in req.figures if YEAR.fullmatch(fig)}
    return bool(said and asked and not said & asked) or bool(years_said and years_asked and not years_said & years_asked)
