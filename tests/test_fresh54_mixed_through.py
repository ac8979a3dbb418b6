r"""A mixed second partial by a quantity the notes also define, taken one partial at a time (fresh54).

A review sheet parameterises a Gaussian by its precision, "$\lambda = 1/\sigma^2$", writes the loss
``\ell(\mu, \lambda)`` and its second partials. ``\frac{\partial^2 \ell}{\partial \lambda^2}`` was checked (λ is
taken where its value occurs), the mixed ``\frac{\partial^2 \ell}{\partial \mu\, \partial \lambda}`` was SKIPPED
"mixed derivatives through intermediate quantities are not supported", a wrong factor too. It is the partial by
λ of the partial by μ, each taken as a single partial is. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = r"""
# The Gaussian in its precision

Write the Gaussian with its precision $\lambda = 1/\sigma^2$. For one observation $x$,

$$\ell(\mu, \lambda) = -\frac{1}{2}\log\lambda + \frac{\lambda}{2}(x - \mu)^2.$$

The mixed partial:

$$\frac{\partial^2 \ell}{\partial \mu\, \partial \lambda} = RESULT$$
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _verdicts(result: str) -> list[str]:
    text = _NOTES.replace("RESULT", result)
    return verdicts_by_line(text)[_line_of(text, "\\partial \\mu\\, \\partial")]


def test_the_mixed_partial_is_proved() -> None:
    assert _verdicts(r"-(x - \mu)") == ["PROVED"]


def test_a_wrong_factor_in_the_mixed_partial_is_failed() -> None:
    assert _verdicts(r"-2(x - \mu)") == ["FAILED"]
