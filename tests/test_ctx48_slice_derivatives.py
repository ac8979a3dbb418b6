r"""A derivative by a column or a row of a matrix: ``\frac{\partial L}{\partial W_{:,j}}``, ``W_{i,:}``.

Notes that train a linear layer or softmax regression column by column write the gradient with respect to
one column ``W_{:,j}`` (or ``\mathbf{w}_{:,j}``). The grammar read the slice (``Component(W, :, j)``) but the
derivative refused it ("derivative with respect to the expression … is not supported"), so every such line
was SKIPPED. The slice of a name is a variable now: the derivative is taken by each entry of the column (the
resolver's vector of partials), in the layout every other derivative by a vector has. A wrong gradient is
FAILED as any other.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

DECL = "Let $W \\in \\mathbb{R}^{3 \\times 2}$, $x \\in \\mathbb{R}^3$ and $y \\in \\mathbb{R}^2$.\n\n"


def test_the_derivative_of_a_linear_form_by_a_column_is_proved() -> None:
    steps = doc_steps(DECL + "$$ \\frac{\\partial}{\\partial W_{:,j}} (x^\\top W_{:,j}) = x $$\n")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message


def test_a_wrong_factor_in_a_column_gradient_is_failed() -> None:
    steps = doc_steps(DECL + "$$ \\frac{\\partial}{\\partial W_{:,j}} \\|W_{:,j}\\|^2 = 3 W_{:,j} $$\n")
    assert steps[0].verdict is Verdict.FAILED, steps[0].message


def test_the_gradient_of_a_defined_loss_by_a_column_is_proved() -> None:
    steps = doc_steps(DECL + "The loss is\n\n$$ L = \\frac{1}{2}\\|W^\\top x - y\\|^2 $$\n\n"
                      "and its gradient with respect to column $j$ is\n\n"
                      "$$ \\frac{\\partial L}{\\partial W_{:,j}} = (W_{:,j}^\\top x - y_j) x $$\n")
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_column_gradient_with_the_wrong_vector_is_not_green() -> None:
    steps = doc_steps(DECL + "The loss is\n\n$$ L = \\frac{1}{2}\\|W^\\top x - y\\|^2 $$\n\n"
                      "and its gradient with respect to column $j$ is\n\n"
                      "$$ \\frac{\\partial L}{\\partial W_{:,j}} = (W_{:,j}^\\top x - y_j) W_{:,j} $$\n")
    assert steps[-1].verdict not in (Verdict.PROVED, Verdict.PASSED), steps[-1].message


def test_only_the_sliced_column_counts() -> None:
    # the sum over every column differentiated by column j: only the j-th term depends on it
    steps = doc_steps(DECL + "$$ \\frac{\\partial}{\\partial W_{:,j}} \\sum_k x^\\top W_{:,k} = x $$\n")
    assert steps[0].verdict is Verdict.PROVED, steps[0].message
    wrong = doc_steps(DECL + "$$ \\frac{\\partial}{\\partial W_{:,j}} \\sum_k x^\\top W_{:,k} = 2 x $$\n")
    assert wrong[0].verdict not in (Verdict.PROVED, Verdict.PASSED), wrong[0].message  # (j only on the left:
    # the "implied sum?" doubt keeps it SKIPPED, as for any index free on one side)


def test_a_derivative_by_a_row_is_read() -> None:
    steps = doc_steps("Let $W \\in \\mathbb{R}^{2 \\times 3}$ and $u \\in \\mathbb{R}^3$.\n\n"
                      "$$ \\frac{\\partial}{\\partial W_{i,:}} \\|W_{i,:}\\|^2 = 2 W_{i,:} $$\n")
    assert steps[0].verdict in (Verdict.PROVED, Verdict.PASSED), steps[0].message
