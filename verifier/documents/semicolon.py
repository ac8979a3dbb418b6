r"""Parameters written after a ``;`` and then left out: ``p(y; \eta)`` defined, ``p(y)`` written.

Notes on exponential families and likelihoods define ``p(y; \eta) = b(y)\exp(\eta y - a(\eta))`` or
``p(y; \lambda) = e^{-\lambda}\lambda^y / y!`` — ``y`` the variable, what follows the ``;`` a
parameter of the family — and then write ``\int p(y)\,dy`` or ``\log p(y)``: the parameter is the one
in force, left out because it does not vary. A reader fills it in with the name the notes wrote in
the definition (``p(y)`` is ``p(y; \eta)`` with the same ``\eta``). This module owns that reading:

* only parameters the definition writes after a ``;`` (:func:`after_semicolon` counts them on the
  definition's left side; the count is :attr:`verifier.documents.context.Definition.fixed`), only
  trailing ones, and only when the call writes all the parameters before the ``;``;
* a left-out parameter's value must share no symbol with the arguments written (``p(\eta)`` for
  ``p(y; \eta)`` would be read ``p(\eta; \eta)``): then the call stays refused;
* the value filled in is the name's value where the call stands, and only when the chain itself
  has the name (written, or reached through a definition it uses): a parameter written nowhere near
  the step would be a fresh quantity independent of everything, and ``\frac{\partial}{\partial\eta}
  \int p(y)\,dy = 0`` would hold for the wrong reason (p would not depend on η). Otherwise the call
  stays refused ("λ is not declared"). The reading is reported with the step.
* A step that fails under it is SKIPPED, not FAILED (:func:`doubted`): ``p(y)`` may be another
  quantity (a marginal, a mixture ``\sum_k \pi_k p(y; \theta_k)``) that the notes never define.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Definition, display_key
from verifier.documents.values import Value, free_symbols
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["after_semicolon", "doubted", "filled"]

_MARK = "left out after the ';'"
_PARAMS = re.compile(r"\((?P<params>[^()]*)\)\s*$")


def after_semicolon(head: str) -> int:
    r"""How many parameters the definition's left side ``p(y; \eta, \phi)`` writes after its ``;``
    (0 without one, or with more than one ``;``)."""
    m = _PARAMS.search(head.replace(r"\left(", "(").replace(r"\right)", ")"))
    if m is None or m.group("params").count(";") != 1:
        return 0
    rest = m.group("params").split(";")[1]
    return len([p for p in rest.split(",") if p.strip()])


def filled(resolver: Resolver, d: Definition, args: list[Value], env: dict[str, Value]) -> list[Value] | None:
    """``args`` completed with the left-out parameters' values, or None when the reading does not apply."""
    missing = d.params[len(args) :]
    if not args or not missing or len(missing) > d.fixed:
        return None
    values = [resolver.value(sp.Symbol(p), env) for p in missing]
    if set().union(*(free_symbols(a) for a in args)) & set().union(*(free_symbols(v) for v in values)):
        return None  # p(\eta) for p(y; \eta): the argument is the parameter itself
    shown = ", ".join(missing)
    resolver._note(f"{display_key(d.key)}(…) read with {shown} {_MARK} of its definition "
                   f"(line {d.line}): the one in force")  # fmt: skip
    return [*args, *values]


def doubted(r: StepResult) -> StepResult | None:
    """A FAILED step read with a left-out parameter filled in: SKIPPED with why (None otherwise)."""
    if r.verdict is not Verdict.FAILED or _MARK not in (r.message or ""):
        return None
    why = ("fails with a parameter after a ';' filled in as the one in force, and the notes may mean "
           "another quantity by the call written without it")  # fmt: skip
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=f"{why}; {r.message}")
