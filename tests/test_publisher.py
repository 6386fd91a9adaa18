"""The publisher named in a page's copyright line (ingest/publisher.py), and what it is used for."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.ingest.facets import Filters, document_facets
from assistant.ingest.inline_html import strip_inline_html
from assistant.ingest.publisher import copyright_holder

# footers written for this test, in the forms sites use
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© 2025 Harbour Ledger Media. All rights reserved.", "Harbour Ledger Media"),
        ("© 2024 «Северный вестник». Все права защищены. 18+", "Северный вестник"),
        ("© Veltmark Wire, 2009-2025. Reproduction only with a link to the agency.", "Veltmark Wire"),
        ("© 2012–2026 ИА «Озёрный край-Пресс». При цитировании ссылка обязательна.", "Озёрный край-Пресс"),
        ("© 2025 Степной обозреватель. Все права защищены. Мнение авторов может не совпадать.", "Степной обозреватель"),
        ("© 2025 Solvik Policy Forum · Tbilisi · Registered non-profit organisation", "Solvik Policy Forum"),
        ("© 2019–2025 ТРУД.ИНФО. Использование материалов только со ссылкой.", "ТРУД.ИНФО"),
        ("Copyright 2024 by Harbour Press Ltd.", "Harbour Press Ltd"),
        ("*© 2023 Harbour Ledger · all rights reserved*", "Harbour Ledger"),
        ("© Photo: Veltmark Wire", None),
        ("© all rights reserved", None),
        ("The plant will cost © nothing", None),
    ],
)
def test_the_copyright_line_names_the_publisher(line: str, expected: str | None) -> None:
    assert copyright_holder(f"Headline\n\nA paragraph of the article.\n{line}\n") == expected


def test_the_last_copyright_line_counts_and_html_footers_are_read() -> None:
    text = "Headline\n© Photo agency\nProse.\n© 2025 Harbour Ledger Media. All rights reserved."
    assert copyright_holder(text) == "Harbour Ledger Media"
    page = "<html><body><article><p>Prose.</p></article><footer><p>&copy; 2026 The Port Dispatch.</p></footer></body></html>"
    assert copyright_holder(strip_inline_html(page)) == "The Port Dispatch"  # footers are read: the article text leaves them out
    assert copyright_holder(None) is None


def test_metadata_and_declared_publishers_come_before_the_copyright_line() -> None:
    raw = "Headline\n\nProse.\n© 2025 Harbour Ledger Media. All rights reserved."
    assert document_facets("Prose.", "T", {}, {}, raw_text=raw).publisher == "Harbour Ledger Media"
    assert document_facets("Prose.", "T", {}, {"publisher": "Declared"}, raw_text=raw).publisher == "Declared"
    assert document_facets("Prose.", "T", {"publisher": "Metadata"}, {}, raw_text=raw).publisher == "Metadata"



@pytest.mark.parametrize(("author", "expected"), [
    ("Lornan Minerals plc", "Lornan Minerals plc"), ("ТОО «Лорна Фосфат»", "ТОО «Лорна Фосфат»"),
    ("Veldmark Chemie GmbH", "Veldmark Chemie GmbH"), ("Anna Veldina", None), ("veldina-a-02", None), ("plc", None),
])
def test_a_files_author_naming_a_company_by_its_legal_form_is_its_publisher(author: str, expected: str | None) -> None:
    assert document_facets("Prose.", "T", {}, {"author": author}).publisher == expected
    declared = document_facets("Prose.", "T", {}, {"author": author, "publisher": "Declared"}).publisher
    assert declared == "Declared"  # a declared publisher, and a copyright line, come first
    raw = "Prose.\n© 2025 Harbour Ledger Media. All rights reserved."
    assert document_facets("Prose.", "T", {}, {"author": author}, raw_text=raw).publisher == "Harbour Ledger Media"


ARTICLE = ("Harbour Gate terminal opens\n\nThe Harbour Gate terminal in Veltmark opened on Monday. It cost "
           "$340 million and will handle 400,000 containers a year.\n\n© 2025 Harbour Ledger Media. All rights reserved.\n")


def _bot(settings, fake_embedder, tmp_path: Path):  # type: ignore[no-untyped-def]
    corpus = tmp_path / "own-corpus"
    corpus.mkdir()
    (corpus / "harbour-gate.txt").write_text(ARTICLE, encoding="utf-8")
    own = settings.replace(corpus_dir=corpus, index_dir=tmp_path / "own-index", abstention_model="rule")
    return Assistant.load(own, embedder=fake_embedder)


def test_an_article_without_metadata_is_filtered_and_cited_by_its_copyright_publisher(settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bot = _bot(settings, fake_embedder, tmp_path)
    (doc,) = bot.index.documents.values()
    assert doc.publisher == "Harbour Ledger Media"
    answer = bot.ask("How much did the Harbour Gate terminal cost?", filters=Filters.parse(publishers=["harbour ledger"]))
    assert answer.passages and not answer.abstained
    assert "Harbour Ledger Media" in answer.passages[0].publisher
    assert bot.ask("How much did the Harbour Gate terminal cost?", filters=Filters.parse(publishers=["Port Dispatch"])).abstained
