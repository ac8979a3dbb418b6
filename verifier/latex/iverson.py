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

Two more spellings (gaps36): the bracket right after a sum's or product's index (``\sum_k [k = y](p_j -
[j = k])``, the one-hot target summed over the classes: an index is no name the bracket could be the
argument of), and the doubled bracket of some notes, ``[\![j = y]\!]`` (the thin spaces are dropped by the
tokenizer, leaving ``[[j = y]]``) or stmaryrd's ``\llbracket j = y \rrbracket``, read as the one bracket.
"""

from __future__ import annotations

from verifier.latex.vocabulary import (
    AMP,
    CARET,
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
    PROD,
    RBRACE,
    RBRACK,
    REL,
    SUBWORD,
    SUM,
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


def _after_big_operator(out: list[Tok]) -> bool:
    r"""``out`` ends with the scripts of a sum or product (``\sum_{k}``, ``\sum_{k=1}^{K}``; a one-letter
    index is a SUBWORD token by now)."""
    k = len(out) - 1
    while k >= 0 and out[k].type in (RBRACE, SUBWORD):
        if out[k].type == SUBWORD:
            k -= 1
        else:
            depth, m = 0, k
            while m >= 0:
                depth += {RBRACE: 1, LBRACE: -1}.get(out[m].type, 0)
                if depth == 0:
                    break
                m -= 1
            if m < 1 or out[m - 1].type not in (UNDER, CARET):
                return False
            k = m - 2
        if k >= 0 and out[k].type in (SUM, PROD):
            return True
    return False


def _doubled(toks: list[Tok], k: int) -> int:
    r"""The index of the closing of ``[[a = b]]`` or ``\llbracket a = b \rrbracket`` opening at ``k``, else -1."""
    n = len(toks)
    if toks[k].type == IDENT and toks[k].value == "\\llbracket":
        end = next((m for m in range(k + 1, n) if toks[m].type == IDENT and toks[m].value == "\\rrbracket"), -1)
        return end if end > 0 and _simple_relation(toks[k + 1 : end]) else -1
    if toks[k].type != LBRACK or k + 1 >= n or toks[k + 1].type != LBRACK:
        return -1
    end = next((m for m in range(k + 2, n) if toks[m].type in (LBRACK, RBRACK)), -1)
    if end < 0 or toks[end].type != RBRACK or end + 1 >= n or toks[end + 1].type != RBRACK:
        return -1
    return end + 1 if _simple_relation(toks[k + 2 : end]) else -1


def iverson_brackets(toks: list[Tok]) -> list[Tok]:
    r"""``[a = b]`` standing where an operand begins, with a simple relation inside: an indicator."""
    out: list[Tok] = []
    n = len(toks)
    k = 0
    while k < n:
        t = toks[k]
        opens = not out or out[-1].type in _BEFORE or _after_big_operator(out)
        if opens and t.type in (LBRACK, IDENT) and (close := _doubled(toks, k)) > 0:
            inner = toks[k + 1 : close] if t.type == IDENT else toks[k + 2 : close - 1]
            out += [Tok(INDICATOR, "1", t.pos), Tok(LBRACK, "[", t.pos), *inner, Tok(RBRACK, "]", toks[close].pos)]
            k = close + 1
            continue
        if t.type == LBRACK and opens:
            end = next((m for m in range(k + 1, n) if toks[m].type in (LBRACK, RBRACK)), -1)
            if end > 0 and toks[end].type == RBRACK and _simple_relation(toks[k + 1 : end]):
                out.append(Tok(INDICATOR, "1", t.pos))
                out.extend(toks[k : end + 1])
                k = end + 1
                continue
        out.append(t)
        k += 1
    return out
