"""eval/unseen3 (the third, fresh dev set): its questions agree with its articles and its chrome manifest."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from assistant.evals.questions import load_questions, normalize

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "eval"
FOLDER = EVAL / "unseen3"
FILES = {"en": EVAL / "unseen3-en-dev.jsonl", "ru": EVAL / "unseen3-ru-dev.jsonl"}
ARTICLE_DIRS = [REPO / "corpus", EVAL / "unseen", EVAL / "unseen2", FOLDER]
SUFFIXES = {".txt", ".md", ".html"}


def _visible_lines(path: Path) -> list[str]:
    """A file's non-empty lines, stripped; for HTML the text of each source line of the body without tags or scripts."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = text.split("<body", 1)[1].split(">", 1)[1]
        text = re.sub(r"<script[^>]*>.*?</script>", "", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return [line.strip() for line in text.splitlines() if line.strip()]


def _chrome() -> dict[str, list[str]]:
    return json.loads((FOLDER / "chrome.json").read_text(encoding="utf-8"))


def _content_lines() -> dict[str, list[str]]:
    """Normalised lines outside chrome of every article the set is answered over (seeds + the three unseen folders)."""
    manifests: dict[str, set[str]] = {}
    for path in [*(EVAL / "unseen").glob("chrome-*.json"), EVAL / "unseen2" / "chrome.json", FOLDER / "chrome.json"]:
        for name, lines in json.loads(path.read_text(encoding="utf-8")).items():
            manifests.setdefault(name, set()).update(lines)
    out = {}
    for folder in ARTICLE_DIRS:
        for path in sorted(folder.iterdir()):
            if path.suffix in SUFFIXES:
                chrome = manifests.get(path.name, set())
                out[f"{folder.name}/{path.name}"] = [normalize(x) for x in _visible_lines(path) if x not in chrome]
    return out


def test_the_chrome_manifest_lists_exact_lines_of_every_article() -> None:
    chrome = _chrome()
    articles = sorted(p.name for p in FOLDER.iterdir() if p.suffix in SUFFIXES)
    assert sorted(chrome) == articles and len(articles) == 4
    for name, lines in chrome.items():
        visible = _visible_lines(FOLDER / name)
        assert lines and all(line in visible for line in lines), name
        prose_words = sum(len(x.split()) for x in visible if x not in set(lines))
        assert 650 <= prose_words <= 1100, (name, prose_words)


def test_the_questions_load_and_match_the_counts_of_the_readme() -> None:
    questions = load_questions(list(FILES.values()))  # the harness's own checks of kinds, langs and directions
    assert [q.id for q in questions] == [f"u3en-{i:03d}" for i in range(1, 27)] + [f"u3ru-{i:03d}" for i in range(1, 27)]
    rows = [json.loads(line) for path in FILES.values() for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(list(r) == ["id", "question", "answers", "history", "kind", "lang", "direction", "doc"] for r in rows)
    directions = Counter(r["direction"] for r in rows if r["answers"])
    assert directions == {"en->en": 10, "ru->en": 7, "ru->ru": 10, "en->ru": 7}
    absent = [r for r in rows if not r["answers"]]
    assert Counter(r["lang"] for r in absent) == {"en": 9, "ru": 9}
    assert all(r["kind"] == "unanswerable-absent" and r["doc"] is None and r["direction"] == f"{r['lang']}->{r['lang']}"
               for r in absent)
    for lang, path in FILES.items():  # each file holds the questions answered by articles of its language
        docs = {json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines()} - {None}
        assert docs and all((FOLDER / d).is_file() for d in docs)
        assert all(json.loads(line)["direction"].endswith(lang) for line in path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("lang", sorted(FILES))
def test_every_answer_lies_in_its_article_outside_chrome_and_in_at_most_two_lines(lang: str) -> None:
    lines = _content_lines()
    for raw in FILES[lang].read_text(encoding="utf-8").splitlines():
        q = json.loads(raw)
        for alt in q["answers"]:
            assert all(1 <= len(p.split()) <= 5 for p in alt), q["id"]
            phrases = [normalize(p) for p in alt]
            hits = [name for name, doc in lines.items() for line in doc if all(p in line for p in phrases)]
            assert f"unseen3/{q['doc']}" in hits, (q["id"], alt)
            assert len(hits) <= 2, (q["id"], alt, hits)


def test_the_sets_are_answered_over_the_three_unseen_folders() -> None:
    declared = json.loads((EVAL / "corpora.json").read_text(encoding="utf-8"))["sets"]
    assert all(declared[p.name] == ["unseen", "unseen2", "unseen3"] for p in FILES.values())


# --------------------------------------------------------------------------- cleaning the fresh set

TITLES = {  # each article's headline, as the index must show it
    "korea-central-asia-minerals-deals.html": (
        "Seoul Signs 14 Critical-Minerals Deals in Central Asia as Korean Battery Makers Hunt for Tungsten and Lithium"
    ),
    "Qosh_Tepa_canal_Amu_Darya_talks.md": "Termez Talks on the Qosh Tepa Canal End Without a Deal on Amu Darya Quotas",
    "Российский газ в Узбекистан через Казахстан.txt": (
        "Поставки российского газа в Узбекистан через Казахстан вырастут до 11 млрд кубометров"
    ),
    "kazatomprom_uran_transkaspiyskiy_marshrut.txt": "Уран в обход России: как Казахстан возит топливо для АЭС через Каспий",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An index built over the four files with the fake embedder: (documents by file name, chunks by file name)."""
    import shutil

    from conftest import FakeEmbedder

    from assistant.build import build_index
    from assistant.settings import Settings
    from assistant.store.index import load_index

    root = tmp_path_factory.mktemp("unseen3")
    corpus = root / "corpus"
    corpus.mkdir()
    for path in FOLDER.iterdir():
        if path.suffix in SUFFIXES:
            shutil.copy(path, corpus / path.name)
    settings = Settings().replace(corpus_dir=corpus, index_dir=root / "index", store="faiss")
    build_index(settings, FakeEmbedder())
    index = load_index(settings.index_dir)
    documents = {Path(d.source).name: d for d in index.documents.values()}
    by_id = {d.doc_id: name for name, d in documents.items()}
    chunks: dict[str, list] = {name: [] for name in documents}
    for chunk in index.chunks:
        chunks[by_id[chunk.doc_id]].append(chunk)
    return documents, chunks


def test_no_chrome_line_of_the_manifest_is_in_a_passage_a_section_label_or_a_title(built) -> None:  # type: ignore[no-untyped-def]
    from chrome_support import chrome_left

    documents, chunks = built
    manifest = _chrome()
    assert set(documents) == set(manifest)
    passages = {name: [c.text for c in found] for name, found in chunks.items()}
    labels = {name: {documents[name].title, *(c.section for c in found if c.section)} for name, found in chunks.items()}
    checked, left = chrome_left(manifest, passages, labels)
    assert checked == sum(len(lines) for lines in manifest.values()) == 65
    assert not left, left


def test_each_article_is_titled_by_its_headline(built) -> None:  # type: ignore[no-untyped-def]
    documents, _ = built
    assert {name: d.title for name, d in documents.items()} == TITLES


def test_no_line_of_prose_of_the_fresh_set_is_lost(built) -> None:  # type: ignore[no-untyped-def]
    from chrome_support import prose_lost

    documents, _ = built
    checked, lost = prose_lost(FOLDER, documents, _chrome())
    assert checked >= 60  # headlines, headings and paragraphs (one line each) of the four files
    assert not lost, lost
