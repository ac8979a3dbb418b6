"""docspeed18: a derivative member's symbolic entries taken once per (f, variable), not once per claim.

The claims of one chain (each index assignment, each re-check under another reading) hand the
symbolic stage the same derivative members again; expanding one (``symbolic.derivative_entries``,
forward mode over a CSE DAG) is a pure function of ``f`` and the variable, so the entries met again
are the ones already built."""

from __future__ import annotations

import sympy as sp

from verifier import symbolic
from verifier.catalog import D
from verifier.engine import Settings, check_claim
from verifier.results import Verdict


def _counting(monkeypatch):
    calls: list[object] = []
    real = symbolic.derivative_entries

    def counted(member):
        calls.append(member)
        return real(member)

    monkeypatch.setattr(symbolic, "derivative_entries", counted)
    symbolic.forget_entries()
    return calls


def test_the_same_derivative_member_is_expanded_once_and_gives_the_same_entries(monkeypatch) -> None:
    calls = _counting(monkeypatch)
    w = sp.ImmutableMatrix(sp.symbols("w1:4", real=True))
    x = sp.ImmutableMatrix(sp.symbols("x1:4", real=True))
    f = sp.log(1 + sp.exp(-(w.T * x)[0]))
    first = symbolic.member_entries(D(f, w))
    again = symbolic.member_entries(D(f, w))  # another D object, equal parts
    assert len(calls) == 1
    assert again == first and again is not first  # a copy: a caller may not change the remembered list
    assert symbolic.member_entries(D(f, x)) != first  # another variable: another key
    assert len(calls) == 2
    symbolic.forget_entries()
    assert symbolic.member_entries(D(f, w)) == first  # what SymPy builds afresh
    assert len(calls) == 3


def test_entries_with_fresh_symbols_are_not_remembered(monkeypatch) -> None:
    """A real sub-expression's CSE symbol is made a fresh real Dummy (review31b); where one stays in the
    entries, a second expansion would hold another Dummy: such entries are expanded every time."""
    x = sp.Symbol("x", real=True)
    d = sp.Dummy("u", real=True)
    real = symbolic.derivative_entries
    calls: list[object] = []

    def with_fresh(member):
        calls.append(member)
        return [*real(member), sp.Dummy("v") * 0 + d]

    monkeypatch.setattr(symbolic, "derivative_entries", with_fresh)
    symbolic.forget_entries()
    symbolic.member_entries(D(x**3, x))
    symbolic.member_entries(D(x**3, x))
    assert len(calls) == 2


def test_a_claim_checked_again_expands_its_derivative_at_most_once_with_the_same_verdicts(monkeypatch) -> None:
    from verifier.catalog import Builder

    b = Builder()
    x, a = b.real("x"), b.positive("a")
    f = sp.log(1 + sp.exp(a * x)) ** 2
    right = b.claim(D(f, x), 2 * a * sp.log(1 + sp.exp(a * x)) * sp.exp(a * x) / (1 + sp.exp(a * x)))
    wrong = b.claim(D(f, x), a * sp.log(1 + sp.exp(a * x)))
    claims = ((right, "k1"), (right, "k2"), (wrong, "k3"))

    def verdicts() -> list[Verdict]:
        return [check_claim(c, key, {}, Settings(), render=False)[0].verdict for c, key in claims]

    symbolic.forget_entries()
    monkeypatch.setattr(symbolic, "_ENTRIES_KEPT", 0)  # nothing remembered: every claim expands its own
    alone = verdicts()
    monkeypatch.undo()
    calls = _counting(monkeypatch)
    assert verdicts() == alone == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED]
    assert len(calls) <= 1  # the derivative once (the SymEngine fast path may prove it before)
