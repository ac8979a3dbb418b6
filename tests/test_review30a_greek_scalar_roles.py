r"""A capital Greek letter the prose calls a rate or a frequency is a number (review30a).

``greekcapitals`` reads Σ, Λ, Φ, Ψ, Ω as matrices beside a vector; "Let $\Omega > 0$ be a frequency" then
``\nabla_x\, x^\top \Omega x = 2\Omega x`` read Ω as the matrix of a bilinear form and the correct step was
FAILED (before, Ω was a number and the step was checked as one). A rate or a frequency is a scalar role
(documents.scalarroles), also where the name is compared with zero in its math ("$\Lambda > 0$")."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.scalarroles import scalar_roles
from verifier.results import Verdict


def test_a_frequency_is_a_number() -> None:
    text = ("# Scaled quadratic\n\nLet $\\Omega > 0$ be a frequency and $x \\in \\mathbb{R}^n$.\n\n"
            "$$\\nabla_x\\, x^\\top \\Omega x = 2\\Omega x$$\n")
    steps = doc_steps(text)
    assert [s.verdict for s in steps] == [Verdict.PROVED], [s.message for s in steps]


def test_a_rate_is_a_number() -> None:
    text = ("# Rates\n\nLet $\\Lambda > 0$ be the rate, and let $x, y \\in \\mathbb{R}^n$.\n\n"
            "$$\\Lambda\\, y^\\top x = y^\\top \\Lambda x$$\n")
    steps = doc_steps(text)
    assert [s.verdict for s in steps] == [Verdict.PROVED], [s.message for s in steps]


def test_the_roles() -> None:
    key = lambda t: (t.strip().lstrip("\\"), ())  # noqa: E731
    assert set(scalar_roles("Let $\\Lambda \\geq 0$ be the rate.", key)) == {("Lambda", ())}
    assert set(scalar_roles("the angular frequency $\\Omega$", key)) == {("Omega", ())}
    assert scalar_roles("$Q$ is the rate matrix of the chain.", key) == {}
