r"""The next step of a rounding bracket beyond every sample: ``\lfloor x/5000 \rfloor`` with x > 0 sampled to 10³.

A floor or a ceiling is constant between the points where its argument crosses an integer. Where every sample
of a symbol keeps the argument between two integers, the numbers say nothing of the rest of the declared range:
``\lfloor x/5000 \rfloor = 0`` for a positive x (sampled over 10⁻³ … 10³) was PASSED, though it steps to 1 at
x = 5000 (redcat62 left it, redcat63 closed it). The levels next to the sampled ones are the candidates: for an
argument ``g`` of one symbol, the integers just below and above ``g`` at the smallest and the largest sample, and
``g - k`` for each is a zero set whose roots (:func:`verifier.breakpoints.unsampled_root`: a polynomial's exact roots,
or those of an equation through exp, log or a trigonometric function, ``\lfloor \log(x)/10 \rfloor`` at e^{-10} and
e^{10}) are where the bracket may step. One inside the declared range and beyond the samples leaves a PASSED step
SKIPPED, as a Max's breakpoint there does (``engine._beyond_samples``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import sympy as sp

from verifier.walker import atoms_of

__all__ = ["rounding_levels"]


def rounding_levels(parts: Iterable[object], sampled: Mapping[sp.Symbol, tuple[float, float]]) -> list[sp.Expr]:
    """``g - k`` for each floor or ceiling argument ``g`` of one sampled symbol and each integer ``k`` next to the
    values ``g`` takes at that symbol's smallest and largest sample: where the bracket steps next."""
    levels: list[sp.Expr] = []
    for g in {node.args[0] for node in atoms_of(parts, (sp.floor, sp.ceiling))}:  # each distinct argument once
        if len(g.free_symbols) != 1 or (sym := next(iter(g.free_symbols))) not in sampled:
            continue
        for end in sampled[sym]:
            try:
                value = float(g.xreplace({sym: sp.Float(end, 30)}))
            except (TypeError, ValueError, OverflowError):
                continue
            if math.isfinite(value):
                k = math.floor(value)
                levels.extend(g - level for level in (k, k + 1) if g - level != 0)
    return levels
