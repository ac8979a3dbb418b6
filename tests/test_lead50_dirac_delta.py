r"""A derivative that SymPy writes with DiracDelta is evaluated, not an ERROR (lead50).

The second derivative of ``\max(0, x)`` (or a Hessian through a ``\max`` of the log-sum-exp's shift) comes out of
SymPy with ``DiracDelta``: numpy's printer has no such function, so the numeric stage raised and the step was an
ERROR — a gate failure for a formula the notes may well have right. Away from its point DiracDelta is 0, and the
samples are drawn away from it (a point where its argument is exactly 0 is no valid point), as a kink's derivative
is read elsewhere (verifier.cases)."""

from __future__ import annotations

from support import doc_steps


def _one(right: str):
    steps = doc_steps("For real $x$,\n\n$$\\frac{d^2}{dx^2} \\max(0, x) = " + right + "$$\n")
    assert len(steps) == 1
    return steps[0]


def test_second_derivative_of_a_kink_is_checked() -> None:
    assert _one("0").verdict.value in ("PROVED", "PASSED"), _one("0").message


def test_a_wrong_one_is_failed() -> None:
    assert _one("1").verdict.value == "FAILED"
