r"""A branch no sample reaches is not green when the argument by cases did not run (lead55).

``\max(x, -10^{7}\sqrt{2}) = x`` is false for x < −1.4·10⁷, beyond every sample; the argument by cases
(verifier.cases) cuts the line there and refutes it (redteam25). Under load the symbolic stage's budget ran out
before the cases were reached, and the samples alone made the step PASSED: the verdict of a false claim depended on
how busy the machine was (the suite's redteam25 test failed at load 19). A PASSED step whose sides change formula at
a point beyond every sample, where no symbolic argument looked, is SKIPPED, naming the point. Examples written here.
"""

from __future__ import annotations

import sympy as sp

from verifier.catalog import Builder
from verifier.engine import Settings, check_claim
from verifier.results import Verdict

_NO_SYMBOLIC = Settings(symbolic=False)


def _step(lhs: object, rhs: object, b: Builder, settings: Settings) -> object:
    (step,) = check_claim(b.claim(lhs, rhs), "lead55-breakpoint", {}, settings)
    return step


def test_a_far_branch_is_not_green_without_the_cases() -> None:
    b = Builder()
    x = b.real("x")
    step = _step(sp.Max(x, -10**7 * sp.sqrt(2)), x, b, _NO_SYMBOLIC)
    assert step.verdict is Verdict.SKIPPED
    assert "sqrt(2)" in step.message and "beyond every sample" in step.message


def test_a_far_branch_of_min_and_of_an_absolute_value_too() -> None:
    b = Builder()
    x = b.real("x")
    assert _step(sp.Min(x, sp.exp(20)), x, b, _NO_SYMBOLIC).verdict is Verdict.SKIPPED
    assert _step(sp.Max(sp.Abs(x) - 10**9, 0) + x, x, b, _NO_SYMBOLIC).verdict is Verdict.SKIPPED


def test_a_breakpoint_among_the_samples_leaves_the_numbers_their_say() -> None:
    b = Builder()
    x = b.real("x")
    assert _step(sp.Max(x, 0) + sp.Min(x, 0), x, b, _NO_SYMBOLIC).verdict is Verdict.PASSED
    assert _step(sp.Max(x, 1) - x, sp.Max(1 - x, 0), b, _NO_SYMBOLIC).verdict is Verdict.PASSED
