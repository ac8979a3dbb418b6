r"""The other coordinates of a partial derivative are held fixed: not names "on one side only".

A predator–prey note writes the four partial derivatives of its vector field, ``\frac{\partial}{\partial x}(\alpha
x - \beta x y) = \alpha - \beta y`` beside ``\frac{\partial}{\partial y}(\alpha x - \beta x y) = -\beta x``. The
copy with the swapped variable (``= -\beta y``) was SKIPPED "x appear(s) on one side only": a name that stays in the
written-out operand keeps that doubt on purpose (fresh2: the notes may relate it to the variable in words). But x
here is itself a variable the notes take a partial derivative by: an independent coordinate, held fixed by ∂/∂y,
so the step fails for every x (``documents.coordinates``). The doubt stays where the notes never differentiate by
the name, and where the prose before the step gives it a value or names a point."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

BOTH = r"""The field's first component is $p^2 q - 3q$. Its two partial derivatives are

$$
\frac{\partial}{\partial p}(p^2 q - 3q) = 2pq, \qquad \frac{\partial}{\partial q}(p^2 q - 3q) = {right}
$$
"""


def _verdicts(body: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(body)]


def test_the_right_partial_derivatives_are_proved() -> None:
    assert _verdicts(BOTH.replace("{right}", "p^2 - 3")) == [Verdict.PROVED, Verdict.PROVED]


def test_a_swapped_coordinate_is_failed() -> None:
    assert _verdicts(BOTH.replace("{right}", "q^2 - 3")) == [Verdict.PROVED, Verdict.FAILED]


def test_a_dropped_coordinate_is_failed_in_subscript_notation() -> None:
    body = ("The Jacobian of $g = u^3 v + v$ has the entries\n\n$$\n\\partial_u (u^3 v + v) = 3u^2 v\n$$\n\nand\n\n"
            "$$\n\\partial_v (u^3 v + v) = 1 + v^3\n$$\n")
    assert _verdicts(body) == [Verdict.PROVED, Verdict.FAILED]


def test_a_name_never_differentiated_by_keeps_the_doubt() -> None:
    body = "$$\n\\frac{\\partial}{\\partial q}(p^2 q - 3q) = q^2 - 3\n$$\n"
    steps = doc_steps(body)
    assert [s.verdict for s in steps] == [Verdict.SKIPPED] and "one side only" in (steps[0].message or "")


def test_a_value_stated_before_keeps_the_doubt() -> None:
    body = BOTH.replace("{right}", "1 - 3").replace("Its two", "At $p = 1$ its two")
    assert Verdict.FAILED not in _verdicts(body)
