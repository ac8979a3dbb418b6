r"""Review of stop 16 (review16b): two readings that decided against what the prose says.

* "Many texts use the denominator layout; these notes use the numerator layout" names the
  denominator layout only to set it aside: the numerator layout is the notes' own, so a correct
  ``\frac{\partial f}{\partial W} = \mathbf{x}\mathbf{u}^\top`` (f = uᵀWx) must not be FAILED as a
  shape clash (documents.gradientlayout.says_gradient_layout read the word alone).
* "Let $X$ have columns $\mathbf{x}_i$": the samples are X's columns, so
  ``\sum_i \mathbf{x}_i\mathbf{x}_i^\top = X^\top X`` (for ``X X^\top``) must not be PROVED "with the
  data matrix (x^{(i)} as row i of X)" (documents.samples read columns only in "columns of $X$").
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.gradientlayout import says_gradient_layout

BILINEAR = r"""
Let $\mathbf{u}\in\mathbb{R}^m$, $\mathbf{x}\in\mathbb{R}^n$, $W\in\mathbb{R}^{m\times n}$ and
$f(W) = \mathbf{u}^\top W\mathbf{x}$.

{PROSE}

$$\frac{\partial f}{\partial W} = {RHS}$$
"""

_BOTH = "Many texts use the denominator layout; these notes use the numerator layout throughout."


def _verdict(prose: str, rhs: str) -> tuple[str, str]:
    (step,) = doc_steps(BILINEAR.replace("{PROSE}", prose).replace("{RHS}", rhs))
    return step.verdict.value, step.message


def test_prose_that_names_the_numerator_layout_as_its_own_does_not_rule_it_out() -> None:
    assert not says_gradient_layout(_BOTH, {"W"})
    verdict, message = _verdict(_BOTH, r"\mathbf{x}\mathbf{u}^\top")
    assert verdict != "FAILED", message


def test_the_denominator_layout_said_alone_still_rules_the_numerator_out() -> None:
    assert says_gradient_layout("We use the denominator layout.", {"W"})
    verdict, message = _verdict("We use the denominator layout.", r"\mathbf{x}\mathbf{u}^\top")
    assert verdict not in ("PROVED", "PASSED"), message


def _rows(prose: str) -> list[tuple[str, str]]:
    steps = doc_steps(
        prose
        + r"""

$$\sum_i \mathbf{x}_i \mathbf{x}_i^T = X X^T$$

$$\sum_i \mathbf{x}_i \mathbf{x}_i^T = X^T X$$
"""
    )
    return [(s.verdict.value, s.message) for s in steps]


def test_samples_the_prose_calls_the_columns_of_x_are_not_read_as_its_rows() -> None:
    for prose in (r"Let $X$ have columns $\mathbf{x}_i$.", r"The matrix $X$, whose columns are the $\mathbf{x}_i$."):
        (_, _), (wrong, message) = _rows(prose)
        assert wrong not in ("PROVED", "PASSED"), (prose, message)


def test_samples_the_prose_calls_the_rows_of_x_keep_the_row_reading() -> None:
    (_, _), (right, message) = _rows(r"Let $X$ have rows $\mathbf{x}_i^T$.")
    assert right == "PROVED", message


def test_the_same_shape_as_a_transpose_is_not_the_gradient_layout() -> None:
    # "the same shape as $W^\top$" is the numerator layout's shape: x uᵀ is right there, not FAILED
    prose = r"The derivative below has the same shape as $W^\top$:"
    assert not says_gradient_layout(prose, {"W"})
    assert says_gradient_layout(r"The derivative below has the same shape as $W$:", {"W"})
    verdict, message = _verdict(prose, r"\mathbf{x}\mathbf{u}^\top")
    assert verdict != "FAILED", message


def test_a_correct_matrix_form_over_the_columns_of_x_is_not_failed() -> None:
    # documents.samples.stated_rows relates X and x_i in any sentence with "row" or "column", so a
    # failure is FAILED; the data-matrix reading must then read the columns the sentence names
    for prose in (r"Let $X$ have columns $\mathbf{x}_i$.", r"Each column of $X$ is a sample $\mathbf{x}_i$."):
        steps = doc_steps(
            prose
            + r"""

$$\|X^T \mathbf{w} - \mathbf{y}\|^2 = \sum_i (\mathbf{x}_i^T \mathbf{w} - y_i)^2$$

$$\|X^T \mathbf{w} - \mathbf{y}\|^2 = \sum_i (\mathbf{x}_i^T \mathbf{w} + y_i)^2$$
"""
        )
        (right, wrong) = steps
        assert right.verdict.value != "FAILED", (prose, right.message)
        assert wrong.verdict.value not in ("PROVED", "PASSED"), (prose, wrong.message)
