"""A corpus of many small files: build from scratch, the no-op build, a one-file edit, and loading for a question.

With the tests' fake embedder (hashed bag of words), so that what is measured is the build's own work
(scan, cleaning, chunking, manifest, files), not the model. Each stage is timed `--runs` times on
generated notes (each with a code word, which the question after the edit must find).

    .venv/bin/python -m bench.corpus_scale --files 2000 --runs 2
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from .common import median


def write_notes(folder: Path, n: int) -> None:
    """`n` short articles in two folders, each naming its own code word."""
    for i in range(n):
        target = folder / ("sub" if i % 2 else "") / f"note-{i:05d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"Field note {i}\n\nThe code word of this note is zq{i:05d}x. The survey team counted "
                          f"{i * 7} poplars along canal number {i % 13} before the water was let in.\n", encoding="utf-8")


def run(n: int) -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from assistant.answer import Assistant
    from assistant.build import build_index
    from assistant.settings import Settings
    from tests.conftest import FakeEmbedder

    root = Path(tempfile.mkdtemp(prefix="corpus-scale-"))
    try:
        write_notes(root / "corpus", n)
        settings = Settings().replace(corpus_dir=root / "corpus", index_dir=root / "index")
        embedder = FakeEmbedder()
        out: dict[str, float] = {}
        t = time.perf_counter()
        build_index(settings, embedder)
        out["scratch_s"] = time.perf_counter() - t
        t = time.perf_counter()
        assert build_index(settings, embedder).up_to_date
        out["noop_s"] = time.perf_counter() - t
        edited = root / "corpus" / f"note-{n // 2:05d}.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "A later visit found the canal dry.\n", encoding="utf-8")
        t = time.perf_counter()
        report = build_index(settings, embedder)
        out["one_edit_s"] = time.perf_counter() - t
        assert report.docs_changed == 1 and report.chunks_embedded == 1
        t = time.perf_counter()
        bot = Assistant.load(settings, embedder=embedder, rebuild=False)
        out["load_s"] = time.perf_counter() - t
        answer = bot.ask(f"zq{n // 2:05d}x", k=1)
        assert answer.passages[0].source.endswith(edited.name)
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.files < 2 or args.runs < 1:
        parser.error("--files must be at least 2 and --runs at least 1")
    runs = [run(args.files) for _ in range(args.runs)]
    result = {"files": args.files, "runs": runs, "median": {k: round(median([r[k] for r in runs]), 2) for k in runs[0]}}
    print(json.dumps(result["median"]))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
