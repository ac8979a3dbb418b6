r"""review23a: ``verify check`` reads \pi as the number, except where the claim differentiates by it.

A mixture weight or a Bernoulli parameter written π (``\frac{d}{d\pi}\log\pi = \frac{1}{\pi}``) was an
ERROR ("Can't calculate derivative wrt pi") once π became the number: a claim that differentiates by
π uses it as a variable."""

from __future__ import annotations

from verifier.commands.check import _checked
from verifier.engine import Settings
from verifier.results import Verdict


def _verdict(*members: str) -> Verdict:
    return _checked(members, set(), set(), Settings(points=20))[0].verdict


def test_a_claim_that_differentiates_by_pi_reads_it_as_a_variable() -> None:
    assert _verdict(r"\frac{d}{d\pi}\log\pi", r"\frac{1}{\pi}") is Verdict.PROVED
    assert _verdict(r"\frac{d}{d\pi}\log\pi", r"\frac{1}{\pi^2}") is Verdict.FAILED
    right = r"\frac{\partial}{\partial \pi}\left(\pi\log\theta + (1-\pi)\log(1-\theta)\right)"
    assert _verdict(right, r"\log\theta - \log(1-\theta)") is Verdict.PROVED
    assert _verdict(right, r"\log\theta + \log(1-\theta)") is Verdict.FAILED


def test_pi_elsewhere_is_still_the_number() -> None:
    assert _verdict(r"\sin(\pi)", "0") is Verdict.PROVED
    assert _verdict(r"\frac{d}{dx}\sin(\pi x)", r"\pi\cos(\pi x)") is Verdict.PROVED
