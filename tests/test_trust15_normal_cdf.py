r"""\Phi named the standard normal CDF in prose, and \Phi nowhere named (trust15).

``\Phi(x) + \Phi(-x) = 1`` is the normal CDF's symmetry. Where the prose names Φ so (before the display,
or in a "where" clause after it; "the CDF of $\mathcal{N}(0,1)$") it is read as the CDF and checked; where
nothing names it, Φ is a function the notes do not define, and a failure of the product reading
Φ·x + Φ·(−x) is no failure of theirs: SKIPPED, never FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NAMED = [
    "Here $\\Phi$ denotes the cumulative distribution function of $N(0,1)$.\n\n$$\\Phi(x) + \\Phi(-x) = {rhs}$$",
    "Here $\\Phi$ denotes the CDF of $\\mathcal{N}(0, 1)$.\n\n$$\\Phi(x) + \\Phi(-x) = {rhs}$$",
    "By symmetry of the density,\n\n$$\\Phi(x) + \\Phi(-x) = {rhs}$$\n\nwhere $\\Phi$ is the standard normal CDF.",
    "By symmetry of the density,\n\n$$\\Phi(x) + \\Phi(-x) = {rhs},$$\n\nwhere $\\Phi$ is the standard normal CDF.",
]


@pytest.mark.parametrize("text", _NAMED)
def test_the_named_normal_cdf_is_read_as_such(text: str) -> None:
    r = doc_steps("# Probit\n\n" + text.replace("{rhs}", "1") + "\n")[-1]
    assert r.verdict.ok, r.message
    assert "normal CDF" in r.message


@pytest.mark.parametrize("text", _NAMED)
def test_a_wrong_identity_of_the_named_cdf_is_not_green(text: str) -> None:
    r = doc_steps("# Probit\n\n" + text.replace("{rhs}", "2") + "\n")[-1]
    assert not r.verdict.ok, r.message


def test_a_where_clause_names_phi_for_its_display_only() -> None:
    steps = doc_steps(r"""
    # Probit

    $$\Phi(0) = \frac{1}{2}$$

    Next, $$\Phi(x) + \Phi(-x) = 1$$

    where $\Phi$ is the standard normal CDF.
    """)
    assert steps[-1].verdict.ok, steps[-1].message


def test_an_unnamed_phi_is_a_function_the_notes_do_not_define() -> None:
    r = doc_steps("# Probit\n\n$$\\Phi(x) + \\Phi(-x) = 1$$\n")[-1]
    assert r.verdict is Verdict.SKIPPED, r.message
    assert "Phi" in r.message


def test_a_density_named_in_prose_is_read_as_such() -> None:
    r = doc_steps("# Probit\n\nLet $\\varphi$ be the standard normal density.\n\n$$\\varphi(x) = \\varphi(-x)$$\n")[-1]
    assert r.verdict.ok, r.message
