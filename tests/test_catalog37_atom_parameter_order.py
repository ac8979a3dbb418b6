r"""A sum's atom does not depend on the names of the indices it takes (catalog37).

catalog37's probe: the gradient of matrix attention ``softmax_rows(QK^T/\sqrt d)V`` with respect to Q
was PROVED only at its concrete sizes. Its two sides held the same inner sum
:math:`\sum_k Q_{ik}K_{mk}`, once with m the outer sum's index and once with it named otherwise; the
atom's parameters were ordered by the names of the free indices, so one sum became ``S0(i, m)`` and
the other ``S7(m, i)``, two unrelated atoms, and the identity could not be seen.
"""

from __future__ import annotations

import sympy as sp

from verifier.catalog import Builder, D
from verifier.forall import prove_for_all
from verifier.indexed import size_symbol
from verifier.ml import build, sum_over
from verifier.sizes import prove_generic_claim

n, d = size_symbol("n"), size_symbol("d")
i = sp.Symbol("i", integer=True)
k = sp.Symbol("k", integer=True)
Q, Km = sp.IndexedBase("Q"), sp.IndexedBase("K")


def _scores(outer: sp.Symbol) -> sp.Expr:
    """sum over the keys of exp(q_i . k_outer), the outer index named ``outer``."""
    inner = sp.Sum(Q[i, k] * Km[outer, k], (k, 0, d - 1))
    return sp.Sum(sp.exp(inner), (outer, 0, n - 1))


def test_one_sum_whatever_its_outer_index_is_called() -> None:
    before, after = sp.Symbol("a", integer=True), sp.Symbol("z", integer=True)  # named before and after i
    ranges = {i: (sp.S.Zero, n - 1)}
    assert prove_for_all(_scores(before), _scores(after), [n, d], ranges).proved


def test_a_different_sum_stays_different() -> None:
    """Swapping what the indices index is not a renaming: sum_k Q_ik K_mk is not sum_k Q_mk K_ik."""
    m = sp.Symbol("m", integer=True)
    ranges = {i: (sp.S.Zero, n - 1)}
    swapped = sp.Sum(sp.exp(sp.Sum(Q[m, k] * Km[i, k], (k, 0, d - 1))), (m, 0, n - 1))
    assert not prove_for_all(_scores(m), swapped, [n, d], ranges).proved


def test_matrix_attention_query_gradient_is_proved_for_every_size() -> None:
    m, e = size_symbol("m"), size_symbol("e")
    b = Builder({"m": m, "n": n, "d": d, "e": e})
    Qm, K = b.matrix("Q", m, d), b.matrix("K", n, d)
    V, G = b.matrix("V", n, e), b.matrix("G", m, e)
    S = Qm * K.T
    A = build(m, n, lambda r, c: sp.exp(S[r, c]) / sum_over(n, lambda t: sp.exp(S[r, t])))
    out = A * V
    loss = sum_over(m, lambda r: sum_over(e, lambda c: G[r, c] * out[r, c]))
    P = G * V.T
    rows = build(m, 1, lambda r, _: sum_over(n, lambda t: A[r, t] * P[r, t]))
    claim = b.claim(D(loss, Qm), build(m, n, lambda r, c: A[r, c] * (P[r, c] - rows[r])) * K)
    report = prove_generic_claim(claim, [m, n, d, e])
    assert report.proved_steps == {1}, report.why_not(1)
