r"""A vector the prose states again by its numbers: an earlier definition of it (or of its entries) ends there.

Homework parts reuse a name at new values: part (c) takes "$p_i = 1/K$" (the uniform case), part (d) says "for
$p = (\tfrac12, \tfrac14, \tfrac14)$" and works numbers there. The reader keeps the latest *definition* of a name,
and the statement of (d) is a stated value (a hypothesis), not a definition, so ``p_i = 1/K`` still held in (d):
the right ``(-2p_1, -2p_2, -2p_3) = (-1, -\tfrac12, -\tfrac12)`` was FAILED with every entry 1/K (fresh45). An
inline ``NAME = (n_1, …, n_k)`` (numbers only) written after a definition of NAME, and before the line read, sets
that definition aside on the line, with the reason; the stated numbers are what the line is checked at.

Only inline formulas of the prose count (a display ``p = (…)`` is a claim of its own), and only definitions
without parameters (a function ``p(x)`` is not restated by a vector).

A restatement by the definition's own values is no new case (sound52): "$\\pi_i = \\exp(-z_i^2/\\sigma^2)$", then
"$z = (-1, 0, 1)$ and $\\sigma = 1$ … the weights are $\\pi = (e^{-1}, 1, e^{-1})$" (fresh32's LIME) keeps the
definition: evaluated at the numbers the prose states inline before the restatement (each name stated once there,
a vector entry by entry at the same position, ``\\lVert v\\rVert`` and ``v^\\top`` of a stated vector), it gives the
restated numbers (:func:`_agrees`). A definition that cannot be evaluated so (a name without a stated value, a
product of two vectors) or that gives other numbers is set aside as before.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.mathspans import formulas
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals

__all__ = ["set_aside_restated"]


def _stated_numbers(text: str, parse: Callable[[str], sp.Basic],
                    vectors: bool = False) -> list[tuple[str, sp.Basic, int, int]]:
    """Each inline ``NAME = number`` or ``NAME = (numbers…)`` of ``text`` (``vectors``: the vectors of two numbers or
    more alone): the name, its value, its line and the column it opens at."""
    out: list[tuple[str, sp.Basic, int, int]] = []
    for f in formulas(text):
        if f.display or (vectors and "(" not in f.body):
            continue
        sides = split_top_equals(f.body)
        if len(sides) != 2 or (vectors and not sides[1].strip().startswith(("(", r"\left(", "[", r"\left["))):
            continue
        try:
            name, value = parse(sides[0].strip()), parse(sides[1].strip())
        except (LatexError, TypeError, ValueError, AttributeError, NotImplementedError):
            continue
        if not isinstance(name, sp.Symbol):
            continue
        column = f.start - (text.rfind("\n", 0, f.start) + 1)
        if isinstance(value, sp.MatrixBase) and all(v.is_number for v in value) and (len(value) > 1 or not vectors):
            out.append((name.name, value, f.line, column))
        elif not vectors and isinstance(value, sp.Expr) and value.is_number:
            out.append((name.name, value, f.line, column))
    return out


class _Unevaluated(Exception):
    """A definition's body has a part :func:`_evaluate` cannot give a number for at the stated values."""


def _evaluate(node: sp.Basic, values: dict[str, sp.Basic], position: dict[str, int]) -> sp.Basic:
    """``node`` at the stated ``values`` (numbers, or vectors of numbers); ``position``: an index name read as the
    entry at that position of every stated vector it indexes. Raises :class:`_Unevaluated` where it cannot."""
    if isinstance(node, sp.Symbol):
        if node.name in values:
            return values[node.name]
        raise _Unevaluated(node.name)
    if isinstance(node, sp.Indexed):
        base, index = node.base.label, node.indices
        vector = values.get(getattr(base, "name", ""))
        if (len(index) == 1 and isinstance(index[0], sp.Symbol) and index[0].name in position
                and isinstance(vector, sp.MatrixBase) and 1 in vector.shape):
            return list(vector)[position[index[0].name]]
        raise _Unevaluated(str(node))
    if node.is_number:
        return node
    args = [_evaluate(a, values, position) for a in node.args]
    matrices = [a for a in args if isinstance(a, sp.MatrixBase)]
    name = getattr(node.func, "__name__", "")
    if name == "norm" and len(args) == 1:
        return sp.sqrt(sum(x**2 for x in args[0])) if matrices else sp.Abs(args[0])
    if name == "transpose" and len(args) == 1:
        return args[0].T if matrices else args[0]
    if not matrices:
        if isinstance(node, sp.core.function.AppliedUndef):
            raise _Unevaluated(name)
        return node.func(*args)
    if isinstance(node, sp.Mul) and len(matrices) == 1:  # a vector times numbers
        return matrices[0] * sp.Mul(*(a for a in args if not isinstance(a, sp.MatrixBase)))
    raise _Unevaluated(str(node))


def _agrees(entry: Definition, restated: sp.Basic, at: int, stated: list[tuple[str, sp.Basic, int, int]],
            parse: Callable[[str], sp.Basic]) -> bool:
    """Does the definition give the ``restated`` numbers at the values the prose states once each after the
    definition and up to the restatement's line ``at`` (the restated name's own statements left out)?"""
    found: dict[str, list[sp.Basic]] = {}
    for name, value, line, _ in stated:
        if entry.line < line <= at and name != entry.key[0]:
            found.setdefault(name, []).append(value)
    values = {name: vs[0] for name, vs in found.items() if len(vs) == 1}
    try:
        body = parse(entry.body)
        if entry.index_params:
            if len(entry.index_params) != 1:
                return False
            got = [_evaluate(body, values, {entry.index_params[0]: k}) for k in range(len(restated))]
        else:
            whole = _evaluate(body, values, {})
            got = list(whole) if isinstance(whole, sp.MatrixBase) else [whole]
    except (_Unevaluated, LatexError, TypeError, ValueError, sp.ShapeError):
        return False
    if len(got) != len(restated):
        return False
    for mine, theirs in zip(got, restated, strict=True):
        a, b = complex(sp.N(mine)), complex(sp.N(theirs))
        if abs(a - b) > 1e-9 * max(1.0, abs(b)):
            return False
    return True


def set_aside_restated(
    scope: Scope, text: str, line: int, parse: Callable[[str], sp.Basic], column: int | None = None
) -> dict[Key, str]:
    """Drop from ``scope`` each notes' definition of a name that the prose states anew as a vector of numbers
    after the definition's line and before ``line`` (the statement itself is checked against the definition),
    or on ``line`` before ``column`` (an inline claim's: "so $a = (-1, 0, 1)$, and then" the norm of a, fresh48);
    return why, by key."""
    why: dict[Key, str] = {}
    entries = [(k, e) for k, e in scope.names.items() if isinstance(e, Definition) and not e.is_function]
    if not entries:
        return why
    restated = _stated_numbers(text, parse, vectors=True)
    stated: list[tuple[str, sp.Basic, int, int]] | None = None  # every inline number the prose states, when asked
    for key, entry in entries:
        later = [(at, value) for name, value, at, col in restated if name == key[0] and entry.line < at
                 and (at < line or (at == line and column is not None and col < column))]
        if later and stated is None:
            stated = _stated_numbers(text, parse)
        if later and not all(_agrees(entry, value, at, stated or [], parse) for at, value in later):
            del scope.names[key]
            scope.inferred.pop(key, None)
            why[key] = (f"{display_key(key)} defined at line {entry.line}, stated anew by its numbers at line "
                        f"{later[-1][0]}: that definition is not carried here")
    return why
