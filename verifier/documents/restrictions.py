r"""Readings that restrict the values of the undeclared quantities (positive, in (0, 1)), and when such
a reading may make a failing step green.

Notes rarely say that a quantity under ``\log`` or a square root is positive, or that a slope or a
probability lies in (0, 1): they assume the values where their functions are defined. Reading them so
is plausible when the literal reading fails only where a side is not real (``\log(ab) = \log a +
\log b`` at a < 0), or when what is restricted are the constants of a derivative and not its
variable (the slope L of ``\frac{\partial}{\partial x}\max(Lx, x)``, with x keeping both signs).
It is not plausible when the literal reading fails where both sides are real at the variable itself:
``\frac{d}{dx}\max(0, x) = 1``, ``|x| = x`` and ``\sqrt{x^2} = x`` are the mistakes such a reading
would hide (the negative branch). Those steps are SKIPPED, saying which restriction would make them
hold: not green without evidence, not FAILED when the prose may state the condition."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

import sympy as sp

from verifier.documents.context import DomainSpec, Key, Scope, VarDecl
from verifier.documents.generic import derivatives_in
from verifier.documents.infer import names_in
from verifier.results import StepResult, Verdict

POSITIVE = "the undeclared quantities positive"
UNIT = "the undeclared quantities in (0, 1) (probabilities)"
_DOMAINS = ((POSITIVE, "positive", DomainSpec("positive", 0.0, math.inf)),
            (UNIT, "in (0, 1) (probabilities)", DomainSpec("interval", 0.0, 1.0)))  # fmt: skip


def restricted_scopes(
    scope: Scope, inferred: Iterable[tuple[Key, VarDecl]], trees: list[sp.Basic], branching: set[str]
) -> list[tuple[str, Scope]]:
    r"""The readings with the undeclared quantities restricted, each a (note, scope): first those that
    restrict only the constants of the chain's derivatives (every name but their variables), then
    those that restrict every undeclared quantity. ``branching``: names whose sign selects a branch
    (the z of ``\max(\alpha z, z)``, documents.ranges), never restricted."""
    variables = {n for t in trees for _expr, var in derivatives_in(t) for n in names_in(var)}
    names = [(k, e) for k, e in inferred if e.kind != "function" and k[0] not in branching]
    constants = [(k, e) for k, e in names if k[0] not in variables]
    out: list[tuple[str, Scope]] = []
    for everything in (False, True):
        for note, words, domain in _DOMAINS:
            # the constants of a derivative alone; then every quantity, where that adds a variable
            chosen = names if everything else constants
            if not chosen or (not everything and not variables) or (everything and variables and chosen == constants):
                continue
            restricted = scope.copy()
            for key, entry in chosen:
                restricted.names[key] = replace(entry, domain=domain)
            if everything:
                out.append((note, restricted))
            else:
                free = ", ".join(sorted(variables))
                out.append((f"the undeclared quantities other than {free} {words}", restricted))
    return out


def needs_the_domain(
    note: str, literal: StepResult, failures: dict[tuple[str, int], StepResult], k: int
) -> bool:
    r"""Must step ``k``'s failure lie outside the real domain for reading ``note`` to rescue it, and
    does it not? Asked of a reading that restricts every undeclared quantity (the variables too);
    the failure is that of the same reading with the values unrestricted (``failures``, by note and
    step: "\log over the whole product" alone), else the literal one."""
    for restriction in (POSITIVE, UNIT):
        if note == restriction or note.endswith(" and " + restriction):
            base = failures.get((note[: -len(restriction)].removesuffix(" and "), k), literal)
            return not (base.counterexample is not None and base.counterexample.not_real)
    return False


def held_only_restricted(literal: StepResult, note: str) -> StepResult:
    """The failing step, SKIPPED: it holds only with the undeclared quantities restricted by ``note``,
    and the literal reading fails where both sides are real."""
    where = ""
    cx = literal.counterexample
    if cx is not None:
        at = ", ".join(f"{name} = {value}" for name, value in cx.point)
        where = f" at {at}, where both sides are real ({cx.lhs} and {cx.rhs})"
    why = (f"holds only when read with {note}; read literally it fails{where}, and the notes do not say "
           "the quantities are restricted so (a branch left out?)")  # fmt: skip
    return replace(literal, verdict=Verdict.SKIPPED, message=why, counterexample=None, curve=None)
