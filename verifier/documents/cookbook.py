r"""A derivative by a capital with no matrix layout, read with that capital as a vector (the cookbook's x).

Cheat sheets of matrix derivatives in ML notes copy the matrix cookbook's identities for a vector
and write them with bold capitals: ``\frac{\partial}{\partial \mathbf{X}} \mathbf{X}^T \mathbf{A}
\mathbf{X} = (\mathbf{A} + \mathbf{A}^T)\mathbf{X}``. A bold capital is inferred to be a matrix, and
the derivative of a matrix by a matrix is a fourth-order tensor with no 2-D layout: the step was
SKIPPED whatever it said. A reader sees from the claimed result (a matrix the size of A times X) that
X stands for a vector here, as in the identity the sheet copies.

This module owns that reading (:func:`as_vectors`), kept narrow:

* only a step SKIPPED because a derivative has no matrix layout
  (:data:`verifier.documents.tensorparts.NO_LAYOUT`);
* only the variables of its derivatives that are inferred matrices for want of other evidence: a
  capital written in bold or next to a matrix, never one a context declares or the notes annotate
  (``\mathbf{X} \in \mathbb{R}^{n \times m}``) — those say it is a matrix;
* the variable becomes a column of its row count (what every product it is in already fixes) and the
  step is checked again, in the layouts the notes leave open; a step that holds is green *under that
  reading*, reported with it. A step that fails so stays SKIPPED: the literal reading has no value and
  the vector is a guess, so it is never FAILED.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.context import Key, Scope, VarDecl
from verifier.documents.members import _Chain, member_trees
from verifier.documents.resolve import ResolveError
from verifier.documents.steps import _Checker
from verifier.documents.tensorparts import NO_LAYOUT
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document

__all__ = ["as_vectors", "guessed_matrices"]

#: inferred reasons that are the notes' word on the shape: a matrix the notes say is one stays one
_STATED = ("annotated", "written out as", "declared")


def guessed_matrices(scope: Scope, trees: list[sp.Basic]) -> frozenset[Key]:
    """The variables of the derivatives in ``trees`` that are capitals inferred as matrices on a guess."""
    out: set[Key] = set()
    for tree in trees:
        for d in tree.atoms(sp.Derivative):
            for var, _count in d.variable_count:
                if not isinstance(var, sp.Symbol) or not var.name[:1].isupper():
                    continue
                key: Key = (var.name, ())
                entry = scope.names.get(key)
                why = scope.inferred.get(key)
                if isinstance(entry, VarDecl) and entry.kind == "matrix" and why is not None \
                        and not any(w in why for w in _STATED):  # fmt: skip
                    out.add(key)
    return frozenset(out)


def as_vectors(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each step SKIPPED for a derivative with no layout checked again with its guessed
    matrix variables read as vectors; only a step that then holds changes (see the module docstring)."""
    todo = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED and any(w in r.message for w in NO_LAYOUT)]
    if not todo:
        return steps
    trees = [t for k in todo for i in (chain.steps[k].left, chain.steps[k].right)
             if (p := chain.members[i].parsed) is not None for t in member_trees(p)]  # fmt: skip
    names = guessed_matrices(scope, trees)
    if not names:
        return steps
    vectors = scope.copy()
    for key in names:
        entry = scope.names[key]
        assert isinstance(entry, VarDecl) and entry.dims is not None
        vectors.names[key] = VarDecl(key, "vector", (entry.dims[0], 1), entry.domain, entry.line)
        vectors.inferred[key] = f"{key[0]}: a vector (a derivative by it has no matrix layout if it is a matrix)"
    variants = [("", vectors)]
    if "layout" not in scope.conventions:
        stated = doc.layout_said(chain.line)  # "We use the numerator layout."
        for layout in (stated,) if stated else ("denominator", "numerator"):
            other = vectors.copy()
            other.conventions["layout"] = layout
            variants.append((f" and {layout} layout for derivatives", other))
    asked = {chain.steps[k].index for k in todo}
    out = list(steps)
    left = set(todo)
    for note, variant in variants:
        try:
            results = _Checker(doc, chain, variant, asked, frozenset(asked)).run()
        except ResolveError:
            continue
        for k in sorted(left):
            r = doc._doubt(chain, variant, chain.steps[k], results[k])  # doubted as the first reading's steps are
            if r.verdict in (Verdict.PROVED, Verdict.PASSED):
                said = ", ".join(sorted(k[0] for k in names))
                why = (f"holds when read with {said} a vector{note} (a derivative by the matrix {said} has no matrix "
                       "layout; a cheat sheet's identities are the matrix cookbook's, for a vector)")
                out[k] = replace(r, message="; ".join(x for x in (why, r.message) if x))
                left.discard(k)
        if not left:
            break
    return out
