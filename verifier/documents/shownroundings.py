r"""Which numbers of a worked formula are roundings: those that round a value the earlier members show.

``\sigma(0.1) \approx 0.5 + 0.25 \cdot 0.2`` (0.55 against σ(0.1) = 0.525; the first-order value is ``0.5 + 0.25
\cdot 0.1``) was PASSED "within the rounding of the numbers written": documents.propagated took every decimal of
the later member that the earlier one does not write for a rounding, ±half a unit of its last digit, and 0.5 ± 0.05,
0.2 ± 0.05 cover the slip. A number the notes write as an input (0.2, 0.25) is not a rounding of something else;
a rounding is the rounded *result* of a computation the notes show — ``\frac{1}{1 + e^{-0.1}} = \frac{1}{1 + 0.9}``
writes 0.9 for the e^{-0.1} = 0.905 of the member before it, ``\sigma(2)(1 - \sigma(2)) = 0.881 \cdot 0.119`` rounds
σ(2) and 1 − σ(2).

This module owns that distinction (sound41): a decimal of the later member is a rounding when it is, to its own
places, a value (rounded or truncated, or off by a unit or two of its last digit: a wrong rounding is judged as one,
documents.termwise) of a computed part of an earlier member of the chain (a term or factor, or a group of
the terms of a sum or the factors of a product: ``\frac{0.3}{0.7} \cdot 0.5 = 0.429 \cdot 0.5``) — a proper part: the
value of a whole member is the chain's own value, and 0.5 for σ(0.1) is no rounding a formula of it writes; a number
written is an input, no computed part; the members are read unevaluated, so a product or a fraction the parser would
fold (``\frac{1}{3} + 5``) keeps its parts.
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
from sympy.core.parameters import evaluate

from verifier.documents.functions import FUNCTIONS
from verifier.documents.precision import agrees
from verifier.latex.numberwriting import decimal_points

__all__ = ["exact_inputs"]

_DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")
_MAX_PARTS = 400
_NEAR = 2  # units of a decimal's last digit within which it is read as a (maybe wrong) rounding of a part
_MAX_TERMS = 5  # the sub-sums and sub-products of a flattened sum or product read (2^5 groups at most)


def _parts(member: str) -> list[float] | None:
    """The values of the computed proper parts of ``member`` (a formula of numbers, read unevaluated: the written
    numbers are no parts), or None where it writes a name or a function the evaluation does not know, or cannot be
    read."""
    from verifier.latex import LatexError, parse_latex  # (the parser is heavy: only where a link needs it)

    try:
        with evaluate(False):  # 1/3 + 5 stays a sum with its 1/3 (the parser would fold it to 16/3)
            tree = parse_latex(decimal_points(member))
    except (LatexError, ValueError, TypeError, RecursionError, AttributeError):
        return None
    if not isinstance(tree, sp.Expr) or tree.free_symbols:
        return None
    if any(f.func.__name__ not in FUNCTIONS for f in tree.atoms(AppliedUndef)):
        return None
    nodes: list[sp.Expr] = []
    for node in list(sp.preorder_traversal(tree))[:_MAX_PARTS]:
        if isinstance(node, (sp.Add, sp.Mul)) and len(node.args) <= _MAX_TERMS:  # 0.3/0.7 of 0.3/0.7 · 0.5
            with evaluate(False):
                nodes += [node.func(*group) for k in range(2, len(node.args))
                          for group in itertools.combinations(node.args, k)]  # fmt: skip
        if node is not tree:
            nodes.append(node)
    out: list[float] = []
    modules = [dict(FUNCTIONS), "math"]
    for node in nodes:
        if not isinstance(node, sp.Expr) or node.is_Number:  # a number written is an input, not a result
            continue
        try:
            got = float(sp.lambdify([], node, modules)())
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
        # rounded, truncated, or a unit or two off (0.608 for e^{-0.5} = 0.6065: a wrong rounding, documents.termwise)
        if not any(agrees(v, x, places) or abs(abs(v) - x) <= _NEAR * 10.0**-places * (1 + 1e-9) for v in shown):
            out.add(m.group(0))
    return out
