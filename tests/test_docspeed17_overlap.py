"""The parent's work on an item's answer overlaps the workers (docspeed17): ``run_each``'s
``on_result`` is called as each answer arrives, and ``check_many`` reads a document again in the
parent as soon as its reading worker has answered, not after every document has been read."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from support import growing_budget

from verifier.documents import pool
from verifier.documents.check import check_document
from verifier.documents.pool import DocumentTask, check_many
from verifier.engine import Settings
from verifier.runner import run_each

FAST = Settings(points=30)


def _slow_last(item: int) -> int:
    time.sleep(1.5 if item == 2 else 0.0)
    return item * 10


@pytest.mark.parametrize("jobs", [1, 2])
def test_on_result_sees_each_answer_as_it_arrives(jobs: int) -> None:
    seen: list[tuple[int, int, float]] = []
    out = run_each(_slow_last, [0, 1, 2], lambda i, o: -1, timeout=30, jobs=jobs,
                   on_result=lambda item, value: seen.append((item, value, time.monotonic())))  # fmt: skip
    ended = time.monotonic()
    assert out == [0, 10, 20]
    assert sorted((item, value) for item, value, _ in seen) == [(0, 0), (1, 10), (2, 20)]
    early = [at for item, _, at in seen if item == 0]
    assert early[0] < ended - 1.0  # item 0's answer was handed over while item 2 still ran


def _hang_on_one(item: int) -> int:
    if item == 1:
        time.sleep(600)
    return item


def test_on_result_is_not_called_for_an_item_that_failed() -> None:
    seen: list[int] = []

    def attempt(timeout: float) -> list[int]:
        seen.clear()
        return run_each(_hang_on_one, [0, 1, 2], lambda i, o: -1, timeout=timeout, jobs=1,
                        on_result=lambda item, value: seen.append(item))  # fmt: skip

    # items 0 and 2 must answer within the budget (item 2 in a fresh worker): 0.25 s is ample on an idle
    # machine, and a slower one tries again with twice the budget (support.growing_budget)
    out = growing_budget(attempt, lambda out: out[0] == 0 and out[2] == 2, 0.25, 6.0)
    assert out == [0, -1, 2]
    assert sorted(seen) == [0, 2]


_DOC = r"""
$$\frac{d}{dx} x^3 = 3x^2$$

$$\frac{d}{dx} \sin(x) = \cos(x)$$

$$(x + 1)^2 = x^2 + 2x + 1$$
"""


def test_a_document_is_read_again_in_the_parent_as_soon_as_its_worker_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for name in ("a.md", "b.md", "c.md"):
        p = tmp_path / name
        p.write_text(textwrap.dedent(_DOC).lstrip(), encoding="utf-8")
        paths.append(p)
    read_chains, prepare_text = pool.read_chains, pool.prepare_text

    def slow_read(text: str, shown: str, *rest: object) -> int:
        if shown.endswith("c.md"):  # the last document's reading worker takes 2 s
            time.sleep(2.0)
        return read_chains(text, shown, *rest)  # type: ignore[arg-type]

    prepared: dict[str, float] = {}

    def timed_prepare(text: str, shown: str, *rest: object, **kw: object) -> pool.PreparedDocument:
        prepared[Path(shown).name] = time.monotonic()
        return prepare_text(text, shown, *rest, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pool, "read_chains", slow_read)
    monkeypatch.setattr(pool, "prepare_text", timed_prepare)
    pooled = check_many([DocumentTask(p, FAST) for p in paths], timeout=30.0, jobs=1)
    assert prepared["a.md"] < prepared["c.md"] - 1.0  # a.md was read again while c.md's worker still read
    monkeypatch.undo()
    alone = [check_document(p, FAST, timeout=30.0, jobs=1) for p in paths]
    facts = [[(s.verdict, s.message) for c in check.chains for s in c.result.steps] for check, _ in pooled]
    assert facts == [[(s.verdict, s.message) for c in check.chains for s in c.result.steps] for check in alone]
    assert [[c.step_lines for c in check.chains] for check, _ in pooled] == [[[1], [3], [5]]] * 3


def test_the_documents_are_read_in_one_lane_fewer_than_the_chains_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent reads each document again alongside its reading workers, so it takes one of the lanes."""
    import verifier.runner as runner

    p = tmp_path / "a.md"
    p.write_text(textwrap.dedent(_DOC).lstrip(), encoding="utf-8")
    jobs_asked: list[int] = []
    original = runner.run_each

    def recorded(*args: object, **kwargs: object) -> object:
        jobs_asked.append(int(kwargs.get("jobs", 1)))  # type: ignore[call-overload]
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "run_each", recorded)
    check_many([DocumentTask(p, FAST)], timeout=30.0, jobs=3)
    check_many([DocumentTask(p, FAST)], timeout=30.0, jobs=1)
    assert jobs_asked == [2, 3, 1, 1]  # reading, then the chains; never fewer than one reading lane
