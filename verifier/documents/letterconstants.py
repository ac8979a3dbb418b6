r"""The constants a worked number writes by a letter: π and e.

``\frac{1}{1 + e} \approx 0.269`` and ``-\log\frac{2e^2}{2e^2 + 4e + 4} \approx 0.696`` are worked numbers:
the parser leaves a bare ``e`` (like ``\pi``) a name for the resolver to make the constant, so the
rounding reading (``guesses._Guesses._rounded``) saw a free name and refused, and a value right to the
three decimals written FAILED — while ``e^{2}`` (parsed as ``exp``) passed. A letter is the constant
unless the counterexample gives it a value: the notes' own ``e`` (an error ``e = y - \hat y``) or π (a
prior) is a name, and a step about it no worked number.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

__all__ = ["letter_constants"]

_LETTERS = ("pi", "e")


def letter_constants(point: Iterable[tuple[str, str]]) -> set[sp.Symbol]:
    """The symbols of π and e a worked number may write, less those ``point`` (a counterexample's
    values, by name) samples: there the notes made the letter a name of their own."""
    sampled = {name for name, _ in point}
    return {sp.Symbol(n) for n in _LETTERS if n not in sampled}
