r"""A primed letter the notes differentiate by time is a derivative, not a second quantity
(documents.primenames): where the prose says the letter depends on a variable ("the position $x$
depends on $t$"), or the notes write it twice primed (``x''``, a second derivative), ``x'`` beside
``x`` (an energy ``\frac{1}{2}x'^2 + \frac{1}{2}kx^2``) is dx/dt. Read as a name (a constant), the
wrong ``\frac{d}{dt}(x'^2) = 0`` was PROVED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.primenames import quantity_primes

GREEN = ("PROVED", "PASSED")

_ENERGY = r"""
The position $x$ {said}; the energy is $E = \frac{1}{2}x'^2 + \frac{1}{2}k x^2$.

$$\frac{d}{dt}\left(x'^2\right) = 0$$
"""


def test_a_letter_written_twice_primed_is_not_a_quantity() -> None:
    assert quantity_primes("$E = x'^2 + x^2$ and $x'' = -x$") == frozenset()


def test_a_dropped_derivative_of_a_velocity_is_not_green_where_the_prose_says_time() -> None:
    (step,) = doc_steps(_ENERGY.replace("{said}", "depends on $t$"))
    assert step.verdict.value not in GREEN


def test_a_dropped_derivative_of_a_velocity_is_not_green_beside_a_second_derivative() -> None:
    text = _ENERGY.replace("{said}", "moves by $x'' = -kx$")
    assert doc_steps(text)[-1].verdict.value not in GREEN
