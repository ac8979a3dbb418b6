r"""A FAILED step that holds at the values the notes state for names it reaches only through a definition (sound58).

"Let $q(x) = 3(x - x_0)^2$ where $x_0 = 1$ is the vertex. Then $q(1 + h) = 3h^2$." is right: the step put the stated
vertex in. Stated values become a chain's hypotheses only for a worked link (a side of numbers, a call at numbers:
``chainvalues.values_read``) — an identity in a free name (h) is not read at them, so as not to make a general claim a
special case. The step above is such an identity, and it was checked for every x_0, which it never writes, and FAILED
at x_0 = 0. A FAILED needs every plausible reading to fail; the notes' own value of x_0 is one.

:func:`at_reached_values` owns that doubt: a FAILED step whose counterexample varies names the step does not write
but reaches through the notes' definitions (``q``'s body writes x_0), each with a value the notes state up to the
step (the latest of each), is checked again with those values as hypotheses; where it then holds it is SKIPPED,
naming them — which values the step means is not said. A step wrong there too stays FAILED; a name the step writes
itself (``q(x_0 + h)``) is read as before (there the claim is general in it), and so is a name no value is stated for.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import Any

from sympy.core.function import AppliedUndef

from verifier.documents.context import Scope
from verifier.documents.inferevidence import names_in
from verifier.documents.members import _Chain, step_trees
from verifier.documents.resolve import ResolveError
from verifier.documents.stated import stated_values
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["at_reached_values"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _plain(name: str) -> str:
    return re.sub(r"[\\{}\s]", "", name)


def _base(name: str) -> str:
    return re.split(r"[_\[]", name, maxsplit=1)[0]


def _stated(text: str, names: set[str], last: int) -> list[tuple[str, str]] | None:
    """``name = number`` hypotheses, the latest value stated up to line ``last`` for every one of ``names`` (compared
    without backslashes and braces); None where one has none."""
    latest: dict[str, tuple[str, str, int]] = {}
    for name, number, at in stated_values(text):
        if at <= last and (key := _plain(name)) in names:
            latest[key] = (name, number, at)
    if set(latest) != names:
        return None
    # not labelled as a stated value (documents.stated.WHERE): those apply to a worked link only
    # (oneinstance._worked_links), and this reading checks the identity itself at them
    return [(f"{n} = {v}", f"the value the notes state at line {at}")
            for n, v, at in (latest[k] for k in sorted(latest))]


def at_reached_values(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """Each FAILED step of ``chain`` that holds at the stated values of the names it reaches only through a
    definition, SKIPPED (module docstring)."""
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED and r.counterexample is not None]
    if not failing:
        return steps
    out = list(steps)
    last = max([chain.line, *(m.line for m in chain.members)])
    for k in failing:
        varied = {_plain(str(p)) for p, _ in out[k].counterexample.point}  # type: ignore[union-attr]
        trees = step_trees(chain, k)
        written = {_plain(n) for t in trees for n in names_in(t)}
        written |= {_plain(f.func.__name__) for t in trees for f in t.atoms(AppliedUndef)}
        through = {_plain(n) for n in doc._step_reach(chain, k, scope)} - written
        # x_0 of q's body is reached as the entry x[0] (its base x): the counterexample names it x_0
        names = {v for v in varied if {v, _base(v)} & through and not {v, _base(v)} & written}
        if not names:
            continue
        if (hypotheses := _stated(doc.text, names, last)) is None:
            continue
        again = copy.copy(chain)
        again.hypotheses = [*chain.hypotheses, *hypotheses]
        asked = {chain.steps[k].index}
        try:
            res = _Checker(doc, again, scope, asked, frozenset(asked)).run()
        except (ResolveError, LatexError):
            continue
        if res[k].verdict not in _GREEN:
            continue
        said = ", ".join(h for h, _ in hypotheses)
        why = (f"holds at {said}, stated in the notes, and fails at other values of {', '.join(sorted(names))}, "
               "which the step reaches only through a definition: which values it means is not said")  # fmt: skip
        cx = out[k].counterexample
        point = f" (literally it fails at {', '.join(f'{n}={v}' for n, v in cx.point)})" if cx and cx.point else ""
        out[k] = replace(out[k], verdict=Verdict.SKIPPED, counterexample=None, message="; ".join(
            x for x in (out[k].message, why + point) if x))  # fmt: skip
    return out
