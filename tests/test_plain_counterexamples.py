r"""The counterexample shown for a FAILED step is a plain point where one is at hand.

Among the sample points where the sides clearly differ, the one reported was the one with the largest
relative difference: for $\sigma'(z) = \sigma(z)(1+\sigma(z))$ that is a point like z = 518.8, where the
left side underflows to 1e-226 and the difference says nothing a reader can check by hand. The sample
holds points in [-4, 4] that fail as clearly; the smallest of them is shown (the way Hypothesis shows the
simplest falsifying example). Which point is shown never decides the verdict."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict


def _failed(text: str):
    steps = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    [step] = [s for s in steps if s.verdict is not Verdict.PROVED]
    assert step.verdict is Verdict.FAILED
    assert step.counterexample is not None
    return step.counterexample


@pytest.mark.parametrize(
    "claim",
    [
        r"\sigma'(z) = \sigma(z)(1+\sigma(z))",  # a derivative: confirmed in mpmath
        r"\sigma(z)(1-\sigma(z)) = \sigma(z) - \sigma(z)^2 = \sigma(z) + \sigma(z)^2",  # balls decide
    ],
    ids=["derivative", "value"],
)
def test_the_shown_point_is_a_small_one(claim: str) -> None:
    cx = _failed(f"$$ {claim} $$\n")
    [(name, value)] = cx.point
    assert name == "z"
    assert abs(float(value)) <= 4


def test_the_sides_shown_are_of_a_size_a_reader_can_check() -> None:
    cx = _failed(r"$$ \sigma'(z) = \sigma(z)(1+\sigma(z)) $$" + "\n")
    assert "e-" not in cx.lhs.lower() or float(cx.lhs) > 1e-6
