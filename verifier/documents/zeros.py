r"""``0`` in the notes: the zero vector or matrix, and ``… = 0`` as an equation they solve.

Notes write ``0`` for the zero vector (``\nabla f(x^*) = 0``, ``X^\top(X\theta - y) = 0``) as they
write it for the number. Read literally a vector against the number 0 is a shape clash, and with
the shapes declared a clash is FAILED: a false alarm on the most common line of an optimisation.
:func:`zero_as_zeros` reads the number 0 against a vector or matrix as the zeros of that shape (the
step is then checked entry by entry, so a non-zero gradient still fails).

``… = 0`` at the end of a gradient is, most of the time, the condition the notes go on to solve
("setting the gradient to zero"): true at the optimum only. :func:`solved_zero` says when a failing
step may be read so — one member written as 0, the other depending on names — and the checker reads
it so where the 0 follows a derivative the chain computed (its other member has no derivative left) or
the prose before it says so (:func:`said_solved`: "setting
… to zero", "solve", "stationary", "optimum"); such a step is SKIPPED with that reason rather than
FAILED (issue 8 §4: FAILED only when every plausible reading fails). An identity claimed to be 0
(``(x_k - x_l)(x_k - x_m) = 0``) with no such sign, and a false statement about numbers
(``f'(1) - 5 = 0`` with nothing left free), are still FAILED.
"""

from __future__ import annotations

import re

import sympy as sp

from verifier.documents.values import Value, shape_of_value

__all__ = ["SOLVED", "said_solved", "solved_zero", "written_zero", "zero_as_zeros"]

SOLVED = "an equation to solve (one side is 0: a condition the notes solve, e.g. a gradient set to 0), not an identity"

_ZERO = re.compile(r"^(?:0|\\(?:mathbf|boldsymbol|bm|vec|mathbb|bf)\s*\{?\s*0\s*\}?)$")


def written_zero(latex: str) -> bool:
    r"""The member is written as zero: ``0``, ``\mathbf{0}``, ``\boldsymbol 0``, ``\vec{0}``."""
    return bool(_ZERO.match(re.sub(r"\s+", " ", latex).strip()))


def zero_as_zeros(a: Value, b: Value) -> tuple[Value, Value, str] | None:
    """``(a, b)`` with the number 0 replaced by the zeros of the other side's shape; None where
    neither side is the number 0 against a vector or matrix."""
    for zero_left, zero, other in ((True, a, b), (False, b, a)):
        if not (isinstance(zero, sp.Expr) and zero.is_zero is True):
            continue
        shape = shape_of_value(other)
        if len(shape) != 2:
            continue
        zeros = sp.ImmutableMatrix(sp.zeros(*shape))
        note = f"0 read as the zero {'vector' if 1 in shape else 'matrix'} ({'×'.join(map(str, shape))})"
        return (zeros, other, note) if zero_left else (other, zeros, note)
    return None


def solved_zero(left_latex: str, right_latex: str, trees: list[sp.Basic]) -> bool:
    """A failing step ``A = 0`` that may be an equation the notes solve: one member written as 0
    and the step's members depend on names (an equation in numbers only is a plain claim)."""
    if not (written_zero(left_latex) or written_zero(right_latex)):
        return False
    return any(t.free_symbols or t.atoms(sp.Indexed) for t in trees)


_SOLVING = re.compile(
    r"\b(?:set(?:ting)?\b[^.$]{0,60}\b(?:zero|0)\b|equat(?:e|ing)\b[^.$]{0,40}\b(?:zero|0)\b|solv(?:e|es|ed|ing)|"
    r"stationary|critical point|optim(?:um|al|ality)|minimi[sz]|maximi[sz]|first[- ]order condition)",
    re.IGNORECASE,
)


def said_solved(prose: str) -> bool:
    """The prose before a chain says it sets something to zero or solves for an optimum."""
    return bool(_SOLVING.search(prose))
