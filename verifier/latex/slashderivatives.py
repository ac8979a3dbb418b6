r"""Derivatives written with a slash: ``\partial J/\partial U`` read as ``\frac{\partial J}{\partial U}``.

Part of the rewrite pass (:func:`verifier.latex.rewrite.rewrite`): which tokens before the slash are the
numerator (``\partial^2 f/\partial x\partial y``, ``dL/dW_{ij}``), where the denominator ends, and mixed
orders in the denominator.
"""

from __future__ import annotations

from verifier.latex.scripts import script_group
from verifier.latex.vocabulary import (
    AMP,
    CARET,
    CLOSERS,
    COMMA,
    DIV,
    FRAC,
    GREEKT,
    LBRACE,
    LETTER,
    LPAREN,
    MINUS,
    MULOP,
    NAMEISH,
    NUMBER,
    OPENERS,
    PARTIAL,
    PLUS,
    RBRACE,
    REL,
    ROWSEP,
    Tok,
)
from verifier.latex.vocabulary import matching_closer as _matching
from verifier.latex.vocabulary import matching_opener as _opening

_STOPS = frozenset({PLUS, MINUS, REL, DIV, MULOP, COMMA, AMP, ROWSEP, PARTIAL})


def script_end(toks: list[Tok], k: int) -> int:
    """Index after the optional ``_{…}`` and ``^{…}`` groups starting at ``k``."""
    for _ in range(2):
        end = script_group(toks, k)
        if end < 0:
            break
        k = end + 1
    return k


def _called_end(toks: list[Tok], name: int, end: int) -> int:
    r"""Where the denominator whose name is at ``name`` (its scripts ending at ``end``) ends: past a bracket written
    right after a bare name (``\partial L/\partial z(t)``: the state at time t, as ``\frac{\partial L}{\partial z(t)}``
    writes it, not t times ∂L/∂z: fresh71's adjoint) holding one name other than the variable's own; a bracket after a
    space or a script, or holding anything else (``\partial f/\partial x(x - 1)``), is a factor, as before."""
    if end != name + 1 or end >= len(toks) or toks[end].type != LPAREN or toks[name].type not in (LETTER, GREEKT):
        return end
    width = 1 if toks[name].type == LETTER else len(toks[name].value) + 1  # (z, \theta: the backslash)
    close = _matching(toks, end)
    if close != end + 2 or toks[end + 1].type not in (LETTER, GREEKT) or toks[end + 1].value == toks[name].value:
        return end  # ∂f/∂x(x - 1): a product; only a lone other name is a point of the variable (z(t), review65)
    return close + 1 if toks[end].pos == toks[name].pos + width else end


def _d_name(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` a ``d`` (italic or upright: both are the letter here) right before a name?"""
    return k + 1 < len(toks) and toks[k].type == LETTER and toks[k].value == "d" and toks[k + 1].type in NAMEISH


def _d_numerator(toks: list[Tok], slash: int, ends: frozenset[int] = frozenset()) -> int:
    r"""Where the numerator ``d`` + one name with its scripts ending at ``slash`` starts, if it starts
    an operand (nothing it could multiply before it: ``a\,dy/dx`` is left alone, but ``dy/du\,du/dx``
    is two derivatives: ``ends`` are the ids of the closing braces of the derivatives made before); else -1."""
    for start in range(max(slash - 8, 0), slash - 1):
        if _d_name(toks, start) and script_end(toks, start + 2) == slash:
            before = toks[start - 1].type if start > 0 else REL
            after_derivative = start > 0 and id(toks[start - 1]) in ends
            return start if before in _STOPS or before in OPENERS or after_derivative else -1
    # d/dx f: the operator, a lone d starting an operand (``\frac{d}{dx}`` typed inline or on a command line)
    start = slash - 1
    if start >= 0 and toks[start].type == LETTER and toks[start].value == "d":
        before = toks[start - 1].type if start > 0 else REL
        if before in _STOPS or before in OPENERS:
            return start
    return -1


def _numerator_order(num: list[Tok]) -> int:
    r"""The order a slash derivative's numerator writes (``\partial^2 L``, ``\partial^{2} L``: 2), else 1."""
    if len(num) > 2 and num[0].type == PARTIAL and num[1].type == CARET:
        digits = num[2] if num[2].type == NUMBER else num[3] if len(num) > 4 and num[2].type == LBRACE else None
        if digits is not None and digits.type == NUMBER and str(digits.value).isdigit():
            return int(digits.value)
    return 1


def _mixed_denominator(toks: list[Tok], num: list[Tok], den: list[Tok], after: int) -> tuple[list[Tok], int]:
    r"""``\partial^2 L/\partial s_k\partial s_l``: a denominator ``\partial`` + one name, after a numerator of order
    n > 1, takes the ``\partial`` names right after it (spacing between them skipped) up to n orders in all."""
    order = _numerator_order(num)
    if order < 2 or not den or den[0].type != PARTIAL:
        return den, after
    den, count = list(den), 1
    while count < order:
        k = after  # (thin spaces are not tokens)
        if not (k + 1 < len(toks) and toks[k].type == PARTIAL and toks[k + 1].type in NAMEISH):
            break
        end = script_end(toks, k + 2)
        den, after, count = den + toks[k:end], end, count + 1
    return den, after


def slash_derivatives(toks: list[Tok]) -> list[Tok]:
    r"""``\partial J / \partial U`` and ``{\partial \xi}/{\partial z_i}``, the inline way of writing a
    derivative, as ``\frac{\partial J}{\partial U}``; ``dy/dx`` and ``\mathrm{d}y/\mathrm{d}x`` (a ``d``
    right before one name with its scripts on both sides, the numerator starting an operand) as
    ``\frac{dy}{dx}``, and the operator ``d/dx`` (a lone ``d`` starting an operand) as ``\frac{d}{dx}``. Only
    where both sides are unmistakably a
    derivative's: the denominator is ``\partial`` and one name with its scripts (or a braced group
    that starts with ``\partial``), and the numerator starts with ``\partial`` and is one operand (no
    ``+``, ``-``, relation or other ``/`` outside brackets between it and the slash)."""
    k = 0
    ends: set[int] = set()  # the closing braces of the derivatives made (dy/du\,du/dx: both are)
    while k < len(toks):
        if toks[k].type != DIV or k == 0:
            k += 1
            continue
        # the denominator
        if k + 2 < len(toks) and toks[k + 1].type == LBRACE and toks[k + 2].type == PARTIAL:
            close = _matching(toks, k + 1)
            if close < 0:
                k += 1
                continue
            den, after = toks[k + 2 : close], close + 1
        elif k + 2 < len(toks) and toks[k + 1].type == PARTIAL and toks[k + 2].type in NAMEISH:
            after = _called_end(toks, k + 2, script_end(toks, k + 3))
            den = toks[k + 1 : after]
        elif _d_name(toks, k + 1) and _d_numerator(toks, k, frozenset(ends)) >= 0:  # dy/dx, \mathrm{d}y/\mathrm{d}x
            start = _d_numerator(toks, k, frozenset(ends))
            after = script_end(toks, k + 3)
            p0 = toks[start].pos
            frac = [Tok(FRAC, "\\frac", p0), Tok(LBRACE, "{", p0), *toks[start:k], Tok(RBRACE, "}", toks[k].pos),
                    Tok(LBRACE, "{", toks[k].pos), *toks[k + 1 : after], Tok(RBRACE, "}", toks[k].pos)]  # fmt: skip
            toks = toks[:start] + frac + toks[after:]
            ends.add(id(frac[-1]))
            k = start + len(frac)
            continue
        else:
            k += 1
            continue
        # the numerator
        start = -1
        if toks[k - 1].type == RBRACE:
            o = _opening(toks, k - 1)
            if o >= 0 and toks[o].type == LBRACE and o + 1 < k - 1 and toks[o + 1].type == PARTIAL:
                num, start = toks[o + 1 : k - 1], o
        if start < 0:
            depth, o = 0, k - 1
            while o >= 0:
                t = toks[o].type
                if t in CLOSERS:
                    depth += 1
                elif t in OPENERS:
                    depth -= 1
                    if depth < 0:
                        break
                elif depth == 0 and t == PARTIAL:
                    start = o
                    break
                elif depth == 0 and t in _STOPS:
                    break
                o -= 1
            if start < 0:
                k += 1
                continue
            num = toks[start:k]
        den, after = _mixed_denominator(toks, num, den, after)
        p0 = toks[start].pos
        frac = [Tok(FRAC, "\\frac", p0), Tok(LBRACE, "{", p0), *num, Tok(RBRACE, "}", toks[k].pos),
                Tok(LBRACE, "{", toks[k].pos), *den, Tok(RBRACE, "}", toks[k].pos)]  # fmt: skip
        toks = toks[:start] + frac + toks[after:]
        ends.add(id(frac[-1]))
        k = start + len(frac)
    return toks
