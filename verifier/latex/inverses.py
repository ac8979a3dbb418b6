r"""Inverse functions as written: ``\sigma^{-1}(x)``, ``\zeta^{-1}(y)``, ``f^{-1}(y)``, ``\tanh^{-1} x``.

A superscript ``-1`` on a *function* is its inverse function (the logit is ``\sigma^{-1}``, the
inverse softplus ``\zeta^{-1}``), never the reciprocal ``1/\sigma(x)``; on anything else it stays a
power (``x^{-1}`` is ``1/x``, ``W^{-1}`` a matrix inverse). What is a function is decided here as the
call reading decides it (:func:`verifier.latex.rewrite._calls`): a name the notes apply as a function
(``opts.functions``: σ, f, g, a function they define) or an ``\operatorname``/``\text`` name, written
``^{-1}`` and then a parenthesised argument. The parser records that as ``Inverse(Label(name), arg)``;
what it means (the registry's known inverse, or the notes' function solved for its argument) is
decided by :mod:`verifier.documents.inverses`. The elementary functions (``\tanh^{-1}``,
``\sinh^{-1}``, ``\exp^{-1}``) take SymPy's own inverse at parse time (:func:`elementary_inverse`);
one without an inverse SymPy knows (``\sin``, ``\operatorname{sign}``, ``\sec``) stays refused as ambiguous, and
``\operatorname{erf}^{-1}`` (erfinv, which the numeric checker cannot evaluate) is refused as such.
"""

from __future__ import annotations

from typing import Any

import sympy

from verifier.latex.functionals import Label
from verifier.latex.vocabulary import (
    CARET,
    FNAME,
    GREEKT,
    IDENT,
    LBRACE,
    LETTER,
    LPAREN,
    MINUS,
    NUMBER,
    RBRACE,
    TEXTNAME,
    LatexError,
    Tok,
)

__all__ = ["INVERSE", "Inverse", "elementary_inverse", "inverse_calls"]

#: the token of a function name written with ``^{-1}`` before its parenthesised argument
INVERSE = "INVERSE"

#: SymPy inverses the numeric checker cannot evaluate (no float64 printer: a step holding one was an ERROR)
_NOT_EVALUATED = (sympy.erfinv, sympy.erfcinv)

_MINUS_ONE = (CARET, LBRACE, MINUS, NUMBER, RBRACE)


class Inverse(sympy.Function):
    r"""``f^{-1}(arg)``: args are the function's :class:`Label` and the argument (never evaluated here)."""

    @classmethod
    def eval(cls, *args: sympy.Basic) -> None:
        return None

    def _sympystr(self, printer: Any) -> str:
        return f"{self.args[0]}^-1({printer.doprint(self.args[1])})"

    def _latex(self, printer: Any) -> str:
        return rf"{self.args[0]}^{{-1}}\left({printer.doprint(self.args[1])}\right)"


def inverse_calls(toks: list[Tok], functions: frozenset[str]) -> list[Tok]:
    r"""``NAME ^ { - 1 } (`` with NAME a function (applied as one by the notes, or an operator name)
    becomes one ``INVERSE`` token before the ``(``; anything else is left as written."""
    out: list[Tok] = []
    k = 0
    n = len(toks)
    while k < n:
        t = toks[k]
        is_function = t.type in (TEXTNAME, FNAME) or (t.type in (LETTER, GREEKT, IDENT) and t.value in functions)
        if (
            is_function
            and k + 6 < n
            and tuple(x.type for x in toks[k + 1 : k + 6]) == _MINUS_ONE
            and toks[k + 4].value == "1"
            and toks[k + 6].type == LPAREN
        ):
            name = t.value.lower() if t.type == FNAME else t.value
            out.append(Tok(INVERSE, name, t.pos))
            k += 6
            continue
        out.append(t)
        k += 1
    return out


def inverse_node(name: str, args: tuple[sympy.Expr, ...]) -> sympy.Expr:
    """The tree of ``name^{-1}(args)``: one argument (an inverse of several has no single meaning)."""
    if len(args) != 1:
        raise LatexError(f"{name}^{{-1}} applied to {len(args)} arguments cannot be read")
    return Inverse(Label(name), args[0])


def elementary_inverse(fn: Any, arg: sympy.Expr) -> sympy.Expr | None:
    r"""SymPy's inverse of the elementary function ``fn`` (``tanh`` → ``atanh``, ``exp`` → ``log``,
    ``erf`` → ``erfinv``) applied to ``arg``, or None where it has none (``sign``, ``Abs``, a
    reciprocal such as ``\sec`` built as ``1/cos``)."""
    probe = sympy.Dummy("u")
    applied = fn(probe)
    if not isinstance(applied, sympy.Function) or applied.args != (probe,):
        return None
    try:
        inverse = applied.inverse()
    except (AttributeError, NotImplementedError, TypeError):
        return None
    if not isinstance(inverse, type) or not issubclass(inverse, sympy.Function):
        return None
    if inverse in _NOT_EVALUATED:
        raise LatexError(f"{inverse.__name__}, the inverse of {applied.func.__name__}, is not evaluated by the checker")
    return inverse(arg)
