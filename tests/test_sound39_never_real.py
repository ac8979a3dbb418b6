r"""Sides never real on the domain are not green (sound39; sound38 left it).

``\sqrt{-1-x^2} = \sqrt{-(1+x^2)}`` or ``\log(-1-x^2) = \log(-1-x^2)`` were PROVED: the symbolic stage saw equal
trees and the numeric stage counted every sample point valid because complex balls agree there — but no point
has a real value, and a claim of the notes is about real values. PROVED needs numerics that agree at real
points; with too few of them the step is SKIPPED and says why. A claim real at most points (``\sqrt{x}^2 = x``
over the reals, ``\log(1+x^2) = \log(1+x^2)``) keeps its verdict, and a wrong one stays FAILED."""

from __future__ import annotations

from verifier.commands.check import _checked
from verifier.engine import Settings
from verifier.results import StepResult, Verdict


def _result(*members: str) -> StepResult:
    return _checked(members, set(), set(), Settings(points=60))[0]


def test_never_real_sides_are_skipped() -> None:
    for left, right in ((r"\sqrt{-1-x^2}", r"\sqrt{-(1+x^2)}"), (r"\log(-1-x^2)", r"\log(-1-x^2)"),
                        (r"\log(-2-x^2) + 1", r"1 + \log(-x^2-2)")):
        r = _result(left, right)
        assert r.verdict is Verdict.SKIPPED, (left, r.verdict, r.message)
        assert "not real" in r.message


def test_real_sides_keep_their_verdicts() -> None:
    assert _result(r"\log(1+x^2)", r"\log(1+x^2)").verdict is Verdict.PROVED
    assert _result(r"\sqrt{x}^2", "x").verdict.ok
    assert _result(r"\sqrt{-1-x^2}", r"2\sqrt{-1-x^2}").verdict is Verdict.FAILED
