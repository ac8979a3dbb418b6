r"""A name the notes define as a number is their quantity in the steps that follow (gaps20).

"Let $I_n = \sum_{k=1}^n k$" and "Let $I = \int_0^1 x^n dx$" left I_n undeclared and I the identity matrix. The
definitions (definitions.names_an_aggregate, documents.definedidentity) now say what the notes say; a capital
that is a matrix is still read as one, and I elsewhere is still the identity."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


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
