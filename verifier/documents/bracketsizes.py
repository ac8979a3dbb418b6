r"""A sum to an open size whose summand compares its index with a number past the sizes checked.

``\sum_{i=1}^{n} [i = 41] = 0`` is false from n = 41. The notes leave n open, the checker reads it as a size and
checks the step at a few sizes (3, 5 and the other size 4), where the bracket is 0 at every index; SymPy does
not close such a sum, and :mod:`verifier.documents.everysize` reads a comparison inside a summand as a position
(``j \neq i`` between two indices), so the step kept its proofs at those sizes and was PROVED (redteam37; an
Iverson bracket of gaps36, ``\mathbb{1}[i > 70]``, ``\delta_{i,41}`` alike). The bracket turns at the number it
compares the index with: the step says nothing checked past the largest size checked, so a green step whose sum
to an open size compares its index with a number at or past that size is SKIPPED, said why
(:func:`past_checked_sizes`). ``verify check`` of such a claim (checked at n = 1 … 10, ``[i \le 1000]``) is
judged alike (:func:`past_checked_claim`, review38). A comparison with a name (``[k = y]``), or with a number the
sizes checked reach (``[t = 1]``), leaves the step as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from verifier.documents.members import _Chain, step_trees
from verifier.results import StepResult, Verdict

__all__ = ["bracket_turns", "past_checked_claim", "past_checked_sizes"]

#: the sizes a method says were checked ("checked at n=3; n=5; checked numerically at n = 4")
_SIZE = re.compile(r"\b[A-Za-z]\w*\s*=\s*(\d+)\b")


def bracket_turns(tree: sp.Basic) -> list[tuple[str, int]]:
    """For each sum or product in ``tree`` to a bound with a name in it, the numbers its summand compares the
    index with (``[i = 41]``: 41; ``[i > 70]``: 71, where the bracket turns), with the index's name."""
    out: list[tuple[str, int]] = []
    for node in sp.preorder_traversal(tree):
        if not isinstance(node, sp.Sum | sp.Product):
            continue
        for index, low, high in node.limits:
            if not (getattr(high, "free_symbols", set()) | getattr(low, "free_symbols", set())):
                continue  # \sum_{i=1}^{50}: a bound of numbers, checked as written
            compared = [*node.function.atoms(sp.core.relational.Relational), *node.function.atoms(sp.KroneckerDelta)]
            for rel in compared:
                a, b = rel.args[0], rel.args[1]
                for side, other in ((a, b), (b, a)):
                    if not (side.free_symbols == {index} and other.is_Integer):
                        continue
                    try:
                        solved = sp.solve(sp.Eq(side, other), index)
                    except (NotImplementedError, ValueError, TypeError):
                        continue
                    out += [(index.name, int(s) + 1) for s in solved if getattr(s, "is_Integer", False)]
    return out


def past_checked_sizes(chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each green step whose sum to an open size turns at a number past the sizes checked
    SKIPPED (module docstring)."""
    out = list(steps)
    for k, r in enumerate(steps):
        if r.verdict not in (Verdict.PROVED, Verdict.PASSED):
            continue
        turns = [t for tree in step_trees(chain, k) for t in bracket_turns(tree)]
        if not turns:
            continue
        checked = [int(s) for s in _SIZE.findall(r.method or "")]
        largest = max(checked, default=0)
        past = [(name, at) for name, at in turns if at > largest]
        if not past:
            continue
        name, at = max(past, key=lambda t: t[1])
        sizes = f"up to {largest}" if checked else "at a few sizes"
        out[k] = replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
            f"a sum to an open size compares its index {name} with a number, so its value changes at size {at - 1} "
            f"or {at}, past the sizes checked ({sizes}): not checked there"))
    return out


def past_checked_claim(members: list[object], steps: list[StepResult]) -> list[StepResult]:
    r"""``steps`` (a one-off claim checked at concrete sizes, ``verify check``) with each green row SKIPPED when a
    member's sum to an open size turns past every size the rows were checked at (``\sum_{i=1}^{n} [i \le 1000] = n``,
    checked at n = 1 … 13); a row proved for every size keeps its verdict (module docstring)."""
    turns = [t for m in members if isinstance(m, sp.Basic) for t in bracket_turns(m)]
    largest = max((v for r in steps for _, v in r.sizes), default=0)
    past = [(name, at) for name, at in turns if at > largest]
    if not past:
        return steps
    name, at = max(past, key=lambda t: t[1])
    message = (f"a sum to an open size compares its index {name} with a number, so its value changes at size {at - 1} "
               f"or {at}, past the sizes checked (up to {largest}): not checked there")
    return [replace(r, verdict=Verdict.SKIPPED, counterexample=None, proved_for="", message=message)
            if r.verdict in (Verdict.PROVED, Verdict.PASSED) and not r.proved_for.startswith("all") else r
            for r in steps]
