r"""A prime that the notes say is the transpose: ``x'Ax``, ``(A + A')x`` (variants16).

Econometrics and statistics notes write the transpose as a prime and say so ("$x'$ denotes the
transpose of $x$"); the prime was read as a derivative or as a name of its own (``xprime``) and every
such step SKIPPED. Where the prose says it, a prime on a name or a bracket (not before an argument list)
is the transpose. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_QUAD = r"""
Here $x'$ denotes the transpose of the column vector $x$, and $A$ is a square matrix.

$$\frac{\partial (x'Ax)}{\partial x} = {rhs}$$
"""


def _quad(rhs: str, lead: str | None = None) -> Verdict:
    text = _QUAD.replace("{rhs}", rhs)
    if lead is not None:
        text = text.replace("Here $x'$ denotes the transpose of the column vector $x$, and", lead)
    return doc_steps(text)[-1].verdict


def test_the_gradient_of_a_quadratic_form_with_primes_is_proved() -> None:
    assert _quad("(A + A')x") is Verdict.PROVED


def test_the_unsymmetric_2ax_with_primes_is_failed() -> None:
    assert _quad("2A'x") is Verdict.FAILED


def test_without_the_sentence_a_prime_is_no_transpose() -> None:
    assert _quad("(A + A')x", "Here") is not Verdict.PROVED


_BACKPROP = r"""
The prime denotes the transpose. With $h = \tanh(Wx)$, $x \in \mathbb{R}^n$, $W \in \mathbb{R}^{m \times n}$,
$U \in \mathbb{R}^{k \times m}$, $\hat y = Uh$ and $L = \frac{1}{2}(\hat y - y)'(\hat y - y)$:

$$\frac{\partial L}{\partial U} = {rhs}$$
"""


def test_a_backprop_step_with_a_primed_vector() -> None:
    assert doc_steps(_BACKPROP.replace("{rhs}", "(\\hat y - y)h'"))[-1].verdict is Verdict.PROVED
    assert doc_steps(_BACKPROP.replace("{rhs}", "h(\\hat y - y)'"))[-1].verdict is not Verdict.PROVED


def test_a_primed_function_before_its_argument_stays_a_derivative() -> None:
    notes = r"""
The prime denotes the transpose, so $x'y$ is an inner product. For the sigmoid,

$$\sigma'(z) = \sigma(z)(1 - \sigma(z))$$
"""
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED


_OLS = r"""
Throughout, $'$ denotes the transpose. Let $X \in \mathbb{R}^{n \times p}$,
$y \in \mathbb{R}^n$ and $\beta \in \mathbb{R}^p$.

$$\frac{\partial}{\partial \beta}(y - X\beta)'(y - X\beta) = {rhs}$$
"""


def test_least_squares_in_econometrics_notation() -> None:
    assert doc_steps(_OLS.replace("{rhs}", r"-2X'(y - X\beta)"))[-1].verdict is Verdict.PROVED
    assert doc_steps(_OLS.replace("{rhs}", r"2X'(y - X\beta)"))[-1].verdict is Verdict.FAILED
