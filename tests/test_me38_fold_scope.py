"""A Piecewise inside an unevaluated sum stays inside it (the merge of sound38 and catalog38).

catalog38 folds the Piecewise branches of a closed-form difference (``piecewise_fold``) to settle SymPy's
geometric-sum branches; SymPy folds a Piecewise out of an unevaluated ``Sum`` as out of any function, so
``Σ_i [i ≤ 2] − 2`` became ``Piecewise((Σ_i 1 − 2, i ≤ 2), (−2, True))`` with i free, and
``\\sum_{i=1}^{n} [i \\le 2] = 2`` (false at n = 1) was PASSED at n = 2 … 5.
"""

from __future__ import annotations

import sympy as sp

from verifier.closedsums import difference


def test_a_bracket_on_the_index_is_not_folded_out_of_its_sum() -> None:
    i = sp.Symbol("i", integer=True)
    n = sp.Symbol("n")
    left = sp.Sum(sp.Piecewise((1, i <= 2), (0, True)), (i, 1, n))
    d, _ = difference(left, sp.Integer(2), {n})
    assert d is None or i not in d.free_symbols, d
