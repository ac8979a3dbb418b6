r"""A starred point the notes' update rule writes is no point fixed by an unread condition (sound55).

fresh51 SKIPPED a step that fails with the notes' recurrence unfolded at values of a starred name the notes never
define (Kaczmarz's Pythagoras holds because x^⋆ lies on the hyperplane the step projects onto: a condition not
read). Its test was only that the counterexample varies x^⋆, so a wrong contraction factor in gradient descent on
``f(x) = \frac{a}{2}(x - x^\star)^2`` — ``x_{k+1} - x^\star = (1 - \eta)(x_k - x^\star)`` after
``x_{k+1} = x_k - \eta a (x_k - x^\star)`` — was SKIPPED too. There the rule itself writes x^⋆ (directly or
through the definition it reaches): the iterates are defined around it, for every value of it, and a step that
fails at values of it fails for the rule the notes wrote. FAILED. Every note is written here."""

from __future__ import annotations

from support import verdicts_by_line

_DESCENT = r"""
# Gradient descent on a quadratic

Take $f(x) = \frac{{a}}{{2}}(x - x^\star)^2$ with $a > 0$, minimised at $x^\star$.
Gradient descent with step $\eta$ is

$$x_{{k+1}} = {rule}.$$

Subtracting $x^\star$,

$$x_{{k+1}} - x^\star = {factor}(x_k - x^\star).$$
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _verdicts(rule: str, factor: str) -> list[str]:
    text = _DESCENT.format(rule=rule, factor=factor)
    return verdicts_by_line(text)[_line_of(text, "- x^\\star = ")]


def test_a_wrong_factor_with_the_point_in_the_rule_is_failed() -> None:
    assert _verdicts(r"x_k - \eta a (x_k - x^\star)", r"(1 - \eta)") == ["FAILED"]


def test_a_wrong_factor_with_the_point_in_the_gradient_the_rule_takes_is_failed() -> None:
    assert _verdicts(r"x_k - \eta f'(x_k)", r"(1 - \eta)") == ["FAILED"]


def test_the_right_factor_with_the_point_in_the_rule_is_green() -> None:
    verdicts = _verdicts(r"x_k - \eta a (x_k - x^\star)", r"(1 - \eta a)")
    assert verdicts and all(v in ("PROVED", "PASSED") for v in verdicts), verdicts
