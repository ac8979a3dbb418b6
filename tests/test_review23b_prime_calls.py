r"""A function the notes define keeps its derivative prime where they say ' is the transpose (review23b).

variants16 reads a prime as ``^\top`` in notes that say so, except before an argument list of a command
or of f and g. The notes' own functions (``h(a) = a^3``, ``L(w) = …``) were missed: ``h'(a) = 3a^2`` was
FAILED (read as the transpose of h(a)). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
Throughout, $x'$ denotes the transpose of $x$.

Let $A$ be a symmetric $n \times n$ matrix, $x \in \mathbb{R}^n$ and $h(a) = a^3$ for a scalar $a$.

$$\frac{\partial (x'Ax)}{\partial x} = (A + A')x$$

$$h'(a) = {rhs}$$
"""


def _steps(rhs: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(_NOTES.replace("{rhs}", rhs))]


def test_a_defined_functions_prime_stays_a_derivative() -> None:
    verdicts = _steps("3a^2")
    assert verdicts[-1] in GREEN
    assert verdicts[-2] in GREEN  # the transposes still read


def test_a_wrong_derivative_of_a_defined_function_is_not_green() -> None:
    assert _steps("a^3")[-1] is Verdict.FAILED  # forgot to differentiate
    assert _steps("3a")[-1] is Verdict.FAILED
