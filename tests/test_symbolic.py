"""The symbolic cascade: derivatives in the catalog's layout, normalisation, the identity test."""

from __future__ import annotations

import sympy as sp

from verifier.budget import Deadline
from verifier.catalog import Builder, D
from verifier.ml import softmax
from verifier.symbolic import derivative_entries, identity_test, normalise, prove_equal

x, y = sp.symbols("x y", real=True)


def test_jacobian_is_numerator_layout_and_gradient_has_the_variable_shape() -> None:
    b = Builder()
    s = b.vector("s", 3)
    w = b.matrix("W", 2, 3)
    jac = derivative_entries(D(softmax(s), s))
    g = softmax(s)
    expected = [sp.diff(g[i], s[j]) for i in range(3) for j in range(3)]
    assert all(sp.simplify(a - e) == 0 for a, e in zip(jac, expected, strict=True))
    f = (w * s)[0] ** 2
    grad = derivative_entries(D(f, w))
    assert len(grad) == 6
    assert sp.simplify(grad[1] - sp.diff(f, w[0, 1])) == 0


def test_exponentials_of_sums_and_multiples_are_related() -> None:
    """SymPy folds exp(x)**2 into exp(2x); the identity test must still relate them."""
    assert identity_test([1 / (1 + sp.exp(-x))], [sp.exp(x) / (1 + sp.exp(x))], {})
    assert identity_test([sp.exp(2 * x - y) * sp.exp(y)], [sp.exp(x) * sp.exp(x)], {})
    assert normalise(sp.tanh(x)).has(sp.exp)


def test_identity_test_accepts_identities_and_rejects_non_identities() -> None:
    e = sp.exp(x)
    assert identity_test([e / (1 + e)], [1 - 1 / (1 + e)], {})
    assert not identity_test([e / (1 + e)], [1 / (1 + e)], {})
    assert not identity_test([x**2], [x**2 + sp.Rational(1, 10**30)], {})


def test_identity_test_honours_constraints() -> None:
    a, b = sp.symbols("a b")
    assert identity_test([a + b], [sp.S.One], {b: 1 - a})
    assert not identity_test([a + b], [sp.S.One], {})


def test_prove_equal_falls_back_to_simplify() -> None:
    """sin and cos are independent atoms to the identity test; their half-tangents (ids44) know sin^2 + cos^2 = 1,
    and simplify knows the half-angle formula (x/2 and x are two angles to the half-tangents)."""
    # the deadline is a wall-clock guard, not what is tested: under a load of 25 on two cores 5 s ran out
    outcome = prove_equal([sp.sin(x) ** 2 + sp.cos(x) ** 2], [sp.S.One], {}, Deadline(60))
    assert outcome.proved and outcome.method.startswith("trigonometric identity test")
    outcome = prove_equal([sp.sin(x / 2) ** 2], [(1 - sp.cos(x)) / 2], {}, Deadline(60))
    assert outcome.proved and outcome.method == "simplify"
    outcome = prove_equal([sp.sin(x) ** 2], [sp.S.One], {}, Deadline(60))
    assert not outcome.proved


def test_heaviside_is_not_equated_with_a_step_that_differs_at_zero() -> None:
    outcome = prove_equal([sp.Heaviside(x)], [sp.Piecewise((0, x < 0), (1, True))], {}, Deadline(5))
    assert not outcome.proved


def test_logarithms_are_combined_for_real_arguments() -> None:
    """log(σ/(1 - σ)) = z, ζ(x) - ζ(-x) = x and the log-sum-exp shift hold for every real value: proved
    by combining the logs, though SymPy cannot tell that 1 - σ > 0 to split the first one."""
    x, z, c = sp.symbols("x z c", real=True)
    zs = sp.symbols("z1:4", real=True)
    s = 1 / (1 + sp.exp(-z))
    lse = sp.log(sum(sp.exp(v) for v in zs))
    true = [
        (sp.log(s / (1 - s)), z),
        (sp.log(1 + sp.exp(x)) - sp.log(1 + sp.exp(-x)), x),
        (lse, c + sp.log(sum(sp.exp(v - c) for v in zs))),
    ]
    for a, b in true:  # without simplify's time: cheap enough for every step of a document
        assert prove_equal([a], [b], {}, Deadline(120)).method == "logarithms combined", (a, b)
    false = [(sp.log(s / (1 - s)), -z), (lse, c + sp.log(sum(sp.exp(v + c) for v in zs)))]
    for a, b in false:
        assert not prove_equal([a], [b], {}, Deadline(120)).proved, (a, b)
