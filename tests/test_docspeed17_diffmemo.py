"""SymPy's sub-derivatives shared between derivatives (docspeed17, documents.shareddiff): a sub-tree
differentiated in one derivative is not differentiated again in the next one, the results are the trees
SymPy builds alone, and what the memo keeps is bounded."""

from __future__ import annotations

import pytest
import sympy as sp
import sympy.core.expr as sympy_expr

from verifier.documents import shareddiff, values


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, tuple[object, ...]]]:
    asked: list[tuple[object, tuple[object, ...]]] = []
    original = sympy_expr._derivative_dispatch

    def counted(expr: object, *variables: object, **kwargs: object) -> object:
        asked.append((expr, variables))
        return original(expr, *variables, **kwargs)

    monkeypatch.setattr(sympy_expr, "_derivative_dispatch", counted)
    direct = shareddiff.derivative  # docspeed63: a plain tree's derivative is computed there instead

    def counted_direct(expr: object, variables: tuple[object, ...], kwargs: dict[str, object]) -> object:
        answer = direct(expr, variables, kwargs)
        if answer is not None:
            asked.append((expr, variables))
        return answer

    monkeypatch.setattr(shareddiff, "derivative", counted_direct)
    return asked


def test_a_sub_derivative_is_shared_between_two_derivatives(monkeypatch: pytest.MonkeyPatch) -> None:
    x, y = sp.symbols("x y", real=True)
    u = sp.exp(x) * x + sp.sin(x) ** 2
    f, g = sp.cos(u) + u**3, sp.log(u**2 + 1) * y
    sp.core.cache.clear_cache()
    alone = [sp.diff(f, x), sp.diff(g, x)]
    asked = _counting(monkeypatch)
    sp.core.cache.clear_cache()
    values._DERIVATIVES.clear()
    shareddiff.forget()
    shared = [values.diff_value(f, x), values.diff_value(g, x)]
    assert [sp.srepr(v) for v in shared] == [sp.srepr(v) for v in alone]
    of_u = [a for a in asked if a[0] == u]
    assert len(of_u) == 1  # u differentiated by x once, in the first derivative, served in the second


def test_the_memo_tells_evaluation_settings_and_assumptions_apart() -> None:
    x, xp = sp.Symbol("x", real=True), sp.Symbol("x", positive=True)
    sp.core.cache.clear_cache()
    with sp.evaluate(False):
        unevaluated_alone = sp.srepr((x**2 * 3).diff(x))
    real_alone = sp.srepr((sp.Abs(x) ** 3).diff(x))
    shareddiff.forget()
    with shareddiff.shared_diffs():
        assert (sp.Abs(xp) ** 3).diff(xp) == 3 * xp**2  # another symbol: |x| is x
        assert (x**2 * 3).diff(x) == 6 * x
    with sp.evaluate(False), shareddiff.shared_diffs():
        assert sp.srepr((x**2 * 3).diff(x)) == unevaluated_alone
    with shareddiff.shared_diffs():
        assert sp.srepr((sp.Abs(x) ** 3).diff(x)) == real_alone


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shareddiff, "MAX_REMEMBERED", 10)
    x = sp.Symbol("x")
    shareddiff.forget()
    for n in range(40):
        with shareddiff.shared_diffs():
            assert (x ** (n + 2)).diff(x) == (n + 2) * x ** (n + 1)
        assert shareddiff.remembered() <= 10
