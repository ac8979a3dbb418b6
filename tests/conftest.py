"""Fixtures shared by the tests."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the expensive tests first, the most expensive first.

    pytest-xdist (``--dist loadgroup``, no reordering) hands tests out in collection order as the
    workers ask for more; a test of 10 s of CPU that starts last leaves one core idle while it
    runs. ``@pytest.mark.slow(seconds)`` gives a test's rough CPU cost; the others keep their order.
    """

    def cost(item: pytest.Item) -> float:
        mark = item.get_closest_marker("slow")
        return -float(mark.args[0]) if mark is not None and mark.args else 0.0

    items.sort(key=cost)  # stable: unmarked tests keep the collection order


@pytest.fixture
def make_catalog(tmp_path: Path) -> Callable[..., Path]:
    """Write modules {name: source} into a fresh catalog directory and return it."""

    def make(**modules: str) -> Path:
        root = tmp_path / "derivations"
        root.mkdir(exist_ok=True)
        for name, source in modules.items():
            (root / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        return root

    return make


@pytest.fixture(autouse=True)
def _not_on_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that call ``main`` expect the text format even when this suite runs on GitHub Actions."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
