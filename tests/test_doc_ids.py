"""Document ids for any file name: Unicode kept, a short hash on a collision, stable across builds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.build import build_index, check_index
from assistant.ingest.corpus import assign_doc_ids, doc_id_for
from assistant.store.index import load_index, read_manifest

ALPHA = (
    "The reservoir authority of Veltmark opened the northern sluice gates in early spring. "
    "Farmers downstream said the water arrived three weeks before the sowing season began."
)
BETA = (
    "The orchestra of Brindlecove toured eleven harbour towns with a programme of sea shanties. "
    "Tickets sold out in every town except the smallest, where the hall had burned down."
)
GAMMA = (
    "Министерство транспорта Залесья объявило о строительстве новой паромной переправы через озеро. "
    "Переправа должна сократить путь между двумя берегами с четырёх часов до сорока минут."
)
DELTA = (
    "Кооператив пчеловодов Верхнего Дола собрал рекордный урожай липового мёда этим летом. "
    "Половину мёда закупила сеть кондитерских из соседнего города."
)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("corpus/sub/My Article.txt", "sub/my-article"),
        ("corpus/a_b.txt", "a-b"),
        ("corpus/a-b.txt", "a-b"),
        ("corpus/Казахстан и Китай.txt", "казахстан-и-китай"),
        ("corpus/Ёлка — 2025.md", "ёлка-2025"),
        ("corpus/x.y.html", "x-y"),
        ("corpus/!!!.txt", "document"),
    ],
)
def test_doc_id_keeps_letters_of_any_script(source: str, expected: str) -> None:
    assert doc_id_for(source) == expected


def test_doc_id_is_nfc() -> None:
    decomposed = "corpus/Йод.txt".replace("Й", "И\u0306")  # И + combining breve
    assert doc_id_for(decomposed) == doc_id_for("corpus/Йод.txt") == "йод"


def test_colliding_names_get_distinct_stable_ids() -> None:
    sources = ["corpus/a_b.txt", "corpus/a-b.txt", "corpus/A B.txt", "corpus/c.txt"]
    ids = assign_doc_ids(sources)
    assert len(set(ids.values())) == 4
    assert ids["corpus/A B.txt"] == "a-b" and ids["corpus/c.txt"] == "c"  # first in sorted order keeps it
    assert ids["corpus/a_b.txt"].startswith("a-b-") and len(ids["corpus/a_b.txt"]) == len("a-b-") + 6
    assert assign_doc_ids(reversed(sources)) == ids  # order of discovery does not matter


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a_b.txt").write_text(ALPHA, encoding="utf-8")
    (corpus / "a-b.txt").write_text(BETA, encoding="utf-8")
    (corpus / "Паром через озеро.txt").write_text(GAMMA, encoding="utf-8")
    (corpus / "Мёд Верхнего Дола.txt").write_text(DELTA, encoding="utf-8")
    return corpus


def test_colliding_and_cyrillic_names_are_indexed_and_cited(tmp_path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    settings = Settings().replace(corpus_dir=_corpus(tmp_path), index_dir=tmp_path / "index")
    report = build_index(settings, fake_embedder)
    assert report.docs_added == 4
    index = load_index(settings.index_dir)  # would raise "inconsistent" if two documents shared an id
    assert len(index.documents) == 4
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    cases = {
        "When did Veltmark open the northern sluice gates?": "corpus/a_b.txt",
        "Which towns did the Brindlecove orchestra tour?": "corpus/a-b.txt",
        "Сколько времени займёт путь по новой паромной переправе?": "corpus/Паром через озеро.txt",
        "Кто закупил липовый мёд пчеловодов Верхнего Дола?": "corpus/Мёд Верхнего Дола.txt",
    }
    for question, source in cases.items():
        top = bot.ask(question, k=2).passages[0]
        assert top.source == source, question
        assert bot.document(top.doc_id) is not None and bot.document(top.doc_id).source == source
    second = build_index(settings, fake_embedder)
    assert second.up_to_date and check_index(settings, fake_embedder) == []
    assert {d.doc_id for d in load_index(settings.index_dir).documents.values()} == set(index.documents)


def test_index_written_under_the_old_id_scheme_is_rebuilt(tmp_path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    settings = Settings().replace(corpus_dir=_corpus(tmp_path), index_dir=tmp_path / "index")
    build_index(settings, fake_embedder)
    manifest_path = settings.index_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["settings"]["doc_id_scheme"]  # as an index built before the scheme existed
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert any("doc_id_scheme" in d for d in check_index(settings, fake_embedder))
    notes: list[str] = []
    bot = Assistant.load(settings, embedder=fake_embedder, notify=notes.append)
    assert notes and "stale" in notes[0]
    assert read_manifest(settings.index_dir).settings["doc_id_scheme"] == "2"
    assert bot.ask("Brindlecove orchestra harbour towns", k=1).passages[0].source == "corpus/a-b.txt"
