r"""A derivative by a defined quantity that the differentiated expression never meets.

``\partial L/\partial g`` is read through an opaque layer (documents.differentiate): ``g``'s value is
replaced by fresh variables while ``L`` is evaluated, and the derivative is taken by those. When
``L``'s value never names ``g`` and never holds ``g``'s value, that derivative came out as 0. It *is*
0 when ``L`` shares nothing with ``g`` (``g := σ(x)``, ``L := ‖w‖²``). But when ``L`` depends on what
``g`` is computed from (``L := \frac12\|Ax - t\|^2`` and, in the next paragraph, ``g(x) := σ(x)``,
``u := \partial L/\partial g``), the notes mean a loss of ``g`` that their definitions do not
spell out: how ``L`` moves with ``g`` is unknown, never 0 (``\partial L/\partial x = σ(x) ⊙ (1 -
σ(x)) ⊙ u`` was FAILED with ``u = 0``). Such a derivative is not read (a ResolveError: SKIPPED).
"""

from __future__ import annotations

from collections.abc import Set

from verifier.documents.values import Value, free_symbols


def entangled(f: Value, actual_symbols: Set[object]) -> bool:
    """Does ``f`` (a value that never met the quantity) depend on a symbol the quantity is computed from?"""
    return bool(actual_symbols & set(free_symbols(f)))


def unknown_through(var: str) -> str:
    """Why the derivative by ``var`` is not read."""
    return (
        f"cannot differentiate with respect to {var}: the expression depends on what {var} is computed "
        f"from, but the notes' definitions never write it as a function of {var} (how it moves with "
        f"{var} is unknown, not 0)"
    )
