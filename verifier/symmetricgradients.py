r"""The gradient by a matrix declared symmetric, read as the gradient over symmetric matrices where it fails as written.

``b.matrix("S", n, n, symmetric=True)`` shares one symbol between S_ij and S_ji, so ``D(f, S)`` differentiates by
that symbol at both positions: the *structured* gradient (the Matrix Cookbook's 2S^{-1} - diag(S^{-1}) for
log det S). Course notes and textbooks write ``\nabla_\Sigma \log\det\Sigma = \Sigma^{-1}``: the gradient over
symmetric matrices, whose off-diagonal entries share the symbol's derivative between their two positions (half
each), which is also the general matrix's gradient at a symmetric point whenever that gradient is symmetric;
``verify doc`` reads a symmetric matrix's gradient that way (README "Layout convention"). The catalog FAILED the
textbook statement with a counterexample (redcat63). A FAILED must hold under every plausible reading, so a
failing step with such a member is checked again with the member's shared off-diagonal entries halved, and is
green under that reading, said with the step; the structured form holds as written and is never re-read, and a
step false under both readings stays FAILED.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from verifier.catalog import Claim, D, Member
from verifier.results import StepResult, Verdict

__all__ = ["NOTE", "with_symmetric_reading"]

NOTE = ("the gradient over symmetric matrices (the derivative by an off-diagonal entry shared by its two positions, "
        "half each)")  # fmt: skip


def _shared(wrt: sp.MatrixBase) -> bool:
    """Does the square matrix ``wrt`` hold one symbol at two mirrored positions (declared symmetric)?"""
    n = wrt.rows
    return n == wrt.cols and any(wrt[i, j] == wrt[j, i] for i in range(n) for j in range(i + 1, n))


def _halved(member: Member) -> Member | None:
    """``member``, a scalar's gradient by a symmetric matrix, as that gradient with its shared off-diagonal entries
    halved; None for any other member."""
    if not isinstance(member, D) or not isinstance(member.wrt, sp.MatrixBase) or not member.scalar_f:
        return None
    wrt = member.wrt
    if not _shared(wrt):
        return None
    grad = member.explicit()
    assert isinstance(grad, sp.MatrixBase)
    half = sp.Rational(1, 2)

    def entry(i: int, j: int) -> sp.Expr:
        return grad[i, j] * half if i != j and wrt[i, j] == wrt[j, i] else grad[i, j]

    return sp.ImmutableMatrix(wrt.rows, wrt.cols, entry)


def with_symmetric_reading(
    claim: Claim, steps: list[StepResult], check: Callable[[Claim], list[StepResult]]
) -> list[StepResult]:
    """``steps`` (``claim`` checked as written), each FAILED one replaced by the same step of ``claim`` read with its
    gradients by symmetric matrices halved off the diagonal, where that step is green (said); ``check`` checks a
    claim as ``steps`` were checked."""
    if not any(s.verdict is Verdict.FAILED for s in steps):
        return steps
    halved = [_halved(m) for m in claim.members]
    if all(h is None for h in halved):
        return steps
    members = tuple(m if h is None else h for m, h in zip(claim.members, halved, strict=True))
    by_index = {s.index: s for s in check(replace(claim, members=members))}
    out: list[StepResult] = []
    for s in steps:
        again = by_index.get(s.index)
        touched = halved[s.index - 1] is not None or halved[s.index] is not None if 0 < s.index < len(halved) else False
        if s.verdict is Verdict.FAILED and touched and again is not None and again.verdict.ok:
            out.append(replace(again, lhs=s.lhs, rhs=s.rhs, lhs_latex=s.lhs_latex, rhs_latex=s.rhs_latex).said(
                f"holds when read as {NOTE} (as written, by the shared symbol, it fails)"))  # fmt: skip
        else:
            out.append(s)
    return out
