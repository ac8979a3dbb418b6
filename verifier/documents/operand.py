r"""What a bare derivative operator differentiates, where a context says: ``operand: <LaTeX>``.

Notes that derive gradients for SGD write the objective once and then only the operator:
``\frac{\partial}{\partial x_u} = \frac{1}{1 + e^{x_u y_i^T - x_u y_j^T}} (y_j - y_i) + \lambda x_u``,
meaning the derivative of the per-example objective they just wrote (the summand of an arg min).
Read literally the operator has nothing to differentiate and the step is SKIPPED; guessing the
objective from the notes is not safe (the sum or its summand? which of several displays?). A
context states it: ``operand: <LaTeX>`` (from where the context section starts) makes a member that
is only a derivative operator (``\frac{\partial}{\partial v}``, ``\dfrac{d}{dv}``, ``\nabla_v``)
read as that operator applied to the operand, reported with the step. Nothing else changes: a
member with anything after its operator is read as written.
"""

from __future__ import annotations

import re

from verifier.documents.context import Scope

__all__ = ["OPERAND", "with_operand"]

#: the context convention (``operand: …``)
OPERAND = "operand"

_D = r"(?:\\partial|d)"
_BARE = re.compile(
    rf"^\s*(?:\\[dt]?frac\s*\{{\s*{_D}\s*\}}\s*\{{\s*{_D}\s*[^{{}}]*(?:\{{[^{{}}]*\}}[^{{}}]*)*\}}"
    r"|\\nabla\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))\s*$"
)


def with_operand(latex: str, scope: Scope) -> tuple[str, str] | None:
    """The member with the context's operand after its bare operator, and the reading; None where the
    member is not a bare operator or no operand is declared."""
    operand = scope.conventions.get(OPERAND, "").strip()
    if not operand or not _BARE.match(latex):
        return None
    return (rf"{latex.strip()} \left( {operand} \right)",
            f"the bare operator read as applied to the context's operand {operand}")  # fmt: skip
