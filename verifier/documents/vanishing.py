r"""Names a derivative removes: ``\frac{\partial}{\partial s_i}(\mu_i + e^{s_i/2}\epsilon_i)`` has no μ.

A step whose two sides write different undeclared names is left SKIPPED when it fails ("μ appears
on one side only"): the notes may relate μ to the other side in a way they do not write. That
doubt does not hold for a name that sits, as a co-input held fixed, inside the operand of a
derivative by a variable the operand is written in (the checker already reads it held fixed) and
that the derivative removes: the left side's *value* has no μ, so μ relates nothing to the other
side, and a wrong right-hand side (a dropped ½) is a mistake under every reading.

This module owns finding those names: :func:`vanishing_names` differentiates the operand as
written, every other name independent of the variable (SymPy's rules, no engine), and returns the
names the result no longer contains. An operand with an undefined function, a transpose or any
other call is left alone (an empty set): only plain algebra is differentiated here.
"""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.infer import names_in

__all__ = ["vanishing_names"]


def vanishing_names(d: sp.Derivative) -> set[str]:
    """The names of ``d``'s operand that ``d`` (every other name held fixed) no longer contains."""
    if d.expr.atoms(AppliedUndef) or d.expr.has(sp.MatrixSymbol):
        return set()
    try:
        value = d.doit()
    except (TypeError, ValueError, NotImplementedError, AttributeError):
        return set()
    if value.has(sp.Derivative):
        return set()
    return names_in(d.expr) - names_in(value)
