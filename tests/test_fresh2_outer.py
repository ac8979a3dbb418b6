r"""``\mathbf{a}\mathbf{b}^\top``: a vector written first before a transposed vector is the column
of an outer product, not a row vector (the "x W" rule is for a matrix after it). Before, the
inference made a a row, and ``\frac{\partial}{\partial W}\mathbf{a}^\top W\mathbf{b} =
\mathbf{a}\mathbf{b}^\top`` was SKIPPED for shapes that do not fit. Every example is written here."""

from __future__ import annotations

from support import doc_steps


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_bilinear_form_gradient_is_the_outer_product() -> None:
    assert _verdicts(r"$$\frac{\partial}{\partial W}\mathbf{a}^\top W\mathbf{b} = \mathbf{a}\mathbf{b}^\top$$") == [
        "PROVED"
    ]


def test_a_wrong_outer_product_is_not_green() -> None:
    wrong = r"$$\frac{\partial}{\partial W}\mathbf{a}^\top W\mathbf{b} = 2\mathbf{a}\mathbf{b}^\top$$"
    assert _verdicts(wrong)[0] not in ("PROVED", "PASSED")


def test_a_vector_before_a_matrix_is_still_a_row() -> None:
    steps = doc_steps(r"$$\frac{\partial}{\partial \mathbf{x}}\mathbf{x} W \mathbf{b} = W\mathbf{b}$$")
    assert "a row vector" in (steps[0].message or "")
