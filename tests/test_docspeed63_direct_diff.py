"""The resolver's derivatives without ``Derivative.__new__`` at every node (docspeed63, documents.directdiff):
a plain tree (``Add``, ``Mul``, ``Pow``, elementary functions) is differentiated by SymPy's own rules with
none of the constructor's walks, and the tree is exactly the one SymPy's ``diff`` builds; anything else
still goes through SymPy's constructor."""

from __future__ import annotations

import pytest
import sympy as sp
from sympy.core.function import Derivative

from verifier.documents import directdiff, shareddiff, values

x, y = sp.symbols("x y", real=True)
p = sp.Symbol("p", positive=True)
o = sp.symbols("o1:4", real=True)
z = sp.Dummy("z", positive=True)
f = sp.Function("f")
W = sp.IndexedBase("W")

_SOFTMAX = sp.exp(o[0]) / sum(sp.exp(t) for t in o)
PLAIN_MEMBERS = [
    (_SOFTMAX, o[0]),
    (_SOFTMAX, o[1]),
    (-sp.log(_SOFTMAX), o[2]),
    (1 / (1 + sp.exp(-(2 * x + y))), x),
    ((x**2 + 3 * x) ** 2, x),  # the coefficient SymPy distributes over the sum
    (sp.tanh(x) ** 2 + sp.sinh(p * x) * sp.cosh(x), x),
    (sp.sqrt(x**2 + y**2) * sp.tan(x), x),
    (sp.sin(sp.cos(x * z) + z) * sp.exp(sp.sin(x) ** 2) / (z + x**2), x),  # a fresh symbol, assumptions
    ((x - p) ** 2 / p + sp.log(p * x**2 + 1), p),
    (sp.Rational(3, 7) * x ** sp.Rational(5, 2) + 2.5 * x + sp.pi * sp.E * x, x),
    (sp.exp(x) * sp.exp(2 * x * y) * sp.exp(-x), x),
    (x * y + sp.cos(y), x),
]
NOT_PLAIN = [
    (sp.Abs(x - y) * x, x),
    (f(x) * sp.exp(x), x),
    (sp.Piecewise((x**2, x > 0), (sp.sin(x), True)), x),
    (sp.Max(x, y) + x**2, x),
    (W[1] * x + sp.exp(W[2] * x), x),
    (sp.I * x**2, x),
]


def _alone(expr: sp.Expr, v: sp.Symbol) -> str:
    """SymPy's own ``diff`` of ``expr``, caches cleared: the tree to match."""
    sp.core.cache.clear_cache()
    return sp.srepr(sp.diff(expr, v))


def _through_the_resolver(expr: sp.Expr, v: sp.Symbol) -> str:
    sp.core.cache.clear_cache()
    values._DERIVATIVES.clear()
    shareddiff.forget()
    return sp.srepr(values.diff_value(expr, v))


def _constructor_calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    made: list[object] = []
    original = Derivative.__new__

    def counted(cls: type, expr: object, *variables: object, **kwargs: object) -> object:
        made.append(expr)
        return original(cls, expr, *variables, **kwargs)

    monkeypatch.setattr(Derivative, "__new__", counted)
    return made


def test_a_plain_derivative_calls_no_derivative_constructor(monkeypatch: pytest.MonkeyPatch) -> None:
    sp.core.cache.clear_cache()
    values._DERIVATIVES.clear()
    shareddiff.forget()
    made = _constructor_calls(monkeypatch)
    value = values.diff_value(-sp.log(_SOFTMAX), o[0])
    assert made == []  # before docspeed63: one constructor per node differentiated
    monkeypatch.undo()
    assert sp.srepr(value) == _alone(-sp.log(_SOFTMAX), o[0])


@pytest.mark.parametrize(("expr", "v"), PLAIN_MEMBERS)
def test_the_direct_route_builds_sympys_tree(expr: sp.Expr, v: sp.Symbol) -> None:
    assert directdiff.plain(expr)
    assert _through_the_resolver(expr, v) == _alone(expr, v)


@pytest.mark.parametrize(("expr", "v"), PLAIN_MEMBERS)
def test_the_tree_is_the_one_with_the_switch_off(monkeypatch: pytest.MonkeyPatch, expr: sp.Expr, v: sp.Symbol) -> None:
    on = _through_the_resolver(expr, v)
    monkeypatch.setattr(directdiff, "ENABLED", False)
    assert _through_the_resolver(expr, v) == on


@pytest.mark.parametrize(("expr", "v"), NOT_PLAIN)
def test_a_tree_that_is_not_plain_goes_through_sympys_constructor(
    monkeypatch: pytest.MonkeyPatch, expr: sp.Expr, v: sp.Symbol
) -> None:
    assert not directdiff.plain(expr)
    assert directdiff.derivative(expr, (v,), {"evaluate": True}) is None
    assert _through_the_resolver(expr, v) == _alone(expr, v)
    made = _constructor_calls(monkeypatch)
    _through_the_resolver(expr, v)
    assert expr in made


def test_the_route_answers_one_symbol_once_with_evaluation_on(monkeypatch: pytest.MonkeyPatch) -> None:
    e = sp.sin(x) * x**3
    evaluated = {"evaluate": True}
    assert directdiff.derivative(e, (x,), evaluated) == sp.diff(e, x)
    assert directdiff.derivative(e, ((x, 1),), evaluated) == sp.diff(e, x)
    assert directdiff.derivative(e, (y,), evaluated) == 0
    assert directdiff.derivative(e, ((x, 0),), evaluated) is e
    assert directdiff.derivative(e, ((x, 2),), evaluated) is None  # SymPy simplifies a higher derivative
    assert directdiff.derivative(e, (x, y), evaluated) is None
    assert directdiff.derivative(e, (sp.sin(x),), evaluated) is None  # not a symbol
    assert directdiff.derivative(e, (x,), {"evaluate": True, "simplify": False}) is None
    with sp.evaluate(False):
        assert directdiff.derivative(e, (x,), evaluated) is None
    monkeypatch.setattr(directdiff, "ENABLED", False)
    assert directdiff.derivative(e, (x,), evaluated) is None


def test_a_higher_derivative_through_the_resolver_is_sympys() -> None:
    e = sp.exp(-(x**2) / 2) * sp.cos(p * x)
    assert _through_the_resolver(e, x) == _alone(e, x)
    sp.core.cache.clear_cache()
    values._DERIVATIVES.clear()
    shareddiff.forget()
    second = sp.srepr(values.diff_value(e, x, 2))
    assert second == sp.srepr(sp.diff(e, (x, 2)))
