r"""A summand that compares its sum's index with a number uses the index as a value (sound38; redteam37's guard,
documents.bracketsizes, kept the PROVED out from outside).

``everysize._index_as_value`` read every comparison inside a summand as a position (``j \neq i``, two indices),
so ``\sum_{i=1}^{n} [i \le 2] = 2`` (false at n = 1) was PROVED from the sizes 3, 4, 5, and ``[i = 41]`` was kept
green only by the guard. A comparison of the index with a number is a value: the step needs an argument for
every size, and a bracket ``[i = c]`` is summed in closed form (closedsums: a Kronecker delta), so a size where
the claim fails is found and checked as written. Every example is written here."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.everysize import uses_size_as_value


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(f"# Sums\n\n$${display}$$\n")]


def test_a_comparison_with_a_number_is_a_value_use() -> None:
    i, j, n = sp.symbols("i j n")
    bracket = sp.Sum(sp.Piecewise((1, sp.Eq(i, 41)), (0, True)), (i, 1, n))
    assert uses_size_as_value((bracket, sp.Integer(0)), {n})
    assert uses_size_as_value((sp.Sum(sp.KroneckerDelta(i, 3), (i, 1, n)), sp.Integer(1)), {n})
    between = sp.Sum(sp.Piecewise((sp.Indexed("x", j), sp.Ne(i, j)), (0, True)), (i, 1, n))
    assert not uses_size_as_value((between, sp.Integer(0)), {n})  # j ≠ i: two positions


def test_a_bracket_true_from_a_size_on_is_not_proved() -> None:
    assert _verdicts("\\sum_{i=1}^{n} [i \\le 2] = 2") == ["FAILED"]  # 1 at n = 1; was PROVED from n = 3, 4, 5


def test_a_bracket_equal_to_a_number_is_refuted_where_it_turns() -> None:
    # false from n = 41 on: the closed form (a Kronecker delta) finds the size, checked there as written
    assert _verdicts("\\sum_{i=1}^{n} (1 + [i = 41]) = n") == ["FAILED"]
    assert _verdicts("\\sum_{i=1}^{n} [i = 41] = 0") == ["SKIPPED"]  # (an equation with a side 0: solved, not held)
    assert _verdicts("\\sum_{i=1}^{n} [i = 1] = 1") == ["PROVED"]  # for every n ≥ 1 (closed form)
    assert _verdicts("\\sum_{i=1}^{n} (i + [i = 1]) = \\frac{n(n+1)}{2} + 1") == ["PROVED"]
