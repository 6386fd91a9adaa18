"""The package reads as the pipeline, and no module grows past what one reader holds in mind."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
MAX_LINES = 400
STEPS = ("ingest", "chunking.py", "embedding.py", "encoders", "store", "search", "answer.py", "app", "evals")


def test_no_module_is_over_the_line_limit() -> None:
    sizes = {p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    assert len(sizes) > 40  # the walk found the package
    too_long = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert not too_long, f"split these along their seams (over {MAX_LINES} lines): {too_long}"


def test_the_top_level_lists_the_pipeline_steps_each_with_its_purpose() -> None:
    names = {p.name for p in PACKAGE.iterdir()}
    assert set(STEPS) <= names, sorted(set(STEPS) - names)
    for step in STEPS:
        path = PACKAGE / step / "__init__.py" if not step.endswith(".py") else PACKAGE / step
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert docstring and len(docstring.split()) >= 5, f"{path.relative_to(PACKAGE)} says what the step does"


def test_library_modules_import_each_other_relatively() -> None:
    # one spelling of the package's internal imports, so moving a folder is one rewrite
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "assistant":
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not offenders, offenders
