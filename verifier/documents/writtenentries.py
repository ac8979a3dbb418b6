r"""A step that writes entries 1 to m alone of a family of general length, checked at that length (fresh59).

A lecture defines the softmax over K classes, ``p_i = \frac{e^{z_i}}{\sum_{k=1}^K e^{z_k}}``, turns to the two-class
case in words ("With two classes the diagonal entry is …") and writes ``p_1 p_2 = p_1(1 - p_1)``. K is a size the
notes leave general; the checker draws K = 3, where p_2 ≠ 1 - p_1, and the step was FAILED on a correct note. A step
that names entries 1 to m only (every index it writes a number, the largest m ≥ 2) may be about a family of m
entries, as notes specialise in words the checker does not read ("two classes", "the binary case", "for a pair").
This module owns that second look (:func:`at_written_entries`): a FAILED step whose reach has exactly one open
size (othersizes.open_sizes: one the checker chose, not one the notes fix), drawn above m, is checked again with
that size set to m. Where it holds there it is SKIPPED, saying so — never green: the notes do not say the step is
about m entries. Where it fails there too it stays FAILED. A step that writes a general index or a sum over the
size (``\sum_{i=1}^K p_i^2``), or the family whole beside its entries (``\|x\|^2 = x_1^2 + x_2^2``), is about every
size and is not looked at again. The number must be said in words in the step's own part (sound59:
:func:`_said_in_its_part` — "two classes", "the binary case", "2 classes"): with nothing said, or said in another
section, a general softmax's wrong ``\frac{\partial p_1}{\partial z_1} = p_1 p_2`` stays FAILED.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Size
from verifier.documents.inferevidence import names_in
from verifier.documents.members import step_trees
from verifier.documents.othersizes import open_sizes
from verifier.documents.partscope import part_start
from verifier.documents.resolve import ResolveError
from verifier.documents.statedsizes import sized_scope
from verifier.documents.steps import _Checker
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["at_written_entries"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)
_WORDS = {2: r"two|binary|both|pairs?|twice", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
          9: "nine", 10: "ten"}
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$|\\\(.*?\\\)|\\\[.*?\\\]"
                   r"|\\begin\{(equation|align|gather|multline)\*?\}.*?\\end\{\1\*?\}", re.DOTALL)


def _said_in_its_part(lines: Sequence[str], line: int, m: int) -> bool:
    """Does the prose of the part holding 1-based ``line``, up to that line, say the number ``m`` in words ("two
    classes", "the binary case", "for 2 classes"; a heading counts, the math does not: ``p_2`` is no word)?"""
    start, _ = part_start(lines, line)
    prose = _MATH.sub(" ", "\n".join(lines[start - 1 : line]))
    word = _WORDS.get(m, "")
    return re.search(rf"\b(?:{word}{'|' if word else ''}{m}(?=[\s-]+[A-Za-z]))\b", prose, re.IGNORECASE) is not None


def _largest_entry(trees: list[sp.Basic]) -> int | None:
    """The largest index the trees write where every index they write is a whole number (p_1, p_2), else None."""
    indices = [i for t in trees if isinstance(t, sp.Basic) for a in t.atoms(sp.Indexed) for i in a.indices]
    if not indices or not all(isinstance(i, sp.Integer) for i in indices):
        return None
    if any(isinstance(t, sp.Basic) and t.has(sp.Sum, sp.Product) for t in trees):
        return None
    labels = {str(a.base.label) for t in trees if isinstance(t, sp.Basic) for a in t.atoms(sp.Indexed)}
    for t in trees:  # the family written whole too (\|x\|^2 = x_1^2 + x_2^2, x^\top x): about every length
        if not isinstance(t, sp.Basic):
            continue
        bare = t.xreplace({a: sp.Dummy() for a in t.atoms(sp.Indexed)})
        if labels & {str(s) for s in bare.free_symbols | bare.atoms(sp.MatrixSymbol)}:
            return None
    return max(int(i) for i in indices)


def at_written_entries(doc: _Document, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED one that writes entries 1 to m alone checked at the length m (module docstring)."""
    failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    if not failing:
        return steps
    opened = [key for key in open_sizes(scope) if isinstance(scope.names.get(key), Size)]
    if not opened:
        return steps
    out = list(steps)
    for k in failing:
        try:
            trees = step_trees(chain, k)
        except (ResolveError, ValueError):
            continue
        top = _largest_entry(trees)
        if top is None or top < 2 or not _said_in_its_part(doc.lines, chain.steps[k].line or chain.line, top):
            continue
        written = set().union(*(names_in(t) | {f.func.__name__ for f in t.atoms(AppliedUndef)}
                                for t in trees if isinstance(t, sp.Basic)))  # fmt: skip
        reach = doc._reach(written, scope)
        mine = [key for key in opened if key[0] in reach]
        if len(mine) != 1:
            continue
        entry = scope.names[mine[0]]
        assert isinstance(entry, Size)
        if all(v <= top for v in entry.values if isinstance(v, int)):
            continue
        sized = sized_scope(scope, {mine[0][0]: top})
        if sized is None:
            continue
        at, shown = sized
        try:
            found = _Checker(doc, chain, at, {chain.steps[k].index}).run()[k]
        except ResolveError:
            continue
        if found.verdict in _GREEN:
            out[k] = steps[k].skipped(f"holds at {shown}, the number of entries it writes (1 to {top}): a step about "
                                      "those entries alone may be about that case, which the notes may say in words; "
                                      "it fails at the size drawn for the general case")  # fmt: skip
    return out
