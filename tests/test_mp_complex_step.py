"""The complex step in mpmath: log of a + ib with b far below a is its jet, never an exact hypot.

mpmath's complex log computes log|z| through log hypot(a, b), adding a² and b² exactly; with the
complex step's b thousands of bits below a that sum had thousands of bits and one logarithm took a
quarter of a second (20 s of one document's check, the test suite's largest item)."""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp

from verifier.mpops import MpOps


def test_the_log_of_a_complex_step_is_its_jet_without_hypot(monkeypatch: pytest.MonkeyPatch) -> None:
    import mpmath.libmp.libmpc as libmpc

    def refused(*args: object, **kwargs: object) -> object:
        raise AssertionError("log hypot computed for a complex step")

    monkeypatch.setattr(libmpc, "mpf_log_hypot", refused)
    log = MpOps.funcs[sp.log]
    with mpmath.workdps(60):
        b = mpmath.mpf(2) ** -4000
        z = log(mpmath.mpc(3, b))
        assert z.real == mpmath.log(3)
        assert z.imag == b / 3


@pytest.mark.parametrize("b", ["1e-40", "-1e-45"])
def test_the_jet_agrees_with_mpmath_where_both_are_exact(b: str) -> None:
    log = MpOps.funcs[sp.log]
    with mpmath.workdps(30):
        z = mpmath.mpc("0.75", b)
        ours, theirs = log(z), mpmath.log(z)
        assert mpmath.almosteq(ours.real, theirs.real, rel_eps=mpmath.mpf(10) ** -28)
        assert mpmath.almosteq(ours.imag, theirs.imag, rel_eps=mpmath.mpf(10) ** -28)


def test_a_log_off_the_complex_step_is_mpmath_s_own() -> None:
    log = MpOps.funcs[sp.log]
    with mpmath.workdps(30):
        for z in (mpmath.mpc(-2, 1e-40), mpmath.mpc(1, 1), mpmath.mpf(-2), mpmath.mpf("0.5")):
            assert log(z) == mpmath.log(z)
