"""Deep, up-and-down recursion does not map and unmap CPython's frame-stack chunks (cold68).

CPython 3.11 unmaps a 16 KiB chunk of its frame stack as soon as the last frame in it returns, so a
recursion that goes down and up across a chunk's edge maps it again, and faults its pages in, at every
crossing (gh-142183). ``framestack.call_with_room`` gives the call a chunk of its own with ~500 KiB
left over, and the suite runs its tests under it (``pytest_runtestloop`` in ``tests/conftest.py``).
"""

from __future__ import annotations

import resource
import sys

import pytest

from verifier import framestack

CROSSINGS = 2_000  # recursions 400 frames deep (~38 KiB of frames: at least one chunk's edge crossed twice)


def _down(n: int) -> int:
    return _down(n - 1) + 1 if n else 0


def _page_faults_of_recursions() -> int:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(CROSSINGS):
        assert _down(400) == 400
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def test_recursion_with_room_faults_no_pages_in() -> None:
    assert framestack.call_with_room(_page_faults_of_recursions) < CROSSINGS // 4


def test_the_suite_runs_its_tests_with_room() -> None:
    assert _page_faults_of_recursions() < CROSSINGS // 4


def test_call_with_room_passes_arguments_results_and_exceptions_on() -> None:
    assert framestack.call_with_room(pow, 2, 10) == 1024
    assert framestack.call_with_room(int, "ff", base=16) == 255
    assert framestack.call_with_room(sorted, [3, 1, 2], reverse=True) == [3, 2, 1]
    with pytest.raises(ZeroDivisionError):
        framestack.call_with_room(divmod, 1, 0)
    assert framestack.call_with_room(sys._getframe).f_code is framestack.call_with_room.__code__


def test_deeper_than_the_room_still_works() -> None:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(20_000)
    try:
        assert framestack.call_with_room(_down, 8_000) == 8_000  # ~750 KiB of frames: past the room
    finally:
        sys.setrecursionlimit(limit)


def _caller_name() -> str:
    return sys._getframe(1).f_code.co_name


def test_a_forked_worker_calls_its_function_with_room() -> None:
    from verifier import runner

    outcome = runner.run_in_worker(_caller_name, timeout=60)
    assert (outcome.status, outcome.value) == ("ok", "call_with_room")


def test_the_command_line_runs_its_command_with_room(monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier import cli

    callers: list[str] = []

    def command(argv: object) -> int:
        callers.append(sys._getframe(1).f_code.co_name)
        return 0

    monkeypatch.setattr(cli, "_main", command)
    assert cli.main(["all"]) == 0
    assert callers == ["call_with_room"]
