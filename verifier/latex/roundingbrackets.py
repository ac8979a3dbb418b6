r"""The rounding brackets: ``\lfloor x \rfloor`` is floor(x), ``\lceil x \rceil`` is ceiling(x).

Convolution notes write an output size as ``\left\lfloor \frac{n + 2p - k}{s} \right\rfloor + 1``; the
tokenizer knew neither bracket ("delimiter \lfloor is not supported", or ``\lfloor`` read as an unknown
name), so every such line was SKIPPED, a wrong size among them (fresh25: a transposed convolution's
sizes). The opening bracket is the function's name and an opening parenthesis, the closing one a closing
parenthesis: the grammar reads ``floor(…)`` as it reads ``\tanh(…)``, and the numeric back ends know
SymPy's ``floor`` and ``ceiling`` (verifier.numeric, verifier.dyadic).

Only a bracket of numbers is read (:func:`rounded`): the names under a rounding bracket are integers in
the notes that write one (``\lfloor n/2 \rfloor + \lceil n/2 \rceil = n``), and the checker samples
names as reals, where such an identity fails. A bracket of names stays unreadable, as it was.

``\mathrm{round}(x)`` (``\operatorname``, ``\text``; before a bracket) is the nearest integer, read the same
way, of numbers only (quantisation notes: ``\mathrm{round}(63.75) = 64``; an undefined function before, its
worked values SKIPPED right or wrong). At a tie (``\mathrm{round}(62.5)``) notes and libraries differ (half
up, half to even: NumPy gives 62), so a tie is not read either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import sympy

from verifier.latex.vocabulary import FUNC, LPAREN, RPAREN, LatexError

__all__ = ["ROUNDING_BRACKETS", "ROUNDING_FUNCTIONS", "ROUNDING_WORDS", "nearest", "rounded", "rounding_bracket"]

#: the rounding functions notes write as a word (``\mathrm{round}(x)``), by the name the builder knows
ROUNDING_WORDS = frozenset({"round"})

#: each rounding bracket's command name, with the function an opening one applies (None: a closing one)
ROUNDING_BRACKETS: dict[str, str | None] = {"lfloor": "floor", "lceil": "ceiling", "rfloor": None, "rceil": None}


class _Lexer(Protocol):
    def emit(self, type_: str, value: str, pos: int) -> None: ...


def rounding_bracket(lexer: _Lexer, name: str, i: int, k: int) -> int:
    r"""Emit the tokens of the bracket ``\name`` written at ``i`` (its name ends at ``k``); the index after it."""
    function = ROUNDING_BRACKETS[name]
    if function is None:
        lexer.emit(RPAREN, ")", i)
    else:
        lexer.emit(FUNC, function, i)
        lexer.emit(LPAREN, "(", i)
    return k


def rounded(function: Callable[[sympy.Expr], sympy.Expr], arg: sympy.Expr) -> sympy.Expr:
    """``function`` (floor or ceiling) of ``arg``, a formula of numbers; a LatexError where it writes names."""
    if getattr(arg, "free_symbols", None):
        raise LatexError("a rounding bracket of names is not checked (they may be integers only)")
    return function(arg)


def nearest(arg: sympy.Expr) -> sympy.Expr:
    """The integer nearest ``arg``, a number not halfway between two integers (module docstring)."""
    if getattr(arg, "free_symbols", None):
        raise LatexError("a rounding of names is not checked (they may be integers only)")
    low = sympy.floor(arg)
    if not low.is_Integer:
        raise LatexError("a rounding of a number that is not real is not checked")
    if (arg - low - sympy.Rational(1, 2)).is_zero is not False:  # a tie, or not known not to be one
        raise LatexError("a rounding at a tie is not checked (half up or half to even?)")
    return sympy.floor(arg + sympy.Rational(1, 2))


#: the functions the opening brackets (and the rounding words) apply, for the builder
ROUNDING_FUNCTIONS: dict[str, Callable[[sympy.Expr], sympy.Expr]] = {
    "floor": lambda x: rounded(sympy.floor, x),
    "ceiling": lambda x: rounded(sympy.ceiling, x),
    "round": nearest,
}
