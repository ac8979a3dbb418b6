r"""A value rounded again and again along a chain: each rounding must be one of the value, not of the last one.

Worked chains round a result step by step: ``\sqrt 2 = 1.414 \approx 1.41 \approx 1.4``. Each link between
two lone numbers was checked against the number just before it (:mod:`verifier.documents.precision`), so
``\frac{0.898}{2} = 0.449 \approx 0.45 \approx 0.5`` was green link by link although 0.449 at one decimal is
0.4: 0.45 rounds up to 0.5, but 0.45 is itself a rounding, and rounding twice is no rounding of the value
(redteam29). The chain claims that every member is the one value; a lone number claims that value to its
digits.

This module owns that check for a link between two lone numbers. The value is the chain's last member
before the run of lone numbers when it is a formula of numbers alone (its value exact, as a link from it
to a lone number takes it): the later number must be that value rounded or truncated at its own last digit.
Where that member has names (``L = 0.449 \approx 0.45 \approx 0.5`` after a stated value), the most precise
number of the run stands for the value: the value lies where that number's rounding or truncation puts it
(``[0.4485, 0.45)`` for 0.449), and the later number must be a rounding or truncation of some value there —
an interval test with exact fractions, never a guess at the value. A number no more precise than the later
one says nothing more than the link itself. A formula of numbers whose value is exactly the lone number before
it (``0.449 \approx 0.45 = \frac{0.9}{2} \approx 0.5``) is that rounding written again: it counts as the lone
number (rounding36 left it: the formula laundered the drift). A unit after a number is its label
(``0.449 \text{ nats} \approx 0.45 \text{ nats} \approx 0.5 \text{ nats}`` rounds twice as the bare numbers do:
:func:`verifier.latex.units.without_units`; redteam37). The run is then the numbers of the later one's unit only
(``0.511 \text{ nats} = 0.737 \text{ bits} \approx 0.74 \text{ bits}`` converts before it rounds), and a formula
before it is no value of that unit (``-\ln 0.6 = 0.737 \text{ bits}``: nats the notes leave unsaid), so the most
precise number of the run stands for the value.
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from verifier.documents.members import _Chain, _Step, member_trees
from verifier.documents.precision import LONE_NUMBER, agrees, written_decimals
from verifier.documents.worked import number_value
from verifier.latex.units import units_in, without_units

__all__ = ["drifted"]


def _lone(latex: str) -> bool:
    latex = without_units(latex)  # 0.45 \text{ nats}: one number, its unit a label
    text = latex.replace("{", "").replace("}", "").strip().rstrip(".,;").strip()
    return bool(LONE_NUMBER.fullmatch(text) or LONE_NUMBER.fullmatch(latex.strip().rstrip(".,;").strip()))


def _written(latex: str) -> tuple[Fraction, int] | None:
    """A lone plain decimal's exact value and its decimals (None for other forms: 3.2 \\times 10^{-4}, 15\\%)."""
    latex = without_units(latex)
    text = latex.replace("{", "").replace("}", "").replace(" ", "").rstrip(".,;")
    decimals = written_decimals(latex)
    if len(decimals) != 1 or "\\" in text:
        return None
    try:
        return Fraction(text), decimals[0]
    except ValueError:
        return None


def _span(value: Fraction, decimals: int) -> tuple[Fraction, Fraction]:
    """The magnitudes a number written to ``decimals`` places is the rounding or truncation of: ``[|v| - u/2,
    |v| + u)`` (closed below, open above)."""
    unit = Fraction(1, 10**decimals)
    return abs(value) - unit / 2, abs(value) + unit


def _exact(chain: _Chain, k: int) -> float | None:
    """The value of member ``k`` when it is a formula of numbers alone (π the number), else None."""
    parsed = chain.members[k].parsed
    if parsed is None:
        return None
    trees = member_trees(parsed)
    if len(trees) != 1 or not isinstance(trees[0], sp.Expr):
        return None
    return number_value(trees[0].xreplace({sp.Symbol("pi"): sp.pi}))


def _restates(chain: _Chain, k: int) -> bool:
    """Is member ``k`` a formula of numbers whose value is exactly the lone number right before it (``0.45 =
    \\frac{0.9}{2}``)? Then it is that rounding written again, and what is rounded after it is still the value
    the chain started from: rounding it again rounds twice (a formula of the rounding launders no drift)."""
    if k == 0 or not _lone(chain.members[k - 1].latex) or (before := _written(chain.members[k - 1].latex)) is None:
        return False
    value = _exact(chain, k)
    return value is not None and abs(value - float(before[0])) <= 1e-12 * max(1.0, abs(value))


def drifted(chain: _Chain, step: _Step) -> str | None:
    """Why the later number of ``step``, a link between two lone numbers, is no rounding of the chain's value
    before them (module docstring); None where it is one, or nothing tells."""
    members = chain.members
    later = _written(members[step.right].latex)
    left = step.left
    if later is not None and not _lone(members[left].latex) and _restates(chain, left):
        left -= 1  # 0.45 = \frac{0.9}{2} \approx 0.5: the formula is the rounded number written again
    unit = units_in(members[step.right].latex)  # 0.45 \text{ nats}: a run in nats (module docstring)
    if later is None or not _lone(members[left].latex) or units_in(members[left].latex) != unit:
        return None
    w, d = later
    first = left
    while first > 0 and ((_lone(members[first - 1].latex) and units_in(members[first - 1].latex) == unit)
                         or (not unit and _restates(chain, first - 1))):  # fmt: skip
        first -= 1
    if first > 0 and not unit and (value := _exact(chain, first - 1)) is not None:
        if agrees(value, float(w), d):
            return None
        return (f"{members[step.right].latex} is not {members[first - 1].latex} = {value:.6g} rounded to the {d} "
                f"decimals written: rounding {members[left].latex} again rounds twice")  # fmt: skip
    run = [(k, n) for k in range(first, left + 1) if (n := _written(members[k].latex)) is not None]
    if not run:
        return None
    k, (v, dv) = max(run, key=lambda kn: kn[1][1])
    if dv <= d or (v < 0) != (w < 0):
        return None  # no more precise number before it, or a sign this does not compare
    lo, hi = _span(v, dv)
    lo_w, hi_w = _span(w, d)
    if max(lo, lo_w) < min(hi, hi_w):
        return None  # some value written members[k] is written members[step.right] too
    return (f"{members[step.right].latex} is no rounding of any value written {members[k].latex} (to the {d} "
            f"decimals written): rounding {members[left].latex} again rounds twice")  # fmt: skip
