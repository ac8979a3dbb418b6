r"""The constants a worked number writes by a letter: π and e.

``\frac{1}{1 + e} \approx 0.269`` and ``-\log\frac{2e^2}{2e^2 + 4e + 4} \approx 0.696`` are worked numbers:
the parser leaves a bare ``e`` (like ``\pi``) a name for the resolver to make the constant, so the
rounding reading (``guesses._Guesses._rounded``) saw a free name and refused, and a value right to the
three decimals written FAILED — while ``e^{2}`` (parsed as ``exp``) passed. A letter is the constant
unless the counterexample gives it a value: the notes' own ``e`` (an error ``e = y - \hat y``) or π (a
prior) is a name, and a step about it no worked number.

:func:`beyond_constants` asks the same of a link in a worked example with stated values (fresh35):
``\tfrac12\log(8\pi) + \tfrac{1}{8} \approx 3.2242 + 0.125`` writes no name but π, so it is a link of numbers alone,
judged on its own and not at the stated values (where a failure is excused as "a closed form computed from
rounded inputs").
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

__all__ = ["beyond_constants", "letter_constants"]

_LETTERS = ("pi", "e")


def letter_constants(point: Iterable[tuple[str, str]]) -> set[sp.Symbol]:
    """The symbols of π and e a worked number may write, less those ``point`` (a counterexample's
    values, by name) samples: there the notes made the letter a name of their own."""
    sampled = {name for name, _ in point}
    return {sp.Symbol(n) for n in _LETTERS if n not in sampled}


def beyond_constants(trees: Iterable[object], point: Iterable[tuple[str, str]]) -> bool:
    """Does one of ``trees`` write a name other than π and e (those of :func:`letter_constants`, by name)? A tree
    that is no SymPy object counts as writing one."""
    constants = {c.name for c in letter_constants(point)}
    return any(not isinstance(t, sp.Basic) or any(not (isinstance(x, sp.Symbol) and x.name in constants)
                                                  for x in t.free_symbols) for t in trees)  # fmt: skip
