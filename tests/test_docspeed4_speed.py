"""docspeed4: the speed levers of `verify doc` keep every verdict (complex balls, remembered work)."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from verifier import agreement, complexballs
from verifier.catalog import Variable
from verifier.documents import values
from verifier.domains import Positive, Real
from verifier.numeric import NumericMember, compare
from verifier.sampling import draw

x, y = sp.symbols("x y", real=True)
VARIABLES = (Variable("x", (x,), None, Real(), x), Variable("y", (y,), None, Real(), y))


def _compare(a: sp.Expr, b: sp.Expr, counter: list[int], monkeypatch: pytest.MonkeyPatch) -> agreement.Comparison:
    original = agreement.confirm

    def counting(*args: object) -> object:
        counter.append(1)
        return original(*args)

    monkeypatch.setattr(agreement, "confirm", counting)
    sample = draw(VARIABLES, np.random.default_rng([7, 1]), 60)
    ma, mb = NumericMember(a, [x, y]), NumericMember(b, [x, y])
    return compare(ma, mb, ma.floats(sample), mb.floats(sample), sample)


def test_points_where_a_side_is_not_real_agree_in_complex_balls_without_mpmath(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    # sqrt(x) is not real where x < 0 (about half the points): real balls give no value there
    result = _compare(sp.sqrt(x) * (1 + y), sp.sqrt(x) + y * sp.sqrt(x), calls, monkeypatch)
    assert result.counterexample is None
    assert result.valid == 60  # the non-real points count, as mpmath counted them
    assert calls == []  # ... without a point evaluated in mpmath


def test_a_difference_only_at_non_real_points_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    # equal for x > 0; for x < 0, sqrt(x) sqrt(x - 1) = -sqrt(x (x - 1)) (principal branches)
    result = _compare(sp.sqrt(x) * sp.sqrt(x - 1), sp.sqrt(x * (x - 1)), calls, monkeypatch)
    assert result.counterexample is not None
    points = draw(VARIABLES, np.random.default_rng([7, 1]), 60).values
    assert points[0, result.counterexample.point_index] < 0
    assert calls  # complex balls never decide a disagreement: mpmath confirms it


def test_complex_balls_admit_analytic_nodes_only() -> None:
    nodes = lambda e: set(sp.preorder_traversal(e))  # noqa: E731
    assert complexballs.walker([sp.exp(sp.sqrt(x)) + sp.log(y)], [x, y], nodes(sp.exp(sp.sqrt(x)) + sp.log(y)))
    for e in (sp.Abs(x) + sp.sqrt(y), sp.Max(x, y), sp.erf(x), sp.Heaviside(x)):
        assert complexballs.walker([e], [x, y], nodes(e)) is None


def test_a_sample_drawn_from_the_same_generator_state_is_remembered() -> None:
    first, again = np.random.default_rng([3, 9]), np.random.default_rng([3, 9])
    s1, s2 = draw(VARIABLES, first, 40), draw(VARIABLES, again, 40)
    assert s2 is s1
    assert first.uniform() == again.uniform()  # the generator is left where a new draw leaves it
    assert not s1.values.flags.writeable  # shared, so read-only
    other = draw((Variable("x", (x,), None, Positive(), x),), np.random.default_rng([3, 9]), 40)
    assert (other.values[0] > 0).all()  # another domain: drawn anew


def test_a_builtin_applied_again_is_the_same_value() -> None:
    m = sp.ImmutableMatrix([x, y])
    first = values.builtin("sigma", [m])
    assert values.builtin("sigma", [sp.ImmutableMatrix([x, y])]) is first
    assert first == sp.ImmutableMatrix([1 / (1 + sp.exp(-x)), 1 / (1 + sp.exp(-y))])
    assert values.builtin("sigma", [sp.Integer(2)]) == 1 / (1 + sp.exp(-2))
    with pytest.raises(values.ResolveError):
        values.builtin("softmax", [x])
