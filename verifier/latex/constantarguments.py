r"""``\sin \pi x``, ``\cos 2\pi f t``: a sine or cosine whose bare argument starts with π is read over the product.

The default reading gives a function written without brackets the next factor only, and ``2\pi`` is one factor
(a number before a name): ``\sin 2\pi f t`` was sin(2π)·f·t, zero, and ``\sin \pi x`` was sin(π)·x. Nobody means
a constant there: a wave's phase, a Fourier mode's ``\sin \pi x/L``, the DFT's ``\cos 2\pi k n/N`` are functions
of the names after π. Read as a constant, every claim that the expression vanishes held: ``\frac{d}{dt}\sin 2\pi f t
= 0``, ``\sin \pi x = 0`` and ``\cos 2\pi f t = f t`` were PROVED (redmid60), and right derivatives FAILED.

This module owns the decision for the default reading: a trigonometric or hyperbolic function, optionally with a
power, whose argument begins with constants that hold π (``\pi``, ``2\pi``) and goes on with a name, a bracket or a
fraction (``\sin 2\pi(f t + \phi)``, ``\sin \pi \frac{x}{L}``), takes the
whole juxtaposed product (up to an operator, a relation or another function, as the parser's "product" reading
does). A division right after it (``/N``, ``/L``) divides the argument too where a lone factor follows
(``\cos 2\pi k n/N`` is cos(2πkn/N)); where more follows the division the formula is refused (SKIPPED, "write
brackets"): the two groupings differ and nothing says which. ``\sin \pi`` and ``\cos 2\pi`` alone stay constants.
An exponential or a root in the product ends the argument: ``\sin \pi x e^{x}``, ``\cos 2\pi f t\, e^{-t}`` (a
damped wave), ``\sin \pi x\sqrt{x}`` are a wave times an envelope, as every reader takes them (read over the
product, the right product rule beside them was FAILED: red61).
"""

from __future__ import annotations

from collections.abc import Callable

from verifier.latex.vocabulary import (
    CARET,
    CLOSERS,
    DIV,
    EXP_E,
    FRAC,
    FUNC,
    GREEKT,
    LBRACE,
    LPAREN,
    NAMEISH,
    NUMBER,
    OPENERS,
    RPAREN,
    SQRT,
    LatexError,
    Tok,
)
from verifier.latex.vocabulary import matching_closer as _matching

__all__ = ["constant_arguments"]

_TRIG = frozenset({"sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth"})
# what may go on after the constants for the argument to be a product: a name, a bracket, a fraction
_GOES_ON = NAMEISH | {LPAREN, FRAC}
# a factor that starts an envelope of the wave, never a part of its argument: e^{…}, \sqrt{…} (red61)
_ENVELOPE = frozenset({EXP_E, SQRT})


def _after_power(toks: list[Tok], k: int) -> int:
    """The index after the power written right after the function at ``k - 1`` (``\\sin^2``, ``\\sin^{2}``)."""
    if k < len(toks) and toks[k].type == CARET and k + 1 < len(toks):
        return _matching(toks, k + 1) + 1 if toks[k + 1].type == LBRACE else k + 2
    return k


def _depth(toks: list[Tok], s: int, j: int) -> int:
    """How many brackets opened from ``s`` are still open at ``j``."""
    depth = 0
    for t in toks[s:j]:
        depth += t.type in OPENERS
        depth -= t.type in CLOSERS
    return depth


def constant_arguments(toks: list[Tok], argument_end: Callable[[list[Tok], int], int]) -> list[Tok]:
    """``toks`` with the argument of each bare trigonometric function that starts with π bracketed over the
    product after it (module docstring); ``argument_end(toks, s)`` is where the product starting at ``s`` ends."""
    out = list(toks)
    k = 0
    while k < len(out):
        if out[k].type != FUNC or out[k].value not in _TRIG:
            k += 1
            continue
        s = _after_power(out, k + 1)
        run = s
        while run < len(out) and (out[run].type == NUMBER or (out[run].type == GREEKT and out[run].value == "pi")):
            run += 1
        holds_pi = any(t.type == GREEKT and t.value == "pi" for t in out[s:run])
        if not holds_pi or run >= len(out) or out[run].type not in _GOES_ON:
            k += 1
            continue
        e = argument_end(out, s)
        e = next((j for j in range(run, e) if out[j].type in _ENVELOPE and _depth(out, run, j) == 0), e)
        if e < len(out) and out[e].type == DIV:
            if e + 2 < len(out) and argument_end(out, e + 1) > e + 2:
                raise LatexError("a sine or cosine of π times a product, then divided: write the argument in brackets",
                                 out[k].pos + 1)  # fmt: skip
            e = min(e + 2, len(out))
        out[s:e] = [Tok(LPAREN, "(", out[s].pos), *out[s:e], Tok(RPAREN, ")", out[e - 1].pos)]
        k += 1
    return out
