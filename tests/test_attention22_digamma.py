r"""ψ read as the digamma function where the prose names it so, and Φ as the standard normal CDF.

Notes on Gamma and Dirichlet distributions write ``\frac{\partial}{\partial\alpha}\log\Gamma(\alpha) = \psi(\alpha)``
after saying "$\psi$ is the digamma function". Unnamed, ψ is a function the notes do not define (a feature map
as often): never FAILED. Named, it is checked, and a wrong step is FAILED. Every example is written here."""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
from support import doc_steps

from verifier.mpops import mp_polygamma
from verifier.npops import _np_polygamma
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
NAMED = [
    "Here $\\psi$ is the digamma function.\n\n{display}",
    "We write the digamma function $\\psi$ for the derivative of $\\log\\Gamma$.\n\n{display}",
    "{display}\nwhere $\\psi$ is the digamma function.",
]
LOG_GAMMA = "$$\\frac{{\\partial}}{{\\partial \\alpha}} \\log \\Gamma(\\alpha) = {rhs}$$\n"


def _last(text: str) -> Verdict:
    steps = doc_steps("# Gamma\n\n" + text + "\n")
    assert steps, "no step read"
    return steps[-1]


@pytest.mark.parametrize("said", NAMED)
def test_the_named_digamma_is_read_as_such(said: str) -> None:
    r = _last(said.format(display=LOG_GAMMA.format(rhs="\\psi(\\alpha)")))
    assert r.verdict in GREEN, r.message
    assert "digamma" in r.message


@pytest.mark.parametrize("said", NAMED)
def test_a_wrong_step_with_the_named_digamma_is_failed(said: str) -> None:
    r = _last(said.format(display=LOG_GAMMA.format(rhs="\\psi(\\alpha) + 1")))
    assert r.verdict is Verdict.FAILED, r.message


def test_the_recurrence_of_the_digamma() -> None:
    said = "Here $\\psi$ is the digamma function.\n\n"
    assert _last(said + "$$\\psi(\\alpha + 1) = \\psi(\\alpha) + \\frac{1}{\\alpha}$$").verdict in GREEN
    assert _last(said + "$$\\psi(\\alpha + 1) = \\psi(\\alpha) + \\frac{1}{\\alpha + 1}$$").verdict is Verdict.FAILED


def test_an_unnamed_psi_is_never_failed() -> None:
    r = _last(LOG_GAMMA.format(rhs="\\psi(\\alpha) + 1"))
    assert r.verdict is not Verdict.FAILED, r.message


def test_the_numeric_digamma_and_its_jet() -> None:
    assert float(mp_polygamma(mpmath.mpf(0), mpmath.mpf(1))) == pytest.approx(-0.5772156649015329)
    step = mp_polygamma(mpmath.mpf(0), mpmath.mpc(2, 1e-30))
    assert float(step.imag) == pytest.approx(1e-30 * (np.pi**2 / 6 - 1))  # ψ'(2) = π²/6 − 1
    assert np.allclose(_np_polygamma(np.float64(0), np.array([1.0, 2.0])), [-0.5772156649015329, 0.42278433509846713])


def test_the_named_normal_cdf_differentiates_to_its_density() -> None:
    said = "Here $\\Phi$ is the standard normal CDF.\n\n"
    good = "$$\\frac{d}{dx}\\Phi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}$$"
    assert _last(said + good).verdict in GREEN
    assert _last(said + good.replace("-x^2/2", "-x^2")).verdict is Verdict.FAILED
