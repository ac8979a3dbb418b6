r"""Where a derivative operator written before a product stops: the chain rule written as operators.

Notes write the chain rule with the operator in front, ``\frac{\partial}{\partial u} y\log(u)
\frac{\partial u}{\partial t}``: the operator acts on ``y\log(u)`` and the product goes on with
``\partial u/\partial t``. The parser gives the operator the whole product (a derivative operator's
argument runs to the end of the term), so read literally the derivative by ``u`` would hold the
factor ``\partial u/\partial t`` inside it; when ``u`` is defined from ``t`` that factor cannot be
taken with ``u`` held free (:meth:`~verifier.documents.differentiate.Differentiation._lost_dependence`),
and when it is not it is a constant. The derivative of ``u`` by something is never meant to be
differentiated by ``u`` again: a trailing factor ``\partial u/\partial\cdot`` of the operator's own
variable ends the operator's argument (:func:`chain_factors`).

Likewise ``\mathbf{w}^\top \nabla^2_\theta R\, \mathbf{w}``: the Hessian's argument runs to the end
of the term, but the Hessian of ``R\mathbf{w}`` (a vector) is no matrix; trailing factors that do not
depend on the variable are the product's, not the operator's (:func:`constant_tail`, used only when
the literal reading cannot be taken). Both readings are reported with the step.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

__all__ = ["CHAIN_NOTE", "chain_factors", "constant_tail", "tail_note"]

CHAIN_NOTE = (r"\frac{{\partial}}{{\partial {var}}} A \frac{{\partial {var}}}{{\partial \cdot}} read as the chain "
              r"rule: the operator acts on the factors before the derivative of {var}")  # fmt: skip


def _factors(expr: sp.Basic) -> list[sp.Basic] | None:
    """The factors of a product in written order (the non-commuting ones keep it; commuting ones are
    scalars, whose order does not matter). None for anything but a product."""
    if not isinstance(expr, sp.Mul):
        return None
    return list(expr.args)


def chain_factors(expr: sp.Basic, var: sp.Basic) -> tuple[sp.Basic, list[sp.Basic]] | None:
    r"""``(A, [\partial u/\partial t, …])`` for a derivative by ``u`` of ``A \frac{\partial u}{\partial t}``:
    the trailing factors (in written order) that are derivatives *of* the operator's variable ``u``.
    None when there is none, or nothing is left for the operator to act on."""
    factors = _factors(expr)
    if factors is None:
        return None
    tail: list[sp.Basic] = []
    while factors and _derivative_of(factors[-1], var):
        tail.insert(0, factors.pop())
    # a commuting (scalar) derivative factor may stand anywhere among commuting factors
    if not tail:
        scalar = [f for f in factors if f.is_commutative and _derivative_of(f, var)]
        if not scalar:
            return None
        tail = scalar
        factors = [f for f in factors if f not in scalar]
    if not factors:
        return None
    return sp.Mul(*factors, evaluate=False) if len(factors) > 1 else factors[0], tail


def _derivative_of(node: sp.Basic, var: sp.Basic) -> bool:
    return isinstance(node, sp.Derivative) and node.expr == var and all(v != var for v in node.variables)


def constant_tail(
    expr: sp.Basic, depends: Callable[[sp.Basic], bool]
) -> tuple[sp.Basic, list[sp.Basic]] | None:
    r"""``(R, [\mathbf{w}])`` for an operator's argument ``R\mathbf{w}`` whose trailing factors (written
    order) do not depend on the operator's variable (``depends`` says which do). None when no factor
    is left to it or none depends on the variable (the operator would act on a constant)."""
    factors = _factors(expr)
    if factors is None:
        return None
    tail: list[sp.Basic] = []
    while len(factors) > 1 and not depends(factors[-1]):
        tail.insert(0, factors.pop())
    if not tail or not any(depends(f) for f in factors):
        return None
    return sp.Mul(*factors, evaluate=False) if len(factors) > 1 else factors[0], tail


def tail_note(op: str, var: str, tail: list[sp.Basic]) -> str:
    """The reading reported with the step when an operator's argument stops before constant factors."""
    names = ", ".join(str(t) for t in tail)
    return (f"{op} read as acting on the factors before {names} (which do not depend on {var}; "
            f"taken with them it would not be a matrix)")
