r"""Which numbers of a worked formula are roundings: those that round a value the earlier members show.

``\sigma(0.1) \approx 0.5 + 0.25 \cdot 0.2`` (0.55 against σ(0.1) = 0.525; the first-order value is ``0.5 + 0.25
\cdot 0.1``) was PASSED "within the rounding of the numbers written": documents.propagated took every decimal of
the later member that the earlier one does not write for a rounding, ±half a unit of its last digit, and 0.5 ± 0.05,
0.2 ± 0.05 cover the slip. A number the notes write as an input (0.2, 0.25) is not a rounding of something else;
a rounding is the rounded *result* of a computation the notes show — ``\frac{1}{1 + e^{-0.1}} = \frac{1}{1 + 0.9}``
writes 0.9 for the e^{-0.1} = 0.905 of the member before it, ``\sigma(2)(1 - \sigma(2)) = 0.881 \cdot 0.119`` rounds
σ(2) and 1 − σ(2).

This module owns that distinction (sound41): a decimal of the later member is a rounding when it is, to its own
places, a value (rounded or truncated) of a part of an earlier member of the chain (a term or factor, or a group of
the terms of a sum or the factors of a product: ``\frac{0.3}{0.7} \cdot 0.5 = 0.429 \cdot 0.5``) — a proper part: the
value of a whole member is the chain's own value, and 0.5 for σ(0.1) is no rounding a formula of it writes; the written
numbers are kept as names while the members are read, so a product of decimals the parser would fold stays a part.
Every other decimal is an exact input (documents.propagated gives it no box; an ``\approx`` to a formula of exact
inputs is then judged to the places of its value, documents.workedrounding). Where an earlier member writes a
name, an unknown function or cannot be read, every decimal stays a possible rounding, as before.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.functions import FUNCTIONS
from verifier.documents.precision import agrees
from verifier.latex.numberwriting import decimal_points

__all__ = ["exact_inputs"]

_DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")
#: names the written decimals are read as (one not written in the member)
_NAMES = ("alpha", "beta", "kappa", "lambda", "mu", "nu", "rho", "tau", "xi", "zeta", "eta", "chi", "psi", "omega")
_MAX_PARTS = 400
_MAX_TERMS = 5  # the sub-sums and sub-products of a flattened sum or product read (2^5 groups at most)


def _parts(member: str) -> list[float] | None:
    """The values of the proper parts of ``member`` (a formula of numbers), or None where it writes a name or a
    function the evaluation does not know, or cannot be read."""
    from verifier.latex import LatexError, parse_latex  # (the parser is heavy: only where a link needs it)

    text = decimal_points(member)
    free = [n for n in _NAMES if f"\\{n}" not in text]
    found = list(_DECIMAL.finditer(text))
    if len(found) > len(free):
        return None
    values: dict[sp.Symbol, float] = {}
    for k, m in reversed(list(enumerate(found))):
        text = text[: m.start()] + rf"(\{free[k]})" + text[m.end():]
        values[sp.Symbol(free[k])] = float(m.group(0))
    try:
        tree = parse_latex(text)
    except (LatexError, ValueError, TypeError, RecursionError):
        return None
    if not isinstance(tree, sp.Expr) or not tree.free_symbols <= set(values):
        return None
    if any(f.func.__name__ not in FUNCTIONS for f in tree.atoms(AppliedUndef)):
        return None
    out: list[float] = []
    names = list(values)
    modules = [dict(FUNCTIONS), "math"]
    nodes: list[sp.Expr] = []
    for node in list(sp.preorder_traversal(tree))[:_MAX_PARTS]:
        if isinstance(node, (sp.Add, sp.Mul)) and len(node.args) <= _MAX_TERMS:  # 0.3/0.7 of 0.3/0.7 · 0.5
            nodes += [node.func(*group) for k in range(2, len(node.args))
                      for group in itertools.combinations(node.args, k)]  # fmt: skip
        if node is not tree:
            nodes.append(node)
    for node in nodes:
        if not isinstance(node, sp.Expr) or node in values or node.is_Integer:
            continue
        try:
            got = float(sp.lambdify(names, node, modules)(*values.values()))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError, NameError, AttributeError):
            continue
        if math.isfinite(got):
            out.append(got)
    return out


def exact_inputs(earlier: Sequence[str], later: str) -> set[str] | None:
    r"""The decimals of ``later`` (as written) that round no part of the ``earlier`` members (module docstring):
    exact inputs, no rounding; None where an earlier member cannot be read so (every decimal may be a rounding)."""
    shown: list[float] = []
    for member in earlier:
        parts = _parts(member)
        if parts is None:
            return None
        shown += parts
    out: set[str] = set()
    for m in _DECIMAL.finditer(decimal_points(later)):
        x, places = float(m.group(0)), len(m.group(2))
        if not any(agrees(v, x, places) or agrees(-v, x, places) for v in shown):
            out.add(m.group(0))
    return out
