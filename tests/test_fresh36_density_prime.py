r"""``\varphi'(u) = -u\varphi(u)``: a φ written with a prime before a bracket is applied, so it is the normal density.

Notes about a normal model read Φ as the standard normal CDF and an applied φ as its density
(documents.normalconvention), but a φ written ``\varphi'(u)`` counted as written bare: φ became a plain factor and
the correct symmetry ``\varphi(-z) = \varphi(z)`` FAILED as ``-\varphi z = \varphi z`` (fresh36). A prime between
the letter and its bracket is the derivative of the function, not a bare name.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Expected improvement

With $f \\sim \\mathcal{{N}}(\\mu, \\sigma^2)$ and $z = (\\mu - f^*)/\\sigma$, since $\\varphi'(u) = -u\\,\\varphi(u)$
the tail integral is $\\varphi(-z) = {right}$ and the rest is $1 - \\Phi(-z) = \\Phi(z)$.
"""

def test_the_symmetry_of_the_density_is_not_failed() -> None:
    steps = doc_steps(_NOTES.format(right="\\varphi(z)"))
    assert [s.verdict for s in steps] == [Verdict.PROVED] * 3

def test_a_wrong_symmetry_of_the_density_fails() -> None:
    steps = doc_steps(_NOTES.format(right="-\\varphi(z)"))
    assert Verdict.FAILED in [s.verdict for s in steps]


def test_a_primed_greek_variant_is_a_function_outside_a_normal_model() -> None:
    r"""``\varphi'(u)`` makes φ a function (documents.primedcalls) though the parser spells it ``phi``: read as a
    factor, ``\varphi(-z) = -\varphi(z)`` was PROVED as ``-\varphi z = -\varphi z``."""
    steps = doc_steps("""
    # A tail

    We know $\\varphi'(u) = u\\,\\varphi(u)$, and the tail gives $\\varphi(-z) = -\\varphi(z)$.
    """)
    assert Verdict.PROVED not in [s.verdict for s in steps]
    assert Verdict.PASSED not in [s.verdict for s in steps]
