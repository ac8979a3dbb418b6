r"""Verdicts of steps that use a quantity the notes never define (an opaque name the parser guessed).

The parser reads a macro whose definition is not at hand (``\w`` from a file the notes ``\input``)
and a ``\sum_K`` with nothing to sum as opaque quantities (:mod:`verifier.latex.opaque`). Under that
reading a step is checked like any other, but what its verdict may say is limited:

* FAILED never: the step fails for an arbitrary value of the unknown quantity, which says nothing
  about what the notes mean by it. It is SKIPPED with the reason.
* PROVED or PASSED only if every guessed name of the step is written, somewhere in its chain, where
  only a quantity can stand (a *term*): an operator read as a factor (``\sumin`` applied to what
  follows) gives another formula, so such a step is SKIPPED too. A verdict kept is reported with
  the reading (``\w read as an unknown quantity …``).
* Nor if a guessed name is differentiated as a constant: in ``\frac{d}{dx}(x \Rsig) = \Rsig`` the
  macro may stand for a function of x (``\Rsig`` for ``\sigma(x)``), and the step holds only if it
  does not. Where the chain differentiates the name itself it is read as an arbitrary function of
  the variable (:mod:`verifier.documents.generic`) and the verdict stands.
* Nor if a guessed name is written inside a sum (in the step or a definition it reaches) and the step
  holds only with it read as the same for every value of the sum's index: ``\sum_{i=1}^n \yi = n
  \yi`` is true of a number and false of ``y^{(i)}``, which a course's ``\yi`` usually is. Members
  that are the same formula with the name read as an entry of the index keep their verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from verifier.latex.opaque import (
    describe,
    guessed_names,
    is_guessed,
    summed_guesses,
    term_evidence,
    with_summed_entries,
)
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    import sympy as sp

__all__ = ["opaque_notes", "opaque_verdict"]


def opaque_notes(tree: sp.Basic) -> list[str]:
    """The readings to report for the guessed names of one member."""
    return [describe(name) for name in sorted(guessed_names(tree))]


def opaque_verdict(
    trees: list[sp.Basic],
    chain_latex: list[str],
    r: StepResult,
    reached: Iterable[str] = (),
    functions: Mapping[str, tuple[str, ...]] | None = None,
    defined: Iterable[str] = (),
    bodies: Iterable[sp.Basic] = (),
) -> StepResult | None:
    """The verdict of a step whose members (``trees``) use guessed names, or None if they use none
    (or the verdict stands as it is). ``chain_latex``: the members of the step's chain (and the
    bodies of the definitions it reaches), where a guessed name may be seen standing as a term;
    ``reached``: the names the step reaches through definitions (a guess there counts too);
    ``functions``: names read as arbitrary functions, with their variables
    (:func:`verifier.documents.generic.generic_names`); ``defined``: guessed names the notes define;
    ``bodies``: the parsed bodies of the definitions the step reaches."""
    guessed = set().union(*(guessed_names(t) for t in trees)) if trees else set()
    guessed |= {name for name in reached if is_guessed(name)}
    guessed -= set(defined)  # "define $\sum_K = \sum_{j=1}^K e^{\theta_j}$": the notes say what it is
    if not guessed:
        return None
    names = ", ".join(sorted(guessed))
    are, it, what = ("are", "them", "unknown quantities") if len(guessed) > 1 else ("is", "it", "an unknown quantity")
    if r.verdict is Verdict.FAILED:
        cx = r.counterexample
        where = f" (under that reading it fails at {', '.join(f'{k}={v}' for k, v in cx.point)})" if cx else ""
        why = (f"{names} {are} not defined in the notes (read as {what}); a failure for arbitrary "
               f"values says nothing about what the notes mean by {it}{where}")  # fmt: skip
        return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=why)
    if r.verdict in (Verdict.PROVED, Verdict.PASSED):
        seen: set[str] = set()
        for src in chain_latex:
            seen |= term_evidence(src)
        operators = sorted(guessed - seen)
        if operators:
            which = ", ".join(operators)
            are = "are" if len(operators) > 1 else "is"
            why = (
                f"{which} {are} not defined in the notes and always followed by what an operator would apply to: "
                f"the step holds with {which} read as a factor, which may not be what the notes mean"
            )
            return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=why)
        summed = _summed(trees, list(bodies), guessed)
        if summed:
            name, indices = summed
            why = (
                f"{name} is not defined in the notes and is written inside a sum over {indices}: the step holds "
                f"with it read as the same for every {indices}; it may stand for an entry that depends on "
                f"{indices} (as y^{{(i)}} does), and then the step says something else"
            )
            return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=why)
        constant = _held_constant(trees, guessed, functions or {})
        if constant:
            name, var = constant
            why = (
                f"{name} is not defined in the notes and the step holds with it read as a constant; it may "
                f"depend on {var} (the variable of the derivative), and then the step says something else"
            )
            return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=why)
    return None


def _summed(trees: list[sp.Basic], bodies: list[sp.Basic], guessed: set[str]) -> tuple[str, str] | None:
    """(a guessed name, the indices of the sums around it) for a name written inside a sum of the step
    or of a definition it reaches, unless the step's members are one formula with every such name read
    as an entry of those indices (a restatement holds whatever the name is); None if there is none."""
    found: dict[str, set[str]] = {}
    for t in trees + bodies:
        for name, indices in summed_guesses(t).items():
            if name in guessed:
                found.setdefault(name, set()).update(indices)
    if not found:
        return None
    if not bodies and len(trees) > 1 and len({with_summed_entries(t) for t in trees}) == 1:
        return None
    name = sorted(found)[0]
    return name, ", ".join(sorted(found[name]))


def _held_constant(
    trees: list[sp.Basic], guessed: set[str], functions: Mapping[str, tuple[str, ...]]
) -> tuple[str, str] | None:
    """(a guessed name, a variable) for a derivative in ``trees`` by that variable of an expression
    using the name, which is not read as a function of the variable, or None."""
    import sympy as sp

    for t in trees:
        for d in t.atoms(sp.Derivative):
            variables = {str(v.base.label) if isinstance(v, sp.Indexed) else str(v) for v, _ in d.variable_count}
            inside = {str(s) for s in d.expr.free_symbols} & guessed
            for name in sorted(inside - variables):
                if not variables & set(functions.get(name, ())):
                    return name, ", ".join(sorted(variables))
    return None
