r"""Primes after the section's own Leibniz derivative: ``y'`` where the notes wrote ``\frac{dy}{dx}`` (fresh53).

Implicit differentiation of a constraint writes ``\frac{dy}{dx}`` once and then goes on in primes:
``y'' = -\frac{2y - 2xy'}{4y^2} = -\frac{y - xy'}{2y^2}``. The chain writes no ``\frac{d}{dx}`` of its own, so its
primes had no variable and every link was SKIPPED ("a prime (…)' needs the differentiation variable"), a slip in
the algebra between the right members too. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_CIRCLE = r"""
# Q2. Implicit differentiation

On the curve $x^2 + 2y^2 = 3$, differentiate in $x$:

$$2x + 4y\,\frac{dy}{dx} = 0 \implies \frac{dy}{dx} = -\frac{x}{2y}$$

With $y' = -\frac{x}{2y}$ and the quotient rule,

$$y'' = -\frac{2y - 2xy'}{4y^2} = RIGHT$$
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_algebra_in_primes_after_the_leibniz_derivative_is_checked() -> None:
    text = _CIRCLE.replace("RIGHT", r"-\frac{y - xy'}{2y^2}")
    verdicts = verdicts_by_line(text)[_line_of(text, "y'' =")]
    assert verdicts[1] == "PROVED", verdicts


def test_a_slip_in_that_algebra_is_failed() -> None:
    text = _CIRCLE.replace("RIGHT", r"-\frac{y - xy'}{4y^2}")
    verdicts = verdicts_by_line(text)[_line_of(text, "y'' =")]
    assert verdicts[1] == "FAILED", verdicts


def test_what_the_prime_is_stays_unsaid() -> None:
    text = _CIRCLE.replace("RIGHT", r"-\frac{y - xy'}{2y^2}")
    verdicts = verdicts_by_line(text)[_line_of(text, "y'' =")]
    assert verdicts[0] not in ("FAILED", "PROVED", "PASSED"), verdicts


def test_another_primed_letter_leaves_the_primes_unread() -> None:
    text = _CIRCLE.replace("RIGHT", r"-\frac{y - xy'}{4y^2}").replace(
        "With $y'", "Take the point $x' = 2x$. With $y'")
    verdicts = verdicts_by_line(text)[_line_of(text, "y'' =")]
    assert "FAILED" not in verdicts, verdicts
