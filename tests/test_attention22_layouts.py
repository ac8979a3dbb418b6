r"""A gradient by a matrix written transposed where nothing in the notes settles the layout.

Notes that name ``\delta = \partial L/\partial z`` (a column) for ``z = Wx`` and write ``\partial L/\partial W =
x\delta^T`` use the numerator layout for the derivative by the matrix only; the consistent numerator layout makes
δ a row, so that reading alone refuted them where W is square (FAILED though a layout holds). Such a step is
SKIPPED naming the layout; one wrong in every layout stays FAILED; a ∇ by a matrix is shaped as the matrix in
every text (documents.gradientlayout), so its transpose is not excused. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
SQUARE = ("# Linear layer\n\nLet $z = W x$ with $W \\in \\mathbb{R}^{n \\times n}$ and "
          "$\\delta = \\partial L/\\partial z$.\n\n")


def _one(text: str) -> object:
    steps = doc_steps(text)
    assert len(steps) == 1, steps
    return steps[0]


def test_the_transposed_outer_product_of_a_square_weight_is_not_failed() -> None:
    r = _one(SQUARE + "$$\\frac{\\partial L}{\\partial W} = x\\delta^T$$\n")
    assert r.verdict is Verdict.SKIPPED, r.message
    assert "numerator layout" in r.message


def test_the_outer_product_in_the_gradient_layout_is_green() -> None:
    assert _one(SQUARE + "$$\\frac{\\partial L}{\\partial W} = \\delta x^T$$\n").verdict in GREEN


def test_a_gradient_wrong_in_every_layout_is_failed() -> None:
    r = _one(SQUARE + "$$\\frac{\\partial L}{\\partial W} = 2\\delta x^T$$\n")
    assert r.verdict is Verdict.FAILED, r.message


def test_a_square_weight_transposed_under_a_said_denominator_layout_is_failed() -> None:
    text = SQUARE.replace("# Linear layer\n\n", "# Linear layer\n\nWe use the denominator layout.\n\n")
    r = _one(text + "$$\\frac{\\partial L}{\\partial W} = x\\delta^T$$\n")
    assert r.verdict is Verdict.FAILED, r.message


def test_a_nabla_by_a_square_weight_written_transposed_is_not_green() -> None:
    r = _one(SQUARE + "$$\\nabla_W L = x\\delta^T$$\n")
    assert r.verdict not in GREEN, r.message
