r"""``$P(y^* \le 0) = \Phi(-\mu/\sigma) = 1 - \Phi(\mu/\sigma)$`` in a Tobit note: found, and Φ read as the normal CDF.

Two gaps of v0.29.0 (fresh33): an inline chain opening with the probability of an event (a relation inside
``P(…)``, which the parser does not read) was dropped whole, so a wrong last link (``1 - \Phi(-\mu/\sigma)``) was
never looked at (documents.inlineclaims); and Φ, never named in the notes, was read as a factor, so the right
symmetry FAILED once the chain was found. Notes about a normal model that apply Φ and never write it bare nor
define it mean the standard normal CDF (documents.normalconvention)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Censoring

The latent $y^* = \\mu + \\varepsilon$ has $\\varepsilon \\sim N(0, \\sigma^2)$, so a censored point has
probability $P(y^* \\le 0) = \\Phi(-\\mu/\\sigma) = {last}$.
"""


def _last(last: str) -> Verdict:
    return doc_steps(_NOTES.format(last=last))[-1].verdict


def test_the_symmetry_of_the_normal_cdf_is_proved() -> None:
    assert _last("1 - \\Phi(\\mu/\\sigma)") is Verdict.PROVED


def test_a_wrong_symmetry_fails() -> None:
    assert _last("1 - \\Phi(-\\mu/\\sigma)") is Verdict.FAILED


def test_a_design_matrix_phi_is_not_the_cdf() -> None:
    steps = doc_steps("""
    # Basis functions

    With Gaussian noise $t \\sim N(\\Phi w, \\beta^{-1} I)$ the fit is $\\Phi(w) = \\Phi(-w)$.
    """)
    assert Verdict.PROVED not in [s.verdict for s in steps]
