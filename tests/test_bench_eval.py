"""The evaluation benches (bench/models.py, bench/xquad*.py): what they leave behind and what they refuse."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest


def test_bench_models_leaves_no_index_behind(tmp_path: Path, settings, fake_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each run built its indexes under mkdtemp folders that nothing removed (15 were found in /tmp)."""
    import assistant.answer as answer_module
    from bench import models

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(answer_module, "make_embedder", lambda s: fake_embedder)
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(settings.corpus_dir))
    result = models.run([fake_embedder.model_id], 1)
    measured = result["models"][fake_embedder.model_id]
    assert result["questions"] == 120 and measured["passages"] > 0 and measured["throughput_vs_baseline"] == 1.0
    assert not list(scratch.glob("bench-models-*"))


@pytest.mark.parametrize(
    ("module", "pairs", "message"),
    [
        ("xquad", "en-xx", "unknown pair 'en-xx'"),
        ("xquad_abstention", "mixed", "unknown pair 'mixed'"),  # withholding one version leaves the other: not unanswerable
        ("xquad_abstention", "ru-ru,nope", "unknown pair 'nope'"),
    ],
)
def test_xquad_benches_refuse_an_unknown_pair_in_one_line(module: str, pairs: str, message: str, capsys) -> None:  # type: ignore[no-untyped-def]
    import importlib

    bench = importlib.import_module(f"bench.{module}")
    with pytest.raises(SystemExit) as info:
        bench.main(["--pairs", pairs])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
