"""eval/unseen2 (the fresh dev set): its questions agree with its articles and its chrome manifest."""

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
FOLDER = EVAL / "unseen2"
FILES = {"en": EVAL / "unseen2-en-dev.jsonl", "ru": EVAL / "unseen2-ru-dev.jsonl"}
ARTICLE_DIRS = [REPO / "corpus", EVAL / "unseen", FOLDER]
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
    """Normalised lines outside chrome of every article the set is answered over (seeds + both unseen folders)."""
    manifests: dict[str, set[str]] = {}
    for path in [*(EVAL / "unseen").glob("chrome-*.json"), FOLDER / "chrome.json"]:
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
    assert sorted(chrome) == articles and len(articles) == 5
    for name, lines in chrome.items():
        visible = _visible_lines(FOLDER / name)
        assert lines and all(line in visible for line in lines), name
        prose_words = sum(len(x.split()) for x in visible if x not in set(lines))
        assert 650 <= prose_words <= 1100, (name, prose_words)


def test_the_questions_load_and_match_the_counts_of_the_readme() -> None:
    questions = load_questions(list(FILES.values()))  # the harness's own checks of kinds, langs and directions
    assert [q.id for q in questions] == [f"u2en-{i:03d}" for i in range(1, 40)] + [f"u2ru-{i:03d}" for i in range(1, 39)]
    rows = [json.loads(line) for path in FILES.values() for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(list(r) == ["id", "question", "answers", "history", "kind", "lang", "direction", "doc"] for r in rows)
    directions = Counter(r["direction"] for r in rows if r["answers"])
    assert directions == {"en->en": 16, "ru->en": 10, "ru->ru": 15, "en->ru": 10}
    absent = [r for r in rows if not r["answers"]]
    assert Counter(r["lang"] for r in absent) == {"en": 13, "ru": 13}
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
            assert f"unseen2/{q['doc']}" in hits, (q["id"], alt)
            assert len(hits) <= 2, (q["id"], alt, hits)


def test_the_sets_are_answered_over_both_unseen_folders() -> None:
    declared = json.loads((EVAL / "corpora.json").read_text(encoding="utf-8"))["sets"]
    assert all(declared[p.name] == ["unseen", "unseen2"] for p in FILES.values())


# --------------------------------------------------------------------------- cleaning the fresh set

TITLES = {  # each article's headline, as the index must show it
    "rogun-lenders-dushanbe-round.html": "Rogun Lenders Pledge $1.9 Billion as Tajikistan Races to Finish the World's Tallest Dam",
    "Uzbekistan_WTO_accession_Geneva.md": "Uzbekistan Enters the Final Stretch of Its Thirty-Year Road to the WTO",
    "ca-plus-japan-summit-tokyo-2025.txt": "Japan Promises 3 Trillion Yen for Central Asia at First Leaders' Summit in Tokyo",
    "Кыргызстан ЕАЭС таможенный спор.txt": "Бишкек подал иск в Суд ЕАЭС: очередь фур на казахстанской границе растянулась на 18 километров",
    "chabahar_indiya_uzbekistan_tranzit.txt": "Чабахар вместо Карачи: зачем Индии и Узбекистану иранский порт",
}


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("rogun-lenders-dushanbe-round.html", "Farrukh Nazarov, Dushanbe", "byline"),
        ("rogun-lenders-dushanbe-round.html", "Thursday 9 October 2025, 08:40 local time · Updated 11:15", "dateline"),
        ("Кыргызстан ЕАЭС таможенный спор.txt", "Вы находитесь: Главная → Экономика → ЕАЭС", "breadcrumbs"),
    ],
)
def test_the_byline_dateline_and_breadcrumbs_of_the_fresh_set_go_by_their_form(name: str, line: str, reason: str) -> None:
    from assistant.ingest.boilerplate import strip
    from assistant.ingest.cleaning import source_text
    from assistant.ingest.corpus import SUFFIXES, decode

    path = FOLDER / name
    verdicts = strip(source_text(decode(path.read_bytes()), SUFFIXES[path.suffix.lower()]).split("\n"))
    assert [v.reason for v in verdicts if v.line.strip() == line] == [reason]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """An index built over the five files with the fake embedder: (documents by file name, chunks by file name)."""
    import shutil

    from conftest import FakeEmbedder

    from assistant.build import build_index
    from assistant.settings import Settings
    from assistant.store.index import load_index

    root = tmp_path_factory.mktemp("unseen2")
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
    assert checked == sum(len(lines) for lines in manifest.values()) == 96
    assert not left, left


def test_each_article_is_titled_by_its_headline(built) -> None:  # type: ignore[no-untyped-def]
    documents, _ = built
    assert {name: d.title for name, d in documents.items()} == TITLES


def test_no_line_of_prose_of_the_fresh_set_is_lost(built) -> None:  # type: ignore[no-untyped-def]
    from chrome_support import prose_lost

    documents, _ = built
    checked, lost = prose_lost(FOLDER, documents, _chrome())
    assert checked >= 80  # headlines, headings and paragraphs (one line each) of the five files
    assert not lost, lost
