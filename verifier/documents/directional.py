r"""The directional derivative written ``\nabla f^\top v``: the transposed gradient times v (gaps38; fresh26 left it).

Notes write the derivative of f along v as ``\nabla f^\top v``, ``\nabla f(x)^\top v`` or ``\nabla_w f(w)^\top v``.
The grammar binds the transpose to f and the gradient to the whole product: ``\nabla(f^\top v)``, the gradient of a
scalar times a vector, and such a line was SKIPPED ("the variable of the gradient is not written"). Written
``(\nabla f)^\top v`` it was read, but a gradient (a call) times a vector loses its written order when parsed, and
the product was SKIPPED as ambiguous (documents.arithmetic).

This module owns the reading: a gradient of a plain (not bold) name, with its arguments when written, transposed
and followed by a name or a bracketed group that ends the product, is the inner product of the gradient with that
operand (:func:`directional_derivatives` writes it ``\langle \nabla f, v \rangle``, which the grammar reads), and
the step says so (:func:`note`). A bold ``\nabla \mathbf{f}^\top v`` (a vector-valued f, where ``\nabla(f^\top v)`` is a
reading too) is left as written, and so is one whose written variable is f or v itself (``\nabla_x a^\top x``,
``\nabla_x x^\top x``: the gradient of the product, ids44).
"""

from __future__ import annotations

import re

from verifier.latex.braces import without_braces
from verifier.latex.vocabulary import GREEK_ALTERNATION

__all__ = ["directional_derivatives", "note"]

_LETTER = r"(?:\\(?:" + GREEK_ALTERNATION + r")(?![A-Za-z])|(?<![\\A-Za-z])[A-Za-z](?![A-Za-z]))"
_SUB = r"(?:_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9]))?"
_TRANSPOSE = r"\^\s*(?:\{\s*(?:\\top|T|\\intercal|\\mathsf\{T\})\s*\}|\\top(?![A-Za-z])|T(?![A-Za-z])|\\intercal)"
_BOLD = r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*" + _LETTER + r"\s*\}"
_GRADIENT = re.compile(
    r"\\nabla(?![A-Za-z])\s*(?P<var>" + _SUB + r")\s*(?P<f>" + _LETTER + _SUB + r")\s*(?P<args>\([^()]*\))?\s*"
    + _TRANSPOSE + r"\s*(?P<v>(?:" + _BOLD + "|" + _LETTER + r")" + _SUB + r"|\((?:[^()]|\([^()]*\))*\))"
    # the operand ends the product: ``\nabla f^\top A v`` (a matrix between) is left as written
    + r"(?=\s*(?:$|[-+=,;.:)}\]&<>|]|\\right|\\\\|\\quad|\\qquad|\\[,;!]|\\approx|\\le|\\ge|\\neq|\\rangle))"
)


def directional_derivatives(src: str) -> str:
    r"""``src`` with each ``\nabla f^\top v`` (``\nabla f(x)^\top v``, ``\nabla_w f(w)^\top (x - y)``) written
    ``\langle \nabla f, v \rangle`` (module docstring)."""
    if "\\nabla" not in src:
        return src
    return _GRADIENT.sub(_inner_product, src)


def _inner_product(m: re.Match[str]) -> str:
    r"""One match written ``\langle \nabla f, v \rangle``; as written when the gradient's written variable is f or v
    itself (``\nabla_x a^\top x``, ``\nabla_x x^\top x``: the gradient of the product, ids44), since a direction is
    not the variable it is taken along, and f without arguments is no function of it."""
    var = without_braces(m.group("var").lstrip("_").strip())
    if var and not m.group("args") and var in (without_braces(m.group("f")), without_braces(m.group("v"))):
        return m.group(0)
    return (r"\langle \nabla" + m.group("var") + " " + m.group("f") + (m.group("args") or "") + ", " + m.group("v")
            + r" \rangle")  # fmt: skip


def note(src: str) -> list[str]:
    r"""The reading :func:`directional_derivatives` makes in ``src``, as reported with a step."""
    if directional_derivatives(src) == src:
        return []
    return [r"\nabla f^\top v read as (\nabla f)^\top v, the derivative of f along v (not \nabla(f^\top v))"]
