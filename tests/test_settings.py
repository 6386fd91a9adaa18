"""Settings: defaults, environment overrides, one-sentence errors for bad values."""

from __future__ import annotations

import pytest

from assistant.errors import AssistantError
from assistant.settings import Settings


def test_environment_overrides_defaults() -> None:
    s = Settings.from_env({"ASSISTANT_CHUNK_TOKENS": "180", "ASSISTANT_DENSE_WEIGHT": "0.4", "ASSISTANT_NORMALIZE": "yes"})
    assert (s.chunk_tokens, s.dense_weight, s.normalize) == (180, 0.4, True)
    assert Settings.from_env({}, k=7).k == 7  # explicit overrides win


@pytest.mark.parametrize(
    "env,message",
    [
        ({"ASSISTANT_CHUNK_TOKENS": "lots"}, "is not a valid int"),
        ({"ASSISTANT_CHUNK_TOKENS": "300"}, "chunk_max_tokens must be at least chunk_tokens"),
        ({"ASSISTANT_CHUNK_OVERLAP": "500"}, "chunk_overlap"),
        ({"ASSISTANT_DENSE_WEIGHT": "1.5"}, "within 0..1"),
        ({"ASSISTANT_K": "0"}, "at least 1"),
        ({"ASSISTANT_PORT": "70000"}, "port"),
        ({"ASSISTANT_CROSS_SCRIPT_WEIGHT": "-1"}, "sentence_use_weight and channel_offset must be at least 0"),
        ({"ASSISTANT_CROSS_TERMS_WEIGHT": "-2"}, "sentence_use_weight and channel_offset must be at least 0"),
        ({"ASSISTANT_CHANNEL_OFFSET": "-0.2"}, "sentence_use_weight and channel_offset must be at least 0"),
        ({"ASSISTANT_CROSS_SCRIPT_ROWS": "-1"}, "cross_script_rows must be at least 0"),
        ({"ASSISTANT_ABSTENTION_MODEL": "no/such/model.json"}, "abstention_model must be empty, 'rule' or an existing"),
    ],
)
def test_bad_values_are_one_sentence(env: dict[str, str], message: str) -> None:
    with pytest.raises(AssistantError, match=message):
        Settings.from_env(env)


def test_index_fingerprint_holds_only_what_shapes_the_index() -> None:
    fingerprint = Settings().index_fingerprint()
    assert {"model_id", "tokenizer", "chunk_tokens", "chunk_max_tokens", "chunk_overlap"} <= set(fingerprint)
    assert "k" not in fingerprint and "dense_weight" not in fingerprint
