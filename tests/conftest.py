"""Fixtures shared by the tests."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest


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
