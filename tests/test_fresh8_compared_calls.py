r"""One undefined letter applied at two points in a step (``p(y)/p(x)``, ``V(s') - V(s)``) is one
function at two points, not a factor that cancels: a Metropolis ratio ``\log\frac{p(y)}{p(x)} =
-\frac{y^2}{2} + \frac{x^2}{2}`` was read as ``\log(y/x)`` and FAILED although it is right for the
target the prose names. Where the notes do not define the function, the step is SKIPPED with that
reason (documents.numbercalls). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.numbercalls import applied_at_points

_RATIO = r"""
Target $p(x) \propto e^{-x^2/2}$, proposal $y = x + \epsilon$.

$$\log\frac{p(y)}{p(x)} = {rhs} = \frac{(x - y)(x + y)}{2}$$
"""


def test_one_letter_at_two_points_is_found() -> None:
    assert applied_at_points(["\\log\\frac{p(y)}{p(x)}", "0"]) == {"p": {"p(y)", "p(x)"}}
    assert applied_at_points(["V(s') - V(s)"]) == {"V": {"V(s')", "V(s)"}}
    assert applied_at_points(["a(b + c)", "ab + ac"]) == {}


def test_a_ratio_of_a_density_at_two_points_is_not_failed() -> None:
    first, second = doc_steps(_RATIO.replace("{rhs}", "-\\frac{y^2}{2} + \\frac{x^2}{2}"))
    assert first.verdict.value == "SKIPPED"
    assert "one function at two points" in first.message
    assert second.verdict.value == "PROVED"


def test_a_wrong_link_after_the_ratio_still_fails() -> None:
    steps = doc_steps(_RATIO.replace("{rhs}", "-\\frac{y^2}{2} - \\frac{x^2}{2}"))
    assert steps[1].verdict.value == "FAILED"


def test_a_letter_times_a_sum_keeps_its_verdict() -> None:
    (step,) = doc_steps("$$a(b + c) = ab + bc$$\n")
    assert step.verdict.value != "PROVED"
