r"""How far apart two formulas of rounded numbers may be: the rounding of the later one, carried through.

A worked chain rounds as it goes and writes the rounded value into the next formula:
``(0.3 \cdot 0.7 + 0.04 \cdot 0.4) \cdot 0.4 = 0.226 \cdot 0.4``. :mod:`verifier.documents.guesses` took
the precision of such a link to be the fewest decimals any number of the later member writes, here the
one of the input ``0.4``, so the two sides had only to agree to one decimal: ``0.2 \cdot 0.4 = 0.3 \cdot
0.4`` and the planted ``(0.3 \cdot 0.7 + 0.04 \cdot 0.3) \cdot 0.4 = 0.226 \cdot 0.4`` (0.0888 against
0.0904) were PASSED, false passes (fresh23's HMM probe).

This module owns the bound instead: a number the later member writes that the earlier one writes too
(``0.4``) is an input both share, exact; each other decimal number ``x`` written to ``d`` places is off by
at most half a unit of its last digit, ``0.5 \cdot 10^{-d}``, and what that moves the later member's value
is measured by evaluating the member with ``x`` moved so (up and down); the moves of the numbers add up.
(fresh23 added relative errors and took them times the value, which is right for products only: in a sum
the small rounded term's large relative error was charged on the whole value, and ``0.7 + 9 = 0.1 + 9`` or
``\sigma(0.5) + 3 = 0.64 + 3`` PASSED, review35b.) Where the member cannot be evaluated alone so (a name
the prose defines), the relative errors are the bound, a sum of several terms excepted (None: the caller's
decimals rule). A number in scientific notation or a percentage leaves the bound to the caller (None).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.functions import FUNCTIONS
from verifier.latex import LatexError, parse_latex

__all__ = ["propagated_slack"]

_DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")
_SCIENTIFIC = re.compile(r"\\times\s*10|\\%|e[-+]?\d")


def _numbers(text: str) -> list[tuple[str, float, int]]:
    return [(m.group(0), float(m.group(0)), len(m.group(2))) for m in _DECIMAL.finditer(text)]


def propagated_slack(earlier: str, later: str, value: float) -> float | None:
    """The largest difference the rounding of ``later``'s own numbers explains at its ``value`` (see the
    module docstring); None where a number is written in a form this does not read."""
    if _SCIENTIFIC.search(later) or _SCIENTIFIC.search(earlier):
        return None
    shared = {n for n, _, _ in _numbers(earlier)}
    moved = _moved(later, shared)
    if moved is not None:
        return moved
    if re.search(r"(?<![{(^_\\])[-+]", later.strip().lstrip("-")):
        return None  # a sum: relative errors times the value are no bound for it
    relative = sum(0.5 * 10.0**-d / abs(x) for n, x, d in _numbers(later) if n not in shared and x != 0)
    return abs(value) * relative


def _value(text: str) -> float | None:
    try:
        tree = parse_latex(text)
    except (LatexError, RecursionError, ValueError, TypeError):
        return None
    try:
        tree = tree.replace(lambda e: isinstance(e, AppliedUndef) and e.func.__name__ in FUNCTIONS,
                            lambda e: FUNCTIONS[e.func.__name__](*e.args)).subs(sp.Symbol("pi"), sp.pi)  # fmt: skip
        if not isinstance(tree, sp.Expr) or tree.free_symbols or tree.atoms(AppliedUndef, sp.Indexed):
            return None
        out = complex(sp.N(tree, 30))
    except (TypeError, ValueError, ArithmeticError, AttributeError, sp.SympifyError):
        return None
    return out.real if abs(out.imag) <= 1e-12 * max(1.0, abs(out.real)) and math.isfinite(out.real) else None


def _moved(later: str, shared: set[str]) -> float | None:
    """The sum, over the decimal numbers of ``later`` that ``shared`` does not hold, of how far moving one by
    half a unit of its last digit (up or down) moves ``later``'s value; None where ``later`` is not read so."""
    base = _value(later)
    if base is None:
        return None
    total = 0.0
    for m in _DECIMAL.finditer(later):
        if m.group(0) in shared:
            continue
        x, half = Decimal(m.group(0)), Decimal(5) * Decimal(10) ** -(len(m.group(2)) + 1)
        worst = 0.0
        for y in (x + half, x - half):
            v = _value(later[: m.start()] + f"{y:f}" + later[m.end() :])
            if v is None:
                return None
            worst = max(worst, abs(v - base))
        total += worst
    return total
