"""Tables in scraped text: pipe tables and cells glued into one line become "Header: cell; Header: cell." rows."""

from __future__ import annotations

import re
from collections import Counter

from .clean_lines import _Line, _line

# --------------------------------------------------------------------------- tables


def _row_line(header: list[str], cells: list[str]) -> _Line:
    """One table row as "Header: cell; Header: cell." (empty cells are left out).

    A cell or header of punctuation only ("|.|", "---") holds nothing: the cell counts as
    empty, the header as unnamed, so cleaning the result again changes nothing.
    """
    parts = []
    for index, (name, cell) in enumerate(zip(header, cells)):
        name = name.replace(":", " ").replace(";", ",").strip()
        if not any(ch.isalnum() for ch in name):
            name = f"Column {index + 1}"
        cell = cell.replace(";", ",").strip()
        if any(ch.isalnum() for ch in cell):
            parts.append(f"{name}: {cell}")
    text = "; ".join(parts)
    if text and text[-1] not in ".!?":
        text += "."
    return _line("row", text)


def _table_rows(header: list[str], rows: list[list[str]]) -> list[_Line]:
    return [_row_line(header, cells) for cells in rows if any(cells)]


_PIPE_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


def _pipe_cells(text: str) -> list[str]:
    text = text.strip()
    text = text.removeprefix("|")
    text = text.removesuffix("|")
    return [cell.strip() for cell in text.split("|")]


def _pipe_tables(lines: list[_Line]) -> list[_Line]:
    """Markdown pipe tables (header, ---|--- separator, rows) -> rebuilt row lines."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        is_header = (
            "|" in line.text
            and i + 1 < len(lines)
            and _PIPE_SEPARATOR_RE.match(lines[i + 1].text) is not None
        )
        if not is_header:
            out.append(line)
            i += 1
            continue
        header = _pipe_cells(line.text)
        rows = []
        i += 2
        while i < len(lines) and "|" in lines[i].text and lines[i].kind != "blank":
            rows.append(_pipe_cells(lines[i].text))
            i += 1
        out.extend(_table_rows(header, rows))
    return out


# Glued tables: cell separators lost, "CountryKey AllyPrimary Resource" / "NorwayFranceGas".
_CELL_BOUNDARY_RE = re.compile(
    r"(?<=[a-z0-9%)”])(?=“?[A-Z])"  # lower/digit/%/)/” then Upper:   ChinaOil, 2025)Key
    r"|(?<=[a-z])(?=[0-9])"  # lower then digit:                      Norway2021
    r"|(?<=%)(?=[a-z])"  # percent then lower:                        3.5%tourism
    r"|(?<=[A-Z]{2})(?=[A-Z][a-z])"  # acronym then word:             OSCEConflict
)
_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
_WORD_RE = re.compile(r"[A-Z]?[a-z]+")  # splits camel case: "CountryKey" -> Country, Key


def _is_glued_row(line: _Line) -> bool:
    text = line.text
    return (
        line.kind == "text"
        and len(text) <= 200
        and len(text.split()) <= 25
        and not _SENTENCE_END_RE.search(text)
        and text[-1] not in ",;:"
        and _CELL_BOUNDARY_RE.search(text) is not None
    )


def _split_cells(text: str) -> list[str]:
    return [cell.strip() for cell in _CELL_BOUNDARY_RE.split(text) if cell.strip()]


def _best_glue_split(cells: list[str], vocab: Counter[str]) -> tuple[int, int] | None:
    """(cell index, char offset) of the most likely all-lowercase join of two words, if any."""
    best: tuple[tuple[int, int], tuple[int, int]] | None = None
    for index, cell in enumerate(cells):
        for token in re.finditer(r"[A-Za-z]+", cell):
            word = token.group(0)
            if vocab[word.lower()] or len(word) < 7:
                continue  # a real word of the document, or too short to be two words
            for cut in range(3, len(word) - 2):
                left, right = word[:cut], word[cut:]
                if not (left[-1].islower() and right[0].islower()):
                    continue
                known = [part for part in (left, right) if vocab[part.lower()]]
                if not known or max(len(part) for part in known) < 4:
                    continue
                score = (len(known), max(len(part) for part in known))
                if best is None or score > best[0]:
                    best = (score, (index, token.start() + cut))
    return best[1] if best else None


def _fit_cells(cells: list[str], ncols: int, vocab: Counter[str]) -> list[str]:
    """Split glued word pairs until the row has `ncols` cells; fold any surplus into the last."""
    cells = list(cells)
    while len(cells) < ncols:
        found = _best_glue_split(cells, vocab)
        if found is None:
            break
        index, cut = found
        cell = cells[index]
        cells[index : index + 1] = [cell[:cut].strip(), cell[cut:].strip()]
    if len(cells) > ncols > 0:
        cells[ncols - 1 :] = [" ".join(cells[ncols - 1 :])]
    return cells


def _rebuild_glued(block: list[_Line], vocab: Counter[str]) -> list[_Line]:
    rows = [_split_cells(line.text) for line in block]
    counts = Counter(len(cells) for cells in rows)
    ncols = max(counts, key=lambda n: (counts[n], n))
    fitted = [_fit_cells(cells, ncols, vocab) for cells in rows]
    return _table_rows(fitted[0], fitted[1:])


def _vocabulary(lines: list[_Line]) -> Counter[str]:
    return Counter(w.lower() for line in lines for w in _WORD_RE.findall(line.text))


def _glued_tables(lines: list[_Line]) -> list[_Line]:
    """Runs of two or more glued short lines -> rebuilt row lines."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_glued_row(lines[j]):
            j += 1
        if j - i >= 2:
            vocab = _vocabulary(lines[:i] + lines[j:])
            out.extend(_rebuild_glued(lines[i:j], vocab))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out
