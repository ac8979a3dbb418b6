r"""A matrix the notes annotate ``m×n`` that a chain's products make square (a vector annotated ``R^K`` used at N).

``A \in \mathbb{R}^{m \times n}``, ``B \in \mathbb{R}^{n \times m}`` and then ``\det(AB) = \det(A)\det(B)``: shape
inference unifies the sizes a step's operations need, ``\det(A)`` needs A square, so m and n became one
size and the step, true for square matrices only, was PROVED. The notes wrote two size letters; nothing
says they are equal, and at m ≠ n the right side is not even defined. The same unification hides a
missing transpose that only a rectangular matrix shows.

:mod:`verifier.documents.infer` records each such matrix (``SQUARED_PREFIX`` conventions); this module,
a post-pass of :mod:`verifier.documents.check`, SKIPs a green step that writes one: green only with a
size equality the notes do not state. A failing step stays FAILED (it fails at the sizes it forced).

The same for a vector (sound57): ``\mathbf w \in \mathbb{R}^K`` and ``\sum_k w_k = \sum_{k=1}^{N} w_k`` unified K
and N (``RESIZED_PREFIX``), and the slip N for K was PROVED.
"""

from __future__ import annotations

from dataclasses import replace

from verifier.documents.context import Scope
from verifier.documents.infer import RESIZED_PREFIX, SQUARED_PREFIX, names_in
from verifier.documents.members import _Chain, step_trees
from verifier.results import StepResult, Verdict

__all__ = ["doubt_squared"]


def doubt_squared(chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green step that writes a matrix made square against its annotation SKIPPED."""
    squared = {key[len(SQUARED_PREFIX) :]: f"square ({sizes})" for key, sizes in scope.conventions.items()
               if key.startswith(SQUARED_PREFIX)}  # fmt: skip
    # w \in R^K summed to N: of length N here (sound57)
    squared |= {key[len(RESIZED_PREFIX) :]: f"of length {sizes.partition(' = ')[0]} ({sizes})"
                for key, sizes in scope.conventions.items() if key.startswith(RESIZED_PREFIX)}  # fmt: skip
    if not squared:
        return steps
    out = list(steps)
    for k, r in enumerate(steps):
        if not r.verdict.ok:
            continue
        written = {n for t in step_trees(chain, k) for n in names_in(t)}
        hit = sorted(name for name in squared if name in written)
        if hit:
            shown = "; ".join(f"{name} {squared[name]}" for name in hit)
            why = f"holds only with {shown}, which the notes do not say: they annotate two sizes"
            out[k] = replace(r, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, r.message) if x))
    return out
