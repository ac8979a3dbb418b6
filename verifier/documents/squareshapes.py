r"""Every inferred size one size: where a step whose inferred shapes clash can still be refuted.

``(AB)^T = A^T B^T`` with nothing declared: inference gives A an n₃×n₂ and B an n₂×n₃ matrix (so that AB
conforms), and then the right member does not conform: "the shapes inferred do not fit", SKIPPED. But both
sides of that step have a shape at all only when every matrix is square of one size, and there the step is
a claim about n×n matrices — which fails. The same holds for ``\nabla_W \operatorname{tr}(AW) = A`` (the
missing transpose of the trace rule). A matrix identity that holds for every conformable shape holds for
square ones too, so a step whose inferred shapes clash, and whose sides differ where every inferred size is
one size, fails under every reading that gives it a meaning: FAILED, with that reading named
(documents.doubts). The reading never makes a step green: holding for square matrices only, a step may still
be a slip for the shapes the notes mean; and a size the notes declare or annotate is never changed.

A step that differentiates by a vector or matrix in notes that leave the layout open (``\frac{\partial L}{\partial
A} = G^\top V`` for ``G V^\top``, ``\frac{\partial}{\partial x} W^\top(Wx - t) = W W^\top``) refutes only where
the square shapes fail in every layout for derivatives (the catalog's, denominator, numerator and the numerator
layout by matrices only): the transpose one layout writes may be all the step's mismatch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from verifier.documents.context import IndexRange, Key, Scope, Size, VarDecl, is_invented_size
from verifier.documents.layout import LAYOUTS, MATRIX_NUMERATOR, MIXED
from verifier.results import StepResult, Verdict

__all__ = ["EVERY_LAYOUT", "NOTE", "failing_in_every_layout", "square_scope"]

NOTE = "every inferred size one size (square matrices)"
EVERY_LAYOUT = "every layout for derivatives"


def failing_in_every_layout(square: Scope, failing: list[int], results: Sequence[StepResult],
                            run: Callable[[Scope], Sequence[StepResult]]) -> set[int]:
    """The steps of ``failing`` that fail with a counterexample under the ``square`` reading (``results``, in its
    own layout) and under it in each other layout (``run`` checks the chain in a scope)."""
    left = {k for k in failing if results[k].verdict is Verdict.FAILED and results[k].counterexample is not None}
    own = square.conventions.get("layout", MIXED)
    for layout in (*LAYOUTS, MATRIX_NUMERATOR):
        if not left or layout == own:
            continue
        other = square.copy()
        other.conventions["layout"] = layout
        again = run(other)
        left = {k for k in left if again[k].verdict is Verdict.FAILED and again[k].counterexample is not None}
    return left


def square_scope(scope: Scope) -> Scope | None:
    """``scope`` with every inferred vector's and matrix's inferred sizes (and the ranges of the indices
    over them) made one size, the largest inferred; None when fewer than two inferred sizes are in use."""
    sizes = {k: e for k, e in scope.names.items() if isinstance(e, Size) and is_invented_size(k)}
    used: set[Key] = set()
    for key, e in scope.names.items():
        if isinstance(e, VarDecl) and key in scope.inferred and e.dims is not None:
            used |= {d for d in e.dims if is_invented_size(d) and d in sizes}  # type: ignore[misc]
    if len(used) < 2:
        return None
    target = max(sorted(used), key=lambda k: sizes[k].values[0] if sizes[k].values else 0)
    out = scope.copy()
    for key, e in scope.names.items():
        if isinstance(e, VarDecl) and key in scope.inferred and e.dims is not None:
            dims = tuple(target if d in used else d for d in e.dims)
            if dims != e.dims:
                out.names[key] = replace(e, dims=dims)  # type: ignore[arg-type]
                said = out.inferred.get(key)
                for size in used - {target}:  # the reading says the shapes it reads with
                    said = said.replace(size[0], target[0]) if said else said
                if said is not None:
                    out.inferred[key] = said
        elif isinstance(e, IndexRange) and e.hi in used:
            out.names[key] = replace(e, hi=target)
    return out
