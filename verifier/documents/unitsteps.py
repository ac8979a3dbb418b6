r"""A step whose sides are in different units is not compared: ``0.511 \text{ nats} = 0.737 \text{ bits}``.

The tokenizer reads a unit after a number as a label of it, not a factor (latex.units): ``-\ln 0.6 = 0.511
\text{ nats}`` compares 0.5108… with 0.511. A conversion written as a link, ``0.511 \text{ nats} = 0.737
\text{ bits}``, is true, and read without its units it compares 0.511 with 0.737: a false FAILED; and ``1
\text{ bit} = 1 \text{ nat}`` would be PROVED. :func:`in_one_unit` owns that guard: a step whose two sides
write units of different families (``\$`` and bits, nats and bits) keeps no verdict of the numbers: SKIPPED
with the reason. A side with no unit takes the other's (``-\ln 0.6 = 0.511 \text{ nats}``) — unless the chain
converts: where its members write units of two families, a member with none is in a unit the notes do not say,
so a link between it and a member with a unit is not compared either (review35a: ``1 \text{ bit} = 1 = 1
\text{ nat}`` was PROVED link by link, ``2 \text{ bytes} = 2 \cdot 8 = 16 \text{ bits}`` FAILED its first link).
Links between two members with no unit (``2 \cdot 8 = 16``) are arithmetic, checked as always. An inline claim
followed by a unit word in the prose (``$1 \text{ byte} = 8$ bits``) writes its last member in that unit
(:func:`unit_after`): read without it, ``1 = 8`` was FAILED (review35a).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.unitconversion import converted
from verifier.documents.unitproducts import multiplies_units
from verifier.documents.unsaidnats import unsaid_unit
from verifier.latex.units import UNITS, units_in
from verifier.results import StepResult, Verdict

__all__ = ["in_one_unit", "unit_after"]

_WORD_AFTER = re.compile(r"\s*(" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) + r")\b")


def unit_after(prose: str) -> str | None:
    """The unit word (of latex.units' list) that ``prose`` — the text right after an inline claim's closing
    delimiter — opens with: ``$1 \\text{ byte} = 8$ bits`` gives "bits"; None for any other text."""
    m = _WORD_AFTER.match(prose)
    return m.group(1) if m else None


def in_one_unit(result: StepResult, left: str, right: str, chain: Sequence[str] = ()) -> StepResult:
    """``result`` of the step from the LaTeX ``left`` to ``right`` (members of the chain whose members are
    ``chain``): SKIPPED where the sides write units of different families (or one side two of them), or where
    one side writes a unit, the other none, and the chain writes two families; unchanged otherwise."""
    if result.verdict not in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED):
        return result
    if result.verdict.ok and (multiplies_units(left) or multiplies_units(right)):  # 2 bits · 3 bits (unitproducts)
        return result.skipped("a side multiplies quantities that carry units: the unit of the product is not the "
                              "one written, and units are not compared, only their numbers")
    if (read := converted(result, left, right)) is not None:  # 0.5 nats = 0.72 bits, computed (unitconversion)
        return read
    if (read := unsaid_unit(result, left, right, chain)) is not None:  # \ln 2 = 1 bit: nats unsaid (unsaidnats)
        return read
    own = (units_in(left), units_in(right))
    units = own[0] | own[1]
    converts = len(frozenset().union(*map(units_in, chain))) >= 2 and units and not (own[0] and own[1])
    if converts:
        return result.skipped("the chain converts units and one side of this link writes none: the unit of its "
                              "number is not said, so the numbers are not compared")
    if len(units) < 2:
        return result
    return result.skipped(f"its sides are in different units ({', '.join(sorted(units))}): a unit is read as a "
                          "label of its number, so the numbers of a conversion are not compared")
