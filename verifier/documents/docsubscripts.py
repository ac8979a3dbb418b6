r"""A name written with a letter subscript in another display: a vector there, bounded like a transpose.

Shape inference reads ``x_n`` written in any display of the notes as evidence that a bare ``x`` is a
vector ("written with a subscript elsewhere in the notes", :func:`verifier.documents.infer.infer_scope`).
Document-wide, that reached across problems: a homework whose first problem sums ``x_n (y_n - w x_n)``
and whose second works the univariate density ``\log \mathcal{N}(x; \mu, \sigma^2)`` read x as a vector
in the second, μ as the mean of a vector and σ² as no covariance matrix: the correct step SKIPPED.

Here a subscript written in another problem of a homework ("**Q1.**", "Problem 2": ``across_problems`` of
documents.partscope) is no evidence; else, as for a transpose (doctransposes.transposed_for), it counts
where it reaches the chain's line (partscope: the same part, or the setup of an enclosing one), and from
another part only for a name the chain never uses as a number: a power of it, a total derivative written
with d, or the variable of a normal density whose variance is written as a square (``\sigma^2``: one
variable; a vector's is a matrix Σ or ``\sigma^2 I``).

A total is no vector either (asis69): notes that count per class write ``m_j = \sum_i [y^{(i)} = j]`` and then
"using that $m = m_0 + m_1$" (``n = \sum_k n_k``): the bare letter is the sum of its subscripted forms, a number
(a vector is not the sum of its own entries). Where the notes state that and the chain divides by the bare letter
(``\phi = \frac{m_1}{m}``: no vector is a divisor there), the subscript is no evidence that it is a vector
(:func:`stated_total`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Key
from verifier.documents.doctransposes import used_as_number
from verifier.documents.infer import subscripted_names
from verifier.documents.partscope import OTHER, across_problems, relation

__all__ = ["stated_total", "subscript_lines", "subscripted_for"]

#: a subscripted form of the letter (filled in): ``m_0``, ``m_{1}``, ``n_k``
_PART = r"{name}\s*_\s*(?:\{{\s*\w+\s*\}}|\w)"
_LIMIT = r"(?:\{{[^{{}}]*\}}|\w)"
#: the formula opens with the letter (``$m = …``, ``&``, a line's start), and ends after the last part
_OPENS = r"(?:^|[$&{{]|\\[\[(])\s*{name}\s*=\s*"
_ENDS = r"\s*(?=[.,;$]|\\\\|\\[\])]|$)"
#: ``m = m_0 + m_1``, ``N = N_1 + \dots + N_K``, ``n = \sum_{k} n_k`` (filled in with the letter)
_TOTAL = (_OPENS + r"(?:(?:" + _PART + r"\s*\+\s*(?:\\[lc]?dots\s*\+\s*)?)+" + _PART + r"|\\sum\s*(?:_\s*" + _LIMIT
          + r"(?:\s*\^\s*" + _LIMIT + r")?)?\s*" + _PART + r")" + _ENDS)


def subscript_lines(trees: Iterable[tuple[sp.Basic, int]]) -> tuple[dict[Key, str], dict[Key, list[int]]]:
    """In one walk of the displays' trees: the names written with letter subscripts and their kinds (the first
    tree's kind wins, as in :func:`~verifier.documents.infer.subscripted_names` of all of them), and the lines of
    the displays that write each so, in order."""
    kinds: dict[Key, str] = {}
    out: dict[Key, list[int]] = {}
    for tree, line in trees:
        for key, kind in subscripted_names([tree]).items():
            kinds.setdefault(key, kind)
            if line not in out.get(key, []):
                out.setdefault(key, []).append(line)
    return kinds, {k: sorted(v) for k, v in out.items()}


def _univariate(key: Key, own: Iterable[sp.Basic]) -> bool:
    r"""Is ``key`` the variable of a normal density the chain writes with a squared variance?"""
    for tree in own:
        for node in tree.atoms(AppliedUndef):
            x = node.args[0] if node.func.__name__ == "normal" and len(node.args) == 3 else None
            if not (isinstance(x, sp.Symbol) and x.name == key[0]):
                continue
            var = node.args[2]
            if isinstance(var, sp.Pow) and var.exp == 2 and isinstance(var.base, sp.Symbol):
                return True
    return False


def stated_total(key: Key, own: Iterable[sp.Basic], notes: str) -> bool:
    r"""Does the chain divide by the bare ``key`` and the ``notes`` state it as the total of its subscripted forms
    (``m = m_0 + m_1``)? Then it is a number, the subscripted forms names of their own (see the module)."""
    if key[1] or len(key[0]) != 1:
        return False
    divides = any(isinstance(node.base, sp.Symbol) and node.base.name == key[0] and node.exp.is_negative
                  for tree in own for node in tree.atoms(sp.Pow))  # fmt: skip
    return divides and re.search(_TOTAL.format(name=re.escape(key[0])), notes, re.M) is not None


def subscripted_for(
    subscripted: Mapping[Key, str], lines: Mapping[Key, list[int]], text: Sequence[str], line: int,
    own: Iterable[sp.Basic], latex: str,
) -> dict[Key, str]:
    """The subscripted names (their kinds) a chain at ``line`` of the notes ``text`` takes: those written so
    where it reaches the chain, and those written so elsewhere that the chain does not use as a number."""
    trees = list(own)
    out: dict[Key, str] = {}
    notes = "\n".join(text)
    for key, kind in subscripted.items():
        if stated_total(key, trees, notes):
            continue  # φ = m_1/m "using that $m = m_0 + m_1$": a total, a number
        written = lines.get(key, [])
        at = [s for s in written if not across_problems(text, s, line)]  # another problem's x: not this x
        if written and not at:
            continue
        if not at or any(relation(text, s, line) != OTHER for s in at):
            out[key] = kind
        elif not (key[1] == () and (used_as_number(key, trees, latex) or _univariate(key, trees))):
            out[key] = kind
    return out
