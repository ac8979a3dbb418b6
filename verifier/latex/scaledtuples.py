r"""A number written right before a tuple of numbers scales that vector: ``(0.3 - 1)(2, -1)``.

Worked examples put numbers into ``(\hat y_o - 1)\,v_c`` and write ``(0.3 - 1)(2, -1) = (-1.4, 0.7)``,
``\frac{1}{2}(2, 4)``, ``\sqrt{2}(1, 1)``. :func:`verifier.latex.rewrite._tuples` reads a tuple as
coordinates only where it stands alone (after an operator, a bracket or a number): after a closing
bracket or brace ``(a, b)`` may be a call's arguments (``(f + g)(x, y)``, a function the notes define),
so it was left to the grammar, which refused the formula; the inline claim was never read and a slip in
it stayed green. Where the operand before the tuple is made of numbers alone (digits, arithmetic,
``\frac``, ``\sqrt``, powers, Euler's ``e``) and so are the coordinates (which may also apply a built-in
function to numbers: ``\frac12 (\ln 2, 0)``), nothing is called and no inner
product of names is meant: it is a number times a vector. Names on either side keep the old refusal."""

from __future__ import annotations

from verifier.latex.vocabulary import (
    CARET,
    COMMA,
    DIV,
    EXP_E,
    FRAC,
    FUNC,
    LBRACE,
    LPAREN,
    MINUS,
    MULOP,
    NUMBER,
    PLUS,
    RBRACE,
    RPAREN,
    SQRT,
    Tok,
    matching_opener,
)

__all__ = ["numbers_scale_tuple"]

# what a factor of numbers alone is written with
_NUMERIC = frozenset({NUMBER, PLUS, MINUS, MULOP, DIV, CARET, FRAC, SQRT, EXP_E, LBRACE, RBRACE, LPAREN, RPAREN})
# what the coordinates of a tuple of numbers are written with (a comma between them); a built-in function of
# numbers is a number (\frac12 (\ln 2, 0), fresh52)
_COORDINATES = _NUMERIC | {COMMA, FUNC}
# what may stand before the factor (it starts an operand there): nothing, an operator or an opener
_STARTS = frozenset({PLUS, MINUS, MULOP, COMMA, LPAREN, LBRACE})


def _factor_start(toks: list[Tok], k: int) -> int:
    r"""Index of the first token of the operand that ends right before ``k`` (a bracket or brace closes
    there), or -1 where it is not a factor of numbers: ``(0.3 - 1)``, ``\frac{1}{2}``, ``2^{-1}``."""
    j = k - 1
    while j >= 0:
        t = toks[j].type
        if t in (RPAREN, RBRACE):
            j = matching_opener(toks, j)
            if j < 0:
                return -1
            if j > 0 and toks[j - 1].type in (RBRACE, CARET, FRAC, SQRT):
                j -= 1  # \frac{1}{2}: the first argument; 2^{-1}: the base; \sqrt{4}: the operator
                continue
            return j
        if t == CARET:
            j -= 1
            continue
        if t in (NUMBER, EXP_E, FRAC, SQRT):
            return j
        return -1
    return -1


def numbers_scale_tuple(toks: list[Tok], k: int, end: int) -> bool:
    r"""Is the parenthesised tuple ``toks[k:end + 1]`` (its commas at the top level) coordinates scaled by
    the number written right before it (``(0.3 - 1)(2, -1)``, ``\frac{1}{2}(2, 4)``)? Both the factor
    and the coordinates must be numbers alone, and the factor must start an operand (not follow a name,
    ``g(2)(1, 2)``)."""
    if k == 0 or toks[k - 1].type not in (RPAREN, RBRACE) or end <= k:
        return False
    start = _factor_start(toks, k)
    if start < 0 or (start > 0 and toks[start - 1].type not in _STARTS):
        return False
    if any(t.type not in _NUMERIC for t in toks[start:k]):
        return False
    return all(t.type in _COORDINATES for t in toks[k + 1:end])
