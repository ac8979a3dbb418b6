"""The suite's order (tests/conftest.py): the tests that fork the worker first, then the slow ones, then the rest.

A fork costs in proportion to the worker's size, which grows through the run (docs/speed.md, speed43)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import conftest
import pytest


class _Mark:
    def __init__(self, seconds: float) -> None:
        self.args = (seconds,)


class _Item:
    """The little of a pytest item the ordering reads."""

    def __init__(
        self, name: str, module: ModuleType, fixtures: tuple[str, ...] = (), slow: float | None = None
    ) -> None:
        self.name = name
        self.module = module
        self.fixturenames = list(fixtures)
        self._slow = slow

    def get_closest_marker(self, name: str) -> Any:
        return _Mark(self._slow) if name == "slow" and self._slow is not None else None


def _module(name: str, **names: Any) -> ModuleType:
    module = ModuleType(name)
    vars(module).update(names)
    return module


def test_a_module_calling_the_cli_the_runner_or_the_pool_forks_the_worker() -> None:
    from verifier import processes, runner
    from verifier.cli import main
    from verifier.documents.check import check_text
    from verifier.documents.pool import check_many

    seen: dict[str, bool] = {}
    assert conftest._forks_the_worker(_Item("a", _module("m_cli", main=main)), seen)
    assert conftest._forks_the_worker(_Item("b", _module("m_runner", runner=runner)), seen)
    assert conftest._forks_the_worker(_Item("c", _module("m_processes", processes=processes)), seen)
    assert conftest._forks_the_worker(_Item("d", _module("m_pool", check_many=check_many)), seen)
    assert not conftest._forks_the_worker(_Item("e", _module("m_text", check_text=check_text, pytest=pytest)), seen)


def test_a_test_running_pytest_in_process_forks_the_worker() -> None:
    plain = _module("m_plain")
    assert conftest._forks_the_worker(_Item("a", plain, fixtures=("course", "pytester")), {})
    assert not conftest._forks_the_worker(_Item("b", plain, fixtures=("tmp_path",)), {})


def test_forking_tests_run_first_then_the_slow_ones_the_rest_in_their_order() -> None:
    from verifier.cli import main

    plain = _module("m_plain2")
    forking = _module("m_forking", main=main)
    items = [
        _Item("plain1", plain),
        _Item("slow2", plain, slow=2),
        _Item("fork1", forking),
        _Item("plain2", plain),
        _Item("slow9", plain, slow=9),
        _Item("forkslow", forking, slow=3),
        _Item("fork2", forking),
    ]
    conftest.pytest_collection_modifyitems(items)  # type: ignore[arg-type]
    assert [i.name for i in items] == ["forkslow", "fork1", "fork2", "slow9", "slow2", "plain1", "plain2"]
