r"""Odd roots of real expressions are real: ``\sqrt[3]{x}`` and ``x^{1/3}`` of a negative x are negative.

Notes mean the real odd root for a real argument (``\sqrt[3]{-8} = -2``, ``\sqrt[3]{x^3} = x``), while
SymPy's ``x**(1/3)`` is the principal root, complex for a negative x: ``\sqrt[3]{x^3} = x`` was FAILED at
every negative x (gaps19; redteam25 had made the numeric case ``\sqrt[3]{-8}`` hold). The reader builds a
power whose exponent is a fraction ``p/q`` with q odd as ``sign(b)^p·|b|^{p/q}``, the real root's p-th
power, unless the base is known to be nonnegative (then it is the plain power, the same number). The
proof and the numeric check then see the same real value. A base that is not a scalar (a matrix's
power) is left to the reader's other rules.
"""

from __future__ import annotations

import sympy

__all__ = ["reads_odd_root", "real_odd_power"]


def real_odd_power(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr | None:
    """``base**exponent`` as the real root's power when the exponent is ``p/q`` with q odd; else None."""
    if not isinstance(exponent, sympy.Rational) or exponent.q == 1 or exponent.q % 2 == 0:
        return None
    if not isinstance(base, sympy.Expr) or base.is_nonnegative or base.is_extended_real is False:
        return None  # the same number as the principal root, or a complex base (no real root meant)
    if base.is_number and not base.is_negative:
        return None
    magnitude = sympy.Pow(sympy.Abs(base), exponent)
    return magnitude if exponent.p % 2 == 0 else sympy.sign(base) * magnitude


#: answers of :func:`reads_odd_root` per sub-tree (SymPy's equality: structural, ``2`` is not ``2.0``)
_ANSWERS: dict[sympy.Basic, bool] = {}
MAX_REMEMBERED = 50_000


def reads_odd_root(member: object) -> bool:
    r"""Does ``member`` hold a power read as a real odd root (``|b|^{p/q}``, q odd, :func:`real_odd_power`)?
    Beside a side that is not real at a point (``e^{\frac13 \ln x}`` at x < 0) the two sides part there only
    because the root is read as real, where the principal root would agree: no counterexample (engine).

    The answer of ``member.atoms(Pow)`` searched for such a power, found by a walk that visits each distinct
    sub-tree once and remembers its answer (docspeed19): the engine asks this of both members of every step,
    the same members come back in the next step, at the next index assignment and under the other readings,
    and a resolved member repeats its sub-trees (SymPy's ``atoms`` walks every occurrence)."""
    if not isinstance(member, sympy.Basic):
        return False
    known = _ANSWERS.get(member)
    if known is not None:
        return known
    found: dict[sympy.Basic, bool] = {}
    stack: list[tuple[sympy.Basic, bool]] = [(member, False)]
    while stack:
        node, expanded = stack.pop()
        if node in found or node in _ANSWERS:
            continue
        children = _children(node)
        if not expanded:
            stack.append((node, True))
            stack.extend((c, False) for c in children if c not in found and c not in _ANSWERS)
            continue
        found[node] = _odd_root(node) or any(
            found[c] if c in found else _ANSWERS[c] for c in children
        )
    if len(_ANSWERS) + len(found) > MAX_REMEMBERED:
        _ANSWERS.clear()
    if len(found) <= MAX_REMEMBERED:
        _ANSWERS.update(found)
    return found[member]


def _odd_root(node: sympy.Basic) -> bool:
    return (
        isinstance(node, sympy.Pow) and isinstance(node.base, sympy.Abs) and isinstance(node.exp, sympy.Rational)
        and node.exp.q % 2 == 1 and node.exp.q > 1
    )  # fmt: skip


def _children(node: sympy.Basic) -> list[sympy.Basic]:
    """The SymPy objects ``preorder_traversal`` (and so ``atoms``) visits below ``node``: its arguments, and the
    items of a tuple or list among them."""
    out: list[sympy.Basic] = []
    todo: list[object] = list(node.args)
    while todo:
        a = todo.pop()
        if isinstance(a, sympy.Basic):
            out.append(a)
        elif isinstance(a, tuple | list):
            todo.extend(a)
    return out
