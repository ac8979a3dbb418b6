r"""Two readings that put apart what the notes write as one thing, so a failure resting on them is no FAILED.

* A vector and its entry (:func:`entry_of_vector`): ``\partial \log P_j / \partial x_{jm}`` where the notes'
  definition of P writes ``\mathbf{x}_j``. The derivative's variable is an entry of a name the notes never
  define or declare (x, inferred), and what is differentiated reaches the same name with fewer indices (the
  vector ``x_j`` whose entry m is ``x_{jm}``: bold vectors, plain entries). Read as two independent arrays
  the derivative is 0 — a guess (documents.sampleentries makes the reading where the bold letter is a
  sample family; where the notes also write it alone, ``\bar{\mathbf{x}}``, it is not made).
* A check at the estimate (:func:`at_estimate`): ``e^{-z_1} = e^{\hat\mu}`` after ``z = (x - \mu)/\beta``
  and the estimate ``\hat\mu``, in prose that checks the score "at this value". The step writes the estimate
  and reaches the parameter μ only through a definition; the checker varies μ and μ̂ apart, the notes set
  μ = μ̂.

Both only demote a FAILED step to SKIPPED with the reason (documents.guesses asks them); a wrong step that
fails for another reason fails here too and is SKIPPED, never green (fresh76).
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from verifier.documents.context import Definition, Scope, display_key
from verifier.documents.infer import names_in
from verifier.latex import LatexError
from verifier.results import StepResult

__all__ = ["at_estimate", "entry_of_vector"]


def entry_of_vector(d: sp.Derivative, scope: Scope, reach: Callable[[set[str], Scope], set[str]],
                    parse: Callable[..., sp.Basic]) -> str:
    """The reason ``d`` (a derivative by an entry ``x_{jm}``) may be read wrongly: its expression, or a definition
    it reaches (``reach``; bodies read with ``parse``), writes the same undefined name with fewer indices; ""
    where none does."""
    for v, _ in d.variable_count:
        if not isinstance(v, sp.Indexed) or len(v.indices) < 2:
            continue
        label = str(v.base.label)
        key = (label, ())
        if key not in scope.inferred or isinstance(scope.names.get(key), Definition):
            continue
        trees = [d.expr]
        for name in sorted(reach(names_in(d.expr), scope)):
            entry = scope.names.get((name, ()))
            if isinstance(entry, Definition) and not entry.builtin and entry.body:
                try:
                    trees.append(parse(entry.body, None, frozenset()))
                except LatexError:
                    continue
        if any(str(a.base.label) == label and 0 < len(a.indices) < len(v.indices)
               for t in trees for a in t.atoms(sp.Indexed)):  # fmt: skip
            written = f"{label}_{{{''.join(str(i) for i in v.indices)}}}"
            return (f"{display_key(key)} is written with fewer indices in what is differentiated (a vector whose "
                    f"entry the variable {written} may be) and read as another array: whether the two are one is "
                    "not stated")
    return ""


def at_estimate(r: StepResult, used: set[str], reached: set[str], scope: Scope,
                reach: Callable[[set[str], Scope], set[str]]) -> str:
    r"""The reason a FAILED ``r`` may hold at the estimate: its counterexample varies names v the step's members
    never write (``used``) while they write the estimate ``\hat{v}`` (``vhat``), v reached only through the
    notes' definitions (``reached``) and not defined itself; "" where there is none. A hat the notes define from v
    itself (``\hat x_i = (x_i - \mu)/s``, a standardised value: ``reach``) is no estimate of v but a quantity
    computed from it: its step is read as written (fresh72's wrong ``\sum_i \hat x_i^2 = m - 1`` stays FAILED)."""
    if r.counterexample is None:
        return ""
    varied = {str(p) for p, _ in r.counterexample.point}
    names = sorted(v for v in varied if f"{v}hat" in used and v not in used and v in reached
                   and not isinstance(scope.names.get((v, ())), Definition)
                   and v not in reach({f"{v}hat"}, scope) - {f"{v}hat"})  # fmt: skip
    if not names:
        return ""
    at = ", ".join(f"{v} = {v}hat" for v in names)
    return (f"the step writes the estimate and reaches the parameter only through the notes' definitions: read at "
            f"{at} (a check at the estimate, as notes write it) it may hold, and the checker varies the two apart")
