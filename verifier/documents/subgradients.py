r"""A subgradient written ``\partial J(w)``: read as the gradient ``\nabla_w J(w)`` where J is differentiable.

Notes on the hinge loss, the lasso and other convex objectives with kinks write "a subgradient is
$$\partial J(w) = \lambda w - \frac{1}{n}\sum_i \mathbb{1}[y_i w^\top x_i < 1]\, y_i x_i$$": the set of subgradients
of J at w, which is the one gradient wherever J is differentiable. A lone ``\partial`` outside a fraction could
not be parsed ("'\partial' outside a fraction"), so the step was SKIPPED, the right one and its slips alike.

This module writes ``\partial F(v)`` — a ``\partial`` applied directly to a name called on one plain variable,
not inside a fraction's numerator (``\frac{\partial f(x)}{\partial x}``), not followed by a ``/`` (``\partial
f(x)/\partial x``) and not subscripted (``\partial_x f(x)`` is a partial derivative) — as ``\nabla_{v} F(v)``.
The checker samples points at random, where a piecewise-smooth J is differentiable almost surely, so the claim is
checked where the subdifferential is the gradient; a formula that is wrong there is wrong as a subgradient too
(shapes70). :func:`as_gradients` rewrites, :func:`note` says so with the step.
"""

from __future__ import annotations

import re

__all__ = ["NOTE", "as_gradients", "note"]

NOTE = r"\partial {f}({v}) (a subgradient) read as \nabla_{v} {f}({v}), its one value where {f} is differentiable"

# \partial J(w), \partial f(\mathbf{w}), \partial \mathcal{L}(\theta): the name, then its one plain argument
_NAME = r"(?P<f>[A-Za-z]|\\mathcal\s*\{\s*[A-Z]\s*\}|\\ell)"
_ARG = r"(?P<v>[A-Za-z]|\\(?:mathbf|boldsymbol|bm)\s*\{\s*[A-Za-z]\s*\}|\\(?:theta|beta|alpha|mu|phi|psi|omega))"
_SUBGRADIENT = re.compile(r"\\partial(?![A-Za-z_])\s*" + _NAME + r"\s*\(\s*" + _ARG + r"\s*\)(?!\s*/)")
_NUMERATOR = re.compile(r"\\[dt]?frac\s*\{\s*$")


def as_gradients(src: str) -> str:
    r"""``src`` with each subgradient ``\partial F(v)`` written ``\nabla_{v} F(v)`` (module docstring)."""
    if "\\partial" not in src:
        return src
    return _SUBGRADIENT.sub(lambda m: _gradient(m, src), src)


def _gradient(m: re.Match[str], src: str) -> str:
    if _NUMERATOR.search(src[: m.start()]) or "\\partial" in src[m.end():]:
        return m.group(0)  # \frac{\partial f(x)}{…}, or a derivative by another \partial: not a subgradient
    return r"\nabla_{" + m.group("v") + "} " + m.group("f") + "(" + m.group("v") + ")"


def note(src: str) -> list[str]:
    """The reading :func:`as_gradients` makes in ``src``, as reported with a step."""
    out = []
    for m in _SUBGRADIENT.finditer(src):
        if _gradient(m, src) != m.group(0):
            text = NOTE.format(f=m.group("f"), v=m.group("v"))
            if text not in out:
                out.append(text)
    return out
