r"""A letter read as a constant beside a function of the variable, with nothing saying it is one.

A name the notes never define is an arbitrary function of t where a chain differentiates it by t
(:mod:`verifier.documents.generic`), and a constant where it only stands inside what is differentiated.
The second half is right for a coefficient (``\frac{d}{dt}(cp) = c\frac{dp}{dt}``), and it is what made
the product rule without its second term, ``\frac{d}{dt}(pq) = \frac{dp}{dt} q``, PROVED: q read as a
constant for want of evidence. What tells the two apart, where the prose says nothing ("$q$ is a
constant", "$p$ and $q$ are functions of $t$", ``$q(t)$``: :mod:`verifier.documents.dependence`), is the
letter: f, g, h and p … z name functions and quantities, a … e, k, capitals and Greek letters name
coefficients.

This module owns that doubt, a post-pass of :mod:`verifier.documents.check`: in a green step that takes
an ordinary derivative (no ``\partial``, ``\nabla``: a partial derivative holds the other names fixed by
its notation) of an expression holding both a name the chain reads as an arbitrary function of the
variable and a function letter inferred a scalar on no evidence, the step is checked again with that
letter a function of the variable too. Where it then does not hold, it is SKIPPED: green only on a
constant the notes never state. The prose calling the letter a constant, fixed, or independent of the
variable keeps the reading.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Scope, VarDecl
from verifier.documents.dependence import DEPENDS
from verifier.documents.generic import PREFIX, derivatives_in
from verifier.documents.infer import NO_EVIDENCE_MARK, names_in
from verifier.documents.members import _Chain, step_trees
from verifier.documents.parts import part_of
from verifier.documents.sentences import RUN_TO_STOP as _SENTENCE
from verifier.documents.steps import checked_again
from verifier.documents.symmetricprose import NEGATION, prose_clauses
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document

__all__ = ["FUNCTION_LETTERS", "doubt_constant_factors", "said_constant"]

#: lower-case letters that name functions and quantities rather than coefficients
FUNCTION_LETTERS = frozenset("fghpqrsuvwxyz")
_PARTIAL = re.compile(r"\\partial|\\nabla")
_CONSTANT = re.compile(r"\b(?:constants?|fixed|held\s+fixed)\b", re.I)
_INDEPENDENT = re.compile(r"\b(?:independent\s+of|(?:does|do)\s+not\s+depend|doesn't\s+depend)\b", re.I)


# where a sentence's prose turns to another subject: a comma, semicolon, "but", "while", "and", … (not
# between two formulas: "$p$ and $q$ are constants" is one subject, :data:`_JOIN`)
_CLAUSE = re.compile(r"[,;]|\b(?:but|while|whereas|although|though|yet|and)\b")
_JOIN = re.compile(r"\s*,?\s*(?:and|or)?\s*")


def said_constant(text: str, letter: str, line: int | None = None) -> bool:
    """Does a clause of ``text`` naming ``$letter$`` alone call it a constant (not negated), fixed, or say
    it does not depend on the variable? With ``line``, only the prose of the part holding that line
    (:mod:`verifier.documents.parts`) is read: "Here $q$ is a constant." in another section says nothing
    of the q here, and neither does "Here $c$ is a constant but $q$ varies with time." (review21b: both
    kept the product rule without its second term PROVED)."""
    if line is not None:
        lines = text.split("\n")
        start, end = part_of(lines, line)
        text = "\n".join(lines[start - 1 : end])
    alone = re.compile(r"\$\s*" + re.escape(letter) + r"\s*\$")
    for m in _SENTENCE.finditer(text):
        for clause in _clauses(m.group(0)):
            if not alone.search(clause):
                continue
            if _INDEPENDENT.search(clause) or (_CONSTANT.search(clause) and not NEGATION.search(clause)):
                return True
    return False


def _clauses(sentence: str) -> list[str]:
    """``sentence`` cut where its prose (not its math) turns to another subject (:data:`_CLAUSE`)."""
    return prose_clauses(sentence, _CLAUSE, _JOIN)


def _doubted(doc: _Document, chain: _Chain, scope: Scope, k: int) -> set[tuple[str, str]]:
    """The (letter, variable) pairs step ``k`` reads a constant on no evidence beside a function of it."""
    functions = {key[len(PREFIX) :]: set(v.split(";")) for key, v in scope.conventions.items()
                 if key.startswith(PREFIX)}  # fmt: skip
    out: set[tuple[str, str]] = set()
    for tree in step_trees(chain, k):
        for expr, var in derivatives_in(tree):
            if not isinstance(var, sp.Symbol):
                continue
            written = names_in(expr)
            if not any(var.name in functions.get(n, ()) for n in written):
                continue
            for letter in written - {var.name} - set(functions):
                entry = scope.names.get((letter, ()))
                if (letter in FUNCTION_LETTERS and isinstance(entry, VarDecl) and entry.kind == "scalar"
                        and NO_EVIDENCE_MARK in scope.inferred.get((letter, ()), "")
                        and DEPENDS + letter not in scope.conventions
                        and not said_constant(doc.text, letter, chain.line)):
                    out.add((letter, var.name))
    return out


def doubt_constant_factors(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green step that holds only with a function letter constant SKIPPED (above)."""
    if not any(r.verdict.ok for r in steps) or not any(k.startswith(PREFIX) for k in scope.conventions):
        return steps
    if any(_PARTIAL.search(m.latex or "") for m in chain.members):
        return steps
    doubted = {k: pairs for k, r in enumerate(steps) if r.verdict.ok and (pairs := _doubted(doc, chain, scope, k))}
    if not doubted:
        return steps
    alt = copy.copy(chain)
    alt.members = [copy.copy(m) for m in chain.members]
    wider = doc.scope_of(chain)
    for letter, var in set().union(*doubted.values()):
        said = wider.conventions.get(DEPENDS + letter)
        wider.conventions[DEPENDS + letter] = f"{said},{var}" if said else var
    asked = {chain.steps[k].index for k in doubted}
    results = checked_again(doc, alt, wider, asked, len(chain.members))
    if results is None:
        return steps
    out = list(steps)
    for k, pairs in doubted.items():
        if results[k].verdict.ok:
            continue
        names = ", ".join(f"{letter} (of {var})" for letter, var in sorted(pairs))
        fails = "it could not be checked in time" if results[k].verdict is Verdict.TIMEOUT else "it does not hold"
        why = (f"holds only with {names} a constant, which the notes do not say; read as a function of the "
               f"variable, as the function beside it is, {fails}")
        out[k] = replace(out[k], verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, out[k].message) if x))
    return out
