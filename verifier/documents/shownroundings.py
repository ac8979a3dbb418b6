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
A part whose value is the chain's own is no part either (sound42: ``\frac{1}{1 + e^{-0.1}}`` is read ``1 \cdot (1 +
e^{-0.1})^{-1}``, whose factor made 0.5 a rounding of σ(0.1) in ``\approx 0.5 + 0.25 \cdot 0.2``, which ``\sigma(0.1)``
did not), and a unit or two off is a rounding only of a decimal of two significant digits or more (0.6 is not
0.67's). A decimal that rounds a value the members before *imply* is a rounding too (sound42): where it is the one
number of the later member they do not write, and putting in its place a part, a number written, the whole, or
one regrouping of two of them (a ratio, product, sum, difference, square, root or reciprocal) that it rounds gives
the earlier value exactly — ``\frac{\sqrt{2}}{\sqrt{3}} \approx \sqrt{0.67}`` (2/3), ``\frac{2}{1 + e^{-1}} \approx
\frac{1}{0.68}`` ((1 + e^{-1})/2). With other numbers of its own beside it (``0.5 + 0.25 \cdot 0.2``), what it
would stand for depends on inputs the notes do not show: no rounding.
Every other decimal is an exact input (documents.propagated gives it no box; an ``\approx`` to a formula of exact
inputs is then judged to the places of its value, documents.workedrounding). Where an earlier member writes a
name, an unknown function or cannot be read, every decimal stays a possible rounding, as before.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.core.parameters import evaluate

from verifier.documents.functions import FUNCTIONS
from verifier.documents.precision import agrees, significant_digits
from verifier.latex.numberwriting import decimal_points

__all__ = ["copied_inputs", "exact_inputs", "stated_copies"]

_DECIMAL = re.compile(r"(?<![\d.])(\d*)\.(\d+)(?![\d.])")
_MAX_PARTS = 400
_NEAR = 2  # units of a decimal's last digit within which it is read as a (maybe wrong) rounding of a part
_MAX_TERMS = 5  # the sub-sums and sub-products of a flattened sum or product read (2^5 groups at most)
_MAX_IMPLIED = 40  # the values of the members before whose pairs are regrouped (1,600 pairs at most)
_MAX_TRIED = 24  # the implied values a lone decimal rounds that are put in its place


def _read(member: str) -> tuple[list[float], list[float], float] | None:
    """The values of the computed proper parts of ``member`` (a formula of numbers, read unevaluated), of the
    numbers it writes, and its own value; None where it writes a name or a function the evaluation does not know,
    or cannot be read."""
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
    whole = _value(tree)
    if whole is None:
        return None
    parts: list[float] = []
    numbers: list[float] = []
    for node in nodes:
        if isinstance(node, sp.Expr) and (got := _value(node)) is not None:
            (numbers if node.is_Number else parts).append(got)  # a number written is an input, not a result
    return parts, numbers, whole


def _value(node: sp.Expr) -> float | None:
    """The float value of a formula of numbers, or None (also where the printer cannot write it: an integral,
    ``\\int_0^1 x \\, dx = 1e-2`` was an internal ERROR; review62)."""
    try:
        got = float(sp.lambdify([], node, [dict(FUNCTIONS), "math"])())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, NameError, AttributeError, NotImplementedError):
        # NotImplementedError: lambdify prints no Integral (\int_0^1 2e^x dx = (2 \cdot 10^{-2})): no number here
        return None
    return got if math.isfinite(got) else None


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def exact_inputs(earlier: Sequence[str], later: str) -> set[str] | None:
    r"""The decimals of ``later`` (as written) that round no part of the ``earlier`` members (module docstring):
    exact inputs, no rounding; None where an earlier member cannot be read so (every decimal may be a rounding)."""
    read = [_read(member) for member in earlier]
    if any(r is None for r in read):
        return None
    wholes = [r[2] for r in read if r is not None]
    # a part whose value is the chain's own is no part: 1/(1 + e^{-0.1}) is read 1·(1 + e^{-0.1})^{-1} (sound42)
    shown = [v for r in read if r is not None for v in r[0] if not any(_same(v, w) for w in wholes)]
    text = decimal_points(later)
    out: set[str] = set()
    for m in _DECIMAL.finditer(text):
        x, places = float(m.group(0)), len(m.group(2))
        # rounded, truncated, or a unit or two off (0.608 for e^{-0.5} = 0.6065: a wrong rounding, documents.termwise)
        # — of two significant digits or more: a one-digit 0.6 two units off is 0.4 to 0.8, no rounding (sound42)
        near = _NEAR * 10.0**-places * (1 + 1e-9) if significant_digits(x, places) >= 2 else 0.0
        if not any(agrees(v, x, places) or abs(abs(v) - x) <= near for v in shown):
            out.add(m.group(0))
    written = {n.group(0) for member in earlier for n in _DECIMAL.finditer(decimal_points(member))}
    alone = [m for m in _DECIMAL.finditer(text) if m.group(0) not in written]
    if len(alone) == 1 and alone[0].group(0) in out and wholes:  # the one number the members before do not write
        implied = [v for r in read if r is not None for v in (*r[0], *r[1], r[2])]
        if _rounds_implied(text, alone[0], implied, wholes[0]):
            out.discard(alone[0].group(0))
    return out


def stated_copies(later: str, stated: Sequence[str]) -> set[str]:
    r"""The decimals of ``later`` (as written) that a value the notes state writes too (``\eta = 0.1``, ``w = 0.2``):
    the stated value copied into a worked member, no rounding of it. Where the earlier member writes names
    (``w - \eta(4w - 2) = 0.2 - 0.1 \cdot (-1.6)``), :func:`exact_inputs` cannot tell, and 0.2 ± 0.05 and 0.1 ± 0.05
    covered the wrong -1.6 for -1.2 (redlead64)."""
    written = Counter(m.group(0) for text in stated for m in _DECIMAL.finditer(decimal_points(text)))
    # more copies of 0.3 than stated values write (a = 0.3, then 0.3 + 0.3 for a + √2/5): one may be a rounding
    seen = Counter(m.group(0) for m in _DECIMAL.finditer(decimal_points(later)))
    return {x for x, n in seen.items() if 0 < n <= written[x]}


def complements(stated: Sequence[str]) -> list[str]:
    r"""``= c`` (c = 1 - d) for each decimal ``d`` in (0, 1) the ``stated`` values write (``\beta_1 = 0.9``): Adam's and
    RMSProp's ``(1 - \beta_1) g_t`` is worked as ``0.1 \cdot 2``, and that 0.1 is exact, no rounding whose half
    unit (50% of it) covered a wrong gradient (cover66: ``0.9 \cdot 0.2 + 0.1 \cdot 4 = 0.58`` for 0.38 PASSED). The
    complement alone: written ``1 - 0.3 = 0.7`` it counted the stated 0.3 a second time, and ``a + \sqrt{2}/5 = 0.3 +
    0.3`` lost the rounding its second 0.3 is (redlead64's test, on the merge)."""
    from decimal import Decimal

    out: list[str] = []
    for text in stated:
        for m in _DECIMAL.finditer(decimal_points(text.split("=", 1)[-1])):
            value = Decimal(m.group(0))
            if 0 < value < 1:
                out.append(f"= {Decimal(1) - value}")  # the complement alone: d is counted once, as stated
    return out


def computed_results(text: str, before: int, earlier: Sequence[str], parse: Any) -> list[str]:
    r"""``name = decimal`` for each name an ``earlier`` member writes whose value the notes computed exactly on a line
    before ``before``: a formula ``w_1 = … = 0 - 0.1 \cdot (-2) = 0.2`` whose last member is a decimal and the one
    before it a formula of numbers worth exactly that (no ``\approx``). Copied into a later worked member
    (``w_1 - \eta g(w_1) = 0.2 - 0.1 \cdot (-1.6)``), such a decimal is the iterate itself, no rounding, as a value
    the prose states is (:func:`stated_copies`; wrong65: 0.2 ± 0.05 covered a wrong gradient). A value the notes
    rounded (``v_2 = \frac{1}{3} = 0.3333``) is not exact and stays a possible rounding."""
    from verifier.documents.context import key_of
    from verifier.documents.mathspans import formulas
    from verifier.latex import LatexError
    from verifier.latex.braces import split_top_equals

    written: set[Any] = set()
    for member in earlier:
        try:
            tree = parse(member)
        except LatexError:
            continue
        if isinstance(tree, sp.Basic):
            written |= {key_of(a) for a in tree.atoms(sp.Symbol, sp.Indexed)} - {None}
    # a worked iterate (\theta_2) is computed from the entries below it: \theta_1 = 0.9 copied is that iterate
    written |= {(label, (str(k),)) for label, index in list(written) if len(index) == 1 and index[0].isdigit()
                for k in range(int(index[0]))}  # fmt: skip
    out: list[str] = []
    for f in formulas(text):
        if f.line >= before or "=" not in f.body or "\\approx" in f.body:
            continue
        members = [m.strip().rstrip(".,;").strip() for m in split_top_equals(f.body)]
        if len(members) < 3 or not _DECIMAL.fullmatch(members[-1].lstrip("-")):
            continue
        try:
            name, value = parse(members[0]), parse(members[-2])
        except LatexError:
            continue
        if not isinstance(name, sp.Basic) or key_of(name) not in written or not isinstance(value, sp.Basic):
            continue
        if value.free_symbols or value.atoms(AppliedUndef) or not value.is_Rational:
            continue
        if value == sp.Rational(members[-1]):
            out.append(f"{members[0]} = {members[-1]}")
    return out


def copied_inputs(earlier: Sequence[str], later: str) -> set[str]:
    r"""The decimals of ``later`` copied verbatim from a number the ``earlier`` members write, with fewer places
    than another decimal beside them that they do not write (``-\log 0.5761 + \frac{0.1}{2} \approx 0.5514 + 0.1``):
    the input copied, exact — no rounding of a term (0.1/2 = 0.05 rounds half up to 0.1, and read so, its box
    covered the slip: fresh42). A writer rounding one term to four places rounds the next to four too; at the same
    places (``0.1 + 0.1`` for 0.099 + 0.1) it may be a rounding."""
    written = {n.group(0) for member in earlier for n in _DECIMAL.finditer(decimal_points(member))}
    found = list(_DECIMAL.finditer(decimal_points(later)))
    fine = max((len(m.group(2)) for m in found if m.group(0) not in written), default=0)
    return {m.group(0) for m in found if m.group(0) in written and len(m.group(2)) < fine}


def _rounds_implied(text: str, decimal: re.Match[str], implied: list[float], whole: float) -> bool:
    r"""Is ``decimal`` (the one number of ``text`` the members before do not write) a rounding of a value they imply:
    a part, a number written, the whole, or one regrouping of two of them — put in its place, it gives ``whole``
    exactly (``\frac{\sqrt 2}{\sqrt 3} \approx \sqrt{0.67}``: 2/3; ``\frac{2}{1 + e^{-1}} \approx
    \frac{1}{0.68}``: (1 + e^{-1})/2)?"""
    from verifier.latex import LatexError, parse_latex  # (the parser is heavy: only where a link needs it)

    x, places = float(decimal.group(0)), len(decimal.group(2))
    base = list(dict.fromkeys(implied))[:_MAX_IMPLIED]
    values = set(base)
    for a in base:
        values |= {-a, a * a} | ({1 / a} if a else set()) | ({math.sqrt(a)} if a > 0 else set())
        for b in base:
            values |= {a + b, a - b, a * b} | ({a / b} if b else set())
    near = sorted(v for v in values if math.isfinite(v) and agrees(v, x, places))[:_MAX_TRIED]
    if not near:
        return False
    try:
        tree = parse_latex(text[: decimal.start()] + r"(\xi)" + text[decimal.end():])
    except (LatexError, ValueError, TypeError, RecursionError, AttributeError):
        return False
    xi = sp.Symbol("xi")
    if not isinstance(tree, sp.Expr) or tree.free_symbols != {xi}:
        return False
    f = sp.lambdify([xi], tree, [dict(FUNCTIONS), "math"])
    for v in near:
        try:
            got = float(f(v))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError, NameError, AttributeError):
            continue
        if math.isfinite(got) and _same(got, whole):
            return True
    return False
