r"""A function the notes define, at a point where its body is 0/0: ``w(0)`` after ``w(r) = \frac{\sin r}{r}``.

There the body has no value (SymPy's NaN; nor has ``p \log p`` at 0, 0·∞), so a step writing ``w(0) = 1`` had no
finite sample at all and was an ERROR. Notes that write the function's value at such a point mean the value that
makes it continuous there: the limit of the body as its parameter tends to the point, from both sides. This module
owns that reading (:func:`removable_value`): the call is read as that limit, where it is finite and the same from the
left and the right, and the reading is named with the step (:data:`NOTE`). A body without such a limit (``1/r``: a
pole, ``|r|/r``: two one-sided limits) is left as it was. A function of several parameters is read so at a call with
one argument at a number and the others free (the Poisson deviance at a zero count, ``d(0, \mu)``, lead51): the limit
in that parameter, the others held; a call at two numbers (``f(0, 0)`` of ``xy/(x^2 + y^2)``) is not, since its
value may depend on the way to the point.

A written value other than the limit is **never FAILED** on this reading: the notes may choose the value at the
point ("we set $w(0) = 2$"), so such a step is SKIPPED naming the limit (:func:`unsure`, decided where a FAILED
step is judged, documents.guesses).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sympy as sp

__all__ = ["NOTE", "removable_value", "unsure"]

#: the reading, as it is named with the step (``{call}``: ``w(0)``; ``{param}``, ``{point}``)
#: the words that mark the reading in a step's message (:func:`unsure` finds it by them)
_MARK = "(the body has no value there, 0/0 or 0·∞"
NOTE = "{call} read as the limit of its body as {param} → {point} " + _MARK + ": the value that makes it continuous)"
#: the reason a step FAILED under that reading is SKIPPED
UNSURE = ("the value at a point where the definition is 0/0 may be the notes' own choice there, not the limit the "
          "reading takes ({message})")

#: the largest body (in operations) whose limit is taken
_MAX_OPS = 60


def removable_value(
    value: object, params: Sequence[str], args: Sequence[object], body: Callable[[int, sp.Symbol], object], name: str,
) -> tuple[sp.Expr, str] | None:
    """The value of the call and the reading's note, where ``value`` (the body at ``args``) is NaN or infinite, one
    argument is a number (the point) and the others are not, and ``body`` (``body(k, x)``: the body with parameter
    ``k`` at the symbol ``x`` and the others at their arguments) has one finite two-sided limit in that parameter
    there, written in the other arguments only; else None. ``name``: the function as the notes write it. A call at
    two numbers (``f(0, 0)``) is not read: there the value may depend on the way to the point."""
    if len(params) != len(args) or not isinstance(value, sp.Expr) or not value.has(sp.nan, sp.zoo):
        return None
    numbers = [k for k, a in enumerate(args) if isinstance(a, sp.Expr) and a.is_number]
    if len(numbers) != 1:
        return None
    k = numbers[0]
    point = args[k]
    if not isinstance(point, sp.Expr) or not point.is_real:
        return None
    others = set().union(*(a.free_symbols for j, a in enumerate(args) if j != k and isinstance(a, sp.Basic)))
    x = sp.Dummy(params[k], real=True)
    try:
        expr = body(k, x)
    except (ValueError, TypeError, AttributeError, ZeroDivisionError):
        return None
    if not isinstance(expr, sp.Expr) or x not in expr.free_symbols or not expr.free_symbols <= others | {x} \
            or sp.count_ops(expr) > _MAX_OPS:
        return None
    try:
        right, left = sp.limit(expr, x, point, "+"), sp.limit(expr, x, point, "-")
    except (NotImplementedError, ValueError, TypeError, sp.PoleError):
        return None
    if right.has(sp.Limit, sp.nan) or not (right.is_finite and left.is_finite) or sp.simplify(right - left) != 0:
        return None
    at = ", ".join(str(point) if j == k else str(a) for j, a in enumerate(args))
    return right, NOTE.format(call=f"{name}({at})", param=params[k], point=point)


def unsure(message: str) -> str | None:
    """The reason to SKIP a step that FAILED with this reading in its message, or None where it has none."""
    return UNSURE.format(message=message) if _MARK in message else None
