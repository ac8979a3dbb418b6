r"""``… \geq 0`` at the end of a chain: a member that is nonnegative by its form.

Convexity arguments end a chain of equalities with an inequality against zero:
``w^\top H w = \Vert \mathbf{D} X w \Vert_2^2 \geq 0``, ``z^\top H z = (\alpha y^2)(x^\top z)^2 \ge 0`` (the
Hessian is positive semi-definite). The checker compares equalities only, and left such a link SKIPPED
("not an equality"). What the notes claim there is that the member is nonnegative for every value of its
names, and that can be read off its form once it is resolved: a sum of products of squares, norms,
absolute values, exponentials and names the notes state positive. This module owns that reading:

* **Which links** (:func:`against_zero`): ``A \geq 0``, ``A \ge 0``, ``0 \leq A``, ``0 \le A`` (also
  ``\geqslant``/``\leqslant``) — one member written 0, the other on the side the relation makes the
  larger. ``A > 0`` is not read (strictness needs more than the form: ``x^2 > 0`` fails at 0), nor
  ``A \leq 0`` (a nonpositive claim is rarer; it would need the same rules mirrored).
* **The proof** (:func:`nonnegative`): the resolved member (a number, or a 1×1 matrix) is nonnegative by
  SymPy's assumptions, or is a sum or product of nonnegative parts: an even power of a real expression,
  a power of a positive base, an exponential or absolute value of a real, a positive number or a name
  whose assumptions make it nonnegative. Each part is also tried over a common denominator
  (``σ(t)(1 - σ(t))`` is ``e^{-t}/(1 + e^{-t})^2``).

A name counts as positive only where the notes or the context say so (:func:`unproven`): the checker
reads a name inside a logarithm positive for want of a better domain (``\log(-x)``, ``\log(xy)``:
documents.infer), and that is no evidence for ``\frac{1}{x} \geq 0`` (``\log(-x)`` needs x < 0).

PROVED with that reading; otherwise the link stays SKIPPED as before (**never FAILED**: a member this
form test cannot show nonnegative may still be so, e.g. ``x^2 - 2x + 1``).
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.context import Scope, VarDecl
from verifier.documents.instances import Instance
from verifier.documents.values import Value, is_matrix
from verifier.documents.zeros import written_zero

__all__ = ["READING", "against_zero", "nonnegative", "unproven"]

READING = "≥ 0 read off its form: a sum of products of squares, norms, exponentials and positive names"

_AT_LEAST = frozenset({"\\geq", "\\ge", "\\geqslant", "≥"})
_AT_MOST = frozenset({"\\leq", "\\le", "\\leqslant", "≤"})


def against_zero(relation: str, left: str, right: str) -> int | None:
    """Which member (0 left, 1 right) the link ``left relation right`` says is at least 0, or None when it
    is not such a link (another relation, or the smaller side not written 0)."""
    rel = relation.strip()
    if rel in _AT_LEAST and written_zero(right) and not written_zero(left):
        return 0
    if rel in _AT_MOST and written_zero(left) and not written_zero(right):
        return 1
    return None


def _scalar(v: Value) -> sp.Expr | None:
    if is_matrix(v):
        shape = getattr(v, "shape", None)
        return sp.sympify(v[0, 0]) if shape == (1, 1) else None  # type: ignore[index]
    return v if isinstance(v, sp.Expr) else None


def _part(e: sp.Expr, depth: int = 0) -> bool:
    if e.is_nonnegative is True:
        return True
    if depth > 12:
        return False
    if isinstance(e, sp.Add | sp.Mul):
        if all(_part(a, depth + 1) for a in e.args):
            return True
    elif isinstance(e, sp.Pow):
        if e.exp.is_integer and e.exp.is_even and e.base.is_real:
            return True
        if e.exp.is_real and _positive(e.base, depth + 1):
            return True
    elif isinstance(e, sp.exp | sp.Abs):
        return bool(e.args[0].is_real) if isinstance(e, sp.exp) else True
    if depth == 0 or isinstance(e, sp.Add):
        together = sp.factor_terms(sp.together(e))
        if together != e:
            return _part(together, depth + 1)
    return False


def _positive(e: sp.Expr, depth: int) -> bool:
    if e.is_positive is True:
        return True
    if depth > 12:
        return False
    if isinstance(e, sp.Add):
        return all(_positive(a, depth + 1) or (a.is_nonnegative is True) for a in e.args) and any(
            _positive(a, depth + 1) for a in e.args
        )
    if isinstance(e, sp.Mul):
        return all(_positive(a, depth + 1) for a in e.args)
    if isinstance(e, sp.exp):
        return bool(e.args[0].is_real)
    if isinstance(e, sp.Pow):
        return bool(e.exp.is_real) and _positive(e.base, depth + 1)
    return False


def unproven(scope: Scope, instance: Instance) -> frozenset[sp.Symbol]:
    """The symbols of ``instance`` the checker took positive (or nonnegative) without the notes or the
    context saying so: those of the names ``scope`` infers (under a logarithm; a blanket reading)."""
    out: set[sp.Symbol] = set()
    for key in scope.inferred:
        variable = instance.variables.get(key) if isinstance(scope.names.get(key), VarDecl) else None
        out.update(s for s in (variable.symbols if variable is not None else ()) if s.is_nonnegative)
    return frozenset(out)


def nonnegative(v: Value, unproven: frozenset[sp.Symbol] = frozenset()) -> bool:
    """Is the resolved member ``v`` (a number or a 1×1 matrix) nonnegative for every value of its names,
    by its form? False where that is not shown (which says nothing against it). ``unproven``: symbols read
    as real numbers of either sign (their positivity is no evidence)."""
    e = _scalar(v)
    if e is None or e.has(sp.I) or (e.is_number and e.is_real is not True):
        return False
    try:
        e = sp.sympify(e)
        e = e.xreplace({s: sp.Dummy(s.name, real=True) for s in unproven & e.free_symbols})
        return _part(e)
    except (TypeError, ValueError, AttributeError):
        return False
