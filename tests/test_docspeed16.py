r"""docspeed16 (issue 8 §5): work the engine did that could not change a verdict, left out.

Each lever keeps the verdicts and messages; these tests show the work is no longer done where it
cannot matter, and that the cases where it does matter are still decided as before."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier import engine


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    calls: list[object] = []
    original = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_uncovered_walks_a_member_only_where_a_point_has_no_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """A green step whose sides have values at every point cannot have a gap in its cases: the members'
    trees are not searched for cases there (``engine._partial_cases``)."""
    walked = _counting(monkeypatch, engine, "_partial_cases")
    (step,) = doc_steps(r"$$\max(0, x) + \max(0, -x) = |x|$$")
    assert step.verdict.value in {"PROVED", "PASSED"}, step.message
    assert walked == []


def test_a_gap_in_the_cases_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    walked = _counting(monkeypatch, engine, "_partial_cases")
    (step,) = doc_steps(r"$$\frac{d}{dx}|x| = \begin{cases} 1 & x > 0 \end{cases}$$")
    assert step.verdict.value == "SKIPPED", step.message
    assert "no branch applies" in step.message
    assert walked
