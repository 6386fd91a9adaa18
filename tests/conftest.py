"""Shared fixtures: a fake embedder that counts its calls, small corpora, the real model once."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import settings as hypothesis_settings

# Property tests draw the same examples on every run, so the normal run is reproducible.
# Given --hypothesis-seed=N (CI's second pass, `.ci/run`), they draw new examples from that
# seed instead: a failure prints the seed, and the same seed finds it again.
hypothesis_settings.register_profile("reproducible", derandomize=True, database=None)
hypothesis_settings.register_profile("seeded", derandomize=False, database=None)
hypothesis_settings.load_profile("reproducible")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("hypothesis_seed", None) is not None:
        hypothesis_settings.load_profile("seeded")


# The tests of real models: they use the session's models (these fixtures, loaded and warmed once per
# run) or are marked `model` or `browser`. They run in one pytest-xdist worker (`--dist loadgroup`, in
# pyproject.toml's addopts), so each session model is loaded, and the seed articles embedded, once per run,
# and the model tests' PyTorch (on both cores) does not compete with a second model worker; the other worker
# takes the rest, each test with its module, whose module fixtures are then built once. The models' group
# goes first: it is the longest (docs/performance.md, "Two test workers").
REAL_MODEL_FIXTURES = frozenset({
    "real_embedder", "e5_embedder", "composite_embedder", "minilm_embedder", "minilm_index", "real_index",
    "real_assistant",
})
MODELS_GROUP = "models"


def uses_models(item: pytest.Item) -> bool:
    """`item` is a test of real models (one of the session's, or its own)."""
    marked = item.get_closest_marker("model") or item.get_closest_marker("browser")
    return bool(marked) or bool(REAL_MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own hook, which reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    models = {id(item) for item in items if uses_models(item)}
    for item in items:
        item.add_marker(pytest.mark.xdist_group(MODELS_GROUP if id(item) in models else item.nodeid.split("::")[0]))
    items.sort(key=lambda item: id(item) not in models)


REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


class FakeEmbedder:
    """Deterministic hashed bag-of-words vectors; records every text it embeds."""

    model_id = "fake/hashed-bow"

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.calls = 0
        self.embedded: list[str] = []

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode(texts)

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.encode(texts, progress=progress)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        self.calls += 1
        self.embedded.extend(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
                out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0
        return out

    def count_tokens(self, text: str) -> int:
        return len(re.findall(r"\w+|[^\w\s]", text)) + 2


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the real corpus (articles and metadata)."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


# The stores a test module runs on when it sets BOTH_STORES = True: every test there that uses
# the `store` fixture (through `settings`, `runner_env`, ...) runs once on the FAISS files and
# once on milvus-lite in tmp_path. `@pytest.mark.files_only("reason")` keeps one on the files.
STORES = ["faiss", pytest.param("milvus", marks=pytest.mark.milvus)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if not getattr(metafunc.module, "BOTH_STORES", False) or "store" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("files_only") is not None:
        return
    metafunc.parametrize("store", STORES, indirect=True)


# A test of Milvus alone, or of Milvus against the files (`settings.replace(store="faiss")`):
# `@ON_MILVUS` (or a module's `pytestmark = ON_MILVUS`) runs it on the `store` fixture's milvus-lite.
ON_MILVUS = pytest.mark.parametrize("store", [STORES[1]], indirect=True)


def milvus_uri(folder: Path) -> str:
    """A milvus-lite store in `folder` (a tmp path)."""
    return f"milvus:///{folder}/milvus/assistant.db"


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The store setting a test runs on: "faiss" unless the module runs on both stores."""
    kind = getattr(request, "param", "faiss")
    if kind == "faiss":
        yield "faiss"
        return
    uri = milvus_uri(tmp_path)
    yield uri
    from assistant.store import bridge

    bridge.close(uri)  # milvus-lite frees its folder


@pytest.fixture
def settings(tmp_path: Path, corpus_copy: Path, store: str):  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    return Settings().replace(corpus_dir=corpus_copy, index_dir=tmp_path / "index", store=store)


@pytest.fixture
def runner_env(settings, fake_embedder, monkeypatch):  # type: ignore[no-untyped-def]
    """A click runner whose commands use the fake embedder and the tmp corpus, index and store."""
    from click.testing import CliRunner

    import assistant.answer as answer_module

    monkeypatch.setattr(answer_module, "make_embedder", lambda s: fake_embedder)
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("ASSISTANT_STORE", settings.store)
    return CliRunner()


_EMBEDDERS: dict[str, object] = {}


class RememberingEmbedder:
    """A real model that remembers each text's vector for the whole test session.

    Several session and module fixtures index the seed articles again beside other files (the
    browser's corpus, the Russian article of the language tests, the unseen held-out gate), and
    the XQuAD gates embed the same paragraphs with e5 alone and inside minilm+e5; the model runs
    once per distinct text and the later builds read its vectors back. Everything else
    (model_id, dim, count_tokens, model_version, ...) is the model's own. The tests of the
    encoders themselves (test_encoders, test_e5_int8) make their models without this wrapper.
    """

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.memory: dict[tuple[bool, str], np.ndarray] = {}  # (is a question, text) -> vector

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)

    def _vectors(self, query: bool, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if (query, t) not in self.memory))
        if todo:
            fresh = self.inner.encode_queries(todo) if query else self.inner.encode_passages(todo, progress=progress)
            self.memory.update(((query, t), v) for t, v in zip(todo, fresh))
        if not texts:
            return np.zeros((0, self.inner.dim), dtype=np.float32)
        return np.stack([self.memory[(query, t)] for t in texts])

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._vectors(True, texts)

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self._vectors(False, texts, progress)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.encode_passages(texts, progress=progress)


def _warm_embedder(model_id: str | None = None):  # type: ignore[no-untyped-def]
    """The bundled model `model_id` (default: the settings' model), loaded and warmed once per test session."""
    from assistant.answer import make_embedder
    from assistant.encoders import COMPOSITE, E5_SMALL, MINILM
    from assistant.encoders.composite import CompositeEmbedder
    from assistant.settings import Settings

    settings = Settings() if model_id is None else Settings().replace(model_id=model_id)
    if settings.model_id not in _EMBEDDERS:
        if settings.model_id == COMPOSITE:  # its halves are the session's two models, each with its memory
            embedder = CompositeEmbedder(_warm_embedder(MINILM), _warm_embedder(E5_SMALL), model_id=COMPOSITE)
        else:
            inner = make_embedder(settings)
            inner.encode_queries(["warm up"])
            embedder = RememberingEmbedder(inner)
        _EMBEDDERS[settings.model_id] = embedder
    return _EMBEDDERS[settings.model_id]


@pytest.fixture(scope="session")
def real_embedder():  # type: ignore[no-untyped-def]
    """The default bundled model (assistant.encoders), loaded once per test session."""
    return _warm_embedder()


@pytest.fixture(scope="session")
def e5_embedder():  # type: ignore[no-untyped-def]
    """The bundled multilingual-e5-small (English and Russian), loaded once per test session."""
    from assistant.encoders import E5_SMALL

    return _warm_embedder(E5_SMALL)


@pytest.fixture(scope="session")
def composite_embedder():  # type: ignore[no-untyped-def]
    """minilm+e5: all-MiniLM-L6-v2 within English, multilingual-e5-small across languages (loaded once;
    the same object as `real_embedder` while it is the default model)."""
    from assistant.encoders import COMPOSITE

    return _warm_embedder(COMPOSITE)


@pytest.fixture(scope="session")
def minilm_embedder():  # type: ignore[no-untyped-def]
    """all-MiniLM-L6-v2 alone (sentence-transformers), for tests about that model, loaded once."""
    from assistant.encoders import MINILM

    return _warm_embedder(MINILM)


@pytest.fixture(scope="session")
def minilm_index(tmp_path_factory: pytest.TempPathFactory, minilm_embedder):  # type: ignore[no-untyped-def]
    """The real corpus indexed once with all-MiniLM-L6-v2 alone."""
    from assistant.build import build_index
    from assistant.settings import Settings

    root = tmp_path_factory.mktemp("minilm")
    shutil.copytree(CORPUS, root / "corpus")
    settings = Settings().replace(model_id=minilm_embedder.model_id, corpus_dir=root / "corpus", index_dir=root / "index")
    build_index(settings, minilm_embedder)
    return settings


@pytest.fixture(scope="session")
def real_index(tmp_path_factory: pytest.TempPathFactory, real_embedder):  # type: ignore[no-untyped-def]
    """The real corpus indexed once with the real model, shared read-only by model tests."""
    from assistant.build import build_index
    from assistant.settings import Settings

    root = tmp_path_factory.mktemp("real")
    shutil.copytree(CORPUS, root / "corpus")
    settings = Settings().replace(corpus_dir=root / "corpus", index_dir=root / "index")
    build_index(settings, real_embedder)
    return settings


@pytest.fixture(scope="session")
def real_assistant(real_index, real_embedder):  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant

    return Assistant.load(real_index, embedder=real_embedder, rebuild=False)


def assistant_over(tmp_path: Path, files: dict[str, str | bytes]):  # type: ignore[no-untyped-def]
    """An Assistant over a corpus of `files` (name -> text, or bytes) written to tmp_path, with the fake embedder."""
    from assistant.answer import Assistant
    from assistant.build import build_index
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        if isinstance(text, bytes):  # a document file (.docx, .odt, .rtf, .mhtml) as it is saved
            (corpus / name).write_bytes(text)
        else:
            (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    embedder = FakeEmbedder()
    build_index(settings, embedder)
    return Assistant.load(settings, embedder=embedder, rebuild=False)
