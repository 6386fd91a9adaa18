"""The torch-free question path: NumPy MiniLM = sentence-transformers, BM25 without bm25s, no heavy imports."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- 200 sentences, written for this test

_SUBJECTS = ["The foreign minister", "A delegation from Tashkent", "Parliament", "The new gas consortium",
             "Border guards", "An analyst at a Bishkek think tank", "The railway operator", "Customs officials"]
_VERBS = ["signed an agreement on", "postponed talks about", "criticised the plan for", "announced funding for",
          "asked neighbours to discuss", "published figures on"]
_OBJECTS = ["water sharing along the Syr Darya", "a 12% rise in transit cargo", "visa-free travel in 2025",
            "the Caspian pipeline's second phase"]
_FIXED = [
    "Where did the presidents meet last spring?",
    "How much grain was shipped through the port of Aktau?",
    "Who chairs the regional security council this year?",
    "Why did the talks on the hydropower dam stall?",
    "Tariffs fell by 3.5 percent, according to the ministry's quarterly bulletin.",
    "Astana hosted the summit; Dushanbe sent only a deputy minister.",
    "The report (published 14 March 2024) lists 27 joint projects worth $1.2bn.",
    "Multi-vector diplomacy means keeping every door open — even the awkward ones.",
    "Q: what changed after 2022? A: trade routes, mostly.",
    "  leading and trailing spaces, and\ttabs\tinside  ",
    "ALL CAPITALS HEADLINE ABOUT A CUSTOMS UNION",
    "e-mail: press@example.org, tel. +7 727 000 00 00",
    "Где проходила встреча министров иностранных дел?",
    "Казахстан и Узбекистан подписали соглашение о водных ресурсах.",
    "Почему переговоры о транзите газа были отложены?",
    "Президент выступил на саммите в Астане с речью о безопасности.",
    "Die Minister trafen sich in Taschkent, um über Zölle zu sprechen.",
    "Les exportations de céréales ont augmenté de façon spectaculaire.",
    "Qazaqstan men Özbekstan arasyndağı sauda ösip keledi.",
    "中亚国家的外交政策",
    "",
    "?",
    "naïve café façade — Ünïcödé ß",
    "word " * 300,  # longer than the model reads: both cut at 256 word pieces
]


def sentences_200() -> list[str]:
    made = [f"{s} {v} {o}." for s, v, o in itertools.product(_SUBJECTS, _VERBS, _OBJECTS)]
    return (_FIXED + made)[:200]


def test_the_sentence_set_has_200_distinct_texts() -> None:
    texts = sentences_200()
    assert len(texts) == 200 and len(set(texts)) == 200
    assert sum(any("\u0400" <= ch <= "\u04ff" for ch in t) for t in texts) >= 4


@pytest.fixture(scope="module")
def numpy_model():  # type: ignore[no-untyped-def]
    """The question encoder as `ask` loads it (engine "auto")."""
    from assistant.encoders.minilm_numpy import NumpyMiniLM
    from assistant.settings import Settings

    settings = Settings()
    return NumpyMiniLM(settings.resolved_model_path(), settings.max_seq_length)


@pytest.fixture(scope="module", params=["onnxruntime", "numpy"])
def engine_model(request):  # type: ignore[no-untyped-def]
    """The question encoder with its layers in ONNX Runtime, then in NumPy."""
    from assistant.encoders.minilm_numpy import NumpyMiniLM
    from assistant.settings import Settings

    settings = Settings()
    return NumpyMiniLM(settings.resolved_model_path(), settings.max_seq_length, engine=request.param)


def test_auto_engine_is_onnxruntime_when_installed(numpy_model) -> None:  # type: ignore[no-untyped-def]
    import onnxruntime  # noqa: F401 - a dependency: without it "auto" would quietly run NumPy

    assert numpy_model.engine == "onnxruntime"


def test_unknown_engine_is_refused() -> None:
    from assistant.encoders.minilm_numpy import NumpyMiniLM

    with pytest.raises(ValueError, match="unknown engine 'torch'"):
        NumpyMiniLM("/nonexistent", engine="torch")


def test_shipped_onnx_graph_is_what_build_graph_writes() -> None:
    import onnx

    from assistant.encoders.minilm_onnx import GRAPH_FILE, build_graph, initializer_names

    shipped = onnx.load_from_string(GRAPH_FILE.read_bytes())
    assert shipped == build_graph(), "run `python -m assistant.encoders.minilm_onnx` to rewrite assistant/data/minilm_layers.onnx"
    assert [t.name for t in shipped.graph.initializer] == initializer_names(6)
    assert all(t.data_location == onnx.TensorProto.EXTERNAL for t in shipped.graph.initializer)  # no weights inside


@pytest.mark.model
def test_both_engines_give_the_vectors_of_sentence_transformers(engine_model, minilm_embedder) -> None:  # type: ignore[no-untyped-def]
    texts = sentences_200()
    reference = minilm_embedder.encode(texts)  # sentence-transformers, torch
    ours = engine_model.encode(texts)
    assert ours.shape == reference.shape == (200, 384) and ours.dtype == np.float32
    cosine = (ours * reference).sum(1) / np.linalg.norm(ours, axis=1) / np.linalg.norm(reference, axis=1)
    worst = int(np.argmin(cosine))
    assert cosine.min() >= 0.9999, f"cosine {cosine.min():.6f} on {texts[worst]!r}"
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


@pytest.mark.model
def test_numpy_encoder_reads_the_same_word_pieces(numpy_model, minilm_embedder) -> None:  # type: ignore[no-untyped-def]
    tokenizer = minilm_embedder.model.tokenizer
    for text in sentences_200()[:40]:
        expected = tokenizer(text.strip(), truncation=True, max_length=256)["input_ids"]
        assert numpy_model.token_ids(text) == expected, text
        assert numpy_model.count_tokens(text) == len(tokenizer(text, add_special_tokens=True)["input_ids"])
    assert len(numpy_model.token_ids("word " * 300)) == 256
    assert numpy_model.count_tokens("word " * 300) == 302


@pytest.mark.model
def test_safetensors_reader_matches_the_safetensors_package(numpy_model) -> None:  # type: ignore[no-untyped-def]
    from safetensors.numpy import load_file

    from assistant.encoders.minilm_numpy import read_safetensors
    from assistant.settings import Settings

    path = Path(Settings().resolved_model_path()) / "model.safetensors"
    ours, theirs = read_safetensors(path), load_file(str(path))
    assert ours.keys() == theirs.keys()
    for name, value in theirs.items():
        assert ours[name].dtype == value.dtype and np.array_equal(ours[name], value), name


def test_safetensors_reader_refuses_other_files(tmp_path: Path) -> None:
    from assistant.encoders.minilm_numpy import read_safetensors

    bad = tmp_path / "model.safetensors"
    bad.write_bytes(b"\xff" * 64)
    with pytest.raises(ValueError, match="not a safetensors file"):
        read_safetensors(bad)


def test_numpy_encoder_refuses_a_model_it_cannot_run(tmp_path: Path) -> None:
    from assistant.encoders.minilm_numpy import NumpyMiniLM

    (tmp_path / "config.json").write_text(json.dumps({"model_type": "xlm-roberta", "hidden_act": "gelu"}))
    with pytest.raises(ValueError, match="cannot run this model"):
        NumpyMiniLM(tmp_path)


# ---------------------------------------------------------------- one BLAS thread, counted

_BLAS_PROBE = """
import json, threading
from threadpoolctl import threadpool_info
import numpy
from assistant.encoders.minilm_numpy import one_blas_thread

def blas_threads():
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

seen = {"before": blas_threads()}
inside, leave = threading.Event(), threading.Event()

def question(name, first):
    with one_blas_thread():
        seen[name + " inside"] = blas_threads()
        if first:
            inside.set()
            leave.wait(10)
    seen[name + " left"] = blas_threads()

first = threading.Thread(target=question, args=("first", True))
first.start()
inside.wait(10)
def second_question():
    with one_blas_thread():
        leave.set()
        first.join(10)
        seen["second after first left"] = blas_threads()
second = threading.Thread(target=second_question)
second.start()
second.join(10)
seen["after both"] = blas_threads()
print(json.dumps(seen))
"""


def test_one_blas_thread_limits_and_restores_when_the_last_user_leaves() -> None:
    """Questions run in server threads, as in the app (a fresh process: OpenBLAS ignores limits
    set from other threads once the main thread has set one, so pytest's own thread would not do)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    env.pop("OPENBLAS_NUM_THREADS", None)
    env.pop("OMP_NUM_THREADS", None)
    done = subprocess.run([sys.executable, "-c", _BLAS_PROBE], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    seen = json.loads(done.stdout)
    before = seen["before"]
    if not before or max(before) < 2:
        pytest.skip("NumPy's BLAS runs on one thread here already")
    one = [1] * len(before)
    assert seen["first inside"] == one
    assert seen["first left"] == one and seen["second after first left"] == one  # the second is still inside
    assert seen["after both"] == before


# ---------------------------------------------------------------- question cache

class _CountingQueryModel:
    dim = 8

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.encoded.extend(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row, len(text) % self.dim] = 1.0
        return out

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2


def _embedder_with(model: _CountingQueryModel, cache: int = 256):  # type: ignore[no-untyped-def]
    from assistant.embedding import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder("/nonexistent/model", "test/model")
    embedder._query_model = model
    embedder.dim = model.dim
    embedder.query_cache_size = cache
    return embedder


def test_repeated_question_is_encoded_once_and_the_cache_is_bounded() -> None:
    model = _CountingQueryModel()
    embedder = _embedder_with(model, cache=2)
    first = embedder.encode_queries(["Who met in Astana?"])
    again = embedder.encode_queries(["Who met in Astana?", "And in Tashkent?"])
    assert model.encoded == ["Who met in Astana?", "And in Tashkent?"]
    assert np.array_equal(first[0], again[0])
    embedder.encode_queries(["a third one"])  # pushes out the oldest ("Who met in Astana?")
    embedder.encode_queries(["Who met in Astana?"])
    assert model.encoded.count("Who met in Astana?") == 2
    embedder.encode_queries(["who met in astana?"])  # the exact text is the key
    assert model.encoded[-1] == "who met in astana?"
    assert embedder.count_tokens("three words here") == 5  # from the NumPy model's tokenizer


def test_a_zero_size_cache_encodes_every_time() -> None:
    model = _CountingQueryModel()
    embedder = _embedder_with(model, cache=0)
    embedder.encode_queries(["Same question"])
    embedder.encode_queries(["Same question"])
    assert model.encoded == ["Same question", "Same question"]


def test_cached_vectors_cannot_be_changed_by_a_caller() -> None:
    embedder = _embedder_with(_CountingQueryModel())
    vector = embedder.encode_queries(["Where?"])
    vector[0, :] = 7.0  # a stacked copy: the cache keeps its own
    assert embedder.encode_queries(["Where?"])[0].max() == 1.0


def test_encode_queries_falls_back_to_encode_for_a_plain_embedder(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.embedding import encode_queries

    out = encode_queries(fake_embedder, ["Where did they meet?"])
    assert out.shape == (1, fake_embedder.dim) and fake_embedder.embedded == ["Where did they meet?"]


# ---------------------------------------------------------------- BM25 read without bm25s

@pytest.mark.parametrize("method", ["lucene", "bm25+"])
def test_saved_bm25_scores_equal_bm25s(tmp_path: Path, method: str) -> None:
    import bm25s

    from assistant.store.bm25_arrays import SavedBM25
    from assistant.store.lexical import tokenize

    texts = [f"{s} {v} {o}" for s, v, o in itertools.product(_SUBJECTS, _VERBS, _OBJECTS[:2])]
    index = bm25s.BM25(method=method)
    index.index([tokenize(t) or [""] for t in texts], show_progress=False)
    index.save(str(tmp_path / "bm25"))
    theirs = bm25s.BM25.load(str(tmp_path / "bm25"), load_corpus=False, allow_pickle=False)
    ours = SavedBM25.load(tmp_path / "bm25")
    assert ours.scores["num_docs"] == len(texts)
    for question in ["transit cargo rise", "water water sharing talks", "parliament funding Tashkent", "zzz"]:
        terms = [t for t in tokenize(question) if t in theirs.vocab_dict]
        expected = theirs.get_scores(terms) if terms else np.zeros(len(texts), dtype=np.float32)
        got = ours.get_scores(tokenize(question))
        assert got.dtype == expected.dtype and np.array_equal(got, expected), question
    ours.save(tmp_path / "copy")
    assert np.array_equal(SavedBM25.load(tmp_path / "copy").get_scores(["cargo"]), ours.get_scores(["cargo"]))


# ---------------------------------------------------------------- no torch on the question path

_HEAVY = ("torch", "sentence_transformers", "transformers", "pandas", "scipy", "sklearn", "bm25s")



def _imported_modules(importtime_stderr: str) -> set[str]:
    """Top-level names of every module `python -X importtime` reports as imported."""
    names = set()
    for line in importtime_stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


@pytest.mark.model
def test_assistant_ask_imports_no_torch_pandas_scipy_or_sklearn(real_index) -> None:  # type: ignore[no-untyped-def]
    env = dict(os.environ, ASSISTANT_CORPUS_DIR=str(real_index.corpus_dir), ASSISTANT_INDEX_DIR=str(real_index.index_dir),
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "assistant", "ask",
         "Where did Putin celebrate the alliance with Kazakhstan?", "--json", "--no-rebuild"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    assert answer["passages"] and not answer["abstained"], answer
    imported = _imported_modules(done.stderr)
    assert {"numpy", "assistant", "tokenizers", "onnxruntime"} <= imported  # the probe sees imports; the fast engine ran
    assert not imported & set(_HEAVY), f"the question path imported {sorted(imported & set(_HEAVY))}"


@pytest.mark.model
def test_question_vectors_of_ask_equal_the_build_models(minilm_index, minilm_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import Assistant
    from assistant.embedding import encode_queries

    question = "Which countries joined the C5 meeting on regional security?"
    bot = Assistant.load(minilm_index, rebuild=False)  # its own MiniLM, as `ask` loads it
    ours = encode_queries(bot.embedder, [question])[0]
    theirs = minilm_embedder.encode([question])[0]
    assert float(ours @ theirs) >= 0.9999
