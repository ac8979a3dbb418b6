r"""``(d\times n)(n\times k) = d\times k``: a statement about shapes, not a product of numbers.

Notes check their matrix formulas by their shapes in the prose: "$X^\top\delta$ is $(d\times n)(n\times k)
= d\times k$, like $W$". Read as arithmetic that is ``d n n k = d k``, which fails, and a correct line was
FAILED. This post-pass of :mod:`verifier.documents.check` makes a FAILED step SKIPPED when each of its two
members is written only of shapes — ``a \times b`` or a product of bracketed ``(a \times b)`` — whose
sizes are letters or numbers: it says whether the shapes agree (the inner sizes of each product equal, the
outer ones those of the other side), and never calls the step green or FAILED on that reading.
"""

from __future__ import annotations

import re

from verifier.documents.members import _Chain
from verifier.results import StepResult, Verdict

__all__ = ["shape_statements"]

_SIZE = r"\s*([A-Za-z]|\d+)\s*"
_PAIR = _SIZE + r"(?:\\times|×)" + _SIZE
_BRACKETED = re.compile(r"\s*(?:\\left\s*)?\(" + _PAIR + r"(?:\\right\s*)?\)\s*")
_BARE = re.compile(r"^" + _PAIR + r"$")


def _shapes(latex: str) -> list[tuple[str, str]] | None:
    """The shapes a member writes, in order, or None where it is not only shapes."""
    latex = latex.replace("{", "").replace("}", "").strip()
    if (m := _BARE.match(latex)) is not None:
        return [(m.group(1), m.group(2))]
    out: list[tuple[str, str]] = []
    at = 0
    while at < len(latex):
        m = _BRACKETED.match(latex, at)
        if m is None:
            return None
        out.append((m.group(1), m.group(2)))
        at = m.end()
    return out or None


def _product(shapes: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The shape of the product of ``shapes``, or None where two neighbours do not conform."""
    rows, cols = shapes[0]
    for r, c in shapes[1:]:
        if r != cols:
            return None
        cols = c
    return rows, cols


def shape_statements(chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step between two members written only of shapes SKIPPED, saying why."""
    out = list(steps)
    for k, (s, r) in enumerate(zip(chain.steps, steps, strict=True)):
        if r.verdict is not Verdict.FAILED:
            continue
        left, right = _shapes(chain.members[s.left].latex), _shapes(chain.members[s.right].latex)
        if left is None or right is None or (len(left) == 1 and len(right) == 1):
            continue  # "a \times b = c \times d" alone: a product of numbers as much as a shape
        a, b = _product(left), _product(right)
        agree = a is not None and a == b
        out[k] = r.skipped("a statement about shapes, not a product of numbers: the shapes "
                           + ("agree" if agree else "do not agree") + " (not checked as arithmetic)")
    return out
