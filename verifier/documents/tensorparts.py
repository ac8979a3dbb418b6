r"""Two members that both take a derivative with no matrix layout, compared through their other parts.

A vector differentiated by a matrix (``\frac{\partial \theta}{\partial w}`` with θ = wᵀx + b) is a
third-order tensor: no layout makes it a matrix, and a step with such a member was SKIPPED whatever
it said. Two kinds of step can still be judged without choosing a layout, as a reader does:

* ``\frac{\partial \theta}{\partial w} = \frac{\partial (w^T x + b)}{\partial w}``: both members
  differentiate by the same variable, so they agree wherever what they differentiate agrees (θ is
  defined as wᵀx + b);
* ``\frac{\partial J}{\partial \theta} \frac{\partial \theta}{\partial w} = \frac{\partial J}{\partial
  \hat{y}} \frac{\partial \hat{y}}{\partial \theta} \frac{\partial \theta}{\partial w}``: both
  members end (or begin) with the same factor, so they agree wherever the rest agrees, whatever
  product contracts it.

The parts of a chain rule are products of derivatives that have a layout (``\frac{\partial
J}{\partial \hat{y}} \frac{\partial \hat{y}}{\partial \theta}``: a gradient times a Jacobian), written
in the order of one convention: this one conforms only in the numerator layout, its mirror
``\frac{\partial \hat{y}}{\partial \theta} \frac{\partial J}{\partial \hat{y}}`` only in the
denominator one. Where the notes declare no layout, the parts are read in the first layout in which
both conform and have the same shape (:func:`parts_in_a_layout`, reported with the step); both parts
are read in that one layout, so their agreement still makes the members agree.

A third kind is the chain rule itself, ``\frac{\partial J}{\partial w} = \frac{\partial J}{\partial
\theta} \frac{\partial \theta}{\partial w}`` (J a scalar): the tensor is contracted with the vector
before it over θ's entries, ``\sum_k \frac{\partial J}{\partial \theta_k} \frac{\partial
\theta_k}{\partial w}``, each term a scalar's derivative by w, shaped as the left member is
(:func:`chain_rule_parts`, :func:`contracted`): what a reader means by the product.

This module owns finding those parts (:func:`common_parts`). The condition is sufficient, not
necessary (∂(wᵀx + b)/∂w = ∂(wᵀx)/∂w though the functions differ), so a step whose parts differ is
never FAILED on that account: :mod:`verifier.documents.steps` reports it SKIPPED (:func:`not_refuted`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import sympy as sp

from verifier.results import StepResult, Verdict

__all__ = ["NO_LAYOUT", "chain_rule_parts", "common_parts", "contracted", "not_refuted", "parts_in_a_layout"]

#: the resolver's words for a derivative that has no matrix layout (values.py, catalog.py)
NO_LAYOUT = ("tensor with no matrix layout", "has no 2-D layout")


def _single(d: sp.Basic) -> sp.Basic | None:
    """The variable of a first derivative by one variable, or None."""
    if isinstance(d, sp.Derivative) and len(d.variable_count) == 1 and d.variable_count[0][1] == 1:
        return d.variable_count[0][0]
    return None


def _factors(m: sp.Basic) -> list[sp.Basic] | None:
    """The matrix factors of a product in order (None when it has a scalar factor or is no product)."""
    if not isinstance(m, sp.Mul):
        return None
    scalars, factors = m.args_cnc()
    return factors if not scalars and len(factors) >= 2 else None


def common_parts(a: sp.Basic, b: sp.Basic) -> tuple[sp.Basic, sp.Basic, str] | None:
    """The parts of members ``a`` and ``b`` whose agreement makes the members agree, with the reading
    said, or None."""
    var = _single(a)
    if var is not None and _single(b) == var:
        return a.expr, b.expr, (f"both members differentiate by {var}, with no matrix layout: compared through "
                                "what they differentiate")  # fmt: skip
    fa, fb = _factors(a), _factors(b)
    if fa is None or fb is None:
        return None
    for at, rest in ((-1, slice(None, -1)), (0, slice(1, None))):
        if fa[at] == fb[at] and _single(fa[at]) is not None:
            ra, rb = fa[rest], fb[rest]
            side = "end" if at == -1 else "begin"
            said = f"both members {side} with the factor {fa[at]}, a derivative with no matrix layout"
            return sp.Mul(*ra), sp.Mul(*rb), f"{said}: compared through their other factors"
    return None


def chain_rule_parts(a: sp.Basic, b: sp.Basic) -> tuple[sp.Basic, sp.Basic, sp.Basic] | None:
    """``(θ, w, G)`` when member ``a`` is a first derivative by ``w`` and member ``b`` a product of
    factors that ends (or begins) with ``∂θ/∂w``, G the product of the others; else None."""
    var = _single(a)
    fb = _factors(b)
    if var is None or fb is None:
        return None
    for at, rest in ((-1, slice(None, -1)), (0, slice(1, None))):
        d = fb[at]
        if _single(d) == var and d.expr != a.expr:
            return d.expr, var, sp.Mul(*fb[rest])
    return None


def contracted(g: object, theta: object, w: object) -> sp.Matrix | None:
    r"""``\sum_k g_k ∂θ_k/∂w`` shaped as w, for a vector g as long as the vector θ and a matrix w of
    distinct symbols (the explicit values of the parts); None when they are not of that form."""
    vectors = [v for v in (g, theta) if isinstance(v, sp.MatrixBase) and 1 in v.shape and len(v) >= 2]
    if len(vectors) != 2 or len(vectors[0]) != len(vectors[1]) or not isinstance(w, sp.MatrixBase):
        return None
    entries = list(w)
    if min(w.shape) < 2 or not all(isinstance(e, sp.Symbol) for e in entries) or len(set(entries)) != len(entries):
        return None
    gv, tv = list(vectors[0]), list(vectors[1])
    return sp.Matrix(*w.shape, lambda i, j: sp.Add(*(gk * sp.diff(tk, w[i, j]) for gk, tk in zip(gv, tv, strict=True))))


def parts_in_a_layout(
    parts: tuple[sp.Basic, sp.Basic],
    layouts: Sequence[str],
    read: Callable[[str, sp.Basic], object],
    shape: Callable[[object], object],
    errors: tuple[type[Exception], ...],
) -> tuple[object, object, str] | None:
    """The two parts read in the first of ``layouts`` (the notes' own first) in which both conform and
    have one shape, with the layout named when it is not the first; None when no layout fits.
    ``read(layout, part)`` resolves a part in a layout and raises one of ``errors`` when it cannot."""
    for k, layout in enumerate(layouts):
        try:
            a, b = read(layout, parts[0]), read(layout, parts[1])
        except errors:
            continue
        if shape(a) == shape(b):
            return a, b, "" if k == 0 else f"{layout} layout for the derivatives of the other factors"
    return None


def not_refuted(r: StepResult, note: str) -> StepResult:
    """A FAILED of the parts is no FAILED of the step (their agreement is sufficient, not necessary)."""
    if r.verdict is not Verdict.FAILED:
        return r
    why = (f"read with {note}, the parts differ; the step may hold all the same (a derivative of a vector by a "
           "matrix has no matrix layout to check it in)")  # fmt: skip
    return replace(r, verdict=Verdict.SKIPPED, counterexample=None, curve=None,
                   message=f"{why}: {r.message}" if r.message else why)  # fmt: skip
