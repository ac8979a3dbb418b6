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
* Notes write one family under two parametrisations, ``p(y; \eta) = b(y)\exp(\eta y - a(\eta))``
  and then ``p(y; \lambda) = e^{-\lambda}\lambda^y / y!``, and go on with ``\int p(y)\,dy = \int
  b(y)\exp(\eta y - a(\eta))\,dy``. The latest definition leaves out λ, which the line never writes;
  the earlier one leaves out η, which it does. A reader takes the definition whose left-out parameter
  the line writes (:func:`prefer_written`), reported with the step; only between the notes' own
  definitions of that name with as many parameters (a context's declaration always wins).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.values import Value, free_symbols
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver
    from verifier.documents.scoping import Uses

__all__ = ["after_semicolon", "doubted", "filled", "prefer_written"]

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


def left_out(d: Definition) -> tuple[str, ...]:
    """The parameters ``d`` writes after its ``;`` (those a call may leave out)."""
    return tuple(d.params[len(d.params) - d.fixed :]) if d.fixed else ()


def prefer_written(scope: Scope, note_definitions: Iterable[Definition], uses: Uses) -> dict[Key, str]:
    r"""For each function the line calls whose definition in force (one of the notes') has parameters
    after its ``;`` that the line never writes, the latest earlier definition of the notes with as many
    parameters whose own ``;`` parameters the line writes, put in force in ``scope``; returns why, per key."""
    notes = list(note_definitions)
    why: dict[Key, str] = {}
    for key, e in list(scope.names.items()):
        if not isinstance(e, Definition) or e not in notes or not e.fixed or key[0] not in uses.called:
            continue
        if any(p in uses.bare or p in uses.subscripted for p in left_out(e)):
            continue
        earlier = sorted((d for d in notes if d.key == key and d.line < e.line), key=lambda d: -d.line)
        for other in earlier:
            theirs = left_out(other)
            if len(other.params) == len(e.params) and theirs and all(p in uses.bare for p in theirs):
                scope.names[key] = other
                why[key] = (f"{display_key(key)}(…) read with the notes' definition at line {other.line}, "
                            f"whose {', '.join(theirs)} after the ';' this line writes (the one at line {e.line} "
                            f"is in {', '.join(left_out(e))}, which it does not)")  # fmt: skip
                break
    return why
