r"""Names that cancel on the side of a step that writes them: ``a`` in ``2(a - p) - 2(a - n)``.

The one-side guard of :mod:`verifier.documents.guesses` does not call a step FAILED when an undeclared name
appears on one side only: the notes may relate it to the other side in words the checker cannot read. A name
that cancels where it is written (``2(a - p) - 2(a - n) = 2n - 2p``) makes its side depend on it not at all,
so it can carry no such relation; a step wrong after the cancellation (``= 2(p - n)``) fails for every value
of it. This module owns finding those names (:func:`cancelled_names`); the guard counts them as related.

SymPy cancels some as it builds the tree: ``\frac{1}{\sigma}(2\sigma\theta)`` is ``2\theta`` before anything is
expanded, and the wrong ``= 2\sigma\theta`` after it was SKIPPED with σ "on one side only" (fresh36).
:func:`cancelled_in_writing` finds those from the side's LaTeX: the letters it writes plainly (no subscript nor
superscript after them, no accent: the tree's own name; not in a call's or a condition's bracket) that its tree no
longer has — only where the tree is
arithmetic (no call of an undefined function, no derivative or integral), so that only arithmetic can have lost them
(``\log \mathcal{L}(\theta|t,z)`` read without θ is a reading, and θ stays a name on one side).

A determinant or a trace of a matrix written entry by entry is worked out first (:func:`_worked_matrices`): β and δ
of ``\det\begin{pmatrix} 0 & -\beta\gamma/\delta \\ \delta\alpha/\beta & 0 \end{pmatrix}`` cancel in its
value αγ, and the wrong ``= -\alpha\gamma`` fails for every β, δ (fresh77's predator–prey equilibrium).
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.infer import names_in
from verifier.latex.tokenizer import Tokenizer
from verifier.latex.vocabulary import FNAME, GREEKT, IDENT, LETTER, TEXTNAME, LatexError

__all__ = ["cancelled_in_writing", "cancelled_names"]

_LARGEST = 120  # operations: a larger side is not expanded (the guard keeps its reason)


def cancelled_names(side: Iterable[sp.Basic]) -> set[str]:
    """The names the trees of one side write that their expanded form no longer writes (empty where a tree is
    too large to expand, or does not expand: a derivative, an unknown function keeps its names)."""
    out: set[str] = set()
    for tree in side:
        if not isinstance(tree, sp.Expr) or sp.count_ops(tree) > _LARGEST:
            continue
        try:
            expanded = sp.expand(_worked_matrices(tree))
        except (TypeError, ValueError, AttributeError, NotImplementedError):
            continue
        out |= names_in(tree) - names_in(expanded)
    return out


_WORKED = {"det": lambda m: m.det(), "tr": lambda m: m.trace()}
_LARGEST_MATRIX = 4  # rows: a larger determinant is left as written (its expansion is costly)


def _worked_matrices(tree: sp.Basic) -> sp.Basic:
    """``tree`` with each ``det``/``tr`` call of a square matrix written entry by entry replaced by its value."""
    calls = {c: _WORKED[c.func.__name__](c.args[0]) for c in tree.atoms(AppliedUndef)
             if c.func.__name__ in _WORKED and len(c.args) == 1 and isinstance(c.args[0], sp.MatrixBase)
             and c.args[0].is_square and c.args[0].rows <= _LARGEST_MATRIX}  # fmt: skip
    return tree.xreplace(calls) if calls else tree


_NAMES = frozenset({LETTER, GREEKT, IDENT, FNAME, TEXTNAME, "_RBRACE"})  # \mathcal{L}( lexes as IDENT; f_{i}( as }


def cancelled_in_writing(latex: str, side: Iterable[sp.Basic]) -> set[str]:
    """The letters ``latex`` (one side of a step) writes plainly that the trees of that side no longer write (empty
    where the side cannot be tokenized)."""
    try:
        tokens = Tokenizer(latex).run()
    except LatexError:
        return set()
    written: set[str] = set()
    calls: list[bool] = []  # per open bracket: is it a call's or a condition's (after a name), \mathcal{L}(\theta|t)
    for k, t in enumerate(tokens):
        if t.type == "_LPAREN":
            calls.append(k > 0 and (tokens[k - 1].type in _NAMES or bool(calls and calls[-1])))
        elif t.type == "_RPAREN" and calls:
            calls.pop()
        elif t.type in (LETTER, GREEKT) and not (calls and calls[-1]) \
                and (k + 1 == len(tokens) or tokens[k + 1].type not in ("_UNDERSCORE", "_CARET")):
            written.add(t.value)
    kept: set[str] = set()
    for tree in side:
        if not isinstance(tree, sp.Basic) or tree.atoms(AppliedUndef, sp.Derivative, sp.Subs, sp.Integral):
            return set()  # \mathcal{L}(\theta|t, z) read without θ: a reading dropped it, not arithmetic
        kept |= names_in(tree)
    return written - kept
