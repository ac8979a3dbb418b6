r"""The value of an optimisation: ``\min_{\mathbf w} F = \min_{\mathbf w} G`` (a minimum, not its arg min).

An objective is often rewritten under the optimisation it is written for: "J = \min_w \sum_i \log(1 +
e^{-y_i w^T x_i}) + \frac12 w^T w = \min_w \sum_i \log\frac{1}{\sigma(y_i w^T x_i)} + …". The minimum
itself cannot be computed, but the step needs no minimum: two objectives that are the same function
of the variable (and of everything else) have the same minimum. This module owns that reading:

* :func:`split_value_optimum`: a member that opens with ``\min_{v}`` / ``\max_{v}`` (a subscript:
  ``\max(a, b)`` stays the function) is the minimum (maximum) over ``v`` of the rest of the member. It
  is resolved as :mod:`verifier.documents.optimum` resolves ``\arg\min`` (the variable bound), with
  the kind ``minimum`` / ``maximum``;
* :func:`compare_values`: PROVED when both members are the same kind of optimum over the same
  variable and their objectives are provably equal; otherwise SKIPPED, **never FAILED** (two different
  objectives may still share their minimum). A minimum against an arg min is not compared.

The strictly increasing maps :mod:`~verifier.documents.optimum` allows between arg max objectives
(a constant added, a positive factor, a logarithm) do *not* keep a minimum's value, so they are not
tried here.
"""

from __future__ import annotations

import re

import sympy as sp

from verifier.documents.optimum import OptimumValue, split_subscripted
from verifier.documents.values import Value
from verifier.latex.extrema import over_an_index
from verifier.results import Verdict

__all__ = ["VALUE_KINDS", "compare_values", "split_value_optimum"]

#: the kinds of an optimum's *value* (arg max / arg min are "max" / "min")
VALUE_KINDS = frozenset({"minimum", "maximum"})

_HEAD = re.compile(r"\\(?P<k>min|max)(?![A-Za-z])")


def split_value_optimum(src: str) -> tuple[str, str, str] | None:
    r"""``("minimum" | "maximum", variable, objective)`` for a member ``\min_{v} objective``, else None."""
    split = split_subscripted(src, _HEAD)
    if split is None:
        return None
    head, variable, body = split
    if not variable.strip() or not body or "=" in variable or "\\in" in variable:
        return None  # \min_{w \in W}, \max_{j=1..n}: a set or a range, not a variable
    if over_an_index(variable, body):
        return None  # \max_j z_j + …: the largest entry over an index (verifier.latex.extrema)
    return ("minimum" if head.group("k") == "min" else "maximum"), variable.strip(), body


def _same(f: sp.Expr, g: sp.Expr) -> bool:
    d = sp.expand(f - g)
    if d == 0 or sp.cancel(sp.together(d)) == 0:
        return True
    return sp.count_ops(d) < 300 and sp.simplify(d) == 0


def compare_values(a: Value, b: Value) -> tuple[Verdict, str] | None:
    """Verdict and reading (or reason) for a step between optima's values; None when neither member
    is a minimum/maximum value (an arg max step, left to :func:`~verifier.documents.optimum.compare_optima`)."""
    kinds = [str(x.args[0]) if isinstance(x, OptimumValue) else "" for x in (a, b)]
    if not any(k in VALUE_KINDS for k in kinds):
        return None
    if not (isinstance(a, OptimumValue) and isinstance(b, OptimumValue)) or kinds[0] != kinds[1]:
        return Verdict.SKIPPED, "a minimum (maximum) against another kind of value: the optimum is not computed"
    (_, na, la), (_, nb, lb) = a.args[:3], b.args[:3]
    if str(na) != str(nb) or len(la.variables) != len(lb.variables):
        return Verdict.SKIPPED, f"optima over different variables ({na}, {nb}) are not compared"
    g = lb.expr.xreplace(dict(zip(lb.variables, la.variables, strict=True)))
    if _same(la.expr, g):
        return Verdict.PROVED, f"the same objective on both sides: equal functions of {na} have the same {kinds[0]}"
    return Verdict.SKIPPED, (
        f"the objectives of the two {kinds[0]}s over {na} differ as functions (their {kinds[0]}s may still "
        "agree): not checked"
    )
