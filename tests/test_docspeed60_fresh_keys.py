"""docspeed60: a derivative met again with other fresh symbols is found in the memo without rebuilding its function.

``values.diff_value`` keys its memo on the function and variable with their fresh symbols (``sp.Dummy``, new at
every derivative through an intermediate) renamed canonically. That rename rebuilds every node above a fresh
symbol with SymPy's evaluation, and four in five calls on the corpus were memo hits that then threw the
renamed function away (goubasarian + layer-norm: 2,727 forward renames, 1.1 s of 27 s). The memo is now
reached by the function's shape (its distinct nodes, each fresh symbol by its rank and assumptions), so a
hit renames only its result back; the results are the ones the fresh computation gives.
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.budget import soft_limit
from verifier.documents import shareddiff, values

x, y = sp.symbols("x y", real=True)
g = sp.Function("g")


def _fresh_memos() -> None:
    values._DERIVATIVES.clear()
    values._SHAPED.clear()
    values._SHAPES.clear()
    shareddiff.forget()


def _alone(f: object, wrt: object) -> str:
    """The derivative computed with every memo empty (what a first call gives)."""
    _fresh_memos()
    return sp.srepr(values.diff_value(f, wrt))


def _renames(monkeypatch: pytest.MonkeyPatch) -> list[dict[object, object]]:
    asked: list[dict[object, object]] = []
    original = values.rename

    def counted(v: object, mapping: dict[object, object]) -> object:
        asked.append(dict(mapping))
        return original(v, mapping)  # type: ignore[arg-type]

    monkeypatch.setattr(values, "rename", counted)
    return asked


def _function(d: sp.Dummy, e: sp.Dummy) -> sp.Expr:
    return g(d) * sp.sin(x * e + d) + sp.exp(d * x) * e


def test_a_derivative_met_again_with_other_fresh_symbols_renames_only_its_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _function(sp.Dummy("u", real=True), sp.Dummy("v", real=True))
    again = _function(sp.Dummy("u", real=True), sp.Dummy("v", real=True))
    expected = _alone(again, x)
    _fresh_memos()
    values.diff_value(first, x)
    asked = _renames(monkeypatch)
    assert sp.srepr(values.diff_value(again, x)) == expected
    canonical = [m for m in asked if any(getattr(c, "name", "").startswith("canon") for c in m.values())]
    assert canonical == []  # the function was not renamed to find the remembered derivative
    assert len(asked) == 1  # its result renamed back to this call's fresh symbols


@pytest.mark.parametrize(
    "other",
    [
        lambda d, e: _function(e, d),  # the fresh symbols in the other order
        lambda d, e: _function(sp.Dummy("u", positive=True), e),  # other assumptions
        lambda d, e: g(d) * sp.sin(x * e + d) + sp.exp(d * x) * e * sp.Float(2.0),  # 2.0 is not 2
        lambda d, e: g(d) * sp.sin(x * e + d) + sp.exp(d * x) * e * 2,
        lambda d, e: sp.ImmutableMatrix([[g(d) * x, e], [sp.sin(d + x), 2]]),  # a matrix
        lambda d, e: sp.ImmutableMatrix([[g(d) * x, e], [sp.sin(d + x), 2.0]]),
        lambda d, e: sp.Sum(d * x * y, (y, 1, 3)) + e,  # a bound variable
    ],
)
def test_every_derivative_is_the_one_computed_alone(other: object) -> None:
    d, e = sp.Dummy("u", real=True), sp.Dummy("v", real=True)
    seen = [_function(d, e), other(d, e)]  # type: ignore[operator]
    expected = [_alone(f, x) for f in seen]
    _fresh_memos()
    for f in seen:  # each after the other: a remembered derivative is served only to its own shape
        assert sp.srepr(values.diff_value(f, x)) == expected.pop(0)
    d2, e2 = sp.Dummy("u", real=True), sp.Dummy("v", real=True)
    again = other(d2, e2)  # type: ignore[operator]
    assert sp.srepr(values.diff_value(again, x)) == _alone(again, x)


def test_the_shape_of_a_deeply_shared_function_is_found_without_walking_every_occurrence() -> None:
    d = sp.Dummy("u", real=True)
    t: sp.Expr = x + d
    for _ in range(40):
        t = g(t, t)  # 2**40 occurrences of x + d, 41 distinct nodes
    _fresh_memos()
    with soft_limit(10, "shape key"):
        assert values._shape_of(t, {d: 0}) == values._shape_of(t, {d: 0})


def test_the_shapes_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(values, "MAX_SHAPES", 50)
    _fresh_memos()
    for n in range(30):  # each call numbers a dozen shapes
        d = sp.Dummy("u", real=True)
        assert values.diff_value(sp.sin(d * x**n + d), x) == sp.diff(sp.sin(d * x**n + d), x)
        assert len(values._SHAPES) <= 50 + 20  # forgotten at the bound, before one call numbers its shapes


def test_a_derivative_after_the_shapes_were_forgotten_is_the_one_computed_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(values, "MAX_SHAPES", 6)
    _fresh_memos()
    d = sp.Dummy("u", real=True)
    w = sp.ImmutableMatrix([d, x])
    first = sp.srepr(values.diff_value(sp.sin(d * x) + x**2, w))  # more than 6 shapes: forgotten at the next call
    numbered = len(values._SHAPES)
    d2 = sp.Dummy("u", real=True)
    assert sp.srepr(values.diff_value(sp.sin(d2 * x) + x**2, sp.ImmutableMatrix([d2, x]))) == first.replace(
        sp.srepr(d), sp.srepr(d2)
    )
    assert numbered > 6 and len(values._SHAPES) <= numbered
