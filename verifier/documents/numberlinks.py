r"""Links of numbers alone: a link neither member of which writes a name, so that no condition changes it.

A case the prose states ("take the worst case $p = 1/2$", "Case: $x > 0$") restricts the names of the chain
after it; a condition that is not about indices cannot be checked there, and the chain's links are SKIPPED
(:meth:`verifier.documents.steps._Checker._one`). A link between members that write numbers only
(``\frac{0.5}{0.0025} = 200``) does not depend on any name, so on no condition: it is checked as it stands
(misses44, fresh33's Wald sample size). A member that writes a name, even one the notes give a value, stays
under the condition."""

from __future__ import annotations

import sympy as sp

from verifier.documents.members import _Chain, _Step


def _number(chain: _Chain, i: int) -> bool:
    parsed = chain.members[i].parsed
    return parsed is not None and isinstance(parsed.tree, sp.Basic) and bool(parsed.tree.is_number)


def numbers_alone(chain: _Chain, step: _Step) -> bool:
    """Does each member of ``step`` read as a number (no name, no unknown function)?"""
    return _number(chain, step.left) and _number(chain, step.right)
