r"""A side whose unit of information the notes leave unsaid, beside a side that writes one: ``\ln 2 = 1 \text{ bit}``.

:mod:`verifier.documents.unitconversion` reads a side with no unit in the unit its logarithms give (``-\ln 0.5
= 1 \text{ bit}``: nats), but not a side that writes the logarithm of a base (``\ln 2``: there a conversion
factor, ``\frac{0.693}{\ln 2}``), nor a bare number of a chain whose ``\ln`` said nats a member before
(``-\ln 0.25 = 1.386 = 2 \text{ bits}``). Such links were compared as numbers: the fair coin's ``\ln 2 = 1
\text{ bit}`` was FAILED, 0.693 against 1, and so was ``1.386 = 2 \text{ bits}``, though read in nats both hold.
A FAILED must hold under every plausible reading (DEVELOPERS.md), so :func:`unsaid_unit` gives such a FAILED
its other reading: the unit-less side in the one unit the logarithms of the side, or else of the chain's
members that write no unit, give. Where that reading holds (exactly, or to the digits a side writes) the step
is SKIPPED with both readings said; where it too fails the FAILED stands (``\ln 2 = 0.5 \text{ bits}``). A
number beside a unit in a chain with no logarithm (``0.693 = 1 \text{ bit}``) has no other reading.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import sympy as sp

from verifier.documents.precision import agrees, written_decimals
from verifier.documents.worked import formula_value
from verifier.latex.units import units_in, without_units
from verifier.results import StepResult, Verdict

__all__ = ["unsaid_unit"]

#: each unit of information in nats (as unitconversion counts them)
_SIZE = {"nat": sp.Integer(1), "bit": sp.log(2), "hartley": sp.log(10), "byte": 8 * sp.log(2)}
_LOG = re.compile(r"\\(ln|log)(?![A-Za-z])(?:\s*_\s*(\{[^{}]*\}|[0-9a-z]))?")
_BASES = {"e": "nat", "2": "bit", "10": "hartley"}


def _log_units(latex: str) -> set[str]:
    """The units the logarithms ``latex`` writes give, a logarithm of a base included (a plain ``\\log`` none)."""
    found: set[str] = set()
    for m in _LOG.finditer(latex):
        if m.group(1) == "ln":
            found.add("nat")
        elif (base := (m.group(2) or "").strip("{} ")) in _BASES:
            found.add(_BASES[base])
    return found


def _holds(value: float, written: float, text: str) -> bool:
    """Is ``written`` (the number ``text`` writes) ``value``, exactly or to the digits written?"""
    if abs(value - written) <= 1e-12 * max(1.0, abs(written)):
        return True
    decimals = written_decimals(without_units(text))
    return len(decimals) == 1 and decimals[0] > 0 and agrees(value, written, decimals[0])


def unsaid_unit(result: StepResult, left: str, right: str, chain: Sequence[str] = ()) -> StepResult | None:
    """``result`` SKIPPED where it is a FAILED of numbers that holds with the unit-less side read in the unit
    its (or the chain's) logarithms give (module docstring); None where that reading does not apply."""
    if result.verdict is not Verdict.FAILED:
        return None
    written = (units_in(left), units_in(right))
    if bool(written[0]) == bool(written[1]) or any(len(w) > 1 for w in written):
        return None
    said = 0 if written[0] else 1
    unit = next(iter(written[said]))
    bare = (left, right)[1 - said]
    options = _log_units(bare) or set().union(*(_log_units(m) for m in chain if not units_in(m)))
    if len(options) != 1 or unit not in _SIZE or (other := options.pop()) == unit:
        return None
    values = formula_value(without_units(bare)), formula_value(without_units((left, right)[said]))
    if values[0] is None or values[1] is None or not all(map(math.isfinite, values)):
        return None
    factor = float(_SIZE[other] / _SIZE[unit])
    if not (_holds(values[0] * factor, values[1], (left, right)[said]) or _holds(values[1] / factor, values[0], bare)):
        return None
    return result.skipped(f"read with {bare} in {other}s (the unit its logarithms give; the notes do not say) the "
                          f"link holds as a conversion ({values[0] * factor:.6g} {unit}s); read as numbers it "
                          "does not")
