r"""How far apart two formulas of rounded numbers may be: the rounding of the later one, carried through.

A worked chain rounds as it goes and writes the rounded value into the next formula:
``(0.3 \cdot 0.7 + 0.04 \cdot 0.4) \cdot 0.4 = 0.226 \cdot 0.4``. :mod:`verifier.documents.guesses` took
the precision of such a link to be the fewest decimals any number of the later member writes, here the
one of the input ``0.4``, so the two sides had only to agree to one decimal: ``0.2 \cdot 0.4 = 0.3 \cdot
0.4`` and the planted ``(0.3 \cdot 0.7 + 0.04 \cdot 0.3) \cdot 0.4 = 0.226 \cdot 0.4`` (0.0888 against
0.0904) were PASSED, false passes (fresh23's HMM probe).

This module owns the bound instead: a number the later member writes that the earlier one writes too
(``0.4``) is an input both share, exact, and so is one the earlier member computes exactly as a group of two
numbers (``0.1`` for its ``1 - 0.9``: fresh28); each other decimal number ``x`` written to ``d`` places is off by
at most half a unit of its last digit. Where the later member can be read with those numbers as names and
evaluated, the bound is how far its value moves over the box of their roundings (every corner evaluated:
``0.5 + 0.5`` moves by 0.1, not by 0.2); otherwise the relative errors of the terms add up (to first order,
for the products and quotients worked numbers are made of), so the two values may differ by the later
value times their sum — which over-counts a sum (review35a: ``\sigma(2) \approx 0.5 + 0.5`` was PASSED
within 0.2 of 0.88). A number in scientific notation or a percentage leaves the bound to the caller (None).
"""

from __future__ import annotations

import itertools
import math
import re
from fractions import Fraction

import sympy as sp

from verifier.latex.numberwriting import decimal_points

__all__ = ["propagated_slack"]

_DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")
_SCIENTIFIC = re.compile(r"\\times\s*10|\\%|e[-+]?\d")
#: names the rounded numbers are read as (a formula of numbers writes none of them)
_NAMES = ("alpha", "beta", "kappa", "lambda", "mu", "nu", "rho", "tau")


def _numbers(text: str) -> list[tuple[str, float, int]]:
    """The decimal numbers of ``text`` as written (a decimal comma as a point), their values and decimals;
    ``9{,}900`` is a thousands group (:mod:`verifier.latex.numberwriting`'s rule), no decimal."""
    text = decimal_points(text)  # 0{,}3162 is 0.3162 (a decimal comma: latex.numberwriting)
    return [(m.group(0), float(m.group(0)), len(m.group(2))) for m in _DECIMAL.finditer(text)]


def _over_the_box(later: str, shared: set[str], value: float, toward: float | None = None) -> float | None:
    """How far ``later``'s value moves when each of its own rounded numbers moves by half a unit of its last
    digit (the largest change at a corner of that box; toward ``toward`` only, where given: the box is lopsided,
    0.01 ± 0.005 as a divisor moves 65.1 down to 43.4 and up to 130.2); None where it cannot be read or evaluated
    so."""
    from verifier.latex import LatexError, parse_latex  # (the parser is heavy: only where a link needs it)

    text = decimal_points(later)
    rounded = [m for m in _DECIMAL.finditer(text) if m.group(0) not in shared and float(m.group(0)) != 0]
    if not rounded or len(rounded) > len(_NAMES):
        return None
    for k, m in reversed(list(enumerate(rounded))):
        text = text[: m.start()] + rf"(\{_NAMES[k]})" + text[m.end():]
    try:
        tree = parse_latex(text)
    except (LatexError, ValueError, TypeError, RecursionError):
        return None
    names = [sp.Symbol(_NAMES[k]) for k in range(len(rounded))]
    if not isinstance(tree, sp.Expr) or not tree.free_symbols <= set(names):
        return None
    try:
        f = sp.lambdify(names, tree, "math")
        nominal = [float(m.group(0)) for m in rounded]
        half = [0.5 * 10.0 ** -len(m.group(2)) for m in rounded]
        at = float(f(*nominal))
        if not math.isfinite(at) or abs(at - value) > 1e-7 * max(1.0, abs(value)):
            return None  # not the value the checker read: leave the bound to the first-order rule
        moved = 0.0
        for signs in itertools.product((-1.0, 1.0), repeat=len(rounded)):
            corner = float(f(*(x + s * h for x, s, h in zip(nominal, signs, half, strict=True))))
            if not math.isfinite(corner):
                return None
            if toward is None or (corner - at) * (toward - at) >= 0:
                moved = max(moved, abs(corner - at))  # (a corner on the other side of the value: not toward it)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, NameError, AttributeError):
        return None
    return moved


# a sum or difference of two plain numbers that is a whole group: "{1 - 0.9}", "(2 + 0.5)"
_GROUPED = re.compile(r"(?:^|(?<=[({=]))\s*(\d+(?:\.\d+)?)\s*([-+])\s*(\d+(?:\.\d+)?)\s*(?=[)}]|$)")


def _computed(earlier: str) -> set[Fraction]:
    r"""The exact values of the sums and differences of two plain numbers ``earlier`` writes as a whole group
    (``\frac{1 - 0.9^5}{1 - 0.9}``: 0.1; fresh28): a later member writing that value carries it exactly."""
    out: set[Fraction] = set()
    for m in _GROUPED.finditer(decimal_points(earlier)):
        a, b = Fraction(m.group(1)), Fraction(m.group(3))
        out.add(a - b if m.group(2) == "-" else a + b)
    return out


def propagated_slack(earlier: str, later: str, value: float, exact: set[str] | None = None,
                     toward: float | None = None) -> float | None:  # fmt: skip
    """The largest difference the rounding of ``later``'s own numbers explains at its ``value`` (see the
    module docstring); None where a number is written in a form this does not read. ``exact``: decimals of
    ``later`` known to be exact inputs, no roundings (documents.shownroundings); ``toward``: the value compared,
    where the box is measured on its side only (misses43)."""
    if _SCIENTIFIC.search(later) or _SCIENTIFIC.search(earlier):
        return None
    shared = {n for n, _, _ in _numbers(earlier)} | (exact or set())
    computed = _computed(earlier)  # 0.1 for the 1 - 0.9 of \frac{1 - 0.9^5}{1 - 0.9}: exact, not a rounding
    shared |= {n for n, _, _ in _numbers(later) if Fraction(decimal_points(n)) in computed}
    box = _over_the_box(later, shared, value, toward)
    if box is not None:
        return box
    relative = sum(0.5 * 10.0**-d / abs(x) for n, x, d in _numbers(later) if n not in shared and x != 0)
    return abs(value) * relative
