"""A small corpus for the format, facet, filter and export tests: the PDF/DOCX fixtures plus
three short articles (written for the tests) with different dates, publishers, languages and countries."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "docs"
GOOD = ("report.pdf", "briefing.docx")
BAD = {
    "encrypted.pdf": "encrypted PDF",
    "truncated.pdf": "truncated PDF",
    "scanned.pdf": "no text layer (scanned?)",
    "junk.docx": "not a Word document",
}

ARTICLES = {
    "caspian-ferries.txt": (
        "Ferries and freight on the Caspian\n\n"
        "Kazakhstan is buying new ferries for its Caspian ports. Kazakh officials say the ferries "
        "will double the freight that crosses to Azerbaijan. The railway to the port at Kuryk was "
        "rebuilt last year, and Kazakhstan hopes to keep the new traffic.\n"
    ),
    "fergana-water.txt": (
        "Вода в Ферганской долине\n\n"
        "12 марта 2024\n\n"
        "Узбекистан и Киргизия договорились о совместном управлении водохранилищем. "
        "Узбекистан получит больше воды летом, а Киргизия зимой получит электроэнергию. "
        "Эксперты считают, что соглашение снизит напряжённость на границе.\n"
    ),
    "silk-rail.md": (
        "# The new railway from China\n\n"
        "China has promised to finance a railway through the mountains. Chinese engineers will "
        "build the tunnels, and the railway should carry containers from China to the Caspian. "
        "Critics worry about the debt that the railway adds.\n"
    ),
}
METADATA = {
    "caspian-ferries.txt": {"publisher": "Caspian Monitor", "date": "2022-06-01"},
    "fergana-water.txt": {"publisher": "Ферганский вестник"},  # date: the byline "12 марта 2024"
    "silk-rail.md": {"publisher": "Caspian Monitor", "date": "2025-02-10"},
}


def make_docs_corpus(folder: Path, *, bad: bool = True) -> Path:
    """Write the corpus into `folder` (created); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in GOOD + (tuple(BAD) if bad else ()):
        shutil.copy(FIXTURES / name, folder / name)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "metadata.json").write_text(json.dumps(METADATA, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder
