r"""A PASSED step looked at on the boundaries its cases and indicators draw, where no random sample lands.

A step written with cases or indicators (``\begin{cases} … & |r| \le \delta`` , ``\mathbb{1}[x = 1]``,
``\mathbb{1}[|r_i| > \delta]``) can be wrong only on the set where a condition turns: ``\frac{d}{dx}\text{Huber}(x)
= \max(-1, \min(1, x)) + \mathbb{1}[x = 1]``, or the Huber gradient written with ``\mathbb{1}[|r_i| < \delta]`` and
``\mathbb{1}[|r_i| > \delta]`` (0 at |r_i| = δ, where the derivative is δ sign r_i), was PASSED (redcat67 left it:
the indicator sits inside a sum, which the engine's backstop for a point the cases single out leaves alone, and the
proof by cases ran out of its budget). Random samples never land on such a set, so the numbers are no evidence there.

This module owns looking there: :func:`boundary_difference` puts a few sample points on each boundary (the
condition's two sides made equal by solving for one symbol, the others at the sample's values) and compares the
step's members there exactly. A derivative's value at a boundary is its limit from both sides where the two agree
and the function is continuous there (Huber at |r| = δ: the function is C¹, the value is no convention); where they
differ (a kink, a jump) the boundary is left alone, as it is where a written sign or Heaviside turns (their value
there is a convention). The step is then SKIPPED with the point and the two values, never FAILED: the notes may
mean the value a row gives there loosely.
"""

from __future__ import annotations

from collections.abc import Sequence

import sympy as sp

from verifier.catalog import D

__all__ = ["boundary_difference"]

#: how many boundaries, and sample points on each, are looked at; the CPU seconds that may take
BOUNDARIES, POINTS, BUDGET = 12, 3, 2.0
_RELATIONS = (sp.Eq, sp.Ne, sp.Le, sp.Lt, sp.Ge, sp.Gt)


def _boundaries(parts: Sequence[sp.Basic], variables: set[sp.Symbol]) -> list[sp.Expr]:
    """The expressions whose zero set is where a condition of a Piecewise in ``parts`` turns (``x - 1``,
    ``|r| - δ``). An equation that does not write a differentiated variable (``y_i = 1``) filters data, not a
    point where the function changes formula: documents.emptyfilters owns it (ctx57)."""
    out: list[sp.Expr] = []
    for p in parts:
        for pw in p.atoms(sp.Piecewise):
            for _, cond in pw.args:
                if not isinstance(cond, sp.Basic):
                    continue
                for rel in sp.preorder_traversal(cond):
                    if not isinstance(rel, _RELATIONS) or not (g := rel.lhs - rel.rhs).free_symbols or g in out:
                        continue
                    if isinstance(rel, (sp.Eq, sp.Ne)) and not g.free_symbols & variables:
                        continue
                    out.append(g)
    return out[:BOUNDARIES]


def _on(g: sp.Expr, base: dict[sp.Symbol, sp.Rational]) -> dict[sp.Symbol, sp.Expr] | None:
    """``base`` moved onto g = 0 by solving for one of g's symbols (the first, by name, with a real root), or None."""
    for s in sorted(g.free_symbols, key=str):
        if s not in base:
            continue
        rest = {k: v for k, v in base.items() if k != s}
        roots = [r for r in sp.solve(g.subs(rest), s) if r.is_number and r.is_real]
        if roots:
            return {**rest, s: sp.nsimplify(roots[0], rational=True) if roots[0].is_Float else roots[0]}
    return None


def _value(m: object, at: dict[sp.Symbol, sp.Expr]) -> sp.Expr | None:
    """Member ``m`` at the point ``at``: a derivative by its limit from both sides (None where they differ or the
    function jumps there), anything else as written."""
    if isinstance(m, D):
        var = m.wrt
        if not isinstance(var, sp.Symbol) or not isinstance(m.f, sp.Expr):
            return None
        rest = {k: v for k, v in at.items() if k != var}
        f, x0 = m.f.subs(rest), at.get(var)
        if x0 is None:
            return None
        g = sp.diff(f, var)
        left, right = sp.limit(g, var, x0, "-"), sp.limit(g, var, x0, "+")
        there = f.subs(var, x0)
        if not (left.is_number and left.is_finite and sp.simplify(left - right) == 0):
            return None
        if not (there.is_number and sp.simplify(sp.limit(f, var, x0, "-") - there) == 0
                and sp.simplify(sp.limit(f, var, x0, "+") - there) == 0):
            return None
        return left
    if not isinstance(m, sp.Expr):
        return None
    v = m.subs(at)
    return v if v.is_number else None


def boundary_difference(members: tuple[object, object], sample_points: Sequence[dict[sp.Symbol, float]]) -> str:
    """Where the two ``members`` of a step differ at a point on a boundary of their cases (see the module): the
    point and the two values as text; "" where every point looked at agrees or nothing can be looked at."""
    a, b = members
    parts: list[sp.Basic] = []
    for m in members:
        if isinstance(m, D):
            parts += [sp.sympify(m.f)]
        elif isinstance(m, sp.Expr):
            parts.append(m)
        else:
            return ""
    conventions = [n.args[0] for p in parts for n in p.atoms(sp.Heaviside, sp.sign)]
    variables = {m.wrt for m in members if isinstance(m, D) and isinstance(m.wrt, sp.Symbol)}
    for g in _boundaries(parts, variables):
        for point in sample_points[:POINTS]:
            base = {s: sp.Rational(v) for s, v in point.items()}
            try:  # SymPy cannot take every limit (Max's series, green70): that point is not looked at
                at = _on(g, base)
                if at is None or any(sp.simplify(c.subs(at)) == 0 for c in conventions):
                    continue  # (a written sign or Heaviside turning here: its value is a convention)
                va, vb = _value(a, at), _value(b, at)
                if va is None or vb is None:
                    continue
                d = sp.simplify(va - vb)
            except (NotImplementedError, ValueError, TypeError, ArithmeticError, sp.PolynomialError):
                continue
            if d.is_number and d.is_zero is False:
                where = ", ".join(f"{s} = {_shown(v)}" for s, v in sorted(at.items(), key=lambda kv: str(kv[0])))
                return f"on the boundary {g} = 0 of its cases, at {where}, the sides are {_shown(va)} and {_shown(vb)}"
    return ""


def _shown(v: sp.Expr) -> str:
    """A value as the report writes it: short numbers exactly, long ones to 6 digits."""
    return str(v) if len(str(v)) <= 12 else str(sp.Float(v, 6))
