r"""A family the notes give by a formula that names its own end entry: ``p_\ell = 1 - \frac{\ell}{L}(1 - p_L)``.

Stochastic depth's linear-decay rule gives the survival probability of block ℓ through the last block's ``p_L``, a
number the notes choose; the formula holds at ℓ = L by itself. The reader learns no definition whose right side
names its own head (``f(x) = f(-x)`` is a symmetry, and a body calling its head would recurse), so on the lines
after it the ``p_\ell`` were free entries and ``\sum_\ell p_\ell = L - \frac{1 - p_L}{L}\sum_\ell \ell`` FAILED on a
correct note (fresh35): a verdict that ignores what the notes said p is.

This module owns the post-pass (:func:`on_anchored_families`): a FAILED step is made SKIPPED where its
counterexample sets a family ``p`` and the step writes an entry of ``p`` at an index other than the anchor, and an
earlier display starts ``p_i = …`` (one index ``i``, a name) whose right side writes ``p`` only at indices free of
``i`` (the anchors: ``p_{i-1}`` makes a recurrence, documents.recurrence) — unless the reader learned a definition of
``p`` before the step. A step that writes ``p`` only at its
anchor (``\frac{(1 - p_L)(L + 1)}{2}``) is a claim about that given number, and is judged as before. Never green.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sympy as sp

from verifier.documents.members import _Chain
from verifier.documents.records import CheckedChain, remade_failures
from verifier.latex import LatexError
from verifier.results import StepResult

__all__ = ["on_anchored_families"]

_REASON = ("{name} is given by a formula on line {line} that names its own entry {anchor} (a value the notes "
           "choose), which is not read as a definition: the step is not checked without it")


def on_anchored_families(
    chains: Sequence[_Chain], checked: list[CheckedChain], parse: Callable[[str], object],
    defined: Sequence[tuple[str, int]],
) -> list[CheckedChain]:
    """``checked`` (one result per chain of ``chains``) with each FAILED step about a family the notes give by a
    formula naming its own entry made SKIPPED (module docstring); ``defined`` lists (name, line) of the notes'
    definitions."""
    if len(chains) != len(checked):
        return checked
    anchored = [(chain.line, found) for chain in chains if (found := _anchored(chain, parse)) is not None]
    if not anchored:
        return checked
    def remake(k: int, s: StepResult) -> StepResult | None:
        line, cx = chains[k].line, s.counterexample
        if cx is None:
            return None
        names = {name for name, _ in cx.point}
        for at, (name, anchors, anchor_text) in anchored:
            if at >= line or name not in names or any(d == name and at <= w < line for d, w in defined):
                continue
            if _writes_entry(s.lhs_latex, s.rhs_latex, name, anchors, parse):
                return s.skipped(_REASON.format(name=name, line=at, anchor=anchor_text))
        return None

    return remade_failures(checked, remake)


def _anchored(chain: _Chain, parse: Callable[[str], object]) -> tuple[str, frozenset[sp.Basic], str] | None:
    """(family, anchor indices, the first anchor entry as text) where ``chain`` starts ``p_i = <formula>`` whose
    formula writes ``p`` only at indices other than ``i``; else None."""
    if len(chain.members) < 2:
        return None
    left, right = _read(chain.members[0].latex, parse), _read(chain.members[1].latex, parse)
    if not isinstance(left, sp.Indexed) or len(left.indices) != 1 or not isinstance(left.indices[0], sp.Symbol):
        return None
    if not isinstance(right, sp.Basic):
        return None
    name, index = str(left.base.label), left.indices[0]
    uses = [a for a in right.atoms(sp.Indexed) if str(a.base.label) == name]
    if not uses or any(len(a.indices) != 1 or index in a.indices[0].free_symbols for a in uses):
        return None  # (s_k = σ(v s_{k-1} + c) is a recurrence: documents.recurrence)
    bare = right.xreplace({a: sp.Integer(0) for a in uses})
    if any(isinstance(x, sp.Symbol) and x.name == name for x in bare.free_symbols):
        return None
    anchors = frozenset(a.indices[0] for a in uses)
    return name, anchors, f"{name}_{sorted(map(str, anchors))[0]}"


def _writes_entry(lhs: str, rhs: str, name: str, anchors: frozenset[sp.Basic],
                  parse: Callable[[str], object]) -> bool:  # fmt: skip
    """Does the step write an entry of ``name`` at an index other than its anchors?"""
    for side in (lhs, rhs):
        tree = _read(side, parse)
        if isinstance(tree, sp.Basic) and any(
            str(a.base.label) == name and not (len(a.indices) == 1 and a.indices[0] in anchors)
            for a in tree.atoms(sp.Indexed)
        ):
            return True
    return False


def _read(latex: str, parse: Callable[[str], object]) -> object:
    """``latex`` parsed, or None where it does not parse."""
    try:
        return parse(latex.strip().rstrip(".,;").strip())
    except (LatexError, ValueError, TypeError, ArithmeticError, sp.SympifyError):
        return None

