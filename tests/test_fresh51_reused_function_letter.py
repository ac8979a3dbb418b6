r"""A function letter the notes reuse for several examples, and its value at a solution point (fresh51).

Notes on convex conjugates take ``f(x) = \frac{a}{2}x^2``, then ``f(x) = e^x``, then the softplus, each in its
own section, and a last section returns to the first ("for the quadratic with a = 2"). Two readings made
correct worked values FAILED:

* ``f(x^\star) = \log(1 + \frac{y}{1-y})`` (the function at the solution point, after ``f`` was defined) was
  learned as a new, constant ``f`` of a parameter named ``x^\star``, so a later ``f'(3)`` was 0;
* a worked value that fails by the latest definition and holds by an earlier one (not the one just before)
  was FAILED: only the definition just before the latest was tried.

Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_THREE = r"""
# Three functions under one letter

## A cubic

Take $g(t) = t^3$.

## An exponential

Now take $g(t) = e^{{2t}}$.

## A sine

Finally let $g(t) = \sin t$.

## Back to the cubic

For the cubic, $g(2) = {value}$.
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_value_by_the_first_of_three_definitions_is_not_failed() -> None:
    text = _THREE.format(value="8")
    verdicts = verdicts_by_line(text)[_line_of(text, "For the cubic")]
    assert "FAILED" not in verdicts, verdicts


def test_a_value_that_no_definition_gives_is_still_failed() -> None:
    text = _THREE.format(value="7")
    verdicts = verdicts_by_line(text)[_line_of(text, "For the cubic")]
    assert "FAILED" in verdicts, verdicts


_AT_SOLUTION = r"""
# A maximiser

Take $h(u) = \log(1 + e^u)$. Solving $h'(u) = s$ for $0 < s < 1$ gives $u^\star = \log\frac{{s}}{{1 - s}}$.
Then $h(u^\star) = \log\left(1 + \frac{{s}}{{1 - s}}\right) = -\log(1 - s)$.

The slope at zero is $h'(0) = {value}$.
"""


def test_the_function_at_its_solution_point_does_not_redefine_it() -> None:
    text = _AT_SOLUTION.format(value=r"\frac12")
    verdicts = verdicts_by_line(text)[_line_of(text, "slope at zero")]
    assert verdicts and all(v in ("PROVED", "PASSED") for v in verdicts), verdicts


def test_a_wrong_slope_after_the_solution_point_is_failed() -> None:
    text = _AT_SOLUTION.format(value="1")
    verdicts = verdicts_by_line(text)[_line_of(text, "slope at zero")]
    assert "FAILED" in verdicts, verdicts


_WITH_A_CONSTANT = r"""
# Two functions under one letter

## A scaled square

Take $q(t) = \frac{{c}}{{2}} t^2$ with $c > 0$.

## An exponential

Now take $q(t) = e^{{t}}$.

## Back to the square

For the square with $c = 4$ and $t = 3$: $q(3) = \frac{{4}}{{2}} \cdot 9 = {value}$.
"""


def test_a_worked_value_by_an_earlier_definition_with_a_constant_from_prose_is_not_failed() -> None:
    text = _WITH_A_CONSTANT.format(value="18")
    verdicts = verdicts_by_line(text)[_line_of(text, "Back to") + 2]
    assert "FAILED" not in verdicts, verdicts


def test_wrong_arithmetic_in_that_worked_value_is_failed() -> None:
    text = _WITH_A_CONSTANT.format(value="16")
    verdicts = verdicts_by_line(text)[_line_of(text, "Back to") + 2]
    assert verdicts[-1] == "FAILED", verdicts
