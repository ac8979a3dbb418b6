r"""An entry of a family the notes give a number (``$x_0 = 1$``): a counterexample that ignores it shows no mistake.

The bias trick: "We add a constant feature $x_0 = 1$, so $$\sum_{j=0}^m \theta_j x_j = \theta_0 + \sum_{j=1}^m
\theta_j x_j$$". The checker reads x as a vector with an entry 0 and samples every entry, x₀ too: the step was FAILED
at a point with x₀ = −0.83 — a false alarm, the notes say what x₀ is. The reader learns no value for an entry (a
display ``$$x_0 = 1$$`` alone is "an equation between undeclared quantities").

This module owns reading such a statement against a FAILED step (:func:`entry_explains`): the formulas of the notes
that are exactly an entry of a name with a number subscript set to a number (``x_0 = 1``, ``h_{0} = 0``), and the
step's own counterexample evaluated again with those entries put in. Where the members then agree, the failure came
from an entry the notes fix: SKIPPED, naming it — never green (one point is no proof). Where they still differ (the
bias term dropped or doubled), the FAILED stands. Anything the evaluation cannot read (a matrix, a name the point does
not give, a value that is not a list of numbers) leaves the verdict as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sympy as sp

from verifier.documents.mathspans import formulas
from verifier.results import StepResult, Verdict

__all__ = ["entry_explains", "stated_entries"]

#: a formula that is only an entry set to a number: ``x_0 = 1``, ``\theta_{0} = 0.5``
_ENTRY = re.compile(r"^\s*\\?([A-Za-z]+)\s*_\s*(?:\{\s*(\d+)\s*\}|(\d))\s*=\s*(-?\d+(?:\.\d+)?)\s*[.,;]?\s*$")
#: a number of a counterexample's text (``[2.5, -0.3]ᵀ``)
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$")


def stated_entries(text: str) -> dict[tuple[str, int], float]:
    """The entries the notes' formulas give a number, by (name, index); an entry given two numbers is left out."""
    seen: dict[tuple[str, int], set[float]] = {}
    for f in formulas(text):
        m = _ENTRY.match(f.body)
        if m is not None:
            seen.setdefault((m.group(1), int(m.group(2) or m.group(3))), set()).add(float(m.group(4)))
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _numbers(value: str) -> list[float] | None:
    """The numbers of a counterexample's value (a number or a vector), or None."""
    parts = value.strip().rstrip("ᵀ").strip("[]").split(",")
    out = [p.strip() for p in parts]
    return [float(p) for p in out] if all(_NUMBER.match(p) for p in out) else None


def _value(tree: sp.Basic, scalars: dict[sp.Symbol, sp.Expr], vectors: dict[str, list[float]]) -> float | None:
    """``tree`` at the point (sizes and scalars put in, sums written out, entries replaced), or None."""
    if not isinstance(tree, sp.Expr) or tree.is_Matrix:
        return None
    try:
        done = tree.xreplace(scalars).doit()
        entries = {}
        for e in done.atoms(sp.Indexed):
            values = vectors.get(str(e.base.label))
            k = e.indices[0] if len(e.indices) == 1 else None
            if values is None or k is None or not k.is_Integer or not 0 <= int(k) < len(values):
                return None
            entries[e] = sp.Float(values[int(k)])
        out = sp.N(done.xreplace(entries))
    except (TypeError, ValueError, AttributeError, ArithmeticError, RecursionError):
        return None  # a recurrence written out at the point's t nests too deep (an RNN's h_t, gaps68): not read
    return float(out) if out.is_number and out.is_real else None


def entry_explains(trees: Sequence[sp.Basic], r: StepResult, stated: dict[tuple[str, int], float]) -> str | None:
    """The reason to SKIP the FAILED ``r`` (members ``trees``) whose counterexample holds once the ``stated`` entries
    are put in; None where it does not, or cannot be read (module docstring)."""
    if r.verdict is not Verdict.FAILED or r.counterexample is None or len(trees) != 2 or not stated:
        return None
    point = r.counterexample.point_dict()
    put = {(name, k): v for (name, k), v in stated.items() if name in point}
    if not put:
        return None
    scalars: dict[sp.Symbol, sp.Expr] = {}
    vectors: dict[str, list[float]] = {}
    symbols = {s.name: s for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)}
    for name, text in point.items():
        values = _numbers(text)
        if values is None:
            return None
        if text.strip().startswith("["):
            vectors[name] = values
        elif name in symbols:
            scalars[symbols[name]] = sp.Integer(int(values[0])) if values[0] == int(values[0]) else sp.Float(values[0])
    for (name, k), v in put.items():
        if name not in vectors or not 0 <= k < len(vectors[name]):
            return None
        vectors[name][k] = v
    left, right = (_value(t, scalars, vectors) for t in trees)
    if left is None or right is None or abs(left - right) > 1e-9 * (1 + abs(left) + abs(right)):
        return None
    said = ", ".join(f"{name}_{k} = {v:g}" for (name, k), v in sorted(put.items()))
    return (f"fails only where {said} is not what the notes state: at its counterexample with {said} put in, the "
            f"members agree (the checker does not read a stated entry's value; read literally: {r.message})")
