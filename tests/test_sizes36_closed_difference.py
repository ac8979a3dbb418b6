r"""The closed-form difference of a step's sides is computed once (sizes36).

``everysize.extra_combos`` (before a chain's instances: where to check a closed form) and
``proved_for_every_size`` (after them: may a PROVED step stay PROVED) each took the closed-form difference of
the same step (SymPy's summation and simplify, up to 2 s each), and every re-check under another reading took
it again. It is kept now, per sides and sizes (``closedsums.difference``); a difference the budget cut short
(None) is not kept as the answer: the next asker tries again.
"""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps

from verifier import closedsums
from verifier.budget import BudgetExceeded
from verifier.documents import everysize
from verifier.results import Verdict

N = sp.Symbol("n")
K = sp.Symbol("i")


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[sp.Basic]:
    """The trees closedsums closes (its outermost calls of ``_closed``: one per difference computed)."""
    calls: list[sp.Basic] = []
    real = closedsums._closed
    depth = [0]

    def counted(tree: sp.Basic) -> sp.Basic:
        if not depth[0]:
            calls.append(tree)
        depth[0] += 1
        try:
            return real(tree)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(closedsums, "_closed", counted)
    closedsums.forget_differences()
    return calls


def test_the_same_sides_are_closed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    left, right = sp.Sum(K**3, (K, 1, N)), N**2 * (N + 1) ** 2 / 4 + (N - 1) * (N - 2) * (N - 3) * (N - 5)
    first = closedsums.difference(left, right, {N})
    again = closedsums.difference(left, right, {N})
    assert len(calls) == 1, calls
    assert first[0] == again[0] and first[0] != 0


def test_a_step_checked_for_every_size_closes_its_sums_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    steps = doc_steps("# S\n\n$$\\sum_{i=1}^{n} i^3 = \\frac{n^2(n+1)^2}{4}$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED], [s.message for s in steps]
    assert len(calls) == 1, calls  # extra_combos's and proved_for_every_size's difference: one computation


def test_a_difference_the_budget_cut_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    real = closedsums._closed
    cut = [True]

    def once_cut(tree: sp.Basic) -> sp.Basic:
        if cut.pop() if cut else False:
            raise BudgetExceeded(closedsums._STAGE)
        return real(tree)

    monkeypatch.setattr(closedsums, "_closed", once_cut)
    closedsums.forget_differences()
    left, right = sp.Sum(K, (K, 1, N)), N * (N + 1) / 2
    assert closedsums.difference(left, right, {N})[0] is None  # cut: no answer
    assert closedsums.difference(left, right, {N})[0] == 0  # asked again, computed: the proof for every n
    pairs = [(left, right)]
    assert everysize.verdict_for_every_size(pairs, {N}) == (True, "")
