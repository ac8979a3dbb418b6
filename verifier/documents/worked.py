r"""Worked numbers in vectors: ``[1, \sigma(-6), \sigma(6)] = [1, 0.002473, 0.9975]``, entry by entry.

Homework solutions write a forward pass as a list of values, each rounded to the digits the author
kept (six decimals for a small entry, four for a large one). A step whose failing entry agrees to
the written precision said nothing of the others (:meth:`verifier.documents.guesses._Guesses._rounded`);
this module compares them all: each entry of the computed side against the number written in the
same place, to *that* number's own decimals (an integer exactly). Every entry agreeing is the step
holding to the precision written; otherwise nothing is concluded here.
"""

from __future__ import annotations

import math
import re

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.functions import FUNCTIONS
from verifier.documents.precision import agrees
from verifier.latex.braces import split_top_level

__all__ = [
    "entry_text",
    "entrywise_mismatch",
    "entrywise_rounded",
    "exact_difference",
    "formula_value",
    "number_value",
]

# a number as written: its decimals are the digits after the point (none: an integer)
_NUMBER = re.compile(r"(?<![\w.}])-?\s*\d+(?:\.(\d+))?(?![\w.])")


def formula_value(latex: str, values: dict[sp.Symbol, sp.Rational] | None = None) -> float | None:
    """The value of the LaTeX ``latex`` when it is a formula of numbers alone (π the number, σ and the like the
    registry's functions), else None: read with the project's parser, never sympify. ``values``: names taken at
    the values the notes state (documents.fractionterms), the formula then one of numbers and those names."""
    from verifier.latex import LatexError, parse_latex  # (the parser is heavy: only where a link needs it)

    try:
        tree = parse_latex(latex)
    except (LatexError, ValueError, TypeError, RecursionError):
        return None
    if not isinstance(tree, sp.Expr):
        return None
    tree = tree.xreplace({**(values or {}), sp.Symbol("pi"): sp.pi})
    return None if tree.free_symbols else number_value(tree)


def number_value(entry: sp.Basic) -> float | None:
    """The number ``entry`` stands for (built-in functions such as σ applied), or None."""
    known = [f for f in entry.atoms(AppliedUndef)]
    if any(f.func.__name__ not in FUNCTIONS for f in known):
        return None
    try:
        done = entry.replace(
            lambda e: isinstance(e, AppliedUndef) and e.func.__name__ in FUNCTIONS,
            lambda e: FUNCTIONS[e.func.__name__](*e.args),
        )
        if done.free_symbols:
            return None
        out = complex(sp.N(done, 30))
    except (TypeError, ValueError, ArithmeticError):
        return None
    return out.real if abs(out.imag) < 1e-12 and math.isfinite(out.real) else None


def exact_difference(a: sp.Basic, b: sp.Basic) -> float | None:
    """``a - b`` for two formulas of numbers (π and e the constants, σ and the like the registry's functions),
    exact where it can be (sympy's rationals; 30 digits past the cancellation, evalf's adaptive precision), or
    None: ``10^{20} + 0.5`` against ``10^{20} + 1`` is -0.5, where their 15-digit floats are one number."""
    constants = {sp.Symbol("pi"): sp.pi, sp.Symbol("e"): sp.E}
    if any(f.func.__name__ not in FUNCTIONS for t in (a, b) for f in t.atoms(AppliedUndef)):
        return None
    try:
        done = [t.xreplace(constants).replace(lambda e: isinstance(e, AppliedUndef) and e.func.__name__ in FUNCTIONS,
                                              lambda e: FUNCTIONS[e.func.__name__](*e.args)) for t in (a, b)]
        if any(t.free_symbols for t in done):
            return None
        out = complex(sp.N(done[0] - done[1], 30))
    except (TypeError, ValueError, ArithmeticError):
        return None
    return out.real if abs(out.imag) < 1e-12 and math.isfinite(out.real) else None


def _agrees(value: float, written: float, decimals: int) -> bool:
    if decimals == 0:
        return abs(value - written) <= 1e-12 * max(1.0, abs(value))
    return agrees(value, written, decimals)  # rounded or truncated (2.718… written 2.71): documents.precision


def entrywise_rounded(trees: tuple[sp.Basic, sp.Basic], texts: tuple[str, str]) -> str | None:
    """Why the step holds to the precision written (every entry agrees with the number written in
    its place, to that number's decimals), or None. ``trees``/``texts``: the two members."""
    a, b = trees
    if not (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)) or a.shape != b.shape:
        return None
    for side in (0, 1):
        written, computed = (a, b)[side], (a, b)[1 - side]
        if not all(isinstance(e, sp.Rational) for e in written):
            continue
        numbers = list(_NUMBER.finditer(texts[side]))
        if len(numbers) != len(written):
            continue
        pairs = []
        for n, w, c in zip(numbers, written, computed, strict=True):
            value = number_value(c)
            if value is None or abs(float(n.group(0).replace(" ", "")) - float(w)) > 1e-12 * max(1.0, abs(float(w))):
                return None
            pairs.append((value, float(w), len(n.group(1) or "")))
        if all(_agrees(v, w, d) for v, w, d in pairs):
            return "every entry equal to the number written in its place, to that number's decimals"
        return None
    return None


def entrywise_mismatch(trees: tuple[sp.Basic, sp.Basic], texts: tuple[str, str]) -> str | None:
    """The first entry that differs from the number written in its place at that number's own
    decimals, said with both values (the step's other checks decide the verdict), or None."""
    a, b = trees
    if not (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)) or a.shape != b.shape:
        return None
    for side in (0, 1):
        written, computed = (a, b)[side], (a, b)[1 - side]
        numbers = list(_NUMBER.finditer(texts[side]))
        if not all(isinstance(e, sp.Rational) for e in written) or len(numbers) != len(written):
            continue
        for k, (n, w, c) in enumerate(zip(numbers, written, computed, strict=True)):
            value = number_value(c)
            decimals = len(n.group(1) or "")
            if value is not None and not _agrees(value, float(w), decimals):
                return f"entry {k + 1} is {value:.6g}, not {n.group(0).strip()} to the {decimals} decimals written"
        return None
    return None


# a vector written as a tuple or a matrix environment: its delimiters around the entries
_TUPLE = re.compile(r"^\s*(?:\\left\s*)?[(\[]\s*(?P<body>.*?)\s*(?:\\right\s*)?[)\]]\s*[.,;]?\s*$", re.S)
_MATRIX = re.compile(r"^\s*\\begin\{[pbBvV]?matrix\}(?P<body>.*)\\end\{[pbBvV]?matrix\}\s*[.,;]?\s*$", re.S)
_ENTRY = re.compile(r"^\[(\d+), (\d+)\]$")


def entry_text(member: str, entry: str) -> str | None:
    r"""The LaTeX of entry ``entry`` (a counterexample's ``"[3, 1]"``) of ``member``, a vector written whole: a tuple
    ``\left(a, b, c\right)`` or ``[a, b, c]`` (its k-th item for entry [k, 1] or [1, k]) or a one-column or one-row
    matrix environment; None for anything else (a name, a product, a matrix of several rows and columns)."""
    at = _ENTRY.match(entry)
    if at is None:
        return None
    row, col = int(at.group(1)), int(at.group(2))
    if (m := _MATRIX.match(member)) is not None:
        rows = [r.split("&") for r in re.split(r"\\\\", m.group("body")) if r.strip()]
        if len(rows) >= row and all(len(r) >= col for r in rows):
            cell = rows[row - 1][col - 1].strip()
            return cell if cell and (len(rows) == 1 or all(len(r) == 1 for r in rows)) else None
        return None
    if (m := _TUPLE.match(member)) is None or 1 not in (row, col) or not _balanced(m.group("body")):
        return None  # (a, b)(c, d): two groups, not one vector
    items = [x.strip() for x in split_top_level(m.group("body"), lambda t, k: t[k] == ",")]
    k = max(row, col)
    return items[k - 1] if len(items) >= k and len(items) > 1 and items[k - 1] else None


def _balanced(text: str) -> bool:
    """Does no bracket of ``text`` close one opened before it (``a, b)(c, d`` does)?"""
    depth = 0
    for ch in text:
        depth += (ch in "{([") - (ch in "})]")
        if depth < 0:
            return False
    return depth == 0
