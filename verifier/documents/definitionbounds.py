r"""The bounds the sentence introducing a function's definition states on its parameters hold where it is used.

Notes define a penalty or a loss by cases under conditions on its parameters, stated in the sentence that leads
into the display: "For $\theta \ge 0$, $\lambda > 0$ and $a > 2$ the penalty is $$p_\lambda(\theta) =
\begin{cases} … & \lambda < \theta \le a\lambda \\ … \end{cases}$$". The cases only make sense under them (with
a < 1 the middle interval is empty, with λ < 0 the branches overlap). documents.ranges reads a condition as the
hypothesis of the display after it only, so a claim further down that uses the function, ``p_\lambda(-\theta) =
p_\lambda(\theta)``, was checked at a = -1 and λ = 2, where another branch covers the point: the right symmetry
was FAILED (fresh74, SCAD).

This module owns that reading: for each function the notes define (with parameters) on an earlier line that a chain
writes or reaches through its definitions, the ranges the prose just before the definition's display states
(documents.ranges.stated_bounds: the nearest statement, none negated, excepted or sent elsewhere) on names of its
body other than its own arguments (λ and a, not the argument θ, which the claim may evaluate anywhere) are read as
the range of those names. A family's parameter counts as a name of the body, not as an argument: where the notes
call the family at a number (``p_1(2)``), documents.familyparameters reads ``p_\lambda(\theta)`` as the function of
θ and λ, and the bound λ > 0 the sentence states holds for λ all the same (alarm69: without it the right even
extension was FAILED again, read with a > 2 only). It is a reading of its own (documents.meanings), tried for a
failing step and reported with it, and it never makes a step green: a condition of an earlier display is not the
parameter's bound for later lines (documents.declaredbounds; fresh48's guard), so a step that holds only under it is
SKIPPED "holds only when read with …", and one that, read so, has no sampled point where both sides have a value
(documents.doubts) is SKIPPED rather than FAILED: its literal failure lies outside what the notes define.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.chainprose import since_last_display  # a display's own prose, as for a chain
from verifier.documents.context import Definition
from verifier.documents.familyparameters import ParameterLabel
from verifier.documents.headings import after_heading
from verifier.documents.infer import names_in
from verifier.documents.members import _Chain, member_trees
from verifier.documents.ranges import stated_bounds
from verifier.latex import LatexError

if TYPE_CHECKING:
    from verifier.documents.context import Scope

__all__ = ["definition_bounds"]


def definition_bounds(doc: object, chain: _Chain, scope: Scope) -> tuple[str, str]:
    """The bounds (each as ``$formula$`` and a blank line) the prose before the display of a function definition
    ``chain`` uses states on that function's parameters other than its arguments, and the definitions they come
    from ("p_lambda (line 13)"); ("", "") for none."""
    trees = [t for m in chain.members if m.parsed is not None for t in member_trees(m.parsed)]
    # the names the chain writes and the functions it calls (p_lambda(-theta): a call, no name of names_in)
    written = {n for t in trees for n in names_in(t)} | {
        f.func.__name__ for t in trees if isinstance(t, sp.Basic) for f in t.atoms(sp.Function)}
    reached = doc._reach(written, scope)  # type: ignore[attr-defined]
    # the labels read as a family's parameter (p_\lambda of p_1(2): λ, the function's last parameter)
    families = [lab for lab in getattr(doc, "labels", ()) if isinstance(lab, ParameterLabel)]
    out: dict[str, str] = {}
    whose: list[str] = []
    for name in sorted(reached):
        entry = scope.names.get((name, ()))
        if not isinstance(entry, Definition) or not entry.params or entry.builtin or not 0 < entry.line < chain.line:
            continue
        try:
            body = doc.parse(entry.body, None, frozenset())  # type: ignore[attr-defined]
        except LatexError:
            continue
        arguments = set(entry.params)
        if any(name.startswith(n + "_") and entry.params[-1] == sub for n, sub in families):
            arguments.discard(entry.params[-1])  # the family's parameter: a name of the body, not an argument
        own = {n for n in names_in(body) if n not in arguments}
        _, prose = after_heading(*doc._prose_before(_Chain(entry.line, [], []), display=True))  # type: ignore[attr-defined]
        stated = stated_bounds(since_last_display(prose))
        found = {b: f for b, (_, _, f) in stated.items() if b in own and b not in out}
        if found:
            out.update(found)
            whose.append(f"{name} (line {entry.line})")
    return "".join(f"${f}$\n\n" for f in out.values()), ", ".join(whose)
