r"""A slash before a transposed vector: ``x^\top A x / x^\top x`` divides by the whole inner product.

Part of the rewrite pass (:func:`verifier.latex.rewrite.rewrite`). Read left to right, ``a / x^\top x`` is
``(a / x^\top)\,x``: a division by a row vector, which no reader means. Notes write the Rayleigh quotient and other
normalised forms inline so (``\rho(f) = f^\top L f / f^\top f``, fresh75: a right gradient FAILED under the literal
reading). After a slash, a name with a transpose superscript (``^\top``, ``^T``) and the names written right next to
it (with their scripts: ``x^\top A x``, ``x_i^\top x_j``) are one denominator. Nothing else changes: ``a / b c``
keeps its left-to-right reading, and a name followed by a bracket (a call, or a factor) leaves the slash as written.
"""

from __future__ import annotations

from verifier.latex.slashderivatives import script_end
from verifier.latex.vocabulary import CARET, DIV, GREEKT, LBRACE, LETTER, LPAREN, RBRACE, RPAREN, TOP, Tok

__all__ = ["slash_inner_products"]

_NAMES = (LETTER, GREEKT)


def _transposed(toks: list[Tok], name: int, end: int) -> bool:
    """Do the scripts of the name at ``name`` (up to ``end``) hold a transpose superscript ``^{\\top}``/``^{T}``?"""
    for k in range(name + 1, end - 3):
        if toks[k].type == CARET and toks[k + 1].type == LBRACE and toks[k + 3].type == RBRACE:
            inner = toks[k + 2]
            if inner.type == TOP or (inner.type == LETTER and inner.value == "T"):
                return True
    return False


def slash_inner_products(toks: list[Tok]) -> list[Tok]:
    """``/ x^\\top A x`` as ``/ (x^\\top A x)`` (module docstring)."""
    k = 0
    while k < len(toks):
        if toks[k].type != DIV or k == 0 or k + 1 >= len(toks) or toks[k + 1].type not in _NAMES:
            k += 1
            continue
        first = k + 1
        end = script_end(toks, first + 1)
        if not _transposed(toks, first, end):
            k += 1
            continue
        m = end
        while m < len(toks) and toks[m].type in _NAMES:
            m = script_end(toks, m + 1)
        if m == end or (m < len(toks) and toks[m].type == LPAREN):
            k += 1  # a lone x^\top (nothing to join), or a call/bracket after the names: as written
            continue
        pos = toks[first].pos
        toks = [*toks[:first], Tok(LPAREN, "(", pos), *toks[first:m], Tok(RPAREN, ")", toks[m - 1].pos), *toks[m:]]
        k = m + 2
    return toks
