r"""The letters e and E the notes define: a residual or an error, not Euler's number or an expectation.

Regression notes name the residual ``\mathbf{e} = \mathbf{y} - \mathbf{X}\mathbf{w}`` or the error
``e = y - wx`` and build the loss on it (``\frac12 \mathbf{e}^T\mathbf{e}``, ``\frac12 e^2``). The
letter is otherwise Euler's number and ``e^{…}`` the exponential, so the definition was refused (e is
reserved) and every later e was 2.718…: the gradient without the residual's term was PROVED.

This module owns when such an e is the notes' name:

* :func:`names_e`: a definition of e (bare or with an index) whose body writes free names of the notes
  is a quantity; Euler's number is never defined from free names (``e = \sum_k 1/k!`` names none).
  A bold ``\mathbf{e}`` is always a name (the tokenizer reads it so: never ``\exp``).
* :func:`names_error`: ``E = \frac1N \sum_n (y_n - w x_n)^2`` — a bare capital E defined from the notes'
  names is their error function (the letter is otherwise the expectation, ``E[x]``), where the notes never
  write an expectation with it: E followed by a bracket, or ``\mathbb{E}``, keeps E the operator.
* :func:`as_power_of_e`: on the lines where the notes have defined a plain e as a value, ``e^2``,
  ``e^{2}``, ``e^T``, ``e^\top`` are that quantity squared or transposed (braced, ``{e}^2``, so the
  parser does not read the exponential); any other exponent (``e^{-z}`` of a sigmoid in the same notes)
  stays the exponential.
"""

from __future__ import annotations

import re

import sympy as sp

__all__ = ["as_power_of_e", "names_e", "names_error"]

_POWER_OF_E = re.compile(r"(?<![\\A-Za-z{])e(?=\s*\^\s*(?:2\b|\{\s*2\s*\}|T\b|\{\s*T\s*\}|\\top\b|\{\s*\\top\s*\}))")


def names_e(left: sp.Basic, right: sp.Basic) -> bool:
    r"""Is ``left = right`` the notes' definition of a quantity e (``e = y - wx``, ``e_i = y_i - \hat y_i``)?"""
    head = left if isinstance(left, sp.Symbol) else left.base.label if isinstance(left, sp.Indexed) else None
    return str(head) == "e" and bool(right.free_symbols - {sp.Symbol("e")})


_EXPECTATION = re.compile(
    r"(?<![\\A-Za-z])E\s*(?:_\{[^{}]*\}|_\\?\w+)?\s*(?:\\left|\\[bB]igg?l?)?\s*[\[(|]|\\mathbb\s*\{?\s*E"
)


def names_error(left: sp.Basic, right: sp.Basic, text: str) -> bool:
    """Is ``left = right`` the notes' definition of an error E, in notes ``text`` that write no expectation?"""
    return (isinstance(left, sp.Symbol) and left.name == "E" and bool(right.free_symbols - {sp.Symbol("E")})
            and _EXPECTATION.search(text) is None)


def as_power_of_e(src: str) -> str:
    """``src`` with each square or transpose of a bare e braced (``e^2`` → ``{e}^2``)."""
    return _POWER_OF_E.sub("{e}", src) if "e" in src else src
