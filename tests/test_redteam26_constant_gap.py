r"""Two sides that differ by an exact constant too small for the sample points to see (redteam26).

``x = x + 10^{-50}``, ``1 = 1 + e^{-10^{6}}`` and ``\sin^2 x + \cos^2 x = 1 + 10^{-40}`` were PASSED: the
difference is below the relative noise the numeric stage forgives, and no symbolic argument was found, so the
numbers alone decided. Where the difference of the sides simplifies to a number that is not zero (decided with
its digits, not as a rounding), the claim is false everywhere: it is not green."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.cli import main
from verifier.results import Verdict


@pytest.mark.parametrize("claim", [
    r"x = x + 10^{-50}",
    r"1 = 1 + e^{-10^{6}}",
    r"\sin(x)^2 + \cos(x)^2 = 1 + 10^{-40}",
])  # fmt: skip
def test_a_constant_gap_is_not_green_on_the_command_line(claim: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", claim])
    out = capsys.readouterr().out
    assert code == 1 and "PASSED" not in out and "PROVED" not in out, out


def test_a_constant_gap_is_not_green_in_notes() -> None:
    steps = doc_steps("# A\n\n$$\\frac{d}{dx}(x^2 + 10^{-60} x) = 2x$$\n")
    assert [s.verdict for s in steps] != [Verdict.PASSED] and not steps[0].verdict.ok, steps[0].message


@pytest.mark.parametrize("claim", [
    r"\sqrt{5 + 2\sqrt{6}} = \sqrt{2} + \sqrt{3}",
    r"x + 10^{-50} - 10^{-50} = x",
    r"\sin(x)^2 + \cos(x)^2 = 1",
])  # fmt: skip
def test_true_claims_stay_green(claim: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--no-cache", "--jobs", "1", claim])
    out = capsys.readouterr().out
    assert code == 0, out
