"""Work shared inside one chain without changing what it computes: a derivative met in every term
of a sum is taken once (its readings replayed), and the complex step in mpmath re-evaluates only
what depends on the perturbed variable, giving the very numbers a full re-evaluation gives."""

from __future__ import annotations

import textwrap

import mpmath
import numpy as np
import pytest
import sympy as sp

from verifier.catalog import D, Variable
from verifier.documents import steps
from verifier.documents.check import check_text
from verifier.documents.differentiate import Differentiation
from verifier.domains import Real
from verifier.engine import Settings
from verifier.numeric import NumericMember, draw
from verifier.results import Verdict

FAST = Settings(points=40)

_NOTES = """
$$h_i = x_i^2 + x_i$$

$$J = \\sum_{i=1}^{3} h_i^2$$

"""


def _run(body: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Verdict], list[tuple[int, object]]]:
    taken: list[tuple[int, object]] = []
    real = Differentiation._derivative_now

    def counting(self, expr, pairs, env):  # type: ignore[no-untyped-def]
        # the derivative below reads no bound name (b only numbers the terms): env is not part of it
        taken.append((id(self), (expr, tuple(pairs), tuple(sorted(self.indices.items())))))
        return real(self, expr, pairs, env)

    monkeypatch.setattr(Differentiation, "_derivative_now", counting)
    check = check_text(textwrap.dedent(_NOTES + body).strip() + "\n", "t.md", FAST)
    return [s.verdict for c in check.chains for s in c.result.steps], taken


def test_a_derivative_in_every_term_of_a_sum_is_taken_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """∂J/∂h_2 in each of the three terms of a sum over b (which it does not read) is one derivative."""
    body = r"$$\sum_{b=1}^{3} \frac{\partial J}{\partial h_2} x_b = \frac{\partial J}{\partial h_2} (x_1 + x_2 + x_3)$$"
    verdicts, taken = _run(body, monkeypatch)
    assert verdicts[-1] is Verdict.PROVED
    assert taken, "the derivative through h was not taken at all"
    assert len(taken) == len(set(taken)), "a derivative was taken twice by one resolver"


def test_a_wrong_step_through_a_shared_derivative_still_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    body = r"$$\sum_{b=1}^{3} \frac{\partial J}{\partial h_2} x_b = \frac{\partial J}{\partial h_2} (x_1 + x_2)$$"
    verdicts, _ = _run(body, monkeypatch)
    assert verdicts[-1] is Verdict.FAILED


def test_a_remembered_derivative_replays_its_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The readings noted while a derivative was taken are noted again when it is reused in another
    member (whose readings start empty), and so are the sizes it used."""
    resolvers = []
    real = steps._Checker._resolver

    def keep(self, instance, indices):  # type: ignore[no-untyped-def]
        r = real(self, instance, indices)
        resolvers.append(r)
        return r

    monkeypatch.setattr(steps._Checker, "_resolver", keep)
    check_text(textwrap.dedent(_NOTES + "$$\\frac{\\partial J}{\\partial h_2} = 2 h_2$$").strip() + "\n", "t.md", FAST)
    resolver = resolvers[-1]
    calls: list[int] = []

    def noting(self, expr, pairs, env):  # type: ignore[no-untyped-def]
        calls.append(1)
        self._note("a reading made while differentiating")
        self.sizes_used.add(("K", ()))
        return sp.Integer(7)

    monkeypatch.setattr(Differentiation, "_derivative_now", noting)
    x = sp.Symbol("zz")
    resolver.readings, resolver.sizes_used = [], set()
    assert resolver._derivative(x**3, ((x, 1),), {}) == 7
    resolver.readings, resolver.sizes_used = [], set()  # the next member
    assert resolver._derivative(x**3, ((x, 1),), {}) == 7
    assert calls == [1]
    assert resolver.readings == ["a reading made while differentiating"]
    assert resolver.sizes_used == {("K", ())}
    # a bound name the trees do not read is not part of the key; one they read is
    assert resolver._derivative(x**3, ((x, 1),), {"b": sp.Integer(2)}) == 7
    assert calls == [1]
    resolver._derivative(x**3, ((x, 1),), {"zz": sp.Integer(2)})
    assert calls == [1, 1]


def _full_complex_step(member: NumericMember, sample, j: int, dps: int) -> list[object]:  # type: ignore[no-untyped-def]
    member._f_mp_memo = lambda x: (member._f_mp(x), None)  # type: ignore[method-assign]
    try:
        return member._precise(sample, j, dps)
    finally:
        del member._f_mp_memo


@pytest.mark.parametrize("dps", [40, 80])
def test_the_mpmath_complex_step_reuses_the_real_values_bit_for_bit(dps: int) -> None:
    """Jacobian entries in mpmath: re-evaluating only the nodes that depend on the perturbed variable
    gives exactly the numbers of a full re-evaluation, including points where a side is not real."""
    x, y, z = sp.symbols("x y z", real=True)
    shared = sp.sqrt(z + x**2) * sp.sin(y * z)
    f = sp.ImmutableMatrix([shared + sp.exp(x / 7) * y, sp.log(1 + y**2) * shared / (3 + z**2)])
    member = NumericMember(D(f, sp.ImmutableMatrix([x, y, z])), [x, y, z])
    variables = [Variable(str(s), (s,), None, Real(), s) for s in (x, y, z)]
    sample = draw(variables, np.random.default_rng(3), 12)
    complex_points = 0
    for j in range(sample.n):
        fast = member._precise(sample, j, dps)
        full = _full_complex_step(member, sample, j, dps)
        assert len(fast) == 6
        for a, b in zip(fast, full, strict=True):
            assert (mpmath.isnan(a) and mpmath.isnan(b)) or a == b
        complex_points += any(isinstance(v, mpmath.mpc) and v.imag != 0 for v in fast)
    assert 0 < complex_points < sample.n  # both kinds of point were met
