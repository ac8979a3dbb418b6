r"""A power b^{-3/2} and 1/(b\sqrt b) written with b scaled are one value for every size (catalog37).

catalog37's probe: RMS normalisation with a gain, :math:`\nabla_x g^\top(\gamma\circ x/r)` with
:math:`r = \sqrt{\tfrac1K\sum_k x_k^2 + \epsilon}`, was PROVED only at its concrete sizes. Its sides held
:math:`1/(K r^3)` once as ``(S/K + eps)**(-3/2)/K`` and once as ``1/(S sqrt(S/K + eps) + K eps sqrt(S/K + eps))``.
The identity test reads :math:`b^{-3/2}` as :math:`b^{-2}\cdot a` and :math:`\sqrt b` as a (a random atom, never
tied to :math:`a^2 = b`), so the two did not meet. Read as :math:`1/(b\,a)` they do; both readings are
substitutions the identity holds under, so the size-generic argument tries the second where the first fails.
"""

from __future__ import annotations

import sympy as sp

from verifier.catalog import Builder, D
from verifier.forall import prove_for_all
from verifier.indexed import size_symbol
from verifier.ml import build, dot, sum_over
from verifier.sizes import prove_generic_claim

K = size_symbol("K")
x, y = sp.symbols("x y", positive=True)


def test_scaled_base_beside_its_power() -> None:
    base = x / 2 + y
    lhs = 1 / (x * sp.sqrt(base) + 2 * y * sp.sqrt(base))
    assert prove_for_all(lhs, base ** sp.Rational(-3, 2) / 2, [K], {}).proved


def test_a_wrong_power_is_still_not_proved() -> None:
    base = x / 2 + y
    lhs = 1 / (x * sp.sqrt(base) + 2 * y * sp.sqrt(base))
    assert not prove_for_all(lhs, base ** sp.Rational(-1, 2) / 2, [K], {}).proved


def test_rms_norm_with_a_gain_is_proved_for_every_size() -> None:
    b = Builder({"K": K})
    v, gamma, g = b.vector("x", K), b.vector("gamma", K), b.vector("g", K)
    eps = b.positive("epsilon", 0.01, 1)
    r = sp.sqrt(sum_over(K, lambda k: v[k] ** 2) / K + eps)
    out = build(K, 1, lambda i, _: gamma[i] * v[i] / r)
    weighted = sum_over(K, lambda k: gamma[k] * g[k] * v[k])
    rhs = build(K, 1, lambda i, _: gamma[i] * g[i] / r - v[i] * weighted / (K * r**3))
    report = prove_generic_claim(b.claim(D(dot(g, out), v), rhs), [K])
    assert report.proved_steps == {1}, report.why_not(1)
