r"""Two functions named together: "$\Phi$ and $\varphi$ are the standard normal CDF and density" (fresh70).

Notes on the CRPS, expected improvement or probit models name the standard normal's CDF and density in one
clause, the two letters joined by "and" and the two words in the same order ("the CDF and density of the
standard normal", "the standard normal density and CDF, respectively"). Read alone, one letter per sentence,
neither was named: both stayed functions the notes do not define, and the derivative of
``z\Phi(z) + \varphi(z)`` written with the normal's rules (Φ' = φ, φ' = −zφ) FAILED as a rule for every
Φ, φ. Each letter is now read as the function its word names, by position."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_STEP = "$$\\frac{{d}}{{dz}}\\left(z\\Phi(z) + \\varphi(z)\\right) = {rhs}$$"
_NAMINGS = [
    "Here $\\Phi$ and $\\varphi$ are the standard normal CDF and density.",
    "Here $\\Phi$ and $\\varphi$ denote the CDF and density of the standard normal.",
    "Here $\\varphi$ and $\\Phi$ are the standard normal density and CDF, respectively.",
    "Here $\\Phi(z)$ and $\\varphi(z)$ are the standard normal CDF and PDF.",
]


@pytest.mark.parametrize("naming", _NAMINGS)
def test_both_letters_of_a_pair_are_read_as_named(naming: str) -> None:
    r = doc_steps(f"# Scores\n\n{naming}\n\n" + _STEP.format(rhs="\\Phi(z)") + "\n")[-1]
    assert r.verdict.ok, r.message
    assert "normal CDF" in r.message and "normal density" in r.message, r.message


@pytest.mark.parametrize("naming", _NAMINGS)
def test_a_wrong_derivative_of_the_named_pair_fails(naming: str) -> None:
    r = doc_steps(f"# Scores\n\n{naming}\n\n" + _STEP.format(rhs="2\\Phi(z)") + "\n")[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_words_in_the_other_order_than_the_letters_are_matched_by_position() -> None:
    # "density and CDF" for "Φ and φ": Φ is then named the density, and the step read so fails
    r = doc_steps(
        "# Scores\n\nHere $\\Phi$ and $\\varphi$ are the standard normal density and CDF, respectively.\n\n"
        + _STEP.format(rhs="\\Phi(z)")
        + "\n"
    )[-1]
    assert not r.verdict.ok, r.message


def test_a_pair_named_as_something_else_is_not_the_normal() -> None:
    naming = "Here $\\Phi$ and $\\varphi$ are the CDF and density of the noise, evaluated at $z/s$."
    r = doc_steps(f"# Scores\n\n{naming}\n\n" + _STEP.format(rhs="\\Phi(z)") + "\n")[-1]
    assert r.verdict is Verdict.SKIPPED, r.message
