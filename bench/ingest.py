"""PDF ingest: 50 generated PDFs of 20 pages each (in a temporary folder), extraction alone and a full build.

Reports pages/s of text extraction (pypdf, running heads, hyphenation: `assistant.ingest.formats.extract`)
and, inside a full `build_index` of the same folder with the real model, the share of the build's
wall time spent extracting (and the share spent encoding, for comparison). The PDFs are written by
the fixture generator (tests/fixtures/make_fixtures.py, needs fpdf2 from the test extra).

    .venv/bin/python -m bench.ingest --runs 1
    .venv/bin/python -m bench.ingest --runs 1 --docs 10 --pages 5     # a quick look
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .build import RecordingEmbedder
from .common import RESULTS, machine, median, write_json


def make_pdfs(folder: Path, docs: int, pages: int) -> int:
    """Write `docs` PDFs of `pages` pages into `folder`; returns the bytes written."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.fixtures.make_fixtures import many_page_pdf

    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(docs):
        data = many_page_pdf(pages, seed=i + 1)
        (folder / f"report-{i + 1:03d}.pdf").write_bytes(data)
        total += len(data)
    return total


def run(runs: int, docs: int, pages: int, fake: bool) -> dict[str, Any]:
    from assistant.ingest import formats
    from assistant.answer import make_embedder
    from assistant.build import build_index
    from assistant.settings import Settings

    settings = Settings.from_env()
    if fake:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.conftest import FakeEmbedder

        embedder: Any = FakeEmbedder(dim=384)
    else:
        embedder = make_embedder(settings)
        embedder.encode(["warm up"])
    extract = formats.extract
    spent = {"seconds": 0.0}

    def timed_extract(kind: str, data: bytes):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return extract(kind, data)
        finally:
            spent["seconds"] += time.perf_counter() - t

    extraction: list[float] = []
    builds: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        corpus = Path(tmp) / "corpus"
        t = time.perf_counter()
        size = make_pdfs(corpus, docs, pages)
        generate_s = time.perf_counter() - t
        files = sorted(corpus.glob("*.pdf"))
        extract("pdf", files[0].read_bytes())  # unmeasured: imports pypdf and warms its caches
        n_pages = 0
        for r in range(runs):
            t = time.perf_counter()
            n_pages = sum(len(extract("pdf", f.read_bytes()).page_starts) for f in files)
            extraction.append(time.perf_counter() - t)
            recorder = RecordingEmbedder(embedder)
            spent["seconds"] = 0.0
            formats.extract = timed_extract  # type: ignore[assignment]
            try:
                t = time.perf_counter()
                report = build_index(
                    settings.replace(corpus_dir=corpus, index_dir=Path(tmp) / f"index-{r}"), recorder, force=True
                )
                seconds = time.perf_counter() - t
            finally:
                formats.extract = extract  # type: ignore[assignment]
            builds.append({
                "seconds": seconds, "extract_seconds": spent["seconds"], "encode_seconds": recorder.seconds,
                "chunks": report.chunks_total,
            })
            print(
                f"[ingest] run {r + 1}/{runs}: extraction {extraction[-1]:.2f} s ({n_pages / extraction[-1]:.1f} pages/s), "
                f"build {seconds:.2f} s (extraction {spent['seconds']:.2f} s, encoding {recorder.seconds:.2f} s)",
                file=sys.stderr, flush=True,
            )
    extract_s = median(extraction)
    build_s = median([b["seconds"] for b in builds])
    return {
        "runs": runs,
        "docs": docs,
        "pages_per_doc": pages,
        "pages": n_pages,
        "pdf_megabytes": round(size / 2**20, 2),
        "generate_s": round(generate_s, 2),
        "embedder": embedder.model_id,
        "extract_s": round(extract_s, 3),
        "pages_per_s": round(n_pages / extract_s, 1),
        "build_s": round(build_s, 3),
        "build_pages_per_s": round(n_pages / build_s, 1),
        "chunks": builds[-1]["chunks"],
        "extract_share_of_build": round(median([b["extract_seconds"] / b["seconds"] for b in builds]), 3),
        "encode_share_of_build": round(median([b["encode_seconds"] / b["seconds"] for b in builds]), 3),
        "per_run": builds,
    }


def table(result: dict[str, Any]) -> str:
    return "\n".join([
        f"PDF ingest: {result['docs']} PDFs x {result['pages_per_doc']} pages = {result['pages']} pages "
        f"({result['pdf_megabytes']} MB), median of {result['runs']} run(s), embedder {result['embedder']}",
        f"  extraction alone     {result['extract_s']:>8.2f} s  ({result['pages_per_s']:.1f} pages/s)",
        f"  full build           {result['build_s']:>8.2f} s  ({result['build_pages_per_s']:.1f} pages/s, {result['chunks']} passages)",
        f"  share of the build: extraction {result['extract_share_of_build']:.3f}, encoding {result['encode_share_of_build']:.3f}",
    ])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--docs", type=int, default=50)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--fake-embedder", action="store_true",
                        help="Hash words instead of running the model (extraction share without encoding).")
    parser.add_argument("--out", type=Path, default=RESULTS / "ingest.json")
    args = parser.parse_args(argv)
    result = {"machine": machine(), **run(args.runs, args.docs, args.pages, args.fake_embedder)}
    write_json(args.out, result)
    print(table(result))
    return result


if __name__ == "__main__":
    main()
