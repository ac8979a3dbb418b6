r"""A formula of the prose that holds for every value of its names: no hypothesis on them.

documents.samenames reads a lone equation between undeclared names as a rewriting only when the sentence before it
says nothing of its names — a display ``$$a b = 1$$`` leading into it may be the hypothesis under which it holds.
But a display that is itself an identity (``$$(u + v)^2 = u^2 + 2uv + v^2$$``, an addition formula the notes write
just before using it) holds for every value: as a hypothesis it restricts nothing, and a wrong rewriting after it
was SKIPPED "nothing says it is an identity".

This module owns telling such a formula (:func:`holds_everywhere`): one equation (two members) whose members parse
(by the reader's own parser, never ``sympify``) to real numbers-valued expressions of plain names alone (no vector,
matrix, indexed entry or undefined function) that agree at every one of a few points of *both signs*. A point where
either member has no finite real value makes it no identity here (``\sqrt{u^2} = u`` and ``\log(uv) = \log u +
\log v`` hold for positive values only: they still restrict), and so does anything that cannot be read: the
answer is only ever "this formula restricts nothing", and when unsure it restricts. A numbered entry (``x_1``) counts
as a plain name, and a derivative of an expression of plain names by one of them is taken first (gaps53: a slope the
notes work out earlier in the sentence, ``\frac{\partial}{\partial x_1} s\log(e^{x_1/s} + e^{x_2/s}) = …``, holds
for every value once taken; a wrong one does not, and still restricts).
"""

from __future__ import annotations

import random
from collections.abc import Callable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.latex.braces import split_top_level
from verifier.latex.vocabulary import LatexError

__all__ = ["holds_everywhere"]

#: the digits the points are taken at (each name a value of |x| in [0.3, 1.7], of each sign in turn)
_DIGITS = 30
#: the largest member (in operations) evaluated
_MAX_OPS = 80


def _worked(tree: sp.Basic) -> sp.Basic:
    """``tree`` with its numbered entries (``x_1``: ``x[1]``) as plain names and its derivatives of such expressions
    taken (``\\frac{\\partial}{\\partial x_1} s\\log(e^{x_1/s} + e^{x_2/s})``, a slope the notes work out, gaps53): an
    entry with a letter for its index, a derivative of an undefined function or by anything but a name is left, so
    :func:`_plain` refuses it."""
    if not isinstance(tree, sp.Expr):
        return tree
    entries = {e: sp.Symbol(f"{e.base}__{'_'.join(map(str, e.indices))}", real=True) for e in tree.atoms(sp.Indexed)
               if all(isinstance(k, sp.Integer) for k in e.indices)}
    tree = tree.xreplace(entries)
    derivatives = {d: d.doit() for d in tree.atoms(sp.Derivative)
                   if not d.expr.atoms(AppliedUndef, sp.Indexed, sp.MatrixSymbol, sp.Sum, sp.Integral, sp.Product)
                   and all(isinstance(v, sp.Symbol) for v, _ in d.variable_count)}
    return tree.xreplace(derivatives)


def _plain(tree: sp.Basic) -> bool:
    """A scalar expression of plain names (no vector, matrix, entry, undefined function, derivative or sum)?"""
    return (isinstance(tree, sp.Expr) and not tree.is_Matrix
            and all(isinstance(s, sp.Symbol) for s in tree.free_symbols)
            and not tree.atoms(AppliedUndef, sp.Indexed, sp.MatrixSymbol, sp.Derivative, sp.Integral, sp.Sum,
                               sp.Product)
            and sp.count_ops(tree) <= _MAX_OPS)  # fmt: skip


def holds_everywhere(span: str, parse: Callable[[str], sp.Basic]) -> bool:
    """Is ``span`` (a formula's body) one equation whose members agree at every point tried (module docstring)?
    ``parse``: the reader's parser of a member."""
    parts = split_top_level(span.strip().rstrip(".,;: "), lambda s, k: s[k] == "=")
    if len(parts) != 2 or any(not p.strip() or p.rstrip()[-1:] in "<>!:\\" for p in parts):
        return False
    try:
        left, right = (parse(p) for p in parts)
    except (LatexError, TypeError, ValueError, AttributeError, NotImplementedError):
        return False
    left, right = _worked(left), _worked(right)
    if not (_plain(left) and _plain(right)):
        return False
    names = sorted(left.free_symbols | right.free_symbols, key=str)
    if not names:
        return False  # numbers alone: a worked value, not what this reading is for
    rng = random.Random(51)
    # every name takes both signs: all positive, all negative, then alternating both ways
    for signs in ((1, 1), (-1, -1), (1, -1), (-1, 1)):
        at = {n: sp.Float(signs[j % 2] * rng.uniform(0.3, 1.7), _DIGITS) for j, n in enumerate(names)}
        try:
            a, b = (sp.N(t.subs(at), _DIGITS) for t in (left, right))
        except (TypeError, ValueError, ZeroDivisionError, ArithmeticError):
            return False
        if not (a.is_real and b.is_real and a.is_finite and b.is_finite):
            return False
        if abs(a - b) > sp.Float(10) ** (-_DIGITS // 2) * (1 + abs(a) + abs(b)):
            return False
    return True
