"""Soundness of document verdicts: no cap or filter order may turn a false claim green."""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


def test_step_conditions_filter_index_assignments_before_any_cap() -> None:
    # x_k x_m = x_m^2 holds only when m = k. Under k != l the pattern m != k must be checked: before
    # the fix, the assignments were cut to six (all with k = l or m = k) before k != l filtered them.
    (step,) = _steps(
        r"""
        ```verify
        K in {3}
        k, l, m: index 1..K
        x: vector[K]
        ```

        $$x_k x_m \stackrel{k \neq l}{=} x_m^2$$
        """
    )
    assert step.verdict.value == "FAILED", step.message


def test_every_equality_pattern_is_checked_with_four_free_indices() -> None:
    # true whenever two indices are equal: only the last pattern (all four distinct) refutes it
    (step,) = _steps(
        r"""
        ```verify
        K in {4}
        k, l, m, n: index 1..K
        x: vector[K]
        ```

        $$(x_k - x_l)(x_k - x_m)(x_k - x_n)(x_l - x_m)(x_l - x_n)(x_m - x_n) = 0$$
        """
    )
    assert step.verdict.value == "FAILED", step.message


def test_a_missing_transpose_in_a_matrix_gradient_of_a_norm_is_not_green() -> None:
    # ‖Wx‖ says Wx is a vector: x is a vector and W a matrix. Read as scalars, the wrong
    # 2Wxx (for 2Wxxᵀ) held and was PROVED "with the undeclared vectors and matrices as scalars".
    wrong, right = _steps(
        r"""
        $$\frac{\partial}{\partial W} \|W x\|^2 = 2 W x x$$

        $$\frac{\partial}{\partial W} \|W x\|^2 = 2 W x x^\top$$
        """
    )
    assert wrong.verdict.value not in ("PROVED", "PASSED"), wrong.message
    assert right.verdict.value == "PROVED", right.message
    assert "inside a norm" in wrong.message or "transposed on line" in wrong.message  # the evidence named


def test_a_missing_transpose_in_a_backprop_weight_gradient_is_not_green() -> None:
    # ∂L/∂W_2 = (ŷ − y) h for (ŷ − y) hᵀ. With x written x_i in another display, x is a vector, W_1 and
    # W_2 matrices, and the product (ŷ − y) h does not conform; the scalars reading (every undeclared
    # vector and matrix a number) made it PROVED. A gradient by a matrix is about the transposes
    # scalars make vanish: it is never rescued so.
    wrong, right, _ = _steps(
        r"""
        Let $h = \sigma(W_1 x + b_1)$, $\hat{y} = W_2 h + b_2$ and $L = \frac{1}{2}\|\hat{y} - y\|^2$.

        $$\frac{\partial L}{\partial W_2} = (\hat{y} - y) h$$

        $$\frac{\partial L}{\partial W_2} = (\hat{y} - y) h^\top$$

        $$\frac{\partial}{\partial x_k} \sum_{i}\sum_j A_{ij} x_i x_j = \sum_j (A_{kj} + A_{jk}) x_j$$
        """
    )
    assert wrong.verdict.value not in ("PROVED", "PASSED"), wrong.message
    assert "as scalars" not in wrong.message
    assert right.verdict.value in ("PROVED", "PASSED"), right.message


def test_the_scalars_reading_still_rescues_a_letter_guessed_from_another_display() -> None:
    # x_i in one display makes x a vector everywhere; d/dw of (y − wx)² with x a number is the
    # reading the scalars rescue exists for: not FAILED.
    (_, step) = _steps(
        r"""
        $$\|x\|^2 = \sum_i x_i^2$$

        $$\frac{d}{dw} (y - w x)^2 = -2x(y - wx)$$
        """
    )
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_a_missing_transpose_with_labelled_weights_and_no_shapes_is_not_green() -> None:
    # Nothing but the norm gives a shape: W_1, W_2, x, h, y read as numbers, ∂L/∂W_2 = (ŷ − y) h held. The
    # capitals W_1, W_2 multiply names in the definitions the step reaches (h := σ(W_1 x + b_1),
    # ŷ := W_2 h + b_2): read as matrices, the step fails in every layout, so it is not green; the
    # correct (ŷ − y) hᵀ holds there too and stays so.
    wrong, right = _steps(
        r"""
        Let $h = \sigma(W_1 x + b_1)$, $\hat{y} = W_2 h + b_2$ and $L = \frac{1}{2}\|\hat{y} - y\|^2$.

        $$\frac{\partial L}{\partial W_2} = (\hat{y} - y) h$$

        $$\frac{\partial L}{\partial W_2} = (\hat{y} - y) h^\top$$
        """
    )
    assert wrong.verdict.value == "SKIPPED", wrong.message
    # the norm makes ŷ, y vectors, and the layers W_2, h, W_1, x (documents.normlayers): (ŷ − y) h, a column
    # times a column, does not conform (before: "W_1, W_2 read as numbers", nothing giving a shape)
    assert "do not fit this step" in wrong.message and "y: a vector" in wrong.message
    assert right.verdict.value in ("PROVED", "PASSED"), right.message


def test_a_labelled_name_the_notes_define_has_the_shape_of_its_body() -> None:
    # z_1 := W_1 x + b_1 is a vector (x is, by x_i below), so h := σ(z_1) is one and W_2 in W_2 h a matrix.
    # The shape of a labelled defined name (z_1) was never looked up: h and W_2 were numbers, and the
    # missing transpose ∂L/∂h = W_2 (z_2 − y) was PROVED (W_2 = W_2ᵀ for a number).
    wrong, right, sign, _ = _steps(
        r"""
        Let $z_1 = W_1 x + b_1$, $h = \sigma(z_1)$, $z_2 = W_2 h + b_2$ and $L = \frac{1}{2}\|z_2 - y\|^2$.

        $$\frac{\partial L}{\partial h} = W_2 (z_2 - y)$$

        $$\frac{\partial L}{\partial h} = W_2^\top (z_2 - y)$$

        $$\frac{\partial L}{\partial b_2} = y - z_2$$

        $$\|x\|^2 = \sum_i x_i^2$$
        """
    )
    assert wrong.verdict.value == "FAILED", wrong.message
    assert "W_2: a n₃×n₃ matrix" in wrong.message
    assert right.verdict.value in ("PROVED", "PASSED"), right.message
    assert sign.verdict.value == "FAILED", sign.message
