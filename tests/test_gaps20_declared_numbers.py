r"""A name the notes make a number is a number in the steps that follow (gaps20).

"where $C > 0$ is a constant" left C a capital read as numbers only for lack of evidence, and the doubt that
re-checks such a capital as a matrix SKIPPED the true ``\frac{d}{dx} C x^2 = 2Cx``; "Let $I_n = \sum_{k=1}^n k$"
and "Let $I = \int_0^1 x^n dx$" left I_n undeclared and I the identity matrix. The prose (documents.scalarroles)
and the definitions (definitions._aggregate_named, documents.definedidentity) now say what the notes say; a
capital that is a matrix is still read as one, and I elsewhere is still the identity."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_a_capital_the_prose_calls_a_constant_is_a_number() -> None:
    steps = doc_steps("# A\n\nLet $f(x) = C x^2$, where $C > 0$ is a constant.\n\n"
                      "$$\\frac{d}{dx} C x^2 = 2 C x$$\n\n$$\\frac{d}{dx} C x^2 = C x$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
    assert "constant" in (steps[0].message or "")


def test_a_constant_matrix_is_still_a_matrix() -> None:
    steps = doc_steps("# A\n\nLet $C$ be a constant matrix and $x$ a vector.\n\n$$\\nabla_x x^\\top C x = 2 C x$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED], [s.message for s in steps]


def test_a_sum_named_I_n_is_the_notes_quantity() -> None:
    steps = doc_steps("# A\n\nLet $I_n = \\sum_{k=1}^n k$.\n\n$$I_n = \\frac{n(n+1)}{2}$$\n\n"
                      "$$2 I_n = n(n-1)$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]


def test_an_integral_named_I_is_not_the_identity() -> None:
    steps = doc_steps("# A\n\nLet $I = \\int_0^1 x^n \\, dx$ for $n > 0$.\n\n$$I = \\frac{1}{n+1}$$\n\n"
                      "# B\n\nLet $A \\in \\mathbb{R}^{n \\times n}$.\n\n$$(I - A) x = x - A x$$\n")
    assert [s.verdict for s in steps] == [Verdict.SKIPPED, Verdict.PROVED], [s.message for s in steps]
    assert "the notes define I" in (steps[0].message or "")
