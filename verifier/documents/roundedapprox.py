r"""A worked value written with ``\approx``: the link claims the digits written, and is checked as ``=``.

Course notes write ``\sigma(1) = \frac{1}{1 + e^{-1}} \approx 0.731`` and ``-\log 0.8 \approx 0.223`` as
often as with ``=``. A link whose relation is not ``=`` is SKIPPED ("not an equality"), so a wrong rounding
written with ``\approx`` (σ(1) ≈ 0.74, σ(1) = 0.7311) left the notes without a FAILED while the same slip
written with ``=`` was caught. Where one member of an ``\approx`` link is a rounded number alone (a decimal
``0.731``, or ``3.2 \times 10^{-4}``), the sign says "equal to the digits written", which is exactly what
an ``=`` before a decimal is read as (:mod:`verifier.documents.precision`: rounded or truncated at the last
digit written). Such a link becomes an equality; the worked-number readings (stated values, rounded inputs)
then judge it as they judge ``=``. An approximation between formulas (``\log(1 + x) \approx x``), an integer
(``\sigma(40) \approx 1``: the digits claim nothing to compare with) and ``\sim``, ``\simeq`` (asymptotic
orders) keep their relation and stay unchecked.
"""

from __future__ import annotations

from verifier.documents.members import _Chain
from verifier.documents.precision import LONE_NUMBER
from verifier.latex import EQUALITY

__all__ = ["APPROX", "rounded_approximations"]

#: the relations that write "approximately equal": a rounding where a member is a rounded number
APPROX = frozenset({"\\approx", "≈", "\\thickapprox", "\\approxeq"})


def _rounded_number(latex: str) -> bool:
    """Is ``latex`` one rounded number alone (braces, a trailing full stop or comma aside)?"""
    text = latex.replace("{", "").replace("}", "").strip().rstrip(".,;").strip()
    if LONE_NUMBER.fullmatch(text):
        return True
    # scientific notation keeps its braces in the exponent: 3.2 \times 10^{-4}
    return bool(LONE_NUMBER.fullmatch(latex.strip().rstrip(".,;").strip()))


def rounded_approximations(chains: list[_Chain]) -> None:
    r"""Make every ``\approx`` link of ``chains`` whose member on one side is a rounded number an equality
    (in place): ``\frac{1}{1 + e^{-1}} \approx 0.731`` is a claim to the digits written."""
    for chain in chains:
        for step in chain.steps:
            if step.relation not in APPROX:
                continue
            sides = (chain.members[step.left].latex, chain.members[step.right].latex)
            if any(_rounded_number(t) for t in sides):
                step.relation = EQUALITY
