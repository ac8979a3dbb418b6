r"""A worked value written with ``\approx`` from inputs that are themselves rounded: their rounding is carried.

"$0.2420 - 12 \cdot 0.1409^2 \approx 0.0039$" (a control variate's remaining variance, fresh28): 0.2420 and 0.1409
are the roundings of Var(e^U) and Cov(e^U, U) the notes computed a line before, and the author subtracted the
unrounded values (0.00394); taken as written the inputs give 0.00377, and the step FAILED at the digits of 0.0039.
The same with ``\frac{1}{2}\log(2\pi)`` written 0.9189 in "$\ell = 0.9189 + \frac{1}{2}\log 4 + \frac{1}{8} \approx
1.7371$" (1.73705 as written, 1.73709 unrounded). A reader sees inputs of four significant digits as roundings:
within what their rounding carries to the result the claim is no slip anyone can show.

This module owns that judgement for one link whose relation is ``\approx``, one member a lone number (the result)
and the other a formula of numbers: the decimals written with three significant digits or more are taken as
roundings (half a unit of their last digit either way; shorter ones, 0.48 or 0.25, and those the notes give as data,
β₂ = 0.999 stated in prose, as exact: documents.givendata), and where the result
lies within how far they move the formula's value (:func:`verifier.documents.propagated.propagated_slack`, every
corner of their box) plus its own half unit, the link is SKIPPED with that said — never PASSED (the inputs may be
exact), and a result farther off stays FAILED.

A link ``=`` after an ``\approx`` in the same chain counts as approximate when its formula is the member that
``\approx`` led to: "$\sum_i r_i x_i \approx -0.9820 + 0.0540 = -0.9281$" says the two terms are roundings (of
the sum's terms), and the author added the unrounded ones (fresh41; :func:`after_approximation`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from fractions import Fraction
from typing import Any

from verifier.documents.propagated import propagated_slack
from verifier.latex.numberwriting import decimal_points
from verifier.latex.roundedlinks import APPROX_RELATIONS

__all__ = ["after_approximation", "carried_rounding"]

_DECIMAL = re.compile(r"(?<![\d.])\d*\.\d+(?![\d.])")


def _significant(number: str) -> int:
    """The significant digits of a decimal as written (``0.2420``: 4, ``0.48``: 2)."""
    return len(number.replace(".", "").lstrip("0"))


def after_approximation(chain: Any, step: Any) -> bool:
    """Is ``step``'s left member the right member of an ``\\approx`` link of its chain (its decimals written as
    roundings: "$S \\approx 1.2345 + 2.3456 = 3.5802$")?"""
    return any(s.right == step.left and (s.approximate or s.relation in APPROX_RELATIONS) for s in chain.steps
               if s is not step)


def carried_rounding(approximate: bool, formula: str, value: float, written: float, apart: float,
                     decimals: int, given: Collection[Fraction] = ()) -> str | None:
    r"""Why the link ``formula \approx written`` (``formula``'s ``value``; ``apart``: value − written, exact) is
    not called FAILED, when the rounding of ``formula``'s long decimals carries the result to within half a unit
    of its ``decimals``; None otherwise (module docstring). ``given``: the values of the decimals the notes give
    as data (documents.givendata: β₂ = 0.999 written again in ``1 - 0.999^2``), exact inputs, no roundings."""
    text = decimal_points(formula)
    numbers = _DECIMAL.findall(text)
    if not approximate or not numbers or re.search(r"\\times\s*10|\\%", text):
        return None
    long = [n for n in numbers if _significant(n) >= 3 and Fraction(n) not in given]
    if not long:
        return None
    exact = " ".join(n for n in numbers if n not in long)  # shorter decimals: exact inputs (shared, not moved)
    carried = propagated_slack(exact, formula, value)
    if carried is None or abs(apart) > carried + 0.5 * 10.0**-decimals * (1 + 1e-9):
        return None
    return (f"as written the numbers give {value:.6g}, not {written:g} at its {decimals} decimals, but their rounding "
            f"({', '.join(long)} to their last digit) moves it by up to {carried:.2g}: a value computed from "
            "unrounded inputs? not called FAILED")
