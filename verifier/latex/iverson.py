r"""The Iverson bracket: ``[a = b]`` written bare is 1 where the relation holds and 0 elsewhere.

Notes write the Kronecker delta of the softmax Jacobian as ``p_a([a=b] - p_b)``, the one-hot target of
the cross-entropy gradient as ``p_j - [j = c]`` and ReLU's slope as ``[z > 0]``: Knuth's notation, the
same indicator :func:`verifier.latex.rewrite._indicators` reads after ``\mathbb{1}``, ``I`` or ``1``.
Read as written the bracket is a relation inside a formula and the step cannot be read.

This module owns that one reading (:func:`iverson_brackets`, a token pass after the headed
indicators): only a square bracket holding exactly one relation between two simple operands (a letter,
a number or a name, with a subscript) is an indicator, and only where no name stands before it, so
``P[X = x]``, ``\mathbb{E}[\cdot]``, ``f[a = b]`` or ``x_i[a=b]`` are left as they are (an argument, an
expectation, something the notes did not mean as an indicator).
"""

from __future__ import annotations

from verifier.latex.vocabulary import (
    AMP,
    COMMA,
    DIV,
    GREEKT,
    HPROD,
    IDENT,
    INDICATOR,
    LBRACE,
    LBRACK,
    LETTER,
    LPAREN,
    MINUS,
    MULOP,
    NUMBER,
    PLUS,
    RBRACE,
    RBRACK,
    REL,
    SUBWORD,
    UNDER,
    Tok,
)

__all__ = ["iverson_brackets"]

#: what may stand just before an Iverson bracket: nothing, an operator, an opening bracket, a separator, a
#: number (``2[j = y]``: a coefficient, never a name the bracket would be the argument of)
_BEFORE = frozenset({PLUS, MINUS, MULOP, DIV, HPROD, REL, LPAREN, LBRACE, COMMA, AMP, NUMBER})
#: the tokens of one operand of the relation: a letter or number with a subscript
_OPERAND = frozenset({LETTER, IDENT, GREEKT, NUMBER, SUBWORD, UNDER, LBRACE, RBRACE})


def _simple_relation(inner: list[Tok]) -> bool:
    """Exactly one relation, between two non-empty simple operands."""
    rels = [k for k, t in enumerate(inner) if t.type == REL]
    if len(rels) != 1:
        return False
    left, right = inner[: rels[0]], inner[rels[0] + 1 :]
    return bool(left) and bool(right) and all(t.type in _OPERAND for t in left + right)


def iverson_brackets(toks: list[Tok]) -> list[Tok]:
    r"""``[a = b]`` standing where an operand begins, with a simple relation inside: an indicator."""
    out: list[Tok] = []
    n = len(toks)
    k = 0
    while k < n:
        t = toks[k]
        if t.type == LBRACK and (not out or out[-1].type in _BEFORE):
            end = next((m for m in range(k + 1, n) if toks[m].type in (LBRACK, RBRACK)), -1)
            if end > 0 and toks[end].type == RBRACK and _simple_relation(toks[k + 1 : end]):
                out.append(Tok(INDICATOR, "1", t.pos))
                out.extend(toks[k : end + 1])
                k = end + 1
                continue
        out.append(t)
        k += 1
    return out
