"""The suite's split over two pytest-xdist workers (tests/conftest.py): every test of real models in one
group, every other test with its module, and the group really reaching the scheduler."""

from __future__ import annotations

import os

import pytest
from conftest import MODELS_GROUP, uses_models


def _group(item: pytest.Item) -> str:
    marks = list(item.iter_markers("xdist_group"))
    assert len(marks) == 1, f"{item.nodeid}: {len(marks)} xdist groups"
    return str(marks[0].args[0])


def test_tests_of_real_models_share_one_group_and_the_rest_go_by_module(request: pytest.FixtureRequest) -> None:
    items = request.session.items
    uses = [uses_models(item) for item in items]
    for item, models in zip(items, uses, strict=True):
        module = item.nodeid.split("::")[0]
        assert _group(item) == (MODELS_GROUP if models else module), item.nodeid
    if any(uses):  # the models' group comes first: it is the longest
        assert uses == sorted(uses, reverse=True)


def test_the_group_reaches_the_scheduler(request: pytest.FixtureRequest) -> None:
    """pytest-xdist groups by a suffix it adds to each test's id; a pytest that ignores it (9.2,
    pytest-dev/pytest-xdist#1386) would spread the models' tests over both workers, loading each model twice."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        pytest.skip("not run by a pytest-xdist worker (-n 0)")
    for item in request.session.items:
        assert item.nodeid.endswith(f"@{_group(item)}"), item.nodeid
