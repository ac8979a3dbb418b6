r"""The divisors an equation is written with, which SymPy cancels when it builds it: ``\frac{t^2}{t} = 0``.

``\frac{t^2}{t} = 0 \Rightarrow t = 0`` was PROVED "follows from the equation before it": SymPy builds t²/t as t,
so no divisor is left in the tree to see that the equation is undefined at t = 0 — it has no solution at all
(redteam41 left it; documents.equivalent's pole rule reads the built tree). Only the LaTeX still writes the ``t``
under the bar. This module owns reading it back (:func:`written_divisors`: each ``\frac``'s denominator, what a
``/`` divides by and the base of a negative power — ``t^2 / t``, ``t^2 t^{-1}`` (redteam43) — parsed) and the
verdict on a value that makes one of them 0 (:func:`excluded_root`): SKIPPED, never green — as an
implication the link holds vacuously (nothing solves the equation), as the solution the notes mean it is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from verifier.latex import LatexError

__all__ = ["excluded_root", "written_divisors"]

_FRAC = re.compile(r"\\[dt]?frac\s*")
_SLASH = re.compile(r"/\s*")
#: a negative power: ``^{-1}``, ``^{-2}``, ``^-1``
_NEGATIVE_POWER = re.compile(r"\^\s*(?:\{\s*-|-)")
#: an atom written alone: a name or a number, with a subscript and a power (``t_1^2``, ``w^{3}``, ``\sigma``)
_ATOM = re.compile(r"(?:\\[A-Za-z]+|[A-Za-z]|\d+(?:\.\d+)?)(?:_(?:\{[^{}]*\}|\w))?(?:\^(?:\{[^{}]*\}|\w))?")


def _group(text: str, start: int) -> tuple[str, int] | None:
    """The braced group (its content and the offset after it) opening at ``text[start]`` (spaces skipped)."""
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    if text[start] != "{":
        return (text[start], start + 1) if text[start].isalnum() else None  # \frac12
    depth = 0
    for k in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[k], 0)
        if depth == 0:
            return text[start + 1 : k], k + 1
    return None


def _closing(text: str, start: int) -> int | None:
    """The offset after the bracket that closes the one at ``text[start]`` (``(`` or ``{``)."""
    opening = text[start]
    closing = {"(": ")", "{": "}"}[opening]
    depth = 0
    for k in range(start, len(text)):
        depth += (text[k] == opening) - (text[k] == closing)
        if depth == 0:
            return k + 1
    return None


def _opening(text: str, end: int) -> int | None:
    """The offset of the bracket that opens the one closing at ``text[end - 1]`` (``)`` or ``}``)."""
    closing = text[end - 1]
    opening = {")": "(", "}": "{"}[closing]
    depth = 0
    for k in range(end - 1, -1, -1):
        depth += (text[k] == closing) - (text[k] == opening)
        if depth == 0:
            return k
    return None


def _after_slash(latex: str, start: int) -> str | None:
    """What a ``/`` ending at ``start`` divides by: a group in brackets or braces, else the atom after it."""
    if latex.startswith(r"\left", start):
        start += len(r"\left")
    if start < len(latex) and latex[start] in "({":
        end = _closing(latex, start)
        return latex[start:end] if end else None
    m = _ATOM.match(latex, start)
    return m.group(0) if m else None


def _power_base(latex: str, caret: int) -> str | None:
    """The base of the power whose ``^`` is at ``caret``: a group in brackets, else the name or number before it."""
    end = caret
    while end > 0 and latex[end - 1].isspace():
        end -= 1
    if end > 0 and latex[end - 1] in ")}":
        start = _opening(latex, end)
        if start is None:
            return None
        command = re.search(r"\\(?:right\s*)?[A-Za-z]*\s*$", latex[:start])  # \sqrt{t}, \right)
        return latex[command.start() if command and not command.group(0).startswith("\\right") else start : end]
    m = re.search(r"(?:\\[A-Za-z]+|[A-Za-z]|\d+)(?:_(?:\{[^{}]*\}|\w))?$", latex[:end])
    return m.group(0) if m else None


def written_divisors(latex: str, parse: Callable[[str], sp.Basic]) -> list[sp.Expr]:
    r"""The denominators of the ``\frac``'s (``\dfrac``, ``\tfrac``) ``latex`` writes, what its ``/``'s divide by
    and the bases of its negative powers, parsed (those that read)."""
    written: list[str] = []
    for m in _FRAC.finditer(latex):
        top = _group(latex, m.end())
        bottom = _group(latex, top[1]) if top else None
        if bottom is not None:
            written.append(bottom[0])
    written += [d for m in _SLASH.finditer(latex) if (d := _after_slash(latex, m.end()))]
    written += [b for m in _NEGATIVE_POWER.finditer(latex) if (b := _power_base(latex, m.start()))]
    out: list[sp.Expr] = []
    for text in written:
        try:
            tree = parse(text)
        except LatexError:
            continue
        if isinstance(tree, sp.Expr) and tree.free_symbols:
            out.append(tree)
    return out


def excluded_root(name: sp.Basic, value: sp.Basic, before: tuple[str, str],
                  parse: Callable[[str], sp.Basic]) -> str | None:  # fmt: skip
    r"""Why ``name = value`` (a name and a number, parsed as written) is no solution of the equation ``before`` (its
    two members as written): a divisor it writes in that name alone is 0 there; else None."""
    if not isinstance(name, sp.Symbol) or not isinstance(value, sp.Expr) or not value.is_number:
        return None
    for side in before:
        for divisor in written_divisors(side, parse):
            if divisor.free_symbols != {name}:
                continue
            at = sp.simplify(divisor.subs(name, value))
            if at == 0:
                return (f"{sp.sstr(name)} = {sp.sstr(value)} makes the divisor {sp.sstr(divisor)} of the equation "
                        "before it 0: that equation is undefined there, so this is no solution of it (SymPy cancels "
                        "the fraction as written; the implication holds only vacuously)")  # fmt: skip
    return None
