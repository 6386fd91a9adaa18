"""Question sets answered over more than the corpus: seeds + extra folders (e.g. eval/unseen) together.

`assistant eval --corpus-extra eval/unseen` (or a set declared in `eval/corpora.json`) copies
the corpus and each extra folder, as a subfolder, into one working corpus beside the index and
builds its own index there (incremental: a second run embeds nothing). Each extra folder stays
a folder of its own, so lines repeated across one site are found per folder, as in a real corpus.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

from ..ingest.corpus import SUFFIXES, METADATA_FILE

__all__ = ["CORPORA_FILE", "combined_corpus", "declared_extras"]

CORPORA_FILE = "corpora.json"


def _copy_articles(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() not in SUFFIXES and path.name != METADATA_FILE:
            continue
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        dest = target / rel
        if not dest.exists() or dest.read_bytes() != path.read_bytes():
            shutil.copy2(path, dest)


def combined_corpus(base: Path, extras: Sequence[Path], workdir: Path) -> Path:
    """`workdir/<base name>` holding base's articles and each extra folder as a subfolder (kept in sync)."""
    root = Path(workdir) / Path(base).name
    if root.exists():
        shutil.rmtree(root)  # cheap (small text files), and no stale article survives
    _copy_articles(Path(base), root)
    taken = {p.name for p in root.iterdir()}
    for extra in extras:
        extra = Path(extra)
        if not extra.is_dir():
            raise FileNotFoundError(f"extra corpus folder {extra} does not exist")
        name = extra.name
        while name in taken:
            name += "-extra"
        taken.add(name)
        _copy_articles(extra, root / name)
    return root


def declared_extras(question_files: Sequence[Path], eval_dir: Path) -> list[Path]:
    """Extra corpus folders that `eval/corpora.json` declares for these question files ([] when none).

    The file maps a set's file name to the folders (relative to eval/) its questions also need,
    e.g. {"unseen-en-test.jsonl": ["unseen"]}. Files needing different folders cannot run together.
    """
    path = Path(eval_dir) / CORPORA_FILE
    if not path.is_file():
        return []
    try:
        declared = json.loads(path.read_text(encoding="utf-8-sig")).get("sets", {})
    except (OSError, UnicodeDecodeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{path} cannot be read ({exc})") from None
    if not isinstance(declared, dict) or not all(
        isinstance(folders, list) and all(isinstance(f, str) for f in folders) for folders in declared.values()
    ):
        raise ValueError(f'{path}: "sets" must map question file names to lists of folders')
    wanted = {tuple(declared.get(Path(f).name, [])) for f in question_files}
    if len(wanted) > 1:
        raise ValueError(
            "these question files are answered over different corpora (see eval/corpora.json): run them separately"
        )
    return [Path(eval_dir) / p for p in (wanted.pop() if wanted else ())]
